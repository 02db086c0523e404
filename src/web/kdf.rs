//! Key derivation off the main thread.
//!
//! Argon2id takes a noticeable time on a cheap phone; run on the page's
//! thread it would hold up everything else, the quick-exit button and
//! Shift×3 included. So every derivation runs in a dedicated Web Worker:
//! `public/kdf-worker.js` with the `binh-an-kdf` WebAssembly module
//! (Argon2id alone, `src/bin/binh-an-kdf.rs`). `tools/postbuild.mjs` puts
//! the module's JavaScript into the worker script, hashes both file names
//! and writes them with their SHA-384 integrity hashes into
//! `<meta name="binh-an-kdf">`; the service worker precaches both, so this
//! works offline.
//!
//! One worker per derivation: it gets the passphrase bytes (transferred, so
//! no copy stays on this side), the salt and the parameters, posts the key
//! back (transferred too) and is terminated, its memory with it. Quick exit,
//! `pagehide` and locking the notes ([`stop_all`]) terminate a running one
//! at once; its caller gets [`DeriveError::Stopped`].
//!
//! Where there is no such build (the browser tests run the library without
//! Trunk) or the browser cannot start the worker, the derivation runs here
//! on the main thread instead, as before: slower to leave, but it unlocks.

use crate::core::vault::{self, KdfError, KdfParams, SecretKey, KEY_LEN, SALT_LEN};
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

// The worker's bookkeeping is JavaScript (src/web/kdf.js): a file of its own
// rather than `inline_js`, whose numbered snippet files would collide between
// the app's several modules in one dist/snippets directory.
#[wasm_bindgen(module = "/src/web/kdf.js")]
extern "C" {
    #[allow(clippy::too_many_arguments)]
    fn derive_in_worker(
        script: &str,
        script_integrity: &str,
        wasm: &str,
        wasm_integrity: &str,
        passphrase: Uint8Array,
        salt: Uint8Array,
        m: u32,
        t: u32,
        p: u32,
    ) -> Promise;

    /// Terminates every running derivation; their callers get
    /// [`DeriveError::Stopped`].
    #[wasm_bindgen(js_name = stop_all)]
    pub fn stop_all();
}

/// Why a derivation gave no key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeriveError {
    /// Refused parameters or Argon2 failed (e.g. out of memory).
    Kdf(KdfError),
    /// Stopped by quick exit, by leaving the page or by locking.
    Stopped,
}

impl std::fmt::Display for DeriveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeriveError::Kdf(e) => write!(f, "{e}"),
            DeriveError::Stopped => f.write_str("key derivation stopped"),
        }
    }
}

impl std::error::Error for DeriveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DeriveError::Kdf(e) => Some(e),
            DeriveError::Stopped => None,
        }
    }
}

/// The worker's files from `<meta name="binh-an-kdf">`, made absolute.
struct WorkerFiles {
    script: String,
    script_integrity: String,
    wasm: String,
    wasm_integrity: String,
}

fn worker_files() -> Option<WorkerFiles> {
    let doc = web_sys::window()?.document()?;
    let meta = doc.query_selector("meta[name=\"binh-an-kdf\"]").ok()??;
    let attr = |name: &str| meta.get_attribute(name);
    Some(WorkerFiles {
        script: super::early::absolute(&attr("data-js")?).ok()?,
        script_integrity: attr("data-js-integrity")?,
        wasm: super::early::absolute(&attr("data-wasm")?).ok()?,
        wasm_integrity: attr("data-wasm-integrity")?,
    })
}

/// Derives the key-encryption key, as [`vault::derive_kek`] does, in a Web
/// Worker. `passphrase` must be NFC-normalised
/// ([`super::vault_store::normalize_passphrase`]). Parameters outside
/// [`KdfParams::OWASP_MIN`]..=[`KdfParams::MAX`] are refused before any
/// worker starts.
///
/// # Errors
/// [`DeriveError::Kdf`], [`DeriveError::Stopped`].
pub async fn derive_kek(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<SecretKey, DeriveError> {
    params.check().map_err(DeriveError::Kdf)?;
    if let Some(files) = worker_files() {
        // Copies into JS memory; the copy is transferred to the worker
        // (nothing left here) and wiped there.
        let pass = Uint8Array::from(passphrase.as_bytes());
        let result = JsFuture::from(derive_in_worker(
            &files.script,
            &files.script_integrity,
            &files.wasm,
            &files.wasm_integrity,
            pass,
            Uint8Array::from(&salt[..]),
            params.m_kib,
            params.t,
            params.p,
        ))
        .await;
        match result {
            Ok(value) => {
                let bytes: Uint8Array = value.unchecked_into();
                let mut key = SecretKey::zeroed();
                let ok = bytes.length() as usize == KEY_LEN;
                if ok {
                    bytes.copy_to(key.as_bytes_mut());
                }
                bytes.fill(0, 0, bytes.length());
                return if ok {
                    Ok(key)
                } else {
                    Err(DeriveError::Kdf(KdfError::Failed))
                };
            }
            Err(e) => match e.as_string().as_deref() {
                Some("stopped") => return Err(DeriveError::Stopped),
                Some("weak") => return Err(DeriveError::Kdf(KdfError::TooWeak)),
                Some("costly") => return Err(DeriveError::Kdf(KdfError::TooCostly)),
                Some("failed") => return Err(DeriveError::Kdf(KdfError::Failed)),
                // The worker could not start: derive here instead.
                _ => {}
            },
        }
    }
    // Let "Unlocking…" paint before the thread is busy.
    gloo_timers::future::TimeoutFuture::new(0).await;
    vault::derive_kek(passphrase, salt, params).map_err(DeriveError::Kdf)
}
