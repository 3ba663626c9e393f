//! The office's figures for a period: definitions and the small sums on top of what the
//! store counts. Every count comes from SQL; here are only periods, shares and ranks.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use super::plan::{add_months, first_of_month, last_of_month, moments, week_start};
use super::{Timestamp, Zone};

/// The longest period a report covers: ten years of days.
pub const MAX_DAYS: i64 = 3660;

/// Why days cannot make a report's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeError {
    Backwards { first: NaiveDate, last: NaiveDate },
    TooLong,
}

/// Local days `first..=last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// A whole calendar month: the previous period is then the previous month.
    pub whole_month: bool,
}

/// How the chart's series steps: by day for up to two months, by week beyond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Day,
    Week,
}

impl Period {
    pub fn month(any_day: NaiveDate) -> Period {
        Period {
            first: first_of_month(any_day),
            last: last_of_month(any_day),
            whole_month: true,
        }
    }

    /// `None` when `last` is before `first`.
    pub fn range(first: NaiveDate, last: NaiveDate) -> Option<Period> {
        (first <= last).then(|| {
            let whole_month = first.day() == 1 && last == last_of_month(first);
            Period {
                first,
                last,
                whole_month,
            }
        })
    }

    /// A calendar month written `YYYY-MM`.
    pub fn parse_month(text: &str) -> Option<Period> {
        NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
            .ok()
            .filter(|d| (1900..=9999).contains(&d.year()))
            .map(Period::month)
    }

    /// Days `first..=last` as a report's period: not backwards, at most `MAX_DAYS`.
    pub fn checked(first: NaiveDate, last: NaiveDate) -> Result<Period, RangeError> {
        let period = Period::range(first, last).ok_or(RangeError::Backwards { first, last })?;
        if period.days() > MAX_DAYS {
            return Err(RangeError::TooLong);
        }
        Ok(period)
    }

    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The period just before, for comparison: the previous month, or as many days.
    pub fn previous(&self) -> Period {
        if self.whole_month {
            Period::month(add_months(self.first, -1))
        } else {
            Period {
                first: self.first - Duration::days(self.days()),
                last: self.first - Duration::days(1),
                whole_month: false,
            }
        }
    }

    /// The period just after: the next month, or as many days.
    pub fn next(&self) -> Period {
        if self.whole_month {
            Period::month(add_months(self.first, 1))
        } else {
            Period {
                first: self.last + Duration::days(1),
                last: self.last + Duration::days(self.days()),
                whole_month: false,
            }
        }
    }

    /// The week (Monday to Sunday) `any_day` falls in.
    pub fn week(any_day: NaiveDate) -> Period {
        let first = week_start(any_day);
        Period {
            first,
            last: first + Duration::days(6),
            whole_month: false,
        }
    }

    /// The moments `[from, to)` the period covers in the office's time zone (a day with a
    /// daylight-saving change is 23 or 25 hours long).
    pub fn moments(&self, zone: Zone) -> (Timestamp, Timestamp) {
        moments(self.first, self.last, zone)
    }

    pub fn step(&self) -> Step {
        if self.days() <= 62 {
            Step::Day
        } else {
            Step::Week
        }
    }

    /// The chart's buckets: the first local day of each and its moments `[from, to)`,
    /// cut to the period (a week bucket at either end may be shorter).
    pub fn buckets(&self, zone: Zone) -> Vec<(NaiveDate, Timestamp, Timestamp)> {
        let mut out = Vec::new();
        let mut day = self.first;
        while day <= self.last {
            let next = match self.step() {
                Step::Day => day + Duration::days(1),
                Step::Week => week_start(day) + Duration::days(7),
            };
            let last = (next - Duration::days(1)).min(self.last);
            let (from, to) = moments(day, last, zone);
            out.push((day, from, to));
            day = next;
        }
        out
    }
}

/// The inquiry figures of one line of the report (the whole period or one breakdown key).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    pub received: i64,
    pub answered: i64,
    pub answered_on_time: i64,
    /// Answered on time, out of the answered (0 to 1); none when nothing was answered.
    pub on_time_share: Option<f64>,
    pub declined: i64,
    pub median_answer_secs: Option<i64>,
    pub p90_answer_secs: Option<i64>,
    pub open_at_end: i64,
    pub overdue_at_end: i64,
}

impl Figures {
    pub fn fill_share(&mut self) {
        self.on_time_share = share(self.answered_on_time, self.answered);
    }
}

/// `part / whole`, none for an empty whole.
pub fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The ranks (1-based, in ascending order of answer time) whose values give the median
/// and the 90th percentile of `n` values: the median is the middle value, or the mean of
/// the two middle ones; the 90th percentile is the nearest-rank value, ⌈0.9·n⌉.
pub fn ranks(n: i64) -> [i64; 3] {
    [(n + 1) / 2, (n + 2) / 2, (9 * n + 9) / 10]
}

/// Median and p90 from the values found at `ranks(n)`.
pub fn percentiles(n: i64, at_rank: impl Fn(i64) -> Option<i64>) -> (Option<i64>, Option<i64>) {
    if n <= 0 {
        return (None, None);
    }
    let [lo, hi, p90] = ranks(n);
    let median = match (at_rank(lo), at_rank(hi)) {
        // Rounded half up; both are whole seconds.
        (Some(a), Some(b)) => Some((a + b + 1).div_euclid(2)),
        _ => None,
    };
    (median, at_rank(p90))
}

/// One line of a breakdown: a key (a channel code, an outlet's name, …; none for "not
/// given") and its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub key: Option<String>,
    #[serde(flatten)]
    pub figures: Figures,
}

/// What a breakdown of the inquiries groups by; `All` is the whole period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    All,
    Channel,
    Priority,
    Assignee,
    Outlet,
    Topic,
}

impl Dimension {
    /// The breakdowns, in the order the report shows them.
    pub const BREAKDOWNS: [Dimension; 5] = [
        Dimension::Channel,
        Dimension::Priority,
        Dimension::Assignee,
        Dimension::Outlet,
        Dimension::Topic,
    ];
}

/// The inquiries behind one line of the report: received in the period, under the
/// line's key (a channel or priority code, an assignee, an outlet's name, a topic; none
/// for "not given").
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub period: Period,
    pub dimension: Dimension,
    pub key: Option<String>,
}

/// One bucket of the chart: received, and of those answered on time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub from: NaiveDate,
    pub received: i64,
    pub answered_on_time: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct InquiryReport {
    #[serde(flatten)]
    pub totals: Figures,
    /// The previous period's on-time share, for the ↑/↓ beside this one's.
    pub previous_on_time_share: Option<f64>,
    pub by_channel: Vec<Line>,
    pub by_priority: Vec<Line>,
    pub by_assignee: Vec<Line>,
    pub by_outlet: Vec<Line>,
    pub by_topic: Vec<Line>,
    pub series: Vec<Point>,
}

impl InquiryReport {
    /// The lines of one breakdown (none for `All`).
    pub fn lines(&self, dimension: Dimension) -> &[Line] {
        match dimension {
            Dimension::All => &[],
            Dimension::Channel => &self.by_channel,
            Dimension::Priority => &self.by_priority,
            Dimension::Assignee => &self.by_assignee,
            Dimension::Outlet => &self.by_outlet,
            Dimension::Topic => &self.by_topic,
        }
    }
}

/// Plan items of a period under one key: all that were planned (not cancelled) and those
/// published.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanLine {
    pub key: Option<String>,
    pub planned: i64,
    pub published: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlanReport {
    pub planned: i64,
    pub published: i64,
    pub by_channel: Vec<PlanLine>,
    pub by_category: Vec<PlanLine>,
}

/// Coverage under one key, by tone.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ToneCounts {
    pub total: i64,
    pub positive: i64,
    pub neutral: i64,
    pub negative: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutletTone {
    pub key: String,
    #[serde(flatten)]
    pub counts: ToneCounts,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CoverageReport {
    #[serde(flatten)]
    pub counts: ToneCounts,
    pub positive_share: Option<f64>,
    pub negative_share: Option<f64>,
    pub by_outlet: Vec<OutletTone>,
    /// The outlets with the most negative pieces, most first (none without any).
    pub most_negative: Vec<OutletTone>,
}

/// The whole report. `as_of` is the moment "at the period's end" means: the end, or now
/// when the period has not ended yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub period: Period,
    pub as_of: Timestamp,
    pub inquiries: InquiryReport,
    pub plan: PlanReport,
    pub coverage: CoverageReport,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn ranks_give_the_middle_and_the_nearest_rank_p90() {
        let values = [10, 20, 30, 40];
        let at = |r: i64| values.get(r as usize - 1).copied();
        assert_eq!(percentiles(4, at), (Some(25), Some(40)));
        let values = [5, 7, 100];
        let at = |r: i64| values.get(r as usize - 1).copied();
        assert_eq!(percentiles(3, at), (Some(7), Some(100)));
        assert_eq!(ranks(10), [5, 6, 9]);
        assert_eq!(ranks(1), [1, 1, 1]);
        assert_eq!(percentiles(0, |_| None), (None, None));
    }

    #[test]
    fn periods_step_back_by_month_or_by_length() {
        let nov = Period::month(date(2026, 11, 17));
        assert_eq!(
            (nov.first, nov.last),
            (date(2026, 11, 1), date(2026, 11, 30))
        );
        let oct = nov.previous();
        assert_eq!(
            (oct.first, oct.last),
            (date(2026, 10, 1), date(2026, 10, 31))
        );
        let week = Period::range(date(2026, 11, 16), date(2026, 11, 22)).unwrap();
        let before = week.previous();
        assert_eq!(
            (before.first, before.last),
            (date(2026, 11, 9), date(2026, 11, 15))
        );
        assert_eq!(before.next(), week);
        assert_eq!(oct.next(), nov);
        assert_eq!(Period::week(date(2026, 11, 19)), week);
        assert!(Period::range(date(2026, 11, 2), date(2026, 11, 1)).is_none());
        assert!(
            Period::range(date(2026, 2, 1), date(2026, 2, 28))
                .unwrap()
                .whole_month
        );
    }

    #[test]
    fn buckets_are_days_for_a_month_and_weeks_for_a_year() {
        let zone = Zone::fixed_hours(3);
        let nov = Period::month(date(2026, 11, 1));
        let days = nov.buckets(zone);
        assert_eq!(days.len(), 30);
        assert_eq!(days[1].1 - days[0].1, 86_400);
        assert_eq!(days[29].2, nov.moments(zone).1);
        let year = Period::range(date(2026, 1, 1), date(2026, 12, 31)).unwrap();
        let weeks = year.buckets(zone);
        // 1 Jan 2026 is a Thursday: a short first week, then Mondays.
        assert_eq!(weeks[1].0, date(2026, 1, 5));
        assert_eq!(weeks.len(), 53);
        assert_eq!(weeks.last().unwrap().2, year.moments(zone).1);
    }
}
