//! The small pattern language of `content/scan-phrases.json`.
//!
//! A pattern is words, written naturally (case and diacritics do not
//! matter), plus four marks:
//!
//! - `[a|b|c]`: one of the alternatives, each zero or more words; an empty
//!   alternative makes the group optional (`[rất|]`). No nesting.
//! - `{n}`: an amount: one or more numbers in a row ("20", "1.000.000",
//!   "10-15"). A unit glued to it is read as a word: "25tr" as "25 triệu",
//!   "500k" as "500 nghìn", "1000usd" as "1000 usd".
//! - `{n>=15}`: an amount whose first number is at least 15.
//! - `~`: up to three words of anything in between, within one sentence.

use super::marked_words;

/// One element of a compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Element {
    /// One folded word (lowercase letters and digits, no marks), and the
    /// marks it was written with (see [`super::marks`]).
    Word(String, Vec<u16>),
    /// An amount, with an optional lower bound on its first number.
    Num(Option<u64>),
    /// Up to this many words of anything.
    Gap(usize),
}

/// How many words `~` may skip.
pub(super) const GAP: usize = 3;

/// Splits `pattern` into its alternatives: every combination of one choice
/// per `[...]` group. Errors name what is wrong.
pub(super) fn expand(pattern: &str) -> Result<Vec<String>, String> {
    let mut out = vec![String::new()];
    let mut rest = pattern;
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        if before.contains(']') {
            return Err("']' without '['".into());
        }
        let Some(close) = after.find(']') else {
            return Err("'[' without ']'".into());
        };
        let group = &after[1..close];
        if group.contains('[') {
            return Err("nested '['".into());
        }
        let choices: Vec<&str> = group.split('|').collect();
        if choices.len() < 2 {
            return Err("a '[...]' group needs at least two choices".into());
        }
        out = out
            .iter()
            .flat_map(|prefix| choices.iter().map(move |c| format!("{prefix}{before}{c}")))
            .collect();
        rest = &after[close + 1..];
    }
    if rest.contains(']') {
        return Err("']' without '['".into());
    }
    for s in &mut out {
        s.push_str(rest);
    }
    Ok(out)
}

/// Compiles one alternative (no `[...]` left) into elements.
pub(super) fn compile(alternative: &str) -> Result<Vec<Element>, String> {
    let mut out = Vec::new();
    for raw in alternative.split_whitespace() {
        if raw == "~" {
            out.push(Element::Gap(GAP));
        } else if raw == "{n}" {
            out.push(Element::Num(None));
        } else if let Some(min) = raw.strip_prefix("{n>=").and_then(|r| r.strip_suffix('}')) {
            let min = min
                .parse()
                .map_err(|_| format!("bad amount bound in '{raw}'"))?;
            out.push(Element::Num(Some(min)));
        } else if raw.contains(['{', '}', '~']) {
            return Err(format!("unknown mark in '{raw}'"));
        } else {
            out.extend(
                marked_words(raw)
                    .into_iter()
                    .map(|(w, m)| Element::Word(w, m.unwrap_or_default())),
            );
        }
    }
    if !out.iter().any(|e| matches!(e, Element::Word(..))) {
        return Err("has no letters".into());
    }
    if matches!(out.first(), Some(Element::Gap(_))) || matches!(out.last(), Some(Element::Gap(_))) {
        return Err("'~' at the start or end".into());
    }
    Ok(out)
}

/// A text this alternative matches in full: what tests scan to prove every
/// pattern works (`{n}` becomes a number at its bound, `~` nothing).
pub(super) fn example(alternative: &str) -> String {
    let words: Vec<String> = alternative
        .split_whitespace()
        .filter(|w| *w != "~")
        .map(|w| {
            if w == "{n}" {
                "20".to_string()
            } else if let Some(min) = w.strip_prefix("{n>=").and_then(|r| r.strip_suffix('}')) {
                min.to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_every_combination_and_optional_groups() {
        assert_eq!(expand("a [b|c] d").unwrap(), ["a b d", "a c d"]);
        assert_eq!(
            expand("[x|y] [rất |]z").unwrap(),
            ["x rất z", "x z", "y rất z", "y z"]
        );
        assert_eq!(expand("plain").unwrap(), ["plain"]);
        for bad in ["a [b", "a b]", "[a|[b]]", "[a]"] {
            assert!(expand(bad).is_err(), "{bad}");
        }
    }

    fn marks(word: &str) -> Vec<u16> {
        super::super::marks(word).unwrap()
    }

    #[test]
    fn compiles_words_amounts_and_gaps() {
        use Element::*;
        assert_eq!(
            compile("Thu nhập {n} ~ ngày").unwrap(),
            [
                Word("thu".into(), vec![]),
                Word("nhap".into(), marks("nhập")),
                Num(None),
                Gap(GAP),
                Word("ngay".into(), marks("ngày"))
            ]
        );
        assert_eq!(
            compile("{n>=15} triệu").unwrap(),
            [Num(Some(15)), Word("trieu".into(), marks("triệu"))]
        );
        assert_eq!(compile("Cam-pu-chia").unwrap().len(), 3);
        for bad in ["~ a", "a ~", "{n}", "{x} a", "{n>=x} a", "!!"] {
            assert!(compile(bad).is_err(), "{bad}");
        }
        assert_eq!(example("thu nhập {n} ~ ngày"), "thu nhập 20 ngày");
        assert_eq!(example("{n>=15} triệu"), "15 triệu");
    }
}
