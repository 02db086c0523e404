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
    /// The structured fields of a note made from a template (appointment,
    /// statement, document, timeline event). Inside the ciphertext like
    /// everything else; absent in notes written before templates (and
    /// then not written, so such notes seal to the same JSON as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<Template>,
}

/// The structured fields of a templated note. Dates are `YYYY-MM-DD`
/// (`when` of an appointment `YYYY-MM-DDTHH:MM`), or empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Template {
    /// When, where, with whom, what to bring.
    Appointment {
        when: String,
        place: String,
        with_whom: String,
        bring: String,
    },
    /// A statement or a hearing: when, who spoke, what was said.
    Statement {
        date: String,
        by_whom: String,
        said: String,
    },
    /// A document: what it is and where it is kept.
    Document { what: String, kept_where: String },
    /// An event of the person's own timeline: when, where, what happened.
    Event {
        date: String,
        place: String,
        what_happened: String,
    },
}

/// Orders notes for a copy handed to a lawyer or social worker: notes
/// about a day (an event, a statement, an appointment) first, by that day,
/// then the others by when they were written. The day is the event's, not
/// the note's: something written today about last March comes first.
pub fn sort_for_copy(notes: &mut [Note]) {
    notes.sort_by(|a, b| {
        let day = |n: &Note| {
            n.template
                .as_ref()
                .and_then(|t| t.event_day().map(str::to_string))
        };
        match (day(a), day(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then(a.created_ms.cmp(&b.created_ms))
        .then_with(|| a.id.cmp(&b.id))
    });
}

/// Which template a note follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TemplateKind {
    Appointment,
    Statement,
    Document,
    Event,
}

impl TemplateKind {
    /// All templates, in the order the editor offers them.
    pub const ALL: [TemplateKind; 4] = [
        TemplateKind::Appointment,
        TemplateKind::Statement,
        TemplateKind::Document,
        TemplateKind::Event,
    ];

    /// How many fields [`Template::fields`] gives for this kind.
    pub fn field_count(self) -> usize {
        match self {
            TemplateKind::Appointment => 4,
            TemplateKind::Statement | TemplateKind::Event => 3,
            TemplateKind::Document => 2,
        }
    }

    /// The category a new note of this template gets.
    pub fn category(self) -> Category {
        match self {
            TemplateKind::Appointment => Category::Appointment,
            TemplateKind::Statement => Category::LegalCase,
            TemplateKind::Document => Category::Documents,
            TemplateKind::Event => Category::MyStory,
        }
    }
}

impl Template {
    /// Which template this is.
    pub fn kind(&self) -> TemplateKind {
        match self {
            Template::Appointment { .. } => TemplateKind::Appointment,
            Template::Statement { .. } => TemplateKind::Statement,
            Template::Document { .. } => TemplateKind::Document,
            Template::Event { .. } => TemplateKind::Event,
        }
    }

    /// A template of `kind` from its fields in the order of
    /// [`Template::fields`]; missing fields are empty, extra ones ignored.
    pub fn from_fields(kind: TemplateKind, fields: &[String]) -> Template {
        let f = |i: usize| fields.get(i).cloned().unwrap_or_default();
        match kind {
            TemplateKind::Appointment => Template::Appointment {
                when: f(0),
                place: f(1),
                with_whom: f(2),
                bring: f(3),
            },
            TemplateKind::Statement => Template::Statement {
                date: f(0),
                by_whom: f(1),
                said: f(2),
            },
            TemplateKind::Document => Template::Document {
                what: f(0),
                kept_where: f(1),
            },
            TemplateKind::Event => Template::Event {
                date: f(0),
                place: f(1),
                what_happened: f(2),
            },
        }
    }

    /// Every field's text, for search and for wiping.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            Template::Appointment {
                when,
                place,
                with_whom,
                bring,
            } => vec![when, place, with_whom, bring],
            Template::Statement {
                date,
                by_whom,
                said,
            } => vec![date, by_whom, said],
            Template::Document { what, kept_where } => vec![what, kept_where],
            Template::Event {
                date,
                place,
                what_happened,
            } => vec![date, place, what_happened],
        }
    }

    /// The day the note is about (`YYYY-MM-DD`), where the template has
    /// one: a timeline sorts by it, not by when the note was written.
    pub fn event_day(&self) -> Option<&str> {
        let day = match self {
            Template::Appointment { when, .. } => when.split('T').next().unwrap_or(""),
            Template::Statement { date, .. } | Template::Event { date, .. } => date,
            Template::Document { .. } => return None,
        };
        (!day.is_empty()).then_some(day)
    }
}

impl Zeroize for Template {
    fn zeroize(&mut self) {
        match self {
            Template::Appointment {
                when,
                place,
                with_whom,
                bring,
            } => {
                for s in [when, place, with_whom, bring] {
                    s.zeroize();
                }
            }
            Template::Statement {
                date,
                by_whom,
                said,
            } => {
                for s in [date, by_whom, said] {
                    s.zeroize();
                }
            }
            Template::Document { what, kept_where } => {
                what.zeroize();
                kept_where.zeroize();
            }
            Template::Event {
                date,
                place,
                what_happened,
            } => {
                for s in [date, place, what_happened] {
                    s.zeroize();
                }
            }
        }
    }
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
