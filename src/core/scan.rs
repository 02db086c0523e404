//! Red-flag phrases in a recruiter's message.
//!
//! The user pastes a message; [`Scanner::scan`] returns the byte ranges of
//! the original text that match a phrase from `content/scan-phrases.json`,
//! so the UI can highlight them in place, and [`Scanner::verdict`] sums
//! them up in one line.
//!
//! Matching is forgiving the way people type Vietnamese: case is ignored,
//! a word typed without diacritics matches whatever its marks ("việc nhẹ
//! lương cao", "viec nhe luong cao" and "VIỆC NHẸ LƯƠNG CAO" all match, and
//! `d` stands for `đ`), and any run of spaces or punctuation counts as one
//! separator. A word typed *with* marks must carry the pattern's marks
//! (wherever the tone sits, "khỏe" or "khoẻ"): "chỉ" is not "chị", "tiến
//! bộ" is not "tiền bo" (see `marks`). Decomposed text is matched by its
//! letters. Matches are whole words, so "phí" does not match inside
//! "phím", and stay within one sentence. Chat spellings of "không" ("ko",
//! "k", "hok") read as "không". Patterns may hold alternatives, amounts and
//! short gaps (see `pattern`).
//!
//! Three ways to keep honest texts clean:
//! - `exclude`: because folding also merges real words ("Lào" and "lao"),
//!   a match that overlaps one of its phrase's `exclude` patterns is
//!   dropped (e.g. "ở Lào" inside "ở Lào Cai").
//! - Negation: a match preceded, within four words of the same clause, by
//!   "không", "chưa", "nghiêm cấm", "no", "never", "without"… is dropped
//!   ("không thu phí môi giới", "no deposit"), unless its phrase sets
//!   `"negatable": false`. A negation of paying ("không thu", "không phải
//!   chi", "không mất") covers the rest of its sentence, so a state notice's
//!   list of fees nobody pays stays clean; "chỉ", "nhưng", "mà" end it. A
//!   pattern can still contain its own negation ("không cần hộ chiếu" is a
//!   warning sign).
//! - `only_with`: words honest ads use every day ("chăm sóc khách hàng",
//!   "có nhà riêng") count only beside a sign that names the context in
//!   which they become a warning (an offer in Cambodia or over Telegram, a
//!   husband being offered).

mod pattern;

pub mod corpus;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::lang::Text;
use super::quiz::{load_checked, ContentError};
use pattern::Element;

const SCAN_JSON: &str = include_str!("../../content/scan-phrases.json");

/// The phrase list as written in `content/scan-phrases.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseBook {
    pub phrases: Vec<Phrase>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub id: String,
    /// What to look for, written naturally (with diacritics), in the
    /// syntax of `pattern`.
    pub patterns: Vec<String>,
    /// Look-alikes that must not count (see the module docs).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// False when a "không" before the phrase does not make it harmless
    /// ("không phải Campuchia đâu" still names Cambodia).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub negatable: bool,
    /// A sign serious enough on its own for the strongest verdict (organ
    /// sale, crossing without papers, a ransom…).
    #[serde(default, skip_serializing_if = "is_false")]
    pub serious: bool,
    /// When not empty, the phrase counts only in a text where one of these
    /// phrases (each counting on its own) is highlighted too: "customer
    /// care" is an ordinary job until the same offer names Cambodia, "a
    /// house of his own" harmless until someone is offering a husband.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_with: Vec<String>,
    /// Why this phrase is a warning sign, shown next to the highlight.
    pub reason: Text,
    pub sources: Vec<Source>,
}

fn yes() -> bool {
    true
}
fn is_true(b: &bool) -> bool {
    *b
}
fn is_false(b: &bool) -> bool {
    !*b
}

/// Where a reason comes from. The app shows the publisher and the date;
/// the address stays in the content file for whoever checks it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who said it: "Bộ Ngoại giao", "Công an TP.HCM", "Interpol".
    pub publisher: String,
    /// "2024-03-14", "2024-03" or "2024"; empty when the source shows none.
    #[serde(default)]
    pub date: String,
    pub url: String,
    /// For the reader of the content file: what exactly the source says.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A source date "YYYY", "YYYY-MM" or "YYYY-MM-DD" as (year, month, day);
/// `None` when empty or not such a date. How it is said on screen is
/// `i18n::sources::scan_source`.
pub fn parse_source_date(date: &str) -> Option<(u32, Option<u32>, Option<u32>)> {
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str, len: usize| (s.len() == len).then(|| s.parse::<u32>().ok()).flatten();
    if parts.len() > 3 {
        return None;
    }
    let year = num(parts.first()?, 4)?;
    let month = match parts.get(1) {
        Some(m) => Some(num(m, 2).filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match parts.get(2) {
        Some(d) => Some(num(d, 2).filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    Some((year, month, day))
}

/// One highlighted span: `text[start..end]` of the scanned text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScanMatch {
    pub start: usize,
    pub end: usize,
    pub phrase_id: String,
}

/// The one-line summary every scan result ends with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing recognised, which says nothing about safety.
    NothingFound,
    /// One kind of warning sign.
    OneSign,
    /// Several kinds of sign, or one serious sign: this looks like a lure.
    Lure,
}

/// One compiled alternative of a pattern.
#[derive(Clone, Debug)]
struct Compiled {
    phrase: usize,
    elements: Vec<Element>,
    exclude: bool,
}

/// A phrase book with its patterns compiled once, ready to scan.
#[derive(Clone, Debug)]
pub struct Scanner {
    book: PhraseBook,
    compiled: Vec<Compiled>,
}

impl Scanner {
    /// The phrases shipped with the app, parsed and validated.
    pub fn builtin() -> Result<Scanner, ContentError> {
        Scanner::from_json(SCAN_JSON)
    }

    pub fn from_json(json: &str) -> Result<Scanner, ContentError> {
        load_checked(json, PhraseBook::problems).map(Scanner::new)
    }

    /// Builds a scanner without validating `book` (see
    /// [`PhraseBook::problems`]); patterns that do not compile are skipped.
    pub fn new(book: PhraseBook) -> Scanner {
        let mut compiled = Vec::new();
        for (i, p) in book.phrases.iter().enumerate() {
            for (list, exclude) in [(&p.patterns, false), (&p.exclude, true)] {
                for alternative in list
                    .iter()
                    .flat_map(|s| pattern::expand(s).unwrap_or_default())
                {
                    if let Ok(elements) = pattern::compile(&alternative) {
                        compiled.push(Compiled {
                            phrase: i,
                            elements,
                            exclude,
                        });
                    }
                }
            }
        }
        Scanner { book, compiled }
    }

    pub fn phrases(&self) -> &[Phrase] {
        &self.book.phrases
    }

    pub fn phrase(&self, id: &str) -> Option<&Phrase> {
        self.book.phrases.iter().find(|p| p.id == id)
    }

    /// Every red-flag phrase in `text`: sorted, non-overlapping, each range
    /// a valid slice of `text`. Where matches overlap, the one that starts
    /// first wins, then the longer one; a phrase with `only_with` only
    /// takes words no other phrase has.
    pub fn scan(&self, text: &str) -> Vec<ScanMatch> {
        let units = fold_units(text);
        let tokens = tokenize(text, &units);
        let mut found: Vec<(usize, usize, usize)> = Vec::new(); // token range, phrase
        let mut excluded: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        for c in &self.compiled {
            for s in 0..tokens.len() {
                let Some(e) = match_at(&c.elements, &tokens, s) else {
                    continue;
                };
                if c.exclude {
                    excluded.entry(c.phrase).or_default().push((s, e));
                } else if !(self.book.phrases[c.phrase].negatable && negated(&tokens, s)) {
                    found.push((s, e, c.phrase));
                }
            }
        }
        found.retain(|(s, e, p)| {
            !excluded
                .get(p)
                .is_some_and(|ex| ex.iter().any(|(xs, xe)| s < xe && xs < e))
        });
        // Phrases that count on their own first; then those that need one
        // of them beside them, only where that one is shown and only in
        // the words it leaves free.
        let (alone, with): (Vec<_>, Vec<_>) = found
            .into_iter()
            .partition(|&(_, _, p)| self.book.phrases[p].only_with.is_empty());
        let mut kept = disjoint(alone);
        let shown: HashSet<&str> = kept
            .iter()
            .map(|&(_, _, p)| self.book.phrases[p].id.as_str())
            .collect();
        let with: Vec<_> = with
            .into_iter()
            .filter(|&(s, e, p)| {
                self.book.phrases[p]
                    .only_with
                    .iter()
                    .any(|id| shown.contains(id.as_str()))
                    && !kept.iter().any(|&(ks, ke, _)| s < ke && ks < e)
            })
            .collect();
        kept.extend(disjoint(with));
        kept.sort_unstable();
        kept.into_iter()
            .map(|(s, e, p)| ScanMatch {
                start: units[tokens[s].first].start,
                end: units[tokens[e - 1].last].end,
                phrase_id: self.book.phrases[p].id.clone(),
            })
            .collect()
    }

    /// The one-line verdict for these matches (from [`Scanner::scan`]).
    pub fn verdict(&self, matches: &[ScanMatch]) -> Verdict {
        let kinds: HashSet<&str> = matches.iter().map(|m| m.phrase_id.as_str()).collect();
        let serious = kinds
            .iter()
            .any(|id| self.phrase(id).is_some_and(|p| p.serious));
        match kinds.len() {
            0 => Verdict::NothingFound,
            1 if !serious => Verdict::OneSign,
            _ => Verdict::Lure,
        }
    }
}

/// Token ranges (start, end, phrase) made sorted and non-overlapping:
/// where matches overlap, the one that starts first wins, then the longer.
fn disjoint(mut found: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    found.sort_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
    found.dedup();
    let mut out = Vec::new();
    let mut taken_to = 0;
    for (s, e, p) in found {
        if s < taken_to {
            continue;
        }
        taken_to = e;
        out.push((s, e, p));
    }
    out
}

impl PhraseBook {
    /// Every problem in the phrase list; empty when fit to ship.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        // Each compiled pattern belongs to one phrase, or a match is ambiguous.
        let mut owner: HashMap<Vec<Element>, &str> = HashMap::new();
        for p in &self.phrases {
            let id = p.id.as_str();
            if id.trim().is_empty() {
                out.push("a phrase has an empty id".to_string());
            }
            if !ids.insert(id) {
                out.push(format!("{id}: duplicate id"));
            }
            if !p.reason.is_complete() {
                out.push(format!("{id}: reason lacks a language"));
            }
            if p.sources.is_empty() {
                out.push(format!("{id}: needs sources"));
            }
            for s in &p.sources {
                if s.publisher.trim().is_empty() {
                    out.push(format!("{id}: a source has no publisher"));
                }
                if !s.date.is_empty() && parse_source_date(&s.date).is_none() {
                    out.push(format!(
                        "{id}: source date '{}' is not YYYY[-MM[-DD]]",
                        s.date
                    ));
                }
                if !s.url.starts_with("http://") && !s.url.starts_with("https://") {
                    out.push(format!("{id}: source '{}' has no address", s.publisher));
                }
            }
            if p.patterns.is_empty() {
                out.push(format!("{id}: no patterns"));
            }
            for other in &p.only_with {
                match self.phrases.iter().find(|q| q.id == *other) {
                    None => out.push(format!("{id}: only_with names no phrase '{other}'")),
                    Some(q) if !q.only_with.is_empty() => out.push(format!(
                        "{id}: only_with '{other}' does not count on its own"
                    )),
                    Some(_) => {}
                }
            }
            let mut own = HashSet::new();
            for pattern in &p.patterns {
                for alternative in compiled_or_report(id, pattern, &mut out) {
                    own.insert(alternative.clone());
                    if let Some(other) = owner.insert(alternative, id) {
                        out.push(format!(
                            "{id}: pattern '{pattern}' repeats a pattern of {other}"
                        ));
                    }
                }
            }
            for ex in &p.exclude {
                for alternative in compiled_or_report(id, ex, &mut out) {
                    if own.contains(&alternative) {
                        out.push(format!(
                            "{id}: exclude '{ex}' cancels one of its own patterns"
                        ));
                    }
                }
            }
        }
        // One line per problem, though a pattern may expand into many.
        let mut seen = HashSet::new();
        out.retain(|line| seen.insert(line.clone()));
        out
    }
}

/// The compiled alternatives of `pattern`; a problem for each that fails.
fn compiled_or_report(id: &str, pattern: &str, out: &mut Vec<String>) -> Vec<Vec<Element>> {
    let alternatives = match pattern::expand(pattern) {
        Ok(a) => a,
        Err(e) => {
            out.push(format!("{id}: pattern '{pattern}': {e}"));
            return Vec::new();
        }
    };
    let mut compiled = Vec::new();
    for alternative in alternatives {
        match pattern::compile(&alternative) {
            // Compared by their letters: two patterns that differ only in
            // their marks would repeat each other for a text typed without.
            Ok(c) => compiled.push(
                c.into_iter()
                    .map(|e| match e {
                        Element::Word(w, _) => Element::Word(w, Vec::new()),
                        other => other,
                    })
                    .collect(),
            ),
            Err(e) => out.push(format!("{id}: pattern '{pattern}' {e}")),
        }
    }
    compiled
}

/// Texts that each alternative of `pattern` matches in full (for tests and
/// the corpus report).
pub fn pattern_examples(pattern: &str) -> Vec<String> {
    pattern::expand(pattern)
        .unwrap_or_default()
        .iter()
        .map(|a| pattern::example(a))
        .collect()
}

// ---------------------------------------------------------------------------
// Words and matching
// ---------------------------------------------------------------------------

/// What separates a word from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    /// Spaces only (or the dot in "1.000").
    Space,
    /// Other punctuation: a comma, a quote, an emoji.
    Mark,
    /// The end of a sentence (". ! ? ; …"), a bracket, or the start of the text. A
    /// line break alone is white space: pasted messages wrap anywhere.
    Stop,
}

/// One word of the scanned text.
#[derive(Clone, Debug)]
struct Token {
    word: String,
    /// Its first and last unit.
    first: usize,
    last: usize,
    /// The leading digits, when the word starts with one ("500k" → 500).
    number: Option<u64>,
    /// Typed in plain ASCII ("no", not "nó").
    ascii: bool,
    /// The marks it was typed with; `None` when typed without any (or in
    /// decomposed form), which matches a pattern word whatever its marks.
    marks: Option<Vec<u16>>,
    sep: Sep,
}

fn tokenize(text: &str, units: &[Unit]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut sep_text: &str = "";
    let mut i = 0;
    while i < units.len() {
        if units[i].ch == ' ' {
            sep_text = &text[units[i].start..units[i].end];
            i += 1;
            continue;
        }
        let first = i;
        while i < units.len() && units[i].ch != ' ' {
            i += 1;
        }
        let mut word: String = units[first..i].iter().map(|u| u.ch).collect();
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        let previous_is_number = out.last().is_some_and(|t| t.number.is_some());
        // Chat spellings: "ko" for "không" ("ko cần hộ chiếu"), but "k" after
        // a number is a thousand ("800 k"), and "tr" a million.
        // A word rewritten here is compared by its letters only.
        let mut rewritten = false;
        if previous_is_number {
            if let Some(unit) = unit_word(&word) {
                word = unit.into();
                rewritten = true;
            }
        } else if SLANG_KHONG.contains(&word.as_str()) {
            word = "khong".into();
        }
        let sep = if out.is_empty() {
            Sep::Stop
        } else if sep_text.chars().all(char::is_whitespace)
            || (digits > 0 && previous_is_number && matches!(sep_text, "." | ","))
        {
            Sep::Space
        } else if sep_text
            .chars()
            // A bracket opens or closes an aside: no phrase runs into it.
            .any(|c| {
                matches!(
                    c,
                    '.' | '!' | '?' | ';' | '…' | '。' | '(' | ')' | '[' | ']'
                )
            })
        {
            Sep::Stop
        } else {
            Sep::Mark
        };
        let raw = &text[units[first].start..units[i - 1].end];
        // "25tr", "500k", "1000usd": the amount and its unit, as if spaced.
        let unit = (digits > 0).then(|| unit_word(&word[digits..])).flatten();
        let split = if unit.is_some() { first + digits } else { i };
        let number = word[..digits].parse().ok();
        out.push(Token {
            word: if unit.is_some() {
                word[..digits].to_string()
            } else {
                word
            },
            first,
            last: split - 1,
            number,
            ascii: raw.is_ascii(),
            // An amount's glued unit ("0đ", "25tr") is read as its word.
            marks: marks(raw).filter(|m| !m.is_empty() && unit.is_none() && !rewritten),
            sep,
        });
        if let Some(unit) = unit {
            out.push(Token {
                word: unit.into(),
                first: split,
                last: i - 1,
                number: None,
                ascii: raw.is_ascii(),
                marks: None,
                sep: Sep::Space,
            });
        }
    }
    out
}

/// The word for a unit written after an amount ("tr" → "trieu").
fn unit_word(suffix: &str) -> Option<&'static str> {
    Some(match suffix {
        "tr" | "trieu" => "trieu",
        "k" | "nghin" | "ngan" => "nghin",
        "d" | "dong" | "vnd" => "dong",
        "usd" => "usd",
        "do" => "do",
        _ => return None,
    })
}

/// The amount that starts at `tokens[i]`: "1.000" and "1 000" read as 1000.
fn amount(tokens: &[Token], i: usize) -> Option<u64> {
    let all_digits = |t: &Token| t.word.chars().all(|c| c.is_ascii_digit());
    let mut value = tokens.get(i)?.number?;
    let mut j = i + 1;
    while let Some(t) = tokens.get(j) {
        if t.sep != Sep::Space || t.word.len() != 3 || !all_digits(t) || !all_digits(&tokens[j - 1])
        {
            break;
        }
        value = value
            .saturating_mul(1000)
            .saturating_add(t.number.unwrap_or(0));
        j += 1;
    }
    Some(value)
}

/// Where a match of `elements` starting at `tokens[i]` ends (exclusive).
/// A match never runs across the end of a sentence.
fn match_at(elements: &[Element], tokens: &[Token], i: usize) -> Option<usize> {
    match_from(elements, tokens, i, i)
}

fn match_from(elements: &[Element], tokens: &[Token], start: usize, i: usize) -> Option<usize> {
    let Some((element, rest)) = elements.split_first() else {
        return Some(i);
    };
    let within = |t: &Token| t.sep != Sep::Stop;
    match element {
        Element::Word(w, m) => {
            let t = tokens.get(i)?;
            let same_marks = t.marks.as_ref().is_none_or(|tm| tm == m);
            (t.word == *w && same_marks && (i == start || within(t)))
                .then(|| match_from(rest, tokens, start, i + 1))
                .flatten()
        }
        Element::Num(min) => {
            let t = tokens.get(i)?;
            t.number?;
            if !(i == start || within(t))
                || min.is_some_and(|min| amount(tokens, i).unwrap_or(0) < min)
            {
                return None;
            }
            let mut j = i + 1;
            while tokens
                .get(j)
                .is_some_and(|t| t.number.is_some() && within(t))
            {
                j += 1;
            }
            // A word read with the amount follows it directly: "2.500 USD",
            // not "300.000 (USD 10–12)".
            let glued = |end: usize| {
                !matches!(rest.first(), Some(Element::Word(..)))
                    || tokens.get(end).is_none_or(|t| t.sep == Sep::Space)
            };
            (i + 1..=j)
                .rev()
                .filter(|&end| glued(end))
                .find_map(|end| match_from(rest, tokens, start, end))
        }
        Element::Gap(max) => (0..=*max)
            .take_while(|skip| {
                // Neither the skipped words nor the next one start a sentence.
                (i..=i + skip).all(|k| tokens.get(k).is_some_and(within))
            })
            .find_map(|skip| match_from(rest, tokens, start, i + skip)),
    }
}

/// How people type "không" in chats; read as "khong" (see `tokenize`).
const SLANG_KHONG: [&str; 6] = ["ko", "k", "hok", "khg", "khum", "hk"];
/// Vietnamese words that negate what follows ("không", "chưa", "chẳng").
const NEGATIONS_VI: [&str; 3] = ["khong", "chang", "chua"];
/// English ones, counted only when typed in ASCII ("no", not "nó").
const NEGATIONS_EN: [&str; 6] = ["no", "not", "never", "without", "dont", "don"];
/// Paying verbs: "không thu / phải chi / mất / trả… phí" negates a whole
/// list ("không phải chi bất kỳ khoản phí môi giới, phí phỏng vấn hay chi
/// phí xuất cảnh"), not just the next words.
const PAYING: [&str; 8] = ["thu", "chi", "mat", "ton", "tra", "dong", "nop", "charge"];
/// Words after which a negation no longer holds ("không mất phí, chỉ cần
/// đặt cọc", "không nặng nhọc mà lương cao").
const TURNS: [&str; 6] = ["nhung", "ma", "ngoai", "tru", "but", "only"];
/// Words that make the negation after them a condition ("nếu không",
/// "if not"), not a denial.
const CONDITIONS: [&str; 3] = ["neu", "if", "unless"];
/// How far back a plain negation reaches, within the clause.
const NEGATION_REACH: usize = 4;
/// How far back a paying negation reaches, within the sentence.
const PAYING_REACH: usize = 20;

fn is_negation(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let w = t.word.as_str();
    // "nghiêm cấm": "cấm" alone folds to "cam", as in "Cam-pu-chia".
    NEGATIONS_VI.contains(&w)
        || (t.ascii && NEGATIONS_EN.contains(&w))
        || (w == "cam" && k > 0 && tokens[k - 1].word == "nghiem")
}

/// Whether a negation shortly before `tokens[s]` makes the match there
/// harmless (see the module docs).
fn negated(tokens: &[Token], s: usize) -> bool {
    let mut k = s;
    let mut same_clause = true;
    for distance in 1..=PAYING_REACH {
        if k == 0 || tokens[k].sep == Sep::Stop {
            return false;
        }
        if tokens[k].sep == Sep::Mark {
            same_clause = false;
        }
        k -= 1;
        let t = &tokens[k];
        // "chỉ" (only) turns the sentence; typed as "chi" it may be "chi" (spend).
        if TURNS.contains(&t.word.as_str()) || (t.word == "chi" && !t.ascii) {
            return false;
        }
        // "nếu không nộp … sẽ mất cơ hội" (if you do not pay… you lose the
        // chance) is a condition, a threat, not a denial of what follows.
        let condition = k > 0 && CONDITIONS.contains(&tokens[k - 1].word.as_str());
        if is_negation(tokens, k) && !condition {
            if same_clause && distance <= NEGATION_REACH {
                return true;
            }
            let paying = tokens[k + 1..s.min(k + 4)]
                .iter()
                .any(|t| PAYING.contains(&t.word.as_str()));
            if paying {
                return true;
            }
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Marks
// ---------------------------------------------------------------------------

/// Vowels by the shape mark they carry (none, breve, circumflex, horn),
/// each followed by its five tones in the order of [`TONES`].
const VOWELS: [(&str, u16); 12] = [
    ("aàáảãạ", 0),
    ("ăằắẳẵặ", 1),
    ("âầấẩẫậ", 2),
    ("eèéẻẽẹ", 0),
    ("êềếểễệ", 2),
    ("iìíỉĩị", 0),
    ("oòóỏõọ", 0),
    ("ôồốổỗộ", 2),
    ("ơờớởỡợ", 3),
    ("uùúủũụ", 0),
    ("ưừứửữự", 3),
    ("yỳýỷỹỵ", 0),
];

/// The marks of one word, in an order-free form: the shape marks with
/// their letter, and the tone. "hòa" and "hoà" (old and new tone placing)
/// are equal; "chị" and "chỉ", "tiền" and "tiến", "nhàn" and "nhận" are
/// not, so a text typed with diacritics only matches the words it says.
/// `None` when the word holds combining marks (decomposed text: matched
/// leniently, by its letters only); empty when it has no marks.
pub(crate) fn marks(word: &str) -> Option<Vec<u16>> {
    let mut out = Vec::new();
    for c in word.chars().flat_map(char::to_lowercase) {
        if is_combining(c) {
            return None;
        }
        if matches!(c, 'đ' | 'ð') {
            out.push(u16::from(b'd') << 8 | 1);
            continue;
        }
        for (letters, shape) in VOWELS {
            if let Some(tone) = letters.chars().position(|l| l == c) {
                let base = letters.chars().next().map_or(0, |b| base_lower(b) as u16);
                if shape != 0 {
                    out.push(base << 8 | shape);
                }
                if tone != 0 {
                    out.push(0xFF00 | tone as u16);
                }
                break;
            }
        }
    }
    out.sort_unstable();
    Some(out)
}

/// The words of a pattern as [`fold`] splits them, each with its marks.
pub(crate) fn marked_words(raw: &str) -> Vec<(String, Option<Vec<u16>>)> {
    let mut out = Vec::new();
    let mut original = String::new();
    for c in raw.chars().chain(std::iter::once(' ')) {
        let alnum = c
            .to_lowercase()
            .any(|l| is_combining(l) || base_lower(l).is_alphanumeric());
        if alnum {
            original.push(c);
        } else if !original.is_empty() {
            out.push((fold(&original).trim().to_string(), marks(&original)));
            original.clear();
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------

/// Vietnamese vowels with their marks, by base letter (lowercase).
/// Combining diacritical marks (U+0300–U+036F): what decomposed (NFD)
/// Vietnamese puts after the base letter.
fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// A lowercase letter without its Vietnamese marks. A `match` (a jump
/// table) rather than a search through strings: this runs for every
/// character of every note when the search index is built.
fn base_lower(c: char) -> char {
    match c {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ'
        | 'ẫ' | 'ậ' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => 'e',
        'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
        'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở'
        | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => 'u',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
        // đ, and ð, which some keyboards and fonts produce instead.
        'đ' | 'ð' => 'd',
        _ => c,
    }
}

/// Removes Vietnamese diacritics (and combining marks), keeping case:
/// "Việc Nhẹ" → "Viec Nhe", "Đà Nẵng" → "Da Nang".
pub fn strip_diacritics(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_combining(c))
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            let base = base_lower(lower);
            if base == lower {
                c
            } else if c.is_uppercase() {
                base.to_ascii_uppercase()
            } else {
                base
            }
        })
        .collect()
}

/// One folded character and the bytes of the original text it stands for.
#[derive(Clone, Copy, Debug)]
struct Unit {
    ch: char,
    start: usize,
    end: usize,
}

/// Folds `text` into units: lowercase letters and digits without marks,
/// and a single `' '` for each run of anything else. Combining marks join
/// the unit before them, so highlights cover them.
fn fold_units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        for lower in c.to_lowercase() {
            if is_combining(lower) {
                if let Some(last) = out.last_mut() {
                    last.end = end;
                }
                continue;
            }
            let ch = base_lower(lower);
            if ch.is_alphanumeric() {
                out.push(Unit { ch, start, end });
            } else {
                match out.last_mut() {
                    Some(last) if last.ch == ' ' => last.end = end,
                    _ => out.push(Unit {
                        ch: ' ',
                        start,
                        end,
                    }),
                }
            }
        }
    }
    out
}

/// The folded form of `text` as a string: lowercase, no diacritics, runs of
/// spaces and punctuation as one space. Useful for comparing user input.
pub fn fold(text: &str) -> String {
    // The same characters as `fold_units`, without keeping their positions
    // (this runs over every note for search).
    let mut out = String::with_capacity(text.len());
    let mut after_space = false;
    for c in text.chars() {
        for lower in c.to_lowercase() {
            if is_combining(lower) {
                continue;
            }
            let ch = base_lower(lower);
            if ch.is_alphanumeric() {
                out.push(ch);
                after_space = false;
            } else if !after_space {
                out.push(' ');
                after_space = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
