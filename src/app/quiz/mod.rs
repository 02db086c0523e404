//! Awareness quizzes: the pack list (`/quiz`) and one attempt (`/quiz/:pack`).

mod classroom;
mod guide;
mod list;
mod run;

pub(crate) use list::load_pack;
pub use list::QuizListPage;
pub use run::QuizRunPage;

use crate::core::lang::Lang;

/// "23/11/2026" in the user's language, from ms since the epoch.
pub(crate) fn format_date(ms: u64, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let locale = match lang {
        Lang::Vi => "vi-VN",
        Lang::En => "en-GB",
    };
    date.to_locale_date_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// "3:07" from milliseconds.
pub(crate) fn format_duration(ms: u64) -> String {
    let secs = ms / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}
