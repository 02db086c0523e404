//! Layer 2: browser-side Rust in headless Chromium (wasm-bindgen-test).
//! Run by scripts/dev.sh: `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use binh_an::web::storage::{stores, Storage, StorageError, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Setting {
    id: String,
    value: String,
}

fn setting(id: &str, value: &str) -> Setting {
    Setting {
        id: id.into(),
        value: value.into(),
    }
}

async fn fresh(name: &str) -> Storage {
    Storage::delete_database(name)
        .await
        .expect("delete old test db");
    Storage::open_named(name).await.expect("open")
}

#[wasm_bindgen_test]
async fn open_runs_every_migration() {
    let db = fresh("test-migrate").await;
    assert_eq!(db.version(), SCHEMA_VERSION);
    assert!(db.store_names().contains(&stores::SETTINGS.to_string()));
    db.close();
}

#[wasm_bindgen_test]
async fn write_read_back_and_delete() {
    let db = fresh("test-rw").await;
    assert_eq!(
        db.get::<Setting>(stores::SETTINGS, "a").await.unwrap(),
        None
    );

    db.put(stores::SETTINGS, &setting("a", "một"))
        .await
        .unwrap();
    db.put(stores::SETTINGS, &setting("b", "hai"))
        .await
        .unwrap();
    assert_eq!(
        db.get::<Setting>(stores::SETTINGS, "a").await.unwrap(),
        Some(setting("a", "một"))
    );

    // put replaces a record with the same id
    db.put(stores::SETTINGS, &setting("a", "ba")).await.unwrap();
    let mut all: Vec<Setting> = db.get_all(stores::SETTINGS).await.unwrap();
    all.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(all, vec![setting("a", "ba"), setting("b", "hai")]);

    db.delete(stores::SETTINGS, "a").await.unwrap();
    assert_eq!(
        db.get::<Setting>(stores::SETTINGS, "a").await.unwrap(),
        None
    );
    db.clear(stores::SETTINGS).await.unwrap();
    assert!(db
        .get_all::<Setting>(stores::SETTINGS)
        .await
        .unwrap()
        .is_empty());
    db.close();
}

#[wasm_bindgen_test]
async fn data_survives_close_and_reopen() {
    let db = fresh("test-reopen").await;
    db.put(stores::SETTINGS, &setting("lang", "vi"))
        .await
        .unwrap();
    db.close();
    let again = Storage::open_named("test-reopen").await.unwrap();
    assert_eq!(
        again
            .get::<Setting>(stores::SETTINGS, "lang")
            .await
            .unwrap(),
        Some(setting("lang", "vi"))
    );
    again.close();
}

#[wasm_bindgen_test]
async fn deleting_the_database_removes_everything() {
    let db = fresh("test-wipe").await;
    db.put(stores::SETTINGS, &setting("x", "y")).await.unwrap();
    db.close();
    Storage::delete_database("test-wipe").await.unwrap();
    let again = Storage::open_named("test-wipe").await.unwrap();
    assert!(again
        .get_all::<Setting>(stores::SETTINGS)
        .await
        .unwrap()
        .is_empty());
    again.close();
}

#[wasm_bindgen_test]
async fn an_open_connection_yields_to_a_newer_version() {
    // Another tab (here: a raw connection) upgrading the schema must not be
    // blocked by ours: our connection closes itself on `versionchange`.
    let db = fresh("test-versionchange").await;
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory
        .open_with_u32("test-versionchange", SCHEMA_VERSION + 1)
        .unwrap();
    let (tx, rx) = futures::channel::oneshot::channel::<&'static str>();
    let tx = std::rc::Rc::new(std::cell::RefCell::new(Some(tx)));
    let (ok, blocked) = (tx.clone(), tx.clone());
    let on_success = wasm_bindgen::closure::Closure::once(move |_e: web_sys::Event| {
        if let Some(t) = ok.borrow_mut().take() {
            let _ = t.send("success");
        }
    });
    let on_blocked = wasm_bindgen::closure::Closure::once(move |_e: web_sys::Event| {
        if let Some(t) = blocked.borrow_mut().take() {
            let _ = t.send("blocked");
        }
    });
    use wasm_bindgen::JsCast;
    req.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
    req.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));
    assert_eq!(rx.await.unwrap(), "success");
    let raw: web_sys::IdbDatabase = req.result().unwrap().unchecked_into();
    raw.close();
    drop(db);
    on_success.forget();
    on_blocked.forget();
}

#[wasm_bindgen_test]
fn errors_have_messages_in_both_languages() {
    for e in [
        StorageError::Unavailable("x".into()),
        StorageError::Blocked,
        StorageError::QuotaExceeded,
        StorageError::Failed("x".into()),
    ] {
        let m = e.message();
        assert!(!m.vi.is_empty() && !m.en.is_empty());
        assert_ne!(m.vi, m.en);
    }
}

#[wasm_bindgen_test]
async fn quiz_progress_round_trips_and_clears() {
    use binh_an::core::progress::AttemptRecord;
    use binh_an::core::quiz::Mode;
    let db = fresh("test-quiz").await;
    let record = AttemptRecord {
        id: "r1".into(),
        pack_id: "law".into(),
        mode: Mode::Contest,
        finished_ms: 1_700_000_000_000,
        correct: 11,
        total: 14,
        duration_ms: 123_456,
    };
    db.put(stores::QUIZ_ATTEMPTS, &record).await.unwrap();
    db.close();
    let again = Storage::open_named("test-quiz").await.unwrap();
    let all: Vec<AttemptRecord> = again.get_all(stores::QUIZ_ATTEMPTS).await.unwrap();
    assert_eq!(all, vec![record]);
    again.clear(stores::QUIZ_ATTEMPTS).await.unwrap();
    assert!(again
        .get_all::<AttemptRecord>(stores::QUIZ_ATTEMPTS)
        .await
        .unwrap()
        .is_empty());
    again.close();
}

#[wasm_bindgen_test]
async fn migrating_from_version_1_keeps_existing_data() {
    use wasm_bindgen::JsCast;
    let name = "test-migrate-v1";
    Storage::delete_database(name).await.unwrap();
    // Build a version-1 database by hand, as an older app would have left it.
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory.open_with_u32(name, 1).unwrap();
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    let tx = std::rc::Rc::new(std::cell::RefCell::new(Some(tx)));
    let upgrade_req = req.clone();
    let on_upgrade = wasm_bindgen::closure::Closure::once(move |_e: web_sys::Event| {
        let db: web_sys::IdbDatabase = upgrade_req.result().unwrap().unchecked_into();
        let params = web_sys::IdbObjectStoreParameters::new();
        params.set_key_path(&"id".into());
        let store = db
            .create_object_store_with_optional_parameters("settings", &params)
            .unwrap();
        let value = js_sys::Object::new();
        js_sys::Reflect::set(&value, &"id".into(), &"lang".into()).unwrap();
        js_sys::Reflect::set(&value, &"value".into(), &"en".into()).unwrap();
        store.put(&value).unwrap();
    });
    let done = tx.clone();
    let on_success = wasm_bindgen::closure::Closure::once(move |_e: web_sys::Event| {
        if let Some(t) = done.borrow_mut().take() {
            let _ = t.send(());
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    req.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
    rx.await.unwrap();
    let raw: web_sys::IdbDatabase = req.result().unwrap().unchecked_into();
    assert_eq!(raw.version() as u32, 1);
    raw.close();
    on_upgrade.forget();
    on_success.forget();

    let db = Storage::open_named(name).await.unwrap();
    assert_eq!(db.version(), SCHEMA_VERSION);
    const { assert!(SCHEMA_VERSION >= 2) };
    assert!(db
        .store_names()
        .contains(&stores::QUIZ_ATTEMPTS.to_string()));
    assert_eq!(
        db.get::<Setting>(stores::SETTINGS, "lang").await.unwrap(),
        Some(setting("lang", "en"))
    );
    db.close();
}
