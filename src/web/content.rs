//! Content files (quiz packs, risk-check questions, scan phrases) are not
//! compiled into the WebAssembly: Trunk copies `content/` next to the app,
//! the service worker precaches it, and a screen fetches only what it shows.
//! This keeps the first load of the home screen small on a slow network.

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a content file could not be used; the words the user sees are in
/// `app::ui::errors`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentLoadError {
    /// Not reachable: offline before the app was ever fully cached.
    Unreachable,
    /// Reached but unusable (a broken deployment).
    Invalid(String),
}

impl std::fmt::Display for ContentLoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContentLoadError::Unreachable => f.write_str("content not reachable"),
            ContentLoadError::Invalid(why) => write!(f, "content unusable: {why}"),
        }
    }
}

impl std::error::Error for ContentLoadError {}

/// Fetches `content/<path>` (relative to the app's base URL) as text.
pub async fn fetch_text(path: &str) -> Result<String, ContentLoadError> {
    let window = web_sys::window().ok_or(ContentLoadError::Unreachable)?;
    let url = super::early::absolute(&format!("content/{path}"))
        .map_err(|_| ContentLoadError::Unreachable)?;
    // boot.js may have started this fetch already (deep link).
    let pending = super::early::take(&url).unwrap_or_else(|| window.fetch_with_str(&url));
    let response = JsFuture::from(pending)
        .await
        .map_err(|_| ContentLoadError::Unreachable)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| ContentLoadError::Unreachable)?;
    if !response.ok() {
        return Err(ContentLoadError::Invalid(format!(
            "HTTP {}",
            response.status()
        )));
    }
    let text = response.text().map_err(|_| ContentLoadError::Unreachable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(ContentLoadError::Unreachable)
}

/// Fetches and parses a content file with the given loader (which also
/// validates it, e.g. `Pack::from_json`).
pub async fn fetch_with<T, E: std::fmt::Display>(
    path: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, ContentLoadError> {
    let text = fetch_text(path).await?;
    parse(&text).map_err(|e| ContentLoadError::Invalid(e.to_string()))
}

/// Plain serde parsing, for content without its own loader.
pub async fn fetch_json<T: DeserializeOwned>(path: &str) -> Result<T, ContentLoadError> {
    fetch_with(path, |t| serde_json::from_str::<T>(t)).await
}
