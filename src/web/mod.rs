//! Browser glue: storage, the notes vault store, quick exit, preferences,
//! service-worker updates.
//! Only this tree (and `app`) may use web-sys.

pub mod content;
pub mod date;
pub mod early;
pub mod features;
pub mod kdf;
pub mod keep;
pub mod prefs;
pub mod quick_exit;
pub mod random;
pub mod share;
pub mod storage;
pub mod update;
pub mod vault_store;
