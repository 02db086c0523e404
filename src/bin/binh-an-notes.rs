//! Feature module: the safe notes and the vault's cryptography.
//! The shell loads it only when its screen opens (see `web::features`).

#[cfg(target_arch = "wasm32")]
binh_an::feature_module!(
    Notes,
    binh_an::app::features::mount::notes_screens,
    binh_an::app::features::mount::nothing_to_prepare
);

/// The module runs only in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
