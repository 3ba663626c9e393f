//! The content plan on the command line, as a process: `plan add`, `plan`, and
//! `export ics` read back by an independent iCalendar parser; days and times across
//! daylight-saving changes.

mod common;

use common::Desk;
use ical::parser::ical::component::IcalEvent;
use predicates::prelude::*;
use serde_json::Value;

/// Central European time with its daylight-saving rules, written out so the test needs
/// no time zone database: summer time from the last Sunday of March to the last Sunday
/// of October.
const WARSAW: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// `pressdesk plan add ARGS`; the new item's number.
fn add(desk: &Desk, args: &[&str]) -> i64 {
    let mut all = vec!["plan", "add"];
    all.extend_from_slice(args);
    desk.run(&all).trim().parse().unwrap()
}

fn titles(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn plan_add_then_list_as_text_and_json() {
    let desk = Desk::new();
    let id = add(
        &desk,
        &[
            "--on",
            "fri",
            "--at",
            "10:00",
            "--channel",
            "vk,telegram",
            "--status",
            "scheduled",
            "--category",
            "News",
            "--campaign",
            "Месяц здорового сердца",
            "Прием",
            "кардиолога",
        ],
    );
    assert_eq!(id, 1);
    let radio = add(
        &desk,
        &[
            "--on",
            "thu 12:00",
            "--channel",
            "radio",
            "--kind",
            "event",
            "--place",
            "Студия",
            "Прямой эфир",
        ],
    );
    // An idea for next month, no time yet.
    add(
        &desk,
        &["--on", "2026-12-15", "--channel", "site", "Итоги года"],
    );

    let week = desk.json(&["plan", "--json"]);
    let week = week.as_array().unwrap();
    assert_eq!(week.len(), 2, "{week:?}");
    assert_eq!(week[0]["id"], radio);
    assert_eq!(week[0]["kind"], "event");
    assert_eq!(week[0]["starts_at"], "2026-11-26T12:00:00+03:00");
    assert_eq!(week[0]["ends_at"], "2026-11-26T13:00:00+03:00");
    assert_eq!(week[1]["title"], "Прием кардиолога");
    assert_eq!(week[1]["channels"], serde_json::json!(["vk", "telegram"]));
    assert_eq!(week[1]["status"], "scheduled");
    assert_eq!(week[1]["category"], "news");
    assert_eq!(week[1]["owner"], "elena");
    assert_eq!(week[1]["late"], false);

    let text = desk.run(&["plan"]);
    assert!(text.contains("Fri 27 Nov"), "{text}");
    assert!(text.contains("#1"), "{text}");
    assert!(text.contains("VK,TG"), "{text}");
    assert!(text.contains("2 items, 0 late"), "{text}");

    let range = desk.json(&["plan", "--from", "1.12", "--to", "31.12", "--json"]);
    assert_eq!(titles(&range), ["Итоги года"]);
    assert_eq!(range[0]["starts_at"], Value::Null);
    assert_eq!(range[0]["date"], "2026-12-15");
    let month = desk.json(&["plan", "--month", "--json", "--channel", "radio"]);
    assert_eq!(titles(&month), ["Прямой эфир"]);
}

#[test]
fn late_items_are_flagged() {
    let desk = Desk::new();
    add(
        &desk,
        &[
            "--on",
            "yesterday",
            "--channel",
            "vk",
            "--status",
            "approved",
            "Вчера",
        ],
    );
    add(
        &desk,
        &[
            "--on",
            "today",
            "--at",
            "21:00",
            "--channel",
            "vk",
            "Сегодня в девять",
        ],
    );
    add(
        &desk,
        &[
            "--on",
            "today",
            "--at",
            "21:00",
            "--channel",
            "ok",
            "--status",
            "published",
            "Вышло",
        ],
    );
    add(
        &desk,
        &[
            "--on",
            "today",
            "--at",
            "22:00",
            "--channel",
            "vk",
            "Ещё впереди",
        ],
    );
    let late = desk.json(&["plan", "--late", "--json"]);
    assert_eq!(titles(&late), ["Вчера", "Сегодня в девять"]);
    let text = desk.run(&["plan"]);
    assert!(text.contains("4 items, 2 late"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with('!') && l.contains("Вчера")),
        "{text}"
    );
}

#[test]
fn bad_input_says_what_to_do() {
    let desk = Desk::new();
    let refused = |args: &[&str], says: &str| {
        desk.cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    };
    refused(
        &["plan", "add", "--on", "fri", "--channel", "myspace", "Пост"],
        "Unknown channel “myspace”; the config has: site, vk, telegram",
    );
    refused(
        &[
            "plan",
            "add",
            "--on",
            "fri",
            "--channel",
            "vk",
            "--status",
            "maybe",
            "Пост",
        ],
        "idea, draft, approved",
    );
    refused(
        &["plan", "add", "--on", "someday", "--channel", "vk", "Пост"],
        "--on",
    );
    refused(
        &[
            "plan",
            "add",
            "--on",
            "fri",
            "--at",
            "25:00",
            "--channel",
            "vk",
            "Пост",
        ],
        "10:00",
    );
    refused(
        &["plan", "--from", "10.12", "--to", "1.12"],
        "before the first",
    );
    refused(
        &[
            "plan",
            "add",
            "--on",
            "fri",
            "--channel",
            "vk",
            "--inquiry",
            "99",
            "Пост",
        ],
        "no inquiry #99",
    );
    // Nothing was saved by any of them.
    let all = desk.json(&["plan", "--from", "1.1.2026", "--to", "31.12.2027", "--json"]);
    assert!(all.as_array().unwrap().is_empty());
}

/// The events of a calendar as an independent parser reads them.
fn parse(text: &str) -> Vec<IcalEvent> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none(), "one calendar only");
    let version = calendar
        .properties
        .iter()
        .find(|p| p.name == "VERSION")
        .and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    calendar.events
}

fn prop(event: &IcalEvent, name: &str) -> Option<String> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
}

fn uid_of(events: &[IcalEvent], id: i64) -> &IcalEvent {
    let uid = format!("item-{id}@pressdesk");
    events
        .iter()
        .find(|e| prop(e, "UID").as_deref() == Some(uid.as_str()))
        .unwrap_or_else(|| panic!("no {uid}"))
}

#[test]
fn the_ics_export_reads_back_and_keeps_its_uids() {
    let desk = Desk::new();
    let long = "Прямой эфир с кардиологом: давление, холестерин, инсульт; ответы на вопросы, \
                запись к врачу, диспансеризация и многое другое";
    let post = add(
        &desk,
        &[
            "--on",
            "fri 10:00",
            "--channel",
            "vk,telegram",
            "--status",
            "scheduled",
            "--category",
            "consultation",
            "--notes",
            "Первая строка\nвторая, с запятой; и точкой с запятой\\конец",
            long,
        ],
    );
    let event = add(
        &desk,
        &[
            "--on",
            "thu",
            "--at",
            "12:00",
            "--length",
            "45m",
            "--channel",
            "radio",
            "--kind",
            "event",
            "--place",
            "Студия «Шахтёрская волна», ул. Шахтёров, 12",
            "Радиочас",
        ],
    );
    let day = add(
        &desk,
        &[
            "--on",
            "2026-11-28",
            "--channel",
            "site",
            "--status",
            "published",
            "Весь день",
        ],
    );
    let idea = add(
        &desk,
        &["--on", "2026-11-30", "--channel", "site", "Только идея"],
    );

    let file = desk.dir.path().join("plan.ics");
    desk.cmd()
        .args(["export", "ics", "--out"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("3 events"));
    let text = std::fs::read_to_string(&file).unwrap();
    // The octets on the wire: CRLF everywhere, no line over 75 octets.
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n'));
    }
    assert!(text.contains("\r\n "), "the long title was folded");

    let events = parse(&text);
    assert_eq!(events.len(), 3, "the idea is left out");
    assert!(!text.contains(&format!("item-{idea}@")));
    let p = uid_of(&events, post);
    assert_eq!(prop(p, "DTSTART").as_deref(), Some("20261127T070000Z"));
    let summary = prop(p, "SUMMARY").unwrap();
    assert!(
        summary.starts_with("Прямой эфир с кардиологом: давление\\, холестерин\\, инсульт\\;"),
        "{summary}"
    );
    assert!(summary.ends_with("[VK\\, Telegram]"), "{summary}");
    let description = prop(p, "DESCRIPTION").unwrap();
    assert!(
        description
            .starts_with("Первая строка\\nвторая\\, с запятой\\; и точкой с запятой\\\\конец"),
        "{description}"
    );
    assert_eq!(prop(p, "STATUS").as_deref(), Some("CONFIRMED"));
    assert_eq!(prop(p, "SEQUENCE").as_deref(), Some("0"));
    let e = uid_of(&events, event);
    assert_eq!(prop(e, "DTSTART").as_deref(), Some("20261126T090000Z"));
    assert_eq!(prop(e, "DTEND").as_deref(), Some("20261126T094500Z"));
    assert_eq!(
        prop(e, "LOCATION").as_deref(),
        Some("Студия «Шахтёрская волна»\\, ул. Шахтёров\\, 12")
    );
    let all_day = uid_of(&events, day);
    let start = all_day
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .unwrap();
    assert_eq!(start.value.as_deref(), Some("20261128"));
    let params = start.params.clone().unwrap_or_default();
    assert!(
        params
            .iter()
            .any(|(k, v)| k == "VALUE" && v == &vec!["DATE".to_string()]),
        "{params:?}"
    );
    assert_eq!(prop(all_day, "DTEND").as_deref(), Some("20261129"));

    // A change elsewhere, then the same export: the same UID with a higher SEQUENCE, so
    // a subscribed calendar updates the event instead of adding it twice.
    {
        let mut store = pressdesk::store::Store::open(&desk.db(), "anastasia").unwrap();
        store
            .change_item(
                post,
                &pressdesk::store::ItemChange::Status(pressdesk::domain::ItemStatus::Cancelled),
                1_795_600_000,
            )
            .unwrap();
    }
    let again = desk.run(&["export", "ics"]);
    let events = parse(&again);
    assert_eq!(events.len(), 3);
    let p = uid_of(&events, post);
    assert_eq!(prop(p, "SEQUENCE").as_deref(), Some("1"));
    assert_eq!(prop(p, "STATUS").as_deref(), Some("CANCELLED"));
    assert_eq!(
        prop(p, "LAST-MODIFIED").as_deref(),
        Some("20261125T094640Z")
    );

    // A range, and everything with --all.
    let range = desk.run(&["export", "ics", "--from", "27.11", "--to", "28.11"]);
    assert_eq!(parse(&range).len(), 2);
    let all = desk.run(&["export", "ics", "--all"]);
    let events = parse(&all);
    assert_eq!(events.len(), 4);
    assert_eq!(
        prop(uid_of(&events, idea), "STATUS").as_deref(),
        Some("TENTATIVE")
    );
}

#[test]
fn days_across_daylight_saving_changes() {
    // Friday 26 March 2027, noon in Warsaw (UTC+1). Summer time starts on Sunday the 28th
    // at 02:00, so that day is 23 hours long.
    let desk = Desk::at(WARSAW, "2027-03-26T12:00:00+01:00");
    let sat = add(
        &desk,
        &[
            "--on",
            "sat 10:00",
            "--channel",
            "vk",
            "--status",
            "scheduled",
            "Суббота",
        ],
    );
    let late_sunday = add(
        &desk,
        &[
            "--on",
            "2027-03-28 23:30",
            "--channel",
            "vk",
            "--status",
            "scheduled",
            "Поздно в воскресенье",
        ],
    );
    add(
        &desk,
        &[
            "--on",
            "2027-03-28",
            "--channel",
            "site",
            "--status",
            "scheduled",
            "Весь день",
        ],
    );
    let mon = add(
        &desk,
        &[
            "--on",
            "mon",
            "--at",
            "10:00",
            "--channel",
            "vk",
            "--status",
            "scheduled",
            "Понедельник",
        ],
    );
    add(
        &desk,
        &[
            "--on",
            "2027-03-29 00:30",
            "--channel",
            "vk",
            "Сразу после полуночи",
        ],
    );

    let sunday = desk.json(&[
        "plan",
        "--from",
        "2027-03-28",
        "--to",
        "2027-03-28",
        "--json",
    ]);
    assert_eq!(titles(&sunday), ["Весь день", "Поздно в воскресенье"]);
    assert_eq!(sunday[1]["starts_at"], "2027-03-28T23:30:00+02:00");

    let week = desk.json(&["plan", "--from", "sat", "--to", "mon", "--json"]);
    let at = |id: i64| {
        week.as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .map(|i| i["starts_at"].as_str().unwrap().to_string())
            .unwrap()
    };
    // The same 10:00 on the wall clock, an hour apart in UTC.
    assert_eq!(at(sat), "2027-03-27T10:00:00+01:00");
    assert_eq!(at(mon), "2027-03-29T10:00:00+02:00");
    assert_eq!(at(late_sunday), "2027-03-28T23:30:00+02:00");
    let ics = desk.run(&["export", "ics"]);
    let events = parse(&ics);
    assert_eq!(
        prop(uid_of(&events, sat), "DTSTART").as_deref(),
        Some("20270327T090000Z")
    );
    assert_eq!(
        prop(uid_of(&events, mon), "DTSTART").as_deref(),
        Some("20270329T080000Z")
    );

    // Back to winter time on Sunday 31 October 2027: a 25-hour day.
    let autumn = Desk::at(WARSAW, "2027-10-29T12:00:00+02:00");
    add(
        &autumn,
        &["--on", "2027-10-31 00:30", "--channel", "vk", "Ночь"],
    );
    add(
        &autumn,
        &["--on", "2027-10-31 23:30", "--channel", "vk", "Вечер"],
    );
    add(
        &autumn,
        &["--on", "2027-11-01 00:00", "--channel", "vk", "Понедельник"],
    );
    let day = autumn.json(&[
        "plan",
        "--from",
        "2027-10-31",
        "--to",
        "2027-10-31",
        "--json",
    ]);
    assert_eq!(titles(&day), ["Ночь", "Вечер"]);
    assert_eq!(day[0]["starts_at"], "2027-10-31T00:30:00+02:00");
    assert_eq!(day[1]["starts_at"], "2027-10-31T23:30:00+01:00");
}

#[test]
fn the_demo_has_a_month_of_plan_that_exports() {
    // Prokopyevsk time, UTC+7.
    let desk = Desk::at("<+07>-7", common::NOW_RFC3339);
    let week = desk.json(&["--demo", "plan", "--json"]);
    let week = week.as_array().unwrap();
    assert!(week.len() >= 15, "{}", week.len());
    assert!(
        week.iter()
            .any(|i| i["kind"] == "event" && i["channels"][0] == "radio")
    );
    let ics = desk.run(&["--demo", "export", "ics"]);
    let events = parse(&ics);
    assert!(events.len() > 40, "{}", events.len());
}
