//! A feature's own stylesheet, carried in its module instead of the shell's
//! first load (`style/classroom.css` with the quizzes, `style/check.css`
//! with the check, `style/notes.css` with the notes).
//!
//! Written into a `<style>` element. The page's CSP allows exactly these
//! texts: `tools/postbuild.mjs` adds the SHA-256 of every `style/*.css` but
//! `main.css` to `style-src`, so a changed file needs no other step, and a
//! text that differs is refused (and fails every e2e test, which fail on
//! console errors). Not `adoptedStyleSheets`: Safari has them only from
//! 16.4, and iPhones that stop at iOS 15 are still in use.

use std::cell::RefCell;

/// Adds `css` to the page once (later calls with the same text do nothing).
/// Call it before the feature's first view is built, so nothing is drawn
/// unstyled.
pub(crate) fn adopt(css: &'static str) {
    thread_local!(static ADDED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) });
    let key = css.as_ptr() as usize;
    let seen = ADDED.with(|a| {
        let mut a = a.borrow_mut();
        let seen = a.contains(&key);
        if !seen {
            a.push(key);
        }
        seen
    });
    if seen {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(style), Ok(Some(head))) = (doc.create_element("style"), doc.query_selector("head"))
    else {
        return;
    };
    style.set_text_content(Some(css));
    let _ = head.append_child(&style);
}
