//! The result: the level (words, icon and colour), the reasons with the
//! answers that raised them, what to find out, next steps, calls, sharing.

use super::{focus_when_shown, text, Flow, Scroll, Sources};
use crate::app::{tr, use_lang, Link};
use crate::core::hotlines::{Directory, Hotline, Region};
use crate::core::risk::{FindOut, Level, NextStep, RaisedFlag, RiskResult};
use crate::i18n::{self, check as t, Tr};
use crate::web::share::{share_text, Shared};
use leptos::html::H2;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The step the content offers only to someone abroad; its presence means
/// the abroad line belongs next to 111.
const ABROAD_STEP: &str = "call_mofa";

#[component]
pub(super) fn ResultScreen(flow: Flow) -> impl IntoView {
    let result = flow.responses.with_untracked(|r| flow.check.evaluate(r));
    let abroad = result.steps.iter().any(|s| s.id == ABROAD_STEP);
    let partial = result.is_partial();
    let level = result.level.id();
    view! {
        <div class=format!("check-result level-{level}") id="check-result" data-level=level>
            <LevelCard result=result.clone()/>
            {partial.then(|| view! { <p class="check-note">{tr(t::CHECK_PARTIAL)}</p> })}
            <ResultCalls abroad=abroad/>
            <FlagList flags=result.flags.clone()/>
            <FindOutList items=result.find_out.clone()/>
            <NextSteps steps=result.steps.clone()/>
            <ShareResult result=result/>
            <AnswerReview flow=flow/>
            <div class="check-actions">
                <button type="button" class="btn btn-wide" id="check-restart" on:click=move |_| flow.restart()>
                    {tr(t::CHECK_RESTART)}
                </button>
                <button
                    type="button"
                    class="btn btn-quiet btn-wide"
                    id="check-change"
                    on:click=move |_| flow.change_answers()
                >
                    {tr(t::CHECK_CHANGE_ANSWERS)}
                </button>
                <Link to="/" class="btn btn-quiet btn-wide">{tr(i18n::NAV_BACK_HOME)}</Link>
            </div>
            <p class="small">{tr(t::CHECK_NOT_SAVED)}</p>
        </div>
    }
}

/// "Mức rủi ro: Rất cao" with its icon and colour, and what it means.
#[component]
fn LevelCard(result: RiskResult) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_shown(heading, Scroll::PageTop);
    let lang = use_lang();
    // The level, what it means and each reason, for read-aloud.
    let spoken = {
        let result = result.clone();
        move || {
            let l = lang.get_untracked();
            let mut parts = vec![
                format!(
                    "{}: {}",
                    t::CHECK_RESULT_LEVEL.get(l),
                    result.level_title.get(l)
                ),
                result.level_summary.get(l).to_string(),
            ];
            parts.extend(result.flags.iter().map(|f| f.title.get(l).to_string()));
            parts.join(". ")
        }
    };
    view! {
        <div class=format!("level-card level-{}", result.level.id()) id="check-level">
            <span class="level-icon"><LevelIcon level=result.level/></span>
            <div class="level-text">
                <h2 id="check-level-title" tabindex="-1" node_ref=heading>
                    <span class="level-prefix">{tr(t::CHECK_RESULT_LEVEL)} ": "</span>
                    <strong class="level-name">{text(&result.level_title)}</strong>
                </h2>
                <p id="check-level-summary">{text(&result.level_summary)}</p>
                <crate::app::read_aloud::ReadAloud text=spoken/>
            </div>
        </div>
    }
}

/// A distinct shape per level, so the level never rests on colour alone.
#[component]
fn LevelIcon(level: Level) -> impl IntoView {
    let path = match level {
        // A tick in a circle.
        Level::Low => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8z"
        }
        // A triangle with "!".
        Level::Caution => "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z",
        // A circle with "!".
        Level::High => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z",
        // A stop octagon with "!".
        Level::VeryHigh => {
            "M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3zM13 17h-2v-2h2zm0-4h-2V7h2z"
        }
    };
    view! {
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
            <path d=path/>
        </svg>
    }
}

/// Call buttons inside the result: 111 always; the citizen-protection line
/// first when the content's steps say the user is abroad.
#[component]
fn ResultCalls(abroad: bool) -> impl IntoView {
    let directory = Directory::builtin();
    let primary = directory.primary().clone();
    let abroad_line = abroad
        .then(|| directory.in_region(Region::Abroad).next().cloned())
        .flatten();
    view! {
        <div class="result-calls">
            {abroad_line.map(|line| view! {
                <p class="check-note">{tr(t::CHECK_ABROAD_NOTE)}</p>
                <CallLink hotline=line id="check-call-abroad"/>
            })}
            <CallLink hotline=primary id="check-call-111" what=i18n::CALL_111_WHAT/>
        </div>
    }
}

/// "☎ Gọi <number>" and who answers, from the hotline data.
#[component]
fn CallLink(
    hotline: Hotline,
    id: &'static str,
    /// A line under the number; the hotline's own name when not given.
    #[prop(optional)]
    what: Option<Tr>,
) -> impl IntoView {
    let lang = use_lang();
    let name = hotline.name.clone();
    let under = move || match what {
        Some(w) => w.get(lang.get()).into_any(),
        None => crate::app::marked(name.get(lang.get()), lang.get()),
    };
    view! {
        <a class="btn btn-call result-call" id=id href=hotline.tel_href()>
            <span class="result-call-number">
                {tr(i18n::CALL_NUMBER)} " " <span class="number">{hotline.number.clone()}</span>
            </span>
            <small>{under}</small>
        </a>
    }
}

#[component]
fn FlagList(flags: Vec<RaisedFlag>) -> impl IntoView {
    let empty = flags.is_empty();
    view! {
        <h2>{tr(t::CHECK_REASONS)}</h2>
        {empty.then(|| view! { <p id="check-no-flags">{tr(t::CHECK_NO_FLAGS)}</p> })}
        <ul class="flag-list" id="check-flags">
            {flags.into_iter().map(|flag| view! { <FlagItem flag=flag/> }).collect_view()}
        </ul>
    }
}

/// One reason: the red flag, its one-line why, the answer that raised it,
/// and its sources.
#[component]
fn FlagItem(flag: RaisedFlag) -> impl IntoView {
    let causes = flag
        .raised_by
        .iter()
        .map(|cause| {
            view! {
                <li
                    class="flag-cause"
                    data-question=cause.question_id.clone()
                    data-answer=cause.answer_id.clone()
                >
                    {tr(t::CHECK_YOU_ANSWERED)} " " <q>{text(&cause.answer)}</q> " "
                    {tr(t::CHECK_TO_QUESTION)} " " <q>{text(&cause.question)}</q>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="flag" class:critical=flag.critical data-flag=flag.id.clone()>
            <h3 class="flag-title">{text(&flag.title)}</h3>
            {flag.critical.then(|| view! { <p class="flag-badge">{tr(t::CHECK_CRITICAL)}</p> })}
            <p class="flag-why">{text(&flag.why)}</p>
            <ul class="flag-causes">{causes}</ul>
            <Sources sources=flag.sources.clone()/>
        </li>
    }
}

/// What to ask or check for each "not sure" answer.
#[component]
fn FindOutList(items: Vec<FindOut>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h2>{tr(t::CHECK_FIND_OUT)}</h2>
            <p>{tr(t::CHECK_FIND_OUT_INTRO)}</p>
            <ul class="find-out" id="check-find-out">
                {items
                    .iter()
                    .map(|f| view! { <li data-question=f.question_id.clone()>{text(&f.text)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}

/// The hotline a step tells the user to call, if any (numbers come only
/// from the hotline data).
fn step_hotline(directory: &Directory, step: &str) -> Option<Hotline> {
    match step {
        "call_111" => Some(directory.primary().clone()),
        "call_113" => directory.hotlines.iter().find(|h| h.id == "113").cloned(),
        ABROAD_STEP => directory.in_region(Region::Abroad).next().cloned(),
        _ => None,
    }
}

#[component]
fn NextSteps(steps: Vec<NextStep>) -> impl IntoView {
    let directory = Directory::builtin();
    let items = steps
        .iter()
        .map(|step| {
            let call = step_hotline(&directory, &step.id).map(|h| {
                view! {
                    <a class="btn-small btn-call step-call" href=h.tel_href()>
                        {tr(i18n::CALL_NUMBER)} " " {h.number.clone()}
                    </a>
                }
            });
            view! {
                <li data-step=step.id.clone()>
                    <span>{text(&step.text)}</span>
                    {call}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{tr(t::CHECK_STEPS)}</h2>
        <ol class="next-steps" id="check-steps">{items}</ol>
    }
}

/// "Chia sẻ với người bạn tin tưởng": the share sheet, else the clipboard;
/// the outcome is announced politely.
#[component]
fn ShareResult(result: RiskResult) -> impl IntoView {
    let lang = use_lang();
    let status = RwSignal::new(None::<Shared>);
    let result = StoredValue::new(result);
    let share = move |_| {
        let summary = result.with_value(|r| r.share_summary(lang.get_untracked()));
        status.set(None);
        spawn_local(async move {
            let outcome = share_text(&summary).await;
            // The page may be gone by now; then there is nothing to tell.
            status.try_set(Some(outcome));
        });
    };
    let message = move || {
        let m = match status.get()? {
            Shared::Shared => t::CHECK_SHARED,
            Shared::Copied => t::CHECK_COPIED,
            Shared::Failed => t::CHECK_SHARE_FAILED,
            Shared::Cancelled => return None,
        };
        Some(m.get(lang.get()))
    };
    view! {
        <div class="share-result">
            <button type="button" class="btn btn-wide" id="check-share" on:click=share>
                {tr(t::CHECK_SHARE)}
            </button>
            <p class="small">{tr(t::CHECK_SHARE_NOTE)}</p>
            <p class="share-status" id="check-share-status" role="status" aria-live="polite">
                {message}
            </p>
        </div>
    }
}

/// Every shown question with the answer given, collapsed.
#[component]
fn AnswerReview(flow: Flow) -> impl IntoView {
    let lang = use_lang();
    let rows = flow.responses.with_untracked(|r| {
        flow.check
            .visible(r)
            .into_iter()
            .map(|q| {
                let chosen: Vec<_> = q
                    .answers
                    .iter()
                    .filter(|a| r.is_selected(&q.id, &a.id))
                    .collect();
                (q, chosen)
            })
            .collect::<Vec<_>>()
    });
    let rows = rows
        .into_iter()
        .map(|(q, chosen)| {
            let answers = chosen
                .into_iter()
                .map(|a| {
                    view! {
                        <dd>
                            <strong>{move || crate::app::marked(a.text.get(lang.get()), lang.get())}</strong>
                            <span class="review-why">
                                {move || crate::app::marked(a.explanation.get(lang.get()), lang.get())}
                            </span>
                        </dd>
                    }
                })
                .collect_view();
            view! {
                <div class="review-row" data-question=q.id.clone()>
                    <dt>{move || crate::app::marked(q.prompt.get(lang.get()), lang.get())}</dt>
                    {answers}
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="check-review" id="check-review">
            <summary>{tr(t::CHECK_REVIEW)}</summary>
            <dl>{rows}</dl>
        </details>
    }
}
