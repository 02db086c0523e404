//! "My plan": the returnee's private checklist of the support the law gives
//! (`content/support-guide.json`), the papers to get back and the people who
//! help. Every entry is one record sealed like a note, under the same data
//! key and the same associated data with its own domain (`plan`), so a plan
//! entry can never be opened as a note or a draft, nor the other way round.
//! Nothing of it (not even which support it is about) is stored in clear.

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// What a plan entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// A support of the guide (its item id in [`PlanEntry::key`]).
    Support,
    /// A paper to get back (one of [`PAPERS`] in `key`, or named in `title`).
    Paper,
    /// Someone who helps: name in `title`, role in `who`, phone in `phone`.
    Person,
}

/// Where the person stands with a support or a paper.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    /// Not asked for yet (also what an entry never touched means).
    #[default]
    NotAsked,
    /// Asked for, waiting.
    Asked,
    /// Received.
    Received,
    /// Not needed.
    NotNeeded,
}

impl PlanStatus {
    /// All statuses, in the order the UI offers them.
    pub const ALL: [PlanStatus; 4] = [
        PlanStatus::NotAsked,
        PlanStatus::Asked,
        PlanStatus::Received,
        PlanStatus::NotNeeded,
    ];
}

/// The papers a returnee usually has to get back, offered as ready entries
/// (ID card, household and birth records, school records).
pub const PAPERS: [&str; 4] = ["id-card", "household", "birth", "school"];

/// One entry of the plan, as the user sees it. Serialized with serde_json
/// **inside** the ciphertext only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(deny_unknown_fields)]
pub struct PlanEntry {
    /// Random record id ([`super::new_record_id`]), bound into the AD.
    pub id: String,
    #[zeroize(skip)]
    pub kind: PlanKind,
    /// Support: the guide item's id; paper: one of [`PAPERS`], or empty
    /// for a paper the user named in `title`; person: empty.
    pub key: String,
    /// A paper the user named; a person's name.
    pub title: String,
    #[zeroize(skip)]
    pub status: PlanStatus,
    /// The day it was asked for or received, `YYYY-MM-DD`, or empty.
    pub date: String,
    /// Support or paper: who they dealt with; person: their role.
    pub who: String,
    /// A person's phone number.
    pub phone: String,
    /// Free text.
    pub note: String,
    /// Creation time, ms since the Unix epoch.
    pub created_ms: u64,
    /// Last change, ms since the Unix epoch (import keeps the newer copy).
    pub updated_ms: u64,
}

impl PlanEntry {
    /// A blank entry of `kind` about `key`.
    pub fn new(id: String, kind: PlanKind, key: &str, now_ms: u64) -> PlanEntry {
        PlanEntry {
            id,
            kind,
            key: key.to_string(),
            title: String::new(),
            status: PlanStatus::NotAsked,
            date: String::new(),
            who: String::new(),
            phone: String::new(),
            note: String::new(),
            created_ms: now_ms,
            updated_ms: now_ms,
        }
    }
}
