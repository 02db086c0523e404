//! "My plan" and note templates in the vault: sealed like notes with their
//! own domain, in backups (format 3), merged on import; older backups
//! without them still open.

use super::backup::open_with_kek;
use super::golden::{fixture_path, golden_notes, GOLDEN_PASS};
use super::seal::{self, vault_ad, Domain};
use super::*;

fn vault(id_byte: u8) -> UnlockedVault {
    UnlockedVault::from_parts_for_test([id_byte; 16], [0x42; KEY_LEN])
}

/// A person's name, a role and a phone: the plan's most sensitive fields.
pub(crate) const PERSON: &str = "Ch\u{1ecb} Nguy\u{1ec5}n Th\u{1ecb} Lan";

pub(crate) fn sample_plan() -> Vec<PlanEntry> {
    let mut support = PlanEntry::new(
        "11111111111111111111111111111111".into(),
        PlanKind::Support,
        "psychological",
        1_764_400_000_000,
    );
    support.status = PlanStatus::Asked;
    support.date = "2026-11-30".into();
    support.who = "C\u{e1}n b\u{1ed9} x\u{e3} H\u{1ed3}ng Phong".into();
    support.note = "H\u{1eb9}n l\u{1ea1}i th\u{1ee9} s\u{e1}u".into();
    let mut paper = PlanEntry::new(
        "22222222222222222222222222222222".into(),
        PlanKind::Paper,
        "id-card",
        1_764_400_100_000,
    );
    paper.status = PlanStatus::Received;
    let mut person = PlanEntry::new(
        "33333333333333333333333333333333".into(),
        PlanKind::Person,
        "",
        1_764_400_200_000,
    );
    person.title = PERSON.into();
    person.who = "Lu\u{1ead}t s\u{1b0} tr\u{1ee3} gi\u{fa}p ph\u{e1}p l\u{fd}".into();
    person.phone = "+84 987 654 321".into();
    vec![support, paper, person]
}

pub(crate) fn templated_note() -> Note {
    Note {
        id: "44444444444444444444444444444444".into(),
        title: "Phi\u{ea1}n t\u{f2}a".into(),
        body: String::new(),
        category: Category::LegalCase,
        created_ms: 1_764_500_000_000,
        updated_ms: 1_764_500_000_000,
        contact_phone: None,
        template: Some(Template::Statement {
            date: "2026-12-01".into(),
            by_whom: "Th\u{1ea9}m ph\u{e1}n".into(),
            said: "X\u{e9}t x\u{1eed} k\u{ed}n theo y\u{ea}u c\u{1ea7}u".into(),
        }),
    }
}

#[test]
fn plan_entries_round_trip_with_the_vault_binding_data() {
    let v = vault(7);
    for entry in sample_plan() {
        let record = v.seal_plan(&entry).unwrap();
        assert_eq!(v.open_plan(&record).unwrap(), entry);
        // The associated data is the note's construction with the `plan`
        // domain: vault id, record id, format version.
        let ad = vault_ad(Domain::Plan, FORMAT_VERSION, &[7; 16], &entry.id);
        let key = kdf::SecretKey::from_slice(&[0x42; KEY_LEN]).unwrap();
        let padded = seal::open(&key, &record.nonce, &ad, &record.ct).unwrap();
        let json = unpad(&padded).unwrap();
        assert_eq!(serde_json::from_slice::<PlanEntry>(json).unwrap(), entry);
        for other in [Domain::Note, Domain::Draft, Domain::Settings] {
            let ad = vault_ad(other, FORMAT_VERSION, &[7; 16], &entry.id);
            assert!(seal::open(&key, &record.nonce, &ad, &record.ct).is_err());
        }
    }
}

#[test]
fn a_plan_entry_cannot_be_moved_relabelled_or_opened_as_a_note() {
    let v = vault(7);
    let entry = &sample_plan()[2];
    let record = v.seal_plan(entry).unwrap();
    assert_eq!(v.open_note(&record), Err(VaultError::RecordTampered));
    assert_eq!(v.open_draft(&record), Err(VaultError::RecordTampered));
    assert_eq!(
        vault(8).open_plan(&record),
        Err(VaultError::RecordTampered),
        "another vault"
    );
    let mut moved = record.clone();
    moved.id = "55555555555555555555555555555555".into();
    assert_eq!(v.open_plan(&moved), Err(VaultError::RecordTampered));
    let mut relabelled = record.clone();
    relabelled.v = 1;
    assert_eq!(v.open_plan(&relabelled), Err(VaultError::RecordTampered));
    // A note cannot be presented as a plan entry either.
    let note = v.seal_note(&golden_notes()[0]).unwrap();
    assert_eq!(v.open_plan(&note), Err(VaultError::RecordTampered));
    // Locked: nothing opens or seals.
    let mut locked = vault(7);
    locked.lock();
    assert_eq!(locked.open_plan(&record), Err(VaultError::Locked));
    assert_eq!(locked.seal_plan(entry).err(), Some(VaultError::Locked));
}

#[test]
fn sealed_plan_entries_hold_no_plaintext_and_pad_like_notes() {
    let v = vault(7);
    let plan = sample_plan();
    let sizes: Vec<usize> = plan
        .iter()
        .map(|e| {
            let record = v.seal_plan(e).unwrap();
            let json = serde_json::to_string(&record).unwrap();
            for secret in [
                PERSON,
                "+84 987 654 321",
                "psychological",
                "id-card",
                "person",
                "asked",
            ] {
                assert!(!json.contains(secret), "{secret} in the clear");
            }
            record.ct.len()
        })
        .collect();
    // A support entry, a paper and a person seal to the same size.
    assert!(sizes.iter().all(|&s| s == sizes[0]), "{sizes:?}");
}

#[test]
fn plan_entries_reseal_under_a_new_key() {
    let (old, new) = (
        vault(7),
        UnlockedVault::from_parts_for_test([7; 16], [9; KEY_LEN]),
    );
    let entry = &sample_plan()[0];
    let record = old.seal_plan(entry).unwrap();
    let resealed = old.reseal_plan(&record, &new).unwrap();
    assert_eq!(new.open_plan(&resealed).unwrap(), *entry);
    assert_eq!(old.open_plan(&resealed), Err(VaultError::RecordTampered));
}

#[test]
fn templated_notes_round_trip_and_plain_notes_seal_as_before() {
    let v = vault(7);
    let note = templated_note();
    assert_eq!(v.open_note(&v.seal_note(&note).unwrap()).unwrap(), note);
    // A note without a template serialises exactly as before templates, so
    // an older app can still read it.
    let plain = &golden_notes()[0];
    let json = serde_json::to_string(plain).unwrap();
    assert!(!json.contains("template"), "{json}");
    let back: Note = serde_json::from_str(&json).unwrap();
    assert_eq!(back.template, None);
    // Unknown template fields are refused, as for notes.
    let bad = r#"{"id":"44444444444444444444444444444444","title":"","body":"","category":"documents","created_ms":1,"updated_ms":1,"contact_phone":null,"template":{"kind":"document","what":"x","kept_where":"y","extra":"z"}}"#;
    assert!(serde_json::from_str::<Note>(bad).is_err());
}

#[test]
fn a_timeline_sorts_by_the_day_of_the_event() {
    let t = |kind: &str, day: &str| match kind {
        "event" => Template::Event {
            date: day.into(),
            place: String::new(),
            what_happened: String::new(),
        },
        _ => Template::Appointment {
            when: format!("{day}T08:30"),
            place: String::new(),
            with_whom: String::new(),
            bring: String::new(),
        },
    };
    assert_eq!(t("event", "2025-03-01").event_day(), Some("2025-03-01"));
    assert_eq!(
        t("appointment", "2026-12-09").event_day(),
        Some("2026-12-09")
    );
    assert_eq!(t("event", "").event_day(), None);
    let doc = Template::Document {
        what: "CCCD".into(),
        kept_where: "nh\u{e0} m\u{1eb9}".into(),
    };
    assert_eq!(doc.event_day(), None);
}

fn backup_kek(file: &[u8], pass: &str) -> kdf::SecretKey {
    let (salt, params) = backup_kdf_input(file).unwrap();
    derive_kek(pass, &salt, params).unwrap()
}

#[test]
fn a_backup_with_plan_entries_restores_them() {
    let mut notes = golden_notes();
    notes.push(templated_note());
    let plan = sample_plan();
    let pass = "m\u{1ed9}t con v\u{1ecb}t x\u{f2}e ra hai c\u{e1}i c\u{e1}nh";
    let file = export_backup(&notes, &plan, pass, KdfParams::OWASP_MIN, 1_764_600_000_000).unwrap();
    assert_eq!(parse_backup(&file).unwrap().version, 3);
    assert!(!file.windows(PERSON.len()).any(|w| w == PERSON.as_bytes()));
    let contents = open_with_kek(&file, &backup_kek(&file, pass)).unwrap();
    assert_eq!(contents.notes, notes);
    assert_eq!(contents.plan, plan);
    // Merged into a vault that has an older copy of one entry and another
    // entry of its own: the newer copy wins, nothing is lost.
    let mut older = plan[0].clone();
    older.status = PlanStatus::NotAsked;
    older.updated_ms -= 1;
    let mut mine = plan[1].clone();
    mine.id = "66666666666666666666666666666666".into();
    let merged = plan_import(&[older, mine.clone()], &contents.plan, ImportMode::Merge);
    assert_eq!((merged.added, merged.updated, merged.kept), (2, 1, 1));
    assert!(merged.result.contains(&plan[0]) && merged.result.contains(&mine));
    let replaced = plan_import(&[mine.clone()], &contents.plan, ImportMode::Replace);
    assert_eq!(replaced.to_delete, vec![mine.id.clone()]);
    assert_eq!(replaced.result.len(), 3);
}

#[test]
fn export_refuses_a_plan_entry_with_a_malformed_id() {
    let mut plan = sample_plan();
    plan[1].id = "not-an-id".into();
    assert_eq!(
        export_backup(&[], &plan, GOLDEN_PASS, KdfParams::OWASP_MIN, 0).unwrap_err(),
        BackupError::Corrupt
    );
}

#[test]
fn golden_v2_backup_without_a_plan_still_imports() {
    let file = std::fs::read(fixture_path("backup-v2.bak")).unwrap();
    assert_eq!(parse_backup(&file).unwrap().version, 2);
    let contents = open_with_kek(&file, &backup_kek(&file, GOLDEN_PASS)).unwrap();
    assert_eq!(contents.notes, golden_notes());
    assert!(contents.plan.is_empty());
    assert_eq!(contents.exported_ms, 1_764_300_000_000);
}

#[test]
fn golden_v1_backup_has_no_plan() {
    let file = std::fs::read(fixture_path("backup-v1.bak")).unwrap();
    let contents = open_with_kek(&file, &backup_kek(&file, GOLDEN_PASS)).unwrap();
    assert_eq!(contents.notes, golden_notes());
    assert!(contents.plan.is_empty());
}

#[test]
fn golden_v3_backup_opens_with_its_plan_and_template() {
    let file = std::fs::read(fixture_path("backup-v3.bak")).unwrap();
    assert_eq!(parse_backup(&file).unwrap().version, 3);
    let contents = open_with_kek(&file, &backup_kek(&file, GOLDEN_PASS)).unwrap();
    let mut notes = golden_notes();
    notes.push(templated_note());
    assert_eq!(contents.notes, notes);
    assert_eq!(contents.plan, sample_plan());
}

/// Writes `backup-v3.bak`, once, with the version that introduced format 3:
/// `cargo test --lib write_golden_v3_backup -- --ignored`.
#[test]
#[ignore = "writes a golden file; it is committed and never regenerated"]
fn write_golden_v3_backup() {
    let mut notes = golden_notes();
    notes.push(templated_note());
    let file = export_backup(
        &notes,
        &sample_plan(),
        GOLDEN_PASS,
        KdfParams::DEFAULT,
        1_764_600_000_000,
    )
    .unwrap();
    assert_eq!(parse_backup(&file).unwrap().version, 3);
    std::fs::write(fixture_path("backup-v3.bak"), file).unwrap();
}

#[test]
fn templates_rebuild_from_their_fields() {
    for kind in TemplateKind::ALL {
        let fields: Vec<String> = (0..kind.field_count()).map(|i| format!("f{i}")).collect();
        let t = Template::from_fields(kind, &fields);
        assert_eq!(t.kind(), kind);
        assert_eq!(
            t.fields(),
            fields.iter().map(String::as_str).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_copy_lists_dated_notes_by_the_day_of_the_event_not_the_day_written() {
    let mk = |id: u8, created_ms: u64, template: Option<Template>| Note {
        id: format!("{id:032x}"),
        title: format!("n{id}"),
        body: String::new(),
        category: Category::MyStory,
        created_ms,
        updated_ms: created_ms,
        contact_phone: None,
        template,
    };
    let event = |day: &str| {
        Some(Template::Event {
            date: day.into(),
            place: String::new(),
            what_happened: String::new(),
        })
    };
    let mut notes = vec![
        mk(1, 100, None),
        mk(2, 500, event("2025-03-01")),
        mk(3, 50, event("2026-01-15")),
        mk(
            4,
            300,
            Some(Template::Appointment {
                when: "2025-11-02T09:00".into(),
                place: String::new(),
                with_whom: String::new(),
                bring: String::new(),
            }),
        ),
        mk(5, 10, None),
    ];
    sort_for_copy(&mut notes);
    let order: Vec<&str> = notes.iter().map(|n| n.title.as_str()).collect();
    assert_eq!(order, ["n2", "n4", "n3", "n5", "n1"]);
}
