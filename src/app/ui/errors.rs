//! The words for the browser glue's errors, through the string table's
//! [`UserText`] (the core's errors are mapped in `i18n::errors`, where the
//! host tests see them; the glue's exist only on wasm32 and are tested in
//! `tests/browser.rs`). A new variant does not compile until it has words.

use crate::i18n::{self as i, Tr, UserText};
use crate::web::content::ContentLoadError;
use crate::web::storage::StorageError;
use crate::web::vault_store::VaultStoreError;

impl UserText for StorageError {
    fn user_text(&self) -> Tr {
        match self {
            StorageError::Unavailable(_) => i::STORAGE_UNAVAILABLE,
            StorageError::Blocked => i::STORAGE_BLOCKED,
            StorageError::QuotaExceeded => i::STORAGE_FULL,
            StorageError::Failed(_) => i::STORAGE_FAILED,
        }
    }
}

impl UserText for ContentLoadError {
    fn user_text(&self) -> Tr {
        match self {
            ContentLoadError::Unreachable => i::CONTENT_UNREACHABLE,
            ContentLoadError::Invalid(_) => i::CONTENT_INVALID,
        }
    }
}

/// For [`VaultStoreError::LockedOut`] the unlock screen shows the
/// seconds on their own line ([`i::VAULT_TRY_AGAIN_IN`]).
impl UserText for VaultStoreError {
    fn user_text(&self) -> Tr {
        match self {
            VaultStoreError::NoVault => i::VAULT_NOT_SET_UP,
            VaultStoreError::AlreadyExists => i::VAULT_ALREADY_EXISTS,
            VaultStoreError::WrongPassphrase => i::VAULT_WRONG_PASSPHRASE,
            VaultStoreError::LockedOut { .. } => i::VAULT_LOCKED_OUT,
            VaultStoreError::Erased => i::VAULT_ERASED,
            VaultStoreError::Locked => i::VAULT_LOCKED,
            VaultStoreError::AboveDefault(_) => i::VAULT_ABOVE_DEFAULT,
            VaultStoreError::Vault(e) => e.user_text(),
            VaultStoreError::Storage(e) => e.user_text(),
            VaultStoreError::Stopped => i::VAULT_STOPPED,
        }
    }
}
