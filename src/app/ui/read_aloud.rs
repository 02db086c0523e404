//! Read aloud: a button that speaks a question or a result with the
//! browser's speech synthesis, for readers who find long text hard. Shown
//! only when the phone has a voice for the current language (many cheap
//! phones have a Vietnamese one; headless browsers have none), so nobody
//! sees a button that does nothing. Speech stays on the phone: the Web
//! Speech API's synthesis needs no network for local voices, and only
//! local voices are used.

use crate::app::{tr, use_lang};
use crate::core::lang::Lang;
use crate::i18n;
use gloo::events::EventListener;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synthesis() -> Option<SpeechSynthesis> {
    // `speechSynthesis` is missing in some WebViews: look before touching it.
    let window = web_sys::window()?;
    let present = js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false);
    if !present {
        return None;
    }
    window.speech_synthesis().ok()
}

fn lang_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

/// A local voice for `lang` ("vi-VN", "vi", "en-GB", …), if the phone has one.
fn voice_for(lang: Lang) -> Option<SpeechSynthesisVoice> {
    let prefix = lang_prefix(lang);
    synthesis()?
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(SpeechSynthesisVoice::local_service)
        // Language tags are ASCII; `to_ascii_lowercase` keeps Unicode's case
        // tables out of the shell.
        .find(|v| v.lang().to_ascii_lowercase().starts_with(prefix))
}

/// Stops any speech (leaving a screen, quick exit).
pub fn stop_speaking() {
    if let Some(s) = synthesis() {
        s.cancel();
    }
}

/// "Đọc to" / "Read aloud": speaks `text()`; tapping again stops.
#[component]
pub fn ReadAloud<F>(text: F) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    let lang = use_lang();
    let text = StoredValue::new(text);
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    let refresh = move || {
        available.try_set(voice_for(lang.get_untracked()).is_some());
    };
    // Voices arrive asynchronously on some browsers.
    let listener = synthesis()
        .map(|s| SendWrapper::new(EventListener::new(&s, "voiceschanged", move |_| refresh())));
    Effect::new(move |_| {
        lang.track();
        refresh();
    });
    on_cleanup(move || {
        drop(listener);
        if speaking.get_untracked() {
            stop_speaking();
        }
    });
    let speak = move |_| {
        let Some(s) = synthesis() else { return };
        if speaking.get_untracked() {
            s.cancel();
            speaking.set(false);
            return;
        }
        let current = lang.get_untracked();
        let Some(voice) = voice_for(current) else {
            available.set(false);
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text.with_value(|f| f()))
        else {
            return;
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        let done = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            speaking.try_set(false);
        });
        utterance.set_onend(Some(done.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(done.as_ref().unchecked_ref()));
        done.forget();
        s.cancel();
        s.speak(&utterance);
        speaking.set(true);
    };
    view! {
        <Show when=move || available.get()>
            <button type="button" class="btn btn-small btn-quiet read-aloud" on:click=speak
                aria-pressed=move || speaking.get().to_string()>
                <span aria-hidden="true">"🔊 "</span>
                {move || if speaking.get() { tr(i18n::READ_ALOUD_STOP)() } else { tr(i18n::READ_ALOUD)() }}
            </button>
        </Show>
    }
}
