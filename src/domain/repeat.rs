//! Repeating plan items: the weekly radio hour, the daily reminder post. A series is one
//! item with a rule; its occurrences are worked out for the days asked, and one of them
//! can be moved or cancelled on its own (an exception) without touching the rest.

use chrono::{Datelike, Duration, NaiveDate};

use super::inquiry::coded_enum;

coded_enum! {
    /// How often a series repeats.
    Every {
        Day = "day" | "daily",
        Week = "week" | "weekly",
        TwoWeeks = "two_weeks" | "2w" | "two_week" | "fortnight" | "biweekly",
        Month = "month" | "monthly",
    }
}

/// The most occurrences a series may have, and how far it may run: enough for years of a
/// daily post, few enough that expanding one never costs much.
pub const MAX_COUNT: u32 = 1000;
pub const MAX_YEARS: i32 = 10;

/// Where a series stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// It goes on (for at most `MAX_COUNT` occurrences).
    Never,
    /// The last day an occurrence may fall on.
    Until(NaiveDate),
    /// How many occurrences in all.
    Count(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeat {
    pub every: Every,
    pub end: End,
}

impl Repeat {
    /// The `n`-th date of a series starting on `first` (0 is `first`), before the end
    /// rule. A monthly series on the 31st skips the months without one, as iCalendar does.
    fn candidate(&self, first: NaiveDate, n: u32) -> Option<NaiveDate> {
        let n = n as i64;
        match self.every {
            Every::Day => Some(first + Duration::days(n)),
            Every::Week => Some(first + Duration::days(7 * n)),
            Every::TwoWeeks => Some(first + Duration::days(14 * n)),
            Every::Month => {
                let months = first.year() as i64 * 12 + first.month0() as i64 + n;
                let year = i32::try_from(months.div_euclid(12)).ok()?;
                NaiveDate::from_ymd_opt(year, months.rem_euclid(12) as u32 + 1, first.day())
            }
        }
    }

    /// Every date of the series, in order, until the end rule (or `MAX_COUNT`) stops it.
    pub fn dates(&self, first: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
        let limit = match self.end {
            End::Count(n) => n.min(MAX_COUNT),
            _ => MAX_COUNT,
        };
        let until = match self.end {
            End::Until(d) => Some(d),
            _ => None,
        };
        // Months without the day are skipped; at most 11 in a row can be.
        (0..limit * 12)
            .filter_map(move |n| self.candidate(first, n))
            .take(limit as usize)
            .take_while(move |d| until.is_none_or(|u| *d <= u))
    }

    /// The dates of the series on `range_first..=range_last`.
    pub fn dates_between(
        &self,
        first: NaiveDate,
        range_first: NaiveDate,
        range_last: NaiveDate,
    ) -> Vec<NaiveDate> {
        self.dates(first)
            .skip_while(|d| *d < range_first)
            .take_while(|d| *d <= range_last)
            .collect()
    }

    /// The last date of the series.
    pub fn last_date(&self, first: NaiveDate) -> Option<NaiveDate> {
        self.dates(first).last()
    }

    /// Whether `date` is one of the series' dates.
    pub fn falls_on(&self, first: NaiveDate, date: NaiveDate) -> bool {
        self.dates_between(first, date, date).contains(&date)
    }

    /// The rule as iCalendar writes it (RFC 5545 RRULE), `until` already formatted to
    /// match the event's start (a date, or a floating date and time).
    pub fn rrule(&self, until: impl Fn(NaiveDate) -> String) -> String {
        let mut rule = match self.every {
            Every::Day => "FREQ=DAILY".to_string(),
            Every::Week => "FREQ=WEEKLY".to_string(),
            Every::TwoWeeks => "FREQ=WEEKLY;INTERVAL=2".to_string(),
            Every::Month => "FREQ=MONTHLY".to_string(),
        };
        match self.end {
            End::Until(d) => rule.push_str(&format!(";UNTIL={}", until(d))),
            End::Count(n) => rule.push_str(&format!(";COUNT={}", n.min(MAX_COUNT))),
            // Readers would go on for ever; say where pressdesk itself stops.
            End::Never => rule.push_str(&format!(";COUNT={MAX_COUNT}")),
        }
        rule
    }

    /// Checks the end against the start: an end before the start, a count of zero or
    /// beyond `MAX_COUNT`, or an end more than `MAX_YEARS` ahead are refused.
    pub fn check(&self, first: NaiveDate) -> Result<(), RepeatError> {
        match self.end {
            End::Until(d) if d < first => Err(RepeatError::EndsBeforeStart),
            End::Until(d) if d.year() - first.year() > MAX_YEARS => Err(RepeatError::TooLong),
            End::Count(n) if n == 0 || n > MAX_COUNT => Err(RepeatError::BadCount),
            _ => Ok(()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RepeatError {
    #[error("{}", crate::tr!("repeat-ends-before-start"))]
    EndsBeforeStart,
    #[error("{}", crate::tr!("repeat-too-long", years = MAX_YEARS))]
    TooLong,
    #[error("{}", crate::tr!("repeat-bad-count", max = MAX_COUNT))]
    BadCount,
    #[error("{}", crate::tr!("repeat-not-an-occurrence", date = .0.to_string()))]
    NotAnOccurrence(NaiveDate),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn series_stop_at_their_end_and_months_skip_missing_days() {
        let weekly = Repeat {
            every: Every::Week,
            end: End::Until(d(2026, 12, 3)),
        };
        let dates: Vec<_> = weekly.dates(d(2026, 11, 5)).collect();
        assert_eq!(
            dates,
            [
                d(2026, 11, 5),
                d(2026, 11, 12),
                d(2026, 11, 19),
                d(2026, 11, 26),
                d(2026, 12, 3)
            ]
        );
        assert_eq!(
            weekly.dates_between(d(2026, 11, 5), d(2026, 11, 10), d(2026, 11, 20)),
            [d(2026, 11, 12), d(2026, 11, 19)]
        );
        let fortnight = Repeat {
            every: Every::TwoWeeks,
            end: End::Count(3),
        };
        assert_eq!(fortnight.last_date(d(2026, 11, 5)), Some(d(2026, 12, 3)));
        let monthly = Repeat {
            every: Every::Month,
            end: End::Count(4),
        };
        let dates: Vec<_> = monthly.dates(d(2027, 1, 31)).collect();
        assert_eq!(
            dates,
            [
                d(2027, 1, 31),
                d(2027, 3, 31),
                d(2027, 5, 31),
                d(2027, 7, 31)
            ]
        );
        assert!(monthly.falls_on(d(2027, 1, 31), d(2027, 5, 31)));
        assert!(!monthly.falls_on(d(2027, 1, 31), d(2027, 4, 30)));
        let daily = Repeat {
            every: Every::Day,
            end: End::Never,
        };
        assert_eq!(daily.dates(d(2026, 1, 1)).count(), MAX_COUNT as usize);
        assert_eq!(
            weekly.rrule(|u| u.format("%Y%m%d").to_string()),
            "FREQ=WEEKLY;UNTIL=20261203"
        );
        assert_eq!(
            fortnight.rrule(|_| String::new()),
            "FREQ=WEEKLY;INTERVAL=2;COUNT=3"
        );
    }

    #[test]
    fn bad_ends_are_refused() {
        let start = d(2026, 11, 5);
        let until = |u| Repeat {
            every: Every::Week,
            end: End::Until(u),
        };
        assert_eq!(
            until(d(2026, 11, 4)).check(start),
            Err(RepeatError::EndsBeforeStart)
        );
        assert_eq!(until(d(2040, 1, 1)).check(start), Err(RepeatError::TooLong));
        let count = |n| Repeat {
            every: Every::Day,
            end: End::Count(n),
        };
        assert_eq!(count(0).check(start), Err(RepeatError::BadCount));
        assert_eq!(
            count(MAX_COUNT + 1).check(start),
            Err(RepeatError::BadCount)
        );
        assert!(count(10).check(start).is_ok());
    }
}
