//! Hotline directory, written in `content/hotlines.json`.
//!
//! Numbers are data with sources, never literals in components. The tests
//! below refuse an entry without both languages, a dialable number or a
//! source, and refuse numbers the fact sheet marks as superseded.
//!
//! The app does not parse the JSON: `hotlines_data.rs` is the same directory
//! as Rust, generated from it, so the shell's first load carries no
//! serde_json (about 7 KB brotli, docs/size.md). A test fails when the two
//! disagree; `BINH_AN_WRITE_HOTLINES=1 cargo test --lib core::hotlines`
//! rewrites the Rust file after an edit of the JSON.

use super::lang::Text;
use serde::Deserialize;

#[cfg(test)]
const HOTLINES_JSON: &str = include_str!("../../content/hotlines.json");

/// Where a number can be dialled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// Short codes such as 111 work only inside Vietnam.
    Vietnam,
    /// Numbers in full international form, for someone already abroad.
    Abroad,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    pub id: String,
    pub region: Region,
    /// As people write it: "+84 981 84 84 84".
    pub number: String,
    /// What goes after `tel:`: digits, with a leading `+` for international form.
    pub dial: String,
    /// `None` when no source confirms the price.
    pub free: Option<bool>,
    pub name: Text,
    pub operator: Text,
    pub hours: Text,
    pub cost: Text,
    pub purpose: Text,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

impl Hotline {
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.dial)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// ISO date the entries were last checked against their sources.
    pub checked: String,
    pub checked_against: String,
    pub hotlines: Vec<Hotline>,
}

impl Directory {
    pub fn parse(json: &str) -> Result<Directory, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The directory shipped with the app: `content/hotlines.json`, through
    /// its generated Rust form (a host test keeps the two equal).
    pub fn builtin() -> Directory {
        super::hotlines_data::directory()
    }

    pub fn in_region(&self, region: Region) -> impl Iterator<Item = &Hotline> {
        self.hotlines.iter().filter(move |h| h.region == region)
    }

    /// The number the app's call button dials: the first entry (111).
    pub fn primary(&self) -> &Hotline {
        &self.hotlines[0]
    }

    /// Every problem found in the directory; empty when it is fit to ship.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.hotlines.first().map(|h| h.dial.as_str()) != Some("111") {
            out.push("111 must be the first hotline".to_string());
        }
        let mut seen = std::collections::HashSet::new();
        for h in &self.hotlines {
            let id = &h.id;
            if !seen.insert(id.clone()) {
                out.push(format!("{id}: duplicate id"));
            }
            for (field, text) in [
                ("name", &h.name),
                ("operator", &h.operator),
                ("hours", &h.hours),
                ("cost", &h.cost),
                ("purpose", &h.purpose),
            ] {
                if !text.is_complete() {
                    out.push(format!("{id}: {field} lacks a language"));
                }
            }
            if let Some(note) = &h.note {
                if !note.is_complete() {
                    out.push(format!("{id}: note lacks a language"));
                }
            }
            if !is_dialable(&h.dial) {
                out.push(format!("{id}: '{}' is not dialable", h.dial));
            }
            let digits: String = h.number.chars().filter(|c| c.is_ascii_digit()).collect();
            if digits != h.dial.trim_start_matches('+') {
                out.push(format!("{id}: shown number and dialled number differ"));
            }
            if h.region == Region::Abroad && !h.dial.starts_with('+') {
                out.push(format!(
                    "{id}: a number for use abroad must be in +country form"
                ));
            }
            if h.sources.iter().all(|s| s.trim().is_empty()) {
                out.push(format!("{id}: no source"));
            }
            if SUPERSEDED.contains(&h.dial.as_str()) {
                out.push(format!(
                    "{id}: {} is superseded (see content-facts.md)",
                    h.dial
                ));
            }
        }
        out
    }
}

/// Numbers the fact sheet says must not be used (1800 1567 was replaced by
/// 111 in 2017, as were its provincial lines).
const SUPERSEDED: [&str; 3] = ["18001567", "18001282", "18008077"];

fn is_dialable(dial: &str) -> bool {
    let digits = dial.strip_prefix('+').unwrap_or(dial);
    (3..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `hotlines_data.rs` as it must read for the JSON of today.
    fn generated_source(dir: &Directory) -> String {
        let t = |t: &Text| format!("t({:?}, {:?})", t.vi, t.en);
        let mut out = String::from(
            "//! @generated from `content/hotlines.json` by\n\
             //! `BINH_AN_WRITE_HOTLINES=1 cargo test --lib core::hotlines`: do not edit;\n\
             //! edit the JSON and run that command (see `hotlines.rs`).\n\n\
             use super::hotlines::{Directory, Hotline, Region};\n\
             use super::lang::Text;\n\n\
             fn t(vi: &str, en: &str) -> Text {\n    Text {\n        vi: vi.into(),\n        en: en.into(),\n    }\n}\n\n\
             pub(super) fn directory() -> Directory {\n    Directory {\n",
        );
        out += &format!("        checked: {:?}.into(),\n", dir.checked);
        out += &format!(
            "        checked_against: {:?}.into(),\n",
            dir.checked_against
        );
        out += "        hotlines: vec![\n";
        for h in &dir.hotlines {
            out += "            Hotline {\n";
            let mut field = |name: &str, value: String| {
                out += &format!("                {name}: {value},\n");
            };
            field("id", format!("{:?}.into()", h.id));
            field("region", format!("Region::{:?}", h.region));
            field("number", format!("{:?}.into()", h.number));
            field("dial", format!("{:?}.into()", h.dial));
            field("free", format!("{:?}", h.free));
            field("name", t(&h.name));
            field("operator", t(&h.operator));
            field("hours", t(&h.hours));
            field("cost", t(&h.cost));
            field("purpose", t(&h.purpose));
            field(
                "note",
                h.note
                    .as_ref()
                    .map_or("None".into(), |n| format!("Some({})", t(n))),
            );
            let sources: Vec<String> = h.sources.iter().map(|s| format!("{s:?}.into()")).collect();
            field("sources", format!("vec![{}]", sources.join(", ")));
            out += "            },\n";
        }
        out += "        ],\n    }\n}\n";
        out
    }

    #[test]
    fn generated_directory_is_the_json() {
        let parsed = Directory::parse(HOTLINES_JSON).expect("content/hotlines.json parses");
        // Compared as text (the file is exactly what the generator writes)
        // and as data (what the app shows).
        crate::core::generated_file_is_current(
            "src/core/hotlines_data.rs",
            &generated_source(&parsed),
            "BINH_AN_WRITE_HOTLINES",
            "core::hotlines",
        );
        assert!(
            Directory::builtin() == parsed,
            "src/core/hotlines_data.rs differs from content/hotlines.json; run \
             BINH_AN_WRITE_HOTLINES=1 cargo test --lib core::hotlines"
        );
    }

    #[test]
    fn builtin_directory_is_fit_to_ship() {
        let dir = Directory::parse(HOTLINES_JSON).expect("content/hotlines.json parses");
        assert_eq!(dir.problems(), Vec::<String>::new());
        let dir = Directory::builtin();
        assert_eq!(dir.problems(), Vec::<String>::new());
        assert!(dir.hotlines.len() >= 3);
    }

    #[test]
    fn hotline_111_comes_first_free_and_says_calls_are_recorded() {
        let dir = Directory::builtin();
        let first = dir.primary();
        assert_eq!(first.dial, "111");
        assert_eq!(first.tel_href(), "tel:111");
        assert_eq!(first.free, Some(true));
        assert_eq!(first.region, Region::Vietnam);
        let note = first.note.as_ref().expect("111 carries the recording note");
        assert!(note.vi.contains("ghi âm"));
        assert!(note.en.contains("recorded"));
        assert!(first.sources.iter().any(|s| s.contains("162/2025")));
    }

    #[test]
    fn directory_has_police_and_a_line_for_people_abroad() {
        let dir = Directory::builtin();
        assert!(dir.in_region(Region::Vietnam).any(|h| h.dial == "113"));
        let abroad: Vec<_> = dir.in_region(Region::Abroad).collect();
        assert!(!abroad.is_empty());
        assert!(abroad.iter().all(|h| h.dial.starts_with("+84")));
    }

    #[test]
    fn validator_rejects_bad_entries() {
        let mut dir = Directory::builtin();
        dir.hotlines[0].name.en = String::new();
        dir.hotlines[1].dial = "11a".into();
        dir.hotlines[2].sources.clear();
        let mut superseded = dir.hotlines[1].clone();
        superseded.id = "old".into();
        superseded.dial = "18001567".into();
        superseded.number = "1800 1567".into();
        dir.hotlines.push(superseded);
        let mut abroad = dir.hotlines[0].clone();
        abroad.id = "abroad-short".into();
        abroad.region = Region::Abroad;
        dir.hotlines.push(abroad);
        let problems = dir.problems().join("\n");
        for expected in [
            "name lacks a language",
            "not dialable",
            "no source",
            "superseded",
            "+country form",
        ] {
            assert!(
                problems.contains(expected),
                "missing '{expected}' in:\n{problems}"
            );
        }
        dir.hotlines.swap(0, 1);
        assert!(dir
            .problems()
            .iter()
            .any(|p| p.contains("111 must be the first")));
    }

    #[test]
    fn missing_language_fails_to_parse() {
        let json = HOTLINES_JSON.replacen(r#""en": "Free""#, r#""fr": "Free""#, 1);
        assert!(Directory::parse(&json).is_err());
    }
}
