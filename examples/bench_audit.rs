//! How `pressdesk audit` and `pressdesk watch --once` hold up with a long history, timed as
//! whole processes on data that came in through the binary:
//!
//!     cargo build --release && cargo run --release --example bench_audit -- [CONTACTS] [INQUIRIES]
//!
//! Writes a vCard file of CONTACTS cards (default 100 000) and imports it with the binary,
//! half as one press secretary and half as another (each card, and each new outlet, is a
//! change in the audit log); logs INQUIRIES inquiries (default 300) with the binary, some
//! already overdue; then times the audit's first page, a page deep in the history, a period,
//! a person with no changes, and one `watch --once` over the overdue ones. Prints figures;
//! asserts nothing about time.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the example's own path");
    // target/release/examples/bench_audit → target/release/pressdesk
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("inside the target directory");
    let bin = dir.join("pressdesk");
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build --release` first",
        bin.display()
    );
    bin
}

struct Desk {
    bin: PathBuf,
    db: PathBuf,
    config: PathBuf,
}

impl Desk {
    fn run(&self, user: &str, args: &[&str]) -> (Duration, String) {
        let start = Instant::now();
        let out = Command::new(&self.bin)
            .env("PRESSDESK_DB", &self.db)
            .env("PRESSDESK_CONFIG", &self.config)
            .env("PRESSDESK_NOW", "2026-11-24T21:40:00+03:00")
            .env("TZ", "MSK-3")
            .env("USER", user)
            .args(args)
            .output()
            .expect("pressdesk runs");
        let took = start.elapsed();
        assert!(
            out.status.success() || out.status.code() == Some(1),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (took, String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The median of five runs.
    fn time(&self, user: &str, args: &[&str]) -> (Duration, String) {
        let mut runs: Vec<(Duration, String)> = (0..5).map(|_| self.run(user, args)).collect();
        runs.sort_by_key(|r| r.0);
        runs.swap_remove(2)
    }
}

fn write_cards(path: &Path, from: usize, to: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("a card file"));
    for n in from..to {
        writeln!(
            file,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Журналист {n}\r\nN:{n};Журналист;;;\r\nORG:Издание {}\r\nTEL;TYPE=CELL:+7 9{:09}\r\nEMAIL:j{n}@example.org\r\nEND:VCARD\r",
            n % 500,
            n
        )
        .expect("written");
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let contacts: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let inquiries: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[hooks]\non_overdue = \"true\"\non_escalated = \"true\"\n\n[escalation]\nafter = \"30m\"\nto = \"lead\"\n",
    )
    .expect("config written");
    let desk = Desk {
        bin: binary(),
        db: dir.path().join("desk.sqlite3"),
        config,
    };

    let half = contacts / 2;
    let (first, second) = (dir.path().join("a.vcf"), dir.path().join("b.vcf"));
    write_cards(&first, 0, half);
    write_cards(&second, half, contacts);
    let start = Instant::now();
    desk.run("anna", &["import", "vcard", &first.display().to_string()]);
    desk.run("boris", &["import", "vcard", &second.display().to_string()]);
    println!(
        "imported {contacts} contacts with the binary in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    for n in 0..inquiries {
        // A third already overdue (urgent, received two hours ago), the rest later.
        let mut args = vec!["log".to_string()];
        if n % 3 == 0 {
            args.extend([
                "--priority".into(),
                "urgent".into(),
                "--received".into(),
                "-2h".into(),
            ]);
        }
        args.push(format!("Вопрос {n}"));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        desk.run(if n % 2 == 0 { "anna" } else { "boris" }, &args);
    }
    println!(
        "logged {inquiries} inquiries with the binary in {:.1} s",
        start.elapsed().as_secs_f64()
    );

    let (took, page) = desk.time("anna", &["audit", "--who", "anna", "--limit", "50"]);
    println!(
        "audit --who anna --limit 50 (first page):         {}",
        ms(took)
    );
    // A page deep in the history: continue from a change far back.
    let deep = (contacts / 4).to_string();
    let (took, deep_page) = desk.time(
        "anna",
        &["audit", "--who", "anna", "--limit", "50", "--before", &deep],
    );
    println!(
        "audit --who anna --limit 50 --before {deep}:     {}",
        ms(took)
    );
    let (took, _) = desk.time(
        "anna",
        &[
            "audit",
            "--from",
            "2026-11-24",
            "--to",
            "2026-11-24",
            "--limit",
            "50",
        ],
    );
    println!(
        "audit --from --to one day --limit 50:             {}",
        ms(took)
    );
    let (took, nobody) = desk.time("anna", &["audit", "--who", "nobody"]);
    println!(
        "audit --who nobody (no changes):                  {}",
        ms(took)
    );
    let (took, _) = desk.time("anna", &["audit", "--limit", "1000", "--json"]);
    println!(
        "audit --limit 1000 --json:                        {}",
        ms(took)
    );
    let (took, _) = desk.run("watcher", &["watch", "--once"]);
    println!(
        "watch --once, first look ({} overdue, hooks run): {}",
        inquiries.div_ceil(3),
        ms(took)
    );
    let (took, _) = desk.time("watcher", &["watch", "--once"]);
    println!(
        "watch --once, nothing new:                        {}",
        ms(took)
    );
    assert_eq!(page.lines().count(), 51);
    assert_eq!(deep_page.lines().count(), 51);
    assert!(nobody.lines().count() == 1);
}
