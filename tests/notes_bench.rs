//! Notes vault benchmark in headless Chromium: prints figures, never fails on
//! a time (only on wrong results). Not part of `scripts/dev.sh test`; run it
//! with `scripts/dev.sh bench-notes`, which builds it in release mode next to
//! the native counterpart (`examples/kdf_native.rs`) and prints a table.
//!
//! One line per figure, all times in milliseconds from `performance.now()`:
//!
//! ```text
//! BENCH <figure> median=… min=… max=… runs=…
//! ```
//!
//! * `unlock_ms`: `VaultStore::unlock` with `KdfParams::DEFAULT` (header read
//!   and lockout counter in IndexedDB, NFC normalisation, Argon2id, unwrap,
//!   counter reset): what the unlock screen waits for.
//! * `unlock_core_ms`: `core::vault::unlock` alone (Argon2id + unwrap), the
//!   computation `kdf_native` times natively.
//! * `list_1000_ms`: `VaultStore::list_notes` over 1,000 notes (getAll,
//!   decrypt all, sort): opening the list.
//! * `save_into_1000_ms`: `VaultStore::save_note` of an edited note into the
//!   1,000 (seal + one transaction).
//! * `search_build_1000_ms`, `search_query_1000_ms`, `search_total_1000_ms`:
//!   `SearchIndex::new` over the 1,000 notes (the list rebuilds it when the
//!   notes change), one `search` (what each keystroke runs), and their sum.
//!
//! Chromium without cross-origin isolation rounds `performance.now()` to
//! 0.1 ms, so sub-millisecond figures are coarse.
#![cfg(target_arch = "wasm32")]

use binh_an::core::vault::{
    self, new_record_id, plan_import, Category, ImportMode, KdfParams, Note, SearchIndex,
};
use binh_an::web::storage::{Storage, VAULT_SCHEMA};
use binh_an::web::vault_store::VaultStore;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}

const DB: &str = "binh-an-bench-notes";
const PASS: &str = "mật khẩu an toàn của tôi";
const NOTES: usize = 1_000;
const UNLOCK_RUNS: usize = 5;
const LIST_RUNS: usize = 7;
const SAVE_RUNS: usize = 25;
const SEARCH_RUNS: usize = 25;
/// Every `MARK_EVERY`th note mentions [`MARK`]; nothing else in the generated
/// text folds to [`MARK_QUERY`].
const MARK_EVERY: usize = 50;
const MARK: &str = "khu Tam Giác Vàng";
const MARK_QUERY: &str = "tam giac vang";

/// Prints `BENCH <name> median=… min=… max=… runs=…` and returns the median.
fn report(name: &str, times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    let n = times.len();
    let median = if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2.0
    };
    console_log!(
        "BENCH {name} median={median:.2} min={:.2} max={:.2} runs={n}",
        times[0],
        times[n - 1]
    );
    median
}

/// A small deterministic generator (xorshift64*), so every run benchmarks
/// the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const TITLE_HEADS: &[&str] = &[
    "Hẹn gặp cán bộ xã hội",
    "Lịch làm việc với luật sư",
    "Khám sức khỏe định kỳ",
    "Giấy tờ tùy thân cần làm lại",
    "Số điện thoại của chị Hoa",
    "Những gì đã xảy ra ở công ty",
    "Hỏi về trợ giúp pháp lý",
    "Ghi nhớ về hồ sơ vụ việc",
    "Đi lấy kết quả xét nghiệm",
    "Liên hệ với Hội Liên hiệp Phụ nữ",
];

const TITLE_TAILS: &[&str] = &[
    " vào sáng thứ Hai",
    " ở trung tâm tỉnh",
    " trước cuối tháng này",
    " cùng mẹ và em gái",
    " tại bệnh viện huyện",
    " sau buổi làm việc",
    " lần thứ hai",
    " ở nhà tạm lánh",
];

const SENTENCES: &[&str] = &[
    "Sáng nay tôi đã gọi cho cán bộ xã hội và hẹn gặp lúc chín giờ ở văn phòng phường.",
    "Họ nói công việc ở nước ngoài rất nhẹ nhàng, lương cao, không cần kinh nghiệm hay ngoại ngữ.",
    "Người môi giới giữ hộ chiếu của tôi và nói phải trả hết tiền nợ mới được đi.",
    "Luật sư dặn tôi mang theo bản sao chứng minh nhân dân, sổ hộ khẩu và các tin nhắn cũ.",
    "Bác sĩ hẹn tái khám sau hai tuần, nhớ uống thuốc đều đặn mỗi buổi tối.",
    "Tôi cần ghi lại thời gian, địa điểm và tên những người đã gặp để kể cho công an.",
    "Chị Lan ở Hội Liên hiệp Phụ nữ hứa giúp tôi tìm một khóa học nghề may.",
    "Mẹ vẫn chưa biết hết mọi chuyện, tôi muốn tự kể khi cảm thấy sẵn sàng.",
    "Trung tâm hỗ trợ có chỗ ở tạm thời và người tư vấn tâm lý miễn phí.",
    "Đừng quên hỏi về thủ tục xin cấp lại giấy khai sinh ở ủy ban xã.",
    "Tối qua tôi ngủ được nhiều hơn, không còn mơ thấy căn phòng khóa cửa đó nữa.",
    "Nhân viên đại sứ quán nói hồ sơ sẽ được xử lý trong khoảng ba mươi ngày làm việc.",
    "Số tiền họ hứa là một nghìn đô la mỗi tháng nhưng thực tế tôi không nhận được đồng nào.",
    "Cô giáo cũ có thể viết giấy xác nhận rằng tôi đã học ở trường đến hết lớp chín.",
    "Nếu có ai gọi điện hỏi về tôi thì không trả lời và báo ngay cho cán bộ phụ trách.",
    "Hôm nay trời mưa to nên buổi hẹn ở bệnh viện được dời sang chiều thứ Năm.",
];

const PHONES: &[&str] = &[
    "0912 345 678",
    "0987 654 321",
    "0903 112 233",
    "0356 789 012",
    "024 3825 1234",
    "111",
];

/// 1,000 realistic notes: titles of 30–60 characters, Vietnamese bodies of
/// 300–800 characters, every category, about a third with a phone number,
/// and every [`MARK_EVERY`]th one mentioning [`MARK`].
fn make_notes() -> Vec<Note> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let base = 1_700_000_000_000u64;
    (0..NOTES)
        .map(|i| {
            let mut title = format!("{}{}", rng.pick(TITLE_HEADS), rng.pick(TITLE_TAILS));
            if title.chars().count() < 30 {
                title.push_str(" (cần nhớ)");
            }
            // Whole sentences up to a random length; the longest sentence and
            // the phone number keep the body under 800 characters.
            let target = 300 + rng.below(351);
            let mut body = String::new();
            if i % MARK_EVERY == 7 {
                body.push_str("Họ định đưa tôi sang ");
                body.push_str(MARK);
                body.push_str(", tôi đã từ chối. ");
            }
            while body.chars().count() < target {
                body.push_str(rng.pick(SENTENCES));
                body.push(' ');
            }
            let contact_phone = (rng.below(3) == 0).then(|| rng.pick(PHONES).to_string());
            if let Some(phone) = &contact_phone {
                body.push_str(" Gọi số ");
                body.push_str(phone);
                body.push('.');
            }
            let created_ms = base + (i as u64) * 3_600_000;
            Note {
                id: new_record_id().expect("random id"),
                title,
                body,
                category: Category::ALL[rng.below(Category::ALL.len())],
                created_ms,
                updated_ms: created_ms + rng.below(86_400_000) as u64,
                contact_phone,
                template: None,
            }
        })
        .collect()
}

#[wasm_bindgen_test]
async fn notes_vault_1000() {
    let notes = make_notes();
    for note in &notes {
        let (t, b) = (note.title.chars().count(), note.body.chars().count());
        assert!((30..=60).contains(&t), "title of {t} chars: {}", note.title);
        assert!((300..=800).contains(&b), "body of {b} chars");
    }
    let marked: Vec<&str> = notes
        .iter()
        .enumerate()
        .filter(|(i, _)| i % MARK_EVERY == 7)
        .map(|(_, n)| n.id.as_str())
        .collect();

    Storage::delete_database(DB)
        .await
        .expect("delete old bench db");
    let store = VaultStore::with_storage(
        Storage::open_with(DB, VAULT_SCHEMA)
            .await
            .expect("open bench db"),
    );
    let created = store
        .create(PASS, KdfParams::DEFAULT)
        .await
        .expect("create the vault");
    let plan = plan_import(&[], &notes, ImportMode::Merge);
    assert_eq!(plan.added, NOTES);
    store.import(&created, &plan).await.expect("insert 1,000");
    drop(created);

    // Unlock: the store (what the unlock screen waits for), then the core.
    let mut vault = None;
    let mut times = Vec::new();
    for _ in 0..UNLOCK_RUNS {
        let start = now();
        let opened = store.unlock(PASS).await.expect("unlock");
        times.push(now() - start);
        vault = Some(opened);
    }
    report("unlock_ms", &mut times);
    let vault = vault.expect("unlocked");

    let header = store.header().await.expect("read").expect("a header");
    assert_eq!(header.kdf, KdfParams::DEFAULT);
    let mut times = Vec::new();
    for _ in 0..UNLOCK_RUNS {
        let start = now();
        let opened = vault::unlock(&header, PASS).expect("core unlock");
        times.push(now() - start);
        assert_eq!(opened.vault_id(), vault.vault_id());
    }
    report("unlock_core_ms", &mut times);

    // Open the list of 1,000.
    let mut list = None;
    let mut times = Vec::new();
    for _ in 0..LIST_RUNS {
        let start = now();
        let listed = store.list_notes(&vault).await.expect("list");
        times.push(now() - start);
        list = Some(listed);
    }
    report("list_1000_ms", &mut times);
    let list = list.expect("listed");
    assert_eq!(list.notes.len(), NOTES);
    assert_eq!(list.unreadable, 0);
    assert!(list
        .notes
        .windows(2)
        .all(|w| w[0].updated_ms >= w[1].updated_ms));

    // Save one edited note into the 1,000 (a different note each run).
    let mut edited = Vec::new();
    let mut times = Vec::new();
    for i in 0..SAVE_RUNS {
        let mut note = list.notes[i * 37 % NOTES].clone();
        note.body.push_str(" Đã sửa lại sau buổi gặp.");
        note.updated_ms += 1;
        let start = now();
        store.save_note(&vault, &note).await.expect("save");
        times.push(now() - start);
        edited.push(note);
    }
    report("save_into_1000_ms", &mut times);
    let after = store.list_notes(&vault).await.expect("list after saving");
    assert_eq!(after.notes.len(), NOTES);
    for note in &edited {
        assert!(
            after.notes.contains(note),
            "saved note {} not found",
            note.id
        );
    }

    // Search: build the index, then one query, as the notes list does.
    let notes = after.notes;
    let mut build = Vec::new();
    let mut query = Vec::new();
    for _ in 0..SEARCH_RUNS {
        let start = now();
        let index = SearchIndex::new(&notes);
        let built = now();
        let hits = index.search(&notes, None, MARK_QUERY);
        let done = now();
        build.push(built - start);
        query.push(done - built);
        let mut found: Vec<&str> = hits.iter().map(|&i| notes[i].id.as_str()).collect();
        found.sort_unstable();
        let mut expected = marked.clone();
        expected.sort_unstable();
        assert_eq!(found, expected);
    }
    let mut total: Vec<f64> = build.iter().zip(&query).map(|(b, q)| b + q).collect();
    report("search_build_1000_ms", &mut build);
    report("search_query_1000_ms", &mut query);
    report("search_total_1000_ms", &mut total);
    let index = SearchIndex::new(&notes);
    let health = index.search(&notes, Some(Category::Health), "");
    assert!(!health.is_empty());
    assert!(health
        .iter()
        .all(|&i| notes[i].category == Category::Health));

    drop(vault);
    assert!(store.delete_database().await, "delete the bench db");
}
