//! An honest page on what quick exit and the app protect against, with
//! discreet mode and the complete wipe.

use crate::app::{tr, DiscreetCtx, Link};
use crate::i18n;
use crate::web::{prefs, quick_exit};
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
            <DiscreetSwitch/>
            <h2>{tr(i18n::SAFETY_PRIVACY_HEADING)}</h2>
            <p>{tr(i18n::SAFETY_PRIVACY_BODY)}</p>
            <WipeAll/>
            <Link to="/" class="btn">{tr(i18n::NAV_BACK_HOME)}</Link>
        </section>
    }
}

/// Discreet mode: one switch, remembered outside the notebook (it must
/// apply before anything is unlocked).
#[component]
fn DiscreetSwitch() -> impl IntoView {
    let on = expect_context::<DiscreetCtx>().0;
    view! {
        <h2 id="discreet-heading">{tr(i18n::DISCREET_HEADING)}</h2>
        <label class="answer answer-check">
            <input type="checkbox" id="discreet-mode" aria-describedby="discreet-body"
                prop:checked=move || on.get()
                on:change=move |ev| {
                    let value = event_target_checked(&ev);
                    prefs::save_discreet(value);
                    on.set(value);
                }/>
            <span>{tr(i18n::DISCREET_LABEL)}</span>
        </label>
        <p class="small" id="discreet-body">{tr(i18n::DISCREET_BODY)}</p>
    }
}

/// "Remove everything": two steps (open, then confirm), then every store
/// the app uses is emptied and the page leaves as quick exit does. A
/// `<details>` keeps the first step free of state.
#[component]
fn WipeAll() -> impl IntoView {
    view! {
        <h2>{tr(i18n::WIPE_ALL_HEADING)}</h2>
        <p>{tr(i18n::WIPE_ALL_BODY)}</p>
        <details class="wipe-all" id="wipe-all">
            <summary class="btn btn-quiet btn-wide" id="wipe-all-open">{tr(i18n::WIPE_ALL_OPEN)}</summary>
            <div class="panel">
                <p id="wipe-all-browser">{tr(i18n::WIPE_ALL_BROWSER_KEEPS)}</p>
                <button type="button" class="btn btn-danger btn-wide" id="wipe-all-confirm"
                    on:click=|_| leptos::task::spawn_local(quick_exit::remove_everything_and_exit())>
                    {tr(i18n::WIPE_ALL_CONFIRM)}
                </button>
            </div>
        </details>
    }
}
