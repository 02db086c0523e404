//! Languages and bilingual text as it appears in content files.

use serde::{Deserialize, Serialize};

/// The two languages every user-visible word exists in. Vietnamese first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// BCP 47 tag for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Text compiled into the app in both languages: the interface's words
/// (`i18n`, which re-exports it) and content generated into Rust (the quiz
/// list's catalogue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

/// A piece of content text in both languages, as written in `content/*.json`:
/// `{"vi": "…", "en": "…"}`. Both fields are required by serde, so a file
/// that lacks one fails to load (and the content tests fail).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }

    /// True when both languages hold real text (not blank).
    pub fn is_complete(&self) -> bool {
        !self.vi.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// Letters only Vietnamese writes (lower case): a word with one of them is
/// Vietnamese.
const VI_LETTERS: &str = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

/// The same letters in upper case. `word_kind` looks a letter up in both
/// lists instead of calling `to_lowercase`, which would link Unicode's case
/// tables (about 12 KB) into the shell; a test checks the two ways agree on
/// every `char`.
const VI_LETTERS_UPPER: &str =
    "ĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";

/// Vietnamese syllables that happen to have no diacritic. Next to a
/// Vietnamese word they belong to it ("Công an", "Bắc Ninh", "TP.HCM",
/// "Quốc hội TV"); alone they are left as they are.
const VI_PLAIN: &[&str] = &[
    "an", "bao", "cao", "chi", "gia", "giao", "hcm", "minh", "mua", "nai", "nhanh", "ninh", "ra",
    "thanh", "thu", "tp", "tv",
];

/// What may stand between two words of one Vietnamese run.
fn joins_run(gap: &str) -> bool {
    gap.chars()
        .all(|c| matches!(c, ' ' | '\u{a0}' | ',' | '.' | '-' | '/'))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Vietnamese,
    Plain,
    Number,
    Other,
}

/// `c` in lower case if it is an ASCII or a Vietnamese letter; any other
/// `char` as it is. Enough for comparing Vietnamese and English text
/// without `to_lowercase`, whose Unicode tables (about 3 KB brotli each
/// way) a feature module would otherwise carry.
pub fn lower_vi(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    VI_LETTERS_UPPER
        .chars()
        .zip(VI_LETTERS.chars())
        .find_map(|(upper, lower)| (upper == c).then_some(lower))
        .unwrap_or(c)
}

/// `text` with [`lower_vi`] applied to every `char`.
pub fn lowercase_vi(text: &str) -> String {
    text.chars().map(lower_vi).collect()
}

/// A letter whose lower case is in [`VI_LETTERS`].
fn is_vi_letter(c: char) -> bool {
    VI_LETTERS.contains(c) || VI_LETTERS_UPPER.contains(c)
}

fn word_kind(word: &str) -> WordKind {
    if word.chars().any(is_vi_letter) {
        WordKind::Vietnamese
    } else if word.chars().all(|c| c.is_ascii_digit()) {
        WordKind::Number
    } else if VI_PLAIN.iter().any(|p| word.eq_ignore_ascii_case(p)) {
        WordKind::Plain
    } else {
        WordKind::Other
    }
}

/// Splits a text into pieces, each `(piece, is_vietnamese)`, that together
/// are the whole text. A Vietnamese piece is a run of Vietnamese words (a
/// named body, a place, a quoted title) inside other text, so an English
/// page can mark it `lang="vi"` and a screen reader says it right.
pub fn vietnamese_runs(text: &str) -> Vec<(&str, bool)> {
    // Words: maximal runs of letters and digits, with their byte ranges.
    let mut words: Vec<(usize, usize, WordKind)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i, word_kind(&text[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    // Runs: words joined by spaces or light punctuation, none of them
    // "other", at least one Vietnamese, without numbers at either end.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut seq: Vec<(usize, usize, WordKind)> = Vec::new();
    let mut flush = |seq: &mut Vec<(usize, usize, WordKind)>| {
        let inner: Vec<_> = {
            let trimmed_start = seq.iter().position(|w| w.2 != WordKind::Number);
            let trimmed_end = seq.iter().rposition(|w| w.2 != WordKind::Number);
            match (trimmed_start, trimmed_end) {
                (Some(a), Some(b)) => seq[a..=b].to_vec(),
                _ => Vec::new(),
            }
        };
        if inner.iter().any(|w| w.2 == WordKind::Vietnamese) {
            runs.push((inner[0].0, inner[inner.len() - 1].1));
        }
        seq.clear();
    };
    for &word in &words {
        if word.2 == WordKind::Other {
            flush(&mut seq);
            continue;
        }
        if let Some(last) = seq.last() {
            if !joins_run(&text[last.1..word.0]) {
                flush(&mut seq);
            }
        }
        seq.push(word);
    }
    flush(&mut seq);
    let mut pieces = Vec::with_capacity(runs.len() * 2 + 1);
    let mut at = 0;
    for (s, e) in runs {
        if s > at {
            pieces.push((&text[at..s], false));
        }
        pieces.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<&str> {
        vietnamese_runs(text)
            .into_iter()
            .filter(|(_, vi)| *vi)
            .map(|(p, _)| p)
            .collect()
    }

    /// `lower_vi` lower-cases every ASCII and Vietnamese letter as
    /// `to_lowercase` does, and leaves every other `char` as it is.
    #[test]
    fn lower_vi_agrees_with_to_lowercase_on_vietnamese_and_ascii() {
        assert_eq!(VI_LETTERS.chars().count(), VI_LETTERS_UPPER.chars().count());
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let lower: Vec<char> = c.to_lowercase().collect();
            if c.is_ascii() || is_vi_letter(c) {
                assert_eq!(vec![lower_vi(c)], lower, "{c:?}");
            } else {
                assert_eq!(lower_vi(c), c, "{c:?}");
            }
        }
        assert_eq!(lowercase_vi("MẬT KHẨU Đúng"), "mật khẩu đúng");
    }

    /// `word_kind` without `to_lowercase` (no Unicode case tables in the
    /// shell) decides exactly as lower-casing the word would, for every
    /// `char`: the Vietnamese letters, and the plain words.
    #[test]
    fn word_kind_agrees_with_to_lowercase_on_every_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let lower = c.to_string().to_lowercase();
            assert_eq!(
                is_vi_letter(c),
                lower.chars().any(|l| VI_LETTERS.contains(l)),
                "{c:?} (U+{:04X})",
                u32::from(c)
            );
            // A plain word matches after lower-casing only if each of its
            // chars lower-cases to the ASCII letter `eq_ignore_ascii_case`
            // compares (U+212A, the Kelvin sign, becomes "k": no plain
            // word has a k).
            if !c.is_ascii() && lower.len() == 1 && lower.is_ascii() {
                assert!(
                    VI_PLAIN.iter().all(|p| !p.contains(lower.as_str())),
                    "{c:?} lower-cases to {lower:?}, a letter of a plain word"
                );
            }
        }
        assert!(VI_PLAIN
            .iter()
            .all(|p| p.is_ascii() && *p == p.to_lowercase()));
        for word in [
            "An", "TP", "Hcm", "NINH", "ninh", "Công", "ĐỒNG", "Kelvin", "12", "Ra",
        ] {
            let lower = word.to_lowercase();
            let expected = if lower.chars().any(|c| VI_LETTERS.contains(c)) {
                WordKind::Vietnamese
            } else if word.chars().all(|c| c.is_ascii_digit()) {
                WordKind::Number
            } else if VI_PLAIN.contains(&lower.as_str()) {
                WordKind::Plain
            } else {
                WordKind::Other
            };
            assert!(word_kind(word) == expected, "{word}");
        }
    }

    #[test]
    fn vietnamese_runs_cover_the_text_and_find_names_and_titles() {
        let cases: &[(&str, &[&str])] = &[
            ("Police (Công an)", &["Công an"]),
            ("Peace House (Ngôi nhà Bình yên)", &["Ngôi nhà Bình yên"]),
            ("R1 Công an TP.HCM (14/9/2025) — https://x.vn/cong-an", &["Công an TP.HCM"]),
            (
                "H13 hieuluat.vn — gọi đến 113, 114, 115, 116 hoàn toàn miễn phí (Circular 02/2020)",
                &["gọi đến 113, 114, 115, 116 hoàn toàn miễn phí"],
            ),
            ("In Thanh Hóa, a girl was stopped at Mộc Bài.", &["Thanh Hóa", "Mộc Bài"]),
            ("Quốc hội TV warns", &["Quốc hội TV"]),
            ("Tell an adult you trust before you decide.", &[]),
            ("R2 — https://plo.vn/bo-ngoai-giao-noi-ve-viec-nhe-luong-cao", &[]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&marked(text), expected, "{text}");
            let whole: String = vietnamese_runs(text).into_iter().map(|(p, _)| p).collect();
            assert_eq!(&whole, text);
        }
    }

    #[test]
    fn lang_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn text_requires_both_languages() {
        assert!(serde_json::from_str::<Text>(r#"{"vi":"Xin chào"}"#).is_err());
        let t: Text = serde_json::from_str(r#"{"vi":"Xin chào","en":"Hello"}"#).unwrap();
        assert_eq!(t.get(Lang::En), "Hello");
        assert!(t.is_complete());
        let blank: Text = serde_json::from_str(r#"{"vi":" ","en":"Hello"}"#).unwrap();
        assert!(!blank.is_complete());
    }
}
