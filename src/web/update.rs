//! Bridge to `public/boot.js`, which registers the service worker.
//! It fires `binh-an-update-ready` when a new build waits; the app shows a
//! prompt, and only the user's tap fires `binh-an-apply-update`, after which
//! the page reloads. Nothing reloads on its own while someone types.

pub const UPDATE_READY_EVENT: &str = "binh-an-update-ready";
const APPLY_UPDATE_EVENT: &str = "binh-an-apply-update";

pub fn on_update_ready(mut f: impl FnMut() + 'static) {
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, UPDATE_READY_EVENT, move |_| f()).forget();
        // The script may have seen a waiting worker before we listened.
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            if root.has_attribute("data-update-ready") {
                let _ = window.dispatch_event(&web_sys::Event::new(UPDATE_READY_EVENT).unwrap());
            }
        }
    }
}

pub fn apply_update() {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new(APPLY_UPDATE_EVENT) {
            let _ = window.dispatch_event(&event);
        }
    }
}
