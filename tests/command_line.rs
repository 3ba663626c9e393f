//! The command line's conventions and its parsers as a process: dates with month names,
//! out-of-range dates refused with the reason, arguments that are not UTF-8.

mod common;

use std::os::unix::ffi::OsStrExt;

use common::Desk;
use predicates::prelude::*;

#[test]
fn deadlines_with_month_names_are_understood() {
    let desk = Desk::new();
    let id = desk.log(&["--deadline", "3 декабря 15:00", "Вопрос о тарифах"]);
    let inquiry = desk.json(&["queue", "--json"]);
    assert_eq!(inquiry[0]["id"], id);
    assert_eq!(
        inquiry[0]["requested_deadline"],
        "2026-12-03T15:00:00+03:00"
    );
    desk.log(&["--deadline", "Dec 4 10:00", "Question"]);
    desk.log(&["--deadline", "5 grudnia", "Pytanie"]);
    desk.log(&["--deadline", "6 груд. 9:00", "Питання"]);
    let deadlines: Vec<String> = desk
        .json(&["queue", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["requested_deadline"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        deadlines,
        [
            "2026-12-03T15:00:00+03:00",
            "2026-12-04T10:00:00+03:00",
            "2026-12-05T18:00:00+03:00",
            "2026-12-06T09:00:00+03:00"
        ]
    );
    let item = desk.json(&[
        "plan",
        "add",
        "--on",
        "7 декабря",
        "--channel",
        "site",
        "--json",
        "Пост",
    ]);
    assert_eq!(item["date"], "2026-12-07");
}

#[test]
fn deadlines_out_of_range_are_refused_with_the_reason() {
    let desk = Desk::new();
    for deadline in [
        "+99999999999d",
        "+9223372036854775807s",
        "1.1.5",
        "31.12.262142",
    ] {
        desk.cmd()
            .args(["log", "--deadline", deadline, "Вопрос"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("too far from today"))
            .stderr(predicate::str::contains("2031-11-24"));
    }
    desk.cmd()
        .args([
            "--lang",
            "ru",
            "log",
            "--deadline",
            "+99999999999d",
            "Вопрос",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("слишком далеко"));
    // Nothing was stored.
    assert_eq!(desk.json(&["queue", "--json"]), serde_json::json!([]));
}

#[test]
fn plan_days_out_of_range_are_refused_not_a_sql_error() {
    let desk = Desk::new();
    for day in ["31.12.10000", "31.12.262142", "1.1.5", "+99999999999d"] {
        desk.cmd()
            .args(["plan", "add", "--on", day, "--channel", "site", "Пост"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("too far from today"))
            .stderr(predicate::str::contains("CHECK").not());
    }
    desk.cmd()
        .args(["plan", "--from", "1.1.5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("too far from today"));
}

#[test]
fn plan_add_takes_a_day_before_today_like_log_deadline() {
    let desk = Desk::new();
    let item = desk.json(&[
        "plan",
        "add",
        "--on",
        "-1d",
        "--channel",
        "site",
        "--json",
        "Вчерашний пост",
    ]);
    assert_eq!(item["date"], "2026-11-23");
    let list = desk.json(&["plan", "--from", "-2d", "--to", "-1d", "--json"]);
    assert_eq!(list[0]["title"], "Вчерашний пост");
}

#[test]
fn an_argument_that_is_not_utf8_is_a_clear_error() {
    let desk = Desk::new();
    let bad = std::ffi::OsStr::from_bytes(b"\x9b31m");
    let out = desk.process().arg("log").arg(bad).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(stderr.contains("not valid UTF-8"), "stderr: {stderr}");
    // The undecodable byte is shown replaced, never sent to the terminal raw.
    assert!(stderr.contains("\u{fffd}31m"), "stderr: {stderr}");
    assert!(!out.stderr.contains(&0x9b));
    // The same with the language asked for before it.
    let out = desk
        .process()
        .args(["--lang", "pl", "who"])
        .arg(bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nie jest tekstem w UTF-8"));
}

/// The display column where `needle` starts in `line`.
fn column_of(line: &str, needle: &str) -> usize {
    let at = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {line:?}"));
    unicode_width::UnicodeWidthStr::width(&line[..at])
}

#[test]
fn plan_columns_stay_aligned_with_many_channels() {
    let desk = Desk::new();
    for (channels, status, title) in [
        ("site", "idea", "Первый"),
        (
            "site,vk,telegram,ok,facebook,radio,tv,press_release",
            "published",
            "Второй",
        ),
        ("vk,telegram", "scheduled", "Третий"),
    ] {
        desk.run(&[
            "plan",
            "add",
            "--on",
            "thu",
            "--channel",
            channels,
            "--status",
            status,
            title,
        ]);
    }
    for lang in ["en", "ru", "uk", "pl"] {
        let text = desk.run(&["--lang", lang, "plan"]);
        let lines: Vec<&str> = text.lines().filter(|l| l.contains('#')).collect();
        assert_eq!(lines.len(), 3, "{text}");
        let columns: Vec<usize> = ["Первый", "Второй", "Третий"]
            .iter()
            .zip(&lines)
            .map(|(title, line)| column_of(line, title))
            .collect();
        assert!(
            columns.windows(2).all(|w| w[0] == w[1]),
            "titles start at {columns:?} in\n{text}"
        );
        // The long channel list is cut, not let run.
        assert!(lines[1].contains('…'), "{text}");
        assert!(columns[0] < 60, "{text}");
    }
}

#[test]
fn who_json_carries_the_notes_messengers_and_the_rest_of_the_card() {
    let desk = Desk::new();
    desk.run(&["demo"]);
    let found = desk.json(&["who", "--json", "Кузнецова"]);
    let first = &found[0];
    assert_eq!(
        first["notes"],
        "Готовит сюжеты к «Вестям-Кузбасс» в 14:30, синхрон нужен до 12:00. Предпочитает Telegram."
    );
    assert_eq!(first["messengers"][0]["value"], "telegram:@kuznetsova_m");
    assert_eq!(first["phone_details"][0]["value"], "+7 918 123-45-67");
    assert_eq!(first["phones"][0], "+7 918 123-45-67");
    assert!(first["outlet_id"].as_i64().is_some());
    let colleagues = first["colleagues"].as_array().unwrap();
    assert!(
        colleagues
            .iter()
            .any(|c| c["name"] == "Белов Андрей Викторович"),
        "{colleagues:?}"
    );
    let recent = first["recent_inquiries"].as_array().unwrap();
    assert_eq!(recent.len(), first["inquiries"].as_u64().unwrap() as usize);
    assert!(
        recent[0]["received_at"]
            .as_str()
            .unwrap()
            .ends_with("+03:00")
    );
    assert!(first["created_at"].as_str().is_some());
}

#[test]
fn without_user_the_author_is_the_login_name() {
    let desk = Desk::new();
    // Independent of pressdesk: what the system says this user is called.
    let id = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let expected = match String::from_utf8(id.stdout) {
        Ok(name) if id.status.success() && !name.trim().is_empty() => name.trim().to_string(),
        _ => "pressdesk".to_string(),
    };
    let out = desk
        .process()
        .env_remove("USER")
        .args(["log", "--json", "Вопрос из cron"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let logged: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(logged["assignee"], expected.as_str());
    // $USER still comes first.
    let logged = desk.json(&["log", "--json", "Вопрос"]);
    assert_eq!(logged["assignee"], "elena");
}

#[test]
fn a_file_that_is_not_a_database_is_named_in_one_sentence() {
    let desk = Desk::new();
    let path = desk.dir.path().join("notes.txt");
    let text = "Not a database, a note to myself.\n".repeat(200);
    std::fs::write(&path, &text).unwrap();
    let out = desk
        .process()
        .arg("--db")
        .arg(&path)
        .arg("queue")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr.trim(),
        format!(
            "pressdesk: {} is not a database file (it holds something else, or its beginning \
             is damaged); it was left untouched — check the path given with --db or PRESSDESK_DB",
            path.display()
        )
    );
    assert!(!stderr.contains("Error code"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn vcard_export_splits_the_name_and_writes_no_charset() {
    let desk = Desk::new();
    desk.run(&["demo"]);
    for version in ["3", "4"] {
        let cards = desk.run(&["export", "vcard", "--version", version]);
        let unfolded = cards.replace("\r\n ", "");
        assert!(
            unfolded.contains("\r\nN:Абрамова;Полина;Евгеньевна;;\r\n"),
            "{unfolded}"
        );
        assert!(
            unfolded.contains("\r\nFN:Абрамова Полина Евгеньевна\r\n"),
            "{unfolded}"
        );
        assert!(!cards.contains("CHARSET"), "{cards}");
        assert!(cards.contains(&format!("VERSION:{version}.0\r\n")));
        // Lines stay folded at 75 octets.
        assert!(cards.split("\r\n").all(|l| l.len() <= 75), "{cards}");
    }
    let polish = Desk::new();
    polish.run(&["--lang", "pl", "demo"]);
    let cards = polish.run(&["export", "vcard"]).replace("\r\n ", "");
    assert!(cards.contains("\r\nN:Wójcik;Magdalena;;;\r\n"), "{cards}");
    // What was written is read back whole.
    let file = polish.path("book.vcf");
    polish.run(&["export", "vcard", "--out", &file]);
    let again = Desk::new();
    let summary = again.run(&["import", "vcard", &file]);
    assert!(summary.contains("0 skipped"), "{summary}");
    let found = again.json(&["who", "--json", "Mazur"]);
    let names: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Tomasz Mazur"), "{names:?}");
}

#[test]
fn bash_completion_completes_commands_and_options() {
    let desk = Desk::new();
    let script = desk.run(&["completions", "bash"]);
    let path = desk.path("pressdesk.bash");
    std::fs::write(&path, &script).unwrap();
    let complete = |words: &str| {
        let cword = words.split(' ').count() - 1;
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source '{path}'; COMP_WORDS=({words}); COMP_CWORD={cword}; \
                 _pressdesk pressdesk \"${{COMP_WORDS[$COMP_CWORD]}}\" \
                 \"${{COMP_WORDS[$COMP_CWORD-1]}}\"; echo \"${{COMPREPLY[@]}}\""
            ))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete("pressdesk que").trim(), "queue");
    let plan = complete("pressdesk plan add --");
    assert!(
        plan.contains("--on") && plan.contains("--channel"),
        "{plan}"
    );
    let shells = complete("pressdesk completions ");
    assert!(
        shells.contains("zsh") && shells.contains("fish"),
        "{shells}"
    );
    // Nothing was created: completions need no database.
    assert!(!desk.db().exists());
}

#[test]
fn zsh_and_fish_completions_and_the_man_page() {
    let desk = Desk::new();
    let zsh = desk.run(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef pressdesk"), "{zsh}");
    assert!(zsh.contains("'log:"), "{zsh}");
    let fish = desk.run(&["completions", "fish"]);
    assert!(fish.contains("complete -c pressdesk"), "{fish}");
    assert!(fish.contains("-a \"queue\""), "{fish}");
    let man = desk.run(&["man"]);
    assert!(man.contains(".TH pressdesk 1"), "{man}");
    assert!(man.contains(".SH SYNOPSIS"), "{man}");
    assert!(
        man.contains("\\-\\-deadline") || man.contains("pressdesk\\-log"),
        "{man}"
    );
    let log = desk.run(&["--lang", "ru", "man", "log"]);
    assert!(log.contains(".TH pressdesk-log 1"), "{log}");
    assert!(log.contains("\\fB\\-\\-deadline\\fR"), "{log}");
    assert!(log.contains("Срок журналиста"), "{log}");
    desk.cmd()
        .args(["man", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no command “nope”"));
    assert!(!desk.db().exists());
}

/// Runs `pressdesk ARGS` on a pseudo-terminal (util-linux `script`), as a person at a
/// terminal would; what the terminal showed.
fn on_terminal(desk: &Desk, args: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("pressdesk");
    let home = desk.dir.path().join("home");
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("'{}' {args}", bin.display()), "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("TZ", "MSK-3")
        .env("USER", "elena")
        .env("PRESSDESK_NOW", common::NOW_RFC3339)
        .env("PRESSDESK_DB", desk.db())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn large_imports_and_exports_show_progress_on_a_terminal_only() {
    let desk = Desk::new();
    let mut csv = String::from("name,phones\n");
    for i in 0..3_000 {
        csv.push_str(&format!("Журналист {i:04},+7 900 {:07}\n", 1_000_000 + i));
    }
    let file = desk.path("big.csv");
    std::fs::write(&file, csv).unwrap();

    let shown = on_terminal(&desk, &format!("import csv '{file}'"));
    assert!(shown.contains("\r\x1b[KImporting contacts: 3000 / 3000 (100%)"));
    assert!(shown.contains("3000 added"));
    // The progress line is cleared before the summary is printed.
    let summary_at = shown.find("Read 3000 records").unwrap();
    assert!(shown[..summary_at].ends_with("\r\x1b[K"));

    let out_file = desk.path("out.csv");
    let shown = on_terminal(&desk, &format!("export csv --out '{out_file}'"));
    assert!(shown.contains("Exporting contacts: 3000 / 3000 (100%)"));

    // Not a terminal: nothing extra on stderr.
    let out = desk
        .process()
        .args(["export", "vcard", "--out", &desk.path("out.vcf")])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        !stderr.contains('\r') && !stderr.contains('\x1b'),
        "{stderr}"
    );
    let out = desk.process().args(["export", "json"]).output().unwrap();
    assert!(out.status.success() && out.stderr.is_empty());

    // A small export on a terminal stays quiet too.
    let small = Desk::new();
    small.run(&["demo"]);
    let shown = on_terminal(&small, "export csv --out /dev/null");
    assert!(!shown.contains("Exporting"), "{shown}");
}

#[test]
fn event_lengths_are_checked_and_bounded() {
    let desk = Desk::new();
    for length in [
        "9223372036854775807w",
        "99999999999999999999m",
        "100000w",
        "32d",
    ] {
        desk.cmd()
            .args([
                "plan",
                "add",
                "--on",
                "thu 12:00",
                "--kind",
                "event",
                "--channel",
                "radio",
                "--length",
                length,
                "Эфир",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("panicked").not())
            .stderr(
                predicate::str::contains("too long for an event")
                    .or(predicate::str::contains("as a length")),
            );
    }
    let item = desk.json(&[
        "plan",
        "add",
        "--on",
        "thu 12:00",
        "--kind",
        "event",
        "--channel",
        "radio",
        "--length",
        "31d",
        "--json",
        "Марафон",
    ]);
    assert_eq!(item["ends_at"], "2026-12-27T12:00:00+03:00");
}

#[test]
fn who_shows_the_notes_and_messengers_as_text_too() {
    let desk = Desk::new();
    desk.run(&["demo"]);
    let text = desk.run(&["who", "Кузнецова"]);
    assert!(text.contains("telegram:@kuznetsova_m"), "{text}");
    assert!(
        text.contains("       Готовит сюжеты к «Вестям-Кузбасс» в 14:30"),
        "{text}"
    );
}
