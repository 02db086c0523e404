//! Feature module: the job-offer check.
//! The shell loads it only when its screen opens (see `web::features`).

#[cfg(target_arch = "wasm32")]
binh_an::feature_module!(
    Check,
    binh_an::app::features::mount::check_screens,
    binh_an::app::features::mount::check_prepare
);

/// The module runs only in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
