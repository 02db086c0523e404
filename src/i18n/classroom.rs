//! Interface strings of the quizzes in class: projector mode, printed
//! worksheets and answer keys, the way to the teacher's guide. The guide's
//! own text is content (content/quiz/guide.json).

use super::Tr;

strings! {
    // On the pack's start screen and the list
    CLASS_TITLE = "Dùng trên lớp (cho thầy cô)", "In class (for teachers)";
    CLASS_DESC = "Chiếu từng câu lên màn hình cho cả lớp giơ tay trả lời, hoặc in phiếu cho học sinh không dùng điện thoại.",
        "Project one question at a time for the class to answer with raised hands, or print worksheets for students without a phone.";
    CLASS_PROJECT = "Trình chiếu cho cả lớp", "Project for the class";
    CLASS_PRINT_WORKSHEET = "In phiếu câu hỏi", "Print the worksheet";
    CLASS_PRINT_KEY = "In đáp án", "Print the answer key";
    CLASS_GUIDE_LINK = "Hướng dẫn cho thầy cô: một tiết học 45 phút", "A guide for teachers: a 45-minute lesson";

    // Projector set-up
    PROJ_SETUP_TITLE = "Trình chiếu", "Projector mode";
    PROJ_SETUP_DESC = "Mỗi lần một câu, chữ lớn, cho máy chiếu hoặc TV. Thầy cô hiện đáp án khi cả lớp đã giơ tay, và có thể gõ số tay giơ cho mỗi đáp án. Không hỏi tên, không lưu gì về lớp học.",
        "One question at a time in large type, for a projector or TV. You show the answer once the class has voted and can key in the hands raised for each answer. No names; nothing about the class is stored.";
    PROJ_ORDER = "Thứ tự câu hỏi", "Order of the questions";
    PROJ_ORDER_FIXED = "Giữ thứ tự như trên phiếu in", "Keep the worksheet's order";
    PROJ_ORDER_SHUFFLED = "Trộn ngẫu nhiên", "Shuffle";
    PROJ_TIMER = "Đồng hồ cho mỗi câu", "Timer for each question";
    PROJ_TIMER_OFF = "Không dùng", "None";
    PROJ_SECONDS = "{seconds} giây", "{seconds} seconds";
    PROJ_START = "Bắt đầu trình chiếu", "Start projecting";
    PROJ_KEYS_TITLE = "Phím tắt", "Keys";
    PROJ_KEYS = "→, Page Down hoặc phím cách: hiện đáp án, rồi sang câu sau · ←, Page Up: quay lại · 1–9: thêm một tay giơ cho đáp án A, B, C… · Backspace: bớt tay vừa thêm · T: chạy lại đồng hồ. Bút trình chiếu (gửi Page Up/Page Down) cũng dùng được.",
        "→, Page Down or Space: show the answer, then the next question · ←, Page Up: back · 1–9: one more hand for answer A, B, C… · Backspace: take back the last hand · T: restart the timer. A presentation clicker (sending Page Up/Page Down) works too.";
    PROJ_FULLSCREEN_HINT = "Mẹo: nhấn F11 để chiếu toàn màn hình.", "Tip: press F11 for full screen.";

    // On the projector
    PROJ_REGION = "Màn hình trình chiếu", "Projector screen";
    PROJ_NOTE_TITLE = "Trước khi bắt đầu", "Before we start";
    PROJ_QUESTION_OF = "Câu {n}/{total}", "Question {n} of {total}";
    PROJ_CHOOSE_ALL = "Có thể có nhiều đáp án đúng", "There may be more than one right answer";
    // The number is shown large, in its own element.
    PROJ_HANDS = "{count} tay giơ", "{count} raised";
    PROJ_ADD_HAND = "Thêm một tay cho đáp án {answer}", "One more hand for answer {answer}";
    PROJ_REMOVE_HAND = "Bớt một tay cho đáp án {answer}", "One hand fewer for answer {answer}";
    // Said when a hand is counted: the answer's letter, then the hands.
    PROJ_SAY_HANDS = "{answer}: {count} tay giơ", "{answer}: {count} hands";
    PROJ_RIGHT = "Đáp án đúng", "Right answer";
    // Said when the answer is shown: “Question 3 of 12”, then the right letters.
    PROJ_SAY_RIGHT = "{question}. Đáp án đúng: {answer}", "{question}. Right answer: {answer}";
    // Said when a question opens: “Question 3 of 12”, then its prompt.
    PROJ_SAY_QUESTION = "{question}. {prompt}", "{question}. {prompt}";
    PROJ_REVEAL = "Hiện đáp án", "Show the answer";
    PROJ_NEXT = "Câu tiếp", "Next question";
    PROJ_TO_SUMMARY = "Xem tổng kết", "See the summary";
    PROJ_START_QUESTIONS = "Bắt đầu câu 1", "Start with question 1";
    PROJ_BACK = "Quay lại", "Back";
    PROJ_TIME_UP = "Hết giờ", "Time is up";
    PROJ_TIMER_LABEL = "Thời gian còn lại", "Time left";
    PROJ_RESTART_TIMER = "Chạy lại đồng hồ", "Restart the timer";
    PROJ_LEAVE = "Kết thúc trình chiếu", "End projector mode";
    PROJ_LEAVE_CONFIRM = "Kết thúc? Số tay giơ đã gõ sẽ mất (ứng dụng không lưu chúng).",
        "End now? The hands you keyed in will be gone (the app does not store them).";
    PROJ_LEAVE_YES = "Kết thúc", "End";
    PROJ_LEAVE_NO = "Tiếp tục", "Carry on";
    PROJ_KEYS_SHORT = "→ / phím cách: tiếp · ←: lùi · 1–9: đếm tay", "→ / Space: next · ←: back · 1–9: count hands";

    // Summary
    PROJ_SUMMARY_TITLE = "Tổng kết của lớp", "Class summary";
    PROJ_SUMMARY_LINE = "Đa số lớp chọn đúng ở {right} trong {counted} câu đã đếm tay.",
        "Questions with hands counted: {counted}. Most hands were right on {right} of them.";
    PROJ_SUMMARY_NONE = "Chưa đếm tay ở câu nào.", "No hands were counted.";
    PROJ_REVISIT = "Nên nói lại với lớp", "Worth going over again";
    PROJ_REVISIT_NONE = "Không có câu nào mà đa số chọn sai.", "No question where most hands were wrong.";
    PROJ_COL_QUESTION = "Câu", "Question";
    // The part before the prompt is bold.
    PROJ_REVISIT_LINE = "Câu {n} ({percent}%): {prompt}", "Question {n} ({percent}%): {prompt}";
    // Right hands out of all counted, and the share.
    PROJ_CELL = "{right}/{total} ({percent}%)", "{right}/{total} ({percent}%)";
    PROJ_COL_RIGHT = "Tay chọn đúng", "Hands right";
    PROJ_NOT_COUNTED = "chưa đếm", "not counted";
    PROJ_SUMMARY_FORGET = "Số liệu này không được lưu: rời trang là mất.", "These figures are not stored: they are gone when you leave.";
    PROJ_AGAIN = "Chiếu lại từ đầu", "Start again";

    // Printing
    PRINT_WORKSHEET_TITLE = "Phiếu câu hỏi", "Worksheet";
    PRINT_KEY_TITLE = "Đáp án cho thầy cô", "Answer key for the teacher";
    PRINT_NOW = "In trang này", "Print";
    PRINT_BACK = "Quay lại", "Back";
    PRINT_HELP = "Trang này được định dạng cho khổ A4, đen trắng. Bấm “In trang này”, rồi chọn máy in hoặc “Lưu dưới dạng PDF”.",
        "This page is laid out for A4 in black and white. Tap “Print”, then choose a printer or “Save as PDF”.";
    PRINT_WORKSHEET_HOW = "Đánh dấu ☐ vào đáp án em chọn. Câu ghi “chọn tất cả đáp án đúng” có thể có nhiều đáp án.",
        "Tick ☐ the answer you choose. A question marked “choose every right answer” may have more than one.";
    PRINT_CHOOSE_ONE = "chọn một đáp án", "choose one answer";
    PRINT_CHOOSE_ALL = "chọn tất cả đáp án đúng", "choose every right answer";
    PRINT_TRUE_FALSE = "đúng hay sai", "true or false";
    // After a prompt that does not say it: one of the three above.
    PRINT_KIND = "({kind})", "({kind})";
    PRINT_FOOTER = "Cần giúp đỡ? Gọi 111: miễn phí, 24/7.", "Need help? Call 111: free, 24/7.";
    PRINT_KEY_NOTE = "Đọc cho cả lớp trước khi bắt đầu", "Read this to the class before starting";
    PRINT_SOURCES = "Nguồn", "Sources";
    PRINT_EXPLANATION = "Giải thích", "Explanation";
}
