//! Settings (auto-lock, erase after failures, storage), the way to backup
//! and restore, and the passphrase change.

use super::setup::{check_new_passphrase, confirm_pair, NewPassphraseFields, SecretInput};
use super::{
    focused_heading, let_paint, store, with_vault, ErrorLine, Notes, Screen, WipeOpenButton,
};
use crate::app::{tr, use_lang};
use crate::core::vault::KdfParams;
use crate::i18n::UserText as _;
use crate::i18n::{notes as t, Tr};
use crate::web::vault_store::{storage_status, VaultSettings, VaultStoreError};
use leptos::prelude::*;
use zeroize::Zeroize;

/// The choices offered for auto-lock, in minutes.
const AUTO_LOCK_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];

fn clear(s: RwSignal<String>) {
    s.try_update(|v| v.zeroize());
}

/// Stores new settings; shows "saved" or the error.
fn save_settings(n: Notes, settings: VaultSettings, saved: RwSignal<Option<Tr>>) {
    n.settings.set(settings);
    saved.set(None);
    leptos::task::spawn_local(async move {
        let Some(result) =
            with_vault(|s, v| async move { s.save_settings(&v, settings).await }).await
        else {
            return;
        };
        match result {
            Ok(()) => {
                n.error.try_set(None);
                saved.try_set(Some(t::NOTES_SETTINGS_SAVED));
            }
            Err(e) => n.show_error(&e),
        }
    });
}

#[component]
pub(super) fn SettingsScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let saved = RwSignal::new(None::<Tr>);
    // Refresh the storage figures each time the screen opens.
    leptos::task::spawn_local(async move {
        let status = storage_status().await;
        n.storage.try_set(Some((status.persisted, status)));
    });
    let erase_hint_id = "notes-erase-hint";
    let heading = focused_heading();
    view! {
        <div class="notes-settings" id="notes-settings">
            <h2 tabindex="-1" node_ref=heading>{tr(t::NOTES_SETTINGS_TITLE)}</h2>
            <ErrorLine n=n/>
            <div class="panel">
                <label for="notes-auto-lock">{tr(t::NOTES_AUTO_LOCK_LABEL)}</label>
                <select id="notes-auto-lock" on:change=move |ev| {
                    if let Ok(minutes) = event_target_value(&ev).parse::<u32>() {
                        let settings = VaultSettings { auto_lock_minutes: minutes, ..n.settings.get_untracked() };
                        save_settings(n, settings, saved);
                    }
                }>
                    {AUTO_LOCK_CHOICES.into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || n.settings.get().auto_lock_minutes == m>
                            {move || crate::i18n::fill(t::NOTES_MINUTES.get(lang.get()), &[("minutes", &m)])}
                        </option>
                    }).collect_view()}
                </select>
                <label class="answer answer-check notes-erase">
                    <input type="checkbox" id="notes-erase-after"
                        aria-describedby=erase_hint_id
                        prop:checked=move || n.settings.get().erase_after_failures
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let settings = VaultSettings { erase_after_failures: on, ..n.settings.get_untracked() };
                            save_settings(n, settings, saved);
                        }/>
                    <span>{tr(t::NOTES_ERASE_LABEL)}</span>
                </label>
                <p class="small" id=erase_hint_id>{tr(t::NOTES_ERASE_HINT)}</p>
                <label class="answer answer-check">
                    <input type="checkbox" id="notes-lock-on-leave"
                        prop:checked=move || n.settings.get().lock_on_leave
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let settings = VaultSettings { lock_on_leave: on, ..n.settings.get_untracked() };
                            save_settings(n, settings, saved);
                        }/>
                    <span>{tr(t::NOTES_LOCK_ON_LEAVE_LABEL)}</span>
                </label>
                <label class="answer answer-check">
                    <input type="checkbox" id="notes-hide-previews"
                        prop:checked=move || n.settings.get().hide_previews
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let settings = VaultSettings { hide_previews: on, ..n.settings.get_untracked() };
                            save_settings(n, settings, saved);
                        }/>
                    <span>{tr(t::NOTES_HIDE_PREVIEWS_LABEL)}</span>
                </label>
                <p class="notes-ok" id="notes-settings-saved" role="status">
                    {move || saved.get().map(|s| s.get(lang.get()))}
                </p>
            </div>
            <div class="panel">
                <h3>{tr(t::NOTES_BACKUP_TITLE)}</h3>
                <p class="small">{tr(t::NOTES_BACKUP_LEDE)}</p>
                <button type="button" class="btn btn-wide" id="notes-export-open" on:click=move |_| n.go(Screen::Export)>
                    {tr(t::NOTES_EXPORT)}
                </button>
                <button type="button" class="btn btn-wide btn-quiet" id="notes-import-open" on:click=move |_| n.go(Screen::Import)>
                    {tr(t::NOTES_IMPORT)}
                </button>
            </div>
            <div class="panel">
                <button type="button" class="btn btn-wide btn-quiet" id="notes-pass-open" on:click=move |_| n.go(Screen::Passphrase)>
                    {tr(t::NOTES_CHANGE_PASS)}
                </button>
            </div>
            <div class="panel" id="notes-storage">
                <h3>{tr(t::NOTES_STORAGE_TITLE)}</h3>
                <super::setup::StorageFacts n=n/>
            </div>
            <button type="button" class="btn btn-quiet btn-wide" id="notes-settings-back" on:click=move |_| n.go(Screen::List)>
                {tr(t::NOTES_BACK)}
            </button>
            <WipeOpenButton n=n/>
        </div>
    }
}

#[component]
pub(super) fn PassphraseScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let old = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let heading = focused_heading();
    on_cleanup(move || {
        for s in [old, pass, confirm] {
            clear(s);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if n.busy.get_untracked().is_some() {
            return;
        }
        done.set(false);
        if let Err(e) = check_new_passphrase(pass, confirm, false) {
            n.error.set(Some(e));
            return;
        }
        n.error.set(None);
        n.busy.set(Some(t::NOTES_CHANGING));
        let epoch = n.epoch();
        leptos::task::spawn_local(async move {
            let_paint().await;
            let mut o = old.try_get_untracked().unwrap_or_default();
            let mut p = pass.try_get_untracked().unwrap_or_default();
            let result = match store().await {
                Ok(s) => s.change_passphrase(&o, &p, KdfParams::DEFAULT).await,
                Err(e) => Err(e),
            };
            o.zeroize();
            p.zeroize();
            if let Err(VaultStoreError::Erased) = result {
                // The 10th wrong passphrase with erase-after-10 on: the store
                // has wiped the vault. Lock, remove its database, start over.
                n.lock(true);
                super::delete_vault_database().await;
                n.go(Screen::Setup);
                n.error.try_set(Some(VaultStoreError::Erased.user_text()));
                return;
            }
            if !n.current(epoch) {
                return;
            }
            n.busy.try_set(None);
            match result {
                Ok(rekeyed) => {
                    // The data key changed: keep working with the new one.
                    super::set_vault(rekeyed);
                    super::post_rekeyed();
                    clear(old);
                    clear(pass);
                    clear(confirm);
                    done.try_set(true);
                }
                Err(e) => {
                    // Only a wrong current passphrase needs typing again.
                    if e == VaultStoreError::WrongPassphrase {
                        clear(old);
                    }
                    n.show_error(&e);
                }
            }
        });
    };
    view! {
        <form class="notes-form notes-change" id="notes-change" on:submit=submit>
            <h2 tabindex="-1" node_ref=heading>{tr(t::NOTES_CHANGE_PASS)}</h2>
            <p class="small">{tr(t::NOTES_CHANGE_LEDE)}</p>
            <label for="notes-old-pass">{tr(t::NOTES_CURRENT_PASS)}</label>
            <SecretInput id="notes-old-pass" value=old/>
            <NewPassphraseFields pass=confirm_pair(pass, confirm) pin=false ids=("notes-change-new", "notes-change-confirm")/>
            <ErrorLine n=n/>
            <Show when=move || done.get()>
                <p class="notes-ok" id="notes-changed" role="status">{move || t::NOTES_CHANGED.get(lang.get())}</p>
            </Show>
            <button type="submit" class="btn btn-wide" id="notes-change-btn" disabled=move || n.busy.get().is_some()>
                {tr(t::NOTES_CHANGE_PASS)}
            </button>
            <button type="button" class="btn btn-quiet btn-wide" id="notes-change-back" on:click=move |_| n.go(Screen::Settings)>
                {tr(t::NOTES_BACK_TO_SETTINGS)}
            </button>
        </form>
    }
}
