//! The notes vault in IndexedDB: the thin async layer the notes screens
//! call. All cryptography is in [`crate::core::vault`]; this module only
//! decides *what is stored where, in which transaction*, and keeps the
//! failed-unlock counter.
//!
//! # What is stored (vault schema v2, see [`crate::web::storage::stores`])
//!
//! | store | key | record | secret? |
//! |---|---|---|---|
//! | `vault_meta` | `"header"` | `{id, header: VaultHeader}` (salt, KDF parameters, wrapped key) | no — public by design |
//! | `vault_meta` | `"lockout"` | `{id, failures, last_attempt_ms}` | no |
//! | `vault_meta` | `"settings"` | [`SealedRecord`] `{id: "settings", v: 2, nonce, ct}`: the whole [`VaultSettings`] as JSON, sealed (format 2; format-1 vaults kept `{id, auto_lock_minutes, erase_after_failures}` in clear, sealed at the first unlock) | inside `ct` only |
//! | `vault_meta` | `"erase_guard"` | `{id, erase_after_failures}`: a clear copy of one setting, see below | no |
//! | `vault_notes` | random id | [`SealedRecord`] `{id, v, nonce, ct}` | inside `ct` only |
//! | `vault_drafts` | random id | [`SealedRecord`] (draft domain) | inside `ct` only |
//! | `vault_plan` | random id | [`SealedRecord`] (plan domain): one entry of "My plan" (a support and its status, a paper, a person who helps) | inside `ct` only |
//!
//! Nothing the user wrote is ever stored outside a ciphertext, and nothing
//! here logs: no note, passphrase or key reaches the console.
//!
//! # Passphrases
//!
//! Every passphrase is NFC-normalised here ([`normalize_passphrase`])
//! before it reaches the core, so "mật khẩu" typed precomposed on one
//! keyboard and decomposed on another derive the same key.
//!
//! # Failed attempts
//!
//! Each unlock (and each passphrase change, which also proves the old
//! passphrase) is **charged before** Argon2 runs: one read-write
//! transaction checks the wait, then adds one to the counter. Closing the
//! tab during the derivation, or guessing from several tabs at once, cannot
//! skip the count. A success resets it; an error that is not a wrong
//! passphrase (out of memory, damaged header) gives the attempt back.
//! After [`FREE_ATTEMPTS`] failures in a row every attempt waits
//! [`lockout_wait_secs`] (30 s, doubling, at most about an hour). With the
//! optional setting, the [`ERASE_AFTER_FAILURES`]th wrong passphrase in a row
//! wipes the vault.
//!
//! # Settings
//!
//! The settings are sealed under the data key, so nobody can change the
//! auto-lock time or switch the erase option from outside the app: a
//! changed record no longer opens and the defaults apply. One setting has
//! to be known *before* the key is: whether the 10th wrong passphrase
//! erases. Its clear copy (`erase_guard`) is what a failed unlock reads. It
//! is rewritten from the sealed settings at every save and every unlock, so
//! a change made from outside lasts at most until the owner's next unlock.
//! Whoever can write that copy can equally reset the failure counter or
//! delete the database, so it gives them nothing they did not have; and
//! the copy can only make the app erase when it says so, never because it
//! is missing or unreadable.
//!
//! The wait uses the phone's clock, so someone who can change the clock can
//! shorten it: it slows a person trying passphrases on the phone, it is not
//! the protection. The protection against a copied database is Argon2id
//! and the strength of the passphrase.

use crate::core::vault::{
    self, is_valid_record_id, ImportPlan, KdfParams, Note, PlanEntry, SealedRecord, SecretKey,
    UnlockedVault, VaultError, VaultHeader, SALT_LEN,
};
use crate::web::kdf::{self, DeriveError};
use crate::web::storage::{self, stores, Storage, StorageError};
use indexed_db_futures::error::Error as IdbError;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use zeroize::Zeroizing;

/// Ids of the records in `vault_meta`.
pub mod meta_ids {
    /// The vault header.
    pub const HEADER: &str = "header";
    /// The failed-unlock counter.
    pub const LOCKOUT: &str = "lockout";
    /// The vault settings (sealed).
    pub const SETTINGS: &str = "settings";
    /// The clear copy of "erase after 10 wrong passphrases".
    pub const ERASE_GUARD: &str = "erase_guard";
}

/// Wrong passphrases in a row allowed without waiting.
pub const FREE_ATTEMPTS: u32 = 5;
/// The wait after the [`FREE_ATTEMPTS`]th failure; it doubles with each
/// further failure.
pub const FIRST_WAIT_SECS: u64 = 30;
/// The longest wait (30 s × 2⁷ = 64 min), so a forgetful owner is slowed,
/// not locked out for days.
pub const MAX_WAIT_SECS: u64 = FIRST_WAIT_SECS << 7;
/// With [`VaultSettings::erase_after_failures`], this many wrong
/// passphrases in a row erase the vault.
pub const ERASE_AFTER_FAILURES: u32 = 10;

/// How long to wait after `failures` wrong passphrases in a row: 0 below
/// [`FREE_ATTEMPTS`], then 30 s, 60 s, 120 s, … up to [`MAX_WAIT_SECS`].
pub fn lockout_wait_secs(failures: u32) -> u64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(7);
    (FIRST_WAIT_SECS << doublings).min(MAX_WAIT_SECS)
}

/// Everything the vault store can fail with; no variant carries anything
/// the user wrote. The words the user sees are in `app::ui::errors`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VaultStoreError {
    /// No vault on this phone yet (no header stored).
    NoVault,
    /// [`VaultStore::create`] when a vault exists: it is never overwritten.
    AlreadyExists,
    /// The passphrase did not open the vault (or the header was altered).
    WrongPassphrase,
    /// Too many wrong passphrases: try again in `wait_secs` seconds. The UI
    /// formats the number (`i18n::VAULT_TRY_AGAIN_IN`).
    LockedOut { wait_secs: u64 },
    /// The erase-after-failures setting was on and this was the last wrong
    /// passphrase: the vault has just been wiped.
    Erased,
    /// The vault passed in is locked.
    Locked,
    /// The stored header asks for more key-derivation work than
    /// [`KdfParams::DEFAULT`] (this app never writes that; someone may have
    /// edited the phone's storage). Nothing was derived and the attempt was
    /// not counted: the UI asks, then calls [`VaultStore::unlock_with`]
    /// with these parameters.
    AboveDefault(KdfParams),
    /// Any other vault error from the core (damaged data, newer version,
    /// refused KDF parameters, passphrase too short, out of memory).
    Vault(VaultError),
    /// IndexedDB failed (full, unavailable, …); what was stored before is
    /// unchanged (every write is one transaction).
    Storage(StorageError),
    /// The key derivation was stopped (quick exit, leaving the page,
    /// locking) before it ended; nothing was written and the attempt does
    /// not count.
    Stopped,
}

impl fmt::Display for VaultStoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VaultStoreError::NoVault => f.write_str("no vault on this device"),
            VaultStoreError::AlreadyExists => f.write_str("a vault already exists"),
            VaultStoreError::WrongPassphrase => f.write_str("wrong passphrase"),
            VaultStoreError::LockedOut { wait_secs } => {
                write!(f, "locked out after wrong passphrases ({wait_secs} s)")
            }
            VaultStoreError::Erased => f.write_str("the vault was erased after wrong passphrases"),
            VaultStoreError::Locked => f.write_str("the vault is locked"),
            VaultStoreError::AboveDefault(_) => {
                f.write_str("the header asks for more key derivation than the default")
            }
            VaultStoreError::Vault(e) => write!(f, "vault: {e}"),
            VaultStoreError::Storage(e) => write!(f, "{e}"),
            VaultStoreError::Stopped => f.write_str("the key derivation was stopped"),
        }
    }
}

impl std::error::Error for VaultStoreError {}

impl From<VaultError> for VaultStoreError {
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::Locked => VaultStoreError::Locked,
            VaultError::WrongPassphraseOrTampered => VaultStoreError::WrongPassphrase,
            other => VaultStoreError::Vault(other),
        }
    }
}

impl From<StorageError> for VaultStoreError {
    fn from(e: StorageError) -> Self {
        VaultStoreError::Storage(e)
    }
}

impl From<IdbError> for VaultStoreError {
    fn from(e: IdbError) -> Self {
        VaultStoreError::Storage(e.into())
    }
}

/// The vault settings, sealed as a whole (JSON) under the data key in
/// `vault_meta`. Fields added later get their default when an older record
/// is read (`#[serde(default)]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VaultSettings {
    /// Lock after this many minutes without use (the UI runs the timer).
    pub auto_lock_minutes: u32,
    /// Erase the vault after [`ERASE_AFTER_FAILURES`] wrong passphrases in a
    /// row. Off by default: it protects against a determined guesser, but
    /// also lets anyone holding the phone destroy the notes on purpose.
    pub erase_after_failures: bool,
    /// Lock as soon as the app is hidden (another app, the home screen),
    /// instead of after 30 s hidden.
    pub lock_on_leave: bool,
    /// Show only titles in the notes list, not the start of each note.
    pub hide_previews: bool,
}

impl Default for VaultSettings {
    fn default() -> Self {
        VaultSettings {
            auto_lock_minutes: 5,
            erase_after_failures: false,
            lock_on_leave: false,
            hide_previews: false,
        }
    }
}

/// The failed-unlock state, for the unlock screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LockoutStatus {
    /// Wrong passphrases in a row so far.
    pub failures: u32,
    /// Seconds before the next attempt is allowed (0: now).
    pub wait_secs: u64,
}

/// Notes (or drafts) that opened, newest first, and how many records did
/// not (altered, damaged or from a newer version).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteList {
    /// Newest first by `updated_ms` (then `created_ms`, then id).
    pub notes: Vec<Note>,
    /// Records that could not be opened; the UI shows
    /// `i18n::VAULT_SOME_UNREADABLE` when this is not zero.
    pub unreadable: usize,
}

/// The entries of "My plan" that opened, oldest first, and how many did not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanList {
    pub entries: Vec<PlanEntry>,
    pub unreadable: usize,
}

#[derive(Serialize, Deserialize)]
struct HeaderRecord {
    id: String,
    header: VaultHeader,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct LockoutCounter {
    failures: u32,
    last_attempt_ms: u64,
}

#[derive(Serialize, Deserialize)]
struct LockoutRecord {
    id: String,
    failures: u32,
    last_attempt_ms: u64,
}

impl LockoutCounter {
    fn record(self) -> LockoutRecord {
        LockoutRecord {
            id: meta_ids::LOCKOUT.into(),
            failures: self.failures,
            last_attempt_ms: self.last_attempt_ms,
        }
    }

    /// Milliseconds left before the next attempt. A clock moved backwards
    /// never makes the wait longer than the full wait for this count.
    fn wait_ms(self, now_ms: u64) -> u64 {
        let full = lockout_wait_secs(self.failures) * 1000;
        if full == 0 {
            return 0;
        }
        let until = self.last_attempt_ms.saturating_add(full);
        until.saturating_sub(now_ms).min(full)
    }

    fn status(self, now_ms: u64) -> LockoutStatus {
        LockoutStatus {
            failures: self.failures,
            wait_secs: self.wait_ms(now_ms).div_ceil(1000),
        }
    }
}

/// The settings as format 1 stored them, in clear.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct LegacySettingsRecord {
    auto_lock_minutes: u32,
    erase_after_failures: bool,
    // Added later: records stored before have neither.
    #[serde(default)]
    lock_on_leave: bool,
    #[serde(default)]
    hide_previews: bool,
}

/// The stored `"settings"` record: sealed (format 2) or clear (format 1).
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum StoredSettings {
    Sealed(SealedRecord),
    Legacy(LegacySettingsRecord),
}

/// The clear copy of the erase setting (see the module docs).
#[derive(Serialize, Deserialize)]
struct EraseGuardRecord {
    id: String,
    erase_after_failures: bool,
}

impl StoredSettings {
    /// The settings this record means to `vault`: sealed ones that open;
    /// clear ones only in a format-1 vault (a format-2 vault never wrote
    /// any, so clear settings there were put in from outside); otherwise
    /// the defaults.
    fn read(&self, vault: &UnlockedVault) -> Result<VaultSettings> {
        match self {
            StoredSettings::Sealed(record) => match vault.open_settings(record) {
                Ok(plain) => Ok(serde_json::from_slice(&plain).unwrap_or_default()),
                Err(VaultError::Locked) => Err(VaultStoreError::Locked),
                Err(_) => Ok(VaultSettings::default()),
            },
            // Spelled with `..default()` so settings added later keep
            // their defaults here.
            #[allow(clippy::needless_update)]
            StoredSettings::Legacy(r) if vault.header_version() == 1 => Ok(VaultSettings {
                auto_lock_minutes: r.auto_lock_minutes,
                erase_after_failures: r.erase_after_failures,
                ..VaultSettings::default()
            }),
            StoredSettings::Legacy(_) => Ok(VaultSettings::default()),
        }
    }
}

fn seal_settings(vault: &UnlockedVault, settings: &VaultSettings) -> Result<SealedRecord> {
    let plain = Zeroizing::new(serde_json::to_vec(settings).map_err(|_| VaultError::Internal)?);
    Ok(vault.seal_settings(&plain)?)
}

fn erase_guard(settings: &VaultSettings) -> EraseGuardRecord {
    EraseGuardRecord {
        id: meta_ids::ERASE_GUARD.into(),
        erase_after_failures: settings.erase_after_failures,
    }
}

/// Fails with [`VaultStoreError::Locked`] unless `vault` holds the key of
/// the stored header (read in the caller's transaction `tx`): after a
/// passphrase change in another tab, an old key must not write records
/// nobody could open.
async fn require_current(tx: &Transaction<'_>, vault: &UnlockedVault) -> Result<()> {
    if vault.is_locked() {
        return Err(VaultStoreError::Locked);
    }
    let meta = tx.object_store(stores::VAULT_META)?;
    let header: Option<HeaderRecord> = meta.get(meta_ids::HEADER).serde()?.await?;
    match header {
        Some(h) if &h.header.wrapped_key.nonce == vault.generation() => Ok(()),
        _ => Err(VaultStoreError::Locked),
    }
}

/// NFC-normalises a passphrase with the browser's `String.prototype.normalize`
/// (the core hashes bytes, and a Vietnamese letter can arrive precomposed or
/// decomposed). The copy is wiped when dropped; the JS strings involved are
/// beyond reach, as is the text in the input field.
pub fn normalize_passphrase(passphrase: &str) -> Zeroizing<String> {
    let js = js_sys::JsString::from(passphrase).normalize("NFC");
    Zeroizing::new(String::from(js))
}

/// Argon2id in the Web Worker ([`kdf::derive_kek`]).
async fn derive(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<SecretKey, Option<VaultError>> {
    kdf::derive_kek(passphrase, salt, params)
        .await
        .map_err(|e| match e {
            DeriveError::Kdf(e) => Some(e.into()),
            DeriveError::Stopped => None,
        })
}

/// Checks the header, derives its KEK and unwraps the data key. `Err(None)`:
/// the derivation was stopped.
async fn open_header(
    header: &VaultHeader,
    passphrase: &str,
) -> Result<(UnlockedVault, SecretKey), Option<VaultError>> {
    vault::check_header_kdf(header).map_err(Some)?;
    let kek = derive(passphrase, &header.salt, header.kdf).await?;
    let opened = vault::unlock_with_kek(header, &kek).map_err(Some)?;
    Ok((opened, kek))
}

fn stopped_or(e: Option<VaultError>) -> VaultStoreError {
    e.map_or(VaultStoreError::Stopped, VaultStoreError::from)
}

/// The clock, in ms since the Unix epoch.
pub type Clock = Rc<dyn Fn() -> u64>;

/// The vault's storage. Cheap to clone; not `Send` (IndexedDB lives on the
/// main thread).
#[derive(Clone)]
pub struct VaultStore {
    storage: Storage,
    clock: Clock,
    /// Test hook ([`VaultStore::fail_a_write_after`]).
    write_fault: Rc<std::cell::Cell<Option<usize>>>,
}

impl fmt::Debug for VaultStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VaultStore")
            .field("storage", &self.storage)
            .finish_non_exhaustive()
    }
}

type Result<T, E = VaultStoreError> = std::result::Result<T, E>;

impl VaultStore {
    /// The vault in the app's database (opened once per page).
    ///
    /// # Errors
    /// [`VaultStoreError::Storage`] when IndexedDB cannot be opened.
    pub async fn open() -> Result<VaultStore> {
        Ok(Self::with_storage(Storage::open_vault().await?))
    }

    /// The vault in a given database (tests use one per test).
    pub fn with_storage(storage: Storage) -> VaultStore {
        VaultStore {
            storage,
            clock: Rc::new(|| js_sys::Date::now() as u64),
            write_fault: Rc::new(std::cell::Cell::new(None)),
        }
    }

    /// Test hook: the next passphrase change or import fails **inside** its
    /// transaction after writing `records` (≥ 1) records, with a real
    /// IndexedDB error (a `ConstraintError`: the record just written is
    /// `add`ed again), so tests can show the transaction rolls back.
    #[doc(hidden)]
    pub fn fail_a_write_after(&self, records: usize) {
        self.write_fault.set(Some(records.max(1)));
    }

    /// Puts `record` as write number `written` (from 1) of a transaction,
    /// then trips the test fault if it is set for this number.
    async fn put_counted<T: Serialize>(
        &self,
        store: &indexed_db_futures::object_store::ObjectStore<'_>,
        record: &T,
        written: &mut usize,
    ) -> Result<()> {
        store.put(record).serde()?.await?;
        *written += 1;
        if self.write_fault.get() == Some(*written) {
            self.write_fault.set(None);
            store.add(record).serde()?.await?;
        }
        Ok(())
    }

    /// Replaces the clock (ms since the epoch) used for the lockout wait, so
    /// tests can move time instead of sleeping.
    pub fn with_clock(mut self, clock: impl Fn() -> u64 + 'static) -> VaultStore {
        self.clock = Rc::new(clock);
        self
    }

    /// The database underneath.
    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    fn now(&self) -> u64 {
        (self.clock)()
    }

    /// One transaction over `names`. Header writes and the wipe ask for
    /// `strict` durability: reported done only once on disk.
    fn tx(&self, names: &[&str], write: bool, strict: bool) -> Result<Transaction<'_>> {
        let mode = if write {
            TransactionMode::Readwrite
        } else {
            TransactionMode::Readonly
        };
        let builder = self.storage.database().transaction(names).with_mode(mode);
        let tx = if strict {
            builder
                .with_options(
                    TransactionOptions::new().with_durability(TransactionDurability::Strict),
                )
                .build()?
        } else {
            builder.build()?
        };
        Ok(tx)
    }

    /// The stored header, if a vault exists.
    ///
    /// # Errors
    /// [`VaultStoreError::Storage`].
    pub async fn header(&self) -> Result<Option<VaultHeader>> {
        let tx = self.tx(&[stores::VAULT_META], false, false)?;
        let store = tx.object_store(stores::VAULT_META)?;
        let record: Option<HeaderRecord> = store.get(meta_ids::HEADER).serde()?.await?;
        Ok(record.map(|r| r.header))
    }

    /// True when a vault exists on this phone.
    ///
    /// # Errors
    /// [`VaultStoreError::Storage`].
    pub async fn exists(&self) -> Result<bool> {
        Ok(self.header().await?.is_some())
    }

    /// Creates the vault: derives the key (one Argon2id run), then in one
    /// transaction refuses if a vault already exists, clears any orphaned
    /// sealed records and settings (unopenable without their header), resets the
    /// failed-attempt counter and writes the header.
    ///
    /// `params` is normally [`KdfParams::DEFAULT`].
    ///
    /// # Errors
    /// [`VaultStoreError::AlreadyExists`] (nothing is overwritten),
    /// [`VaultStoreError::Vault`] for a too-short passphrase or refused
    /// parameters, [`VaultStoreError::Storage`].
    pub async fn create(&self, passphrase: &str, params: KdfParams) -> Result<UnlockedVault> {
        // Fail fast, before spending a second on Argon2.
        if self.exists().await? {
            return Err(VaultStoreError::AlreadyExists);
        }
        let passphrase = normalize_passphrase(passphrase);
        // Cheap refusals first, before spending a second on Argon2.
        params.check().map_err(VaultError::from)?;
        vault::require_acceptable(&passphrase)?;
        let salt = vault::random_salt().map_err(|_| VaultError::Internal)?;
        let kek = derive(&passphrase, &salt, params)
            .await
            .map_err(stopped_or)?;
        let (header, vault) = vault::create_vault_with_kek(&passphrase, params, salt, &kek)?;
        drop((passphrase, kek));

        let tx = self.tx(&stores::VAULT_ALL, true, true)?;
        let meta = tx.object_store(stores::VAULT_META)?;
        let existing: Option<HeaderRecord> = meta.get(meta_ids::HEADER).serde()?.await?;
        if existing.is_some() {
            // Another tab created one meanwhile; `tx` aborts on drop.
            return Err(VaultStoreError::AlreadyExists);
        }
        for store in [
            stores::VAULT_NOTES,
            stores::VAULT_DRAFTS,
            stores::VAULT_PLAN,
        ] {
            tx.object_store(store)?.clear()?.await?;
        }
        // Orphaned settings too: a stray erase copy must not make the new
        // vault erase on guesses its owner never agreed to.
        for id in [meta_ids::SETTINGS, meta_ids::ERASE_GUARD] {
            meta.delete(id).primitive()?.await?;
        }
        meta.put(&LockoutCounter::default().record())
            .serde()?
            .await?;
        meta.put(&HeaderRecord {
            id: meta_ids::HEADER.into(),
            header,
        })
        .serde()?
        .await?;
        storage::commit(tx).await?;
        Ok(vault)
    }

    async fn read_lockout(&self) -> Result<LockoutCounter> {
        let tx = self.tx(&[stores::VAULT_META], false, false)?;
        let store = tx.object_store(stores::VAULT_META)?;
        let record: Option<LockoutRecord> = store.get(meta_ids::LOCKOUT).serde()?.await?;
        Ok(
            record.map_or_else(LockoutCounter::default, |r| LockoutCounter {
                failures: r.failures,
                last_attempt_ms: r.last_attempt_ms,
            }),
        )
    }

    /// The failed-attempt count and the wait before the next attempt, so
    /// the unlock screen can show a countdown before anything is typed.
    ///
    /// # Errors
    /// [`VaultStoreError::Storage`].
    pub async fn lockout_status(&self) -> Result<LockoutStatus> {
        Ok(self.read_lockout().await?.status(self.now()))
    }

    /// Checks the wait and counts one attempt, in one transaction, before
    /// any derivation. Returns the header to try and the new failure count.
    /// A header above the default cost that the user did not agree to
    /// (`accepted`) is refused here, before counting or deriving.
    async fn charge_attempt(&self, accepted: Option<KdfParams>) -> Result<(VaultHeader, u32)> {
        let now = self.now();
        let tx = self.tx(&[stores::VAULT_META], true, false)?;
        let meta = tx.object_store(stores::VAULT_META)?;
        let header: Option<HeaderRecord> = meta.get(meta_ids::HEADER).serde()?.await?;
        let Some(header) = header else {
            return Err(VaultStoreError::NoVault);
        };
        let record: Option<LockoutRecord> = meta.get(meta_ids::LOCKOUT).serde()?.await?;
        let counter = record.map_or_else(LockoutCounter::default, |r| LockoutCounter {
            failures: r.failures,
            last_attempt_ms: r.last_attempt_ms,
        });
        let status = counter.status(now);
        if status.wait_secs > 0 {
            return Err(VaultStoreError::LockedOut {
                wait_secs: status.wait_secs,
            });
        }
        let kdf = header.header.kdf;
        // Parameters outside the allowed range are refused by the unlock
        // itself (no question to ask).
        if kdf.check().is_ok() && kdf.above_default() && accepted != Some(kdf) {
            return Err(VaultStoreError::AboveDefault(kdf));
        }
        let charged = LockoutCounter {
            failures: counter.failures.saturating_add(1),
            last_attempt_ms: now,
        };
        meta.put(&charged.record()).serde()?.await?;
        storage::commit(tx).await?;
        Ok((header.header, charged.failures))
    }

    /// Gives back a charged attempt that was no guess (out of memory,
    /// damaged header, new passphrase too short). Best effort.
    async fn refund_attempt(&self) {
        let refund = async {
            let tx = self.tx(&[stores::VAULT_META], true, false)?;
            let meta = tx.object_store(stores::VAULT_META)?;
            let record: Option<LockoutRecord> = meta.get(meta_ids::LOCKOUT).serde()?.await?;
            if let Some(mut record) = record {
                record.failures = record.failures.saturating_sub(1);
                meta.put(&record).serde()?.await?;
            }
            storage::commit(tx).await?;
            Ok::<(), VaultStoreError>(())
        };
        let _ = refund.await;
    }

    async fn reset_lockout(&self) -> Result<()> {
        self.storage
            .put(stores::VAULT_META, &LockoutCounter::default().record())
            .await?;
        Ok(())
    }

    /// After a charged attempt failed: the error to return, erasing the
    /// vault first if that was the last wrong passphrase allowed.
    async fn after_failure(&self, error: Option<VaultError>, failures: u32) -> VaultStoreError {
        let Some(error) = error else {
            // Stopped: no guess was made.
            self.refund_attempt().await;
            return VaultStoreError::Stopped;
        };
        if error != VaultError::WrongPassphraseOrTampered {
            self.refund_attempt().await;
            return error.into();
        }
        if failures >= ERASE_AFTER_FAILURES {
            // A storage error while reading the flag must not erase.
            if self.erase_known_before_unlock().await.unwrap_or(false) && self.wipe().await.is_ok()
            {
                return VaultStoreError::Erased;
            }
        }
        VaultStoreError::WrongPassphrase
    }

    /// Unlocks the vault: checks the wait, counts the attempt, runs Argon2id
    /// once on the NFC-normalised passphrase. Success resets the counter.
    ///
    /// # Errors
    /// [`VaultStoreError::NoVault`], [`VaultStoreError::LockedOut`] (no
    /// derivation was run), [`VaultStoreError::WrongPassphrase`],
    /// [`VaultStoreError::Erased`] (the erase setting was on and this was
    /// the [`ERASE_AFTER_FAILURES`]th failure), [`VaultStoreError::Vault`]
    /// (damaged header, newer version, out of memory),
    /// [`VaultStoreError::AboveDefault`] (nothing derived, not counted),
    /// [`VaultStoreError::Storage`].
    pub async fn unlock(&self, passphrase: &str) -> Result<UnlockedVault> {
        self.unlock_with(passphrase, None).await
    }

    /// [`Self::unlock`], deriving with a header above the default cost only
    /// if its parameters are exactly `accepted` (what the user agreed to).
    ///
    /// # Errors
    /// As [`Self::unlock`].
    pub async fn unlock_with(
        &self,
        passphrase: &str,
        accepted: Option<KdfParams>,
    ) -> Result<UnlockedVault> {
        let (header, failures) = self.charge_attempt(accepted).await?;
        let passphrase = normalize_passphrase(passphrase);
        let result = open_header(&header, &passphrase).await;
        drop(passphrase);
        match result {
            Ok((vault, _kek)) => {
                // The vault is open either way; a failed reset only leaves
                // the counter higher than it should be until the next success.
                let _ = self.reset_lockout().await;
                // Seal format-1 settings, and restore the erase copy from
                // the sealed truth; best effort, retried at the next unlock.
                let _ = self.refresh_settings(&vault).await;
                Ok(vault)
            }
            Err(e) => Err(self.after_failure(e, failures).await),
        }
    }

    /// Changes the passphrase **and the data key**: proves `old` (counted
    /// like an unlock attempt, so this is no way around the wait), makes a
    /// new random data key wrapped under `new` ([`vault::change_passphrase`]),
    /// then in **one** transaction with strict durability re-seals every
    /// note, every draft and the settings under the new key and overwrites
    /// the header. Returns the vault open under the new key; the caller
    /// replaces the one it holds (the old key can no longer write, see
    /// [`UnlockedVault::generation`]).
    ///
    /// If anything fails inside the transaction (full disk, a closed tab),
    /// IndexedDB rolls it back: the old header and every old record stay,
    /// and the old passphrase still opens them. A record that did not open
    /// with the old key either (altered or damaged) is left as it was.
    ///
    /// After the change, the old passphrase opens nothing, and whoever knew
    /// it and copied the old header cannot read anything written later. The
    /// browser may keep overwritten bytes in its files until it compacts
    /// them, so a copy of the files taken *now* can still hold old records.
    ///
    /// # Errors
    /// As [`Self::unlock`] for `old`; [`VaultStoreError::Vault`] with
    /// `PassphraseTooShort` / `PassphraseTooCommon` / `KdfTooWeak` for `new`
    /// and `params`, `FutureVersion` when a record was written by a newer
    /// app (it would be lost); [`VaultStoreError::Storage`] (also when
    /// another tab changed the header meanwhile: nothing is written, try
    /// again).
    pub async fn change_passphrase(
        &self,
        old: &str,
        new: &str,
        params: KdfParams,
    ) -> Result<UnlockedVault> {
        // The vault is open: its cost was agreed to at unlock (and a change
        // writes the default back).
        let accepted = self.header().await?.map(|h| h.kdf);
        let (header, failures) = self.charge_attempt(accepted).await?;
        let old = normalize_passphrase(old);
        let new = normalize_passphrase(new);
        let result = async {
            // The new passphrase and parameters are refused before any
            // derivation; the old passphrase is proven before the second.
            params.check().map_err(|e| Some(e.into()))?;
            vault::require_acceptable(&new).map_err(Some)?;
            let (_opened, old_kek) = open_header(&header, &old).await?;
            let salt = vault::random_salt().map_err(|_| Some(VaultError::Internal))?;
            let new_kek = derive(&new, &salt, params).await?;
            vault::change_passphrase_with_keks(&header, &old_kek, &new, params, salt, &new_kek)
                .map_err(Some)
        }
        .await;
        drop((old, new));
        let (new_header, old_vault, new_vault) = match result {
            Ok(parts) => parts,
            Err(e) => return Err(self.after_failure(e, failures).await),
        };
        // The old passphrase was right: this was no wrong guess.
        let _ = self.reset_lockout().await;

        let tx = self.tx(&stores::VAULT_ALL, true, true)?;
        let meta = tx.object_store(stores::VAULT_META)?;
        let current: Option<HeaderRecord> = meta.get(meta_ids::HEADER).serde()?.await?;
        if current.map(|r| r.header).as_ref() != Some(&header) {
            return Err(VaultStoreError::Storage(StorageError::Failed(
                "the vault header changed during the passphrase change".into(),
            )));
        }
        let mut written = 0;
        type Reseal = fn(
            &UnlockedVault,
            &SealedRecord,
            &UnlockedVault,
        ) -> std::result::Result<SealedRecord, VaultError>;
        let kinds: [(&str, Reseal); 3] = [
            (stores::VAULT_NOTES, UnlockedVault::reseal_note),
            (stores::VAULT_DRAFTS, UnlockedVault::reseal_draft),
            (stores::VAULT_PLAN, UnlockedVault::reseal_plan),
        ];
        for (name, reseal) in kinds {
            let store = tx.object_store(name)?;
            let records = store.get_all::<SealedRecord>().serde()?.await?;
            for record in records.into_iter().flatten() {
                match reseal(&old_vault, &record, &new_vault) {
                    Ok(sealed) => self.put_counted(&store, &sealed, &mut written).await?,
                    // Unreadable to this version: re-sealing is impossible
                    // and leaving it would lose it. Nothing is written.
                    Err(e @ VaultError::FutureVersion(_)) => return Err(e.into()),
                    // Altered or damaged: it did not open before either.
                    Err(_) => {}
                }
            }
        }
        let stored: Option<StoredSettings> =
            meta.get(meta_ids::SETTINGS).serde()?.await.unwrap_or(None);
        if let Some(stored) = stored {
            let settings = stored.read(&old_vault)?;
            self.put_counted(&meta, &seal_settings(&new_vault, &settings)?, &mut written)
                .await?;
            meta.put(&erase_guard(&settings)).serde()?.await?;
        }
        meta.put(&HeaderRecord {
            id: meta_ids::HEADER.into(),
            header: new_header,
        })
        .serde()?
        .await?;
        meta.put(&LockoutCounter::default().record())
            .serde()?
            .await?;
        storage::commit(tx).await?;
        drop(old_vault);
        Ok(new_vault)
    }

    async fn open_all(
        &self,
        vault: &UnlockedVault,
        store: &str,
        open: fn(&UnlockedVault, &SealedRecord) -> std::result::Result<Note, VaultError>,
    ) -> Result<NoteList> {
        if vault.is_locked() {
            return Err(VaultStoreError::Locked);
        }
        let tx = self.tx(&[store], false, false)?;
        let records = tx
            .object_store(store)?
            .get_all::<SealedRecord>()
            .serde()?
            .await?;
        let mut list = NoteList::default();
        for record in records {
            match record.map(|r| open(vault, &r)) {
                Ok(Ok(note)) => list.notes.push(note),
                Ok(Err(VaultError::Locked)) => return Err(VaultStoreError::Locked),
                // Altered, damaged, newer version, or not even a record.
                Ok(Err(_)) | Err(_) => list.unreadable += 1,
            }
        }
        list.notes.sort_by(|a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then(b.created_ms.cmp(&a.created_ms))
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(list)
    }

    /// Every note, opened, newest first. Records that do not open are
    /// counted in [`NoteList::unreadable`] rather than failing the list.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Storage`].
    pub async fn list_notes(&self, vault: &UnlockedVault) -> Result<NoteList> {
        self.open_all(vault, stores::VAULT_NOTES, UnlockedVault::open_note)
            .await
    }

    /// Every entry of "My plan", opened (in no particular order; the
    /// screens order them), and how many records did not open.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Storage`].
    pub async fn list_plan(&self, vault: &UnlockedVault) -> Result<PlanList> {
        if vault.is_locked() {
            return Err(VaultStoreError::Locked);
        }
        let tx = self.tx(&[stores::VAULT_PLAN], false, false)?;
        let records = tx
            .object_store(stores::VAULT_PLAN)?
            .get_all::<SealedRecord>()
            .serde()?
            .await?;
        let mut list = PlanList::default();
        for record in records {
            match record.map(|r| vault.open_plan(&r)) {
                Ok(Ok(entry)) => list.entries.push(entry),
                Ok(Err(VaultError::Locked)) => return Err(VaultStoreError::Locked),
                Ok(Err(_)) | Err(_) => list.unreadable += 1,
            }
        }
        list.entries.sort_by(|a, b| {
            a.created_ms
                .cmp(&b.created_ms)
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(list)
    }

    /// Seals and stores one entry of "My plan" (insert or replace by id).
    ///
    /// # Errors
    /// As [`Self::save_note`].
    pub async fn save_plan(&self, vault: &UnlockedVault, entry: &PlanEntry) -> Result<()> {
        let record = vault.seal_plan(entry)?;
        let tx = self.tx(&[stores::VAULT_META, stores::VAULT_PLAN], true, false)?;
        require_current(&tx, vault).await?;
        tx.object_store(stores::VAULT_PLAN)?
            .put(&record)
            .serde()?
            .await?;
        storage::commit(tx).await?;
        Ok(())
    }

    /// Deletes one entry of "My plan". Needs the open vault.
    ///
    /// # Errors
    /// As [`Self::delete_note`].
    pub async fn delete_plan(&self, vault: &UnlockedVault, id: &str) -> Result<()> {
        check_open(vault, id)?;
        self.storage.delete(stores::VAULT_PLAN, id).await?;
        Ok(())
    }

    /// Whether `vault` holds the key of the stored header: false after a
    /// passphrase change made elsewhere (another tab), when this key can no
    /// longer write and should be locked away.
    ///
    /// # Errors
    /// [`VaultStoreError::Storage`].
    pub async fn holds_current_key(&self, vault: &UnlockedVault) -> Result<bool> {
        let tx = self.tx(&[stores::VAULT_META], false, false)?;
        match require_current(&tx, vault).await {
            Ok(()) => Ok(true),
            Err(VaultStoreError::Locked) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Seals and stores a note (insert or replace by `note.id`) and, in the
    /// same transaction, removes the draft with the same id: the editor
    /// autosaves its draft under the note's id, and saving ends the draft.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Vault`] (`Corrupt`
    /// for an id not made by [`vault::new_record_id`]),
    /// [`VaultStoreError::Storage`] (e.g. full: the old version stays).
    pub async fn save_note(&self, vault: &UnlockedVault, note: &Note) -> Result<()> {
        let record = vault.seal_note(note)?;
        let tx = self.tx(&stores::VAULT_ALL, true, false)?;
        require_current(&tx, vault).await?;
        tx.object_store(stores::VAULT_NOTES)?
            .put(&record)
            .serde()?
            .await?;
        tx.object_store(stores::VAULT_DRAFTS)?
            .delete(record.id.as_str())
            .primitive()?
            .await?;
        storage::commit(tx).await?;
        Ok(())
    }

    /// Deletes a note and its draft, in one transaction. Needs the open
    /// vault, so nobody can delete notes from the lock screen (the panic
    /// [`Self::wipe`] is the one way to remove notes while locked).
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Vault`] (`Corrupt`)
    /// for a malformed id, [`VaultStoreError::Storage`].
    pub async fn delete_note(&self, vault: &UnlockedVault, id: &str) -> Result<()> {
        check_open(vault, id)?;
        let tx = self.tx(&[stores::VAULT_NOTES, stores::VAULT_DRAFTS], true, false)?;
        for store in [stores::VAULT_NOTES, stores::VAULT_DRAFTS] {
            tx.object_store(store)?.delete(id).primitive()?.await?;
        }
        storage::commit(tx).await?;
        Ok(())
    }

    /// Seals and stores a draft (autosave). Use the note's id when editing
    /// an existing note, a new id ([`vault::new_record_id`]) for a new one.
    ///
    /// # Errors
    /// As [`Self::save_note`].
    pub async fn save_draft(&self, vault: &UnlockedVault, draft: &Note) -> Result<()> {
        let record = vault.seal_draft(draft)?;
        let tx = self.tx(&[stores::VAULT_META, stores::VAULT_DRAFTS], true, false)?;
        require_current(&tx, vault).await?;
        tx.object_store(stores::VAULT_DRAFTS)?
            .put(&record)
            .serde()?
            .await?;
        storage::commit(tx).await?;
        Ok(())
    }

    /// Every draft, opened, newest first.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Storage`].
    pub async fn load_drafts(&self, vault: &UnlockedVault) -> Result<NoteList> {
        self.open_all(vault, stores::VAULT_DRAFTS, UnlockedVault::open_draft)
            .await
    }

    /// Deletes one draft.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Vault`] (`Corrupt`),
    /// [`VaultStoreError::Storage`].
    pub async fn discard_draft(&self, vault: &UnlockedVault, id: &str) -> Result<()> {
        check_open(vault, id)?;
        self.storage.delete(stores::VAULT_DRAFTS, id).await?;
        Ok(())
    }

    /// The vault settings (defaults when none are stored, or when the
    /// stored ones do not open: changed from outside). Needs the open vault:
    /// they are sealed under its key.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Storage`].
    pub async fn settings(&self, vault: &UnlockedVault) -> Result<VaultSettings> {
        if vault.is_locked() {
            return Err(VaultStoreError::Locked);
        }
        match self.stored_settings().await? {
            Some(stored) => stored.read(vault),
            None => Ok(VaultSettings::default()),
        }
    }

    async fn stored_settings(&self) -> Result<Option<StoredSettings>> {
        Ok(self
            .storage
            .get(stores::VAULT_META, meta_ids::SETTINGS)
            .await
            .or_else(|e| match e {
                // An unreadable record is treated as absent, not as fatal.
                StorageError::Failed(_) => Ok(None),
                other => Err(other),
            })?)
    }

    /// Whether a failed unlock may erase: the clear copy of the setting, or
    /// in a format-1 vault not yet opened by this version, its clear
    /// settings. Anything missing or unreadable means no.
    async fn erase_known_before_unlock(&self) -> Result<bool> {
        let guard: Option<EraseGuardRecord> = self
            .storage
            .get(stores::VAULT_META, meta_ids::ERASE_GUARD)
            .await
            .unwrap_or(None);
        if let Some(guard) = guard {
            return Ok(guard.erase_after_failures);
        }
        let header = self.header().await?;
        Ok(match (header, self.stored_settings().await?) {
            (Some(h), Some(StoredSettings::Legacy(r))) if h.v == 1 => r.erase_after_failures,
            _ => false,
        })
    }

    /// After an unlock: seals format-1 clear settings, and rewrites the
    /// clear erase copy from the sealed settings if it differs.
    async fn refresh_settings(&self, vault: &UnlockedVault) -> Result<()> {
        let stored = self.stored_settings().await?;
        let settings = match &stored {
            Some(s) => s.read(vault)?,
            None => return Ok(()),
        };
        let guard: Option<EraseGuardRecord> = self
            .storage
            .get(stores::VAULT_META, meta_ids::ERASE_GUARD)
            .await
            .unwrap_or(None);
        let sealed = matches!(stored, Some(StoredSettings::Sealed(_)));
        if !sealed || guard.map(|g| g.erase_after_failures) != Some(settings.erase_after_failures) {
            self.save_settings(vault, settings).await?;
        }
        Ok(())
    }

    /// Seals and stores the settings (the whole [`VaultSettings`]) with the
    /// clear erase copy, in one transaction. Needs the open vault: otherwise
    /// anyone holding the locked phone could switch on erase-after-failures
    /// and then destroy the notes by guessing.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Storage`].
    pub async fn save_settings(
        &self,
        vault: &UnlockedVault,
        settings: VaultSettings,
    ) -> Result<()> {
        let record = seal_settings(vault, &settings)?;
        let tx = self.tx(&[stores::VAULT_META], true, false)?;
        require_current(&tx, vault).await?;
        let meta = tx.object_store(stores::VAULT_META)?;
        meta.put(&record).serde()?.await?;
        meta.put(&erase_guard(&settings)).serde()?.await?;
        storage::commit(tx).await?;
        Ok(())
    }

    /// Panic wipe of the notes: clears `vault_meta` (header, counter,
    /// settings), `vault_notes`, `vault_drafts` and `vault_plan` in **one** transaction
    /// with strict durability. Works while locked. The caller should also
    /// lock and drop any [`UnlockedVault`] it holds.
    ///
    /// # Why clear first, then delete
    ///
    /// The vault has its own database ([`crate::web::storage::VAULT_DB_NAME`]),
    /// so quiz progress and app settings are untouched. Deleting a database
    /// needs every connection (every tab) closed first and can wait exactly
    /// when speed matters; clearing the three stores is one transaction that
    /// cannot be half done. So the panic wipe clears here, then removes the
    /// empty database with [`Self::delete_database`].
    ///
    /// Neither way guarantees the bytes are gone from the disk at once: the
    /// browser's database files may keep deleted records until they are
    /// compacted. What may linger is ciphertext and the old header, which
    /// open only with the passphrase.
    ///
    /// # Errors
    /// [`VaultStoreError::Storage`]: then nothing was cleared.
    pub async fn wipe(&self) -> Result<()> {
        let tx = self.tx(&stores::VAULT_ALL, true, true)?;
        for store in stores::VAULT_ALL {
            tx.object_store(store)?.clear()?.await?;
        }
        storage::commit(tx).await?;
        Ok(())
    }

    /// Carries out an import plan ([`crate::core::vault::plan_import`]) in
    /// **one** transaction with strict durability: every note of
    /// `plan.to_write` sealed and put, every id of `plan.to_delete` removed
    /// with its draft. All sealing happens before the transaction starts,
    /// so any failure (full disk, a closed tab) leaves the vault exactly as
    /// it was.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::Vault`] (`Corrupt`
    /// for a malformed id), [`VaultStoreError::Storage`] (nothing written).
    pub async fn import(&self, vault: &UnlockedVault, plan: &ImportPlan) -> Result<()> {
        self.import_with_plan(vault, plan, &ImportPlan::default())
            .await
    }

    /// [`Self::import`] of notes and, in the same transaction, of the
    /// entries of "My plan" (`entries`, planned the same way with
    /// [`crate::core::vault::plan_import`]).
    ///
    /// # Errors
    /// As [`Self::import`].
    pub async fn import_with_plan(
        &self,
        vault: &UnlockedVault,
        plan: &ImportPlan,
        entries: &ImportPlan<PlanEntry>,
    ) -> Result<()> {
        if vault.is_locked() {
            return Err(VaultStoreError::Locked);
        }
        let records = plan
            .to_write
            .iter()
            .map(|note| vault.seal_note(note))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let plan_records = entries
            .to_write
            .iter()
            .map(|entry| vault.seal_plan(entry))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        for id in plan.to_delete.iter().chain(&entries.to_delete) {
            check_open(vault, id)?;
        }
        let tx = self.tx(&stores::VAULT_ALL, true, true)?;
        require_current(&tx, vault).await?;
        let notes = tx.object_store(stores::VAULT_NOTES)?;
        let drafts = tx.object_store(stores::VAULT_DRAFTS)?;
        let plan_store = tx.object_store(stores::VAULT_PLAN)?;
        let mut written = 0;
        for record in &records {
            self.put_counted(&notes, record, &mut written).await?;
        }
        for record in &plan_records {
            self.put_counted(&plan_store, record, &mut written).await?;
        }
        for id in &plan.to_delete {
            notes.delete(id.as_str()).primitive()?.await?;
            drafts.delete(id.as_str()).primitive()?.await?;
        }
        for id in &entries.to_delete {
            plan_store.delete(id.as_str()).primitive()?.await?;
        }
        storage::commit(tx).await?;
        Ok(())
    }

    /// Whether `passphrase` is the vault's passphrase (for "protect the
    /// backup with the notebook passphrase"). Needs the open vault, so it
    /// is no way around the unlock screen's lockout. One Argon2id run.
    ///
    /// # Errors
    /// [`VaultStoreError::Locked`], [`VaultStoreError::NoVault`],
    /// [`VaultStoreError::WrongPassphrase`], [`VaultStoreError::Vault`],
    /// [`VaultStoreError::Storage`].
    pub async fn check_passphrase(&self, vault: &UnlockedVault, passphrase: &str) -> Result<()> {
        if vault.is_locked() {
            return Err(VaultStoreError::Locked);
        }
        let header = self.header().await?.ok_or(VaultStoreError::NoVault)?;
        let passphrase = normalize_passphrase(passphrase);
        let (mut opened, _kek) = open_header(&header, &passphrase)
            .await
            .map_err(stopped_or)?;
        opened.lock();
        Ok(())
    }

    /// After [`Self::wipe`]: closes this connection and deletes the whole
    /// database, so not even an empty vault database is left. Other tabs
    /// close their connections when asked (`versionchange`); if one does
    /// not within a few seconds this gives up and returns false, and the
    /// browser finishes the deletion once it lets go. The data itself is
    /// already gone by then, cleared in one transaction by the wipe.
    pub async fn delete_database(self) -> bool {
        let name = self.storage.database().name();
        self.storage.close();
        let delete = Storage::delete_database(&name);
        let timeout = gloo_timers::future::TimeoutFuture::new(4_000);
        futures::pin_mut!(delete);
        matches!(
            futures::future::select(delete, timeout).await,
            futures::future::Either::Left((Ok(()), _))
        )
    }
}

fn check_open(vault: &UnlockedVault, id: &str) -> Result<()> {
    if vault.is_locked() {
        return Err(VaultStoreError::Locked);
    }
    if !is_valid_record_id(id) {
        return Err(VaultStoreError::Vault(VaultError::Corrupt));
    }
    Ok(())
}

/// Whether the browser keeps this site's data under storage pressure, and
/// how much it uses. `usage` and `quota` are `None` where the browser does
/// not say (old browsers, some private modes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StorageStatus {
    /// `navigator.storage.persisted()`: true when the data is exempt from
    /// eviction when the phone runs low on space.
    pub persisted: bool,
    /// Bytes used by this site (an estimate, padded by the browser).
    pub usage: Option<u64>,
    /// Bytes this site may use.
    pub quota: Option<u64>,
}

/// `navigator.storage` via `Reflect` (web-sys marks `StorageManager`
/// unstable); `None` where the browser has none.
fn storage_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    (!manager.is_undefined() && !manager.is_null()).then_some(manager)
}

/// Calls `navigator.storage[method]()` and awaits its promise.
async fn call_storage_manager(method: &str) -> Option<JsValue> {
    let manager = storage_manager()?;
    let function: js_sys::Function = js_sys::Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = function.call0(&manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Asks the browser to keep this site's data even when space runs low
/// (`navigator.storage.persist()`). Chrome decides silently (installed
/// PWAs usually get it), Firefox may ask the user. Returns whether the data
/// is now persistent; false where unsupported.
pub async fn request_persistence() -> bool {
    call_storage_manager("persist")
        .await
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The current persistence and usage (`persisted()` and `estimate()`).
pub async fn storage_status() -> StorageStatus {
    let persisted = call_storage_manager("persisted")
        .await
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let estimate = call_storage_manager("estimate").await;
    let field = |name: &str| {
        estimate
            .as_ref()
            .and_then(|e| js_sys::Reflect::get(e, &name.into()).ok())
            .and_then(|v| v.as_f64())
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| n as u64)
    };
    StorageStatus {
        persisted,
        usage: field("usage"),
        quota: field("quota"),
    }
}
