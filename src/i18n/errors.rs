//! The one place where an error becomes the words the user sees.
//!
//! The core and the browser glue return plain error enums (their `Display`
//! is English, for logs and tests, never shown); the interface asks
//! [`UserText::user_text`] here and shows the answer with the app's
//! `Notice`. A new error variant does not compile until it has its words
//! in this file.
//!
//! The browser glue's errors (wasm32 only) get their words from the same
//! trait in `app::ui::errors`: the string table may not name the layer
//! above it (core → i18n → web → app), and the glue holds no interface text.

use super::{notes as t, Tr};
use crate::core::vault::{BackupError, Strength, VaultError};

/// The interface text for a value: an error, or a rating the user reads.
pub trait UserText {
    fn user_text(&self) -> Tr;
}

impl UserText for VaultError {
    fn user_text(&self) -> Tr {
        match self {
            VaultError::FutureVersion(_) => super::VAULT_NEWER_VERSION,
            VaultError::Corrupt => super::VAULT_DAMAGED,
            VaultError::KdfTooWeak => super::VAULT_PROTECTION_TOO_WEAK,
            VaultError::KdfTooCostly => super::VAULT_PROTECTION_TOO_COSTLY,
            VaultError::PassphraseTooShort => super::VAULT_PASSPHRASE_TOO_SHORT,
            VaultError::PassphraseTooCommon => super::VAULT_PASSPHRASE_TOO_COMMON,
            VaultError::WrongPassphraseOrTampered => super::VAULT_WRONG_PASSPHRASE,
            VaultError::RecordTampered => super::VAULT_NOTE_DAMAGED,
            VaultError::Locked => super::VAULT_LOCKED,
            VaultError::Internal => super::VAULT_OUT_OF_MEMORY,
        }
    }
}

impl UserText for BackupError {
    fn user_text(&self) -> Tr {
        match self {
            BackupError::NotABackup => t::BACKUP_NOT_A_BACKUP,
            BackupError::FutureVersion(_) => t::BACKUP_NEWER_VERSION,
            BackupError::Truncated => t::BACKUP_TRUNCATED,
            BackupError::TooLarge => t::BACKUP_TOO_LARGE,
            BackupError::Corrupt => t::BACKUP_DAMAGED,
            BackupError::KdfTooWeak => t::BACKUP_PROTECTION_TOO_WEAK,
            BackupError::WrongPassphraseOrTampered => t::BACKUP_WRONG_PASSPHRASE,
            BackupError::Tampered => t::BACKUP_TAMPERED,
            BackupError::PassphraseTooShort => t::BACKUP_PASSPHRASE_TOO_SHORT,
            BackupError::PassphraseTooWeak => t::BACKUP_PASSPHRASE_TOO_WEAK,
            BackupError::Internal => super::VAULT_OUT_OF_MEMORY,
        }
    }
}

/// The rating as shown under the passphrase field.
impl UserText for Strength {
    fn user_text(&self) -> Tr {
        match self {
            Strength::TooCommon => t::STRENGTH_TOO_COMMON,
            Strength::TooShort => t::STRENGTH_TOO_SHORT,
            Strength::Weak => t::STRENGTH_WEAK,
            Strength::Fair => t::STRENGTH_FAIR,
            Strength::Strong => t::STRENGTH_STRONG,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(m: Tr) -> bool {
        !m.vi.trim().is_empty() && !m.en.trim().is_empty()
    }

    #[test]
    fn every_error_has_both_languages() {
        let vault_messages: Vec<Tr> = VaultError::EACH.iter().map(UserText::user_text).collect();
        let backup_messages: Vec<Tr> = BackupError::EACH.iter().map(UserText::user_text).collect();
        for messages in [&vault_messages, &backup_messages] {
            for (i, m) in messages.iter().enumerate() {
                assert!(complete(*m));
                for other in &messages[i + 1..] {
                    assert_ne!(m.vi, other.vi);
                    assert_ne!(m.en, other.en);
                }
            }
        }
    }

    #[test]
    fn every_rating_has_both_languages() {
        for s in [
            Strength::TooCommon,
            Strength::TooShort,
            Strength::Weak,
            Strength::Fair,
            Strength::Strong,
        ] {
            assert!(complete(s.user_text()));
        }
    }
}
