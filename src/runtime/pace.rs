//! How soon the open interface reads the book again while the directory keeps changing.
//!
//! A colleague's import changes the directory with every batch it commits. Were every
//! change read at once, the interface would read a million-contact book over and over,
//! one core busy for the whole import and the import itself slowed on a small machine.
//! So a change that arrives during a reading is read only after a rest as long again as
//! `REST_FACTOR` readings; a change after a quiet time is read at once.

use std::time::{Duration, Instant};

/// A rest after a reading is this many times as long as the reading took: the book is
/// then read at most a third of the time while changes keep coming.
pub const REST_FACTOR: u32 = 2;
/// The longest rest, so that a change still shows within half a minute on a slow machine.
const LONGEST_REST: Duration = Duration::from_secs(30);

#[derive(Debug)]
pub struct Pace {
    factor: u32,
    started: Option<Instant>,
    took: Duration,
    resting_since: Option<Instant>,
}

impl Default for Pace {
    fn default() -> Pace {
        Pace {
            factor: REST_FACTOR,
            started: None,
            took: Duration::ZERO,
            resting_since: None,
        }
    }
}

impl Pace {
    /// A rest this many times as long as the last reading (0: none).
    pub fn set_factor(&mut self, factor: u32) {
        self.factor = factor;
    }

    pub fn reading_started(&mut self) {
        self.started = Some(Instant::now());
    }

    /// A reading ended; with `more` (a change came while it ran), the next one rests first.
    pub fn reading_ended(&mut self, more: bool) {
        self.took = self.started.take().map_or(Duration::ZERO, |s| s.elapsed());
        if more {
            self.resting_since = Some(Instant::now());
        }
    }

    /// Whether a reading waits for its rest to end.
    pub fn resting(&self) -> bool {
        self.resting_since.is_some()
    }

    /// Whether the waiting reading's rest is over (and it may start now).
    pub fn rested(&mut self) -> bool {
        let rest = self
            .took
            .checked_mul(self.factor)
            .unwrap_or(LONGEST_REST)
            .min(LONGEST_REST);
        match self.resting_since {
            Some(since) if since.elapsed() >= rest => {
                self.resting_since = None;
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_during_a_reading_waits_for_the_rest_and_one_after_a_quiet_time_does_not() {
        let mut pace = Pace::default();
        pace.reading_started();
        pace.reading_ended(false);
        assert!(!pace.resting(), "nothing came during the reading");

        pace.set_factor(u32::MAX);
        pace.reading_started();
        std::thread::sleep(Duration::from_millis(2));
        pace.reading_ended(true);
        assert!(pace.resting());
        assert!(
            !pace.rested(),
            "the rest (capped at half a minute) is not over"
        );
        pace.set_factor(0);
        assert!(pace.rested(), "without a rest the reading starts at once");
        assert!(!pace.resting() && !pace.rested(), "and only once");
    }
}
