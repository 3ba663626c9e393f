//! What keeping the report's summary costs a write, inside one process: logging an
//! inquiry (with a topic) and answering it, each in its own transaction, first on a fresh
//! connection (SQLite compiles the summary's triggers into each statement once per
//! connection, as a `pressdesk log` process does) and then on a connection already in use
//! (as the open app does).
//!
//!     cargo build --release --example report_write_cost
//!     target/release/examples/report_write_cost FILE [FILE…]
//!
//! Meant for the copies `scripts/bench_log_write.py` leaves, with and without the
//! summary's triggers. Each run adds 215 answered inquiries to each file.

use std::path::Path;
use std::time::Instant;

use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::{Channel, Priority};
use pressdesk::fixtures::NOW;
use pressdesk::store::{InquiryChange, NewInquiry, OutletRef, Store, Who};

fn log_and_answer(store: &mut Store, phones: &PhoneRules, k: i64) -> (f64, f64) {
    let new = NewInquiry {
        received_at: NOW + k,
        channel: Channel::Phone,
        who: Who::Unknown,
        outlet: OutletRef::None,
        subject: String::new(),
        question: "Когда дадут воду?".into(),
        requested_deadline: None,
        due_at: NOW + 3_600,
        priority: Priority::High,
        assignee: Some("Петрова".into()),
    };
    let started = Instant::now();
    let id = store
        .commit(|w| {
            let id = w.log_inquiry(&new, phones, NOW)?;
            w.set_topics(id, &["heating".to_string()], NOW)?;
            Ok(id)
        })
        .unwrap();
    let logged = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    let answer = InquiryChange::Answer("В пятницу".into());
    store
        .commit(|w| w.change_inquiry(id, &answer, phones, NOW + 600))
        .unwrap();
    (logged, started.elapsed().as_secs_f64() * 1000.0)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let phones = PhoneRules::for_country("RU").unwrap();
    for path in std::env::args().skip(1) {
        let fresh: Vec<(f64, f64)> = (0..15)
            .map(|k| {
                let mut store = Store::open(Path::new(&path), "bench").unwrap();
                log_and_answer(&mut store, &phones, k)
            })
            .collect();
        let mut store = Store::open(Path::new(&path), "bench").unwrap();
        log_and_answer(&mut store, &phones, 15);
        let warm: Vec<(f64, f64)> = (16..216)
            .map(|k| log_and_answer(&mut store, &phones, k))
            .collect();
        println!(
            "{path}: fresh connection: log {:.2} ms, answer {:.2} ms; in use: log {:.2} ms, \
             answer {:.2} ms (medians, wall, each committed)",
            median(fresh.iter().map(|t| t.0).collect()),
            median(fresh.iter().map(|t| t.1).collect()),
            median(warm.iter().map(|t| t.0).collect()),
            median(warm.iter().map(|t| t.1).collect()),
        );
    }
}
