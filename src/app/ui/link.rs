//! In-app links.

use crate::app::BasePath;
use leptos::prelude::*;

/// An in-app link that replaces the history entry instead of pushing one,
/// so quick exit leaves no app page behind in the back history.
#[component]
pub fn Link(
    /// Path inside the app, starting with `/`.
    #[prop(into)]
    to: String,
    #[prop(optional)] class: &'static str,
    /// So that focus can follow it when a module redraws the same screen
    /// (`FeatureHost` moves focus by id).
    #[prop(optional, into)]
    id: Option<String>,
    children: Children,
) -> impl IntoView {
    let base = expect_context::<BasePath>().0;
    let href = if to == "/" && !base.is_empty() {
        format!("{base}/")
    } else {
        format!("{base}{to}")
    };
    view! {
        <a href=href class=class id=id prop:replace=true>
            {children()}
        </a>
    }
}
