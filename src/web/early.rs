//! Responses that `public/boot.js` started fetching before the app ran (the
//! opened route's feature module and content). Each is taken once; after
//! that, or when there is none, the caller fetches as usual.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/shell.js")]
extern "C" {
    fn take_early(url: &str) -> Option<Promise>;
    fn fetch_early(url: &str);
}

/// The early fetch of `url` (absolute), if `boot.js` or [`start`] began one.
pub fn take(url: &str) -> Option<Promise> {
    take_early(url)
}

/// Starts fetching `path` (relative to the base URL) for whoever takes it
/// later with [`take`] (the shell, for a feature module on its way).
pub fn start(path: &str) -> Result<(), JsValue> {
    fetch_early(&absolute(path)?);
    Ok(())
}

/// `path` made absolute against the document's base URL.
pub fn absolute(path: &str) -> Result<String, JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let base = doc.base_uri()?.unwrap_or_default();
    Ok(web_sys::Url::new_with_base(path, &base)?.href())
}
