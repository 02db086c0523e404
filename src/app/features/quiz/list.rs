//! The list of packs with question count, best score and last attempt,
//! and the "clear my progress" control.

use crate::app::tr_part;
use crate::app::{tr, use_lang, Link};
use crate::core::features::content;
use crate::core::lang::Lang;
use crate::core::progress::{pack_stats, AttemptRecord, PackStats};
use crate::core::quiz::catalogue::{PackSummary, CATALOGUE};
use crate::core::quiz::Pack;
use crate::i18n;
use crate::i18n::UserText as _;
use crate::web::content::{fetch_with, ContentLoadError};
use crate::web::date;
use crate::web::storage::{app_storage, stores, StorageError};
use leptos::prelude::*;

async fn load_records() -> Result<Vec<AttemptRecord>, StorageError> {
    app_storage()
        .await?
        .get_all::<AttemptRecord>(stores::QUIZ_ATTEMPTS)
        .await
}

pub(crate) async fn load_pack(id: &str) -> Result<Pack, ContentLoadError> {
    fetch_with(&content::quiz_pack(id), Pack::from_json).await
}

#[component]
pub fn QuizListPage() -> impl IntoView {
    let records = LocalResource::new(load_records);
    let message = RwSignal::new(None::<i18n::Tr>);
    let lang = use_lang();
    let notice = move || match records.get() {
        Some(Err(e)) => {
            Some(view! { <crate::app::Notice>{tr(e.user_text())}</crate::app::Notice> })
        }
        _ => None,
    };
    let scores = move |id: &'static str| {
        let stats = move || {
            records
                .get()
                .and_then(Result::ok)
                .map(|list| pack_stats(id, &list))
        };
        move || scores_view(stats(), lang.get())
    };

    view! {
        <section class="page">
            {pack_list_start(notice, scores)}
            <ClearProgress on_cleared=move |m| {
                message.set(Some(m));
                records.refetch();
            }/>
            <p class="small" role="status">{move || message.get().map(|m| m.get(lang.get()))}</p>
            <crate::app::ui::keep_offline::KeepOffline feature=crate::core::features::Feature::Quiz/>
        </section>
    }
}

/// The list as it first shows: title, intro, a card per pack and the notes
/// below; `scores(id)` draws a card's scores. The shell draws the same list
/// (`FeatureHost`), without scores, while the quiz module loads: readable at once, and nothing moves when the module takes over.
/// It comes from the compiled-in catalogue: no pack is fetched until one is
/// opened.
pub fn pack_list_start<V: IntoView + 'static>(
    notice: impl IntoView + 'static,
    scores: impl Fn(&'static str) -> V,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <h1>{tr(i18n::QUIZ_LIST_TITLE)}</h1>
        <p class="lede">{tr(i18n::QUIZ_LIST_INTRO)}</p>
        {notice}
        <ul class="packs">
            {CATALOGUE.iter().map(|pack| pack_card(*pack, scores(pack.id), lang)).collect_view()}
        </ul>
        <p class="small">{tr(i18n::QUIZ_PROGRESS_PRIVATE)}</p>
        <p><Link to="/quiz/guide" class="guide-link" id="quiz-guide-link">{tr(i18n::classroom::CLASS_GUIDE_LINK)}</Link></p>
    }
}

fn pack_card(
    pack: PackSummary,
    scores: impl IntoView + 'static,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let count = pack.questions;
    let (title, desc) = (pack.title, pack.description);
    view! {
        <li class="pack" data-pack=pack.id>
            <Link to=format!("/quiz/{}", pack.id) class="pack-link" id=format!("pack-{}", pack.id)>
                <strong class="pack-title">{move || title.get(lang.get())}</strong>
                <span class="pack-desc">{move || desc.get(lang.get())}</span>
                <span class="pack-meta">
                    <span class="pack-count">{move || i18n::fill(i18n::QUIZ_QUESTIONS.get(lang.get()), &[("count", &count)])}</span>
                    {scores}
                </span>
            </Link>
        </li>
    }
}

/// A pack's scores: nothing until they are read (the shell's list, and the
/// module's for a moment), so no card first says "not done yet" and then
/// shows a score.
fn scores_view(stats: Option<PackStats>, lang: Lang) -> AnyView {
    match stats {
        None => ().into_any(),
        Some(s) if s.attempts > 0 => {
            let score = |c: u32, t: u32| {
                i18n::fill(
                    i18n::QUIZ_SCORE_OF.get(lang),
                    &[("correct", &c), ("total", &t)],
                )
            };
            let best = s.best.map(|(c, t)| score(c, t)).unwrap_or_default();
            let last = s
                .last
                .map(|r| {
                    i18n::fill(
                        i18n::QUIZ_LAST.get(lang),
                        &[
                            ("date", &date::day(r.finished_ms, lang)),
                            ("score", &score(r.correct, r.total)),
                        ],
                    )
                })
                .unwrap_or_default();
            view! {
                <span class="pack-best">{tr_part(i18n::QUIZ_BEST, "score", true)}<b>{best}</b>{tr_part(i18n::QUIZ_BEST, "score", false)}</span>
                <span class="pack-last">{last}</span>
            }
            .into_any()
        }
        Some(_) => view! { <span class="pack-never">{tr(i18n::QUIZ_NEVER)}</span> }.into_any(),
    }
}

/// Two steps, so a stray tap cannot delete anything.
#[component]
fn ClearProgress(on_cleared: impl Fn(i18n::Tr) + Copy + Send + Sync + 'static) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let clear = move |_| {
        confirming.set(false);
        leptos::task::spawn_local(async move {
            let result = async { app_storage().await?.clear(stores::QUIZ_ATTEMPTS).await }.await;
            on_cleared(match result {
                Ok(()) => i18n::QUIZ_CLEARED,
                Err(e) => e.user_text(),
            });
        });
    };
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="btn btn-quiet" id="clear-progress" on:click=move |_| confirming.set(true)>
                    {tr(i18n::QUIZ_CLEAR)}
                </button>
            }
        >
            <div class="panel confirm" role="alertdialog" aria-labelledby="clear-q">
                <p id="clear-q">{tr(i18n::QUIZ_CLEAR_CONFIRM)}</p>
                <div class="row">
                    <button type="button" class="btn btn-danger" id="clear-progress-yes" on:click=clear>
                        {tr(i18n::QUIZ_CLEAR_YES)}
                    </button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| confirming.set(false)>
                        {tr(i18n::QUIZ_CLEAR_NO)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
