//! The command line as a process, on a temporary database, with the clock fixed.

mod common;

use std::path::Path;

use common::Desk;
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn log_then_queue_shows_it_with_stable_fields() {
    let desk = Desk::new();
    let id = desk.log(&[
        "--who",
        "Кузнецова Мария 8 918 123-45-67",
        "--deadline",
        "23:00",
        "--via",
        "telegram",
        "Когда",
        "дадут",
        "воду?",
    ]);
    assert_eq!(id, 1);
    let queue = desk.json(&["queue", "--json"]);
    let item = &queue[0];
    assert_eq!(item["id"], 1);
    assert_eq!(item["question"], "Когда дадут воду?");
    assert_eq!(item["channel"], "messenger");
    assert_eq!(item["contact"]["name"], "Кузнецова Мария");
    assert_eq!(item["status"], "new");
    assert_eq!(item["priority"], "normal");
    assert_eq!(item["received_at"], "2026-11-24T21:40:00+03:00");
    assert_eq!(item["requested_deadline"], "2026-11-24T23:00:00+03:00");
    assert_eq!(item["due_at"], "2026-11-24T23:00:00+03:00");
    assert_eq!(item["urgency"], "pending");
    assert_eq!(item["overdue"], false);
    assert_eq!(item["seconds_left"], 80 * 60);
    assert_eq!(item["assignee"], "elena");
    for field in [
        "outlet",
        "expert",
        "answer",
        "answered_at",
        "decline_reason",
        "subject",
    ] {
        assert!(item.get(field).is_some(), "field {field} missing");
    }

    desk.cmd()
        .arg("queue")
        .assert()
        .success()
        .stdout(predicate::str::contains("#1"))
        .stdout(predicate::str::contains("Когда дадут воду?"))
        .stdout(predicate::str::contains("1h20m"));
}

#[test]
fn the_same_caller_is_found_by_phone_digits() {
    let desk = Desk::new();
    desk.log(&["--who", "Кузнецова Мария +7 918 123-45-67", "Первый вопрос"]);
    desk.log(&["--who", "89181234567", "Второй вопрос"]);
    let queue = desk.json(&["queue", "--json"]);
    assert_eq!(queue[0]["contact"]["id"], queue[1]["contact"]["id"]);
}

#[test]
fn overdue_exits_with_one_when_something_is_late() {
    let desk = Desk::new();
    desk.cmd()
        .arg("overdue")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Nothing"));
    desk.log(&["--received", "-3h", "--priority", "urgent", "Срочно"]);
    desk.log(&["--deadline", "tomorrow 12:00", "Не срочно"]);
    let out = desk.cmd().args(["overdue", "--json"]).assert().code(1);
    let list: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["question"], "Срочно");
    assert_eq!(list[0]["received_at"], "2026-11-24T18:40:00+03:00");
    assert_eq!(list[0]["due_at"], "2026-11-24T19:40:00+03:00");
    assert_eq!(list[0]["overdue"], true);
    let all = desk.json(&["queue", "--overdue", "--json"]);
    assert_eq!(all.as_array().unwrap().len(), 1);
}

#[test]
fn answer_marks_it_answered() {
    let desk = Desk::new();
    let id = desk.log(&["--received", "21:00", "Вопрос"]);
    desk.cmd()
        .args(["answer", &id.to_string(), "Вода", "будет", "к", "утру."])
        .assert()
        .success()
        .stdout(predicate::str::contains("40m"));
    let queue = desk.json(&["queue", "--json"]);
    assert!(queue.as_array().unwrap().is_empty());
    desk.cmd()
        .args(["answer", "99"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no inquiry #99"));
}

#[test]
fn bad_input_says_what_to_do() {
    let desk = Desk::new();
    desk.cmd()
        .args(["log", "--deadline", "someday", "Вопрос"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--deadline"))
        .stderr(predicate::str::contains("someday"));
    desk.cmd()
        .args(["log", "--via", "pigeon", "Вопрос"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("phone, messenger"));
    desk.cmd()
        .env("PRESSDESK_NOW", "yesterday")
        .arg("queue")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("PRESSDESK_NOW"));
}

#[test]
fn an_ambiguous_who_lists_the_candidates() {
    let desk = Desk::new();
    desk.log(&["--who", "Кузнецова Мария", "Первый"]);
    desk.log(&["--who", "Кузнецов Егор", "Второй"]);
    desk.cmd()
        .args(["log", "--who", "Кузнецов", "Третий"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("id:1"))
        .stderr(predicate::str::contains("id:2"));
    desk.log(&["--who", "id:2", "Третий"]);
    desk.log(&["--who", "kuznetsova", "Четвёртый"]);
    let queue = desk.json(&["queue", "--json"]);
    let by_question = |q: &str| {
        queue
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["question"] == q)
            .unwrap()["contact"]["id"]
            .clone()
    };
    assert_eq!(by_question("Третий"), 2);
    assert_eq!(by_question("Четвёртый"), 1);
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_bad_config_names_the_line_and_the_key() {
    let desk = Desk::new();
    let config = desk.dir.path().join("config.toml");
    write(&config, "bell = true\n[deadlines]\nnormal = \"one day\"\n");
    desk.cmd()
        .args(["--config", config.to_str().unwrap(), "queue"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3"))
        .stderr(predicate::str::contains("deadlines.normal"));
    write(&config, "[keys]\nanswer = \"n\"\n");
    desk.cmd()
        .env("PRESSDESK_CONFIG", &config)
        .arg("queue")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 2"))
        .stderr(predicate::str::contains("bound to both"));
    assert!(
        !desk.db().exists(),
        "nothing was opened before the config was checked"
    );
    desk.cmd()
        .args(["--config", "/no/such/file.toml", "queue"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/no/such/file.toml"));
}

#[test]
fn the_config_changes_the_rules() {
    let desk = Desk::new();
    let config = desk.dir.path().join("config.toml");
    write(
        &config,
        "user = \"Шакирова Елена\"\n[deadlines]\nnormal = \"2h\"\n",
    );
    desk.cmd()
        .args(["--config", config.to_str().unwrap(), "log", "Вопрос"])
        .assert()
        .success();
    let queue = desk.json(&["--config", config.to_str().unwrap(), "queue", "--json"]);
    // The fixed clock goes on from its moment as the process runs: the log lands in the
    // first seconds after it, and its deadline two hours later, to the minute.
    let due = queue[0]["due_at"].as_str().unwrap_or_default();
    assert!(
        due.starts_with("2026-11-24T23:40:") && due.ends_with("+03:00"),
        "{due}"
    );
    assert_eq!(queue[0]["assignee"], "Шакирова Елена");
}

#[test]
fn demo_fills_an_empty_database_only() {
    let desk = Desk::new();
    desk.cmd()
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains("inquiries"));
    let queue = desk.json(&["queue", "--json"]);
    let items = queue.as_array().unwrap();
    assert!(items.len() >= 10);
    assert!(items.iter().filter(|i| i["urgency"] == "overdue").count() >= 2);
    assert!(items.iter().any(|i| i["urgency"] == "due_soon"));
    desk.cmd()
        .arg("demo")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
}

#[test]
fn the_demo_database_is_kept_apart() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .env_remove("PRESSDESK_DB")
        .args(["--demo", "queue", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let queue: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(queue.as_array().unwrap().len() >= 10);
    let demo = desk.dir.path().join("home/data/pressdesk/demo-ru.sqlite3");
    assert!(demo.exists(), "demo database at {}", demo.display());
    assert!(!desk.db().exists(), "the real database was not touched");
}

#[cfg(unix)]
#[test]
fn the_database_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    desk.log(&["Вопрос"]);
    let mode = std::fs::metadata(desk.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_newer_database_is_refused_untouched() {
    let desk = Desk::new();
    desk.log(&["Вопрос"]);
    {
        let conn = rusqlite::Connection::open(desk.db()).unwrap();
        conn.execute_batch("PRAGMA user_version = 999;").unwrap();
    }
    let before = std::fs::read(desk.db()).unwrap();
    desk.cmd()
        .arg("queue")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newer"))
        .stderr(predicate::str::contains("update pressdesk"));
    assert_eq!(std::fs::read(desk.db()).unwrap(), before);
}

#[test]
fn text_output_never_carries_escape_sequences() {
    let desk = Desk::new();
    desk.log(&["--who", "Evil\u{1b}[2JName", "Question\u{1b}]0;title\u{7}"]);
    let out = desk.cmd().arg("queue").output().unwrap();
    assert!(
        !out.stdout.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!out.stdout.contains(&0x07));
}

#[test]
fn the_locale_chooses_the_language_of_text_output() {
    let desk = Desk::new();
    for n in 0..3 {
        desk.log(&[
            "--received",
            "-3h",
            "--priority",
            "urgent",
            &format!("Вопрос {n}"),
        ]);
    }
    desk.cmd()
        .env("LANG", "ru_RU.UTF-8")
        .arg("queue")
        .assert()
        .success()
        .stdout(predicate::str::contains("3 запроса, из них 3 просроченных"));
    desk.cmd()
        .env("LANG", "pl_PL.UTF-8")
        .arg("queue")
        .assert()
        .success()
        .stdout(predicate::str::contains("3 zapytania"));
    // --lang wins over the locale, and the config's language over the locale too.
    desk.cmd()
        .env("LANG", "pl_PL.UTF-8")
        .args(["--lang", "uk", "queue"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 запити"));
    let config = desk.dir.path().join("config.toml");
    write(&config, "language = \"ru\"\n");
    desk.cmd()
        .env("LANG", "pl_PL.UTF-8")
        .env("PRESSDESK_CONFIG", &config)
        .arg("queue")
        .assert()
        .success()
        .stdout(predicate::str::contains("3 запроса"));
    // JSON field names stay the same in every language.
    let out = desk
        .cmd()
        .env("LANG", "ru_RU.UTF-8")
        .args(["queue", "--json"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["status"], "new");
    assert_eq!(list[0]["urgency"], "overdue");
}

#[test]
fn deadlines_in_the_users_own_words() {
    let desk = Desk::new();
    desk.log(&["--deadline", "завтра 12:00", "Вопрос"]);
    desk.log(&["--deadline", "jutro 12:00", "Pytanie"]);
    desk.log(&["--deadline", "через 2 часа", "Ещё"]);
    let queue = desk.json(&["queue", "--json"]);
    let due = |q: &str| {
        queue
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["question"] == q)
            .unwrap()["requested_deadline"]
            .clone()
    };
    assert_eq!(due("Вопрос"), "2026-11-25T12:00:00+03:00");
    assert_eq!(due("Pytanie"), "2026-11-25T12:00:00+03:00");
    assert_eq!(due("Ещё"), "2026-11-24T23:40:00+03:00");
}

#[test]
fn the_help_speaks_the_language() {
    let desk = Desk::new();
    desk.cmd()
        .env("LANG", "ru_RU.UTF-8")
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Записать запрос"));
    desk.cmd()
        .args(["--lang", "pl", "log", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Kto pyta"));
}

#[test]
fn the_demo_speaks_the_language_of_the_office() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .env_remove("PRESSDESK_DB")
        .env("LANG", "pl_PL.UTF-8")
        .args(["--demo", "queue", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Kraków") || text.contains("Krakowsk"),
        "{text}"
    );
    assert!(
        desk.dir
            .path()
            .join("home/data/pressdesk/demo-pl.sqlite3")
            .exists()
    );
}

#[test]
fn a_new_caller_works_at_the_outlet_given() {
    let desk = Desk::new();
    desk.log(&["--who", "Орлов", "--outlet", "NGS42.ru", "Правда ли?"]);
    let out = desk.run(&["who", "Орлов", "--json"]);
    assert!(out.contains("NGS42.ru"), "{out}");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let desk = Desk::new();
    desk.run(&["demo"]);
    // Read one byte of a long listing, then hang up, as `| head -c 1` does.
    let mut child = desk
        .process()
        .args([
            "plan",
            "--from",
            "2025-01-01",
            "--to",
            "2027-12-31",
            "--json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
