//! One question per screen: progress, the question, big answer buttons (or
//! checkboxes for multiple choice), Back and a way out.

use super::{focus_heading, Flow, Scroll, Stage};
use crate::app::{tr, use_lang, Link};
use crate::core::risk::RiskQuestion;
use crate::i18n::check as t;
use leptos::html::H2;
use leptos::prelude::*;

#[component]
pub(super) fn QuestionScreen(flow: Flow, id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let Some(question) = flow.check.question(id) else {
        // Unreachable with validated content.
        return ().into_any();
    };
    let heading = NodeRef::<H2>::new();
    focus_heading(heading, Scroll::PageTop);
    // Third person when checking for someone else.
    let for_other = flow.responses.with_untracked(|r| flow.check.for_other(r));
    let prompt = question.prompt_for(for_other);
    // The question and its answers, for read-aloud.
    let spoken = move || {
        let l = lang.get_untracked();
        std::iter::once(prompt.get(l))
            .chain(
                question
                    .answers
                    .iter()
                    .map(|a| a.text_for(for_other).get(l)),
            )
            .collect::<Vec<_>>()
            .join(". ")
    };
    let answers = if question.kind.is_multiple() {
        view! { <MultipleChoice flow=flow question=question for_other=for_other/> }.into_any()
    } else {
        view! { <SingleChoice flow=flow question=question for_other=for_other/> }.into_any()
    };
    view! {
        <div class="check-step" id="check-step" data-question=id>
            <QuestionProgress flow=flow id=id/>
            <h2
                id="check-question"
                class="check-question"
                tabindex="-1"
                data-question=id
                node_ref=heading
            >
                {move || crate::app::marked(prompt.get(lang.get()), lang.get())}
            </h2>
            <crate::app::ui::read_aloud::ReadAloud text=spoken/>
            {answers}
            <QuestionNav flow=flow/>
        </div>
    }
    .into_any()
}

/// Back (to change an answer), "Câu 3/11" and a bar. The total is the
/// chosen branch's questions, counted up front (it can shrink as answers
/// rule questions out, never grow); before the branch there is none.
#[component]
fn QuestionProgress(flow: Flow, id: &'static str) -> impl IntoView {
    let progress = move || flow.responses.with(|r| flow.check.progress(r, id));
    let number = move || progress().map_or(0, |p| p.number);
    let total = move || progress().and_then(|p| p.total);
    let lang = crate::app::use_lang();
    let count = move || match total() {
        Some(total) => crate::i18n::fill(
            t::CHECK_QUESTION_OF.get(lang.get()),
            &[("n", &number()), ("total", &total)],
        ),
        None => crate::i18n::fill(t::CHECK_QUESTION.get(lang.get()), &[("n", &number())]),
    };
    view! {
        <div class="check-progress">
            <button type="button" class="btn-small btn-quiet" id="check-back" on:click=move |_| flow.back(id)>
                {tr(t::CHECK_BACK)}
            </button>
            <span id="check-count">{count}</span>
            <Show when=move || total().is_some()>
                <progress
                    id="check-progress"
                    value=move || number().to_string()
                    max=move || total().unwrap_or(1).to_string()
                    aria-label=tr(t::CHECK_PROGRESS)
                ></progress>
            </Show>
        </div>
    }
}

/// Single choice and yes / no / not sure: tapping an answer records it and
/// moves on. The earlier choice, if any, shows as chosen (not by colour
/// alone: a tick and the word "Đã chọn").
#[component]
fn SingleChoice(flow: Flow, question: &'static RiskQuestion, for_other: bool) -> impl IntoView {
    let lang = use_lang();
    let qid = question.id.as_str();
    let buttons = question
        .answers
        .iter()
        .map(|answer| {
            let aid = answer.id.as_str();
            let chosen = move || flow.responses.with(|r| r.is_selected(qid, aid));
            view! {
                <button
                    type="button"
                    class="check-answer"
                    class:selected=chosen
                    data-answer=aid
                    on:click=move |_| flow.choose(qid, &[aid])
                >
                    <span class="check-answer-text">{move || crate::app::marked(answer.text_for(for_other).get(lang.get()), lang.get())}</span>
                    <Show when=chosen>
                        <ChosenMark/>
                    </Show>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="check-answers" role="group" aria-labelledby="check-question">
            {buttons}
        </div>
    }
}

/// Multiple choice: real checkboxes with labels, then "Tiếp".
#[component]
fn MultipleChoice(flow: Flow, question: &'static RiskQuestion, for_other: bool) -> impl IntoView {
    let lang = use_lang();
    let qid = question.id.as_str();
    let earlier: Vec<String> = flow
        .responses
        .with_untracked(|r| r.get(qid).map(<[String]>::to_vec).unwrap_or_default());
    let picked = RwSignal::new(earlier);
    let is_picked = move |aid: &str| picked.with(|p| p.iter().any(|x| x == aid));
    let options = question
        .answers
        .iter()
        .map(|answer| {
            let aid = answer.id.as_str();
            let input_id = format!("check-option-{aid}");
            let label_for = input_id.clone();
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                picked.update(|p| {
                    p.retain(|x| x != aid);
                    if on {
                        p.push(aid.to_string());
                    }
                });
            };
            view! {
                <label class="check-option" for=label_for class:selected=move || is_picked(aid)>
                    <input
                        type="checkbox"
                        id=input_id
                        data-answer=aid
                        prop:checked=move || is_picked(aid)
                        on:change=toggle
                    />
                    <span>{move || crate::app::marked(answer.text_for(for_other).get(lang.get()), lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    let submit = move |_| {
        let chosen = picked.get_untracked();
        let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
        flow.choose(qid, &ids);
    };
    view! {
        <p class="check-hint" id="check-hint">{tr(t::CHECK_CHOOSE_ALL)}</p>
        <div
            class="check-options"
            role="group"
            aria-labelledby="check-question"
            aria-describedby="check-hint"
        >
            {options}
        </div>
        <button
            type="button"
            class="btn btn-wide"
            id="check-next"
            disabled=move || picked.with(Vec::is_empty)
            on:click=submit
        >
            {tr(t::CHECK_NEXT)}
        </button>
    }
}

#[component]
fn ChosenMark() -> impl IntoView {
    view! {
        <span class="check-chosen">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
                <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/>
            </svg>
            {tr(t::CHECK_CHOSEN)}
        </span>
    }
}

/// "See the result" once every shown question has an answer, and a way to
/// leave at any time.
#[component]
fn QuestionNav(flow: Flow) -> impl IntoView {
    let complete = move || flow.responses.with(|r| flow.check.is_complete(r));
    view! {
        <div class="check-nav">
            <Show when=complete>
                <button
                    type="button"
                    class="btn-small"
                    id="check-to-result"
                    on:click=move |_| flow.go(Stage::Result)
                >
                    {tr(t::CHECK_SEE_RESULT)}
                </button>
            </Show>
            <Link to="/" class="btn-small btn-quiet check-leave">
                {tr(t::CHECK_LEAVE)}
            </Link>
        </div>
    }
}
