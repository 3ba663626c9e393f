//! How the store's report summary is cut: its days (of one fixed UTC offset), its months,
//! and the rounding of answer times in its histograms. A period's moments are split into
//! whole summary months and whole summary days, from the summary day boundary nearest its
//! start to the one nearest its end, and the hours between those boundaries and the
//! period's own ends, which are counted from the inquiries themselves: added where the
//! period reaches past the summary days, taken away where the summary days reach past
//! the period (at most half a day at either end).

use chrono::{Datelike, Duration, NaiveDate};

use super::Timestamp;

const DAY: i64 = 86_400;

/// An answer time in whole minutes as the summary's histogram keeps it: exact below a
/// day (the usual deadlines, 1, 4 and 24 hours, and the medians that matter lie there),
/// then rounded down to 15 minutes below 3 days, to the hour below a week, to the day
/// beyond. (The migration that builds the summary says the same in SQL; the report's
/// property test holds the two together.)
pub fn answer_bucket(minutes: i64) -> i64 {
    let step = match minutes {
        ..1440 => 1,
        1440..4320 => 15,
        4320..10080 => 60,
        _ => 1440,
    };
    minutes - minutes.rem_euclid(step)
}

/// The summary day a moment falls on: days since 1970-01-01 at `offset` seconds east.
pub fn summary_day(ts: Timestamp, offset: i64) -> i64 {
    (ts + offset).div_euclid(DAY)
}

fn date_of(day: i64) -> NaiveDate {
    NaiveDate::default() + Duration::days(day)
}

/// The summary month a summary day is in: year × 12 + month − 1.
pub fn summary_month(day: i64) -> i64 {
    let date = date_of(day);
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// The first summary day of a summary month.
fn first_day_of(month: i64) -> i64 {
    let (year, month0) = (month.div_euclid(12), month.rem_euclid(12));
    let first = NaiveDate::from_ymd_opt(year as i32, month0 as u32 + 1, 1).unwrap_or_default();
    (first - NaiveDate::default()).num_days()
}

/// A period `[from, to)` cut for the summary. Ranges are half-open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pieces {
    /// Moments to count from the inquiries and add: period outside the summary days.
    pub moments: Vec<(Timestamp, Timestamp)>,
    /// Moments to count from the inquiries and take away: summary days outside the period.
    pub excess: Vec<(Timestamp, Timestamp)>,
    /// Whole summary days outside the whole months.
    pub days: Vec<(i64, i64)>,
    /// Whole summary months.
    pub months: Option<(i64, i64)>,
}

impl Pieces {
    pub fn of(from: Timestamp, to: Timestamp, offset: i64) -> Pieces {
        let mut pieces = Pieces::default();
        if from >= to {
            return pieces;
        }
        // The summary day boundaries nearest the period's start and end.
        let nearest = |ts: Timestamp| summary_day(ts + DAY / 2, offset);
        let (first, end) = (nearest(from), nearest(to));
        if first >= end {
            pieces.moments.push((from, to));
            return pieces;
        }
        let start_of = |day: i64| day * DAY - offset;
        for (outer, inner) in [(from, start_of(first)), (start_of(end), to)] {
            pieces.differ(outer.min(inner), outer.max(inner), inner >= outer);
        }
        let mut month_first = summary_month(first);
        if first_day_of(month_first) != first {
            month_first += 1;
        }
        let month_end = summary_month(end);
        if month_first < month_end {
            for (lo, hi) in [
                (first, first_day_of(month_first)),
                (first_day_of(month_end), end),
            ] {
                if lo < hi {
                    pieces.days.push((lo, hi));
                }
            }
            pieces.months = Some((month_first, month_end));
        } else {
            pieces.days.push((first, end));
        }
        pieces
    }

    /// Notes `[lo, hi)` as moments to add (the period has them, the summary days do not)
    /// or to take away.
    fn differ(&mut self, lo: Timestamp, hi: Timestamp, add: bool) {
        if lo < hi {
            if add {
                self.moments.push((lo, hi));
            } else {
                self.excess.push((lo, hi));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Zone;
    use crate::domain::report::Period;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn day_no(date: NaiveDate) -> i64 {
        (date - NaiveDate::default()).num_days()
    }

    #[test]
    fn buckets_are_minutes_then_coarser() {
        let cases = [
            (0, 0),
            (303, 303),
            (1439, 1439),
            (1440, 1440),
            (1454, 1440),
            (4319, 4305),
            (4320, 4320),
            (4379, 4320),
            (10079, 10020),
            (10080, 10080),
            (10080 + 1439, 10080),
        ];
        for (minutes, bucket) in cases {
            assert_eq!(answer_bucket(minutes), bucket, "{minutes}");
        }
        // Round hours and days fall on a bucket, as people state deadlines.
        for hours in [1, 5, 12, 24, 25, 48, 62, 72, 168] {
            assert_eq!(answer_bucket(hours * 60), hours * 60);
        }
    }

    #[test]
    fn a_month_in_the_summary_zone_is_one_summary_month() {
        let zone = Zone::fixed_hours(3);
        let (from, to) = Period::month(date(2026, 11, 5)).moments(zone);
        let pieces = Pieces::of(from, to, 3 * 3600);
        let month = 2026 * 12 + 10;
        assert_eq!(
            pieces,
            Pieces {
                moments: vec![],
                excess: vec![],
                days: vec![],
                months: Some((month, month + 1)),
            }
        );
        assert_eq!(first_day_of(month), day_no(date(2026, 11, 1)));
        assert_eq!(summary_month(day_no(date(2026, 11, 30))), month);
        assert_eq!(summary_month(day_no(date(2026, 12, 1))), month + 1);
    }

    #[test]
    fn a_range_across_months_takes_whole_months_and_days_around_them() {
        let zone = Zone::fixed_hours(0);
        let (from, to) = Period::range(date(2026, 10, 20), date(2027, 1, 10))
            .unwrap()
            .moments(zone);
        let pieces = Pieces::of(from, to, 0);
        assert!(pieces.moments.is_empty());
        assert_eq!(
            pieces.days,
            vec![
                (day_no(date(2026, 10, 20)), day_no(date(2026, 11, 1))),
                (day_no(date(2027, 1, 1)), day_no(date(2027, 1, 11))),
            ]
        );
        assert_eq!(pieces.months, Some((2026 * 12 + 10, 2027 * 12)));
    }

    #[test]
    fn another_offset_adds_and_takes_away_hours_at_either_end() {
        // Summary days at UTC, the period's days at +03:00: the 3 hours before the
        // nearest summary day are added, the 3 hours of it past the period's end taken
        // away.
        let zone = Zone::fixed_hours(3);
        let (from, to) = Period::range(date(2026, 11, 2), date(2026, 11, 8))
            .unwrap()
            .moments(zone);
        let pieces = Pieces::of(from, to, 0);
        assert_eq!(pieces.moments, vec![(from, from + 3 * 3600)]);
        assert_eq!(pieces.excess, vec![(to, to + 3 * 3600)]);
        assert_eq!(
            pieces.days,
            vec![(day_no(date(2026, 11, 2)), day_no(date(2026, 11, 9)))]
        );
        assert_eq!(pieces.months, None);
        // A span shorter than a summary day is all moments.
        let short = Pieces::of(from, from + 3600, 0);
        assert_eq!(short.moments, vec![(from, from + 3600)]);
        assert!(short.days.is_empty() && short.excess.is_empty());
        assert_eq!(Pieces::of(to, from, 0), Pieces::default());
    }

    #[test]
    fn a_summer_month_with_winter_summary_days_is_still_one_summary_month() {
        // Summary days at +01:00 (Warsaw in winter), July in Warsaw at +02:00: the
        // month whole from the summary, an hour added at its start and one taken away
        // after its end.
        let zone = Zone::Named(chrono_tz::Europe::Warsaw);
        let (from, to) = Period::month(date(2026, 7, 1)).moments(zone);
        let pieces = Pieces::of(from, to, 3600);
        assert_eq!(pieces.moments, vec![(from, from + 3600)]);
        assert_eq!(pieces.excess, vec![(to, to + 3600)]);
        assert!(pieces.days.is_empty());
        assert_eq!(pieces.months, Some((2026 * 12 + 6, 2026 * 12 + 7)));
    }
}
