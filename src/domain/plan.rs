//! The content plan: posts and events, the channels they go out on, where each stands,
//! and the calendar arithmetic the views share (weeks start on Monday).

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::inquiry::coded_enum;
use super::{Timestamp, Zone};

coded_enum! {
    /// idea → draft → approved → scheduled → published; or cancelled.
    ItemStatus {
        Idea = "idea",
        Draft = "draft",
        Approved = "approved" | "ok",
        Scheduled = "scheduled" | "planned",
        Published = "published" | "done" | "posted" | "aired",
        Cancelled = "cancelled" | "canceled",
    }
}

coded_enum! {
    /// A post goes out on its channels; an event (a live radio hour, a briefing) has a
    /// length and a place.
    ItemKind {
        Post = "post",
        Event = "event" | "broadcast" | "meeting",
    }
}

impl ItemStatus {
    /// The next step of the usual path, for the one-key "advance" action.
    pub fn next(self) -> Option<ItemStatus> {
        match self {
            ItemStatus::Idea => Some(ItemStatus::Draft),
            ItemStatus::Draft => Some(ItemStatus::Approved),
            ItemStatus::Approved => Some(ItemStatus::Scheduled),
            ItemStatus::Scheduled => Some(ItemStatus::Published),
            ItemStatus::Published | ItemStatus::Cancelled => None,
        }
    }

    /// Nothing more to do: published, or cancelled.
    pub fn is_finished(self) -> bool {
        matches!(self, ItemStatus::Published | ItemStatus::Cancelled)
    }
}

/// When an item happens: on a day (no time fixed yet), or at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    At(Timestamp),
}

impl When {
    /// The local date the item is on.
    pub fn date(self, zone: Zone) -> NaiveDate {
        match self {
            When::Day(d) => d,
            When::At(t) => zone.date(t),
        }
    }

    /// The moment after which an unpublished item is late: its time, or for an item
    /// without a time, the end of its day.
    pub fn due(self, zone: Zone) -> Timestamp {
        match self {
            When::At(t) => t,
            When::Day(d) => start_of_day(d + Duration::days(1), zone),
        }
    }

    /// The first moment of the item, for ordering and export: its time, or its day's start.
    pub fn start(self, zone: Zone) -> Timestamp {
        match self {
            When::At(t) => t,
            When::Day(d) => start_of_day(d, zone),
        }
    }

    /// The wall-clock time, if one is set.
    pub fn time(self, zone: Zone) -> Option<NaiveTime> {
        match self {
            When::At(t) => Some(zone.local(t).time()),
            When::Day(_) => None,
        }
    }

    /// The same wall-clock time `days` later: 10:00 stays 10:00 across a daylight-saving
    /// change.
    pub fn shift_days(self, days: i64, zone: Zone) -> When {
        match self {
            When::Day(d) => When::Day(d + Duration::days(days)),
            When::At(t) => {
                let wall = zone.local(t) + Duration::days(days);
                When::At(zone.timestamp(wall))
            }
        }
    }

    /// Moves a timed item by `minutes` of wall-clock time; an item without a time keeps
    /// its day.
    pub fn shift_minutes(self, minutes: i64, zone: Zone) -> When {
        match self {
            When::Day(d) => When::Day(d),
            When::At(t) => {
                let wall = zone.local(t) + Duration::minutes(minutes);
                When::At(zone.timestamp(wall))
            }
        }
    }

    /// Ordering within a day: items without a time first, then by time.
    pub fn sort_key(self, zone: Zone) -> (NaiveDate, i64) {
        match self {
            When::Day(d) => (d, i64::MIN),
            When::At(t) => (zone.date(t), t),
        }
    }
}

/// One post or event of the plan, joined with the inquiry it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    pub id: i64,
    pub kind: ItemKind,
    pub title: String,
    pub notes: String,
    /// Channel codes from the config (`site`, `vk`, `telegram`, …), in the order given.
    pub channels: Vec<String>,
    pub when: When,
    /// Events: how long, in seconds.
    pub duration: Option<i64>,
    pub place: String,
    pub status: ItemStatus,
    /// A category code from the config (`news`, `consultation`, …); empty for none.
    pub category: String,
    pub campaign: String,
    pub owner: Option<String>,
    /// Where it was published.
    pub url: String,
    pub inquiry_id: Option<i64>,
    pub inquiry_subject: Option<String>,
    pub created_by: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Bumped on every change, so calendar applications that subscribe update the event.
    pub sequence: i64,
    /// A repeating item: its rule and the occurrences moved or cancelled.
    pub series: Option<Series>,
    /// When this is one occurrence of a series: the date it falls on by the rule (its
    /// `when` may differ if it was moved).
    pub occurrence: Option<NaiveDate>,
}

/// A series: the rule, and what was done to single occurrences (by the date each would
/// have fallen on: `None` cancelled, `Some` moved there).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub repeat: super::repeat::Repeat,
    pub exceptions: Vec<(NaiveDate, Option<When>)>,
}

impl Series {
    pub fn exception(&self, date: NaiveDate) -> Option<Option<When>> {
        self.exceptions
            .iter()
            .find(|(d, _)| *d == date)
            .map(|(_, w)| *w)
    }
}

impl PlanItem {
    /// Past its time and neither published nor cancelled. A repeating item (or one of its
    /// occurrences) is never late: it has no status per occurrence, only the series' (a
    /// weekly reminder set up to go out is not a task left undone each week).
    pub fn is_late(&self, now: Timestamp, zone: Zone) -> bool {
        self.series.is_none() && !self.status.is_finished() && now >= self.when.due(zone)
    }

    pub fn date(&self, zone: Zone) -> NaiveDate {
        self.when.date(zone)
    }

    pub fn has_channel(&self, code: &str) -> bool {
        self.channels.iter().any(|c| c == code)
    }

    /// When an event ends, if it has a time and a length.
    pub fn ends_at(&self) -> Option<Timestamp> {
        match (self.when, self.duration) {
            (When::At(t), Some(d)) if d > 0 => Some(t + d),
            _ => None,
        }
    }
}

/// Plan order: by day, items without a time first, then by time, then by number.
pub fn plan_order(a: &PlanItem, b: &PlanItem, zone: Zone) -> std::cmp::Ordering {
    a.when
        .sort_key(zone)
        .cmp(&b.when.sort_key(zone))
        .then(a.id.cmp(&b.id))
}

/// The first moment of a local day (after a daylight-saving gap, if midnight falls in one).
pub fn start_of_day(date: NaiveDate, zone: Zone) -> Timestamp {
    zone.at(date, NaiveTime::MIN)
}

/// The Monday of the week `date` is in.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(date.weekday().num_days_from_monday() as i64)
}

/// The ISO week number, as calendars on the wall print it.
pub fn week_number(date: NaiveDate) -> u32 {
    date.iso_week().week()
}

pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("every month has a first day")
}

pub fn last_of_month(date: NaiveDate) -> NaiveDate {
    add_months(first_of_month(date), 1) - Duration::days(1)
}

/// The same day `n` months later, clamped to the month's length (31 Jan + 1 = 28/29 Feb).
pub fn add_months(date: NaiveDate, n: i32) -> NaiveDate {
    let months = date.year() * 12 + date.month0() as i32 + n;
    let (year, month0) = (months.div_euclid(12), months.rem_euclid(12) as u32);
    let mut day = date.day();
    loop {
        if let Some(d) = NaiveDate::from_ymd_opt(year, month0 + 1, day) {
            return d;
        }
        day -= 1;
    }
}

/// The month grid of `date`'s month: the Monday it starts on and how many weeks (4 to 6)
/// it takes to show every day of the month.
pub fn month_grid(date: NaiveDate) -> (NaiveDate, u32) {
    let start = week_start(first_of_month(date));
    let last = last_of_month(date);
    let weeks = ((last - start).num_days() / 7 + 1) as u32;
    (start, weeks)
}

/// The dates a month view loads: the whole grid, Monday to Sunday.
pub fn grid_range(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let (start, weeks) = month_grid(date);
    (start, start + Duration::days(weeks as i64 * 7 - 1))
}

/// The week of `date`, Monday to Sunday.
pub fn week_range(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start = week_start(date);
    (start, start + Duration::days(6))
}

/// The moments `[from, to)` that cover local days `first..=last`. A day with a
/// daylight-saving change is 23 or 25 hours long.
pub fn moments(first: NaiveDate, last: NaiveDate, zone: Zone) -> (Timestamp, Timestamp) {
    (
        start_of_day(first, zone),
        start_of_day(last + Duration::days(1), zone),
    )
}

pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// A day as people type it when planning: `2026-11-24`, `24.11.2026`, `24.11`, `today`,
/// `tomorrow`, `fri`, `+3d`, `завтра`, `pt`. A day and month without a year mean the
/// nearest such date, before or after today. A day outside the window around today
/// (`31.12.262142`, `1.1.5`) is refused with the reason.
pub fn parse_day(
    text: &str,
    now: Timestamp,
    zone: Zone,
    work: super::when::WorkingDay,
) -> Result<NaiveDate, super::when::WhenError> {
    let date = read_day(text, now, zone, work)?;
    super::when::within_window(text, date, zone.date(now))
}

fn read_day(
    text: &str,
    now: Timestamp,
    zone: Zone,
    work: super::when::WorkingDay,
) -> Result<NaiveDate, super::when::WhenError> {
    use super::when::{Prefer, WhenError, parse_when};
    let text = text.trim();
    if text.is_empty() {
        return Err(WhenError::Empty);
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date);
    }
    let parts: Vec<&str> = text.trim_end_matches('.').split(['.', '/']).collect();
    if parts.len() >= 2
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        let no_such = || WhenError::NoSuchDate(text.to_string());
        let day: u32 = parts[0].parse().map_err(|_| no_such())?;
        let month: u32 = parts[1].parse().map_err(|_| no_such())?;
        if let Some(year) = parts.get(2) {
            let mut year: i32 = year.parse().map_err(|_| no_such())?;
            if year < 100 {
                year += 2000;
            }
            return NaiveDate::from_ymd_opt(year, month, day).ok_or_else(no_such);
        }
        let today = zone.date(now);
        return (today.year() - 1..=today.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .min_by_key(|d| (*d - today).num_days().abs())
            .ok_or_else(no_such);
    }
    // A post planned for a holiday goes out that day: only deadlines skip holidays.
    let work = super::when::WorkingDay {
        days: super::workcal::WorkDays::standard(),
        ..work
    };
    parse_when(text, now, zone, work, Prefer::Future).map(|t| zone.date(t))
}

/// A time of day: `10:00`, `9:30`, `10.30`, `1030`, `10`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let (h, m) = match text.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None if text.len() == 4 => text.split_at(2),
        None => (text, "0"),
    };
    if h.is_empty() || h.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    if !h.chars().chain(m.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// Where to move an item, as typed: a day (`fri`, `25.11`, `+1d`), a time (`15:30`, on
/// the same day), or both (`tomorrow 10:00`). A day alone keeps the item's time.
pub fn parse_move(
    text: &str,
    current: When,
    now: Timestamp,
    zone: Zone,
    work: super::when::WorkingDay,
) -> Result<When, super::when::WhenError> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(last) = words.last() else {
        return Err(super::when::WhenError::Empty);
    };
    let (day_words, time) = match last.contains(':').then(|| parse_time(last)).flatten() {
        Some(t) => (&words[..words.len() - 1], Some(t)),
        None => (&words[..], None),
    };
    let day = if day_words.is_empty() {
        current.date(zone)
    } else {
        parse_day(&day_words.join(" "), now, zone, work)?
    };
    Ok(match time.or(current.time(zone)) {
        Some(t) => When::At(zone.at(day, t)),
        None => When::Day(day),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        // Sunday 29 November 2026 belongs to the week that began on Monday the 23rd.
        assert_eq!(week_start(d("2026-11-29")), d("2026-11-23"));
        assert_eq!(week_start(d("2026-11-23")), d("2026-11-23"));
        assert_eq!(week_start(d("2026-11-30")), d("2026-11-30"));
        // A week that crosses the year.
        assert_eq!(week_start(d("2027-01-01")), d("2026-12-28"));
        assert_eq!(
            week_range(d("2027-01-03")),
            (d("2026-12-28"), d("2027-01-03"))
        );
        assert_eq!(week_number(d("2027-01-03")), 53);
        assert_eq!(week_number(d("2027-01-04")), 1);
    }

    #[test]
    fn month_grids_cover_the_month_from_monday() {
        // November 2026 starts on a Sunday: the grid starts on Monday 26 October and
        // needs six rows to reach Monday 30 November.
        assert_eq!(month_grid(d("2026-11-15")), (d("2026-10-26"), 6));
        assert_eq!(
            grid_range(d("2026-11-15")),
            (d("2026-10-26"), d("2026-12-06"))
        );
        // February 2027 starts on a Monday and has exactly four weeks.
        assert_eq!(month_grid(d("2027-02-10")), (d("2027-02-01"), 4));
        // A leap February starting on a Saturday.
        assert_eq!(month_grid(d("2020-02-29")), (d("2020-01-27"), 5));
        assert_eq!(last_of_month(d("2020-02-03")), d("2020-02-29"));
        assert_eq!(last_of_month(d("2026-12-31")), d("2026-12-31"));
        for month in 1..=12 {
            let date = NaiveDate::from_ymd_opt(2026, month, 1).unwrap();
            let (start, end) = grid_range(date);
            assert_eq!(start.weekday(), Weekday::Mon);
            assert_eq!(end.weekday(), Weekday::Sun);
            assert!(start <= first_of_month(date) && end >= last_of_month(date));
            assert!((end - last_of_month(date)).num_days() < 7);
        }
    }

    #[test]
    fn paging_by_month_clamps_the_day() {
        assert_eq!(add_months(d("2027-01-31"), 1), d("2027-02-28"));
        assert_eq!(add_months(d("2028-01-31"), 1), d("2028-02-29"));
        assert_eq!(add_months(d("2026-12-15"), 1), d("2027-01-15"));
        assert_eq!(add_months(d("2027-01-15"), -1), d("2026-12-15"));
        assert_eq!(add_months(d("2026-03-31"), -1), d("2026-02-28"));
        assert_eq!(add_months(d("2026-05-10"), -17), d("2024-12-10"));
    }

    #[test]
    fn days_in_another_time_zone() {
        // 23:30 UTC on the 24th is already the 25th in Moscow and still the 24th in
        // New York.
        let t = NaiveDateTime::parse_from_str("2026-11-24 23:30", "%Y-%m-%d %H:%M")
            .unwrap()
            .and_utc()
            .timestamp();
        assert_eq!(When::At(t).date(Zone::fixed_hours(3)), d("2026-11-25"));
        assert_eq!(When::At(t).date(Zone::fixed_hours(-5)), d("2026-11-24"));
        let (from, to) = moments(d("2026-11-25"), d("2026-11-25"), Zone::fixed_hours(3));
        assert!(from <= t && t < to);
        assert_eq!(to - from, 86_400);
    }

    #[test]
    fn an_item_without_a_time_is_late_after_its_day() {
        let zone = Zone::fixed_hours(3);
        let day = When::Day(d("2026-11-24"));
        let midnight = start_of_day(d("2026-11-25"), zone);
        assert_eq!(day.due(zone), midnight);
        let mut item = sample(day);
        assert!(!item.is_late(midnight - 1, zone));
        assert!(item.is_late(midnight, zone));
        item.status = ItemStatus::Published;
        assert!(!item.is_late(midnight + 86_400, zone));
        item.status = ItemStatus::Cancelled;
        assert!(!item.is_late(midnight + 86_400, zone));
    }

    #[test]
    fn the_status_path_ends_at_published() {
        let mut s = ItemStatus::Idea;
        let mut path = vec![s];
        while let Some(next) = s.next() {
            path.push(next);
            s = next;
        }
        assert_eq!(
            path,
            [
                ItemStatus::Idea,
                ItemStatus::Draft,
                ItemStatus::Approved,
                ItemStatus::Scheduled,
                ItemStatus::Published
            ]
        );
        assert_eq!(ItemStatus::Cancelled.next(), None);
        assert_eq!(ItemStatus::parse("Canceled"), Some(ItemStatus::Cancelled));
        assert_eq!(ItemKind::parse("broadcast"), Some(ItemKind::Event));
    }

    #[test]
    fn moving_keeps_the_wall_clock_time_and_orders_untimed_first() {
        let zone = Zone::fixed_hours(3);
        let at = When::At(zone.at(d("2026-11-24"), NaiveTime::from_hms_opt(10, 0, 0).unwrap()));
        let moved = at.shift_days(3, zone);
        assert_eq!(moved.date(zone), d("2026-11-27"));
        assert_eq!(moved.time(zone), NaiveTime::from_hms_opt(10, 0, 0));
        let later = at.shift_minutes(90, zone);
        assert_eq!(later.time(zone), NaiveTime::from_hms_opt(11, 30, 0));
        assert_eq!(
            When::Day(d("2026-11-24")).shift_minutes(60, zone),
            When::Day(d("2026-11-24"))
        );
        let a = sample(When::Day(d("2026-11-24")));
        let mut b = sample(at);
        b.id = 0;
        assert_eq!(plan_order(&a, &b, zone), std::cmp::Ordering::Less);
    }

    #[test]
    fn days_and_times_as_people_type_them() {
        let zone = Zone::fixed_hours(3);
        let work = super::super::when::WorkingDay::default();
        // Tuesday 24 November 2026, 21:40.
        let now = zone.at(d("2026-11-24"), NaiveTime::from_hms_opt(21, 40, 0).unwrap());
        let day = |t: &str| parse_day(t, now, zone, work).map(|d| d.to_string());
        assert_eq!(day("2026-12-01").as_deref(), Ok("2026-12-01"));
        assert_eq!(day("1.12.2026").as_deref(), Ok("2026-12-01"));
        assert_eq!(day("01.12.26").as_deref(), Ok("2026-12-01"));
        // Today's date stays today even late in the evening; a recent date stays recent.
        assert_eq!(day("24.11").as_deref(), Ok("2026-11-24"));
        assert_eq!(day("20.11").as_deref(), Ok("2026-11-20"));
        assert_eq!(day("5.1").as_deref(), Ok("2027-01-05"));
        assert_eq!(day("today").as_deref(), Ok("2026-11-24"));
        assert_eq!(day("завтра").as_deref(), Ok("2026-11-25"));
        assert_eq!(day("fri").as_deref(), Ok("2026-11-27"));
        assert_eq!(day("+3d").as_deref(), Ok("2026-11-27"));
        assert!(day("31.02").is_err());
        assert!(day("soon").is_err());
        assert_eq!(parse_time("9:05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(parse_time("10.30"), NaiveTime::from_hms_opt(10, 30, 0));
        assert_eq!(parse_time("1030"), NaiveTime::from_hms_opt(10, 30, 0));
        assert_eq!(parse_time("18"), NaiveTime::from_hms_opt(18, 0, 0));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("ten"), None);

        let ten = When::At(zone.at(d("2026-11-24"), NaiveTime::from_hms_opt(10, 0, 0).unwrap()));
        let moved = |t: &str, w: When| parse_move(t, w, now, zone, work).unwrap();
        assert_eq!(moved("fri", ten), ten.shift_days(3, zone));
        assert_eq!(
            moved("15:30", ten).time(zone),
            NaiveTime::from_hms_opt(15, 30, 0)
        );
        assert_eq!(moved("15:30", ten).date(zone), d("2026-11-24"));
        assert_eq!(
            moved("tomorrow 9:00", When::Day(d("2026-11-24"))),
            When::At(zone.at(d("2026-11-25"), NaiveTime::from_hms_opt(9, 0, 0).unwrap()))
        );
        assert_eq!(
            moved("1.12", When::Day(d("2026-11-24"))),
            When::Day(d("2026-12-01"))
        );
    }

    pub(crate) fn sample(when: When) -> PlanItem {
        PlanItem {
            id: 1,
            kind: ItemKind::Post,
            title: "Прямой эфир".into(),
            notes: String::new(),
            channels: vec!["vk".into()],
            when,
            duration: None,
            place: String::new(),
            status: ItemStatus::Draft,
            category: "news".into(),
            campaign: String::new(),
            owner: None,
            url: String::new(),
            inquiry_id: None,
            inquiry_subject: None,
            created_by: "me".into(),
            created_at: 0,
            updated_at: 0,
            sequence: 0,
            series: None,
            occurrence: None,
        }
    }

    #[test]
    fn a_plan_day_on_a_holiday_stays_on_the_holiday() {
        use crate::domain::workcal::{HolidayCountry, Week, WorkDays};
        let zone = Zone::fixed_hours(3);
        let work = crate::domain::when::WorkingDay {
            days: WorkDays::new(Week::default(), HolidayCountry::Ru, &[], &[]).shared(),
            ..Default::default()
        };
        // Monday 3 November 2025, evening; Tuesday the 4th is Unity Day.
        let now = zone.at(
            NaiveDate::from_ymd_opt(2025, 11, 3).unwrap(),
            NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
        );
        assert_eq!(
            parse_day("tomorrow", now, zone, work).unwrap(),
            NaiveDate::from_ymd_opt(2025, 11, 4).unwrap()
        );
    }
}
