//! A pack in the classroom: the teacher's projector session (one question
//! at a time, reveal, a tally of raised hands, a summary) and the teacher's
//! guide (`content/quiz/guide.json`).
//!
//! The session lives in memory only and holds nothing about a person: how
//! many hands went up for each answer, nothing else. It is never stored.

use serde::{Deserialize, Serialize};

use super::{Pack, Source, SplitMix64};
use crate::core::lang::Text;

/// "A", "B", … for the answer at `index` (the worksheet's and the
/// projector's label; answers keep the pack file's order in class).
pub fn letter(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

/// What the projector shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The pack's content note, read out before the first question.
    Note,
    /// The question at this position of the session's order.
    Question(usize),
    Summary,
}

/// One class session on the projector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Indexes into the pack's questions, in the order they are asked.
    order: Vec<usize>,
    slide: Slide,
    has_note: bool,
    /// Per position: whether the answer has been shown.
    revealed: Vec<bool>,
    /// Per pack question, per answer (pack order): hands raised.
    hands: Vec<Vec<u32>>,
    /// Hands added on the current question, newest last (for undo).
    added: Vec<(usize, usize)>,
}

impl Session {
    /// The pack's own order (the worksheet's numbering) with `shuffle` =
    /// `None`; a seeded random order otherwise.
    pub fn new(pack: &Pack, shuffle: Option<u64>) -> Session {
        let mut order: Vec<usize> = (0..pack.questions.len()).collect();
        if let Some(seed) = shuffle {
            SplitMix64::new(seed).shuffle(&mut order);
        }
        let has_note = pack.content_note.is_some();
        Session {
            revealed: vec![false; order.len()],
            hands: pack
                .questions
                .iter()
                .map(|q| vec![0; q.answers.len()])
                .collect(),
            order,
            slide: if has_note {
                Slide::Note
            } else {
                Slide::Question(0)
            },
            has_note,
            added: Vec::new(),
        }
    }

    pub fn slide(&self) -> Slide {
        self.slide
    }

    pub fn order(&self) -> &[usize] {
        &self.order
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The pack index of the question on screen.
    pub fn question_index(&self) -> Option<usize> {
        match self.slide {
            Slide::Question(pos) => self.order.get(pos).copied(),
            _ => None,
        }
    }

    pub fn is_revealed(&self) -> bool {
        match self.slide {
            Slide::Question(pos) => self.revealed[pos],
            _ => false,
        }
    }

    /// The one "next" key (→, Page Down, Space): reveals the answer of the
    /// question on screen, or moves on once it is revealed.
    pub fn forward(&mut self) {
        self.slide = match self.slide {
            Slide::Note if self.order.is_empty() => Slide::Summary,
            Slide::Note => Slide::Question(0),
            Slide::Question(pos) if !self.revealed[pos] => {
                self.revealed[pos] = true;
                Slide::Question(pos)
            }
            Slide::Question(pos) if pos + 1 < self.order.len() => Slide::Question(pos + 1),
            Slide::Question(_) | Slide::Summary => Slide::Summary,
        };
        self.keep_undo_on_question();
    }

    /// Undo reaches only the hands of the question on screen.
    fn keep_undo_on_question(&mut self) {
        let q = self.question_index();
        self.added.retain(|&(aq, _)| Some(aq) == q);
    }

    /// ← or Page Up: the previous slide (a question keeps its reveal).
    pub fn back(&mut self) {
        self.slide = match self.slide {
            Slide::Summary if !self.order.is_empty() => Slide::Question(self.order.len() - 1),
            Slide::Question(0) | Slide::Summary if self.has_note => Slide::Note,
            Slide::Question(pos) if pos > 0 => Slide::Question(pos - 1),
            other => other,
        };
        self.keep_undo_on_question();
    }

    /// Hands for each answer of the question on screen (pack order).
    pub fn hands(&self) -> &[u32] {
        self.question_index()
            .map(|q| self.hands[q].as_slice())
            .unwrap_or(&[])
    }

    /// One more hand for answer `answer` (0-based, pack order) of the
    /// question on screen. False when there is no such answer.
    pub fn add_hand(&mut self, answer: usize) -> bool {
        let Some(q) = self.question_index() else {
            return false;
        };
        let Some(count) = self.hands[q].get_mut(answer) else {
            return false;
        };
        *count = count.saturating_add(1);
        self.added.push((q, answer));
        true
    }

    /// One hand fewer for `answer` (never below 0).
    pub fn remove_hand(&mut self, answer: usize) -> bool {
        let Some(q) = self.question_index() else {
            return false;
        };
        match self.hands[q].get_mut(answer) {
            Some(count) if *count > 0 => {
                *count -= 1;
                if let Some(i) = self.added.iter().rposition(|&x| x == (q, answer)) {
                    self.added.remove(i);
                }
                true
            }
            _ => false,
        }
    }

    /// Takes back the last hand added on this question (Backspace).
    pub fn undo_hand(&mut self) -> bool {
        match self.added.pop() {
            Some((q, a)) if Some(q) == self.question_index() => {
                self.hands[q][a] = self.hands[q][a].saturating_sub(1);
                true
            }
            _ => false,
        }
    }

    /// The class summary, questions in the order they were asked.
    pub fn summary(&self, pack: &Pack) -> Summary {
        let rows: Vec<SummaryRow> = self
            .order
            .iter()
            .enumerate()
            .map(|(pos, &q)| {
                let question = &pack.questions[q];
                let hands = &self.hands[q];
                let total: u32 = hands.iter().sum();
                let right: u32 = question
                    .answers
                    .iter()
                    .zip(hands)
                    .filter(|(a, _)| a.correct)
                    .map(|(_, n)| n)
                    .sum();
                SummaryRow {
                    number: pos + 1,
                    question: q,
                    total,
                    right,
                }
            })
            .collect();
        Summary { rows }
    }
}

/// How the class answered one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// 1-based, as asked.
    pub number: usize,
    /// Index into the pack's questions.
    pub question: usize,
    /// All hands counted.
    pub total: u32,
    /// Hands on a right answer.
    pub right: u32,
}

impl SummaryRow {
    pub fn counted(&self) -> bool {
        self.total > 0
    }

    /// Share of the hands on a right answer, in whole percent.
    pub fn percent_right(&self) -> Option<u32> {
        self.counted().then(|| {
            ((u64::from(self.right) * 100 + u64::from(self.total) / 2) / u64::from(self.total))
                as u32
        })
    }

    /// More than half of the hands on a right answer.
    pub fn mostly_right(&self) -> bool {
        self.counted() && self.right * 2 > self.total
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub rows: Vec<SummaryRow>,
}

impl Summary {
    pub fn counted(&self) -> usize {
        self.rows.iter().filter(|r| r.counted()).count()
    }

    pub fn mostly_right(&self) -> usize {
        self.rows.iter().filter(|r| r.mostly_right()).count()
    }

    /// Counted questions where at most half of the hands were right: the
    /// ones to talk about again, hardest first.
    pub fn to_revisit(&self) -> Vec<SummaryRow> {
        let mut rows: Vec<SummaryRow> = self
            .rows
            .iter()
            .filter(|r| r.counted() && !r.mostly_right())
            .copied()
            .collect();
        rows.sort_by_key(|r| (r.percent_right(), r.number));
        rows
    }
}

// ---------------------------------------------------------------------------
// The teacher's guide
// ---------------------------------------------------------------------------

/// The teacher's guide, as written in `content/quiz/guide.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub title: Text,
    pub intro: Text,
    pub sections: Vec<GuideSection>,
    /// Where the guide's facts come from (publisher and date).
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideSection {
    pub id: String,
    pub heading: Text,
    #[serde(default)]
    pub paragraphs: Vec<Text>,
    /// Shown as a numbered list when `ordered`, else as bullets.
    #[serde(default)]
    pub items: Vec<Text>,
    #[serde(default)]
    pub ordered: bool,
}

impl Guide {
    pub fn from_json(json: &str) -> Result<Guide, super::ContentError> {
        super::load_checked(json, Guide::problems)
    }

    /// Every problem, one message each; empty when fit to ship.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut texts = vec![("title", &self.title), ("intro", &self.intro)];
        for s in &self.sections {
            texts.push(("heading", &s.heading));
            texts.extend(s.paragraphs.iter().map(|p| ("paragraph", p)));
            texts.extend(s.items.iter().map(|p| ("item", p)));
            if s.paragraphs.is_empty() && s.items.is_empty() {
                out.push(format!("{}: empty section", s.id));
            }
        }
        for (what, t) in texts {
            if !t.is_complete() {
                out.push(format!("guide {what} lacks a language: {t:?}"));
            }
        }
        if self.sources.is_empty() {
            out.push("guide: no sources".to_string());
        }
        for s in &self.sources {
            let bad_date = s.date.as_deref().is_some_and(|d| !super::is_source_date(d));
            let nowhere = s.date.is_none() && s.url.trim().is_empty();
            if !s.publisher.is_complete() || bad_date || nowhere {
                out.push(format!(
                    "guide source needs a publisher and a date or address: {s:?}"
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::quiz::{Kind, PackAnswer, PackQuestion};

    fn t(s: &str) -> Text {
        Text {
            vi: s.into(),
            en: s.into(),
        }
    }

    fn pack(note: bool) -> Pack {
        let q = |id: &str, kind: Kind, keys: &[bool]| PackQuestion {
            id: id.into(),
            kind,
            prompt: t(id),
            answers: keys
                .iter()
                .enumerate()
                .map(|(i, &correct)| PackAnswer {
                    id: letter(i).to_string(),
                    text: t("x"),
                    correct,
                })
                .collect(),
            explanation: t("because"),
            sources: vec![],
        };
        Pack {
            id: "p".into(),
            title: t("P"),
            description: t("d"),
            seconds_per_question: 30,
            content_note: note.then(|| t("note")),
            questions: vec![
                q("q1", Kind::Single, &[false, true, false]),
                q("q2", Kind::Multiple, &[true, true, false, false]),
                q("q3", Kind::Single, &[true, false]),
            ],
        }
    }

    #[test]
    fn letters() {
        assert_eq!([letter(0), letter(1), letter(3)], ['A', 'B', 'D']);
    }

    #[test]
    fn fixed_order_is_the_packs_and_a_seed_gives_a_permutation() {
        let p = pack(false);
        assert_eq!(Session::new(&p, None).order(), &[0, 1, 2]);
        let mut seen = std::collections::HashSet::new();
        for seed in 0..200 {
            let s = Session::new(&p, Some(seed));
            let mut o = s.order().to_vec();
            seen.insert(o.clone());
            o.sort_unstable();
            assert_eq!(o, [0, 1, 2]);
        }
        assert!(seen.len() > 1, "a seed changes the order");
    }

    #[test]
    fn forward_reveals_before_it_moves_on_and_ends_on_the_summary() {
        let p = pack(true);
        let mut s = Session::new(&p, None);
        assert_eq!(s.slide(), Slide::Note, "the content note comes first");
        let mut seen = vec![];
        for _ in 0..7 {
            s.forward();
            seen.push((s.slide(), s.is_revealed()));
        }
        assert_eq!(
            seen,
            [
                (Slide::Question(0), false),
                (Slide::Question(0), true),
                (Slide::Question(1), false),
                (Slide::Question(1), true),
                (Slide::Question(2), false),
                (Slide::Question(2), true),
                (Slide::Summary, false),
            ]
        );
        s.forward();
        assert_eq!(s.slide(), Slide::Summary);
        s.back();
        assert_eq!(
            (s.slide(), s.is_revealed()),
            (Slide::Question(2), true),
            "back keeps the reveal"
        );
        for _ in 0..5 {
            s.back();
        }
        assert_eq!(s.slide(), Slide::Note);
        assert_eq!(
            Session::new(&pack(false), None).slide(),
            Slide::Question(0),
            "no note, no note slide"
        );
    }

    #[test]
    fn hands_undo_and_summary() {
        let p = pack(false);
        let mut s = Session::new(&p, None);
        // q1: 3 for A, 5 for B (right), 1 for C.
        for (a, n) in [(0, 3), (1, 5), (2, 1)] {
            for _ in 0..n {
                assert!(s.add_hand(a));
            }
        }
        assert!(!s.add_hand(3), "no fourth answer");
        assert!(s.undo_hand(), "takes back C's hand");
        assert_eq!(s.hands(), &[3, 5, 0]);
        assert!(s.remove_hand(0));
        assert!(!s.remove_hand(2), "never below 0");
        assert_eq!(s.hands(), &[2, 5, 0]);
        s.forward();
        assert_eq!(s.hands(), &[2, 5, 0], "the reveal keeps the count");
        s.forward();
        assert!(!s.undo_hand(), "undo stays on its question");
        // q2 (multiple): 4 on A and B (right), 4 on C.
        for a in [0, 1, 2, 2, 2, 2, 0, 1] {
            s.add_hand(a);
        }
        for _ in 0..4 {
            s.forward();
        }
        assert_eq!(s.slide(), Slide::Summary);
        assert!(!s.add_hand(0), "no tally on the summary");
        let sum = s.summary(&p);
        let rows: Vec<_> = sum
            .rows
            .iter()
            .map(|r| (r.number, r.question, r.right, r.total))
            .collect();
        assert_eq!(rows, [(1, 0, 5, 7), (2, 1, 4, 8), (3, 2, 0, 0)]);
        assert_eq!(sum.rows[0].percent_right(), Some(71));
        assert_eq!(sum.rows[1].percent_right(), Some(50));
        assert_eq!(sum.rows[2].percent_right(), None);
        assert_eq!((sum.counted(), sum.mostly_right()), (2, 1));
        assert_eq!(
            sum.to_revisit()
                .iter()
                .map(|r| r.number)
                .collect::<Vec<_>>(),
            [2]
        );
    }

    #[test]
    fn the_shipped_guide_validates_and_cites_what_it_must() {
        let json = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/content/quiz/guide.json"
        ))
        .expect("content/quiz/guide.json");
        let guide = Guide::from_json(&json).expect("guide parses");
        assert_eq!(guide.problems(), Vec::<String>::new());
        let all: String = guide
            .sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().chain(&s.items))
            .map(|t| format!("{} {}", t.vi, t.en))
            .collect();
        for must in [
            "111",
            "Điều 7",
            "Art. 7",
            "45",
            "Điều 3",
            "kỳ thị",
            "stigma",
        ] {
            assert!(all.contains(must), "the guide says nothing with {must:?}");
        }
        // Every pack is placed by age.
        for pack in crate::core::progress::builtin_packs() {
            let id = &pack.id;
            assert!(
                all.contains(&pack.title.vi),
                "the guide does not place {id}"
            );
            assert!(
                all.contains(&pack.title.en),
                "the guide does not place {id} (en)"
            );
        }
        // Nothing the fact sheet leaves open is stated.
        for never in ["UNVERIFIED", "Blue Dragon", "62 844 844"] {
            assert!(!all.contains(never), "{never}");
        }
    }
}
