//! How the report's figures and keys read, shared by `pressdesk report` and the pane.

use crate::domain::report::{Dimension, MAX_DAYS, Period, RangeError};
use crate::domain::{Channel, Priority};
use crate::format;
use crate::text::clean;
use crate::tr;

pub fn percent(share: Option<f64>) -> String {
    share
        .map(|s| format!("{}%", (s * 100.0).round() as i64))
        .unwrap_or_else(|| "—".into())
}

pub fn secs(value: Option<i64>) -> String {
    value.map(format::span).unwrap_or_else(|| "—".into())
}

/// The period in words: "November 2026", or "2026-11-02 – 2026-11-08".
pub fn period_title(period: &Period) -> String {
    use chrono::Datelike;
    if period.whole_month {
        format!(
            "{} {}",
            super::month_name(period.first.month()),
            period.first.year()
        )
    } else {
        format!("{} – {}", period.first, period.last)
    }
}

/// ↑, ↓ or = against the previous period's share.
pub fn trend(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(a), Some(b)) => {
            let (a, b) = ((a * 100.0).round() as i64, (b * 100.0).round() as i64);
            let arrow = match a.cmp(&b) {
                std::cmp::Ordering::Greater => "↑",
                std::cmp::Ordering::Less => "↓",
                std::cmp::Ordering::Equal => "=",
            };
            tr!("report-trend", arrow = arrow, before = format!("{b}%"))
        }
        _ => String::new(),
    }
}

pub fn channel_name(code: &str) -> String {
    Channel::parse(code)
        .map(super::channel)
        .unwrap_or_else(|| clean(code))
}

pub fn priority_name(code: &str) -> String {
    Priority::parse(code)
        .map(super::priority)
        .unwrap_or_else(|| clean(code))
}

/// The title of a breakdown: "By channel", "By press secretary", …
pub fn dimension_title(dimension: Dimension) -> String {
    match dimension {
        Dimension::All => tr!("report-inquiries"),
        Dimension::Channel => tr!("report-by-channel"),
        Dimension::Priority => tr!("report-by-priority"),
        Dimension::Assignee => tr!("report-by-assignee"),
        Dimension::Outlet => tr!("report-by-outlet"),
        Dimension::Topic => tr!("report-by-topic"),
    }
}

/// A breakdown line's key in words; "not given" has a name of its own per breakdown.
pub fn line_key(dimension: Dimension, key: Option<&str>) -> String {
    match (dimension, key) {
        (Dimension::Channel, Some(code)) => channel_name(code),
        (Dimension::Priority, Some(code)) => priority_name(code),
        (_, Some(key)) => clean(key),
        (Dimension::Assignee, None) => tr!("report-unassigned"),
        (Dimension::Outlet, None) => tr!("report-no-outlet"),
        (Dimension::Topic, None) => tr!("report-no-topic"),
        (Dimension::All | Dimension::Channel | Dimension::Priority, None) => String::new(),
    }
}

/// Why the days typed cannot make a report's period.
pub fn range_error(e: RangeError) -> String {
    match e {
        RangeError::Backwards { first, last } => tr!(
            "cli-report-backwards",
            from = first.to_string(),
            to = last.to_string()
        ),
        RangeError::TooLong => tr!("cli-report-too-long", days = MAX_DAYS),
    }
}
