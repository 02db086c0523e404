//! Dates as the user's language writes them, through the browser's
//! `Intl.DateTimeFormat` (local time zone): "23/11/2026" and, with the time,
//! "14:05 23/11/2026" in Vietnamese, "23/11/2026, 14:05" in English.

use crate::core::lang::Lang;
use js_sys::Intl::{
    DateTimeFormat, DateTimeFormatOptions, DayFormat, MonthFormat, NumericFormat, YearFormat,
};
use wasm_bindgen::JsValue;

/// The day, from ms since the epoch.
pub fn day(ms: u64, lang: Lang) -> String {
    format(ms, lang, false)
}

/// The day and the time of day, from ms since the epoch.
pub fn day_time(ms: u64, lang: Lang) -> String {
    format(ms, lang, true)
}

fn format(ms: u64, lang: Lang, with_time: bool) -> String {
    let locale = match lang {
        Lang::Vi => "vi-VN",
        Lang::En => "en-GB",
    };
    let options = DateTimeFormatOptions::new();
    options.set_day(DayFormat::TwoDigit);
    options.set_month(MonthFormat::TwoDigit);
    options.set_year(YearFormat::Numeric);
    if with_time {
        options.set_hour(NumericFormat::TwoDigit);
        options.set_minute(NumericFormat::TwoDigit);
    }
    let formatter = DateTimeFormat::new(&js_sys::Array::of1(&locale.into()), &options);
    #[allow(clippy::cast_precision_loss)]
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    formatter
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}
