//! The scan corpus: real lure texts and honest ads, each with its source
//! (`tests/fixtures/scan-lures.json`, `tests/fixtures/scan-honest.json`),
//! and the figures the scanner reaches on them. Used by the host tests and
//! by `cargo run --example scan_corpus`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{ScanMatch, Scanner};

/// One text of the corpus, as the research notes give it.
#[derive(Clone, Debug, Deserialize)]
pub struct CorpusText {
    pub id: String,
    pub lang: String,
    pub kind: String,
    pub text: String,
    /// For lures: the signs the source names.
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// Publisher, title, date and address of the article that quotes it.
    pub source: serde_json::Value,
    /// The date a text joined as part of a held-out set: collected after
    /// the phrase book was written, to see how it does on texts it was not
    /// tuned on (see `docs/scan-corpus.md`).
    #[serde(default)]
    pub held_out: Option<String>,
}

pub const LURES_JSON: &str = include_str!("../../../tests/fixtures/scan-lures.json");
pub const HONEST_JSON: &str = include_str!("../../../tests/fixtures/scan-honest.json");

pub fn parse(json: &str) -> Result<Vec<CorpusText>, serde_json::Error> {
    serde_json::from_str(json)
}

/// Counts for one group of texts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub texts: usize,
    /// Texts with at least one highlight.
    pub one: usize,
    /// Texts with two or more highlights.
    pub two: usize,
}

impl Tally {
    fn add(&mut self, highlights: usize) {
        self.texts += 1;
        self.one += usize::from(highlights >= 1);
        self.two += usize::from(highlights >= 2);
    }
}

/// What the scanner makes of the corpus.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub lures: Tally,
    pub honest: Tally,
    pub lures_by_kind: BTreeMap<String, Tally>,
    /// The held-out texts alone, by the date their set joined (also
    /// counted in `lures` and `honest`).
    pub lures_held_out: BTreeMap<String, Tally>,
    pub honest_held_out: BTreeMap<String, Tally>,
    pub honest_by_kind: BTreeMap<String, Tally>,
    /// Lures with fewer than two highlights: id and the highlighted words.
    pub weak_lures: Vec<(String, Vec<String>)>,
    /// Honest ads with a highlight: id and the highlighted words.
    pub false_highlights: Vec<(String, Vec<String>)>,
    /// How often each phrase lit up in the lures.
    pub phrase_hits: BTreeMap<String, usize>,
}

fn spans(text: &str, matches: &[ScanMatch]) -> Vec<String> {
    matches
        .iter()
        .map(|m| format!("{} ({})", &text[m.start..m.end], m.phrase_id))
        .collect()
}

pub fn evaluate(scanner: &Scanner, lures: &[CorpusText], honest: &[CorpusText]) -> Report {
    let mut r = Report::default();
    for t in lures {
        let m = scanner.scan(&t.text);
        r.lures.add(m.len());
        if let Some(date) = &t.held_out {
            r.lures_held_out
                .entry(date.clone())
                .or_default()
                .add(m.len());
        }
        r.lures_by_kind
            .entry(t.kind.clone())
            .or_default()
            .add(m.len());
        for one in &m {
            *r.phrase_hits.entry(one.phrase_id.clone()).or_default() += 1;
        }
        if m.len() < 2 {
            r.weak_lures.push((t.id.clone(), spans(&t.text, &m)));
        }
    }
    for t in honest {
        let m = scanner.scan(&t.text);
        r.honest.add(m.len());
        if let Some(date) = &t.held_out {
            r.honest_held_out
                .entry(date.clone())
                .or_default()
                .add(m.len());
        }
        r.honest_by_kind
            .entry(t.kind.clone())
            .or_default()
            .add(m.len());
        if !m.is_empty() {
            r.false_highlights.push((t.id.clone(), spans(&t.text, &m)));
        }
    }
    r
}

/// `part` of `whole` as a percentage, one decimal.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".into();
    }
    format!("{:.1} %", part as f64 * 100.0 / whole as f64)
}

/// How many lure texts each pattern (as written in the phrase book) lights
/// up on its own: shows the patterns that only one text needs.
pub fn pattern_hits(scanner: &Scanner, lures: &[CorpusText]) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    for p in scanner.phrases() {
        // A phrase with `only_with` is scanned beside the phrases it needs.
        let context = scanner
            .phrases()
            .iter()
            .filter(|q| p.only_with.contains(&q.id))
            .cloned();
        for pattern in &p.patterns {
            let single = Scanner::new(super::PhraseBook {
                phrases: std::iter::once(super::Phrase {
                    patterns: vec![pattern.clone()],
                    ..p.clone()
                })
                .chain(context.clone())
                .collect(),
            });
            let n = lures
                .iter()
                .filter(|t| single.scan(&t.text).iter().any(|m| m.phrase_id == p.id))
                .count();
            out.push((p.id.clone(), pattern.clone(), n));
        }
    }
    out
}
