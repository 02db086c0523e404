//! The result. First screen: the verdict and what to do now (at most three
//! steps and the call buttons). Then the reasons, folded ("Vì sao (N)"),
//! what to find out, further steps, sharing and the answers given.

use super::{focus_heading, text, Flow, Scroll, Sources};
use crate::app::{tr, use_lang, Link};
use crate::core::hotlines::{Directory, Hotline, Region};
use crate::core::risk::{FindOut, NextStep, Outcome, RaisedFlag, RiskResult};
use crate::i18n::{self, check as t, Tr};
use crate::web::share::{share_text, Shared};
use leptos::html::H2;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The step that calls the citizen-protection line for someone abroad.
const ABROAD_STEP: &str = "call_mofa";

#[component]
pub(super) fn ResultScreen(flow: Flow) -> impl IntoView {
    let result = flow.responses.with_untracked(|r| flow.check.evaluate(r));
    let abroad = result.outcome == Outcome::Emergency;
    let partial = result.is_partial();
    let outcome = result.outcome.id();
    view! {
        <div class=format!("check-result level-{outcome}") id="check-result" data-level=outcome>
            <LevelCard result=result.clone()/>
            <NowSteps steps=result.steps.clone()/>
            <ResultCalls abroad=abroad/>
            {partial.then(|| view! { <p class="check-note">{tr(t::CHECK_PARTIAL)}</p> })}
            <FlagList flags=result.flags.clone()/>
            <FindOutList items=result.find_out.clone() for_other=result.for_other/>
            <MoreSteps steps=result.more_steps.clone()/>
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

/// "Mức rủi ro: Rất cao" (or "Chưa đủ thông tin để đánh giá", "Cần giúp đỡ
/// ngay") with its icon and colour, and what it means.
#[component]
fn LevelCard(result: RiskResult) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_heading(heading, Scroll::PageTop);
    let lang = use_lang();
    let is_level = !matches!(result.outcome, Outcome::NotEnough | Outcome::Emergency);
    // The verdict, what it means and what to do now, for read-aloud.
    let spoken = {
        let result = result.clone();
        move || {
            let l = lang.get_untracked();
            let mut parts = vec![
                result.title.get(l).to_string(),
                result.summary.get(l).to_string(),
            ];
            parts.extend(result.steps.iter().map(|s| s.text.get(l).to_string()));
            parts.join(". ")
        }
    };
    view! {
        <div class=format!("level-card level-{}", result.outcome.id()) id="check-level">
            <span class="level-icon"><LevelIcon outcome=result.outcome/></span>
            <div class="level-text">
                <h2 id="check-level-title" tabindex="-1" node_ref=heading>
                    {is_level.then(|| view! { <span class="level-prefix">{tr(t::CHECK_RESULT_LEVEL)} ": "</span> })}
                    <strong class="level-name">{text(&result.title)}</strong>
                </h2>
                <p id="check-level-summary">{text(&result.summary)}</p>
                <crate::app::ui::read_aloud::ReadAloud text=spoken/>
            </div>
        </div>
    }
}

/// A distinct shape per outcome, so it never rests on colour alone.
#[component]
fn LevelIcon(outcome: Outcome) -> impl IntoView {
    let path = match outcome {
        // A tick in a circle.
        Outcome::Low => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8z"
        }
        // A triangle with "!".
        Outcome::Caution => "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z",
        // A circle with "?".
        Outcome::NotEnough => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2zm2.1-7.8-.9.9c-.7.7-1.2 1.3-1.2 2.9h-2v-.5c0-1.1.5-2.1 1.2-2.8l1.2-1.3c.4-.4.6-.9.6-1.4a2 2 0 0 0-4 0H7a5 5 0 0 1 10 0c0 .9-.4 1.7-.9 2.2z"
        }
        // A circle with "!".
        Outcome::High => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z",
        // A stop octagon with "!".
        Outcome::VeryHigh => {
            "M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3zM13 17h-2v-2h2zm0-4h-2V7h2z"
        }
        // A phone handset.
        Outcome::Emergency => {
            "M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"
        }
    };
    view! {
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
            <path d=path/>
        </svg>
    }
}

/// "Nên làm gì bây giờ": at most three steps, right under the verdict.
#[component]
fn NowSteps(steps: Vec<NextStep>) -> impl IntoView {
    view! {
        <h2 class="check-now-title">{tr(t::CHECK_STEPS)}</h2>
        <StepList steps=steps id="check-steps"/>
    }
}

/// Steps beyond the first three, after the reasons.
#[component]
fn MoreSteps(steps: Vec<NextStep>) -> impl IntoView {
    (!steps.is_empty()).then(|| {
        view! {
            <h2>{tr(t::CHECK_MORE_STEPS)}</h2>
            <StepList steps=steps id="check-more-steps"/>
        }
    })
}

#[component]
fn StepList(steps: Vec<NextStep>, id: &'static str) -> impl IntoView {
    let directory = Directory::builtin();
    let lang = use_lang();
    let items = steps
        .iter()
        .map(|step| {
            let hotline = step_hotline(&directory, &step.id).map(|h| {
                view! {
                    <a class="btn-small btn-call step-call" href=h.tel_href()>
                        {let number = h.number.clone(); move || i18n::fill(i18n::CALL_NUMBER.get(lang.get()), &[("number", &number)])}
                    </a>
                }
            });
            let calls = step
                .calls
                .iter()
                .map(|c| {
                    let label = c.label.clone();
                    view! {
                        <a class="btn-small btn-call step-call" href=c.tel_href()>
                            {move || i18n::fill(i18n::CALL_NUMBER.get(lang.get()), &[("number", &label.get(lang.get()))])}
                        </a>
                    }
                })
                .collect_view();
            view! {
                <li data-step=step.id.clone()>
                    <span>{text(&step.text)}</span>
                    {hotline}
                    {calls}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="next-steps" id=id>{items}</ol> }
}

/// The 111 button inside the result (the citizen-protection line for
/// someone already abroad is in the first step).
#[component]
fn ResultCalls(abroad: bool) -> impl IntoView {
    let directory = Directory::builtin();
    let primary = directory.primary().clone();
    view! {
        <div class="result-calls">
            // Someone abroad has the citizen-protection line in the first
            // step; this says why 111 is for the family at home.
            {abroad.then(|| view! { <p class="check-note">{tr(t::CHECK_ABROAD_NOTE)}</p> })}
            <CallLink hotline=primary id="check-call-111" what=i18n::CALL_111_WHAT/>
        </div>
    }
}

/// "☎ Gọi <number>" and who answers, from the hotline data. The scan's
/// verdict uses it too.
#[component]
pub(super) fn CallLink(
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
                {crate::app::tr_part(i18n::CALL_NUMBER, "number", true)}
                <span class="number">{hotline.number.clone()}</span>
                {crate::app::tr_part(i18n::CALL_NUMBER, "number", false)}
            </span>
            <small>{under}</small>
        </a>
    }
}

/// "Vì sao (N)": the reasons, folded so the steps stay on the first screen.
#[component]
fn FlagList(flags: Vec<RaisedFlag>) -> impl IntoView {
    let lang = use_lang();
    let count = flags.len();
    let summary = move || crate::i18n::fill(t::CHECK_WHY.get(lang.get()), &[("count", &count)]);
    if flags.is_empty() {
        return view! { <p id="check-no-flags" class="check-no-flags">{tr(t::CHECK_NO_FLAGS)}</p> }
            .into_any();
    }
    view! {
        <details class="check-why" id="check-why">
            <summary>{summary}</summary>
            <ul class="flag-list" id="check-flags">
                {flags.into_iter().map(|flag| view! { <FlagItem flag=flag/> }).collect_view()}
            </ul>
        </details>
    }
    .into_any()
}

/// One reason: the red flag, its one-line why, the answer that raised it
/// (just the answer: the card is about the flag), and its sources.
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
                    <q>{text(&cause.answer)}</q>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="flag" class:critical=flag.critical data-flag=flag.id.clone()>
            <h3 class="flag-title">{text(&flag.title)}</h3>
            {flag.critical.then(|| view! { <p class="flag-badge">{tr(t::CHECK_CRITICAL)}</p> })}
            <p class="flag-why">{text(&flag.why)}</p>
            <ul class="flag-causes" aria-label=tr(t::CHECK_YOUR_ANSWER)>{causes}</ul>
            <Sources sources=flag.sources.clone() say=crate::i18n::sources::risk_source/>
        </li>
    }
}

/// What to ask or check for each "not sure" answer.
#[component]
fn FindOutList(items: Vec<FindOut>, for_other: bool) -> impl IntoView {
    let intro = if for_other {
        t::CHECK_FIND_OUT_INTRO_OTHER
    } else {
        t::CHECK_FIND_OUT_INTRO
    };
    (!items.is_empty()).then(|| {
        view! {
            <h2>{tr(t::CHECK_FIND_OUT)}</h2>
            <p>{tr(intro)}</p>
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
/// from the hotline data). Steps that say "call 111" get no button of their
/// own: the result's 111 button follows the steps.
fn step_hotline(directory: &Directory, step: &str) -> Option<Hotline> {
    match step {
        ABROAD_STEP => directory.in_region(Region::Abroad).next().cloned(),
        _ => None,
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
        let summary =
            result.with_value(|r| crate::i18n::check::share_summary(r, lang.get_untracked()));
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
    let for_other = flow.responses.with_untracked(|r| flow.check.for_other(r));
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
                            <strong>{move || crate::app::marked(a.text_for(for_other).get(lang.get()), lang.get())}</strong>
                            <span class="review-why">
                                {move || crate::app::marked(a.explanation.get(lang.get()), lang.get())}
                            </span>
                        </dd>
                    }
                })
                .collect_view();
            view! {
                <div class="review-row" data-question=q.id.clone()>
                    <dt>{move || crate::app::marked(q.prompt_for(for_other).get(lang.get()), lang.get())}</dt>
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
