//! The first screen: what the check is, that it is private, and the two
//! ways in (questions or scanning a message).

use super::{focus_heading, Flow, Scroll, Stage};
use crate::app::tr;
use crate::i18n::check as t;
use leptos::prelude::*;

#[component]
pub(super) fn StartPanel(flow: Flow) -> impl IntoView {
    // On first arrival focus stays where the page put it (quick exit first);
    // after "start over" it moves to the page heading.
    if flow.moved.get_untracked() {
        focus_heading(flow.title, Scroll::PageTop);
    }
    view! {
        <StartView
            on_choose=move |way| match way {
                SCAN => flow.go(Stage::Scan),
                _ => flow.begin(),
            }
            waiting_for=RwSignal::new(None)
        />
        <crate::app::ui::keep_offline::KeepOffline feature=crate::core::features::Feature::Check/>
    }
}

/// The two ways in, as `StartView` reports them.
pub(crate) const BEGIN: &str = "begin";
pub(crate) const SCAN: &str = "scan";

/// The start panel's content. It needs nothing from the check's content
/// files, so the shell shows it too while the check's module is still on
/// its way (see `feature_host`): on a slow network the user reads this
/// instead of "Loading…".
#[component]
pub(crate) fn StartView(
    /// Called with [`BEGIN`] or [`SCAN`].
    on_choose: impl Fn(&'static str) + Copy + Send + Sync + 'static,
    /// The way in tapped while the module was still on its way: that button
    /// says "Loading…" until the module takes over.
    waiting_for: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <div class="check-start" id="check-start">
            <p class="lede">{tr(t::CHECK_INTRO)}</p>
            <ul class="panel check-facts">
                <li>{tr(t::CHECK_START_ONE_OFFER)}</li>
                <li id="check-private">{tr(t::CHECK_START_PRIVATE)}</li>
            </ul>
            <WayIn way=BEGIN id="check-begin" class="btn btn-wide" text=t::CHECK_BEGIN on_choose waiting_for/>
            <p class="check-or">{tr(t::CHECK_OPEN_SCAN_WHAT)}</p>
            <WayIn
                way=SCAN
                id="check-open-scan"
                class="btn btn-quiet btn-wide"
                text=t::CHECK_OPEN_SCAN
                on_choose
                waiting_for
            />
        </div>
    }
}

#[component]
fn WayIn(
    way: &'static str,
    id: &'static str,
    class: &'static str,
    text: crate::i18n::Tr,
    on_choose: impl Fn(&'static str) + Copy + Send + Sync + 'static,
    waiting_for: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let lang = crate::app::use_lang();
    let waiting = move || waiting_for.get() == Some(way);
    let label = move || {
        let shown = if waiting() {
            crate::i18n::LOADING
        } else {
            text
        };
        shown.get(lang.get())
    };
    view! {
        <button
            type="button"
            class=class
            id=id
            aria-busy=move || waiting().then_some("true")
            on:click=move |_| on_choose(way)
        >
            {label}
        </button>
    }
}
