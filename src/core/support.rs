//! "What support can I get?": the guide to the support the 2024
//! anti-trafficking law gives, loaded from `content/support-guide.json`.
//!
//! Content is data with a source for every item. The tests below refuse an
//! item without both languages, an article, a dated source, or a source
//! without a publisher; they refuse the claims the fact sheet marks
//! UNVERIFIED and words that blame the person reading (the anti-stigma duty
//! of Art. 7). Items with `plan: true` become the checklist of "My plan"
//! inside the vault; the plan stores only their ids.

use super::lang::Text;
use super::quiz::{is_source_date, Source};
use super::scan::fold;
use serde::Deserialize;

/// The guide as written in `content/support-guide.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// ISO date the items were last checked against their sources.
    pub checked: String,
    pub checked_against: String,
    pub title: Text,
    pub intro: Text,
    /// That procedures change, and where to ask.
    pub caveat: Text,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub items: Vec<Item>,
}

/// One fact of the guide, with the article it rests on and its sources.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id; a plan entry refers to a support item by it.
    pub id: String,
    pub title: Text,
    pub body: Text,
    /// The article (or, where the source names none, the law and a note
    /// that it gives no number).
    pub article: Text,
    pub sources: Vec<Source>,
    /// A support the person can ask for: an entry of "My plan".
    #[serde(default)]
    pub plan: bool,
}

/// Phrases for claims the fact sheet marks UNVERIFIED (or superseded), with
/// why: the guide must never state them. Matched folded (no accents, lower case).
pub const UNVERIFIED_CLAIMS: &[(&str, &str)] = &[
    ("unverified", "a marker left in the text"),
    ("chua xac minh", "a marker left in the text"),
    (
        "cap huyen",
        "the district office of the 2024 text was replaced in 2025 (no district level)",
    ),
    (
        "district",
        "the district office of the 2024 text was replaced in 2025 (no district level)",
    ),
    ("lao dong - thuong binh", "MOLISA no longer exists (2025)"),
    ("molisa", "MOLISA no longer exists (2025)"),
    ("ld-tb&xh", "MOLISA no longer exists (2025)"),
    (
        "dieu 30",
        "whether Art. 30 was reworded in 2025 is UNVERIFIED",
    ),
    (
        "art. 30",
        "whether Art. 30 was reworded in 2025 is UNVERIFIED",
    ),
    (
        "duoc thong tin ve",
        "the right to be informed: the excerpt was cut off",
    ),
    (
        "right to be informed",
        "the right to be informed: the excerpt was cut off",
    ),
    ("91/2025", "the law is 86/2025/QH15"),
    (
        "cuc tre em",
        "which Ministry of Health unit runs 111 is UNVERIFIED",
    ),
    (
        "department of children",
        "which Ministry of Health unit runs 111 is UNVERIFIED",
    ),
    ("1800 1567", "superseded by 111"),
];

/// Words that blame or shame the person reading (Art. 7: fight stigma).
/// Matched folded.
pub const BLAMING_WORDS: &[&str] = &[
    "nhe da",
    "ca tin",
    "dai dot",
    "tu chuoc",
    "le ra ban",
    "hu hong",
    "naive",
    "gullible",
    "careless",
    "foolish",
    "should have",
    "your own fault",
    "you let",
];

impl Guide {
    pub fn parse(json: &str) -> Result<Guide, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Every item, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// The support items that become entries of "My plan", in order.
    pub fn plan_items(&self) -> impl Iterator<Item = &Item> {
        self.items().filter(|i| i.plan)
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| i.id == id)
    }

    /// Every text a reader sees, for the wording checks.
    fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = vec![
            ("title".to_string(), &self.title),
            ("intro".to_string(), &self.intro),
            ("caveat".to_string(), &self.caveat),
        ];
        for s in &self.sections {
            out.push((format!("{}.title", s.id), &s.title));
            for i in &s.items {
                out.push((format!("{}.title", i.id), &i.title));
                out.push((format!("{}.body", i.id), &i.body));
                out.push((format!("{}.article", i.id), &i.article));
                for (n, src) in i.sources.iter().enumerate() {
                    out.push((format!("{}.source{}", i.id, n + 1), &src.publisher));
                }
            }
        }
        out
    }

    /// Every problem found; empty when the guide is fit to ship.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.sections.is_empty() {
            out.push("no sections".into());
        }
        let mut ids = std::collections::BTreeSet::new();
        for s in &self.sections {
            if !ids.insert(s.id.as_str()) {
                out.push(format!("{}: duplicate id", s.id));
            }
            if s.items.is_empty() {
                out.push(format!("{}: empty section", s.id));
            }
        }
        for i in self.items() {
            let id = &i.id;
            if !ids.insert(id.as_str()) {
                out.push(format!("{id}: duplicate id"));
            }
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                out.push(format!(
                    "{id}: id must be lowercase letters, digits and '-'"
                ));
            }
            if !i.article.is_complete() {
                out.push(format!("{id}: no article in both languages"));
            }
            if i.sources.is_empty() {
                out.push(format!("{id}: no sources"));
            }
            if !i.sources.iter().any(|s| s.date.is_some()) {
                out.push(format!("{id}: no source with a date"));
            }
            for (n, s) in i.sources.iter().enumerate() {
                let n = n + 1;
                if !s.publisher.is_complete() {
                    out.push(format!(
                        "{id}: source {n} has no publisher in both languages"
                    ));
                }
                if let Some(d) = &s.date {
                    if !is_source_date(d) {
                        out.push(format!("{id}: source {n} has a bad date '{d}'"));
                    }
                }
                if s.host().is_none() {
                    out.push(format!("{id}: source {n} has no address"));
                }
            }
        }
        for (place, text) in self.texts() {
            if !text.is_complete() {
                out.push(format!("{place}: missing a language"));
                continue;
            }
            for lang_text in [&text.vi, &text.en] {
                let folded = fold(lang_text);
                for (phrase, why) in UNVERIFIED_CLAIMS {
                    if folded.contains(phrase) {
                        out.push(format!("{place}: says '{phrase}': {why}"));
                    }
                }
                for word in BLAMING_WORDS {
                    if folded.contains(word) {
                        out.push(format!("{place}: blaming word '{word}'"));
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUIDE_JSON: &str = include_str!("../../content/support-guide.json");

    fn guide() -> Guide {
        Guide::parse(GUIDE_JSON).expect("content/support-guide.json parses")
    }

    #[test]
    fn the_shipped_guide_validates() {
        let g = guide();
        assert_eq!(g.problems(), Vec::<String>::new());
    }

    #[test]
    fn the_guide_covers_what_the_law_lists() {
        let g = guide();
        // Art. 37 a–k and the Decree 162 / 2024 additions, as plan entries.
        let plan: Vec<&str> = g.plan_items().map(|i| i.id.as_str()).collect();
        for id in [
            "essential-needs",
            "medical",
            "health-insurance",
            "interpretation",
            "legal-information",
            "legal-aid",
            "travel",
            "psychological",
            "schooling",
            "tuition",
            "vocational",
            "allowance",
        ] {
            assert!(plan.contains(&id), "{id} missing from the plan items");
        }
        for id in [
            "who-victims",
            "who-children",
            "who-being-identified",
            "where-report",
            "where-reception",
            "right-confidential",
            "right-protection",
            "right-closed-trial",
        ] {
            assert!(g.item(id).is_some(), "{id} missing");
        }
    }

    /// The checks catch what they are for: a guide with each fault is refused.
    #[test]
    fn each_fault_is_refused() {
        type Fault = (&'static str, fn(&mut Guide));
        let faults: [Fault; 7] = [
            ("no article", |g| g.sections[0].items[0].article.en.clear()),
            ("no sources", |g| g.sections[0].items[0].sources.clear()),
            ("undated", |g| {
                for s in &mut g.sections[0].items[0].sources {
                    s.date = None;
                }
            }),
            ("english missing", |g| {
                g.sections[1].items[0].body.en = " ".into()
            }),
            ("unverified claim", |g| {
                g.sections[2].items[1].body.vi =
                    "Phòng Lao động - Thương binh và Xã hội cấp huyện tiếp nhận bạn.".into()
            }),
            ("right to be informed", |g| {
                g.sections[3].items[0].body.en = "You have the right to be informed.".into()
            }),
            ("blame", |g| {
                g.intro.vi = "Vì bạn nhẹ dạ nên bị lừa.".into();
            }),
        ];
        for (name, fault) in faults {
            let mut g = guide();
            fault(&mut g);
            assert!(!g.problems().is_empty(), "{name}: not caught");
        }
    }
}
