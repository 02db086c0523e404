//! The notes list (filter, search, drafts to restore, delete with undo)
//! and the editor (autosaved drafts, save, contact call button).

use super::{
    no_autocorrect, now_ms, store, vault, with_vault, ErrorLine, Notes, Screen, WipeOpenButton,
};
use crate::app::{tr, use_lang};
use crate::core::vault::{new_record_id, Category, Note, SearchIndex, Template, TemplateKind};
use crate::i18n::{notes as t, Tr};
use crate::web::date;
use leptos::prelude::*;
use zeroize::Zeroize;

/// How long a deleted note can be brought back.
const UNDO_MS: u32 = 8_000;
/// Autosave waits this long after the last keystroke.
const AUTOSAVE_MS: u32 = 800;

pub(super) fn category_label(c: Category) -> Tr {
    match c {
        Category::Appointment => t::NOTES_CAT_APPOINTMENT,
        Category::LegalCase => t::NOTES_CAT_LEGAL,
        Category::Health => t::NOTES_CAT_HEALTH,
        Category::Documents => t::NOTES_CAT_DOCUMENTS,
        Category::Contacts => t::NOTES_CAT_CONTACTS,
        Category::MyStory => t::NOTES_CAT_MY_STORY,
    }
}

fn category_code(c: Category) -> &'static str {
    match c {
        Category::Appointment => "appointment",
        Category::LegalCase => "legal_case",
        Category::Health => "health",
        Category::Documents => "documents",
        Category::Contacts => "contacts",
        Category::MyStory => "my_story",
    }
}

fn category_from_code(code: &str) -> Option<Category> {
    Category::ALL
        .into_iter()
        .find(|c| category_code(*c) == code)
}

/// A stored day (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM`) as the app shows
/// days (`DD/MM/YYYY`, then `HH:MM`); any other text as it was typed.
pub(super) fn shown_day(stored: &str) -> String {
    let (day, time) = stored.split_once('T').unwrap_or((stored, ""));
    let parts: Vec<&str> = day.split('-').collect();
    let is_day = parts.len() == 3
        && [4, 2, 2] == [parts[0].len(), parts[1].len(), parts[2].len()]
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !is_day {
        return stored.to_string();
    }
    let shown = format!("{}/{}/{}", parts[2], parts[1], parts[0]);
    if time.is_empty() {
        shown
    } else {
        format!("{shown} {time}")
    }
}

/// The day or the time part of an appointment's `when` (`YYYY-MM-DDTHH:MM`).
fn when_part(when: &str, time: bool) -> String {
    let (day, at) = when.split_once('T').unwrap_or((when, ""));
    (if time { at } else { day }).to_string()
}

/// `when` with its day or its time part replaced.
fn with_when_part(when: &str, time: bool, value: &str) -> String {
    let (day, at) = if time {
        (when_part(when, false), value.to_string())
    } else {
        (value.to_string(), when_part(when, true))
    };
    if at.is_empty() {
        day
    } else {
        format!("{day}T{at}")
    }
}

pub(super) fn template_name(k: TemplateKind) -> Tr {
    match k {
        TemplateKind::Appointment => t::TPL_APPOINTMENT,
        TemplateKind::Statement => t::TPL_STATEMENT,
        TemplateKind::Document => t::TPL_DOCUMENT,
        TemplateKind::Event => t::TPL_EVENT,
    }
}

fn template_code(k: TemplateKind) -> &'static str {
    match k {
        TemplateKind::Appointment => "appointment",
        TemplateKind::Statement => "statement",
        TemplateKind::Document => "document",
        TemplateKind::Event => "event",
    }
}

/// The labels of a template's fields, in the order of `Template::fields`.
pub(super) fn template_labels(k: TemplateKind) -> Vec<Tr> {
    match k {
        TemplateKind::Appointment => vec![t::TPL_WHEN, t::TPL_WHERE, t::TPL_WITH, t::TPL_BRING],
        TemplateKind::Statement => vec![t::TPL_DATE, t::TPL_BY, t::TPL_SAID],
        TemplateKind::Document => vec![t::TPL_WHAT, t::TPL_KEPT],
        TemplateKind::Event => vec![t::TPL_DATE, t::TPL_WHERE, t::TPL_HAPPENED],
    }
}

/// The input for field `i` of a template: a date, a day and a time (two
/// inputs: one date-and-time control does not fit at large text), a
/// longer text or a line.
fn template_input(k: TemplateKind, i: usize) -> &'static str {
    match (k, i) {
        (TemplateKind::Appointment, 0) => "day-time",
        (TemplateKind::Statement | TemplateKind::Event, 0) => "date",
        (TemplateKind::Statement | TemplateKind::Event, 2) => "textarea",
        _ => "text",
    }
}

/// A dialable number: digits, with a leading `+` kept.
pub(super) fn tel_href(phone: &str) -> Option<String> {
    let trimmed = phone.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 3 {
        return None;
    }
    let plus = if trimmed.starts_with('+') { "+" } else { "" };
    Some(format!("tel:{plus}{digits}"))
}

fn open_editor(n: Notes, note: Note, is_new: bool) {
    n.editing.set(Some((note, is_new)));
    n.go(Screen::Edit);
}

fn new_note(n: Notes) {
    let Ok(id) = new_record_id() else {
        n.error.set(Some(crate::i18n::VAULT_OUT_OF_MEMORY));
        return;
    };
    let now = now_ms() as u64;
    open_editor(
        n,
        Note {
            id,
            title: String::new(),
            body: String::new(),
            category: Category::Appointment,
            created_ms: now,
            updated_ms: now,
            contact_phone: None,
            template: None,
        },
        true,
    );
}

/// Deletes a note at once and keeps it in memory for [`UNDO_MS`] so "Undo"
/// can save it back.
fn delete(n: Notes, id: String) {
    leptos::task::spawn_local(async move {
        let id_ref = &id;
        let Some(result) = with_vault(|s, v| async move { s.delete_note(&v, id_ref).await }).await
        else {
            return;
        };
        if let Err(e) = result {
            n.show_error(&e);
            return;
        }
        let mut removed = None;
        n.notes.try_update(|list| {
            if let Some(i) = list.iter().position(|x| x.id == id) {
                removed = Some(list.remove(i));
            }
        });
        n.drafts.try_update(|list| list.retain(|x| x.id != id));
        n.deleted.try_update(|d| {
            if let Some(old) = d.as_mut() {
                old.zeroize();
            }
            *d = removed;
        });
        n.screen.try_set(Screen::List);
        gloo_timers::future::TimeoutFuture::new(UNDO_MS).await;
        n.deleted.try_update(|d| {
            if d.as_ref().is_some_and(|x| x.id == id) {
                if let Some(x) = d.as_mut() {
                    x.zeroize();
                }
                *d = None;
            }
        });
    });
}

fn undo(n: Notes) {
    let Some(note) = n.deleted.try_update(Option::take).flatten() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let note_ref = &note;
        let Some(result) = with_vault(|s, v| async move { s.save_note(&v, note_ref).await }).await
        else {
            return;
        };
        match result {
            Ok(()) => insert_sorted(n, note),
            Err(e) => n.show_error(&e),
        }
    });
}

fn insert_sorted(n: Notes, note: Note) {
    n.notes.try_update(|list| {
        list.retain(|x| x.id != note.id);
        let at = list
            .iter()
            .position(|x| x.updated_ms < note.updated_ms)
            .unwrap_or(list.len());
        list.insert(at, note);
    });
}

#[component]
pub(super) fn ListScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let filter = RwSignal::new(None::<Category>);
    let query = RwSignal::new(String::new());
    on_cleanup(move || {
        query.try_update(|q| q.zeroize());
    });
    // Folded once per list change, then each keystroke only compares.
    let index = Memo::new(move |_| n.notes.with(|list| SearchIndex::new(list)));
    let shown = Memo::new(move |_| {
        let f = filter.get();
        query.with(|q| {
            index.with(|index| {
                n.notes.with(|list| {
                    index
                        .search(list, f, q)
                        .into_iter()
                        .filter_map(|i| list.get(i).cloned())
                        .collect::<Vec<_>>()
                })
            })
        })
    });

    view! {
        <div class="notes-list" id="notes-list">
            <ErrorLine n=n/>
            <div class="notes-row">
                <button type="button" class="btn" id="notes-new" on:click=move |_| new_note(n)>
                    <span aria-hidden="true">"+ "</span>{tr(t::NOTES_NEW)}
                </button>
                <button type="button" class="btn btn-quiet" id="plan-open" on:click=move |_| n.go(Screen::Plan)>
                    {tr(t::PLAN_OPEN)}
                </button>
            </div>
            <Show when=move || n.deleted.get().is_some()>
                {move || {
                    // The Delete button that had focus is gone: focus moves
                    // to Undo, which scrolls it into view.
                    let undo_button = NodeRef::<leptos::html::Button>::new();
                    undo_button.on_load(|b| {
                        let _ = b.focus();
                    });
                    view! {
                        <div class="notes-undo" id="notes-undo" role="status">
                            <span>{tr(t::NOTES_DELETED)}</span>
                            <button type="button" class="btn btn-small" id="notes-undo-btn"
                                node_ref=undo_button on:click=move |_| undo(n)>
                                {tr(t::NOTES_UNDO)}
                            </button>
                        </div>
                    }
                }}
            </Show>
            <Show when=move || { n.unreadable.get() > 0 }>
                <crate::app::Notice kind=crate::app::NoticeKind::Note>{tr(crate::i18n::VAULT_SOME_UNREADABLE)}</crate::app::Notice>
            </Show>
            <Show when=move || n.drafts.with(|d| !d.is_empty())>
                <div class="panel notes-drafts" id="notes-drafts">
                    <h2>{tr(t::NOTES_DRAFTS_TITLE)}</h2>
                    <p class="small">{tr(t::NOTES_DRAFTS_LEDE)}</p>
                    <ul>
                        <For each=move || n.drafts.get() key=|d| (d.id.clone(), d.updated_ms) let:draft>
                            <DraftRow n=n draft=draft/>
                        </For>
                    </ul>
                </div>
            </Show>
            <div class="notes-tools">
                <label for="notes-search">{tr(t::NOTES_SEARCH)}</label>
                <input type="search" id="notes-search" autocomplete="off"
                    spellcheck="false" use:no_autocorrect autocapitalize="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
                <label for="notes-filter">{tr(t::NOTES_FILTER)}</label>
                <select id="notes-filter" on:change=move |ev| filter.set(category_from_code(&event_target_value(&ev)))>
                    <option value="" selected=move || filter.get().is_none()>{tr(t::NOTES_ALL)}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=category_code(c) selected=move || filter.get() == Some(c)>
                            {tr(category_label(c))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <Show
                when=move || shown.with(|s| !s.is_empty())
                fallback=move || view! {
                    <p class="small" id="notes-none">
                        {move || if n.notes.with(Vec::is_empty) { t::NOTES_EMPTY.get(lang.get()) } else { t::NOTES_NO_MATCH.get(lang.get()) }}
                    </p>
                }
            >
                <ul class="notes-items" id="notes-items">
                    <For each=move || shown.get() key=|x| (x.id.clone(), x.updated_ms) let:note>
                        <NoteRow n=n note=note/>
                    </For>
                </ul>
            </Show>
            <p class="small">{tr(t::NOTES_AUTO_LOCK)}</p>
            <button type="button" class="btn btn-quiet btn-wide" id="notes-copy-open"
                on:click=move |_| n.go(Screen::Copy)>
                {tr(t::COPY_OPEN)}
            </button>
            <button type="button" class="btn btn-quiet btn-wide" id="notes-settings-open"
                on:click=move |_| n.go(Screen::Settings)>
                {tr(t::NOTES_SETTINGS)}
            </button>
            <WipeOpenButton n=n/>
        </div>
    }
}

/// A note's title as the list shows it: "Không tiêu đề" when it has none.
fn shown_title(note: &Note) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = use_lang();
    let title = (!note.title.trim().is_empty()).then(|| note.title.clone());
    move || {
        title
            .clone()
            .unwrap_or_else(|| t::NOTES_UNTITLED.get(lang.get()).to_string())
    }
}

#[component]
fn NoteRow(n: Notes, note: Note) -> impl IntoView {
    let title = shown_title(&note);
    // What the user wrote is in a language we do not know (lang="").
    let own_title = (!note.title.trim().is_empty()).then_some("");
    let category = note.category;
    let lang = use_lang();
    let updated_ms = note.updated_ms;
    let when = move || date::day_time(updated_ms, lang.get());
    let preview: String = note.body.chars().take(90).collect();
    let open = {
        let note = note.clone();
        move |_| open_editor(n, note.clone(), false)
    };
    view! {
        <li class="note-item">
            <button type="button" class="note-open" on:click=open>
                <span class="note-title" lang=own_title>
                    {title}
                </span>
                <span class="note-meta">
                    <span class="note-cat">{tr(category_label(category))}</span>
                    " · "
                    <span>{when}</span>
                </span>
                {move || (!n.settings.with(|s| s.hide_previews)).then(|| view! {
                    <span class="note-preview" lang="">{preview.clone()}</span>
                })}
            </button>
        </li>
    }
}

#[component]
fn DraftRow(n: Notes, draft: Note) -> impl IntoView {
    let title = shown_title(&draft);
    let own_title = (!draft.title.trim().is_empty()).then_some("");
    let id = draft.id.clone();
    let restore = move |_| {
        let exists = n
            .notes
            .with_untracked(|list| list.iter().any(|x| x.id == draft.id));
        open_editor(n, draft.clone(), !exists);
    };
    let discard = move |_| {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let id_ref = &id;
            let Some(result) =
                with_vault(|s, v| async move { s.discard_draft(&v, id_ref).await }).await
            else {
                return;
            };
            match result {
                Ok(()) => {
                    n.drafts.try_update(|d| {
                        for x in d.iter_mut().filter(|x| x.id == id) {
                            x.zeroize();
                        }
                        d.retain(|x| x.id != id);
                    });
                }
                Err(e) => n.show_error(&e),
            }
        });
    };
    view! {
        <li class="draft-item">
            <span class="note-title" lang=own_title>
                {title}
            </span>
            <span class="notes-row">
                <button type="button" class="btn btn-small draft-restore" on:click=restore>{tr(t::NOTES_RESTORE)}</button>
                <button type="button" class="btn btn-small btn-quiet draft-discard" on:click=discard>{tr(t::NOTES_DISCARD)}</button>
            </span>
        </li>
    }
}

#[component]
pub(super) fn EditorScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let Some((start, is_new)) = n.editing.get_untracked() else {
        return view! { <p class="small">{tr(t::NOTES_LOADING)}</p> }.into_any();
    };
    let id = start.id.clone();
    let created_ms = start.created_ms;
    let title = RwSignal::new(start.title.clone());
    let body = RwSignal::new(start.body.clone());
    let category = RwSignal::new(start.category);
    let phone = RwSignal::new(start.contact_phone.clone().unwrap_or_default());
    let tpl_kind = RwSignal::new(start.template.as_ref().map(Template::kind));
    let tpl: [RwSignal<String>; 4] = std::array::from_fn(|i| {
        RwSignal::new(
            start
                .template
                .as_ref()
                .and_then(|t| t.fields().get(i).map(|f| (*f).to_string()))
                .unwrap_or_default(),
        )
    });
    let template_now = move || {
        tpl_kind.get().map(|k| {
            let fields: Vec<String> = tpl.iter().map(|f| f.get()).collect();
            Template::from_fields(k, &fields)
        })
    };
    let status = RwSignal::new(None::<Tr>);
    let generation = StoredValue::new(0u32);
    let keep_id = id.clone();
    on_cleanup(move || {
        // Covered because the page was hidden: keep what was typed for when
        // it comes back (a lock meanwhile zeroizes it).
        if n.covered.try_get_untracked() == Some(true) && vault().is_some() {
            let kept = Note {
                id: keep_id.clone(),
                title: title.try_get_untracked().unwrap_or_default(),
                body: body.try_get_untracked().unwrap_or_default(),
                category: category
                    .try_get_untracked()
                    .unwrap_or(Category::Appointment),
                created_ms,
                updated_ms: now_ms() as u64,
                contact_phone: Some(phone.try_get_untracked().unwrap_or_default())
                    .filter(|p| !p.trim().is_empty()),
                template: tpl_kind.try_get_untracked().flatten().map(|k| {
                    let fields: Vec<String> = tpl
                        .iter()
                        .map(|f| f.try_get_untracked().unwrap_or_default())
                        .collect();
                    Template::from_fields(k, &fields)
                }),
            };
            n.editing.try_update(|e| {
                if let Some((old, _)) = e.as_mut() {
                    old.zeroize();
                }
                *e = Some((kept, is_new));
            });
        }
        for s in [title, body, phone].into_iter().chain(tpl) {
            s.try_update(|v| v.zeroize());
        }
    });

    let current = {
        let id = id.clone();
        move || Note {
            id: id.clone(),
            title: title.get(),
            body: body.get(),
            category: category.get(),
            created_ms,
            updated_ms: now_ms() as u64,
            contact_phone: if category.get() == Category::Contacts {
                Some(phone.get()).filter(|p| !p.trim().is_empty())
            } else {
                None
            },
            template: template_now(),
        }
    };

    // Autosave: a sealed draft AUTOSAVE_MS after the last change.
    {
        let current = current.clone();
        Effect::new(move |prev: Option<()>| {
            let draft = current();
            if prev.is_none() {
                return;
            }
            let Some(g) = generation.try_update_value(|g| {
                *g += 1;
                *g
            }) else {
                return;
            };
            leptos::task::spawn_local(async move {
                let mut draft = draft;
                gloo_timers::future::TimeoutFuture::new(AUTOSAVE_MS).await;
                if generation.try_get_value() == Some(g) {
                    if let Some(v) = vault() {
                        if let Ok(s) = store().await {
                            match s.save_draft(&v, &draft).await {
                                Ok(()) => {
                                    status.try_set(Some(t::NOTES_DRAFT_SAVED));
                                    let copy = draft.clone();
                                    n.drafts.try_update(|d| {
                                        d.retain(|x| x.id != copy.id);
                                        d.insert(0, copy);
                                    });
                                }
                                Err(e) => n.show_error(&e),
                            }
                        }
                    }
                }
                draft.zeroize();
            });
        });
    }

    let save = {
        let current = current.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            // Cancels a pending autosave.
            generation.update_value(|g| *g += 1);
            let note = current();
            leptos::task::spawn_local(async move {
                let note_ref = &note;
                let Some(result) =
                    with_vault(|s, v| async move { s.save_note(&v, note_ref).await }).await
                else {
                    return;
                };
                match result {
                    Ok(()) => {
                        n.drafts.try_update(|d| d.retain(|x| x.id != note.id));
                        insert_sorted(n, note);
                        n.editing.try_set(None);
                        n.go(Screen::List);
                    }
                    Err(e) => n.show_error(&e),
                }
            });
        }
    };
    let back = move |_| {
        n.editing.set(None);
        n.go(Screen::List);
    };
    let delete_id = id.clone();
    let on_delete = move |_| {
        generation.update_value(|g| *g += 1);
        delete(n, delete_id.clone());
    };
    let tel = move || phone.with(|p| tel_href(p));

    view! {
        <form class="notes-editor" id="notes-editor" on:submit=save>
            <h2>{tr(t::NOTES_EDIT_TITLE)}</h2>
            <label for="note-title">{tr(t::NOTES_FIELD_TITLE)}</label>
            <input type="text" id="note-title" autocomplete="off"
                spellcheck="false" use:no_autocorrect autocapitalize="off"
                prop:value=move || title.get()
                on:input=move |ev| title.set(event_target_value(&ev))/>
            <label for="note-template">{tr(t::NOTES_TEMPLATE)}</label>
            <select id="note-template"
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    let kind = TemplateKind::ALL.into_iter().find(|k| template_code(*k) == code);
                    tpl_kind.set(kind);
                    if let (Some(k), true) = (kind, is_new) {
                        category.set(k.category());
                    }
                }>
                <option value="" selected=move || tpl_kind.get().is_none()>{tr(t::NOTES_TEMPLATE_NONE)}</option>
                {TemplateKind::ALL.into_iter().map(|k| view! {
                    <option value=template_code(k) selected=move || tpl_kind.get() == Some(k)>
                        {tr(template_name(k))}
                    </option>
                }).collect_view()}
            </select>
            {move || tpl_kind.get().map(|k| view! {
                <fieldset class="notes-template" id="note-template-fields">
                    <legend>{tr(template_name(k))}</legend>
                    {template_labels(k).into_iter().enumerate().map(|(i, label)| {
                        let field = tpl[i];
                        let id = format!("note-tpl-{i}");
                        let input = match template_input(k, i) {
                            "textarea" => view! {
                                <textarea id=id.clone() rows="4" autocomplete="off" spellcheck="false"
                                    use:no_autocorrect autocapitalize="off"
                                    prop:value=move || field.get()
                                    on:input=move |ev| field.set(event_target_value(&ev))></textarea>
                            }.into_any(),
                            "day-time" => {
                                let time_id = format!("{id}-time");
                                view! {
                                    <input type="date" id=id.clone() autocomplete="off"
                                        prop:value=move || field.with(|w| when_part(w, false))
                                        on:input=move |ev| field.update(|w| *w = with_when_part(w, false, &event_target_value(&ev)))/>
                                    <label for=time_id.clone()>{tr(t::TPL_TIME)}</label>
                                    <input type="time" id=time_id autocomplete="off"
                                        prop:value=move || field.with(|w| when_part(w, true))
                                        on:input=move |ev| field.update(|w| *w = with_when_part(w, true, &event_target_value(&ev)))/>
                                }.into_any()
                            }
                            kind => view! {
                                <input type=kind id=id.clone() autocomplete="off" spellcheck="false"
                                    use:no_autocorrect autocapitalize="off"
                                    prop:value=move || field.get()
                                    on:input=move |ev| field.set(event_target_value(&ev))/>
                            }.into_any(),
                        };
                        view! { <label for=id>{tr(label)}</label>{input} }
                    }).collect_view()}
                </fieldset>
            })}
            <label for="note-category">{tr(t::NOTES_FIELD_CATEGORY)}</label>
            <select id="note-category"
                on:change=move |ev| {
                    if let Some(c) = category_from_code(&event_target_value(&ev)) {
                        category.set(c);
                    }
                }>
                {Category::ALL.into_iter().map(|c| view! {
                    <option value=category_code(c) selected=move || category.get() == c>
                        {tr(category_label(c))}
                    </option>
                }).collect_view()}
            </select>
            <Show when=move || category.get() == Category::Contacts>
                <label for="note-phone">{tr(t::NOTES_FIELD_PHONE)}</label>
                <div class="notes-phone">
                    <input type="tel" id="note-phone" autocomplete="off" inputmode="tel"
                        spellcheck="false" use:no_autocorrect autocapitalize="off"
                        prop:value=move || phone.get()
                        on:input=move |ev| phone.set(event_target_value(&ev))/>
                    {move || tel().map(|href| view! {
                        <a class="btn btn-call" id="note-call" href=href>
                            <span class="notes-icon"><crate::app::ui::icons::Svg icon=crate::app::ui::icons::Icon::Phone/></span>{tr(t::NOTES_CALL)}
                        </a>
                    })}
                </div>
            </Show>
            <label for="note-body">{tr(t::NOTES_FIELD_BODY)}</label>
            <textarea id="note-body" rows="8" autocomplete="off"
                spellcheck="false" use:no_autocorrect autocapitalize="off"
                prop:value=move || body.get()
                on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            <p class="small" id="note-status" role="status" aria-live="polite">
                {move || status.get().map(|s| s.get(lang.get()))}
            </p>
            <ErrorLine n=n/>
            <div class="notes-row">
                <button type="submit" class="btn" id="note-save">{tr(t::NOTES_SAVE)}</button>
                <button type="button" class="btn btn-quiet" id="note-back" on:click=back>{tr(t::NOTES_BACK)}</button>
            </div>
            {(!is_new).then(|| view! {
                <button type="button" class="btn btn-quiet btn-wide note-delete" id="note-delete" on:click=on_delete>
                    {tr(t::NOTES_DELETE)}
                </button>
            })}
        </form>
    }
    .into_any()
}
