//! The job-offer risk check (`/check`): questions one per screen, an
//! explained result, and a scan of the offer's own text.

use super::tr;
use crate::i18n::check as t;
use leptos::prelude::*;

#[component]
pub fn CheckPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(t::CHECK_TITLE)}</h1>
        </section>
    }
}
