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

#[cfg(test)]
mod tests {
    use super::*;

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
