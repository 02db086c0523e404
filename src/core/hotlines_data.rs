//! @generated from `content/hotlines.json` by
//! `BINH_AN_WRITE_HOTLINES=1 cargo test --lib core::hotlines`: do not edit;
//! edit the JSON and run that command (see `hotlines.rs`).

use super::hotlines::{Directory, Hotline, Region};
use super::lang::Text;

fn t(vi: &str, en: &str) -> Text {
    Text {
        vi: vi.into(),
        en: en.into(),
    }
}

pub(super) fn directory() -> Directory {
    Directory {
        checked: "2026-12-07".into(),
        checked_against: "shared/content-facts.md as corrected on 2026-11-29 (hotline table, sections 4.1 and 4.3)".into(),
        hotlines: vec![
            Hotline {
                id: "111".into(),
                region: Region::Vietnam,
                number: "111".into(),
                dial: "111".into(),
                free: Some(true),
                name: t("Tổng đài 111 — bảo vệ trẻ em và phòng, chống mua bán người", "Hotline 111 — child protection and anti-trafficking"),
                operator: t("Tổng đài điện thoại quốc gia bảo vệ trẻ em (từ 2017); từ Nghị định 162/2025/NĐ-CP cũng là Tổng đài quốc gia về phòng, chống mua bán người, khai trương ngày 19/9/2025 (Bộ Y tế cùng IOM).", "National child protection hotline (since 2017); since Decree 162/2025/NĐ-CP also the national anti-trafficking hotline, launched on 19 Sep 2025 (Ministry of Health with IOM)."),
                hours: t("24/7, cả ngày lễ", "24/7, holidays included"),
                cost: t("Miễn phí", "Free"),
                purpose: t("Báo tin, nhờ giúp khi bạn hoặc người quen bị dụ đi làm, bị giữ, bị bán hoặc trẻ em bị xâm hại. Tổng đài chuyển tin cho công an, biên phòng, cảnh sát biển hoặc UBND xã, tư vấn pháp lý và kết nối bạn với các dịch vụ y tế, tâm lý, xã hội.", "Report or ask for help when you or someone you know is being lured, held or sold, or a child is being harmed. The hotline passes reports to the police, border guards, coast guard or commune People's Committee, gives legal advice, and links you to medical, psychological and social services."),
                note: Some(t("Theo Nghị định 162/2025/NĐ-CP, cuộc gọi được ghi âm tự động. Số ngắn này có thể không gọi được từ nước ngoài.", "Under Decree 162/2025/NĐ-CP, calls are recorded automatically. This short number may not work from abroad.")),
                sources: vec!["H1 docluat.net/so-dien-thoai-111-tong-dai-quoc-gia-bao-ve-tre-em".into(), "H6 plo.vn/chinh-phu-phat-tin-nhan-tich-cuc-tham-gia-phong-chong-mua-ban-nguoi-post863158.html (30/7/2025)".into(), "H8 tienphong.vn/so-dien-thoai-111-them-chuc-nang-tiep-nhan-thong-tin-phong-chong-mua-ban-nguoi-post1779610.tpo (19/9/2025)".into(), "Decree 56/2017/NĐ-CP Art. 23 (free of charge); Decree 162/2025/NĐ-CP (29/6/2025)".into()],
            },
            Hotline {
                id: "113".into(),
                region: Region::Vietnam,
                number: "113".into(),
                dial: "113".into(),
                free: Some(true),
                name: t("113 — Công an", "113 — Police"),
                operator: t("Công an", "Police (Công an)"),
                hours: t("Khẩn cấp, mọi lúc", "Emergency line, any time"),
                cost: t("Miễn phí", "Free"),
                purpose: t("Khi đang gặp nguy hiểm ngay lúc này: bị giữ, bị đe dọa, bị ép đi.", "When you are in danger right now: held, threatened or forced to go."),
                note: None,
                sources: vec!["H12 lawnet.vn — is the hotline 113, 114 and 115 in Vietnam free of charge".into(), "H13 hieuluat.vn — gọi đến 113, 114, 115, 116 hoàn toàn miễn phí (Circular 02/2020/TT-BTTTT, from 1/4/2020)".into()],
            },
            Hotline {
                id: "115".into(),
                region: Region::Vietnam,
                number: "115".into(),
                dial: "115".into(),
                free: Some(true),
                name: t("115 — Cấp cứu y tế", "115 — Medical emergency"),
                operator: t("Cấp cứu y tế", "Emergency medical service"),
                hours: t("Khẩn cấp, mọi lúc", "Emergency line, any time"),
                cost: t("Miễn phí", "Free"),
                purpose: t("Khi bạn hoặc người bên cạnh bị thương, bị bệnh nặng.", "When you or someone with you is injured or seriously ill."),
                note: None,
                sources: vec!["H12 lawnet.vn — is the hotline 113, 114 and 115 in Vietnam free of charge".into(), "H13 hieuluat.vn — gọi đến 113, 114, 115, 116 hoàn toàn miễn phí (Circular 02/2020/TT-BTTTT)".into()],
            },
            Hotline {
                id: "peace-house".into(),
                region: Region::Vietnam,
                number: "1900 969 680".into(),
                dial: "1900969680".into(),
                free: None,
                name: t("Ngôi nhà Bình yên", "Peace House (Ngôi nhà Bình yên)"),
                operator: t("Trung tâm Phụ nữ và Phát triển, Hội Liên hiệp Phụ nữ Việt Nam", "Center for Women and Development, Vietnam Women's Union"),
                hours: t("24/7", "24/7"),
                cost: t("Chưa rõ cước phí — đầu số 1900 có thể mất phí", "Cost not confirmed — 1900 numbers may be charged"),
                purpose: t("Hỗ trợ phụ nữ và trẻ em bị bạo lực giới, kể cả người trở về sau khi bị mua bán: tư vấn và nhà tạm lánh an toàn.", "Support for women and children facing gender-based violence, including trafficking survivors: counselling and safe shelter."),
                note: None,
                sources: vec!["H19 vwu.vn — the centre provides comprehensive free support services for women and children suffering from gender-based violence".into(), "H20 vovworld.vn — UN helps Vietnam protect women, children of gender-based violence".into(), "H21 ta.ngoinhabinhyen.vn/news_detail.php?news=247".into()],
            },
            Hotline {
                id: "mofa-citizen-protection".into(),
                region: Region::Abroad,
                number: "+84 981 84 84 84".into(),
                dial: "+84981848484".into(),
                free: Some(false),
                name: t("Đường dây nóng bảo hộ công dân — Bộ Ngoại giao", "Citizen protection hotline — Ministry of Foreign Affairs"),
                operator: t("Cục Lãnh sự, Bộ Ngoại giao (cùng Viettel)", "Consular Department, Ministry of Foreign Affairs (with Viettel)"),
                hours: t("24/7", "24/7"),
                cost: t("Tính cước gọi quốc tế hoặc cước thường", "Normal or international call rates"),
                purpose: t("Dành cho công dân Việt Nam đang ở nước ngoài: bị lừa, bị giữ, bị mua bán, mất hộ chiếu, bị bắt, tai nạn. Bạn cũng có thể liên hệ Đại sứ quán Việt Nam tại nước đó.", "For Vietnamese citizens abroad: deceived, held, trafficked, passport lost, arrested, in an accident. You can also contact the Vietnamese embassy in that country."),
                note: Some(t("Nguồn mới nhất chúng tôi thấy nhắc số này là năm 2022.", "The most recent source we saw citing this number is from 2022.")),
                sources: vec!["H15 international.viettel.vn — Vietnam sets up helpline for citizens abroad (2015)".into(), "H17 en.vietnamplus.vn — Vietnam ready for citizen protection in Ukraine: spokesperson (2022)".into(), "MOFA letter 2544/BNG-LS (17/7/2015), via dofabrvt.gov.vn".into()],
            },
        ],
    }
}
