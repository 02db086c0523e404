//! Attempts: one run through a pack, its question and answer order fixed
//! by a seed, scored when finished.

use serde::{Deserialize, Serialize};

use super::{
    check_selection, Countdown, Kind, Pack, PackAnswer, PackQuestion, QuizError, SplitMix64,
};

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
