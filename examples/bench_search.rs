//! How fast the contacts pane answers a keystroke at scale: the search and the redraw of
//! a 200×50 screen, per key, as a person types a set of queries (names in three
//! scripts, transliterations, outlets, phone digits, a typo, nothing at all).
//!
//!     cargo run --release --example bench_search              # 100k and 1M, in memory
//!     cargo run --release --example bench_search -- 250000    # one size
//!     cargo run --release --example bench_search -- --db /tmp/book-100k.sqlite3
//!
//! With `--db` the book is read from a database file through the runtime, as the
//! interface does: the time from `2` to the first screen with its count (read straight
//! from the database while the whole book loads on another thread), the keystrokes, the
//! quick log's Who field and the resident memory. `--table` prints those as rows of the
//! targets table (`bench_book` runs it so). `BENCH_SLOWEST=N` adds the N keys that cost
//! the most CPU (the keys that make the p95), with the query and how many rows it listed.

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
    let mut search_cpu = Vec::new();
    let mut total_cpu = Vec::new();
    let mut worst: (Duration, String) = (Duration::ZERO, String::new());
    for query in QUERIES {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let (t0, c0) = (Instant::now(), cpu(libc::RUSAGE_SELF));
            press(&mut app, KeyCode::Char(c), KeyModifiers::NONE);
            let (t1, c1) = (Instant::now(), cpu(libc::RUSAGE_SELF));
            terminal
                .draw(|f| pressdesk::ui::view(&app, f))
                .expect("draw");
            let (t2, c2) = (Instant::now(), cpu(libc::RUSAGE_SELF));
            search.push(t1 - t0);
            draw.push(t2 - t1);
            total.push(t2 - t0);
            search_cpu.push(c1 - c0);
            total_cpu.push(c2 - c0);
            if std::env::var_os("BENCH_VERBOSE").is_some() {
                println!(
                    "    {typed:?}: {} (CPU search {} redraw {}; {} listed)",
                    ms(t2 - t0),
                    ms(c1 - c0),
                    ms(c2 - c1),
                    app.book.len()
                );
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
            let c0 = cpu(libc::RUSAGE_SELF);
            let hits = app.contacts.search(&typed, 6);
            who.push(cpu(libc::RUSAGE_SELF) - c0);
            std::hint::black_box(hits);
        }
    }
    who.sort();
    for v in [
        &mut search,
        &mut draw,
        &mut total,
        &mut search_cpu,
        &mut total_cpu,
    ] {
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
        "  CPU per keystroke: search p50 {} p95 {} | search+redraw p50 {} p95 {}",
        ms(percentile(&search_cpu, 0.5)),
        ms(percentile(&search_cpu, 0.95)),
        ms(percentile(&total_cpu, 0.5)),
        ms(percentile(&total_cpu, 0.95)),
    );
    println!(
        "  quick log Who suggestions (6 best, whole index each key), CPU: p50 {} p95 {}",
        ms(percentile(&who, 0.5)),
        ms(percentile(&who, 0.95))
    );
    println!("  memory (RSS): {:.0} MB", vm("VmRSS:"));
}

/// CPU time (user and system) of this thread (`libc::RUSAGE_THREAD`) or of the whole
/// process (`libc::RUSAGE_SELF`): what the work cost, however busy the machine is.
fn cpu(who: libc::c_int) -> Duration {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is valid for writing.
    unsafe { libc::getrusage(who, &mut usage) };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    time(usage.ru_utime) + time(usage.ru_stime)
}

fn vm(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// One key as typed into the book or the quick log's Who field: its CPU (search and
/// redraw), how many rows it listed and whether the rest was still being counted.
struct Slow {
    cpu: Duration,
    field: &'static str,
    typed: String,
    listed: usize,
    counting: bool,
}

/// With `BENCH_SLOWEST=N`, the N keys that cost the most CPU: the keys that make the p95.
fn print_slowest(mut keys: Vec<Slow>) {
    let Some(n) = std::env::var("BENCH_SLOWEST")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
    else {
        return;
    };
    keys.sort_by_key(|k| std::cmp::Reverse(k.cpu));
    println!("  the {n} slowest keys (CPU, search + redraw):");
    for k in keys.iter().take(n) {
        println!(
            "    {} {:>5} {:?}: {} listed{}",
            ms(k.cpu),
            k.field,
            k.typed,
            k.listed,
            if k.counting { ", counting" } else { "" }
        );
    }
}

/// Work the interface left for a pause between keys (a short query's count), done to its
/// end as the terminal's loop does while no key waits, then drawn. Whether there was any.
fn follow(
    runtime: &mut pressdesk::runtime::Runtime,
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
) -> anyhow::Result<bool> {
    if !app.has_work() {
        return Ok(false);
    }
    while app.has_work() {
        runtime.dispatch(app, Msg::Continue);
    }
    terminal.draw(|f| pressdesk::ui::view(app, f))?;
    Ok(true)
}

/// The interface on a database file, as the terminal runs it: the runtime reads and
/// indexes the book on its own thread, `2` shows the first screen meanwhile, then keys
/// go through `update` and each is drawn at 200×50.
fn through_the_runtime(path: &std::path::Path, table: bool) -> anyhow::Result<()> {
    use pressdesk::app::Effect;
    use pressdesk::app::keymap::Action;
    let now = 1_795_000_000;
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let store = Store::open(path, "bench")?;
    let clock = pressdesk::clock::Clock::starting_at(
        chrono::DateTime::from_timestamp(now, 0).expect("a moment"),
    );
    let mut runtime = pressdesk::runtime::Runtime::new(store, clock);
    let mut app = App::new(settings.clone(), KeyMap::default(), now);
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test backend");
    runtime.dispatch(&mut app, Msg::Resize(200, 50));
    let key = |runtime: &mut pressdesk::runtime::Runtime, app: &mut App, code: KeyCode| {
        runtime.dispatch(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    };

    // As the interface starts: the book is read on another thread; `2` at once.
    let start = Instant::now();
    runtime.perform(Effect::LoadDirectory, &settings);
    let thread_cpu = cpu(libc::RUSAGE_THREAD);
    key(&mut runtime, &mut app, KeyCode::Char('2'));
    terminal.draw(|f| pressdesk::ui::view(&app, f))?;
    let first_screen = start.elapsed();
    let first_screen_cpu = cpu(libc::RUSAGE_THREAD) - thread_cpu;
    let counted = app.book.loaded || app.book.first_page().is_some();
    runtime.wait_for_index(&mut app, Duration::from_secs(3600));
    let whole = start.elapsed();
    // The check that reads every page of a large file after opening runs on a thread of
    // this process: wait for it, so the keys' CPU is theirs alone.
    let checked = Instant::now();
    while runtime.checking_pages() && checked.elapsed() < Duration::from_secs(600) {
        for msg in runtime.finished(&settings) {
            runtime.dispatch(&mut app, msg);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let n = app.contacts.len();
    let loaded_rss = vm("VmRSS:");

    let mut total = Vec::new();
    let mut total_cpu = Vec::new();
    let (mut follows, mut follows_cpu) = (Vec::new(), Vec::new());
    let verbose = std::env::var_os("BENCH_VERBOSE").is_some();
    let mut slow: Vec<Slow> = Vec::new();
    if verbose {
        println!("  memory once loaded, before any key: {loaded_rss:.0} MB");
    }
    for query in QUERIES {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let (t0, c0) = (Instant::now(), cpu(libc::RUSAGE_SELF));
            key(&mut runtime, &mut app, KeyCode::Char(c));
            let c1 = cpu(libc::RUSAGE_SELF);
            terminal.draw(|f| pressdesk::ui::view(&app, f))?;
            total.push(t0.elapsed());
            total_cpu.push(cpu(libc::RUSAGE_SELF) - c0);
            slow.push(Slow {
                cpu: cpu(libc::RUSAGE_SELF) - c0,
                field: "book",
                typed: typed.clone(),
                listed: app.book.len(),
                counting: app.has_work(),
            });
            if verbose {
                println!(
                    "    {typed:?}: {} (CPU search {} redraw {}; {} listed{})",
                    ms(t0.elapsed()),
                    ms(c1 - c0),
                    ms(cpu(libc::RUSAGE_SELF) - c1),
                    app.book.len(),
                    if app.has_work() { ", counting" } else { "" }
                );
            }
            // A short query's count follows while no key is waiting, as between a
            // person's keys: read to its end, then drawn.
            if follow(&mut runtime, &mut app, &mut terminal)? {
                follows.push(t0.elapsed());
                follows_cpu.push(cpu(libc::RUSAGE_SELF) - c0);
            }
        }
        let t0 = Instant::now();
        runtime.dispatch(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)),
        );
        terminal.draw(|f| pressdesk::ui::view(&app, f))?;
        total.push(t0.elapsed());
    }
    let book_rss = vm("VmRSS:");

    // The quick log's Who field, typed into as a person does (each key drawn).
    key(&mut runtime, &mut app, KeyCode::Esc);
    key(&mut runtime, &mut app, KeyCode::Char('1'));
    let log_key = app.keymap.label(Action::QuickLog);
    let mut who = Vec::new();
    let mut who_cpu = Vec::new();
    let (mut who_follows, mut who_follows_cpu) = (Vec::new(), Vec::new());
    for query in QUERIES {
        for c in log_key.chars() {
            key(&mut runtime, &mut app, KeyCode::Char(c));
        }
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let (t0, c0) = (Instant::now(), cpu(libc::RUSAGE_SELF));
            key(&mut runtime, &mut app, KeyCode::Char(c));
            terminal.draw(|f| pressdesk::ui::view(&app, f))?;
            who.push(t0.elapsed());
            who_cpu.push(cpu(libc::RUSAGE_SELF) - c0);
            slow.push(Slow {
                cpu: cpu(libc::RUSAGE_SELF) - c0,
                field: "who",
                typed: typed.clone(),
                listed: match &app.overlay {
                    Some(pressdesk::app::Overlay::QuickLog(form)) => form.who_list.hits.len(),
                    _ => 0,
                },
                counting: app.has_work(),
            });
            if follow(&mut runtime, &mut app, &mut terminal)? {
                who_follows.push(t0.elapsed());
                who_follows_cpu.push(cpu(libc::RUSAGE_SELF) - c0);
            }
        }
        // Esc twice: the question whether to drop what was typed, then yes.
        for code in [KeyCode::Esc, KeyCode::Char('y'), KeyCode::Esc] {
            if app.overlay.is_some() {
                key(&mut runtime, &mut app, code);
            }
        }
    }
    for v in [
        &mut total,
        &mut total_cpu,
        &mut who,
        &mut who_cpu,
        &mut follows,
        &mut follows_cpu,
        &mut who_follows,
        &mut who_follows_cpu,
    ] {
        v.sort();
    }
    let peak = vm("VmHWM:");
    print_slowest(slow);
    if table {
        println!(
            "| contact book: `2` to the first screen with its count (whole book read after) | {} (CPU {}; {}), whole book {:.2} s | ≤ 100 ms / ≤ 300 ms |",
            ms(first_screen),
            ms(first_screen_cpu),
            if counted { "counted" } else { "not counted" },
            whole.as_secs_f64()
        );
        println!(
            "| contact book keystroke (search + redraw 200×50), {} keys | p50 {} p95 {} (CPU p50 {} p95 {}) | p95 ≤ 5 ms / ≤ 16 ms |",
            total.len(),
            ms(percentile(&total, 0.5)),
            ms(percentile(&total, 0.95)),
            ms(percentile(&total_cpu, 0.5)),
            ms(percentile(&total_cpu, 0.95))
        );
        println!(
            "| contact book: a short query's count following its first screen (key to the whole list drawn), {} keys | p50 {} p95 {} (CPU p50 {} p95 {}) | — |",
            follows.len(),
            ms(percentile(&follows, 0.5)),
            ms(percentile(&follows, 0.95)),
            ms(percentile(&follows_cpu, 0.5)),
            ms(percentile(&follows_cpu, 0.95))
        );
        println!(
            "| contact book resident memory (after the keys above; peak) | {book_rss:.0} MB ({peak:.0} MB) | ≤ 60 MB / ≤ 300 MB |"
        );
        println!(
            "| quick log Who suggestions (key + redraw), {} keys | p50 {} p95 {} (CPU p50 {} p95 {}) | p95 ≤ 5 ms / ≤ 16 ms |",
            who.len(),
            ms(percentile(&who, 0.5)),
            ms(percentile(&who, 0.95)),
            ms(percentile(&who_cpu, 0.5)),
            ms(percentile(&who_cpu, 0.95))
        );
        println!(
            "| quick log Who: the rest of a short text's suggestions following (key to drawn), {} keys | p50 {} p95 {} (CPU p50 {} p95 {}) | — |",
            who_follows.len(),
            ms(percentile(&who_follows, 0.5)),
            ms(percentile(&who_follows, 0.95)),
            ms(percentile(&who_follows_cpu, 0.5)),
            ms(percentile(&who_follows_cpu, 0.95))
        );
        return Ok(());
    }
    println!("== {n} contacts from {}", path.display());
    println!(
        "  `2` to the first screen: {} (CPU {}; {}); whole book read and indexed: {:.2} s",
        ms(first_screen),
        ms(first_screen_cpu),
        if counted {
            "with its count"
        } else {
            "no count yet"
        },
        whole.as_secs_f64()
    );
    println!(
        "  keystroke (search + redraw), {} keys: p50 {} p95 {} max {} (CPU p50 {} p95 {})",
        total.len(),
        ms(percentile(&total, 0.5)),
        ms(percentile(&total, 0.95)),
        ms(*total.last().unwrap_or(&Duration::ZERO)),
        ms(percentile(&total_cpu, 0.5)),
        ms(percentile(&total_cpu, 0.95))
    );
    println!(
        "  a short query's count following its first screen, {} keys: p50 {} p95 {} (CPU p50 {} p95 {})",
        follows.len(),
        ms(percentile(&follows, 0.5)),
        ms(percentile(&follows, 0.95)),
        ms(percentile(&follows_cpu, 0.5)),
        ms(percentile(&follows_cpu, 0.95))
    );
    println!(
        "  quick log Who, {} keys: p50 {} p95 {} (CPU p50 {} p95 {})",
        who.len(),
        ms(percentile(&who, 0.5)),
        ms(percentile(&who, 0.95)),
        ms(percentile(&who_cpu, 0.5)),
        ms(percentile(&who_cpu, 0.95))
    );
    println!(
        "  quick log Who, the rest following, {} keys: p50 {} p95 {} (CPU p50 {} p95 {})",
        who_follows.len(),
        ms(percentile(&who_follows, 0.5)),
        ms(percentile(&who_follows, 0.95)),
        ms(percentile(&who_follows_cpu, 0.5)),
        ms(percentile(&who_follows_cpu, 0.95))
    );
    println!("  memory: {book_rss:.0} MB resident, peak {peak:.0} MB");
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rules = pressdesk::domain::phone::PhoneRules::for_country("RU").expect("known");
    if let Some(i) = args.iter().position(|a| a == "--db") {
        let path = std::path::PathBuf::from(args.get(i + 1).expect("--db PATH"));
        return through_the_runtime(&path, args.iter().any(|a| a == "--table"));
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
