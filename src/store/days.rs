//! Days and moments as the tables keep them: a day as `YYYY-MM-DD` text, and a plan
//! item's `When` in two columns (a moment, or a day without a time).

use chrono::NaiveDate;

use crate::domain::When;

pub(super) fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

pub(super) fn day_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The `starts_at` and `day` columns of a `When`: one of them is set.
pub(super) fn columns(when: When) -> (Option<i64>, Option<String>) {
    match when {
        When::At(t) => (Some(t), None),
        When::Day(d) => (None, Some(day_text(d))),
    }
}
