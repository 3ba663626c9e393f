//! How the content plan holds up at scale: fills a temporary database with years of
//! posts (a busy office publishes over two thousand a year), then times what the
//! calendar does on every move and redraw, and the iCalendar export.
//!
//!     cargo run --release --example plan_bench [-- ITEMS]
//!
//! Prints figures; asserts nothing about time.

use std::time::{Duration, Instant};

use chrono::NaiveTime;
use pressdesk::app::calendar::{PlanLoad, PlanMsg};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, Pane, Settings, update};
use pressdesk::config::{CalendarConfig, Config};
use pressdesk::domain::plan::grid_range;
use pressdesk::domain::{ItemStatus, When, Zone};
use pressdesk::store::{NewItem, Store};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = None;
    let times = (0..runs)
        .map(|_| {
            let start = Instant::now();
            out = Some(f());
            start.elapsed()
        })
        .collect();
    (median(times), out.expect("at least one run"))
}

fn main() {
    let items: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(22_000);
    let zone = Zone::fixed_hours(7);
    let now = 1_795_620_000;
    let today = zone.date(now);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut store = Store::open(&dir.path().join("plan.sqlite3"), "bench").expect("a store");
    let channels: Vec<String> = CalendarConfig::default()
        .channels
        .iter()
        .map(|c| c.code.clone())
        .collect();

    // Spread over the years before and a little after today, six a day.
    let start = Instant::now();
    {
        let writer = store.write().expect("a write");
        let mut seed: u64 = 0x5eed;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in 0..items {
            let day = today - chrono::Duration::days((items - n) as i64 / 6 - 30);
            let when = if next() % 5 == 0 {
                When::Day(day)
            } else {
                let time = NaiveTime::from_hms_opt(8 + (next() % 11) as u32, 0, 0).expect("time");
                When::At(zone.at(day, time))
            };
            let mut new = NewItem::post(&format!("Пост номер {n} о работе больницы"), when);
            new.channels = (0..1 + next() % 3)
                .map(|_| channels[(next() % channels.len() as u64) as usize].clone())
                .collect();
            new.status = if day < today {
                ItemStatus::Published
            } else {
                ItemStatus::ALL[(next() % 4) as usize]
            };
            new.category = "news".into();
            writer.create_item(&new, now).expect("an item");
        }
        writer.commit().expect("a commit");
    }
    println!("{items} items written in {:.2?}", start.elapsed());

    let (first, last) = grid_range(today);
    let (t, month) = time(21, || {
        store.plan_between(first, last, zone).expect("a month")
    });
    println!(
        "a month grid's items ({} of them): {t:.2?} median",
        month.len()
    );
    let (t, pending) = time(21, || store.plan_pending().expect("pending"));
    println!("every unfinished item ({}): {t:.2?} median", pending.len());

    let mut settings = Settings::from_config(&Config::default(), zone);
    settings.user = "bench".into();
    let mut app = App::new(settings, KeyMap::default(), now);
    pressdesk::app::navigate(&mut app, pressdesk::app::Nav::Root(Pane::Calendar));
    update(
        &mut app,
        Msg::Plan(PlanMsg::Loaded(Ok(PlanLoad {
            first,
            last,
            items: month,
            pending,
        }))),
        now,
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
    for view in ["month", "week", "agenda"] {
        let (t, _) = time(21, || {
            terminal
                .draw(|f| pressdesk::ui::view(&app, f))
                .expect("a frame");
        });
        println!("drawing the {view} view at 200×50: {t:.2?} median");
        let now = app.now;
        update(
            &mut app,
            Msg::Key(ratatui::crossterm::event::KeyEvent::from(
                ratatui::crossterm::event::KeyCode::Char('v'),
            )),
            now,
        );
    }
    let (t, _) = time(101, || update(&mut app, Msg::Tick, now));
    println!("a tick (recounting late items): {t:.2?} median");

    let (t, all) = time(3, || store.plan_all().expect("all"));
    let calendar = CalendarConfig::default();
    let (te, text) = time(3, || {
        pressdesk::interop::ical::write_calendar(&all, "bench", &calendar, now)
    });
    println!(
        "iCalendar export of all {} items: read {t:.2?}, written {te:.2?}, {} KiB",
        all.len(),
        text.len() / 1024
    );
}
