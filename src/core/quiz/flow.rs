//! The question flow shared by the risk check and the packs: which
//! questions are shown given the answers so far ([`visible`]), recording an
//! answer ([`answer`]), moving through the shown questions.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use super::QuizError;

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
