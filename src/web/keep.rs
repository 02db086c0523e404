//! "Keep for offline use": with the browser's data saver on
//! (`navigator.connection.saveData`), the service worker (`public/sw.js`)
//! precaches only the shell; a feature's screen asks it how much of the
//! feature is not cached yet and, when the user chooses, caches the rest.
//! Used only by the feature modules, so its Rust is not in the first load;
//! its few lines of JavaScript are in `src/web/shell.js` (about 350 bytes
//! brotli), so a feature module waits for no snippet file of its own.

use crate::core::features::Feature;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/web/shell.js")]
extern "C" {
    fn saving_data() -> bool;
    fn ask_worker(kind: &str, feature: &str, ms: u32) -> Promise;
}

/// Whether the browser's data saver is on (and there is a service worker
/// to keep files with).
pub fn data_saver_on() -> bool {
    saving_data()
}

/// How long the page waits for the worker's answer to "STATUS", in ms.
const STATUS_TIMEOUT_MS: u32 = 10_000;
/// How long the page waits for the worker to have cached a feature, in ms.
const KEEP_TIMEOUT_MS: u32 = 60_000;

/// The bytes of `feature` not cached yet (0: all kept). Waits for the
/// service worker to be active, at most `STATUS_TIMEOUT_MS`.
pub async fn missing_bytes(feature: Feature) -> Result<u32, KeepError> {
    ask("STATUS", feature, STATUS_TIMEOUT_MS).await
}

/// Caches every file of `feature` not cached yet; the bytes still missing
/// afterwards (0 when it worked). An error when the worker has not
/// answered within `KEEP_TIMEOUT_MS`.
pub async fn keep(feature: Feature) -> Result<u32, KeepError> {
    ask("KEEP", feature, KEEP_TIMEOUT_MS).await
}

async fn ask(kind: &str, feature: Feature, ms: u32) -> Result<u32, KeepError> {
    let answer = JsFuture::from(ask_worker(kind, feature.name(), ms))
        .await
        .map_err(|_| KeepError)?;
    answer.as_f64().map(|b| b as u32).ok_or(KeepError)
}

/// The service worker could not cache the feature (offline, storage full,
/// no worker, no answer in time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeepError;

impl std::fmt::Display for KeepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the feature could not be kept for offline use")
    }
}

impl std::error::Error for KeepError {}
