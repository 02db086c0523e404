//! Tests of the risk engine on the real content, and of the validator on
//! broken content.

use super::*;
use proptest::prelude::*;

fn check() -> RiskCheck {
    RiskCheck::builtin().unwrap_or_else(|e| panic!("{e}"))
}

const CRITICAL: [&str; 5] = [
    "document_retention",
    "unofficial_border",
    "fee_or_debt",
    "minor_abroad_alone",
    "keep_secret",
];

/// The safest answer: lowest weight among answers that raise no flag and
/// are not "not sure".
fn safest(q: &RiskQuestion) -> &RiskAnswer {
    q.answers
        .iter()
        .filter(|a| !a.raises_flags() && !a.unsure)
        .min_by_key(|a| a.weight)
        .unwrap_or_else(|| panic!("{} has no safe answer", q.id))
}

fn is_shown(c: &RiskCheck, r: &Responses, qid: &str) -> bool {
    c.visible(r).iter().any(|q| q.id == qid)
}

/// Answers every shown question in order: `forced` where given (when that
/// question is shown), the safest answer otherwise.
fn fill(c: &RiskCheck, forced: &[(String, String)]) -> Responses {
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

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect()
}

/// Answers that make `qid` shown: the first listed answer of each condition,
/// recursively for conditional conditions.
fn enabling(c: &RiskCheck, qid: &str) -> Vec<(String, String)> {
    let q = c.question(qid).unwrap();
    let mut out = Vec::new();
    for cond in &q.show_if {
        out.extend(enabling(c, &cond.question));
        out.push((cond.question.clone(), cond.any_of[0].clone()));
    }
    out
}

fn flag_ids(r: &RiskResult) -> Vec<&str> {
    r.flags.iter().map(|f| f.id.as_str()).collect()
}

fn step_ids(r: &RiskResult) -> Vec<&str> {
    r.steps.iter().map(|s| s.id.as_str()).collect()
}

// --- content ----------------------------------------------------------------

#[test]
fn builtin_content_parses_and_validates() {
    let c = RiskCheck::parse(RISK_JSON).expect("risk-check.json parses");
    assert_eq!(c.problems(), Vec::<String>::new());
    assert!(RiskCheck::builtin().is_ok());
}

#[test]
fn content_has_the_required_critical_flags_and_topics() {
    let c = check();
    for id in CRITICAL {
        let f = c.flag(id).unwrap_or_else(|| panic!("missing flag {id}"));
        assert!(f.critical, "{id} must be critical");
    }
    assert!(c.questions.len() >= 15, "{} questions", c.questions.len());
    for id in [
        "channel",
        "licensed",
        "money_asked",
        "fee_type",
        "travel_costs",
        "documents",
        "contract",
        "visa",
        "pay",
        "job_clear",
        "route",
        "secrecy",
        "age",
        "know_someone",
        "phone_contact",
    ] {
        assert!(c.question(id).is_some(), "missing question {id}");
    }
    // The licence question tells people where to check.
    let licensed = c.question("licensed").unwrap();
    assert!(licensed
        .find_out
        .as_ref()
        .unwrap()
        .vi
        .contains("dolab.gov.vn"));
}

/// Vietnamese sentences must be written with diacritics and differ from the
/// English (catches a copy-paste or a forgotten translation).
#[test]
fn vietnamese_is_real_vietnamese() {
    let c = check();
    let accented = |s: &str| {
        s.chars().any(|ch| {
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
                .contains(ch.to_lowercase().next().unwrap())
        })
    };
    let mut texts: Vec<&Text> = vec![&c.title];
    for q in &c.questions {
        texts.push(&q.prompt);
        texts.extend(q.find_out.iter());
        for a in &q.answers {
            texts.push(&a.text);
            texts.push(&a.explanation);
        }
    }
    for f in &c.flags {
        texts.push(&f.title);
        texts.push(&f.why);
    }
    for s in &c.steps {
        texts.push(&s.text);
    }
    for d in &c.levels {
        texts.push(&d.title);
        texts.push(&d.summary);
    }
    for t in texts {
        // One- or two-word labels ("Cao") may have none; sentences always do.
        if t.vi.split_whitespace().count() >= 3 {
            assert!(accented(&t.vi), "no diacritics: {}", t.vi);
        }
        assert_ne!(t.vi, t.en);
    }
}

#[test]
fn every_flag_and_question_is_sourced_and_every_answer_explained() {
    let c = check();
    for f in &c.flags {
        assert!(!f.sources.is_empty(), "{}", f.id);
        assert!(f
            .sources
            .iter()
            .all(|s| s.contains("http") || s.contains("seed ")));
    }
    for q in &c.questions {
        assert!(!q.sources.is_empty(), "{}", q.id);
        for a in &q.answers {
            assert!(a.explanation.is_complete(), "{}/{}", q.id, a.id);
        }
    }
}

// --- engine properties --------------------------------------------------------

#[test]
fn all_safe_answers_give_the_lowest_level_in_every_context() {
    let c = check();
    // Every combination of the context questions (where, age, job location).
    for where_now in ["in_vietnam", "abroad"] {
        for age in ["under_16", "age_16_17", "age_18_plus"] {
            for loc in ["near_home", "elsewhere_vn", "abroad"] {
                let r = fill(
                    &c,
                    &pairs(&[
                        ("where_now", where_now),
                        ("age", age),
                        ("job_location", loc),
                    ]),
                );
                let res = c.evaluate(&r);
                assert_eq!(
                    res.level,
                    Level::Low,
                    "{where_now}/{age}/{loc}: {}",
                    res.score
                );
                assert!(res.flags.is_empty());
                assert!(res.find_out.is_empty());
                assert!(!res.is_partial());
            }
        }
    }
}

#[test]
fn each_critical_flag_alone_gives_the_highest_level() {
    let c = check();
    let mut seen = BTreeSet::new();
    for q in &c.questions {
        for a in &q.answers {
            for fid in a.flags.iter().filter(|f| c.flag(f).unwrap().critical) {
                let mut forced = enabling(&c, &q.id);
                forced.push((q.id.clone(), a.id.clone()));
                let res = c.evaluate(&fill(&c, &forced));
                assert_eq!(res.level, Level::VeryHigh, "{}/{}", q.id, a.id);
                assert_eq!(flag_ids(&res), [fid.as_str()], "only {fid} is raised");
                let cause = &res.flags[0].raised_by[0];
                assert_eq!(
                    (cause.question_id.as_str(), cause.answer_id.as_str()),
                    (q.id.as_str(), a.id.as_str())
                );
                // Well below the very-high threshold on points: the flag decides.
                assert!(res.score < c.level_def(Level::VeryHigh).unwrap().min_score);
                seen.insert(fid.clone());
            }
        }
    }
    assert_eq!(
        seen.len(),
        CRITICAL.len(),
        "every critical flag is reachable"
    );
}

#[test]
fn each_other_flag_alone_gives_at_least_caution_but_not_the_top() {
    let c = check();
    for q in &c.questions {
        for a in q.answers.iter().filter(|a| a.raises_flags()) {
            if a.flags.iter().any(|f| c.flag(f).unwrap().critical) {
                continue;
            }
            let mut forced = enabling(&c, &q.id);
            forced.push((q.id.clone(), a.id.clone()));
            let res = c.evaluate(&fill(&c, &forced));
            assert!(
                (Level::Caution..=Level::High).contains(&res.level),
                "{}/{}: {:?}",
                q.id,
                a.id,
                res.level
            );
            assert!(!res.has_critical());
        }
    }
}

#[test]
fn not_sure_is_never_safe_and_brings_its_find_out_step() {
    let c = check();
    for q in &c.questions {
        for a in q.answers.iter().filter(|a| a.unsure) {
            let mut forced = enabling(&c, &q.id);
            let safe_res = c.evaluate(&fill(&c, &forced));
            forced.push((q.id.clone(), a.id.clone()));
            let res = c.evaluate(&fill(&c, &forced));
            assert!(
                res.score > safe_res.score,
                "{}/{} scored as safe",
                q.id,
                a.id
            );
            assert!(
                res.find_out.iter().any(|f| f.question_id == q.id),
                "{}/{} has no find-out step",
                q.id,
                a.id
            );
        }
    }
}

#[test]
fn level_thresholds_come_from_content() {
    let c = check();
    for pair in c.levels.windows(2) {
        let (lo, hi) = (&pair[0], &pair[1]);
        assert_eq!(c.level_for(hi.min_score - 1, false), lo.level);
        assert_eq!(c.level_for(hi.min_score, false), hi.level);
    }
    assert_eq!(c.level_for(0, false), Level::Low);
    assert_eq!(c.level_for(0, true), Level::VeryHigh);
    assert_eq!(c.level_for(u32::MAX, false), Level::VeryHigh);
}

/// Random answer sets: one index per question, applied to every question
/// (hidden ones too, which scoring must ignore).
fn responses_from(c: &RiskCheck, picks: &[usize]) -> Responses {
    let mut r = Responses::new();
    for (q, &p) in c.questions.iter().zip(picks) {
        r.insert_unchecked(&q.id, &[q.answers[p % q.answers.len()].id.as_str()]);
    }
    r
}

proptest! {
    #[test]
    fn adding_a_red_flag_answer_never_lowers_the_level(
        picks in proptest::collection::vec(0usize..16, 22),
        which in 0usize..1000,
        flag_pick in 0usize..16,
    ) {
        let c = check();
        let before_r = responses_from(&c, &picks);
        let before = c.evaluate(&before_r);
        // Shown questions whose current answer raises no flag but that offer one.
        let candidates: Vec<&RiskQuestion> = c
            .visible(&before_r)
            .into_iter()
            .filter(|q| q.answers.iter().any(RiskAnswer::raises_flags))
            .filter(|q| {
                let chosen = before_r.get(&q.id).unwrap_or(&[]);
                !q.answers.iter().any(|a| chosen.contains(&a.id) && a.raises_flags())
            })
            .collect();
        prop_assume!(!candidates.is_empty());
        let q = candidates[which % candidates.len()];
        let flagged: Vec<&RiskAnswer> = q.answers.iter().filter(|a| a.raises_flags()).collect();
        let a = flagged[flag_pick % flagged.len()];
        let mut after_r = before_r.clone();
        after_r.insert_unchecked(&q.id, &[a.id.as_str()]);
        let after = c.evaluate(&after_r);
        prop_assert!(after.level >= before.level, "{}/{}: {:?} -> {:?}", q.id, a.id, before.level, after.level);
        prop_assert!(after.score >= before.score);
        for f in &before.flags {
            prop_assert!(after.flags.iter().any(|g| g.id == f.id), "lost flag {}", f.id);
        }
        for f in &a.flags {
            prop_assert!(after.flags.iter().any(|g| &g.id == f));
        }
    }

    #[test]
    fn results_are_deterministic_and_ignore_hidden_answers(
        picks in proptest::collection::vec(0usize..16, 22),
    ) {
        let c = check();
        let r = responses_from(&c, &picks);
        let first = c.evaluate(&r);
        prop_assert_eq!(&first, &c.evaluate(&r));
        // Through JSON (as the UI stores it) and back.
        let stored: Responses = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(&first, &c.evaluate(&stored));
        // Only the shown questions' answers matter.
        prop_assert_eq!(&first, &c.evaluate(&quiz::effective(&c.questions, &r)));
        // Steps and flags are unique.
        let steps = step_ids(&first);
        prop_assert_eq!(steps.len(), steps.iter().collect::<BTreeSet<_>>().len());
        let flags = flag_ids(&first);
        prop_assert_eq!(flags.len(), flags.iter().collect::<BTreeSet<_>>().len());
        // Critical flags come first.
        let first_plain = first.flags.iter().position(|f| !f.critical).unwrap_or(first.flags.len());
        prop_assert!(first.flags[first_plain..].iter().all(|f| !f.critical));
    }
}

// --- conditional questions --------------------------------------------------------

#[test]
fn visa_question_appears_only_when_the_job_is_abroad() {
    let c = check();
    let loc = c.question("job_location").unwrap();
    for a in &loc.answers {
        let r = fill(&c, &pairs(&[("job_location", &a.id)]));
        assert_eq!(
            is_shown(&c, &r, "visa"),
            a.id == "abroad",
            "job_location={}",
            a.id
        );
        assert_eq!(is_shown(&c, &r, "licensed"), a.id == "abroad");
    }
    let r = Responses::new();
    assert!(
        !is_shown(&c, &r, "visa"),
        "hidden before the location is known"
    );
}

#[test]
fn fee_question_appears_only_when_money_was_asked() {
    let c = check();
    for (answer, shown) in [("yes", true), ("no", false), ("not_sure", false)] {
        let r = fill(&c, &pairs(&[("money_asked", answer)]));
        assert_eq!(is_shown(&c, &r, "fee_type"), shown, "money_asked={answer}");
    }
}

#[test]
fn travel_companion_question_is_for_minors_going_abroad() {
    let c = check();
    for (age, loc, shown) in [
        ("under_16", "abroad", true),
        ("age_16_17", "abroad", true),
        ("age_18_plus", "abroad", false),
        ("under_16", "elsewhere_vn", false),
    ] {
        let r = fill(&c, &pairs(&[("age", age), ("job_location", loc)]));
        assert_eq!(is_shown(&c, &r, "travel_with"), shown, "{age}/{loc}");
    }
}

#[test]
fn changing_an_earlier_answer_hides_dependants_and_drops_them_from_scoring() {
    let c = check();
    let mut r = fill(
        &c,
        &pairs(&[
            ("age", "under_16"),
            ("job_location", "abroad"),
            ("visa", "tourist_visa"),
            ("travel_with", "alone"),
            ("money_asked", "yes"),
            ("fee_type", "deposit"),
        ]),
    );
    let abroad = c.evaluate(&r);
    assert!(flag_ids(&abroad).contains(&"wrong_visa"));
    assert!(flag_ids(&abroad).contains(&"minor_abroad_alone"));
    let p = c.progress(&r, "visa").unwrap();
    assert_eq!(p.total, c.visible(&r).len());

    // The job turns out to be near home: visa, licence and companion go.
    c.answer(&mut r, "job_location", &["near_home"]).unwrap();
    for gone in ["visa", "licensed", "destination", "travel_with", "route"] {
        assert!(!is_shown(&c, &r, gone), "{gone} still shown");
        assert!(!r.is_answered(gone), "{gone} still answered");
    }
    let home = c.evaluate(&r);
    assert!(!flag_ids(&home).contains(&"wrong_visa"));
    assert!(!flag_ids(&home).contains(&"minor_abroad_alone"));
    assert!(home.score < abroad.score);
    // The fee answer did not depend on the location and still counts.
    assert!(flag_ids(&home).contains(&"fee_or_debt"));

    // No money asked after all: the fee answer goes too.
    c.answer(&mut r, "money_asked", &["no"]).unwrap();
    assert!(!r.is_answered("fee_type"));
    assert!(c.evaluate(&r).flags.is_empty());
}

#[test]
fn stale_answers_stored_raw_do_not_count() {
    let c = check();
    let mut r = fill(&c, &pairs(&[("job_location", "near_home")]));
    r.insert_unchecked("visa", &["no_papers"]);
    r.insert_unchecked("fee_type", &["loan"]);
    let res = c.evaluate(&r);
    assert_eq!(res.level, Level::Low);
    assert!(res.flags.is_empty());
}

#[test]
fn answering_a_hidden_question_is_refused() {
    let c = check();
    let mut r = Responses::new();
    assert_eq!(
        c.answer(&mut r, "visa", &["work_visa"]),
        Err(QuizError::Hidden("visa".into()))
    );
}

// --- result --------------------------------------------------------------------

#[test]
fn steps_fit_the_flags_and_where_the_user_is() {
    let c = check();
    let home = c.evaluate(&fill(
        &c,
        &pairs(&[
            ("where_now", "in_vietnam"),
            ("documents", "yes"),
            ("money_asked", "yes"),
            ("fee_type", "deposit"),
        ]),
    ));
    let ids = step_ids(&home);
    for want in [
        "dont_hand_documents",
        "dont_pay",
        "tell_adult",
        "call_111",
        "call_113",
    ] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
    assert!(
        !ids.contains(&"call_mofa"),
        "MOFA line is for people abroad"
    );
    // Ordered as in the content.
    let order: Vec<usize> = ids
        .iter()
        .map(|id| c.steps.iter().position(|s| s.id == *id).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{ids:?}");

    let away = c.evaluate(&fill(
        &c,
        &pairs(&[("where_now", "abroad"), ("documents", "yes")]),
    ));
    let ids = step_ids(&away);
    assert_eq!(ids.first(), Some(&"call_mofa"));
    assert!(
        ids.contains(&"call_111"),
        "family at home can still call 111"
    );
    assert!(!ids.contains(&"call_113"));
    let mofa = &away.steps[0].text;
    assert!(mofa.vi.contains("+84 981 84 84 84") && mofa.en.contains("+84 981 84 84 84"));

    // The licence check is offered for jobs abroad, not for a job near home.
    let near = c.evaluate(&fill(&c, &pairs(&[("job_location", "near_home")])));
    assert!(!step_ids(&near).contains(&"check_license"));
    let abroad = c.evaluate(&fill(&c, &pairs(&[("job_location", "abroad")])));
    assert!(step_ids(&abroad).contains(&"check_license"));
}

#[test]
fn a_flag_lists_every_answer_that_raised_it() {
    let c = check();
    let r = fill(
        &c,
        &pairs(&[
            ("job_location", "abroad"),
            ("visa", "no_papers"),
            ("route", "trails"),
        ]),
    );
    let res = c.evaluate(&r);
    let border = res
        .flags
        .iter()
        .find(|f| f.id == "unofficial_border")
        .unwrap();
    let causes: Vec<(&str, &str)> = border
        .raised_by
        .iter()
        .map(|c| (c.question_id.as_str(), c.answer_id.as_str()))
        .collect();
    assert_eq!(causes, [("visa", "no_papers"), ("route", "trails")]);
    assert!(border.why.is_complete() && !border.sources.is_empty());
}

#[test]
fn share_summary_holds_level_reasons_steps_and_111_in_both_languages() {
    let c = check();
    let r = fill(
        &c,
        &pairs(&[
            ("channel", "stranger_online"),
            ("secrecy", "yes"),
            ("pay", "not_told"),
        ]),
    );
    let res = c.evaluate(&r);
    for lang in Lang::ALL {
        let s = res.share_summary(lang);
        assert!(s.contains("111"), "{s}");
        assert!(s.contains(res.level_title.get(lang)));
        for f in &res.flags {
            assert!(s.contains(f.title.get(lang)));
            assert!(s.contains(f.why.get(lang)));
        }
        for step in &res.steps {
            assert!(s.contains(step.text.get(lang)));
        }
        assert!(s.contains(res.find_out[0].text.get(lang)));
        assert!(s.contains(&format!("1. {}", res.steps[0].text.get(lang))));
        // The summary repeats no question or answer text: only the result.
        for q in &c.questions {
            assert!(!s.contains(q.prompt.get(lang)), "{}", q.id);
        }
    }
    // The critical flag comes first, whatever the question order.
    assert_eq!(res.flags[0].id, "keep_secret");
}

#[test]
fn summary_says_so_when_there_are_no_flags() {
    let c = check();
    let res = c.evaluate(&fill(&c, &[]));
    let s = res.share_summary(Lang::Vi);
    assert!(s.contains(&c.summary.no_flags.vi));
    assert!(s.contains("111"));
}

#[test]
fn partial_answers_give_a_partial_result() {
    let c = check();
    let mut r = Responses::new();
    c.answer(&mut r, "where_now", &["in_vietnam"]).unwrap();
    let res = c.evaluate(&r);
    assert!(res.is_partial());
    assert_eq!(res.answered, 1);
    assert_eq!(res.level, Level::Low);
    assert_eq!(
        c.next(&r, Some("where_now")).map(|q| q.id.as_str()),
        Some("age")
    );
    assert_eq!(
        c.previous(&r, "age").map(|q| q.id.as_str()),
        Some("where_now")
    );
    assert!(!c.is_complete(&r));
}

// --- validator -----------------------------------------------------------------

fn has(problems: &[String], needle: &str) -> bool {
    problems.iter().any(|p| p.contains(needle))
}

#[test]
fn validator_catches_broken_levels() {
    let mut c = check();
    c.levels[2].min_score = c.levels[1].min_score;
    assert!(
        has(&c.problems(), "thresholds must ascend"),
        "{:?}",
        c.problems()
    );
    let mut c = check();
    c.levels.swap(0, 1);
    assert!(has(&c.problems(), "levels must be exactly"));
    let mut c = check();
    c.levels[0].min_score = 1;
    assert!(has(&c.problems(), "start at score 0"));
    let mut c = check();
    c.levels[0].steps.push("nope".into());
    assert!(has(&c.problems(), "level low: unknown step 'nope'"));
}

#[test]
fn validator_catches_broken_flags_and_steps() {
    let mut c = check();
    c.flags[0].sources.clear();
    c.flags[1].why.vi.clear();
    c.flags[2].steps = vec!["missing_step".into()];
    c.steps[0].sources = vec![" ".into()];
    c.steps[1].text.en.clear();
    let p = c.problems();
    assert!(
        has(&p, &format!("flag {}: needs sources", c.flags[0].id)),
        "{p:?}"
    );
    assert!(has(
        &p,
        &format!("flag {}: title or why lacks a language", c.flags[1].id)
    ));
    assert!(has(&p, "unknown step 'missing_step'"));
    assert!(has(&p, &format!("step {}: needs sources", c.steps[0].id)));
    assert!(has(
        &p,
        &format!("step {}: text lacks a language", c.steps[1].id)
    ));

    let mut c = check();
    c.flags.push(c.flags[0].clone());
    assert!(has(&c.problems(), "duplicate id"));
    let mut c = check();
    let mut orphan = c.flags[0].clone();
    orphan.id = "orphan".into();
    c.flags.push(orphan);
    assert!(has(&c.problems(), "flag orphan: no answer raises it"));
}

#[test]
fn validator_catches_broken_questions() {
    let base = check();
    let idx = |id: &str| base.questions.iter().position(|q| q.id == id).unwrap();

    let mut c = base.clone();
    c.questions[idx("visa")].show_if[0].question = "rush".into(); // a later question
    assert!(has(
        &c.problems(),
        "visa: condition refers to 'rush', which is not an earlier"
    ));

    let mut c = base.clone();
    c.questions[idx("visa")].show_if[0].any_of = vec!["mars".into()];
    assert!(has(&c.problems(), "unknown answer 'job_location/mars'"));

    let mut c = base.clone();
    c.questions[idx("pay")].answers[2]
        .flags
        .push("no_such_flag".into());
    assert!(has(
        &c.problems(),
        "pay/far_higher: unknown flag 'no_such_flag'"
    ));

    let mut c = base.clone();
    let q = &mut c.questions[idx("pay")];
    q.answers.iter_mut().find(|a| a.unsure).unwrap().weight = 0;
    assert!(has(
        &c.problems(),
        "pay/not_told: a not-sure answer must weigh more than 0"
    ));

    let mut c = base.clone();
    c.questions[idx("pay")].find_out = None;
    assert!(has(
        &c.problems(),
        "pay: has a not-sure answer but no find_out"
    ));

    let mut c = base.clone();
    c.questions[idx("pay")].answers[2].weight = 0; // far_higher lighter than a_bit_higher
    assert!(has(
        &c.problems(),
        "pay/far_higher: raises a flag but weighs less"
    ));

    // A flag answer on a question others depend on must not hide them.
    let mut c = base.clone();
    let loc = &mut c.questions[idx("job_location")];
    loc.answers[0].flags.push("rushed".into());
    loc.answers[0].weight = 5;
    assert!(has(
        &c.problems(),
        "job_location/near_home: raises a flag but hides 'visa'"
    ));

    let mut c = base.clone();
    c.questions[idx("documents")].answers.swap(0, 1);
    assert!(has(
        &c.problems(),
        "documents: yes_no_unsure needs answers yes, no, not_sure"
    ));

    let mut c = base.clone();
    c.questions[idx("age")].answers[1].id = "under_16".into();
    c.questions[idx("secrecy")].id = "age".into();
    let p = c.problems();
    assert!(has(&p, "age: duplicate answer id 'under_16'"));
    assert!(has(&p, "age: duplicate question id"));

    let mut c = base.clone();
    c.questions[idx("channel")].answers[0].explanation.en = " ".into();
    c.questions[idx("channel")].prompt.vi.clear();
    c.questions[idx("channel")].sources.clear();
    let p = c.problems();
    assert!(has(
        &p,
        "channel/stranger_online: explanation lacks a language"
    ));
    assert!(has(&p, "channel: prompt lacks a language"));
    assert!(has(&p, "channel: needs sources"));

    let mut c = base.clone();
    c.questions[idx("channel")].kind = Kind::TrueFalse;
    assert!(has(&c.problems(), "channel: true_false is for quizzes"));
}

#[test]
fn loader_refuses_schema_errors_and_invalid_content() {
    // A field typo is refused rather than ignored.
    let typo = RISK_JSON.replacen("\"min_score\"", "\"minscore\"", 1);
    assert!(matches!(
        RiskCheck::from_json(&typo),
        Err(ContentError::Json(_))
    ));
    // A missing language fails to parse.
    let no_en = RISK_JSON.replacen(",\n    \"en\": \"Check a job offer\"", "", 1);
    assert_ne!(no_en, RISK_JSON);
    assert!(matches!(
        RiskCheck::from_json(&no_en),
        Err(ContentError::Json(_))
    ));
    // Parses, but the thresholds are out of order.
    let mut c = check();
    c.levels[3].min_score = 1;
    let json = serde_json::to_string(&c).unwrap();
    match RiskCheck::from_json(&json) {
        Err(ContentError::Invalid(p)) => assert!(has(&p, "thresholds must ascend")),
        other => panic!("expected Invalid, got {other:?}"),
    }
}
