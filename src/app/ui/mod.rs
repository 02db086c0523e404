//! Pieces the shell and the features share: text in the current language,
//! in-app links, icons, notices (and the words of the browser glue's
//! errors), moving focus to a screen's heading, read-aloud.

mod errors;
pub mod focus;
pub mod icons;
pub mod keep_offline;
mod link;
pub mod notice;
pub mod read_aloud;
pub(crate) mod style;

use super::{use_lang, DiscreetCtx};
use crate::core::lang::Lang;
use crate::i18n::Tr;
use leptos::prelude::*;

pub use link::Link;
pub use notice::{Notice, NoticeKind};

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

/// The words of `text` before (`first`) or after its placeholder `name`,
/// in the current language, for a view that shows the value in its own
/// element: `{tr_part(T, "number", true)}<span>111</span>{tr_part(T,
/// "number", false)}`. One closure type for every use, as [`tr`]
/// is, so each use costs the shell no new code.
#[inline(never)]
pub fn tr_part(
    text: crate::i18n::Tr,
    name: &'static str,
    first: bool,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || {
        let (before, after) = crate::i18n::around(text.get(lang.get()), name);
        if first {
            before
        } else {
            after
        }
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
    sources
        .iter()
        .map(|s| crate::i18n::sources::quiz_source(s, lang))
        .collect()
}
