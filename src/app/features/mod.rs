//! The features loaded when opened: each is its own WebAssembly module
//! (`src/bin/binh-an-<feature>.rs`), which [`mount`] mounts into the element
//! the shell's feature host gives it. The shell itself uses only
//! `check::StartView` (its placeholder while the check loads).

pub(crate) mod check;
pub mod mount;
pub(crate) mod notes;
pub(crate) mod quiz;
