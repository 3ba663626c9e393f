//! How fast the queue opens and reacts with a large history.
//!
//!     cargo run --release --example bench_queue -- [INQUIRIES] [OPEN]
//!
//! Builds a temporary database with INQUIRIES inquiries (default 100 000) of which OPEN
//! (default 2 000) are still open, then measures: opening the store, loading the queue,
//! the first frame, a key press (update + redraw) and an idle tick. Also measures the
//! same first frame on the demo data.

use std::time::{Duration, Instant};

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, update};
use pressdesk::clock::Clock;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::sla::DeadlineRules;
use pressdesk::domain::{Channel, ContactKind, Priority, Zone};
use pressdesk::fixtures::{NOW, settings};
use pressdesk::runtime::Runtime;
use pressdesk::store::{InquiryChange, NewContact, NewInquiry, OutletRef, Store, Who};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn fill(store: &mut Store, total: usize, open: usize) {
    let phones = PhoneRules::for_country("RU").unwrap();
    let writer = store.write().unwrap();
    let mut contacts = Vec::new();
    for n in 0..2_000 {
        let mut c = NewContact::named(&format!("Журналист {n}"), ContactKind::Journalist);
        c.outlet = OutletRef::Named(format!("Издание {}", n % 300));
        c.phones.push(format!(
            "+7 9{:02} {:03}-{:02}-{:02}",
            n % 100,
            n % 1000,
            n % 97,
            n % 89
        ));
        contacts.push(
            writer
                .create_contact(&c, &phones, NOW - 400 * 86_400)
                .unwrap(),
        );
    }
    for n in 0..total {
        let received = NOW - ((total - n) as i64) * 300;
        let still_open = n >= total - open;
        let id = writer
            .log_inquiry(
                &NewInquiry {
                    received_at: received,
                    channel: Channel::ALL[n % Channel::ALL.len()],
                    who: Who::Existing(contacts[n % contacts.len()]),
                    outlet: OutletRef::None,
                    subject: format!("Тема запроса номер {n}"),
                    question: format!("Вопрос журналиста номер {n}: когда и почему?"),
                    requested_deadline: None,
                    due_at: if still_open {
                        NOW + (n % 200) as i64 * 600 - 20 * 3600
                    } else {
                        received + 86_400
                    },
                    priority: Priority::ALL[n % Priority::ALL.len()],
                    assignee: Some(if n % 2 == 0 { "elena" } else { "anastasia" }.into()),
                },
                &phones,
                received,
            )
            .unwrap();
        if !still_open {
            writer
                .change_inquiry(
                    id,
                    &InquiryChange::Answer("Ответ".into()),
                    &phones,
                    received + 3600,
                )
                .unwrap();
        }
    }
    writer.commit().unwrap();
}

fn first_frame(path: &std::path::Path) -> (Duration, Duration, Duration, Runtime, App) {
    let started = Instant::now();
    let store = Store::open(path, "elena").unwrap();
    let opened = started.elapsed();
    let mut runtime = Runtime::new(
        store,
        Clock::starting_at(chrono::DateTime::from_timestamp(NOW, 0).unwrap()),
    );
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    update(&mut app, Msg::Resize(200, 50), NOW);
    for effect in App::startup() {
        if let Some(msg) = runtime.perform(effect, &app.settings) {
            update(&mut app, msg, NOW);
        }
    }
    let loaded = started.elapsed();
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).unwrap();
    terminal.draw(|f| pressdesk::ui::view(&app, f)).unwrap();
    (opened, loaded, started.elapsed(), runtime, app)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let total = args.first().copied().unwrap_or(100_000);
    let open = args.get(1).copied().unwrap_or(2_000).min(total);
    let dir = tempfile::tempdir().unwrap();

    let demo_path = dir.path().join("demo.sqlite3");
    {
        let mut store = Store::open(&demo_path, "elena").unwrap();
        pressdesk::demo::fill(
            &mut store,
            pressdesk::demo::DemoSet::Ru,
            NOW,
            Zone::fixed_hours(3),
            &DeadlineRules::default(),
        )
        .unwrap();
    }
    let (_, _, demo_frame, _, _) = first_frame(&demo_path);
    println!(
        "demo data: first frame (open store, load queue and contacts, draw 200x50): {}",
        ms(demo_frame)
    );

    let path = dir.path().join("big.sqlite3");
    let t = Instant::now();
    {
        let mut store = Store::open(&path, "elena").unwrap();
        fill(&mut store, total, open);
    }
    println!(
        "generated {total} inquiries ({open} open) in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let (opened, loaded, frame, _runtime, mut app) = first_frame(&path);
    println!("open store: {}", ms(opened));
    println!("open + load queue and contacts: {}", ms(loaded));
    println!(
        "first frame (all of the above + draw 200x50): {}",
        ms(frame)
    );

    let mut terminal = Terminal::new(TestBackend::new(200, 50)).unwrap();
    let mut keys = Vec::new();
    for n in 0..2_000 {
        let code = if n % 400 < 200 {
            KeyCode::Down
        } else {
            KeyCode::Up
        };
        let t = Instant::now();
        update(
            &mut app,
            Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            NOW,
        );
        terminal.draw(|f| pressdesk::ui::view(&app, f)).unwrap();
        keys.push(t.elapsed());
    }
    println!(
        "key press (update + redraw 200x50), {} open: p50 {}, p95 {}",
        app.queue.visible.len(),
        ms(percentile(&mut keys, 0.5)),
        ms(percentile(&mut keys, 0.95))
    );

    let mut ticks = Vec::new();
    for n in 0..2_000 {
        let t = Instant::now();
        update(&mut app, Msg::Tick, NOW + n);
        ticks.push(t.elapsed());
    }
    println!(
        "idle tick (recount overdue and due soon): p50 {}, p95 {}",
        ms(percentile(&mut ticks, 0.5)),
        ms(percentile(&mut ticks, 0.95))
    );
}
