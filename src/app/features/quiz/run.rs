//! One attempt at a pack: start (mode choice), questions, feedback
//! (practice), result with review. The attempt lives in memory; only the
//! finished attempt's score is stored.

use super::format_duration;
use crate::app::ui::focus::{focus_heading, Scroll};
use crate::app::{tr, use_lang, Link};
use crate::core::lang::{Lang, Text};
use crate::core::progress::{AttemptRecord, PACK_IDS};
use crate::core::quiz::{Attempt, Kind, Mode, Pack, PackQuestion, QuestionResult};
use crate::core::vault::new_record_id;
use crate::i18n;
use crate::i18n::UserText as _;
use crate::web::random;
use crate::web::share::{share_text as share, Shared};
use crate::web::storage::{app_storage, stores};
use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Start,
    Question,
    /// Practice only: the result of the question just answered.
    Feedback(QuestionResult),
    Done,
    /// The teacher's projector mode.
    Projector,
    /// A printable worksheet or answer key.
    Print(super::classroom::Sheet),
}

/// Everything one run needs, shared by the stage views.
#[derive(Clone, Copy)]
struct Run {
    /// The pack being played (the missed-only subset when reviewing).
    pack: RwSignal<Pack>,
    /// The full pack from the content file.
    full: StoredValue<Pack>,
    attempt: RwSignal<Option<Attempt>>,
    stage: RwSignal<Stage>,
    /// Reviewing missed questions: not stored, not a best score.
    review_only: RwSignal<bool>,
    lang: RwSignal<Lang>,
    now: RwSignal<u64>,
    saved: RwSignal<Option<bool>>,
    /// Read out by screen readers: a live region that stays in the page,
    /// so changes to it are announced (a new element might not be).
    announce: RwSignal<String>,
}

impl Run {
    fn start(self, pack: Pack, mode: Mode, review_only: bool) {
        let now = random::now_ms();
        self.attempt
            .set(Some(Attempt::new(&pack, random::seed(), mode, now)));
        self.pack.set(pack);
        self.review_only.set(review_only);
        self.saved.set(None);
        self.now.set(now);
        self.stage.set(Stage::Question);
    }

    fn submit(self, selected: Vec<String>) {
        let now = random::now_ms();
        let pack = self.pack.get_untracked();
        let mut result = None;
        self.attempt.update(|a| {
            if let Some(a) = a {
                let ids: Vec<&str> = selected.iter().map(String::as_str).collect();
                result = a.submit(&pack, &ids, now).ok();
            }
        });
        let Some(result) = result else { return };
        let mode = self
            .attempt
            .with_untracked(|a| a.as_ref().map(Attempt::mode));
        if mode == Some(Mode::Practice) {
            self.announce.set(self.verdict_text(&result, &pack));
            self.stage.set(Stage::Feedback(result));
        } else {
            self.after_answer();
        }
    }

    /// Moves to the next question, or to the result once all are done.
    fn after_answer(self) {
        let finished = self
            .attempt
            .with_untracked(|a| a.as_ref().is_some_and(Attempt::is_finished));
        if finished {
            self.finish();
        } else {
            self.stage.set(Stage::Question);
        }
    }

    fn tick(self) {
        let now = random::now_ms();
        self.now.set(now);
        if self.stage.get_untracked() != Stage::Question {
            return;
        }
        // Only write the attempt when time is really up: every write
        // re-renders the question (and would drop a half-made selection).
        let due = self
            .attempt
            .with_untracked(|a| a.as_ref().is_some_and(|a| a.is_expired(now)));
        if !due {
            return;
        }
        let pack = self.pack.get_untracked();
        self.attempt.update(|a| {
            if let Some(a) = a {
                a.expire_if_due(&pack, now);
            }
        });
        self.after_answer();
    }

    fn finish(self) {
        self.stage.set(Stage::Done);
        if self.review_only.get_untracked() {
            return;
        }
        let pack = self.pack.get_untracked();
        let record = self.attempt.with_untracked(|a| {
            a.as_ref().and_then(|a| {
                AttemptRecord::from_attempt(new_record_id().ok()?, &pack, a, random::now_ms())
            })
        });
        let Some(record) = record else { return };
        let saved = self.saved;
        leptos::task::spawn_local(async move {
            let ok = match app_storage().await {
                Ok(db) => db.put(stores::QUIZ_ATTEMPTS, &record).await.is_ok(),
                Err(_) => false,
            };
            saved.set(Some(ok));
        });
    }

    /// "Chưa đúng. Đáp án đúng: …" in the language of the moment.
    fn verdict_text(self, result: &QuestionResult, pack: &Pack) -> String {
        let lang = self.lang.get_untracked();
        let verdict = if result.correct {
            i18n::QUIZ_RIGHT
        } else {
            i18n::QUIZ_WRONG
        };
        let right = pack
            .question(&result.question_id)
            .map(|q| right_text(q, lang))
            .unwrap_or_default();
        i18n::fill(
            i18n::QUIZ_VERDICT.get(lang),
            &[("verdict", &verdict.get(lang)), ("answer", &right)],
        )
    }

    fn missed(self) -> Vec<String> {
        self.attempt.with(|a| {
            a.as_ref()
                .map(|a| {
                    a.results()
                        .iter()
                        .filter(|r| !r.correct)
                        .map(|r| r.question_id.clone())
                        .collect()
                })
                .unwrap_or_default()
        })
    }
}

/// A content text in `lang`, Vietnamese names in English text marked.
fn text(t: &Text, lang: RwSignal<Lang>) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let t = t.clone();
    move || crate::app::marked(t.get(lang.get()), lang.get())
}

#[component]
pub fn QuizRunPage(pack_id: String) -> impl IntoView {
    // The teacher's guide lives next to the packs (`/quiz/guide`).
    if pack_id == "guide" {
        return view! { <super::guide::TeacherGuidePage/> }.into_any();
    }
    let id = pack_id;
    let known = PACK_IDS.contains(&id.as_str());
    let pack = LocalResource::new(move || {
        let id = id.clone();
        async move { super::load_pack(&id).await }
    });
    (move || {
        if !known {
            return view! {
                <section class="page">
                    <h1>{tr(i18n::QUIZ_UNKNOWN_PACK)}</h1>
                    <Link to="/quiz" class="btn">{tr(i18n::QUIZ_BACK_TO_LIST)}</Link>
                </section>
            }
            .into_any();
        }
        match pack.get() {
            None => view! { <section class="page"><p>{tr(i18n::LOADING)}</p></section> }.into_any(),
            Some(Err(e)) => view! {
                <section class="page"><crate::app::Notice>{tr(e.user_text())}</crate::app::Notice></section>
            }
            .into_any(),
            Some(Ok(pack)) => view! { <QuizRun pack=pack/> }.into_any(),
        }
    })
    .into_any()
}

#[component]
fn QuizRun(pack: Pack) -> impl IntoView {
    let run = Run {
        pack: RwSignal::new(pack.clone()),
        full: StoredValue::new(pack),
        attempt: RwSignal::new(None),
        stage: RwSignal::new(Stage::Start),
        review_only: RwSignal::new(false),
        lang: use_lang(),
        now: RwSignal::new(random::now_ms()),
        saved: RwSignal::new(None),
        announce: RwSignal::new(String::new()),
    };
    // The contest clock: one tick a second while this page is open.
    if let Ok(handle) = set_interval_with_handle(move || run.tick(), Duration::from_millis(500)) {
        on_cleanup(move || handle.clear());
    }
    let lang = use_lang();
    let title = move || run.pack.with(|p| p.title.get(lang.get()).to_string());

    view! {
        <section class="page quiz" class:is-projecting=move || run.stage.get() == Stage::Projector>
            <h1 class="quiz-title">{title}</h1>
            <p class="visually-hidden" role="status" aria-live="polite" id="quiz-announce">
                {move || run.announce.get()}
            </p>
            {move || match run.stage.get() {
                Stage::Start => view! { <StartPanel run=run/> }.into_any(),
                Stage::Question => view! { <QuestionView run=run/> }.into_any(),
                Stage::Feedback(result) => view! { <FeedbackView run=run result=result/> }.into_any(),
                Stage::Done => view! { <ResultView run=run/> }.into_any(),
                Stage::Projector => view! {
                    <super::classroom::Projector pack=run.full.get_value() on_leave=move || run.stage.set(Stage::Start)/>
                }
                .into_any(),
                Stage::Print(sheet) => view! {
                    <super::classroom::PrintView pack=run.full.get_value() sheet=sheet on_back=move || run.stage.set(Stage::Start)/>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn StartPanel(run: Run) -> impl IntoView {
    let lang = use_lang();
    let (count, secs, desc, note) = run.full.with_value(|p| {
        (
            p.questions.len(),
            p.seconds_per_question,
            p.description.clone(),
            p.content_note.clone(),
        )
    });
    let total_min = (count as u32 * secs).div_ceil(60);
    // A pack with hard scenes opens with a note for the teacher to read out.
    let note = note.map(|note| {
        view! {
            <aside class="notice content-note" id="content-note" aria-labelledby="content-note-title">
                <h2 id="content-note-title">{tr(i18n::QUIZ_CONTENT_NOTE)}</h2>
                <p>{text(&note, lang)}</p>
            </aside>
        }
    });
    view! {
        <p class="lede">{text(&desc, lang)}</p>
        {note}
        <p>{move || i18n::fill(i18n::QUIZ_QUESTIONS.get(lang.get()), &[("count", &count)])}</p>
        <div class="mode-choice">
            <div class="panel">
                <h2>{tr(i18n::QUIZ_PRACTICE)}</h2>
                <p>{tr(i18n::QUIZ_PRACTICE_DESC)}</p>
                <button type="button" class="btn" id="start-practice"
                    on:click=move |_| run.start(run.full.get_value(), Mode::Practice, false)>
                    {tr(i18n::QUIZ_START_PRACTICE)}
                </button>
            </div>
            <div class="panel">
                <h2>{tr(i18n::QUIZ_CONTEST)}</h2>
                <p>{tr(i18n::QUIZ_CONTEST_DESC)}</p>
                <p id="contest-time">
                    {crate::app::tr_part(i18n::QUIZ_SECONDS_PER_QUESTION, "seconds", true)}<b>{secs}</b>
                    {crate::app::tr_part(i18n::QUIZ_SECONDS_PER_QUESTION, "seconds", false)} " · "
                    {crate::app::tr_part(i18n::QUIZ_TOTAL_TIME, "minutes", true)}<b>{total_min}</b>
                    {crate::app::tr_part(i18n::QUIZ_TOTAL_TIME, "minutes", false)}
                </p>
                <button type="button" class="btn" id="start-contest"
                    on:click=move |_| run.start(run.full.get_value(), Mode::Contest, false)>
                    {tr(i18n::QUIZ_START_CONTEST)}
                </button>
            </div>
        </div>
        <super::classroom::ClassPanel
            on_project=move || run.stage.set(Stage::Projector)
            on_print=move |sheet| run.stage.set(Stage::Print(sheet))/>
        <Link to="/quiz" class="btn btn-quiet">{tr(i18n::QUIZ_BACK_TO_LIST)}</Link>
    }
}

/// The question being asked, with its answers in this attempt's order.
fn current(
    run: Run,
) -> Option<(
    usize,
    usize,
    PackQuestion,
    Vec<crate::core::quiz::PackAnswer>,
)> {
    run.attempt.with(|a| {
        let a = a.as_ref()?;
        run.pack.with(|p| {
            a.current(p).map(|s| {
                (
                    s.number,
                    s.total,
                    s.question.clone(),
                    s.answers.into_iter().cloned().collect(),
                )
            })
        })
    })
}

#[component]
fn QuestionView(run: Run) -> impl IntoView {
    let lang = use_lang();
    let heading = NodeRef::<leptos::html::H2>::new();
    // Screen readers: the new question is where focus goes (its heading is
    // drawn anew for each question).
    focus_heading(heading, Scroll::IfNeeded);
    move || {
        let Some((number, total, question, answers)) = current(run) else {
            return ().into_any();
        };
        let selected = RwSignal::new(Vec::<String>::new());
        let multiple = question.kind == Kind::Multiple;
        // The question and its answers, for read-aloud.
        let spoken = {
            let prompt = question.prompt.clone();
            let options: Vec<Text> = answers.iter().map(|a| a.text.clone()).collect();
            move || {
                let l = lang.get_untracked();
                std::iter::once(prompt.get(l))
                    .chain(options.iter().map(|a| a.get(l)))
                    .collect::<Vec<_>>()
                    .join(". ")
            }
        };
        let seconds_left = move || {
            let now = run.now.get();
            run.attempt
                .with(|a| a.as_ref().and_then(|a| a.seconds_left(now)))
        };
        view! {
            <div class="quiz-progress">
                <span class="counter" id="question-counter">
                    {move || i18n::fill(i18n::QUIZ_QUESTION.get(lang.get()), &[("n", &number), ("total", &total)])}
                </span>
                <progress max=total value=number - 1 aria-label=tr(i18n::QUIZ_PROGRESS_LABEL)></progress>
                {move || seconds_left().map(|s| view! {
                    <span class="timer" id="timer" class:timer-low=s <= 10>
                        {i18n::fill(i18n::QUIZ_SECONDS_LEFT.get(lang.get()), &[("seconds", &s)])}
                    </span>
                })}
            </div>
            <div class="question" data-question-id=question.id.clone()>
                <h2 class="question-prompt" tabindex="-1" node_ref=heading>{text(&question.prompt, lang)}</h2>
                <crate::app::ui::read_aloud::ReadAloud text=spoken/>
                {multiple.then(|| view! { <p class="hint">{tr(i18n::QUIZ_CHOOSE_ALL)}</p> })}
                <ul class="answers">
                    {answers
                        .into_iter()
                        .map(|answer| {
                            let id = answer.id.clone();
                            let label = text(&answer.text, lang);
                            if multiple {
                                let input_id = format!("ans-{}", answer.id);
                                let label_for = input_id.clone();
                                let toggle_id = id.clone();
                                view! {
                                    <li>
                                        <label class="answer answer-check" for=label_for data-answer-id=id.clone()>
                                            <input type="checkbox" id=input_id
                                                on:change=move |_| selected.update(|s| {
                                                    if let Some(i) = s.iter().position(|x| *x == toggle_id) {
                                                        s.remove(i);
                                                    } else {
                                                        s.push(toggle_id.clone());
                                                    }
                                                })/>
                                            <span>{label}</span>
                                        </label>
                                    </li>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <li>
                                        <button type="button" class="answer" data-answer-id=id.clone()
                                            on:click=move |_| run.submit(vec![id.clone()])>
                                            {label}
                                        </button>
                                    </li>
                                }
                                .into_any()
                            }
                        })
                        .collect_view()}
                </ul>
                {multiple.then(|| view! {
                    <button type="button" class="btn" id="submit-answer"
                        disabled=move || selected.with(Vec::is_empty)
                        on:click=move |_| run.submit(selected.get())>
                        {tr(i18n::QUIZ_SUBMIT)}
                    </button>
                })}
            </div>
            <StopLink/>
        }
        .into_any()
    }
}

/// Leaving mid-attempt: two steps, since the answers are then lost.
#[component]
fn StopLink() -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        <Show when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="btn btn-quiet stop" on:click=move |_| asking.set(true)>
                    {tr(i18n::QUIZ_LEAVE)}
                </button>
            }>
            <div class="panel confirm" role="alertdialog" aria-labelledby="stop-q">
                <p id="stop-q">{tr(i18n::QUIZ_STOP_CONFIRM)}</p>
                <div class="row">
                    <Link to="/quiz" class="btn btn-danger">{tr(i18n::QUIZ_LEAVE)}</Link>
                    <button type="button" class="btn btn-quiet" on:click=move |_| asking.set(false)>
                        {tr(i18n::UPDATE_LATER)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The texts of the chosen answers, or "(no answer)".
fn answers_text(q: &PackQuestion, ids: &[String], lang: Lang) -> String {
    let texts: Vec<&str> = ids
        .iter()
        .filter_map(|id| q.answer(id))
        .map(|a| a.text.get(lang))
        .collect();
    if texts.is_empty() {
        i18n::QUIZ_NO_ANSWER.get(lang).to_string()
    } else {
        texts.join("; ")
    }
}

fn right_text(q: &PackQuestion, lang: Lang) -> String {
    q.answers
        .iter()
        .filter(|a| a.correct)
        .map(|a| a.text.get(lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the student sees about one answered question: verdict, their
/// answer, the right one, the explanation and the source.
#[component]
fn Explained(question: PackQuestion, result: QuestionResult) -> impl IntoView {
    let lang = use_lang();
    let verdict = if result.correct {
        i18n::QUIZ_RIGHT
    } else if result.timed_out {
        i18n::QUIZ_TIMED_OUT
    } else {
        i18n::QUIZ_WRONG
    };
    let q = question.clone();
    let q2 = question.clone();
    let selected = result.selected.clone();
    let sources = question.sources.clone();
    // Publisher and date for the student; the address's host after them.
    let source_text = move || crate::app::source_labels(&sources, lang.get()).join(" · ");
    view! {
        <div class="explained" class:is-right=result.correct class:is-wrong=!result.correct
            data-question-id=question.id.clone()>
            <p class="verdict">
                <span aria-hidden="true">{if result.correct { "✓ " } else { "✗ " }}</span>
                {tr(verdict)}
            </p>
            <p class="your-answer"><b>{tr(i18n::QUIZ_YOUR_ANSWER)} ": "</b>{move || crate::app::marked(&answers_text(&q, &selected, lang.get()), lang.get())}</p>
            <p class="right-answer"><b>{tr(i18n::QUIZ_RIGHT_ANSWER)} ": "</b>{move || crate::app::marked(&right_text(&q2, lang.get()), lang.get())}</p>
            <p class="explanation">{text(&question.explanation, lang)}</p>
            <details class="sources">
                <summary>{tr(i18n::QUIZ_SOURCE)}</summary>
                <p class="small">{move || crate::app::marked(&source_text(), lang.get())}</p>
            </details>
        </div>
    }
}

#[component]
fn FeedbackView(run: Run, result: QuestionResult) -> impl IntoView {
    let Some(question) = run
        .pack
        .with_untracked(|p| p.question(&result.question_id).cloned())
    else {
        return ().into_any();
    };
    let last = run
        .attempt
        .with_untracked(|a| a.as_ref().is_some_and(Attempt::is_finished));
    let next_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = next_button.get() {
            let _ = b.focus();
        }
    });
    view! {
        <div class="question-heading">
            <h2 class="question-prompt">{text(&question.prompt, use_lang())}</h2>
        </div>
        <div class="feedback">
            <Explained question=question result=result/>
        </div>
        <button type="button" class="btn" id="next-question" node_ref=next_button
            on:click=move |_| run.after_answer()>
            {if last { tr(i18n::QUIZ_SEE_RESULT) } else { tr(i18n::QUIZ_NEXT) }}
        </button>
    }
    .into_any()
}

#[component]
fn ResultView(run: Run) -> impl IntoView {
    let lang = use_lang();
    let (score, mode, results) = run.attempt.with_untracked(|a| {
        let a = a.as_ref().expect("a finished attempt");
        (a.score(), a.mode(), a.results().to_vec())
    });
    let pack = run.pack.get_untracked();
    let missed: Vec<(PackQuestion, QuestionResult)> = results
        .iter()
        .filter(|r| !r.correct)
        .filter_map(|r| {
            pack.question(&r.question_id)
                .map(|q| (q.clone(), r.clone()))
        })
        .collect();
    let all: Vec<(PackQuestion, QuestionResult)> = results
        .iter()
        .filter_map(|r| {
            pack.question(&r.question_id)
                .map(|q| (q.clone(), r.clone()))
        })
        .collect();
    let share_status = RwSignal::new(None::<Shared>);
    let full = run.full.get_value();
    let (correct, total) = (score.correct as u32, score.total as u32);
    let on_share = move |_| {
        let text = i18n::share_text(&full, correct, total, lang.get_untracked());
        leptos::task::spawn_local(async move { share_status.set(Some(share(&text).await)) });
    };
    let has_missed = !missed.is_empty();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_heading(heading, Scroll::IfNeeded);
    view! {
        <h2 tabindex="-1" node_ref=heading>{tr(i18n::QUIZ_RESULT_TITLE)}</h2>
        {move || run.review_only.get().then(|| view! { <crate::app::Notice kind=crate::app::NoticeKind::Note>{tr(i18n::QUIZ_REVIEW_MODE_NOTE)}</crate::app::Notice> })}
        <div class="score-card" role="status">
            <p class="score"><span>{tr(i18n::QUIZ_SCORE)}</span> <b id="score">{move || i18n::fill(i18n::QUIZ_SCORE_OF.get(lang.get()), &[("correct", &correct), ("total", &total)])}</b></p>
            <p class="time"><span>{tr(i18n::QUIZ_TIME_TAKEN)}</span> <b id="time-taken">{format_duration(score.taken_ms)}</b></p>
            {move || (run.saved.get() == Some(false)).then(|| view! { <crate::app::Notice kind=crate::app::NoticeKind::Note>{tr(i18n::QUIZ_NOT_SAVED)}</crate::app::Notice> })}
        </div>
        <div class="row actions">
            <button type="button" class="btn" id="try-again" on:click=move |_| run.start(run.full.get_value(), mode, false)>
                {tr(i18n::QUIZ_TRY_AGAIN)}
            </button>
            {has_missed.then(|| view! {
                <button type="button" class="btn" id="review-missed" on:click=move |_| {
                    let ids = run.missed();
                    let mut subset = run.pack.get_untracked();
                    subset.questions.retain(|q| ids.contains(&q.id));
                    run.start(subset, Mode::Practice, true);
                }>
                    {tr(i18n::QUIZ_REVIEW_MISSED)}
                </button>
            })}
            <button type="button" class="btn btn-quiet" id="share-result" on:click=on_share>
                {tr(i18n::QUIZ_SHARE)}
            </button>
        </div>
        <p class="small" role="status" id="share-status">
            {move || share_status.get().and_then(|s| match s {
                Shared::Shared => Some(tr(i18n::QUIZ_SHARED)()),
                Shared::Copied => Some(tr(i18n::QUIZ_COPIED)()),
                Shared::Failed => Some(tr(i18n::QUIZ_SHARE_FAILED)()),
                Shared::Cancelled => None,
            })}
        </p>
        <h3>{tr(i18n::QUIZ_MISSED)}</h3>
        {if has_missed {
            view! {
                <ol class="review missed">
                    {missed.into_iter().map(|(q, r)| view! {
                        <li><p class="review-prompt">{text(&q.prompt, lang)}</p><Explained question=q result=r/></li>
                    }).collect_view()}
                </ol>
            }.into_any()
        } else {
            view! { <p class="all-right">{tr(i18n::QUIZ_ALL_RIGHT)}</p> }.into_any()
        }}
        <details class="review-all" open=mode == Mode::Contest>
            <summary>{tr(i18n::QUIZ_REVIEW_ALL)}</summary>
            <ol class="review">
                {all.into_iter().map(|(q, r)| view! {
                    <li><p class="review-prompt">{text(&q.prompt, lang)}</p><Explained question=q result=r/></li>
                }).collect_view()}
            </ol>
        </details>
        <Link to="/quiz" class="btn btn-quiet">{tr(i18n::QUIZ_BACK_TO_LIST)}</Link>
    }
}
