//! The one clock. Everything that asks "what time is it" asks this.
//!
//! `PRESSDESK_NOW` (RFC 3339) sets what the clock reads at start. In the interface and in
//! `watch` it then runs on in real time, so a demo or a test starts at a known moment and
//! still sees deadlines pass; a one-shot command reads exactly that moment, however long the
//! process took to start, so scripted runs give the same figures on a busy machine.

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
    /// The system clock, or the moment `PRESSDESK_NOW` names, running on from there.
    pub fn from_env() -> Result<Self, ClockError> {
        Ok(Self::starting_at(
            Self::fixed_moment(env_value().as_deref())?.unwrap_or_else(Utc::now),
        ))
    }

    /// For a one-shot command: the moment `PRESSDESK_NOW` names, held still, or else the
    /// system clock.
    pub fn from_env_for_command() -> Result<Self, ClockError> {
        Self::for_command(env_value().as_deref())
    }

    /// A one-shot command's clock for a `PRESSDESK_NOW` value (or none).
    pub fn for_command(value: Option<&str>) -> Result<Self, ClockError> {
        Ok(Self::fixed_moment(value)?.map_or_else(|| Self::starting_at(Utc::now()), Self::frozen))
    }

    /// The moment a `PRESSDESK_NOW` value names; none when it is unset or blank.
    fn fixed_moment(value: Option<&str>) -> Result<Option<DateTime<Utc>>, ClockError> {
        match value.map(str::trim) {
            Some(text) if !text.is_empty() => DateTime::parse_from_rfc3339(text)
                .map(|at| Some(at.with_timezone(&Utc)))
                .map_err(|source| ClockError {
                    value: text.to_string(),
                    source,
                }),
            _ => Ok(None),
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

fn env_value() -> Option<String> {
    std::env::var(NOW_ENV).ok()
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

    #[test]
    fn a_command_reads_the_fixed_moment_however_long_it_runs() {
        let clock = Clock::for_command(Some(" 2026-11-05T10:00:00Z ")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let expected = DateTime::parse_from_rfc3339("2026-11-05T10:00:00Z").unwrap();
        assert_eq!(clock.now(), expected.with_timezone(&Utc));
    }

    #[test]
    fn a_command_without_a_fixed_moment_reads_the_system_clock() {
        let before = Utc::now();
        let clock = Clock::for_command(None).unwrap();
        assert!(clock.now() >= before);
        assert!(Clock::for_command(Some("   ")).unwrap().now() >= before);
    }

    #[test]
    fn an_unreadable_moment_is_refused_with_its_text() {
        let error = Clock::for_command(Some("yesterday")).unwrap_err();
        assert_eq!(error.value, "yesterday");
    }
}
