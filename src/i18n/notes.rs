//! Interface strings of the safe notes (`/notes`). The vault's error
//! messages (`VAULT_*`) are in the main module.

use super::Tr;

strings! {
    NOTES_TITLE = "Ghi chú an toàn", "Safe notes";
    NOTES_LOADING = "Đang mở sổ tay…", "Opening the notebook…";

    // First use
    NOTES_SETUP_LEDE = "Sổ tay ghi chú được mã hóa trên chính điện thoại này. Hãy đọc kỹ trước khi tạo.",
        "The notebook is encrypted on this phone itself. Please read this before you create it.";
    NOTES_PROTECTS_TITLE = "Điều được bảo vệ", "What is protected";
    NOTES_PROTECTS_1 = "Ghi chú được mã hóa và chỉ nằm trên điện thoại này. Ứng dụng không gửi chúng đi đâu.",
        "Your notes are encrypted and stay on this phone. The app sends them nowhere.";
    NOTES_PROTECTS_2 = "Chỉ người biết mật khẩu mới đọc được. Người cầm máy mà không biết mật khẩu chỉ thấy sổ tay đang khóa.",
        "Only someone who knows the passphrase can read them. Someone holding the phone without it only sees a locked notebook.";
    NOTES_NOT_PROTECTS_TITLE = "Điều không được bảo vệ", "What is not protected";
    NOTES_NOT_PROTECTS_1 = "Nếu quên mật khẩu, không ai lấy lại được ghi chú, kể cả chúng tôi.",
        "If you forget the passphrase, nobody can get the notes back, not even us.";
    NOTES_NOT_PROTECTS_2 = "Ai nhìn thấy bạn gõ mật khẩu thì có thể mở sổ tay.",
        "Anyone who sees you type the passphrase can open the notebook.";
    NOTES_NOT_PROTECTS_3 = "Nhật ký cuộc gọi của điện thoại vẫn ghi lại các cuộc gọi đến đường dây nóng.",
        "The phone's call log still shows calls to hotlines.";
    NOTES_CHOOSE_KIND = "Chọn cách khóa", "Choose how to lock";
    NOTES_KIND_PHRASE = "Cụm mật khẩu (an toàn hơn)", "Passphrase (safer)";
    NOTES_KIND_PIN = "Mã PIN từ 6 chữ số", "PIN of 6 or more digits";
    NOTES_PHRASE_HINT = "Mẹo: ghép 4–5 từ dễ nhớ với nhau, ví dụ một câu chỉ bạn biết.",
        "Tip: join 4–5 words you can remember, such as a sentence only you know.";
    NOTES_PIN_WEAKER = "Mã PIN yếu hơn cụm mật khẩu: người lấy được bản sao dữ liệu có thể thử hết các mã trong vài giờ. Hãy dùng cụm mật khẩu nếu bạn có thể.",
        "A PIN is weaker than a passphrase: someone with a copy of the data could try every PIN within hours. Use a passphrase if you can.";
    NOTES_PIN_DIGITS_ONLY = "Mã PIN chỉ gồm chữ số, ít nhất 6 số.", "A PIN is digits only, at least 6 of them.";
    NOTES_NEW_PASSPHRASE = "Mật khẩu mới", "New passphrase";
    NOTES_NEW_PIN = "Mã PIN mới", "New PIN";
    NOTES_CONFIRM = "Nhập lại để xác nhận", "Type it again to confirm";
    NOTES_STRENGTH = "Độ mạnh", "Strength";
    NOTES_MISMATCH = "Hai lần nhập không giống nhau. Hãy nhập lại.", "The two entries are not the same. Please type them again.";
    NOTES_CREATE = "Tạo sổ tay", "Create the notebook";
    NOTES_CREATING = "Đang tạo khóa… Có thể mất vài giây.", "Making the key… This can take a few seconds.";

    // Created
    NOTES_CREATED = "Đã tạo sổ tay. Hãy nhớ mật khẩu: không có cách nào lấy lại.",
        "The notebook is ready. Remember the passphrase: there is no way to recover it.";
    NOTES_PERSISTED_YES = "Trình duyệt sẽ giữ ghi chú, kể cả khi điện thoại sắp hết bộ nhớ.",
        "The browser will keep your notes, even when the phone runs low on space.";
    NOTES_PERSISTED_NO = "Trình duyệt chưa hứa giữ dữ liệu: nếu điện thoại hết bộ nhớ, ghi chú có thể bị xóa. Thêm ứng dụng vào màn hình chính sẽ giúp giữ lại.",
        "The browser has not promised to keep the data: if the phone runs out of space, notes may be deleted. Adding the app to the home screen helps keep them.";
    NOTES_USAGE = "Dung lượng đang dùng", "Space used";
    NOTES_OF = "trên tổng số", "of";
    NOTES_OPEN = "Mở sổ tay", "Open the notebook";

    // Unlock
    NOTES_LOCKED_LEDE = "Sổ tay đang khóa. Nhập mật khẩu để mở.", "The notebook is locked. Enter your passphrase to open it.";
    NOTES_PASSPHRASE = "Mật khẩu", "Passphrase";
    NOTES_UNLOCK = "Mở khóa", "Unlock";
    NOTES_UNLOCKING = "Đang mở khóa… Có thể mất vài giây.", "Unlocking… This can take a few seconds.";
    NOTES_FAILURES = "Số lần nhập sai liên tiếp", "Wrong tries in a row";

    // List
    NOTES_LOCK = "Khóa", "Lock";
    NOTES_NEW = "Ghi chú mới", "New note";
    NOTES_SEARCH = "Tìm trong ghi chú", "Search the notes";
    NOTES_FILTER = "Loại ghi chú", "Kind of note";
    NOTES_ALL = "Tất cả", "All";
    NOTES_EMPTY = "Chưa có ghi chú nào. Bấm “Ghi chú mới” để viết.", "No notes yet. Tap “New note” to write one.";
    NOTES_NO_MATCH = "Không có ghi chú nào khớp.", "No note matches.";
    NOTES_UNTITLED = "(Không có tiêu đề)", "(No title)";
    NOTES_UPDATED = "Sửa lần cuối", "Last changed";
    NOTES_DRAFTS_TITLE = "Bản nháp chưa lưu", "Unsaved drafts";
    NOTES_DRAFTS_LEDE = "Những ghi chú này đang viết dở. Khôi phục để viết tiếp, hoặc bỏ đi.",
        "These notes were not finished. Restore one to keep writing, or discard it.";
    NOTES_RESTORE = "Khôi phục", "Restore";
    NOTES_DISCARD = "Bỏ", "Discard";
    NOTES_DELETED = "Đã xóa ghi chú.", "Note deleted.";
    NOTES_UNDO = "Hoàn tác", "Undo";
    NOTES_AUTO_LOCK = "Sổ tay tự khóa sau vài phút không dùng, khi bạn rời ứng dụng, hoặc khi bấm Thoát nhanh.",
        "The notebook locks itself after a few minutes without use, when you leave the app, or on Quick exit.";

    // Editor
    NOTES_EDIT_TITLE = "Viết ghi chú", "Write a note";
    NOTES_FIELD_TITLE = "Tiêu đề", "Title";
    NOTES_FIELD_CATEGORY = "Loại", "Kind";
    NOTES_FIELD_BODY = "Nội dung", "Text";
    NOTES_FIELD_PHONE = "Số điện thoại", "Phone number";
    NOTES_CALL = "Gọi số này", "Call this number";
    NOTES_SAVE = "Lưu", "Save";
    NOTES_BACK = "Quay lại danh sách", "Back to the list";
    NOTES_DELETE = "Xóa ghi chú này", "Delete this note";
    NOTES_DRAFT_SAVED = "Đã lưu nháp (đã mã hóa).", "Draft saved (encrypted).";
    NOTES_SAVED = "Đã lưu.", "Saved.";

    // Categories
    NOTES_CAT_APPOINTMENT = "Lịch hẹn", "Appointment";
    NOTES_CAT_LEGAL = "Pháp lý, vụ việc", "Legal, case";
    NOTES_CAT_HEALTH = "Sức khỏe", "Health";
    NOTES_CAT_DOCUMENTS = "Giấy tờ", "Documents";
    NOTES_CAT_CONTACTS = "Người liên hệ", "Contacts";
    NOTES_CAT_MY_STORY = "Câu chuyện của tôi", "My story";

    // Panic wipe
    NOTES_WIPE = "Xóa toàn bộ ghi chú", "Delete all notes";
    NOTES_WIPE_TITLE = "Xóa toàn bộ ghi chú?", "Delete all notes?";
    NOTES_WIPE_BODY = "Mọi ghi chú, bản nháp và mật khẩu của sổ tay sẽ bị xóa khỏi điện thoại này. Không thể hoàn tác. Điểm câu đố và cài đặt khác vẫn giữ nguyên.",
        "Every note, draft and the notebook's passphrase will be removed from this phone. This cannot be undone. Quiz scores and other settings stay.";
    NOTES_WIPE_CONFIRM = "Xóa vĩnh viễn", "Delete for good";
    NOTES_CANCEL = "Hủy", "Cancel";
    NOTES_WIPING = "Đang xóa…", "Deleting…";
}
