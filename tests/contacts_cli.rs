//! `pressdesk who`, `import` and `export` as a script runs them.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

/// The shared desk, filled with the demo office, with commands taken as a whole.
struct Book(common::Desk);

impl Book {
    fn new() -> Book {
        let book = Book(common::Desk::new());
        book.run(&["demo"]).success();
        book
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = self.0.cmd();
        cmd.args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd(args).assert()
    }

    fn path(&self, name: &str) -> String {
        self.0.path(name)
    }
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn who_finds_by_transliteration_and_by_digits() {
    let desk = Book::new();
    desk.run(&["who", "kuzn"])
        .success()
        .stdout(predicate::str::contains(
            "Кузнецова Мария Игоревна · ГТРК «Кузбасс»",
        ))
        .stdout(predicate::str::contains("1 inquiry · median answer"));
    for number in ["89181234567", "+7 (918) 123-45-67", "918 123 45"] {
        desk.run(&["who", number])
            .success()
            .stdout(predicate::str::starts_with("#1     Кузнецова Мария"));
    }
    desk.run(&["who", "zzzzqqqq"])
        .code(1)
        .stdout(predicate::str::contains("Nobody matches"));
}

#[test]
fn who_json_for_scripts() {
    let desk = Book::new();
    let out = desk.run(&["who", "--json", "Кузнецова"]).success();
    let value: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let first = &value[0];
    assert_eq!(first["name"], "Кузнецова Мария Игоревна");
    assert_eq!(first["outlet"], "ГТРК «Кузбасс»");
    assert_eq!(first["relationship"], "friendly");
    assert_eq!(first["inquiries"], 1);
    assert!(first["median_answer_secs"].as_i64().unwrap() > 0);
    assert!(first["last_contact"].as_str().unwrap().ends_with("+03:00"));
}

#[test]
fn import_dry_run_writes_nothing_and_says_what_it_would_do() {
    let desk = Book::new();
    let file = fixture("apple.vcf");
    desk.run(&["import", "vcard", &file, "--dry-run"])
        .success()
        .stdout(predicate::str::contains(
            "Read 2 records: 2 added, 0 updated, 0 skipped.",
        ))
        .stdout(predicate::str::contains("Dry run: nothing was written."));
    desk.run(&["who", "kowalska"]).code(1);
    desk.run(&["import", "vcard", &file])
        .success()
        .stdout(predicate::str::contains("2 added"));
    desk.run(&["who", "ковальска"])
        .success()
        .stdout(predicate::str::contains("Anna Kowalska · Gazeta Krakowska"));
    desk.run(&["import", "vcard", &file])
        .success()
        .stdout(predicate::str::contains("0 added, 0 updated, 2 skipped"))
        .stdout(predicate::str::contains("nothing new"));
    desk.run(&["import", "csv", &fixture("google.csv")])
        .success()
        .stdout(predicate::str::contains("Read 2 records"));
    desk.run(&["import", "vcard", &desk.path("missing.vcf")])
        .code(2)
        .stderr(predicate::str::contains("Cannot read"));
}

#[test]
fn export_to_a_file_and_back_in() {
    let desk = Book::new();
    let out = desk.path("book.vcf");
    desk.run(&["export", "vcard", "--out", &out])
        .success()
        .stderr(predicate::str::contains("63 contacts written"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), 63);
    assert!(text.contains("VERSION:3.0"));
    desk.run(&["export", "vcard", "--version", "4"])
        .success()
        .stdout(predicate::str::contains("VERSION:4.0"));
    desk.run(&["export", "vcard", "--version", "2"]).failure();
    // Re-importing the export changes nothing: every card is already known.
    desk.run(&["import", "vcard", &out])
        .success()
        .stdout(predicate::str::contains("0 added, 0 updated, 63 skipped"));
    let csv = desk.run(&["export", "csv"]).success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    assert!(csv.starts_with("name,kind,outlet,position,phones"));
    assert!(
        csv.contains(",'+7 918 123-45-67;"),
        "phones are neutralised"
    );
    let json = desk.run(&["export", "json"]).success();
    let value: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(value["contacts"].as_array().unwrap().len(), 63);
    assert_eq!(value["outlets"].as_array().unwrap().len(), 26);
}
