//! The one adapter between the app and IndexedDB.
//!
//! Components never touch IndexedDB: they call [`Storage`] (or, for the
//! notes vault, [`crate::web::vault_store`], which needs transactions over
//! several stores and builds them on `Storage::database`). Each database's
//! schema ([`APP_SCHEMA`], [`VAULT_SCHEMA`]) is a list of numbered
//! migrations; the version is their count, so a new schema is one more
//! function at the end of the list, never an edit of an old one.

use indexed_db_futures::database::Database;
use indexed_db_futures::error::{DomException, Error as IdbError, OpenDbError};
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyPath;
use serde::{de::DeserializeOwned, Serialize};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The app's database (settings, quiz progress).
pub const DB_NAME: &str = "binh-an";

/// The notes vault's own database, so the panic wipe can delete the whole
/// database (not just empty its stores) without touching quiz progress.
pub const VAULT_DB_NAME: &str = "binh-an-vault";

/// Object stores. Every record has its key in the field `id`.
pub mod stores {
    /// Small app settings (`{id, value}`).
    pub const SETTINGS: &str = "settings";
    /// Finished quiz attempts (`core::progress::AttemptRecord`).
    pub const QUIZ_ATTEMPTS: &str = "quiz_attempts";
    /// The notes vault's public records: the vault header (salt, KDF
    /// parameters, wrapped key), the failed-unlock counter and the vault
    /// settings. Nothing the user wrote. See `web::vault_store`.
    pub const VAULT_META: &str = "vault_meta";
    /// Sealed notes (`core::vault::SealedRecord`: random id, version, nonce,
    /// ciphertext). Never plaintext.
    pub const VAULT_NOTES: &str = "vault_notes";
    /// Sealed drafts (autosave while editing), same shape as notes.
    pub const VAULT_DRAFTS: &str = "vault_drafts";
    /// Sealed entries of "My plan" (support, papers, people), same shape
    /// as notes, their own associated-data domain. Vault schema v2.
    pub const VAULT_PLAN: &str = "vault_plan";
    /// The vault stores, in the order the vault wipe clears them.
    pub const VAULT_ALL: [&str; 4] = [VAULT_META, VAULT_NOTES, VAULT_DRAFTS, VAULT_PLAN];
    /// The stores of vault schema v1 (and of the app database's v3): old
    /// migrations must keep creating exactly these.
    pub const VAULT_V1: [&str; 3] = [VAULT_META, VAULT_NOTES, VAULT_DRAFTS];
}

type Migration = fn(&Database) -> Result<(), IdbError>;

/// A database's list of migrations: `migrations[n]` takes the schema from
/// version `n` to `n + 1`, so the version is their count.
#[derive(Clone, Copy)]
pub struct Schema {
    migrations: &'static [Migration],
}

impl Schema {
    pub const fn version(&self) -> u32 {
        self.migrations.len() as u32
    }
}

/// The app database's schema.
pub const APP_SCHEMA: Schema = Schema {
    migrations: &[migrate_to_v1, migrate_to_v2, migrate_to_v3, migrate_to_v4],
};

/// The vault database's schema.
pub const VAULT_SCHEMA: Schema = Schema {
    migrations: &[vault_migrate_to_v1, vault_migrate_to_v2],
};

pub const SCHEMA_VERSION: u32 = APP_SCHEMA.version();

fn migrate_to_v1(db: &Database) -> Result<(), IdbError> {
    db.create_object_store(stores::SETTINGS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    Ok(())
}

fn migrate_to_v2(db: &Database) -> Result<(), IdbError> {
    db.create_object_store(stores::QUIZ_ATTEMPTS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    Ok(())
}

/// Development builds kept the vault in the app database for a while.
fn migrate_to_v3(db: &Database) -> Result<(), IdbError> {
    for name in stores::VAULT_V1 {
        db.create_object_store(name)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    Ok(())
}

/// The vault moved to its own database ([`VAULT_DB_NAME`]) before any
/// release, so these stores never held a user's notes: drop them.
fn migrate_to_v4(db: &Database) -> Result<(), IdbError> {
    for name in stores::VAULT_V1 {
        db.delete_object_store(name)?;
    }
    Ok(())
}

/// The notes vault: three stores, no index (an index would be a clear
/// field; everything searchable lives inside the ciphertext).
fn vault_migrate_to_v1(db: &Database) -> Result<(), IdbError> {
    for name in stores::VAULT_V1 {
        db.create_object_store(name)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    Ok(())
}

/// "My plan": one more store of sealed records, no index. Existing notes,
/// drafts and the header are untouched.
fn vault_migrate_to_v2(db: &Database) -> Result<(), IdbError> {
    db.create_object_store(stores::VAULT_PLAN)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    Ok(())
}

/// What can go wrong (the words the user sees are in `app::ui::errors`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No IndexedDB (some private modes) or it refused to open.
    Unavailable(String),
    /// Another tab holds an older version open and did not let go.
    Blocked,
    /// The disk or the origin's quota is full.
    QuotaExceeded,
    /// Anything else; what was stored before is untouched.
    Failed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            StorageError::Blocked => f.write_str("storage blocked by another tab"),
            StorageError::QuotaExceeded => f.write_str("storage full"),
            StorageError::Failed(why) => write!(f, "storage failed: {why}"),
        }
    }
}

impl std::error::Error for StorageError {}

impl From<IdbError> for StorageError {
    fn from(e: IdbError) -> Self {
        if let IdbError::DomException(DomException::Other(ex)) = &e {
            if ex.name() == "QuotaExceededError" {
                return StorageError::QuotaExceeded;
            }
        }
        StorageError::Failed(e.to_string())
    }
}

/// Commits `tx` and waits for it. A full disk is often reported only here:
/// the writes were accepted, then the browser aborts the transaction at
/// commit with `QuotaExceededError` as the transaction's `error` (an
/// `abort` event, no failed request), which the IndexedDB crate reports as
/// a bare "aborted". The transaction's own error says why.
pub async fn commit(
    tx: indexed_db_futures::transaction::Transaction<'_>,
) -> Result<(), StorageError> {
    let raw: web_sys::IdbTransaction = tx.as_sys().clone().unchecked_into();
    match tx.commit().await {
        Ok(()) => Ok(()),
        Err(e) => match raw.error() {
            Some(ex) if ex.name() == "QuotaExceededError" => Err(StorageError::QuotaExceeded),
            _ => Err(e.into()),
        },
    }
}

impl From<OpenDbError> for StorageError {
    fn from(e: OpenDbError) -> Self {
        match e {
            OpenDbError::Base(inner) => inner.into(),
            other => StorageError::Unavailable(other.to_string()),
        }
    }
}

/// An open database. Cheap to clone; not `Send` (IndexedDB lives on the
/// main thread), so keep it in local resources or `SendWrapper`.
#[derive(Clone, Debug)]
pub struct Storage {
    db: Database,
}

impl Storage {
    /// Opens the app database, running any pending migrations.
    pub async fn open() -> Result<Storage, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens a database with the app's schema by name (tests use their own
    /// names).
    pub async fn open_named(name: &str) -> Result<Storage, StorageError> {
        Self::open_with(name, APP_SCHEMA).await
    }

    /// Opens the vault's database ([`VAULT_DB_NAME`]).
    pub async fn open_vault() -> Result<Storage, StorageError> {
        Self::open_with(VAULT_DB_NAME, VAULT_SCHEMA).await
    }

    /// Opens database `name` with `schema`, running pending migrations.
    pub async fn open_with(name: &str, schema: Schema) -> Result<Storage, StorageError> {
        let migrations = schema.migrations;
        let blocked = Rc::new(Cell::new(false));
        let blocked_flag = blocked.clone();
        let request = Database::open(name)
            .with_version(schema.version())
            .with_on_blocked(move |_event| {
                blocked_flag.set(true);
                Ok(())
            })
            .with_on_upgrade_needed(|event, db| {
                let from = event.old_version() as usize;
                let to = event.new_version().map_or(migrations.len(), |v| v as usize);
                for migration in &migrations[from..to.min(migrations.len())] {
                    migration(&db)?;
                }
                Ok(())
            });
        let request = match request.build() {
            Ok(r) => r,
            Err(e) => return Err(StorageError::Unavailable(e.to_string())),
        };
        // If another tab keeps an old version open, the open request waits
        // forever; give up after a while with a message the user can act on.
        let timeout = gloo_timers::future::TimeoutFuture::new(4_000);
        futures::pin_mut!(request);
        let db = match futures::future::select(request, timeout).await {
            futures::future::Either::Left((result, _)) => result?,
            futures::future::Either::Right(_) if blocked.get() => {
                return Err(StorageError::Blocked)
            }
            futures::future::Either::Right(_) => {
                return Err(StorageError::Unavailable("open timed out".into()))
            }
        };
        close_on_version_change(&db);
        Ok(Storage { db })
    }

    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    pub fn store_names(&self) -> Vec<String> {
        self.db.object_store_names().collect()
    }

    /// The underlying connection, for adapters in `web` that need one
    /// transaction over several stores (the vault store). Components must
    /// not use it.
    pub(crate) fn database(&self) -> &Database {
        &self.db
    }

    /// Writes (inserts or replaces) one record; committed before returning.
    pub async fn put<T: Serialize>(&self, store: &str, record: &T) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(store)?.put(record).serde()?.await?;
        commit(tx).await?;
        Ok(())
    }

    pub async fn get<T: DeserializeOwned>(
        &self,
        store: &str,
        id: &str,
    ) -> Result<Option<T>, StorageError> {
        let tx = self.db.transaction(store).build()?;
        let value: Option<T> = tx.object_store(store)?.get(id).serde()?.await?;
        Ok(value)
    }

    pub async fn get_all<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, StorageError> {
        let tx = self.db.transaction(store).build()?;
        let iter = tx.object_store(store)?.get_all::<T>().serde()?.await?;
        let mut out = Vec::new();
        for item in iter {
            out.push(item?);
        }
        Ok(out)
    }

    pub async fn delete(&self, store: &str, id: &str) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(store)?.delete(id).primitive()?.await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn clear(&self, store: &str) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(store)?.clear()?.await?;
        tx.commit().await?;
        Ok(())
    }

    pub fn close(self) {
        self.db.close();
    }

    /// Deletes a whole database (panic wipe, tests).
    pub async fn delete_database(name: &str) -> Result<(), StorageError> {
        Database::delete_by_name(name)?.await?;
        Ok(())
    }
}

thread_local! {
    static APP_DB: std::cell::RefCell<Option<Storage>> = const { std::cell::RefCell::new(None) };
}

/// The app's database, opened once per page and shared by every screen.
pub async fn app_storage() -> Result<Storage, StorageError> {
    if let Some(db) = APP_DB.with(|c| c.borrow().clone()) {
        return Ok(db);
    }
    let db = Storage::open().await?;
    APP_DB.with(|c| *c.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// When another tab wants to upgrade the schema, let go of our connection
/// instead of blocking it; this tab reopens on its next reload.
fn close_on_version_change(db: &Database) {
    let sys = db.as_sys().clone();
    let closer = sys.clone();
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
        closer.close();
    });
    sys.set_onversionchange(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
}
