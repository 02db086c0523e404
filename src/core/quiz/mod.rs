//! The quiz engine shared by the job-offer risk check and the awareness
//! quizzes.
//!
//! Everything here is pure: answers are tracked by id (never by position on
//! screen), shuffling comes from a seeded [`SplitMix64`], and time is passed
//! in as milliseconds by the caller, so the whole engine runs in host tests.
//!
//! Two halves:
//! - the *flow* ([`Question`], [`Condition`], [`Responses`], [`visible`]…):
//!   which questions are shown given the answers so far, used by both the
//!   risk check and the packs;
//! - *awareness packs* ([`Pack`], [`validate_pack`], [`Attempt`]): scored
//!   questions with one right key, shuffled per attempt, optionally timed.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::lang::Text;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Why a built-in content file could not be used. Shared by the content
/// loaders of the quiz, risk-check and scan modules.
#[derive(Debug)]
pub enum ContentError {
    /// The JSON does not match the schema.
    Json(serde_json::Error),
    /// The JSON parsed but breaks content rules (one message per problem).
    Invalid(Vec<String>),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Json(e) => write!(f, "content does not parse: {e}"),
            ContentError::Invalid(problems) => {
                write!(f, "content is invalid: {}", problems.join("; "))
            }
        }
    }
}

impl std::error::Error for ContentError {}

impl From<serde_json::Error> for ContentError {
    fn from(e: serde_json::Error) -> Self {
        ContentError::Json(e)
    }
}

/// Parses `json` and refuses it unless `problems` finds nothing.
pub(crate) fn load_checked<T: serde::de::DeserializeOwned>(
    json: &str,
    problems: impl Fn(&T) -> Vec<String>,
) -> Result<T, ContentError> {
    let value: T = serde_json::from_str(json)?;
    let found = problems(&value);
    if found.is_empty() {
        Ok(value)
    } else {
        Err(ContentError::Invalid(found))
    }
}

/// A selection the engine refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizError {
    UnknownQuestion(String),
    /// The question exists but is not shown for the current answers.
    Hidden(String),
    UnknownAnswer {
        question: String,
        answer: String,
    },
    DuplicateAnswer {
        question: String,
        answer: String,
    },
    /// Single, true/false and yes/no/not-sure take exactly one answer;
    /// multiple choice at least one.
    WrongCount {
        question: String,
        got: usize,
    },
    /// The attempt was made for another pack.
    WrongPack {
        expected: String,
        got: String,
    },
    /// Every question of the attempt is already answered.
    Finished,
}

impl fmt::Display for QuizError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuizError::UnknownQuestion(q) => write!(f, "no question '{q}'"),
            QuizError::Hidden(q) => write!(f, "question '{q}' is not shown now"),
            QuizError::UnknownAnswer { question, answer } => {
                write!(f, "question '{question}' has no answer '{answer}'")
            }
            QuizError::DuplicateAnswer { question, answer } => {
                write!(f, "answer '{answer}' chosen twice for '{question}'")
            }
            QuizError::WrongCount { question, got } => {
                write!(f, "wrong number of answers ({got}) for '{question}'")
            }
            QuizError::WrongPack { expected, got } => {
                write!(f, "attempt is for pack '{expected}', not '{got}'")
            }
            QuizError::Finished => write!(f, "the attempt is finished"),
        }
    }
}

impl std::error::Error for QuizError {}

// ---------------------------------------------------------------------------
// Question flow (shared)
// ---------------------------------------------------------------------------

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Exactly one answer.
    Single,
    /// One or more answers.
    Multiple,
    /// Awareness quizzes: answers `true` and `false`.
    TrueFalse,
    /// Risk check: answers `yes`, `no` and `not_sure`.
    YesNoUnsure,
}

impl Kind {
    /// Whether the question takes several answers at once.
    pub fn is_multiple(self) -> bool {
        self == Kind::Multiple
    }

    /// The answer ids a question of this kind must have, in order, if the
    /// kind fixes them.
    pub fn fixed_answer_ids(self) -> Option<&'static [&'static str]> {
        match self {
            Kind::TrueFalse => Some(&["true", "false"]),
            Kind::YesNoUnsure => Some(&["yes", "no", "not_sure"]),
            Kind::Single | Kind::Multiple => None,
        }
    }
}

/// Shows a question only when an earlier question is shown and one of the
/// listed answers is selected there. A question's `show_if` list holds when
/// every condition in it holds; an empty list means "always shown".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

impl Condition {
    /// True when the referenced question was shown (`shown`) and one of the
    /// listed answers is selected.
    fn holds(&self, shown: &HashSet<&str>, responses: &Responses) -> bool {
        shown.contains(self.question.as_str())
            && self
                .any_of
                .iter()
                .any(|a| responses.is_selected(&self.question, a))
    }
}

/// What the flow needs to know about a question.
pub trait Question {
    fn id(&self) -> &str;
    fn kind(&self) -> Kind;
    /// Answer ids in content order.
    fn answer_ids(&self) -> Vec<&str>;
    /// Conditions for showing this question; all must hold.
    fn show_if(&self) -> &[Condition] {
        &[]
    }
}

/// The answers chosen so far, by question id and answer id. Serializable so
/// the UI can keep an unfinished check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Responses {
    selected: BTreeMap<String, Vec<String>>,
}

impl Responses {
    pub fn new() -> Responses {
        Responses::default()
    }

    /// The answer ids chosen for `question`, sorted.
    pub fn get(&self, question: &str) -> Option<&[String]> {
        self.selected.get(question).map(Vec::as_slice)
    }

    pub fn is_answered(&self, question: &str) -> bool {
        self.selected.contains_key(question)
    }

    pub fn is_selected(&self, question: &str, answer: &str) -> bool {
        self.get(question)
            .is_some_and(|ids| ids.iter().any(|id| id == answer))
    }

    /// Stores a selection without checking it against any question. Prefer
    /// [`answer`], which validates and drops answers that become hidden.
    pub fn insert_unchecked(&mut self, question: &str, answers: &[&str]) {
        let mut ids: Vec<String> = answers.iter().map(|a| a.to_string()).collect();
        ids.sort();
        ids.dedup();
        self.selected.insert(question.to_string(), ids);
    }

    pub fn clear(&mut self, question: &str) {
        self.selected.remove(question);
    }

    /// Question ids that have an answer, sorted.
    pub fn answered(&self) -> impl Iterator<Item = &str> {
        self.selected.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.selected.len()
    }

    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }
}

/// The questions currently shown, in content order. A question whose
/// condition refers to a later (or unknown) question is never shown; the
/// content validators report that case.
pub fn visible<'q, Q: Question>(questions: &'q [Q], responses: &Responses) -> Vec<&'q Q> {
    let mut shown: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for q in questions {
        if q.show_if().iter().all(|c| c.holds(&shown, responses)) {
            shown.insert(q.id());
            out.push(q);
        }
    }
    out
}

/// True when every condition holds for the current answers. A condition on
/// a question that is hidden (or unknown) fails. For content other than
/// questions that is shown conditionally, such as next steps.
pub fn conditions_hold<Q: Question>(
    questions: &[Q],
    responses: &Responses,
    conditions: &[Condition],
) -> bool {
    let shown: HashSet<&str> = visible(questions, responses)
        .iter()
        .map(|q| q.id())
        .collect();
    conditions.iter().all(|c| c.holds(&shown, responses))
}

/// Checks one selection for `question` and returns it sorted. Multiple
/// choice takes one or more answers, every other kind exactly one.
pub fn check_selection<Q: Question>(
    question: &Q,
    selected: &[&str],
) -> Result<Vec<String>, QuizError> {
    let qid = question.id().to_string();
    let known = question.answer_ids();
    let mut seen = BTreeSet::new();
    for &a in selected {
        if !known.contains(&a) {
            return Err(QuizError::UnknownAnswer {
                question: qid,
                answer: a.to_string(),
            });
        }
        if !seen.insert(a) {
            return Err(QuizError::DuplicateAnswer {
                question: qid,
                answer: a.to_string(),
            });
        }
    }
    let count_ok = if question.kind().is_multiple() {
        !selected.is_empty()
    } else {
        selected.len() == 1
    };
    if !count_ok {
        return Err(QuizError::WrongCount {
            question: qid,
            got: selected.len(),
        });
    }
    Ok(seen.into_iter().map(str::to_string).collect())
}

/// Records an answer to a shown question, then forgets the answers of any
/// question the change has hidden, so they can never count.
pub fn answer<Q: Question>(
    questions: &[Q],
    responses: &mut Responses,
    question: &str,
    selected: &[&str],
) -> Result<(), QuizError> {
    let q = questions
        .iter()
        .find(|q| q.id() == question)
        .ok_or_else(|| QuizError::UnknownQuestion(question.to_string()))?;
    if !visible(questions, responses)
        .iter()
        .any(|v| v.id() == question)
    {
        return Err(QuizError::Hidden(question.to_string()));
    }
    let ids = check_selection(q, selected)?;
    responses.selected.insert(question.to_string(), ids);
    prune_hidden(questions, responses);
    Ok(())
}

/// Drops answers to questions that are hidden now (or unknown).
pub fn prune_hidden<Q: Question>(questions: &[Q], responses: &mut Responses) {
    let keep: HashSet<String> = visible(questions, responses)
        .iter()
        .map(|q| q.id().to_string())
        .collect();
    responses.selected.retain(|qid, _| keep.contains(qid));
}

/// Only the answers to questions shown now: what scoring must use.
pub fn effective<Q: Question>(questions: &[Q], responses: &Responses) -> Responses {
    let mut out = responses.clone();
    prune_hidden(questions, &mut out);
    out
}

/// "Câu 3/15": where a question stands among those shown now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position among the shown questions.
    pub number: usize,
    /// How many questions are shown now (changes as answers change).
    pub total: usize,
    /// How many shown questions have an answer.
    pub answered: usize,
}

/// The position of `question` among the shown questions, or `None` when it
/// is hidden or unknown.
pub fn progress<Q: Question>(
    questions: &[Q],
    responses: &Responses,
    question: &str,
) -> Option<Progress> {
    let shown = visible(questions, responses);
    let index = shown.iter().position(|q| q.id() == question)?;
    Some(Progress {
        number: index + 1,
        total: shown.len(),
        answered: shown
            .iter()
            .filter(|q| responses.is_answered(q.id()))
            .count(),
    })
}

/// The shown question after `current` (`None` = the first one).
pub fn next<'q, Q: Question>(
    questions: &'q [Q],
    responses: &Responses,
    current: Option<&str>,
) -> Option<&'q Q> {
    let shown = visible(questions, responses);
    match current {
        None => shown.first().copied(),
        Some(id) => {
            let i = shown.iter().position(|q| q.id() == id)?;
            shown.get(i + 1).copied()
        }
    }
}

/// The shown question before `current`, for the Back button.
pub fn previous<'q, Q: Question>(
    questions: &'q [Q],
    responses: &Responses,
    current: &str,
) -> Option<&'q Q> {
    let shown = visible(questions, responses);
    let i = shown.iter().position(|q| q.id() == current)?;
    i.checked_sub(1).and_then(|j| shown.get(j).copied())
}

/// The first shown question without an answer.
pub fn first_unanswered<'q, Q: Question>(
    questions: &'q [Q],
    responses: &Responses,
) -> Option<&'q Q> {
    visible(questions, responses)
        .into_iter()
        .find(|q| !responses.is_answered(q.id()))
}

/// True when every shown question has an answer.
pub fn is_complete<Q: Question>(questions: &[Q], responses: &Responses) -> bool {
    first_unanswered(questions, responses).is_none()
}

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast and good enough to
/// shuffle a quiz. Same seed, same sequence, on every platform.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0). Multiply-shift mapping; its
    /// bias is about n / 2^64, irrelevant for lists of a few dozen.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------
// Awareness packs
// ---------------------------------------------------------------------------

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
/// when ([`Source::label`]); the address and the note are for reviewers.
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
    /// "Bộ Ngoại giao, 9/4/2025 (plo.vn)": publisher and date, then the
    /// site it was read on. `undated` is said when the page has no date.
    pub fn label(&self, lang: super::lang::Lang, undated: &str) -> String {
        let date = self.date.as_deref().unwrap_or(undated);
        let mut out = format!("{}, {date}", self.publisher.get(lang));
        if let Some(host) = self.host() {
            out.push_str(&format!(" ({host})"));
        }
        out
    }

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
    let mut texts: Vec<String> = vec![pack.description.vi.to_lowercase()];
    for q in &pack.questions {
        texts.push(q.prompt.vi.to_lowercase());
        texts.push(q.explanation.vi.to_lowercase());
        texts.extend(q.answers.iter().map(|a| a.text.vi.to_lowercase()));
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

// ---------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------

/// A countdown on a clock the caller reads (milliseconds, e.g. `Date.now()`).
/// A clock that goes backwards counts as no time passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countdown {
    pub started_ms: u64,
    pub limit_ms: u64,
}

impl Countdown {
    pub fn start(now_ms: u64, seconds: u32) -> Countdown {
        Countdown {
            started_ms: now_ms,
            limit_ms: u64::from(seconds) * 1000,
        }
    }

    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.started_ms)
    }

    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        self.limit_ms.saturating_sub(self.elapsed_ms(now_ms))
    }

    /// Whole seconds left, rounded up, so the display shows 0 only once the
    /// time is really over.
    pub fn seconds_left(&self, now_ms: u64) -> u64 {
        self.remaining_ms(now_ms).div_ceil(1000)
    }

    pub fn is_expired(&self, now_ms: u64) -> bool {
        self.elapsed_ms(now_ms) >= self.limit_ms
    }
}

// ---------------------------------------------------------------------------
// Attempts
// ---------------------------------------------------------------------------

/// Practice has no time limit; a contest gives each question the pack's
/// `seconds_per_question`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    Practice,
    Contest,
}

/// A question as this attempt shows it: answers in shuffled order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'p> {
    /// 1-based, for "Câu 3/15".
    pub number: usize,
    pub total: usize,
    pub question: &'p PackQuestion,
    pub answers: Vec<&'p PackAnswer>,
}

/// The outcome of one question in an attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub question_id: String,
    /// Sorted answer ids; empty when time ran out first.
    pub selected: Vec<String>,
    pub correct: bool,
    pub timed_out: bool,
    pub taken_ms: u64,
}

/// The tally of a finished (or partial) attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub answered: usize,
    pub timed_out: usize,
    /// Questions in the attempt.
    pub total: usize,
    /// Sum of the time taken on the answered questions.
    pub taken_ms: u64,
}

/// One run through a pack: question and answer order fixed by the seed,
/// questions answered one after another. Holds indices, not references, so
/// it can live in UI state; every method takes the pack again and refuses
/// another pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pack_id: String,
    seed: u64,
    mode: Mode,
    seconds_per_question: u32,
    /// Indices into `pack.questions`, in the order shown.
    order: Vec<usize>,
    /// For each shown position, indices into that question's answers.
    answer_order: Vec<Vec<usize>>,
    results: Vec<QuestionResult>,
    /// When the current question was shown.
    current_started_ms: u64,
}

impl Attempt {
    /// Starts an attempt at `now_ms`. Questions and answers are shuffled
    /// from `seed`; true/false answers keep their order (True, False), which
    /// readers expect.
    pub fn new(pack: &Pack, seed: u64, mode: Mode, now_ms: u64) -> Attempt {
        let mut rng = SplitMix64::new(seed);
        let mut order: Vec<usize> = (0..pack.questions.len()).collect();
        rng.shuffle(&mut order);
        let answer_order = order
            .iter()
            .map(|&qi| {
                let q = &pack.questions[qi];
                let mut idx: Vec<usize> = (0..q.answers.len()).collect();
                if q.kind != Kind::TrueFalse {
                    rng.shuffle(&mut idx);
                }
                idx
            })
            .collect();
        Attempt {
            pack_id: pack.id.clone(),
            seed,
            mode,
            seconds_per_question: pack.seconds_per_question,
            order,
            answer_order,
            results: Vec::new(),
            current_started_ms: now_ms,
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// 0-based position of the question being asked (= answered so far).
    pub fn position(&self) -> usize {
        self.results.len()
    }

    pub fn is_finished(&self) -> bool {
        self.results.len() >= self.order.len()
    }

    pub fn results(&self) -> &[QuestionResult] {
        &self.results
    }

    /// The question at `position` as this attempt shows it.
    pub fn shown<'p>(&self, pack: &'p Pack, position: usize) -> Option<Shown<'p>> {
        if pack.id != self.pack_id {
            return None;
        }
        let question = pack.questions.get(*self.order.get(position)?)?;
        let answers = self.answer_order[position]
            .iter()
            .map(|&ai| question.answers.get(ai))
            .collect::<Option<Vec<_>>>()?;
        Some(Shown {
            number: position + 1,
            total: self.order.len(),
            question,
            answers,
        })
    }

    /// The question being asked now, or `None` once finished.
    pub fn current<'p>(&self, pack: &'p Pack) -> Option<Shown<'p>> {
        self.shown(pack, self.position())
    }

    /// The countdown for the current question (contest only).
    pub fn countdown(&self) -> Option<Countdown> {
        (self.mode == Mode::Contest && !self.is_finished())
            .then(|| Countdown::start(self.current_started_ms, self.seconds_per_question))
    }

    /// Seconds left on the current question (contest only).
    pub fn seconds_left(&self, now_ms: u64) -> Option<u64> {
        self.countdown().map(|c| c.seconds_left(now_ms))
    }

    /// True when the current contest question has run out of time.
    pub fn is_expired(&self, now_ms: u64) -> bool {
        self.countdown().is_some_and(|c| c.is_expired(now_ms))
    }

    /// Answers the current question at `now_ms` and moves on. In a contest,
    /// an answer given after time ran out is recorded as timed out (wrong),
    /// whatever it was.
    pub fn submit(
        &mut self,
        pack: &Pack,
        selected: &[&str],
        now_ms: u64,
    ) -> Result<QuestionResult, QuizError> {
        let question = self.current_question(pack)?;
        if self.is_expired(now_ms) {
            return Ok(self.record_timeout(question, now_ms));
        }
        let ids = check_selection(question, selected)?;
        let result = QuestionResult {
            question_id: question.id.clone(),
            correct: question.is_correct(&ids),
            selected: ids,
            timed_out: false,
            taken_ms: now_ms.saturating_sub(self.current_started_ms),
        };
        Ok(self.advance(result, now_ms))
    }

    /// Called on each clock tick: if the current contest question's time is
    /// over, records it as timed out, moves on and returns the result.
    pub fn expire_if_due(&mut self, pack: &Pack, now_ms: u64) -> Option<QuestionResult> {
        if !self.is_expired(now_ms) {
            return None;
        }
        let question = self.current_question(pack).ok()?;
        Some(self.record_timeout(question, now_ms))
    }

    pub fn score(&self) -> Score {
        Score {
            correct: self.results.iter().filter(|r| r.correct).count(),
            answered: self.results.iter().filter(|r| !r.timed_out).count(),
            timed_out: self.results.iter().filter(|r| r.timed_out).count(),
            total: self.order.len(),
            taken_ms: self.results.iter().map(|r| r.taken_ms).sum(),
        }
    }

    fn current_question<'p>(&self, pack: &'p Pack) -> Result<&'p PackQuestion, QuizError> {
        if pack.id != self.pack_id {
            return Err(QuizError::WrongPack {
                expected: self.pack_id.clone(),
                got: pack.id.clone(),
            });
        }
        self.current(pack)
            .map(|s| s.question)
            .ok_or(QuizError::Finished)
    }

    fn record_timeout(&mut self, question: &PackQuestion, now_ms: u64) -> QuestionResult {
        let result = QuestionResult {
            question_id: question.id.clone(),
            selected: Vec::new(),
            correct: false,
            timed_out: true,
            taken_ms: u64::from(self.seconds_per_question) * 1000,
        };
        self.advance(result, now_ms)
    }

    fn advance(&mut self, result: QuestionResult, now_ms: u64) -> QuestionResult {
        self.results.push(result.clone());
        self.current_started_ms = now_ms;
        result
    }
}

pub mod classroom;

#[cfg(test)]
mod tests;
