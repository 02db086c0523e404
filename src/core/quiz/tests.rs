//! Tests of the flow, the packs (including every file in content/quiz/),
//! shuffling and timing.

use super::*;
use crate::core::lang::Text;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

fn t(s: &str) -> Text {
    Text {
        vi: format!("{s} (vi)"),
        en: s.to_string(),
    }
}

fn ans(id: &str, correct: bool) -> PackAnswer {
    PackAnswer {
        id: id.to_string(),
        text: t(id),
        correct,
    }
}

fn pq(id: &str, kind: Kind, answers: Vec<PackAnswer>) -> PackQuestion {
    PackQuestion {
        id: id.to_string(),
        kind,
        prompt: t("prompt"),
        answers,
        explanation: t("because"),
        sources: vec![src("Publisher", Some("9/4/2025"))],
    }
}

fn src(publisher: &str, date: Option<&str>) -> Source {
    Source {
        publisher: t(publisher),
        date: date.map(str::to_string),
        url: "https://www.example.org/a/b?c".to_string(),
        note: String::new(),
    }
}

fn sample_pack() -> Pack {
    Pack {
        id: "sample".to_string(),
        title: t("title"),
        description: t("description"),
        seconds_per_question: 30,
        content_note: None,
        questions: vec![
            pq(
                "s1",
                Kind::Single,
                vec![
                    ans("a", false),
                    ans("b", true),
                    ans("c", false),
                    ans("d", false),
                ],
            ),
            pq(
                "m1",
                Kind::Multiple,
                vec![
                    ans("a", true),
                    ans("b", false),
                    ans("c", true),
                    ans("d", false),
                ],
            ),
            pq(
                "tf1",
                Kind::TrueFalse,
                vec![ans("true", false), ans("false", true)],
            ),
            pq(
                "s2",
                Kind::Single,
                vec![ans("x", true), ans("y", false), ans("z", false)],
            ),
            pq(
                "m2",
                Kind::Multiple,
                vec![ans("p", true), ans("q", true), ans("r", true)],
            ),
            pq(
                "tf2",
                Kind::TrueFalse,
                vec![ans("true", true), ans("false", false)],
            ),
        ],
    }
}

/// Every pack file shipped in `content/quiz/`, read at test time so a new
/// file is checked without touching this code; at least the packs the app
/// lists (`progress::PACK_IDS`), so a lost folder or file fails here.
fn pack_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/quiz");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        // The teacher's guide sits with the packs (a link to /quiz/guide
        // fetches it early, as a pack's would be); it is tested in
        // `classroom`.
        .filter(|p| p.file_name().is_some_and(|n| n != "guide.json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let json = std::fs::read_to_string(&p).unwrap();
            (name, json)
        })
        .collect();
    files.sort();
    for id in crate::core::progress::PACK_IDS {
        let name = format!("{id}.json");
        assert!(
            files.iter().any(|(f, _)| *f == name),
            "content/quiz/{name} not found"
        );
    }
    files
}

// --- flow -------------------------------------------------------------

struct Q {
    id: &'static str,
    kind: Kind,
    answers: &'static [&'static str],
    show_if: Vec<Condition>,
}

impl Question for Q {
    fn id(&self) -> &str {
        self.id
    }
    fn kind(&self) -> Kind {
        self.kind
    }
    fn answer_ids(&self) -> Vec<&str> {
        self.answers.to_vec()
    }
    fn show_if(&self) -> &[Condition] {
        &self.show_if
    }
}

fn cond(question: &str, any_of: &[&str]) -> Condition {
    Condition {
        question: question.to_string(),
        any_of: any_of.iter().map(|s| s.to_string()).collect(),
    }
}

/// where → visa (only abroad) → escort (only when visa is tourist);
/// money → fee (only when money was asked).
fn flow() -> Vec<Q> {
    vec![
        Q {
            id: "where",
            kind: Kind::Single,
            answers: &["home", "abroad"],
            show_if: vec![],
        },
        Q {
            id: "visa",
            kind: Kind::Single,
            answers: &["work", "tourist"],
            show_if: vec![cond("where", &["abroad"])],
        },
        Q {
            id: "escort",
            kind: Kind::YesNoUnsure,
            answers: &["yes", "no", "not_sure"],
            show_if: vec![cond("visa", &["tourist"])],
        },
        Q {
            id: "money",
            kind: Kind::YesNoUnsure,
            answers: &["yes", "no", "not_sure"],
            show_if: vec![],
        },
        Q {
            id: "fee",
            kind: Kind::Multiple,
            answers: &["deposit", "ticket", "loan"],
            show_if: vec![cond("money", &["yes"])],
        },
    ]
}

fn ids<Q: Question>(qs: &[&Q]) -> Vec<String> {
    qs.iter().map(|q| q.id().to_string()).collect()
}

#[test]
fn conditional_questions_appear_only_when_their_condition_holds() {
    let qs = flow();
    let mut r = Responses::new();
    assert_eq!(ids(&visible(&qs, &r)), ["where", "money"]);
    answer(&qs, &mut r, "where", &["abroad"]).unwrap();
    assert_eq!(ids(&visible(&qs, &r)), ["where", "visa", "money"]);
    answer(&qs, &mut r, "visa", &["tourist"]).unwrap();
    answer(&qs, &mut r, "money", &["yes"]).unwrap();
    assert_eq!(
        ids(&visible(&qs, &r)),
        ["where", "visa", "escort", "money", "fee"]
    );
}

#[test]
fn changing_an_earlier_answer_drops_hidden_answers_transitively() {
    let qs = flow();
    let mut r = Responses::new();
    answer(&qs, &mut r, "where", &["abroad"]).unwrap();
    answer(&qs, &mut r, "visa", &["tourist"]).unwrap();
    answer(&qs, &mut r, "escort", &["yes"]).unwrap();
    answer(&qs, &mut r, "money", &["no"]).unwrap();
    // Going home hides visa, and with it escort (which depends on visa).
    answer(&qs, &mut r, "where", &["home"]).unwrap();
    assert!(!r.is_answered("visa"));
    assert!(!r.is_answered("escort"));
    assert!(r.is_answered("money"));
    // Going abroad again shows visa unanswered; escort stays hidden.
    answer(&qs, &mut r, "where", &["abroad"]).unwrap();
    assert_eq!(ids(&visible(&qs, &r)), ["where", "visa", "money"]);
    assert_eq!(first_unanswered(&qs, &r).map(|q| q.id), Some("visa"));
}

#[test]
fn effective_ignores_stale_answers_even_when_stored_raw() {
    let qs = flow();
    let mut r = Responses::new();
    r.insert_unchecked("where", &["home"]);
    r.insert_unchecked("visa", &["tourist"]);
    r.insert_unchecked("fee", &["loan"]);
    let e = effective(&qs, &r);
    assert!(e.is_answered("where"));
    assert!(!e.is_answered("visa"));
    assert!(!e.is_answered("fee"));
}

#[test]
fn answering_checks_the_selection() {
    let qs = flow();
    let mut r = Responses::new();
    assert_eq!(
        answer(&qs, &mut r, "visa", &["work"]),
        Err(QuizError::Hidden("visa".into()))
    );
    assert_eq!(
        answer(&qs, &mut r, "nope", &["x"]),
        Err(QuizError::UnknownQuestion("nope".into()))
    );
    assert!(matches!(
        answer(&qs, &mut r, "where", &["mars"]),
        Err(QuizError::UnknownAnswer { .. })
    ));
    assert!(matches!(
        answer(&qs, &mut r, "where", &["home", "abroad"]),
        Err(QuizError::WrongCount { got: 2, .. })
    ));
    assert!(matches!(
        answer(&qs, &mut r, "where", &[]),
        Err(QuizError::WrongCount { got: 0, .. })
    ));
    answer(&qs, &mut r, "money", &["yes"]).unwrap();
    assert!(matches!(
        answer(&qs, &mut r, "fee", &["loan", "loan"]),
        Err(QuizError::DuplicateAnswer { .. })
    ));
    answer(&qs, &mut r, "fee", &["loan", "deposit"]).unwrap();
    assert_eq!(r.get("fee").unwrap(), ["deposit", "loan"]);
    assert!(!r.is_empty() && r.len() == 2);
}

#[test]
fn progress_and_navigation_follow_the_visible_questions() {
    let qs = flow();
    let mut r = Responses::new();
    assert_eq!(
        progress(&qs, &r, "money"),
        Some(Progress {
            number: 2,
            total: 2,
            answered: 0
        })
    );
    assert_eq!(progress(&qs, &r, "visa"), None);
    answer(&qs, &mut r, "where", &["abroad"]).unwrap();
    assert_eq!(progress(&qs, &r, "money").unwrap().number, 3);
    assert_eq!(progress(&qs, &r, "money").unwrap().answered, 1);
    assert_eq!(next(&qs, &r, None).map(|q| q.id), Some("where"));
    assert_eq!(next(&qs, &r, Some("where")).map(|q| q.id), Some("visa"));
    assert_eq!(next(&qs, &r, Some("money")).map(|q| q.id), None);
    assert_eq!(previous(&qs, &r, "money").map(|q| q.id), Some("visa"));
    assert_eq!(previous(&qs, &r, "where").map(|q| q.id), None);
    assert!(!is_complete(&qs, &r));
    answer(&qs, &mut r, "visa", &["work"]).unwrap();
    answer(&qs, &mut r, "money", &["no"]).unwrap();
    assert!(is_complete(&qs, &r));
}

#[test]
fn a_condition_on_a_later_question_never_shows() {
    let qs = vec![
        Q {
            id: "early",
            kind: Kind::Single,
            answers: &["a"],
            show_if: vec![cond("late", &["a"])],
        },
        Q {
            id: "late",
            kind: Kind::Single,
            answers: &["a"],
            show_if: vec![],
        },
    ];
    let mut r = Responses::new();
    r.insert_unchecked("late", &["a"]);
    assert_eq!(ids(&visible(&qs, &r)), ["late"]);
}

// --- prng ---------------------------------------------------------------

#[test]
fn splitmix_is_deterministic_and_matches_reference_values() {
    // Reference outputs of SplitMix64 seeded with 0 (as in Vigna's C code).
    let mut rng = SplitMix64::new(0);
    assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    let a: Vec<u64> = {
        let mut r = SplitMix64::new(42);
        (0..5).map(|_| r.next_u64()).collect()
    };
    let b: Vec<u64> = {
        let mut r = SplitMix64::new(42);
        (0..5).map(|_| r.next_u64()).collect()
    };
    assert_eq!(a, b);
}

#[test]
fn below_stays_in_range_and_shuffle_is_a_permutation() {
    let mut rng = SplitMix64::new(7);
    assert_eq!(rng.below(0), 0);
    let mut counts = [0usize; 5];
    for _ in 0..5000 {
        let n = rng.below(5);
        counts[n] += 1;
    }
    // Roughly uniform: each bucket within 20% of 1000.
    assert!(
        counts.iter().all(|&c| (800..1200).contains(&c)),
        "{counts:?}"
    );
    let mut v: Vec<u32> = (0..20).collect();
    rng.shuffle(&mut v);
    let mut sorted = v.clone();
    sorted.sort();
    assert_eq!(sorted, (0..20).collect::<Vec<_>>());
    assert_ne!(v, sorted, "20 items should move under a real shuffle");
}

// --- scoring ------------------------------------------------------------

#[test]
fn scoring_rules_per_kind() {
    let p = sample_pack();
    let single = p.question("s1").unwrap();
    assert!(single.is_correct(&["b"]));
    assert!(!single.is_correct(&["a"]));
    assert!(!single.is_correct(&["a", "b"]));
    assert!(!single.is_correct::<&str>(&[]));
    let multi = p.question("m1").unwrap();
    assert!(multi.is_correct(&["c", "a"]));
    assert!(!multi.is_correct(&["a"]), "a subset is not enough");
    assert!(
        !multi.is_correct(&["a", "b", "c"]),
        "an extra wrong one fails"
    );
    let tf = p.question("tf1").unwrap();
    assert!(tf.is_correct(&["false"]));
    assert!(!tf.is_correct(&["true"]));
}

#[test]
fn shuffling_never_moves_the_key_over_1000_seeds() {
    let mut packs = vec![sample_pack()];
    packs.extend(
        pack_files()
            .iter()
            .map(|(name, json)| Pack::parse(json).unwrap_or_else(|e| panic!("{name}: {e}"))),
    );
    for pack in &packs {
        let mut first_ids = HashSet::new();
        for seed in 0..1000u64 {
            let mut attempt = Attempt::new(pack, seed, Mode::Practice, 0);
            assert_eq!(attempt.len(), pack.questions.len());
            let mut seen = HashSet::new();
            for pos in 0..attempt.len() {
                let shown = attempt.current(pack).unwrap();
                assert_eq!(shown.number, pos + 1);
                let q = shown.question;
                assert!(seen.insert(q.id.clone()), "question shown twice");
                if pos == 0 {
                    first_ids.insert(q.id.clone());
                }
                // The key, taken from the unshuffled content.
                let key: BTreeSet<&str> = pack
                    .questions
                    .iter()
                    .find(|o| o.id == q.id)
                    .unwrap()
                    .answers
                    .iter()
                    .filter(|a| a.correct)
                    .map(|a| a.id.as_str())
                    .collect();
                // The shown answers are a permutation of the content's.
                let mut shown_ids: Vec<&str> =
                    shown.answers.iter().map(|a| a.id.as_str()).collect();
                shown_ids.sort_unstable();
                let mut all: Vec<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
                all.sort_unstable();
                assert_eq!(shown_ids, all);
                // "Tap" the screen positions where the key sits, then
                // read the ids back from those positions.
                let positions: Vec<usize> = (0..shown.answers.len())
                    .filter(|&i| key.contains(shown.answers[i].id.as_str()))
                    .collect();
                let tapped: Vec<&str> = positions
                    .iter()
                    .map(|&i| shown.answers[i].id.as_str())
                    .collect();
                // A wrong pick: the first shown answer not in the key, if any.
                let wrong = shown.answers.iter().find(|a| !key.contains(a.id.as_str()));
                if let Some(w) = wrong {
                    assert!(!q.is_correct(&[w.id.as_str()]));
                }
                let result = attempt.submit(pack, &tapped, 0).unwrap();
                assert!(result.correct, "seed {seed}: {} marked wrong", q.id);
            }
            assert!(attempt.is_finished());
            assert_eq!(attempt.score().correct, pack.questions.len());
        }
        if pack.questions.len() > 2 {
            assert!(
                first_ids.len() > 1,
                "{}: question order never changes",
                pack.id
            );
        }
    }
}

#[test]
fn answers_are_shuffled_but_true_false_keeps_its_order() {
    let pack = sample_pack();
    let mut first_answer_of_s1 = HashSet::new();
    for seed in 0..200 {
        let attempt = Attempt::new(&pack, seed, Mode::Practice, 0);
        for pos in 0..attempt.len() {
            let shown = attempt.shown(&pack, pos).unwrap();
            match shown.question.id.as_str() {
                "s1" => {
                    first_answer_of_s1.insert(shown.answers[0].id.clone());
                }
                "tf1" | "tf2" => {
                    assert_eq!(shown.answers[0].id, "true");
                    assert_eq!(shown.answers[1].id, "false");
                }
                _ => {}
            }
        }
    }
    assert_eq!(first_answer_of_s1.len(), 4);
}

#[test]
fn same_seed_same_order_and_attempt_refuses_other_packs() {
    let pack = sample_pack();
    let a = Attempt::new(&pack, 99, Mode::Practice, 0);
    let b = Attempt::new(&pack, 99, Mode::Practice, 0);
    assert_eq!(a, b);
    let mut other = pack.clone();
    other.id = "other".into();
    assert!(a.shown(&other, 0).is_none());
    let mut a = a;
    assert!(matches!(
        a.submit(&other, &["a"], 0),
        Err(QuizError::WrongPack { .. })
    ));
}

#[test]
fn wrong_answers_count_as_wrong_and_finished_attempts_refuse_more() {
    let pack = sample_pack();
    let mut attempt = Attempt::new(&pack, 3, Mode::Practice, 1_000);
    let mut now = 1_000;
    while let Some(shown) = attempt.current(&pack) {
        now += 2_500;
        let q = shown.question;
        let wrong: Vec<&str> = match q.answers.iter().find(|a| !a.correct) {
            Some(a) => vec![a.id.as_str()],
            // m2: all answers right; choosing one of them is incomplete.
            None => vec![q.answers[0].id.as_str()],
        };
        let r = attempt.submit(&pack, &wrong, now).unwrap();
        assert!(!r.correct);
        assert_eq!(r.taken_ms, 2_500);
    }
    let score = attempt.score();
    assert_eq!(score.correct, 0);
    assert_eq!(score.answered, 6);
    assert_eq!(score.taken_ms, 6 * 2_500);
    assert_eq!(attempt.submit(&pack, &["a"], now), Err(QuizError::Finished));
    assert_eq!(attempt.seconds_left(now), None);
}

// --- timing -------------------------------------------------------------

#[test]
fn countdown_arithmetic() {
    let c = Countdown::start(10_000, 45);
    assert_eq!(c.remaining_ms(10_000), 45_000);
    assert_eq!(c.seconds_left(10_000), 45);
    assert_eq!(c.seconds_left(10_001), 45, "rounds up");
    assert_eq!(c.seconds_left(54_000), 1);
    assert!(!c.is_expired(54_999));
    assert!(c.is_expired(55_000));
    assert_eq!(c.seconds_left(99_000), 0);
    assert_eq!(c.elapsed_ms(9_000), 0, "clock going backwards");
    assert_eq!(c.remaining_ms(9_000), 45_000);
}

/// The right answer ids of the question the attempt is asking now.
fn current_key(attempt: &Attempt, pack: &Pack) -> Vec<String> {
    attempt
        .current(pack)
        .unwrap()
        .question
        .correct_ids()
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn contest_times_each_question_from_the_pack() {
    let pack = sample_pack(); // 30 s per question
    let start = 1_700_000_000_000;
    let mut attempt = Attempt::new(&pack, 5, Mode::Contest, start);
    assert_eq!(attempt.seconds_left(start), Some(30));
    assert_eq!(attempt.seconds_left(start + 12_300), Some(18));
    // Answer the first question right after 10 s.
    let key = current_key(&attempt, &pack);
    let key: Vec<&str> = key.iter().map(String::as_str).collect();
    let r = attempt.submit(&pack, &key, start + 10_000).unwrap();
    assert!(r.correct && !r.timed_out);
    assert_eq!(r.taken_ms, 10_000);
    // The next question's clock starts at the submit time.
    assert_eq!(attempt.seconds_left(start + 10_000), Some(30));
    assert!(attempt.expire_if_due(&pack, start + 39_999).is_none());
    let t = attempt.expire_if_due(&pack, start + 40_000).unwrap();
    assert!(t.timed_out && !t.correct && t.selected.is_empty());
    assert_eq!(t.taken_ms, 30_000);
    assert_eq!(attempt.position(), 2);
    // A right answer given too late is still a timeout.
    let key = current_key(&attempt, &pack);
    let key: Vec<&str> = key.iter().map(String::as_str).collect();
    let late = attempt.submit(&pack, &key, start + 75_000).unwrap();
    assert!(late.timed_out && !late.correct);
    let s = attempt.score();
    assert_eq!((s.correct, s.answered, s.timed_out), (1, 1, 2));
    assert_eq!(s.taken_ms, 10_000 + 30_000 + 30_000);
}

#[test]
fn practice_mode_has_no_clock() {
    let pack = sample_pack();
    let attempt = Attempt::new(&pack, 1, Mode::Practice, 0);
    assert_eq!(attempt.seconds_left(10_000_000), None);
    assert!(!attempt.is_expired(u64::MAX));
}

// --- packs --------------------------------------------------------------

#[test]
fn sample_pack_is_valid_and_round_trips_json() {
    let pack = sample_pack();
    assert_eq!(validate_pack(&pack), Vec::<String>::new());
    let json = serde_json::to_string(&pack).unwrap();
    assert_eq!(Pack::from_json(&json).unwrap(), pack);
}

#[test]
fn every_pack_file_in_content_quiz_is_valid() {
    let mut pack_ids = HashSet::new();
    for (name, json) in pack_files() {
        let pack = Pack::parse(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let problems = validate_pack(&pack);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
        assert_eq!(
            format!("{}.json", pack.id),
            name,
            "a pack's file is named after its id"
        );
        assert!(
            pack_ids.insert(pack.id.clone()),
            "{name}: duplicate pack id"
        );
    }
}

fn has(problems: &[String], needle: &str) -> bool {
    problems.iter().any(|p| p.contains(needle))
}

#[test]
fn validator_reports_each_kind_of_problem() {
    let mut p = sample_pack();
    p.title.en = " ".into();
    p.seconds_per_question = 0;
    p.questions[0].prompt.vi.clear();
    p.questions[0].explanation.en.clear();
    p.questions[1].sources.clear();
    p.questions[4].sources[0].publisher.vi = " ".into();
    p.questions[5].sources[0].date = Some("31/13/2025".into());
    p.questions[3].id = "s1".into();
    p.questions[2].answers[0].text.vi.clear();
    let problems = validate_pack(&p);
    assert!(
        has(&problems, "sample: title lacks a language"),
        "{problems:?}"
    );
    assert!(has(&problems, "seconds_per_question"));
    assert!(has(&problems, "s1: prompt lacks a language"));
    assert!(has(&problems, "s1: missing explanation"));
    assert!(has(&problems, "m1: no sources"));
    assert!(
        has(&problems, "m2: source 1 has no publisher"),
        "{problems:?}"
    );
    assert!(has(&problems, "tf2: source 1 has a date '31/13/2025'"));
    assert!(has(&problems, "s1: duplicate question id"));
    assert!(has(&problems, "tf1/true: answer text lacks a language"));
}

#[test]
fn validator_checks_keys_per_kind() {
    let mut p = sample_pack();
    p.questions[0].answers[0].correct = true; // single with two keys
    p.questions[1]
        .answers
        .iter_mut()
        .for_each(|a| a.correct = false);
    p.questions[2].answers[0].id = "yes".into(); // true_false shape
    p.questions[5].answers[1].correct = true; // true_false, both correct
    p.questions[3].answers[1].id = "x".into(); // duplicate answer id
    p.questions[4].kind = Kind::YesNoUnsure;
    let problems = validate_pack(&p);
    assert!(has(
        &problems,
        "s1: single choice needs exactly one correct answer (has 2)"
    ));
    assert!(has(
        &problems,
        "m1: multiple choice needs at least one correct"
    ));
    assert!(has(&problems, "tf1: true_false needs exactly the answers"));
    assert!(has(&problems, "tf2: true_false needs exactly one correct"));
    assert!(has(&problems, "s2: duplicate answer id 'x'"));
    assert!(has(&problems, "m2: yes_no_unsure is for the risk check"));
    let mut empty = sample_pack();
    empty.questions.clear();
    assert!(has(&validate_pack(&empty), "no questions"));
    let mut one = sample_pack();
    one.questions[0].answers.truncate(1);
    one.questions[0].answers[0].correct = true;
    assert!(has(&validate_pack(&one), "at least 2 answers"));
}

#[test]
fn loader_refuses_schema_errors_and_invalid_content() {
    let good = serde_json::to_string(&sample_pack()).unwrap();
    assert!(Pack::from_json(&good).is_ok());
    // Missing language: serde refuses.
    let no_en = good.replacen(r#","en":"title""#, "", 1);
    assert!(matches!(
        Pack::from_json(&no_en),
        Err(ContentError::Json(_))
    ));
    // Unknown field (a typo) is refused, not ignored.
    let typo = good.replacen(r#""sources""#, r#""source""#, 1);
    assert!(matches!(Pack::from_json(&typo), Err(ContentError::Json(_))));
    // Unknown kind.
    let kind = good.replacen(r#""single""#, r#""essay""#, 1);
    assert!(matches!(Pack::from_json(&kind), Err(ContentError::Json(_))));
    // Parses, but invalid.
    let zero = good.replacen(
        r#""seconds_per_question":30"#,
        r#""seconds_per_question":0"#,
        1,
    );
    match Pack::from_json(&zero) {
        Err(ContentError::Invalid(p)) => assert!(has(&p, "seconds_per_question")),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn source_site_and_dates() {
    // How the label reads is `i18n::sources`'s test; here the parts.
    let s = src("Bộ Ngoại giao", Some("9/4/2025"));
    assert_eq!(s.host(), Some("example.org"));
    let mut port = src("Bộ Nội vụ", Some("2025"));
    port.url = "https://moha.gov.vn:443/chuyen-doi-so".into();
    assert_eq!(port.host(), Some("moha.gov.vn"));
    let mut undated = src("Polaris", None);
    undated.url.clear();
    assert_eq!(undated.host(), None);
    for ok in ["2012", "6/2023", "9/4/2025", "28/11/2024"] {
        assert!(is_source_date(ok), "{ok}");
    }
    for bad in [
        "",
        "2025-04-09",
        "32/1/2025",
        "0/2025",
        "1/13/2025",
        "25",
        "9/4/25",
        "a/b/c",
    ] {
        assert!(!is_source_date(bad), "{bad}");
    }
}

#[test]
fn validator_wants_a_content_note_where_hard_scenes_are_told() {
    let mut p = sample_pack();
    assert!(validate_pack(&p).is_empty());
    p.questions[0].explanation.vi = "Họ bị nhốt và bị chích điện.".into();
    assert!(has(
        &validate_pack(&p),
        "sample: mentions 'chích điện' but has no content_note"
    ));
    p.content_note = Some(Text {
        vi: "Lời dặn".into(),
        en: " ".into(),
    });
    assert!(has(
        &validate_pack(&p),
        "sample: content_note lacks a language"
    ));
    p.content_note = Some(t("Some questions tell of people locked up."));
    assert!(validate_pack(&p).is_empty(), "{:?}", validate_pack(&p));
}

// --- content review (issue 17) ------------------------------------------

/// Lower case, letters and digits only, one space between words: so a
/// choice quoted with other punctuation or quotes still matches.
fn normalized(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn shipped_packs() -> Vec<Pack> {
    let files = pack_files();
    assert!(files.len() >= 7, "expected the seven shipped packs");
    files
        .iter()
        .map(|(name, json)| Pack::from_json(json).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

#[test]
fn every_question_has_a_reviewed_reason_per_answer() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/quiz-answer-review.md");
    let doc = std::fs::read_to_string(&path).expect("docs/quiz-answer-review.md");
    // question id -> (answer id -> (keyed?, reason))
    let mut review: BTreeMap<String, BTreeMap<String, (bool, String)>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        if let Some(id) = line.strip_prefix("### ") {
            let id = id.trim().to_string();
            assert!(!review.contains_key(&id), "{id} is reviewed twice");
            review.insert(id.clone(), BTreeMap::new());
            current = Some(id);
        } else if let (Some(q), Some(rest)) = (&current, line.strip_prefix("- ")) {
            let (keyed, rest) = if let Some(r) = rest.strip_prefix("✓ ") {
                (true, r)
            } else if let Some(r) = rest.strip_prefix("✗ ") {
                (false, r)
            } else {
                panic!("{q}: line without ✓ or ✗: {line}");
            };
            let (answer, reason) = rest.split_once(": ").expect("'<answer id>: reason'");
            let entry = review.get_mut(q).unwrap();
            assert!(
                entry
                    .insert(answer.to_string(), (keyed, reason.trim().to_string()))
                    .is_none(),
                "{q}/{answer} is reviewed twice"
            );
        } else if line.starts_with("## ") {
            current = None;
        }
    }
    let mut seen = HashSet::new();
    for pack in shipped_packs() {
        for q in &pack.questions {
            seen.insert(q.id.clone());
            let lines = review
                .get(&q.id)
                .unwrap_or_else(|| panic!("{} has no review entry", q.id));
            let ids: BTreeSet<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
            let reviewed: BTreeSet<&str> = lines.keys().map(String::as_str).collect();
            assert_eq!(
                ids, reviewed,
                "{}: every answer needs one review line",
                q.id
            );
            for a in &q.answers {
                let (keyed, reason) = &lines[&a.id];
                assert_eq!(
                    *keyed, a.correct,
                    "{}/{}: the review's mark disagrees with the key",
                    q.id, a.id
                );
                assert!(
                    reason.chars().count() >= 5,
                    "{}/{}: reason too short",
                    q.id,
                    a.id
                );
            }
        }
    }
    let stale: Vec<&String> = review.keys().filter(|id| !seen.contains(*id)).collect();
    assert!(
        stale.is_empty(),
        "review entries for no question: {stale:?}"
    );
}

#[test]
fn no_explanation_supports_a_choice_that_is_not_the_key() {
    for pack in shipped_packs() {
        for q in &pack.questions {
            if q.kind == Kind::TrueFalse {
                // The verdict is the explanation's first word, so it can
                // only ever back the key.
                let key = q.correct_ids().contains("true");
                let (vi, en) = if key {
                    ("Đúng.", "True.")
                } else {
                    ("Sai.", "False.")
                };
                assert!(
                    q.explanation.vi.starts_with(vi) && q.explanation.en.starts_with(en),
                    "{}: explanation must open with '{vi}' / '{en}'",
                    q.id
                );
                continue;
            }
            // No wrong choice is quoted as true in its explanation.
            for a in q.answers.iter().filter(|a| !a.correct) {
                for lang in [crate::core::lang::Lang::Vi, crate::core::lang::Lang::En] {
                    let choice = normalized(a.text.get(lang));
                    let explanation = normalized(q.explanation.get(lang));
                    assert!(
                        choice.chars().count() < 12 || !explanation.contains(&choice),
                        "{}/{}: the explanation quotes the wrong choice \"{}\"",
                        q.id,
                        a.id,
                        a.text.get(lang)
                    );
                }
            }
        }
    }
}

#[test]
fn vietnamese_text_has_no_untranslated_english_jargon() {
    // "(debt bondage)" in a Vietnamese sentence: a bracketed run of two or
    // more plain ASCII words. Single loanwords such as "(visa)" pass.
    let jargon = |s: &str| -> Option<String> {
        let mut rest = s;
        while let Some(open) = rest.find('(') {
            let after = &rest[open + 1..];
            let Some(close) = after.find(')') else { break };
            let inner = &after[..close];
            let words: Vec<&str> = inner.split_whitespace().collect();
            if words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
            {
                return Some(inner.to_string());
            }
            rest = &after[close..];
        }
        None
    };
    assert_eq!(
        jargon("gán nợ (debt bondage) là"),
        Some("debt bondage".into())
    );
    assert_eq!(jargon("thị thực (visa) du lịch"), None);
    for pack in shipped_packs() {
        let mut texts = vec![&pack.description.vi];
        if let Some(note) = &pack.content_note {
            texts.push(&note.vi);
        }
        for q in &pack.questions {
            texts.push(&q.prompt.vi);
            texts.push(&q.explanation.vi);
            texts.extend(q.answers.iter().map(|a| &a.text.vi));
        }
        for t in texts {
            assert_eq!(jargon(t), None, "{}: English jargon in \"{t}\"", pack.id);
        }
    }
}
