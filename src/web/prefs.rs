//! The language choice, the one setting that must be known before the first
//! paint, kept in localStorage (it reveals nothing about the user).

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
