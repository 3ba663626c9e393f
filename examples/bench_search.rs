//! How fast the contacts pane answers a keystroke at scale: the search and the redraw of
//! a 200×50 screen, per key, as a person types a set of queries (names in three
//! scripts, transliterations, outlets, phone digits, a typo, nothing at all).
//!
//!     cargo run --release --example bench_search              # 100k and 1M, in memory
//!     cargo run --release --example bench_search -- 250000    # one size
//!     cargo run --release --example bench_search -- --db /tmp/book-100k.sqlite3
//!
//! With `--db` the book is read from a database made by `gen_contacts`, and the time to
//! read and index it is shown too (the pane opens at once meanwhile: indexing runs on
//! another thread).

mod synth;

use std::time::{Duration, Instant};

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, Settings, update};
use pressdesk::config::Config;
use pressdesk::domain::Zone;
use pressdesk::search::Directory;
use pressdesk::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const QUERIES: &[&str] = &[
    "kuzn",
    "кузнецова мария",
    "shevch",
    "коваль",
    "nowak",
    "wiśniewska",
    "mykhailo",
    "радио кузбасса",
    "редактор відділу",
    "zdrowie",
    "8 918",
    "+7 (913) 12",
    "067 12",
    "48 601",
    "kuznetzov",
    "смирнова",
    "qqqzzz",
];

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    update(app, Msg::Key(KeyEvent::new(code, modifiers)), app.now);
}

fn run(label: &str, directory: Directory) {
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let now = 1_795_000_000;
    let mut app = App::new(settings, KeyMap::default(), now);
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test backend");
    update(&mut app, Msg::Resize(200, 50), now);

    // The pane opens before the index is there: time it.
    let start = Instant::now();
    press(&mut app, KeyCode::Char('2'), KeyModifiers::NONE);
    terminal
        .draw(|f| pressdesk::ui::view(&app, f))
        .expect("draw");
    let open_empty = start.elapsed();

    let start = Instant::now();
    update(
        &mut app,
        Msg::DirectoryIndexed(Ok(Box::new(directory))),
        now,
    );
    terminal
        .draw(|f| pressdesk::ui::view(&app, f))
        .expect("draw");
    let arrive = start.elapsed();

    let mut search = Vec::new();
    let mut total = Vec::new();
    let mut draw = Vec::new();
    let mut worst: (Duration, String) = (Duration::ZERO, String::new());
    for query in QUERIES {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let t0 = Instant::now();
            press(&mut app, KeyCode::Char(c), KeyModifiers::NONE);
            let t1 = Instant::now();
            terminal
                .draw(|f| pressdesk::ui::view(&app, f))
                .expect("draw");
            let t2 = Instant::now();
            search.push(t1 - t0);
            draw.push(t2 - t1);
            total.push(t2 - t0);
            if std::env::var_os("BENCH_VERBOSE").is_some() {
                println!("    {typed:?}: {} ({} listed)", ms(t2 - t0), app.book.len());
            }
            if t2 - t0 > worst.0 {
                worst = (t2 - t0, typed.clone());
            }
        }
        // Clear the line (Ctrl-U): a keystroke too.
        let t0 = Instant::now();
        press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
        terminal
            .draw(|f| pressdesk::ui::view(&app, f))
            .expect("draw");
        total.push(t0.elapsed());
    }
    // The quick log's Who field asks the same index for its six best suggestions.
    let mut who = Vec::new();
    for query in QUERIES {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let t0 = Instant::now();
            let hits = app.contacts.search(&typed, 6);
            who.push(t0.elapsed());
            std::hint::black_box(hits);
        }
    }
    who.sort();
    for v in [&mut search, &mut draw, &mut total] {
        v.sort();
    }
    println!("== {label}");
    println!(
        "  pane open before the index: {}; index arrival (swap, rank, draw): {}",
        ms(open_empty),
        ms(arrive)
    );
    println!(
        "  per keystroke, {} keys: search p50 {} p95 {} | redraw p50 {} p95 {} | search+redraw p50 {} p95 {} max {} (at {:?})",
        total.len(),
        ms(percentile(&search, 0.5)),
        ms(percentile(&search, 0.95)),
        ms(percentile(&draw, 0.5)),
        ms(percentile(&draw, 0.95)),
        ms(percentile(&total, 0.5)),
        ms(percentile(&total, 0.95)),
        ms(*total.last().unwrap_or(&Duration::ZERO)),
        worst.1,
    );
    println!(
        "  quick log Who suggestions (6 best, whole index each key): p50 {} p95 {}",
        ms(percentile(&who, 0.5)),
        ms(percentile(&who, 0.95))
    );
    println!("  memory (RSS): {:.0} MB", rss_mb());
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rules = pressdesk::domain::phone::PhoneRules::for_country("RU").expect("known");
    if let Some(i) = args.iter().position(|a| a == "--db") {
        let path = std::path::PathBuf::from(args.get(i + 1).expect("--db PATH"));
        let start = Instant::now();
        let store = Store::open(&path, "bench")?;
        let contacts = store.contact_summaries()?;
        let outlets = store.outlets()?;
        let read = start.elapsed();
        let n = contacts.len();
        let start = Instant::now();
        let directory = Directory::build(contacts, outlets, rules);
        let built = start.elapsed();
        println!(
            "read {n} contacts from {} in {:.2} s, indexed in {:.2} s (on the indexing thread)",
            path.display(),
            read.as_secs_f64(),
            built.as_secs_f64()
        );
        run(&format!("{n} contacts from {}", path.display()), directory);
        return Ok(());
    }
    let sizes: Vec<usize> = if args.is_empty() {
        vec![100_000, 1_000_000]
    } else {
        args.iter().map(|a| a.parse()).collect::<Result<_, _>>()?
    };
    for n in sizes {
        let start = Instant::now();
        let (contacts, outlets) = synth::book(n, 42);
        let generated = start.elapsed();
        let start = Instant::now();
        let directory = Directory::build(contacts, outlets, rules.clone());
        let built = start.elapsed();
        println!(
            "{n} synthetic contacts generated in {:.2} s, indexed in {:.2} s",
            generated.as_secs_f64(),
            built.as_secs_f64()
        );
        run(&format!("{n} contacts"), directory);
    }
    Ok(())
}
