//! The not-found panel.

use crate::app::{tr, Link};
use crate::i18n;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(i18n::NOT_FOUND_TITLE)}</h1>
            <Link to="/" class="btn">{tr(i18n::NAV_BACK_HOME)}</Link>
        </section>
    }
}
