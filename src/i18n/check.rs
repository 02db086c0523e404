//! Interface strings of the job-offer risk check (`/check`). Question and
//! answer texts are content (content/risk-check.json), not here.

use super::Tr;

strings! {
    CHECK_TITLE = "Kiểm tra lời mời việc làm", "Check a job offer";
}
