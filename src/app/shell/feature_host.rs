//! The shell's placeholder for a screen that lives in a feature module.

use crate::app::tr;
use crate::core::features::Screen;
use crate::i18n;
use crate::web::features;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Loading,
    Ready,
    Failed,
}

#[component]
pub fn FeatureHost(
    /// Which screen.
    screen: Screen,
    #[prop(optional, into)] arg: String,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let state = RwSignal::new(State::Loading);
    // A way in the user chose on the shell's start panel before the module
    // arrived; the screen then opens there.
    let pending = RwSignal::new(None::<&'static str>);
    let handle = StoredValue::new(None::<SendWrapper<wasm_bindgen::JsValue>>);
    node.on_load(move |el| {
        let el: web_sys::HtmlElement = (*el).clone();
        leptos::task::spawn_local(async move {
            // (`try_`: the host may be gone by the time the module is in.)
            let arg = move || {
                pending
                    .try_get_untracked()
                    .flatten()
                    .map_or(arg, str::to_string)
            };
            match features::mount(screen, arg, &el).await {
                Ok(h) => {
                    // The user may have left this screen while it loaded:
                    // then the host is gone, and the screen is freed at once.
                    if state.try_set(State::Ready).is_some() {
                        features::unmount(&h);
                        return;
                    }
                    handle.set_value(Some(SendWrapper::new(h)));
                    keep_focus(&el);
                }
                Err(e) => {
                    web_sys::console::warn_1(&e);
                    let _ = state.try_set(State::Failed);
                }
            }
        });
    });
    on_cleanup(move || {
        if let Some(h) = handle.try_update_value(Option::take).flatten() {
            features::unmount(&h);
        }
    });
    let placeholder = move || match screen {
        Screen::Check => view! { <CheckStartPlaceholder pending=pending/> }.into_any(),
        Screen::QuizList => view! {
            <section class="page">
                {crate::app::features::quiz::pack_list_start((), |_| ())}
            </section>
        }
        .into_any(),
        Screen::QuizRun | Screen::Notes => view! {
            <section class="page"><p class="small">{tr(i18n::LOADING)}</p></section>
        }
        .into_any(),
    };
    view! {
        <Show when=move || state.get() == State::Loading>{placeholder}</Show>
        <Show when=move || state.get() == State::Failed>
            <section class="page"><crate::app::Notice>{tr(i18n::CONTENT_UNREACHABLE)}</crate::app::Notice></section>
        </Show>
        <div class="feature-root" node_ref=node></div>
    }
}

/// When the placeholder had keyboard focus on a control, the same control
/// (same id) in the mounted screen takes it, so focus is not dropped to the
/// top of the page when the placeholder goes.
fn keep_focus(root: &web_sys::HtmlElement) {
    let Some(active) = document().active_element() else {
        return;
    };
    let id = active.id();
    if id.is_empty() || root.contains(Some(&active)) {
        return;
    }
    if let Ok(Some(same)) = root.query_selector(&format!("#{id}")) {
        if let Some(same) = same.dyn_ref::<web_sys::HtmlElement>() {
            let _ = same.focus();
        }
    }
}

/// The check's start panel, shown by the shell while the check's module
/// loads: the same view the module shows first, so it is readable at once
/// and nothing moves when the module takes over. A tap on either way in is
/// remembered and the check opens there.
#[component]
fn CheckStartPlaceholder(pending: RwSignal<Option<&'static str>>) -> impl IntoView {
    use crate::app::features::check::StartView;
    use crate::i18n::check as t;
    view! {
        <section class="page check">
            <h1 tabindex="-1">{tr(t::CHECK_TITLE)}</h1>
            <StartView on_choose=move |way| pending.set(Some(way)) waiting_for=pending/>
            // The tapped button says "Loading…"; this says it to a screen reader.
            <p class="visually-hidden" role="status">
                {move || pending.get().map(|_| tr(i18n::LOADING)())}
            </p>
        </section>
    }
}
