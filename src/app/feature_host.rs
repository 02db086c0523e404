//! The shell's placeholder for a screen that lives in the feature bundle.

use super::tr;
use crate::i18n;
use crate::web::features;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Loading,
    Ready,
    Failed,
}

#[component]
pub fn FeatureHost(
    /// Which screen: "check", "quiz", "quiz-run".
    kind: &'static str,
    #[prop(optional, into)] arg: String,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let state = RwSignal::new(State::Loading);
    let handle = StoredValue::new(None::<SendWrapper<wasm_bindgen::JsValue>>);
    node.on_load(move |el| {
        let el: web_sys::HtmlElement = (*el).clone();
        leptos::task::spawn_local(async move {
            match features::mount(kind, &arg, &el).await {
                Ok(h) => {
                    handle.set_value(Some(SendWrapper::new(h)));
                    state.set(State::Ready);
                }
                Err(e) => {
                    web_sys::console::warn_1(&e);
                    state.set(State::Failed);
                }
            }
        });
    });
    on_cleanup(move || {
        if let Some(h) = handle.try_update_value(Option::take).flatten() {
            features::unmount(&h);
        }
    });
    view! {
        <Show when=move || state.get() == State::Loading>
            <section class="page"><p class="small">{tr(i18n::LOADING)}</p></section>
        </Show>
        <Show when=move || state.get() == State::Failed>
            <section class="page"><p class="notice" role="alert">{tr(i18n::CONTENT_UNREACHABLE)}</p></section>
        </Show>
        <div class="feature-root" node_ref=node></div>
    }
}
