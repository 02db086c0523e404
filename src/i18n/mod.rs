//! Every word of the interface, in Vietnamese and English.
//!
//! A `Tr` has both fields, so a string missing a language does not compile;
//! the test at the bottom also refuses blank text. Content (questions,
//! hotlines) lives in `content/*.json`; this file is only the interface.
//! Translators: edit the text between the quotes, keep the names.

use crate::core::lang::Lang;
pub use crate::core::lang::Tr;

/// Declares string constants and the `ALL` list the tests check. Feature
/// screens keep their strings in a submodule of their own (`check`, …).
macro_rules! strings {
    ($($name:ident = $vi:literal , $en:literal ;)*) => {
        $(pub const $name: Tr = Tr { vi: $vi, en: $en };)*
        /// All strings of this module, for the completeness test.
        pub const ALL: &[(&str, Tr)] = &[$((stringify!($name), $name)),*];
    };
}

pub mod check;
pub mod classroom;
pub mod errors;
pub mod fill;
pub mod notes;
pub mod sources;

pub use errors::UserText;
pub use fill::{around, fill};

/// Discreet mode: the neutral version of each string that tells an
/// onlooker what the app is about (call bar, home, the notes' title). The
/// 111 button itself stays as it is.
const DISCREET: &[(Tr, Tr)] = &[
    (CALL_111_WHAT, CALL_111_WHAT_DISCREET),
    (ALL_HOTLINES, ALL_HOTLINES_DISCREET),
    (HOME_QUIZ_TITLE, HOME_QUIZ_TITLE_DISCREET),
    (HOME_QUIZ_DESC, HOME_QUIZ_DESC_DISCREET),
    (HOME_NOTES_TITLE, HOME_NOTES_TITLE_DISCREET),
    (HOME_NOTES_DESC, HOME_NOTES_DESC_DISCREET),
    (HOME_HOTLINES_TITLE, HOME_HOTLINES_TITLE_DISCREET),
    (HOME_HOTLINES_DESC, HOME_HOTLINES_DESC_DISCREET),
    (HOME_SAFETY_TITLE, HOME_SAFETY_TITLE_DISCREET),
    (HOME_SAFETY_DESC, HOME_SAFETY_DESC_DISCREET),
    (SAFETY_TITLE, HOME_SAFETY_TITLE_DISCREET),
    (notes::NOTES_TITLE, notes::NOTES_TITLE_DISCREET),
    (notes::GUIDE_OPEN, notes::GUIDE_OPEN_DISCREET),
];

/// The neutral word for `text` in discreet mode, if it needs one.
pub fn discreet(text: Tr) -> Option<Tr> {
    DISCREET
        .iter()
        .find(|(plain, _)| *plain == text)
        .map(|(_, quiet)| *quiet)
}

/// Every interface string of every module.
pub fn all_strings() -> impl Iterator<Item = &'static (&'static str, Tr)> {
    ALL.iter()
        .chain(check::ALL.iter())
        .chain(classroom::ALL.iter())
        .chain(notes::ALL.iter())
        .chain(sources::ALL.iter())
}

/// The text a student shares with a teacher: score and pack title only.
pub fn share_text(pack: &crate::core::quiz::Pack, correct: u32, total: u32, lang: Lang) -> String {
    fill(
        QUIZ_SHARE_TEXT.get(lang),
        &[
            ("correct", &correct),
            ("total", &total),
            ("title", &pack.title.get(lang)),
        ],
    )
}

strings! {
    APP_NAME = "Bình An", "Bình An";
    APP_TAGLINE = "Phòng, chống mua bán người — dùng được cả khi không có mạng",
        "Against human trafficking — works even without internet";
    SKIP_TO_CONTENT = "Bỏ qua, đến nội dung chính", "Skip to main content";
    LANG_SWITCH_LABEL = "Ngôn ngữ", "Language";
    LANG_SWITCH_TO_OTHER = "English", "Tiếng Việt";
    LANG_SWITCH_TO_OTHER_SHORT = "EN", "VI";
    // The button's name; {language} is the visible word above, in its own language.
    LANG_SWITCH_ARIA = "Chuyển ngôn ngữ sang {language}", "Switch language to {language}";

    QUICK_EXIT = "Thoát nhanh", "Quick exit";
    // Begins with the button's visible text, hint included (shown where
    // there is a keyboard), so the name holds what is seen (WCAG 2.5.3).
    QUICK_EXIT_ARIA = "Thoát nhanh, hoặc bấm phím Shift 3 lần: rời ứng dụng ngay, mở một trang trung tính",
        "Quick exit, or press Shift 3 times: leave the app now and open a neutral page";
    QUICK_EXIT_HINT = "Hoặc bấm phím Shift 3 lần", "Or press Shift 3 times";

    CALL_111 = "Gọi 111", "Call 111";
    CALL_111_WHAT = "Miễn phí, 24/7 — tổng đài bảo vệ trẻ em và phòng, chống mua bán người",
        "Free, 24/7 — child protection and anti-trafficking hotline";
    CALL_111_SHORT = "Miễn phí, 24/7", "Free, 24/7";
    CALL_NUMBER = "Gọi {number}", "Call {number}";
    ALL_HOTLINES = "Tất cả số điện thoại hỗ trợ", "All helplines";
    CALL_111_WHAT_DISCREET = "Miễn phí, 24/7", "Free, 24/7";
    ALL_HOTLINES_DISCREET = "Số điện thoại khác", "Other numbers";

    NAV_HOME = "Trang chủ", "Home";
    NAV_BACK_HOME = "Về trang chủ", "Back to home";

    HOME_TITLE = "Bạn cần gì hôm nay?", "What do you need today?";
    HOME_INTRO = "Mọi thứ ở đây chỉ nằm trên điện thoại của bạn. Ứng dụng không gửi gì đi đâu.",
        "Everything here stays on your phone. The app sends nothing anywhere.";
    HOME_CHECK_TITLE = "Kiểm tra lời mời việc làm", "Check a job offer";
    HOME_CHECK_DESC = "Trả lời vài câu hỏi về lời mời bạn nhận được, xem mức rủi ro và nên làm gì.",
        "Answer a few questions about an offer you got, see how risky it is and what to do.";
    HOME_QUIZ_TITLE = "Câu đố nâng cao nhận thức", "Awareness quizzes";
    HOME_QUIZ_DESC = "Học cách nhận ra thủ đoạn lừa đảo và biết quyền của mình.",
        "Learn to spot traffickers' tricks and know your rights.";
    HOME_NOTES_TITLE = "Ghi chú an toàn", "Safe notes";
    HOME_NOTES_DESC = "Ghi chú riêng tư, được mã hóa, chỉ mở được bằng mật khẩu của bạn.",
        "Private notes, encrypted, opened only with your passphrase.";
    HOME_HOTLINES_TITLE = "Số điện thoại hỗ trợ", "Helplines";
    HOME_HOTLINES_DESC = "111, 113 và đường dây bảo hộ công dân khi bạn ở nước ngoài.",
        "111, 113 and the citizen protection line when you are abroad.";
    HOME_SAFETY_TITLE = "Dùng ứng dụng an toàn", "Using this app safely";
    HOME_SAFETY_DESC = "Thoát nhanh bảo vệ bạn khỏi điều gì, và không bảo vệ khỏi điều gì.",
        "What quick exit protects you from, and what it does not.";
    HOME_QUIZ_TITLE_DISCREET = "Câu đố", "Quizzes";
    HOME_QUIZ_DESC_DISCREET = "Những câu hỏi ngắn để học thêm điều mới.", "Short quizzes to learn something new.";
    HOME_NOTES_TITLE_DISCREET = "Ghi chú", "Notes";
    HOME_NOTES_DESC_DISCREET = "Ghi chú cá nhân, có mật khẩu.", "Personal notes with a passphrase.";
    HOME_HOTLINES_TITLE_DISCREET = "Số điện thoại", "Phone numbers";
    HOME_HOTLINES_DESC_DISCREET = "Những số điện thoại hữu ích.", "Useful phone numbers.";
    HOME_SAFETY_TITLE_DISCREET = "Riêng tư", "Privacy";
    HOME_SAFETY_DESC_DISCREET = "Thoát nhanh và cài đặt riêng tư.", "Quick exit and privacy settings.";

    COMING_SOON_TITLE = "Sắp có", "Coming soon";
    COMING_SOON_BODY = "Phần này đang được xây dựng và sẽ có trong bản cập nhật tới. Trong lúc chờ, nếu bạn lo lắng về một lời mời hay một tình huống, hãy gọi 111 — miễn phí, 24/7.",
        "This part is being built and will arrive in a coming update. Meanwhile, if you are worried about an offer or a situation, call 111 — free, 24/7.";

    HOTLINES_TITLE = "Số điện thoại hỗ trợ", "Helplines";
    HOTLINES_INTRO = "Bấm vào số để gọi. Số ngắn như 111, 113 có thể không gọi được từ nước ngoài: khi ở nước ngoài, hãy dùng các số ở phần dưới.",
        "Tap a number to call. Short numbers like 111 and 113 may not work from abroad: when abroad, use the numbers further down.";
    HOTLINES_IN_VIETNAM = "Khi bạn ở Việt Nam", "When you are in Vietnam";
    HOTLINES_ABROAD = "Khi bạn đang ở nước ngoài", "When you are abroad";
    HOTLINE_HOURS = "Giờ", "Hours";
    HOTLINE_COST = "Cước phí", "Cost";
    HOTLINE_WHO = "Đơn vị", "Run by";
    HOTLINE_WHEN = "Gọi khi", "Call when";
    HOTLINE_SOURCES = "Nguồn", "Sources";
    HOTLINE_CHECKED = "Các số trên đã được đối chiếu với nguồn ghi dưới mỗi số (theo bản tổng hợp nguồn cập nhật ngày 29/11/2026), lần cuối vào ngày {date}",
        "These numbers were checked against the sources listed under each one (from our source sheet updated on 29 Nov 2026), last on {date}";

    SAFETY_TITLE = "Dùng ứng dụng an toàn", "Using this app safely";
    SAFETY_EXIT_HEADING = "Thoát nhanh làm gì", "What quick exit does";
    SAFETY_EXIT_BODY = "Nút “Thoát nhanh” (hoặc bấm Shift 3 lần) lập tức xóa màn hình và mở một trang tìm kiếm thời tiết thay cho ứng dụng. Nút “quay lại” của trình duyệt trong thẻ này sẽ không đưa về ứng dụng.",
        "The “Quick exit” button (or pressing Shift 3 times) at once clears the screen and opens a weather search in place of the app. The browser's back button in this tab will not lead back to the app.";
    SAFETY_PROTECTS_HEADING = "Nó bảo vệ bạn khỏi", "It protects you from";
    SAFETY_PROTECTS_BODY = "Người đứng cạnh hoặc nhìn qua vai bạn, hay người bất ngờ cầm điện thoại của bạn lên.",
        "Someone standing next to you or looking over your shoulder, or someone who suddenly picks up your phone.";
    SAFETY_NOT_HEADING = "Nó không bảo vệ bạn khỏi", "It does not protect you from";
    SAFETY_NOT_BODY = "Phần mềm theo dõi cài trên điện thoại, người xem kỹ lịch sử duyệt web hoặc danh sách ứng dụng, và nhật ký cuộc gọi (cuộc gọi tới 111 vẫn hiện trong nhật ký). Nếu bạn nghĩ điện thoại bị theo dõi, hãy dùng điện thoại của người bạn tin tưởng.",
        "Monitoring software installed on the phone, someone who looks closely at the browsing history or the list of apps, and the call log (calls to 111 still show in it). If you think your phone is being watched, use the phone of someone you trust.";
    SAFETY_PRIVACY_HEADING = "Dữ liệu của bạn", "Your data";
    SAFETY_PRIVACY_BODY = "Ứng dụng không gửi gì lên mạng, không có quảng cáo, không đo lượt dùng. Trên máy chỉ lưu: ngôn ngữ và chế độ kín đáo bạn chọn, điểm câu đố (không kèm tên), và sổ ghi chú đã mã hóa bằng mật khẩu của bạn nếu bạn tạo. Câu trả lời trong phần kiểm tra lời mời việc làm không được lưu.",
        "The app sends nothing over the network, has no ads and no usage tracking. The phone keeps only your language and discreet-mode choice, quiz scores (without your name) and, if you made one, the notebook encrypted with your passphrase. Your answers in the job-offer check are not saved.";
    DISCREET_HEADING = "Chế độ kín đáo", "Discreet mode";
    DISCREET_LABEL = "Dùng từ ngữ trung tính", "Use neutral words";
    DISCREET_BODY = "Bỏ những chữ cho người đứng cạnh biết ứng dụng này nói về điều gì, trên thanh gọi, trang chủ và sổ ghi chú. Nút gọi 111 vẫn luôn ở cuối màn hình.",
        "Removes the words that tell someone nearby what this app is about, from the call bar, the home screen and the notes. The 111 button stays at the bottom of every screen.";
    WIPE_ALL_HEADING = "Xóa mọi thứ ứng dụng đã lưu trên điện thoại này", "Remove everything this app stored on this phone";
    WIPE_ALL_BODY = "Xóa sổ ghi chú, điểm câu đố, các lựa chọn (ngôn ngữ, chế độ kín đáo) và bản lưu ngoại tuyến của ứng dụng, rồi thoát nhanh. Không thể hoàn tác.",
        "Removes the notebook, quiz scores, your choices (language, discreet mode) and the app's offline copy, then leaves with quick exit. This cannot be undone.";
    WIPE_ALL_OPEN = "Xóa mọi thứ…", "Remove everything…";
    WIPE_ALL_BROWSER_KEEPS = "Trình duyệt vẫn tự giữ một số thứ mà ứng dụng không xóa được: lịch sử duyệt web (Chrome: ⋮ › Lịch sử › Xóa dữ liệu duyệt web), các tệp sao lưu đã tải về (ứng dụng Tệp › Tải xuống, tên bắt đầu bằng “sao-luu”), và biểu tượng ứng dụng nếu bạn đã thêm vào màn hình chính (giữ lâu biểu tượng › Xóa).",
        "The browser keeps some things the app cannot remove: the browsing history (Chrome: ⋮ › History › Delete browsing data), backup files you downloaded (Files app › Downloads, names starting with “sao-luu”), and the app's icon if you added it to the home screen (press and hold it › Remove).";
    WIPE_ALL_CONFIRM = "Xóa hết và thoát", "Remove all and leave";

    QUIZ_LIST_TITLE = "Câu đố nâng cao nhận thức", "Awareness quizzes";
    QUIZ_LIST_INTRO = "Chọn một bộ câu hỏi. Luyện tập để xem giải thích sau mỗi câu, hoặc thi có giờ để tự kiểm tra.",
        "Pick a quiz. Practise to see an explanation after each question, or take a timed contest to test yourself.";
    QUIZ_QUESTIONS = "{count} câu hỏi", "{count} questions";
    QUIZ_BEST = "Điểm cao nhất: {score}", "Best score: {score}";
    QUIZ_LAST = "Lần gần nhất: {date} — {score}", "Last attempt: {date} — {score}";
    // A score: right answers out of all; the same digits in both languages.
    QUIZ_SCORE_OF = "{correct}/{total}", "{correct}/{total}";
    QUIZ_NEVER = "Chưa làm lần nào", "Not tried yet";
    QUIZ_PRACTICE = "Luyện tập", "Practice";
    QUIZ_CONTEST = "Thi có giờ", "Timed contest";
    QUIZ_PRACTICE_DESC = "Không tính giờ. Sau mỗi câu bạn biết ngay đúng hay sai và vì sao.",
        "No timer. After each question you see at once whether you were right, and why.";
    QUIZ_CONTEST_DESC = "Mỗi câu có thời gian giới hạn. Không có gợi ý cho tới khi làm xong; cuối bài xem điểm, thời gian và xem lại tất cả.",
        "Each question has a time limit. No feedback until the end; then you see the score, the time taken and a full review.";
    QUIZ_SECONDS_PER_QUESTION = "{seconds} giây mỗi câu", "{seconds} seconds per question";
    QUIZ_TOTAL_TIME = "Tổng thời gian tối đa: {minutes} phút", "Total time at most: {minutes} minutes";
    QUIZ_START_PRACTICE = "Bắt đầu — Luyện tập", "Start — Practice";
    QUIZ_START_CONTEST = "Bắt đầu — Thi có giờ", "Start — Timed contest";
    QUIZ_QUESTION = "Câu {n}/{total}", "Question {n}/{total}";
    QUIZ_PROGRESS_LABEL = "Tiến độ", "Progress";
    READ_ALOUD = "Đọc to", "Read aloud";
    READ_ALOUD_STOP = "Dừng đọc", "Stop reading";
    QUIZ_CHOOSE_ALL = "Chọn tất cả đáp án đúng, rồi bấm “Trả lời”.", "Choose every right answer, then tap “Answer”.";
    QUIZ_SUBMIT = "Trả lời", "Answer";
    QUIZ_NEXT = "Câu tiếp theo", "Next question";
    QUIZ_SEE_RESULT = "Xem kết quả", "See the result";
    QUIZ_RIGHT = "Đúng rồi!", "Right!";
    QUIZ_WRONG = "Chưa đúng.", "Not quite.";
    QUIZ_TIMED_OUT = "Hết giờ.", "Time is up.";
    QUIZ_RIGHT_ANSWER = "Đáp án đúng", "Right answer";
    // Said after an answer in practice: “Right!” or “Not quite.”, then the right answer.
    QUIZ_VERDICT = "{verdict} Đáp án đúng: {answer}", "{verdict} Right answer: {answer}";
    QUIZ_YOUR_ANSWER = "Bạn chọn", "You chose";
    QUIZ_NO_ANSWER = "(không trả lời)", "(no answer)";
    QUIZ_SOURCE = "Nguồn", "Source";
    QUIZ_SOURCE_UNDATED = "chưa rõ ngày", "date not recorded";
    QUIZ_CONTENT_NOTE = "Trước khi bắt đầu (thầy cô đọc cho cả lớp)", "Before you start (for the teacher to read out)";
    QUIZ_SECONDS_LEFT = "{seconds} giây còn lại", "{seconds} seconds left";
    QUIZ_LEAVE = "Dừng bài", "Stop the quiz";
    QUIZ_RESULT_TITLE = "Kết quả", "Result";
    QUIZ_SCORE = "Điểm", "Score";
    QUIZ_TIME_TAKEN = "Thời gian", "Time taken";
    QUIZ_MISSED = "Những câu bạn làm sai", "The questions you missed";
    QUIZ_ALL_RIGHT = "Bạn trả lời đúng tất cả. Tuyệt vời!", "You got every question right. Well done!";
    QUIZ_REVIEW_ALL = "Xem lại tất cả các câu", "Review every question";
    QUIZ_TRY_AGAIN = "Làm lại", "Try again";
    QUIZ_REVIEW_MISSED = "Ôn lại các câu sai", "Review only the ones I missed";
    QUIZ_BACK_TO_LIST = "Về danh sách bộ câu hỏi", "Back to the quizzes";
    QUIZ_SHARE = "Chia sẻ kết quả", "Share the result";
    // What a student shares with a teacher ([`share_text`]): score and pack title only.
    QUIZ_SHARE_TEXT = "Tôi đạt {correct}/{total} ở bộ câu hỏi “{title}” trên ứng dụng Bình An (phòng, chống mua bán người).",
        "I scored {correct}/{total} on the quiz “{title}” in the Bình An app (against human trafficking).";
    QUIZ_SHARED = "Đã chia sẻ.", "Shared.";
    QUIZ_COPIED = "Đã sao chép kết quả. Dán vào tin nhắn để gửi cho thầy cô.", "Result copied. Paste it into a message to your teacher.";
    QUIZ_SHARE_FAILED = "Không chia sẻ được trên máy này.", "Sharing does not work on this phone.";
    QUIZ_REVIEW_MODE_NOTE = "Ôn lại các câu sai — lần này không tính vào điểm cao nhất.", "Reviewing missed questions — this round does not count towards your best score.";
    QUIZ_CLEAR = "Xóa tiến độ của tôi", "Clear my progress";
    QUIZ_CLEAR_CONFIRM = "Xóa hết điểm và lịch sử làm bài trên máy này?", "Delete all scores and attempts on this phone?";
    QUIZ_CLEAR_YES = "Xóa", "Delete";
    QUIZ_CLEAR_NO = "Không xóa", "Keep them";
    QUIZ_CLEARED = "Đã xóa tiến độ.", "Progress cleared.";
    QUIZ_NOT_SAVED = "Không lưu được điểm lần này.", "This score could not be saved.";
    QUIZ_PROGRESS_PRIVATE = "Điểm chỉ lưu trên máy này, không kèm tên bạn.", "Scores are kept only on this phone, without your name.";
    QUIZ_UNKNOWN_PACK = "Không có bộ câu hỏi này.", "There is no such quiz.";
    QUIZ_STOP_CONFIRM = "Dừng bài? Câu trả lời của lần này sẽ không được lưu.", "Stop? This attempt's answers will not be saved.";

    CONTENT_UNREACHABLE = "Chưa tải được nội dung này. Hãy mở ứng dụng một lần khi có mạng để lưu về máy, rồi thử lại.",
        "This content could not be loaded yet. Open the app once while online so it is saved on the phone, then try again.";
    CONTENT_INVALID = "Nội dung này bị lỗi. Hãy tải lại ứng dụng.", "This content is damaged. Please reload the app.";
    LOADING = "Đang tải…", "Loading…";

    // "Keep for offline use": on a feature's screen when the browser's data
    // saver is on (then the app saves only its start on the phone ahead of
    // time). {kb} is the download, in whole kilobytes.
    KEEP_OFFLINE = "Lưu để dùng khi không có mạng ({kb} KB)", "Keep for offline use ({kb} KB)";
    KEEP_OFFLINE_WHY = "Trình duyệt đang bật tiết kiệm dữ liệu, nên phần này chưa được lưu sẵn trên máy.",
        "Your browser's data saver is on, so this part was not saved on the phone ahead of time.";
    KEEP_OFFLINE_SAVING = "Đang lưu…", "Saving…";
    KEEP_OFFLINE_KEPT = "Đã lưu: phần này dùng được cả khi không có mạng.",
        "Saved: this part works without a connection too.";
    KEEP_OFFLINE_FAILED = "Chưa lưu được. Không có gì bị mất; bạn có thể thử lại khi có mạng.",
        "Could not save it. Nothing was lost; you can try again when you are online.";

    NOT_FOUND_TITLE = "Không tìm thấy trang này", "Page not found";

    UPDATE_READY = "Có phiên bản mới", "A new version is ready";
    UPDATE_RELOAD = "Tải lại", "Reload";
    UPDATE_LATER = "Để sau", "Later";

    VAULT_NOT_SET_UP = "Trên máy này chưa có sổ tay ghi chú.", "There is no notebook on this phone yet.";
    VAULT_ALREADY_EXISTS = "Trên máy này đã có một sổ tay ghi chú. Hãy mở nó bằng mật khẩu của bạn.",
        "This phone already has a notebook. Open it with your passphrase.";
    VAULT_WRONG_PASSPHRASE = "Sai mật khẩu. Hãy thử lại, và nhớ rằng dấu tiếng Việt cũng phải giống hệt (“mèo” khác “meo”).",
        "Wrong passphrase. Please try again; Vietnamese accents count too (a letter without its accent is a different letter).";
    VAULT_LOCKED_OUT = "Bạn đã nhập sai mật khẩu nhiều lần. Hãy chờ một lúc rồi thử lại.",
        "The passphrase was wrong too many times. Wait a little, then try again.";
    VAULT_TRY_AGAIN_IN = "Thử lại sau {seconds} giây", "Try again in {seconds} seconds";
    VAULT_ERASED = "Mật khẩu sai quá nhiều lần nên sổ tay đã bị xóa, theo cài đặt của bạn.",
        "The passphrase was wrong too many times, so the notebook was erased, as you chose in the settings.";
    VAULT_LOCKED = "Sổ tay đang khóa. Hãy nhập mật khẩu để mở.",
        "The notebook is locked. Enter your passphrase to open it.";
    VAULT_NEWER_VERSION = "Sổ tay này được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng.",
        "This notebook was made by a newer version of the app. Please update the app.";
    VAULT_DAMAGED = "Dữ liệu sổ tay bị hỏng và không đọc được.",
        "The notebook data is damaged and cannot be read.";
    VAULT_NOTE_DAMAGED = "Một ghi chú không mở được: nó đã bị sửa hoặc bị chuyển chỗ.",
        "A note could not be opened: it was altered or moved.";
    VAULT_PROTECTION_TOO_WEAK = "Dữ liệu sổ tay yêu cầu mức bảo vệ quá yếu nên bị từ chối. Có thể nó đã bị sửa.",
        "The notebook data asks for protection that is too weak, so it was refused. It may have been altered.";
    VAULT_PROTECTION_TOO_COSTLY = "Dữ liệu sổ tay yêu cầu quá nhiều bộ nhớ cho điện thoại này. Có thể nó đã bị sửa.",
        "The notebook data asks for more memory than this phone allows. It may have been altered.";
    VAULT_ABOVE_DEFAULT = "Sổ tay này đòi điện thoại làm việc nhiều hơn bình thường; có thể ai đó đã sửa nó. Hãy mở khóa ở màn hình trước (ứng dụng sẽ hỏi bạn trước khi làm), hoặc dùng cách xóa khi quên mật khẩu.",
        "This notebook asks for more of the phone's work than usual; someone may have changed it. Unlock it on the previous screen (the app asks you before it starts), or use the erase for a forgotten passphrase.";
    VAULT_PASSPHRASE_TOO_SHORT = "Mật khẩu quá ngắn: cần ít nhất 6 chữ số, hoặc 8 ký tự.",
        "The passphrase is too short: use at least 6 digits, or 8 characters.";
    VAULT_PASSPHRASE_TOO_COMMON = "Mật khẩu này quá phổ biến (dãy số, ngày tháng, “matkhau”, “iloveyou”…): người đoán sẽ thử nó đầu tiên. Hãy chọn cái khác.",
        "This passphrase is too common (runs of digits, dates, “password”, “iloveyou”…): a guesser tries it first. Choose another.";
    VAULT_OUT_OF_MEMORY = "Điện thoại không đủ bộ nhớ hoặc gặp lỗi. Hãy đóng bớt ứng dụng khác rồi thử lại.",
        "The phone ran out of memory or hit an error. Close other apps and try again.";
    VAULT_STOPPED = "Đã dừng. Không có gì thay đổi.", "Stopped. Nothing was changed.";
    VAULT_SOME_UNREADABLE = "Có ghi chú không mở được: chúng đã bị sửa hoặc bị hỏng. Những ghi chú khác vẫn bình thường.",
        "Some notes could not be opened: they were altered or damaged. The other notes are fine.";

    STORAGE_UNAVAILABLE = "Không mở được bộ nhớ của trình duyệt (có thể do chế độ ẩn danh). Bạn vẫn dùng được ứng dụng, nhưng không lưu được gì.",
        "The browser's storage could not be opened (private mode may block it). You can still use the app, but nothing can be saved.";
    STORAGE_BLOCKED = "Một thẻ khác đang mở phiên bản cũ của ứng dụng. Hãy đóng các thẻ khác rồi tải lại.",
        "Another tab has an older version of the app open. Close the other tabs, then reload.";
    STORAGE_FULL = "Bộ nhớ của điện thoại đã đầy. Những gì đã lưu trước đó vẫn còn; hãy giải phóng dung lượng rồi thử lại.",
        "The phone's storage is full. What was saved before is still there; free some space and try again.";
    STORAGE_FAILED = "Không lưu được. Những gì đã lưu trước đó vẫn còn. Hãy thử lại.",
        "Could not save. What was saved before is still there. Please try again.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for (name, tr) in all_strings() {
            assert!(!tr.vi.trim().is_empty(), "{name} has no Vietnamese");
            assert!(!tr.en.trim().is_empty(), "{name} has no English");
        }
        assert!(ALL.len() > 40);
    }

    #[test]
    fn vietnamese_text_is_really_vietnamese() {
        // A copy-paste of English into the vi field is the usual translation
        // slip; Vietnamese sentences carry diacritics. Names and numbers are
        // exempt.
        let exempt = [
            "APP_NAME",
            "LANG_SWITCH_TO_OTHER",
            "LANG_SWITCH_TO_OTHER_SHORT",
            "QUIZ_SCORE_OF",
            "PROJ_CELL",
            "SOURCE_LABEL",
            "SOURCE_LABEL_SITE",
            // Placeholders and punctuation only.
            "PROJ_SAY_QUESTION",
            "PRINT_KIND",
            "COPY_WARN_LINE",
        ];
        for (name, tr) in all_strings() {
            if exempt.contains(name) {
                continue;
            }
            assert!(
                !tr.vi.is_ascii(),
                "{name}: vi text has no Vietnamese letters: {}",
                tr.vi
            );
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = ALL.iter().map(|(n, _)| *n).collect();
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count);
    }

    /// Words that tell an onlooker what the app is about.
    const TELLING: [&str; 9] = [
        "mua bán người",
        "buôn bán người",
        "trafficking",
        "traffickers",
        "an toàn",
        "Safe",
        "bảo vệ trẻ em",
        "child protection",
        "nâng cao nhận thức",
    ];

    #[test]
    fn discreet_mode_leaves_no_telling_word_on_the_call_bar_home_and_notes_title() {
        let shown = [
            CALL_111,
            CALL_111_WHAT,
            ALL_HOTLINES,
            HOME_TITLE,
            HOME_INTRO,
            HOME_CHECK_TITLE,
            HOME_CHECK_DESC,
            HOME_QUIZ_TITLE,
            HOME_QUIZ_DESC,
            HOME_NOTES_TITLE,
            HOME_NOTES_DESC,
            HOME_HOTLINES_TITLE,
            HOME_HOTLINES_DESC,
            HOME_SAFETY_TITLE,
            HOME_SAFETY_DESC,
            notes::NOTES_TITLE,
        ];
        for text in shown {
            let words = discreet(text).unwrap_or(text);
            for w in TELLING {
                assert!(
                    !words.vi.contains(w) && !words.en.contains(w),
                    "discreet mode still says {w:?}: {words:?}"
                );
            }
        }
        // The call button itself is never renamed.
        assert_eq!(discreet(CALL_111), None);
        assert!(CALL_111_WHAT.vi.contains("mua bán người"));
    }

    #[test]
    fn share_text_has_score_and_pack_but_no_name() {
        let pack = crate::core::progress::builtin_packs().remove(0);
        let vi = share_text(&pack, 11, 12, Lang::Vi);
        assert!(vi.starts_with("Tôi đạt 11/12 ở bộ câu hỏi"));
        assert!(vi.contains(&pack.title.vi));
        let en = share_text(&pack, 11, 12, Lang::En);
        assert!(en.contains("11/12") && en.contains(&pack.title.en));
    }

    #[test]
    fn tr_picks_the_language() {
        assert_eq!(QUICK_EXIT.get(Lang::Vi), "Thoát nhanh");
        assert_eq!(QUICK_EXIT.get(Lang::En), "Quick exit");
    }
}
