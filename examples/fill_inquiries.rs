//! Adds inquiries to a pressdesk database through the store's own write path (the one
//! `pressdesk log` takes: the caller looked up, the audit rows, the search index), in
//! transactions of 20 000, for measuring commands on a large desk:
//!
//!     cargo run --release --example fill_inquiries -- 1000000 /tmp/desk.sqlite3
//!
//! Callers are the contacts already in the file (import a vCard with the binary first);
//! each inquiry is answered an hour after it came in, as most are.

use std::time::Instant;

use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::{Channel, Priority};
use pressdesk::store::{InquiryChange, NewInquiry, OutletRef, Store, Who};

const BATCH: usize = 20_000;
const NOW: i64 = 1_795_000_000;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().unwrap_or_else(|| "1000000".into()).parse()?;
    let path = std::path::PathBuf::from(args.next().expect("the database file"));
    let mut store = Store::open(&path, "elena")?;
    let phones = PhoneRules::for_country("RU").expect("known");
    let callers: Vec<i64> = store.contact_summaries()?.iter().map(|c| c.id).collect();
    let started = Instant::now();
    for first in (0..count).step_by(BATCH) {
        store.commit(|w| {
            for n in first..(first + BATCH).min(count) {
                let received = NOW - ((count - n) as i64) * 60;
                let who = match callers.get(n % callers.len().max(1)) {
                    Some(&id) => Who::Existing(id),
                    None => Who::Unknown,
                };
                let new = NewInquiry {
                    received_at: received,
                    channel: Channel::ALL[n % Channel::ALL.len()],
                    who,
                    outlet: OutletRef::None,
                    subject: format!("Тема запроса номер {n}"),
                    question: format!("Вопрос журналиста номер {n}: когда и почему?"),
                    requested_deadline: None,
                    due_at: received + 86_400,
                    priority: Priority::ALL[n % Priority::ALL.len()],
                    assignee: Some("elena".into()),
                };
                let id = w.log_inquiry(&new, &phones, received)?;
                let answer = InquiryChange::Answer("Ответ".into());
                w.change_inquiry(id, &answer, &phones, received + 3600)?;
            }
            Ok(())
        })?;
        eprint!("\r{} of {count}", (first + BATCH).min(count));
    }
    eprintln!(
        "\r{count} inquiries written in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
