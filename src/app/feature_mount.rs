//! Feature-bundle side: mounts one feature screen into an element the shell
//! gives it, with its own language signal kept in step with the shell's.

use super::{base_path, BasePath, LangCtx};
use crate::core::lang::Lang;
use crate::web::{features::LANG_EVENT, prefs};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A mounted screen; dropping it unmounts the screen and its listeners.
pub struct Mounted {
    _view: Box<dyn std::any::Any>,
    _lang_listener: gloo::events::EventListener,
}

pub fn mount(kind: &str, arg: String, el: web_sys::HtmlElement) -> Option<Mounted> {
    let lang = RwSignal::new(prefs::saved_lang());
    let window = web_sys::window()?;
    let listener = gloo::events::EventListener::new(&window, LANG_EVENT, move |e| {
        let code = e
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|c| c.detail().as_string());
        if let Some(l) = code.as_deref().and_then(Lang::from_code) {
            lang.set(l);
        }
    });
    let kind = kind.to_string();
    let view = leptos::mount::mount_to(el, move || {
        provide_context(LangCtx(lang));
        provide_context(BasePath(base_path()));
        match kind.as_str() {
            "check" => view! { <super::check::CheckPage/> }.into_any(),
            "quiz" => view! { <super::quiz::QuizListPage/> }.into_any(),
            "notes" => view! { <super::notes::NotesPage/> }.into_any(),
            "quiz-run" => view! { <super::quiz::QuizRunPage pack_id=arg.clone()/> }.into_any(),
            _ => view! { <super::coming_soon::NotFound/> }.into_any(),
        }
    });
    Some(Mounted {
        _view: Box::new(view),
        _lang_listener: listener,
    })
}
