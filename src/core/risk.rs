//! The job-offer risk check: content model, scoring and result.
//!
//! The questions, weights, red flags, thresholds and next steps all live in
//! `content/risk-check.json`; this module only applies them. Rules:
//! - the score is the sum of the weights of the answers to the questions
//!   shown now (answers to hidden questions never count);
//! - the level is the highest one whose `min_score` the score reaches,
//!   except that any *critical* flag gives the highest level outright;
//! - "not sure" answers (`unsure: true`) always weigh something and add a
//!   concrete "find out" step from the question.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::lang::{Lang, Text};
use super::quiz::{self, Condition, ContentError, Kind, Progress, QuizError, Responses};

const RISK_JSON: &str = include_str!("../../content/risk-check.json");

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

/// The check as written in `content/risk-check.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskCheck {
    pub title: Text,
    /// One entry per [`Level`], lowest first, thresholds ascending.
    pub levels: Vec<LevelDef>,
    pub questions: Vec<RiskQuestion>,
    pub flags: Vec<Flag>,
    /// Every next step, in the order results list them.
    pub steps: Vec<Step>,
    pub summary: SummaryLabels,
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
pub struct RiskQuestion {
    pub id: String,
    pub kind: Kind,
    pub prompt: Text,
    #[serde(default)]
    pub show_if: Vec<Condition>,
    pub answers: Vec<RiskAnswer>,
    /// What to ask or check when the answer is "not sure".
    #[serde(default)]
    pub find_out: Option<Text>,
    /// Where the facts in the answers' explanations come from.
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskAnswer {
    pub id: String,
    pub text: Text,
    pub weight: u32,
    /// Flag ids this answer raises.
    #[serde(default)]
    pub flags: Vec<String>,
    /// A "not sure" answer: never safe, triggers the question's `find_out`.
    #[serde(default)]
    pub unsure: bool,
    /// Why this answer matters, shown after answering.
    pub explanation: Text,
}

impl RiskAnswer {
    pub fn raises_flags(&self) -> bool {
        !self.flags.is_empty()
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
    pub sources: Vec<String>,
    /// Step ids to suggest when this flag is raised.
    pub steps: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub text: Text,
    /// Offered only when these conditions hold (e.g. the MOFA line only to
    /// someone already abroad).
    #[serde(default)]
    pub show_if: Vec<Condition>,
    pub sources: Vec<String>,
}

/// Headings of the shareable text summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryLabels {
    pub heading: Text,
    pub level: Text,
    pub points: Text,
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

impl RiskQuestion {
    pub fn answer(&self, id: &str) -> Option<&RiskAnswer> {
        self.answers.iter().find(|a| a.id == id)
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
    pub why: Text,
    pub sources: Vec<String>,
    /// Every answer that raised it, in question order.
    pub raised_by: Vec<Cause>,
}

/// Something the user should ask or check, from a "not sure" answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindOut {
    pub question_id: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub id: String,
    pub text: Text,
}

/// The outcome of a check. Owns its text so the UI can keep it in a signal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RiskResult {
    pub level: Level,
    pub level_title: Text,
    pub level_summary: Text,
    pub score: u32,
    /// Critical flags first, then the others, each group in content order.
    pub flags: Vec<RaisedFlag>,
    pub find_out: Vec<FindOut>,
    /// Deduplicated, in the content's step order.
    pub steps: Vec<NextStep>,
    /// Shown questions and how many of them have an answer, so the UI can
    /// say the result is partial.
    pub shown: usize,
    pub answered: usize,
    labels: SummaryLabels,
}

impl RiskResult {
    pub fn has_critical(&self) -> bool {
        self.flags.iter().any(|f| f.critical)
    }

    pub fn is_partial(&self) -> bool {
        self.answered < self.shown
    }

    /// A plain-text summary to send to a trusted adult. It holds only what
    /// the check knows (level, reasons, steps, the 111 line): the check never
    /// asks for a name, so none can leak.
    pub fn share_summary(&self, lang: Lang) -> String {
        let l = &self.labels;
        let mut out = format!(
            "{}\n\n{}: {} ({} {})\n{}\n",
            l.heading.get(lang),
            l.level.get(lang),
            self.level_title.get(lang),
            self.score,
            l.points.get(lang),
            self.level_summary.get(lang),
        );
        out.push_str(&format!("\n{}:\n", l.flags.get(lang)));
        if self.flags.is_empty() {
            out.push_str(&format!("- {}\n", l.no_flags.get(lang)));
        }
        for f in &self.flags {
            out.push_str(&format!("- {}: {}\n", f.title.get(lang), f.why.get(lang)));
        }
        if !self.find_out.is_empty() {
            out.push_str(&format!("\n{}:\n", l.find_out.get(lang)));
            for f in &self.find_out {
                out.push_str(&format!("- {}\n", f.text.get(lang)));
            }
        }
        out.push_str(&format!("\n{}:\n", l.steps.get(lang)));
        for (i, s) in self.steps.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", i + 1, s.text.get(lang)));
        }
        out.push_str(&format!("\n{}\n", l.hotline.get(lang)));
        out
    }
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

    pub fn level_def(&self, level: Level) -> Option<&LevelDef> {
        self.levels.iter().find(|d| d.level == level)
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

    /// "Câu 3/15" for `question`.
    pub fn progress(&self, responses: &Responses, question: &str) -> Option<Progress> {
        quiz::progress(&self.questions, responses, question)
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

    /// Sum of the weights of the chosen answers to shown questions.
    pub fn score(&self, responses: &Responses) -> u32 {
        self.chosen(responses).map(|(_, a)| a.weight).sum()
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
        let def = self.level_def(level);
        let blank = Text {
            vi: String::new(),
            en: String::new(),
        };
        RiskResult {
            level,
            level_title: def.map_or_else(|| blank.clone(), |d| d.title.clone()),
            level_summary: def.map_or_else(|| blank.clone(), |d| d.summary.clone()),
            score,
            find_out: self.find_outs(&effective),
            steps: self.next_steps(level, &flags, &effective),
            shown: shown.len(),
            answered: shown
                .iter()
                .filter(|q| effective.is_answered(&q.id))
                .count(),
            flags,
            labels: self.summary.clone(),
        }
    }

    fn raised_flags(&self, responses: &Responses) -> Vec<RaisedFlag> {
        let mut out: Vec<RaisedFlag> = Vec::new();
        for (q, a) in self.chosen(responses) {
            for fid in &a.flags {
                let Some(flag) = self.flag(fid) else { continue };
                let cause = Cause {
                    question_id: q.id.clone(),
                    answer_id: a.id.clone(),
                    question: q.prompt.clone(),
                    answer: a.text.clone(),
                };
                match out.iter_mut().find(|r| &r.id == fid) {
                    Some(raised) => raised.raised_by.push(cause),
                    None => out.push(RaisedFlag {
                        id: flag.id.clone(),
                        critical: flag.critical,
                        title: flag.title.clone(),
                        why: flag.why.clone(),
                        sources: flag.sources.clone(),
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

    /// Steps of the level and of every raised flag, kept only when their own
    /// condition holds, deduplicated, in content order.
    fn next_steps(
        &self,
        level: Level,
        flags: &[RaisedFlag],
        responses: &Responses,
    ) -> Vec<NextStep> {
        let mut wanted: BTreeSet<&str> = BTreeSet::new();
        if let Some(def) = self.level_def(level) {
            wanted.extend(def.steps.iter().map(String::as_str));
        }
        for raised in flags {
            if let Some(flag) = self.flag(&raised.id) {
                wanted.extend(flag.steps.iter().map(String::as_str));
            }
        }
        self.steps
            .iter()
            .filter(|s| wanted.contains(s.id.as_str()))
            .filter(|s| quiz::conditions_hold(&self.questions, responses, &s.show_if))
            .map(|s| NextStep {
                id: s.id.clone(),
                text: s.text.clone(),
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
        out.extend(self.summary_problems());
        out.extend(self.level_problems());
        out.extend(self.flag_problems());
        out.extend(self.step_problems());
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

    fn summary_problems(&self) -> Vec<String> {
        let s = &self.summary;
        let mut out: Vec<String> = [
            ("heading", &s.heading),
            ("level", &s.level),
            ("points", &s.points),
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

    fn flag_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        for f in &self.flags {
            let id = &f.id;
            if !ids.insert(id.as_str()) {
                out.push(format!("flag {id}: duplicate id"));
            }
            if !f.title.is_complete() || !f.why.is_complete() {
                out.push(format!("flag {id}: title or why lacks a language"));
            }
            if f.sources.is_empty() || f.sources.iter().any(|s| s.trim().is_empty()) {
                out.push(format!("flag {id}: needs sources (none may be blank)"));
            }
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
            if !s.text.is_complete() {
                out.push(format!("step {}: text lacks a language", s.id));
            }
            if s.sources.is_empty() || s.sources.iter().any(|x| x.trim().is_empty()) {
                out.push(format!("step {}: needs sources", s.id));
            }
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
        if !q.prompt.is_complete() {
            out.push(format!("{qid}: prompt lacks a language"));
        }
        if q.sources.is_empty() || q.sources.iter().any(|s| s.trim().is_empty()) {
            out.push(format!("{qid}: needs sources for its explanations"));
        }
        out.extend(self.condition_problems(qid, &q.show_if, Some(index)));
        out.extend(kind_problems(q));
        let mut ids = BTreeSet::new();
        for a in &q.answers {
            let aid = &a.id;
            if !ids.insert(aid.as_str()) {
                out.push(format!("{qid}: duplicate answer id '{aid}'"));
            }
            if !a.text.is_complete() {
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
            if a.unsure && a.weight == 0 {
                out.push(format!(
                    "{qid}/{aid}: a not-sure answer must weigh more than 0"
                ));
            }
            if a.unsure && a.raises_flags() {
                out.push(format!(
                    "{qid}/{aid}: a not-sure answer must not raise flags"
                ));
            }
        }
        out.extend(unsure_problems(q));
        out.extend(monotonic_problems(q));
        out.extend(self.hiding_problems(q));
        out
    }

    /// A flag answer must never hide other questions: otherwise picking it
    /// could drop weight elsewhere and lower the level.
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
                if !c.any_of.contains(&a.id) {
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

/// A question with a not-sure answer needs a find-out step, and a find-out
/// step needs a not-sure answer; "not sure" can never be the safest choice.
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
    let safest = q.answers.iter().map(|a| a.weight).min().unwrap_or(0);
    for a in q.answers.iter().filter(|a| a.unsure) {
        if a.weight <= safest {
            out.push(format!(
                "{qid}/{}: not sure must weigh more than the safest answer",
                a.id
            ));
        }
    }
    out
}

/// An answer that raises a flag must weigh at least as much as every answer
/// that raises none, so choosing a red flag can never lower the score.
fn monotonic_problems(q: &RiskQuestion) -> Vec<String> {
    let heaviest_plain = q
        .answers
        .iter()
        .filter(|a| !a.raises_flags())
        .map(|a| a.weight)
        .max()
        .unwrap_or(0);
    q.answers
        .iter()
        .filter(|a| a.raises_flags() && a.weight < heaviest_plain)
        .map(|a| {
            format!(
                "{}/{}: raises a flag but weighs less ({}) than a plain answer ({heaviest_plain})",
                q.id, a.id, a.weight
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
