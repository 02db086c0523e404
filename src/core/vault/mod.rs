//! The encrypted notes vault (pure core; the browser layer stores what this
//! module produces in IndexedDB and never sees a key).
//!
//! # Design
//!
//! * A random 256-bit **data key** encrypts every record. It is stored only
//!   *wrapped*: sealed with XChaCha20-Poly1305 under a **key-encryption key**
//!   (KEK) derived from the passphrase with Argon2id ([`derive_kek`]) and a
//!   random salt. No hash of the passphrase is stored anywhere: the right
//!   passphrase is simply the one whose KEK unwraps the data key, so the
//!   stored header gives a guesser nothing cheaper to test than Argon2id.
//! * Every note and draft is sealed with XChaCha20-Poly1305 under a fresh
//!   random 192-bit nonce. The associated data binds the vault id, the
//!   record id, the format version and the kind (note / draft), so a record
//!   cannot be moved to another id, into another vault, from drafts into
//!   notes, or relabelled with another version without failing to open.
//!   Everything the user typed is inside the ciphertext; the only clear
//!   fields are the random id, the version, the nonce and the length.
//! * The unlocked state ([`UnlockedVault`]) holds the data key in a boxed
//!   buffer that is zeroed by [`UnlockedVault::lock`] and on drop.
//! * Backups ([`export_backup`], [`parse_backup`], [`open_backup`]) are a
//!   versioned binary file documented byte by byte in
//!   `docs/backup-format.md`.
//!
//! # Threat model, honestly
//!
//! This protects notes at rest against someone who picks up the locked
//! phone or copies its storage or a backup file, in proportion to the
//! passphrase's strength. It cannot protect a vault that is open on screen,
//! a phone with spyware, or a user forced to reveal the passphrase. Sizes,
//! counts and timestamps of *storage writes* remain visible.

mod b64;
mod backup;
#[cfg(test)]
mod golden;
mod kdf;
mod merge;
mod note;
mod passphrase;
mod plan;
#[cfg(test)]
mod plan_tests;
mod seal;
mod search;
#[cfg(test)]
mod tests;

pub use backup::{
    backup_kdf_input, export_backup, export_backup_with_kek, open_backup, open_with_kek,
    parse_backup, BackupContents, BackupError, BackupHeaderInfo, BACKUP_FIXED_HEADER_LEN,
    BACKUP_MAGIC, BACKUP_VERSION, MAX_BACKUP_BYTES, MAX_BACKUP_RECORDS, OLDEST_BACKUP_VERSION,
};
pub use kdf::{
    derive_kek, derive_kek_into, random_salt, KdfError, KdfParams, SecretKey, KEY_LEN, SALT_LEN,
};
pub use merge::{merge_notes, plan_import, ImportMode, ImportPlan, Mergeable};
pub use note::{
    is_valid_record_id, new_record_id, sort_for_copy, Category, Note, Template, TemplateKind,
    RECORD_ID_LEN,
};
pub use passphrase::{
    assess_passphrase, estimate_entropy_bits, is_common, is_common_pin, Strength,
    MIN_PASSPHRASE_CHARS, MIN_PIN_DIGITS,
};
pub use plan::{PlanEntry, PlanKind, PlanStatus, PAPERS};
pub use seal::{NONCE_LEN, TAG_LEN};
pub use search::SearchIndex;

use seal::Domain;
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// The vault format version: written into every header and record and bound
/// into every associated data, so a record cannot be relabelled unnoticed.
///
/// * **1**: notes and drafts sealed as plain JSON (their length follows the
///   text); the settings stored in clear next to the header.
/// * **2**: the sealed JSON is padded to a size bucket ([`padded_len`]), so
///   a record's length no longer tells which fields are filled; the
///   settings are sealed under the data key too (`Domain::Settings`). A
///   version 2 header means "this vault's settings are sealed": settings in
///   clear are then ignored.
///
/// Version 1 headers and records still open (golden files in
/// `tests/fixtures/`); everything written now is version 2.
pub const FORMAT_VERSION: u16 = 2;

/// The oldest header and record version this build still opens.
pub const OLDEST_FORMAT_VERSION: u16 = 1;

/// Fixed record id bound into the settings' associated data.
pub const SETTINGS_RECORD_ID: &str = "settings";

/// The size a sealed plaintext of `len` bytes is padded to (version 2):
/// 4 bytes of length, the JSON, then zeros up to 512 bytes, then the next
/// power of two up to 64 KiB, then the next multiple of 64 KiB. An empty
/// note and one with a title, a phone number and a paragraph are then the
/// same size; at most about half of a record is padding.
pub fn padded_len(len: usize) -> usize {
    const MIN: usize = 512;
    const STEP: usize = 64 * 1024;
    let needed = len.saturating_add(4);
    if needed <= MIN {
        MIN
    } else if needed <= STEP {
        needed.next_power_of_two()
    } else {
        needed.div_ceil(STEP).saturating_mul(STEP)
    }
}

/// `u32be(len) ‖ plaintext ‖ zeros` to [`padded_len`].
fn pad(plain: &[u8]) -> Result<zeroize::Zeroizing<Vec<u8>>, VaultError> {
    let len = u32::try_from(plain.len()).map_err(|_| VaultError::Internal)?;
    let mut out = zeroize::Zeroizing::new(Vec::with_capacity(padded_len(plain.len())));
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(plain);
    out.resize(padded_len(plain.len()), 0);
    Ok(out)
}

/// The plaintext inside [`pad`]'s output; `None` unless the length fits and
/// every padding byte is zero (authenticated content, so only a buggy
/// writer can fail this).
fn unpad(padded: &[u8]) -> Option<&[u8]> {
    let len_bytes: [u8; 4] = padded.get(..4)?.try_into().ok()?;
    let len = usize::try_from(u32::from_be_bytes(len_bytes)).ok()?;
    let end = len.checked_add(4)?;
    let (body, rest) = (padded.get(4..end)?, padded.get(end..)?);
    rest.iter().all(|&b| b == 0).then_some(body)
}

/// The stored vault header (one per vault; the browser layer keeps it as
/// JSON / a JS object in IndexedDB). Everything in it is public by design:
/// the salt and parameters must be readable to derive the KEK, and the data
/// key is only present wrapped.
///
/// ```json
/// {"v":1,"vault_id":"<32 hex>","kdf":{"m_kib":32768,"t":3,"p":1},
///  "salt":"<22 b64url>","wrapped_key":{"nonce":"<32 b64url>","ct":"<64 b64url>"}}
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaultHeader {
    /// Format version ([`FORMAT_VERSION`]).
    pub v: u16,
    /// Random 128-bit vault id, 32 lowercase hex characters. Bound into
    /// every record's associated data so records cannot cross vaults.
    pub vault_id: String,
    /// Argon2id parameters for this header's KEK; checked against
    /// [`KdfParams::OWASP_MIN`] before any derivation.
    pub kdf: KdfParams,
    /// 128-bit Argon2 salt, base64url.
    #[serde(with = "b64::array")]
    pub salt: [u8; SALT_LEN],
    /// The data key sealed under the KEK.
    pub wrapped_key: WrappedKey,
}

/// The data key sealed under the KEK: XChaCha20-Poly1305 with associated
/// data `"BINHAN-VAULT\0wrap\0" ‖ version ‖ vault id ‖ 0u32`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    /// 192-bit random nonce, base64url.
    #[serde(with = "b64::array")]
    pub nonce: [u8; NONCE_LEN],
    /// 32-byte key ‖ 16-byte tag, base64url.
    #[serde(with = "b64::vec")]
    pub ct: Vec<u8>,
}

/// A sealed note or draft as stored (`{"id","v","nonce","ct"}`): only the
/// random id, the version and the nonce are in clear.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedRecord {
    /// Random record id (32 hex): the IndexedDB key, bound into the AD.
    pub id: String,
    /// Format version the record was sealed with, bound into the AD.
    pub v: u16,
    /// 192-bit random nonce, base64url.
    #[serde(with = "b64::array")]
    pub nonce: [u8; NONCE_LEN],
    /// serde_json of the [`Note`], sealed; ciphertext ‖ tag, base64url.
    #[serde(with = "b64::vec")]
    pub ct: Vec<u8>,
}

/// Everything that can go wrong with the vault itself (not backups, see
/// [`BackupError`]). `Display` says what happened in English, for logs
/// and tests; the words the user sees are chosen in `i18n::errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultError {
    /// The header or record was written by a newer app version.
    FutureVersion(u16),
    /// A field has an impossible shape (bad id, wrong lengths, bad JSON).
    Corrupt,
    /// The header asks for less than [`KdfParams::OWASP_MIN`]: refused so a
    /// tampered header cannot make guessing cheap.
    KdfTooWeak,
    /// The header asks for more than [`KdfParams::MAX`].
    KdfTooCostly,
    /// Refused by [`assess_passphrase`] (too short).
    PassphraseTooShort,
    /// Refused by [`assess_passphrase`]: one of the PINs or passwords
    /// guessers try first.
    PassphraseTooCommon,
    /// The header's wrapped key did not open: wrong passphrase, or the
    /// header was altered. The AEAD cannot tell these apart.
    WrongPassphraseOrTampered,
    /// The data key is right but this record did not open: it was altered,
    /// moved to another id, copied from another vault, or is a draft
    /// presented as a note (or vice versa).
    RecordTampered,
    /// The vault is locked; unlock again.
    Locked,
    /// The CSPRNG or Argon2 failed (e.g. not enough memory).
    Internal,
}

/// One of each variant, for the tests of its English `Display` and of its
/// words for the user (`i18n::errors`); a new variant is added here too.
#[cfg(test)]
impl VaultError {
    pub(crate) const EACH: [VaultError; 10] = [
        VaultError::FutureVersion(2),
        VaultError::Corrupt,
        VaultError::KdfTooWeak,
        VaultError::KdfTooCostly,
        VaultError::PassphraseTooShort,
        VaultError::PassphraseTooCommon,
        VaultError::WrongPassphraseOrTampered,
        VaultError::RecordTampered,
        VaultError::Locked,
        VaultError::Internal,
    ];
}

impl std::fmt::Display for VaultError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VaultError::FutureVersion(v) => write!(f, "made by a newer format version ({v})"),
            VaultError::Corrupt => f.write_str("the vault data is malformed"),
            VaultError::KdfTooWeak => f.write_str("the key-derivation parameters are too weak"),
            VaultError::KdfTooCostly => f.write_str("the key-derivation parameters are too costly"),
            VaultError::PassphraseTooShort => f.write_str("the passphrase is too short"),
            VaultError::PassphraseTooCommon => f.write_str("the passphrase is too common"),
            VaultError::WrongPassphraseOrTampered => {
                f.write_str("wrong passphrase, or the header was altered")
            }
            VaultError::RecordTampered => f.write_str("a record was altered or moved"),
            VaultError::Locked => f.write_str("the vault is locked"),
            VaultError::Internal => f.write_str("the random generator or Argon2 failed"),
        }
    }
}

impl std::error::Error for VaultError {}

impl From<KdfError> for VaultError {
    fn from(e: KdfError) -> Self {
        match e {
            KdfError::TooWeak => VaultError::KdfTooWeak,
            KdfError::TooCostly => VaultError::KdfTooCostly,
            KdfError::Failed => VaultError::Internal,
        }
    }
}

/// An open vault: the data key, in memory only while the user needs it.
///
/// The key lives in one heap allocation that [`UnlockedVault::lock`] and
/// `Drop` overwrite with zeros; after `lock` every operation returns
/// [`VaultError::Locked`]. The browser layer should drop (or lock) this on
/// quick-exit, on `visibilitychange` to hidden after a grace period, and on
/// an idle timer, since the phone may be picked up by someone else.
#[derive(Debug)]
pub struct UnlockedVault {
    vault_id: [u8; 16],
    vault_id_hex: String,
    key: SecretKey,
    /// The header version this key was unwrapped from.
    header_v: u16,
    /// The nonce of the wrapped key this vault was opened from: random and
    /// new with every header, so the store can tell that another tab (or
    /// this one) changed the passphrase and this key is no longer the
    /// vault's ([`UnlockedVault::generation`]).
    generation: [u8; NONCE_LEN],
    locked: bool,
}

/// Checks a header's shape and parameters before any expensive work;
/// returns the raw vault id.
fn check_header(header: &VaultHeader) -> Result<[u8; 16], VaultError> {
    if header.v > FORMAT_VERSION {
        return Err(VaultError::FutureVersion(header.v));
    }
    if header.v < OLDEST_FORMAT_VERSION {
        return Err(VaultError::Corrupt);
    }
    header.kdf.check()?;
    let vault_id = note::unhex16(&header.vault_id).ok_or(VaultError::Corrupt)?;
    if header.wrapped_key.ct.len() != KEY_LEN + TAG_LEN {
        return Err(VaultError::Corrupt);
    }
    Ok(vault_id)
}

/// Refuses a passphrase too short or too common for a vault, with the
/// error that says which (the browser checks this before deriving).
///
/// # Errors
/// [`VaultError::PassphraseTooCommon`], [`VaultError::PassphraseTooShort`].
pub fn require_acceptable(passphrase: &str) -> Result<(), VaultError> {
    match assess_passphrase(passphrase) {
        Strength::TooCommon => Err(VaultError::PassphraseTooCommon),
        Strength::TooShort => Err(VaultError::PassphraseTooShort),
        _ => Ok(()),
    }
}

/// Wraps `data_key` under `kek` (derived from `salt` and `params`) with a
/// fresh nonce: the core of creation and of a passphrase change.
fn wrap_header_with_kek(
    vault_id: &[u8; 16],
    data_key: &SecretKey,
    params: KdfParams,
    salt: [u8; SALT_LEN],
    kek: &SecretKey,
) -> Result<VaultHeader, VaultError> {
    params.check()?;
    let ad = seal::vault_ad(Domain::Wrap, FORMAT_VERSION, vault_id, "");
    let (nonce, ct) =
        seal::seal(kek, &ad, data_key.as_bytes()).map_err(|_| VaultError::Internal)?;
    Ok(VaultHeader {
        v: FORMAT_VERSION,
        vault_id: crate::core::hex::encode(vault_id),
        kdf: params,
        salt,
        wrapped_key: WrappedKey { nonce, ct },
    })
}

/// Creates a vault: a random vault id, a random 256-bit data key, and the
/// header holding that key wrapped under `passphrase`.
///
/// Returns the header to store and the vault, already unlocked. `params`
/// should normally be [`KdfParams::DEFAULT`]; anything below
/// [`KdfParams::OWASP_MIN`] is refused. The passphrase must pass
/// [`assess_passphrase`] (i.e. not be too short) and be NFC-normalized by
/// the caller (see [`derive_kek`]).
///
/// # Errors
/// [`VaultError::KdfTooWeak`] / [`VaultError::KdfTooCostly`],
/// [`VaultError::PassphraseTooShort`], or [`VaultError::Internal`].
pub fn create_vault(
    passphrase: &str,
    params: KdfParams,
) -> Result<(VaultHeader, UnlockedVault), VaultError> {
    params.check()?;
    require_acceptable(passphrase)?;
    let salt = kdf::random_salt().map_err(|_| VaultError::Internal)?;
    let kek = derive_kek(passphrase, &salt, params)?;
    create_vault_with_kek(passphrase, params, salt, &kek)
}

/// Unwraps the data key with `passphrase` (one Argon2id derivation).
///
/// The header is checked first — version, KDF parameters against
/// [`KdfParams::OWASP_MIN`] / [`KdfParams::MAX`], field lengths — so a
/// tampered header is refused before any memory is spent.
///
/// # Errors
/// [`VaultError::FutureVersion`], [`VaultError::Corrupt`],
/// [`VaultError::KdfTooWeak`], [`VaultError::KdfTooCostly`],
/// [`VaultError::WrongPassphraseOrTampered`], [`VaultError::Internal`].
pub fn unlock(header: &VaultHeader, passphrase: &str) -> Result<UnlockedVault, VaultError> {
    check_header(header)?;
    let kek = derive_kek(passphrase, &header.salt, header.kdf)?;
    unlock_with_kek(header, &kek)
}

/// [`unlock`] with the KEK already derived from the header's salt and
/// parameters (the browser derives in a Web Worker, so that quick exit
/// stays instant; see `web::kdf`). Check the header with
/// [`check_header_kdf`] before deriving.
///
/// # Errors
/// As [`unlock`].
pub fn unlock_with_kek(header: &VaultHeader, kek: &SecretKey) -> Result<UnlockedVault, VaultError> {
    let vault_id = check_header(header)?;
    let ad = seal::vault_ad(Domain::Wrap, header.v, &vault_id, "");
    let plain = seal::open(kek, &header.wrapped_key.nonce, &ad, &header.wrapped_key.ct)
        .map_err(|_| VaultError::WrongPassphraseOrTampered)?;
    let key = SecretKey::from_slice(&plain).ok_or(VaultError::Corrupt)?;
    Ok(UnlockedVault {
        vault_id,
        vault_id_hex: header.vault_id.clone(),
        key,
        header_v: header.v,
        generation: header.wrapped_key.nonce,
        locked: false,
    })
}

/// The checks [`unlock`] makes before deriving (version, shape, KDF
/// parameters within [`KdfParams::OWASP_MIN`]..=[`KdfParams::MAX`]), for a
/// caller that derives the KEK itself.
///
/// # Errors
/// As the header errors of [`unlock`].
pub fn check_header_kdf(header: &VaultHeader) -> Result<(), VaultError> {
    check_header(header).map(|_| ())
}

/// [`create_vault`] with the KEK already derived from `passphrase`, a salt
/// from [`random_salt`] and `params`. The passphrase is only checked here
/// ([`assess_passphrase`]); the caller must have derived `kek` from it.
///
/// # Errors
/// As [`create_vault`].
pub fn create_vault_with_kek(
    passphrase: &str,
    params: KdfParams,
    salt: [u8; SALT_LEN],
    kek: &SecretKey,
) -> Result<(VaultHeader, UnlockedVault), VaultError> {
    params.check()?;
    require_acceptable(passphrase)?;
    let mut vault_id = [0u8; 16];
    getrandom::fill(&mut vault_id).map_err(|_| VaultError::Internal)?;
    let key = SecretKey::random().map_err(|_| VaultError::Internal)?;
    let header = wrap_header_with_kek(&vault_id, &key, params, salt, kek)?;
    let vault = UnlockedVault {
        vault_id,
        vault_id_hex: header.vault_id.clone(),
        key,
        header_v: header.v,
        generation: header.wrapped_key.nonce,
        locked: false,
    };
    Ok((header, vault))
}

/// [`change_passphrase`] with both KEKs already derived: `old_kek` from the
/// header's salt and parameters, `new_kek` from `new_passphrase`, a salt
/// from [`random_salt`] and `params`. `new_passphrase` is only checked here.
/// Like [`change_passphrase`] it makes a new data key.
///
/// # Errors
/// As [`change_passphrase`].
pub fn change_passphrase_with_keks(
    header: &VaultHeader,
    old_kek: &SecretKey,
    new_passphrase: &str,
    params: KdfParams,
    new_salt: [u8; SALT_LEN],
    new_kek: &SecretKey,
) -> Result<(VaultHeader, UnlockedVault, UnlockedVault), VaultError> {
    params.check()?;
    require_acceptable(new_passphrase)?;
    let old = unlock_with_kek(header, old_kek)?;
    let (new_header, new) = rekey_with_kek(&old, new_passphrase, params, new_salt, new_kek)?;
    Ok((new_header, old, new))
}

/// Changes the passphrase **and the data key**: proves `old_passphrase` by
/// unwrapping, then makes a new random data key and wraps it under a KEK
/// from `new_passphrase` (fresh salt and nonce, same vault id).
///
/// Returns the new header, the vault open under the **old** key (to open
/// every stored record) and under the **new** one (to seal them again). The
/// caller must re-seal every note, draft and the settings with
/// [`UnlockedVault::reseal_note`] and friends and store them together with
/// the header in one transaction: records left under the old key no longer
/// open. Because the key changes, someone who learnt the old passphrase
/// (or copied the old header) and copies the database later reads nothing
/// written after the change.
///
/// Asking for the old passphrase (instead of trusting an open vault) means
/// whoever picks up an unlocked phone cannot lock the owner out of her own
/// notes. Also the way to raise KDF parameters: same passphrase twice,
/// `params = KdfParams::DEFAULT`.
///
/// # Errors
/// As [`unlock`] for the old header and passphrase; then
/// [`VaultError::PassphraseTooShort`] / [`VaultError::PassphraseTooCommon`],
/// [`VaultError::KdfTooWeak`] / [`VaultError::KdfTooCostly`] for the new
/// ones.
pub fn change_passphrase(
    header: &VaultHeader,
    old_passphrase: &str,
    new_passphrase: &str,
    params: KdfParams,
) -> Result<(VaultHeader, UnlockedVault, UnlockedVault), VaultError> {
    params.check()?;
    require_acceptable(new_passphrase)?;
    let old = unlock(header, old_passphrase)?;
    let (new_header, new) = rekey(&old, new_passphrase, params)?;
    Ok((new_header, old, new))
}

/// A new random data key for the open vault `old`, wrapped under
/// `new_passphrase`: the second half of [`change_passphrase`], once the old
/// passphrase has been proven.
///
/// # Errors
/// [`VaultError::Locked`], [`VaultError::PassphraseTooShort`] /
/// [`VaultError::PassphraseTooCommon`], [`VaultError::KdfTooWeak`] /
/// [`VaultError::KdfTooCostly`], [`VaultError::Internal`].
pub fn rekey(
    old: &UnlockedVault,
    new_passphrase: &str,
    params: KdfParams,
) -> Result<(VaultHeader, UnlockedVault), VaultError> {
    old.key()?;
    params.check()?;
    require_acceptable(new_passphrase)?;
    let salt = kdf::random_salt().map_err(|_| VaultError::Internal)?;
    let kek = derive_kek(new_passphrase, &salt, params)?;
    rekey_with_kek(old, new_passphrase, params, salt, &kek)
}

/// [`rekey`] with the new KEK already derived from `new_passphrase`, `salt`
/// and `params`.
///
/// # Errors
/// As [`rekey`].
pub fn rekey_with_kek(
    old: &UnlockedVault,
    new_passphrase: &str,
    params: KdfParams,
    salt: [u8; SALT_LEN],
    kek: &SecretKey,
) -> Result<(VaultHeader, UnlockedVault), VaultError> {
    old.key()?;
    params.check()?;
    require_acceptable(new_passphrase)?;
    let key = SecretKey::random().map_err(|_| VaultError::Internal)?;
    let header = wrap_header_with_kek(&old.vault_id, &key, params, salt, kek)?;
    let new = UnlockedVault {
        vault_id: old.vault_id,
        vault_id_hex: old.vault_id_hex.clone(),
        key,
        header_v: header.v,
        generation: header.wrapped_key.nonce,
        locked: false,
    };
    Ok((header, new))
}

impl UnlockedVault {
    /// The vault id (32 hex), as in the header.
    pub fn vault_id(&self) -> &str {
        &self.vault_id_hex
    }

    /// True after [`Self::lock`].
    pub fn is_locked(&self) -> bool {
        self.locked
    }

    /// Wipes the data key now. Every later operation returns
    /// [`VaultError::Locked`]; unlocking again needs the passphrase.
    pub fn lock(&mut self) {
        self.key.zeroize();
        self.locked = true;
    }

    fn key(&self) -> Result<&SecretKey, VaultError> {
        if self.locked {
            Err(VaultError::Locked)
        } else {
            Ok(&self.key)
        }
    }

    /// The header version this vault was opened from: 1 for a vault made
    /// before the settings were sealed (see [`FORMAT_VERSION`]).
    pub fn header_version(&self) -> u16 {
        self.header_v
    }

    /// The nonce of the wrapped key this vault was opened from. The store
    /// compares it with the stored header before each write, so a tab
    /// holding a key that a passphrase change replaced cannot write records
    /// nobody could open any more.
    pub fn generation(&self) -> &[u8; NONCE_LEN] {
        &self.generation
    }

    /// Seals `plain`, padded, as a current-version record `id` of `domain`.
    fn seal_bytes(
        &self,
        domain: Domain,
        id: &str,
        plain: &[u8],
    ) -> Result<SealedRecord, VaultError> {
        let key = self.key()?;
        let padded = pad(plain)?;
        let ad = seal::vault_ad(domain, FORMAT_VERSION, &self.vault_id, id);
        let (nonce, ct) = seal::seal(key, &ad, &padded).map_err(|_| VaultError::Internal)?;
        Ok(SealedRecord {
            id: id.to_string(),
            v: FORMAT_VERSION,
            nonce,
            ct,
        })
    }

    /// Opens a record `id` of `domain` of any supported version (version 1:
    /// unpadded; version 2: padded).
    fn open_bytes(
        &self,
        domain: Domain,
        id: &str,
        record: &SealedRecord,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, VaultError> {
        let key = self.key()?;
        if record.v > FORMAT_VERSION {
            return Err(VaultError::FutureVersion(record.v));
        }
        if record.v < OLDEST_FORMAT_VERSION || record.id != id {
            return Err(VaultError::Corrupt);
        }
        let ad = seal::vault_ad(domain, record.v, &self.vault_id, id);
        let plain = seal::open(key, &record.nonce, &ad, &record.ct)
            .map_err(|_| VaultError::RecordTampered)?;
        if record.v == 1 {
            return Ok(plain);
        }
        let body = unpad(&plain).ok_or(VaultError::Corrupt)?;
        Ok(zeroize::Zeroizing::new(body.to_vec()))
    }

    fn seal_in(&self, domain: Domain, note: &Note) -> Result<SealedRecord, VaultError> {
        self.key()?;
        if !is_valid_record_id(&note.id) {
            return Err(VaultError::Corrupt);
        }
        let plain =
            zeroize::Zeroizing::new(serde_json::to_vec(note).map_err(|_| VaultError::Internal)?);
        self.seal_bytes(domain, &note.id, &plain)
    }

    fn open_in(&self, domain: Domain, record: &SealedRecord) -> Result<Note, VaultError> {
        self.key()?;
        if record.v <= FORMAT_VERSION && !is_valid_record_id(&record.id) {
            return Err(VaultError::Corrupt);
        }
        let plain = self.open_bytes(domain, &record.id, record)?;
        let note: Note = serde_json::from_slice(&plain).map_err(|_| VaultError::Corrupt)?;
        // Authenticated, so this only fails if the writer had a bug.
        if note.id != record.id {
            return Err(VaultError::Corrupt);
        }
        Ok(note)
    }

    /// Seals the vault settings (any serialised form the caller chooses,
    /// normally JSON) under the data key, padded like a note, with their
    /// own associated-data domain and the fixed id [`SETTINGS_RECORD_ID`].
    ///
    /// # Errors
    /// [`VaultError::Locked`], [`VaultError::Internal`].
    pub fn seal_settings(&self, plain: &[u8]) -> Result<SealedRecord, VaultError> {
        self.seal_bytes(Domain::Settings, SETTINGS_RECORD_ID, plain)
    }

    /// Opens sealed settings; the bytes come back in a buffer wiped on drop.
    ///
    /// # Errors
    /// [`VaultError::RecordTampered`] if they were altered (or are a note),
    /// [`VaultError::FutureVersion`], [`VaultError::Corrupt`],
    /// [`VaultError::Locked`].
    pub fn open_settings(
        &self,
        record: &SealedRecord,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, VaultError> {
        self.open_bytes(Domain::Settings, SETTINGS_RECORD_ID, record)
    }

    /// Opens a note sealed under `self` and seals it under `to` (a
    /// passphrase change, [`change_passphrase`]).
    ///
    /// # Errors
    /// As [`Self::open_note`], then as [`Self::seal_note`].
    pub fn reseal_note(
        &self,
        record: &SealedRecord,
        to: &UnlockedVault,
    ) -> Result<SealedRecord, VaultError> {
        let mut note = self.open_note(record)?;
        let sealed = to.seal_note(&note);
        note.zeroize();
        sealed
    }

    /// [`Self::reseal_note`] for a draft.
    ///
    /// # Errors
    /// As [`Self::reseal_note`].
    pub fn reseal_draft(
        &self,
        record: &SealedRecord,
        to: &UnlockedVault,
    ) -> Result<SealedRecord, VaultError> {
        let mut draft = self.open_draft(record)?;
        let sealed = to.seal_draft(&draft);
        draft.zeroize();
        sealed
    }

    /// [`Self::reseal_note`] for the settings.
    ///
    /// # Errors
    /// As [`Self::open_settings`].
    pub fn reseal_settings(
        &self,
        record: &SealedRecord,
        to: &UnlockedVault,
    ) -> Result<SealedRecord, VaultError> {
        to.seal_settings(&self.open_settings(record)?)
    }

    /// Seals a note under a fresh random nonce, keyed by `note.id` (which
    /// must be a valid record id, see [`new_record_id`]).
    ///
    /// # Errors
    /// [`VaultError::Locked`], [`VaultError::Corrupt`] for a malformed id,
    /// [`VaultError::Internal`] if the CSPRNG fails.
    pub fn seal_note(&self, note: &Note) -> Result<SealedRecord, VaultError> {
        self.seal_in(Domain::Note, note)
    }

    /// Opens a sealed note, verifying it belongs to this vault, this id and
    /// the note domain.
    ///
    /// # Errors
    /// [`VaultError::RecordTampered`] if it was altered, moved or is a
    /// draft; [`VaultError::FutureVersion`], [`VaultError::Corrupt`],
    /// [`VaultError::Locked`].
    pub fn open_note(&self, record: &SealedRecord) -> Result<Note, VaultError> {
        self.open_in(Domain::Note, record)
    }

    /// Seals a draft (autosave while editing). Same construction as a note
    /// but a distinct associated-data domain, so a stale draft can never be
    /// replayed into the notes store as a saved note.
    ///
    /// # Errors
    /// As [`Self::seal_note`].
    pub fn seal_draft(&self, draft: &Note) -> Result<SealedRecord, VaultError> {
        self.seal_in(Domain::Draft, draft)
    }

    /// Opens a sealed draft; a sealed *note* presented here fails.
    ///
    /// # Errors
    /// As [`Self::open_note`].
    pub fn open_draft(&self, record: &SealedRecord) -> Result<Note, VaultError> {
        self.open_in(Domain::Draft, record)
    }

    /// Seals an entry of "My plan" under a fresh random nonce, keyed by
    /// `entry.id`, in the plan's own associated-data domain: the same key
    /// and binding (vault id, record id, version) as a note, so it cannot
    /// be moved to another id or vault, or opened as a note or draft.
    ///
    /// # Errors
    /// As [`Self::seal_note`].
    pub fn seal_plan(&self, entry: &PlanEntry) -> Result<SealedRecord, VaultError> {
        self.key()?;
        if !is_valid_record_id(&entry.id) {
            return Err(VaultError::Corrupt);
        }
        let plain =
            zeroize::Zeroizing::new(serde_json::to_vec(entry).map_err(|_| VaultError::Internal)?);
        self.seal_bytes(Domain::Plan, &entry.id, &plain)
    }

    /// Opens a sealed plan entry; a note, draft or settings record fails.
    ///
    /// # Errors
    /// As [`Self::open_note`].
    pub fn open_plan(&self, record: &SealedRecord) -> Result<PlanEntry, VaultError> {
        self.key()?;
        if !is_valid_record_id(&record.id) {
            return Err(VaultError::Corrupt);
        }
        let plain = self.open_bytes(Domain::Plan, &record.id, record)?;
        let entry: PlanEntry = serde_json::from_slice(&plain).map_err(|_| VaultError::Corrupt)?;
        if entry.id != record.id {
            return Err(VaultError::Corrupt);
        }
        Ok(entry)
    }

    /// [`Self::reseal_note`] for a plan entry.
    ///
    /// # Errors
    /// As [`Self::reseal_note`].
    pub fn reseal_plan(
        &self,
        record: &SealedRecord,
        to: &UnlockedVault,
    ) -> Result<SealedRecord, VaultError> {
        let mut entry = self.open_plan(record)?;
        let sealed = to.seal_plan(&entry);
        entry.zeroize();
        sealed
    }

    /// The raw key bytes, for the zeroization test only.
    #[cfg(test)]
    pub(crate) fn key_bytes_for_test(&self) -> [u8; KEY_LEN] {
        *self.key.as_bytes()
    }

    /// Builds a vault around a known key, for tests that must not pay for
    /// Argon2.
    #[cfg(test)]
    pub(crate) fn from_parts_for_test(vault_id: [u8; 16], key: [u8; KEY_LEN]) -> Self {
        UnlockedVault {
            vault_id,
            vault_id_hex: crate::core::hex::encode(&vault_id),
            key: SecretKey::from_slice(&key).expect("32 bytes"),
            header_v: FORMAT_VERSION,
            generation: [0; NONCE_LEN],
            locked: false,
        }
    }
}

impl Drop for UnlockedVault {
    fn drop(&mut self) {
        // `SecretKey` also wipes itself; this keeps the invariant explicit.
        self.lock();
    }
}
