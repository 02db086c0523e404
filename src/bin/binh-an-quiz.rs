//! Feature module: the awareness quizzes.
//! The shell loads it only when its screen opens (see `web::features`).

#[cfg(target_arch = "wasm32")]
binh_an::feature_module!(
    Quiz,
    binh_an::app::features::mount::quiz_screens,
    binh_an::app::features::mount::nothing_to_prepare
);

/// The module runs only in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
