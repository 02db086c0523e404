//! First use (explanation, passphrase or PIN, strength, create), the
//! created screen (persistence), unlock with lockout, and the panic wipe.

use super::backup::{CostlyConfirm, CostlyWords};
use super::{
    go_home_replace, let_paint, no_autocorrect, set_vault, store, ErrorLine, Notes, Screen,
    WipeOpenButton,
};
use crate::app::{tr, use_lang};
use crate::core::lang::lowercase_vi;
use crate::core::vault::{assess_passphrase, KdfParams, Strength, VaultError, MIN_PIN_DIGITS};
use crate::i18n::UserText as _;
use crate::i18n::{self, notes as t, Tr};
use crate::web::vault_store::{request_persistence, storage_status, VaultStoreError};
use leptos::prelude::*;
use zeroize::Zeroize;

fn clear(s: RwSignal<String>) {
    s.try_update(|v| v.zeroize());
}

/// Checks a new passphrase and its confirmation; on a mismatch the
/// confirmation is cleared so it is typed again.
pub(super) fn check_new_passphrase(
    pass: RwSignal<String>,
    confirm: RwSignal<String>,
    pin: bool,
) -> Result<(), Tr> {
    let pin_ok =
        pass.with_untracked(|p| p.len() >= MIN_PIN_DIGITS && p.chars().all(|c| c.is_ascii_digit()));
    if pin && !pin_ok {
        return Err(t::NOTES_PIN_DIGITS_ONLY);
    }
    match pass.with_untracked(|p| assess_passphrase(p)) {
        Strength::TooCommon => return Err(VaultError::PassphraseTooCommon.user_text()),
        Strength::TooShort => return Err(VaultError::PassphraseTooShort.user_text()),
        _ => {}
    }
    if pass.with_untracked(|p| confirm.with_untracked(|c| p != c)) {
        clear(confirm);
        return Err(t::NOTES_MISMATCH);
    }
    Ok(())
}

/// The new passphrase and its confirmation, as one prop.
pub(super) type PassPair = (RwSignal<String>, RwSignal<String>);

pub(super) fn confirm_pair(pass: RwSignal<String>, confirm: RwSignal<String>) -> PassPair {
    (pass, confirm)
}

/// A secret input: never autofilled, autocorrected or capitalised.
#[component]
pub(super) fn SecretInput(
    id: &'static str,
    value: RwSignal<String>,
    #[prop(optional, into)] numeric: Signal<bool>,
    #[prop(optional)] node_ref: Option<NodeRef<leptos::html::Input>>,
) -> impl IntoView {
    let node_ref = node_ref.unwrap_or_default();
    view! {
        <input
            type="password"
            id=id
            node_ref=node_ref
            autocomplete="off"
            autocapitalize="off"
            use:no_autocorrect
            spellcheck="false"
            inputmode=move || if numeric.get() { "numeric" } else { "text" }
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}

/// New passphrase (with its strength) and the confirmation: used by first
/// use, the passphrase change and a separate backup passphrase.
#[component]
pub(super) fn NewPassphraseFields(
    pass: PassPair,
    #[prop(into)] pin: Signal<bool>,
    ids: (&'static str, &'static str),
    #[prop(optional)] label: Option<Tr>,
) -> impl IntoView {
    let lang = use_lang();
    let (pass, confirm) = pass;
    let strength = Memo::new(move |_| pass.with(|p| assess_passphrase(p)));
    let meter_id = format!("{}-strength", ids.0);
    view! {
        <label for=ids.0>
            {move || match label {
                Some(l) => l.get(lang.get()),
                None if pin.get() => t::NOTES_NEW_PIN.get(lang.get()),
                None => t::NOTES_NEW_PASSPHRASE.get(lang.get()),
            }}
        </label>
        <SecretInput id=ids.0 value=pass numeric=pin/>
        // Says nothing until something is typed: a red "too short" over an
        // empty field only alarms.
        <div class="notes-meter" id=meter_id aria-live="polite">
            <Show when=move || pass.with(|p| !p.is_empty())>
                <meter min="0" max="3" low="1.5" high="2.5" optimum="3"
                    value=move || strength_level(strength.get()).to_string()
                    aria-label=move || t::NOTES_STRENGTH.get(lang.get())></meter>
                <span class="notes-meter-words">
                    {move || i18n::fill(
                        t::NOTES_STRENGTH_LINE.get(lang.get()),
                        &[("rating", &strength.get().user_text().get(lang.get()))],
                    )}
                </span>
            </Show>
        </div>
        <label for=ids.1>{tr(t::NOTES_CONFIRM)}</label>
        <SecretInput id=ids.1 value=confirm numeric=pin/>
    }
}

fn strength_level(s: Strength) -> u8 {
    match s {
        Strength::TooCommon | Strength::TooShort => 0,
        Strength::Weak => 1,
        Strength::Fair => 2,
        Strength::Strong => 3,
    }
}

#[component]
pub(super) fn SetupScreen(n: Notes) -> impl IntoView {
    let pin = RwSignal::new(false);
    let pass = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    on_cleanup(move || {
        clear(pass);
        clear(confirm);
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if n.busy.get_untracked().is_some() {
            return;
        }
        if let Err(e) = check_new_passphrase(pass, confirm, pin.get_untracked()) {
            n.error.set(Some(e));
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
                    n.error.try_set(Some(e.user_text()));
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
            <super::plan::GuideButton n=n/>
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
                    <label class="answer answer-check">
                        <input type="radio" name="notes-kind" id="notes-kind-phrase"
                            prop:checked=move || !pin.get()
                            on:change=move |_| { pin.set(false); n.error.set(None); }/>
                        <span>{tr(t::NOTES_KIND_PHRASE)}</span>
                    </label>
                    <label class="answer answer-check">
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
                <p class="small" id="notes-accents">{tr(t::NOTES_ACCENTS_COUNT)}</p>
                <NewPassphraseFields pass=confirm_pair(pass, confirm) pin=pin ids=("notes-new-pass", "notes-confirm-pass")/>
                <p class="small" id="notes-browser-save">{tr(t::NOTES_BROWSER_SAVE)}</p>
                <ErrorLine n=n/>
                <button type="submit" class="btn btn-wide" id="notes-create" disabled=move || n.busy.get().is_some()>
                    {tr(t::NOTES_CREATE)}
                </button>
            </form>
            <p class="small" id="notes-restore-hint">{tr(t::NOTES_SETUP_RESTORE_HINT)}</p>
        </div>
    }
}

/// Whether the phone is running out of room for this site: more than 80 %
/// of what the browser lets it use. Plain words, no figures.
fn space_low(usage: u64, quota: u64) -> bool {
    quota > 0 && usage.saturating_mul(5) > quota.saturating_mul(4)
}

/// Whether the browser promised to keep the data, and the space used.
#[component]
pub(super) fn StorageFacts(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let persisted = move || n.storage.get().is_some_and(|(p, _)| p);
    let usage = move || {
        n.storage
            .get()
            .and_then(|(_, s)| Some((s.usage?, s.quota?)))
    };
    view! {
        <p id="notes-persisted" data-persisted=move || persisted().to_string()>
            {move || if persisted() { t::NOTES_PERSISTED_YES.get(lang.get()) } else { t::NOTES_PERSISTED_NO.get(lang.get()) }}
        </p>
        {move || usage().map(|(used, quota)| view! {
            <p class="small" id="notes-usage" data-low=space_low(used, quota).to_string()>
                {move || if space_low(used, quota) {
                    t::NOTES_SPACE_LOW.get(lang.get())
                } else {
                    t::NOTES_SPACE_PLENTY.get(lang.get())
                }}
            </p>
        })}
    }
}

#[component]
pub(super) fn CreatedScreen(n: Notes) -> impl IntoView {
    view! {
        <div class="notes-created" id="notes-created">
            <p class="notes-ok" role="status">{tr(t::NOTES_CREATED)}</p>
            <StorageFacts n=n/>
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
    // A stored header asking for more key-derivation work than the default
    // (this app never writes one; someone may have edited the phone's
    // storage): its parameters, asked about before anything is derived.
    let costly = RwSignal::new(None::<KdfParams>);
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

    // `accepted`: the user agreed to the stored header's parameters.
    let try_unlock = move |accepted: Option<KdfParams>| {
        if n.busy.get_untracked().is_some() || wait.get_untracked() > 0 {
            return;
        }
        if pass.with_untracked(String::is_empty) {
            return;
        }
        n.error.set(None);
        costly.set(None);
        n.busy.set(Some(t::NOTES_UNLOCKING));
        leptos::task::spawn_local(async move {
            let_paint().await;
            let mut p = pass.try_get_untracked().unwrap_or_default();
            clear(pass);
            let result = match store().await {
                Ok(s) => s.unlock_with(&p, accepted).await,
                Err(e) => Err(e),
            };
            if let Err(VaultStoreError::AboveDefault(params)) = result {
                // Ask first (nothing derived, nothing counted); the
                // passphrase goes back in its field for "Unlock anyway".
                pass.try_set(std::mem::take(&mut p));
                n.busy.try_set(None);
                costly.try_set(Some(params));
                return;
            }
            p.zeroize();
            match result {
                Ok(v) => {
                    set_vault(v);
                    let loaded = n.load().await;
                    n.busy.try_set(None);
                    match loaded {
                        // Unless the user moved on meanwhile (e.g. to the wipe).
                        Ok(()) if n.screen.get_untracked() == Screen::Locked => {
                            n.screen.try_set(Screen::List);
                        }
                        Ok(()) => {}
                        Err(e) => n.show_error(&e),
                    }
                }
                Err(e) => {
                    n.busy.try_set(None);
                    n.error.try_set(Some(e.user_text()));
                    match e {
                        VaultStoreError::LockedOut { wait_secs } => {
                            wait.try_set(wait_secs);
                        }
                        VaultStoreError::Erased | VaultStoreError::NoVault => {
                            if e == VaultStoreError::Erased {
                                super::delete_vault_database().await;
                            }
                            n.screen.try_set(Screen::Setup);
                            n.error.try_set(Some(e.user_text()));
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
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        try_unlock(None);
    };
    // Cancel: nothing is derived; the passphrase is cleared.
    let cancel = move || {
        costly.set(None);
        clear(pass);
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };

    view! {
        <div class="notes-unlock" id="notes-unlock">
            <p class="lede">{tr(t::NOTES_LOCKED_LEDE)}</p>
            <form class="notes-form" on:submit=submit>
                <label for="notes-pass">{tr(t::NOTES_PASSPHRASE)}</label>
                <SecretInput id="notes-pass" value=pass node_ref=input/>
                <ErrorLine n=n/>
                <Show when=move || { wait.get() > 0 }>
                    <crate::app::Notice kind=crate::app::NoticeKind::Status id="notes-wait">
                        {move || i18n::fill(i18n::VAULT_TRY_AGAIN_IN.get(lang.get()), &[("seconds", &wait.get())])}
                    </crate::app::Notice>
                </Show>
                <Show when=move || { failures.get() > 0 }>
                    <p class="small" id="notes-failures">
                        {move || i18n::fill(t::NOTES_FAILURES.get(lang.get()), &[("count", &failures.get())])}
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
            {move || costly.get().map(|params| view! {
                <CostlyConfirm id="notes-unlock-costly" params=params
                    words=CostlyWords {
                        title: t::NOTES_UNLOCK_COSTLY_TITLE,
                        text: t::NOTES_UNLOCK_COSTLY_TEXT,
                        yes: t::NOTES_UNLOCK_COSTLY_YES,
                        no: t::NOTES_CANCEL,
                    }
                    on_yes=Callback::new(move |()| try_unlock(Some(params)))
                    on_no=Callback::new(move |()| cancel())/>
            })}
            <super::plan::GuideButton n=n/>
            <WipeOpenButton n=n/>
        </div>
    }
}

/// How long the forgotten-passphrase erase makes the user wait.
const SLOW_WIPE_SECS: u32 = 30;

/// The words that confirm the forgotten-passphrase erase: "XÓA" (also typed
/// without its accent) or "DELETE", in any case, whatever the interface
/// language.
fn is_wipe_word(typed: &str) -> bool {
    let t = lowercase_vi(typed.trim());
    ["xóa", "xoá", "xoa", "delete"].contains(&t.as_str())
}

/// Locks, clears the vault in one transaction, deletes its database and
/// leaves for the home page. Not guarded by `busy`: it must work even
/// while an export, import or unlock is still running; locking first
/// stops those.
fn run_wipe(n: Notes) {
    if super::WIPING.with(std::cell::Cell::get) {
        return;
    }
    super::WIPING.with(|w| w.set(true));
    n.lock(true);
    n.busy.set(Some(t::NOTES_WIPING));
    leptos::task::spawn_local(async move {
        let result = super::wipe_vault().await;
        super::WIPING.with(|w| w.set(false));
        n.busy.try_set(None);
        match result {
            Ok(()) => go_home_replace(),
            Err(e) => {
                n.screen.try_set(Screen::Wipe);
                n.show_error(&e);
            }
        }
    });
}

/// Erasing the notebook. With the vault open (the owner is here): two
/// steps. From the lock screen: the passphrase, or, for an owner who forgot
/// it, a typed confirmation and a wait. Hiding the app quickly is quick
/// exit's job, not this one's.
#[component]
pub(super) fn WipeScreen(n: Notes) -> impl IntoView {
    let heading = super::focused_heading();
    let open = super::vault().is_some();
    let back = move |_| {
        n.go(if super::vault().is_some() {
            Screen::List
        } else {
            Screen::Locked
        });
    };
    let body = if open {
        view! {
            <ErrorLine n=n/>
            <div class="notes-row">
                <button type="button" class="btn btn-danger" id="notes-wipe-confirm" on:click=move |_| run_wipe(n)>
                    {tr(t::NOTES_WIPE_CONFIRM)}
                </button>
                <button type="button" class="btn btn-quiet" id="notes-wipe-cancel" on:click=back>
                    {tr(t::NOTES_CANCEL)}
                </button>
            </div>
        }
        .into_any()
    } else {
        view! { <LockedWipe n=n/> }.into_any()
    };
    view! {
        <div class="notes-wipe" id="notes-wipe" role="alertdialog" aria-labelledby="notes-wipe-title">
            <h2 id="notes-wipe-title" tabindex="-1" node_ref=heading>{tr(t::NOTES_WIPE_TITLE)}</h2>
            <p>{tr(t::NOTES_WIPE_BODY)}</p>
            {body}
        </div>
    }
}

/// The erase from the lock screen: the passphrase, or the slow path.
#[component]
fn LockedWipe(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let pass = RwSignal::new(String::new());
    let forgot = RwSignal::new(false);
    let word = RwSignal::new(String::new());
    // When the slow path's wait ends (None before it starts), and the
    // clock as last read: the seconds left come from the clock, not from
    // counting ticks (timers may be delayed or skipped).
    let until = RwSignal::new(None::<f64>);
    let now = RwSignal::new(super::now_ms());
    let left = move || {
        until
            .get()
            .map(|u| ((u - now.get()) / 1000.0).ceil().max(0.0) as u32)
    };
    on_cleanup(move || clear(pass));
    let tick = gloo::timers::callback::Interval::new(1_000, move || {
        now.try_set(super::now_ms());
    });
    let tick = send_wrapper::SendWrapper::new(tick);
    on_cleanup(move || drop(tick));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if n.busy.get_untracked().is_some() || pass.with_untracked(String::is_empty) {
            return;
        }
        n.error.set(None);
        n.busy.set(Some(t::NOTES_UNLOCKING));
        leptos::task::spawn_local(async move {
            let_paint().await;
            let mut p = pass.try_get_untracked().unwrap_or_default();
            clear(pass);
            // The same check as unlocking, lockout and all: erasing is no
            // way around it.
            let result = match store().await {
                Ok(s) => s.unlock(&p).await,
                Err(e) => Err(e),
            };
            p.zeroize();
            n.busy.try_set(None);
            match result {
                Ok(mut v) => {
                    v.lock();
                    run_wipe(n);
                }
                Err(VaultStoreError::Erased) => {
                    // Erase-after-10 fired on this very try: already gone.
                    super::delete_vault_database().await;
                    go_home_replace();
                }
                Err(e) => n.show_error(&e),
            }
        });
    };
    let word_ok = move || word.with(|w| is_wipe_word(w));
    view! {
        <p>{tr(t::NOTES_WIPE_LOCKED_LEDE)}</p>
        <form class="notes-form" on:submit=submit>
            <label for="notes-wipe-pass">{tr(t::NOTES_PASSPHRASE)}</label>
            <SecretInput id="notes-wipe-pass" value=pass/>
            <ErrorLine n=n/>
            <div class="notes-row">
                <button type="submit" class="btn btn-danger" id="notes-wipe-confirm"
                    disabled=move || n.busy.get().is_some()>
                    {tr(t::NOTES_WIPE_CONFIRM)}
                </button>
                <button type="button" class="btn btn-quiet" id="notes-wipe-cancel"
                    on:click=move |_| n.go(Screen::Locked)>
                    {tr(t::NOTES_CANCEL)}
                </button>
            </div>
        </form>
        <Show
            when=move || forgot.get()
            fallback=move || view! {
                <button type="button" class="btn btn-quiet btn-wide" id="notes-wipe-forgot"
                    on:click=move |_| forgot.set(true)>
                    {tr(t::NOTES_WIPE_FORGOT)}
                </button>
            }
        >
            <div class="panel notes-wipe-slow notes-form" id="notes-wipe-slow">
                <h3>{tr(t::NOTES_WIPE_FORGOT)}</h3>
                <p class="notes-warn">{tr(t::NOTES_WIPE_SLOW_WARN)}</p>
                <label for="notes-wipe-word">{tr(t::NOTES_WIPE_WORD_LABEL)}</label>
                <input type="text" id="notes-wipe-word" autocomplete="off"
                    spellcheck="false" use:no_autocorrect autocapitalize="characters"
                    prop:value=move || word.get()
                    on:input=move |ev| word.set(event_target_value(&ev))/>
                {move || match left() {
                    None => view! {
                        <button type="button" class="btn btn-wide" id="notes-wipe-start"
                            disabled=move || !word_ok()
                            on:click=move |_| if word_ok() {
                                let start = super::now_ms();
                                now.set(start);
                                until.set(Some(start + f64::from(SLOW_WIPE_SECS) * 1000.0));
                            }>
                            {tr(t::NOTES_WIPE_START)}
                        </button>
                    }.into_any(),
                    Some(s) if s > 0 => view! {
                        <crate::app::Notice kind=crate::app::NoticeKind::Status id="notes-wipe-countdown">
                            {move || i18n::fill(t::NOTES_WIPE_WAITING.get(lang.get()), &[("seconds", &s)])}
                        </crate::app::Notice>
                    }.into_any(),
                    Some(_) => view! {
                        <p class="small" role="status">{tr(t::NOTES_WIPE_READY)}</p>
                        <button type="button" class="btn btn-danger btn-wide" id="notes-wipe-slow-confirm"
                            disabled=move || !word_ok()
                            on:click=move |_| if word_ok() { run_wipe(n) }>
                            {tr(t::NOTES_WIPE_CONFIRM)}
                        </button>
                    }.into_any(),
                }}
            </div>
        </Show>
    }
}
