//! Bình An. `core` and `i18n` are pure Rust, tested on the host; `web`
//! (browser glue and IndexedDB) and `app` (Leptos UI) exist only on wasm32.

pub mod core;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod web;
