//! The Leptos app's root: the contexts every screen reads (language, base
//! path, discreet mode) and the routes.
//!
//! - `shell`: what the first load holds (the frame with quick exit and the
//!   call bar, home, hotlines, safety, not found, and the host that loads a
//!   feature's module when its screen opens);
//! - [`features`]: the check, the quizzes and the notes, each built into its
//!   own WebAssembly module (`src/bin/`) and loaded only when opened;
//! - [`ui`]: the pieces both use (text helpers, links, icons, focus,
//!   read-aloud).

pub mod features;
mod shell;
pub mod ui;

use crate::core::features::Screen;
use crate::core::lang::Lang;
use crate::web::prefs;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use shell::feature_host::FeatureHost;
use shell::{home, hotlines, layout, not_found, safety};
pub use ui::{content, marked, source_labels, tr, tr_part, Link, Notice, NoticeKind};

/// The current language, provided at the root.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

/// Path prefix the app is served under ("" at the root, "/sub" under a
/// sub-path); read from `<base href>`, which Trunk writes at build time.
#[derive(Clone)]
pub struct BasePath(pub String);

/// Discreet mode (neutral words), provided at the root and to each
/// feature module.
#[derive(Clone, Copy)]
pub struct DiscreetCtx(pub RwSignal<bool>);

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangCtx>().0
}

pub(crate) fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(prefs::saved_lang());
    provide_context(LangCtx(lang));
    let discreet = RwSignal::new(prefs::discreet());
    provide_context(DiscreetCtx(discreet));
    let base = base_path();
    provide_context(BasePath(base.clone()));

    // Keep <html lang>, the saved choice and the feature bundle in step
    // with the switch.
    Effect::new(move |_| {
        let lang = lang.get();
        prefs::save_lang(lang);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&lang.code().into());
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict(crate::web::features::LANG_EVENT, &init)
        {
            let _ = window().dispatch_event(&event);
        }
    });

    view! {
        <Router base=base>
            <layout::Shell>
                <Routes fallback=|| view! { <not_found::NotFound/> }>
                    <Route path=path!("/") view=home::Home/>
                    <Route path=path!("/hotlines") view=hotlines::HotlinesPage/>
                    <Route path=path!("/safety") view=safety::SafetyPage/>
                    <Route path=path!("/check") view=|| view! { <FeatureHost screen=Screen::Check/> }/>
                    <Route path=path!("/quiz") view=|| view! { <FeatureHost screen=Screen::QuizList/> }/>
                    <Route path=path!("/quiz/:pack") view=QuizRunHost/>
                    <Route path=path!("/notes") view=|| view! { <FeatureHost screen=Screen::Notes/> }/>
                </Routes>
            </layout::Shell>
        </Router>
    }
}

/// `/quiz/:pack`: the pack id comes from the route, the screen from the
/// feature bundle. Keyed by the id so another pack remounts it.
#[component]
fn QuizRunHost() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    move || {
        let id = params.with(|p| p.get("pack").unwrap_or_default());
        view! { <FeatureHost screen=Screen::QuizRun arg=id/> }
    }
}
