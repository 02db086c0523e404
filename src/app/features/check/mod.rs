//! The job-offer risk check (`/check`): questions one per screen, an
//! explained result, and a scan of the offer's own text.
//!
//! Privacy: the answers and any pasted text live only in the signals of
//! this page. Nothing is written to storage, the URL or the history, so
//! leaving the page (or quick exit) drops them.

mod questions;
mod result;
mod scan;
mod start;

pub(crate) use start::{StartView, BEGIN, SCAN};

use crate::app::ui::focus::{focus_heading, Scroll};
use crate::app::{tr, use_lang};
use crate::core::features::content;
use crate::core::lang::Text;
use crate::core::quiz::Responses;
use crate::core::risk::RiskCheck;
use crate::core::scan::Scanner;
use crate::i18n::UserText as _;
use crate::i18n::{self, check as t};
use crate::web::content::{fetch_with, ContentLoadError};
use leptos::html::H1;
use leptos::prelude::*;
use std::sync::OnceLock;

static CHECK: OnceLock<RiskCheck> = OnceLock::new();
static SCANNER: OnceLock<Scanner> = OnceLock::new();

/// What the check shows: questions and scoring. Fetched from `content/`
/// once per app run (the service worker has it offline), then kept: it is
/// content, nothing of the user's. The red-flag phrases of the scan are
/// fetched the same way, but only when the scan opens (`load_scanner`): a
/// link to /check does not wait for them.
#[derive(Clone, Copy)]
struct Content {
    check: &'static RiskCheck,
}

/// The content, if this run has already loaded it.
fn loaded_content() -> Option<Content> {
    Some(Content {
        check: CHECK.get()?,
    })
}

/// Loads the content before the page mounts (the shell awaits this while
/// it shows the start panel), so the page does not flash "Loading…".
/// A failure is left for the page to show.
pub async fn prepare() {
    let _ = load_content().await;
}

async fn load_content() -> Result<Content, ContentLoadError> {
    let check = match CHECK.get() {
        Some(check) => check,
        None => {
            let check = fetch_with(content::RISK_CHECK, RiskCheck::from_json).await?;
            CHECK.get_or_init(|| check)
        }
    };
    Ok(Content { check })
}

/// The scan's phrase book, fetched and parsed when the scan first opens.
async fn load_scanner() -> Result<&'static Scanner, ContentLoadError> {
    if let Some(scanner) = SCANNER.get() {
        return Ok(scanner);
    }
    let scanner = fetch_with(content::SCAN_PHRASES, Scanner::from_json).await?;
    Ok(SCANNER.get_or_init(|| scanner))
}

/// Which screen of the check is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Start,
    /// The question with this id.
    Question(&'static str),
    Result,
    Scan,
}

/// The state of one check: the screen and the answers so far. Copy, so
/// every screen gets it as a prop.
#[derive(Clone, Copy)]
struct Flow {
    check: &'static RiskCheck,
    stage: RwSignal<Stage>,
    responses: RwSignal<Responses>,
    /// The user has moved past the first screen (focus may move then).
    moved: RwSignal<bool>,
    /// The page heading, where focus goes when the start panel comes back.
    title: NodeRef<H1>,
}

impl Flow {
    fn new(content: Content) -> Flow {
        Flow {
            check: content.check,
            stage: RwSignal::new(Stage::Start),
            responses: RwSignal::new(Responses::new()),
            moved: RwSignal::new(false),
            title: NodeRef::new(),
        }
    }

    fn go(self, stage: Stage) {
        self.moved.set(true);
        self.stage.set(stage);
    }

    /// The first shown question (answers given earlier are kept).
    fn begin(self) {
        let first = self
            .responses
            .with_untracked(|r| self.check.next(r, None).map(|q| q.id.as_str()));
        self.go(first.map_or(Stage::Result, Stage::Question));
    }

    /// Records an answer and moves to the next shown question, or to the
    /// result after the last one.
    fn choose(self, question: &'static str, selected: &[&str]) {
        let check = self.check;
        let mut responses = self.responses.get_untracked();
        if check.answer(&mut responses, question, selected).is_err() {
            return;
        }
        let next = check
            .next(&responses, Some(question))
            .map(|q| q.id.as_str());
        self.responses.set(responses);
        self.go(next.map_or(Stage::Result, Stage::Question));
    }

    /// The shown question before `question`, or the start panel.
    fn back(self, question: &'static str) {
        let previous = self
            .responses
            .with_untracked(|r| self.check.previous(r, question).map(|q| q.id.as_str()));
        self.go(previous.map_or(Stage::Start, Stage::Question));
    }

    /// From the result back to the last shown question.
    fn change_answers(self) {
        let last = self
            .responses
            .with_untracked(|r| self.check.visible(r).last().map(|q| q.id.as_str()));
        self.go(last.map_or(Stage::Start, Stage::Question));
    }

    fn restart(self) {
        self.responses.set(Responses::new());
        self.go(Stage::Start);
    }
}

/// A content text in the current language, for text that is not `'static`
/// (Vietnamese names in English text marked `lang="vi"`).
fn text(value: &Text) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    crate::app::content(value)
}

/// "Nguồn": a collapsed list of sources, each said by `say` in the current
/// language (publisher and date; addresses stay in the content files).
#[component]
fn Sources<S: Send + Sync + 'static>(
    sources: Vec<S>,
    say: fn(&S, crate::core::lang::Lang) -> String,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="sources">
            <summary>{tr(t::CHECK_SOURCES)}</summary>
            <ul>
                {sources
                    .into_iter()
                    .map(|s| view! { <li>{move || crate::app::marked(&say(&s, lang.get()), lang.get())}</li> })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// The stylesheet of the check's later screens travels with this module
/// (`ui::style`); the start panel's is in the shell's `main.css`.
const CSS: &str = include_str!("../../../../style/check.css");

#[component]
pub fn CheckPage(
    /// Where to open: "begin" (the first question), "scan", or anything else
    /// for the start panel. Set when the user tapped the shell's start panel
    /// before this module had arrived.
    #[prop(optional, into)]
    start: String,
) -> impl IntoView {
    crate::app::ui::style::adopt(CSS);
    if let Some(content) = loaded_content() {
        return view! { <CheckFlow content=content start=start/> }.into_any();
    }
    let content = LocalResource::new(load_content);
    (move || match content.get() {
        Some(Ok(content)) => view! { <CheckFlow content=content start=start.clone()/> }.into_any(),
        Some(Err(e)) => view! {
            <section class="page check">
                <h1>{tr(t::CHECK_TITLE)}</h1>
                <crate::app::Notice>{tr(e.user_text())}</crate::app::Notice>
            </section>
        }
        .into_any(),
        None => view! {
            <section class="page check">
                <h1>{tr(t::CHECK_TITLE)}</h1>
                <p class="small">{tr(i18n::LOADING)}</p>
            </section>
        }
        .into_any(),
    })
    .into_any()
}

/// One check, from the start panel to the result. Its signals are the only
/// place the answers live.
#[component]
fn CheckFlow(content: Content, start: String) -> impl IntoView {
    let flow = Flow::new(content);
    match start.as_str() {
        BEGIN => flow.begin(),
        SCAN => flow.go(Stage::Scan),
        _ => {}
    }
    // Questions and the result keep the page heading small, so the
    // question, or the verdict and what to do now, fill the first screen.
    let asking = move || matches!(flow.stage.get(), Stage::Question(_) | Stage::Result);
    view! {
        <section class="page check" class:check-asking=asking>
            <h1 tabindex="-1" node_ref=flow.title>{tr(t::CHECK_TITLE)}</h1>
            {move || match flow.stage.get() {
                Stage::Start => view! { <start::StartPanel flow=flow/> }.into_any(),
                Stage::Question(id) => view! { <questions::QuestionScreen flow=flow id=id/> }.into_any(),
                Stage::Result => view! { <result::ResultScreen flow=flow/> }.into_any(),
                Stage::Scan => view! { <scan::ScanScreen flow=flow/> }.into_any(),
            }}
        </section>
    }
}
