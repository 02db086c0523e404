//! Placeholder panels for features whose issues have not landed yet.

use super::{tr, Link};
use crate::i18n::{self, Tr};
use leptos::prelude::*;

#[component]
fn ComingSoon(title: Tr) -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(title)}</h1>
            <div class="panel" role="note">
                <h2>{tr(i18n::COMING_SOON_TITLE)}</h2>
                <p>{tr(i18n::COMING_SOON_BODY)}</p>
            </div>
            <Link to="/" class="btn">{tr(i18n::NAV_BACK_HOME)}</Link>
        </section>
    }
}

#[component]
pub fn NotesPage() -> impl IntoView {
    view! { <ComingSoon title=i18n::HOME_NOTES_TITLE/> }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(i18n::NOT_FOUND_TITLE)}</h1>
            <Link to="/" class="btn">{tr(i18n::NAV_BACK_HOME)}</Link>
        </section>
    }
}
