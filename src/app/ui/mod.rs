//! Pieces the shell and the features share: text in the current language,
//! in-app links, icons, moving focus to a screen's heading, read-aloud.

pub mod focus;
pub mod icons;
mod link;
pub mod read_aloud;

use super::{use_lang, DiscreetCtx};
use crate::core::lang::Lang;
use crate::i18n::Tr;
use leptos::prelude::*;

pub use link::Link;

/// A reactive string in the current language; in discreet mode, its
/// neutral version where it has one ([`crate::i18n::discreet`]). Not
/// inlined: it is called in hundreds of places, and each copy of the
/// lookup would weigh on the first load.
#[inline(never)]
pub fn tr(text: Tr) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    let quiet =
        crate::i18n::discreet(text).and_then(|q| use_context::<DiscreetCtx>().map(|d| (q, d.0)));
    move || match quiet {
        Some((q, on)) if on.get() => q.get(lang.get()),
        _ => text.get(lang.get()),
    }
}

/// A text in `lang`. On an English page each run of Vietnamese words in it
/// (a named body, a place, a quoted title) gets `lang="vi"`, so a screen
/// reader says it with a Vietnamese voice.
pub fn marked(text: &str, lang: Lang) -> AnyView {
    if lang == Lang::Vi {
        return text.to_string().into_any();
    }
    crate::core::lang::vietnamese_runs(text)
        .into_iter()
        .map(|(piece, vi)| {
            if vi {
                view! { <span lang="vi">{piece.to_string()}</span> }.into_any()
            } else {
                piece.to_string().into_any()
            }
        })
        .collect::<Vec<_>>()
        .into_any()
}

/// A content text (both languages) in the current language, reactive, with
/// its Vietnamese runs marked as [`marked`] does.
pub fn content(
    text: &crate::core::lang::Text,
) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    let lang = use_lang();
    let text = text.clone();
    move || marked(text.get(lang.get()), lang.get())
}

/// The sources' labels (publisher and date, "undated" where there is no
/// date) in `lang`, as every explanation and guide shows them.
pub fn source_labels(sources: &[crate::core::quiz::Source], lang: Lang) -> Vec<String> {
    let undated = crate::i18n::QUIZ_SOURCE_UNDATED.get(lang);
    sources.iter().map(|s| s.label(lang, undated)).collect()
}
