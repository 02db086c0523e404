//! The backup file: one self-contained, versioned, authenticated binary
//! blob the user can save anywhere (documented byte by byte in
//! `docs/backup-format.md`).
//!
//! Construction: a fresh KEK from Argon2id(passphrase, fresh salt) wraps a
//! fresh random backup key; the backup key seals **one** payload holding
//! every note, with the entire fixed header as associated data. So every
//! byte of the file is authenticated by a single Poly1305 tag (or by the
//! wrap tag plus that one), no header field can be changed, and no note can
//! be added, dropped or reordered without the file failing to open.
//!
//! The vault's own data key never leaves the phone: a backup made with the
//! vault passphrase still uses its own salt, KEK and key, so a leaked backup
//! says nothing about the vault's header, and vice versa.
//!
//! Versions: **1** had the number of notes in the clear header and an
//! unpadded payload; **2** (written now) moves the count inside the
//! encrypted payload and pads the payload to a size bucket
//! ([`super::padded_len`]), so the file no longer says how many notes it
//! holds. **3** (written now) has the same layout as 2; its payload also
//! holds the entries of "My plan" (a version 2 reader would refuse them as
//! unknown, so the version says "made by a newer app" instead). All three
//! are read (golden files `tests/fixtures/backup-v1.bak`, `backup-v2.bak`,
//! `backup-v3.bak`).
//!
//! A file travels (chat apps, cloud, another phone) and can be attacked
//! with any number of computers, so a backup needs a passphrase rated at
//! least [`Strength::Fair`]; a PIN is never enough for one.

use super::kdf::{self, derive_kek, KdfError, KdfParams, SecretKey, KEY_LEN, SALT_LEN};
use super::note::{is_valid_record_id, Note};
use super::passphrase::{assess_passphrase, Strength};
use super::plan::PlanEntry;
use super::seal::{self, NONCE_LEN, TAG_LEN};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The first nine bytes of every backup file.
pub const BACKUP_MAGIC: &[u8; 9] = b"BINHAN-BK";

/// The backup format version this build writes (it also reads 1 and 2).
pub const BACKUP_VERSION: u16 = 3;

/// The oldest backup format version this build still reads.
pub const OLDEST_BACKUP_VERSION: u16 = 1;

/// Largest file accepted (32 MiB), checked before any parsing or key
/// derivation so a huge file cannot exhaust the phone's memory.
pub const MAX_BACKUP_BYTES: usize = 32 * 1024 * 1024;

/// Most notes (and, separately, plan entries) one backup may hold.
pub const MAX_BACKUP_RECORDS: u32 = 100_000;

// Field offsets (see docs/backup-format.md).
const OFF_VERSION: usize = 9;
const OFF_M: usize = 11;
const OFF_T: usize = 15;
const OFF_P: usize = 19;
const OFF_SALT: usize = 23;
const OFF_WRAP_NONCE: usize = OFF_SALT + SALT_LEN; // 39
const OFF_WRAPPED: usize = OFF_WRAP_NONCE + NONCE_LEN; // 63
const WRAPPED_LEN: usize = KEY_LEN + TAG_LEN; // 48
                                              // Version 1 only: the clear note count.
const V1_OFF_COUNT: usize = OFF_WRAPPED + WRAPPED_LEN; // 111
const V1_OFF_PAYLOAD_NONCE: usize = V1_OFF_COUNT + 4; // 115
const V1_OFF_PAYLOAD_LEN: usize = V1_OFF_PAYLOAD_NONCE + NONCE_LEN; // 139
const V1_FIXED_HEADER_LEN: usize = V1_OFF_PAYLOAD_LEN + 4; // 143
                                                           // Version 2: no count.
const OFF_PAYLOAD_NONCE: usize = OFF_WRAPPED + WRAPPED_LEN; // 111
const OFF_PAYLOAD_LEN: usize = OFF_PAYLOAD_NONCE + NONCE_LEN; // 135

/// Length of the fixed header of the current version (139 bytes; 143 in
/// version 1); the payload ciphertext follows.
pub const BACKUP_FIXED_HEADER_LEN: usize = OFF_PAYLOAD_LEN + 4;

const WRAP_AD_PREFIX: &[u8] = b"BINHAN-BK/wrap\0";
const PAYLOAD_AD_PREFIX: &[u8] = b"BINHAN-BK/payload\0";

/// Why a backup cannot be made or opened. Distinct variants so the UI can
/// say what actually happened (the words are chosen in `i18n::errors`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// The file does not start with [`BACKUP_MAGIC`]: not a Bình An backup.
    NotABackup,
    /// Made by a newer app version (the version found).
    FutureVersion(u16),
    /// The file ends before its declared length: an incomplete copy.
    Truncated,
    /// Larger than [`MAX_BACKUP_BYTES`] (or, on export, too many notes).
    TooLarge,
    /// A field has an impossible value (version 0, parameters above
    /// [`KdfParams::MAX`], bad lengths, trailing bytes, …).
    Corrupt,
    /// The file asks for less than [`KdfParams::OWASP_MIN`]: refused, since
    /// a forged file could otherwise invite a cheap guess at the passphrase.
    KdfTooWeak,
    /// The backup key did not unwrap: wrong passphrase, or the file's
    /// header was altered. The AEAD cannot tell these apart, so neither can we.
    WrongPassphraseOrTampered,
    /// The passphrase was right (the key unwrapped) but the notes did not
    /// authenticate: the file was altered or damaged after it was made.
    Tampered,
    /// Export only: the backup passphrase is too short.
    PassphraseTooShort,
    /// Export only: the backup passphrase is rated below
    /// [`Strength::Fair`] (a PIN, a common password, or too guessable).
    PassphraseTooWeak,
    /// The CSPRNG or Argon2 failed (e.g. out of memory).
    Internal,
}

/// One of each variant, for the tests of its English `Display` and of its
/// words for the user (`i18n::errors`); a new variant is added here too.
#[cfg(test)]
impl BackupError {
    pub(crate) const EACH: [BackupError; 11] = [
        BackupError::NotABackup,
        BackupError::FutureVersion(2),
        BackupError::Truncated,
        BackupError::TooLarge,
        BackupError::Corrupt,
        BackupError::KdfTooWeak,
        BackupError::WrongPassphraseOrTampered,
        BackupError::Tampered,
        BackupError::PassphraseTooShort,
        BackupError::PassphraseTooWeak,
        BackupError::Internal,
    ];
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupError::NotABackup => f.write_str("not a Bình An backup"),
            BackupError::FutureVersion(v) => write!(f, "made by a newer backup version ({v})"),
            BackupError::Truncated => f.write_str("the backup ends before its declared length"),
            BackupError::TooLarge => f.write_str("the backup is too large"),
            BackupError::Corrupt => f.write_str("the backup is malformed"),
            BackupError::KdfTooWeak => {
                f.write_str("the backup's key-derivation parameters are too weak")
            }
            BackupError::WrongPassphraseOrTampered => {
                f.write_str("wrong passphrase, or the backup header was altered")
            }
            BackupError::Tampered => f.write_str("the backup's notes were altered or damaged"),
            BackupError::PassphraseTooShort => f.write_str("the backup passphrase is too short"),
            BackupError::PassphraseTooWeak => f.write_str("the backup passphrase is too weak"),
            BackupError::Internal => f.write_str("the random generator or Argon2 failed"),
        }
    }
}

impl std::error::Error for BackupError {}

/// What the clear header of a backup says, readable without the passphrase
/// (for "this looks like a backup of N notes, enter its passphrase").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupHeaderInfo {
    /// Format version ([`OLDEST_BACKUP_VERSION`] to [`BACKUP_VERSION`]).
    pub version: u16,
    /// Argon2id parameters the passphrase will be run through.
    pub kdf: KdfParams,
    /// Number of notes declared in clear: version 1 only (authenticated;
    /// checked after decryption). `None` from version 2, where the count is
    /// inside the ciphertext.
    pub record_count: Option<u32>,
    /// Length of the payload ciphertext including its tag.
    pub payload_len: u32,
}

/// A decrypted backup, for the preview shown before anything is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupContents {
    /// The notes, in the order they were exported.
    pub notes: Vec<Note>,
    /// The entries of "My plan" (none in a version 1 or 2 file).
    pub plan: Vec<PlanEntry>,
    /// `notes.len()`.
    pub count: usize,
    /// Earliest `created_ms` among the notes (`None` when empty).
    pub oldest_ms: Option<u64>,
    /// Latest `updated_ms` among the notes (`None` when empty).
    pub newest_ms: Option<u64>,
    /// When the backup was made (from inside the ciphertext).
    pub exported_ms: u64,
}

/// The plaintext of the payload (version 3), as serialized for export.
#[derive(Serialize)]
struct PayloadOut<'a> {
    exported_ms: u64,
    count: u32,
    notes: &'a [Note],
    plan: &'a [PlanEntry],
}

/// The plaintext of the payload, as parsed on import. `count` is required
/// from version 2 on and absent in version 1 (checked by the reader).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PayloadIn {
    exported_ms: u64,
    #[serde(default)]
    count: Option<u32>,
    notes: Vec<Note>,
    /// From version 3 on (checked by the reader).
    #[serde(default)]
    plan: Option<Vec<PlanEntry>>,
}

/// A file whose structure checked out, with borrowed views of its fields.
pub(crate) struct Parsed<'a> {
    pub(crate) info: BackupHeaderInfo,
    pub(crate) salt: [u8; SALT_LEN],
    wrap_nonce: [u8; NONCE_LEN],
    wrapped: &'a [u8],
    payload_nonce: [u8; NONCE_LEN],
    payload: &'a [u8],
    /// Bytes `[0, 39)`: magic, version, KDF parameters, salt.
    kdf_part: &'a [u8],
    /// The whole fixed header (143 bytes in version 1, 139 in version 2).
    header: &'a [u8],
}

fn be_u16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

fn be_u32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn array<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&b[at..at + N]);
    out
}

/// Structural parse. Every slice index below is guarded by an explicit
/// length check first; the proptests drive this with random and mutated
/// input to show it never panics.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed<'_>, BackupError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    let magic_seen = bytes.len().min(BACKUP_MAGIC.len());
    if bytes.is_empty() || bytes[..magic_seen] != BACKUP_MAGIC[..magic_seen] {
        return Err(BackupError::NotABackup);
    }
    if bytes.len() < OFF_VERSION + 2 {
        return Err(BackupError::Truncated);
    }
    let version = be_u16(bytes, OFF_VERSION);
    if version > BACKUP_VERSION {
        return Err(BackupError::FutureVersion(version));
    }
    if version < OLDEST_BACKUP_VERSION {
        return Err(BackupError::Corrupt);
    }
    let (header_len, off_nonce, off_len) = if version == 1 {
        (
            V1_FIXED_HEADER_LEN,
            V1_OFF_PAYLOAD_NONCE,
            V1_OFF_PAYLOAD_LEN,
        )
    } else {
        (BACKUP_FIXED_HEADER_LEN, OFF_PAYLOAD_NONCE, OFF_PAYLOAD_LEN)
    };
    if bytes.len() < header_len {
        return Err(BackupError::Truncated);
    }
    let kdf = KdfParams {
        m_kib: be_u32(bytes, OFF_M),
        t: be_u32(bytes, OFF_T),
        p: be_u32(bytes, OFF_P),
    };
    kdf.check().map_err(|e| match e {
        KdfError::TooWeak => BackupError::KdfTooWeak,
        KdfError::TooCostly | KdfError::Failed => BackupError::Corrupt,
    })?;
    let record_count = if version == 1 {
        let count = be_u32(bytes, V1_OFF_COUNT);
        if count > MAX_BACKUP_RECORDS {
            return Err(BackupError::Corrupt);
        }
        Some(count)
    } else {
        None
    };
    let payload_len = be_u32(bytes, off_len);
    let payload_len_usize = usize::try_from(payload_len).map_err(|_| BackupError::Corrupt)?;
    if !(TAG_LEN..=MAX_BACKUP_BYTES).contains(&payload_len_usize) {
        return Err(BackupError::Corrupt);
    }
    let body = &bytes[header_len..];
    if body.len() < payload_len_usize {
        return Err(BackupError::Truncated);
    }
    if body.len() > payload_len_usize {
        return Err(BackupError::Corrupt);
    }
    Ok(Parsed {
        info: BackupHeaderInfo {
            version,
            kdf,
            record_count,
            payload_len,
        },
        salt: array(bytes, OFF_SALT),
        wrap_nonce: array(bytes, OFF_WRAP_NONCE),
        wrapped: &bytes[OFF_WRAPPED..OFF_WRAPPED + WRAPPED_LEN],
        payload_nonce: array(bytes, off_nonce),
        payload: body,
        kdf_part: &bytes[..OFF_WRAP_NONCE],
        header: &bytes[..header_len],
    })
}

fn ad(prefix: &[u8], covered: &[u8]) -> Vec<u8> {
    let mut ad = Vec::with_capacity(prefix.len() + covered.len());
    ad.extend_from_slice(prefix);
    ad.extend_from_slice(covered);
    ad
}

/// Reads a backup's clear header without the passphrase and without any
/// expensive work. Never panics, whatever the input.
///
/// # Errors
/// [`BackupError::TooLarge`] (checked first), [`BackupError::NotABackup`],
/// [`BackupError::Truncated`], [`BackupError::FutureVersion`],
/// [`BackupError::KdfTooWeak`], [`BackupError::Corrupt`].
pub fn parse_backup(bytes: &[u8]) -> Result<BackupHeaderInfo, BackupError> {
    parse(bytes).map(|p| p.info)
}

/// The salt and Argon2id parameters a backup's passphrase must be run
/// through, after the same checks as [`parse_backup`]: for a caller that
/// derives the KEK itself (the browser, in a Web Worker) and then calls
/// [`open_with_kek`].
///
/// # Errors
/// As [`parse_backup`].
pub fn backup_kdf_input(bytes: &[u8]) -> Result<([u8; SALT_LEN], KdfParams), BackupError> {
    parse(bytes).map(|p| (p.salt, p.info.kdf))
}

/// Everything after the KDF: unwrap the backup key with an already derived
/// KEK (from [`backup_kdf_input`]), then open and parse the payload. Used by
/// [`open_backup`], by the browser (which derives in a Web Worker), and
/// directly by the tests that flip every bit of a file without paying for
/// Argon2 each time.
///
/// # Errors
/// As [`open_backup`] after its derivation.
pub fn open_with_kek(bytes: &[u8], kek: &SecretKey) -> Result<BackupContents, BackupError> {
    let parsed = parse(bytes)?;
    open_parsed(&parsed, kek)
}

fn open_parsed(parsed: &Parsed<'_>, kek: &SecretKey) -> Result<BackupContents, BackupError> {
    let wrap_ad = ad(WRAP_AD_PREFIX, parsed.kdf_part);
    let key_bytes = seal::open(kek, &parsed.wrap_nonce, &wrap_ad, parsed.wrapped)
        .map_err(|_| BackupError::WrongPassphraseOrTampered)?;
    let key = SecretKey::from_slice(&key_bytes).ok_or(BackupError::Corrupt)?;
    let payload_ad = ad(PAYLOAD_AD_PREFIX, parsed.header);
    let plain = seal::open(&key, &parsed.payload_nonce, &payload_ad, parsed.payload)
        .map_err(|_| BackupError::Tampered)?;
    let json = if parsed.info.version == 1 {
        &plain[..]
    } else {
        super::unpad(&plain).ok_or(BackupError::Corrupt)?
    };
    let payload: PayloadIn = serde_json::from_slice(json).map_err(|_| BackupError::Corrupt)?;
    // Version 1 declares the count in the header, version 2 inside.
    let declared = match (parsed.info.record_count, payload.count) {
        (Some(clear), None) => clear,
        (None, Some(inside)) => inside,
        _ => return Err(BackupError::Corrupt),
    };
    let declared = usize::try_from(declared).map_err(|_| BackupError::Corrupt)?;
    if payload.notes.len() != declared || !payload.notes.iter().all(|n| is_valid_record_id(&n.id)) {
        return Err(BackupError::Corrupt);
    }
    // Version 3 always has a plan (maybe empty); earlier versions never.
    let plan = match (parsed.info.version >= 3, payload.plan) {
        (true, Some(plan)) => plan,
        (false, None) => Vec::new(),
        _ => return Err(BackupError::Corrupt),
    };
    if plan.len() > MAX_BACKUP_RECORDS as usize || !plan.iter().all(|e| is_valid_record_id(&e.id)) {
        return Err(BackupError::Corrupt);
    }
    Ok(BackupContents {
        plan,
        count: payload.notes.len(),
        oldest_ms: payload.notes.iter().map(|n| n.created_ms).min(),
        newest_ms: payload.notes.iter().map(|n| n.updated_ms).max(),
        exported_ms: payload.exported_ms,
        notes: payload.notes,
    })
}

/// Decrypts a backup for preview; writes nothing. One Argon2id derivation
/// with the file's parameters (refused below [`KdfParams::OWASP_MIN`]).
///
/// The passphrase must be NFC-normalized by the caller (see
/// [`derive_kek`]).
///
/// # Errors
/// Any error of [`parse_backup`]; then
/// [`BackupError::WrongPassphraseOrTampered`] if the key does not unwrap,
/// [`BackupError::Tampered`] if it does but the notes do not authenticate,
/// [`BackupError::Corrupt`] if the authenticated content is malformed,
/// [`BackupError::Internal`] if Argon2 cannot run.
pub fn open_backup(bytes: &[u8], passphrase: &str) -> Result<BackupContents, BackupError> {
    let parsed = parse(bytes)?;
    let kek = derive_kek(passphrase, &parsed.salt, parsed.info.kdf).map_err(|e| match e {
        KdfError::TooWeak => BackupError::KdfTooWeak,
        KdfError::TooCostly => BackupError::Corrupt,
        KdfError::Failed => BackupError::Internal,
    })?;
    open_parsed(&parsed, &kek)
}

/// Writes a backup of `notes` protected by `passphrase` — the vault
/// passphrase or a separate one; either way a fresh salt, a fresh KEK and a
/// fresh random backup key are used.
///
/// `params` should normally be [`KdfParams::DEFAULT`]. `exported_ms` and
/// the number of notes are stored inside the ciphertext only, and the
/// payload is padded to a size bucket, so the file's length says only
/// roughly how much text it holds.
///
/// # Errors
/// [`BackupError::PassphraseTooShort`], [`BackupError::PassphraseTooWeak`]
/// (below [`Strength::Fair`]), [`BackupError::KdfTooWeak`],
/// [`BackupError::TooLarge`] (over [`MAX_BACKUP_RECORDS`] notes or
/// [`MAX_BACKUP_BYTES`]), [`BackupError::Corrupt`] for a note with a
/// malformed id, [`BackupError::Internal`] (CSPRNG / Argon2 failure, or
/// parameters above [`KdfParams::MAX`]).
pub fn export_backup(
    notes: &[Note],
    plan: &[PlanEntry],
    passphrase: &str,
    params: KdfParams,
    exported_ms: u64,
) -> Result<Vec<u8>, BackupError> {
    check_backup_passphrase(passphrase)?;
    let salt = kdf::random_salt().map_err(|_| BackupError::Internal)?;
    let kek = derive_kek(passphrase, &salt, params).map_err(|e| match e {
        KdfError::TooWeak => BackupError::KdfTooWeak,
        KdfError::TooCostly | KdfError::Failed => BackupError::Internal,
    })?;
    export_backup_with_kek(notes, plan, passphrase, params, salt, &kek, exported_ms)
}

/// A backup travels (chat apps, cloud, another phone), so its passphrase
/// must be rated at least [`Strength::Fair`].
fn check_backup_passphrase(passphrase: &str) -> Result<(), BackupError> {
    match assess_passphrase(passphrase) {
        Strength::TooShort => Err(BackupError::PassphraseTooShort),
        s if !s.is_enough_for_backup() => Err(BackupError::PassphraseTooWeak),
        _ => Ok(()),
    }
}

/// [`export_backup`] with the KEK already derived from `passphrase`, a salt
/// from [`kdf::random_salt`] and `params` (the browser derives in a Web
/// Worker). `passphrase` is only checked here.
///
/// # Errors
/// As [`export_backup`].
pub fn export_backup_with_kek(
    notes: &[Note],
    plan: &[PlanEntry],
    passphrase: &str,
    params: KdfParams,
    salt: [u8; SALT_LEN],
    kek: &SecretKey,
    exported_ms: u64,
) -> Result<Vec<u8>, BackupError> {
    params.check().map_err(|e| match e {
        KdfError::TooWeak => BackupError::KdfTooWeak,
        KdfError::TooCostly | KdfError::Failed => BackupError::Internal,
    })?;
    check_backup_passphrase(passphrase)?;
    let count = u32::try_from(notes.len()).map_err(|_| BackupError::TooLarge)?;
    if count > MAX_BACKUP_RECORDS {
        return Err(BackupError::TooLarge);
    }
    if plan.len() > MAX_BACKUP_RECORDS as usize {
        return Err(BackupError::TooLarge);
    }
    if !notes.iter().all(|n| is_valid_record_id(&n.id))
        || !plan.iter().all(|e| is_valid_record_id(&e.id))
    {
        return Err(BackupError::Corrupt);
    }
    let json = Zeroizing::new(
        serde_json::to_vec(&PayloadOut {
            exported_ms,
            count,
            notes,
            plan,
        })
        .map_err(|_| BackupError::Internal)?,
    );
    let plain = super::pad(&json).map_err(|_| BackupError::TooLarge)?;
    let payload_len = plain.len() + TAG_LEN;
    if BACKUP_FIXED_HEADER_LEN + payload_len > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    let payload_len = u32::try_from(payload_len).map_err(|_| BackupError::TooLarge)?;

    let backup_key = SecretKey::random().map_err(|_| BackupError::Internal)?;

    let mut file = Vec::with_capacity(BACKUP_FIXED_HEADER_LEN + plain.len() + TAG_LEN);
    file.extend_from_slice(BACKUP_MAGIC);
    file.extend_from_slice(&BACKUP_VERSION.to_be_bytes());
    file.extend_from_slice(&params.m_kib.to_be_bytes());
    file.extend_from_slice(&params.t.to_be_bytes());
    file.extend_from_slice(&params.p.to_be_bytes());
    file.extend_from_slice(&salt);
    debug_assert_eq!(file.len(), OFF_WRAP_NONCE);

    let wrap_ad = ad(WRAP_AD_PREFIX, &file);
    let (wrap_nonce, wrapped) =
        seal::seal(kek, &wrap_ad, backup_key.as_bytes()).map_err(|_| BackupError::Internal)?;
    file.extend_from_slice(&wrap_nonce);
    file.extend_from_slice(&wrapped);
    let mut payload_nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut payload_nonce).map_err(|_| BackupError::Internal)?;
    file.extend_from_slice(&payload_nonce);
    file.extend_from_slice(&payload_len.to_be_bytes());
    debug_assert_eq!(file.len(), BACKUP_FIXED_HEADER_LEN);

    let payload_ad = ad(PAYLOAD_AD_PREFIX, &file);
    let ct = seal::seal_with_nonce(&backup_key, &payload_nonce, &payload_ad, &plain)
        .map_err(|_| BackupError::Internal)?;
    file.extend_from_slice(&ct);
    Ok(file)
}
