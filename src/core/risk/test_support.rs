//! Answering the real check in tests: the risk engine's own tests and
//! those of the text laid out from its result (`i18n::check`).

use super::{RiskAnswer, RiskCheck, RiskQuestion};
use crate::core::quiz::Responses;

pub(crate) fn check() -> RiskCheck {
    RiskCheck::builtin().unwrap_or_else(|e| panic!("{e}"))
}

/// The safest answer: no flag, not "not sure" (the first such; all weigh 0).
pub(crate) fn safest(q: &RiskQuestion) -> &RiskAnswer {
    q.answers
        .iter()
        .find(|a| !a.raises_flags() && !a.unsure)
        .unwrap_or_else(|| panic!("{} has no safe answer", q.id))
}

pub(crate) fn is_shown(c: &RiskCheck, r: &Responses, qid: &str) -> bool {
    c.visible(r).iter().any(|q| q.id == qid)
}

/// Answers every shown question in order: `forced` where given (when that
/// question is shown), the safest answer otherwise.
pub(crate) fn fill(c: &RiskCheck, forced: &[(String, String)]) -> Responses {
    let mut r = Responses::new();
    for q in &c.questions {
        if !is_shown(c, &r, &q.id) {
            continue;
        }
        let aid = forced
            .iter()
            .find(|(qid, _)| *qid == q.id)
            .map_or(safest(q).id.as_str(), |(_, a)| a.as_str());
        c.answer(&mut r, &q.id, &[aid]).unwrap();
    }
    r
}

/// Like [`fill`], but "not sure" wherever a question offers it.
pub(crate) fn fill_unsure(c: &RiskCheck, forced: &[(String, String)]) -> Responses {
    let mut r = Responses::new();
    for q in &c.questions {
        if !is_shown(c, &r, &q.id) {
            continue;
        }
        let aid = forced
            .iter()
            .find(|(qid, _)| *qid == q.id)
            .map(|(_, a)| a.as_str())
            .or_else(|| q.answers.iter().find(|a| a.unsure).map(|a| a.id.as_str()))
            .unwrap_or(safest(q).id.as_str());
        c.answer(&mut r, &q.id, &[aid]).unwrap();
    }
    r
}

pub(crate) fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect()
}
