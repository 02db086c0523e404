//! Sentences with placeholders, so a translator can put a number or a name
//! where the language wants it: `"Còn {seconds} giây"` / `"{seconds} s
//! left"`. Names are ASCII words in braces; the test at the bottom checks
//! that every string of the table has the same placeholders in both
//! languages.

use std::fmt::{Display, Write};

/// `template` with each `{name}` replaced by the value of `name` in
/// `args`. A placeholder without a value stays as it is (and fails a debug
/// build), so a slip shows instead of vanishing.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 8);
    let mut rest = template;
    while let Some((before, name, after)) = next_placeholder(rest) {
        out.push_str(before);
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                let _ = write!(out, "{v}");
            }
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template:?}");
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The text before and after the placeholder `{name}`, for a view that
/// shows the value in its own element (`before <b>12</b> after`). Without
/// the placeholder: the whole text, then nothing.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mut rest = template;
    let mut at = 0;
    while let Some((before, found, after)) = next_placeholder(rest) {
        if found == name {
            let start = at + before.len();
            return (&template[..start], after);
        }
        at = template.len() - after.len();
        rest = after;
    }
    (template, "")
}

/// The names of the placeholders in `template`, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some((_, name, after)) = next_placeholder(rest) {
        names.push(name);
        rest = after;
    }
    names
}

/// `(text before, name, text after)` of the first `{name}` in `s`.
/// A byte search (braces are ASCII, so the indices are char boundaries):
/// `str::find` would bring its pattern machinery into the shell.
fn next_placeholder(s: &str) -> Option<(&str, &str, &str)> {
    let bytes = s.as_bytes();
    let open = bytes.iter().position(|&b| b == b'{')?;
    let close = open + bytes[open..].iter().position(|&b| b == b'}')?;
    Some((&s[..open], &s[open + 1..close], &s[close + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::all_strings;

    #[test]
    fn placeholders_are_replaced_wherever_they_stand() {
        assert_eq!(
            fill("Còn {seconds} giây", &[("seconds", &30)]),
            "Còn 30 giây"
        );
        assert_eq!(fill("{seconds} s left", &[("seconds", &30)]), "30 s left");
        assert_eq!(
            fill("{a}/{b} ({a})", &[("b", &12), ("a", &"11")]),
            "11/12 (11)"
        );
        assert_eq!(fill("no placeholder", &[("n", &1)]), "no placeholder");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    #[cfg(not(debug_assertions))]
    fn a_missing_value_leaves_the_placeholder_visible() {
        assert_eq!(fill("Câu {n}/{total}", &[("n", &1)]), "Câu 1/{total}");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "no value for {total}")]
    fn a_missing_value_fails_a_debug_build() {
        let _ = fill("Câu {n}/{total}", &[("n", &1)]);
    }

    #[test]
    fn around_splits_at_the_named_placeholder() {
        assert_eq!(around("{n} giây mỗi câu", "n"), ("", " giây mỗi câu"));
        assert_eq!(
            around("Tổng {t} phút, {m} x", "m"),
            ("Tổng {t} phút, ", " x")
        );
        assert_eq!(around("nothing", "m"), ("nothing", ""));
    }

    #[test]
    fn every_string_has_the_same_placeholders_in_both_languages() {
        let mut with_placeholders = 0;
        for (name, tr) in all_strings() {
            let mut vi = placeholders(tr.vi);
            let mut en = placeholders(tr.en);
            for p in vi.iter().chain(&en) {
                assert!(
                    !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                    "{name}: placeholder {{{p}}} is not a lower-case ASCII name"
                );
            }
            // A brace without its pair is a typo in a placeholder.
            for text in [tr.vi, tr.en] {
                assert_eq!(
                    text.matches('{').count(),
                    text.matches('}').count(),
                    "{name}: unbalanced braces in {text:?}"
                );
            }
            vi.sort_unstable();
            en.sort_unstable();
            assert_eq!(vi, en, "{name}: vi and en placeholders differ");
            with_placeholders += usize::from(!vi.is_empty());
        }
        assert!(with_placeholders >= 35, "only {with_placeholders}");
    }
}
