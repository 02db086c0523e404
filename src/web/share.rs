//! "Share with someone I trust": the Web Share API where the phone has it,
//! the clipboard where not. Called through `Reflect` because web-sys marks
//! both APIs unstable; nothing is sent anywhere by the app itself.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took the text.
    Shared,
    /// The text is on the clipboard.
    Copied,
    /// The user closed the share sheet.
    Cancelled,
    /// Neither API worked.
    Failed,
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

async fn call(target: &JsValue, f: &Function, arg: &JsValue) -> Result<JsValue, JsValue> {
    let promise: Promise = f.call1(target, arg)?.dyn_into()?;
    JsFuture::from(promise).await
}

pub async fn share_text(text: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let navigator: JsValue = window.navigator().into();
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"text".into(), &text.into());
        match call(&navigator, &share, &data).await {
            Ok(_) => return Shared::Shared,
            Err(e) => {
                let name = Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string());
                if name.as_deref() == Some("AbortError") {
                    return Shared::Cancelled;
                }
            }
        }
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(write) = method(&clipboard, "writeText") {
        if call(&clipboard, &write, &text.into()).await.is_ok() {
            return Shared::Copied;
        }
    }
    Shared::Failed
}
