//! Merge or replace on import: pure, so what will happen can be shown
//! before anything is written.

use super::note::Note;
use super::plan::PlanEntry;
use std::collections::BTreeMap;

/// A record that import can match by id and order by its last change:
/// notes and plan entries.
pub trait Mergeable: Clone + PartialEq {
    fn record_id(&self) -> &str;
    fn updated(&self) -> u64;
}

impl Mergeable for Note {
    fn record_id(&self) -> &str {
        &self.id
    }
    fn updated(&self) -> u64 {
        self.updated_ms
    }
}

impl Mergeable for PlanEntry {
    fn record_id(&self) -> &str {
        &self.id
    }
    fn updated(&self) -> u64 {
        self.updated_ms
    }
}

/// How imported notes combine with the notes already in the vault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep everything; for an id present on both sides keep the copy with
    /// the newer `updated_ms` (the existing copy on a tie, so re-importing
    /// the same backup writes nothing).
    Merge,
    /// The vault afterwards holds exactly the imported notes.
    Replace,
}

/// What an import will do, for the confirmation screen and for the browser
/// layer to carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan<T = Note> {
    /// The vault's notes after the import, newest `updated_ms` first (ties by id).
    pub result: Vec<T>,
    /// Notes to seal and put (new or changed), in the same order.
    pub to_write: Vec<T>,
    /// Ids to delete (only in [`ImportMode::Replace`]), sorted.
    pub to_delete: Vec<String>,
    /// Imported notes whose id was not in the vault.
    pub added: usize,
    /// Existing notes replaced by a newer imported copy.
    pub updated: usize,
    /// Existing notes kept as they were (in Merge: not in the backup, or
    /// at least as new as the imported copy).
    pub kept: usize,
}

impl<T> Default for ImportPlan<T> {
    fn default() -> Self {
        ImportPlan {
            result: Vec::new(),
            to_write: Vec::new(),
            to_delete: Vec::new(),
            added: 0,
            updated: 0,
            kept: 0,
        }
    }
}

fn newest_first<T: Mergeable>(notes: &mut [T]) {
    notes.sort_by(|a, b| {
        b.updated()
            .cmp(&a.updated())
            .then_with(|| a.record_id().cmp(b.record_id()))
    });
}

/// Folds notes by id, keeping the newer `updated_ms` (the first seen on a tie).
fn by_id<'a, T: Mergeable>(notes: impl IntoIterator<Item = &'a T>) -> BTreeMap<&'a str, &'a T> {
    let mut map: BTreeMap<&str, &T> = BTreeMap::new();
    for note in notes {
        map.entry(note.record_id())
            .and_modify(|kept| {
                if note.updated() > kept.updated() {
                    *kept = note;
                }
            })
            .or_insert(note);
    }
    map
}

/// Plans an import of `imported` into a vault holding `existing`.
///
/// Notes are matched by id only (ids are random, so equal ids mean the same
/// note). Duplicate ids within one side are folded the same way, newest wins.
pub fn plan_import<T: Mergeable>(
    existing: &[T],
    imported: &[T],
    mode: ImportMode,
) -> ImportPlan<T> {
    let existing = by_id(existing);
    let imported = by_id(imported);
    let mut plan = ImportPlan::default();
    match mode {
        ImportMode::Merge => {
            for (id, &note) in &existing {
                match imported.get(id) {
                    Some(&newer) if newer.updated() > note.updated() => {
                        plan.updated += 1;
                        plan.to_write.push(newer.clone());
                        plan.result.push(newer.clone());
                    }
                    _ => {
                        plan.kept += 1;
                        plan.result.push(note.clone());
                    }
                }
            }
            for (id, &note) in &imported {
                if !existing.contains_key(id) {
                    plan.added += 1;
                    plan.to_write.push(note.clone());
                    plan.result.push(note.clone());
                }
            }
        }
        ImportMode::Replace => {
            for (id, &note) in &imported {
                match existing.get(id) {
                    Some(&old) if old == note => plan.kept += 1,
                    Some(_) => {
                        plan.updated += 1;
                        plan.to_write.push(note.clone());
                    }
                    None => {
                        plan.added += 1;
                        plan.to_write.push(note.clone());
                    }
                }
                plan.result.push(note.clone());
            }
            plan.to_delete = existing
                .keys()
                .filter(|id| !imported.contains_key(*id))
                .map(|id| (*id).to_string())
                .collect();
        }
    }
    newest_first(&mut plan.result);
    newest_first(&mut plan.to_write);
    plan
}

/// The merged set: every note from both sides, by id, newer `updated_ms`
/// wins. Shorthand for `plan_import(.., ImportMode::Merge).result`.
pub fn merge_notes(existing: &[Note], imported: &[Note]) -> Vec<Note> {
    plan_import(existing, imported, ImportMode::Merge).result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::vault::Category;

    fn note(n: u8, updated_ms: u64, title: &str) -> Note {
        Note {
            id: format!("{n:032x}"),
            title: title.to_string(),
            body: String::new(),
            category: Category::Health,
            created_ms: 1,
            updated_ms,
            contact_phone: None,
            template: None,
        }
    }

    fn titles(notes: &[Note]) -> Vec<&str> {
        notes.iter().map(|n| n.title.as_str()).collect()
    }

    #[test]
    fn merge_keeps_both_sides_and_newer_copy_wins() {
        let existing = [
            note(1, 100, "A old"),
            note(2, 500, "B mine"),
            note(3, 50, "C"),
        ];
        let imported = [
            note(1, 200, "A new"),
            note(2, 400, "B stale"),
            note(4, 300, "D"),
        ];
        let plan = plan_import(&existing, &imported, ImportMode::Merge);
        assert_eq!(titles(&plan.result), ["B mine", "D", "A new", "C"]);
        assert_eq!(titles(&plan.to_write), ["D", "A new"]);
        assert!(plan.to_delete.is_empty());
        assert_eq!((plan.added, plan.updated, plan.kept), (1, 1, 2));
        assert_eq!(merge_notes(&existing, &imported), plan.result);
    }

    #[test]
    fn merge_tie_keeps_existing_and_reimport_writes_nothing() {
        let existing = [note(1, 100, "mine")];
        let plan = plan_import(&existing, &[note(1, 100, "theirs")], ImportMode::Merge);
        assert_eq!(titles(&plan.result), ["mine"]);
        assert!(plan.to_write.is_empty());
        let again = plan_import(&existing, &existing, ImportMode::Merge);
        assert!(again.to_write.is_empty());
        assert_eq!(again.kept, 1);
    }

    #[test]
    fn merge_is_idempotent_and_folds_duplicate_ids() {
        let existing = [note(1, 10, "x"), note(1, 30, "y"), note(2, 5, "z")];
        let imported = [note(2, 6, "z2"), note(2, 4, "z0")];
        let once = merge_notes(&existing, &imported);
        assert_eq!(titles(&once), ["y", "z2"]);
        assert_eq!(merge_notes(&once, &imported), once);
        assert_eq!(merge_notes(&once, &once), once);
    }

    #[test]
    fn replace_yields_exactly_the_import_and_deletes_the_rest() {
        let existing = [note(1, 100, "A"), note(2, 500, "B"), note(3, 50, "C")];
        let imported = [note(1, 100, "A"), note(2, 10, "B older"), note(4, 300, "D")];
        let plan = plan_import(&existing, &imported, ImportMode::Replace);
        assert_eq!(titles(&plan.result), ["D", "A", "B older"]);
        assert_eq!(titles(&plan.to_write), ["D", "B older"]);
        assert_eq!(plan.to_delete, [format!("{:032x}", 3)]);
        assert_eq!((plan.added, plan.updated, plan.kept), (1, 1, 1));
    }

    #[test]
    fn empty_sides() {
        assert!(merge_notes(&[], &[]).is_empty());
        let only = [note(7, 1, "n")];
        assert_eq!(merge_notes(&only, &[]), only);
        assert_eq!(merge_notes(&[], &only), only);
        let plan = plan_import(&only, &[], ImportMode::Replace);
        assert!(plan.result.is_empty());
        assert_eq!(plan.to_delete.len(), 1);
    }
}
