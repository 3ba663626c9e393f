//! Working time: which days the office works (its week, the country's public holidays and
//! the days moved by decree, the office's own changes), and a rule counted in working hours.
//!
//! The country tables are data in `assets/holidays/`, one file per country, each naming
//! its legal source; adding a year there needs no code.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Timestamp, Zone};

/// The office's working day, for `eod` and for a bare day name, and its calendar of
/// working days (the week, holidays, moved days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingDay {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub days: &'static WorkDays,
}

impl Default for WorkingDay {
    fn default() -> Self {
        WorkingDay {
            start: NaiveTime::from_hms_opt(9, 0, 0).expect("valid time"),
            end: NaiveTime::from_hms_opt(18, 0, 0).expect("valid time"),
            days: WorkDays::standard(),
        }
    }
}

/// A day of the week by name, in any of the languages understood (`thu`, `чт`, `czw`).
pub fn weekday_of(word: &str) -> Option<Weekday> {
    weekday_word(&word.trim().to_lowercase())
}

pub(crate) fn weekday_word(word: &str) -> Option<Weekday> {
    use Weekday::*;
    let table: &[(Weekday, &[&str])] = &[
        (
            Mon,
            &[
                "mon",
                "monday",
                "пн",
                "пон",
                "понедельник",
                "понедельника",
                "понеділок",
                "понеділка",
                "pn",
                "pon",
                "poniedziałek",
                "poniedzialek",
                "poniedziałku",
                "poniedzialku",
            ],
        ),
        (
            Tue,
            &[
                "tue",
                "tues",
                "tuesday",
                "вт",
                "вторник",
                "вторника",
                "вівторок",
                "вівторка",
                "wt",
                "wtorek",
                "wtorku",
            ],
        ),
        (
            Wed,
            &[
                "wed",
                "wednesday",
                "ср",
                "среда",
                "среду",
                "среды",
                "середа",
                "середу",
                "середи",
                "śr",
                "sr",
                "środa",
                "sroda",
                "środę",
                "srode",
                "środy",
                "srody",
            ],
        ),
        (
            Thu,
            &[
                "thu",
                "thur",
                "thurs",
                "thursday",
                "чт",
                "четверг",
                "четверга",
                "четвер",
                "czw",
                "czwartek",
                "czwartku",
            ],
        ),
        (
            Fri,
            &[
                "fri",
                "friday",
                "пт",
                "пятница",
                "пятницу",
                "пятницы",
                "пʼятниці",
                "п'ятниці",
                "пʼятниця",
                "п'ятниця",
                "пʼятницю",
                "п'ятницю",
                "pt",
                "piątek",
                "piatek",
                "piątku",
                "piatku",
            ],
        ),
        (
            Sat,
            &[
                "sat",
                "saturday",
                "сб",
                "суббота",
                "субботу",
                "субботы",
                "субота",
                "суботу",
                "суботи",
                "sob",
                "sobota",
                "sobotę",
                "sobote",
                "soboty",
            ],
        ),
        (
            Sun,
            &[
                "sun",
                "sunday",
                "вс",
                "воскресенье",
                "воскресенья",
                "нд",
                "неділя",
                "неділю",
                "неділі",
                "nd",
                "niedz",
                "niedziela",
                "niedzielę",
                "niedziele",
                "niedzieli",
            ],
        ),
    ];
    table
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(day, _)| *day)
}

/// Whose public holidays the office keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HolidayCountry {
    #[default]
    None,
    Ru,
    Ua,
    Pl,
}

impl HolidayCountry {
    pub const CODES: &'static str = "RU, UA, PL, none";

    pub fn parse(text: &str) -> Option<HolidayCountry> {
        match text.trim().to_ascii_uppercase().as_str() {
            "RU" => Some(HolidayCountry::Ru),
            "UA" => Some(HolidayCountry::Ua),
            "PL" => Some(HolidayCountry::Pl),
            "NONE" | "" => Some(HolidayCountry::None),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            HolidayCountry::None => "none",
            HolidayCountry::Ru => "RU",
            HolidayCountry::Ua => "UA",
            HolidayCountry::Pl => "PL",
        }
    }

    /// The shipped table, read once.
    pub fn table(self) -> Option<&'static HolidayTable> {
        static RU: OnceLock<HolidayTable> = OnceLock::new();
        static UA: OnceLock<HolidayTable> = OnceLock::new();
        static PL: OnceLock<HolidayTable> = OnceLock::new();
        let (cell, text) = match self {
            HolidayCountry::None => return None,
            HolidayCountry::Ru => (&RU, include_str!("../../assets/holidays/ru.toml")),
            HolidayCountry::Ua => (&UA, include_str!("../../assets/holidays/ua.toml")),
            HolidayCountry::Pl => (&PL, include_str!("../../assets/holidays/pl.toml")),
        };
        Some(cell.get_or_init(|| {
            // The tables ship inside the binary and a test reads each one.
            toml::from_str(text).expect("a shipped holiday table is valid")
        }))
    }
}

impl<'de> Deserialize<'de> for HolidayCountry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        HolidayCountry::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(crate::tr!(
                "alerts-config-bad-holidays",
                value = text.clone(),
                known = HolidayCountry::CODES
            ))
        })
    }
}

impl Serialize for HolidayCountry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// One country's file in `assets/holidays/`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayTable {
    /// False where the holidays are named but worked (Ukraine under martial law).
    pub days_off_observed: bool,
    pub days_off: BTreeMap<NaiveDate, String>,
    #[serde(default)]
    pub working_days: BTreeMap<NaiveDate, String>,
}

/// The days of the week the office works, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week(pub [bool; 7]);

impl Default for Week {
    fn default() -> Self {
        Week([true, true, true, true, true, false, false])
    }
}

impl Week {
    pub fn works(self, day: Weekday) -> bool {
        self.0[day.num_days_from_monday() as usize]
    }
}

impl<'de> Deserialize<'de> for Week {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let names = Vec::<String>::deserialize(d)?;
        let mut week = [false; 7];
        for name in &names {
            let day = weekday_of(name).ok_or_else(|| {
                serde::de::Error::custom(crate::tr!(
                    "alerts-config-bad-weekday",
                    value = name.clone()
                ))
            })?;
            week[day.num_days_from_monday() as usize] = true;
        }
        if !week.contains(&true) {
            return Err(serde::de::Error::custom(crate::tr!(
                "alerts-config-empty-week"
            )));
        }
        Ok(Week(week))
    }
}

impl Serialize for Week {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        const NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        let days: Vec<&str> = NAMES
            .iter()
            .zip(self.0)
            .filter_map(|(n, on)| on.then_some(*n))
            .collect();
        days.serialize(s)
    }
}

/// What kind of day a date is, for the words under a deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayNote {
    /// A public holiday or a day off moved by decree (or the office's own day off).
    Holiday,
    /// A public holiday that is worked (Ukraine under martial law).
    HolidayWorked,
    /// A weekend day made a working day.
    WorkingWeekend,
}

/// The office's calendar of working days. Built once from the config and shared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkDays {
    week: Week,
    off: BTreeSet<NaiveDate>,
    /// Holidays named in the country's table but not days off.
    worked_holidays: BTreeSet<NaiveDate>,
    on: BTreeSet<NaiveDate>,
}

static STANDARD: WorkDays = WorkDays {
    week: Week([true, true, true, true, true, false, false]),
    off: BTreeSet::new(),
    worked_holidays: BTreeSet::new(),
    on: BTreeSet::new(),
};

impl Default for &'static WorkDays {
    fn default() -> Self {
        &STANDARD
    }
}

impl WorkDays {
    /// Monday to Friday, no holidays.
    pub fn standard() -> &'static WorkDays {
        &STANDARD
    }

    pub fn new(
        week: Week,
        country: HolidayCountry,
        holidays_extra: &[NaiveDate],
        working_days_extra: &[NaiveDate],
    ) -> WorkDays {
        let mut days = WorkDays {
            week,
            off: BTreeSet::new(),
            worked_holidays: BTreeSet::new(),
            on: BTreeSet::new(),
        };
        if let Some(table) = country.table() {
            let dates = table.days_off.keys().copied();
            if table.days_off_observed {
                days.off.extend(dates);
            } else {
                days.worked_holidays.extend(dates);
            }
            days.on.extend(table.working_days.keys().copied());
        }
        // The office's own changes win over the country's table.
        for date in holidays_extra {
            days.on.remove(date);
            days.off.insert(*date);
        }
        for date in working_days_extra {
            days.off.remove(date);
            days.on.insert(*date);
        }
        days
    }

    /// The same calendar shared for the life of the process: configs are read rarely (at
    /// start and on reload) and most reloads give an equal one, so this stays small.
    pub fn shared(self) -> &'static WorkDays {
        if self == STANDARD {
            return &STANDARD;
        }
        static SHARED: Mutex<Vec<&'static WorkDays>> = Mutex::new(Vec::new());
        let mut shared = SHARED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = shared.iter().find(|d| ***d == self) {
            return found;
        }
        let leaked: &'static WorkDays = Box::leak(Box::new(self));
        shared.push(leaked);
        leaked
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        if self.on.contains(&date) {
            return true;
        }
        if self.off.contains(&date) {
            return false;
        }
        self.week.works(date.weekday())
    }

    /// A day off the office would not have by its week alone (a holiday, a moved day off).
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.off.contains(&date) && !self.on.contains(&date)
    }

    /// What to say about this date under a deadline, if anything.
    pub fn note(&self, date: NaiveDate) -> Option<DayNote> {
        if self.on.contains(&date) {
            return (!self.week.works(date.weekday())).then_some(DayNote::WorkingWeekend);
        }
        if self.off.contains(&date) {
            return Some(DayNote::Holiday);
        }
        self.worked_holidays
            .contains(&date)
            .then_some(DayNote::HolidayWorked)
    }

    /// The first working day on or after `date` (a year on at most, for a calendar that
    /// somehow has none).
    pub fn working_day_from(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        for _ in 0..366 {
            if self.is_working_day(day) {
                return day;
            }
            day += Duration::days(1);
        }
        date
    }
}

impl WorkingDay {
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.days.is_working_day(date)
    }

    /// The moment `secs` of working time after `from`: time counts only between the
    /// start and the end of working days. Real elapsed seconds are counted, so a day whose
    /// clocks change is as long as it really is.
    pub fn add_working_time(&self, from: Timestamp, secs: i64, zone: Zone) -> Timestamp {
        let mut left = secs.max(0);
        let mut date = zone.date(from);
        // Ten years of days bounds the walk whatever the rule says.
        for _ in 0..3660 {
            if self.days.is_working_day(date) {
                let open = zone.at(date, self.start);
                let close = zone.at(date, self.end);
                let begin = from.max(open);
                if begin < close {
                    let available = close - begin;
                    if left <= available {
                        return begin + left;
                    }
                    left -= available;
                }
            }
            date += Duration::days(1);
        }
        from + secs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn every_shipped_table_reads_and_covers_three_years() {
        for country in [HolidayCountry::Ru, HolidayCountry::Ua, HolidayCountry::Pl] {
            let table = country.table().unwrap();
            for year in 2025..=2027 {
                assert!(
                    table.days_off.keys().any(|d| d.year() == year),
                    "{country:?} has no days for {year}"
                );
                // New Year's Day is a holiday in all three.
                assert!(table.days_off.contains_key(&d(&format!("{year}-01-01"))));
            }
            // A day is never both a day off and a working day.
            assert!(
                table
                    .working_days
                    .keys()
                    .all(|w| !table.days_off.contains_key(w))
            );
        }
    }

    /// (country, date, working?) over the holiday weeks of each country.
    #[test]
    fn holiday_weeks_in_each_country() {
        use HolidayCountry::*;
        let cases: &[(HolidayCountry, &str, bool)] = &[
            // Russia 2025: 1–8 January off, 9 January back at work.
            (Ru, "2025-01-03", false),
            (Ru, "2025-01-08", false),
            (Ru, "2025-01-09", true),
            // The day off moved from 4 January to Friday 2 May.
            (Ru, "2025-05-02", false),
            (Ru, "2025-05-05", true),
            // Saturday 1 November 2025 worked for Monday 3 November.
            (Ru, "2025-11-01", true),
            (Ru, "2025-11-03", false),
            (Ru, "2025-11-04", false),
            (Ru, "2025-11-05", true),
            // 2026: 3 January moved to Friday 9 January; 8 March (Sunday) to Monday 9th.
            (Ru, "2026-01-09", false),
            (Ru, "2026-01-12", true),
            (Ru, "2026-03-09", false),
            (Ru, "2026-12-31", false),
            (Ru, "2026-12-30", true),
            // Poland: Easter Monday, Corpus Christi, and Wigilia from 2025.
            (Pl, "2026-04-06", false),
            (Pl, "2026-06-04", false),
            (Pl, "2025-12-24", false),
            (Pl, "2026-12-24", false),
            (Pl, "2026-11-11", false),
            (Pl, "2026-11-12", true),
            (Pl, "2027-03-29", false),
            // Ukraine under martial law: holidays are worked.
            (Ua, "2026-08-24", true),
            (Ua, "2026-12-25", true),
            (Ua, "2026-08-22", false),
        ];
        for (country, date, working) in cases {
            let days = WorkDays::new(Week::default(), *country, &[], &[]);
            assert_eq!(days.is_working_day(d(date)), *working, "{country:?} {date}");
        }
        let ua = WorkDays::new(Week::default(), Ua, &[], &[]);
        assert_eq!(ua.note(d("2026-08-24")), Some(DayNote::HolidayWorked));
    }

    #[test]
    fn the_office_own_changes_win() {
        let days = WorkDays::new(
            Week::default(),
            HolidayCountry::Ru,
            &[d("2026-12-30")],
            &[d("2026-12-31"), d("2026-12-26")],
        );
        assert!(!days.is_working_day(d("2026-12-30")));
        assert!(days.is_working_day(d("2026-12-31")));
        assert!(days.is_working_day(d("2026-12-26")));
        assert_eq!(days.note(d("2026-12-26")), Some(DayNote::WorkingWeekend));
        assert_eq!(days.note(d("2026-12-30")), Some(DayNote::Holiday));
        // Sharing gives one copy per distinct calendar.
        let a = days.clone().shared();
        let b = days.shared();
        assert!(std::ptr::eq(a, b));
    }

    fn work(days: &'static WorkDays) -> WorkingDay {
        WorkingDay {
            days,
            ..WorkingDay::default()
        }
    }

    fn at(zone: Zone, s: &str) -> Timestamp {
        zone.timestamp(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
    }

    fn show(zone: Zone, ts: Timestamp) -> String {
        zone.local(ts).format("%a %Y-%m-%d %H:%M").to_string()
    }

    /// (calendar, zone, received, working hours, expected due)
    #[test]
    fn working_hours_table() {
        let msk = Zone::fixed_hours(3);
        let warsaw = Zone::Named(chrono_tz::Europe::Warsaw);
        let kyiv = Zone::Named(chrono_tz::Europe::Kyiv);
        let standard = WorkDays::standard();
        let ru = WorkDays::new(Week::default(), HolidayCountry::Ru, &[], &[]).shared();
        let pl = WorkDays::new(Week::default(), HolidayCountry::Pl, &[], &[]).shared();
        let ua = WorkDays::new(Week::default(), HolidayCountry::Ua, &[], &[]).shared();
        let cases: &[(&'static WorkDays, Zone, &str, i64, &str)] = &[
            // Within one day.
            (standard, msk, "2026-11-24 10:00", 4, "Tue 2026-11-24 14:00"),
            // Friday 13:00 plus eight hours spans the weekend: five on Friday, three on Monday.
            (standard, msk, "2026-11-27 13:00", 8, "Mon 2026-11-30 12:00"),
            // Logged in the evening: counting starts next morning.
            (standard, msk, "2026-11-24 21:40", 1, "Wed 2026-11-25 10:00"),
            // Logged on Saturday: counting starts on Monday.
            (standard, msk, "2026-11-28 11:00", 2, "Mon 2026-11-30 11:00"),
            // Ending exactly at the close of the day stays on that day.
            (standard, msk, "2026-11-24 09:00", 9, "Tue 2026-11-24 18:00"),
            // Russia: 31 October 2025 (Fri) 17:00 + 8h: Saturday 1 November is worked.
            (ru, msk, "2025-10-31 17:00", 8, "Sat 2025-11-01 16:00"),
            // …then 3 and 4 November are off.
            (ru, msk, "2025-11-01 17:00", 8, "Wed 2025-11-05 16:00"),
            // New Year holidays 2026 run to 11 January.
            (ru, msk, "2025-12-30 17:00", 2, "Mon 2026-01-12 10:00"),
            // Poland: 10 November 2026 (Tue) 15:00 + 8h skips Independence Day.
            (pl, warsaw, "2026-11-10 15:00", 8, "Thu 2026-11-12 14:00"),
            // Poland: Wigilia and Christmas 2025 (Wed–Fri) off.
            (pl, warsaw, "2025-12-23 17:00", 2, "Mon 2025-12-29 10:00"),
            // Ukraine under martial law: Independence Day 2026 (Monday) is worked.
            (ua, kyiv, "2026-08-21 17:00", 2, "Mon 2026-08-24 10:00"),
            // Clocks go forward on Sunday 29 March 2026 in Warsaw and Kyiv: a rule spanning
            // that weekend still ends at the same wall-clock time.
            (
                standard,
                warsaw,
                "2026-03-27 14:00",
                8,
                "Mon 2026-03-30 13:00",
            ),
            (
                standard,
                kyiv,
                "2026-03-27 14:00",
                8,
                "Mon 2026-03-30 13:00",
            ),
            // …and back on Sunday 25 October 2026.
            (
                standard,
                warsaw,
                "2026-10-23 16:00",
                3,
                "Mon 2026-10-26 10:00",
            ),
            (
                standard,
                kyiv,
                "2026-10-23 16:00",
                3,
                "Mon 2026-10-26 10:00",
            ),
        ];
        for (days, zone, from, hours, due) in cases {
            let got = work(days).add_working_time(at(*zone, from), hours * 3600, *zone);
            assert_eq!(show(*zone, got), *due, "{from} + {hours}h");
        }
    }

    #[test]
    fn a_seven_day_office_counts_the_dst_sunday_as_it_really_is() {
        let warsaw = Zone::Named(chrono_tz::Europe::Warsaw);
        let every_day = WorkDays::new(Week([true; 7]), HolidayCountry::None, &[], &[]).shared();
        let mut w = work(every_day);
        w.start = chrono::NaiveTime::from_hms_opt(0, 0, 0).unwrap();
        w.end = chrono::NaiveTime::from_hms_opt(23, 59, 0).unwrap();
        // Six hours from midnight on the night the clocks go forward: 07:00, not 06:00.
        let got = w.add_working_time(at(warsaw, "2026-03-29 00:00"), 6 * 3600, warsaw);
        assert_eq!(show(warsaw, got), "Sun 2026-03-29 07:00");
    }
}
