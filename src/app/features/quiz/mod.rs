//! Awareness quizzes: the pack list (`/quiz`) and one attempt (`/quiz/:pack`).

mod classroom;
mod guide;
mod list;
mod run;

pub(crate) use list::load_pack;
pub use list::{pack_list_start, QuizListPage};
pub use run::QuizRunPage;

/// "3:07" from milliseconds.
pub(crate) fn format_duration(ms: u64) -> String {
    let secs = ms / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}
