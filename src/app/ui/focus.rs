//! The one way a screen's heading takes keyboard focus (and with it a
//! screen reader's attention) when the screen opens.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the page scrolls when a heading takes focus.
#[derive(Clone, Copy)]
pub enum Scroll {
    /// A screen that replaces the last one: back to the top of the page.
    PageTop,
    /// A part added below (the scan result): bring the heading up.
    Heading,
    /// Only as far as the browser scrolls a focused element into view.
    IfNeeded,
}

/// Moves keyboard focus to `heading` each time it is drawn: when its screen
/// opens, and again when the screen draws it anew (the next quiz question).
/// The heading needs `tabindex="-1"`.
pub fn focus_heading<E>(heading: NodeRef<E>, scroll: Scroll)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + AsRef<web_sys::HtmlElement> + 'static,
{
    Effect::new(move |_| {
        if let Some(el) = heading.get() {
            untrack(|| {
                let el: &web_sys::HtmlElement = el.as_ref();
                match scroll {
                    Scroll::PageTop => window().scroll_to_with_x_and_y(0.0, 0.0),
                    Scroll::Heading => el.scroll_into_view(),
                    Scroll::IfNeeded => {}
                }
                let _ = el.focus();
            });
        }
    });
}

/// A new `<h2>` reference that takes focus as [`focus_heading`] gives it,
/// with the page scrolled to the top.
pub fn focused_heading() -> NodeRef<leptos::html::H2> {
    let heading = NodeRef::new();
    focus_heading(heading, Scroll::PageTop);
    heading
}
