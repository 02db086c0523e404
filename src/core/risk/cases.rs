//! The labelled set of real cases (`tests/fixtures/risk-cases.json`) run
//! through the engine: what the host test asserts and what
//! `scripts/dev.sh check-cases` prints.
//!
//! Each case holds the facts a person knew before leaving (from a cited
//! news or official source) and the answers they could give from those
//! facts alone; every question shown and not answered there is answered
//! "not sure".

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Outcome, RiskCheck, RiskResult};
use crate::core::quiz::Responses;

#[derive(Clone, Debug, Deserialize)]
pub struct CaseFile {
    pub cases: Vec<Case>,
    /// Cases the check does not put in their class, with the reason.
    #[serde(default)]
    pub known_misses: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Case {
    pub id: String,
    /// "harm" or "lawful".
    pub label: String,
    pub branch: String,
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// Question id to answer ids.
    pub answers: BTreeMap<String, Vec<String>>,
    /// "danger" or "not_danger".
    pub expected: String,
    #[serde(default)]
    pub sources: Vec<serde_json::Value>,
    /// The date a case joined as part of a held-out set: written from its
    /// sources by someone who had not seen how the engine scores, and run
    /// once before any change to the model (see `docs/risk-cases.md`).
    #[serde(default)]
    pub held_out: Option<String>,
}

/// One case run through the engine.
#[derive(Clone, Debug)]
pub struct Run {
    pub id: String,
    pub harm: bool,
    pub outcome: Outcome,
    /// Flags shown and how many of them are among the case's red flags.
    pub flags: Vec<String>,
    pub real_flags: usize,
    pub matches: bool,
}

/// Answers a case question by question in the order the check asks them:
/// the case's answer where it has one, "not sure" otherwise. Fails on an
/// answer the check would not accept (a hidden question, an unknown id).
pub fn answer(check: &RiskCheck, case: &Case) -> Result<Responses, String> {
    let mut r = Responses::new();
    for qid in case.answers.keys() {
        if check.question(qid).is_none() {
            return Err(format!("{}: no question '{qid}'", case.id));
        }
    }
    let mut current = check.next(&r, None).map(|q| q.id.clone());
    while let Some(qid) = current {
        let q = check.question(&qid).expect("shown questions exist");
        let chosen: Vec<&str> = match case.answers.get(&qid) {
            Some(ids) => ids.iter().map(String::as_str).collect(),
            None => match q.answers.iter().find(|a| a.unsure) {
                Some(a) => vec![a.id.as_str()],
                None => return Err(format!("{}: '{qid}' needs an answer", case.id)),
            },
        };
        check
            .answer(&mut r, &qid, &chosen)
            .map_err(|e| format!("{}: {e}", case.id))?;
        current = check.next(&r, Some(&qid)).map(|q| q.id.clone());
    }
    for qid in case.answers.keys() {
        if !r.is_answered(qid) {
            return Err(format!("{}: '{qid}' is not asked in this case", case.id));
        }
    }
    Ok(r)
}

pub fn run(check: &RiskCheck, case: &Case) -> Result<(Run, RiskResult), String> {
    let responses = answer(check, case)?;
    let result = check.evaluate(&responses);
    let harm = case.label == "harm";
    let flags: Vec<String> = result.flags.iter().map(|f| f.id.clone()).collect();
    let real_flags = flags.iter().filter(|f| case.red_flags.contains(f)).count();
    let danger = result.outcome.is_danger();
    let run = Run {
        id: case.id.clone(),
        harm,
        outcome: result.outcome,
        flags,
        real_flags,
        matches: danger == (case.expected == "danger"),
    };
    Ok((run, result))
}

/// Sensitivity, specificity and the share of shown reasons that are real.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub harm: usize,
    pub harm_caught: usize,
    pub lawful: usize,
    pub lawful_passed: usize,
    pub reasons_shown: usize,
    pub reasons_real: usize,
}

impl Figures {
    pub fn of<'a>(runs: impl IntoIterator<Item = &'a Run>) -> Figures {
        let mut f = Figures::default();
        for r in runs {
            if r.harm {
                f.harm += 1;
                f.harm_caught += usize::from(r.outcome.is_danger());
                f.reasons_shown += r.flags.len();
                f.reasons_real += r.real_flags;
            } else {
                f.lawful += 1;
                f.lawful_passed += usize::from(!r.outcome.is_danger());
            }
        }
        f
    }

    pub fn sensitivity(&self) -> f64 {
        ratio(self.harm_caught, self.harm)
    }

    pub fn specificity(&self) -> f64 {
        ratio(self.lawful_passed, self.lawful)
    }

    /// Among the reasons shown for harm cases, how many are one of the
    /// case's red flags.
    pub fn reasons(&self) -> f64 {
        ratio(self.reasons_real, self.reasons_shown)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
