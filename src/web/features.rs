//! Shell side of the feature bundle.
//!
//! The home screen, hotlines and quick exit are one small WebAssembly module
//! (the first load). The job-offer check and the quizzes are a second module
//! (`src/bin/binh-an-features.rs`) that the shell imports only when one of
//! those screens opens: Trunk cannot split one module (trunk-rs/trunk#1022),
//! so the split is by binary. `tools/postbuild.mjs` writes the second
//! module's hashed file names into `<meta name="binh-an-features">`.

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

// Sub-resource integrity for a dynamic import: a `modulepreload` link with
// `integrity` fetches and checks the module, and `import()` then takes it
// from the module map; the wasm is fetched with `integrity` too. A file that
// does not match its hash (tampered cache, broken deploy) is refused.
#[wasm_bindgen(inline_js = r#"
export function import_checked(url, integrity) {
  const link = document.createElement('link');
  if (!(link.relList && link.relList.supports && link.relList.supports('modulepreload'))) {
    // No modulepreload (Safari < 17, old Firefox): check the bytes with
    // fetch, then import the same hashed URL, which the cache answers.
    return fetch(url, { integrity, credentials: 'same-origin' }).then(() => import(url));
  }
  return new Promise((resolve, reject) => {
    link.rel = 'modulepreload';
    link.href = url;
    link.integrity = integrity;
    link.crossOrigin = 'anonymous';
    link.onload = () => resolve(import(url));
    link.onerror = () => reject(new Error('the feature module could not be loaded or failed its integrity check'));
    document.head.appendChild(link);
  });
}
export function fetch_checked(url, integrity) {
  return fetch(url, { integrity, credentials: 'same-origin' });
}
"#)]
extern "C" {
    fn import_checked(url: &str, integrity: &str) -> Promise;
    fn fetch_checked(url: &str, integrity: &str) -> Promise;
}

/// The feature module's files and their integrity hashes.
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
    /// The initialised feature module (its JS namespace), once loaded.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn absolute(path: &str) -> Result<String, JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let base = doc.base_uri()?.unwrap_or_default();
    Ok(web_sys::Url::new_with_base(path, &base)?.href())
}

fn bundle() -> Result<Bundle, JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let meta = doc
        .query_selector("meta[name=\"binh-an-features\"]")?
        .ok_or("no feature bundle in this build")?;
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

async fn module() -> Result<JsValue, JsValue> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    let b = bundle()?;
    let module = JsFuture::from(import_checked(&b.js, &b.js_integrity)).await?;
    let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
    let options = Object::new();
    let wasm = fetch_checked(&b.wasm, &b.wasm_integrity);
    Reflect::set(&options, &"module_or_path".into(), &wasm.into())?;
    let started: Promise = init.call1(&JsValue::NULL, &options)?.dyn_into()?;
    JsFuture::from(started).await?;
    MODULE.with(|m| *m.borrow_mut() = Some(module.clone()));
    Ok(module)
}

/// Loads the feature module if needed and mounts screen `kind` (with `arg`,
/// e.g. a pack id) into `el`. Returns the handle to free on unmount.
pub async fn mount(kind: &str, arg: &str, el: &web_sys::HtmlElement) -> Result<JsValue, JsValue> {
    let module = module().await?;
    let mount: Function = Reflect::get(&module, &"mount_feature".into())?.dyn_into()?;
    mount.call3(&JsValue::NULL, &kind.into(), &arg.into(), el)
}

/// Unmounts a screen mounted by [`mount`] (frees its Leptos owner).
pub fn unmount(handle: &JsValue) {
    if let Ok(free) = Reflect::get(handle, &"free".into()).and_then(|f| f.dyn_into::<Function>()) {
        let _ = free.call0(handle);
    }
}
