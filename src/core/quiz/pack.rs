//! Awareness packs as written in `content/quiz/<id>.json`, their sources,
//! and [`validate_pack`], which refuses a pack unfit to ship.

use std::collections::{BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use super::{load_checked, ContentError, Kind, Question};
use crate::core::lang::{lowercase_vi, Text};

/// One awareness quiz, as written in `content/quiz/<id>.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// Time per question in contest mode.
    pub seconds_per_question: u32,
    /// A short note for the teacher to read out before starting, for packs
    /// with hard scenes (people locked up, beaten, a baby sold). Shown on
    /// the pack's start screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_note: Option<Text>,
    pub questions: Vec<PackQuestion>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackQuestion {
    pub id: String,
    pub kind: Kind,
    pub prompt: Text,
    pub answers: Vec<PackAnswer>,
    pub explanation: Text,
    pub sources: Vec<Source>,
}

/// Where an explanation's facts come from. The student sees who said it and
/// when (`i18n::sources::quiz_source`); the address and the note are for reviewers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The body that said it (a ministry, the police, a law, a newspaper).
    pub publisher: Text,
    /// "d/m/yyyy", "m/yyyy" or "yyyy"; absent when the page shows no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it was read; its host name is shown after the publisher.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// What it supports and the fact sheet's section (not shown).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Source {
    /// The host name of `url` without "www." or a port, if there is one.
    pub fn host(&self) -> Option<&str> {
        let rest = self
            .url
            .split_once("://")
            .map_or(self.url.as_str(), |(_, r)| r);
        let host = rest.split(['/', '?', '#', ':']).next()?.trim();
        let host = host.strip_prefix("www.").unwrap_or(host);
        (!host.is_empty()).then_some(host)
    }
}

/// True for "d/m/yyyy", "m/yyyy" or "yyyy" with a real day and month.
pub fn is_source_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    let num = |p: &str, lo: u32, hi: u32| {
        !p.is_empty()
            && p.len() <= 4
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    let year = |p: &str| p.len() == 4 && num(p, 1900, 2100);
    match parts.as_slice() {
        [y] => year(y),
        [m, y] => m.len() <= 2 && num(m, 1, 12) && year(y),
        [d, m, y] => d.len() <= 2 && num(d, 1, 31) && m.len() <= 2 && num(m, 1, 12) && year(y),
        _ => false,
    }
}

/// Words (Vietnamese) for scenes that can hurt someone in the room who has
/// lived them: a pack that uses one must carry a content note.
pub const HARD_SCENE_WORDS: &[&str] = &[
    "chích điện",
    "đánh đập",
    "bị đánh",
    "nhốt",
    "bào thai",
    "tiền chuộc",
    "xâm hại",
    "bóc lột tình dục",
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackAnswer {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub correct: bool,
}

impl Question for PackQuestion {
    fn id(&self) -> &str {
        &self.id
    }
    fn kind(&self) -> Kind {
        self.kind
    }
    fn answer_ids(&self) -> Vec<&str> {
        self.answers.iter().map(|a| a.id.as_str()).collect()
    }
}

impl PackQuestion {
    /// Ids of the right answers, sorted.
    pub fn correct_ids(&self) -> BTreeSet<&str> {
        self.answers
            .iter()
            .filter(|a| a.correct)
            .map(|a| a.id.as_str())
            .collect()
    }

    /// Right when the chosen set is exactly the set of right answers: the
    /// one key for single and true/false, all keys and nothing else for
    /// multiple choice. Judged by answer id, so shuffling cannot change it.
    pub fn is_correct<S: AsRef<str>>(&self, selected: &[S]) -> bool {
        let chosen: BTreeSet<&str> = selected.iter().map(AsRef::as_ref).collect();
        !chosen.is_empty() && chosen == self.correct_ids()
    }

    pub fn answer(&self, id: &str) -> Option<&PackAnswer> {
        self.answers.iter().find(|a| a.id == id)
    }
}

impl Pack {
    /// Parses a pack without judging its content (see [`validate_pack`]).
    pub fn parse(json: &str) -> Result<Pack, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Parses a pack and refuses it if [`validate_pack`] finds problems.
    pub fn from_json(json: &str) -> Result<Pack, ContentError> {
        load_checked(json, validate_pack)
    }

    pub fn question(&self, id: &str) -> Option<&PackQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// Every problem in a pack, one message each; empty when it is fit to ship.
pub fn validate_pack(pack: &Pack) -> Vec<String> {
    let mut out = Vec::new();
    let pid = &pack.id;
    if pid.trim().is_empty() {
        out.push("pack: empty id".to_string());
    }
    for (field, text) in [("title", &pack.title), ("description", &pack.description)] {
        if !text.is_complete() {
            out.push(format!("{pid}: {field} lacks a language"));
        }
    }
    if pack.seconds_per_question == 0 {
        out.push(format!("{pid}: seconds_per_question must be above 0"));
    }
    match &pack.content_note {
        Some(note) if !note.is_complete() => {
            out.push(format!("{pid}: content_note lacks a language"));
        }
        None => {
            if let Some(word) = hard_scene_word(pack) {
                out.push(format!(
                    "{pid}: mentions '{word}' but has no content_note for the teacher"
                ));
            }
        }
        Some(_) => {}
    }
    if pack.questions.is_empty() {
        out.push(format!("{pid}: no questions"));
    }
    let mut ids = HashSet::new();
    for q in &pack.questions {
        if q.id.trim().is_empty() {
            out.push(format!("{pid}: a question has an empty id"));
        }
        if !ids.insert(q.id.as_str()) {
            out.push(format!("{}: duplicate question id", q.id));
        }
        out.extend(pack_question_problems(q));
    }
    out
}

/// The first hard-scene word the pack's Vietnamese text uses, if any.
pub fn hard_scene_word(pack: &Pack) -> Option<&'static str> {
    let mut texts: Vec<String> = vec![lowercase_vi(&pack.description.vi)];
    for q in &pack.questions {
        texts.push(lowercase_vi(&q.prompt.vi));
        texts.push(lowercase_vi(&q.explanation.vi));
        texts.extend(q.answers.iter().map(|a| lowercase_vi(&a.text.vi)));
    }
    HARD_SCENE_WORDS
        .iter()
        .copied()
        .find(|w| texts.iter().any(|t| t.contains(w)))
}

fn pack_question_problems(q: &PackQuestion) -> Vec<String> {
    let qid = &q.id;
    let mut out = Vec::new();
    if !q.prompt.is_complete() {
        out.push(format!("{qid}: prompt lacks a language"));
    }
    if !q.explanation.is_complete() {
        out.push(format!(
            "{qid}: missing explanation (both languages needed)"
        ));
    }
    if q.sources.is_empty() {
        out.push(format!("{qid}: no sources"));
    }
    for (i, s) in q.sources.iter().enumerate() {
        let n = i + 1;
        if !s.publisher.is_complete() {
            out.push(format!(
                "{qid}: source {n} has no publisher in both languages"
            ));
        }
        if let Some(d) = &s.date {
            if !is_source_date(d) {
                out.push(format!(
                    "{qid}: source {n} has a date '{d}' that is not d/m/yyyy, m/yyyy or yyyy"
                ));
            }
        }
        if s.date.is_none() && s.url.trim().is_empty() {
            out.push(format!(
                "{qid}: source {n} has neither a date nor an address"
            ));
        }
    }
    let mut ids = HashSet::new();
    for a in &q.answers {
        if a.id.trim().is_empty() {
            out.push(format!("{qid}: an answer has an empty id"));
        }
        if !ids.insert(a.id.as_str()) {
            out.push(format!("{qid}: duplicate answer id '{}'", a.id));
        }
        if !a.text.is_complete() {
            out.push(format!("{qid}/{}: answer text lacks a language", a.id));
        }
    }
    let correct = q.answers.iter().filter(|a| a.correct).count();
    match q.kind {
        Kind::Single => {
            if q.answers.len() < 2 {
                out.push(format!("{qid}: single choice needs at least 2 answers"));
            }
            if correct != 1 {
                out.push(format!(
                    "{qid}: single choice needs exactly one correct answer (has {correct})"
                ));
            }
        }
        Kind::Multiple => {
            if q.answers.len() < 2 {
                out.push(format!("{qid}: multiple choice needs at least 2 answers"));
            }
            if correct == 0 {
                out.push(format!(
                    "{qid}: multiple choice needs at least one correct answer"
                ));
            }
        }
        Kind::TrueFalse => {
            let shape: Vec<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
            let mut sorted = shape.clone();
            sorted.sort_unstable();
            if sorted != ["false", "true"] {
                out.push(format!(
                    "{qid}: true_false needs exactly the answers 'true' and 'false' (has {shape:?})"
                ));
            } else if correct != 1 {
                out.push(format!(
                    "{qid}: true_false needs exactly one correct answer"
                ));
            }
        }
        Kind::YesNoUnsure => {
            out.push(format!(
                "{qid}: yes_no_unsure is for the risk check, not quizzes"
            ));
        }
    }
    out
}
