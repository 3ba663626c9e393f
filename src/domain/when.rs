//! Times as people type them: `23:00`, `+2h`, `tomorrow 12:00`, `fri`, `2026-11-23 15:00`,
//! `24.11 18:00`, `eod` — and the same in Russian, Ukrainian and Polish words
//! (`завтра 12:00`, `пт`, `через 2 часа`, `jutro`, `za 2 godziny`), and dates with month
//! names (`3 декабря 15:00`, `Dec 3`, `3 grudnia`, `3 груд.`).
//!
//! Whatever is typed, the moment must fall inside a sane window around today: a typo such
//! as `+99999999999d` or `1.1.5` is refused with the reason instead of being stored.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveTime, Weekday};

use super::workcal::weekday_word;
pub use super::workcal::{WorkingDay, weekday_of};
use super::{Timestamp, Zone};

/// Which way an incomplete time rolls: a deadline `23:00` typed at 23:30 means tomorrow;
/// a call received at `23:00` typed at 22:00 means yesterday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    Future,
    Past,
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
    /// The moment is outside the window around today that a deadline or a plan can use.
    #[error("{text:?} is outside {from} … {to}")]
    OutOfRange {
        text: String,
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// How far back a typed date may reach (an old call logged late, last years' plan).
pub const YEARS_BACK: u32 = 10;
/// How far ahead a deadline or a planned item may be.
pub const YEARS_AHEAD: u32 = 5;

/// The first and last day a typed date may name, seen from `today`.
pub fn window(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        today
            .checked_sub_months(Months::new(12 * YEARS_BACK))
            .unwrap_or(NaiveDate::MIN),
        today
            .checked_add_months(Months::new(12 * YEARS_AHEAD))
            .unwrap_or(NaiveDate::MAX),
    )
}

/// `date` if it lies inside the window around `today`, else the reason it does not.
pub fn within_window(
    text: &str,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, WhenError> {
    let (from, to) = window(today);
    if (from..=to).contains(&date) {
        Ok(date)
    } else {
        Err(WhenError::OutOfRange {
            text: text.trim().to_string(),
            from,
            to,
        })
    }
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

/// A month by name or abbreviation, in any of the languages understood and in the
/// grammatical cases people type after a day (`декабря`, `грудня`, `grudnia`), with or
/// without a trailing dot (`дек.`, `Dec.`).
pub fn month_word(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let table: [&[&str]; 12] = [
        &[
            "jan",
            "january",
            "янв",
            "январь",
            "января",
            "січ",
            "січень",
            "січня",
            "sty",
            "styczeń",
            "styczen",
            "stycznia",
        ],
        &[
            "feb",
            "february",
            "фев",
            "февр",
            "февраль",
            "февраля",
            "лют",
            "лютий",
            "лютого",
            "lut",
            "luty",
            "lutego",
        ],
        &[
            "mar",
            "march",
            "мар",
            "март",
            "марта",
            "бер",
            "берез",
            "березень",
            "березня",
            "marzec",
            "marca",
        ],
        &[
            "apr",
            "april",
            "апр",
            "апрель",
            "апреля",
            "квіт",
            "квітень",
            "квітня",
            "kwi",
            "kwiecień",
            "kwiecien",
            "kwietnia",
        ],
        &[
            "may",
            "май",
            "мая",
            "трав",
            "травень",
            "травня",
            "maj",
            "maja",
        ],
        &[
            "jun",
            "june",
            "июн",
            "июнь",
            "июня",
            "черв",
            "червень",
            "червня",
            "cze",
            "czerwiec",
            "czerwca",
        ],
        &[
            "jul",
            "july",
            "июл",
            "июль",
            "июля",
            "лип",
            "липень",
            "липня",
            "lip",
            "lipiec",
            "lipca",
        ],
        &[
            "aug",
            "august",
            "авг",
            "август",
            "августа",
            "серп",
            "серпень",
            "серпня",
            "sie",
            "sierpień",
            "sierpien",
            "sierpnia",
        ],
        &[
            "sep",
            "sept",
            "september",
            "сен",
            "сент",
            "сентябрь",
            "сентября",
            "вер",
            "верес",
            "вересень",
            "вересня",
            "wrz",
            "wrzesień",
            "wrzesien",
            "września",
            "wrzesnia",
        ],
        &[
            "oct",
            "october",
            "окт",
            "октябрь",
            "октября",
            "жовт",
            "жовтень",
            "жовтня",
            "paź",
            "paz",
            "październik",
            "pazdziernik",
            "października",
            "pazdziernika",
        ],
        &[
            "nov",
            "november",
            "ноя",
            "нояб",
            "ноябрь",
            "ноября",
            "лист",
            "листоп",
            "листопад",
            "листопада",
            "lis",
            "listopad",
            "listopada",
        ],
        &[
            "dec",
            "december",
            "дек",
            "декабрь",
            "декабря",
            "груд",
            "грудень",
            "грудня",
            "gru",
            "grudzień",
            "grudzien",
            "grudnia",
        ],
    ];
    (1..=12u32)
        .zip(table)
        .find(|(_, words)| words.contains(&word))
        .map(|(month, _)| month)
}

/// A day of the month beside a month name: `3`, `03`, `3rd`, `3-го`, `3-е`.
fn day_of_month(word: &str) -> Option<u32> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    let suffix_ok = ["", "st", "nd", "rd", "th", "-го", "-е", "-ое", "-ого", "."].contains(&rest);
    if digits.is_empty() || digits.len() > 2 || !suffix_ok {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Words that may follow a year: `2026 г.`, `2026 р.`, `2026 r.`, `2026 года`, `roku`.
const YEAR_WORDS: &[&str] = &[
    "г", "г.", "года", "год", "р", "р.", "року", "рік", "r", "r.", "roku", "rok",
];

/// Finds a date written with a month name (`3 декабря`, `Dec 3`, `December 3 2026`,
/// `3 gru 2027 r.`) and takes its words out of `words`. `None` when there is no month
/// name; an error when there is one without a day or with two months.
fn take_month_date(words: &mut Vec<&str>, text: &str) -> Option<Result<Day, WhenError>> {
    let unreadable = || WhenError::Unreadable(text.trim().to_string());
    let at = words.iter().position(|w| month_word(w).is_some())?;
    let month = month_word(words[at]).expect("found above");
    if words.iter().skip(at + 1).any(|w| month_word(w).is_some()) {
        return Some(Err(unreadable()));
    }
    // The day stands before the month (3 декабря) or after it (Dec 3).
    let (first, day) = match at.checked_sub(1).and_then(|i| day_of_month(words[i])) {
        Some(day) => (at - 1, day),
        None => match words.get(at + 1).and_then(|w| day_of_month(w)) {
            Some(day) => (at, day),
            None => return Some(Err(unreadable())),
        },
    };
    let mut last = first + 1;
    let year = words.get(last + 1).and_then(|w| {
        (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<i32>().ok())
            .flatten()
    });
    if year.is_some() {
        last += 1;
        if words.get(last + 1).is_some_and(|w| YEAR_WORDS.contains(w)) {
            last += 1;
        }
    }
    words.drain(first..=last);
    let no_such = || WhenError::NoSuchDate(text.trim().to_string());
    Some(match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day)
            .map(Day::Date)
            .ok_or_else(no_such),
        // Checked against a leap year so that 29 February is accepted here.
        None => NaiveDate::from_ymd_opt(2028, month, day)
            .map(|_| Day::DateNoYear(day, month))
            .ok_or_else(no_such),
    })
}

fn unit_word(word: &str) -> Option<i64> {
    const SECOND: &[&str] = &[
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "с",
        "сек",
        "секунда",
        "секунду",
        "секунды",
        "секунд",
        "секунди",
        "sek",
        "sekunda",
        "sekundę",
        "sekundy",
        "sekund",
    ];
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
    if SECOND.contains(&word) {
        Some(1)
    } else if MINUTE.contains(&word) {
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
    let mut words: Vec<&str> = lowered
        .split_whitespace()
        .filter(|w| !PREPOSITIONS.contains(w))
        .collect();
    if words.is_empty() {
        return Err(unreadable());
    }
    let today = zone.date(now);

    if let Some(offset) = relative_offset(&words) {
        // Saturated sums land far outside the window and are refused there.
        let moment = now.saturating_add(offset);
        let (from, to) = window(today);
        if moment < zone.at(from, NaiveTime::MIN) || moment > zone.at(to, NaiveTime::MIN) {
            return Err(WhenError::OutOfRange {
                text: text.trim().to_string(),
                from,
                to,
            });
        }
        return Ok(moment);
    }

    let mut day: Option<Day> = match take_month_date(&mut words, text) {
        Some(found) => Some(found?),
        None => None,
    };
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
        Some(Day::Date(date)) => within_window(text, date, today)?,
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

/// A count as typed; one too long for the arithmetic saturates, so that the window
/// refuses it with the reason rather than calling it unreadable.
fn count(word: &str) -> Option<i64> {
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(word.parse().unwrap_or(i64::MAX))
}

/// `+2h`, `-30m`, `+1h30m`, `2h`, `in 2 hours`, `через 2 часа`, `za 2 godziny`, `2h ago`.
/// Sums saturate instead of wrapping.
fn relative_offset(words: &[&str]) -> Option<i64> {
    let first = words[0];
    if words.len() == 1 {
        let (sign, rest): (i64, &str) = match first.as_bytes().first()? {
            b'+' => (1, &first[1..]),
            b'-' => (-1, &first[1..]),
            _ => (1, first),
        };
        if rest.chars().next()?.is_ascii_digit() && rest.chars().any(|c| c.is_alphabetic()) {
            return unit_span(rest).map(|s| sign.saturating_mul(s));
        }
        return None;
    }
    let (sign, body): (i64, &[&str]) = if IN_WORDS.contains(&first) {
        (1, &words[1..])
    } else if AGO_WORDS.contains(words.last()?) {
        (-1, &words[..words.len() - 1])
    } else {
        return None;
    };
    let mut total: i64 = 0;
    let mut i = 0;
    while i < body.len() {
        if let Some(secs) = unit_span(body[i]) {
            total = total.saturating_add(secs);
            i += 1;
        } else {
            let n = count(body[i])?;
            total = total.saturating_add(n.saturating_mul(unit_word(body.get(i + 1)?)?));
            i += 2;
        }
    }
    (!body.is_empty()).then_some(sign.saturating_mul(total))
}

/// One word such as `2h`, `30m`, `1h30m`, `90s`, `2ч`, `3д`, `1ч30мин`: numbers each
/// followed by a unit.
fn unit_span(word: &str) -> Option<i64> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut total: i64 = 0;
    let mut rest = word;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let after = &rest[digits..];
        let letters = after.len() - after.trim_start_matches(char::is_alphabetic).len();
        if digits == 0 || letters == 0 {
            return None;
        }
        let n = count(&rest[..digits])?;
        total = total.saturating_add(n.saturating_mul(unit_word(&after[..letters])?));
        rest = &after[letters..];
    }
    Some(total)
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
    fn dates_with_month_names() {
        let cases = [
            ("3 декабря 15:00", "2026-12-03 15:00"),
            ("3 дек 15:00", "2026-12-03 15:00"),
            ("3 дек. 15:00", "2026-12-03 15:00"),
            ("Dec 3 15:00", "2026-12-03 15:00"),
            ("dec 3rd", "2026-12-03 18:00"),
            ("3 December", "2026-12-03 18:00"),
            ("December 3, 2027", "2027-12-03 18:00"),
            ("3 grudnia", "2026-12-03 18:00"),
            ("3 gru 10:00", "2026-12-03 10:00"),
            ("3 грудня", "2026-12-03 18:00"),
            ("3 груд 9:30", "2026-12-03 09:30"),
            ("до 3 декабря", "2026-12-03 18:00"),
            ("15:00 3 декабря", "2026-12-03 15:00"),
            ("3 декабря 2026 г.", "2026-12-03 18:00"),
            ("3 grudnia 2026 r.", "2026-12-03 18:00"),
            ("1 января", "2027-01-01 18:00"),
            ("14 лютого 12:00", "2027-02-14 12:00"),
            ("5 maja", "2027-05-05 18:00"),
            ("5 мая", "2027-05-05 18:00"),
            ("1 wrz", "2027-09-01 18:00"),
            ("30 листопада", "2026-11-30 18:00"),
            ("24 ноября 23:00", "2026-11-24 23:00"),
            ("24 ноября 21:00", "2027-11-24 21:00"),
            ("29 Feb", "2028-02-29 18:00"),
            ("2-го декабря", "2026-12-02 18:00"),
        ];
        for (input, want) in cases {
            assert_eq!(future(input).as_deref(), Ok(want), "input {input:?}");
        }
        assert_eq!(past("3 декабря").as_deref(), Ok("2025-12-03 18:00"));
        assert_eq!(past("Nov 20 10:00").as_deref(), Ok("2026-11-20 10:00"));
        for input in [
            "декабря",
            "dec",
            "32 dec",
            "3 dec jan",
            "3 foo 2026",
            "31 квітня",
        ] {
            assert!(future(input).is_err(), "input {input:?} should be refused");
        }
        assert_eq!(
            future("30 Feb"),
            Err(WhenError::NoSuchDate("30 Feb".into()))
        );
    }

    #[test]
    fn moments_out_of_range_are_refused_with_the_reason() {
        for input in [
            "+99999999999d",
            "+9223372036854775807s",
            "+99999999999999999999999999h",
            "in 9223372036854775807 weeks",
            "-9223372036854775807s",
            "1.1.5",
            "31.12.2999",
            "2999-01-01",
            "3 dec 2099",
            "+6w5000d",
        ] {
            assert!(
                matches!(future(input), Err(WhenError::OutOfRange { .. })),
                "input {input:?} gave {:?}",
                future(input)
            );
        }
        assert_eq!(future("+4w").as_deref(), Ok("2026-12-22 21:40"));
        assert_eq!(future("+90s").as_deref(), Ok("2026-11-24 21:41"));
        assert_eq!(past("1.1.2020 10:00").as_deref(), Ok("2020-01-01 10:00"));
        let (from, to) = window(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        assert_eq!(from.to_string(), "2016-11-24");
        assert_eq!(to.to_string(), "2031-11-24");
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
