//! `/quiz/guide`: the teacher's guide (content/quiz/guide.json).

use crate::app::{tr, use_lang, Link};
use crate::core::features::content;
use crate::core::quiz::classroom::Guide;
use crate::i18n;
use crate::i18n::UserText as _;
use crate::web::content::{fetch_with, ContentLoadError};
use leptos::prelude::*;

async fn load_guide() -> Result<Guide, ContentLoadError> {
    fetch_with(content::QUIZ_GUIDE, Guide::from_json).await
}

#[component]
pub fn TeacherGuidePage() -> impl IntoView {
    super::classroom::adopt_style();
    let guide = LocalResource::new(load_guide);
    let lang = use_lang();
    move || {
        match guide.get() {
        None => view! { <section class="page"><p>{tr(i18n::LOADING)}</p></section> }.into_any(),
        Some(Err(e)) => view! {
            <section class="page"><crate::app::Notice>{tr(e.user_text())}</crate::app::Notice></section>
        }
        .into_any(),
        Some(Ok(g)) => {
            let c = crate::app::content;
            let sources = g.sources.clone();
            let source_text = move || crate::app::source_labels(&sources, lang.get());
            view! {
                <section class="page guide" id="teacher-guide">
                    <h1>{c(&g.title)}</h1>
                    <p class="lede">{c(&g.intro)}</p>
                    {g.sections.iter().map(|s| {
                        let items = s.items.iter().map(|i| view! { <li>{c(i)}</li> }).collect_view();
                        let list = if s.items.is_empty() {
                            None
                        } else if s.ordered {
                            Some(view! { <ol>{items}</ol> }.into_any())
                        } else {
                            Some(view! { <ul>{items}</ul> }.into_any())
                        };
                        view! {
                            <section class="guide-section" id=format!("guide-{}", s.id) aria-labelledby=format!("guide-{}-h", s.id)>
                                <h2 id=format!("guide-{}-h", s.id)>{c(&s.heading)}</h2>
                                {s.paragraphs.iter().map(|p| view! { <p>{c(p)}</p> }).collect_view()}
                                {list}
                            </section>
                        }
                    }).collect_view()}
                    <details class="sources">
                        <summary>{tr(i18n::QUIZ_SOURCE)}</summary>
                        <ul class="small">
                            {move || source_text().into_iter().map(|s| view! { <li>{move || crate::app::marked(&s, lang.get())}</li> }).collect_view()}
                        </ul>
                    </details>
                    <Link to="/quiz" class="btn btn-quiet">{tr(i18n::QUIZ_BACK_TO_LIST)}</Link>
                </section>
            }
            .into_any()
        }
    }
    }
}
