//! Red-flag phrases in a recruiter's message.
//!
//! The user pastes a message; [`Scanner::scan`] returns the byte ranges of
//! the original text that match a phrase from `content/scan-phrases.json`,
//! so the UI can highlight them in place.
//!
//! Matching is forgiving the way people type Vietnamese: case is ignored,
//! diacritics are ignored (precomposed or combining, so "việc nhẹ lương
//! cao", "viec nhe luong cao" and "VIỆC NHẸ LƯƠNG CAO" all match), `đ`
//! counts as `d`, and any run of spaces or punctuation counts as one
//! separator. Matches must start and end on word boundaries, so "phí" does
//! not match inside "phím". Because folding also merges real words ("Lào"
//! and "lao"), a phrase may list `exclude` patterns: a match that overlaps
//! one of them is dropped (e.g. "ở Lào" inside "ở Lào Cai").

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::lang::Text;
use super::quiz::{load_checked, ContentError};

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
    /// What to look for, written naturally (with diacritics).
    pub patterns: Vec<String>,
    /// Look-alikes that must not count (see the module docs).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Why this phrase is a warning sign, shown next to the highlight.
    pub reason: Text,
    pub sources: Vec<String>,
}

/// One highlighted span: `text[start..end]` of the scanned text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScanMatch {
    pub start: usize,
    pub end: usize,
    pub phrase_id: String,
}

/// A phrase book with its patterns folded once, ready to scan.
#[derive(Clone, Debug)]
pub struct Scanner {
    book: PhraseBook,
    /// (phrase index, folded pattern, is an exclusion)
    compiled: Vec<(usize, Vec<char>, bool)>,
}

impl Scanner {
    /// The phrases shipped with the app, parsed and validated.
    pub fn builtin() -> Result<Scanner, ContentError> {
        Scanner::from_json(SCAN_JSON)
    }

    pub fn from_json(json: &str) -> Result<Scanner, ContentError> {
        load_checked(json, PhraseBook::problems).map(Scanner::new)
    }

    /// Builds a scanner without validating `book` (see [`PhraseBook::problems`]).
    pub fn new(book: PhraseBook) -> Scanner {
        let mut compiled = Vec::new();
        for (i, p) in book.phrases.iter().enumerate() {
            for (list, exclude) in [(&p.patterns, false), (&p.exclude, true)] {
                for pattern in list {
                    let folded = fold_pattern(pattern);
                    if !folded.is_empty() {
                        compiled.push((i, folded, exclude));
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
    /// first wins, then the longer one.
    pub fn scan(&self, text: &str) -> Vec<ScanMatch> {
        let units = fold_units(text);
        let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, phrase)
        let mut excluded: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        for (phrase, pattern, exclude) in &self.compiled {
            for (s, e) in find_all(&units, pattern) {
                if *exclude {
                    excluded.entry(*phrase).or_default().push((s, e));
                } else {
                    found.push((s, e, *phrase));
                }
            }
        }
        found.retain(|(s, e, p)| {
            !excluded
                .get(p)
                .is_some_and(|ex| ex.iter().any(|(xs, xe)| s < xe && xs < e))
        });
        found.sort_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
        let mut out = Vec::new();
        let mut taken_to = 0;
        for (s, e, p) in found {
            if s < taken_to {
                continue;
            }
            taken_to = e;
            out.push(ScanMatch {
                start: units[s].start,
                end: units[e - 1].end,
                phrase_id: self.book.phrases[p].id.clone(),
            });
        }
        out
    }
}

impl PhraseBook {
    /// Every problem in the phrase list; empty when fit to ship.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        // Each folded pattern belongs to one phrase, or a match is ambiguous.
        let mut owner: HashMap<Vec<char>, &str> = HashMap::new();
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
            if p.sources.is_empty() || p.sources.iter().any(|s| s.trim().is_empty()) {
                out.push(format!("{id}: needs sources"));
            }
            if p.patterns.is_empty() {
                out.push(format!("{id}: no patterns"));
            }
            for pattern in &p.patterns {
                let folded = fold_pattern(pattern);
                if folded.is_empty() {
                    out.push(format!("{id}: pattern '{pattern}' has no letters"));
                } else if let Some(other) = owner.insert(folded, id) {
                    out.push(format!(
                        "{id}: pattern '{pattern}' repeats a pattern of {other}"
                    ));
                }
            }
            for ex in &p.exclude {
                let folded = fold_pattern(ex);
                if folded.is_empty() {
                    out.push(format!("{id}: exclude '{ex}' has no letters"));
                }
                if p.patterns.iter().any(|pat| fold_pattern(pat) == folded) {
                    out.push(format!(
                        "{id}: exclude '{ex}' cancels one of its own patterns"
                    ));
                }
            }
        }
        out
    }
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

fn fold_pattern(pattern: &str) -> Vec<char> {
    fold(pattern).trim().chars().collect()
}

/// Unit ranges `[s, e)` where `pattern` occurs on word boundaries.
fn find_all(units: &[Unit], pattern: &[char]) -> Vec<(usize, usize)> {
    let n = pattern.len();
    if n == 0 || units.len() < n {
        return Vec::new();
    }
    (0..=units.len() - n)
        .filter(|&s| s == 0 || units[s - 1].ch == ' ')
        .filter(|&s| units.get(s + n).is_none_or(|u| u.ch == ' '))
        .filter(|&s| {
            units[s..s + n]
                .iter()
                .map(|u| u.ch)
                .eq(pattern.iter().copied())
        })
        .map(|s| (s, s + n))
        .collect()
}

#[cfg(test)]
mod tests;
