use crate::app::ui::icons::{Icon, Svg};
use crate::app::{tr, Link};
use crate::i18n::{self, Tr};
use leptos::prelude::*;

#[component]
fn Entry(to: &'static str, icon: Icon, title: Tr, desc: Tr, id: &'static str) -> impl IntoView {
    view! {
        <li>
            <Link to=to class="entry">
                <span class="entry-icon"><Svg icon=icon/></span>
                <span class="entry-text" id=id>
                    <strong>{tr(title)}</strong>
                    <span>{tr(desc)}</span>
                </span>
            </Link>
        </li>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="page home">
            <h1>{tr(i18n::HOME_TITLE)}</h1>
            <p class="lede">{tr(i18n::HOME_INTRO)}</p>
            <ul class="entries">
                <Entry to="/check" icon=Icon::Search id="entry-check" title=i18n::HOME_CHECK_TITLE desc=i18n::HOME_CHECK_DESC/>
                <Entry to="/quiz" icon=Icon::Quiz id="entry-quiz" title=i18n::HOME_QUIZ_TITLE desc=i18n::HOME_QUIZ_DESC/>
                <Entry to="/notes" icon=Icon::Lock id="entry-notes" title=i18n::HOME_NOTES_TITLE desc=i18n::HOME_NOTES_DESC/>
            </ul>
            <ul class="entries entries-secondary">
                <Entry to="/hotlines" icon=Icon::Phone id="entry-hotlines" title=i18n::HOME_HOTLINES_TITLE desc=i18n::HOME_HOTLINES_DESC/>
                <Entry to="/safety" icon=Icon::Shield id="entry-safety" title=i18n::HOME_SAFETY_TITLE desc=i18n::HOME_SAFETY_DESC/>
            </ul>
        </section>
    }
}
