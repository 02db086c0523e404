//! Interface strings of the job-offer risk check (`/check`). Question and
//! answer texts are content (content/risk-check.json), not here.

use super::Tr;
use crate::core::lang::Lang;
use crate::core::risk::RiskResult;

strings! {
    CHECK_TITLE = "Kiểm tra lời mời việc làm", "Check a job offer";

    // Start panel (the shell shows it too while the check loads)
    CHECK_INTRO = "Trả lời vài câu hỏi về một lời mời việc làm, lấy chồng, du học… cho bạn hoặc cho người thân. Ứng dụng không hỏi tên hay số điện thoại. Nếu chưa biết câu trả lời, cứ chọn “Không chắc”: chưa biết không bị tính là nguy hiểm, mà là điều cần hỏi cho rõ.",
        "Answer a few questions about an offer of a job, a marriage, study… for you or for someone close. The app never asks for a name or phone number. If you don't know an answer, pick “Not sure”: not knowing is not counted as danger, it is something to find out.";
    CHECK_START_ONE_OFFER = "Về một lời mời cụ thể: 6 đến 13 câu hỏi, khoảng 3 phút.",
        "About one offer: 6 to 13 questions, about 3 minutes.";
    CHECK_START_PRIVATE = "Riêng tư: ứng dụng không lưu và không gửi câu trả lời đi đâu. Rời trang này là câu trả lời mất hết.",
        "Private: the app does not store your answers or send them anywhere. When you leave this page, they are gone.";
    CHECK_BEGIN = "Bắt đầu kiểm tra", "Start the check";
    CHECK_OPEN_SCAN = "Dán tin nhắn tuyển dụng để quét", "Paste a recruiter's message to scan it";
    CHECK_OPEN_SCAN_WHAT = "Có tin nhắn hay bài đăng tuyển dụng? Dán vào để tìm những cụm từ đáng lo.",
        "Got a message or job post from the recruiter? Paste it to look for warning phrases.";

    // One question per screen
    CHECK_QUESTION = "Câu {n}", "Question {n}";
    CHECK_QUESTION_OF = "Câu {n}/{total}", "Question {n}/{total}";
    CHECK_PROGRESS = "Tiến độ", "Progress";
    CHECK_CHOSEN = "Đã chọn", "Chosen";
    CHECK_CHOOSE_ALL = "Chọn mọi ý đúng với lời mời, rồi bấm “Tiếp”.",
        "Choose everything that fits the offer, then tap “Next”.";
    CHECK_NEXT = "Tiếp", "Next";
    CHECK_BACK = "Quay lại", "Back";
    CHECK_SEE_RESULT = "Xem kết quả", "See the result";
    CHECK_LEAVE = "Dừng, về trang chủ", "Stop, go home";

    // Result
    CHECK_RESULT_LEVEL = "Mức rủi ro", "Risk level";
    CHECK_PARTIAL = "Bạn chưa trả lời hết các câu, nên kết quả này chưa đầy đủ.",
        "You have not answered every question, so this result is incomplete.";
    CHECK_ABROAD_NOTE = "Từ nước ngoài, số ngắn 111 có thể không gọi được; người nhà ở Việt Nam gọi 111.",
        "From abroad, the short number 111 may not work; family in Vietnam can call 111.";
    CHECK_WHY = "Vì sao ({count})", "Why ({count})";
    CHECK_NO_FLAGS = "Chưa thấy dấu hiệu đáng lo nào trong các câu trả lời của bạn.",
        "No warning signs in your answers.";
    CHECK_CRITICAL = "Dấu hiệu rất nghiêm trọng", "A very serious sign";
    CHECK_YOUR_ANSWER = "Câu trả lời dẫn tới dấu hiệu này", "The answer that shows this sign";
    CHECK_SOURCES = "Nguồn", "Sources";
    CHECK_FIND_OUT = "Cần hỏi rõ thêm", "Still to find out";
    CHECK_FIND_OUT_INTRO = "Bạn chọn “Không chắc” ở những câu này. Đây là điều cần hỏi hoặc tự kiểm tra:",
        "You picked “Not sure” for these. Here is what to ask or check:";
    CHECK_FIND_OUT_INTRO_OTHER = "Bạn chọn “Không chắc” ở những câu này. Đây là điều cần hỏi người đó hoặc tự kiểm tra:",
        "You picked “Not sure” for these. Here is what to ask the person or check:";
    CHECK_STEPS = "Nên làm gì bây giờ", "What to do now";
    CHECK_MORE_STEPS = "Thêm việc nên làm", "More you can do";
    CHECK_SHARE = "Chia sẻ với người bạn tin tưởng", "Share with someone you trust";
    CHECK_SHARE_NOTE = "Gửi bản tóm tắt: kết quả, lý do và nên làm gì. Không có tên ai.",
        "Sends a summary: the result, the reasons and what to do. No name is in it.";
    CHECK_SHARED = "Đã chia sẻ.", "Shared.";
    CHECK_COPIED = "Đã sao chép bản tóm tắt. Dán vào tin nhắn để gửi cho người bạn tin tưởng.",
        "Summary copied. Paste it into a message to someone you trust.";
    CHECK_SHARE_FAILED = "Không chia sẻ được trên máy này. Hãy kể trực tiếp cho người bạn tin tưởng.",
        "Sharing does not work on this phone. Tell someone you trust in person instead.";
    CHECK_REVIEW = "Xem lại câu trả lời của bạn", "Review your answers";
    CHECK_CHANGE_ANSWERS = "Sửa câu trả lời", "Change my answers";
    CHECK_RESTART = "Kiểm tra lại", "Start over";
    CHECK_NOT_SAVED = "Kết quả này không được lưu. Rời trang là nó mất.",
        "This result is not saved. It is gone when you leave the page.";

    // Scan
    CHECK_SCAN_TITLE = "Quét tin nhắn tuyển dụng", "Scan a recruiter's message";
    CHECK_SCAN_LABEL = "Dán tin nhắn hoặc bài đăng tuyển dụng vào đây",
        "Paste the recruiter's message or job post here";
    CHECK_SCAN_HINT = "Văn bản chỉ được đọc trên máy này: không lưu, không gửi đi.",
        "The text is read only on this phone: not saved, not sent.";
    CHECK_SCAN_RUN = "Quét", "Scan";
    CHECK_SCAN_CLEAR = "Xóa chữ", "Clear text";
    CHECK_SCAN_EMPTY = "Hãy dán tin nhắn vào ô trên trước.", "Paste a message into the box first.";
    CHECK_SCAN_RESULT = "Kết quả quét", "Scan result";
    CHECK_SCAN_COUNT = "Số cụm từ đáng lo: {count}", "Warning phrases found: {count}";
    CHECK_SCAN_TEXT = "Tin nhắn của bạn, cụm từ đáng lo được tô màu và đánh số",
        "Your message, with warning phrases highlighted and numbered";
    CHECK_SCAN_WHY = "Vì sao những cụm từ này đáng lo", "Why these phrases are warning signs";
    CHECK_SCAN_NONE = "Điện thoại không nhận ra cụm từ đáng lo nào trong tin này. Điều đó không có nghĩa là lời mời an toàn: kẻ xấu có thể viết khác đi, và nhiều cái bẫy nằm ở điều tin nhắn không nói ra. Bài kiểm tra đầy đủ hỏi cả những điều đó.",
        "The phone did not recognise any warning phrase in this message. That does not mean the offer is safe: bad actors can word things differently, and many traps lie in what a message leaves out. The full check asks about those too.";
    CHECK_SCAN_CAVEAT = "Quét chỉ tìm những cụm từ quen thuộc. Để biết rõ hơn, hãy làm bài kiểm tra đầy đủ.",
        "The scan only looks for well-known phrases. To learn more, take the full check.";
    CHECK_SCAN_FULL = "Làm bài kiểm tra đầy đủ", "Take the full check";
    CHECK_SCAN_VERDICT = "Kết luận", "Verdict";
    CHECK_SCAN_VERDICT_LURE = "Tin này có dấu hiệu của một cái bẫy. Đừng đi, đừng chuyển tiền, đừng gửi giấy tờ; gọi 111 để hỏi ý kiến.",
        "This message has the signs of a trap. Don't go, don't send money or papers; call 111 for advice.";
    CHECK_SCAN_VERDICT_ONE = "Có một dấu hiệu đáng lo. Đừng chuyển tiền hay lên đường khi chưa kiểm tra kỹ; chưa chắc thì gọi 111.",
        "There is a warning sign. Don't send money or set off before checking carefully; if unsure, call 111.";
    CHECK_SCAN_VERDICT_NONE = "Chưa đủ để nói lời mời này an toàn. Thấy lo thì gọi 111.",
        "Not enough to call this offer safe. If you are worried, call 111.";
}

/// The result as plain text to send to someone trusted: the content's
/// headings, laid out here. A plain-text summary to send to someone trusted. It holds only what
/// the check knows (outcome, reasons, steps, the 111 line): the check
/// never asks for a name, so none can leak.
pub fn share_summary(res: &RiskResult, lang: Lang) -> String {
    let l = &res.labels;
    let mut out = format!(
        "{}\n\n{}: {}\n{}\n",
        l.heading.get(lang),
        l.level.get(lang),
        res.title.get(lang),
        res.summary.get(lang),
    );
    out.push_str(&format!("\n{}:\n", l.steps.get(lang)));
    for (i, s) in res.steps.iter().chain(&res.more_steps).enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, s.text.get(lang)));
    }
    out.push_str(&format!("\n{}:\n", l.flags.get(lang)));
    if res.flags.is_empty() {
        out.push_str(&format!("- {}\n", l.no_flags.get(lang)));
    }
    for f in &res.flags {
        out.push_str(&format!("- {}: {}\n", f.title.get(lang), f.why.get(lang)));
    }
    if !res.find_out.is_empty() {
        out.push_str(&format!("\n{}:\n", l.find_out.get(lang)));
        for f in &res.find_out {
            out.push_str(&format!("- {}\n", f.text.get(lang)));
        }
    }
    out.push_str(&format!("\n{}\n", l.hotline.get(lang)));
    out
}

#[cfg(test)]
mod tests {
    use super::share_summary;
    use crate::core::lang::Lang;
    use crate::core::risk::test_support::{check, fill, fill_unsure, pairs};
    use crate::core::risk::BRANCH;

    #[test]
    fn share_summary_holds_outcome_reasons_steps_and_111_in_both_languages() {
        let c = check();
        let r = fill_unsure(
            &c,
            &pairs(&[
                (BRANCH, "abroad_person"),
                ("who_person", "stranger_online"),
                ("pressure", "keep_secret"),
            ]),
        );
        let res = c.evaluate(&r);
        for lang in Lang::ALL {
            let s = share_summary(&res, lang);
            assert!(s.contains("111"), "{s}");
            assert!(s.contains(res.title.get(lang)));
            for f in &res.flags {
                assert!(s.contains(f.title.get(lang)));
                assert!(s.contains(f.why.get(lang)));
            }
            for step in res.steps.iter().chain(&res.more_steps) {
                assert!(s.contains(step.text.get(lang)));
            }
            assert!(s.contains(res.find_out[0].text.get(lang)));
            for q in &c.questions {
                assert!(!s.contains(q.prompt.get(lang)), "{}", q.id);
            }
        }
    }

    #[test]
    fn summary_says_so_when_there_are_no_flags() {
        let c = check();
        let res = c.evaluate(&fill(&c, &pairs(&[(BRANCH, "near_home")])));
        let s = share_summary(&res, Lang::Vi);
        assert!(s.contains(&c.summary.no_flags.vi));
    }
}
