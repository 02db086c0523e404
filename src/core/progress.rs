//! Quiz progress as stored on the phone: one record per finished attempt,
//! and the per-pack summary the pack list shows. Nothing here names the
//! student: a record is a pack id, a date, a score and a duration.

use super::quiz::{Attempt, Mode, Pack};
use serde::{Deserialize, Serialize};

/// One list of the awareness packs shipped with the app, in the order the
/// list shows them: each id is `content/quiz/<id>.json`, and the file's
/// content is taken from the same id, so the two cannot drift apart. The
/// e2e tests read the ids from the `builtin_packs!` line below; a host test
/// fails when `content/quiz/` holds a pack this list does not name.
macro_rules! builtin_packs {
    ($($id:literal),+ $(,)?) => {
        /// The pack ids, in the order the list shows them.
        pub const PACK_IDS: &[&str] = &[$($id),+];

        /// The pack files' content, for host tests and tools. The app fetches
        /// them instead (see `web::content`), so they are not in the
        /// WebAssembly.
        const PACK_FILES: &[&str] = &[$(include_str!(concat!("../../content/quiz/", $id, ".json"))),+];
    };
}

builtin_packs!("tricks", "online", "love", "abroad", "law", "rights", "help");

/// Parses and validates the built-in packs. The host tests guarantee they
/// load, so an error here means a build that skipped its tests.
pub fn builtin_packs() -> Vec<Pack> {
    PACK_FILES
        .iter()
        .map(|json| Pack::from_json(json).expect("content/quiz/*.json is validated by tests"))
        .collect()
}

/// One finished attempt, as written to IndexedDB (store `quiz_attempts`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptRecord {
    /// Random id, the record's key.
    pub id: String,
    pub pack_id: String,
    pub mode: Mode,
    /// When the attempt finished (ms since the Unix epoch).
    pub finished_ms: u64,
    pub correct: u32,
    pub total: u32,
    pub duration_ms: u64,
}

impl AttemptRecord {
    /// The record of a finished attempt; `None` while questions remain.
    pub fn from_attempt(
        id: String,
        pack: &Pack,
        attempt: &Attempt,
        finished_ms: u64,
    ) -> Option<Self> {
        if !attempt.is_finished() {
            return None;
        }
        let score = attempt.score();
        Some(AttemptRecord {
            id,
            pack_id: pack.id.clone(),
            mode: attempt.mode(),
            finished_ms,
            correct: score.correct as u32,
            total: score.total as u32,
            duration_ms: score.taken_ms,
        })
    }
}

/// What the pack list shows for one pack.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackStats {
    pub attempts: usize,
    /// The best score, as (correct, total); ties go to the faster attempt.
    pub best: Option<(u32, u32)>,
    pub last: Option<AttemptRecord>,
}

/// Summarises the records of one pack (records of other packs are ignored).
pub fn pack_stats(pack_id: &str, records: &[AttemptRecord]) -> PackStats {
    let mine: Vec<&AttemptRecord> = records.iter().filter(|r| r.pack_id == pack_id).collect();
    let best = mine
        .iter()
        .max_by(|a, b| {
            // Compare correct/total as fractions without floats.
            let lhs = u64::from(a.correct) * u64::from(b.total.max(1));
            let rhs = u64::from(b.correct) * u64::from(a.total.max(1));
            lhs.cmp(&rhs).then(b.duration_ms.cmp(&a.duration_ms))
        })
        .map(|r| (r.correct, r.total));
    let last = mine
        .iter()
        .max_by_key(|r| r.finished_ms)
        .map(|r| (*r).clone());
    PackStats {
        attempts: mine.len(),
        best,
        last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(
        id: &str,
        pack: &str,
        correct: u32,
        total: u32,
        finished: u64,
        dur: u64,
    ) -> AttemptRecord {
        AttemptRecord {
            id: id.into(),
            pack_id: pack.into(),
            mode: Mode::Practice,
            finished_ms: finished,
            correct,
            total,
            duration_ms: dur,
        }
    }

    /// Every pack file in `content/quiz/` is on the list (a pack file the
    /// list does not name would be tested but never shown).
    #[test]
    fn every_pack_file_is_on_the_one_list() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/quiz");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            // The teacher's guide sits with the packs; it is not one.
            .filter(|n| n != "guide.json")
            .collect();
        files.sort();
        let mut listed: Vec<String> = PACK_IDS.iter().map(|id| format!("{id}.json")).collect();
        listed.sort();
        assert_eq!(files, listed, "content/quiz/ against builtin_packs!");
    }

    #[test]
    fn builtin_packs_load_with_at_least_twelve_questions_each() {
        let packs = builtin_packs();
        let ids: Vec<&str> = packs.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, PACK_IDS);
        // Issue 17's four new packs are shipped, next to the first three.
        for id in [
            "tricks", "law", "help", "online", "love", "abroad", "rights",
        ] {
            assert!(ids.contains(&id), "pack {id} is missing");
        }
        for p in &packs {
            assert!(
                p.questions.len() >= 12,
                "{} has {}",
                p.id,
                p.questions.len()
            );
        }
    }

    #[test]
    fn stats_pick_best_score_and_latest_attempt_of_the_pack() {
        let records = vec![
            rec("1", "law", 7, 14, 100, 50_000),
            rec("2", "law", 12, 14, 200, 90_000),
            rec("3", "law", 12, 14, 300, 60_000),
            rec("4", "law", 9, 14, 400, 40_000),
            rec("5", "tricks", 14, 14, 500, 10_000),
        ];
        let s = pack_stats("law", &records);
        assert_eq!(s.attempts, 4);
        assert_eq!(s.best, Some((12, 14)));
        assert_eq!(s.last.as_ref().map(|r| r.id.as_str()), Some("4"));
        assert_eq!(pack_stats("help", &records), PackStats::default());
    }

    #[test]
    fn a_record_exists_only_for_a_finished_attempt() {
        let pack = builtin_packs().remove(0);
        let mut attempt = Attempt::new(&pack, 7, Mode::Practice, 0);
        assert!(AttemptRecord::from_attempt("x".into(), &pack, &attempt, 1).is_none());
        let mut now = 0;
        while let Some(shown) = attempt.current(&pack) {
            now += 1000;
            let right: Vec<&str> = shown.question.correct_ids().into_iter().collect();
            attempt.submit(&pack, &right, now).unwrap();
        }
        let r = AttemptRecord::from_attempt("x".into(), &pack, &attempt, now).unwrap();
        assert_eq!(
            (r.correct, r.total),
            (pack.questions.len() as u32, pack.questions.len() as u32)
        );
        assert_eq!(r.duration_ms, 1000 * pack.questions.len() as u64);
        assert_eq!(r.pack_id, pack.id);
    }
}
