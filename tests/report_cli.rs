//! `pressdesk report`, `coverage` and topics as processes on a temporary database.

mod common;

use common::Desk;
use predicates::prelude::*;
use serde_json::Value;

/// Central European time, with its daylight-saving rules (ends 25 October 2026).
const CET: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// Runs `args` with the clock at `now`.
fn run_at(desk: &Desk, now: &str, args: &[&str]) -> String {
    let out = desk
        .process()
        .env("PRESSDESK_NOW", now)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn log_at(desk: &Desk, now: &str, args: &[&str]) -> String {
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    run_at(desk, now, &all).trim().to_string()
}

#[test]
fn a_month_with_a_daylight_saving_day_counts_by_office_time() {
    let desk = Desk::at(CET, "2026-11-05T12:00:00+01:00");
    // Received at noon summer time, answered at noon winter time a day later: 25 hours.
    let id = log_at(
        &desk,
        "2026-10-24T12:00:00+02:00",
        &[
            "--priority",
            "low",
            "--deadline",
            "2026-10-26 12:00",
            "--topic",
            "Heating",
            "Батареи?",
        ],
    );
    run_at(
        &desk,
        "2026-10-25T12:00:00+01:00",
        &["answer", &id, "Включим"],
    );
    // The first and the last minutes of the 25-hour day.
    log_at(&desk, "2026-10-25T00:30:00+02:00", &["Ночной звонок"]);
    log_at(&desk, "2026-10-25T23:30:00+01:00", &["Поздний звонок"]);
    // The last minute of October and the first of November (winter time).
    log_at(&desk, "2026-10-31T23:59:00+01:00", &["Канун"]);
    log_at(&desk, "2026-11-01T00:01:00+01:00", &["Ноябрь"]);

    let report = desk.json(&["report", "--month", "2026-10", "--format", "json"]);
    assert_eq!(report["from"], "2026-10-01");
    assert_eq!(report["to"], "2026-10-31");
    assert_eq!(report["as_of"], "2026-11-01T00:00:00+01:00");
    let i = &report["inquiries"];
    assert_eq!(i["received"], 4);
    assert_eq!(i["answered"], 1);
    assert_eq!(i["answered_on_time"], 1);
    assert_eq!(i["on_time_share"], 1.0);
    assert_eq!(i["median_answer_secs"], 25 * 3600);
    assert_eq!(i["p90_answer_secs"], 25 * 3600);
    assert_eq!(i["open_at_end"], 3);
    // The two calls of the 25th were due a day later; the eve's call is not due yet.
    assert_eq!(i["overdue_at_end"], 2);
    assert_eq!(i["by_topic"][0]["key"], "heating");
    assert_eq!(i["by_topic"][0]["received"], 1);
    let series = i["series"].as_array().unwrap();
    assert_eq!(series.len(), 31);
    assert_eq!(series[23]["from"], "2026-10-24");
    assert_eq!(series[23]["received"], 1);
    assert_eq!(series[24]["from"], "2026-10-25");
    assert_eq!(series[24]["received"], 2, "both ends of the 25-hour day");
    assert_eq!(series[30]["received"], 1);
    for name in [
        "received",
        "answered",
        "answered_on_time",
        "on_time_share",
        "median_answer_secs",
        "p90_answer_secs",
        "open_at_end",
        "overdue_at_end",
        "by_channel",
        "by_assignee",
        "by_outlet",
        "by_topic",
        "by_priority",
    ] {
        assert!(i.get(name).is_some(), "inquiries.{name} missing");
    }
    for name in ["planned", "published", "by_channel", "by_category"] {
        assert!(report["plan"].get(name).is_some(), "plan.{name} missing");
    }
    for name in ["total", "positive", "neutral", "negative", "by_outlet"] {
        assert!(
            report["coverage"].get(name).is_some(),
            "coverage.{name} missing"
        );
    }
    let line = &i["by_channel"][0];
    assert_eq!(line["key"], "phone");
    assert_eq!(line["received"], 4);

    // November holds only its own inquiry, and by default the report is this month's.
    let november = desk.json(&["report", "--format", "json"]);
    assert_eq!(november["from"], "2026-11-01");
    assert_eq!(november["inquiries"]["received"], 1);
    assert_eq!(november["inquiries"]["previous_on_time_share"], 1.0);
    let range = desk.json(&[
        "report",
        "--from",
        "2026-10-25",
        "--to",
        "2026-10-25",
        "--format",
        "json",
    ]);
    assert_eq!(range["inquiries"]["received"], 2);
}

#[test]
fn documents_read_well_and_csv_has_a_row_per_line() {
    let desk = Desk::new();
    desk.log(&[
        "--who",
        "Кузнецова Мария",
        "--outlet",
        "ГТРК «Кузбасс»",
        "--topic",
        "tariffs",
        "--received",
        "-3h",
        "Тарифы?",
    ]);
    desk.run(&["answer", "1", "Ответили"]);
    desk.run(&[
        "coverage",
        "add",
        "--outlet",
        "ГТРК «Кузбасс»",
        "--tone",
        "negative",
        "Тарифы | растут",
    ]);
    let md = desk.run(&["--lang", "en", "report", "--format", "md"]);
    assert!(
        md.starts_with("# Press office report: November 2026\n"),
        "{md}"
    );
    assert!(md.contains("- Received: **1**"), "{md}");
    assert!(md.contains("- Median answer time: **3h**"), "{md}");
    assert!(md.contains("### By outlet"), "{md}");
    assert!(md.contains("| ГТРК «Кузбасс» | 1 | 1 | 1 (100%) |"), "{md}");
    assert!(
        md.contains("- Most negative outlets: **ГТРК «Кузбасс» (1)**"),
        "{md}"
    );
    let text = desk.run(&["--lang", "ru", "report"]);
    assert!(text.contains("ОТЧЁТ ПРЕСС-СЛУЖБЫ: НОЯБРЬ 2026"), "{text}");
    assert!(text.contains("Медиана времени ответа"), "{text}");

    let csv = desk.run(&["report", "--format", "csv"]);
    let mut rows = csv.lines();
    assert!(
        rows.next()
            .unwrap()
            .starts_with("section,key,received,answered,answered_on_time")
    );
    assert!(
        csv.lines()
            .any(|r| r.starts_with("inquiries,,1,1,1,1.0000,0,10800,10800,0,0")),
        "{csv}"
    );
    assert!(
        csv.lines().any(|r| r.starts_with("by_topic,tariffs,1,")),
        "{csv}"
    );
    assert!(
        csv.lines().any(|r| r == "coverage,,,,,,,,,,,,,1,0,0,1"),
        "{csv}"
    );

    desk.cmd()
        .args(["report", "--month", "2026-13"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("2026-13"));
    desk.cmd()
        .args(["report", "--from", "2026-11-10", "--to", "2026-11-01"])
        .assert()
        .failure();
}

#[test]
fn topics_show_in_the_queue_and_filter_it() {
    let desk = Desk::new();
    desk.log(&[
        "--topic",
        "Hot water",
        "--topic",
        "tariffs,HEATING",
        "Вода?",
    ]);
    desk.log(&["--topic", "tariffs", "Цены?"]);
    desk.log(&["Другое"]);
    let queue = desk.json(&["queue", "--json"]);
    let first = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == 1)
        .unwrap();
    // "heating" is in the config's list as the fixture settings spell it; others fold case.
    assert_eq!(
        first["topics"],
        serde_json::json!(["heating", "hot water", "tariffs"])
    );
    let tariffs = desk.json(&["queue", "--topic", "Tariffs", "--json"]);
    let ids: Vec<&Value> = tariffs
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &i["id"])
        .collect();
    assert_eq!(ids, vec![&Value::from(1), &Value::from(2)]);
    desk.cmd()
        .args(["queue", "--topic", "hot water"])
        .assert()
        .success()
        .stdout(predicate::str::contains("#hot water"))
        .stdout(predicate::str::contains("Цены?").not());
}

#[test]
fn coverage_is_added_listed_and_exported() {
    let desk = Desk::new();
    let inquiry = desk.log(&[
        "--who",
        "Кузнецова Мария",
        "--outlet",
        "ГТРК «Кузбасс»",
        "Вода?",
    ]);
    let id = desk.run(&[
        "coverage",
        "add",
        "--inquiry",
        &inquiry.to_string(),
        "--tone",
        "positive",
        "--on",
        "yesterday",
        "--url",
        "https://vesti42.ru/news/1",
        "Воду дали",
    ]);
    assert_eq!(id.trim(), "1");
    let list = desk.json(&["coverage", "--json"]);
    let piece = &list[0];
    assert_eq!(piece["date"], "2026-11-23");
    assert_eq!(piece["outlet"]["name"], "ГТРК «Кузбасс»");
    assert_eq!(piece["contact"]["name"], "Кузнецова Мария");
    assert_eq!(piece["inquiry"], inquiry);
    assert_eq!(piece["tone"], "positive");
    assert_eq!(piece["url"], "https://vesti42.ru/news/1");
    // Out of the asked days: not listed.
    let none = desk.json(&["coverage", "--from", "2026-11-24", "--json"]);
    assert_eq!(none, serde_json::json!([]));
    desk.cmd()
        .args([
            "coverage",
            "add",
            "--outlet",
            "ТВ-2",
            "--tone",
            "angry",
            "Заголовок",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("angry"));
    desk.cmd()
        .args(["coverage", "add", "--tone", "neutral", "Без СМИ"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--outlet"));
    desk.cmd()
        .args([
            "coverage",
            "add",
            "--who",
            "Никто Такой",
            "--tone",
            "neutral",
            "X",
        ])
        .assert()
        .failure();
    let export = desk.json(&["export", "json"]);
    assert_eq!(export["coverage"][0]["title"], "Воду дали");
    assert!(export["contacts"].is_array());
    // A title with escape sequences is shown cleaned.
    desk.run(&[
        "coverage",
        "add",
        "--outlet",
        "ТВ-2",
        "--tone",
        "neutral",
        "a\u{1b}[2Jb",
    ]);
    let text = desk.run(&["coverage"]);
    assert!(!text.contains('\u{1b}'), "{text:?}");
}
