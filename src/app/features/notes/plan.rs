//! "What support can I get?" (the guide, readable without the passphrase:
//! content only, nothing stored) and "My plan" inside the open notebook:
//! the guide's support items as a checklist, papers to get back and people
//! who help, each entry sealed like a note (`vault_plan`).

use super::{focused_heading, no_autocorrect, now_ms, with_vault, ErrorLine, Notes, Screen};
use crate::app::ui::read_aloud::ReadAloud;
use crate::app::{content, marked, tr, use_lang};
use crate::core::lang::Lang;
use crate::core::support::{Guide, Item};
use crate::core::vault::{new_record_id, PlanEntry, PlanKind, PlanStatus, SearchIndex, PAPERS};
use crate::i18n::UserText as _;
use crate::i18n::{notes as t, Tr};
use leptos::prelude::*;
use std::collections::HashSet;
use zeroize::Zeroize;

/// Loads the guide once per page (the service worker keeps the file).
pub(super) fn load_guide(n: Notes) {
    if n.guide.with_untracked(Option::is_some) {
        return;
    }
    leptos::task::spawn_local(async move {
        match crate::web::content::fetch_with(
            crate::core::features::content::SUPPORT_GUIDE,
            Guide::parse,
        )
        .await
        {
            Ok(g) => {
                n.guide.try_set(Some(g));
            }
            Err(e) => {
                n.error.try_set(Some(e.user_text()));
            }
        }
    });
}

/// Opens the guide; "Back" returns to the screen it was opened from.
pub(super) fn open_guide(n: Notes) {
    n.guide_back.set(n.screen.get_untracked());
    load_guide(n);
    n.go(Screen::Guide);
}

/// The button that opens the guide (lock screen, setup, plan).
#[component]
pub(super) fn GuideButton(n: Notes) -> impl IntoView {
    view! {
        <button type="button" class="btn btn-quiet btn-wide" id="guide-open" on:click=move |_| open_guide(n)>
            {tr(t::GUIDE_OPEN)}
        </button>
    }
}

fn status_label(s: PlanStatus) -> Tr {
    match s {
        PlanStatus::NotAsked => t::PLAN_NOT_ASKED,
        PlanStatus::Asked => t::PLAN_ASKED,
        PlanStatus::Received => t::PLAN_RECEIVED,
        PlanStatus::NotNeeded => t::PLAN_NOT_NEEDED,
    }
}

fn status_code(s: PlanStatus) -> &'static str {
    match s {
        PlanStatus::NotAsked => "not_asked",
        PlanStatus::Asked => "asked",
        PlanStatus::Received => "received",
        PlanStatus::NotNeeded => "not_needed",
    }
}

fn status_from_code(code: &str) -> PlanStatus {
    PlanStatus::ALL
        .into_iter()
        .find(|s| status_code(*s) == code)
        .unwrap_or_default()
}

fn paper_label(key: &str) -> Option<Tr> {
    Some(match key {
        "id-card" => t::PLAN_PAPER_ID,
        "household" => t::PLAN_PAPER_HOUSEHOLD,
        "birth" => t::PLAN_PAPER_BIRTH,
        "school" => t::PLAN_PAPER_SCHOOL,
        _ => return None,
    })
}

/// What an entry is called in `lang`: the guide's title for a support, the
/// paper's name, the person's name (what the user typed, as typed).
pub(super) fn entry_label(entry: &PlanEntry, guide: Option<&Guide>, lang: Lang) -> String {
    match entry.kind {
        PlanKind::Support => guide
            .and_then(|g| g.item(&entry.key))
            .map_or_else(|| entry.key.clone(), |i| i.title.get(lang).to_string()),
        PlanKind::Paper => paper_label(&entry.key)
            .map_or_else(|| entry.title.clone(), |label| label.get(lang).to_string()),
        PlanKind::Person => entry.title.clone(),
    }
}

/// The entry's status and details as one line ("Asked · 2026-11-30 · …").
pub(super) fn entry_details(entry: &PlanEntry, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if entry.kind != PlanKind::Person {
        parts.push(status_label(entry.status).get(lang).to_string());
    }
    if !entry.date.trim().is_empty() {
        parts.push(super::list::shown_day(&entry.date));
    }
    for field in [&entry.who, &entry.phone] {
        if !field.trim().is_empty() {
            parts.push(field.clone());
        }
    }
    parts.join(" · ")
}

/// Seals and stores `entry`, then shows it (and goes to `then`).
fn save_entry(n: Notes, entry: PlanEntry, then: Option<Screen>) {
    leptos::task::spawn_local(async move {
        let entry_ref = &entry;
        let Some(result) = with_vault(|s, v| async move { s.save_plan(&v, entry_ref).await }).await
        else {
            return;
        };
        match result {
            Ok(()) => {
                n.plan.try_update(|list| {
                    list.retain(|e| e.id != entry.id);
                    list.push(entry);
                    list.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
                });
                if let Some(screen) = then {
                    n.plan_editing.try_update(|e| {
                        if let Some(e) = e.as_mut() {
                            e.zeroize();
                        }
                        *e = None;
                    });
                    n.go(screen);
                }
            }
            Err(e) => n.show_error(&e),
        }
    });
}

/// The stored entry of `kind` about `key` (supports and listed papers have
/// at most one), or a new blank one.
fn entry_for(n: Notes, kind: PlanKind, key: &str) -> Option<PlanEntry> {
    let found = n.plan.with_untracked(|list| {
        list.iter()
            .find(|e| e.kind == kind && e.key == key)
            .cloned()
    });
    found.or_else(|| {
        let id = new_record_id().ok()?;
        Some(PlanEntry::new(id, kind, key, now_ms() as u64))
    })
}

fn edit(n: Notes, entry: PlanEntry) {
    n.plan_editing.set(Some(entry));
    n.go(Screen::PlanEdit);
}

#[component]
pub(super) fn GuideScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let heading = focused_heading();
    let back = move |_| {
        let to = n.guide_back.get_untracked();
        // Back to a screen that needs the vault only while it is open.
        let to = if to.needs_vault() && super::vault().is_none() {
            Screen::Locked
        } else {
            to
        };
        n.go(to);
    };
    view! {
        <div class="guide" id="guide">
            <button type="button" class="btn btn-small btn-quiet" id="guide-back" on:click=back>
                {tr(t::GUIDE_BACK)}
            </button>
            <ErrorLine n=n/>
            {move || n.guide.get().map(|g| {
                let spoken_guide = g.clone();
                let spoken = move || spoken_text(&spoken_guide, lang.get());
                view! {
                    <h2 id="guide-title" tabindex="-1" node_ref=heading>{content(&g.title)}</h2>
                    <ReadAloud text=spoken/>
                    <p class="lede">{content(&g.intro)}</p>
                    <p class="small">{tr(t::GUIDE_NOTHING_STORED)}</p>
                    {g.sections.iter().map(|s| view! {
                        <section class="guide-section" id=format!("guide-{}", s.id)>
                            <h3>{content(&s.title)}</h3>
                            {s.items.iter().map(|i| view! { <GuideItem item=i.clone()/> }).collect_view()}
                        </section>
                    }).collect_view()}
                    <p class="notes-warn">{content(&g.caveat)}</p>
                    <p class="small">{let day = super::list::shown_day(&g.checked); move || crate::i18n::fill(t::GUIDE_CHECKED.get(lang.get()), &[("date", &day)])}</p>
                }
            })}
        </div>
    }
}

/// Everything the guide says, for reading aloud.
fn spoken_text(g: &Guide, lang: Lang) -> String {
    let mut out = vec![g.title.get(lang).to_string(), g.intro.get(lang).to_string()];
    for s in &g.sections {
        out.push(s.title.get(lang).to_string());
        for i in &s.items {
            out.push(i.title.get(lang).to_string());
            out.push(i.body.get(lang).to_string());
        }
    }
    out.push(g.caveat.get(lang).to_string());
    out.join("\n")
}

#[component]
fn GuideItem(item: Item) -> impl IntoView {
    let lang = use_lang();
    let sources = item.sources.clone();
    let source_text = move || crate::app::source_labels(&sources, lang.get()).join(" · ");
    view! {
        <div class="guide-item" id=format!("guide-item-{}", item.id)>
            <h4>{content(&item.title)}</h4>
            <p>{content(&item.body)}</p>
            <p class="small guide-cite">
                <b>{tr(t::GUIDE_ARTICLE)} ": "</b>{content(&item.article)}
                <br/>
                <b>{tr(t::GUIDE_SOURCES)} ": "</b>{move || marked(&source_text(), lang.get())}
            </p>
        </div>
    }
}

/// A row of the plan: one key in the search and its texts.
struct Row {
    key: String,
    texts: Vec<String>,
}

fn row_key(kind: PlanKind, key: &str, entry: Option<&PlanEntry>) -> String {
    match (kind, entry) {
        (PlanKind::Support, _) => format!("s:{key}"),
        (PlanKind::Paper, _) if !key.is_empty() => format!("p:{key}"),
        (_, Some(e)) => format!("e:{}", e.id),
        _ => String::new(),
    }
}

/// Every row of the plan screen with its texts in `lang`.
fn plan_rows(guide: Option<&Guide>, plan: &[PlanEntry], l: Lang) -> Vec<Row> {
    let mut rows = Vec::new();
    let find = |kind: PlanKind, key: &str| plan.iter().find(|e| e.kind == kind && e.key == key);
    let entry_texts = |e: &PlanEntry| {
        vec![
            status_label(e.status).get(l).to_string(),
            e.title.clone(),
            e.date.clone(),
            e.who.clone(),
            e.phone.clone(),
            e.note.clone(),
        ]
    };
    for item in guide.iter().flat_map(|g| g.plan_items()) {
        let mut texts = vec![item.title.get(l).to_string()];
        if let Some(e) = find(PlanKind::Support, &item.id) {
            texts.extend(entry_texts(e));
        }
        rows.push(Row {
            key: row_key(PlanKind::Support, &item.id, None),
            texts,
        });
    }
    for key in PAPERS {
        let mut texts = vec![paper_label(key).map_or("", |p| p.get(l)).to_string()];
        if let Some(e) = find(PlanKind::Paper, key) {
            texts.extend(entry_texts(e));
        }
        rows.push(Row {
            key: row_key(PlanKind::Paper, key, None),
            texts,
        });
    }
    for e in plan
        .iter()
        .filter(|e| e.kind == PlanKind::Person || (e.kind == PlanKind::Paper && e.key.is_empty()))
    {
        rows.push(Row {
            key: row_key(e.kind, &e.key, Some(e)),
            texts: entry_texts(e),
        });
    }
    rows
}

#[component]
pub(super) fn PlanScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let heading = focused_heading();
    load_guide(n);
    let query = RwSignal::new(String::new());
    on_cleanup(move || {
        query.try_update(|q| q.zeroize());
    });
    // The keys of the rows matching the query (`None`: no query). The
    // rows' texts are built, searched and wiped in one go, so no extra copy
    // of what the user wrote stays in memory.
    let visible = Memo::new(move |_| {
        let l = lang.get();
        query.with(|q| {
            if q.trim().is_empty() {
                return None;
            }
            let mut rows = n
                .guide
                .with(|g| n.plan.with(|plan| plan_rows(g.as_ref(), plan, l)));
            let index = SearchIndex::from_texts(
                rows.iter()
                    .map(|r| r.texts.iter().map(String::as_str).collect()),
            );
            let hits: HashSet<String> = index
                .search_all(q)
                .into_iter()
                .map(|i| rows[i].key.clone())
                .collect();
            for row in &mut rows {
                row.texts.zeroize();
            }
            Some(hits)
        })
    });
    let shown = move |key: String| visible.with(|v| v.as_ref().is_none_or(|v| v.contains(&key)));
    let nothing = move || visible.with(|v| v.as_ref().is_some_and(HashSet::is_empty));

    let add_paper = move |_| {
        if let Ok(id) = new_record_id() {
            edit(n, PlanEntry::new(id, PlanKind::Paper, "", now_ms() as u64));
        }
    };
    let add_person = move |_| {
        if let Ok(id) = new_record_id() {
            edit(n, PlanEntry::new(id, PlanKind::Person, "", now_ms() as u64));
        }
    };
    let people = move || {
        n.plan.with(|p| {
            p.iter()
                .filter(|e| e.kind == PlanKind::Person)
                .cloned()
                .collect::<Vec<_>>()
        })
    };

    view! {
        <div class="plan" id="plan">
            <button type="button" class="btn btn-small btn-quiet" id="plan-back" on:click=move |_| n.go(Screen::List)>
                {tr(t::NOTES_BACK)}
            </button>
            <h2 id="plan-title" tabindex="-1" node_ref=heading>{tr(t::PLAN_OPEN)}</h2>
            <p class="lede">{tr(t::PLAN_LEDE)}</p>
            <ErrorLine n=n/>
            <super::plan::GuideButton n=n/>
            <div class="notes-tools">
                <label for="plan-search">{tr(t::PLAN_SEARCH)}</label>
                <input type="search" id="plan-search" autocomplete="off"
                    spellcheck="false" use:no_autocorrect autocapitalize="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
            </div>
            <Show when=nothing>
                <p class="small" id="plan-none">{tr(t::PLAN_NO_MATCH)}</p>
            </Show>
            <section class="plan-section" id="plan-support">
                <h3>{tr(t::PLAN_SUPPORT_TITLE)}</h3>
                <ul class="plan-items">
                    {move || n.guide.get().map(|g| g.plan_items().cloned().collect::<Vec<_>>()).unwrap_or_default()
                        .into_iter().map(|item| {
                            let key = row_key(PlanKind::Support, &item.id, None);
                            let title = item.title.clone();
                            let label = Signal::derive(move || title.get(lang.get()).to_string());
                            view! {
                                <Show when=move || shown(key.clone())>
                                    <StatusRow n=n kind=PlanKind::Support key=item.id.clone() label=label/>
                                </Show>
                            }
                        }).collect_view()}
                </ul>
            </section>
            <section class="plan-section" id="plan-papers">
                <h3>{tr(t::PLAN_PAPERS_TITLE)}</h3>
                <ul class="plan-items">
                    {PAPERS.into_iter().map(|key| {
                        let row = row_key(PlanKind::Paper, key, None);
                        let label = Signal::derive(move || paper_label(key).map_or("", |p| p.get(lang.get())).to_string());
                        view! {
                            <Show when=move || shown(row.clone())>
                                <StatusRow n=n kind=PlanKind::Paper key=key.to_string() label=label/>
                            </Show>
                        }
                    }).collect_view()}
                    <EntryRows n=n kind=PlanKind::Paper shown=Callback::new(shown)/>
                </ul>
                <button type="button" class="btn btn-quiet btn-wide" id="plan-add-paper" on:click=add_paper>
                    <span aria-hidden="true">"+ "</span>{tr(t::PLAN_ADD_PAPER)}
                </button>
            </section>
            <section class="plan-section" id="plan-people">
                <h3>{tr(t::PLAN_PEOPLE_TITLE)}</h3>
                <Show when=move || people().is_empty()>
                    <p class="small">{tr(t::PLAN_NO_PEOPLE)}</p>
                </Show>
                <ul class="plan-items">
                    <EntryRows n=n kind=PlanKind::Person shown=Callback::new(shown)/>
                </ul>
                <button type="button" class="btn btn-quiet btn-wide" id="plan-add-person" on:click=add_person>
                    <span aria-hidden="true">"+ "</span>{tr(t::PLAN_ADD_PERSON)}
                </button>
            </section>
            <button type="button" class="btn btn-wide" id="copy-open" on:click=move |_| n.go(Screen::Copy)>
                {tr(t::COPY_OPEN)}
            </button>
        </div>
    }
}

/// A support or listed paper: its name, a status to pick (saved at once)
/// and "Details" (date, who, note).
#[component]
fn StatusRow(n: Notes, kind: PlanKind, key: String, label: Signal<String>) -> impl IntoView {
    let lang = use_lang();
    let prefix = if kind == PlanKind::Support { "s" } else { "p" };
    let select_id = format!("plan-{prefix}-{key}");
    let details_id = format!("{select_id}-d");
    let key = StoredValue::new(key);
    let current = move || {
        key.with_value(|k| {
            n.plan
                .with(|list| list.iter().find(|e| e.kind == kind && &e.key == k).cloned())
        })
    };
    let status = move || current().map(|e| e.status).unwrap_or_default();
    let details = move || {
        current()
            .map(|e| entry_details(&e, lang.get()))
            .unwrap_or_default()
    };
    let on_change = move |ev: leptos::ev::Event| {
        let status = status_from_code(&event_target_value(&ev));
        let Some(mut entry) = key.with_value(|k| entry_for(n, kind, k)) else {
            return;
        };
        entry.status = status;
        entry.updated_ms = now_ms() as u64;
        save_entry(n, entry, None);
    };
    let open = move |_| {
        if let Some(entry) = key.with_value(|k| entry_for(n, kind, k)) {
            edit(n, entry);
        }
    };
    let for_id = select_id.clone();
    view! {
        <li class="plan-item" data-status=move || status_code(status())>
            <label class="plan-name" for=for_id>{move || label.get()}</label>
            <div class="plan-controls">
                <select id=select_id on:change=on_change aria-describedby=details_id.clone()>
                    {PlanStatus::ALL.into_iter().map(|s| view! {
                        <option value=status_code(s) selected=move || status() == s>{tr(status_label(s))}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="btn btn-small btn-quiet plan-details" on:click=open
                    aria-label=move || crate::i18n::fill(t::PLAN_DETAILS_OF.get(lang.get()), &[("item", &label.get())])>
                    {tr(t::PLAN_DETAILS)}
                </button>
            </div>
            <span class="small plan-meta" id=details_id lang="">{details}</span>
        </li>
    }
}

/// The rows the user added of one kind (papers they named, or people),
/// each shown while the search keeps it.
#[component]
fn EntryRows(n: Notes, kind: PlanKind, shown: Callback<String, bool>) -> impl IntoView {
    let entries = move || {
        n.plan.with(|p| {
            p.iter()
                // A listed paper (with a key) has its own status row above.
                .filter(|e| e.kind == kind && (kind == PlanKind::Person || e.key.is_empty()))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <For each=entries key=|e| (e.id.clone(), e.updated_ms) let:entry>
            {
                let row = row_key(kind, "", Some(&entry));
                view! {
                    <Show when=move || shown.run(row.clone())>
                        <EntryRow n=n entry=entry.clone()/>
                    </Show>
                }
            }
        </For>
    }
}

/// A paper the user named, or a person: name, details, a call button.
#[component]
fn EntryRow(n: Notes, entry: PlanEntry) -> impl IntoView {
    let lang = use_lang();
    let name = if entry.title.trim().is_empty() {
        None
    } else {
        Some(entry.title.clone())
    };
    let shown_name = move || {
        name.clone()
            .unwrap_or_else(|| t::PLAN_UNTITLED.get(lang.get()).to_string())
    };
    let details = {
        let e = entry.clone();
        move || entry_details(&e, lang.get())
    };
    let tel = super::list::tel_href(&entry.phone);
    let is_person = entry.kind == PlanKind::Person;
    let label = shown_name.clone();
    let open = {
        let entry = entry.clone();
        move |_| edit(n, entry.clone())
    };
    view! {
        <li class="plan-item plan-entry" data-id=entry.id.clone()>
            <span class="plan-name" lang="">{shown_name}</span>
            <span class="small plan-meta" lang="">{details}</span>
            <div class="plan-controls">
                {(is_person).then(|| tel.clone()).flatten().map(|href| view! {
                    <a class="btn btn-call btn-small plan-call" href=href>
                        <span class="notes-icon"><crate::app::ui::icons::Svg icon=crate::app::ui::icons::Icon::Phone/></span>
                        {tr(t::PLAN_CALL)}
                    </a>
                })}
                <button type="button" class="btn btn-small btn-quiet plan-details" on:click=open
                    aria-label=move || crate::i18n::fill(t::PLAN_DETAILS_OF.get(lang.get()), &[("item", &label())])>
                    {tr(t::PLAN_DETAILS)}
                </button>
            </div>
        </li>
    }
}

#[component]
pub(super) fn PlanEditScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let Some(start) = n.plan_editing.get_untracked() else {
        return view! { <p class="small">{tr(t::NOTES_LOADING)}</p> }.into_any();
    };
    let heading = focused_heading();
    let kind = start.kind;
    let is_new = n
        .plan
        .with_untracked(|p| !p.iter().any(|e| e.id == start.id));
    let fixed_label = (kind != PlanKind::Person
        && !(kind == PlanKind::Paper && start.key.is_empty()))
    .then(|| {
        let s = start.clone();
        move || n.guide.with(|g| entry_label(&s, g.as_ref(), lang.get()))
    });
    let title = RwSignal::new(start.title.clone());
    let status = RwSignal::new(start.status);
    let date = RwSignal::new(start.date.clone());
    let who = RwSignal::new(start.who.clone());
    let phone = RwSignal::new(start.phone.clone());
    let note = RwSignal::new(start.note.clone());
    on_cleanup(move || {
        for s in [title, date, who, phone, note] {
            s.try_update(|v| v.zeroize());
        }
    });
    let base = StoredValue::new(start);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut entry = base.get_value();
        entry.title = title.get_untracked();
        entry.status = status.get_untracked();
        entry.date = date.get_untracked();
        entry.who = who.get_untracked();
        entry.phone = phone.get_untracked();
        entry.note = note.get_untracked();
        entry.updated_ms = now_ms() as u64;
        save_entry(n, entry, Some(Screen::Plan));
    };
    let back = move |_| {
        n.plan_editing.try_update(|e| {
            if let Some(e) = e.as_mut() {
                e.zeroize();
            }
            *e = None;
        });
        n.go(Screen::Plan);
    };
    let delete = move |_| {
        let id = base.with_value(|e| e.id.clone());
        leptos::task::spawn_local(async move {
            let id_ref = &id;
            let Some(result) =
                with_vault(|s, v| async move { s.delete_plan(&v, id_ref).await }).await
            else {
                return;
            };
            match result {
                Ok(()) => {
                    n.plan.try_update(|list| {
                        for e in list.iter_mut().filter(|e| e.id == id) {
                            e.zeroize();
                        }
                        list.retain(|e| e.id != id);
                    });
                    n.plan_editing.try_set(None);
                    n.go(Screen::Plan);
                }
                Err(e) => n.show_error(&e),
            }
        });
    };
    let tel = move || phone.with(|p| super::list::tel_href(p));
    let heading_text = move || match &fixed_label {
        Some(label) => label(),
        None if kind == PlanKind::Person => t::PLAN_ADD_PERSON.get(lang.get()).to_string(),
        None => t::PLAN_PAPER_NAME.get(lang.get()).to_string(),
    };
    let text_field = move |id: &'static str, label: Tr, value: RwSignal<String>| {
        view! {
            <label for=id>{tr(label)}</label>
            <input type="text" id=id autocomplete="off" spellcheck="false" use:no_autocorrect autocapitalize="off"
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        }
    };
    view! {
        <form class="notes-editor plan-editor" id="plan-editor" on:submit=save>
            <h2 id="plan-edit-title" tabindex="-1" node_ref=heading>
                {heading_text}
            </h2>
            {match kind {
                PlanKind::Person => view! {
                    {text_field("plan-name", t::PLAN_NAME, title)}
                    {text_field("plan-role", t::PLAN_ROLE, who)}
                    <label for="plan-phone">{tr(t::NOTES_FIELD_PHONE)}</label>
                    <div class="notes-phone">
                        <input type="tel" id="plan-phone" autocomplete="off" inputmode="tel"
                            spellcheck="false" use:no_autocorrect autocapitalize="off"
                            prop:value=move || phone.get()
                            on:input=move |ev| phone.set(event_target_value(&ev))/>
                        {move || tel().map(|href| view! {
                            <a class="btn btn-call" id="plan-call" href=href>
                                <span class="notes-icon"><crate::app::ui::icons::Svg icon=crate::app::ui::icons::Icon::Phone/></span>{tr(t::NOTES_CALL)}
                            </a>
                        })}
                    </div>
                }.into_any(),
                _ => view! {
                    {(kind == PlanKind::Paper && base.with_value(|e| e.key.is_empty())).then(|| text_field("plan-paper-name", t::PLAN_PAPER_NAME, title))}
                    <label for="plan-status">{tr(t::PLAN_STATUS)}</label>
                    <select id="plan-status" on:change=move |ev| status.set(status_from_code(&event_target_value(&ev)))>
                        {PlanStatus::ALL.into_iter().map(|s| view! {
                            <option value=status_code(s) selected=move || status.get() == s>{tr(status_label(s))}</option>
                        }).collect_view()}
                    </select>
                    <label for="plan-date">{tr(t::PLAN_DATE)}</label>
                    <input type="date" id="plan-date" prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))/>
                    {text_field("plan-who", t::PLAN_WHO, who)}
                }.into_any(),
            }}
            <label for="plan-note">{tr(t::PLAN_NOTE)}</label>
            <textarea id="plan-note" rows="4" autocomplete="off" spellcheck="false" use:no_autocorrect autocapitalize="off"
                prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            <ErrorLine n=n/>
            <div class="notes-row">
                <button type="submit" class="btn" id="plan-save">{tr(t::NOTES_SAVE)}</button>
                <button type="button" class="btn btn-quiet" id="plan-edit-back" on:click=back>{tr(t::PLAN_BACK)}</button>
            </div>
            {(!is_new).then(|| view! {
                <button type="button" class="btn btn-quiet btn-wide note-delete" id="plan-delete" on:click=delete>
                    {tr(t::PLAN_DELETE)}
                </button>
            })}
        </form>
    }
    .into_any()
}
