//! The settings that must be known before the first paint (and before the
//! notebook is unlocked), kept in localStorage: the language, and discreet
//! mode. Neither reveals anything the user wrote.

use crate::core::lang::Lang;
use gloo::storage::{LocalStorage, Storage as _};

const LANG_KEY: &str = "binh-an.lang";

pub fn saved_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    // A full or blocked storage only means the choice is not remembered.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

/// Discreet mode's key: neutral on purpose, like its value.
const DISCREET_KEY: &str = "binh-an.look";
const DISCREET_ON: &str = "plain";

/// Discreet mode: neutral words instead of the ones that tell an onlooker
/// what the app is about (see `i18n::discreet`).
pub fn discreet() -> bool {
    LocalStorage::get::<String>(DISCREET_KEY).is_ok_and(|v| v == DISCREET_ON)
}

pub fn save_discreet(on: bool) {
    if on {
        let _ = LocalStorage::set(DISCREET_KEY, DISCREET_ON);
    } else {
        LocalStorage::delete(DISCREET_KEY);
    }
}
