//! The one clock. Everything that asks "what time is it" asks this.
//!
//! `PRESSDESK_NOW` (RFC 3339) sets what the clock reads at start; after that it runs on in
//! real time, so a demo or a test starts at a known moment and still sees deadlines pass.

use std::time::Instant;

use chrono::{DateTime, Duration, Utc};

pub const NOW_ENV: &str = "PRESSDESK_NOW";

#[derive(Debug, Clone)]
pub struct Clock {
    start: DateTime<Utc>,
    /// When the clock began to run; a frozen clock (for tests) has none.
    started: Option<Instant>,
}

/// An unreadable `PRESSDESK_NOW`.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("error-clock", var = NOW_ENV, value = value.clone(), reason = source.to_string()))]
pub struct ClockError {
    value: String,
    source: chrono::ParseError,
}

impl Clock {
    /// The system clock, or the moment `PRESSDESK_NOW` names.
    pub fn from_env() -> Result<Self, ClockError> {
        match std::env::var(NOW_ENV) {
            Ok(value) if !value.trim().is_empty() => {
                let start = DateTime::parse_from_rfc3339(value.trim())
                    .map_err(|source| ClockError {
                        value: value.clone(),
                        source,
                    })?
                    .with_timezone(&Utc);
                Ok(Self::starting_at(start))
            }
            _ => Ok(Self::starting_at(Utc::now())),
        }
    }

    /// A clock that reads `start` now and runs on in real time.
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self {
            start,
            started: Some(Instant::now()),
        }
    }

    /// A clock that reads `at` until it is moved on: tests drive the real runtime with it
    /// and decide when time passes.
    pub fn frozen(at: DateTime<Utc>) -> Self {
        Self {
            start: at,
            started: None,
        }
    }

    /// Moves the clock on (or back) by `by`.
    pub fn advance(&mut self, by: Duration) {
        self.start += by;
    }

    pub fn now(&self) -> DateTime<Utc> {
        let elapsed = self
            .started
            .map(|s| Duration::from_std(s.elapsed()).unwrap_or(Duration::zero()))
            .unwrap_or(Duration::zero());
        self.start + elapsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_at_the_given_moment_and_runs_forward() {
        let start = DateTime::parse_from_rfc3339("2026-11-24T21:40:00+03:00")
            .unwrap()
            .with_timezone(&Utc);
        let clock = Clock::starting_at(start);
        let first = clock.now();
        assert!(first >= start);
        assert!(first - start < Duration::minutes(1));
        assert!(clock.now() >= first);
    }
}
