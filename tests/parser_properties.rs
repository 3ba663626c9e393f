//! Property tests of the parsers that read what people type: deadlines and dates, spans
//! of time, phone numbers. Whatever is typed, nothing panics; whatever is accepted lies
//! inside the window around today and reads back the same when written out again.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use proptest::prelude::*;

use pressdesk::domain::Zone;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::plan::parse_day;
use pressdesk::domain::span::Span;
use pressdesk::domain::when::{Prefer, WhenError, WorkingDay, month_word, parse_when, window};
use pressdesk::fixtures::NOW;

const MOSCOW: Zone = Zone::Fixed(match chrono::FixedOffset::east_opt(3 * 3600) {
    Some(z) => z,
    None => panic!(),
});

fn config() -> ProptestConfig {
    // Modest, so that the whole suite stays fast; raise PROPTEST_CASES to search longer.
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn when(text: &str, now: i64, prefer: Prefer) -> Result<i64, WhenError> {
    parse_when(text, now, MOSCOW, WorkingDay::default(), prefer)
}

/// Words people type in deadlines, and some they should not, with numbers of every size.
fn word() -> impl Strategy<Value = String> {
    let vocabulary = prop::sample::select(vec![
        "+",
        "-",
        "in",
        "через",
        "za",
        "ago",
        "назад",
        "temu",
        "tomorrow",
        "завтра",
        "jutro",
        "today",
        "yesterday",
        "fri",
        "пт",
        "śr",
        "eod",
        "at",
        "до",
        "в",
        "w",
        "h",
        "m",
        "d",
        "s",
        "w",
        "ч",
        "мин",
        "hours",
        "часа",
        "godziny",
        "dni",
        "дней",
        "тижні",
        "dec",
        "декабря",
        "дек.",
        "grudnia",
        "gru",
        "груд",
        "лютого",
        "may",
        "maja",
        "мая",
        "2026",
        "г.",
        "r.",
        "3rd",
        "2-го",
        "29",
        "31",
        "0",
        ":",
        ".",
        ",",
        "23:00",
        "9:05",
        "24.11",
        "1.1.5",
        "31.12.262142",
        "2026-11-23",
        "02.29",
        "\u{202e}",
        "\u{0}",
        "é",
        "٣",
    ]);
    prop_oneof![
        vocabulary.prop_map(str::to_string),
        any::<u64>().prop_map(|n| n.to_string()),
        (
            any::<i64>(),
            prop::sample::select(vec!["d", "h", "m", "s", "w", "ч", "д"])
        )
            .prop_map(|(n, u)| format!("{n:+}{u}")),
        (0u32..40, 0u32..70).prop_map(|(h, m)| format!("{h}:{m:02}")),
        (0u32..40, 0u32..15, 0u32..100_000).prop_map(|(d, m, y)| format!("{d}.{m}.{y}")),
        prop::collection::vec(any::<char>(), 0..6).prop_map(|c| c.into_iter().collect()),
    ]
}

fn phrase() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..5).prop_map(|w| w.join(" "))
}

/// The first and last moment the window around `now` allows.
fn window_moments(now: i64) -> (i64, i64) {
    let (from, to) = window(MOSCOW.date(now));
    (
        MOSCOW.at(from, NaiveTime::MIN),
        MOSCOW.at(to, NaiveTime::MIN),
    )
}

/// An accepted moment written out the way people type a full date and time.
fn written(ts: i64) -> String {
    MOSCOW.local(ts).format("%Y-%m-%d %H:%M").to_string()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn deadlines_never_panic_and_stay_in_the_window(
        text in phrase(),
        shift in -400_000_000i64..400_000_000,
        past in any::<bool>(),
    ) {
        let now = NOW + shift;
        let prefer = if past { Prefer::Past } else { Prefer::Future };
        if let Ok(ts) = when(&text, now, prefer) {
            let (first, last) = window_moments(now);
            prop_assert!((first..=last).contains(&ts), "{text:?} gave {}", written(ts));
            // Written out to the minute, it reads back as the same minute.
            let minute = ts - MOSCOW.local(ts).second() as i64;
            prop_assert_eq!(when(&written(ts), now, prefer), Ok(minute), "{:?}", text);
        }
    }

    #[test]
    fn relative_deadlines_of_any_size_are_exact_or_refused(
        n in any::<u64>(),
        unit in prop::sample::select(vec![("s", 1i64), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800)]),
        sign in prop::sample::select(vec!["+", "-", ""]),
    ) {
        let text = format!("{sign}{n}{}", unit.0);
        let secs = i64::try_from(n).ok().and_then(|n| n.checked_mul(unit.1));
        let (first, last) = window_moments(NOW);
        let expected = secs
            .and_then(|s| if sign == "-" { NOW.checked_sub(s) } else { NOW.checked_add(s) })
            .filter(|t| (first..=last).contains(t));
        match (when(&text, NOW, Prefer::Future), expected) {
            (Ok(ts), Some(want)) => prop_assert_eq!(ts, want),
            (Err(WhenError::OutOfRange { .. }), None) => {}
            (got, want) => prop_assert!(false, "{text:?}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn full_dates_read_back_exactly(
        days in -3_600i64..1_800,
        hour in 0u32..24,
        minute in 0u32..60,
        dotted in any::<bool>(),
    ) {
        let date = MOSCOW.date(NOW) + chrono::Duration::days(days);
        let text = if dotted {
            format!("{:02}.{:02}.{} {hour}:{minute:02}", date.day(), date.month(), date.year())
        } else {
            format!("{date} {hour:02}:{minute:02}")
        };
        let want = MOSCOW.at(date, NaiveTime::from_hms_opt(hour, minute, 0).unwrap());
        prop_assert_eq!(when(&text, NOW, Prefer::Future), Ok(want));
        prop_assert_eq!(when(&text, NOW, Prefer::Past), Ok(want));
        prop_assert_eq!(
            parse_day(&date.format("%d.%m.%Y").to_string(), NOW, MOSCOW, WorkingDay::default()),
            Ok(date)
        );
    }

    #[test]
    fn dates_with_month_names_read_as_that_day(
        days in 1i64..360,
        form in 0usize..4,
        hour in 0u32..24,
    ) {
        // Every day of the coming year, named in each language.
        let date = MOSCOW.date(NOW) + chrono::Duration::days(days);
        let months: [[&str; 12]; 4] = [
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
             "вересня", "жовтня", "листопада", "грудня"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"],
        ];
        let month = months[form][date.month0() as usize];
        prop_assert_eq!(month_word(month), Some(date.month()));
        let text = if form == 0 {
            format!("{month} {} {hour}:00", date.day())
        } else {
            format!("{} {month} {hour}:00", date.day())
        };
        let want = MOSCOW.at(date, NaiveTime::from_hms_opt(hour, 0, 0).unwrap());
        prop_assert_eq!(when(&text, NOW, Prefer::Future), Ok(want), "{}", text);
    }

    #[test]
    fn plan_days_never_panic_and_stay_in_the_window(text in phrase()) {
        if let Ok(date) = parse_day(&text, NOW, MOSCOW, WorkingDay::default()) {
            let (from, to) = window(MOSCOW.date(NOW));
            prop_assert!((from..=to).contains(&date), "{text:?} gave {date}");
        }
    }

    #[test]
    fn spans_never_panic_and_round_trip(
        text in prop_oneof![
            prop::collection::vec(
                prop::sample::select(vec!["1", "0", "30", "99999999999999999999", "h", "m", "d", "w", "s", " ", "-", "x"]),
                0..8,
            ).prop_map(|w| w.concat()),
            prop::collection::vec(any::<char>(), 0..10).prop_map(|c| c.into_iter().collect()),
        ],
    ) {
        if let Ok(span) = Span::parse(&text) {
            prop_assert!(span.secs >= 0, "{text:?} gave {span:?}");
            prop_assert_eq!(Span::parse(&span.to_string()), Ok(span), "{:?}", text);
        }
    }

    #[test]
    fn spans_written_out_read_back(
        d in 0i64..10_000, h in 0i64..24, m in 0i64..60, s in 0i64..60,
    ) {
        let span = Span { secs: d * 86_400 + h * 3600 + m * 60 + s };
        prop_assert_eq!(Span::parse(&format!("{d}d{h}h{m}m{s}s")), Ok(span));
        prop_assert_eq!(Span::parse(&span.to_string()), Ok(span));
    }

    #[test]
    fn phone_normalisation_never_panics(text in prop::collection::vec(any::<char>(), 0..30)) {
        let text: String = text.into_iter().collect();
        for country in PhoneRules::COUNTRIES {
            let rules = PhoneRules::for_country(country).unwrap();
            let normal = rules.normalize(&text);
            prop_assert!(normal.chars().all(|c| c.is_ascii_digit()), "{normal:?}");
            // Once international, it stays the same number.
            prop_assert_eq!(rules.normalize(&format!("+{normal}")), normal.clone());
            for form in rules.query_forms(&text) {
                prop_assert!(form.chars().all(|c| c.is_ascii_digit()));
            }
        }
    }

    #[test]
    fn one_number_however_it_is_written(
        country in prop::sample::select(vec!["RU", "UA", "PL", "BY", "GB", "US"]),
        digits in prop::collection::vec(0u8..10, 12),
        separators in prop::collection::vec(prop::sample::select(vec!["", " ", "-", " (", ") ", "."]), 12),
        start in 0usize..8,
        len in 5usize..8,
    ) {
        let rules = PhoneRules::for_country(country).unwrap();
        // A national number as the office's country writes it: no leading zero.
        let mut national: Vec<u8> = digits[..rules.national_len].to_vec();
        national[0] = national[0].max(1);
        let national: String = national.iter().map(|d| char::from(b'0' + d)).collect();
        let spaced = |prefix: &str| {
            let mut out = prefix.to_string();
            for (i, ch) in national.chars().enumerate() {
                out.push_str(separators[i]);
                out.push(ch);
            }
            out
        };
        let international = format!("{}{national}", rules.calling_code);
        // Each written form with the length of its dialling prefix.
        let written = [
            (spaced(&format!("+{} ", rules.calling_code)), 0),
            (spaced(&format!("00{}", rules.calling_code)), 2),
            (spaced(rules.trunk_prefix), rules.trunk_prefix.len()),
        ];
        for (form, prefix) in &written {
            prop_assert_eq!(rules.normalize(form), international.clone(), "{:?}", form);
            // A few digits of it, as typed in a search, find the stored number: typed from
            // the start, or from anywhere after the dialling prefix (nobody types the
            // second zero of `00` as the first digit).
            let typed: String = form.chars().filter(char::is_ascii_digit).collect();
            let start = start.min(typed.len() - len);
            let start = if start < *prefix { 0 } else { start };
            let fragment = &typed[start..start + len];
            prop_assert!(
                rules.query_forms(fragment).iter().any(|f| international.contains(f.as_str())),
                "{fragment:?} of {form:?}"
            );
        }
    }
}

#[test]
fn window_is_years_not_days() {
    let (from, to) = window(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert_eq!((from.year(), to.year()), (2016, 2031));
}
