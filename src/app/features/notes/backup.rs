//! Backup export (an encrypted file, see `docs/backup-format.md`) and
//! restore with a preview and merge or replace. Nothing is written until
//! the user confirms; every failure names what went wrong and changes
//! nothing.

use super::setup::{check_new_passphrase, confirm_pair, NewPassphraseFields, SecretInput};
use super::{focused_heading, let_paint, now_ms, store, vault, Notes, Screen};
use crate::app::{tr, use_lang};
use crate::core::vault::{
    assess_passphrase, backup_kdf_input, export_backup_with_kek, open_with_kek, plan_import,
    random_salt, BackupContents, BackupError, ImportMode, KdfError, KdfParams, Note, PlanEntry,
    SecretKey, MAX_BACKUP_BYTES, SALT_LEN,
};
use crate::i18n::UserText as _;
use crate::i18n::{notes as t, Tr};
use crate::web::date;
use crate::web::kdf::{self, DeriveError};
use crate::web::vault_store::{normalize_passphrase, VaultStoreError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use zeroize::Zeroize;

fn clear(s: RwSignal<String>) {
    s.try_update(|v| v.zeroize());
}

/// Argon2id for a backup, in the Web Worker (quick exit stays instant). A
/// failed derivation is reported as the backup's own error (a file that
/// asks for more than the phone can give is a damaged file); the words
/// come from the one table, `UserText`.
async fn derive(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<SecretKey, Tr> {
    kdf::derive_kek(passphrase, salt, params)
        .await
        .map_err(|e| match e {
            DeriveError::Stopped => VaultStoreError::Stopped.user_text(),
            DeriveError::Kdf(KdfError::TooWeak) => BackupError::KdfTooWeak.user_text(),
            DeriveError::Kdf(KdfError::TooCostly) => BackupError::Corrupt.user_text(),
            DeriveError::Kdf(KdfError::Failed) => BackupError::Internal.user_text(),
        })
}

/// A neutral file name: a date, nothing about notes or the app.
fn file_name(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "sao-luu-{}-{:02}-{:02}.bak",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Hands `bytes` to the browser as a file download and returns the object
/// URL, which the screen keeps for a "save again" link (some in-app
/// browsers drop a download that does not follow a tap) and revokes when
/// it closes.
fn download(bytes: &[u8], name: &str) -> Result<String, wasm_bindgen::JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    Ok(url)
}

/// The error or status line of a backup screen.
#[component]
fn Message(error: RwSignal<Option<Tr>>, id: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Show when=move || error.get().is_some()>
            <crate::app::Notice id=id>
                {move || error.get().map(|e| e.get(lang.get()))}
            </crate::app::Notice>
        </Show>
    }
}

#[component]
pub(super) fn ExportScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let separate = RwSignal::new(false);
    let pass = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Tr>);
    let done = RwSignal::new(None::<(usize, String, String)>);
    let heading = focused_heading();
    on_cleanup(move || {
        clear(pass);
        clear(confirm);
        if let Some((_, _, url)) = done.try_get_untracked().flatten() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if n.busy.get_untracked().is_some() {
            return;
        }
        done.set(None);
        error.set(None);
        let separate = separate.get_untracked();
        if separate {
            if let Err(e) = check_new_passphrase(pass, confirm, false) {
                error.set(Some(e));
                return;
            }
        } else if pass.with_untracked(String::is_empty) {
            error.set(Some(
                crate::core::vault::VaultError::PassphraseTooShort.user_text(),
            ));
            return;
        }
        // Before any key derivation: a file that travels needs at least a
        // "Fair" passphrase; a PIN notebook is told to choose a separate one.
        if !pass.with_untracked(|p| assess_passphrase(p).is_enough_for_backup()) {
            error.set(Some(BackupError::PassphraseTooWeak.user_text()));
            return;
        }
        n.busy.set(Some(t::NOTES_EXPORTING));
        let epoch = n.epoch();
        leptos::task::spawn_local(async move {
            let_paint().await;
            let Some(p) = pass.try_with_untracked(|p| normalize_passphrase(p)) else {
                return;
            };
            let result = export(&p, separate).await;
            drop(p);
            // Locked meanwhile: no file appears after the lock.
            if !n.current(epoch) {
                return;
            }
            n.busy.try_set(None);
            match result {
                Ok((count, bytes)) => {
                    clear(pass);
                    clear(confirm);
                    let name = file_name(now_ms());
                    match download(&bytes, &name) {
                        Ok(url) => {
                            done.try_set(Some((count, name, url)));
                        }
                        Err(_) => {
                            error.try_set(Some(crate::i18n::STORAGE_FAILED));
                        }
                    }
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
    };

    view! {
        <form class="notes-form notes-export" id="notes-export" on:submit=submit>
            <h2 tabindex="-1" node_ref=heading>{tr(t::NOTES_EXPORT_TITLE)}</h2>
            <p class="small">{tr(t::NOTES_EXPORT_LEDE)}</p>
            <p class="small" id="notes-export-protects">{tr(t::NOTES_EXPORT_PROTECTS)}</p>
            <fieldset class="notes-kind">
                <legend>{tr(t::NOTES_EXPORT_WITH)}</legend>
                <label class="answer answer-check">
                    <input type="radio" name="notes-export-with" id="notes-export-same"
                        prop:checked=move || !separate.get()
                        on:change=move |_| { separate.set(false); error.set(None); clear(pass); clear(confirm); }/>
                    <span>{tr(t::NOTES_EXPORT_SAME)}</span>
                </label>
                <label class="answer answer-check">
                    <input type="radio" name="notes-export-with" id="notes-export-other"
                        prop:checked=move || separate.get()
                        on:change=move |_| { separate.set(true); error.set(None); clear(pass); clear(confirm); }/>
                    <span>{tr(t::NOTES_EXPORT_OTHER)}</span>
                </label>
            </fieldset>
            <Show
                when=move || separate.get()
                fallback=move || view! {
                    <label for="notes-export-pass">{tr(t::NOTES_PASSPHRASE)}</label>
                    <SecretInput id="notes-export-pass" value=pass/>
                }
            >
                <NewPassphraseFields pass=confirm_pair(pass, confirm) pin=false
                    ids=("notes-export-new", "notes-export-confirm") label=t::NOTES_BACKUP_PASS/>
            </Show>
            <Message error=error id="notes-export-error"/>
            {move || done.get().map(|(count, name, url)| {
                let label = name.clone();
                view! {
                    <div class="notes-ok" id="notes-exported" role="status">
                        <p>{move || t::NOTES_EXPORTED.get(lang.get())}</p>
                        <p class="small">
                            {move || crate::i18n::fill(t::NOTES_EXPORT_NOTES.get(lang.get()), &[("count", &count), ("file", &label)])}
                        </p>
                        <p class="small">{tr(t::NOTES_EXPORT_FILE_HINT)}</p>
                        <p class="small">{tr(t::NOTES_EXPORT_SAVE_HINT)}</p>
                        <a class="btn btn-quiet btn-wide" id="notes-export-save" href=url download=name>
                            {tr(t::NOTES_EXPORT_SAVE_AGAIN)}
                        </a>
                    </div>
                }
            })}
            <button type="submit" class="btn btn-wide" id="notes-export-btn" disabled=move || n.busy.get().is_some()>
                {tr(t::NOTES_EXPORT)}
            </button>
            <button type="button" class="btn btn-quiet btn-wide" id="notes-export-back" on:click=move |_| n.go(Screen::Settings)>
                {tr(t::NOTES_BACK_TO_SETTINGS)}
            </button>
        </form>
    }
}

/// Checks the passphrase when it is the vault's own, then seals every saved
/// note into a backup file. Returns the count and the file's bytes.
async fn export(passphrase: &str, separate: bool) -> Result<(usize, Vec<u8>), Tr> {
    let v = vault().ok_or(crate::i18n::VAULT_LOCKED)?;
    let s = store().await.map_err(|e| e.user_text())?;
    if !separate {
        s.check_passphrase(&v, passphrase)
            .await
            .map_err(|e| e.user_text())?;
    }
    let mut list = s.list_notes(&v).await.map_err(|e| e.user_text())?;
    let mut plan = s.list_plan(&v).await.map_err(|e| e.user_text())?;
    drop(v);
    let result = async {
        if !assess_passphrase(passphrase).is_acceptable() {
            return Err(BackupError::PassphraseTooShort.user_text());
        }
        let salt = random_salt().map_err(|_| BackupError::Internal.user_text())?;
        let params = KdfParams::DEFAULT;
        let kek = derive(passphrase, &salt, params).await?;
        export_backup_with_kek(
            &list.notes,
            &plan.entries,
            passphrase,
            params,
            salt,
            &kek,
            now_ms() as u64,
        )
        .map_err(|e| e.user_text())
    }
    .await;
    let count = list.notes.len();
    for note in &mut list.notes {
        note.zeroize();
    }
    for entry in &mut plan.entries {
        entry.zeroize();
    }
    result.map(|bytes| (count, bytes))
}

/// Reads the chosen file, refusing one over the size limit before reading.
async fn read_file(input: &web_sys::HtmlInputElement) -> Result<Vec<u8>, Tr> {
    let file = input
        .files()
        .and_then(|f| f.get(0))
        .ok_or(t::NOTES_IMPORT_CHOOSE_FILE)?;
    #[allow(clippy::cast_precision_loss)]
    if file.size() > MAX_BACKUP_BYTES as f64 {
        return Err(BackupError::TooLarge.user_text());
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| t::NOTES_IMPORT_READ_FAILED)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// What an import will do, in counts (the plan's notes are zeroized).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct PlanCounts {
    added: usize,
    updated: usize,
    kept: usize,
    removed: usize,
}

fn plan_counts(existing: &[Note], imported: &[Note], mode: ImportMode) -> PlanCounts {
    let mut plan = plan_import(existing, imported, mode);
    let counts = PlanCounts {
        added: plan.added,
        updated: plan.updated,
        kept: plan.kept,
        removed: plan.to_delete.len(),
    };
    zeroize_notes(&mut plan.result);
    zeroize_notes(&mut plan.to_write);
    counts
}

fn zeroize_notes(notes: &mut Vec<Note>) {
    for n in notes.iter_mut() {
        n.zeroize();
    }
    notes.clear();
}

/// The decrypted backup being previewed; zeroized when dropped (lock,
/// leaving the screen, or after the import).
struct Opened(BackupContents);

impl Drop for Opened {
    fn drop(&mut self) {
        zeroize_notes(&mut self.0.notes);
        zeroize_entries(&mut self.0.plan);
    }
}

fn zeroize_entries(entries: &mut Vec<PlanEntry>) {
    for e in entries.iter_mut() {
        e.zeroize();
    }
    entries.clear();
}

#[component]
pub(super) fn ImportScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let pass = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Tr>);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let file_name = RwSignal::new(None::<String>);
    // The decrypted backup lives outside any signal, like the vault.
    let opened = StoredValue::new_local(None::<Opened>);
    let preview = RwSignal::new(None::<(usize, Option<u64>, Option<u64>, u64)>);
    // Entries of "My plan" in the file (format 3).
    let plan_count = RwSignal::new(0usize);
    let mode = RwSignal::new(ImportMode::Merge);
    let done = RwSignal::new(false);
    // A file asking for more key-derivation work than this app's default:
    // its parameters, shown before anything is derived (see `costly_text`).
    let costly = RwSignal::new(None::<KdfParams>);
    let heading = focused_heading();
    let imported_open = NodeRef::<leptos::html::Button>::new();
    imported_open.on_load(|b| {
        let _ = b.focus();
    });
    on_cleanup(move || {
        clear(pass);
        opened.try_update_value(|o| *o = None);
    });

    let counts = Memo::new(move |_| {
        let mode = mode.get();
        preview.track();
        n.notes.with(|existing| {
            opened
                .try_with_value(|o| o.as_ref().map(|o| plan_counts(existing, &o.0.notes, mode)))
                .flatten()
        })
    });

    let forget = move || {
        opened.try_update_value(|o| *o = None);
        preview.try_set(None);
    };

    // `accepted`: the user agreed to a costly file's parameters.
    let open_file = move |accepted: Option<KdfParams>| {
        if n.busy.get_untracked().is_some() {
            return;
        }
        error.set(None);
        done.set(false);
        costly.set(None);
        forget();
        let Some(input) = file_input.get_untracked() else {
            return;
        };
        n.busy.set(Some(t::NOTES_IMPORT_OPENING));
        leptos::task::spawn_local(async move {
            let_paint().await;
            let result = async {
                let bytes = read_file(&input).await?;
                // Cheap structural checks first: a wrong file gets its
                // message before any key derivation.
                let (salt, params) = backup_kdf_input(&bytes).map_err(|e| e.user_text())?;
                if params.above_default() && accepted != Some(params) {
                    // Ask first (nothing derived yet); the passphrase stays.
                    return Ok(Err(params));
                }
                let p = pass
                    .try_with_untracked(|p| normalize_passphrase(p))
                    .unwrap_or_default();
                let kek = derive(&p, &salt, params).await?;
                drop(p);
                open_with_kek(&bytes, &kek)
                    .map(Ok)
                    .map_err(|e| e.user_text())
            }
            .await;
            n.busy.try_set(None);
            let result = match result {
                Ok(Err(params)) => {
                    costly.try_set(Some(params));
                    return;
                }
                Ok(Ok(contents)) => Ok(contents),
                Err(e) => Err(e),
            };
            match result {
                Ok(contents) => {
                    clear(pass);
                    plan_count.try_set(contents.plan.len());
                    preview.try_set(Some((
                        contents.count,
                        contents.oldest_ms,
                        contents.newest_ms,
                        contents.exported_ms,
                    )));
                    opened.try_set_value(Some(Opened(contents)));
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
    };

    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        open_file(None);
    };

    let confirm = move |_| {
        if n.busy.get_untracked().is_some() {
            return;
        }
        n.busy.set(Some(t::NOTES_IMPORTING));
        let mode = mode.get_untracked();
        let epoch = n.epoch();
        leptos::task::spawn_local(async move {
            let result = import(n, opened, mode).await;
            if !n.current(epoch) {
                return;
            }
            n.busy.try_set(None);
            match result {
                Ok(()) => {
                    forget();
                    done.try_set(true);
                }
                Err(e) => {
                    error.try_set(Some(e.user_text()));
                }
            }
        });
    };

    let on_file = move |_| {
        file_name.set(
            file_input
                .get_untracked()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
                .map(|f| f.name()),
        );
        error.set(None);
        done.set(false);
        costly.set(None);
        forget();
    };

    view! {
        <div class="notes-import" id="notes-import">
            <h2 tabindex="-1" node_ref=heading>{tr(t::NOTES_IMPORT_TITLE)}</h2>
            <p class="small">{tr(t::NOTES_IMPORT_LEDE)}</p>
            <form class="notes-form" on:submit=open>
                // The browser's own file button speaks the browser's language;
                // this label is the visible, translated control.
                <span class="notes-field-label" id="notes-import-file-label">{tr(t::NOTES_IMPORT_FILE)}</span>
                <label class="btn btn-quiet btn-wide notes-file">
                    <input type="file" id="notes-import-file" class="notes-file-input" node_ref=file_input
                        aria-labelledby="notes-import-file-label notes-import-file-choose notes-import-file-name"
                        on:change=on_file/>
                    <span id="notes-import-file-choose">{tr(t::NOTES_IMPORT_CHOOSE)}</span>
                </label>
                // A chosen file's name is the user's: language unknown.
                <p class="small" id="notes-import-file-name" lang=move || file_name.with(Option::is_some).then_some("")>
                    {move || file_name.get().unwrap_or_else(|| t::NOTES_IMPORT_NO_FILE.get(lang.get()).to_string())}
                </p>
                <label for="notes-import-pass">{tr(t::NOTES_PASSPHRASE)}</label>
                <SecretInput id="notes-import-pass" value=pass/>
                <button type="submit" class="btn btn-wide" id="notes-import-open-file" disabled=move || n.busy.get().is_some()>
                    {tr(t::NOTES_IMPORT_OPEN)}
                </button>
            </form>
            <Message error=error id="notes-import-error"/>
            {move || costly.get().map(|params| view! {
                <CostlyConfirm id="notes-import-costly" params=params
                    words=CostlyWords {
                        title: t::NOTES_IMPORT_COSTLY_TITLE,
                        text: t::NOTES_IMPORT_COSTLY_TEXT,
                        yes: t::NOTES_IMPORT_COSTLY_YES,
                        no: t::NOTES_IMPORT_COSTLY_NO,
                    }
                    on_yes=Callback::new(move |()| open_file(Some(params)))
                    on_no=Callback::new(move |()| costly.set(None))/>
            })}
            {move || preview.get().map(|(count, oldest, newest, made)| view! {
                <div class="panel notes-preview" id="notes-preview">
                    <h3>{tr(t::NOTES_PREVIEW_TITLE)}</h3>
                    <dl>
                        <dt>{tr(t::NOTES_PREVIEW_COUNT)}</dt>
                        <dd id="notes-preview-count">{count}</dd>
                        <Show when=move || { plan_count.get() > 0 }>
                            <dt>{tr(t::NOTES_PREVIEW_PLAN)}</dt>
                            <dd id="notes-preview-plan">{move || plan_count.get()}</dd>
                        </Show>
                        {oldest.map(|ms| view! {
                            <dt>{tr(t::NOTES_PREVIEW_FROM)}</dt>
                            <dd id="notes-preview-from">{date::day(ms, lang.get())}</dd>
                        })}
                        {newest.map(|ms| view! {
                            <dt>{tr(t::NOTES_PREVIEW_TO)}</dt>
                            <dd id="notes-preview-to">{date::day(ms, lang.get())}</dd>
                        })}
                        <dt>{tr(t::NOTES_PREVIEW_MADE)}</dt>
                        <dd>{date::day(made, lang.get())}</dd>
                    </dl>
                    <fieldset class="notes-kind">
                        <legend>{tr(t::NOTES_MODE)}</legend>
                        <label class="answer answer-check">
                            <input type="radio" name="notes-import-mode" id="notes-mode-merge"
                                prop:checked=move || mode.get() == ImportMode::Merge
                                on:change=move |_| mode.set(ImportMode::Merge)/>
                            <span>{tr(t::NOTES_MODE_MERGE)}</span>
                        </label>
                        <label class="answer answer-check">
                            <input type="radio" name="notes-import-mode" id="notes-mode-replace"
                                prop:checked=move || mode.get() == ImportMode::Replace
                                on:change=move |_| mode.set(ImportMode::Replace)/>
                            <span>{tr(t::NOTES_MODE_REPLACE)}</span>
                        </label>
                    </fieldset>
                    {move || counts.get().map(|c| view! {
                        <ul class="notes-plan" id="notes-plan" aria-live="polite">
                            <li>{move || crate::i18n::fill(t::NOTES_PLAN_ADDED.get(lang.get()), &[("count", &c.added)])}</li>
                            <li>{move || crate::i18n::fill(t::NOTES_PLAN_UPDATED.get(lang.get()), &[("count", &c.updated)])}</li>
                            <li>{move || crate::i18n::fill(t::NOTES_PLAN_KEPT.get(lang.get()), &[("count", &c.kept)])}</li>
                            {(c.removed > 0).then(|| view! {
                                <li class="notes-warn" id="notes-plan-removed">
                                    {move || crate::i18n::fill(t::NOTES_PLAN_REMOVED.get(lang.get()), &[("count", &c.removed)])}
                                </li>
                            })}
                        </ul>
                    })}
                    <button type="button" class="btn btn-wide" id="notes-import-confirm" on:click=confirm
                        disabled=move || n.busy.get().is_some()>
                        {tr(t::NOTES_IMPORT_CONFIRM)}
                    </button>
                </div>
            })}
            <Show when=move || done.get()>
                <div class="notes-ok" id="notes-imported" role="status">
                    <p>{tr(t::NOTES_IMPORTED)}</p>
                    // The preview (and its focused button) is gone: focus moves here.
                    <button type="button" class="btn btn-wide" id="notes-imported-open" node_ref=imported_open
                        on:click=move |_| n.go(Screen::List)>
                        {tr(t::NOTES_OPEN)}
                    </button>
                </div>
            </Show>
            <button type="button" class="btn btn-quiet btn-wide" id="notes-import-back" on:click=move |_| n.go(Screen::Settings)>
                {tr(t::NOTES_BACK_TO_SETTINGS)}
            </button>
        </div>
    }
}

/// The words of a [`CostlyConfirm`]; `text` has `{times}` and `{mib}`.
#[derive(Clone, Copy)]
pub(super) struct CostlyWords {
    pub title: Tr,
    pub text: Tr,
    pub yes: Tr,
    pub no: Tr,
}

/// The question asked before deriving with more than the default work (a
/// backup file's parameters, or a stored notebook header's). `id` names
/// the panel; its parts are `{id}-title`, `-text`, `-yes` and `-no`.
#[component]
pub(super) fn CostlyConfirm(
    id: &'static str,
    params: KdfParams,
    words: CostlyWords,
    on_yes: Callback<()>,
    on_no: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    // Once drawn, its question takes the focus (and a screen reader's).
    let title = NodeRef::<leptos::html::H3>::new();
    crate::app::ui::focus::focus_heading(title, crate::app::ui::focus::Scroll::IfNeeded);
    view! {
        <div class="panel" id=id role="alertdialog"
            aria-labelledby=format!("{id}-title") aria-describedby=format!("{id}-text")>
            <h3 id=format!("{id}-title") tabindex="-1" node_ref=title>{tr(words.title)}</h3>
            <p id=format!("{id}-text")>
                {move || costly_text(words.text, params, lang.get())}
            </p>
            <button type="button" class="btn btn-wide" id=format!("{id}-yes")
                on:click=move |_| on_yes.run(())>
                {tr(words.yes)}
            </button>
            <button type="button" class="btn btn-quiet btn-wide" id=format!("{id}-no")
                on:click=move |_| on_no.run(())>
                {tr(words.no)}
            </button>
        </div>
    }
}

/// Why a derivation above the default cost asks first: how much longer and
/// how much memory, against this app's own setting.
fn costly_text(text: Tr, params: KdfParams, lang: crate::core::lang::Lang) -> String {
    let d = KdfParams::DEFAULT;
    #[allow(clippy::cast_precision_loss)]
    let times = params.work() as f64 / d.work() as f64;
    let mib = params.m_kib.div_ceil(1024);
    // "4" rather than "4.0"; a decimal comma in Vietnamese.
    let times = if (times - times.round()).abs() < 0.05 {
        format!("{times:.0}")
    } else if lang == crate::core::lang::Lang::Vi {
        format!("{times:.1}").replace('.', ",")
    } else {
        format!("{times:.1}")
    };
    crate::i18n::fill(text.get(lang), &[("times", &times), ("mib", &mib)])
}

/// Plans against the notes stored now (not the list in memory, which
/// another tab may have changed) and writes in one transaction, then
/// reloads the list.
async fn import(
    n: Notes,
    opened: StoredValue<Option<Opened>, LocalStorage>,
    mode: ImportMode,
) -> Result<(), VaultStoreError> {
    let v = vault().ok_or(VaultStoreError::Locked)?;
    let s = store().await?;
    let mut existing = s.list_notes(&v).await?;
    let mut existing_plan = s.list_plan(&v).await?;
    let plan = opened
        .try_with_value(|o| {
            o.as_ref().map(|o| {
                (
                    plan_import(&existing.notes, &o.0.notes, mode),
                    plan_import(&existing_plan.entries, &o.0.plan, mode),
                )
            })
        })
        .flatten();
    zeroize_notes(&mut existing.notes);
    zeroize_entries(&mut existing_plan.entries);
    let Some((mut plan, mut entries)) = plan else {
        return Err(VaultStoreError::Locked);
    };
    let result = s.import_with_plan(&v, &plan, &entries).await;
    zeroize_notes(&mut plan.result);
    zeroize_notes(&mut plan.to_write);
    zeroize_entries(&mut entries.result);
    zeroize_entries(&mut entries.to_write);
    drop(v);
    result?;
    n.load().await
}
