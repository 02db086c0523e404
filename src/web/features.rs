//! Shell side of the feature modules.
//!
//! The home screen, hotlines and quick exit are one small WebAssembly module
//! (the first load). Each [`Feature`] (the job-offer check, the quizzes, the
//! notes) is one module (`src/bin/binh-an-<name>.rs`) that the shell
//! imports only when its screen opens: Trunk cannot split one module
//! (trunk-rs/trunk#1022), so the split is by binary. `tools/postbuild.mjs`
//! writes each module's hashed file names and integrity hashes into
//! `<meta name="binh-an-feature" data-feature="…">`.

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::early::{self, absolute};
use crate::core::features::{Feature, Screen};

// Sub-resource integrity for a dynamic import: a `modulepreload` link with
// `integrity` fetches and checks the module, and `import()` then takes it
// from the module map; the wasm is fetched with `integrity` too. A file that
// does not match its hash (tampered cache, broken deploy) is refused.
#[wasm_bindgen(module = "/src/web/shell.js")]
extern "C" {
    fn import_checked(url: &str, integrity: &str) -> Promise;
    fn fetch_checked(url: &str, integrity: &str, early: Option<Promise>) -> Promise;
    fn after_paint() -> Promise;
}

/// A feature module's files and their integrity hashes.
struct Bundle {
    js: String,
    js_integrity: String,
    wasm: String,
    wasm_integrity: String,
}

/// Event the shell fires when the language changes; the feature module
/// listens so both halves speak the same language.
pub const LANG_EVENT: &str = "binh-an-lang";

thread_local! {
    /// Each feature module's load: a promise of its JS namespace.
    static MODULES: RefCell<Vec<(Feature, Promise)>> = const { RefCell::new(Vec::new()) };
}

fn bundle(feature: Feature) -> Result<Bundle, JsValue> {
    let feature = feature.name();
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let meta = doc
        .query_selector(&format!(
            "meta[name=\"binh-an-feature\"][data-feature=\"{feature}\"]"
        ))?
        .ok_or("this feature module is not in this build")?;
    let attr = |name: &str| {
        meta.get_attribute(name)
            .ok_or_else(|| JsValue::from_str(&format!("no {name}")))
    };
    Ok(Bundle {
        js: absolute(&attr("data-js")?)?,
        js_integrity: attr("data-js-integrity")?,
        wasm: absolute(&attr("data-wasm")?)?,
        wasm_integrity: attr("data-wasm-integrity")?,
    })
}

/// Fetches, checks and starts a feature module; resolves to its namespace.
async fn load(feature: Feature) -> Result<JsValue, JsValue> {
    let b = bundle(feature)?;
    let module = JsFuture::from(import_checked(&b.js, &b.js_integrity)).await?;
    let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
    let options = Object::new();
    // boot.js may have started it with the same integrity (deep link).
    let wasm = fetch_checked(&b.wasm, &b.wasm_integrity, early::take(&b.wasm));
    Reflect::set(&options, &"module_or_path".into(), &wasm.into())?;
    let started: Promise = init.call1(&JsValue::NULL, &options)?.dyn_into()?;
    JsFuture::from(started).await?;
    Ok(module)
}

/// The feature's module, loaded once: two screens opening at the same time
/// share one load (a module started twice would lose the first one's state).
async fn module(feature: Feature) -> Result<JsValue, JsValue> {
    let pending = MODULES.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((_, p)) = m.iter().find(|(f, _)| *f == feature) {
            return p.clone();
        }
        let p = wasm_bindgen_futures::future_to_promise(load(feature));
        m.push((feature, p.clone()));
        p
    });
    let result = JsFuture::from(pending).await;
    if result.is_err() {
        // Let a later visit try again (e.g. once the network is back).
        MODULES.with(|m| m.borrow_mut().retain(|(f, _)| *f != feature));
    }
    result
}

/// Loads `screen`'s module if needed, lets it prepare (e.g. load its
/// content), then mounts the screen into `el` with the argument `arg()` (a
/// pack id, or where the check starts), read only then. Returns the handle
/// to free on unmount.
pub async fn mount(
    screen: Screen,
    arg: impl FnOnce() -> String,
    el: &web_sys::HtmlElement,
) -> Result<JsValue, JsValue> {
    let feature = screen.feature();
    if !MODULES.with(|m| m.borrow().iter().any(|(f, _)| *f == feature)) {
        // The shell's placeholder (the check's start panel, the list of
        // packs) is drawn first: started in the same task, the module's
        // download and compile held that paint back on a slow phone
        // (Lighthouse on slow 4G: largest paint on /check 2.30 s before,
        // 1.96 s after). A deep link whose files boot.js already fetches
        // loses two frames at most.
        JsFuture::from(after_paint()).await?;
        // The screen's content comes alongside the module, not after it.
        if let Some(path) = screen.start_content() {
            early::start(&format!("content/{path}"))?;
        }
    }
    let module = module(feature).await?;
    let kind = JsValue::from_str(screen.name());
    // Starting the module, preparing and mounting each run in a task of
    // their own, so a tap (quick exit, the call button) is never held up
    // behind all three on a slow phone.
    yield_to_browser().await;
    let prepare: Function = Reflect::get(&module, &"prepare_feature".into())?.dyn_into()?;
    let ready: Promise = prepare.call1(&JsValue::NULL, &kind)?.dyn_into()?;
    JsFuture::from(ready).await?;
    yield_to_browser().await;
    let mount: Function = Reflect::get(&module, &"mount_feature".into())?.dyn_into()?;
    mount.call3(&JsValue::NULL, &kind, &arg().into(), el)
}

/// Lets the browser handle input and paint before the next step.
async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Unmounts a screen mounted by [`mount`] (frees its Leptos owner).
pub fn unmount(handle: &JsValue) {
    if let Ok(free) = Reflect::get(handle, &"free".into()).and_then(|f| f.dyn_into::<Function>()) {
        let _ = free.call0(handle);
    }
}
