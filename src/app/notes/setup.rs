//! First use (explanation, passphrase or PIN, strength, create), the
//! created screen (persistence), unlock with lockout, and the panic wipe.

use super::{go_home_replace, let_paint, set_vault, store, ErrorLine, Notes, Screen};
use crate::app::{tr, use_lang};
use crate::core::vault::{assess_passphrase, KdfParams, Strength, MIN_PIN_DIGITS};
use crate::i18n::{self, notes as t};
use crate::web::vault_store::{request_persistence, storage_status, VaultStoreError};
use leptos::prelude::*;
use zeroize::Zeroize;

fn clear(s: RwSignal<String>) {
    s.try_update(|v| v.zeroize());
}

fn strength_level(s: Strength) -> u8 {
    match s {
        Strength::TooShort => 0,
        Strength::Weak => 1,
        Strength::Fair => 2,
        Strength::Strong => 3,
    }
}

#[component]
pub(super) fn SetupScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let pin = RwSignal::new(false);
    let pass = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    on_cleanup(move || {
        clear(pass);
        clear(confirm);
    });
    let strength = Memo::new(move |_| pass.with(|p| assess_passphrase(p)));
    let pin_ok =
        move || pass.with(|p| p.len() >= MIN_PIN_DIGITS && p.chars().all(|c| c.is_ascii_digit()));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if n.busy.get_untracked().is_some() {
            return;
        }
        if pin.get_untracked() && !pin_ok() {
            n.error.set(Some(t::NOTES_PIN_DIGITS_ONLY));
            return;
        }
        if !strength.get_untracked().is_acceptable() {
            n.error.set(Some(i18n::VAULT_PASSPHRASE_TOO_SHORT));
            return;
        }
        if pass.with_untracked(|p| confirm.with_untracked(|c| p != c)) {
            n.error.set(Some(t::NOTES_MISMATCH));
            clear(confirm);
            return;
        }
        n.error.set(None);
        n.busy.set(Some(t::NOTES_CREATING));
        leptos::task::spawn_local(async move {
            let_paint().await;
            let result = match store().await {
                Ok(s) => {
                    let p = pass.try_get_untracked().unwrap_or_default();
                    let r = s.create(&p, KdfParams::DEFAULT).await;
                    let mut p = p;
                    p.zeroize();
                    r
                }
                Err(e) => Err(e),
            };
            match result {
                Ok(v) => {
                    clear(pass);
                    clear(confirm);
                    set_vault(v);
                    let granted = request_persistence().await;
                    let status = storage_status().await;
                    n.storage
                        .try_set(Some((granted || status.persisted, status)));
                    let _ = n.load().await;
                    n.busy.try_set(None);
                    n.screen.try_set(Screen::Created);
                }
                Err(e) => {
                    n.busy.try_set(None);
                    n.error.try_set(Some(e.message()));
                    if e == VaultStoreError::AlreadyExists {
                        n.screen.try_set(Screen::Locked);
                    }
                }
            }
        });
    };

    view! {
        <div class="notes-setup" id="notes-setup">
            <p class="lede">{tr(t::NOTES_SETUP_LEDE)}</p>
            <div class="panel notes-facts">
                <h2>{tr(t::NOTES_PROTECTS_TITLE)}</h2>
                <ul>
                    <li>{tr(t::NOTES_PROTECTS_1)}</li>
                    <li>{tr(t::NOTES_PROTECTS_2)}</li>
                </ul>
                <h2>{tr(t::NOTES_NOT_PROTECTS_TITLE)}</h2>
                <ul>
                    <li>{tr(t::NOTES_NOT_PROTECTS_1)}</li>
                    <li>{tr(t::NOTES_NOT_PROTECTS_2)}</li>
                    <li>{tr(t::NOTES_NOT_PROTECTS_3)}</li>
                </ul>
            </div>
            <form class="notes-form" on:submit=submit>
                <fieldset class="notes-kind">
                    <legend>{tr(t::NOTES_CHOOSE_KIND)}</legend>
                    <label class="answer-check">
                        <input type="radio" name="notes-kind" id="notes-kind-phrase"
                            prop:checked=move || !pin.get()
                            on:change=move |_| { pin.set(false); n.error.set(None); }/>
                        <span>{tr(t::NOTES_KIND_PHRASE)}</span>
                    </label>
                    <label class="answer-check">
                        <input type="radio" name="notes-kind" id="notes-kind-pin"
                            prop:checked=move || pin.get()
                            on:change=move |_| { pin.set(true); n.error.set(None); }/>
                        <span>{tr(t::NOTES_KIND_PIN)}</span>
                    </label>
                </fieldset>
                <Show
                    when=move || pin.get()
                    fallback=move || view! { <p class="small">{tr(t::NOTES_PHRASE_HINT)}</p> }
                >
                    <p class="notes-warn" id="notes-pin-weaker">{tr(t::NOTES_PIN_WEAKER)}</p>
                </Show>
                <label for="notes-new-pass">
                    {move || if pin.get() { t::NOTES_NEW_PIN.get(lang.get()) } else { t::NOTES_NEW_PASSPHRASE.get(lang.get()) }}
                </label>
                <input
                    type="password"
                    id="notes-new-pass"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    inputmode=move || if pin.get() { "numeric" } else { "text" }
                    prop:value=move || pass.get()
                    on:input=move |ev| pass.set(event_target_value(&ev))
                />
                <div class="notes-meter" id="notes-strength" aria-live="polite">
                    <meter min="0" max="3" low="1.5" high="2.5" optimum="3"
                        value=move || strength_level(strength.get()).to_string()
                        aria-label=move || t::NOTES_STRENGTH.get(lang.get())></meter>
                    <span class="notes-meter-words">
                        {move || format!(
                            "{}: {}",
                            t::NOTES_STRENGTH.get(lang.get()),
                            strength.get().message().get(lang.get())
                        )}
                    </span>
                </div>
                <label for="notes-confirm-pass">{tr(t::NOTES_CONFIRM)}</label>
                <input
                    type="password"
                    id="notes-confirm-pass"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    inputmode=move || if pin.get() { "numeric" } else { "text" }
                    prop:value=move || confirm.get()
                    on:input=move |ev| confirm.set(event_target_value(&ev))
                />
                <ErrorLine n=n/>
                <button type="submit" class="btn btn-wide" id="notes-create" disabled=move || n.busy.get().is_some()>
                    {tr(t::NOTES_CREATE)}
                </button>
            </form>
        </div>
    }
}

fn megabytes(bytes: u64) -> String {
    // One decimal; an estimate anyway.
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / 1_048_576.0;
    if mb >= 1024.0 {
        format!("{:.1} GB", mb / 1024.0)
    } else {
        format!("{mb:.1} MB")
    }
}

#[component]
pub(super) fn CreatedScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let status = n.storage.get_untracked();
    let persisted = status.is_some_and(|(p, _)| p);
    let usage = status.and_then(|(_, s)| Some((s.usage?, s.quota?)));
    view! {
        <div class="notes-created" id="notes-created">
            <p class="notes-ok" role="status">{tr(t::NOTES_CREATED)}</p>
            <p id="notes-persisted" data-persisted=persisted.to_string()>
                {move || if persisted { t::NOTES_PERSISTED_YES.get(lang.get()) } else { t::NOTES_PERSISTED_NO.get(lang.get()) }}
            </p>
            {usage.map(|(used, quota)| view! {
                <p class="small" id="notes-usage">
                    {move || format!(
                        "{}: {} {} {}",
                        t::NOTES_USAGE.get(lang.get()),
                        megabytes(used),
                        t::NOTES_OF.get(lang.get()),
                        megabytes(quota)
                    )}
                </p>
            })}
            <button type="button" class="btn btn-wide" id="notes-open" on:click=move |_| n.go(Screen::List)>
                {tr(t::NOTES_OPEN)}
            </button>
        </div>
    }
}

#[component]
pub(super) fn UnlockScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let pass = RwSignal::new(String::new());
    let wait = RwSignal::new(0u64);
    let failures = RwSignal::new(0u32);
    on_cleanup(move || clear(pass));
    let input = NodeRef::<leptos::html::Input>::new();
    input.on_load(|el| {
        let _ = el.focus();
    });

    let refresh = move || {
        leptos::task::spawn_local(async move {
            if let Ok(s) = store().await {
                if let Ok(status) = s.lockout_status().await {
                    wait.try_set(status.wait_secs);
                    failures.try_set(status.failures);
                }
            }
        });
    };
    refresh();
    let tick = gloo::timers::callback::Interval::new(1_000, move || {
        wait.try_update(|w| *w = w.saturating_sub(1));
    });
    let tick = send_wrapper::SendWrapper::new(tick);
    on_cleanup(move || drop(tick));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if n.busy.get_untracked().is_some() || wait.get_untracked() > 0 {
            return;
        }
        if pass.with_untracked(String::is_empty) {
            return;
        }
        n.error.set(None);
        n.busy.set(Some(t::NOTES_UNLOCKING));
        leptos::task::spawn_local(async move {
            let_paint().await;
            let mut p = pass.try_get_untracked().unwrap_or_default();
            clear(pass);
            let result = match store().await {
                Ok(s) => s.unlock(&p).await,
                Err(e) => Err(e),
            };
            p.zeroize();
            match result {
                Ok(v) => {
                    set_vault(v);
                    let loaded = n.load().await;
                    n.busy.try_set(None);
                    match loaded {
                        Ok(()) => {
                            n.screen.try_set(Screen::List);
                        }
                        Err(e) => n.show_error(&e),
                    }
                }
                Err(e) => {
                    n.busy.try_set(None);
                    n.error.try_set(Some(e.message()));
                    match e {
                        VaultStoreError::LockedOut { wait_secs } => {
                            wait.try_set(wait_secs);
                        }
                        VaultStoreError::Erased | VaultStoreError::NoVault => {
                            n.screen.try_set(Screen::Setup);
                            n.error.try_set(Some(e.message()));
                        }
                        _ => refresh(),
                    }
                    if let Some(el) = input.get_untracked() {
                        let _ = el.focus();
                    }
                }
            }
        });
    };

    view! {
        <div class="notes-unlock" id="notes-unlock">
            <p class="lede">{tr(t::NOTES_LOCKED_LEDE)}</p>
            <form class="notes-form" on:submit=submit>
                <label for="notes-pass">{tr(t::NOTES_PASSPHRASE)}</label>
                <input
                    type="password"
                    id="notes-pass"
                    node_ref=input
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    prop:value=move || pass.get()
                    on:input=move |ev| pass.set(event_target_value(&ev))
                />
                <ErrorLine n=n/>
                <Show when=move || { wait.get() > 0 }>
                    <p class="notice" id="notes-wait" role="status">
                        {move || format!(
                            "{} {} {}",
                            i18n::VAULT_TRY_AGAIN_IN.get(lang.get()),
                            wait.get(),
                            i18n::VAULT_SECONDS.get(lang.get())
                        )}
                    </p>
                </Show>
                <Show when=move || { failures.get() > 0 }>
                    <p class="small" id="notes-failures">
                        {move || format!("{}: {}", t::NOTES_FAILURES.get(lang.get()), failures.get())}
                    </p>
                </Show>
                <button
                    type="submit"
                    class="btn btn-wide"
                    id="notes-unlock-btn"
                    disabled=move || { n.busy.get().is_some() || wait.get() > 0 }
                >
                    {tr(t::NOTES_UNLOCK)}
                </button>
            </form>
            <button type="button" class="btn btn-quiet btn-wide notes-wipe-open" id="notes-wipe-open"
                on:click=move |_| n.go(Screen::Wipe)>
                {tr(t::NOTES_WIPE)}
            </button>
        </div>
    }
}

#[component]
pub(super) fn WipeScreen(n: Notes) -> impl IntoView {
    let back = move |_| {
        n.go(if super::vault().is_some() {
            Screen::List
        } else {
            Screen::Locked
        });
    };
    let confirm = move |_| {
        if n.busy.get_untracked().is_some() {
            return;
        }
        n.busy.set(Some(t::NOTES_WIPING));
        leptos::task::spawn_local(async move {
            n.lock(true);
            let result = match store().await {
                Ok(s) => s.wipe().await,
                Err(e) => Err(e),
            };
            n.busy.try_set(None);
            match result {
                Ok(()) => go_home_replace(),
                Err(e) => {
                    n.screen.try_set(Screen::Wipe);
                    n.show_error(&e);
                }
            }
        });
    };
    view! {
        <div class="notes-wipe" id="notes-wipe" role="alertdialog" aria-labelledby="notes-wipe-title">
            <h2 id="notes-wipe-title">{tr(t::NOTES_WIPE_TITLE)}</h2>
            <p>{tr(t::NOTES_WIPE_BODY)}</p>
            <ErrorLine n=n/>
            <div class="notes-row">
                <button type="button" class="btn btn-danger" id="notes-wipe-confirm" on:click=confirm>
                    {tr(t::NOTES_WIPE_CONFIRM)}
                </button>
                <button type="button" class="btn btn-quiet" id="notes-wipe-cancel" on:click=back>
                    {tr(t::NOTES_CANCEL)}
                </button>
            </div>
        </div>
    }
}
