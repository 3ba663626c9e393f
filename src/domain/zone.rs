//! The time zone people read and type times in. Production uses the system's local zone;
//! tests pin a fixed offset so they do not depend on where the machine is.

use chrono::{
    DateTime, FixedOffset, Local, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Utc,
};

use super::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The system zone (the `TZ` variable, else /etc/localtime), daylight saving included.
    Local,
    Fixed(FixedOffset),
    /// A named zone from the tz database (tests pin Europe/Warsaw or Europe/Kyiv to check
    /// the days the clocks change).
    Named(chrono_tz::Tz),
}

impl Zone {
    pub fn fixed_hours(hours: i32) -> Zone {
        Zone::Fixed(FixedOffset::east_opt(hours * 3600).expect("offset within a day"))
    }

    /// The wall-clock date and time at `ts`.
    pub fn local(self, ts: Timestamp) -> NaiveDateTime {
        let utc = DateTime::<Utc>::from_timestamp(ts, 0).unwrap_or_default();
        match self {
            Zone::Local => utc.with_timezone(&Local).naive_local(),
            Zone::Fixed(off) => utc.with_timezone(&off).naive_local(),
            Zone::Named(tz) => utc.with_timezone(&tz).naive_local(),
        }
    }

    pub fn offset_at(self, ts: Timestamp) -> FixedOffset {
        let utc = DateTime::<Utc>::from_timestamp(ts, 0).unwrap_or_default();
        match self {
            Zone::Local => utc.with_timezone(&Local).offset().fix(),
            Zone::Fixed(off) => off,
            Zone::Named(tz) => utc.with_timezone(&tz).offset().fix(),
        }
    }

    /// The moment a wall-clock time names. In a daylight-saving gap the time does not
    /// exist: the moment just after the gap is taken; in an overlap, the earlier one.
    pub fn timestamp(self, wall: NaiveDateTime) -> Timestamp {
        fn pick<T: TimeZone>(tz: &T, wall: NaiveDateTime) -> Timestamp {
            match tz.from_local_datetime(&wall) {
                LocalResult::Single(t) => t.timestamp(),
                LocalResult::Ambiguous(a, b) => a.timestamp().min(b.timestamp()),
                LocalResult::None => {
                    // Gaps are at most a few hours; walk forward to the first valid minute.
                    let mut probe = wall;
                    for _ in 0..(4 * 60) {
                        probe += chrono::Duration::minutes(1);
                        if let Some(t) = tz.from_local_datetime(&probe).earliest() {
                            return t.timestamp();
                        }
                    }
                    wall.and_utc().timestamp()
                }
            }
        }
        match self {
            Zone::Local => pick(&Local, wall),
            Zone::Fixed(off) => pick(&off, wall),
            Zone::Named(tz) => pick(&tz, wall),
        }
    }

    pub fn date(self, ts: Timestamp) -> NaiveDate {
        self.local(ts).date()
    }

    pub fn at(self, date: NaiveDate, time: NaiveTime) -> Timestamp {
        self.timestamp(date.and_time(time))
    }

    /// RFC 3339 with the local offset, for output people and scripts read.
    pub fn rfc3339(self, ts: Timestamp) -> String {
        let utc = DateTime::<Utc>::from_timestamp(ts, 0).unwrap_or_default();
        utc.with_timezone(&self.offset_at(ts)).to_rfc3339()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_zone_round_trips() {
        let z = Zone::fixed_hours(3);
        let wall = NaiveDate::from_ymd_opt(2026, 11, 24)
            .unwrap()
            .and_hms_opt(23, 0, 0)
            .unwrap();
        let ts = z.timestamp(wall);
        assert_eq!(z.local(ts), wall);
        assert_eq!(z.rfc3339(ts), "2026-11-24T23:00:00+03:00");
    }
}
