//! Scanner tests on the real phrase list and on hand-made books.

use super::*;
use proptest::prelude::*;

fn scanner() -> Scanner {
    Scanner::builtin().unwrap_or_else(|e| panic!("{e}"))
}

fn ids(matches: &[ScanMatch]) -> Vec<&str> {
    matches.iter().map(|m| m.phrase_id.as_str()).collect()
}

/// The highlighted substrings.
fn spans<'t>(text: &'t str, matches: &[ScanMatch]) -> Vec<&'t str> {
    matches.iter().map(|m| &text[m.start..m.end]).collect()
}

fn book(phrases: &[(&str, &[&str], &[&str])]) -> PhraseBook {
    PhraseBook {
        phrases: phrases
            .iter()
            .map(|(id, patterns, exclude)| Phrase {
                id: id.to_string(),
                patterns: patterns.iter().map(|s| s.to_string()).collect(),
                exclude: exclude.iter().map(|s| s.to_string()).collect(),
                negatable: true,
                serious: false,
                only_with: Vec::new(),
                reason: Text {
                    vi: "lý do".into(),
                    en: "reason".into(),
                },
                sources: vec![Source {
                    publisher: "Bộ Ngoại giao".into(),
                    date: "2025-04-09".into(),
                    url: "https://example.org/a".into(),
                    note: String::new(),
                }],
            })
            .collect(),
    }
}

/// Each text, as typed and without diacritics, lights exactly `expected`.
fn lights_in_both_spellings(s: &Scanner, lit: &[(&str, &[&str])]) {
    for &(text, expected) in lit {
        assert_eq!(ids(&s.scan(text)), expected, "{text}");
        let plain = strip_diacritics(text);
        assert_eq!(ids(&s.scan(&plain)), expected, "{plain}");
    }
}

/// Each text, as typed and without diacritics, lights nothing.
fn clean_in_both_spellings(s: &Scanner, texts: &[&str]) {
    for text in texts {
        for form in [text.to_string(), strip_diacritics(text)] {
            let m = s.scan(&form);
            assert!(m.is_empty(), "{form}: {:?}", spans(&form, &m));
        }
    }
}

/// Checks the promises the UI relies on: valid, sorted, disjoint slices.
fn assert_well_formed(text: &str, matches: &[ScanMatch]) {
    let mut last_end = 0;
    for m in matches {
        assert!(m.start < m.end, "empty match {m:?}");
        assert!(m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.start >= last_end, "overlap or unsorted at {m:?}");
        last_end = m.end;
    }
}

#[test]
fn builtin_phrases_parse_and_validate() {
    let book: PhraseBook = serde_json::from_str(SCAN_JSON).expect("scan-phrases.json parses");
    assert_eq!(book.problems(), Vec::<String>::new());
    assert!(book.phrases.len() >= 10);
    for p in &book.phrases {
        assert!(p.reason.is_complete() && !p.sources.is_empty(), "{}", p.id);
    }
}

/// A text that lights up `id` on its own (the first example of its first
/// pattern), to stand beside a phrase that needs it (`only_with`).
fn example_of(s: &Scanner, id: &str) -> String {
    let p = s.phrase(id).unwrap_or_else(|| panic!("no phrase {id}"));
    pattern_examples(&p.patterns[0]).remove(0)
}

#[test]
fn every_pattern_matches_with_and_without_diacritics_and_in_upper_case() {
    let s = scanner();
    let mut checked = 0;
    for p in s.phrases() {
        // A phrase that needs another is checked beside it (after its own
        // sentence), and alone must stay dark.
        let context = p
            .only_with
            .first()
            .map(|id| (id.as_str(), example_of(&s, id)));
        for example in p
            .patterns
            .iter()
            .flat_map(|pattern| pattern_examples(pattern))
        {
            for form in [
                example.clone(),
                strip_diacritics(&example),
                example.to_uppercase(),
                strip_diacritics(&example).to_uppercase(),
                example.to_lowercase(),
            ] {
                if let Some((other, beside)) = &context {
                    assert!(s.scan(&form).is_empty(), "'{form}' alone ({})", p.id);
                    let form = form
                        .trim_end_matches(|c: char| !c.is_alphanumeric())
                        .to_string();
                    let text = format!("Chào bạn! ({form}), liên hệ nhé. {beside}.");
                    let m = s.scan(&text);
                    assert_eq!(ids(&m), [p.id.as_str(), other], "beside: '{text}'");
                    assert_eq!(spans(&text, &m)[0], form.as_str());
                    checked += 1;
                    continue;
                }
                let m = s.scan(&form);
                assert_eq!(ids(&m), [p.id.as_str()], "'{form}' ({})", p.id);
                // A sign such as the "%" of "100%" is not a word to highlight.
                let form = form
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_string();
                assert_eq!((m[0].start, m[0].end), (0, form.len()), "'{form}'");
                // Inside a sentence, with punctuation around it.
                let text = format!("Chào bạn! ({form}), liên hệ nhé.");
                let m = s.scan(&text);
                assert_eq!(ids(&m), [p.id.as_str()], "in sentence: '{text}'");
                assert_eq!(spans(&text, &m), [form.as_str()]);
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn brief_examples_match_in_every_spelling() {
    let s = scanner();
    for text in [
        "việc nhẹ lương cao",
        "viec nhe luong cao",
        "Việc Nhẹ, Lương Cao!!!",
        "VIEC NHE - LUONG CAO",
        "việc   nhẹ\nlương\tcao",
    ] {
        assert_eq!(ids(&s.scan(text)), ["easy_high_pay"], "{text:?}");
    }
    for text in ["đặt cọc", "dat coc", "ĐẶT CỌC", "Đặt Cọc"] {
        assert_eq!(ids(&s.scan(text)), ["deposit_fee"], "{text:?}");
    }
    assert_eq!(ids(&s.scan("bao ăn ở")), ["everything_paid"]);
    assert_eq!(
        ids(&s.scan("bao an o, bao ve may bay")),
        ["everything_paid", "everything_paid"]
    );
    assert_eq!(ids(&s.scan("Không cần hộ chiếu")), ["no_papers"]);
    assert_eq!(ids(&s.scan("ib qua Telegram nhé")), ["move_to_telegram"]);
}

#[test]
fn decomposed_unicode_matches_and_highlights_the_marks_too() {
    let s = scanner();
    // NFD: base letters followed by combining marks.
    let nfd = "Vie\u{0323}\u{0302}c nhe\u{0323} lu\u{031B}o\u{031B}ng cao\u{0301}";
    let m = s.scan(nfd);
    // "cao" + acute is "cáo", which folds to "cao": a match, whole span.
    assert_eq!(ids(&m), ["easy_high_pay"]);
    assert_eq!((m[0].start, m[0].end), (0, nfd.len()));
    // A lone combining mark at the start does not break anything.
    assert_well_formed("\u{0301}đặt cọc", &s.scan("\u{0301}đặt cọc"));
}

#[test]
fn a_realistic_scam_message_lights_up_each_sign() {
    let s = scanner();
    let msg = "🔥 TUYỂN GẤP 10 bạn sang Campuchia làm việc nhẹ lương cao 25tr/tháng, \
               bao ăn ở, bao vé máy bay, không cần bằng cấp. Đặt cọc 2 triệu giữ chỗ, \
               xuất cảnh nhanh, không cần hộ chiếu. Đừng nói với gia đình nha. Ib Telegram!";
    let m = s.scan(msg);
    assert_well_formed(msg, &m);
    assert_eq!(
        ids(&m),
        [
            "urgent_hiring",
            "scam_hub_area",
            "easy_high_pay",
            "everything_paid",
            "everything_paid",
            "no_qualifications",
            "deposit_fee",
            "no_papers",
            "no_papers",
            "keep_secret",
            "move_to_telegram",
        ]
    );
    assert_eq!(
        spans(msg, &m),
        [
            "TUYỂN GẤP",
            "Campuchia",
            "việc nhẹ lương cao",
            "bao ăn ở",
            "bao vé máy bay",
            "không cần bằng cấp",
            "Đặt cọc",
            "xuất cảnh nhanh",
            "không cần hộ chiếu",
            "Đừng nói với gia đình",
            "Telegram",
        ]
    );
    assert_eq!(s.verdict(&m), Verdict::Lure);
    // The same message typed without diacritics finds the same signs.
    let plain = strip_diacritics(msg);
    assert_eq!(ids(&s.scan(&plain)), ids(&m));
    // And in English.
    let en = "Easy job, high pay in Cambodia! No degree needed, free flights. \
              Pay a small deposit and we keep your passport. Don't tell your family.";
    assert_eq!(
        ids(&s.scan(en)),
        [
            "easy_high_pay",
            "high_pay_vague",
            "scam_hub_area",
            "no_qualifications",
            "everything_paid",
            "deposit_fee",
            "hand_over_documents",
            "keep_secret",
        ]
    );
}

/// Ordinary, honest job ads (written for this test) must not light up.
const HONEST_ADS: [&str; 11] = [
    "Quán cà phê Hoa Sữa (đường Bạch Đằng, quận Hải Châu, Đà Nẵng) tuyển 2 bạn phục vụ ca sáng, \
     6h–11h. Lương 25.000 đồng/giờ, thưởng lễ Tết. Không cần kinh nghiệm, quán sẽ hướng dẫn. \
     Phỏng vấn trực tiếp tại quán, nhớ mang theo căn cước để làm hợp đồng.",
    "Công ty cổ phần Nhân lực An Phát, doanh nghiệp được cấp phép đưa người lao động đi làm việc \
     ở nước ngoài (tra cứu trên dolab.gov.vn), tuyển 20 lao động làm việc tại nhà máy chế biến \
     thực phẩm ở tỉnh Aichi, Nhật Bản. Hợp đồng 3 năm bằng tiếng Việt và tiếng Nhật, ký tại văn \
     phòng công ty ở Hà Nội trước khi xuất cảnh. Người lao động đi theo thị thực lao động và tự \
     giữ hộ chiếu. Các khoản phí dịch vụ ghi rõ trong hợp đồng, có hóa đơn.",
    "Siêu thị mini ở Quận 3, TP.HCM cần tuyển nhân viên thu ngân bán thời gian cho sinh viên, ca \
     4 tiếng, lương 22.000 đồng/giờ, có bảo hiểm tai nạn. Gửi xe miễn phí. Nộp đơn tại quầy dịch \
     vụ khách hàng.",
    "Tiem banh o Hue tuyen nhan vien ban hang, luong 6 trieu/thang, lam 8 tieng/ngay, nghi chu \
     nhat. Lien he truc tiep chu tiem tai cua hang.",
    "Nhà máy linh kiện điện tử ở Bắc Ninh tuyển công nhân lắp ráp từ đủ 18 tuổi. Ký hợp đồng lao \
     động, đóng bảo hiểm xã hội đầy đủ. Có xe đưa đón công nhân và bữa trưa tại nhà máy.",
    "Trung tâm tiếng Anh ở Lào Cai tuyển trợ giảng ngoài giờ cho học sinh lớp 10–12, lương theo \
     buổi, có hợp đồng cộng tác. Ưu tiên bạn đã đi xuất khẩu lao động về.",
    "Xưởng may ở Bình Dương tuyển thợ may có tay nghề, lương 9–12 triệu/tháng, làm từ thứ Hai \
     đến thứ Bảy. Có phòng trọ gần xưởng, người lao động tự trả tiền phòng; chi phí đi lại tự túc.",
    "Barista wanted at a small café in Hội An. Five shifts a week, 30,000 VND per hour plus tips. \
     No experience needed, we will train you. You sign a written contract on your first day and \
     we pay on the 5th of every month.",
    "A licensed recruitment company (listed on dolab.gov.vn) is hiring 15 welders for a shipyard \
     in South Korea. You need a welding certificate and two years of experience. The contract is \
     in Vietnamese and Korean and is signed in Hà Nội before departure; the work visa is arranged \
     through the company. Workers keep their own passports.",
    "Summer camp in Đà Lạt looking for assistants aged 18+ for July. Meals provided on site, 7 \
     million VND a month, contract and insurance included. Parents are welcome to visit the camp.",
    "Delivery rider needed in Hà Nội. Use your own motorbike, flexible hours, paid weekly into \
     your bank account. Apply in person at our office on Lạc Long Quân street.",
];

#[test]
fn honest_job_ads_produce_no_matches() {
    clean_in_both_spellings(&scanner(), &HONEST_ADS);
}

#[test]
fn exclusions_stop_look_alikes_but_not_the_real_thing() {
    let s = scanner();
    assert!(s.scan("Mình làm ở Lào Cai").is_empty());
    assert!(s.scan("Minh lam o Lao Cai").is_empty());
    assert!(s.scan("đi sang lao động ở Đài Loan").is_empty());
    assert_eq!(ids(&s.scan("Mình đang làm ở Lào")), ["scam_hub_area"]);
    assert_eq!(ids(&s.scan("sang Lào lao động")), ["scam_hub_area"]);
}

#[test]
fn word_boundaries_keep_short_patterns_inside_words_from_matching() {
    let s = Scanner::new(book(&[("fee", &["phí"], &[])]));
    assert_eq!(spans("Đóng phí.", &s.scan("Đóng phí.")), ["phí"]);
    assert_eq!(ids(&s.scan("phi")), ["fee"]);
    for text in ["bàn phím", "phía trước", "PHÍM", "phims", "xphí"] {
        assert!(s.scan(text).is_empty(), "{text}");
    }
    // Digits count as word characters too: "fee2" is not "fee".
    let s = Scanner::new(book(&[("fee", &["fee"], &[])]));
    assert!(s.scan("fee2 coffee feet").is_empty());
    assert_eq!(ids(&s.scan("fee, 2 fees")), ["fee"]);
}

#[test]
fn overlapping_matches_keep_the_earliest_then_longest() {
    let s = Scanner::new(book(&[
        ("short", &["nhẹ lương"], &[]),
        ("long", &["việc nhẹ lương cao"], &[]),
        ("tail", &["cao"], &[]),
    ]));
    let text = "việc nhẹ lương cao cao";
    let m = s.scan(text);
    assert_eq!(ids(&m), ["long", "tail"]);
    assert_eq!(spans(text, &m), ["việc nhẹ lương cao", "cao"]);
}

#[test]
fn folding_helpers() {
    assert_eq!(
        strip_diacritics("Việc Nhẹ Lương Cao, Đà Nẵng"),
        "Viec Nhe Luong Cao, Da Nang"
    );
    assert_eq!(strip_diacritics("ỨNG TUYỂN"), "UNG TUYEN");
    assert_eq!(strip_diacritics("e\u{0301}"), "e");
    assert_eq!(fold("  Đặt-CỌC!!  ngay "), " dat coc ngay ");
    assert_eq!(fold("Ðà"), "da", "eth typed for đ");
}

#[test]
fn validator_reports_problems() {
    let mut b = book(&[
        ("a", &["đặt cọc", "!!"], &["Đặt Cọc"]),
        ("a", &["dat coc"], &[]),
        ("c", &[], &[]),
    ]);
    b.phrases[2].reason.en.clear();
    b.phrases[2].sources.clear();
    let p = b.problems();
    let has = |needle: &str| p.iter().any(|x| x.contains(needle));
    assert!(has("a: duplicate id"), "{p:?}");
    assert!(has("pattern '!!' has no letters"));
    assert!(has("exclude 'Đặt Cọc' cancels one of its own patterns"));
    assert!(has("pattern 'dat coc' repeats a pattern of a"));
    assert!(has("c: no patterns"));
    assert!(has("c: reason lacks a language"));
    assert!(has("c: needs sources"));
    // Pattern syntax and sources are checked too.
    let mut b2 = book(&[
        ("d", &["[việc|làm nhẹ", "~ lương", "{n}"], &[]),
        ("e", &["x [a|b]"], &["x a"]),
    ]);
    b2.phrases[0].sources[0].date = "14/3/2024".into();
    b2.phrases[0].sources[0].url = "R5".into();
    b2.phrases[0].sources.push(Source {
        publisher: " ".into(),
        date: String::new(),
        url: "https://example.org".into(),
        note: String::new(),
    });
    let p2 = b2.problems();
    let has2 = |needle: &str| p2.iter().any(|x| x.contains(needle));
    assert!(
        has2("d: pattern '[việc|làm nhẹ': '[' without ']'"),
        "{p2:?}"
    );
    assert!(
        has2("d: pattern '~ lương' '~' at the start or end"),
        "{p2:?}"
    );
    assert!(has2("d: pattern '{n}' has no letters"), "{p2:?}");
    assert!(
        has2("d: source date '14/3/2024' is not YYYY[-MM[-DD]]"),
        "{p2:?}"
    );
    assert!(has2("d: source 'Bộ Ngoại giao' has no address"), "{p2:?}");
    assert!(has2("d: a source has no publisher"), "{p2:?}");
    assert!(
        has2("e: exclude 'x a' cancels one of its own patterns"),
        "{p2:?}"
    );
    // The loader refuses such a book.
    let json = serde_json::to_string(&b).unwrap();
    assert!(matches!(
        Scanner::from_json(&json),
        Err(ContentError::Invalid(_))
    ));
    assert!(matches!(
        Scanner::from_json("{\"phrases\": 1}"),
        Err(ContentError::Json(_))
    ));
}

/// Text made of Vietnamese letters, combining marks, punctuation, emoji,
/// digits and pieces of real patterns, to stress the byte bookkeeping.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "việc",
        "nhẹ",
        "lương",
        "cao",
        "đặt",
        "cọc",
        "Lào",
        "Cai",
        "phí",
        "phím",
        " ",
        "  ",
        "\n",
        ",",
        "!",
        "–",
        "🔥",
        "👩‍👧",
        "\u{0301}",
        "\u{0323}",
        "e\u{0302}",
        "İ",
        "ß",
        "Ω",
        "12",
        "tele",
        "Telegram",
        "ĐẶT",
        "bao",
        "ăn",
        "ở",
        "vé",
        "máy",
        "bay",
        "x",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn matches_are_valid_sorted_disjoint_slices(text in messy_text()) {
        let s = scanner();
        let m = s.scan(&text);
        assert_well_formed(&text, &m);
        // Every match, re-scanned on its own, is found again in full
        // (unless its phrase needs another beside it).
        for one in m.iter().filter(|one| {
            s.phrase(&one.phrase_id).is_some_and(|p| p.only_with.is_empty())
        }) {
            let piece = &text[one.start..one.end];
            let again = s.scan(piece);
            prop_assert!(!again.is_empty(), "{piece:?}");
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,200}") {
        let s = scanner();
        assert_well_formed(&text, &s.scan(&text));
    }
}

/// The letters `base_lower` folds, by base (the table it replaced).
const VIETNAMESE: [(&str, char); 7] = [
    ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
    ("èéẻẽẹêềếểễệ", 'e'),
    ("ìíỉĩị", 'i'),
    ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
    ("ùúủũụưừứửữự", 'u'),
    ("ỳýỷỹỵ", 'y'),
    ("đð", 'd'),
];

#[test]
fn base_lower_folds_every_vietnamese_letter_and_nothing_else() {
    let mut folded = 0;
    for (set, base) in VIETNAMESE {
        for c in set.chars() {
            assert_eq!(super::base_lower(c), base, "{c}");
            folded += 1;
        }
    }
    assert_eq!(folded, 68);
    for c in ('\u{0}'..='\u{2000}').chain('\u{1E00}'..='\u{1EFF}') {
        if !VIETNAMESE.iter().any(|(set, _)| set.contains(c)) {
            assert_eq!(super::base_lower(c), c, "{c:?}");
        }
    }
}

#[test]
fn fold_is_the_characters_of_the_folded_units() {
    for text in [
        "",
        "  ",
        "Việc nhẹ, LƯƠNG CAO!!",
        "Đà Nẵng — 30.000.000đ/tháng",
        "Vie\u{0323}\u{0302}c",
        "\u{0301}đầu",
        "a\u{0301}\u{0301}b",
        "ǅ İ ß ﬁ",
        "x  ,  y",
        "123 abc-XYZ",
    ] {
        let units: String = super::fold_units(text).iter().map(|u| u.ch).collect();
        assert_eq!(super::fold(text), units, "{text:?}");
    }
}

#[test]
fn negation_makes_a_fee_harmless_but_not_a_missing_passport() {
    let s = scanner();
    // State notices and honest ads saying what is NOT asked.
    for text in [
        "Người lao động không phải chi bất kỳ khoản phí môi giới, phí phỏng vấn đơn hàng hay chi phí xuất cảnh.",
        "Công ty không thu phí môi giới, không đặt cọc.",
        "Nghiêm cấm thu tiền môi giới của người lao động.",
        "No deposit, no registration fee.",
        "Chúng tôi không bao ăn ở.",
        "khong thu tien coc",
    ] {
        let m = s.scan(text);
        assert!(m.is_empty(), "{:?} in {text}", spans(text, &m));
    }
    // The same words without the negation are flagged.
    assert_eq!(ids(&s.scan("Công ty thu phí môi giới.")), ["deposit_fee"]);
    assert_eq!(ids(&s.scan("Đặt cọc 2 triệu.")), ["deposit_fee"]);
    // A negation that is itself the warning sign.
    assert_eq!(
        ids(&s.scan("Đi Campuchia không cần hộ chiếu")),
        ["scam_hub_area", "no_papers"]
    );
    assert_eq!(ids(&s.scan("khong can ho chieu")), ["no_papers"]);
    // A turn ("chỉ", "nhưng", "mà") ends the negation.
    assert_eq!(
        ids(&s.scan("Không mất phí, chỉ cần đặt cọc giữ chỗ")),
        ["deposit_fee"]
    );
    assert_eq!(
        ids(&s.scan("công việc không nặng nhọc mà lương cao")),
        ["easy_high_pay", "high_pay_vague"]
    );
    // A comma ends a plain negation's clause.
    assert_eq!(
        ids(&s.scan("Không cần CCCD, đặt cọc 500k là được")),
        ["deposit_fee"]
    );
    // "nó" (he) typed with its mark is not the English "no".
    assert_eq!(ids(&s.scan("nó bảo đặt cọc")), ["deposit_fee"]);
    assert!(s.scan("no deposit").is_empty());
    // "If you do not…" is a condition: the threat after it is flagged.
    assert_eq!(
        ids(&s.scan("nếu không nộp tiền nhanh sẽ mất cơ hội")),
        ["urgency"]
    );
    // Destinations are not negatable: "not Cambodia" still names it.
    assert_eq!(ids(&s.scan("không phải Campuchia đâu")), ["scam_hub_area"]);
}

#[test]
fn amounts_gaps_and_alternatives_match_real_wording() {
    let s = scanner();
    for (text, id) in [
        ("thu nhập 500.000 - 1 triệu đồng/ngày", "work_at_home"),
        ("Mỗi ngày kiếm ít nhất 800 k", "work_at_home"),
        ("lương 3.000 USD", "easy_high_pay"),
        (
            "không có kinh nghiệm lương tháng đầu 23 triệu",
            "no_qualifications",
        ),
        ("xuất cảnh trong vòng 10-15 ngày", "urgency"),
        ("cọc 10 triệu", "deposit_fee"),
        ("lương lên đến 20 triệu", "easy_high_pay"),
    ] {
        let m = s.scan(text);
        assert_eq!(ids(&m), [id], "{text}");
    }
    // Below the bound, or the gap too long, or across a sentence: nothing.
    for text in [
        "lương 1.800 USD",
        "lương lên đến 12 triệu",
        "không có kinh nghiệm. Lương 23 triệu",
        "không có kinh nghiệm thì vẫn được đào tạo đầy đủ và lương 23 triệu",
        "xuất cảnh trong vòng một năm",
    ] {
        assert!(
            s.scan(text).is_empty(),
            "{text}: {:?}",
            spans(text, &s.scan(text))
        );
    }
}

#[test]
fn matches_stay_inside_one_sentence() {
    let s = Scanner::new(book(&[("p", &["việc nhẹ lương cao", "cần ~ gấp"], &[])]));
    assert_eq!(ids(&s.scan("việc nhẹ, lương cao")), ["p"]);
    assert!(s.scan("việc nhẹ. Lương cao").is_empty());
    // A line break is only white space (messages wrap anywhere).
    assert_eq!(ids(&s.scan("việc nhẹ\nlương cao")), ["p"]);
    assert_eq!(ids(&s.scan("cần người gấp")), ["p"]);
    assert!(s.scan("cần người! Gấp").is_empty());
    // The dot inside a number is not a sentence end.
    let s = Scanner::new(book(&[("p", &["{n>=1000} usd"], &[])]));
    assert_eq!(spans("1.500 USD", &s.scan("1.500 USD")), ["1.500 USD"]);
    assert!(s.scan("1. 500 USD").is_empty());
}

#[test]
fn look_alike_words_are_excluded_in_context() {
    let s = scanner();
    for text in [
        "phát triển bản thân",
        "hồ sơ nhân thân",
        "bán than tổ ong",
        "làm việc tại nhà máy",
        "làm việc tại nhà hàng",
        "tiếp viên hàng không",
        "Trung tâm tiếng Anh ở Lào Cai",
        "em và bạn sang Thái Lan",
    ] {
        let m = s.scan(text);
        assert!(m.is_empty(), "{text}: {:?}", spans(text, &m));
    }
    assert_eq!(ids(&s.scan("bán thận")), ["organ_sale"]);
    assert_eq!(ids(&s.scan("làm việc tại nhà")), ["work_at_home"]);
}

#[test]
fn verdict_counts_kinds_and_serious_signs() {
    let s = scanner();
    assert_eq!(s.verdict(&[]), Verdict::NothingFound);
    let one = s.scan("lương cao");
    assert_eq!(s.verdict(&one), Verdict::OneSign);
    // The same kind twice is still one sign.
    let twice = s.scan("bao ăn ở, bao vé máy bay");
    assert_eq!(ids(&twice), ["everything_paid", "everything_paid"]);
    assert_eq!(s.verdict(&twice), Verdict::OneSign);
    assert_eq!(s.verdict(&s.scan("lương cao, bao ăn ở")), Verdict::Lure);
    // One serious sign alone is enough.
    for text in ["cần mua thận", "không cần hộ chiếu", "chuẩn bị tiền chuộc"] {
        let m = s.scan(text);
        assert_eq!(m.len(), 1, "{text}");
        assert_eq!(s.verdict(&m), Verdict::Lure, "{text}");
    }
}

#[test]
fn source_dates_parse_only_as_yyyy_mm_dd() {
    // Dates are checked by the content validation: "YYYY[-MM[-DD]]".
    assert_eq!(
        parse_source_date("2025-04-09"),
        Some((2025, Some(4), Some(9)))
    );
    assert_eq!(parse_source_date("2024-03"), Some((2024, Some(3), None)));
    assert_eq!(parse_source_date("2012"), Some((2012, None, None)));
    for bad in [
        "",
        "24",
        "2024-13",
        "2024-02-32",
        "2024-2-3",
        "2024-01-01-01",
        "R5",
    ] {
        assert_eq!(parse_source_date(bad), None, "{bad}");
    }
}

/// Lure texts with no word a scanner could flag without flagging honest ads
/// too: a journalist's summary of a plain-sounding offer (the danger lay in
/// who made it and to whom: a stranger online, a child, a far province).
/// Listed so that the figure stays honest; the test fails if one of them
/// starts to light up, so the list must shrink.
/// "lure-ho-lai-chau-15yo-office-job" says where the ad was seen ("video
/// tuyển dụng trên TikTok"), but honest employers post there too (an honest
/// text in the corpus: "đăng tuyển dụng trên trang Facebook").
const NO_WORDS_TO_FLAG: [&str; 13] = [
    "lure-taiyo-japan-engineers",
    "lure-kitchen-helper-quang-ngai",
    "lure-hcmc-labour-5-6m-pupils",
    "lure-ho-lai-chau-15yo-office-job",
    "lure-ho-quang-ngai-coffee-shops-hiring",
    // The second blind round (2026-12-08): ordinary words whose danger lay
    // in who placed them (a fake job centre, a trader on Facebook, an agent
    // who "arranged everything"), or words an honest text uses too (pay
    // handed over after each shift, a free ticket, a relative's introduction).
    "lure-tennis-ballboy-paid-per-shift",
    "lure-student-flyer-2h-shift-sampling",
    "lure-australia-domestic-500usd-free",
    "lure-fake-moha-exit-notice-airfare",
    "lure-stranger-intro-message-romance",
    "lure-social-post-shop-restaurant-staff-thanhhoa",
    "lure-flyer-20-office-staff-no-experience",
    "lure-cinema-ticket-seller-250k-shift",
];

/// Phrases added after the second blind round (2026-12-08, see
/// `docs/scan-corpus.md`): each lights the words of a real lure, and each
/// honest neighbour below stays clean. Most neighbours were written by two
/// independent reviews against earlier versions of these phrases, which lit
/// them: ordinary job ads, school and bank notices, news, chat.
#[test]
fn blind_round_phrases_flag_the_lure_and_not_its_honest_neighbour() {
    let s = scanner();
    let lit: [(&str, &[&str]); 16] = [
        ("Sang Campuchia làm, mức lương lên tới hàng nghìn USD/tháng", &["scam_hub_area", "pay_claim"]),
        ("Việc nhẹ, lương tới 20 củ", &["easy_high_pay", "pay_claim"]),
        ("Làm tại nhà, kiếm 10-20 triệu đồng/tuần", &["work_at_home", "pay_claim"]),
        ("Thu nhập khoảng 30 triệu đồng/tháng. Công việc chỉ bưng nước, ngồi nói chuyện với khách.", &["hostess_work"]),
        ("Thanh toán các đơn hàng để tăng lượt bán, được công ty thanh toán lại số tiền đơn hàng và hưởng hoa hồng", &["task_scam", "task_scam"]),
        ("Mua sản phẩm sẽ được xác nhận công việc", &["deposit_fee"]),
        ("Công ty đưa lao động đi bằng visa thương mại", &["tourist_visa"]),
        ("hứa hẹn sẽ trúng đợt thi EPS", &["guarantee"]),
        ("Môi giới đưa người lao động đi Hàn Quốc", &["broker_person"]),
        ("Nhận giải cứu người Việt bị giữ ở Campuchia", &["ransom_rescue", "scam_hub_area"]),
        ("Tuyển gấp, việc nhẹ lương cao", &["urgent_hiring", "easy_high_pay"]),
        ("Đi làm nghề biển, tàu vào bờ mới trả lương. Muốn đi được phải gặp anh Nhu.", &["work_at_sea", "work_at_sea", "broker_person"]),
        ("Nhà ở sang trọng, vé máy bay miễn phí", &["everything_paid"]),
        ("Hiện có rể người Trung Quốc muốn lấy vợ Việt Nam", &["marriage_broker"]),
        ("Chuyển 250 triệu vào tài khoản của trung tâm để chứng minh tài chính", &["study_offer"]),
        ("Nộp 350 triệu đồng để được đi", &["deposit_fee"]),
    ];
    lights_in_both_spellings(&s, &lit);
    clean_in_both_spellings(
        &s,
        &[
        "Cần tuyển gấp. Tuyển ngay. Quán cà phê tuyển phục vụ, thu ngân.",
        "Urgent hiring: cashier for our shop in District 1.",
        "Người lao động trúng tuyển sẽ được đào tạo 3 tháng.",
        "Lương cơ bản 19.273 đài tệ/tháng đối với thuyền viên tàu cá gần bờ.",
        "Tuyển thuyền viên tàu cá đánh bắt xa bờ đi Đài Loan theo hợp đồng, doanh nghiệp có giấy phép.",
        "Tàu vào bờ lúc 5 giờ sáng, mẹ đi chợ gặp chủ tàu.",
        "Học bổng hiệp định do Chính phủ Việt Nam cấp vé máy bay một lượt đi và về.",
        "Trung tâm trợ giúp cô dâu Việt lấy chồng Hàn Quốc khánh thành tại Cần Thơ.",
        "Chị tôi có chồng người Hàn Quốc, sống ở Busan.",
        "Tôi có cháu gái muốn nhờ chị giới thiệu việc làm.",
        "Mời phụ huynh vào nhóm Zalo của lớp để tiện làm quen.",
        "Khi nhập học, sinh viên nộp bằng tốt nghiệp THPT bản gốc để đối chiếu.",
        "Nhóm sinh viên nhận giải cứu dưa hấu cho bà con.",
        "Dịch vụ giải cứu xe hỏng giữa đường.",
        "Bố mẹ vẫn cố lo cho đi học.",
        "Người lao động không phải mất bất kỳ chi phí nào, trừ lệ phí hộ chiếu.",
        "Công đoàn tặng vé xe miễn phí cho công nhân về quê ăn Tết.",
        "Quán cơm tuyển phụ bếp, tiền ăn chủ bao.",
        "Khóa học miễn phí tài liệu. Công ty hỗ trợ tiền trang phục 500.000 đồng.",
        "Học sinh đóng khoản phí bảo hiểm y tế theo quy định.",
        "Mỗi lớp đóng 500 nghìn để tham gia giải bóng đá.",
        "Em được nhà trường chọn đi thi học sinh giỏi cấp tỉnh.",
        "Đêm giao lưu sinh viên các khoa.",
        "Hồ sơ xin visa: sao kê tài khoản ngân hàng 6 tháng gần nhất, số dư tối thiểu 50.000 đồng.",
        "Tăng tương tác cho fanpage của cửa hàng.",
        "CTV bán mỹ phẩm, hưởng hoa hồng 10% trên mỗi đơn hàng.",
        "Kế toán thanh toán các đơn hàng cho nhà cung cấp.",
        "Quán cà phê tuyển phục vụ, công việc chỉ bưng nước và dọn bàn.",
        "Phục vụ tiệc cưới, nhận tiền ngay sau ca.",
        "Đi công tác Nhật Bản bằng visa thương mại.",
        "Du học sinh tốt nghiệp đổi sang visa lao động khi có công ty nhận.",
        "Chi phí du học Úc có thể lên tới hàng chục nghìn USD.",
        "Thu nhập 1 triệu một tuần.",
        "Lương 10 củ một tháng.",
        "Tuyển 2 bảo vệ ca đêm, công ty dịch vụ bảo vệ.",
        "Luật bảo vệ quyền của người lao động đi làm việc ở nước ngoài.",
        "Quán tuyển phục vụ, lễ tân, thu ngân, bảo vệ, pha chế.",
        "Lương trả vào ngày 10 hàng tháng qua tài khoản ngân hàng.",
        // Typed without marks, "cẩn thận" (careful) and "bản thân" (oneself)
        // read as "cần thận" and "bán thận" (a kidney): found by the review.
        "Nhớ khóa cửa cẩn thận nhé, đi đường cẩn thận.",
        "Ứng viên gửi CV kèm thư giới thiệu bản thân qua email.",
        "Hãy biết yêu bản thân và bảo vệ bản thân.",
        // Written by a second review against the narrowed phrases (news
        // lines that quote a lure are left out: they are the lure's words).
        "Theo Bộ LĐTBXH, lao động ngành IT tại Nhật có mức lương lên tới hàng nghìn USD mỗi tháng tùy kinh nghiệm.",
        "Kỹ sư phần mềm giỏi ở Mỹ có lương tới hàng nghìn đô mỗi tuần, theo khảo sát của Glassdoor.",
        "Tin tức: Nhiều lao động đi Hàn theo chương trình EPS có mức lương lên đến hàng nghìn USD/tháng, gửi về quê xây nhà.",
        "Tháng này tao kiếm được 20 củ nhờ chạy Grab cả tết, mệt xỉu.",
        "Con bé nhà bên ra trường làm kế toán lương 15 củ, cũng ổn mày ạ.",
        "Thợ hàn ở Bình Dương thu nhập tới 18 củ một tháng nếu tăng ca đều.",
        "Mua con xe này hết 30 củ, lương tao 8 củ thì bao giờ trả xong.",
        "Shipper part-time ở Hà Nội có thể kiếm 5 triệu một tuần nếu chạy full ca dịp Tết.",
        "Anh thợ xây kể tuần rồi thu nhập 6 triệu mỗi tuần vì công trình gấp.",
        "Gia đình tôi chi tiêu khoảng 5 triệu mỗi tuần cho ăn uống.",
        "Tuyển nhân viên bán hàng quán cà phê sách, thỉnh thoảng ngồi trò chuyện với khách quen về sách mới.",
        "Nhân viên tư vấn bất động sản cần ngồi nói chuyện với khách để hiểu nhu cầu mua nhà.",
        "Hôm qua bà ngoại ra quán ngồi tâm sự cùng khách đi đường đến tận tối.",
        "Dược sĩ cần kiên nhẫn ngồi nói chuyện với khách hàng lớn tuổi để hướng dẫn dùng thuốc.",
        "Khách hàng vui lòng thanh toán đơn hàng để tăng tốc độ xử lý và giao hàng sớm.",
        "Shop khuyến khích thanh toán các đơn hàng để tăng điểm tích lũy thành viên.",
        "Hướng dẫn: thanh toán đơn hàng để tăng hạng thẻ VIP trên ứng dụng Shopee.",
        "Nếu đơn bị huỷ, quý khách sẽ được thanh toán lại tiền đơn hàng trong 3-5 ngày làm việc.",
        "Công ty sẽ thanh toán lại số tiền đã mua văn phòng phẩm khi nhân viên nộp hoá đơn.",
        "Khi giao dịch lỗi, ngân hàng thanh toán lại tiền đã thanh toán vào tài khoản của bạn.",
        "Khách mua sản phẩm tại cửa hàng để nhận quà tặng kèm.",
        "Nhà đầu tư cần nộp 50 triệu để tham gia phiên đấu giá đất theo quy định.",
        "Người dân đóng 60 triệu đồng để tham gia bảo hiểm nhân thọ cho cả gia đình.",
        "Sinh viên phải đóng 55 triệu để tham gia chương trình thạc sĩ liên kết của trường.",
        "Theo luật Úc, du học sinh sau khi sang học xong có thể đổi sang visa làm việc sau tốt nghiệp (485).",
        "Kỹ sư theo diện kỹ năng đặc định, sau khi sang Nhật có thể đổi thành visa lao động dài hạn nếu đỗ kỳ thi.",
        "Trung tâm Lao động ngoài nước khẳng định không có ai được hứa trúng tuyển kỳ thi tiếng Hàn.",
        "Bố mẹ hứa sẽ trúng tuyển đại học thì thưởng xe máy cho con.",
        "Doanh nghiệp được cấp phép không dùng môi giới đưa lao động đi làm việc ở nước ngoài.",
        "Hội chữ thập đỏ nhận giải cứu người mắc kẹt trong lũ tại Yên Bái.",
        "Đội cứu hộ 115 dịch vụ giải cứu người bị kẹt thang máy 24/7.",
        "Phóng sự: làng quê Hàn Quốc nơi nhiều nông dân lấy vợ Việt và sống hạnh phúc.",
        "Anh bạn đồng nghiệp người Đài Loan vừa lấy vợ Việt, cưới ở Cần Thơ tháng trước.",
        "Khách hàng nộp tiền vào tài khoản để nhận sao kê hàng tháng miễn phí.",
        "Tuyển nhân viên nhập liệu văn phòng, chỉ cần biết gõ máy tính và Excel cơ bản, lương 7 triệu.",
        "Lớp tin học cho người lớn tuổi: không khó, chỉ cần biết gõ phím là học được.",
        "Việc làm thêm tại thư viện trường: chỉ cần biết gõ vi tính, ca tối.",
        "Tuyển gấp công nhân may KCN Tân Bình, lương 8 triệu, đi làm ngay, có BHXH đầy đủ.",
        "URGENT HIRING: warehouse staff in Singapore via licensed agency, salary SGD 2000, no fee, contract provided.",
        "Cần gấp người giúp việc theo giờ ở Cầu Giấy, 40k/giờ, đi làm ngay.",
        "Tuyển thuyền viên tàu cá đánh bắt xa bờ, lương 12 triệu/tháng + chia sản phẩm, tiền ăn chủ tàu bao, có hợp đồng, liên hệ chủ tàu Ba Tùng.",
        "Năm nay nghề biển được mùa, chủ tàu ở Quảng Ngãi đánh bắt xa bờ lãi lớn.",
        "Tuyển gấp thuyền viên tàu cá xa bờ, chủ tàu trả lương theo chuyến.",
        "Cần người bảo vệ xe ở bãi giữ xe chung cư, ca đêm, lương 6 triệu.",
        "Tuyển bảo vệ tàu hàng tại cảng Hải Phòng, lương 9 triệu.",
        "Hãng tàu bao vé tàu khứ hồi cho hành khách bị hoãn chuyến.",
        "Công đoàn hỗ trợ công nhân về quê ăn Tết: bao vé tàu, vé xe miễn phí.",
        "Công ty tổ chức du lịch hè cho nhân viên, bao vé khứ hồi và khách sạn.",
        "Chúc mừng em đã trúng tuyển vào lớp 10 chuyên Toán trường THPT Lê Hồng Phong.",
        "Thông báo kết quả trúng tuyển kỳ thi EPS-TOPIK đợt 1 năm 2025 đã được đăng tại colab.gov.vn.",
        "Mẹ ơi con trúng tuyển Đại học Bách khoa rồi!",
        "Các bạn đã trúng tuyển vui lòng nộp hồ sơ nhập học trước ngày 20/8.",
        "Người trúng tuyển sẽ được thông báo qua email trong vòng 5 ngày làm việc.",
        ],
    );
}

/// Lures with two or more highlights, in per cent. The target is 80;
/// 86 of the first 106 lures (81.1 %) reach it since words that are ordinary
/// on their own count beside the sign that makes them a warning (`only_with`,
/// see `docs/scan-corpus.md`). It was 87 until "học bổng hiệp định", the name
/// of the state's real agreement scholarships, left the phrase book: it lit an
/// honest notice of the second blind round. The floor keeps what is reached
/// from slipping back.
const TWO_OR_MORE_FLOOR: usize = 81;

/// The same over every lure, the second blind round (2026-12-08) included:
/// 100 of 139 (71.9 %), under the 80. That round was written by
/// someone who had not seen the phrase book, mostly as reporters' one-line
/// summaries, and the phrases that would have lit more of it also lit honest
/// texts (`docs/scan-corpus.md`). This floor is what is reached, not the
/// target.
const TWO_OR_MORE_FLOOR_ALL: usize = 71;

/// The blind round that `TWO_OR_MORE_FLOOR` does not cover.
const SECOND_BLIND_ROUND: &str = "2026-12-08";

#[test]
fn corpus_lures_light_up_and_honest_ads_stay_clean() {
    use super::corpus::{evaluate, parse, HONEST_JSON, LURES_JSON};
    let s = scanner();
    let lures = parse(LURES_JSON).expect("lure corpus parses");
    let honest = parse(HONEST_JSON).expect("honest corpus parses");
    assert!(lures.len() >= 50, "{} lures", lures.len());
    assert!(honest.len() >= 25, "{} honest ads", honest.len());
    for t in lures.iter().chain(&honest) {
        assert!(!t.text.trim().is_empty() && !t.id.is_empty(), "{}", t.id);
        let url = t.source.get("url").and_then(|u| u.as_str()).unwrap_or("");
        assert!(
            url.starts_with("http"),
            "{}: every text keeps its citation",
            t.id
        );
    }
    let mut unlit = Vec::new();
    for t in &lures {
        let m = s.scan(&t.text);
        assert_well_formed(&t.text, &m);
        if m.is_empty() {
            unlit.push(t.id.as_str());
        }
    }
    assert_eq!(unlit, NO_WORDS_TO_FLAG, "lures without any highlight");
    let r = evaluate(&s, &lures, &honest);
    assert!(
        r.lures.two * 100 >= r.lures.texts * TWO_OR_MORE_FLOOR_ALL,
        "two or more highlights in {} of {} lures (floor {TWO_OR_MORE_FLOOR_ALL} %): {:?}",
        r.lures.two,
        r.lures.texts,
        r.weak_lures
    );
    let first: Vec<_> = lures
        .iter()
        .filter(|t| t.held_out.as_deref() != Some(SECOND_BLIND_ROUND))
        .cloned()
        .collect();
    let f = evaluate(&s, &first, &[]);
    assert!(
        f.lures.two * 100 >= f.lures.texts * TWO_OR_MORE_FLOOR,
        "two or more highlights in {} of the first {} lures (floor {TWO_OR_MORE_FLOOR} %)",
        f.lures.two,
        f.lures.texts,
    );
    assert_eq!(r.false_highlights, Vec::<(String, Vec<String>)>::new());
    // Typed without diacritics, honest ads stay clean too.
    for t in &honest {
        let plain = strip_diacritics(&t.text);
        let m = s.scan(&plain);
        assert!(m.is_empty(), "{}: {:?}", t.id, spans(&plain, &m));
    }
}

/// Messages written for this test the way recruiters type in chats: no
/// diacritics, "ko"/"k" for "không", "Cam" for Cambodia, amounts as "25tr".
#[test]
fn chat_spellings_light_up() {
    let s = scanner();
    for (text, expected) in [
        (
            "tuyen gap 5 ban nu sang Cam lam viec nhe luong cao 25tr/thang, bao bay, ko can ho chieu, ib rieng",
            &["urgent_hiring", "scam_hub_area", "easy_high_pay", "everything_paid", "no_papers", "move_to_telegram"][..],
        ),
        ("k can kinh nghiem, luong 30tr", &["no_qualifications"][..]),
        ("lam tai nha, moi ngay kiem 500k, coc 200k giu cho", &["work_at_home", "work_at_home", "deposit_fee"][..]),
        ("a lo ve xe, ra ben xe se co nguoi don", &["everything_paid", "stranger_pickup"][..]),
    ] {
        assert_eq!(ids(&s.scan(text)), expected, "{text}");
    }
    // "k" after a number is a thousand, not "không": the deposit stays flagged.
    assert_eq!(ids(&s.scan("800 k đặt cọc")), ["deposit_fee"]);
    assert!(s.scan("ko thu tien coc").is_empty());
}

/// A word typed with diacritics matches only the word it is: "chỉ" (only)
/// is not "chị" (sister), "tiến bộ" (progress) is not "tiền bo" (tips),
/// "nhận" (receive) is not "nhàn" (idle). Typed without any, it matches
/// whatever the marks; old and new tone placing are the same word.
#[test]
fn typed_marks_must_agree() {
    let s = scanner();
    assert!(s.scan("công ty chỉ tuyển lao động nữ").is_empty());
    assert!(s.scan("tay nghề ngày một tiến bộ").is_empty());
    assert!(s.scan("việc nhận hàng").is_empty());
    assert_eq!(ids(&s.scan("công ty chị uy tín")), ["broker_person"]);
    assert_eq!(ids(&s.scan("cong ty chi uy tin")), ["broker_person"]);
    assert_eq!(ids(&s.scan("tiền bo mỗi ngày")), ["hostess_work"]);
    // "khỏe" and "khoẻ": the same word with the tone on another letter.
    assert_eq!(
        ids(&s.scan("không đủ sức khỏe vẫn đi được")),
        ids(&s.scan("không đủ sức khoẻ vẫn đi được"))
    );
    assert_eq!(
        ids(&s.scan("không đủ sức khoẻ vẫn đi được")),
        ["no_qualifications"]
    );
    // Decomposed text (combining marks) is matched by its letters.
    let nfd = "vie\u{0302}\u{0323}c nhe\u{0323} lu\u{031b}o\u{031b}ng cao";
    assert_eq!(ids(&s.scan(nfd)), ["easy_high_pay"]);
}

/// An amount and its unit are read together only when nothing but spaces
/// (or the dot of "2.500") stands between them.
#[test]
fn an_amount_reads_only_its_own_unit() {
    let s = scanner();
    assert_eq!(ids(&s.scan("lương 3.000 USD mỗi tháng")), ["easy_high_pay"]);
    assert!(s
        .scan("These positions pay VND 250,000-300,000 (USD 10-12) per day")
        .is_empty());
}

/// A phrase with `only_with` counts only beside one of the phrases it
/// names, never takes their words, and the validator checks the names.
#[test]
fn only_with_needs_its_context_and_leaves_it_visible() {
    let mut b = book(&[
        ("place", &["Campuchia"], &[]),
        (
            "title",
            &["chăm sóc khách hàng", "Campuchia làm chăm sóc"],
            &[],
        ),
    ]);
    b.phrases[1].only_with = vec!["place".into()];
    assert_eq!(b.problems(), Vec::<String>::new());
    let s = Scanner::new(b.clone());
    assert!(s
        .scan("Tuyển nhân viên chăm sóc khách hàng ở Đà Nẵng")
        .is_empty());
    let text = "Sang Campuchia làm chăm sóc khách hàng";
    let m = s.scan(text);
    assert_eq!(ids(&m), ["place", "title"]);
    // The longer "Campuchia làm chăm sóc" would swallow the place it needs.
    assert_eq!(spans(text, &m), ["Campuchia", "chăm sóc khách hàng"]);
    // Before or after the place, in another sentence: the same.
    assert_eq!(
        ids(&s.scan("Chăm sóc khách hàng. Làm ở Campuchia.")),
        ["title", "place"]
    );
    // The validator: an unknown name, and a name that itself needs another.
    b.phrases[1].only_with = vec!["nowhere".into()];
    b.phrases[0].only_with = vec!["title".into()];
    let p = b.problems();
    assert!(
        p.iter()
            .any(|x| x == "title: only_with names no phrase 'nowhere'"),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|x| x == "place: only_with 'title' does not count on its own"),
        "{p:?}"
    );
}

/// The phrases added for the corpus round of 2026-12-07, each on a lure's
/// wording (with and without diacritics) and on a near, honest one.
#[test]
fn new_phrases_flag_the_lure_and_not_its_honest_neighbour() {
    let s = scanner();
    let lit: [(&str, &[&str]); 15] = [
        // A departure promised within months, without study or exams.
        (
            "Ba tháng sau là có thể sang Hàn Quốc làm việc",
            &["urgency"],
        ),
        ("2 thang nua la bay", &["urgency"]),
        ("You fly in just 10 days", &["urgency"]),
        // Paying to be put on the list early.
        (
            "Đặt cọc 10 triệu trước để lên danh sách sớm",
            &["deposit_fee", "urgency"],
        ),
        // "It's just pressing keys on a computer".
        (
            "sang bên đấy chỉ là bấm máy tính chơi game",
            &["vague_job", "scam_work"],
        ),
        ("chi viec ngoi may tinh", &["vague_job"]),
        // A big sum promised.
        (
            "sang Thái Lan bán thận để lấy số tiền lớn",
            &["organ_sale", "high_pay_vague"],
        ),
        ("earn a huge sum of money", &["high_pay_vague"]),
        // A scam compound's cover job, beside the place or Telegram.
        (
            "sang Campuchia làm nhân viên chăm sóc khách hàng, lương cứng 15 triệu",
            &["scam_hub_area", "cover_job_title"],
        ),
        (
            "a customer service representative position via a Telegram post",
            &["cover_job_title", "move_to_telegram"],
        ),
        // A broker's picture of the husband.
        (
            "lấy chồng Hàn Quốc, có nhà riêng, không ở cùng bố mẹ",
            &["marriage_broker", "husband_picture", "husband_picture"],
        ),
        (
            "lay chong Dai Loan, thu nhap on dinh",
            &["marriage_broker", "husband_picture"],
        ),
        // A connector and a price, beside a kidney.
        (
            "Bán mỗi trái thận, các em sẽ nhận được 80 đến 100 triệu đồng",
            &["organ_sale", "organ_deal"],
        ),
        // "nhận được" (receive) typed without marks is not "nhàn" (idle).
        (
            "Nhan duoc 15 trieu, ban than nhom mau O",
            &["organ_deal", "organ_sale", "organ_sale"],
        ),
        (
            "“kết nối” người muốn hiến thận",
            &["organ_deal", "organ_sale"],
        ),
    ];
    lights_in_both_spellings(&s, &lit);
    clean_in_both_spellings(
        &s,
        &[
            // Honest neighbours: the same words where they are no sign.
            "Sau 3 tháng đào tạo và thi đạt tiếng Hàn, người lao động được xuất cảnh.",
            "Làm việc thêm 5 năm nữa là có thể xin cấp thẻ cư trú vĩnh viễn.",
            "Hai tuần sau là đi làm ở xưởng.",
            "Tên bạn có trong danh sách chính thức do Sở công bố trước ngày thi.",
            "Công việc không chỉ là ngồi máy tính: bạn sẽ gặp khách hàng mỗi ngày.",
            "Cảnh giác kẻo bị lừa mất một số tiền lớn.",
            "Tuyển nhân viên chăm sóc khách hàng làm việc tại văn phòng ở Đà Nẵng.",
            "Customer service staff wanted for our office in Hà Nội.",
            "Nhà máy có nhà riêng cho công nhân, thu nhập ổn định.",
            "Trung tâm kết nối việc làm cho sinh viên, nhận 5 triệu mỗi tháng.",
            "Nhận được 15 triệu mỗi tháng sau thử việc.",
            "The workers must depart within 90 days of the visa being issued.",
            // A workplace described, not named: how honest offers and people
            // talk too (lawful cases in tests/fixtures/risk-cases.json), so
            // "no name" is no sign in the text (docs/scan-corpus.md).
            "Tuyển phục vụ tại một nhà hàng nhỏ ở quận Hải Châu, bao ăn trưa.",
            "Em phục vụ ở một quán cà phê nhỏ, lương 15.000 đồng/giờ.",
            "Anh sang làm ở một xưởng cơ khí tại Đài Loan theo hợp đồng.",
            "Người lao động khám sức khỏe tại một cơ sở y tế đủ điều kiện.",
            "Hệ thống các quán cà phê Highlands tuyển nhân viên pha chế.",
            "Two years' experience in a hotel in Da Nang preferred.",
        ],
    );
}
