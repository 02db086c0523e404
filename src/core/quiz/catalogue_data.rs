//! @generated from `content/quiz/*.json` by
//! `BINH_AN_WRITE_CATALOGUE=1 cargo test --lib core::quiz::catalogue`:
//! do not edit (see `catalogue.rs`).

use super::catalogue::PackSummary;
use crate::core::lang::Tr;

pub const CATALOGUE: [PackSummary; 7] = [
    PackSummary {
        id: "tricks",
        title: Tr { vi: "Nhận diện chiêu trò", en: "Spot the tricks" },
        description: Tr { vi: "Kẻ mua bán người thường mở đầu bằng một lời mời thật hấp dẫn: việc nhẹ lương cao, một người bạn hay người yêu trên mạng, một lời hứa lấy chồng hay nhận con nuôi. Cùng luyện để nhận ra dấu hiệu đáng ngờ nhé.", en: "Traffickers usually start with a tempting offer: easy work for high pay, a friend or lover online, a promise of marriage or adoption. Practise spotting the warning signs." },
        questions: 14,
    },
    PackSummary {
        id: "online",
        title: Tr { vi: "Bẫy trên mạng", en: "Online traps" },
        description: Tr { vi: "“Bắt cóc online”, việc làm “nhiệm vụ”, tiền cọc giữ chỗ, tài khoản tuyển dụng giả trên Facebook, Zalo, TikTok, Telegram, và những trò lừa nhắm vào gia đình có người bị giữ ở nước ngoài.", en: "“Online kidnapping”, “task” jobs, deposits to hold a place, fake recruiters on Facebook, Zalo, TikTok and Telegram, and the scams aimed at families of people held abroad." },
        questions: 13,
    },
    PackSummary {
        id: "love",
        title: Tr { vi: "Yêu đương, hôn nhân và biên giới", en: "Love, marriage and the border" },
        description: Tr { vi: "Người yêu trên mạng, lời rủ “về nhà anh chơi”, lời hứa lấy chồng giàu: nhận ra những cái bẫy dẫn qua biên giới, và biết pháp luật nói gì về môi giới hôn nhân.", en: "An online boyfriend, an invitation to “visit my home”, a promise of a rich husband: learn to spot the traps that lead across the border, and what the law says about marriage brokers." },
        questions: 13,
    },
    PackSummary {
        id: "abroad",
        title: Tr { vi: "Đi làm ở nước ngoài đúng luật", en: "Working abroad the lawful way" },
        description: Tr { vi: "Ai được đưa người đi làm, từ bao nhiêu tuổi, được thu những khoản nào và khi nào, ký quỹ ra sao, chương trình EPS sang Hàn Quốc, và quyền của người lao động khi gặp chuyện.", en: "Who may send workers abroad, from what age, which fees may be charged and when, how deposits work, the EPS programme to Korea, and workers' rights when things go wrong." },
        questions: 13,
    },
    PackSummary {
        id: "law",
        title: Tr { vi: "Luật pháp và quyền của bạn", en: "The law and your rights" },
        description: Tr { vi: "Pháp luật Việt Nam bảo vệ bạn: từ Luật Phòng, chống mua bán người 2024 đến Bộ luật Hình sự và luật về đi làm việc ở nước ngoài. Biết quyền của mình để tự tin nhờ giúp đỡ.", en: "Vietnamese law protects you: from the 2024 anti-trafficking law to the Penal Code and the law on working abroad. Know your rights so you can ask for help with confidence." },
        questions: 14,
    },
    PackSummary {
        id: "rights",
        title: Tr { vi: "Quyền của nạn nhân và chống kỳ thị", en: "Victims' rights and fighting stigma" },
        description: Tr { vi: "Pháp luật hỗ trợ người bị mua bán những gì, vì sao chuyện của họ phải được giữ kín, và cách đối xử với một bạn cùng lớp vừa trở về.", en: "What support the law gives people who were trafficked, why their story must be kept private, and how to treat a classmate who has come back." },
        questions: 13,
    },
    PackSummary {
        id: "help",
        title: Tr { vi: "An toàn và tìm trợ giúp", en: "Stay safe and get help" },
        description: Tr { vi: "Biết gọi ai, giữ gì bên mình và làm gì khi gặp chuyện, ở trong nước hay ở nước ngoài. Bạn không bao giờ phải đối mặt một mình.", en: "Know whom to call, what to keep hold of and what to do if something goes wrong, at home or abroad. You never have to face it alone." },
        questions: 14,
    },
];
