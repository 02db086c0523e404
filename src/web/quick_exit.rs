//! Quick exit: blank the app, replace it with a neutral page, leave no entry
//! of the app in this tab's back history.
//!
//! In-app links use `replaceState` (see `app::Link`), so the app holds a
//! single history entry, and `location.replace` overwrites that one.

use crate::core::shortcut::ShiftCounter;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A weather search: ordinary to have open, and says nothing about the app.
pub const NEUTRAL_URL: &str = "https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt";

/// Event other parts of the app listen to (e.g. to lock the notes vault).
pub const QUICK_EXIT_EVENT: &str = "binh-an-quick-exit";

pub fn quick_exit() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(event) = web_sys::Event::new(QUICK_EXIT_EVENT) {
        let _ = window.dispatch_event(&event);
    }
    // Silence read-aloud at once: emptying the page below runs no cleanup,
    // and some browsers keep speaking across the navigation.
    if js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false) {
        if let Ok(speech) = window.speech_synthesis() {
            speech.cancel();
        }
    }
    if let Some(document) = window.document() {
        document.set_title("");
        if let Some(root) = document.document_element() {
            root.set_inner_html("");
        }
    }
    let _ = window.location().replace(NEUTRAL_URL);
}

pub fn install_shift_shortcut() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let counter = Rc::new(RefCell::new(ShiftCounter::default()));
    let down = counter.clone();
    gloo::events::EventListener::new(&window, "keydown", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            if !e.repeat() {
                down.borrow_mut().key_down(&e.key());
            }
        }
    })
    .forget();
    gloo::events::EventListener::new(&window, "keyup", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            if counter.borrow_mut().key_up(&e.key(), js_sys::Date::now()) {
                quick_exit();
            }
        }
    })
    .forget();
}

/// The channel the notes vault's tabs listen on (`app::features::notes::CHANNEL_NAME`).
const VAULT_CHANNEL: &str = "binh-an-vault";

// A few lines of JavaScript: the same in Rust through `Reflect` and
// futures cost the shell's first load about ten times the bytes.
#[wasm_bindgen(module = "/src/web/shell.js")]
extern "C" {
    fn remove_everything(dbs: js_sys::Array, channel: &str) -> js_sys::Promise;
}

/// Removes everything the app stored in this browser, then quick exit:
/// both IndexedDB databases (open notes tabs let go of theirs), localStorage,
/// sessionStorage, Cache Storage and the service worker's registration.
pub async fn remove_everything_and_exit() {
    let dbs: js_sys::Array = [
        crate::web::storage::DB_NAME,
        crate::web::storage::VAULT_DB_NAME,
    ]
    .iter()
    .map(|name| JsValue::from_str(name))
    .collect();
    let _ = wasm_bindgen_futures::JsFuture::from(remove_everything(dbs, VAULT_CHANNEL)).await;
    quick_exit();
}
