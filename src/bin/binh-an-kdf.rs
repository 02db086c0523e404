//! The key-derivation module: Argon2id alone, run inside a Web Worker
//! (`public/kdf-worker.js`, a module worker; see `web::kdf`) so that the page's main thread,
//! and with it quick exit, never waits for a derivation. No Leptos, no
//! storage: a passphrase, a salt and parameters in, a key out.

#[cfg(target_arch = "wasm32")]
mod worker {
    use binh_an::core::vault::{derive_kek_into, KdfError, KdfParams, KEY_LEN, SALT_LEN};
    use wasm_bindgen::prelude::*;
    use zeroize::Zeroize;

    /// Derives the vault's key-encryption key into `out` (32 bytes). The
    /// passphrase (NFC-normalised UTF-8) is wiped here, and the wiped bytes
    /// are what wasm-bindgen copies back into the caller's array, so the
    /// worker's copy is zero too when this returns. The worker is
    /// terminated after each derivation, its memory with it.
    #[wasm_bindgen]
    pub fn derive_key(
        passphrase: &mut [u8],
        salt: &[u8],
        m_kib: u32,
        t: u32,
        p: u32,
        out: &mut [u8],
    ) -> Result<(), JsValue> {
        let result = (|| {
            let text = std::str::from_utf8(passphrase).map_err(|_| "utf8")?;
            let salt: &[u8; SALT_LEN] = salt.try_into().map_err(|_| "salt")?;
            let out: &mut [u8; KEY_LEN] = out.try_into().map_err(|_| "out")?;
            derive_kek_into(text, salt, KdfParams { m_kib, t, p }, out).map_err(|e| match e {
                KdfError::TooWeak => "weak",
                KdfError::TooCostly => "costly",
                KdfError::Failed => "failed",
            })
        })();
        passphrase.zeroize();
        result.map_err(JsValue::from_str)
    }
}

/// Nothing runs at start; the worker calls `derive_key`.
fn main() {}
