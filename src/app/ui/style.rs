//! A feature's own stylesheet, carried in its module instead of the shell's
//! first load (`style/classroom.css` with the quizzes, `style/notes.css`
//! with the notes). A constructed stylesheet, adopted by the document: the
//! page's CSP (`style-src 'self'`) governs stylesheets the page loads or
//! writes into `<style>`, not CSSOM objects built by its own script
//! (WICG/construct-stylesheets#98).

use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// Adopts `css` once per page (later calls with the same text do nothing).
/// Call it before the feature's first view is built, so nothing is drawn
/// unstyled.
pub(crate) fn adopt(css: &'static str) {
    thread_local!(static ADOPTED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) });
    let key = css.as_ptr() as usize;
    if ADOPTED.with(|a| {
        let mut a = a.borrow_mut();
        let seen = a.contains(&key);
        if !seen {
            a.push(key);
        }
        seen
    }) {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sheet = js_sys::Reflect::get(&js_sys::global(), &"CSSStyleSheet".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|c| js_sys::Reflect::construct(&c, &js_sys::Array::new()).ok());
    let Some(sheet) = sheet else { return };
    let replaced = js_sys::Reflect::get(&sheet, &"replaceSync".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.call1(&sheet, &css.into()).is_ok());
    if replaced == Some(true) {
        let sheets = doc.adopted_style_sheets();
        sheets.push(&sheet);
        doc.set_adopted_style_sheets(&sheets);
    }
}
