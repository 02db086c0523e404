//! Interface strings of the safe notes (`/notes`). The vault's error
//! messages (`VAULT_*`) are in the main module.

use super::Tr;

strings! {
    NOTES_TITLE = "Ghi chú an toàn", "Safe notes";
    NOTES_TITLE_DISCREET = "Ghi chú", "Notes";
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
    NOTES_KIND_PIN = "Mã PIN (nên dùng từ 8 chữ số)", "PIN (8 digits or more is better)";
    NOTES_PHRASE_HINT = "Mẹo: ghép 4–5 từ dễ nhớ với nhau, ví dụ một câu chỉ bạn biết.",
        "Tip: join 4–5 words you can remember, such as a sentence only you know.";
    NOTES_ACCENTS_COUNT = "Dấu tiếng Việt cũng là một phần của mật khẩu: “mèo” và “meo” là hai mật khẩu khác nhau. Lần sau hãy gõ đúng như bây giờ.",
        "Vietnamese accents are part of the passphrase: a word typed with its accents and the same word without them make two different passphrases. Type it the same way each time.";
    NOTES_BROWSER_SAVE = "Nếu trình duyệt hỏi có muốn lưu mật khẩu không, hãy chọn “Không bao giờ”: mật khẩu đã lưu thì ai cầm máy cũng mở được.",
        "If the browser offers to save the passphrase, choose “Never”: a saved passphrase opens the notebook for anyone holding the phone.";
    NOTES_PIN_WEAKER = "Mã PIN 6 số chỉ có 1 triệu khả năng. Ai sao chép được dữ liệu của điện thoại có thể cho máy tính thử hết: một máy tính mạnh chỉ mất vài giờ, vài máy chủ thuê thì chưa tới một giờ. Mã 8 số lâu hơn 100 lần; cụm mật khẩu an toàn hơn nhiều. Không dùng ngày sinh hay dãy số dễ đoán.",
        "A 6-digit PIN has only 1 million possibilities. Someone who copies the phone's data can have a computer try them all: a strong computer needs a few hours, a few rented servers less than an hour. 8 digits take 100 times longer; a passphrase is far safer. Do not use a birthday or an easy run of digits.";
    NOTES_PIN_DIGITS_ONLY = "Mã PIN chỉ gồm chữ số, ít nhất 6 số (nên từ 8 số).", "A PIN is digits only, at least 6 of them (8 or more is better).";
    NOTES_NEW_PASSPHRASE = "Mật khẩu mới", "New passphrase";
    NOTES_NEW_PIN = "Mã PIN mới", "New PIN";
    NOTES_CONFIRM = "Nhập lại để xác nhận", "Type it again to confirm";
    NOTES_STRENGTH = "Độ mạnh", "Strength";
    NOTES_STRENGTH_LINE = "Độ mạnh: {rating}", "Strength: {rating}";
    NOTES_MISMATCH = "Hai lần nhập không giống nhau. Hãy nhập lại.", "The two entries are not the same. Please type them again.";
    NOTES_CREATE = "Tạo sổ tay", "Create the notebook";
    NOTES_SETUP_RESTORE_HINT = "Có bản sao lưu từ máy khác? Hãy tạo sổ tay trước, rồi vào “Cài đặt và sao lưu” để nhập tệp.",
        "Have a backup from another phone? Create the notebook first, then restore the file from “Settings and backup”.";
    NOTES_CREATING = "Đang tạo khóa… Có thể mất vài giây.", "Making the key… This can take a few seconds.";

    // Created
    NOTES_CREATED = "Đã tạo sổ tay. Hãy nhớ mật khẩu: không có cách nào lấy lại.",
        "The notebook is ready. Remember the passphrase: there is no way to recover it.";
    NOTES_PERSISTED_YES = "Trình duyệt sẽ giữ ghi chú, kể cả khi điện thoại sắp hết bộ nhớ.",
        "The browser will keep your notes, even when the phone runs low on space.";
    NOTES_PERSISTED_NO = "Để ghi chú được giữ chắc chắn hơn, hãy thêm ứng dụng vào màn hình chính và thỉnh thoảng tạo một bản sao lưu.",
        "To help the browser keep your notes, add the app to the home screen, and make a backup now and then.";
    NOTES_SPACE_PLENTY = "Điện thoại còn đủ chỗ cho ghi chú.", "The phone has plenty of room for your notes.";
    NOTES_SPACE_LOW = "Điện thoại sắp hết chỗ trống. Hãy giải phóng bớt dung lượng và tạo bản sao lưu.",
        "The phone is running out of room. Free some space and make a backup.";
    NOTES_OPEN = "Mở sổ tay", "Open the notebook";

    // Unlock
    NOTES_LOCKED_LEDE = "Sổ tay đang khóa. Nhập mật khẩu để mở.", "The notebook is locked. Enter your passphrase to open it.";
    NOTES_PASSPHRASE = "Mật khẩu", "Passphrase";
    NOTES_UNLOCK = "Mở khóa", "Unlock";
    NOTES_UNLOCKING = "Đang mở khóa… Có thể mất vài giây.", "Unlocking… This can take a few seconds.";
    NOTES_FAILURES = "Số lần nhập sai liên tiếp: {count}", "Wrong tries in a row: {count}";

    // List
    NOTES_LOCK = "Khóa", "Lock";
    NOTES_NEW = "Ghi chú mới", "New note";
    NOTES_SEARCH = "Tìm trong ghi chú", "Search the notes";
    NOTES_FILTER = "Loại ghi chú", "Kind of note";
    NOTES_ALL = "Tất cả", "All";
    NOTES_EMPTY = "Chưa có ghi chú nào. Bấm “Ghi chú mới” để viết.", "No notes yet. Tap “New note” to write one.";
    NOTES_NO_MATCH = "Không có ghi chú nào khớp.", "No note matches.";
    NOTES_UNTITLED = "(Không có tiêu đề)", "(No title)";
    NOTES_UPDATED = "Sửa lần cuối {date}", "Last changed {date}";
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
    NOTES_WIPE_LOCKED_LEDE = "Chỉ người biết mật khẩu mới xóa được sổ tay. Nhập mật khẩu để xóa.",
        "Only someone who knows the passphrase can delete the notebook. Enter it to delete.";
    NOTES_WIPE_FORGOT = "Quên mật khẩu?", "Forgot the passphrase?";
    NOTES_WIPE_SLOW_WARN = "Không có mật khẩu thì không ai đọc được các ghi chú này nữa, kể cả bạn. Bạn vẫn có thể xóa chúng, nhưng chúng sẽ mất hẳn. Nếu bạn chỉ cần giấu ứng dụng ngay, hãy bấm “Thoát nhanh”.",
        "Without the passphrase nobody can read these notes any more, not even you. You can still delete them, but they will be gone for good. If you only need to hide the app now, tap “Quick exit”.";
    NOTES_WIPE_WORD_LABEL = "Gõ chữ XÓA để xác nhận", "Type DELETE to confirm";
    NOTES_WIPE_START = "Bắt đầu chờ 30 giây", "Start the 30-second wait";
    NOTES_WIPE_WAITING = "Có thể xóa sau {seconds} giây", "You can delete in {seconds} seconds";
    NOTES_WIPE_READY = "Đã hết thời gian chờ. Bấm nút dưới đây để xóa vĩnh viễn.",
        "The wait is over. Tap the button below to delete for good.";
    NOTES_WIPING = "Đang xóa…", "Deleting…";

    // Settings
    NOTES_SETTINGS = "Cài đặt và sao lưu", "Settings and backup";
    NOTES_SETTINGS_TITLE = "Cài đặt sổ tay", "Notebook settings";
    NOTES_AUTO_LOCK_LABEL = "Tự khóa sau khi không dùng", "Lock after no use for";
    NOTES_MINUTES = "{minutes} phút", "{minutes} minutes";
    NOTES_ERASE_LABEL = "Xóa toàn bộ ghi chú sau 10 lần nhập sai mật khẩu liên tiếp",
        "Delete all notes after 10 wrong passphrases in a row";
    NOTES_ERASE_HINT = "Chỉ bật nếu bạn đã có bản sao lưu: một người đoán bừa 10 lần cũng sẽ xóa mất ghi chú.",
        "Only turn this on if you have a backup: someone guessing 10 times would also delete the notes.";
    NOTES_SETTINGS_SAVED = "Đã lưu cài đặt.", "Settings saved.";
    NOTES_LOCK_ON_LEAVE_LABEL = "Khóa ngay khi tôi rời ứng dụng", "Lock as soon as I leave the app";
    NOTES_HIDE_PREVIEWS_LABEL = "Ẩn phần xem trước trong danh sách (chỉ hiện tiêu đề)",
        "Hide previews in the list (titles only)";
    NOTES_STORAGE_TITLE = "Bộ nhớ", "Storage";
    NOTES_BACKUP_TITLE = "Sao lưu", "Backup";
    NOTES_BACKUP_LEDE = "Bản sao lưu là một tệp đã mã hóa. Hãy cất nó ở nơi an toàn (ví dụ máy tính hoặc điện thoại khác) để không mất ghi chú nếu mất máy.",
        "A backup is one encrypted file. Keep it somewhere safe (another phone or a computer) so that losing this phone does not lose the notes.";
    NOTES_EXPORT = "Tạo tệp sao lưu", "Make a backup file";
    NOTES_IMPORT = "Nhập từ tệp sao lưu", "Restore from a backup file";
    NOTES_CHANGE_PASS = "Đổi mật khẩu", "Change the passphrase";
    NOTES_BACK_TO_SETTINGS = "Quay lại cài đặt", "Back to settings";

    // Change passphrase
    NOTES_CURRENT_PASS = "Mật khẩu hiện tại", "Current passphrase";
    NOTES_CHANGE_LEDE = "Mọi ghi chú được mã hóa lại bằng một khóa mới: ai biết mật khẩu cũ cũng không đọc được những gì bạn viết sau khi đổi. Bản sao lưu cũ vẫn mở bằng mật khẩu cũ của chúng.",
        "Every note is encrypted again with a new key: someone who knows the old passphrase cannot read what you write after the change. Old backups still open with their old passphrase.";
    NOTES_CHANGING = "Đang đổi mật khẩu… Có thể mất vài giây.", "Changing the passphrase… This can take a few seconds.";
    NOTES_CHANGED = "Đã đổi mật khẩu. Lần sau hãy mở bằng mật khẩu mới.", "Passphrase changed. Use the new one from now on.";

    // Export
    NOTES_EXPORT_TITLE = "Tạo tệp sao lưu", "Make a backup file";
    NOTES_EXPORT_LEDE = "Tệp chứa mọi ghi chú đã lưu (không gồm bản nháp), được mã hóa. Ai có tệp mà không biết mật khẩu thì không đọc được.",
        "The file holds every saved note (not drafts), encrypted. Someone with the file but not the passphrase cannot read it.";
    NOTES_EXPORT_PROTECTS = "Tệp chỉ an toàn bằng mật khẩu của nó: ai có tệp (qua Zalo, Facebook, đám mây, máy khác) có thể cho máy tính đoán mật khẩu bao lâu tùy ý, không phải chờ và không bị xóa. Vì vậy mật khẩu sao lưu phải đạt ít nhất mức “Tạm được”; mã PIN không đủ. Người không có mật khẩu chỉ biết đây là một bản sao lưu và độ lớn gần đúng, không biết số ghi chú, tiêu đề hay ngày tháng.",
        "The file is only as safe as its passphrase: whoever gets it (through chat apps, the cloud, another phone) can let a computer guess for as long as they like, with no wait and no erasing. So a backup passphrase must be rated at least “Fair”; a PIN is not enough. Without the passphrase one can only tell it is a backup and its rough size, not the number of notes, titles or dates.";
    NOTES_EXPORT_WITH = "Bảo vệ tệp bằng", "Protect the file with";
    NOTES_EXPORT_SAME = "Mật khẩu của sổ tay", "The notebook's passphrase";
    NOTES_EXPORT_OTHER = "Một mật khẩu sao lưu riêng", "A separate backup passphrase";
    NOTES_BACKUP_PASS = "Mật khẩu sao lưu", "Backup passphrase";
    NOTES_EXPORTING = "Đang mã hóa bản sao lưu…", "Encrypting the backup…";
    NOTES_EXPORTED = "Đã tạo tệp sao lưu. Kiểm tra thư mục Tải xuống của điện thoại.",
        "The backup file is ready. Look in the phone's Downloads folder.";
    NOTES_EXPORT_NOTES = "Số ghi chú trong tệp: {count} · {file}", "Notes in the file: {count} · {file}";
    NOTES_EXPORT_SAVE_HINT = "Nếu điện thoại không lưu tệp (một số trình duyệt trong Zalo, Facebook chặn tải xuống), hãy bấm nút dưới đây, hoặc mở ứng dụng bằng Chrome.",
        "If the phone did not save the file (some in-app browsers, as in Zalo or Facebook, block downloads), tap the button below, or open the app in Chrome.";
    NOTES_EXPORT_SAVE_AGAIN = "Lưu tệp sao lưu", "Save the backup file";
    NOTES_EXPORT_FILE_HINT = "Tên tệp không nhắc tới ghi chú hay ứng dụng.",
        "The file's name does not mention notes or the app.";

    // Import
    NOTES_IMPORT_TITLE = "Nhập từ tệp sao lưu", "Restore from a backup file";
    NOTES_IMPORT_LEDE = "Chọn tệp sao lưu và nhập mật khẩu của tệp. Bạn sẽ thấy trước những gì có trong tệp; chưa có gì được ghi cho tới khi bạn xác nhận.",
        "Choose the backup file and enter its passphrase. You will see what it holds first; nothing is written until you confirm.";
    NOTES_IMPORT_FILE = "Tệp sao lưu", "Backup file";
    NOTES_IMPORT_CHOOSE = "Chọn tệp…", "Choose a file…";
    NOTES_IMPORT_NO_FILE = "Chưa chọn tệp nào.", "No file chosen.";
    NOTES_IMPORT_OPEN = "Mở tệp", "Open the file";
    NOTES_IMPORT_OPENING = "Đang mở tệp sao lưu… Có thể mất vài giây.", "Opening the backup… This can take a few seconds.";
    NOTES_IMPORT_CHOOSE_FILE = "Hãy chọn một tệp sao lưu.", "Please choose a backup file.";
    NOTES_IMPORT_READ_FAILED = "Không đọc được tệp này. Hãy thử chọn lại.", "This file could not be read. Try choosing it again.";
    NOTES_PREVIEW_TITLE = "Trong tệp sao lưu", "In the backup";
    NOTES_PREVIEW_COUNT = "Số ghi chú", "Notes";
    NOTES_PREVIEW_PLAN = "Mục trong kế hoạch", "Plan entries";
    NOTES_PREVIEW_FROM = "Ghi chú cũ nhất viết ngày", "Oldest note written on";
    NOTES_PREVIEW_TO = "Sửa gần nhất ngày", "Last changed on";
    NOTES_PREVIEW_MADE = "Tệp được tạo ngày", "Backup made on";
    NOTES_MODE = "Cách nhập", "How to restore";
    NOTES_MODE_MERGE = "Gộp: giữ mọi ghi chú; ghi chú có ở cả hai nơi thì giữ bản mới hơn",
        "Merge: keep every note; for a note in both, keep the newer copy";
    NOTES_MODE_REPLACE = "Thay thế: sổ tay chỉ còn các ghi chú trong tệp",
        "Replace: the notebook will hold only the notes in the file";
    NOTES_PLAN_ADDED = "Ghi chú mới thêm vào: {count}", "Notes added: {count}";
    NOTES_PLAN_UPDATED = "Ghi chú được thay bằng bản mới hơn: {count}", "Notes replaced by a newer copy: {count}";
    NOTES_PLAN_KEPT = "Ghi chú giữ nguyên: {count}", "Notes left as they are: {count}";
    NOTES_PLAN_REMOVED = "Ghi chú hiện có sẽ bị xóa: {count}", "Notes now in the notebook that will be deleted: {count}";
    NOTES_IMPORT_CONFIRM = "Nhập các ghi chú này", "Restore these notes";
    NOTES_IMPORT_COSTLY_TITLE = "Tệp này cần nhiều sức máy hơn", "This file needs more of the phone's power";
    NOTES_IMPORT_COSTLY_TEXT = "Bản sao lưu này được khóa mạnh hơn mức ứng dụng dùng: mở nó mất khoảng {times} lần thời gian và cần tới {mib} MB bộ nhớ. Nếu bạn tự tạo tệp này (ví dụ trên phiên bản mới hơn), hãy mở. Nếu không rõ tệp từ đâu, đừng mở. Trong lúc mở, nút Thoát nhanh vẫn dùng được.",
        "This backup is locked more strongly than this app's setting: opening it takes about {times} times as long and needs up to {mib} MB of memory. If you made this file yourself (for example on a newer version), open it. If you do not know where it came from, do not. Quick exit keeps working while it opens.";
    NOTES_IMPORT_COSTLY_YES = "Vẫn mở tệp", "Open it anyway";
    NOTES_IMPORT_COSTLY_NO = "Không mở", "Do not open";
    NOTES_UNLOCK_COSTLY_TITLE = "Sổ tay này cần nhiều sức máy hơn bình thường", "This notebook asks for more of the phone's work than usual";
    NOTES_UNLOCK_COSTLY_TEXT = "Mở khóa sổ tay này mất khoảng {times} lần thời gian so với bình thường và cần tới {mib} MB bộ nhớ. Ứng dụng không bao giờ tự đặt như vậy: điều này có thể nghĩa là ai đó đã sửa sổ tay trên điện thoại này. Trong lúc mở khóa, nút Thoát nhanh vẫn dùng được.",
        "Unlocking this notebook takes about {times} times as long as usual and needs up to {mib} MB of memory. This app never sets it that way itself: this could mean someone changed the notebook on this phone. Quick exit keeps working while it unlocks.";
    NOTES_UNLOCK_COSTLY_YES = "Vẫn mở khóa", "Unlock anyway";
    NOTES_IMPORTING = "Đang nhập…", "Restoring…";
    NOTES_IMPORTED = "Đã nhập xong.", "Restore finished.";

    // "What support can I get?" (the guide; read without the passphrase)
    GUIDE_OPEN = "Tôi được hỗ trợ những gì?", "What support can I get?";
    GUIDE_OPEN_DISCREET = "Đọc thêm", "Read more";
    GUIDE_ARTICLE = "Căn cứ", "Legal basis";
    GUIDE_SOURCES = "Nguồn", "Sources";
    GUIDE_CHECKED = "Đã đối chiếu với nguồn ngày {date}", "Checked against the sources on {date}";
    GUIDE_BACK = "Quay lại", "Back";
    GUIDE_NOTHING_STORED = "Trang này không cần mật khẩu và không lưu gì trên điện thoại.", "This page needs no passphrase and stores nothing on the phone.";

    // My plan (inside the open notebook)
    PLAN_OPEN = "Kế hoạch của tôi", "My plan";
    PLAN_LEDE = "Đánh dấu những hỗ trợ bạn đã hỏi hoặc đã nhận, giấy tờ cần lấy lại và người giúp bạn. Mọi thứ ở đây được mã hóa như ghi chú.",
        "Mark the support you have asked for or received, the papers to get back and the people who help you. Everything here is encrypted like your notes.";
    PLAN_SUPPORT_TITLE = "Hỗ trợ bạn có thể đề nghị", "Support you can ask for";
    PLAN_PAPERS_TITLE = "Giấy tờ cần lấy lại", "Papers to get back";
    PLAN_PEOPLE_TITLE = "Người giúp tôi", "People who help";
    PLAN_STATUS = "Tình trạng", "Status";
    PLAN_NOT_ASKED = "Chưa hỏi", "Not yet asked";
    PLAN_ASKED = "Đã hỏi", "Asked";
    PLAN_RECEIVED = "Đã nhận", "Received";
    PLAN_NOT_NEEDED = "Không cần", "Not needed";
    PLAN_DETAILS = "Chi tiết", "Details";
    PLAN_DETAILS_OF = "Chi tiết: {item}", "Details: {item}";
    PLAN_DATE = "Ngày", "Date";
    PLAN_WHO = "Tôi làm việc với ai", "Who I dealt with";
    PLAN_NOTE = "Ghi chú", "Note";
    PLAN_PAPER_ID = "Căn cước (CCCD)", "ID card";
    PLAN_PAPER_HOUSEHOLD = "Giấy tờ cư trú, hộ tịch", "Household records";
    PLAN_PAPER_BIRTH = "Giấy khai sinh", "Birth certificate";
    PLAN_PAPER_SCHOOL = "Học bạ, bằng cấp", "School records";
    PLAN_ADD_PAPER = "Thêm giấy tờ khác", "Add another paper";
    PLAN_PAPER_NAME = "Giấy tờ gì", "Which paper";
    PLAN_ADD_PERSON = "Thêm người", "Add a person";
    PLAN_NAME = "Tên", "Name";
    PLAN_ROLE = "Vai trò (ví dụ: luật sư, cán bộ xã hội)", "Role (for example: lawyer, social worker)";
    PLAN_CALL = "Gọi", "Call";
    PLAN_NO_PEOPLE = "Chưa có ai.", "Nobody yet.";
    PLAN_SEARCH = "Tìm trong kế hoạch", "Search the plan";
    PLAN_NO_MATCH = "Không có mục nào khớp.", "Nothing matches.";
    PLAN_DELETE = "Xóa mục này", "Delete this entry";
    PLAN_BACK = "Quay lại kế hoạch", "Back to my plan";
    PLAN_UNTITLED = "(Chưa ghi tên)", "(No name)";

    // Note templates
    NOTES_TEMPLATE = "Mẫu ghi chú", "Template";
    NOTES_TEMPLATE_NONE = "Không dùng mẫu", "No template";
    TPL_APPOINTMENT = "Lịch hẹn", "Appointment";
    TPL_STATEMENT = "Lời khai, phiên tòa", "Statement or hearing";
    TPL_DOCUMENT = "Giấy tờ", "Document";
    TPL_EVENT = "Sự việc đã xảy ra", "An event in my timeline";
    TPL_WHEN = "Khi nào", "When";
    TPL_TIME = "Giờ", "Time";
    TPL_WHERE = "Ở đâu", "Where";
    TPL_WITH = "Gặp ai", "With whom";
    TPL_BRING = "Cần mang theo", "What to bring";
    TPL_DATE = "Ngày", "Date";
    TPL_BY = "Ai nói", "Who spoke";
    TPL_SAID = "Nội dung đã nói", "What was said";
    TPL_WHAT = "Giấy tờ gì", "What it is";
    TPL_KEPT = "Đang để ở đâu", "Where it is kept";
    TPL_HAPPENED = "Điều đã xảy ra", "What happened";

    // A copy for a lawyer or social worker
    COPY_OPEN = "Chuẩn bị bản cho luật sư hoặc cán bộ xã hội", "Prepare a copy for my lawyer or social worker";
    COPY_LEDE = "Chọn những ghi chú và mục kế hoạch muốn đưa. Chỉ những gì bạn chọn mới có trong bản xem trước và bản in.",
        "Choose the notes and plan entries to hand over. Only what you tick is in the preview and on the printout.";
    COPY_CHOOSE_NOTES = "Ghi chú", "Notes";
    COPY_CHOOSE_PLAN = "Kế hoạch", "Plan";
    COPY_PREVIEW = "Bản xem trước: đúng những gì sẽ được in", "Preview: exactly what will be printed";
    COPY_NOTHING = "Chưa chọn gì.", "Nothing chosen yet.";
    COPY_PRINT = "In hoặc lưu PDF", "Print or save as PDF";
    COPY_WARN_TITLE = "Bản giấy hoặc tệp PDF không được bảo vệ", "Paper or a PDF file is not protected";
    COPY_WARN = "Ai cầm tờ giấy hay có tệp PDF cũng đọc được, không cần mật khẩu. Ứng dụng không gửi đi đâu: tệp chỉ rời điện thoại nếu bạn tự gửi. Hãy đưa tận tay và cất kỹ.",
        "Anyone holding the paper or the PDF file can read it, with no passphrase. The app sends nothing: the file leaves the phone only if you send it yourself. Hand it over in person and keep it safe.";
    // The title is bold.
    COPY_WARN_LINE = "{title}. {warning}", "{title}. {warning}";
    COPY_PRINT_NOW = "Tôi hiểu, in bây giờ", "I understand, print now";
    COPY_HEADING = "Thông tin tôi chọn chia sẻ", "Information I chose to share";
    COPY_PRINTED_ON = "Ngày in: {date}", "Printed on: {date}";
    COPY_TIMELINE = "Ghi chú có ngày được xếp theo ngày của sự việc.", "Notes with a date are in order of the day of the event.";

    // Passphrase ratings, under the passphrase field (core `Strength`).
    STRENGTH_TOO_COMMON = "Quá phổ biến: đây là một trong những mật khẩu/mã được đoán đầu tiên (dãy số, ngày sinh, “matkhau”…). Hãy chọn cái khác.",
        "Too common: this is one of the first passphrases or PINs anyone tries (runs of digits, dates, “password”…). Choose another.";
    STRENGTH_TOO_SHORT = "Quá ngắn: cần ít nhất 6 chữ số, hoặc 8 ký tự.", "Too short: use at least 6 digits, or 8 characters.";
    STRENGTH_WEAK = "Yếu: người cầm máy có thể đoán ra. Nên dùng một câu dài hơn.",
        "Weak: someone holding the phone could guess it. A longer phrase is safer.";
    STRENGTH_FAIR = "Tạm được.", "Fair.";
    STRENGTH_STRONG = "Mạnh.", "Strong.";

    // Backup errors (core `BackupError`).
    BACKUP_NOT_A_BACKUP = "Tệp này không phải là bản sao lưu của Bình An.", "This file is not a Bình An backup.";
    BACKUP_NEWER_VERSION = "Bản sao lưu này được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi thử lại.",
        "This backup was made by a newer version of the app. Update the app and try again.";
    BACKUP_TRUNCATED = "Tệp sao lưu bị thiếu phần cuối (có thể chưa sao chép xong). Hãy thử lại với tệp đầy đủ.",
        "The backup file is incomplete (perhaps not fully copied). Try again with the whole file.";
    BACKUP_TOO_LARGE = "Tệp quá lớn để là một bản sao lưu của Bình An.", "The file is too large to be a Bình An backup.";
    BACKUP_DAMAGED = "Tệp sao lưu bị hỏng và không đọc được.", "The backup file is damaged and cannot be read.";
    BACKUP_PROTECTION_TOO_WEAK = "Tệp sao lưu này dùng mức bảo vệ quá yếu nên bị từ chối. Có thể nó đã bị làm giả.",
        "This backup uses protection that is too weak, so it was refused. It may be forged.";
    BACKUP_WRONG_PASSPHRASE = "Sai mật khẩu, hoặc tệp đã bị sửa. Hãy kiểm tra mật khẩu và thử lại.",
        "Wrong passphrase, or the file was altered. Check the passphrase and try again.";
    BACKUP_TAMPERED = "Mật khẩu đúng, nhưng tệp đã bị sửa hoặc hỏng sau khi tạo. Không có gì được nhập.",
        "The passphrase is right, but the file was altered or damaged after it was made. Nothing was imported.";
    BACKUP_PASSPHRASE_TOO_SHORT = "Mật khẩu sao lưu quá ngắn: cần ít nhất 6 chữ số, hoặc 8 ký tự.",
        "The backup passphrase is too short: use at least 6 digits, or 8 characters.";
    BACKUP_PASSPHRASE_TOO_WEAK = "Mật khẩu này chưa đủ mạnh cho tệp sao lưu: tệp có thể bị gửi đi, sao chép và bị máy tính dò mật khẩu. Mã PIN không đủ. Hãy chọn “Một mật khẩu sao lưu riêng” đạt ít nhất mức “Tạm được”, ví dụ một câu 4–5 từ.",
        "This passphrase is not strong enough for a backup file: a file can be sent on, copied and attacked by computers. A PIN is not enough. Choose “A separate backup passphrase” rated at least “Fair”, such as a sentence of 4–5 words.";
}
