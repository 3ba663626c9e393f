//! Repeating plan items as processes: the series, one occurrence cancelled and one moved,
//! the listing, the report's counts and the iCalendar export read back by a parser.

mod common;

use common::Desk;
use ical::parser::ical::component::IcalEvent;
use serde_json::Value;

/// Central European time, with its daylight-saving rules (ends 25 October 2026).
const CET: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

fn prop(event: &IcalEvent, name: &str) -> Vec<String> {
    event
        .properties
        .iter()
        .filter(|p| p.name == name)
        .filter_map(|p| p.value.clone())
        .collect()
}

fn occurrences(list: &Value) -> Vec<(String, String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["occurrence"].as_str().unwrap_or_default().to_string(),
                i["starts_at"].as_str().unwrap_or_default().to_string(),
                i["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_weekly_hour_keeps_its_local_time_and_its_exceptions() {
    let desk = Desk::at(CET, "2026-10-01T09:00:00+02:00");
    let id = desk.run(&[
        "plan",
        "add",
        "--on",
        "2026-10-15",
        "--at",
        "10:00",
        "--kind",
        "event",
        "--channel",
        "radio",
        "--category",
        "consultation",
        "--status",
        "scheduled",
        "--every",
        "week",
        "--count",
        "4",
        "Радиочас с главврачом",
    ]);
    let id = id.trim();
    desk.run(&["plan", "skip", id, "2026-10-22"]);
    desk.run(&[
        "plan",
        "shift",
        id,
        "2026-10-29",
        "--to",
        "2026-10-30",
        "--at",
        "11:00",
    ]);

    let list = desk.json(&[
        "plan",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-30",
        "--json",
    ]);
    let mut got = occurrences(&list);
    got.sort();
    assert_eq!(
        got,
        vec![
            (
                "2026-10-15".into(),
                "2026-10-15T10:00:00+02:00".into(),
                "scheduled".into()
            ),
            (
                "2026-10-22".into(),
                "2026-10-22T10:00:00+02:00".into(),
                "cancelled".into()
            ),
            // Moved: a day later and an hour later, after the clocks went back.
            (
                "2026-10-29".into(),
                "2026-10-30T11:00:00+01:00".into(),
                "scheduled".into()
            ),
            // The same 10:00 in winter time.
            (
                "2026-11-05".into(),
                "2026-11-05T10:00:00+01:00".into(),
                "scheduled".into()
            ),
        ]
    );
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|i| i["every"] == "week")
    );
    // A range that holds only the moved occurrence finds it; its own day is empty.
    let friday = desk.json(&[
        "plan",
        "--from",
        "2026-10-30",
        "--to",
        "2026-10-30",
        "--json",
    ]);
    assert_eq!(occurrences(&friday).len(), 1);
    let thursday = desk.json(&[
        "plan",
        "--from",
        "2026-10-29",
        "--to",
        "2026-10-29",
        "--json",
    ]);
    assert!(thursday.as_array().unwrap().is_empty());
    // After the fourth there is nothing more.
    let later = desk.json(&[
        "plan",
        "--from",
        "2026-11-06",
        "--to",
        "2026-12-31",
        "--json",
    ]);
    assert!(later.as_array().unwrap().is_empty());

    // The report counts the occurrences of each month, without the cancelled one.
    let october = desk.json(&["report", "--month", "2026-10", "--format", "json"]);
    assert_eq!(october["plan"]["planned"], 2);
    assert_eq!(october["plan"]["by_channel"][0]["key"], "radio");
    assert_eq!(october["plan"]["by_category"][0]["key"], "consultation");
    let november = desk.json(&["report", "--month", "2026-11", "--format", "json"]);
    assert_eq!(november["plan"]["planned"], 1);

    // The export: one series with its rule and the cancelled date, and the moved one.
    let text = desk.run(&["export", "ics", "--all"]);
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("a calendar").expect("it parses");
    let uid = format!("item-{id}@pressdesk");
    let events: Vec<&IcalEvent> = calendar
        .events
        .iter()
        .filter(|e| prop(e, "UID") == vec![uid.clone()])
        .collect();
    assert_eq!(events.len(), 2, "{text}");
    let series = events.iter().find(|e| prop(e, "RRULE").len() == 1).unwrap();
    assert_eq!(prop(series, "RRULE"), vec!["FREQ=WEEKLY;COUNT=4"]);
    assert_eq!(prop(series, "DTSTART"), vec!["20261015T100000"]);
    assert_eq!(prop(series, "EXDATE"), vec!["20261022T100000"]);
    let moved = events
        .iter()
        .find(|e| !prop(e, "RECURRENCE-ID").is_empty())
        .unwrap();
    assert_eq!(prop(moved, "RECURRENCE-ID"), vec!["20261029T100000"]);
    assert_eq!(prop(moved, "DTSTART"), vec!["20261030T110000"]);
    assert!(prop(moved, "RRULE").is_empty());
    pressdesk::interop::ical::check_lines(&text).unwrap();

    // A date that is not one of the series' is refused, and nothing changes.
    desk.cmd()
        .args(["plan", "skip", id, "2026-10-16"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("2026-10-16"));
}

#[test]
fn a_daily_post_until_a_date_and_bad_rules() {
    let desk = Desk::new();
    desk.run(&[
        "plan",
        "add",
        "--on",
        "2026-11-24",
        "--channel",
        "vk",
        "--every",
        "day",
        "--until",
        "2026-11-28",
        "Напоминание о прививках",
    ]);
    let list = desk.json(&[
        "plan",
        "--from",
        "2026-11-20",
        "--to",
        "2026-12-05",
        "--json",
    ]);
    let dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2026-11-24",
            "2026-11-25",
            "2026-11-26",
            "2026-11-27",
            "2026-11-28"
        ]
    );
    for (args, says) in [
        (vec!["--every", "fortnightly-ish"], "fortnightly-ish"),
        (vec!["--every", "week", "--until", "2026-11-01"], ""),
        (vec!["--every", "week", "--count", "0"], ""),
    ] {
        let mut all = vec!["plan", "add", "--on", "2026-11-24", "--channel", "vk"];
        all.extend(args);
        all.push("Пост");
        let out = desk.cmd().args(&all).output().unwrap();
        assert!(!out.status.success(), "{all:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says));
    }
    // None of the refused ones was saved.
    let again = desk.json(&[
        "plan",
        "--from",
        "2026-11-20",
        "--to",
        "2026-12-05",
        "--json",
    ]);
    assert_eq!(again.as_array().unwrap().len(), 5);
}
