//! The feature bundle: the job-offer check and the quizzes, loaded by the
//! shell only when one of them opens (see `web::features`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct FeatureHandle {
        _mounted: Option<binh_an::app::feature_mount::Mounted>,
    }

    /// Mounts screen `kind` into `el`; free the handle to unmount it.
    #[wasm_bindgen]
    pub fn mount_feature(kind: &str, arg: &str, el: web_sys::HtmlElement) -> FeatureHandle {
        console_error_panic_hook::set_once();
        FeatureHandle {
            _mounted: binh_an::app::feature_mount::mount(kind, arg.to_string(), el),
        }
    }
}

fn main() {}
