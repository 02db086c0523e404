//! "Prepare a copy for my lawyer or social worker": the user ticks notes
//! and plan entries, sees exactly what will be printed, is told that paper
//! and PDF are not protected, then prints through the browser's own dialog
//! (print or save as PDF). The print stylesheet prints the preview and
//! nothing else; nothing is sent anywhere and nothing new is stored.

use super::list::{category_label, template_labels};
use super::plan::{entry_details, entry_label};
use super::{focused_heading, Notes, Screen};
use crate::app::{tr, use_lang};
use crate::core::vault::{sort_for_copy, Note, PlanEntry, PlanKind};
use crate::i18n::notes as t;
use crate::web::date;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub(super) fn CopyScreen(n: Notes) -> impl IntoView {
    let lang = use_lang();
    let heading = focused_heading();
    super::plan::load_guide(n);
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    let confirming = RwSignal::new(false);
    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            if on {
                c.insert(id);
            } else {
                c.remove(&id);
            }
        });
    };
    // What the preview (and the printout) shows: the chosen notes in the
    // order of their events, then the chosen plan entries.
    let chosen_notes = Memo::new(move |_| {
        chosen.with(|c| {
            let mut list: Vec<Note> = n.notes.with(|notes| {
                notes
                    .iter()
                    .filter(|x| c.contains(&x.id))
                    .cloned()
                    .collect()
            });
            sort_for_copy(&mut list);
            list
        })
    });
    let chosen_plan = Memo::new(move |_| {
        chosen.with(|c| {
            let mut list: Vec<PlanEntry> = n
                .plan
                .with(|plan| plan.iter().filter(|e| c.contains(&e.id)).cloned().collect());
            let rank = |k: PlanKind| match k {
                PlanKind::Support => 0,
                PlanKind::Paper => 1,
                PlanKind::Person => 2,
            };
            list.sort_by_key(|e| (rank(e.kind), e.created_ms));
            list
        })
    });
    let nothing = move || chosen.with(BTreeSet::is_empty);
    let print = move |_| {
        confirming.set(false);
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let today = date::day(super::now_ms() as u64, lang.get_untracked());
    // The warning's text before or after its bold title, in the language's order.
    let warn_part = move |first: bool| {
        move || {
            let l = lang.get();
            let (before, after) = crate::i18n::around(t::COPY_WARN_LINE.get(l), "title");
            let part = if first { before } else { after };
            crate::i18n::fill(part, &[("warning", &t::COPY_WARN.get(l))])
        }
    };
    let note_choices = move || n.notes.get();
    let plan_choices = move || n.plan.get();

    view! {
        <div class="notes-copy" id="notes-copy">
            <div class="copy-choose">
                <button type="button" class="btn btn-small btn-quiet" id="copy-back" on:click=move |_| n.go(Screen::Plan)>
                    {tr(t::PLAN_BACK)}
                </button>
                <h2 id="copy-title" tabindex="-1" node_ref=heading>{tr(t::COPY_OPEN)}</h2>
                <p class="lede">{tr(t::COPY_LEDE)}</p>
                <fieldset class="copy-list" id="copy-notes">
                    <legend>{tr(t::COPY_CHOOSE_NOTES)}</legend>
                    <For each=note_choices key=|x| (x.id.clone(), x.updated_ms) let:note>
                        {
                            let id = note.id.clone();
                            let box_id = format!("copy-{}", note.id);
                            let title = if note.title.trim().is_empty() { None } else { Some(note.title.clone()) };
                            let category = note.category;
                            let checked = { let id = id.clone(); move || chosen.with(|c| c.contains(&id)) };
                            view! {
                                <div class="copy-choice">
                                    <input type="checkbox" id=box_id.clone() prop:checked=checked
                                        on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))/>
                                    <label for=box_id>
                                        <span lang="">{title.clone().unwrap_or_else(|| t::NOTES_UNTITLED.get(lang.get_untracked()).to_string())}</span>
                                        " · " {tr(category_label(category))}
                                    </label>
                                </div>
                            }
                        }
                    </For>
                </fieldset>
                <fieldset class="copy-list" id="copy-plan">
                    <legend>{tr(t::COPY_CHOOSE_PLAN)}</legend>
                    <For each=plan_choices key=|e| (e.id.clone(), e.updated_ms) let:entry>
                        {
                            let id = entry.id.clone();
                            let box_id = format!("copy-{}", entry.id);
                            let e = entry.clone();
                            let label = move || n.guide.with(|g| entry_label(&e, g.as_ref(), lang.get()));
                            let checked = { let id = id.clone(); move || chosen.with(|c| c.contains(&id)) };
                            view! {
                                <div class="copy-choice">
                                    <input type="checkbox" id=box_id.clone() prop:checked=checked
                                        on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))/>
                                    <label for=box_id>{label}</label>
                                </div>
                            }
                        }
                    </For>
                </fieldset>
                <h3>{tr(t::COPY_PREVIEW)}</h3>
            </div>
            <article class="copy-preview" id="copy-preview" aria-labelledby="copy-preview-title">
                <h2 id="copy-preview-title">{tr(t::COPY_HEADING)}</h2>
                <p class="small">{move || crate::i18n::fill(t::COPY_PRINTED_ON.get(lang.get()), &[("date", &today)])}</p>
                <Show when=nothing>
                    <p class="small" id="copy-nothing">{tr(t::COPY_NOTHING)}</p>
                </Show>
                <Show when=move || chosen_notes.with(|l| l.iter().any(|x| x.template.as_ref().and_then(|t| t.event_day()).is_some()))>
                    <p class="small">{tr(t::COPY_TIMELINE)}</p>
                </Show>
                <For each=move || chosen_notes.get() key=|x| (x.id.clone(), x.updated_ms) let:note>
                    <CopiedNote note=note/>
                </For>
                <For each=move || chosen_plan.get() key=|e| (e.id.clone(), e.updated_ms) let:entry>
                    {
                        let e = entry.clone();
                        let e2 = entry.clone();
                        let label = move || n.guide.with(|g| entry_label(&e, g.as_ref(), lang.get()));
                        let typed = entry.kind == PlanKind::Person || (entry.kind == PlanKind::Paper && entry.key.is_empty());
                        view! {
                            <section class="copy-item" data-id=entry.id.clone()>
                                <h3 lang=typed.then_some("")>{label}</h3>
                                <p lang="">{move || entry_details(&e2, lang.get())}</p>
                                {(!entry.note.trim().is_empty()).then(|| view! { <p class="copy-text" lang="">{entry.note.clone()}</p> })}
                            </section>
                        }
                    }
                </For>
            </article>
            <div class="copy-actions">
                // The warning shows once: here, or in the question before printing.
                <Show when=move || !confirming.get()>
                    <p class="notes-warn" id="copy-warning">{warn_part(true)}<b>{tr(t::COPY_WARN_TITLE)}</b>{warn_part(false)}</p>
                </Show>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="btn btn-wide" id="copy-print" disabled=nothing
                            on:click=move |_| confirming.set(true)>
                            {tr(t::COPY_PRINT)}
                        </button>
                    }
                >
                    <div class="panel" role="alertdialog" aria-labelledby="copy-confirm-title" aria-describedby="copy-confirm-text" id="copy-confirm">
                        <h3 id="copy-confirm-title">{tr(t::COPY_WARN_TITLE)}</h3>
                        <p id="copy-confirm-text">{tr(t::COPY_WARN)}</p>
                        <div class="notes-row">
                            <button type="button" class="btn" id="copy-print-now" on:click=print>{tr(t::COPY_PRINT_NOW)}</button>
                            <button type="button" class="btn btn-quiet" id="copy-cancel" on:click=move |_| confirming.set(false)>{tr(t::NOTES_CANCEL)}</button>
                        </div>
                    </div>
                </Show>
            </div>
        </div>
    }
}

/// One chosen note as printed: title, kind and date, the template's fields,
/// the text, the phone.
#[component]
fn CopiedNote(note: Note) -> impl IntoView {
    let lang = use_lang();
    let fields: Vec<(crate::i18n::Tr, String)> = note
        .template
        .as_ref()
        .map(|tpl| {
            template_labels(tpl.kind())
                .into_iter()
                .zip(tpl.fields())
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(l, v)| (l, super::list::shown_day(v)))
                .collect()
        })
        .unwrap_or_default();
    let title = if note.title.trim().is_empty() {
        None
    } else {
        Some(note.title.clone())
    };
    let category = note.category;
    let written = date::day(note.created_ms, lang.get_untracked());
    view! {
        <section class="copy-item" data-id=note.id.clone()>
            <h3 lang=title.is_some().then_some("")>
                {title.clone().unwrap_or_else(|| t::NOTES_UNTITLED.get(lang.get_untracked()).to_string())}
            </h3>
            <p class="small">{tr(category_label(category))} " · " {move || crate::i18n::fill(t::NOTES_UPDATED.get(lang.get()), &[("date", &written)])}</p>
            {(!fields.is_empty()).then(|| view! {
                <dl class="copy-fields">
                    {fields.into_iter().map(|(label, value)| view! {
                        <dt>{tr(label)}</dt>
                        <dd lang="">{value}</dd>
                    }).collect_view()}
                </dl>
            })}
            {(!note.body.trim().is_empty()).then(|| view! { <p class="copy-text" lang="">{note.body.clone()}</p> })}
            {note.contact_phone.clone().map(|p| view! { <p lang="">{tr(t::NOTES_FIELD_PHONE)} ": " {p}</p> })}
        </section>
    }
}
