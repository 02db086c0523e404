//! Scan mode: the user pastes a recruiter's message and sees its red-flag
//! phrases highlighted in place, numbered, with the reason for each.
//!
//! The text is untrusted: the highlighted copy is built as text nodes and
//! `<mark>` elements from the original string and the scanner's byte
//! ranges, never as HTML. It lives only in this screen's signals.

use super::result::CallLink;
use super::{focus_heading, load_scanner, text, Flow, Scroll, Stage, SCANNER};
use crate::app::{tr, Link};
use crate::core::hotlines::Directory;
use crate::core::scan::Scanner;
use crate::core::scan::{Phrase, ScanMatch, Verdict};
use crate::i18n::UserText as _;
use crate::i18n::{self, check as t};
use leptos::html::H2;
use leptos::prelude::*;

/// A scanned message and what was found in it.
#[derive(Clone, Debug, PartialEq)]
struct Scanned {
    text: String,
    matches: Vec<ScanMatch>,
}

/// One phrase found in the message, numbered by first appearance.
struct Found {
    number: usize,
    phrase: &'static Phrase,
    /// The matched words, as written in the message.
    spans: Vec<String>,
}

impl Scanned {
    /// The phrases found, each once, in order of first appearance.
    fn found(&self, scanner: &'static Scanner) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for m in &self.matches {
            let Some(span) = self.text.get(m.start..m.end) else {
                continue;
            };
            match out.iter_mut().find(|f| f.phrase.id == m.phrase_id) {
                Some(f) => f.spans.push(span.to_string()),
                None => {
                    if let Some(phrase) = scanner.phrase(&m.phrase_id) {
                        out.push(Found {
                            number: out.len() + 1,
                            phrase,
                            spans: vec![span.to_string()],
                        });
                    }
                }
            }
        }
        out
    }

    /// The number shown next to a match: its phrase's.
    fn number_of(found: &[Found], m: &ScanMatch) -> Option<usize> {
        found
            .iter()
            .find(|f| f.phrase.id == m.phrase_id)
            .map(|f| f.number)
    }
}

/// The scan, once its phrase book has arrived (fetched when the scan first
/// opens; the service worker has it offline).
#[component]
pub(super) fn ScanScreen(flow: Flow) -> impl IntoView {
    if let Some(scanner) = SCANNER.get() {
        return view! { <ScanForm flow=flow scanner=scanner/> }.into_any();
    }
    let scanner = LocalResource::new(load_scanner);
    (move || match scanner.get() {
        Some(Ok(scanner)) => view! { <ScanForm flow=flow scanner=scanner/> }.into_any(),
        Some(Err(e)) => view! {
            <div class="scan" id="check-scan">
                <h2>{tr(t::CHECK_SCAN_TITLE)}</h2>
                <crate::app::Notice>{tr(e.user_text())}</crate::app::Notice>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="scan" id="check-scan">
                <h2>{tr(t::CHECK_SCAN_TITLE)}</h2>
                <p class="small">{tr(i18n::LOADING)}</p>
            </div>
        }
        .into_any(),
    })
    .into_any()
}

#[component]
fn ScanForm(flow: Flow, scanner: &'static Scanner) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let scanned = RwSignal::new(None::<Scanned>);
    let empty = RwSignal::new(false);
    let heading = NodeRef::<H2>::new();
    focus_heading(heading, Scroll::PageTop);
    let run = move |_| {
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            scanned.set(None);
            empty.set(true);
            return;
        }
        empty.set(false);
        let matches = scanner.scan(&text);
        scanned.set(Some(Scanned { text, matches }));
    };
    let clear = move |_| {
        draft.set(String::new());
        scanned.set(None);
        empty.set(false);
    };
    view! {
        <div class="scan" id="check-scan">
            <h2 tabindex="-1" node_ref=heading>{tr(t::CHECK_SCAN_TITLE)}</h2>
            <label for="scan-text" class="scan-label">{tr(t::CHECK_SCAN_LABEL)}</label>
            <p class="small" id="scan-hint">{tr(t::CHECK_SCAN_HINT)}</p>
            <textarea
                id="scan-text"
                rows="7"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="scan-hint"
                bind:value=draft
            ></textarea>
            <div class="scan-buttons">
                <button type="button" class="btn" id="scan-run" on:click=run>
                    {tr(t::CHECK_SCAN_RUN)}
                </button>
                <button type="button" class="btn btn-quiet" id="scan-clear" on:click=clear>
                    {tr(t::CHECK_SCAN_CLEAR)}
                </button>
            </div>
            <p class="check-note" id="scan-empty" role="status">
                {move || empty.get().then(tr(t::CHECK_SCAN_EMPTY))}
            </p>
            {move || scanned.get().map(|s| view! { <ScanResult flow=flow scanner=scanner scanned=s/> })}
            <div class="check-nav">
                <button
                    type="button"
                    class="btn-small btn-quiet"
                    id="scan-back"
                    on:click=move |_| flow.go(Stage::Start)
                >
                    {tr(t::CHECK_BACK)}
                </button>
                <Link to="/" class="btn-small btn-quiet check-leave">{tr(t::CHECK_LEAVE)}</Link>
            </div>
        </div>
    }
}

#[component]
fn ScanResult(flow: Flow, scanner: &'static Scanner, scanned: Scanned) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_heading(heading, Scroll::Heading);
    let found = scanned.found(scanner);
    let verdict = scanner.verdict(&scanned.matches);
    let full_check = move || {
        view! {
            <button type="button" class="btn btn-wide" id="scan-full-check" on:click=move |_| flow.begin()>
                {tr(t::CHECK_SCAN_FULL)}
            </button>
        }
    };
    let body = if scanned.matches.is_empty() {
        // First what the phone could not do, then the way to a real answer.
        view! {
            <p class="scan-none" id="scan-none">{tr(t::CHECK_SCAN_NONE)}</p>
            {full_check()}
        }
        .into_any()
    } else {
        let count = scanned.matches.len();
        let part = crate::app::tr_part;
        view! {
            <p id="scan-count">
                {part(t::CHECK_SCAN_COUNT, "count", true)}<strong>{count}</strong>{part(t::CHECK_SCAN_COUNT, "count", false)}
            </p>
            <div class="scan-text" id="scan-highlighted" role="region" aria-label=tr(t::CHECK_SCAN_TEXT)>
                // The user's own text: its language is unknown (lang="").
                <span lang="">{highlighted(&scanned, &found)}</span>
            </div>
            <h3>{tr(t::CHECK_SCAN_WHY)}</h3>
            <ol class="scan-reasons" id="scan-reasons">
                {found.into_iter().map(|f| view! { <FoundReason found=f/> }).collect_view()}
            </ol>
            <p class="small">{tr(t::CHECK_SCAN_CAVEAT)}</p>
            {full_check()}
        }
        .into_any()
    };
    view! {
        <div class="scan-result" id="scan-result">
            <h2 tabindex="-1" node_ref=heading>{tr(t::CHECK_SCAN_RESULT)}</h2>
            {body}
            <ScanVerdict verdict=verdict/>
        </div>
    }
}

/// The one-line verdict every scan ends with, and the call to 111.
#[component]
fn ScanVerdict(verdict: Verdict) -> impl IntoView {
    let (kind, line) = match verdict {
        Verdict::Lure => ("lure", t::CHECK_SCAN_VERDICT_LURE),
        Verdict::OneSign => ("one", t::CHECK_SCAN_VERDICT_ONE),
        Verdict::NothingFound => ("none", t::CHECK_SCAN_VERDICT_NONE),
    };
    let primary = Directory::builtin().primary().clone();
    view! {
        <div class=format!("scan-verdict scan-verdict-{kind}") id="scan-verdict" data-verdict=kind>
            <p><strong>{tr(t::CHECK_SCAN_VERDICT)} ": "</strong>{tr(line)}</p>
            <CallLink hotline=primary id="scan-call-111" what=i18n::CALL_111_WHAT/>
        </div>
    }
}

/// The message as text nodes, each match wrapped in a numbered `<mark>`.
fn highlighted(scanned: &Scanned, found: &[Found]) -> Vec<AnyView> {
    let text = scanned.text.as_str();
    let mut out = Vec::new();
    let mut pos = 0;
    for m in &scanned.matches {
        let (Some(before), Some(span)) = (text.get(pos..m.start), text.get(m.start..m.end)) else {
            continue; // Never happens: the scanner returns sorted, valid ranges.
        };
        let number = Scanned::number_of(found, m).unwrap_or(0);
        if !before.is_empty() {
            out.push(before.to_string().into_any());
        }
        out.push(
            view! {
                <mark class="scan-mark" data-phrase=m.phrase_id.clone() data-number=number>
                    {span.to_string()}
                </mark>
                <sup class="mark-number">{number}</sup>
            }
            .into_any(),
        );
        pos = m.end;
    }
    if let Some(rest) = text.get(pos..).filter(|r| !r.is_empty()) {
        out.push(rest.to_string().into_any());
    }
    out
}

/// Why a phrase is a warning sign, with the words that matched.
#[component]
fn FoundReason(found: Found) -> impl IntoView {
    let spans = found
        .spans
        .iter()
        .map(|s| view! { <q lang="">{s.clone()}</q> })
        .collect_view();
    view! {
        <li class="scan-reason" id=format!("scan-reason-{}", found.number) data-phrase=found.phrase.id.clone()>
            <span class="mark-number" aria-hidden="true">{found.number}</span>
            <div>
                <p class="scan-spans">{spans}</p>
                <p class="scan-why">{text(&found.phrase.reason)}</p>
                <super::Sources sources=found.phrase.sources.clone() say=crate::i18n::sources::scan_source/>
            </div>
        </li>
    }
}
