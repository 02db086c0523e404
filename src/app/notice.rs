//! The one way the app shows a notice: an error (announced at once), a
//! status that changes while the user waits (announced politely), or a
//! plain note. The words come from the string table, errors through
//! `i18n::UserText`.

use leptos::prelude::*;

/// How assistive technology hears a [`Notice`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NoticeKind {
    /// `role="alert"`: something went wrong; read out at once.
    #[default]
    Alert,
    /// `role="status"`: a changing state (a countdown); read out politely.
    Status,
    /// No role: a note that stays on the page.
    Note,
}

/// `<p class="notice">` with the role of its kind and an optional id (the
/// end-to-end tests find errors by `#notes-error`, `role=alert`, `.notice`).
#[component]
pub fn Notice(
    #[prop(optional)] kind: NoticeKind,
    #[prop(optional)] id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let role = match kind {
        NoticeKind::Alert => Some("alert"),
        NoticeKind::Status => Some("status"),
        NoticeKind::Note => None,
    };
    view! { <p class="notice" role=role id=id>{children()}</p> }
}

/// The words of `text` before (`first`) or after its placeholder `name`,
/// in the current language, for a view that shows the value in its own
/// element: `{tr_part(T, "number", true)}<span>111</span>{tr_part(T,
/// "number", false)}`. One closure type for every use, as [`super::tr`]
/// is, so each use costs the shell no new code.
#[inline(never)]
pub fn tr_part(
    text: crate::i18n::Tr,
    name: &'static str,
    first: bool,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = super::use_lang();
    move || {
        let (before, after) = crate::i18n::around(text.get(lang.get()), name);
        if first {
            before
        } else {
            after
        }
    }
}
