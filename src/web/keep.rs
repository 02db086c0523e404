//! "Keep for offline use": with the browser's data saver on
//! (`navigator.connection.saveData`), the service worker (`public/sw.js`)
//! precaches only the shell; a feature's screen asks it how much of the
//! feature is not cached yet and, when the user chooses, caches the rest.
//! Used only by the feature modules, so none of it is in the first load.

use crate::core::features::Feature;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
export function saving_data() {
  const c = navigator.connection;
  return !!(c && c.saveData && navigator.serviceWorker && window.caches && window.MessageChannel);
}
export function ask_worker(type, feature) {
  return navigator.serviceWorker.ready.then((registration) => new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => {
      const missing = e.data && e.data.missing;
      if (typeof missing === 'number') resolve(missing);
      else reject(new Error('the service worker could not cache the feature'));
    };
    registration.active.postMessage({ type, feature }, [channel.port2]);
  }));
}
"#)]
extern "C" {
    fn saving_data() -> bool;
    fn ask_worker(kind: &str, feature: &str) -> Promise;
}

/// Whether the browser's data saver is on (and there is a service worker
/// to keep files with).
pub fn data_saver_on() -> bool {
    saving_data()
}

/// The bytes of `feature` not cached yet (0: all kept). Waits for the
/// service worker to be active.
pub async fn missing_bytes(feature: Feature) -> Result<u32, KeepError> {
    ask("STATUS", feature).await
}

/// Caches every file of `feature` not cached yet; the bytes still missing
/// afterwards (0 when it worked).
pub async fn keep(feature: Feature) -> Result<u32, KeepError> {
    ask("KEEP", feature).await
}

async fn ask(kind: &str, feature: Feature) -> Result<u32, KeepError> {
    let answer = JsFuture::from(ask_worker(kind, feature.name()))
        .await
        .map_err(|_| KeepError)?;
    answer.as_f64().map(|b| b as u32).ok_or(KeepError)
}

/// The service worker could not cache the feature (offline, storage full,
/// no worker).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeepError;

impl std::fmt::Display for KeepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the feature could not be kept for offline use")
    }
}

impl std::error::Error for KeepError {}
