//! XChaCha20-Poly1305 sealing and the associated data that pins each
//! ciphertext to its place.
//!
//! Why XChaCha20-Poly1305: its 192-bit nonce can be drawn at random for
//! every seal with no realistic risk of reuse (no counter to persist across
//! tabs, reinstalls or restored backups), it is fast in plain WebAssembly
//! without AES hardware, and Poly1305 authenticates, so any change to the
//! ciphertext, nonce or associated data is detected before a byte of
//! plaintext is released.

use super::kdf::SecretKey;
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305};
use zeroize::Zeroizing;

/// XChaCha20 nonce length (192 bits).
pub const NONCE_LEN: usize = 24;

/// Poly1305 tag length, appended to every ciphertext.
pub const TAG_LEN: usize = 16;

/// The AEAD refused: wrong key, or the ciphertext, nonce or associated data
/// was altered. By design it cannot say which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct AeadFailure;

/// What a ciphertext is for. Part of the associated data, so a ciphertext
/// made for one purpose never opens as another (a draft replayed as a note,
/// a wrapped key presented as a record).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Domain {
    /// The data key wrapped under the KEK (record id empty).
    Wrap,
    /// A saved note.
    Note,
    /// An unsaved draft.
    Draft,
    /// The vault settings (format version 2).
    Settings,
    /// An entry of "My plan" (support, paper, person).
    Plan,
}

impl Domain {
    fn label(self) -> &'static [u8] {
        match self {
            Domain::Wrap => b"wrap",
            Domain::Note => b"note",
            Domain::Draft => b"draft",
            Domain::Settings => b"settings",
            Domain::Plan => b"plan",
        }
    }
}

/// Associated data for vault ciphertexts (documented in
/// `docs/backup-format.md`):
///
/// ```text
/// "BINHAN-VAULT" 0x00 domain-label 0x00 version:u16be vault_id:16 len:u32be record_id
/// ```
///
/// The domain label contains no NUL, the vault id has a fixed length and the
/// record id is length-prefixed, so two different tuples never produce the
/// same bytes.
pub(crate) fn vault_ad(
    domain: Domain,
    version: u16,
    vault_id: &[u8; 16],
    record_id: &str,
) -> Vec<u8> {
    let label = domain.label();
    let id = record_id.as_bytes();
    // Record ids are validated (32 hex characters) before they get here;
    // the saturation can never be reached with a real id.
    let id_len = u32::try_from(id.len()).unwrap_or(u32::MAX);
    let mut ad = Vec::with_capacity(32 + label.len() + id.len());
    ad.extend_from_slice(b"BINHAN-VAULT\0");
    ad.extend_from_slice(label);
    ad.push(0);
    ad.extend_from_slice(&version.to_be_bytes());
    ad.extend_from_slice(vault_id);
    ad.extend_from_slice(&id_len.to_be_bytes());
    ad.extend_from_slice(id);
    ad
}

/// A cipher instance for one operation. It holds a copy of the key on the
/// stack, which `chacha20poly1305` wipes on drop (its `zeroize` feature,
/// enabled in Cargo.toml).
fn cipher(key: &SecretKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.as_bytes().into())
}

/// Seals with a caller-supplied nonce; returns `ciphertext ‖ tag`.
///
/// The nonce must be fresh and random: reusing a nonce under one key would
/// leak the XOR of two plaintexts and allow tag forgery. Outside tests only
/// [`seal`] and the backup writer (which must put its freshly drawn payload
/// nonce into the header *before* sealing, since the header is the AD) call
/// it. It exists separately so the draft-irtf-cfrg-xchacha test vector runs
/// through the exact code path the vault uses.
pub(crate) fn seal_with_nonce(
    key: &SecretKey,
    nonce: &[u8; NONCE_LEN],
    ad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, AeadFailure> {
    cipher(key)
        .encrypt(
            nonce.into(),
            Payload {
                msg: plaintext,
                aad: ad,
            },
        )
        .map_err(|_| AeadFailure)
}

/// Seals under a fresh random 192-bit nonce; returns `(nonce, ciphertext ‖ tag)`.
pub(crate) fn seal(
    key: &SecretKey,
    ad: &[u8],
    plaintext: &[u8],
) -> Result<([u8; NONCE_LEN], Vec<u8>), SealError> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|_| SealError::Random)?;
    let ct = seal_with_nonce(key, &nonce, ad, plaintext).map_err(|_| SealError::Aead)?;
    Ok((nonce, ct))
}

/// Why [`seal`] failed. Neither happens in practice; both are reported
/// rather than panicking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SealError {
    /// The CSPRNG was unavailable.
    Random,
    /// The message exceeds XChaCha20's 256 GiB limit.
    Aead,
}

/// Opens `ciphertext ‖ tag`. The tag is verified before any plaintext is
/// produced; the plaintext comes back in a buffer that is wiped on drop.
pub(crate) fn open(
    key: &SecretKey,
    nonce: &[u8; NONCE_LEN],
    ad: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, AeadFailure> {
    if ciphertext.len() < TAG_LEN {
        return Err(AeadFailure);
    }
    cipher(key)
        .decrypt(
            nonce.into(),
            Payload {
                msg: ciphertext,
                aad: ad,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| AeadFailure)
}
