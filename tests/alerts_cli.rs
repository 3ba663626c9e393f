//! Alerts, escalation, the expert's deadline, working time and the audit log, through the
//! binary as a person or cron would run it.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::Desk;

/// A config whose hooks append "EVENT INQUIRY [ESCALATED_TO]" to `fired`, with one
/// escalation level after 30 minutes to olga.
fn alert_config(desk: &Desk, hook_extra: &str) -> String {
    let fired = desk.path("fired");
    let hook = format!(
        "echo \"$PRESSDESK_EVENT $PRESSDESK_INQUIRY $PRESSDESK_ESCALATED_TO\" >> '{fired}'{hook_extra}"
    );
    let config = desk.path("config.toml");
    std::fs::write(
        &config,
        format!(
            "team = [\"elena\", \"olga\"]\n\n[hooks]\non_due_soon = {hook:?}\non_overdue = {hook:?}\non_escalated = {hook:?}\ntimeout_secs = 5\n\n[escalation]\nafter = \"30m\"\nto = \"olga\"\n"
        ),
    )
    .unwrap();
    config
}

fn fired_lines(path: &Path) -> Vec<String> {
    let mut lines: Vec<String> = std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .collect();
    lines.sort();
    lines
}

/// #1 overdue for an hour (so escalated), #2 due in half an hour, #3 tomorrow, #4 with an
/// expert due in ten minutes.
fn log_the_desk(desk: &Desk) {
    assert_eq!(
        desk.log(&[
            "--priority",
            "urgent",
            "--received",
            "-2h",
            "Авария на теплотрассе"
        ]),
        1
    );
    assert_eq!(
        desk.log(&["--priority", "urgent", "--received", "-30m", "Горячая вода"]),
        2
    );
    assert_eq!(desk.log(&["Ремонт дорог"]), 3);
    assert_eq!(
        desk.log(&[
            "--expert",
            "Петров Иван",
            "--expert-due",
            "+10m",
            "Прививки"
        ]),
        4
    );
}

#[test]
fn three_watchers_on_one_database_fire_each_alert_exactly_once() {
    let desk = Desk::new();
    let config = alert_config(&desk, "");
    log_the_desk(&desk);
    let watchers: Vec<_> = (0..3)
        .map(|_| {
            desk.process()
                .env("PATH", "/usr/bin:/bin")
                .args(["--config", &config, "watch", "--once"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for watcher in watchers {
        let out = watcher.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let fired = Path::new(&desk.path("fired")).to_path_buf();
    assert_eq!(
        fired_lines(&fired),
        [
            "due_soon 2",
            "escalated 1 olga",
            "expert_due_soon 4",
            "overdue 1"
        ]
    );
    // A later look finds nothing new to say.
    desk.run(&["--config", &config, "watch", "--once"]);
    assert_eq!(fired_lines(&fired).len(), 4);

    // The escalation is on the inquiry: in the queue, its filter, JSON and history.
    let escalated = desk.json(&["--config", &config, "queue", "--escalated", "--json"]);
    let list = escalated.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["id"], 1);
    assert_eq!(list[0]["escalation_level"], 1);
    assert_eq!(list[0]["escalated_to"], "olga");
    let text = desk.run(&["--config", &config, "--lang", "en", "queue"]);
    let line = text.lines().find(|l| l.contains("#1 ")).unwrap();
    assert!(line.contains("⇑ escalated to olga"), "{text}");
    // olga's "mine" view puts what was escalated to her first.
    let mine = desk.json(&["--config", &config, "queue", "--mine", "--json"]);
    assert_eq!(mine.as_array().unwrap().len(), 4);
    let olga = desk
        .cmd()
        .env("USER", "olga")
        .args(["--config", &config, "queue", "--mine", "--json"])
        .output()
        .unwrap();
    let olga: serde_json::Value = serde_json::from_slice(&olga.stdout).unwrap();
    assert_eq!(olga.as_array().unwrap().len(), 1);
    assert_eq!(olga[0]["id"], 1);
    let audit = desk.json(&["audit", "--json"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["field"] == "escalated_to" && c["new_value"] == "olga"),
        "{audit}"
    );
}

#[test]
fn a_hanging_hook_is_stopped_and_recorded_as_failed() {
    let desk = Desk::new();
    let config = desk.path("config.toml");
    std::fs::write(
        &config,
        "[hooks]\non_overdue = \"sleep 120\"\ntimeout_secs = 1\nretries = 1\n",
    )
    .unwrap();
    desk.log(&["--priority", "urgent", "--received", "-2h", "Авария"]);
    let started = Instant::now();
    let out = desk
        .cmd()
        .env("PATH", "/usr/bin:/bin")
        .args(["--config", &config, "--lang", "en", "watch", "--once"])
        .output()
        .unwrap();
    assert!(out.status.success());
    // Two tries of one second each, not two minutes.
    assert!(started.elapsed() < Duration::from_secs(60));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the overdue hook for #1 gave up after 2 tries"),
        "{stderr}"
    );
    // The alert stays claimed: the next look does not run the hook again.
    let again = desk
        .cmd()
        .env("PATH", "/usr/bin:/bin")
        .args(["--config", &config, "watch", "--once"])
        .output()
        .unwrap();
    assert!(again.status.success());
    assert!(again.stderr.is_empty());
}

#[test]
fn a_running_watch_notices_an_inquiry_logged_elsewhere() {
    let desk = Desk::new();
    let config = alert_config(&desk, "");
    let mut watch = desk
        .process()
        .env("PATH", "/usr/bin:/bin")
        .args(["--config", &config, "watch"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Give it time to open the database and fall asleep with nothing due.
    std::thread::sleep(Duration::from_millis(800));
    desk.log(&["--priority", "urgent", "--received", "-90m", "Авария"]);
    let fired = Path::new(&desk.path("fired")).to_path_buf();
    let deadline = Instant::now() + Duration::from_secs(30);
    while fired_lines(&fired).len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    let _ = watch.kill();
    let _ = watch.wait();
    assert_eq!(fired_lines(&fired), ["escalated 1 olga", "overdue 1"]);
}

#[test]
fn the_expert_is_due_halfway_unless_told() {
    let desk = Desk::new();
    // A normal inquiry: due in 24 hours, so the expert in 12.
    desk.log(&["--expert", "Петров Иван", "Прививки"]);
    let one = desk.json(&["queue", "--json"]);
    assert_eq!(one[0]["expert"]["name"], "Петров Иван");
    assert_eq!(one[0]["expert_due_at"], "2026-11-25T09:40:00+03:00");
    desk.log(&["--expert", "Петров Иван", "--expert-due", "23:00", "Грипп"]);
    let all = desk.json(&["queue", "--json"]);
    let two = all
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == 2)
        .unwrap();
    assert_eq!(two["expert"]["id"], one[0]["expert"]["id"]);
    assert_eq!(two["expert_due_at"], "2026-11-24T23:00:00+03:00");
    let text = desk.run(&["--lang", "en", "queue"]);
    let line = text.lines().find(|l| l.contains("#2 ")).unwrap();
    assert!(line.contains("· expert Петров Иван by 23:00"), "{text}");
    // --expert-due needs an expert.
    desk.cmd()
        .args(["log", "--expert-due", "23:00", "Вопрос"])
        .assert()
        .failure();
}

#[test]
fn working_time_and_holidays_set_the_deadline() {
    // Tuesday 10 November 2026, 14:00 in Warsaw; 11 November is Independence Day.
    let desk = Desk::at("CET-1CEST,M3.5.0,M10.5.0/3", "2026-11-10T14:00:00+01:00");
    let config = desk.path("config.toml");
    std::fs::write(
        &config,
        "[deadlines]\nclock = \"working\"\nnormal = \"8h\"\nholidays = \"PL\"\n",
    )
    .unwrap();
    desk.run(&["--config", &config, "log", "Pytanie"]);
    let queue = desk.json(&["--config", &config, "queue", "--json"]);
    assert_eq!(
        to_the_minute(&queue[0]["due_at"]),
        "2026-11-12T13:00:00+01:00"
    );
}

#[test]
fn audit_lists_a_persons_changes_newest_first_a_page_at_a_time() {
    let desk = Desk::new();
    // Each command a minute after the one before: a process that starts slowly must not
    // put its changes out of order (the clock runs on from PRESSDESK_NOW in each process).
    let at = |minute: u32| format!("2026-11-24T21:{minute:02}:00+03:00");
    let step = |minute: u32, args: &[&str]| {
        let out = desk
            .cmd()
            .env("PRESSDESK_NOW", at(minute))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
    };
    step(40, &["log", "Первый вопрос"]);
    step(41, &["log", "Второй вопрос"]);
    step(42, &["answer", "1", "Ответ"]);
    let other = desk
        .cmd()
        .env("PRESSDESK_NOW", at(43))
        .env("USER", "olga")
        .args(["log", "Вопрос Ольги"])
        .output()
        .unwrap();
    assert!(other.status.success());

    let all = desk.json(&["audit", "--who", "elena", "--json"]);
    let all = all.as_array().unwrap();
    assert!(all.iter().all(|c| c["who"] == "elena"));
    assert!(all.len() >= 4, "{all:?}");
    // Newest first: the answer's changes come before the logging.
    assert_eq!(all.last().unwrap()["action"], "create");
    assert_eq!(all.last().unwrap()["entity_id"], 1);
    let ids: Vec<i64> = all.iter().map(|c| c["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]));

    // Paging: two at a time, continuing from the last one shown.
    let page = desk.run(&["--lang", "en", "audit", "--who", "elena", "--limit", "2"]);
    let last = ids[1];
    assert!(
        page.contains(&format!("More: add --before {last}")),
        "{page}"
    );
    let next = desk.json(&[
        "audit",
        "--who",
        "elena",
        "--limit",
        "2",
        "--before",
        &last.to_string(),
        "--json",
    ]);
    assert_eq!(next[0]["id"], ids[2]);

    // A period with nothing in it, and a limit out of range.
    let empty = desk.run(&["--lang", "en", "audit", "--from", "2026-11-25"]);
    assert!(empty.contains("No changes"), "{empty}");
    desk.cmd()
        .args(["audit", "--limit", "0"])
        .assert()
        .failure();
    let olga = desk.json(&["audit", "--who", "olga", "--json"]);
    assert_eq!(olga.as_array().unwrap().len(), 1);
}

/// (time zone, now, holidays, hours, expected due): the working clock through `log` and
/// `queue` as processes, on fixed clocks.
#[test]
fn working_time_across_weekends_moved_days_holidays_and_clock_changes() {
    let cases = [
        // Russia: Friday 31 October 2025, 17:00; Saturday 1 November is worked by decree.
        (
            "MSK-3",
            "2025-10-31T17:00:00+03:00",
            "RU",
            8,
            "2025-11-01T16:00:00+03:00",
        ),
        // …and 3–4 November are off: from Saturday 17:00 to Wednesday.
        (
            "MSK-3",
            "2025-11-01T17:00:00+03:00",
            "RU",
            8,
            "2025-11-05T16:00:00+03:00",
        ),
        // A rule spanning an ordinary weekend: five hours on Friday, three on Monday.
        (
            "MSK-3",
            "2026-11-27T13:00:00+03:00",
            "RU",
            8,
            "2026-11-30T12:00:00+03:00",
        ),
        // Poland: Wigilia and Christmas 2025 off, Wednesday to Friday.
        (
            "CET-1CEST,M3.5.0,M10.5.0/3",
            "2025-12-23T17:00:00+01:00",
            "PL",
            2,
            "2025-12-29T10:00:00+01:00",
        ),
        // The weekend the clocks go forward in Warsaw: the same wall-clock time on Monday.
        (
            "CET-1CEST,M3.5.0,M10.5.0/3",
            "2026-03-27T14:00:00+01:00",
            "PL",
            8,
            "2026-03-30T13:00:00+02:00",
        ),
        // Ukraine under martial law: Independence Day 2026 (a Monday) is worked.
        (
            "EET-2EEST,M3.5.0/3,M10.5.0/4",
            "2026-08-21T17:00:00+03:00",
            "UA",
            2,
            "2026-08-24T10:00:00+03:00",
        ),
        // …and the clocks going back in Kyiv.
        (
            "EET-2EEST,M3.5.0/3,M10.5.0/4",
            "2026-10-23T16:00:00+03:00",
            "UA",
            3,
            "2026-10-26T10:00:00+02:00",
        ),
    ];
    for (tz, now, country, hours, due) in cases {
        let desk = Desk::at(tz, now);
        let config = desk.path("config.toml");
        std::fs::write(
            &config,
            format!(
                "[deadlines]\nclock = \"working\"\nnormal = \"{hours}h\"\nholidays = \"{country}\"\n"
            ),
        )
        .unwrap();
        desk.run(&["--config", &config, "log", "Вопрос"]);
        let queue = desk.json(&["--config", &config, "queue", "--json"]);
        assert_eq!(
            to_the_minute(&queue[0]["due_at"]),
            due,
            "{country} {now} + {hours}h"
        );
    }
}

/// An RFC 3339 time with its seconds set to zero: the clock runs on from `PRESSDESK_NOW`
/// while a process starts, so a slow start may add a second or two to what it logs.
fn to_the_minute(value: &serde_json::Value) -> String {
    let text = value.as_str().unwrap_or_default();
    match (text.get(..17), text.get(19..)) {
        (Some(minute), Some(offset)) => format!("{minute}00{offset}"),
        _ => text.to_string(),
    }
}
