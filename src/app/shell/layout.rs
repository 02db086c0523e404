//! The frame around every screen: quick exit and language switch on top,
//! the 111 call bar at the bottom (in thumb reach).

use crate::app::{tr, tr_part, use_lang, Link};
use crate::core::hotlines::Directory;
use crate::core::lang::Lang;
use crate::i18n;
use crate::web::{quick_exit, update};
use leptos::prelude::*;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <header class="topbar">
            <QuickExitButton/>
            <a class="skip-link" href="#main">{tr(i18n::SKIP_TO_CONTENT)}</a>
            <Link to="/" class="brand">
                <span aria-hidden="true" class="brand-mark">"◆"</span>
                // The name is Vietnamese on the English page too.
                <span lang="vi" class="brand-name">{tr(i18n::APP_NAME)}</span>
            </Link>
            <LangSwitch/>
        </header>
        <UpdatePrompt/>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <CallBar/>
    }
}

#[component]
fn QuickExitButton() -> impl IntoView {
    view! {
        <button
            type="button"
            class="quick-exit"
            id="quick-exit"
            aria-label=tr(i18n::QUICK_EXIT_ARIA)
            on:click=|_| quick_exit::quick_exit()
        >
            <span class="quick-exit-label">{tr(i18n::QUICK_EXIT)}</span>
            // A space: the name then holds the visible words as they read.
            " "
            <span class="quick-exit-hint">{tr(i18n::QUICK_EXIT_HINT)}</span>
        </button>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let other = move || match lang.get() {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            id="lang-switch"
            on:click=move |_| lang.set(other())
        >
            // Named "Switch language to English": the visible word is in the
            // name (WCAG 2.5.3), each part in its own language.
            <span class="visually-hidden">{tr_part(i18n::LANG_SWITCH_ARIA, "language", true)}</span>
            // With large text only the short code fits; CSS shows one of the two.
            <span lang=move || other().code() class="lang-long">{tr(i18n::LANG_SWITCH_TO_OTHER)}</span>
            <span lang=move || other().code() class="lang-short">{tr(i18n::LANG_SWITCH_TO_OTHER_SHORT)}</span>
            <span class="visually-hidden">{tr_part(i18n::LANG_SWITCH_ARIA, "language", false)}</span>
        </button>
    }
}

/// The always-visible call button. No dialog of our own: one tap dials.
/// One line at any text size; the short "free, 24/7" and the link to every
/// number appear only where there is room (a container query in the CSS).
#[component]
fn CallBar() -> impl IntoView {
    let primary = Directory::builtin().primary().clone();
    view! {
        <nav class="callbar" aria-label=tr(i18n::ALL_HOTLINES)>
            <a class="call-111" id="call-111" href=primary.tel_href()>
                <span class="call-icon"><crate::app::ui::icons::Svg icon=crate::app::ui::icons::Icon::Phone/></span>
                <span class="call-text">
                    <strong>{tr(i18n::CALL_111)}</strong>
                    <small>{tr(i18n::CALL_111_SHORT)}</small>
                </span>
            </a>
            <Link to="/hotlines" class="call-more">
                {tr(i18n::ALL_HOTLINES)}
            </Link>
        </nav>
    }
}

/// "A new version is ready — Reload", shown only when a new build waits.
#[component]
fn UpdatePrompt() -> impl IntoView {
    let ready = RwSignal::new(false);
    update::on_update_ready(move || ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status">
                <span>{tr(i18n::UPDATE_READY)}</span>
                <button type="button" class="btn-small" on:click=|_| update::apply_update()>
                    {tr(i18n::UPDATE_RELOAD)}
                </button>
                <button type="button" class="btn-small btn-quiet" on:click=move |_| ready.set(false)>
                    {tr(i18n::UPDATE_LATER)}
                </button>
            </div>
        </Show>
    }
}
