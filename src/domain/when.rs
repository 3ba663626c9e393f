//! Times as people type them: `23:00`, `+2h`, `tomorrow 12:00`, `fri`, `2026-11-23 15:00`,
//! `24.11 18:00`, `eod` — and the same in Russian, Ukrainian and Polish words
//! (`завтра 12:00`, `пт`, `через 2 часа`, `jutro`, `za 2 godziny`).

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::span::Span;
use super::workcal::WorkDays;
use super::{Timestamp, Zone};

/// Which way an incomplete time rolls: a deadline `23:00` typed at 23:30 means tomorrow;
/// a call received at `23:00` typed at 22:00 means yesterday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    Future,
    Past,
}

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

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    #[error("empty")]
    Empty,
    #[error("unreadable time {0:?}")]
    Unreadable(String),
    #[error("no such date {0:?}")]
    NoSuchDate(String),
}

enum Day {
    Offset(i64),
    Weekday(Weekday),
    Date(NaiveDate),
    /// Day and month given, year left to the direction.
    DateNoYear(u32, u32),
}

const PREPOSITIONS: &[&str] = &[
    "at", "by", "on", "в", "во", "к", "до", "на", "о", "об", "о́", "o", "do", "na", "w", "we",
];
const IN_WORDS: &[&str] = &["in", "через", "за", "za", "після"];
const AGO_WORDS: &[&str] = &["ago", "назад", "тому", "temu"];
const TODAY: &[&str] = &[
    "today",
    "tod",
    "сегодня",
    "сьогодні",
    "dziś",
    "dzis",
    "dzisiaj",
];
const TOMORROW: &[&str] = &["tomorrow", "tmrw", "tom", "завтра", "jutro"];
const DAY_AFTER: &[&str] = &["послезавтра", "післязавтра", "pojutrze"];
const YESTERDAY: &[&str] = &["yesterday", "вчера", "вчора", "wczoraj"];
const END_OF_DAY: &[&str] = &["eod"];

/// A day of the week by name, in any of the languages understood (`thu`, `чт`, `czw`).
pub fn weekday_of(word: &str) -> Option<Weekday> {
    weekday_word(&word.trim().to_lowercase())
}

fn weekday_word(word: &str) -> Option<Weekday> {
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

fn unit_word(word: &str) -> Option<i64> {
    const MINUTE: &[&str] = &[
        "m",
        "min",
        "mins",
        "minute",
        "minutes",
        "мин",
        "минута",
        "минуту",
        "минуты",
        "минут",
        "хв",
        "хвилина",
        "хвилину",
        "хвилини",
        "хвилин",
        "minuta",
        "minutę",
        "minute",
        "minuty",
        "minut",
    ];
    const HOUR: &[&str] = &[
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "ч",
        "час",
        "часа",
        "часов",
        "год",
        "година",
        "годину",
        "години",
        "годин",
        "godz",
        "godzina",
        "godzinę",
        "godzine",
        "godziny",
        "godzin",
    ];
    const DAY: &[&str] = &[
        "d", "day", "days", "д", "дн", "день", "дня", "дней", "дні", "днів", "dzień", "dzien",
        "dni",
    ];
    const WEEK: &[&str] = &[
        "w",
        "wk",
        "week",
        "weeks",
        "нед",
        "неделя",
        "неделю",
        "недели",
        "недель",
        "тиж",
        "тиждень",
        "тижні",
        "тижнів",
        "tydzień",
        "tydzien",
        "tygodnie",
        "tygodni",
    ];
    if MINUTE.contains(&word) {
        Some(60)
    } else if HOUR.contains(&word) {
        Some(3600)
    } else if DAY.contains(&word) {
        Some(86_400)
    } else if WEEK.contains(&word) {
        Some(7 * 86_400)
    } else {
        None
    }
}

/// `23:00`, `9:05`, or a bare hour `18` (people say "by six", "до 18").
fn parse_clock(word: &str) -> Option<NaiveTime> {
    if (1..=2).contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit()) {
        return NaiveTime::from_hms_opt(word.parse().ok()?, 0, 0);
    }
    let (h, m) = word.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

fn parse_date(word: &str) -> Option<Result<Day, WhenError>> {
    let bad = || Some(Err(WhenError::NoSuchDate(word.to_string())));
    if let Some((y, rest)) = word.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        if y.len() != 4 {
            return None;
        }
        let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        return match NaiveDate::from_ymd_opt(y, m, d) {
            Some(date) => Some(Ok(Day::Date(date))),
            None => bad(),
        };
    }
    let parts: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
    if !(2..=3).contains(&parts.len())
        || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let d: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    if parts.len() == 3 {
        let mut y: i32 = parts[2].parse().ok()?;
        if parts[2].len() == 2 {
            y += 2000;
        }
        return match NaiveDate::from_ymd_opt(y, m, d) {
            Some(date) => Some(Ok(Day::Date(date))),
            None => bad(),
        };
    }
    // Checked against a leap year so that 29.02 is accepted here and resolved later.
    match NaiveDate::from_ymd_opt(2028, m, d) {
        Some(_) => Some(Ok(Day::DateNoYear(d, m))),
        None => bad(),
    }
}

/// Reads `text` as a moment, relative to `now` in `zone`.
pub fn parse_when(
    text: &str,
    now: Timestamp,
    zone: Zone,
    work: WorkingDay,
    prefer: Prefer,
) -> Result<Timestamp, WhenError> {
    let lowered = text.trim().to_lowercase().replace(',', " ");
    if lowered.is_empty() {
        return Err(WhenError::Empty);
    }
    let unreadable = || WhenError::Unreadable(text.trim().to_string());
    let words: Vec<&str> = lowered
        .split_whitespace()
        .filter(|w| !PREPOSITIONS.contains(w))
        .collect();
    if words.is_empty() {
        return Err(unreadable());
    }

    if let Some(offset) = relative_offset(&words) {
        return Ok(now + offset);
    }

    let mut day: Option<Day> = None;
    let mut time: Option<NaiveTime> = None;
    let mut end_of_day = false;
    for word in &words {
        let found_day = if TODAY.contains(word) {
            Some(Day::Offset(0))
        } else if TOMORROW.contains(word) {
            Some(Day::Offset(1))
        } else if DAY_AFTER.contains(word) {
            Some(Day::Offset(2))
        } else if YESTERDAY.contains(word) {
            Some(Day::Offset(-1))
        } else if let Some(wd) = weekday_word(word) {
            Some(Day::Weekday(wd))
        } else if let Some(date) = parse_date(word) {
            Some(date?)
        } else {
            None
        };
        if let Some(found) = found_day {
            if day.replace(found).is_some() {
                return Err(unreadable());
            }
        } else if let Some(t) = parse_clock(word) {
            if time.replace(t).is_some() {
                return Err(unreadable());
            }
        } else if END_OF_DAY.contains(word) {
            end_of_day = true;
        } else {
            return Err(unreadable());
        }
    }

    let today = zone.date(now);
    if end_of_day && day.is_none() && time.is_none() {
        return Ok(end_of_working_day(today, now, zone, work, prefer));
    }
    let time_given = time.is_some();
    let time = time.unwrap_or(work.end);
    let step = match prefer {
        Prefer::Future => 1,
        Prefer::Past => -1,
    };
    let date = match day {
        None => {
            let candidate = zone.at(today, time);
            let rolls = match prefer {
                Prefer::Future => candidate <= now,
                Prefer::Past => candidate > now,
            };
            if rolls && time_given {
                today + Duration::days(step)
            } else {
                today
            }
        }
        Some(Day::Offset(n)) => skip_holiday(today + Duration::days(n), time_given, work, prefer),
        Some(Day::Date(date)) => date,
        Some(Day::Weekday(wd)) => {
            let mut date = today;
            while date.weekday() != wd {
                date += Duration::days(step);
            }
            let passed = match prefer {
                Prefer::Future => zone.at(date, time) <= now,
                Prefer::Past => zone.at(date, time) > now,
            };
            if passed {
                date += Duration::days(7 * step);
            }
            skip_holiday(date, time_given, work, prefer)
        }
        Some(Day::DateNoYear(d, m)) => {
            let mut year = today.year();
            loop {
                if let Some(date) = NaiveDate::from_ymd_opt(year, m, d) {
                    let ok = match prefer {
                        Prefer::Future => zone.at(date, time) > now,
                        Prefer::Past => zone.at(date, time) <= now,
                    };
                    if ok {
                        break date;
                    }
                }
                year += step as i32;
                if (year - today.year()).abs() > 8 {
                    return Err(WhenError::NoSuchDate(text.trim().to_string()));
                }
            }
        }
    };
    Ok(zone.at(date, time))
}

/// `+2h`, `-30m`, `+1h30m`, `2h`, `in 2 hours`, `через 2 часа`, `za 2 godziny`, `2h ago`.
fn relative_offset(words: &[&str]) -> Option<i64> {
    let first = words[0];
    if words.len() == 1 {
        let (sign, rest) = match first.as_bytes().first()? {
            b'+' => (1, &first[1..]),
            b'-' => (-1, &first[1..]),
            _ => (1, first),
        };
        if rest.chars().next()?.is_ascii_digit() && rest.chars().any(|c| c.is_alphabetic()) {
            return unit_span(rest).map(|s| sign * s);
        }
        return None;
    }
    let (sign, body) = if IN_WORDS.contains(&first) {
        (1, &words[1..])
    } else if AGO_WORDS.contains(words.last()?) {
        (-1, &words[..words.len() - 1])
    } else {
        return None;
    };
    let mut total = 0;
    let mut i = 0;
    while i < body.len() {
        if let Some(secs) = unit_span(body[i]) {
            total += secs;
            i += 1;
        } else {
            let n: i64 = body[i].parse().ok()?;
            total += n * unit_word(body.get(i + 1)?)?;
            i += 2;
        }
    }
    (!body.is_empty()).then_some(sign * total)
}

/// One word such as `2h`, `30m`, `1h30m`, `2ч`, `3д`.
fn unit_span(word: &str) -> Option<i64> {
    if !word.chars().any(char::is_alphabetic) {
        return None;
    }
    if let Ok(span) = Span::parse(word) {
        return Some(span.secs);
    }
    let digits: String = word.chars().take_while(|c| c.is_ascii_digit()).collect();
    let unit = &word[digits.len()..];
    Some(digits.parse::<i64>().ok()? * unit_word(unit)?)
}

/// A deadline given as a day alone ("tomorrow", "fri") that falls on a holiday means the
/// end of the next working day; a day typed with a time, or a date, is taken as typed.
fn skip_holiday(date: NaiveDate, time_given: bool, work: WorkingDay, prefer: Prefer) -> NaiveDate {
    if time_given || prefer == Prefer::Past || !work.days.is_holiday(date) {
        return date;
    }
    work.days.working_day_from(date)
}

fn end_of_working_day(
    today: NaiveDate,
    now: Timestamp,
    zone: Zone,
    work: WorkingDay,
    prefer: Prefer,
) -> Timestamp {
    let mut date = today;
    let step = match prefer {
        Prefer::Future => 1,
        Prefer::Past => -1,
    };
    loop {
        let at = zone.at(date, work.end);
        let fits = match prefer {
            Prefer::Future => at > now,
            Prefer::Past => at <= now,
        };
        if work.is_working_day(date) && fits {
            return at;
        }
        date += Duration::days(step);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    const ZONE: Zone = Zone::Fixed(match chrono::FixedOffset::east_opt(3 * 3600) {
        Some(z) => z,
        None => panic!(),
    });

    fn at(s: &str) -> Timestamp {
        ZONE.timestamp(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
    }

    fn show(ts: Timestamp) -> String {
        ZONE.local(ts).format("%Y-%m-%d %H:%M").to_string()
    }

    // Tuesday 24 November 2026, 21:40 local.
    const NOW: &str = "2026-11-24 21:40";

    fn future(text: &str) -> Result<String, WhenError> {
        parse_when(text, at(NOW), ZONE, WorkingDay::default(), Prefer::Future).map(show)
    }

    fn past(text: &str) -> Result<String, WhenError> {
        parse_when(text, at(NOW), ZONE, WorkingDay::default(), Prefer::Past).map(show)
    }

    #[test]
    fn deadlines_people_type() {
        let cases = [
            ("23:00", "2026-11-24 23:00"),
            ("21:00", "2026-11-25 21:00"),
            ("9:05", "2026-11-25 09:05"),
            ("+2h", "2026-11-24 23:40"),
            ("+30m", "2026-11-24 22:10"),
            ("+3d", "2026-11-27 21:40"),
            ("+1h30m", "2026-11-24 23:10"),
            ("2h", "2026-11-24 23:40"),
            ("in 2 hours", "2026-11-24 23:40"),
            ("tomorrow 12:00", "2026-11-25 12:00"),
            ("Tomorrow", "2026-11-25 18:00"),
            ("today 23:30", "2026-11-24 23:30"),
            ("fri", "2026-11-27 18:00"),
            ("friday 10:00", "2026-11-27 10:00"),
            ("tue", "2026-12-01 18:00"),
            ("tue 23:00", "2026-11-24 23:00"),
            ("2026-11-23 15:00", "2026-11-23 15:00"),
            ("2026-12-01", "2026-12-01 18:00"),
            ("26.11 15:00", "2026-11-26 15:00"),
            ("15:00 26.11", "2026-11-26 15:00"),
            ("01.02.2027 10:00", "2027-02-01 10:00"),
            ("20.11", "2027-11-20 18:00"),
            ("eod", "2026-11-25 18:00"),
            ("EOD", "2026-11-25 18:00"),
            ("at 23:00", "2026-11-24 23:00"),
            ("23", "2026-11-24 23:00"),
            ("tomorrow 10", "2026-11-25 10:00"),
            ("fri 9", "2026-11-27 09:00"),
        ];
        for (input, want) in cases {
            assert_eq!(future(input).as_deref(), Ok(want), "input {input:?}");
        }
    }

    #[test]
    fn words_in_russian_ukrainian_and_polish() {
        let cases = [
            ("завтра 12:00", "2026-11-25 12:00"),
            ("сегодня 23:00", "2026-11-24 23:00"),
            ("пт", "2026-11-27 18:00"),
            ("через 2 часа", "2026-11-24 23:40"),
            ("через 30 минут", "2026-11-24 22:10"),
            ("в пятницу в 10:00", "2026-11-27 10:00"),
            ("завтра до 12:00", "2026-11-25 12:00"),
            ("завтра в 10", "2026-11-25 10:00"),
            ("до 18", "2026-11-25 18:00"),
            ("через 2 години", "2026-11-24 23:40"),
            ("сьогодні 23:00", "2026-11-24 23:00"),
            ("післязавтра", "2026-11-26 18:00"),
            ("нд", "2026-11-29 18:00"),
            ("jutro 12:00", "2026-11-25 12:00"),
            ("pt", "2026-11-27 18:00"),
            ("za 2 godziny", "2026-11-24 23:40"),
            ("za 15 minut", "2026-11-24 21:55"),
            ("dziś 23:00", "2026-11-24 23:00"),
            ("śr 9:00", "2026-11-25 09:00"),
        ];
        for (input, want) in cases {
            assert_eq!(future(input).as_deref(), Ok(want), "input {input:?}");
        }
    }

    #[test]
    fn received_times_roll_into_the_past() {
        assert_eq!(past("21:00").as_deref(), Ok("2026-11-24 21:00"));
        assert_eq!(past("23:00").as_deref(), Ok("2026-11-23 23:00"));
        assert_eq!(past("-2h").as_deref(), Ok("2026-11-24 19:40"));
        assert_eq!(past("2h ago").as_deref(), Ok("2026-11-24 19:40"));
        assert_eq!(past("yesterday 10:00").as_deref(), Ok("2026-11-23 10:00"));
        assert_eq!(past("fri").as_deref(), Ok("2026-11-20 18:00"));
        assert_eq!(past("eod").as_deref(), Ok("2026-11-24 18:00"));
    }

    #[test]
    fn end_of_day_skips_the_weekend() {
        let friday_night = at("2026-11-27 19:00");
        let got = parse_when(
            "eod",
            friday_night,
            ZONE,
            WorkingDay::default(),
            Prefer::Future,
        );
        assert_eq!(got.map(show).as_deref(), Ok("2026-11-30 18:00"));
        let friday_noon = at("2026-11-27 12:00");
        let got = parse_when(
            "eod",
            friday_noon,
            ZONE,
            WorkingDay::default(),
            Prefer::Future,
        );
        assert_eq!(got.map(show).as_deref(), Ok("2026-11-27 18:00"));
    }

    #[test]
    fn nonsense_is_refused_not_guessed() {
        for input in [
            "",
            "  ",
            "soon",
            "25:00",
            "12:0",
            "tomorrow tomorrow",
            "+2x",
            "2026-13-01",
            "31.02.2027",
            "через часа",
            "24",
            "tomorrow 99",
            "10 11",
        ] {
            assert!(future(input).is_err(), "input {input:?} should be refused");
        }
        assert_eq!(future("32.01"), Err(WhenError::NoSuchDate("32.01".into())));
    }

    #[test]
    fn end_of_day_and_a_bare_day_skip_holidays() {
        use crate::domain::workcal::{HolidayCountry, Week, WorkDays};
        let work = WorkingDay {
            days: WorkDays::new(Week::default(), HolidayCountry::Ru, &[], &[]).shared(),
            ..WorkingDay::default()
        };
        let show = |ts| ZONE.local(ts).format("%a %Y-%m-%d %H:%M").to_string();
        // Tuesday 3 November 2025 19:00, evening before Unity Day; Monday 3rd was off too.
        let now = at("2025-11-03 19:00");
        let eod = parse_when("eod", now, ZONE, work, Prefer::Future).unwrap();
        assert_eq!(show(eod), "Wed 2025-11-05 18:00");
        let tomorrow = parse_when("tomorrow", now, ZONE, work, Prefer::Future).unwrap();
        assert_eq!(show(tomorrow), "Wed 2025-11-05 18:00");
        // With a time, the day is taken as typed.
        let typed = parse_when("tomorrow 12:00", now, ZONE, work, Prefer::Future).unwrap();
        assert_eq!(show(typed), "Tue 2025-11-04 12:00");
        // A bare weekday that is a holiday: Friday 2 January 2026 means Monday the 12th.
        let now = at("2025-12-29 10:00");
        let fri = parse_when("fri", now, ZONE, work, Prefer::Future).unwrap();
        assert_eq!(show(fri), "Mon 2026-01-12 18:00");
    }
}
