//! Timing: a countdown on a clock the caller reads.

use serde::{Deserialize, Serialize};

/// A countdown on a clock the caller reads (milliseconds, e.g. `Date.now()`).
/// A clock that goes backwards counts as no time passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countdown {
    pub started_ms: u64,
    pub limit_ms: u64,
}

impl Countdown {
    pub fn start(now_ms: u64, seconds: u32) -> Countdown {
        Countdown {
            started_ms: now_ms,
            limit_ms: u64::from(seconds) * 1000,
        }
    }

    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.started_ms)
    }

    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        self.limit_ms.saturating_sub(self.elapsed_ms(now_ms))
    }

    /// Whole seconds left, rounded up, so the display shows 0 only once the
    /// time is really over.
    pub fn seconds_left(&self, now_ms: u64) -> u64 {
        self.remaining_ms(now_ms).div_ceil(1000)
    }

    pub fn is_expired(&self, now_ms: u64) -> bool {
        self.elapsed_ms(now_ms) >= self.limit_ms
    }
}
