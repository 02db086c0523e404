//! The Leptos app: shell (quick exit, language, call bar) and routes.

// Shell (first load): layout, home, hotlines, safety.
mod coming_soon;
mod feature_host;
mod home;
mod hotlines;
mod icons;
mod layout;
mod notice;
mod safety;

// Feature modules (loaded when opened): `feature_mount` reaches these; the
// shell uses only `check::StartView` (its placeholder while the check loads).
mod check;
pub mod feature_mount;
mod notes;
mod quiz;
mod read_aloud;

use crate::core::lang::Lang;
use crate::i18n::Tr;
use crate::web::prefs;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use feature_host::FeatureHost;
pub use layout::Link;

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

/// A reactive string in the current language; in discreet mode, its
/// neutral version where it has one ([`crate::i18n::discreet`]). Not
/// inlined: it is called in hundreds of places, and each copy of the
/// lookup would weigh on the first load.
#[inline(never)]
pub fn tr(text: Tr) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    let quiet =
        crate::i18n::discreet(text).and_then(|q| use_context::<DiscreetCtx>().map(|d| (q, d.0)));
    move || match quiet {
        Some((q, on)) if on.get() => q.get(lang.get()),
        _ => text.get(lang.get()),
    }
}

/// A text in `lang`. On an English page each run of Vietnamese words in it
/// (a named body, a place, a quoted title) gets `lang="vi"`, so a screen
/// reader says it with a Vietnamese voice.
pub fn marked(text: &str, lang: Lang) -> AnyView {
    if lang == Lang::Vi {
        return text.to_string().into_any();
    }
    crate::core::lang::vietnamese_runs(text)
        .into_iter()
        .map(|(piece, vi)| {
            if vi {
                view! { <span lang="vi">{piece.to_string()}</span> }.into_any()
            } else {
                piece.to_string().into_any()
            }
        })
        .collect::<Vec<_>>()
        .into_any()
}

/// A content text (both languages) in the current language, reactive, with
/// its Vietnamese runs marked as [`marked`] does.
pub fn content(
    text: &crate::core::lang::Text,
) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    let lang = use_lang();
    let text = text.clone();
    move || marked(text.get(lang.get()), lang.get())
}

/// The sources' labels (publisher and date, "undated" where there is no
/// date) in `lang`, as every explanation and guide shows them.
pub fn source_labels(sources: &[crate::core::quiz::Source], lang: Lang) -> Vec<String> {
    let undated = crate::i18n::QUIZ_SOURCE_UNDATED.get(lang);
    sources.iter().map(|s| s.label(lang, undated)).collect()
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
                <Routes fallback=|| view! { <coming_soon::NotFound/> }>
                    <Route path=path!("/") view=home::Home/>
                    <Route path=path!("/hotlines") view=hotlines::HotlinesPage/>
                    <Route path=path!("/safety") view=safety::SafetyPage/>
                    <Route path=path!("/check") view=|| view! { <FeatureHost kind="check"/> }/>
                    <Route path=path!("/quiz") view=|| view! { <FeatureHost kind="quiz"/> }/>
                    <Route path=path!("/quiz/:pack") view=QuizRunHost/>
                    <Route path=path!("/notes") view=|| view! { <FeatureHost kind="notes"/> }/>
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
        view! { <FeatureHost kind="quiz-run" arg=id/> }
    }
}
