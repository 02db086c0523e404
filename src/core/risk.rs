//! The offer risk check: content model, scoring and result.
//!
//! The questions, weights, red flags, thresholds, outcomes and next steps all
//! live in `content/risk-check.json`; this module only applies them. Rules:
//! - the first question (`branch`) is the situation (a job abroad through a
//!   company, a marriage offer…); every other question is shown only for
//!   the situations it fits (`show_if`), so each branch asks its own;
//! - only red-flag answers weigh anything: the score is the sum of the
//!   weights of the chosen answers (to questions shown now) that raise a
//!   flag. Lawful answers and "not sure" weigh 0;
//! - the level is the highest one whose `min_score` the score reaches,
//!   except that any *critical* flag gives the highest level outright;
//! - "not sure" never adds danger: it adds a "find out first" item, and
//!   when enough is unknown and no red flag was given the outcome is "not
//!   enough to judge yet";
//! - the "already there and not free" entry gives the emergency outcome.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::lang::{Lang, Text};
use super::quiz::{self, Condition, ContentError, Kind, QuizError, Responses};

const RISK_JSON: &str = include_str!("../../content/risk-check.json");

/// The first question: which kind of offer this is.
pub const BRANCH: &str = "branch";
/// The answer of [`BRANCH`] that leads straight to the emergency outcome.
pub const EMERGENCY: &str = "already_there";
/// Who the check is for; [`FOR_OTHER`] words questions in the third person.
pub const CHECKER: &str = "checker";
pub const FOR_OTHER: &str = "other";
/// The answers that say the person is under 18 (question, answer).
pub const MINOR_ANSWERS: [(&str, &str); 3] = [
    ("age", "under_15"),
    ("age", "age_15_17"),
    ("age_abroad", "under_18"),
];
/// Steps the result shows on its first screen; the rest follow below.
pub const FIRST_STEPS: usize = 3;

/// Risk levels, lowest first. The order is the severity order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Caution,
    High,
    VeryHigh,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Low, Level::Caution, Level::High, Level::VeryHigh];

    /// The id used in content and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Caution => "caution",
            Level::High => "high",
            Level::VeryHigh => "very_high",
        }
    }
}

/// What the result says: a level, or one of the two outcomes that are not
/// a level of danger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Low,
    Caution,
    /// No red flag, but too much unknown to judge.
    NotEnough,
    High,
    VeryHigh,
    /// Already there and not free: contacts first.
    Emergency,
}

impl Outcome {
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Low => "low",
            Outcome::Caution => "caution",
            Outcome::NotEnough => "not_enough",
            Outcome::High => "high",
            Outcome::VeryHigh => "very_high",
            Outcome::Emergency => "emergency",
        }
    }

    fn of(level: Level) -> Outcome {
        match level {
            Level::Low => Outcome::Low,
            Level::Caution => Outcome::Caution,
            Level::High => Outcome::High,
            Level::VeryHigh => Outcome::VeryHigh,
        }
    }

    /// High, Very high or Emergency: the outcomes that say "danger".
    pub fn is_danger(self) -> bool {
        matches!(self, Outcome::High | Outcome::VeryHigh | Outcome::Emergency)
    }
}

/// The check as written in `content/risk-check.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskCheck {
    pub title: Text,
    /// Every source the content cites, by id. Results show publisher and
    /// date, never the id.
    pub sources: Vec<SourceDef>,
    /// One entry per [`Level`], lowest first, thresholds ascending.
    pub levels: Vec<LevelDef>,
    pub outcomes: Outcomes,
    pub questions: Vec<RiskQuestion>,
    pub flags: Vec<Flag>,
    /// Every next step, in the order results list them (most urgent first).
    pub steps: Vec<Step>,
    pub summary: SummaryLabels,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    pub id: String,
    pub publisher: String,
    /// As precise as the source allows ("14/11/2025", "2022", or "không rõ
    /// ngày" when the page shows none).
    pub date: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDef {
    pub level: Level,
    /// The lowest score that reaches this level.
    pub min_score: u32,
    pub title: Text,
    pub summary: Text,
    /// Step ids always suggested at this level.
    pub steps: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    pub not_enough: NotEnoughDef,
    pub emergency: OutcomeDef,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotEnoughDef {
    /// How many "not sure" answers make a check without red flags
    /// impossible to judge (fewer in a branch with fewer questions, see
    /// `RiskCheck::evaluate`).
    pub min_unknown: usize,
    pub title: Text,
    pub summary: Text,
    pub steps: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeDef {
    pub title: Text,
    pub summary: Text,
    pub steps: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskQuestion {
    pub id: String,
    pub kind: Kind,
    pub prompt: Text,
    /// The prompt when checking for someone else (third person).
    #[serde(default)]
    pub prompt_other: Option<Text>,
    #[serde(default)]
    pub show_if: Vec<Condition>,
    pub answers: Vec<RiskAnswer>,
    /// What to ask or check when the answer is "not sure".
    #[serde(default)]
    pub find_out: Option<Text>,
    /// Source ids for the facts in the answers' explanations.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl RiskQuestion {
    pub fn answer(&self, id: &str) -> Option<&RiskAnswer> {
        self.answers.iter().find(|a| a.id == id)
    }

    /// The prompt for the person checking (`for_other`: third person).
    pub fn prompt_for(&self, for_other: bool) -> &Text {
        match (&self.prompt_other, for_other) {
            (Some(other), true) => other,
            _ => &self.prompt,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskAnswer {
    pub id: String,
    pub text: Text,
    /// The answer's text when checking for someone else, where it differs.
    #[serde(default)]
    pub text_other: Option<Text>,
    /// Only red-flag answers weigh anything.
    pub weight: u32,
    /// The weight when the person is under 18 (see [`MINOR_ANSWERS`]),
    /// where the law makes the sign weigh more (e.g. a job nobody can
    /// check against the places a minor may not work in). Never less than
    /// `weight`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_minor: Option<u32>,
    /// Flag ids this answer raises.
    #[serde(default)]
    pub flags: Vec<String>,
    /// A "not sure" answer: weighs nothing, adds the question's `find_out`.
    #[serde(default)]
    pub unsure: bool,
    /// Why this answer matters, shown in the answer review.
    pub explanation: Text,
}

impl RiskAnswer {
    pub fn raises_flags(&self) -> bool {
        !self.flags.is_empty()
    }

    pub fn text_for(&self, for_other: bool) -> &Text {
        match (&self.text_other, for_other) {
            (Some(other), true) => other,
            _ => &self.text,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub id: String,
    pub critical: bool,
    pub title: Text,
    /// One line: why this is a red flag.
    pub why: Text,
    /// A better-fitting `why` for some branches (keyed by the answer id of
    /// [`BRANCH`]), so no branch shows another branch's story.
    #[serde(default)]
    pub why_for: BTreeMap<String, Text>,
    /// The `why` to show when the person is under 18, where it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_minor: Option<Text>,
    pub sources: Vec<String>,
    /// Step ids to suggest when this flag is raised.
    pub steps: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub text: Text,
    /// The step when checking for someone else, where it differs.
    #[serde(default)]
    pub text_other: Option<Text>,
    /// Offered only when these conditions hold (e.g. a licence check only
    /// for work abroad, "only go with a contract" only for adults).
    #[serde(default)]
    pub show_if: Vec<Condition>,
    /// Offered only up to this level: advice such as "ask the recruiter"
    /// would contradict a High verdict.
    #[serde(default)]
    pub max_level: Option<Level>,
    /// Numbers to call from this step, shown as call links.
    #[serde(default)]
    pub calls: Vec<StepCall>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepCall {
    pub label: Text,
    /// International format, "+" then digits.
    pub number: String,
}

impl StepCall {
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.number)
    }
}

/// Headings of the shareable text summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryLabels {
    pub heading: Text,
    pub level: Text,
    pub flags: Text,
    pub no_flags: Text,
    pub find_out: Text,
    pub steps: Text,
    pub hotline: Text,
}

impl quiz::Question for RiskQuestion {
    fn id(&self) -> &str {
        &self.id
    }
    fn kind(&self) -> Kind {
        self.kind
    }
    fn answer_ids(&self) -> Vec<&str> {
        self.answers.iter().map(|a| a.id.as_str()).collect()
    }
    fn show_if(&self) -> &[Condition] {
        &self.show_if
    }
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

/// Which answer raised a flag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cause {
    pub question_id: String,
    pub answer_id: String,
    pub question: Text,
    pub answer: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RaisedFlag {
    pub id: String,
    pub critical: bool,
    pub title: Text,
    /// The explanation that fits the chosen branch.
    pub why: Text,
    /// Its sources (`i18n::sources::risk_source` says each as "publisher,
    /// date").
    pub sources: Vec<SourceDef>,
    /// Every answer that raised it, in question order.
    pub raised_by: Vec<Cause>,
}

/// Something to ask or check, from a "not sure" answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindOut {
    pub question_id: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub id: String,
    pub text: Text,
    pub calls: Vec<StepCall>,
}

/// The outcome of a check. Owns its text so the UI can keep it in a signal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RiskResult {
    /// The danger level from the red flags (never lowered by a red flag).
    pub level: Level,
    /// What the result says (the level, "not enough to judge" or the
    /// emergency).
    pub outcome: Outcome,
    pub title: Text,
    pub summary: Text,
    pub score: u32,
    /// Critical flags first, then the others, each group in content order.
    pub flags: Vec<RaisedFlag>,
    pub find_out: Vec<FindOut>,
    /// What to do now: at most [`FIRST_STEPS`], most urgent first.
    pub steps: Vec<NextStep>,
    /// Further steps, after the reasons.
    pub more_steps: Vec<NextStep>,
    /// Shown questions, how many have an answer, how many "not sure".
    pub shown: usize,
    pub answered: usize,
    pub unknown: usize,
    /// Checking for someone else.
    pub for_other: bool,
    /// The headings of the summary to share (content, both languages);
    /// `i18n::check::share_summary` lays it out.
    pub labels: SummaryLabels,
}

impl RiskResult {
    pub fn has_critical(&self) -> bool {
        self.flags.iter().any(|f| f.critical)
    }

    pub fn is_partial(&self) -> bool {
        self.answered < self.shown
    }
}

/// "Câu 3/11": where a question stands in the chosen branch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position among the questions shown now.
    pub number: usize,
    /// The most questions this check can ask in all, counted from the
    /// branch up front: it may shrink as answers rule questions out, but
    /// never grows unless an earlier answer changes. `None` before the
    /// branch is chosen.
    pub total: Option<usize>,
}

// ---------------------------------------------------------------------------
// Engine
// ---------------------------------------------------------------------------

impl RiskCheck {
    /// The check shipped with the app, parsed and validated.
    pub fn builtin() -> Result<RiskCheck, ContentError> {
        RiskCheck::from_json(RISK_JSON)
    }

    /// Parses and validates; refuses content with any [`problems`](Self::problems).
    pub fn from_json(json: &str) -> Result<RiskCheck, ContentError> {
        quiz::load_checked(json, RiskCheck::problems)
    }

    /// Parses without judging the content.
    pub fn parse(json: &str) -> Result<RiskCheck, serde_json::Error> {
        serde_json::from_str(json)
    }

    pub fn question(&self, id: &str) -> Option<&RiskQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn flag(&self, id: &str) -> Option<&Flag> {
        self.flags.iter().find(|f| f.id == id)
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&SourceDef> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The sources of these ids (unknown ids are skipped; validated content
    /// has none).
    pub fn sources_of(&self, ids: &[String]) -> Vec<SourceDef> {
        ids.iter()
            .filter_map(|id| self.source(id))
            .cloned()
            .collect()
    }

    pub fn level_def(&self, level: Level) -> Option<&LevelDef> {
        self.levels.iter().find(|d| d.level == level)
    }

    /// The chosen branch, if any.
    pub fn branch<'r>(&self, responses: &'r Responses) -> Option<&'r str> {
        responses
            .get(BRANCH)
            .and_then(|ids| ids.first())
            .map(String::as_str)
    }

    /// True when the check is for someone else (third-person wording).
    pub fn for_other(&self, responses: &Responses) -> bool {
        responses.is_selected(CHECKER, FOR_OTHER)
    }

    /// The questions to show now, in order.
    pub fn visible(&self, responses: &Responses) -> Vec<&RiskQuestion> {
        quiz::visible(&self.questions, responses)
    }

    /// Records an answer and drops answers of questions it hides.
    pub fn answer(
        &self,
        responses: &mut Responses,
        question: &str,
        selected: &[&str],
    ) -> Result<(), QuizError> {
        quiz::answer(&self.questions, responses, question, selected)
    }

    /// "Câu 3/11" for `question`; see [`Progress`].
    pub fn progress(&self, responses: &Responses, question: &str) -> Option<Progress> {
        let shown = self.visible(responses);
        let index = shown.iter().position(|q| q.id == question)?;
        let total = responses
            .is_answered(BRANCH)
            .then(|| self.most_questions(responses));
        Some(Progress {
            number: index + 1,
            total,
        })
    }

    /// The most questions this check can show, over every way the
    /// unanswered questions that others depend on could still be answered.
    /// Answering only rules ways out, so this never grows.
    fn most_questions(&self, responses: &Responses) -> usize {
        let shown = self.visible(responses);
        let gate = shown.iter().find(|q| {
            !responses.is_answered(&q.id)
                && self
                    .questions
                    .iter()
                    .any(|d| d.show_if.iter().any(|c| c.question == q.id))
        });
        match gate {
            None => shown.len(),
            Some(q) => q
                .answers
                .iter()
                .map(|a| {
                    let mut r = responses.clone();
                    r.insert_unchecked(&q.id, &[a.id.as_str()]);
                    self.most_questions(&r)
                })
                .max()
                .unwrap_or(shown.len()),
        }
    }

    pub fn next(&self, responses: &Responses, current: Option<&str>) -> Option<&RiskQuestion> {
        quiz::next(&self.questions, responses, current)
    }

    pub fn previous(&self, responses: &Responses, current: &str) -> Option<&RiskQuestion> {
        quiz::previous(&self.questions, responses, current)
    }

    pub fn is_complete(&self, responses: &Responses) -> bool {
        quiz::is_complete(&self.questions, responses)
    }

    /// The selected answers of the shown questions, in question order.
    fn chosen<'a>(
        &'a self,
        responses: &'a Responses,
    ) -> impl Iterator<Item = (&'a RiskQuestion, &'a RiskAnswer)> + 'a {
        self.visible(responses).into_iter().flat_map(move |q| {
            q.answers
                .iter()
                .filter(move |a| responses.is_selected(&q.id, &a.id))
                .map(move |a| (q, a))
        })
    }

    /// Sum of the weights of the chosen answers to shown questions (only
    /// red-flag answers weigh anything).
    pub fn score(&self, responses: &Responses) -> u32 {
        let minor = self.is_minor(responses);
        self.chosen(responses)
            .map(|(_, a)| match (minor, a.weight_minor) {
                (true, Some(w)) => w.max(a.weight),
                _ => a.weight,
            })
            .sum()
    }

    /// True when an answer says the person is under 18.
    pub fn is_minor(&self, responses: &Responses) -> bool {
        MINOR_ANSWERS
            .iter()
            .any(|(q, a)| responses.is_selected(q, a))
    }

    /// The level for a score; `critical` forces the highest level.
    pub fn level_for(&self, score: u32, critical: bool) -> Level {
        if critical {
            return Level::VeryHigh;
        }
        self.levels
            .iter()
            .filter(|d| score >= d.min_score)
            .map(|d| d.level)
            .max()
            .unwrap_or(Level::Low)
    }

    /// Scores the answers given so far (partial answers are fine).
    pub fn evaluate(&self, responses: &Responses) -> RiskResult {
        let effective = quiz::effective(&self.questions, responses);
        let shown = self.visible(&effective);
        let score = self.score(&effective);
        let flags = self.raised_flags(&effective);
        let level = self.level_for(score, flags.iter().any(|f| f.critical));
        let unknown = self
            .chosen(&effective)
            .filter(|(_, a)| a.unsure)
            .map(|(q, _)| q.id.as_str())
            .collect::<BTreeSet<_>>()
            .len();
        let not_enough = &self.outcomes.not_enough;
        let outcome = if self.branch(&effective) == Some(EMERGENCY) {
            Outcome::Emergency
        } else if flags.is_empty() && unknown >= self.unknown_threshold(&shown) {
            Outcome::NotEnough
        } else {
            Outcome::of(level)
        };
        let (title, summary, outcome_steps) = match outcome {
            Outcome::Emergency => {
                let d = &self.outcomes.emergency;
                (d.title.clone(), d.summary.clone(), &d.steps)
            }
            Outcome::NotEnough => (
                not_enough.title.clone(),
                not_enough.summary.clone(),
                &not_enough.steps,
            ),
            _ => {
                let d = self
                    .level_def(level)
                    .expect("validated content has every level");
                (d.title.clone(), d.summary.clone(), &d.steps)
            }
        };
        let for_other = self.for_other(&effective);
        let mut steps = self.next_steps(level, outcome_steps, &flags, &effective, for_other);
        let more_steps = steps.split_off(steps.len().min(FIRST_STEPS));
        RiskResult {
            level,
            outcome,
            title,
            summary,
            score,
            find_out: self.find_outs(&effective),
            steps,
            more_steps,
            shown: shown.len(),
            answered: shown
                .iter()
                .filter(|q| effective.is_answered(&q.id))
                .count(),
            unknown,
            for_other,
            flags,
            labels: self.summary.clone(),
        }
    }

    /// How many "not sure" answers leave a check without red flags
    /// impossible to judge: `min_unknown`, or all but one of the shown
    /// questions that offer "not sure" in a short branch.
    fn unknown_threshold(&self, shown: &[&RiskQuestion]) -> usize {
        let askable = shown
            .iter()
            .filter(|q| q.answers.iter().any(|a| a.unsure))
            .count();
        self.outcomes
            .not_enough
            .min_unknown
            .min(askable.saturating_sub(1))
            .max(1)
    }

    fn raised_flags(&self, responses: &Responses) -> Vec<RaisedFlag> {
        let branch = self.branch(responses);
        let for_other = self.for_other(responses);
        let minor = self.is_minor(responses);
        let mut out: Vec<RaisedFlag> = Vec::new();
        for (q, a) in self.chosen(responses) {
            for fid in &a.flags {
                let Some(flag) = self.flag(fid) else { continue };
                let cause = Cause {
                    question_id: q.id.clone(),
                    answer_id: a.id.clone(),
                    question: q.prompt_for(for_other).clone(),
                    answer: a.text_for(for_other).clone(),
                };
                match out.iter_mut().find(|r| &r.id == fid) {
                    Some(raised) => raised.raised_by.push(cause),
                    None => out.push(RaisedFlag {
                        id: flag.id.clone(),
                        critical: flag.critical,
                        title: flag.title.clone(),
                        why: flag
                            .why_minor
                            .as_ref()
                            .filter(|_| minor)
                            .or_else(|| branch.and_then(|b| flag.why_for.get(b)))
                            .unwrap_or(&flag.why)
                            .clone(),
                        sources: self.sources_of(&flag.sources),
                        raised_by: vec![cause],
                    }),
                }
            }
        }
        let order = |id: &str| self.flags.iter().position(|f| f.id == id);
        out.sort_by_key(|r| (!r.critical, order(&r.id)));
        out
    }

    fn find_outs(&self, responses: &Responses) -> Vec<FindOut> {
        let mut out: Vec<FindOut> = Vec::new();
        for (q, a) in self.chosen(responses) {
            if !a.unsure || out.iter().any(|f| f.question_id == q.id) {
                continue;
            }
            if let Some(text) = &q.find_out {
                out.push(FindOut {
                    question_id: q.id.clone(),
                    text: text.clone(),
                });
            }
        }
        out
    }

    /// Steps of the outcome and of every raised flag, kept only when their
    /// own conditions hold and the level allows them, deduplicated, in
    /// content order.
    fn next_steps(
        &self,
        level: Level,
        outcome_steps: &[String],
        flags: &[RaisedFlag],
        responses: &Responses,
        for_other: bool,
    ) -> Vec<NextStep> {
        let mut wanted: BTreeSet<&str> = outcome_steps.iter().map(String::as_str).collect();
        for raised in flags {
            if let Some(flag) = self.flag(&raised.id) {
                wanted.extend(flag.steps.iter().map(String::as_str));
            }
        }
        self.steps
            .iter()
            .filter(|s| wanted.contains(s.id.as_str()))
            .filter(|s| s.max_level.is_none_or(|max| level <= max))
            .filter(|s| quiz::conditions_hold(&self.questions, responses, &s.show_if))
            .map(|s| NextStep {
                id: s.id.clone(),
                text: match (&s.text_other, for_other) {
                    (Some(other), true) => other.clone(),
                    _ => s.text.clone(),
                },
                calls: s.calls.clone(),
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

impl RiskCheck {
    /// Every problem in the content, one message each; empty when fit to ship.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.title.is_complete() {
            out.push("title lacks a language".to_string());
        }
        out.extend(self.source_table_problems());
        out.extend(self.summary_problems());
        out.extend(self.level_problems());
        out.extend(self.outcome_problems());
        out.extend(self.flag_problems());
        out.extend(self.step_problems());
        out.extend(self.branch_problems());
        let mut ids = BTreeSet::new();
        for (i, q) in self.questions.iter().enumerate() {
            if !ids.insert(q.id.as_str()) {
                out.push(format!("{}: duplicate question id", q.id));
            }
            out.extend(self.question_problems(i, q));
        }
        for f in &self.flags {
            let raised = self
                .questions
                .iter()
                .flat_map(|q| &q.answers)
                .any(|a| a.flags.contains(&f.id));
            if !raised {
                out.push(format!("flag {}: no answer raises it", f.id));
            }
        }
        out
    }

    fn source_table_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        for s in &self.sources {
            if !ids.insert(s.id.as_str()) {
                out.push(format!("source {}: duplicate id", s.id));
            }
            if s.publisher.trim().is_empty() || s.date.trim().is_empty() || s.url.trim().is_empty()
            {
                out.push(format!(
                    "source {}: needs a publisher, a date and a url",
                    s.id
                ));
            }
        }
        out
    }

    /// Source lists must be non-empty and name sources in the table.
    fn cited_problems(&self, owner: &str, sources: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        if sources.is_empty() {
            out.push(format!("{owner}: needs sources"));
        }
        for id in sources {
            if self.source(id).is_none() {
                out.push(format!("{owner}: unknown source '{id}'"));
            }
        }
        out
    }

    fn summary_problems(&self) -> Vec<String> {
        let s = &self.summary;
        let mut out: Vec<String> = [
            ("heading", &s.heading),
            ("level", &s.level),
            ("flags", &s.flags),
            ("no_flags", &s.no_flags),
            ("find_out", &s.find_out),
            ("steps", &s.steps),
            ("hotline", &s.hotline),
        ]
        .into_iter()
        .filter(|(_, t)| !t.is_complete())
        .map(|(name, _)| format!("summary.{name} lacks a language"))
        .collect();
        for lang in Lang::ALL {
            if !s.hotline.get(lang).contains("111") {
                out.push(format!("summary.hotline ({}) must name 111", lang.code()));
            }
        }
        out
    }

    fn level_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let levels: Vec<Level> = self.levels.iter().map(|d| d.level).collect();
        if levels != Level::ALL {
            out.push(format!(
                "levels must be exactly low, caution, high, very_high in order (got {levels:?})"
            ));
        }
        if self.levels.first().is_some_and(|d| d.min_score != 0) {
            out.push("the lowest level must start at score 0".to_string());
        }
        for pair in self.levels.windows(2) {
            if pair[1].min_score <= pair[0].min_score {
                out.push(format!(
                    "thresholds must ascend: {} ({}) is not above {} ({})",
                    pair[1].level.id(),
                    pair[1].min_score,
                    pair[0].level.id(),
                    pair[0].min_score
                ));
            }
        }
        for d in &self.levels {
            let id = d.level.id();
            if !d.title.is_complete() || !d.summary.is_complete() {
                out.push(format!("level {id}: title or summary lacks a language"));
            }
            out.extend(self.unknown_steps(&format!("level {id}"), &d.steps));
        }
        out
    }

    fn outcome_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let n = &self.outcomes.not_enough;
        if n.min_unknown == 0 {
            out.push("outcomes.not_enough: min_unknown must be at least 1".to_string());
        }
        let e = &self.outcomes.emergency;
        for (name, title, summary, steps) in [
            ("not_enough", &n.title, &n.summary, &n.steps),
            ("emergency", &e.title, &e.summary, &e.steps),
        ] {
            if !title.is_complete() || !summary.is_complete() {
                out.push(format!(
                    "outcomes.{name}: title or summary lacks a language"
                ));
            }
            if steps.is_empty() {
                out.push(format!("outcomes.{name}: needs steps"));
            }
            out.extend(self.unknown_steps(&format!("outcomes.{name}"), steps));
        }
        out
    }

    /// The branch question comes first, holds the emergency entry, and the
    /// checker question offers "someone else".
    fn branch_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self.questions.first() {
            Some(q) if q.id == BRANCH => {
                if q.answer(EMERGENCY).is_none() {
                    out.push(format!("{BRANCH}: needs the '{EMERGENCY}' answer"));
                }
            }
            _ => out.push(format!("the first question must be '{BRANCH}'")),
        }
        match self.question(CHECKER) {
            Some(q) if q.answer(FOR_OTHER).is_some() => {}
            _ => out.push(format!("'{CHECKER}' must exist and offer '{FOR_OTHER}'")),
        }
        out
    }

    fn flag_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        let branches: Vec<&str> = self
            .question(BRANCH)
            .map(|q| q.answers.iter().map(|a| a.id.as_str()).collect())
            .unwrap_or_default();
        for f in &self.flags {
            let id = &f.id;
            if !ids.insert(id.as_str()) {
                out.push(format!("flag {id}: duplicate id"));
            }
            if !f.title.is_complete() || !f.why.is_complete() {
                out.push(format!("flag {id}: title or why lacks a language"));
            }
            for (b, why) in &f.why_for {
                if !branches.contains(&b.as_str()) {
                    out.push(format!("flag {id}: why_for names unknown branch '{b}'"));
                }
                if !why.is_complete() {
                    out.push(format!("flag {id}: why_for.{b} lacks a language"));
                }
            }
            if f.why_minor.as_ref().is_some_and(|w| !w.is_complete()) {
                out.push(format!("flag {id}: why_minor lacks a language"));
            }
            out.extend(self.cited_problems(&format!("flag {id}"), &f.sources));
            if f.steps.is_empty() {
                out.push(format!("flag {id}: needs at least one next step"));
            }
            out.extend(self.unknown_steps(&format!("flag {id}"), &f.steps));
        }
        out
    }

    fn step_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        for s in &self.steps {
            if !ids.insert(s.id.as_str()) {
                out.push(format!("step {}: duplicate id", s.id));
            }
            if !s.text.is_complete() || s.text_other.as_ref().is_some_and(|t| !t.is_complete()) {
                out.push(format!("step {}: text lacks a language", s.id));
            }
            for c in &s.calls {
                let digits = c.number.strip_prefix('+').unwrap_or("");
                if digits.len() < 8 || !digits.chars().all(|ch| ch.is_ascii_digit()) {
                    out.push(format!(
                        "step {}: call number '{}' must be '+' and digits",
                        s.id, c.number
                    ));
                }
                if !c.label.is_complete() {
                    out.push(format!("step {}: call label lacks a language", s.id));
                }
            }
            out.extend(self.cited_problems(&format!("step {}", s.id), &s.sources));
            // Steps may refer to any question, earlier or not.
            out.extend(self.condition_problems(&format!("step {}", s.id), &s.show_if, None));
        }
        out
    }

    fn unknown_steps(&self, owner: &str, steps: &[String]) -> Vec<String> {
        steps
            .iter()
            .filter(|id| !self.steps.iter().any(|s| &s.id == *id))
            .map(|id| format!("{owner}: unknown step '{id}'"))
            .collect()
    }

    /// Conditions must name a real question (an earlier one when `before` is
    /// given) and real answers of it.
    fn condition_problems(
        &self,
        owner: &str,
        conditions: &[Condition],
        before: Option<usize>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        let pool = &self.questions[..before.unwrap_or(self.questions.len())];
        for c in conditions {
            let Some(target) = pool.iter().find(|q| q.id == c.question) else {
                out.push(format!(
                    "{owner}: condition refers to '{}', which is not an earlier question",
                    c.question
                ));
                continue;
            };
            if c.any_of.is_empty() {
                out.push(format!(
                    "{owner}: condition on '{}' lists no answers",
                    c.question
                ));
            }
            for a in &c.any_of {
                if target.answer(a).is_none() {
                    out.push(format!(
                        "{owner}: condition refers to unknown answer '{}/{a}'",
                        c.question
                    ));
                }
            }
        }
        out
    }

    fn question_problems(&self, index: usize, q: &RiskQuestion) -> Vec<String> {
        let qid = &q.id;
        let mut out = Vec::new();
        if !q.prompt.is_complete() || q.prompt_other.as_ref().is_some_and(|t| !t.is_complete()) {
            out.push(format!("{qid}: prompt lacks a language"));
        }
        out.extend(self.cited_problems(qid, &q.sources));
        out.extend(self.condition_problems(qid, &q.show_if, Some(index)));
        out.extend(kind_problems(q));
        let mut ids = BTreeSet::new();
        for a in &q.answers {
            let aid = &a.id;
            if !ids.insert(aid.as_str()) {
                out.push(format!("{qid}: duplicate answer id '{aid}'"));
            }
            if !a.text.is_complete() || a.text_other.as_ref().is_some_and(|t| !t.is_complete()) {
                out.push(format!("{qid}/{aid}: text lacks a language"));
            }
            if !a.explanation.is_complete() {
                out.push(format!("{qid}/{aid}: explanation lacks a language"));
            }
            for f in &a.flags {
                if self.flag(f).is_none() {
                    out.push(format!("{qid}/{aid}: unknown flag '{f}'"));
                }
            }
            if a.unsure && a.raises_flags() {
                out.push(format!(
                    "{qid}/{aid}: a not-sure answer must not raise flags"
                ));
            }
            // Unknown is not danger, and lawful answers weigh nothing: only
            // a red flag may add to the score, and every red flag does.
            if a.raises_flags() != (a.weight > 0) {
                out.push(format!(
                    "{qid}/{aid}: only red-flag answers weigh, and each weighs more than 0 (weight {})",
                    a.weight
                ));
            }
            if let Some(w) = a.weight_minor {
                if w <= a.weight {
                    out.push(format!(
                        "{qid}/{aid}: weight_minor {w} must be more than weight {}",
                        a.weight
                    ));
                }
            }
        }
        out.extend(unsure_problems(q));
        out.extend(self.hiding_problems(q));
        out
    }

    /// A flag answer must never hide other questions: otherwise picking it
    /// could drop weight elsewhere and lower the level. A critical flag may
    /// (it gives the highest level by itself).
    fn hiding_problems(&self, q: &RiskQuestion) -> Vec<String> {
        let mut out = Vec::new();
        let dependants = self.questions.iter().flat_map(|d| {
            d.show_if
                .iter()
                .filter(|c| c.question == q.id)
                .map(move |c| (d, c))
        });
        for (d, c) in dependants {
            for a in q.answers.iter().filter(|a| a.raises_flags()) {
                let critical = a
                    .flags
                    .iter()
                    .any(|f| self.flag(f).is_some_and(|f| f.critical));
                if !c.any_of.contains(&a.id) && !critical {
                    out.push(format!(
                        "{}/{}: raises a flag but hides '{}'",
                        q.id, a.id, d.id
                    ));
                }
            }
        }
        out
    }
}

fn kind_problems(q: &RiskQuestion) -> Vec<String> {
    let qid = &q.id;
    let ids: Vec<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
    match q.kind {
        Kind::TrueFalse => vec![format!(
            "{qid}: true_false is for quizzes, not the risk check"
        )],
        Kind::YesNoUnsure => {
            let mut out = Vec::new();
            if ids != ["yes", "no", "not_sure"] {
                out.push(format!(
                    "{qid}: yes_no_unsure needs answers yes, no, not_sure (has {ids:?})"
                ));
            }
            if q.answer("not_sure").is_some_and(|a| !a.unsure) {
                out.push(format!("{qid}/not_sure: must be marked unsure"));
            }
            out
        }
        Kind::Single | Kind::Multiple => {
            if q.answers.len() < 2 {
                vec![format!("{qid}: needs at least 2 answers")]
            } else {
                Vec::new()
            }
        }
    }
}

/// A question with a not-sure answer needs a find-out step and vice versa;
/// the not-sure answer has the one label ("not_sure") everywhere.
fn unsure_problems(q: &RiskQuestion) -> Vec<String> {
    let qid = &q.id;
    let mut out = Vec::new();
    let has_unsure = q.answers.iter().any(|a| a.unsure);
    match (&q.find_out, has_unsure) {
        (None, true) => out.push(format!("{qid}: has a not-sure answer but no find_out")),
        (Some(_), false) => out.push(format!("{qid}: has find_out but no not-sure answer")),
        (Some(t), true) if !t.is_complete() => {
            out.push(format!("{qid}: find_out lacks a language"));
        }
        _ => {}
    }
    for a in q.answers.iter().filter(|a| a.unsure) {
        if a.id != "not_sure" {
            out.push(format!(
                "{qid}/{}: a not-sure answer must be 'not_sure'",
                a.id
            ));
        }
    }
    out
}

pub mod cases;

#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;
