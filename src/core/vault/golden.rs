//! Golden files: a backup and a stored vault written by an earlier version
//! of the app, committed under `tests/fixtures/` with their passphrase
//! (`tests/fixtures/README.md`). Every later version must still open them,
//! so a format change can never lock out someone who already has notes.
//!
//! The files were written once by `write_golden_files` (ignored; it is
//! kept to show how they were made, never to refresh them: a golden file
//! is only ever added, not regenerated).

use super::*;

/// The passphrase of every golden file: "mật khẩu vàng 2026" (NFC).
pub(crate) const GOLDEN_PASS: &str = "m\u{1ead}t kh\u{1ea9}u v\u{e0}ng 2026";

/// `tests/fixtures/<name>`.
pub(crate) fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The notes inside the golden files (the README lists them too).
pub(crate) fn golden_notes() -> Vec<Note> {
    vec![
        Note {
            id: "6f1c0a9e4b2d4c7f8a3e5d1b0c9f2e71".into(),
            title: "H\u{1eb9}n g\u{1eb7}p lu\u{1ead}t s\u{1b0}".into(),
            body: "Th\u{1ee9} ba, 9 gi\u{1edd} s\u{e1}ng. Mang h\u{1ed9} chi\u{1ebf}u.".into(),
            category: Category::LegalCase,
            created_ms: 1_764_000_000_000,
            updated_ms: 1_764_000_600_000,
            contact_phone: Some("+84 912 345 678".into()),
            template: None,
        },
        Note {
            id: "a0b1c2d3e4f5061728394a5b6c7d8e9f".into(),
            title: "Gi\u{1ea5}y t\u{1edd}".into(),
            body: String::new(),
            category: Category::Documents,
            created_ms: 1_764_100_000_000,
            updated_ms: 1_764_100_000_000,
            contact_phone: None,
            template: None,
        },
    ]
}

/// The draft in the golden vault (an unsaved edit of the first note).
pub(crate) fn golden_draft() -> Note {
    let mut draft = golden_notes()[0].clone();
    draft.body.push_str(" V\u{e0} gi\u{1ea5}y khai sinh.");
    draft.updated_ms = 1_764_200_000_000;
    draft
}

/// Writes the v1 golden files. Run once, by hand, with the version that
/// introduced them: `cargo test --lib write_golden_files -- --ignored`.
#[test]
#[ignore = "writes the golden files; they are committed and never regenerated"]
fn write_golden_files() {
    let (header, vault) = create_vault(GOLDEN_PASS, KdfParams::DEFAULT).unwrap();
    let notes: Vec<serde_json::Value> = golden_notes()
        .iter()
        .map(|n| serde_json::to_value(vault.seal_note(n).unwrap()).unwrap())
        .collect();
    let drafts = vec![serde_json::to_value(vault.seal_draft(&golden_draft()).unwrap()).unwrap()];
    // The records exactly as `src/web/vault_store.rs` (v1) stores them.
    let stores = serde_json::json!({
        "vault_meta": [
            {"id": "header", "header": header},
            {"id": "lockout", "failures": 0, "last_attempt_ms": 0},
            {"id": "settings", "auto_lock_minutes": 7, "erase_after_failures": true},
        ],
        "vault_notes": notes,
        "vault_drafts": drafts,
    });
    std::fs::write(
        fixture_path("vault-v1.json"),
        serde_json::to_string_pretty(&stores).unwrap() + "\n",
    )
    .unwrap();
    let file = export_backup(
        &golden_notes(),
        &[],
        GOLDEN_PASS,
        KdfParams::DEFAULT,
        1_764_300_000_000,
    )
    .unwrap();
    std::fs::write(fixture_path("backup-v1.bak"), file).unwrap();
}

/// The stored records of `tests/fixtures/vault-v1.json`, by store.
pub(crate) fn golden_vault_v1() -> serde_json::Value {
    let text = std::fs::read_to_string(fixture_path("vault-v1.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn records(stores: &serde_json::Value, store: &str) -> Vec<SealedRecord> {
    stores[store]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| serde_json::from_value(r.clone()).unwrap())
        .collect()
}

#[test]
fn golden_v1_backup_still_opens() {
    let file = std::fs::read(fixture_path("backup-v1.bak")).unwrap();
    let info = parse_backup(&file).unwrap();
    assert_eq!(info.version, 1);
    let contents = open_backup(&file, GOLDEN_PASS).unwrap();
    assert_eq!(contents.notes, golden_notes());
    assert_eq!(contents.exported_ms, 1_764_300_000_000);
    assert_eq!(
        open_backup(&file, "m\u{1ead}t kh\u{1ea9}u v\u{e0}ng 2025").err(),
        Some(BackupError::WrongPassphraseOrTampered)
    );
}

#[test]
fn golden_v1_vault_records_still_open() {
    let stores = golden_vault_v1();
    let header: VaultHeader =
        serde_json::from_value(stores["vault_meta"][0]["header"].clone()).unwrap();
    assert_eq!(header.v, 1);
    assert_eq!(
        unlock(&header, "m\u{1ead}t kh\u{1ea9}u v\u{e0}ng 2025").err(),
        Some(VaultError::WrongPassphraseOrTampered)
    );
    let vault = unlock(&header, GOLDEN_PASS).unwrap();
    let mut notes: Vec<Note> = records(&stores, "vault_notes")
        .iter()
        .map(|r| vault.open_note(r).unwrap())
        .collect();
    notes.sort_by_key(|n| n.created_ms);
    assert_eq!(notes, golden_notes());
    let drafts: Vec<Note> = records(&stores, "vault_drafts")
        .iter()
        .map(|r| vault.open_draft(r).unwrap())
        .collect();
    assert_eq!(drafts, vec![golden_draft()]);
}

/// Every base64url field of the golden vault goes through the codec both
/// ways: each record read and written again is the committed JSON, every
/// string the same (the encoding of stored records never changes under a user).
#[test]
fn golden_v1_vault_records_serialize_back_identically() {
    let stores = golden_vault_v1();
    let header = &stores["vault_meta"][0]["header"];
    let parsed: VaultHeader = serde_json::from_value(header.clone()).unwrap();
    assert_eq!(&serde_json::to_value(&parsed).unwrap(), header);
    let mut count = 0;
    for store in ["vault_notes", "vault_drafts"] {
        for raw in stores[store].as_array().unwrap() {
            let record: SealedRecord = serde_json::from_value(raw.clone()).unwrap();
            assert_eq!(&serde_json::to_value(&record).unwrap(), raw, "{store}");
            count += 1;
        }
    }
    assert_eq!(count, 3, "two notes and a draft");
}

/// Writes `backup-v2.bak` (format 2: the count inside the ciphertext, no
/// plan), run once with the last version that wrote format 2:
/// `cargo test --lib write_golden_v2_backup -- --ignored`.
#[test]
#[ignore = "writes a golden file; it is committed and never regenerated"]
fn write_golden_v2_backup() {
    let file = export_backup(
        &golden_notes(),
        &[],
        GOLDEN_PASS,
        KdfParams::DEFAULT,
        1_764_300_000_000,
    )
    .unwrap();
    assert_eq!(parse_backup(&file).unwrap().version, 2);
    std::fs::write(fixture_path("backup-v2.bak"), file).unwrap();
}
