//! The one way the app shows a notice: every error (announced at once), a
//! status that changes while the user waits (announced politely), or a
//! plain note. The words come from the string table, errors through
//! `i18n::UserText`. A success line ("Saved", `.notes-ok`) and a warning
//! inside a form (`.notes-warn`) keep their own look and markup.

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
