//! The plaintext note: everything the user writes, which only ever exists
//! outside a ciphertext while the vault is unlocked.

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// What a note is about. Stored inside the ciphertext (the category alone
/// — "legal case" — can be sensitive), never as a clear index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// An appointment (shelter, police, embassy, court).
    Appointment,
    /// Notes on a legal case.
    LegalCase,
    /// Health and medical notes.
    Health,
    /// Identity and other documents.
    Documents,
    /// People to contact, with names and numbers.
    Contacts,
    /// The user's own account of what happened.
    MyStory,
}

impl Category {
    /// All categories, in the order the UI lists them.
    pub const ALL: [Category; 6] = [
        Category::Appointment,
        Category::LegalCase,
        Category::Health,
        Category::Documents,
        Category::Contacts,
        Category::MyStory,
    ];
}

/// One note, as the user sees it. Serialized with serde_json **inside** the
/// ciphertext; nothing in it is ever stored in clear.
///
/// `Zeroize` is derived so the UI can wipe a note it no longer shows
/// (`note.zeroize()`); it is not wiped on drop, because the UI needs to move
/// fields out of it, and strings copied into the DOM are beyond our reach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Random record id ([`new_record_id`]); also the clear key of the
    /// sealed record and bound into its associated data.
    pub id: String,
    /// Title.
    pub title: String,
    /// Free text.
    pub body: String,
    /// What the note is about.
    #[zeroize(skip)]
    pub category: Category,
    /// Creation time, ms since the Unix epoch.
    pub created_ms: u64,
    /// Last change, ms since the Unix epoch (import keeps the newer copy).
    pub updated_ms: u64,
    /// A phone number to call about this note, if any.
    pub contact_phone: Option<String>,
}

/// Length of a record id in hex characters (128 random bits).
pub const RECORD_ID_LEN: usize = 32;

/// A fresh record id: 128 random bits as 32 lowercase hex characters.
///
/// Random rather than derived from the content, so the id — which is stored
/// in clear as the IndexedDB key — says nothing about what the note holds
/// and two identical notes are not linkable.
///
/// # Errors
/// When the CSPRNG is unavailable.
pub fn new_record_id() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; RECORD_ID_LEN / 2];
    getrandom::fill(&mut bytes)?;
    Ok(crate::core::hex::encode(&bytes))
}

/// True for exactly 32 lowercase hex characters: the only shape of id the
/// vault seals or opens, so an id can never smuggle anything else into the
/// associated data or the store.
pub fn is_valid_record_id(id: &str) -> bool {
    id.len() == RECORD_ID_LEN && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Decodes 32 lowercase hex characters into 16 bytes.
pub(crate) fn unhex16(text: &str) -> Option<[u8; 16]> {
    if !is_valid_record_id(text) {
        return None;
    }
    crate::core::hex::decode(text)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ids_are_random_hex() {
        let a = new_record_id().unwrap();
        let b = new_record_id().unwrap();
        assert!(is_valid_record_id(&a) && is_valid_record_id(&b));
        assert_ne!(a, b);
        assert_eq!(crate::core::hex::encode(&unhex16(&a).unwrap()), a);
    }

    #[test]
    fn record_id_shape_is_strict() {
        assert!(is_valid_record_id("0123456789abcdef0123456789abcdef"));
        for bad in [
            "",
            "0123456789ABCDEF0123456789abcdef",
            "0123456789abcdef0123456789abcde",
            "0123456789abcdef0123456789abcdef0",
            "0123456789abcdef0123456789abcdeg",
            "0123456789abcdef 123456789abcdef",
        ] {
            assert!(!is_valid_record_id(bad), "{bad:?}");
            assert_eq!(unhex16(bad), None);
        }
    }

    #[test]
    fn category_names_match_the_issue() {
        let names: Vec<String> = Category::ALL
            .iter()
            .map(|c| serde_json::to_string(c).unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "\"appointment\"",
                "\"legal_case\"",
                "\"health\"",
                "\"documents\"",
                "\"contacts\"",
                "\"my_story\""
            ]
        );
    }
}
