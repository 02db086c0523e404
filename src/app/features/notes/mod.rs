//! Safe notes (`/notes`): first use, unlock, the notes list and editor,
//! locking (button, inactivity, hidden page, quick exit, other tabs) and the
//! panic wipe.
//!
//! The [`UnlockedVault`] never enters a signal: it lives in a thread-local
//! `Rc` ([`VAULT`]). Locking takes it out and zeroes the key; an operation
//! still in flight holds its own `Rc`, and the key is zeroed when that last
//! copy drops (the vault zeroes itself on drop). Decrypted notes live in
//! signals only while unlocked; on lock those copies are overwritten, but
//! the browser keeps its own copies (the DOM's text, JS strings, input
//! fields) beyond the app's reach: wiping decrypted text is best effort.
//!
//! When the page is hidden (app switcher, another app) the view is
//! replaced by a neutral cover at once, so no decrypted text stays in the
//! DOM for the switcher's thumbnail; `pagehide` also locks.

mod backup;
mod copy;
mod list;
mod manage;
mod plan;
mod setup;

use crate::app::ui::focus::focused_heading;
use crate::app::{tr, use_lang};
use crate::core::support::Guide;
use crate::core::vault::{Note, PlanEntry, UnlockedVault};
use crate::i18n::UserText as _;
use crate::i18n::{notes as t, Tr};
use crate::web::quick_exit::QUICK_EXIT_EVENT;
use crate::web::vault_store::{StorageStatus, VaultSettings, VaultStore, VaultStoreError};
use gloo::events::EventListener;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use zeroize::Zeroize;

/// The channel tabs use to lock together.
pub const CHANNEL_NAME: &str = "binh-an-vault";
/// Lock when the page has been hidden this long.
const HIDDEN_LOCK_MS: f64 = 30_000.0;

thread_local! {
    /// A panic wipe is under way (one at a time, whatever else is busy).
    static WIPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static VAULT: RefCell<Option<Rc<UnlockedVault>>> = const { RefCell::new(None) };
    static STORE: RefCell<Option<VaultStore>> = const { RefCell::new(None) };
}

/// The open vault, if any.
fn vault() -> Option<Rc<UnlockedVault>> {
    VAULT.with(|v| v.borrow().clone())
}

fn set_vault(v: UnlockedVault) {
    VAULT.with(|cell| *cell.borrow_mut() = Some(Rc::new(v)));
}

/// Takes the vault out and zeroes its key (now, or when the last operation
/// holding it ends). True when it was open.
fn drop_vault() -> bool {
    let taken = VAULT.with(|v| v.borrow_mut().take());
    match taken {
        Some(rc) => {
            if let Ok(mut v) = Rc::try_unwrap(rc) {
                v.lock();
            }
            true
        }
        None => false,
    }
}

/// Panic wipe: clears the vault in one transaction, then deletes its whole
/// database. The caller has locked first.
async fn wipe_vault() -> Result<(), VaultStoreError> {
    store().await?.wipe().await?;
    delete_vault_database().await;
    // Other tabs: their connection was closed by the deletion; they drop it
    // and show first use.
    post("wiped");
    Ok(())
}

/// Closes this page's connection and deletes the (already emptied) vault
/// database, so nothing shows notes were ever used.
async fn delete_vault_database() {
    if let Some(s) = STORE.with(|c| c.borrow_mut().take()) {
        s.delete_database().await;
    }
}

/// Runs one store operation with the open vault: `None` when it is locked.
/// The vault's `Rc` goes with the operation, so a lock meanwhile zeroes the
/// key as soon as the operation ends.
async fn with_vault<T, F, Fut>(op: F) -> Option<Result<T, VaultStoreError>>
where
    F: FnOnce(VaultStore, Rc<UnlockedVault>) -> Fut,
    Fut: std::future::Future<Output = Result<T, VaultStoreError>>,
{
    let v = vault()?;
    Some(match store().await {
        Ok(s) => op(s, v).await,
        Err(e) => Err(e),
    })
}

/// "Delete all notes": opens the two-step panic wipe.
#[component]
fn WipeOpenButton(n: Notes) -> impl IntoView {
    view! {
        <button type="button" class="btn btn-quiet btn-wide notes-wipe-open" id="notes-wipe-open"
            on:click=move |_| n.go(Screen::Wipe)>
            {tr(t::NOTES_WIPE)}
        </button>
    }
}

/// `autocorrect="off"` on a field (iOS keyboards; `view!` knows no such
/// attribute, so it is set by this directive: `use:no_autocorrect`).
pub(super) fn no_autocorrect(el: web_sys::Element) {
    let _ = el.set_attribute("autocorrect", "off");
}

/// The vault store, opened once per page.
async fn store() -> Result<VaultStore, VaultStoreError> {
    if let Some(s) = STORE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let s = VaultStore::open().await?;
    STORE.with(|c| *c.borrow_mut() = Some(s.clone()));
    Ok(s)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Lets the browser paint (a status message) before a long derivation
/// blocks the thread.
async fn let_paint() {
    gloo_timers::future::TimeoutFuture::new(50).await;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Loading,
    Setup,
    Created,
    Locked,
    List,
    Edit,
    Settings,
    Passphrase,
    Export,
    Import,
    Wipe,
    Failed,
    /// "What support can I get?": content only, open or locked.
    Guide,
    Plan,
    PlanEdit,
    Copy,
}

impl Screen {
    /// Screens that show or change the open vault: locking leaves them.
    fn needs_vault(self) -> bool {
        matches!(
            self,
            Screen::Created
                | Screen::List
                | Screen::Edit
                | Screen::Settings
                | Screen::Passphrase
                | Screen::Export
                | Screen::Import
                | Screen::Wipe
                | Screen::Plan
                | Screen::PlanEdit
                | Screen::Copy
        )
    }

    /// Screens showing decrypted text: covered when the page is hidden.
    fn shows_secrets(self) -> bool {
        matches!(
            self,
            Screen::List | Screen::Edit | Screen::Plan | Screen::PlanEdit | Screen::Copy
        )
    }
}

/// Everything the screens share. Copy: every field is a handle.
#[derive(Clone, Copy)]
struct Notes {
    screen: RwSignal<Screen>,
    /// Decrypted notes, newest first (only while unlocked).
    notes: RwSignal<Vec<Note>>,
    /// Decrypted drafts not yet saved (only while unlocked).
    drafts: RwSignal<Vec<Note>>,
    /// Decrypted entries of "My plan" (only while unlocked).
    plan: RwSignal<Vec<PlanEntry>>,
    /// The plan entry being edited.
    plan_editing: RwSignal<Option<PlanEntry>>,
    /// The support guide (public content), once loaded.
    guide: RwSignal<Option<Guide>>,
    /// Where the guide's "Back" goes.
    guide_back: RwSignal<Screen>,
    unreadable: RwSignal<usize>,
    /// The note the editor opens with, and whether it is new.
    editing: RwSignal<Option<(Note, bool)>>,
    /// A message for the current screen.
    error: RwSignal<Option<Tr>>,
    /// A long operation's status ("Making the key…").
    busy: RwSignal<Option<Tr>>,
    /// A just-deleted note, kept for undo.
    deleted: RwSignal<Option<Note>>,
    settings: RwSignal<VaultSettings>,
    storage: RwSignal<Option<(bool, StorageStatus)>>,
    /// Bumped on every lock, so a late async result is dropped.
    epoch: StoredValue<u64>,
    last_activity: StoredValue<f64>,
    /// The page is (or was just) hidden: a neutral cover replaces the
    /// screen, so nothing decrypted is left in the DOM.
    covered: RwSignal<bool>,
}

fn zeroize_entries(entries: &mut Vec<PlanEntry>) {
    for e in entries.iter_mut() {
        e.zeroize();
    }
    entries.clear();
}

fn zeroize_all(notes: &mut Vec<Note>) {
    for n in notes.iter_mut() {
        n.zeroize();
    }
    notes.clear();
}

impl Notes {
    fn new() -> Notes {
        Notes {
            screen: RwSignal::new(Screen::Loading),
            notes: RwSignal::new(Vec::new()),
            drafts: RwSignal::new(Vec::new()),
            plan: RwSignal::new(Vec::new()),
            plan_editing: RwSignal::new(None),
            guide: RwSignal::new(None),
            guide_back: RwSignal::new(Screen::Loading),
            unreadable: RwSignal::new(0),
            editing: RwSignal::new(None),
            error: RwSignal::new(None),
            busy: RwSignal::new(None),
            deleted: RwSignal::new(None),
            settings: RwSignal::new(VaultSettings::default()),
            storage: RwSignal::new(None),
            epoch: StoredValue::new(0),
            last_activity: StoredValue::new(now_ms()),
            covered: RwSignal::new(false),
        }
    }

    fn epoch(self) -> u64 {
        self.epoch.try_get_value().unwrap_or(u64::MAX)
    }

    /// True while the async result started at `epoch` may still be shown.
    fn current(self, epoch: u64) -> bool {
        self.epoch.try_get_value() == Some(epoch) && vault().is_some()
    }

    fn go(self, screen: Screen) {
        self.error.set(None);
        self.screen.set(screen);
    }

    fn show_error(self, e: &VaultStoreError) {
        self.error.set(Some(e.user_text()));
    }

    /// Locks: drops the vault, clears every decrypted note from the
    /// signals, tells the other tabs (when `broadcast`) and shows the
    /// unlock screen.
    fn lock(self, broadcast: bool) {
        // A derivation still running (export, passphrase check) ends too.
        crate::web::kdf::stop_all();
        let was_open = drop_vault();
        self.epoch.try_update_value(|e| *e += 1);
        self.notes.try_update(zeroize_all);
        self.drafts.try_update(zeroize_all);
        self.plan.try_update(zeroize_entries);
        self.plan_editing.try_update(|e| {
            if let Some(x) = e.as_mut() {
                x.zeroize();
            }
            *e = None;
        });
        self.editing.try_update(|e| {
            if let Some((n, _)) = e.as_mut() {
                n.zeroize();
            }
            *e = None;
        });
        self.deleted.try_update(|d| {
            if let Some(n) = d.as_mut() {
                n.zeroize();
            }
            *d = None;
        });
        if was_open {
            if broadcast {
                post_lock();
            }
            if self
                .screen
                .try_get_untracked()
                .is_some_and(Screen::needs_vault)
            {
                self.busy.try_set(None);
                self.error.try_set(None);
                self.screen.try_set(Screen::Locked);
            }
        }
    }

    /// After create or unlock: loads notes, drafts and settings.
    async fn load(self) -> Result<(), VaultStoreError> {
        let epoch = self.epoch();
        let s = store().await?;
        let Some(v) = vault() else {
            return Err(VaultStoreError::Locked);
        };
        let list = s.list_notes(&v).await?;
        let drafts = s.load_drafts(&v).await?;
        let plan = s.list_plan(&v).await?;
        let settings = s.settings(&v).await.unwrap_or_default();
        drop(v);
        if !self.current(epoch) {
            return Err(VaultStoreError::Locked);
        }
        self.unreadable.set(list.unreadable + plan.unreadable);
        let mut fresh_plan = Some(plan.entries);
        self.plan.update(|v| {
            zeroize_entries(v);
            *v = fresh_plan.take().unwrap_or_default();
        });
        // Replace in place so the old decrypted lists are zeroized, not just freed.
        let (mut fresh_notes, mut fresh_drafts) = (Some(list.notes), Some(drafts.notes));
        self.notes.update(|v| {
            zeroize_all(v);
            *v = fresh_notes.take().unwrap_or_default();
        });
        self.drafts.update(|v| {
            zeroize_all(v);
            *v = fresh_drafts.take().unwrap_or_default();
        });
        self.settings.set(settings);
        self.last_activity.set_value(now_ms());
        Ok(())
    }
}

fn post_lock() {
    post("lock");
}

/// Tells the other tabs that the data key changed (see the listener).
fn post_rekeyed() {
    post("rekeyed");
}

fn post(message: &str) {
    if let Ok(ch) = web_sys::BroadcastChannel::new(CHANNEL_NAME) {
        let _ = ch.post_message(&message.into());
        ch.close();
    }
}

/// Watches everything that locks the vault; dropped (listeners removed)
/// when the page goes.
fn install_lockers(n: Notes) -> Vec<Box<dyn std::any::Any>> {
    let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
    let Some(window) = web_sys::window() else {
        return keep;
    };
    // Quick exit.
    keep.push(Box::new(EventListener::new(
        &window,
        QUICK_EXIT_EVENT,
        move |_| n.lock(true),
    )));
    // Activity resets the inactivity timer: only what a person does. Not
    // "scroll": the app scrolls by itself when a screen opens or takes
    // focus, and such a late event would count as someone using the phone;
    // a person scrolls by touch, wheel or keys, which are counted.
    for name in ["pointerdown", "keydown", "input", "wheel", "touchmove"] {
        keep.push(Box::new(EventListener::new(&window, name, move |_| {
            n.last_activity.try_set_value(now_ms());
        })));
    }
    // Inactivity.
    keep.push(Box::new(gloo::timers::callback::Interval::new(
        5_000,
        move || {
            if vault().is_none() {
                return;
            }
            let minutes = n
                .settings
                .try_get_untracked()
                .map_or(5, |s| s.auto_lock_minutes.max(1));
            let idle = now_ms() - n.last_activity.try_get_value().unwrap_or(0.0);
            if idle >= f64::from(minutes) * 60_000.0 {
                n.lock(true);
            }
        },
    )));
    // Hidden: cover at once; lock now ("lock as soon as I leave") or after
    // 30 s hidden: a timer while hidden, and a check on return (timers in a
    // hidden page may be delayed).
    let hidden_at = Rc::new(std::cell::Cell::new(None::<f64>));
    let hide_gen = Rc::new(std::cell::Cell::new(0u64));
    if let Some(document) = window.document() {
        let doc = document.clone();
        keep.push(Box::new(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                hide_gen.set(hide_gen.get() + 1);
                if doc.hidden() {
                    n.covered.try_set(true);
                    if n.settings
                        .try_get_untracked()
                        .is_some_and(|s| s.lock_on_leave)
                    {
                        // This tab only: switching tabs must not lock the
                        // one being switched to.
                        n.lock(false);
                        return;
                    }
                    hidden_at.set(Some(now_ms()));
                    let gen = hide_gen.get();
                    let hide_gen = hide_gen.clone();
                    leptos::task::spawn_local(async move {
                        gloo_timers::future::TimeoutFuture::new(HIDDEN_LOCK_MS as u32 + 500).await;
                        if hide_gen.get() == gen {
                            n.lock(true);
                        }
                    });
                } else {
                    if let Some(at) = hidden_at.take() {
                        if now_ms() - at >= HIDDEN_LOCK_MS {
                            n.lock(true);
                        }
                    }
                    n.covered.try_set(false);
                }
            },
        )));
    }
    // Leaving the page (closing the tab, navigating away, or going into the
    // back-forward cache): cover and lock this tab. A page restored from
    // that cache shows the unlock screen.
    keep.push(Box::new(EventListener::new(
        &window,
        "pagehide",
        move |_| {
            n.covered.try_set(true);
            n.lock(false);
        },
    )));
    keep.push(Box::new(EventListener::new(
        &window,
        "pageshow",
        move |_| {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| !d.hidden());
            if visible {
                n.covered.try_set(false);
            }
        },
    )));
    // Other tabs.
    if let Ok(ch) = web_sys::BroadcastChannel::new(CHANNEL_NAME) {
        let listener = EventListener::new(&ch, "message", move |e| {
            let message = e
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_string());
            match message.as_deref() {
                Some("lock") => n.lock(false),
                // A passphrase change elsewhere replaced the data key: a tab
                // still holding the old one locks (the tab that made the
                // change holds the new key and stays open).
                Some("rekeyed") => leptos::task::spawn_local(async move {
                    let Some(v) = vault() else { return };
                    let Ok(s) = store().await else { return };
                    if !s.holds_current_key(&v).await.unwrap_or(true) {
                        drop(v);
                        n.lock(false);
                    }
                }),
                Some("wiped") => {
                    n.lock(false);
                    STORE.with(|c| c.borrow_mut().take());
                    n.go(Screen::Setup);
                }
                _ => {}
            }
        });
        keep.push(Box::new(listener));
        keep.push(Box::new(ClosesOnDrop(ch)));
    }
    keep
}

struct ClosesOnDrop(web_sys::BroadcastChannel);

impl Drop for ClosesOnDrop {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Navigates to the home page, replacing this history entry.
fn go_home_replace() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("{}/", crate::app::base_path());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        if let Ok(event) = web_sys::Event::new("popstate") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// The notes' stylesheet travels with this module (`ui::style`).
const CSS: &str = include_str!("../../../../style/notes.css");

#[component]
pub fn NotesPage() -> impl IntoView {
    crate::app::ui::style::adopt(CSS);
    let n = Notes::new();
    let keep = SendWrapper::new(install_lockers(n));
    on_cleanup(move || {
        // Leaving the page locks (this tab only).
        drop_vault();
        drop(keep);
    });

    // Already open in this page (e.g. remounted)? Otherwise setup or unlock.
    leptos::task::spawn_local(async move {
        if vault().is_some() && n.load().await.is_ok() {
            n.screen.try_set(Screen::List);
            return;
        }
        match store().await {
            Ok(s) => match s.exists().await {
                Ok(true) => n.screen.try_set(Screen::Locked),
                Ok(false) => n.screen.try_set(Screen::Setup),
                Err(e) => {
                    n.error.try_set(Some(e.user_text()));
                    n.screen.try_set(Screen::Failed)
                }
            },
            Err(e) => {
                n.error.try_set(Some(e.user_text()));
                n.screen.try_set(Screen::Failed)
            }
        };
    });

    let lang = use_lang();
    view! {
        <section class="page notes" id="notes" data-screen=move || format!("{:?}", n.screen.get()).to_ascii_lowercase()>
            <div class="notes-head">
                <h1 id="notes-title">{tr(t::NOTES_TITLE)}</h1>
                // Not on the wipe dialog: it may be reached from the lock screen.
                <Show when=move || { let s = n.screen.get(); s.needs_vault() && s != Screen::Wipe }>
                    <button type="button" class="btn btn-small notes-lock" id="notes-lock" on:click=move |_| n.lock(true)>
                        <span class="notes-icon"><crate::app::ui::icons::Svg icon=crate::app::ui::icons::Icon::Lock/></span>{tr(t::NOTES_LOCK)}
                    </button>
                </Show>
            </div>
            <Show when=move || n.busy.get().is_some()>
                <p class="notes-busy" id="notes-busy" role="status">
                    <span class="spinner" aria-hidden="true"></span>
                    {move || n.busy.get().map(|b| b.get(lang.get()))}
                </p>
            </Show>
            // Only the list and the editor show decrypted text; the other
            // screens stay (the import's file picker hides the page on
            // Android, and covering would drop the chosen file).
            {move || if n.covered.get() && n.screen.get().shows_secrets() {
                // Neutral: says nothing about notes, holds nothing decrypted.
                view! { <div class="notes-cover" id="notes-cover" aria-hidden="true"></div> }.into_any()
            } else { match n.screen.get() {
                Screen::Loading => view! { <p class="small">{tr(t::NOTES_LOADING)}</p> }.into_any(),
                Screen::Setup => view! { <setup::SetupScreen n=n/> }.into_any(),
                Screen::Created => view! { <setup::CreatedScreen n=n/> }.into_any(),
                Screen::Locked => view! { <setup::UnlockScreen n=n/> }.into_any(),
                Screen::List => view! { <list::ListScreen n=n/> }.into_any(),
                Screen::Edit => view! { <list::EditorScreen n=n/> }.into_any(),
                Screen::Settings => view! { <manage::SettingsScreen n=n/> }.into_any(),
                Screen::Passphrase => view! { <manage::PassphraseScreen n=n/> }.into_any(),
                Screen::Export => view! { <backup::ExportScreen n=n/> }.into_any(),
                Screen::Import => view! { <backup::ImportScreen n=n/> }.into_any(),
                Screen::Wipe => view! { <setup::WipeScreen n=n/> }.into_any(),
                Screen::Failed => view! { <ErrorLine n=n/> }.into_any(),
                Screen::Guide => view! { <plan::GuideScreen n=n/> }.into_any(),
                Screen::Plan => view! { <plan::PlanScreen n=n/> }.into_any(),
                Screen::PlanEdit => view! { <plan::PlanEditScreen n=n/> }.into_any(),
                Screen::Copy => view! { <copy::CopyScreen n=n/> }.into_any(),
            }}}
            <crate::app::ui::keep_offline::KeepOffline feature=crate::core::features::Feature::Notes/>
        </section>
    }
}

/// The current screen's error, announced.
#[component]
fn ErrorLine(n: Notes) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Show when=move || n.error.get().is_some()>
            <crate::app::Notice id="notes-error">
                {move || n.error.get().map(|e| e.get(lang.get()))}
            </crate::app::Notice>
        </Show>
    }
}
