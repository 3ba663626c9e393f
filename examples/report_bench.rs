//! How fast `pressdesk report` runs on about three years of a very busy office.
//!
//!     cargo build --release
//!     cargo run --release --example report_bench -- [INQUIRIES] [COVERAGE] [--db PATH]
//!
//! Fills a database (default 1 000 000 inquiries and 100 000 coverage items) through the
//! store's own write path — logging, topics, answering or declining, each with its audit
//! rows, in batches of 20 000 per transaction — then times whole `pressdesk report`
//! processes for one month and for one year, in every format. With `--db PATH` an existing
//! file is reused (filled first if it is empty).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use pressdesk::domain::coverage::Tone;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::{Channel, ContactKind, Priority, Status};
use pressdesk::fixtures::NOW;
use pressdesk::store::{InquiryChange, NewContact, NewCoverage, NewInquiry, OutletRef, Store, Who};

const DAY: i64 = 86_400;
const BATCH: usize = 20_000;
const TOPICS: [&str; 8] = [
    "hot water",
    "heating",
    "tariffs",
    "repairs",
    "accidents",
    "staff",
    "courts",
    "ecology",
];

/// A small deterministic generator, so every run builds the same desk.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn fill(store: &mut Store, inquiries: usize, coverage: usize) {
    let phones = PhoneRules::for_country("RU").unwrap();
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let span = 3 * 365 * DAY;
    let start = NOW - span;
    let started = Instant::now();
    let people = store
        .commit(|w| {
            (0..3_000)
                .map(|n| {
                    let mut c =
                        NewContact::named(&format!("Журналист {n}"), ContactKind::Journalist);
                    c.outlet = OutletRef::Named(format!("Издание {}", n % 400));
                    w.create_contact(&c, &phones, start)
                })
                .collect::<Result<Vec<i64>, _>>()
        })
        .unwrap();
    let team = ["Шакирова", "Рамазанова", "Петрова", "Ким", "Волков"];
    let mut done = 0;
    while done < inquiries {
        let end = (done + BATCH).min(inquiries);
        let mut writer = store.write().unwrap();
        for n in done..end {
            // Evenly through three years, a little jitter so days differ.
            let received = start + (n as i64 * span) / inquiries as i64 + dice.below(600) as i64;
            let priority = Priority::ALL[dice.below(4) as usize];
            let rule = [3_600, 4 * 3_600, DAY, 3 * DAY][priority as usize];
            let who = team[dice.below(team.len() as u64) as usize];
            writer.set_user(who);
            let id = writer
                .log_inquiry(
                    &NewInquiry {
                        received_at: received,
                        channel: Channel::ALL[dice.below(6) as usize],
                        who: Who::Existing(people[dice.below(people.len() as u64) as usize]),
                        outlet: OutletRef::None,
                        subject: String::new(),
                        question: format!("Вопрос номер {n}"),
                        requested_deadline: None,
                        due_at: received + rule,
                        priority,
                        assignee: Some(who.into()),
                    },
                    &phones,
                    received,
                )
                .unwrap();
            let mut topics = vec![TOPICS[dice.below(8) as usize].to_string()];
            if dice.below(5) == 0 {
                topics.push(TOPICS[dice.below(8) as usize].to_string());
            }
            topics.sort();
            topics.dedup();
            if dice.below(10) < 8 {
                writer.set_topics(id, &topics, received).unwrap();
            }
            let fate = dice.below(100);
            let answered = received + 600 + dice.below(rule as u64 * 3 / 2) as i64;
            if fate < 94 && answered < NOW {
                writer
                    .change_inquiry(
                        id,
                        &InquiryChange::Answer("Ответ".into()),
                        &phones,
                        answered,
                    )
                    .unwrap();
            } else if fate < 97 && received + 3_600 < NOW {
                let change = InquiryChange::Status {
                    status: Status::Declined,
                    reason: Some("Не наша компетенция".into()),
                };
                writer
                    .change_inquiry(id, &change, &phones, received + 3_600)
                    .unwrap();
            }
        }
        writer.commit().unwrap();
        done = end;
        eprint!(
            "\r{done} inquiries, {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    eprintln!();
    let first_day = NaiveDate::from_ymd_opt(2023, 11, 25).unwrap();
    let mut done = 0;
    while done < coverage {
        let end = (done + BATCH).min(coverage);
        let writer = store.write().unwrap();
        for n in done..end {
            let day = first_day + chrono::Duration::days((n as i64 * 1095) / coverage as i64);
            let tone = match dice.below(10) {
                0..=1 => Tone::Negative,
                2..=5 => Tone::Neutral,
                _ => Tone::Positive,
            };
            writer
                .add_coverage(
                    &NewCoverage {
                        day,
                        outlet: OutletRef::Named(format!("Издание {}", dice.below(400))),
                        who: Who::Unknown,
                        inquiry_id: None,
                        title: format!("Публикация {n}"),
                        url: String::new(),
                        tone,
                    },
                    &phones,
                    NOW,
                )
                .unwrap();
        }
        writer.commit().unwrap();
        done = end;
        eprint!("\r{done} coverage items");
    }
    eprintln!(" — filled in {:.0} s", started.elapsed().as_secs_f64());
}

/// The release binary beside this example (target/release/pressdesk).
fn binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(Path::parent).unwrap();
    let bin = dir.join("pressdesk");
    assert!(
        bin.exists(),
        "build the binary first: cargo build --release"
    );
    bin
}

fn time(db: &Path, args: &[&str], runs: usize) -> (Duration, Duration, usize) {
    let mut samples = Vec::new();
    let mut bytes = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let out = Command::new(binary())
            .args(args)
            .env("PRESSDESK_DB", db)
            .env("PRESSDESK_NOW", "2026-11-24T21:40:00+03:00")
            .env("TZ", "Europe/Moscow")
            .env("PRESSDESK_CONFIG", "/dev/null")
            .output()
            .unwrap();
        samples.push(started.elapsed());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        bytes = out.stdout.len();
    }
    samples.sort();
    (samples[samples.len() / 2], samples[0], bytes)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let db_arg = args.iter().position(|a| a == "--db").map(|i| {
        let path = PathBuf::from(args.get(i + 1).expect("--db PATH"));
        args.drain(i..=i + 1);
        path
    });
    let inquiries: usize = args
        .first()
        .map(|a| a.parse().unwrap())
        .unwrap_or(1_000_000);
    let coverage: usize = args.get(1).map(|a| a.parse().unwrap()).unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg.unwrap_or_else(|| dir.path().join("report.sqlite3"));
    {
        let mut store = Store::open(&db, "bench").unwrap();
        if store.is_empty().unwrap() {
            fill(&mut store, inquiries, coverage);
        }
    }
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!("database: {} ({} MB)", db.display(), size / 1_000_000);
    // A warm-up so the file is in the page cache, as on a desk in use.
    time(
        &db,
        &["report", "--month", "2026-10", "--format", "json"],
        1,
    );
    for (what, period) in [
        ("month", vec!["--month", "2026-10"]),
        ("year", vec!["--from", "2025-11-01", "--to", "2026-10-31"]),
    ] {
        for format in ["text", "json", "csv", "md"] {
            let mut all = vec!["report"];
            all.extend(&period);
            all.extend(["--format", format]);
            let (median, best, bytes) = time(&db, &all, 7);
            println!(
                "{what:5} {format:4}: median {:7.1} ms, best {:7.1} ms ({bytes} bytes out)",
                median.as_secs_f64() * 1000.0,
                best.as_secs_f64() * 1000.0
            );
        }
    }
    let (median, _, _) = time(&db, &["--version"], 7);
    println!(
        "for scale, `pressdesk --version` (no database): {:.1} ms",
        median.as_secs_f64() * 1000.0
    );
}
