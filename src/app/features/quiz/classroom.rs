//! A pack in the classroom: projector mode for the teacher and the printed
//! worksheet and answer key. Nothing here is stored: the session, its
//! tally of raised hands and its summary live in this page's memory only.

use crate::app::ui::focus::{focus_heading, Scroll};
use crate::app::{tr, tr_part, use_lang};
use crate::core::lang::{lowercase_vi, Lang, Text};
use crate::core::quiz::classroom::{letter, Session, Slide};
use crate::core::quiz::{Countdown, Kind, Pack, PackQuestion};
use crate::i18n::{self, classroom as t, fill};
use crate::web::random;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The classroom stylesheet travels with the quiz module (`ui::style`).
const CSS: &str = include_str!("../../../../style/classroom.css");

pub(crate) fn adopt_style() {
    crate::app::ui::style::adopt(CSS);
}

/// Marks `<html>` while a classroom screen is open (the stylesheet then
/// slims the app's chrome, or prints only the sheet), until `on_cleanup`.
fn mark_root(value: &'static str) {
    adopt_style();
    let root = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
    };
    if let Some(r) = root() {
        let _ = r.set_attribute("data-classroom", value);
    }
    on_cleanup(move || {
        if let Some(r) = root() {
            let _ = r.remove_attribute("data-classroom");
        }
    });
}

fn text(t: &Text, lang: RwSignal<Lang>) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let t = t.clone();
    move || crate::app::marked(t.get(lang.get()), lang.get())
}

/// The panel on a pack's start screen.
#[component]
pub fn ClassPanel(
    on_project: impl Fn() + Send + Sync + 'static,
    on_print: impl Fn(Sheet) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    adopt_style();
    view! {
        <div class="panel class-panel">
            <h2>{tr(t::CLASS_TITLE)}</h2>
            <p>{tr(t::CLASS_DESC)}</p>
            <div class="row">
                <button type="button" class="btn" id="start-projector" on:click=move |_| on_project()>
                    {tr(t::CLASS_PROJECT)}
                </button>
                <button type="button" class="btn btn-quiet" id="print-worksheet" on:click=move |_| on_print(Sheet::Worksheet)>
                    {tr(t::CLASS_PRINT_WORKSHEET)}
                </button>
                <button type="button" class="btn btn-quiet" id="print-key" on:click=move |_| on_print(Sheet::AnswerKey)>
                    {tr(t::CLASS_PRINT_KEY)}
                </button>
            </div>
            <crate::app::Link to="/quiz/guide" class="guide-link">{tr(t::CLASS_GUIDE_LINK)}</crate::app::Link>
        </div>
    }
}

// ---------------------------------------------------------------------------
// Projector mode
// ---------------------------------------------------------------------------

/// Timer choices, in seconds (0: none).
const TIMERS: [u32; 6] = [0, 20, 30, 45, 60, 90];

/// Set-up (order, timer), then the projected session.
#[component]
pub fn Projector(pack: Pack, on_leave: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    adopt_style();
    let pack = StoredValue::new(pack);
    let shuffled = RwSignal::new(false);
    let timer = RwSignal::new(0u32);
    let running = RwSignal::new(None::<(bool, u32)>);
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_heading(heading, Scroll::IfNeeded);
    move || {
        match running.get() {
        Some((shuffle, seconds)) => view! {
            <ProjectorSession pack=pack.get_value() shuffle=shuffle seconds=seconds on_leave=on_leave/>
        }
        .into_any(),
        None => view! {
            <div class="projector-setup">
                <h2 tabindex="-1" node_ref=heading>{tr(t::PROJ_SETUP_TITLE)}</h2>
                <p>{tr(t::PROJ_SETUP_DESC)}</p>
                <fieldset class="choice">
                    <legend>{tr(t::PROJ_ORDER)}</legend>
                    <label class="choice-row">
                        <input type="radio" name="proj-order" id="proj-order-fixed"
                            prop:checked=move || !shuffled.get() on:change=move |_| shuffled.set(false)/>
                        <span>{tr(t::PROJ_ORDER_FIXED)}</span>
                    </label>
                    <label class="choice-row">
                        <input type="radio" name="proj-order" id="proj-order-shuffled"
                            prop:checked=move || shuffled.get() on:change=move |_| shuffled.set(true)/>
                        <span>{tr(t::PROJ_ORDER_SHUFFLED)}</span>
                    </label>
                </fieldset>
                <label class="field" for="proj-timer">
                    <span>{tr(t::PROJ_TIMER)}</span>
                    <select id="proj-timer" on:change=move |e| {
                        timer.set(event_target_value(&e).parse().unwrap_or(0));
                    }>
                        {TIMERS.iter().map(|&s| {
                            let label = move || if s == 0 {
                                tr(t::PROJ_TIMER_OFF)().to_string()
                            } else {
                                fill(tr(t::PROJ_SECONDS)(), &[("seconds", &s)])
                            };
                            view! { <option value=s.to_string() selected=move || timer.get() == s>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <h3>{tr(t::PROJ_KEYS_TITLE)}</h3>
                <p class="small">{tr(t::PROJ_KEYS)}</p>
                <p class="small">{tr(t::PROJ_FULLSCREEN_HINT)}</p>
                <div class="row">
                    <button type="button" class="btn" id="proj-start"
                        on:click=move |_| running.set(Some((shuffled.get_untracked(), timer.get_untracked())))>
                        {tr(t::PROJ_START)}
                    </button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| on_leave()>
                        {tr(t::PRINT_BACK)}
                    </button>
                </div>
            </div>
        }
        .into_any(),
    }
    }
}

/// Keys for the session (clickers send Page Up/Down; some send arrows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Forward,
    Back,
    Hand(usize),
    Undo,
    Timer,
}

fn key_of(e: &web_sys::KeyboardEvent) -> Option<Key> {
    // Shift is quick exit's key (Shift × 3); a key held with a modifier is
    // the browser's or the system's.
    if e.ctrl_key() || e.alt_key() || e.meta_key() || e.shift_key() {
        return None;
    }
    let target = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let tag = target
        .as_ref()
        .map(|t| t.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(tag.as_str(), "input" | "select" | "textarea") {
        return None;
    }
    // Space and Enter on a button or link are that control's own click.
    let on_control = matches!(tag.as_str(), "button" | "a" | "summary");
    match e.key().as_str() {
        "ArrowRight" | "PageDown" => Some(Key::Forward),
        " " | "Enter" if !on_control => Some(Key::Forward),
        "ArrowLeft" | "PageUp" => Some(Key::Back),
        "Backspace" => Some(Key::Undo),
        "t" | "T" => Some(Key::Timer),
        k => k
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=9).contains(n))
            .map(|n| Key::Hand(n - 1)),
    }
}

#[component]
fn ProjectorSession(
    pack: Pack,
    shuffle: bool,
    seconds: u32,
    on_leave: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    mark_root("projector");
    let lang = use_lang();
    let seed = shuffle.then(random::seed);
    let pack = StoredValue::new(pack);
    let session = RwSignal::new(pack.with_value(|p| Session::new(p, seed)));
    let clock = RwSignal::new(None::<Countdown>);
    let now = RwSignal::new(random::now_ms());
    let announce = RwSignal::new(String::new());
    let leaving = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H2>::new();

    let restart_timer = move || {
        let on_question = session.with_untracked(|s| s.question_index().is_some());
        clock
            .set((seconds > 0 && on_question).then(|| Countdown::start(random::now_ms(), seconds)));
        now.set(random::now_ms());
    };
    restart_timer();
    if seconds > 0 {
        if let Ok(h) = set_interval_with_handle(
            move || now.set(random::now_ms()),
            Duration::from_millis(250),
        ) {
            on_cleanup(move || h.clear());
        }
    }

    // What a screen reader hears after each step.
    let describe = move || {
        let l = lang.get_untracked();
        session.with_untracked(|s| {
            pack.with_value(|p| match s.slide() {
                Slide::Note => t::PROJ_NOTE_TITLE.get(l).to_string(),
                Slide::Summary => t::PROJ_SUMMARY_TITLE.get(l).to_string(),
                Slide::Question(pos) => {
                    let q = &p.questions[s.order()[pos]];
                    let head = fill(
                        t::PROJ_QUESTION_OF.get(l),
                        &[("n", &(pos + 1)), ("total", &s.len())],
                    );
                    if s.is_revealed() {
                        fill(
                            t::PROJ_SAY_RIGHT.get(l),
                            &[("question", &head), ("answer", &right_letters(q, l))],
                        )
                    } else {
                        fill(
                            t::PROJ_SAY_QUESTION.get(l),
                            &[("question", &head), ("prompt", &q.prompt.get(l))],
                        )
                    }
                }
            })
        })
    };
    let step = move |forward: bool| {
        let before = session.with_untracked(Session::slide);
        session.update(|s| if forward { s.forward() } else { s.back() });
        let after = session.with_untracked(Session::slide);
        if before != after {
            restart_timer();
            // Focus follows the new slide, so a screen reader reads it.
            // Not focus_heading: every redraw (a hand counted) reloads the NodeRef and would take focus.
            request_animation_frame(move || {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            });
        }
        announce.set(describe());
    };
    let hand = move |answer: usize, add: bool| {
        let mut changed = false;
        session.update(|s| {
            changed = if add {
                s.add_hand(answer)
            } else {
                s.remove_hand(answer)
            }
        });
        if changed {
            let n = session.with_untracked(|s| s.hands().get(answer).copied().unwrap_or(0));
            announce.set(fill(
                t::PROJ_SAY_HANDS.get(lang.get_untracked()),
                &[("answer", &letter(answer)), ("count", &n)],
            ));
        }
    };

    let listener = web_sys::window().map(|w| {
        gloo::events::EventListener::new_with_options(
            &w,
            "keydown",
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if leaving.get_untracked() {
                    return;
                }
                let Some(key) = key_of(e) else { return };
                e.prevent_default();
                match key {
                    Key::Forward => step(true),
                    Key::Back => step(false),
                    Key::Hand(a) => hand(a, true),
                    Key::Undo => {
                        let mut undone = false;
                        session.update(|s| undone = s.undo_hand());
                        if undone {
                            announce.set(String::new());
                        }
                    }
                    Key::Timer => restart_timer(),
                }
            },
        )
    });
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(listener));

    // A long question or explanation is set smaller, just enough that the
    // whole slide shows without scrolling (down to 60 % of the type).
    let body_ref = NodeRef::<leptos::html::Div>::new();
    let fit = move || {
        if let Some(body) = body_ref.get_untracked() {
            fit_to_height(&body);
        }
    };
    Effect::new(move |_| {
        session.track();
        lang.track();
        request_animation_frame(fit);
    });
    let resize =
        web_sys::window().map(|w| gloo::events::EventListener::new(&w, "resize", move |_| fit()));
    let resize = send_wrapper::SendWrapper::new(resize);
    on_cleanup(move || drop(resize));

    let seconds_left = move || {
        let n = now.get();
        clock.get().map(|c| c.seconds_left(n))
    };
    let slide = move || session.with(Session::slide);
    let revealed = move || session.with(Session::is_revealed);
    let total = session.with_untracked(Session::len);

    let body = move || match slide() {
        Slide::Note => {
            let note = pack.with_value(|p| p.content_note.clone()).unwrap_or(Text {
                vi: String::new(),
                en: String::new(),
            });
            view! {
                <div class="proj-note">
                    <h2 tabindex="-1" node_ref=heading id="proj-heading">{tr(t::PROJ_NOTE_TITLE)}</h2>
                    <p id="proj-note-text">{text(&note, lang)}</p>
                </div>
            }
            .into_any()
        }
        Slide::Question(pos) => {
            let q = pack
                .with_value(|p| p.questions[session.with_untracked(|s| s.order()[pos])].clone());
            view! { <ProjectedQuestion question=q session=session heading=heading hand=hand/> }
                .into_any()
        }
        Slide::Summary => {
            view! { <ProjectorSummary pack=pack session=session heading=heading/> }.into_any()
        }
    };

    let forward_label = move || match slide() {
        Slide::Note => tr(t::PROJ_START_QUESTIONS)(),
        Slide::Question(_) if !revealed() => tr(t::PROJ_REVEAL)(),
        Slide::Question(pos) if pos + 1 == total => tr(t::PROJ_TO_SUMMARY)(),
        Slide::Question(_) => tr(t::PROJ_NEXT)(),
        Slide::Summary => tr(t::PROJ_AGAIN)(),
    };
    let restart = move || {
        session.set(pack.with_value(|p| Session::new(p, shuffle.then(random::seed))));
        restart_timer();
        announce.set(describe());
    };

    view! {
        <section class="projector" class:is-revealed=revealed aria-label=tr(t::PROJ_REGION) id="projector"
            data-slide=move || match slide() {
                Slide::Note => "note".to_string(),
                Slide::Question(pos) => format!("q{}", pos + 1),
                Slide::Summary => "summary".to_string(),
            }>
            <div class="proj-head">
                <span class="proj-counter" id="proj-counter">
                    {move || match slide() {
                        Slide::Question(pos) => fill(
                            tr(t::PROJ_QUESTION_OF)(),
                            &[("n", &(pos + 1)), ("total", &total)],
                        ),
                        _ => String::new(),
                    }}
                </span>
                {move || seconds_left().map(|s| view! {
                    <span class="proj-timer" id="proj-timer-left" class:timer-low=s <= 5
                        role="timer" aria-label=tr(t::PROJ_TIMER_LABEL)>
                        {if s == 0 { tr(t::PROJ_TIME_UP)().to_string() } else { format!("{}:{:02}", s / 60, s % 60) }}
                    </span>
                })}
            </div>
            // Full size until the first frame's fit (`fit_to_height`) says otherwise.
            <div class="proj-body" node_ref=body_ref data-fit="100">{body}</div>
            <p class="visually-hidden" role="status" aria-live="polite" id="proj-announce">{move || announce.get()}</p>
            <div class="proj-controls">
                <button type="button" class="btn btn-quiet" id="proj-back"
                    disabled=move || session.with(|s| s.slide() == Slide::Note || (s.slide() == Slide::Question(0) && pack.with_value(|p| p.content_note.is_none())))
                    on:click=move |_| step(false)>
                    "← " {tr(t::PROJ_BACK)}
                </button>
                <button type="button" class="btn" id="proj-forward"
                    on:click=move |_| if slide() == Slide::Summary { restart() } else { step(true) }>
                    {forward_label} " →"
                </button>
                {move || (seconds > 0 && session.with(|s| s.question_index().is_some())).then(|| view! {
                    <button type="button" class="btn btn-quiet" id="proj-timer-restart" on:click=move |_| restart_timer()>
                        {tr(t::PROJ_RESTART_TIMER)}
                    </button>
                })}
                <span class="proj-keys small" aria-hidden="true">{tr(t::PROJ_KEYS_SHORT)}</span>
                <Show when=move || leaving.get()
                    fallback=move || view! {
                        <button type="button" class="btn btn-quiet proj-leave" id="proj-leave" on:click=move |_| leaving.set(true)>
                            {tr(t::PROJ_LEAVE)}
                        </button>
                    }>
                    <div class="panel confirm proj-confirm" role="alertdialog" aria-labelledby="proj-leave-q">
                        <p id="proj-leave-q">{tr(t::PROJ_LEAVE_CONFIRM)}</p>
                        <div class="row">
                            <button type="button" class="btn btn-danger" id="proj-leave-yes" on:click=move |_| on_leave()>
                                {tr(t::PROJ_LEAVE_YES)}
                            </button>
                            <button type="button" class="btn btn-quiet" on:click=move |_| leaving.set(false)>
                                {tr(t::PROJ_LEAVE_NO)}
                            </button>
                        </div>
                    </div>
                </Show>
            </div>
        </section>
    }
}

/// Steps the element's `data-fit` (the slide's type scale in percent, which
/// the stylesheet maps to `--fit`; the CSP allows no inline style) down
/// from 100 until its content fits its height, or the type is at 60 %.
fn fit_to_height(el: &web_sys::Element) {
    let mut scale = 100;
    let _ = el.set_attribute("data-fit", "100");
    while el.scroll_height() > el.client_height() + 1 && scale > 60 {
        scale -= 4;
        let _ = el.set_attribute("data-fit", &scale.to_string());
    }
}

/// "B" or "A, C" with the answers' text, for the right answer(s).
fn right_letters(q: &PackQuestion, lang: Lang) -> String {
    q.answers
        .iter()
        .enumerate()
        .filter(|(_, a)| a.correct)
        .map(|(i, a)| format!("{}. {}", letter(i), a.text.get(lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
fn ProjectedQuestion(
    question: PackQuestion,
    session: RwSignal<Session>,
    heading: NodeRef<leptos::html::H2>,
    hand: impl Fn(usize, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let revealed = move || session.with(Session::is_revealed);
    let sources = question.sources.clone();
    let source_text = move || crate::app::source_labels(&sources, lang.get()).join(" · ");
    let multiple = question.kind == Kind::Multiple;
    let explanation = question.explanation.clone();
    let keyed = question.clone();
    view! {
        <div class="proj-question" data-question-id=question.id.clone()>
            <h2 class="proj-prompt" tabindex="-1" node_ref=heading id="proj-heading">{text(&question.prompt, lang)}</h2>
            {multiple.then(|| view! { <p class="proj-hint">{tr(t::PROJ_CHOOSE_ALL)}</p> })}
            <ol class="proj-answers">
                {question.answers.iter().enumerate().map(|(i, a)| {
                    let correct = a.correct;
                    let l = letter(i);
                    let count = move || session.with(|s| s.hands().get(i).copied().unwrap_or(0));
                    view! {
                        <li class="proj-answer" class:is-right=move || revealed() && correct
                            data-answer-id=a.id.clone() data-letter=l.to_string()>
                            <span class="proj-letter" aria-hidden="true">{l.to_string()}</span>
                            <span class="proj-answer-text">
                                <span class="visually-hidden">{l.to_string()} ". "</span>
                                {text(&a.text, lang)}
                                {move || (revealed() && correct).then(|| view! {
                                    <span class="proj-right-mark">" ✓ " {tr(t::PROJ_RIGHT)}</span>
                                })}
                            </span>
                            <span class="proj-tally">
                                <button type="button" class="tally-btn" data-tally="minus"
                                    aria-label=move || fill(tr(t::PROJ_REMOVE_HAND)(), &[("answer", &l)])
                                    on:click=move |_| hand(i, false)>"−"</button>
                                <span class="proj-count" data-count=move || count().to_string()>
                                    {tr_part(t::PROJ_HANDS, "count", true)}<b>{count}</b>
                                    <span class="proj-count-unit">{tr_part(t::PROJ_HANDS, "count", false)}</span>
                                </span>
                                <button type="button" class="tally-btn" data-tally="plus"
                                    aria-label=move || fill(tr(t::PROJ_ADD_HAND)(), &[("answer", &l)])
                                    on:click=move |_| hand(i, true)>"+"</button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Show when=revealed>
                <div class="proj-explained" id="proj-explanation">
                    <p class="proj-right-line"><b>{tr(t::PROJ_RIGHT)} ": "</b>
                        {let q = keyed.clone(); move || crate::app::marked(&right_letters(&q, lang.get()), lang.get())}
                    </p>
                    <p class="proj-explanation">{text(&explanation, lang)}</p>
                    <p class="proj-source"><b>{tr(i18n::QUIZ_SOURCE)} ": "</b>{source_text.clone()}</p>
                </div>
            </Show>
        </div>
    }
}

#[component]
fn ProjectorSummary(
    pack: StoredValue<Pack>,
    session: RwSignal<Session>,
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    let lang = use_lang();
    let summary = session.with_untracked(|s| pack.with_value(|p| s.summary(p)));
    let counted = summary.counted();
    let mostly_right = summary.mostly_right();
    let line = move || {
        if counted == 0 {
            tr(t::PROJ_SUMMARY_NONE)().to_string()
        } else {
            fill(
                tr(t::PROJ_SUMMARY_LINE)(),
                &[("right", &mostly_right), ("counted", &counted)],
            )
        }
    };
    let revisit = summary.to_revisit();
    let prompt_of = move |q: usize| pack.with_value(|p| p.questions[q].prompt.clone());
    view! {
        <div class="proj-summary">
            <h2 tabindex="-1" node_ref=heading id="proj-heading">{tr(t::PROJ_SUMMARY_TITLE)}</h2>
            <p class="proj-summary-line" id="proj-summary-line">{line}</p>
            <div class="proj-summary-cols">
                <div>
                    <h3>{tr(t::PROJ_REVISIT)}</h3>
                    {if revisit.is_empty() {
                        view! { <p>{tr(t::PROJ_REVISIT_NONE)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="proj-revisit" id="proj-revisit">
                                {revisit.into_iter().take(5).map(|r| {
                                    let (n, percent) = (r.number, r.percent_right().unwrap_or(0));
                                    // The line before or after the prompt; the part before is bold.
                                    let line = move |first: bool| move || {
                                        let (before, after) = i18n::around(tr(t::PROJ_REVISIT_LINE)(), "prompt");
                                        fill(if first { before } else { after }, &[("n", &n), ("percent", &percent)])
                                    };
                                    view! {
                                        <li data-number=r.number.to_string()>
                                            <b>{line(true)}</b>
                                            {text(&prompt_of(r.question), lang)}
                                            {line(false)}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </div>
                <table class="proj-table" id="proj-table">
                    <thead><tr><th scope="col">{tr(t::PROJ_COL_QUESTION)}</th><th scope="col">{tr(t::PROJ_COL_RIGHT)}</th></tr></thead>
                    <tbody>
                        {summary.rows.iter().map(|r| {
                            let cell = if r.counted() {
                                fill(
                                    t::PROJ_CELL.get(lang.get_untracked()),
                                    &[("right", &r.right), ("total", &r.total), ("percent", &r.percent_right().unwrap_or(0))],
                                )
                            } else {
                                String::new()
                            };
                            let counted = r.counted();
                            view! {
                                <tr data-number=r.number.to_string()>
                                    <th scope="row">{r.number}</th>
                                    <td>{cell}{(!counted).then(|| view! { <span class="muted">{tr(t::PROJ_NOT_COUNTED)}</span> })}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="small">{tr(t::PROJ_SUMMARY_FORGET)}</p>
        </div>
    }
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// Questions and choices, room to mark, no answers.
    Worksheet,
    /// Right answers, explanations and sources, for the teacher.
    AnswerKey,
}

#[component]
pub fn PrintView(
    pack: Pack,
    sheet: Sheet,
    on_back: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    mark_root("print");
    let lang = use_lang();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_heading(heading, Scroll::IfNeeded);
    let key = sheet == Sheet::AnswerKey;
    let note = if key { pack.content_note.clone() } else { None };
    let questions = pack.questions.clone();
    view! {
        <div class="print-tools">
            <p class="small">{tr(t::PRINT_HELP)}</p>
            <div class="row">
                <button type="button" class="btn" id="print-now" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{tr(t::PRINT_NOW)}</button>
                <button type="button" class="btn btn-quiet" id="print-back" on:click=move |_| on_back()>{tr(t::PRINT_BACK)}</button>
            </div>
        </div>
        <article class="print-sheet" class:is-key=key class:is-worksheet=!key id="print-sheet">
            <h2 tabindex="-1" node_ref=heading class="print-title">
                {if key { tr(t::PRINT_KEY_TITLE) } else { tr(t::PRINT_WORKSHEET_TITLE) }}
            </h2>
            {(!key).then(|| view! { <p class="print-how">{tr(t::PRINT_WORKSHEET_HOW)}</p> })}
            {note.map(|n| view! {
                <div class="print-note">
                    <p><b>{tr(t::PRINT_KEY_NOTE)} ": "</b>{text(&n, lang)}</p>
                </div>
            })}
            <ol class="print-questions">
                {questions.into_iter().map(|q| if key {
                    view! { <KeyItem question=q/> }.into_any()
                } else {
                    view! { <WorksheetItem question=q/> }.into_any()
                }).collect_view()}
            </ol>
            <p class="print-footer">{tr(t::PRINT_FOOTER)}</p>
        </article>
    }
}

fn kind_hint(kind: Kind) -> i18n::Tr {
    match kind {
        Kind::Multiple => t::PRINT_CHOOSE_ALL,
        Kind::TrueFalse => t::PRINT_TRUE_FALSE,
        _ => t::PRINT_CHOOSE_ONE,
    }
}

#[component]
fn WorksheetItem(question: PackQuestion) -> impl IntoView {
    let lang = use_lang();
    let hint = kind_hint(question.kind);
    let prompt = question.prompt.clone();
    // "(choose every right answer)" only where the question does not say so.
    let said = move || {
        let l = lang.get();
        lowercase_vi(prompt.get(l)).contains(&lowercase_vi(hint.get(l)))
    };
    view! {
        <li class="print-q" data-question-id=question.id.clone()>
            <p class="print-prompt">{text(&question.prompt, lang)}
                {move || (!said()).then(|| view! { " " <span class="print-kind">{move || { let l = lang.get(); fill(t::PRINT_KIND.get(l), &[("kind", &hint.get(l))]) }}</span> })}
            </p>
            <ul class="print-choices">
                {question.answers.iter().enumerate().map(|(i, a)| view! {
                    <li><span class="print-box" aria-hidden="true">"☐"</span> <b>{letter(i).to_string()} "."</b> " " {text(&a.text, lang)}</li>
                }).collect_view()}
            </ul>
        </li>
    }
}

#[component]
fn KeyItem(question: PackQuestion) -> impl IntoView {
    let lang = use_lang();
    let q = question.clone();
    let sources = question.sources.clone();
    let source_text = move || crate::app::source_labels(&sources, lang.get()).join(" · ");
    view! {
        <li class="print-q" data-question-id=question.id.clone()>
            <p class="print-prompt">{text(&question.prompt, lang)}</p>
            <p class="print-answer"><b>{tr(t::PROJ_RIGHT)} ": "</b>{move || crate::app::marked(&right_letters(&q, lang.get()), lang.get())}</p>
            <p class="print-explanation"><b>{tr(t::PRINT_EXPLANATION)} ": "</b>{text(&question.explanation, lang)}</p>
            <p class="print-sources"><b>{tr(t::PRINT_SOURCES)} ": "</b>{source_text}</p>
        </li>
    }
}
