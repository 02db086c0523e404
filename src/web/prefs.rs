//! The settings that must be known before the first paint (and before the
//! notebook is unlocked), kept in localStorage: the language, and discreet
//! mode. Neither reveals anything the user wrote.
//!
//! Read and written with `web_sys` directly: gloo's `LocalStorage` goes
//! through serde_json, which would put a JSON parser and float formatting
//! into the first load of the home screen for two short words. The stored
//! format stays gloo's (a JSON string, `"vi"`), so choices saved by earlier
//! versions still read; the values are plain ASCII words, so quoting them
//! is all the encoding they need.

use crate::core::lang::Lang;

const LANG_KEY: &str = "binh-an.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    let raw = storage()?.get_item(key).ok()??;
    raw.strip_prefix('"')?.strip_suffix('"').map(str::to_string)
}

/// A full or blocked storage only means the choice is not remembered.
fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, &format!("\"{value}\""));
    }
}

pub fn saved_lang() -> Lang {
    get(LANG_KEY)
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    set(LANG_KEY, lang.code());
}

/// Discreet mode's key: neutral on purpose, like its value.
const DISCREET_KEY: &str = "binh-an.look";
const DISCREET_ON: &str = "plain";

/// Discreet mode: neutral words instead of the ones that tell an onlooker
/// what the app is about (see `i18n::discreet`).
pub fn discreet() -> bool {
    get(DISCREET_KEY).is_some_and(|v| v == DISCREET_ON)
}

pub fn save_discreet(on: bool) {
    if on {
        set(DISCREET_KEY, DISCREET_ON);
    } else if let Some(s) = storage() {
        let _ = s.remove_item(DISCREET_KEY);
    }
}
