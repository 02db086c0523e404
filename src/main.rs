#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    binh_an::web::quick_exit::install_shift_shortcut();
    // The static fallback in index.html has done its job.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(binh_an::app::App);
}

/// The app runs only in the browser; on the host the crate is its tested core.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
