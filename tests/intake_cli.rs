//! `pressdesk intake mail`, `attach`, `attachments`, `attachment get`, `search` and
//! `statements` as a script or cron runs them, over the corpus in tests/fixtures/mail.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail")
}

/// The corpus's messages in name order.
fn messages() -> Vec<PathBuf> {
    let mut list: Vec<PathBuf> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    list.sort();
    list
}

/// A desk whose book knows Кузнецов Егор of «Вести Кузбасс» (egor@vesti.example), with
/// a config that gives written requests a statutory term of three calendar days.
fn desk() -> (common::Desk, String) {
    let desk = common::Desk::new();
    let config = desk.path("config.toml");
    std::fs::write(
        &config,
        "[deadlines]\nnormal = \"30d\"\nstatutory_days = 3\nstatutory_working_days = false\n",
    )
    .unwrap();
    let vcf = corpus().join("desk.vcf");
    desk.run(&["import", "vcard", vcf.to_str().unwrap()]);
    (desk, config)
}

/// Runs `intake mail` over `paths`; (stdout, stderr).
fn intake(
    desk: &common::Desk,
    config: &str,
    extra: &[&str],
    paths: &[PathBuf],
) -> (String, String) {
    let mut cmd = desk.cmd();
    cmd.args(["--config", config, "intake", "mail"]).args(extra);
    for p in paths {
        cmd.arg(p);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "intake failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn queue(desk: &common::Desk) -> Vec<Value> {
    desk.json(&["queue", "--json"]).as_array().unwrap().clone()
}

fn by_subject<'a>(items: &'a [Value], subject: &str) -> &'a Value {
    items
        .iter()
        .find(|i| i["subject"] == subject)
        .unwrap_or_else(|| panic!("no inquiry {subject:?} in {items:#?}"))
}

#[test]
fn a_dry_run_says_what_would_happen_and_writes_nothing() {
    let (desk, config) = desk();
    let (out, err) = intake(&desk, &config, &["--dry-run"], &messages());
    assert!(
        out.contains("new: 7, replies: 1, already registered: 1, unreadable: 1."),
        "{out}"
    );
    assert!(out.contains("Dry run: nothing was written."), "{out}");
    assert!(err.contains("10-broken.eml: cannot be read"), "{err}");
    assert!(queue(&desk).is_empty());
}

#[test]
fn every_message_of_the_corpus_becomes_an_inquiry_once() {
    let (desk, config) = desk();
    let (out, err) = intake(&desk, &config, &[], &messages());
    assert!(
        out.contains(
            "Messages read: 10; new: 7, replies: 1, already registered: 1, unreadable: 1."
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "#1 new inquiry from Анна Смирнова <anna@vesti.example> (new contact at Вести Кузбасс): Hot water in district 5"
        ),
        "{out}"
    );
    assert!(
        out.contains("#1 reply from Анна Смирнова <anna@vesti.example> added to the history"),
        "{out}"
    );
    // The broken message is named and the rest went in.
    assert!(
        err.contains("10-broken.eml: cannot be read (no sender's address (From)); skipped"),
        "{err}"
    );

    let items = queue(&desk);
    assert_eq!(items.len(), 7);
    assert!(items.iter().all(|i| i["channel"] == "email"));

    // Plain text, received at the message's date; the statutory term decides the deadline.
    let plain = by_subject(&items, "Hot water in district 5");
    assert_eq!(plain["received_at"], "2026-11-24T10:15:00+03:00");
    assert_eq!(plain["due_at"], "2026-11-27T18:00:00+03:00");
    assert!(
        plain["question"]
            .as_str()
            .unwrap()
            .starts_with("Good morning,\n\nwhen will the hot water be back")
    );
    assert_eq!(plain["outlet"]["name"], "Вести Кузбасс");

    // HTML only: readable text, entities decoded, no tags or styles.
    let html = by_subject(&items, "Vaccination in schools");
    let question = html["question"].as_str().unwrap();
    assert!(
        question.contains("prosimy o komentarz w sprawie szczepień w szkołach."),
        "{question}"
    );
    assert!(
        !question.contains('<') && !question.contains("color"),
        "{question}"
    );

    // RFC 2047 subject and sender name; a base64 UTF-8 body.
    let encoded = by_subject(&items, "Отключение отопления в больнице №2");
    assert_eq!(encoded["contact"]["name"], "Мария Иванова");
    assert_eq!(
        encoded["question"],
        "Здравствуйте! Правда ли, что в больнице №2 отключили отопление?"
    );

    // KOI8-R: the sender is matched to the contact already in the book by address.
    let koi = by_subject(&items, "Вопрос о ёлке");
    assert_eq!(koi["contact"]["name"], "Кузнецов Егор");
    assert!(
        koi["question"]
            .as_str()
            .unwrap()
            .starts_with("Добрый день. Сколько ёлок поставят")
    );

    // Windows-1251, from a public mail service: no outlet is guessed from the domain.
    let cp = by_subject(&items, "Травмпункт");
    assert!(
        cp["question"]
            .as_str()
            .unwrap()
            .starts_with("Добрий день! Коли відновлять прийом у травмпункті")
    );
    assert!(cp["outlet"].is_null());

    // ISO-8859-2 quoted-printable, headers too.
    let pl = by_subject(&items, "Oddział położniczy");
    assert_eq!(pl["contact"]["name"], "Zofia Wójcik");
    assert!(pl["question"].as_str().unwrap().contains("w Łodzi"));

    // Running again over the same files adds nothing.
    let (again, _) = intake(&desk, &config, &[], &messages());
    assert!(
        again.contains("new: 0, replies: 0, already registered: 9, unreadable: 1."),
        "{again}"
    );
    assert_eq!(queue(&desk).len(), 7);

    // The reply is in the first inquiry's history, so the office's memory finds it there.
    let found = desk.json(&["search", "--json", "boiler", "Lenina"]);
    assert_eq!(found[0]["kind"], "inquiry");
    assert_eq!(found[0]["id"], plain["id"]);
}

#[test]
fn the_files_of_a_message_and_the_message_itself_are_kept() {
    let (desk, config) = desk();
    let with_pdf = corpus().join("03-with-pdf.eml");
    intake(&desk, &config, &[], std::slice::from_ref(&with_pdf));
    let items = queue(&desk);
    let id = items[0]["id"].as_i64().unwrap().to_string();
    let files = desk.json(&["attachments", "inquiry", &id, "--json"]);
    let files = files.as_array().unwrap();
    assert_eq!(files.len(), 2, "{files:#?}");
    assert_eq!(files[0]["name"], "questions.pdf");
    assert_eq!(files[0]["media_type"], "application/pdf");
    assert_eq!(files[1]["name"], "message.eml");
    assert_eq!(files[1]["media_type"], "message/rfc822");

    let pdf = desk.path("out/questions.pdf");
    std::fs::create_dir_all(desk.path("out")).unwrap();
    let n = files[0]["id"].as_i64().unwrap().to_string();
    desk.run(&["attachment", "get", &n, "--out", &pdf]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.4"), "{bytes:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let eml = desk.path("out/original.eml");
    let n = files[1]["id"].as_i64().unwrap().to_string();
    desk.run(&["attachment", "get", &n, "--out", &eml]);
    assert_eq!(
        std::fs::read(&eml).unwrap(),
        std::fs::read(&with_pdf).unwrap()
    );
}

#[test]
fn a_maildir_and_an_mbox_are_read_like_single_files() {
    let (desk, config) = desk();
    let maildir = desk.dir.path().join("Mail/press");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).unwrap();
    }
    let all = messages();
    // The request waits in new/, the reply was already seen by a mail program.
    for (i, path) in all.iter().enumerate() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let sub = if name.starts_with("08") { "cur" } else { "new" };
        let target = maildir
            .join(sub)
            .join(format!("17000000{i:02}.M1P1.desk:2,"));
        std::fs::copy(path, target).unwrap();
    }
    let (out, _) = intake(&desk, &config, &[], std::slice::from_ref(&maildir));
    assert!(
        out.contains("new: 7, replies: 1, already registered: 1, unreadable: 1."),
        "{out}"
    );

    // The same messages in an mbox: all known already.
    let mut mbox = Vec::new();
    for path in &all {
        mbox.extend_from_slice(b"From someone@example Tue Nov 24 10:15:00 2026\n");
        mbox.extend_from_slice(&std::fs::read(path).unwrap());
        mbox.extend_from_slice(b"\n");
    }
    let file = desk.dir.path().join("inbox.mbox");
    std::fs::write(&file, &mbox).unwrap();
    let (out, err) = intake(&desk, &config, &[], &[file]);
    assert!(
        out.contains(
            "Messages read: 10; new: 0, replies: 0, already registered: 9, unreadable: 1."
        ),
        "{out}"
    );
    assert!(
        err.contains("inbox.mbox, message 10: cannot be read"),
        "{err}"
    );

    // A folder that is not a Maildir is reported, not guessed at.
    let (_, err) = intake(&desk, &config, &[], &[desk.dir.path().join("Mail")]);
    assert!(err.contains("not a Maildir folder"), "{err}");
}

#[test]
fn attach_lists_saves_and_refuses_a_file_above_the_limit() {
    let desk = common::Desk::new();
    let id = desk
        .log(&["--who", "Анна Смирнова", "Когда дадут воду?"])
        .to_string();
    let letter = desk.path("письмо.txt");
    std::fs::write(&letter, "Официальный ответ\n").unwrap();
    let big = desk.path("video.mp4");
    std::fs::write(&big, vec![0u8; 2 * 1024 * 1024 + 1]).unwrap();
    let config = desk.path("small.toml");
    std::fs::write(&config, "[attachments]\nmax_file_mb = 2\n").unwrap();

    let out = desk
        .cmd()
        .args(["--config", &config, "attach", "inquiry", &id, &letter, &big])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains(&format!("Kept #1 письмо.txt (34 B) with inquiry #{id}")),
        "{stdout}"
    );
    assert!(
        stderr
            .contains("video.mp4: not kept: video.mp4 is 2.1 MB, above the limit of 2 MB per file"),
        "{stderr}"
    );

    let list = desk.run(&["attachments", "inquiry", &id]);
    assert!(list.starts_with("#1     письмо.txt"), "{list}");
    assert!(!list.contains("video"), "{list}");

    // Saved under its own name in the current folder, never over an existing file.
    let here = desk.dir.path().join("here");
    std::fs::create_dir_all(&here).unwrap();
    let run_here = || {
        let mut cmd = desk.cmd();
        cmd.current_dir(&here).args(["attachment", "get", "1"]);
        cmd.output().unwrap()
    };
    let first = run_here();
    assert!(first.status.success());
    assert_eq!(
        std::fs::read_to_string(here.join("письмо.txt")).unwrap(),
        "Официальный ответ\n"
    );
    let second = run_here();
    assert_eq!(second.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already exists"));

    let to_stdout = desk.run(&["attachment", "get", "1", "--out", "-"]);
    assert_eq!(to_stdout, "Официальный ответ\n");

    // A record that does not exist, and an attachment that does not.
    desk.cmd()
        .args(["attach", "contact", "99", &letter])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no contact #99"));
    desk.cmd()
        .args(["attachment", "get", "42"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("There is no attachment #42."));
}

#[test]
fn search_finds_old_inquiries_in_any_script_with_the_words_marked() {
    let desk = common::Desk::new();
    let old = desk.log(&[
        "--who",
        "Кузнецов Егор",
        "--received",
        "2025-03-02 10:00",
        "--subject",
        "Горячая вода",
        "Когда дадут горячую воду в Заводском районе?",
    ]);
    desk.run(&[
        "answer",
        &old.to_string(),
        "Подача",
        "горячей",
        "воды",
        "с",
        "5",
        "марта.",
    ]);
    desk.log(&[
        "--who",
        "Anna Kowalska",
        "Szczepienia w szkołach od września?",
    ]);

    let out = desk.run(&["search", "горячая", "вода"]);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with(&format!("#{old:<5} inquiry")), "{out}");
    assert!(first.contains("[Горячая] [вода]"), "{out}");
    assert!(out.contains("[горячую] [воду]"), "{out}");

    // Latin for Cyrillic, Polish without diacritics, the caller's name.
    for query in ["kuznetsov", "goriach", "szczepien", "kowalsk", "заводск"] {
        let found = desk.json(&["search", "--json", query]);
        assert!(!found.as_array().unwrap().is_empty(), "nothing for {query}");
    }
    desk.cmd()
        .args(["search", "отопление"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "Nothing in the office's memory matches",
        ));
}

#[test]
fn statements_are_added_listed_and_marked_stale() {
    let desk = common::Desk::new();
    let id = desk.run(&[
        "statements",
        "add",
        "--topic",
        "Вакцинация",
        "--by",
        "главный врач",
        "--agreed",
        "2026-10-01",
        "--review",
        "2026-11-01",
        "Прививки",
        "делают",
        "по",
        "графику.",
    ]);
    assert_eq!(id.trim(), "1");
    desk.run(&[
        "statements",
        "add",
        "--topic",
        "Горячая вода",
        "Отключение",
        "до",
        "20",
        "июля.",
    ]);
    let list = desk.json(&["statements", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let vaccination = desk.json(&["statements", "--topic", "vaktsin", "--json"]);
    assert_eq!(vaccination[0]["topic"], "Вакцинация");
    assert_eq!(vaccination[0]["stale"], true);
    assert_eq!(vaccination[0]["agreed_by"], "главный врач");
    let water = desk.json(&["statements", "--topic", "вода", "--json"]);
    assert_eq!(water[0]["agreed_on"], "2026-11-24");
    assert_eq!(water[0]["stale"], false);
    let text = desk.run(&["statements"]);
    assert!(text.contains("STALE: review was due 2026-11-01"), "{text}");
    // Statements are part of the office's memory.
    let found = desk.json(&["search", "--json", "прививк"]);
    assert_eq!(found[0]["kind"], "statement");
    desk.cmd()
        .args([
            "statements",
            "add",
            "--topic",
            "x",
            "--review",
            "31.02",
            "text",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--review"));
}
