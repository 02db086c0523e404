//! The hotline directory, grouped by where the caller is.

use crate::app::tr_part;
use crate::app::{tr, use_lang};
use crate::core::hotlines::{Directory, Hotline, Region};
use crate::i18n::{self, Tr};
use leptos::prelude::*;

#[component]
fn HotlineCard(hotline: Hotline) -> impl IntoView {
    let lang = use_lang();
    let h = hotline.clone();
    // Vietnamese names in English text are marked lang="vi" (see `marked`).
    let text = move |pick: fn(&Hotline) -> &crate::core::lang::Text| {
        crate::app::marked(pick(&h).get(lang.get()), lang.get())
    };
    let row = move |label: Tr, value: AnyView| {
        view! {
            <div class="fact">
                <dt>{tr(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let h2 = hotline.clone();
    let note = hotline.note.clone();
    let sources = hotline.sources.clone();
    view! {
        <li class="hotline" id=format!("hotline-{}", hotline.id)>
            <h3>{move || crate::app::marked(h2.name.get(lang.get()), lang.get())}</h3>
            <a class="btn btn-call" href=hotline.tel_href()>
                <span aria-hidden="true">"☎ "</span>
                {tr_part(i18n::CALL_NUMBER, "number", true)}
                <span class="number">{hotline.number.clone()}</span>
                {tr_part(i18n::CALL_NUMBER, "number", false)}
            </a>
            {move || {
                let t = text.clone();
                view! {
                    <dl class="facts">
                        {row(i18n::HOTLINE_WHEN, t(|h| &h.purpose))}
                        {row(i18n::HOTLINE_HOURS, t(|h| &h.hours))}
                        {row(i18n::HOTLINE_COST, t(|h| &h.cost))}
                        {row(i18n::HOTLINE_WHO, t(|h| &h.operator))}
                    </dl>
                }
            }}
            {note.map(|n| view! { <p class="hotline-note">{move || crate::app::marked(n.get(lang.get()), lang.get())}</p> })}
            <details class="sources">
                <summary>{tr(i18n::HOTLINE_SOURCES)}</summary>
                <ul>
                    {sources
                        .into_iter()
                        .map(|s| view! { <li>{move || crate::app::marked(&s, lang.get())}</li> })
                        .collect_view()}
                </ul>
            </details>
        </li>
    }
}

#[component]
fn Group(title: Tr, region: Region, directory: Directory) -> impl IntoView {
    let cards: Vec<Hotline> = directory.in_region(region).cloned().collect();
    view! {
        <h2>{tr(title)}</h2>
        <ul class="hotlines">
            {cards.into_iter().map(|h| view! { <HotlineCard hotline=h/> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn HotlinesPage() -> impl IntoView {
    let directory = Directory::builtin();
    let checked = directory.checked.clone();
    view! {
        <section class="page">
            <h1>{tr(i18n::HOTLINES_TITLE)}</h1>
            <p class="lede">{tr(i18n::HOTLINES_INTRO)}</p>
            <Group title=i18n::HOTLINES_IN_VIETNAM region=Region::Vietnam directory=directory.clone()/>
            <Group title=i18n::HOTLINES_ABROAD region=Region::Abroad directory=directory/>
            <p class="small">
                {tr_part(i18n::HOTLINE_CHECKED, "date", true)}{checked}{tr_part(i18n::HOTLINE_CHECKED, "date", false)}
            </p>
        </section>
    }
}
