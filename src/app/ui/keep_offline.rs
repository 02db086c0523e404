//! The offer on a feature's screen when the browser's data saver is on:
//! "Keep for offline use (N KB)", with one line of why and a status line.
//! Shown only then, and only while some of the feature's files are not
//! cached (see `web::keep`). Only the feature modules use it.

use crate::app::tr;
use crate::core::features::Feature;
use crate::i18n;
use crate::web::keep;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The bytes still to download.
    Offer(u32),
    Saving(u32),
    Kept,
    Failed(u32),
}

/// Whole kilobytes, rounded up, so the figure is never below the download.
fn kilobytes(bytes: u32) -> u32 {
    bytes.div_ceil(1000)
}

/// The offer for `feature`; nothing when the data saver is off or the
/// feature is already cached.
#[component]
pub fn KeepOffline(feature: Feature) -> impl IntoView {
    let state = RwSignal::new(None::<Keep>);
    let offer = NodeRef::<leptos::html::Div>::new();
    let status = NodeRef::<leptos::html::P>::new();
    if keep::data_saver_on() {
        leptos::task::spawn_local(async move {
            if let Ok(bytes) = keep::missing_bytes(feature).await {
                if bytes > 0 {
                    let _ = state.try_set(Some(Keep::Offer(bytes)));
                }
            }
        });
    }
    let on_keep = move |_| {
        let Some(Keep::Offer(bytes) | Keep::Failed(bytes)) = state.get_untracked() else {
            return;
        };
        state.set(Some(Keep::Saving(bytes)));
        leptos::task::spawn_local(async move {
            let done = match keep::keep(feature).await {
                Ok(0) => Keep::Kept,
                Ok(left) => Keep::Failed(left),
                Err(_) => Keep::Failed(bytes),
            };
            let kept = done == Keep::Kept;
            let _ = state.try_set(Some(done));
            if kept {
                focus_status(offer, status);
            }
        });
    };
    let label = move || {
        let bytes = match state.get() {
            Some(Keep::Offer(b) | Keep::Saving(b) | Keep::Failed(b)) => b,
            _ => 0,
        };
        i18n::fill(tr(i18n::KEEP_OFFLINE)(), &[("kb", &kilobytes(bytes))])
    };
    let saving = move || matches!(state.get(), Some(Keep::Saving(_)));
    let shown = Memo::new(move |_| state.with(Option::is_some));
    view! {
        <Show when=move || shown.get()>
            <div class="keep-offline" node_ref=offer>
                <Show when=move || !matches!(state.get(), Some(Keep::Kept))>
                    <p class="hint">{tr(i18n::KEEP_OFFLINE_WHY)}</p>
                    <button type="button" class="btn btn-small btn-quiet" id="keep-offline"
                        disabled=saving aria-busy=move || saving().to_string()
                        on:click=on_keep>
                        {label}
                    </button>
                </Show>
                <p role="status" class="small" tabindex="-1" node_ref=status>
                    {move || match state.get() {
                        Some(Keep::Saving(_)) => tr(i18n::KEEP_OFFLINE_SAVING)(),
                        Some(Keep::Kept) => tr(i18n::KEEP_OFFLINE_KEPT)(),
                        Some(Keep::Failed(_)) => tr(i18n::KEEP_OFFLINE_FAILED)(),
                        _ => "",
                    }}
                </p>
            </div>
        </Show>
    }
}

/// The button goes once the feature is kept: keyboard focus, if it was on
/// the offer (or already dropped to the page), moves to the status line
/// rather than to the start of the page.
fn focus_status(offer: NodeRef<leptos::html::Div>, status: NodeRef<leptos::html::P>) {
    let (Some(offer), Some(status)) = (offer.get_untracked(), status.get_untracked()) else {
        return;
    };
    let lost = match document().active_element() {
        None => true,
        Some(el) => el.tag_name() == "BODY" || offer.contains(Some(&el)),
    };
    if lost {
        let _ = status.focus();
    }
}
