//! The pure core: content models, scoring, hotline data, the list of
//! features ([`features`]) and the notes
//! vault's crypto and backup format. Nothing here may touch the browser; on
//! the host these modules are compiled without any web crate at all (see
//! Cargo.toml), so `cargo test` proves it.

pub mod features;
pub mod hex;
pub mod hotlines;
mod hotlines_data;
pub mod lang;
pub mod progress;
pub mod quiz;
pub mod risk;
pub mod scan;
pub mod shortcut;
pub mod support;
pub mod vault;
