//! The quiz engine shared by the job-offer risk check and the awareness
//! quizzes.
//!
//! Everything here is pure: answers are tracked by id (never by position on
//! screen), shuffling comes from a seeded [`SplitMix64`], and time is passed
//! in as milliseconds by the caller, so the whole engine runs in host tests.
//!
//! Two halves:
//! - the *flow* ([`Question`], [`Condition`], [`Responses`], [`visible`]…):
//!   which questions are shown given the answers so far, used by both the
//!   risk check and the packs;
//! - *awareness packs* ([`Pack`], [`validate_pack`], [`Attempt`]): scored
//!   questions with one right key, shuffled per attempt, optionally timed.
//!
//! Files: [`flow`] (shared), [`pack`] (packs and their validation),
//! [`attempt`], [`timing`], [`rng`], [`error`], [`classroom`] (projector,
//! worksheets, teacher's guide), [`catalogue`] (the pack list's titles and
//! counts, compiled in). Everything is re-exported here, so
//! `core::quiz::Pack` and the like are the paths to use.

pub mod attempt;
pub mod catalogue;
mod catalogue_data;
pub mod classroom;
pub mod error;
pub mod flow;
pub mod pack;
pub mod rng;
pub mod timing;

pub use attempt::*;
pub use error::*;
pub use flow::*;
pub use pack::*;
pub use rng::*;
pub use timing::*;

#[cfg(test)]
mod tests;
