//! The first screen: what the check is, that it is private, and the two
//! ways in (questions or scanning a message).

use super::{focus_when_shown, Flow, Scroll, Stage};
use crate::app::tr;
use crate::i18n::check as t;
use leptos::prelude::*;

#[component]
pub(super) fn StartPanel(flow: Flow) -> impl IntoView {
    // On first arrival focus stays where the page put it (quick exit first);
    // after "start over" it moves to the page heading.
    if flow.moved.get_untracked() {
        focus_when_shown(flow.title, Scroll::PageTop);
    }
    view! {
        <StartView
            on_begin=Callback::new(move |()| flow.begin())
            on_scan=Callback::new(move |()| flow.go(Stage::Scan))
        />
    }
}

/// The start panel's content. It needs nothing from the check's content
/// files, so the shell shows it too while the check's module is still on
/// its way (see `feature_host`): on a slow network the user reads this
/// instead of "Loading…".
#[component]
pub(crate) fn StartView(on_begin: Callback<()>, on_scan: Callback<()>) -> impl IntoView {
    view! {
        <div class="check-start" id="check-start">
            <p class="lede">{tr(t::CHECK_INTRO)}</p>
            <ul class="panel check-facts">
                <li>{tr(t::CHECK_START_ONE_OFFER)}</li>
                <li id="check-private">{tr(t::CHECK_START_PRIVATE)}</li>
            </ul>
            <button type="button" class="btn btn-wide" id="check-begin" on:click=move |_| on_begin.run(())>
                {tr(t::CHECK_BEGIN)}
            </button>
            <p class="check-or">{tr(t::CHECK_OPEN_SCAN_WHAT)}</p>
            <button
                type="button"
                class="btn btn-quiet btn-wide"
                id="check-open-scan"
                on:click=move |_| on_scan.run(())
            >
                {tr(t::CHECK_OPEN_SCAN)}
            </button>
        </div>
    }
}
