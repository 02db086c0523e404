//! Layer 2: browser-side Rust in headless Chromium (wasm-bindgen-test).
//! Run by scripts/dev.sh: `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use binh_an::i18n::UserText as _;
use binh_an::web::storage::{stores, Storage, StorageError, SCHEMA_VERSION, VAULT_SCHEMA};
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
        let m = e.user_text();
        assert!(!m.vi.is_empty() && !m.en.is_empty());
        assert_ne!(m.vi, m.en);
    }
}

/// Both languages' dates through `Intl.DateTimeFormat`, in the local time
/// zone (the moment is built from local fields, so any zone gives these).
#[wasm_bindgen_test]
fn dates_are_written_as_each_language_writes_them() {
    use binh_an::core::lang::Lang;
    use binh_an::web::date;
    let moment = js_sys::Date::new_with_year_month_day_hr_min(2026, 10, 5, 9, 7).get_time() as u64;
    assert_eq!(date::day(moment, Lang::Vi), "05/11/2026");
    assert_eq!(date::day(moment, Lang::En), "05/11/2026");
    assert_eq!(date::day_time(moment, Lang::Vi), "09:07 05/11/2026");
    assert_eq!(date::day_time(moment, Lang::En), "05/11/2026, 09:07");
    let evening =
        js_sys::Date::new_with_year_month_day_hr_min(2026, 0, 23, 21, 45).get_time() as u64;
    assert_eq!(date::day_time(evening, Lang::Vi), "21:45 23/01/2026");
    assert_eq!(date::day_time(evening, Lang::En), "23/01/2026, 21:45");
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

// ---------------------------------------------------------------------------
// The notes vault in IndexedDB (web::vault_store). Every test uses its own
// database and KdfParams::OWASP_MIN, the cheapest parameters the core
// accepts, so the suite stays quick in a debug build.
// ---------------------------------------------------------------------------

mod vault {
    use super::*;
    use binh_an::core::hex;
    use binh_an::core::vault::{
        new_record_id, Category, KdfParams, Note, SealedRecord, UnlockedVault, VaultError,
    };
    use binh_an::web::vault_store::{
        lockout_wait_secs, normalize_passphrase, request_persistence, storage_status, NoteList,
        VaultSettings, VaultStore, VaultStoreError, ERASE_AFTER_FAILURES, FREE_ATTEMPTS,
    };
    use js_sys::Reflect;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    const PASS: &str = "mật khẩu an toàn của tôi";
    const NEW_PASS: &str = "đổi sang mật khẩu mới 2024";
    const WRONG: &str = "không phải mật khẩu này";
    const PARAMS: KdfParams = KdfParams::OWASP_MIN;

    /// A fresh database with the vault's schema.
    async fn fresh_vault_db(name: &str) -> Storage {
        Storage::delete_database(name).await.unwrap();
        Storage::open_with(name, VAULT_SCHEMA).await.unwrap()
    }

    /// A vault store over a fresh database, with a clock the test moves.
    async fn fresh_store(name: &str) -> (VaultStore, Rc<Cell<u64>>) {
        let db = fresh_vault_db(name).await;
        let clock = Rc::new(Cell::new(1_700_000_000_000u64));
        let now = clock.clone();
        (
            VaultStore::with_storage(db).with_clock(move || now.get()),
            clock,
        )
    }

    fn note(title: &str, body: &str, phone: Option<&str>, updated_ms: u64) -> Note {
        Note {
            id: new_record_id().unwrap(),
            title: title.into(),
            body: body.into(),
            category: Category::LegalCase,
            created_ms: 1_700_000_000_000,
            updated_ms,
            contact_phone: phone.map(Into::into),
            template: None,
        }
    }

    fn titles(list: &NoteList) -> Vec<&str> {
        list.notes.iter().map(|n| n.title.as_str()).collect()
    }

    // --- raw IndexedDB access, independent of the code under test --------

    /// Calls `target[method](...args)`; web-sys features for transactions
    /// are not enabled for tests, so go through Reflect.
    fn call(target: &JsValue, method: &str, args: &[JsValue]) -> JsValue {
        let function: js_sys::Function = Reflect::get(target, &method.into())
            .unwrap()
            .unchecked_into();
        let args: js_sys::Array = args.iter().collect();
        function.apply(target, &args).unwrap()
    }

    async fn await_request(req: &web_sys::IdbRequest) -> JsValue {
        let (tx, rx) = futures::channel::oneshot::channel::<bool>();
        let tx = Rc::new(RefCell::new(Some(tx)));
        let (ok, err) = (tx.clone(), tx);
        let on_ok = Closure::once(move |_e: web_sys::Event| {
            if let Some(t) = ok.borrow_mut().take() {
                let _ = t.send(true);
            }
        });
        let on_err = Closure::once(move |_e: web_sys::Event| {
            if let Some(t) = err.borrow_mut().take() {
                let _ = t.send(false);
            }
        });
        req.set_onsuccess(Some(on_ok.as_ref().unchecked_ref()));
        req.set_onerror(Some(on_err.as_ref().unchecked_ref()));
        let succeeded = rx.await.unwrap();
        req.set_onsuccess(None);
        req.set_onerror(None);
        assert!(succeeded, "IndexedDB request failed");
        req.result().unwrap()
    }

    /// Every record of every object store of database `name`, read through
    /// a raw connection: `(store, value)`.
    async fn raw_dump(name: &str) -> Vec<(String, JsValue)> {
        let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
        let open = factory.open(name).unwrap();
        let db = await_request(&open).await;
        let names = js_sys::Array::from(&Reflect::get(&db, &"objectStoreNames".into()).unwrap());
        let mut out = Vec::new();
        for store_name in names.iter() {
            let tx = call(&db, "transaction", &[store_name.clone(), "readonly".into()]);
            let store: web_sys::IdbObjectStore =
                call(&tx, "objectStore", std::slice::from_ref(&store_name)).unchecked_into();
            let all = await_request(&store.get_all().unwrap()).await;
            for value in js_sys::Array::from(&all).iter() {
                out.push((store_name.as_string().unwrap(), value));
            }
        }
        call(&db, "close", &[]);
        out
    }

    fn json(value: &JsValue) -> String {
        js_sys::JSON::stringify(value).unwrap().into()
    }

    /// The JSON of every record of `store`, sorted (for equality checks).
    async fn raw_store_json(name: &str, store: &str) -> Vec<String> {
        let mut out: Vec<String> = raw_dump(name)
            .await
            .into_iter()
            .filter(|(s, _)| s == store)
            .map(|(_, v)| json(&v))
            .collect();
        out.sort();
        out
    }

    const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    fn b64_encode(bytes: &[u8], alphabet: &[u8; 64]) -> String {
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..=chunk.len() {
                out.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }

    /// Any base64 (standard or url-safe, padded or not) string, decoded.
    fn b64_decode_lenient(text: &str) -> Option<Vec<u8>> {
        let text = text.trim_end_matches('=');
        if text.len() < 4 || text.len() % 4 == 1 {
            return None;
        }
        let mut bits = 0u32;
        let mut count = 0;
        let mut out = Vec::new();
        for c in text.bytes() {
            let v = STD
                .iter()
                .position(|&a| a == c)
                .or_else(|| URL.iter().position(|&a| a == c))?;
            bits = (bits << 6) | v as u32;
            count += 6;
            if count >= 8 {
                count -= 8;
                out.push((bits >> count) as u8);
            }
        }
        Some(out)
    }

    fn hex_decode(text: &str) -> Option<Vec<u8>> {
        (text.len() >= 2).then(|| hex::decode(text)).flatten()
    }

    /// The parts of `secret`'s base64 (both alphabets, every alignment)
    /// that do not depend on the bytes around it.
    fn b64_forms(secret: &[u8]) -> Vec<String> {
        let mut forms = Vec::new();
        for shift in 0..3 {
            let mut bytes = vec![0xA5u8; shift];
            bytes.extend_from_slice(secret);
            for alphabet in [STD, URL] {
                let encoded = b64_encode(&bytes, alphabet);
                let start = if shift == 0 { 0 } else { 4 };
                if encoded.len() >= start + 12 {
                    forms.push(encoded[start..encoded.len() - 4].to_string());
                }
            }
        }
        forms
    }

    fn hex_forms(secret: &[u8]) -> [String; 2] {
        let lower = hex::encode(secret);
        let upper = lower.to_uppercase();
        [lower, upper]
    }

    fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
        needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn string_leaves(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| string_leaves(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| string_leaves(v, out)),
            _ => {}
        }
    }

    /// Each secret, and every 8-character window of it.
    fn needles(secrets: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for secret in secrets {
            out.push(secret.to_string());
            let chars: Vec<char> = secret.chars().collect();
            for window in chars.windows(8) {
                out.push(window.iter().collect());
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Why `text` (a stored record's JSON) gives a secret away, if it does:
    /// a secret in clear, in base64 or in hex, a base64/hex field decoding
    /// to bytes that hold one, or a note's field name in clear.
    fn leak_in(text: &str, secrets: &[&str]) -> Option<&'static str> {
        let needles = needles(secrets);
        let parsed: serde_json::Value =
            serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
        let mut leaves = Vec::new();
        string_leaves(&parsed, &mut leaves);
        let decoded: Vec<Vec<u8>> = leaves
            .iter()
            .flat_map(|s| [b64_decode_lenient(s), hex_decode(s)])
            .flatten()
            .collect();
        let lower = text.to_lowercase();
        for needle in &needles {
            if lower.contains(&needle.to_lowercase()) {
                return Some("clear text of a note");
            }
            if decoded
                .iter()
                .any(|bytes| contains_bytes(bytes, needle.as_bytes()))
            {
                return Some("a decoded field holds note text");
            }
        }
        for secret in secrets {
            if b64_forms(secret.as_bytes())
                .iter()
                .any(|form| text.contains(form.as_str()))
            {
                return Some("base64 of note text");
            }
            if hex_forms(secret.as_bytes())
                .iter()
                .any(|form| text.contains(form.as_str()))
            {
                return Some("hex of note text");
            }
        }
        ["\"title\"", "\"body\"", "contact_phone", "legal_case"]
            .iter()
            .any(|field| text.contains(field))
            .then_some("a note field name in clear")
    }

    fn assert_holds_no_secret(where_: &str, text: &str, secrets: &[&str]) {
        // The reason only: the text itself must not reach the test log.
        if let Some(reason) = leak_in(text, secrets) {
            panic!("{where_}: {reason}");
        }
    }

    // --- the tests ---------------------------------------------------------

    #[wasm_bindgen_test]
    async fn nothing_the_user_wrote_is_stored_in_clear() {
        let name = "test-vault-at-rest";
        let (store, _clock) = fresh_store(name).await;
        let vault = store.create(PASS, PARAMS).await.unwrap();
        let notes = [
            note(
                "Hẹn gặp luật sư Trần Thị Bích ở Hà Nội",
                "Người môi giới tên Khánh giữ hộ chiếu của tôi ở Thâm Quyến, phòng 1204",
                Some("+84 912 345 678"),
                1_700_000_100_000,
            ),
            note(
                "Khám sức khỏe tại bệnh viện Bạch Mai",
                "Mang theo giấy tờ tùy thân và đơn thuốc của bác sĩ Nguyễn Văn Hùng",
                Some("0987654321"),
                1_700_000_300_000,
            ),
            note(
                "Zebra-Quokka meeting with caseworker",
                "Embassy visa appointment; bring the Xylophone-Dossier-7731 folder",
                Some("+1-202-555-0147"),
                1_700_000_200_000,
            ),
        ];
        for n in &notes {
            store.save_note(&vault, n).await.unwrap();
        }
        let draft = note(
            "Bản nháp: lời khai về đường dây Lạng Sơn",
            "Chưa xong — người tên Hoàng Ngọc Lan đã hứa việc làm lương cao",
            Some("0369 888 222"),
            1_700_000_400_000,
        );
        store.save_draft(&vault, &draft).await.unwrap();
        store
            .save_settings(
                &vault,
                VaultSettings {
                    auto_lock_minutes: 3,
                    erase_after_failures: true,
                    ..VaultSettings::default()
                },
            )
            .await
            .unwrap();

        // The notes really are there (newest first).
        let listed = store.list_notes(&vault).await.unwrap();
        assert_eq!(
            titles(&listed),
            [&notes[1].title, &notes[2].title, &notes[0].title]
        );
        assert_eq!(listed.unreadable, 0);

        let mut secrets: Vec<&str> = Vec::new();
        for n in notes.iter().chain([&draft]) {
            secrets.push(&n.title);
            secrets.push(&n.body);
            secrets.push(n.contact_phone.as_deref().unwrap());
        }
        // Phone numbers also as digits only, the way they would be dialled.
        let digits: Vec<String> = secrets[2..]
            .iter()
            .step_by(3)
            .map(|p| p.chars().filter(char::is_ascii_digit).collect())
            .collect();
        secrets.extend(digits.iter().map(String::as_str));
        secrets.push(PASS);

        let dump = raw_dump(name).await;
        let mut per_store = std::collections::BTreeMap::<String, usize>::new();
        for (store_name, value) in &dump {
            *per_store.entry(store_name.clone()).or_default() += 1;
            assert_holds_no_secret(store_name, &json(value), &secrets);
        }
        // Header + lockout counter + settings + the erase copy; three
        // notes; one draft.
        assert_eq!(per_store.get(stores::VAULT_META), Some(&4));
        assert_eq!(per_store.get(stores::VAULT_NOTES), Some(&3));
        assert_eq!(per_store.get(stores::VAULT_DRAFTS), Some(&1));

        // Nor anything in localStorage.
        let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        for i in 0..local.length().unwrap() {
            let key = local.key(i).unwrap().unwrap();
            let value = local.get_item(&key).unwrap().unwrap_or_default();
            assert_holds_no_secret("localStorage", &format!("{key} {value}"), &secrets);
        }

        // The checker itself finds what it looks for.
        let plain = serde_json::to_string(&notes[0]).unwrap();
        assert_eq!(leak_in(&plain, &secrets), Some("clear text of a note"));
        let quoted = format!("x{}y", &notes[2].body[10..30]);
        assert_eq!(leak_in(&quoted, &secrets), Some("clear text of a note"));
        let field = format!(
            "{{\"ct\":\"{}\"}}",
            b64_encode(notes[1].body.as_bytes(), STD)
        );
        assert_eq!(
            leak_in(&field, &secrets),
            Some("a decoded field holds note text")
        );
        let mut shifted = b"\x01\x02".to_vec();
        shifted.extend_from_slice(notes[0].title.as_bytes());
        shifted.extend_from_slice(b"\x03");
        let embedded = format!("[\"{}\"]", b64_encode(&shifted, URL));
        assert!(leak_in(&embedded, &secrets).is_some());
        let hex: String = notes[2]
            .contact_phone
            .as_deref()
            .unwrap()
            .bytes()
            .map(|b| format!("{b:02X}"))
            .collect();
        assert_eq!(
            leak_in(&format!("id {hex} "), &secrets),
            Some("hex of note text")
        );
        assert_eq!(
            leak_in(r#"{"title":"x"}"#, &secrets),
            Some("a note field name in clear")
        );
        assert_eq!(leak_in(r#"{"id":"abc","ct":"AAAA"}"#, &secrets), None);
        store.storage().clone().close();
    }

    #[wasm_bindgen_test]
    async fn a_locked_vault_opens_and_writes_nothing() {
        let name = "test-vault-locked";
        let (store, _clock) = fresh_store(name).await;
        let mut vault = store.create(PASS, PARAMS).await.unwrap();
        let n = note("Ghi chú bí mật", "Nội dung", None, 1);
        store.save_note(&vault, &n).await.unwrap();
        store.save_draft(&vault, &n).await.unwrap();
        let record: SealedRecord = store
            .storage()
            .get(stores::VAULT_NOTES, &n.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(vault.open_note(&record).unwrap(), n);

        vault.lock();
        assert!(vault.is_locked());
        assert_eq!(vault.open_note(&record), Err(VaultError::Locked));
        assert_eq!(store.list_notes(&vault).await, Err(VaultStoreError::Locked));
        assert_eq!(
            store.load_drafts(&vault).await,
            Err(VaultStoreError::Locked)
        );
        let other = note("Không được lưu", "x", None, 2);
        assert_eq!(
            store.save_note(&vault, &other).await,
            Err(VaultStoreError::Locked)
        );
        assert_eq!(
            store.save_draft(&vault, &other).await,
            Err(VaultStoreError::Locked)
        );
        assert_eq!(
            store.delete_note(&vault, &n.id).await,
            Err(VaultStoreError::Locked)
        );
        assert_eq!(
            store.discard_draft(&vault, &n.id).await,
            Err(VaultStoreError::Locked)
        );
        assert_eq!(
            store.save_settings(&vault, VaultSettings::default()).await,
            Err(VaultStoreError::Locked)
        );
        // Nothing was written or deleted.
        assert_eq!(raw_store_json(name, stores::VAULT_NOTES).await.len(), 1);
        assert_eq!(raw_store_json(name, stores::VAULT_DRAFTS).await.len(), 1);

        // Unlocking again gives a working vault.
        let again = store.unlock(PASS).await.unwrap();
        assert_eq!(store.list_notes(&again).await.unwrap().notes, vec![n]);
        store.storage().clone().close();
    }

    #[wasm_bindgen_test]
    async fn wrong_passphrases_count_wait_and_reset() {
        let name = "test-vault-lockout";
        let (store, clock) = fresh_store(name).await;
        let vault = store.create(PASS, PARAMS).await.unwrap();
        store
            .save_note(&vault, &note("Giữ nguyên", "không đổi", None, 1))
            .await
            .unwrap();
        drop(vault);
        let header = store.header().await.unwrap();
        let notes_before = raw_store_json(name, stores::VAULT_NOTES).await;

        for attempt in 1..=FREE_ATTEMPTS {
            assert_eq!(
                store.unlock(WRONG).await.err(),
                Some(VaultStoreError::WrongPassphrase),
                "attempt {attempt}"
            );
            clock.set(clock.get() + 1_000);
        }
        // Nothing changed but the counter.
        assert_eq!(store.header().await.unwrap(), header);
        assert_eq!(
            raw_store_json(name, stores::VAULT_NOTES).await,
            notes_before
        );

        // The sixth attempt must wait, even with the right passphrase; the
        // 5th failure was 1 s ago, so 29 s are left.
        let status = store.lockout_status().await.unwrap();
        assert_eq!((status.failures, status.wait_secs), (5, 29));
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::LockedOut { wait_secs: 29 })
        );
        // A refused attempt is not counted and costs no derivation.
        assert_eq!(store.lockout_status().await.unwrap().failures, 5);
        clock.set(clock.get() + 20_000);
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::LockedOut { wait_secs: 9 })
        );
        // The passphrase change is no way around the wait.
        assert_eq!(
            store.change_passphrase(PASS, NEW_PASS, PARAMS).await.err(),
            Some(VaultStoreError::LockedOut { wait_secs: 9 })
        );

        // After the wait: one more wrong one doubles the wait.
        clock.set(clock.get() + 9_000);
        assert_eq!(
            store.unlock(WRONG).await.err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::LockedOut { wait_secs: 60 })
        );

        // A clock set back never lengthens the wait past the full wait.
        clock.set(clock.get() - 86_400_000);
        assert_eq!(store.lockout_status().await.unwrap().wait_secs, 60);
        clock.set(clock.get() + 86_400_000 + 60_000);

        // The right passphrase after the wait opens and resets the count.
        let vault = store.unlock(PASS).await.unwrap();
        assert_eq!(store.list_notes(&vault).await.unwrap().notes.len(), 1);
        let status = store.lockout_status().await.unwrap();
        assert_eq!((status.failures, status.wait_secs), (0, 0));
        assert_eq!(
            store.unlock(WRONG).await.err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        assert_eq!(store.lockout_status().await.unwrap().wait_secs, 0);
        assert_eq!(store.header().await.unwrap(), header);
        store.storage().clone().close();
    }

    #[wasm_bindgen_test]
    fn the_wait_doubles_up_to_a_cap() {
        let waits: Vec<u64> = (0..16).map(lockout_wait_secs).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3840, 3840, 3840, 3840]
        );
        assert_eq!(lockout_wait_secs(u32::MAX), 3840);
    }

    #[wasm_bindgen_test]
    async fn erase_after_ten_failures_only_when_chosen() {
        let name = "test-vault-erase";
        let (store, clock) = fresh_store(name).await;
        let vault = store.create(PASS, PARAMS).await.unwrap();
        store
            .save_note(&vault, &note("Sẽ bị xóa", "x", None, 1))
            .await
            .unwrap();
        store
            .save_settings(
                &vault,
                VaultSettings {
                    auto_lock_minutes: 5,
                    erase_after_failures: true,
                    ..VaultSettings::default()
                },
            )
            .await
            .unwrap();
        drop(vault);
        for attempt in 1..ERASE_AFTER_FAILURES {
            assert_eq!(
                store.unlock(WRONG).await.err(),
                Some(VaultStoreError::WrongPassphrase),
                "attempt {attempt}"
            );
            clock.set(clock.get() + 3_600_000);
        }
        assert!(store.exists().await.unwrap());
        assert_eq!(
            store.unlock(WRONG).await.err(),
            Some(VaultStoreError::Erased)
        );
        assert_eq!(store.header().await.unwrap(), None);
        for s in stores::VAULT_ALL {
            assert!(raw_store_json(name, s).await.is_empty(), "{s}");
        }
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::NoVault)
        );

        // Without the setting, the tenth failure only waits, even when a
        // stray erase copy was left behind before the vault was created.
        let stray =
            js_sys::JSON::parse(r#"{"id":"erase_guard","erase_after_failures":true}"#).unwrap();
        raw_put_all(name, stores::VAULT_META, &[stray]).await;
        let vault = store.create(PASS, PARAMS).await.unwrap();
        assert!(!store.settings(&vault).await.unwrap().erase_after_failures);
        drop(vault);
        for _ in 0..ERASE_AFTER_FAILURES {
            assert_eq!(
                store.unlock(WRONG).await.err(),
                Some(VaultStoreError::WrongPassphrase)
            );
            clock.set(clock.get() + 3_600_000);
        }
        assert!(store.exists().await.unwrap());
        assert!(store.unlock(PASS).await.is_ok());
        store.storage().clone().close();
    }

    /// Raw records of every store, as `SealedRecord`s where they are one.
    async fn raw_sealed(name: &str, store: &str) -> Vec<SealedRecord> {
        raw_store_json(name, store)
            .await
            .iter()
            .filter_map(|r| serde_json::from_str(r).ok())
            .collect()
    }

    /// A vault with three notes, a draft and sealed settings.
    async fn filled_vault(store: &VaultStore) -> (UnlockedVault, Vec<Note>) {
        let vault = store.create(PASS, PARAMS).await.unwrap();
        let notes: Vec<Note> = (0..3)
            .map(|i| {
                note(
                    &format!("Ghi chú số {i}"),
                    "nội dung",
                    Some("0912345678"),
                    i,
                )
            })
            .collect();
        for n in &notes {
            store.save_note(&vault, n).await.unwrap();
        }
        store.save_draft(&vault, &notes[0]).await.unwrap();
        store
            .save_settings(
                &vault,
                VaultSettings {
                    auto_lock_minutes: 2,
                    erase_after_failures: true,
                    lock_on_leave: true,
                    hide_previews: true,
                },
            )
            .await
            .unwrap();
        (vault, notes)
    }

    #[wasm_bindgen_test]
    async fn changing_the_passphrase_reseals_everything_under_a_new_key() {
        let name = "test-vault-rekey";
        let (store, _clock) = fresh_store(name).await;
        let (vault, notes) = filled_vault(&store).await;
        let notes_before = raw_sealed(name, stores::VAULT_NOTES).await;
        let header_before = store.header().await.unwrap().unwrap();

        // A wrong old passphrase changes nothing.
        assert_eq!(
            store.change_passphrase(WRONG, NEW_PASS, PARAMS).await.err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        assert_eq!(store.header().await.unwrap().as_ref(), Some(&header_before));
        // A too-short or too-common new one is refused, and the attempt is
        // given back.
        assert_eq!(
            store.change_passphrase(PASS, "1234", PARAMS).await.err(),
            Some(VaultStoreError::Vault(VaultError::PassphraseTooShort))
        );
        assert_eq!(
            store.change_passphrase(PASS, "123456", PARAMS).await.err(),
            Some(VaultStoreError::Vault(VaultError::PassphraseTooCommon))
        );
        assert_eq!(store.lockout_status().await.unwrap().failures, 1);

        let rekeyed = store
            .change_passphrase(PASS, NEW_PASS, PARAMS)
            .await
            .unwrap();
        let header_after = store.header().await.unwrap().unwrap();
        assert_eq!(header_after.vault_id, header_before.vault_id);
        assert_ne!(header_after.salt, header_before.salt);
        assert_ne!(header_after.wrapped_key, header_before.wrapped_key);
        assert_eq!(store.lockout_status().await.unwrap().failures, 0);
        // One header, no copy of the old one left in the store.
        let meta = raw_store_json(name, stores::VAULT_META).await;
        assert_eq!(meta.iter().filter(|r| r.contains("wrapped_key")).count(), 1);

        // Every record was rewritten, and the old key opens none of them.
        let notes_after = raw_sealed(name, stores::VAULT_NOTES).await;
        let drafts_after = raw_sealed(name, stores::VAULT_DRAFTS).await;
        assert_eq!(notes_after.len(), 3);
        for record in &notes_after {
            assert!(!notes_before.contains(record));
            assert_eq!(vault.open_note(record), Err(VaultError::RecordTampered));
        }
        assert_eq!(
            vault.open_draft(&drafts_after[0]),
            Err(VaultError::RecordTampered)
        );
        // The old header with the old passphrase gives the old key: it opens
        // nothing that is stored now.
        let old_key = binh_an::core::vault::unlock(&header_before, PASS).unwrap();
        assert!(notes_after.iter().all(|r| old_key.open_note(r).is_err()));
        // The old key can no longer write either (another tab still holding
        // it would otherwise store notes nobody can open).
        assert_eq!(
            store.save_note(&vault, &note("Cũ", "x", None, 9)).await,
            Err(VaultStoreError::Locked)
        );
        assert_eq!(
            store.save_draft(&vault, &note("Cũ", "x", None, 9)).await,
            Err(VaultStoreError::Locked)
        );
        assert_eq!(
            store.save_settings(&vault, VaultSettings::default()).await,
            Err(VaultStoreError::Locked)
        );

        // The returned vault and the new passphrase open everything.
        let mut expected = notes.clone();
        expected.reverse();
        assert_eq!(store.list_notes(&rekeyed).await.unwrap().notes, expected);
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        let reopened = store.unlock(NEW_PASS).await.unwrap();
        assert_eq!(store.list_notes(&reopened).await.unwrap().notes, expected);
        assert_eq!(
            store.load_drafts(&reopened).await.unwrap().notes,
            vec![notes[0].clone()]
        );
        let settings = store.settings(&reopened).await.unwrap();
        assert_eq!(settings.auto_lock_minutes, 2);
        assert!(settings.erase_after_failures);
        store
            .save_note(&reopened, &note("Mới", "x", None, 9))
            .await
            .unwrap();
        store.storage().clone().close();
    }

    /// Every record of every store of `name`, as JSON, sorted per store.
    async fn raw_everything(name: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for store in stores::VAULT_ALL {
            out.push(raw_store_json(name, store).await);
        }
        out
    }

    /// A passphrase change that fails inside its transaction, after some
    /// records were already re-sealed and written, leaves every stored
    /// byte as it was; the old passphrase still opens everything.
    #[wasm_bindgen_test]
    async fn a_failure_inside_the_passphrase_change_rolls_everything_back() {
        let name = "test-vault-rekey-abort";
        let (store, _clock) = fresh_store(name).await;
        let (vault, notes) = filled_vault(&store).await;
        drop(vault);
        let before = raw_everything(name).await;
        for after in [1, 2, 4, 5] {
            store.fail_a_write_after(after);
            let result = store.change_passphrase(PASS, NEW_PASS, PARAMS).await;
            assert!(
                matches!(result, Err(VaultStoreError::Storage(_))),
                "after {after}: {result:?}"
            );
            assert_eq!(raw_everything(name).await, before, "after {after} writes");
        }
        let vault = store.unlock(PASS).await.unwrap();
        assert_eq!(
            store.list_notes(&vault).await.unwrap().notes.len(),
            notes.len()
        );
        assert_eq!(store.load_drafts(&vault).await.unwrap().notes.len(), 1);
        assert_eq!(store.settings(&vault).await.unwrap().auto_lock_minutes, 2);
        // The hook fires once: the next change goes through.
        store
            .change_passphrase(PASS, NEW_PASS, PARAMS)
            .await
            .unwrap();
        assert_ne!(raw_everything(name).await, before);
        store.storage().clone().close();
    }

    /// An import that fails inside its transaction after writing some
    /// notes leaves every stored byte as it was.
    #[wasm_bindgen_test]
    async fn a_failure_inside_an_import_rolls_everything_back() {
        use binh_an::core::vault::{plan_import, ImportMode};
        let name = "test-vault-import-abort";
        let (store, _clock) = fresh_store(name).await;
        let (vault, notes) = filled_vault(&store).await;
        let imported: Vec<Note> = (0..4)
            .map(|i| note(&format!("Nhập {i}"), "z", None, 100 + i))
            .collect();
        let existing = store.list_notes(&vault).await.unwrap().notes;
        let plan = plan_import(&existing, &imported, ImportMode::Replace);
        assert_eq!((plan.to_write.len(), plan.to_delete.len()), (4, 3));
        let before = raw_everything(name).await;
        for after in [1, 3] {
            store.fail_a_write_after(after);
            let result = store.import(&vault, &plan).await;
            assert!(
                matches!(result, Err(VaultStoreError::Storage(_))),
                "after {after}: {result:?}"
            );
            assert_eq!(raw_everything(name).await, before, "after {after} writes");
        }
        assert_eq!(
            store.list_notes(&vault).await.unwrap().notes.len(),
            notes.len()
        );
        store.import(&vault, &plan).await.unwrap();
        let titles_now: Vec<String> = store
            .list_notes(&vault)
            .await
            .unwrap()
            .notes
            .into_iter()
            .map(|n| n.title)
            .collect();
        assert_eq!(titles_now, ["Nhập 3", "Nhập 2", "Nhập 1", "Nhập 0"]);
        store.storage().clone().close();
    }

    /// The settings are sealed: nothing about them is readable in the
    /// store, a change from outside does not take effect (defaults apply,
    /// erase is never switched on), and the clear erase copy is restored
    /// from the sealed truth at the next unlock.
    #[wasm_bindgen_test]
    async fn settings_are_sealed_and_cannot_be_changed_from_outside() {
        let name = "test-vault-settings";
        let (store, clock) = fresh_store(name).await;
        let (vault, _notes) = filled_vault(&store).await;
        let meta = raw_store_json(name, stores::VAULT_META).await;
        let settings_json = meta
            .iter()
            .find(|r| r.contains(r#""id":"settings""#))
            .unwrap()
            .clone();
        assert!(!settings_json.contains("auto_lock"), "{settings_json}");
        let mut record: SealedRecord = serde_json::from_str(&settings_json).unwrap();

        // Altered from outside: the defaults apply, not the change.
        record.ct[5] ^= 1;
        let altered = js_sys::JSON::parse(&serde_json::to_string(&record).unwrap()).unwrap();
        raw_put_all(name, stores::VAULT_META, &[altered]).await;
        assert_eq!(
            store.settings(&vault).await.unwrap(),
            VaultSettings::default()
        );
        // Clear settings put in their place (a format-1 record in a format-2
        // vault) are ignored too.
        let legacy = js_sys::JSON::parse(
            r#"{"id":"settings","auto_lock_minutes":30,"erase_after_failures":false}"#,
        )
        .unwrap();
        raw_put_all(name, stores::VAULT_META, &[legacy]).await;
        assert_eq!(
            store.settings(&vault).await.unwrap(),
            VaultSettings::default()
        );

        // The erase copy switched off from outside is restored from the
        // sealed settings at the next unlock.
        let chosen = VaultSettings {
            auto_lock_minutes: 1,
            erase_after_failures: true,
            lock_on_leave: false,
            hide_previews: true,
        };
        store.save_settings(&vault, chosen).await.unwrap();
        let off =
            js_sys::JSON::parse(r#"{"id":"erase_guard","erase_after_failures":false}"#).unwrap();
        raw_put_all(name, stores::VAULT_META, &[off]).await;
        let vault = store.unlock(PASS).await.unwrap();
        assert_eq!(store.settings(&vault).await.unwrap(), chosen);
        let meta = raw_store_json(name, stores::VAULT_META).await;
        assert!(
            meta.iter()
                .any(|r| r.contains(r#""erase_after_failures":true"#) && r.contains("erase_guard")),
            "{meta:?}"
        );
        drop(vault);
        // And with it, ten wrong passphrases erase, as the owner chose.
        for _ in 0..ERASE_AFTER_FAILURES - 1 {
            let _ = store.unlock(WRONG).await;
            clock.set(clock.get() + 3_600_000);
        }
        assert_eq!(
            store.unlock(WRONG).await.err(),
            Some(VaultStoreError::Erased)
        );
        store.storage().clone().close();
    }

    /// Puts `records` into `store` of database `name` through a raw
    /// connection (not the code under test), in one transaction.
    async fn raw_put_all(name: &str, store: &str, records: &[JsValue]) {
        let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
        let db = await_request(&factory.open(name).unwrap()).await;
        let tx = call(&db, "transaction", &[store.into(), "readwrite".into()]);
        let object_store: web_sys::IdbObjectStore =
            call(&tx, "objectStore", &[store.into()]).unchecked_into();
        for record in records {
            await_request(&object_store.put(record).unwrap()).await;
        }
        call(&db, "close", &[]);
    }

    /// The stored records of a golden vault file, by store, loaded raw into
    /// a fresh database with the vault's schema.
    async fn load_golden_vault(name: &str, fixture: &str) -> VaultStore {
        fresh_vault_db(name).await.close();
        let stores = js_sys::JSON::parse(fixture).unwrap();
        for store in stores::VAULT_V1 {
            let records = js_sys::Array::from(&Reflect::get(&stores, &store.into()).unwrap());
            raw_put_all(name, store, &records.iter().collect::<Vec<_>>()).await;
        }
        VaultStore::with_storage(Storage::open_with(name, VAULT_SCHEMA).await.unwrap())
    }

    /// Passphrase of the golden files (tests/fixtures/README.md).
    const GOLDEN_PASS: &str = "m\u{1ead}t kh\u{1ea9}u v\u{e0}ng 2026";

    /// A vault stored by version 1 of the app (records committed in
    /// `tests/fixtures/vault-v1.json`) unlocks through the real store, with
    /// its notes, draft and settings, and keeps working afterwards.
    #[wasm_bindgen_test]
    async fn golden_v1_vault_unlocks_through_the_real_store() {
        let name = "test-vault-golden-v1";
        let store = load_golden_vault(name, include_str!("fixtures/vault-v1.json")).await;
        assert_eq!(
            store
                .unlock("m\u{1ead}t kh\u{1ea9}u v\u{e0}ng 2025")
                .await
                .err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        let vault = store.unlock(GOLDEN_PASS).await.unwrap();
        let list = store.list_notes(&vault).await.unwrap();
        assert_eq!(list.unreadable, 0);
        assert_eq!(
            titles(&list),
            [
                "Gi\u{1ea5}y t\u{1edd}",
                "H\u{1eb9}n g\u{1eb7}p lu\u{1ead}t s\u{1b0}"
            ]
        );
        assert_eq!(list.notes[1].id, "6f1c0a9e4b2d4c7f8a3e5d1b0c9f2e71");
        assert_eq!(
            list.notes[1].contact_phone.as_deref(),
            Some("+84 912 345 678")
        );
        assert_eq!(list.notes[0].contact_phone, None);
        let drafts = store.load_drafts(&vault).await.unwrap();
        assert_eq!(drafts.notes.len(), 1);
        assert!(drafts.notes[0]
            .body
            .ends_with(" V\u{e0} gi\u{1ea5}y khai sinh."));
        let settings = store.settings(&vault).await.unwrap();
        assert_eq!(settings.auto_lock_minutes, 7);
        assert!(settings.erase_after_failures);
        // The first unlock sealed the clear settings (format 1 → 2).
        let meta = raw_store_json(name, stores::VAULT_META).await;
        assert!(
            meta.iter().all(|r| !r.contains("auto_lock_minutes")),
            "{meta:?}"
        );
        assert!(meta
            .iter()
            .any(|r| r.contains(r#""id":"settings""#) && r.contains(r#""ct""#)));
        // Still writable: a new note is saved next to the old ones.
        store
            .save_note(
                &vault,
                &note("Ghi ch\u{fa} m\u{1edb}i", "x", None, 2_000_000_000_000),
            )
            .await
            .unwrap();
        assert_eq!(store.list_notes(&vault).await.unwrap().notes.len(), 3);
        // A passphrase change from the v1 vault: everything re-sealed as
        // format 2 under a new key, the header too.
        drop(vault);
        let new_pass = "m\u{1ed9}t m\u{1ead}t kh\u{1ea9}u m\u{1edb}i cho s\u{1ed5} c\u{169}";
        let rekeyed = store
            .change_passphrase(GOLDEN_PASS, new_pass, PARAMS)
            .await
            .unwrap();
        assert_eq!(store.header().await.unwrap().unwrap().v, 2);
        assert_eq!(store.list_notes(&rekeyed).await.unwrap().notes.len(), 3);
        assert_eq!(store.load_drafts(&rekeyed).await.unwrap().notes.len(), 1);
        assert_eq!(store.settings(&rekeyed).await.unwrap().auto_lock_minutes, 7);
        for s in [stores::VAULT_NOTES, stores::VAULT_DRAFTS] {
            assert!(raw_sealed(name, s).await.iter().all(|r| r.v == 2), "{s}");
        }
        assert_eq!(
            store.unlock(GOLDEN_PASS).await.err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        store.storage().clone().close();
    }

    /// The names of this origin's databases (`indexedDB.databases()`).
    async fn database_names() -> Vec<String> {
        let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
        let promise: js_sys::Promise = call(&factory, "databases", &[]).unchecked_into();
        let list = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
        js_sys::Array::from(&list)
            .iter()
            .filter_map(|d| Reflect::get(&d, &"name".into()).ok()?.as_string())
            .collect()
    }

    #[wasm_bindgen_test]
    async fn wipe_empties_the_vault_then_the_database_goes_and_quiz_progress_stays() {
        use binh_an::core::progress::AttemptRecord;
        use binh_an::core::quiz::Mode;
        let name = "test-vault-wipe";
        let (store, _clock) = fresh_store(name).await;
        // Quiz progress lives in the app database, not the vault's.
        let app = fresh("test-vault-wipe-app").await;
        let attempt = AttemptRecord {
            id: "r1".into(),
            pack_id: "law".into(),
            mode: Mode::Practice,
            finished_ms: 1_700_000_000_000,
            correct: 3,
            total: 5,
            duration_ms: 1_000,
        };
        app.put(stores::QUIZ_ATTEMPTS, &attempt).await.unwrap();
        let vault = store.create(PASS, PARAMS).await.unwrap();
        let n = note("Sẽ bị xóa khi khẩn cấp", "x", None, 1);
        store.save_note(&vault, &n).await.unwrap();
        store
            .save_draft(&vault, &note("Nháp", "y", None, 2))
            .await
            .unwrap();
        store
            .save_settings(&vault, VaultSettings::default())
            .await
            .unwrap();
        let person = plan::person("Người sẽ bị xóa");
        store.save_plan(&vault, &person).await.unwrap();
        assert_eq!(raw_store_json(name, stores::VAULT_PLAN).await.len(), 1);
        let _ = store.unlock(WRONG).await;

        // Works while locked.
        drop(vault);
        store.wipe().await.unwrap();
        assert_eq!(store.header().await.unwrap(), None);
        assert!(!store.exists().await.unwrap());
        for s in stores::VAULT_ALL {
            assert!(raw_store_json(name, s).await.is_empty(), "{s}");
        }
        assert_eq!(store.lockout_status().await.unwrap().failures, 0);
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::NoVault)
        );

        // A new vault can be made; the old notes do not come back.
        let vault = store.create(NEW_PASS, PARAMS).await.unwrap();
        assert_eq!(store.list_notes(&vault).await.unwrap(), NoteList::default());
        store.wipe().await.unwrap();

        // Then the database itself goes, even with another connection open
        // (it yields on `versionchange`).
        let other = Storage::open_with(name, VAULT_SCHEMA).await.unwrap();
        assert!(database_names().await.contains(&name.to_string()));
        assert!(store.delete_database().await);
        assert!(!database_names().await.contains(&name.to_string()));
        drop(other);

        // Quiz progress is not part of the vault.
        let kept: Vec<AttemptRecord> = app.get_all(stores::QUIZ_ATTEMPTS).await.unwrap();
        assert_eq!(kept, vec![attempt]);
        app.close();
    }

    #[wasm_bindgen_test]
    async fn import_writes_the_plan_in_one_go() {
        use binh_an::core::vault::{plan_import, ImportMode};
        let name = "test-vault-import";
        let (store, _clock) = fresh_store(name).await;
        let vault = store.create(PASS, PARAMS).await.unwrap();
        let kept = note("Giữ lại", "a", None, 10);
        let old = note("Bản cũ", "b", None, 10);
        let gone = note("Không có trong tệp", "c", None, 10);
        for n in [&kept, &old, &gone] {
            store.save_note(&vault, n).await.unwrap();
        }
        // A draft of a note the replace removes goes with it.
        store.save_draft(&vault, &gone).await.unwrap();
        let mut newer = old.clone();
        newer.title = "Bản mới".into();
        newer.updated_ms = 20;
        let added = note("Mới thêm", "d", None, 30);
        let imported = vec![kept.clone(), newer.clone(), added.clone()];

        // Merge: add, update, keep; delete nothing.
        let existing = store.list_notes(&vault).await.unwrap().notes;
        let plan = plan_import(&existing, &imported, ImportMode::Merge);
        assert_eq!((plan.added, plan.updated, plan.kept), (1, 1, 2));
        store.import(&vault, &plan).await.unwrap();
        let list = store.list_notes(&vault).await.unwrap();
        // Newest first; the two older notes tie on time, so order by id.
        assert_eq!(titles(&list)[..2], ["Mới thêm", "Bản mới"]);
        assert_eq!(list.notes.len(), 4);
        assert!(list.notes.contains(&newer) && list.notes.contains(&added));
        assert!(list.notes.contains(&gone) && list.notes.contains(&kept));

        // Replace: exactly the imported notes; the removed note's draft goes.
        let existing = store.list_notes(&vault).await.unwrap().notes;
        let plan = plan_import(&existing, &imported, ImportMode::Replace);
        assert_eq!(plan.to_delete, vec![gone.id.clone()]);
        store.import(&vault, &plan).await.unwrap();
        let mut ids: Vec<String> = store
            .list_notes(&vault)
            .await
            .unwrap()
            .notes
            .into_iter()
            .map(|n| n.id)
            .collect();
        ids.sort();
        let mut want: Vec<String> = imported.iter().map(|n| n.id.clone()).collect();
        want.sort();
        assert_eq!(ids, want);
        assert!(store.load_drafts(&vault).await.unwrap().notes.is_empty());
        // Nothing in clear.
        for (_, value) in raw_dump(name).await {
            let text = json(&value);
            for word in ["Mới thêm", "Bản mới", "Giữ lại"] {
                assert!(!text.contains(word), "{word} stored in clear");
            }
        }

        // A plan with a malformed id writes nothing at all.
        let before = raw_store_json(name, stores::VAULT_NOTES).await;
        let mut bad = plan_import(&[], &[note("x", "y", None, 40)], ImportMode::Merge);
        bad.to_delete.push("not-an-id".into());
        assert_eq!(
            store.import(&vault, &bad).await.err(),
            Some(VaultStoreError::Vault(VaultError::Corrupt))
        );
        assert_eq!(raw_store_json(name, stores::VAULT_NOTES).await, before);

        // Locked: refused.
        let mut locked = store.unlock(PASS).await.unwrap();
        locked.lock();
        assert_eq!(
            store.import(&locked, &plan).await.err(),
            Some(VaultStoreError::Locked)
        );
        store.storage().clone().close();
    }

    #[wasm_bindgen_test]
    async fn check_passphrase_needs_the_open_vault_and_the_right_passphrase() {
        let name = "test-vault-check";
        let (store, _clock) = fresh_store(name).await;
        let vault = store.create(PASS, PARAMS).await.unwrap();
        assert_eq!(store.check_passphrase(&vault, PASS).await, Ok(()));
        assert_eq!(
            store.check_passphrase(&vault, WRONG).await.err(),
            Some(VaultStoreError::WrongPassphrase)
        );
        // It does not count as a failed unlock.
        assert_eq!(store.lockout_status().await.unwrap().failures, 0);
        let mut locked = store.unlock(PASS).await.unwrap();
        locked.lock();
        assert_eq!(
            store.check_passphrase(&locked, PASS).await.err(),
            Some(VaultStoreError::Locked)
        );
        store.storage().clone().close();
    }

    /// Creates the app database `name` at `version` as an earlier release
    /// left it: "settings" holding the language "en", "quiz_attempts"
    /// holding `attempt` (JSON), and the `extra` stores, empty.
    async fn old_app_database(name: &str, version: u32, extra: &[&str], attempt: &str) {
        let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
        let req = factory.open_with_u32(name, version).unwrap();
        let upgrade_req = req.clone();
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let attempt = js_sys::JSON::parse(attempt).unwrap();
        let on_upgrade = Closure::once(move |_e: web_sys::Event| {
            let db: web_sys::IdbDatabase = upgrade_req.result().unwrap().unchecked_into();
            let params = web_sys::IdbObjectStoreParameters::new();
            params.set_key_path(&"id".into());
            let settings = db
                .create_object_store_with_optional_parameters("settings", &params)
                .unwrap();
            let quiz = db
                .create_object_store_with_optional_parameters("quiz_attempts", &params)
                .unwrap();
            for store in &extra {
                db.create_object_store_with_optional_parameters(store, &params)
                    .unwrap();
            }
            let setting = js_sys::JSON::parse(r#"{"id":"lang","value":"en"}"#).unwrap();
            settings.put(&setting).unwrap();
            quiz.put(&attempt).unwrap();
        });
        req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let raw: web_sys::IdbDatabase = await_request(&req).await.unchecked_into();
        assert_eq!(raw.version() as u32, version);
        raw.close();
        drop(on_upgrade);
    }

    #[wasm_bindgen_test]
    async fn migrating_from_version_2_keeps_quiz_progress() {
        use binh_an::core::progress::AttemptRecord;
        let name = "test-migrate-v2";
        Storage::delete_database(name).await.unwrap();
        // A version-2 database as the previous release left it.
        old_app_database(
            name,
            2,
            &[],
            r#"{"id":"a1","pack_id":"law","mode":"Contest","finished_ms":1700000000000,
               "correct":9,"total":14,"duration_ms":100000}"#,
        )
        .await;

        let db = Storage::open_named(name).await.unwrap();
        assert_eq!(db.version(), SCHEMA_VERSION);
        const { assert!(SCHEMA_VERSION >= 4) };
        // The vault lives in its own database: none of its stores is left here.
        let names = db.store_names();
        for s in stores::VAULT_ALL {
            assert!(!names.contains(&s.to_string()), "{s}");
        }
        let attempts: Vec<AttemptRecord> = db.get_all(stores::QUIZ_ATTEMPTS).await.unwrap();
        assert_eq!(attempts.len(), 1);
        assert_eq!((attempts[0].correct, attempts[0].total), (9, 14));
        assert_eq!(
            db.get::<Setting>(stores::SETTINGS, "lang").await.unwrap(),
            Some(setting("lang", "en"))
        );
        db.close();
    }

    /// A version-3 app database as development builds left it: the vault's
    /// three stores still inside it, holding a real vault (the records of
    /// `tests/fixtures/vault-v1.json`), next to settings and quiz progress.
    /// Opening it runs v3 → v4: the old vault stores go with what they
    /// held, settings and progress stay, and no vault database appears.
    #[wasm_bindgen_test]
    async fn migrating_from_version_3_drops_the_old_vault_stores() {
        use binh_an::core::progress::AttemptRecord;
        let name = "test-migrate-v3";
        Storage::delete_database(name).await.unwrap();
        old_app_database(
            name,
            3,
            &["vault_meta", "vault_notes", "vault_drafts"],
            r#"{"id":"a1","pack_id":"help","mode":"Practice","finished_ms":1750000000000,
               "correct":5,"total":8,"duration_ms":90000}"#,
        )
        .await;
        let golden = js_sys::JSON::parse(include_str!("fixtures/vault-v1.json")).unwrap();
        let mut vault_records = 0;
        // The vault stores a version-3 app database held (the plan store
        // came later, in the vault's own database).
        for store in [
            stores::VAULT_META,
            stores::VAULT_NOTES,
            stores::VAULT_DRAFTS,
        ] {
            let records = js_sys::Array::from(&Reflect::get(&golden, &store.into()).unwrap());
            vault_records += records.length();
            raw_put_all(name, store, &records.iter().collect::<Vec<_>>()).await;
        }
        assert_eq!(
            vault_records, 6,
            "header, lockout, settings, two notes, a draft"
        );
        let mut databases_before = database_names().await;
        databases_before.sort();

        let db = Storage::open_named(name).await.unwrap();
        assert_eq!(db.version(), SCHEMA_VERSION);
        let mut names = db.store_names();
        names.sort();
        assert_eq!(names, vec![stores::QUIZ_ATTEMPTS, stores::SETTINGS]);
        let attempts: Vec<AttemptRecord> = db.get_all(stores::QUIZ_ATTEMPTS).await.unwrap();
        assert_eq!(attempts.len(), 1);
        assert_eq!((attempts[0].correct, attempts[0].total), (5, 8));
        assert_eq!(
            db.get::<Setting>(stores::SETTINGS, "lang").await.unwrap(),
            Some(setting("lang", "en"))
        );
        db.close();
        let mut databases_after = database_names().await;
        databases_after.sort();
        assert_eq!(databases_after, databases_before);
    }

    #[wasm_bindgen_test]
    async fn the_vault_database_has_its_own_schema() {
        let name = "test-vault-schema";
        let db = fresh_vault_db(name).await;
        assert_eq!(db.version(), VAULT_SCHEMA.version());
        let mut names = db.store_names();
        names.sort();
        let mut want: Vec<String> = stores::VAULT_ALL.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(names, want);
        db.close();
    }

    #[wasm_bindgen_test]
    async fn notes_and_drafts_round_trip() {
        let name = "test-vault-notes";
        let (store, _clock) = fresh_store(name).await;
        assert!(!store.exists().await.unwrap());
        assert_eq!(
            store.unlock(PASS).await.err(),
            Some(VaultStoreError::NoVault)
        );
        // A missing vault leaves no counter behind.
        assert!(raw_store_json(name, stores::VAULT_META).await.is_empty());
        assert_eq!(
            store.create("12345", PARAMS).await.err(),
            Some(VaultStoreError::Vault(VaultError::PassphraseTooShort))
        );
        let vault = store.create(PASS, PARAMS).await.unwrap();
        // Never overwritten.
        assert_eq!(
            store.create(NEW_PASS, PARAMS).await.err(),
            Some(VaultStoreError::AlreadyExists)
        );
        assert!(store.unlock(NEW_PASS).await.is_err());
        assert!(store.unlock(PASS).await.is_ok());

        let old = note("Cũ", "a", None, 10);
        let mut mid = note("Giữa", "b", None, 20);
        let new = note("Mới", "c", Some("113"), 30);
        for n in [&old, &mid, &new] {
            store.save_note(&vault, n).await.unwrap();
        }
        assert_eq!(
            titles(&store.list_notes(&vault).await.unwrap()),
            ["Mới", "Giữa", "Cũ"]
        );

        // Editing: the draft autosaves under the note's id; saving the note
        // removes that draft in the same transaction.
        mid.body = "b, sửa lại".into();
        mid.updated_ms = 40;
        store.save_draft(&vault, &mid).await.unwrap();
        let unrelated = note("Nháp mới", "d", None, 35);
        store.save_draft(&vault, &unrelated).await.unwrap();
        assert_eq!(
            titles(&store.load_drafts(&vault).await.unwrap()),
            ["Giữa", "Nháp mới"]
        );
        store.save_note(&vault, &mid).await.unwrap();
        assert_eq!(
            store.load_drafts(&vault).await.unwrap().notes,
            vec![unrelated.clone()]
        );
        let list = store.list_notes(&vault).await.unwrap();
        assert_eq!(titles(&list), ["Giữa", "Mới", "Cũ"]);
        assert_eq!(list.notes[0].body, "b, sửa lại");

        store.discard_draft(&vault, &unrelated.id).await.unwrap();
        assert!(store.load_drafts(&vault).await.unwrap().notes.is_empty());
        store.delete_note(&vault, &old.id).await.unwrap();
        assert_eq!(
            titles(&store.list_notes(&vault).await.unwrap()),
            ["Giữa", "Mới"]
        );
        assert_eq!(
            store.delete_note(&vault, "not-an-id").await,
            Err(VaultStoreError::Vault(VaultError::Corrupt))
        );

        // An altered record is counted, not fatal; a draft moved into the
        // notes store does not open as a note.
        let mut record: SealedRecord = store
            .storage()
            .get(stores::VAULT_NOTES, &new.id)
            .await
            .unwrap()
            .unwrap();
        record.ct[0] ^= 1;
        store
            .storage()
            .put(stores::VAULT_NOTES, &record)
            .await
            .unwrap();
        let moved = vault
            .seal_draft(&note("Nháp bị chuyển", "e", None, 50))
            .unwrap();
        store
            .storage()
            .put(stores::VAULT_NOTES, &moved)
            .await
            .unwrap();
        let junk = js_sys::JSON::parse(r#"{"id":"junk","v":"x"}"#).unwrap();
        let junk: serde_json::Value = serde_json::from_str(&json(&junk)).unwrap();
        store
            .storage()
            .put(stores::VAULT_NOTES, &junk)
            .await
            .unwrap();
        let list = store.list_notes(&vault).await.unwrap();
        assert_eq!(titles(&list), ["Giữa"]);
        assert_eq!(list.unreadable, 3);

        // Settings: defaults, then saved values.
        assert_eq!(
            store.settings(&vault).await.unwrap(),
            VaultSettings::default()
        );
        let chosen = VaultSettings {
            auto_lock_minutes: 1,
            erase_after_failures: true,
            lock_on_leave: true,
            hide_previews: true,
        };
        store.save_settings(&vault, chosen).await.unwrap();
        assert_eq!(store.settings(&vault).await.unwrap(), chosen);
        store.storage().clone().close();
    }

    #[wasm_bindgen_test]
    async fn passphrases_are_nfc_normalised() {
        let name = "test-vault-nfc";
        let (store, _clock) = fresh_store(name).await;
        let nfc = "Mật khẩu tiếng Việt đầy đủ dấu";
        let nfd: String = js_sys::JsString::from(nfc).normalize("NFD").into();
        assert_ne!(nfd.as_bytes(), nfc.as_bytes());
        assert_eq!(normalize_passphrase(&nfd).as_str(), nfc);

        // Created with one keyboard (decomposed), opened with another.
        let vault = store.create(&nfd, PARAMS).await.unwrap();
        let n = note("NFC", "x", None, 1);
        store.save_note(&vault, &n).await.unwrap();
        let again = store.unlock(nfc).await.unwrap();
        assert_eq!(store.list_notes(&again).await.unwrap().notes, vec![n]);
        // The stored header opens with the NFC bytes in the pure core too.
        let header = store.header().await.unwrap().unwrap();
        assert!(binh_an::core::vault::unlock(&header, nfc).is_ok());
        store.change_passphrase(nfc, &nfd, PARAMS).await.unwrap();
        assert!(binh_an::core::vault::unlock(&store.header().await.unwrap().unwrap(), nfc).is_ok());
        store.storage().clone().close();
    }

    #[wasm_bindgen_test]
    async fn storage_estimate_and_persistence() {
        let status = storage_status().await;
        if let (Some(usage), Some(quota)) = (status.usage, status.quota) {
            assert!(quota > 0 && usage <= quota, "{usage} / {quota}");
        } else {
            panic!("Chromium reports an estimate");
        }
        // Chromium decides silently, from the site's engagement or an
        // installed app; the test runner's fresh page has neither, so the
        // request is refused and the status says so (the state the notes
        // report to the user as "not kept for sure").
        assert!(!storage_status().await.persisted);
        assert!(!request_persistence().await, "persistence granted");
        assert!(!storage_status().await.persisted);
    }

    #[wasm_bindgen_test]
    fn vault_store_errors_have_messages_in_both_languages() {
        let all = [
            VaultStoreError::NoVault,
            VaultStoreError::AlreadyExists,
            VaultStoreError::WrongPassphrase,
            VaultStoreError::LockedOut { wait_secs: 30 },
            VaultStoreError::Erased,
            VaultStoreError::Locked,
            VaultStoreError::Vault(VaultError::FutureVersion(2)),
            VaultStoreError::Vault(VaultError::Corrupt),
            VaultStoreError::Vault(VaultError::KdfTooWeak),
            VaultStoreError::Vault(VaultError::KdfTooCostly),
            VaultStoreError::Vault(VaultError::PassphraseTooShort),
            VaultStoreError::Vault(VaultError::RecordTampered),
            VaultStoreError::Vault(VaultError::Internal),
            VaultStoreError::Storage(StorageError::QuotaExceeded),
            VaultStoreError::Storage(StorageError::Unavailable("x".into())),
        ];
        let mut seen = Vec::new();
        for e in &all {
            let m = e.user_text();
            assert!(!m.vi.is_empty() && !m.en.is_empty());
            assert_ne!(m.vi, m.en);
            assert!(!m.vi.is_ascii(), "{e:?}");
            // The seconds stay out of the string; the UI formats them.
            assert!(!m.vi.contains("30") && !m.en.contains("30"));
            seen.push(m.en);
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), all.len());
        assert_eq!(
            VaultStoreError::from(VaultError::WrongPassphraseOrTampered),
            VaultStoreError::WrongPassphrase
        );
        assert_eq!(
            VaultStoreError::from(VaultError::Locked),
            VaultStoreError::Locked
        );
    }

    /// Argon2id cost in this build: run with `-- --include-ignored` and
    /// `--nocapture` to see the numbers.
    #[wasm_bindgen_test]
    #[ignore]
    async fn kdf_timings() {
        for (label, params) in [
            ("OWASP_MIN", KdfParams::OWASP_MIN),
            ("DEFAULT", KdfParams::DEFAULT),
        ] {
            let name = "test-vault-timing";
            let (store, _clock) = fresh_store(name).await;
            let t0 = js_sys::Date::now();
            let vault: UnlockedVault = store.create(PASS, params).await.unwrap();
            let t1 = js_sys::Date::now();
            drop(vault);
            store.unlock(PASS).await.unwrap();
            let t2 = js_sys::Date::now();
            console_log!(
                "{label}: create {:.0} ms, unlock {:.0} ms",
                t1 - t0,
                t2 - t1
            );
            store.storage().clone().close();
        }
    }

    /// "My plan" and note templates in the store: sealed at rest, re-sealed
    /// on a passphrase change, imported, and the schema migration from the
    /// vault database's version 1.
    mod plan {
        use super::*;
        use binh_an::core::vault::{
            plan_import, ImportMode, PlanEntry, PlanKind, PlanStatus, Template,
        };

        pub(super) fn person(name: &str) -> PlanEntry {
            let mut e = PlanEntry::new(
                new_record_id().unwrap(),
                PlanKind::Person,
                "",
                1_700_000_000_000,
            );
            e.title = name.into();
            e.who = "Luật sư trợ giúp pháp lý".into();
            e.phone = "0977 111 333".into();
            e
        }

        fn support(key: &str, status: PlanStatus, who: &str, note: &str) -> PlanEntry {
            let mut e = PlanEntry::new(
                new_record_id().unwrap(),
                PlanKind::Support,
                key,
                1_700_000_000_001,
            );
            e.status = status;
            e.date = "2026-11-30".into();
            e.who = who.into();
            e.note = note.into();
            e
        }

        #[wasm_bindgen_test]
        async fn no_plan_item_template_field_or_name_is_stored_in_clear() {
            let name = "test-vault-plan-at-rest";
            let (store, _clock) = fresh_store(name).await;
            let vault = store.create(PASS, PARAMS).await.unwrap();
            let entries = vec![
                support(
                    "psychological",
                    PlanStatus::Asked,
                    "Chị Đặng Thu Hà ở Hội Phụ nữ xã",
                    "Hẹn lại vào thứ Năm tuần sau",
                ),
                support(
                    "legal-aid",
                    PlanStatus::Received,
                    "Trung tâm trợ giúp pháp lý Quảng Ninh",
                    "Quokka-Zebra-Lawyer-5521",
                ),
                {
                    let mut p = PlanEntry::new(
                        new_record_id().unwrap(),
                        PlanKind::Paper,
                        "",
                        1_700_000_000_002,
                    );
                    p.title = "Giấy xác nhận của Đồn biên phòng Móng Cái".into();
                    p.status = PlanStatus::Asked;
                    p
                },
                person("Nguyễn Thị Phương Thảo"),
            ];
            for e in &entries {
                store.save_plan(&vault, e).await.unwrap();
            }
            let mut n = note("Phiên tòa", "", None, 1_700_000_000_003);
            n.template = Some(Template::Appointment {
                when: "2026-12-09T08:30".into(),
                place: "Tòa án nhân dân tỉnh Lạng Sơn phòng 3".into(),
                with_whom: "Thẩm phán Lê Văn Quyết".into(),
                bring: "Xylophone-Dossier-8842 và giấy khai sinh".into(),
            });
            store.save_note(&vault, &n).await.unwrap();

            // It is all there.
            let listed = store.list_plan(&vault).await.unwrap();
            assert_eq!(listed.unreadable, 0);
            let mut want = entries.clone();
            want.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
            assert_eq!(listed.entries, want);
            assert_eq!(
                store.list_notes(&vault).await.unwrap().notes,
                vec![n.clone()]
            );

            let mut secrets: Vec<&str> = vec![PASS];
            for e in &entries {
                for field in [&e.title, &e.who, &e.note, &e.phone] {
                    if !field.is_empty() {
                        secrets.push(field);
                    }
                }
            }
            let digits: String = entries[3]
                .phone
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            secrets.push(&digits);
            let fields = n.template.as_ref().unwrap().fields();
            secrets.extend(fields.iter().copied());
            let dump = raw_dump(name).await;
            let mut plan_records = 0;
            for (store_name, value) in &dump {
                let text = json(value);
                assert_holds_no_secret(store_name, &text, &secrets);
                // Nor which support, which kind of entry or which template.
                for word in [
                    "psychological",
                    "legal-aid",
                    "person",
                    "paper",
                    "support",
                    "asked",
                    "received",
                    "appointment",
                    "with_whom",
                    "2026-11-30",
                    "2026-12-09",
                ] {
                    assert!(
                        !text.to_lowercase().contains(word),
                        "{store_name}: '{word}' in clear"
                    );
                }
                if store_name == stores::VAULT_PLAN {
                    plan_records += 1;
                    let record: SealedRecord = serde_json::from_str(&text).unwrap();
                    assert_eq!(record.v, 2);
                }
            }
            assert_eq!(plan_records, 4);
            // The checker sees a plan entry's name when it is there.
            let plain = serde_json::to_string(&entries[3]).unwrap();
            assert!(leak_in(&plain, &secrets).is_some());
            store.storage().clone().close();
        }

        #[wasm_bindgen_test]
        async fn plan_entries_reseal_on_a_passphrase_change_and_import_in_one_go() {
            let name = "test-vault-plan-rekey";
            let (store, _clock) = fresh_store(name).await;
            let vault = store.create(PASS, PARAMS).await.unwrap();
            let a = person("Trần Văn Bình");
            let b = support("medical", PlanStatus::Received, "Trạm y tế", "");
            store.save_plan(&vault, &a).await.unwrap();
            store.save_plan(&vault, &b).await.unwrap();
            let before = raw_sealed(name, stores::VAULT_PLAN).await;
            let rekeyed = store
                .change_passphrase(PASS, NEW_PASS, PARAMS)
                .await
                .unwrap();
            let after = raw_sealed(name, stores::VAULT_PLAN).await;
            assert_eq!(after.len(), 2);
            for r in &after {
                assert!(!before.contains(r));
                assert_eq!(vault.open_plan(r), Err(VaultError::RecordTampered));
            }
            assert_eq!(store.list_plan(&rekeyed).await.unwrap().entries.len(), 2);
            // The old key can no longer write plan entries.
            assert_eq!(
                store.save_plan(&vault, &a).await,
                Err(VaultStoreError::Locked)
            );

            // Import (as from a backup with a plan): merge adds, replace
            // leaves exactly the imported entries.
            let c = person("Lê Thị Cúc");
            let import_c = async |mode| {
                let existing = store.list_plan(&rekeyed).await.unwrap().entries;
                let entries = plan_import(&existing, std::slice::from_ref(&c), mode);
                store
                    .import_with_plan(
                        &rekeyed,
                        &binh_an::core::vault::ImportPlan::default(),
                        &entries,
                    )
                    .await
                    .unwrap();
            };
            import_c(ImportMode::Merge).await;
            assert_eq!(store.list_plan(&rekeyed).await.unwrap().entries.len(), 3);
            import_c(ImportMode::Replace).await;
            assert_eq!(
                store.list_plan(&rekeyed).await.unwrap().entries,
                vec![c.clone()]
            );
            // A failure inside the import's transaction leaves the plan as it was.
            let before = raw_store_json(name, stores::VAULT_PLAN).await;
            let d = person("Phạm Văn Dũng");
            let e = person("Vũ Thị Em");
            let entries = plan_import(std::slice::from_ref(&c), &[d, e], ImportMode::Merge);
            store.fail_a_write_after(2);
            assert!(store
                .import_with_plan(
                    &rekeyed,
                    &binh_an::core::vault::ImportPlan::default(),
                    &entries
                )
                .await
                .is_err());
            assert_eq!(raw_store_json(name, stores::VAULT_PLAN).await, before);
            store.delete_plan(&rekeyed, &c.id).await.unwrap();
            assert!(store.list_plan(&rekeyed).await.unwrap().entries.is_empty());
            store.storage().clone().close();
        }

        /// Creates database `name` at version 1 of the vault schema by hand
        /// (the three stores an older app made) and fills it with `fixture`.
        async fn vault_db_at_v1(name: &str, fixture: &str) {
            Storage::delete_database(name).await.unwrap();
            let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
            let req = factory.open_with_u32(name, 1).unwrap();
            let upgrade_req = req.clone();
            let on_upgrade = Closure::once(move |_e: web_sys::Event| {
                let db: web_sys::IdbDatabase = upgrade_req.result().unwrap().unchecked_into();
                let params = web_sys::IdbObjectStoreParameters::new();
                params.set_key_path(&"id".into());
                for store in ["vault_meta", "vault_notes", "vault_drafts"] {
                    db.create_object_store_with_optional_parameters(store, &params)
                        .unwrap();
                }
            });
            req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
            let db = await_request(&req).await;
            assert_eq!(
                Reflect::get(&db, &"version".into()).unwrap().as_f64(),
                Some(1.0)
            );
            call(&db, "close", &[]);
            on_upgrade.forget();
            let stores = js_sys::JSON::parse(fixture).unwrap();
            for store in ["vault_meta", "vault_notes", "vault_drafts"] {
                let records = js_sys::Array::from(&Reflect::get(&stores, &store.into()).unwrap());
                raw_put_all(name, store, &records.iter().collect::<Vec<_>>()).await;
            }
        }

        #[wasm_bindgen_test]
        async fn migrating_the_vault_database_from_version_1_keeps_the_notebook() {
            let name = "test-vault-migrate-v1";
            vault_db_at_v1(name, include_str!("fixtures/vault-v1.json")).await;
            let before = raw_everything(name).await;
            let db = Storage::open_with(name, VAULT_SCHEMA).await.unwrap();
            assert_eq!(db.version(), 2);
            assert!(db.store_names().contains(&stores::VAULT_PLAN.to_string()));
            drop(db);
            // Nothing that was stored changed; the new store is empty.
            let after = raw_everything(name).await;
            assert_eq!(after, before);
            assert!(raw_store_json(name, stores::VAULT_PLAN).await.is_empty());
            let store =
                VaultStore::with_storage(Storage::open_with(name, VAULT_SCHEMA).await.unwrap());
            let vault = store.unlock(GOLDEN_PASS).await.unwrap();
            assert_eq!(store.list_notes(&vault).await.unwrap().notes.len(), 2);
            assert_eq!(store.load_drafts(&vault).await.unwrap().notes.len(), 1);
            assert!(store.list_plan(&vault).await.unwrap().entries.is_empty());
            let p = person("Người giúp mới");
            store.save_plan(&vault, &p).await.unwrap();
            assert_eq!(store.list_plan(&vault).await.unwrap().entries, vec![p]);
            store.storage().clone().close();
        }
    }
}
