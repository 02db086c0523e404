//! The quick-exit keyboard shortcut, as pure logic (times are passed in).

/// Counts Shift presses: three lone presses within five seconds exit, as
/// GOV.UK's "Exit this page" does. A Shift held for a capital letter does not
/// count, and any other key starts the count again.
#[derive(Default)]
pub struct ShiftCounter {
    presses: Vec<f64>,
    shift_down: bool,
    other_key_while_shift: bool,
}

const WINDOW_MS: f64 = 5_000.0;

impl ShiftCounter {
    pub fn key_down(&mut self, key: &str) {
        if key == "Shift" {
            self.shift_down = true;
            self.other_key_while_shift = false;
        } else {
            self.other_key_while_shift = self.shift_down;
            self.presses.clear();
        }
    }

    /// Returns true when this release completes the third press.
    pub fn key_up(&mut self, key: &str, now: f64) -> bool {
        if key != "Shift" {
            return false;
        }
        self.shift_down = false;
        if self.other_key_while_shift {
            return false;
        }
        self.presses.retain(|t| now - t < WINDOW_MS);
        self.presses.push(now);
        if self.presses.len() >= 3 {
            self.presses.clear();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: &mut ShiftCounter, at: f64) -> bool {
        c.key_down("Shift");
        c.key_up("Shift", at)
    }

    #[test]
    fn three_lone_shift_presses_exit() {
        let mut c = ShiftCounter::default();
        assert!(!press(&mut c, 0.0));
        assert!(!press(&mut c, 300.0));
        assert!(press(&mut c, 600.0));
        // The count starts again afterwards.
        assert!(!press(&mut c, 700.0));
    }

    #[test]
    fn presses_spread_over_more_than_five_seconds_do_not_exit() {
        let mut c = ShiftCounter::default();
        assert!(!press(&mut c, 0.0));
        assert!(!press(&mut c, 3_000.0));
        assert!(!press(&mut c, 6_000.0));
        assert!(press(&mut c, 7_000.0));
    }

    #[test]
    fn typing_capitals_does_not_exit() {
        let mut c = ShiftCounter::default();
        for at in [0.0, 200.0, 400.0, 600.0] {
            c.key_down("Shift");
            c.key_down("A");
            assert!(!c.key_up("Shift", at));
        }
    }

    #[test]
    fn another_key_between_presses_resets() {
        let mut c = ShiftCounter::default();
        assert!(!press(&mut c, 0.0));
        assert!(!press(&mut c, 100.0));
        c.key_down("b");
        assert!(!press(&mut c, 200.0));
        assert!(!press(&mut c, 300.0));
        assert!(press(&mut c, 400.0));
    }
}
