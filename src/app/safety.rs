//! An honest page on what quick exit and the app protect against.

use super::{tr, Link};
use crate::i18n;
use leptos::prelude::*;

#[component]
pub fn SafetyPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(i18n::SAFETY_TITLE)}</h1>
            <h2>{tr(i18n::SAFETY_EXIT_HEADING)}</h2>
            <p>{tr(i18n::SAFETY_EXIT_BODY)}</p>
            <h2>{tr(i18n::SAFETY_PROTECTS_HEADING)}</h2>
            <p>{tr(i18n::SAFETY_PROTECTS_BODY)}</p>
            <h2>{tr(i18n::SAFETY_NOT_HEADING)}</h2>
            <p>{tr(i18n::SAFETY_NOT_BODY)}</p>
            <h2>{tr(i18n::SAFETY_PRIVACY_HEADING)}</h2>
            <p>{tr(i18n::SAFETY_PRIVACY_BODY)}</p>
            <Link to="/" class="btn">{tr(i18n::NAV_BACK_HOME)}</Link>
        </section>
    }
}
