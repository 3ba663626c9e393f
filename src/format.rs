//! Times and lengths of time the way people read them, in the interface language.

use chrono::{Datelike, NaiveDateTime, Timelike, Weekday};

use crate::domain::{Timestamp, Zone};
use crate::tr;

pub fn weekday_short(day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!("weekday-mon"),
        Weekday::Tue => tr!("weekday-tue"),
        Weekday::Wed => tr!("weekday-wed"),
        Weekday::Thu => tr!("weekday-thu"),
        Weekday::Fri => tr!("weekday-fri"),
        Weekday::Sat => tr!("weekday-sat"),
        Weekday::Sun => tr!("weekday-sun"),
    }
}

pub fn month_short(month: u32) -> String {
    match month {
        1 => tr!("month-jan"),
        2 => tr!("month-feb"),
        3 => tr!("month-mar"),
        4 => tr!("month-apr"),
        5 => tr!("month-may"),
        6 => tr!("month-jun"),
        7 => tr!("month-jul"),
        8 => tr!("month-aug"),
        9 => tr!("month-sep"),
        10 => tr!("month-oct"),
        11 => tr!("month-nov"),
        _ => tr!("month-dec"),
    }
}

/// `24 Nov`.
pub fn day_month(d: chrono::NaiveDate) -> String {
    format!("{} {}", d.day(), month_short(d.month()))
}

/// `Tue 24 Nov`.
pub fn day_heading(d: chrono::NaiveDate) -> String {
    format!(
        "{} {} {}",
        weekday_short(d.weekday()),
        d.day(),
        month_short(d.month())
    )
}

fn hh_mm(t: &NaiveDateTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `23:00`, `tomorrow 12:00`, `Fri 27 Nov 18:00`, `3 Feb 2027 10:00`: as short as the
/// distance from today allows.
pub fn moment(ts: Timestamp, now: Timestamp, zone: Zone) -> String {
    let t = zone.local(ts);
    let today = zone.date(now);
    let days = (t.date() - today).num_days();
    let time = hh_mm(&t);
    match days {
        0 => time,
        1 => tr!("moment-tomorrow", time = time),
        -1 => tr!("moment-yesterday", time = time),
        // Within a week either way the weekday alone is unambiguous.
        -6..=6 => format!("{} {time}", weekday_short(t.weekday())),
        _ if t.year() == today.year() => format!("{} {} {time}", t.day(), month_short(t.month())),
        _ => format!("{} {} {} {time}", t.day(), month_short(t.month()), t.year()),
    }
}

/// The full date and time: `Tue 24 Nov 2026 21:40`.
pub fn full(ts: Timestamp, zone: Zone) -> String {
    let t = zone.local(ts);
    format!(
        "{} {} {} {} {}",
        weekday_short(t.weekday()),
        t.day(),
        month_short(t.month()),
        t.year(),
        hh_mm(&t)
    )
}

/// A length of time in at most two units: `45m`, `3h 20m`, `2d 4h`.
pub fn span(secs: i64) -> String {
    let secs = secs.abs();
    let minutes = secs / 60;
    let (d, h, m) = (minutes / 1440, (minutes / 60) % 24, minutes % 60);
    if d > 0 && h > 0 {
        format!("{} {}", tr!("span-days", n = d), tr!("span-hours", n = h))
    } else if d > 0 {
        tr!("span-days", n = d)
    } else if h > 0 && m > 0 {
        format!(
            "{} {}",
            tr!("span-hours", n = h),
            tr!("span-minutes", n = m)
        )
    } else if h > 0 {
        tr!("span-hours", n = h)
    } else {
        tr!("span-minutes", n = m)
    }
}

/// How long until a deadline, or how late it is: `in 40m`, `2h 5m late`.
pub fn until(due: Timestamp, now: Timestamp) -> String {
    if due > now {
        // Round up, so a deadline 30 seconds away still says "in 1m".
        tr!("until-in", span = span(due - now + 59))
    } else {
        // Late by seconds is late by a minute, never "0m late".
        tr!("until-late", span = span(late_by(due, now)))
    }
}

/// A length of time for narrow columns, in at most two units with no spaces: `45m`,
/// `3h20m`, `2d4h` (in the interface language's abbreviations).
pub fn compact(secs: i64) -> String {
    let minutes = secs.abs() / 60;
    let (d, h, m) = (minutes / 1440, (minutes / 60) % 24, minutes % 60);
    let days = || tr!("compact-days", n = d);
    let hours = || tr!("compact-hours", n = h);
    if d > 0 {
        if h > 0 {
            format!("{}{}", days(), hours())
        } else {
            days()
        }
    } else if h > 0 {
        if m > 0 {
            format!("{}{}", hours(), tr!("compact-minutes", n = m))
        } else {
            hours()
        }
    } else {
        tr!("compact-minutes", n = m)
    }
}

/// Time left before a deadline for the queue's column: `40m`, or `−1h5m` once late.
pub fn left(due: Timestamp, now: Timestamp) -> String {
    if due > now {
        compact(due - now + 59)
    } else {
        format!("−{}", compact(late_by(due, now)))
    }
}

/// How late, rounded up to a whole minute: right after a deadline the column says
/// `−1m`, not `−0m`.
fn late_by(due: Timestamp, now: Timestamp) -> i64 {
    (now - due).max(1) + 59
}

/// How long ago, for the queue's column: `0m`, `5m`, `3h`, `2d`.
pub fn age(since: Timestamp, now: Timestamp) -> String {
    let secs = (now - since).max(0);
    if secs < 3600 {
        tr!("compact-minutes", n = secs / 60)
    } else if secs < 86_400 {
        tr!("compact-hours", n = secs / 3600)
    } else {
        tr!("compact-days", n = secs / 86_400)
    }
}

/// How long ago, in words: `just now`, `5m ago`.
pub fn ago(since: Timestamp, now: Timestamp) -> String {
    let secs = (now - since).max(0);
    if secs < 60 {
        tr!("age-now")
    } else {
        tr!("ago", span = span(secs))
    }
}

/// A file size as people read it: `512 B`, `34 KB`, `2.5 MB`.
pub fn bytes(n: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if n < KB {
        tr!("size-bytes", n = n)
    } else if n < MB {
        tr!("size-kb", n = n.div_ceil(KB))
    } else {
        let tenths = (n * 10).div_ceil(MB);
        let text = if tenths.is_multiple_of(10) || tenths >= 1000 {
            format!("{}", tenths.div_ceil(10))
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        tr!("size-mb", n = text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const Z: Zone = Zone::Fixed(match chrono::FixedOffset::east_opt(3 * 3600) {
        Some(z) => z,
        None => panic!(),
    });

    fn at(s: &str) -> Timestamp {
        Z.timestamp(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
    }

    #[test]
    fn moments_are_as_short_as_they_can_be() {
        let now = at("2026-11-24 21:40");
        assert_eq!(moment(at("2026-11-24 23:00"), now, Z), "23:00");
        assert_eq!(moment(at("2026-11-25 12:00"), now, Z), "tomorrow 12:00");
        assert_eq!(moment(at("2026-11-23 09:05"), now, Z), "yesterday 09:05");
        assert_eq!(moment(at("2026-11-27 18:00"), now, Z), "Fri 18:00");
        assert_eq!(moment(at("2026-12-15 10:00"), now, Z), "15 Dec 10:00");
        assert_eq!(moment(at("2027-02-03 10:00"), now, Z), "3 Feb 2027 10:00");
        assert_eq!(full(now, Z), "Tue 24 Nov 2026 21:40");
    }

    #[test]
    fn spans_use_two_units_at_most() {
        assert_eq!(span(45 * 60), "45m");
        assert_eq!(span(3 * 3600 + 20 * 60), "3h 20m");
        assert_eq!(span(2 * 86_400 + 4 * 3600 + 59), "2d 4h");
        assert_eq!(span(3 * 3600), "3h");
        assert_eq!(until(1000 + 30, 1000), "in 1m");
        assert_eq!(until(1000, 1000 + 2 * 3600 + 5 * 60), "2h 5m late");
        assert_eq!(age(0, 30), "0m");
        assert_eq!(age(0, 3 * 86_400), "3d");
        assert_eq!(ago(0, 30), "just now");
        assert_eq!(ago(0, 300), "5m ago");
        assert_eq!(compact(3 * 3600 + 20 * 60), "3h20m");
        assert_eq!(left(1000 + 30, 1000), "1m");
        assert_eq!(left(1000, 1000 + 2 * 3600 + 5 * 60), "−2h5m");
    }

    #[test]
    fn a_deadline_just_passed_is_a_minute_late_not_zero() {
        assert_eq!(left(1000, 1000), "−1m");
        assert_eq!(left(1000, 1030), "−1m");
        assert_eq!(left(1000, 1060), "−1m");
        assert_eq!(left(1000, 1061), "−2m");
        assert_eq!(until(1000, 1030), "1m late");
    }
}
