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

/// For the host tests of the Rust files generated from content
/// (`hotlines_data.rs`, `quiz/catalogue_data.rs`): with the environment
/// variable `var` set, writes `want` to `path` (from the crate's root);
/// then the file must read exactly `want`, so nobody edits it by hand.
#[cfg(test)]
pub(crate) fn generated_file_is_current(path: &str, want: &str, var: &str, test: &str) {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os(var).is_some() {
        std::fs::write(&full, want).unwrap();
    }
    let on_disk = std::fs::read_to_string(&full).unwrap();
    assert!(
        on_disk == want,
        "{path} is not what its generator writes from content/; run {var}=1 cargo test --lib {test}"
    );
}
