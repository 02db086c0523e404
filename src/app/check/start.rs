//! The first screen: what the check is, that it is private, and the two
//! ways in (questions or scanning a message).

use super::{focus_when_shown, text, Flow, Scroll, Stage};
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
        <div class="check-start" id="check-start">
            <p class="lede">{text(&flow.check.intro)}</p>
            <ul class="panel check-facts">
                <li>{tr(t::CHECK_START_ONE_OFFER)}</li>
                <li id="check-private">{tr(t::CHECK_START_PRIVATE)}</li>
            </ul>
            <button type="button" class="btn btn-wide" id="check-begin" on:click=move |_| flow.begin()>
                {tr(t::CHECK_BEGIN)}
            </button>
            <p class="check-or">{tr(t::CHECK_OPEN_SCAN_WHAT)}</p>
            <button
                type="button"
                class="btn btn-quiet btn-wide"
                id="check-open-scan"
                on:click=move |_| flow.go(Stage::Scan)
            >
                {tr(t::CHECK_OPEN_SCAN)}
            </button>
        </div>
    }
}
