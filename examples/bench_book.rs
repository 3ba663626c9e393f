//! The contact book at scale, through the real path: a generated book (Russian, Ukrainian
//! and Polish names, mixed phone formats, notes) is written to a vCard file, imported with
//! the `pressdesk` binary, then looked up with whole `pressdesk` processes; each figure
//! beside the target of the issue that asked for it. When `fzf` is installed, `who` is
//! timed against `fzf --filter` over the same contacts as one line each, in the same run.
//!
//!     cargo build --release --examples && cargo run --release --example bench_book -- 100000
//!     cargo run --release --example bench_book -- 1000000 /tmp/bench-1m   # keeps the files
//!
//! Wall times are medians of interleaved runs; memory is the peak resident size of the
//! process (from wait4).

mod synth;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use calcard::vcard::VCardVersion;
use pressdesk::domain::contact::Point;
use pressdesk::interop::vcard;
use pressdesk::store::{Book, ContactRecord};

const QUERIES: &[&str] = &["kuzn", "шевченко", "nowak", "коваль ол", "918 12", "smirn"];
const RUNS: usize = 5;
/// At a million each `fzf` run reads the whole list: fewer runs there.
const RUNS_LARGE: usize = 3;
/// Books larger than this skip timing an upgrade's rebuild of the whole index.
const REBUILD_UP_TO: usize = 200_000;

struct Run {
    wall: Duration,
    /// User and system CPU time: what the process itself cost, whatever else the machine
    /// was doing meanwhile.
    cpu: Duration,
    peak_mb: f64,
    ok: bool,
}

/// Runs a command to its end; its wall time and peak resident memory.
// The child is reaped by `wait4`, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
fn run(cmd: &mut Command) -> Run {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; `status` and `usage` are valid for writing.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        peak_mb: usage.ru_maxrss as f64 / 1024.0,
        ok: waited == pid && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
    }
}

/// The peak memory of the last pressdesk process, when `/usr/bin/time` measured it.
fn measured_peak(dir: &Path, fallback: f64) -> f64 {
    std::fs::read_to_string(peak_file(dir))
        .ok()
        .and_then(|s| s.lines().last()?.trim().parse::<f64>().ok())
        .map_or(fallback, |kb| kb / 1024.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Where `/usr/bin/time` writes a pressdesk process's peak memory.
fn peak_file(dir: &Path) -> PathBuf {
    dir.join("peak-kb.txt")
}

/// A pressdesk process on the bench's files. Its peak memory is taken by `/usr/bin/time`
/// when present: a child's own `ru_maxrss` as `wait4` reports it starts from the peak of
/// the process that spawned it (Linux carries it across `exec`), which here is this
/// bench, holding the generated book.
fn pressdesk(bin: &Path, dir: &Path) -> Command {
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut cmd = Command::new(time);
        cmd.arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(peak_file(dir))
            .arg(bin);
        cmd
    } else {
        Command::new(bin)
    };
    cmd.env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("USER", "bench")
        .env("TZ", "MSK-3")
        .env("PRESSDESK_NOW", "2026-11-30T10:00:00+03:00")
        .env("PRESSDESK_DB", dir.join("desk.sqlite3"));
    cmd
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().unwrap_or_else(|| "100000".into()).parse()?;
    let dir = match args.next() {
        Some(d) => PathBuf::from(d),
        None => std::env::temp_dir().join(format!("pressdesk-bench-{count}")),
    };
    std::fs::create_dir_all(&dir)?;
    let _ = std::fs::remove_file(dir.join("desk.sqlite3"));
    let bin = std::env::current_exe()?
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.join("pressdesk"))
        .filter(|p| p.exists())
        .ok_or_else(|| anyhow::anyhow!("build the binary first: cargo build --release"))?;

    // The book as files: vCard for the import, one line per contact for fzf.
    let (people, _) = synth::book(count, 42);
    let cards = dir.join("book.vcf");
    let lines = dir.join("book.txt");
    {
        let mut vcf = std::io::BufWriter::new(std::fs::File::create(&cards)?);
        let mut txt = std::io::BufWriter::new(std::fs::File::create(&lines)?);
        for chunk in people.chunks(10_000) {
            let book = Book {
                contacts: chunk
                    .iter()
                    .map(|c| {
                        let point = |v: &String| Point {
                            value: v.clone(),
                            label: String::new(),
                        };
                        let record = ContactRecord {
                            name: c.name.clone(),
                            kind: c.kind,
                            outlet: c.outlet.clone(),
                            position: c.position.clone(),
                            tags: c.tags.clone(),
                            notes: c.notes.clone(),
                            phones: c.phones.iter().map(point).collect(),
                            emails: c.emails.iter().map(point).collect(),
                            ..Default::default()
                        };
                        (c.id, record)
                    })
                    .collect(),
                outlets: Vec::new(),
            };
            let mut text = String::new();
            vcard::write(&book, VCardVersion::V3_0, &mut text)?;
            vcf.write_all(text.as_bytes())?;
            for c in chunk {
                let mut parts = vec![c.name.clone()];
                parts.extend(c.outlet.clone());
                parts.push(c.position.clone());
                parts.extend(c.phones.iter().cloned());
                parts.extend(c.emails.iter().cloned());
                writeln!(txt, "{}", parts.join(" · "))?;
            }
        }
    }
    let vcf_mb = std::fs::metadata(&cards)?.len() as f64 / 1e6;
    drop(people);

    println!(
        "{count} contacts ({vcf_mb:.0} MB of vCard) in {}",
        dir.display()
    );
    println!("| what | figure | target (100k / 1M) |");
    println!("| --- | --- | --- |");

    let import = run(pressdesk(&bin, &dir).args(["import", "vcard"]).arg(&cards));
    assert!(import.ok, "import failed");
    println!(
        "| `import vcard` | {:.1} s (CPU {:.1} s), peak {:.0} MB | ≤ 3 s / ≤ 30 s, ≤ 100 MB |",
        import.wall.as_secs_f64(),
        import.cpu.as_secs_f64(),
        measured_peak(&dir, import.peak_mb)
    );

    // What the index costs on disk: the same file without it.
    let db = dir.join("desk.sqlite3");
    let bare = dir.join("bare.sqlite3");
    let _ = std::fs::remove_file(&bare);
    {
        let conn = rusqlite::Connection::open(&db)?;
        conn.execute("VACUUM INTO ?1", [bare.to_str().expect("utf-8 path")])?;
    }
    let full = std::fs::metadata(&bare)?.len() as f64 / 1e6;
    {
        let conn = rusqlite::Connection::open(&bare)?;
        conn.execute_batch("DROP TABLE contact_fts; DROP TABLE contact_search; VACUUM;")?;
    }
    let without = std::fs::metadata(&bare)?.len() as f64 / 1e6;
    std::fs::remove_file(&bare)?;
    // What it costs in time: building every row again, as an upgrade does (one row at
    // a time; at a million that alone takes many minutes, so only up to REBUILD_UP_TO).
    let rebuild = if count <= REBUILD_UP_TO {
        let conn = rusqlite::Connection::open(&db)?;
        conn.execute("UPDATE search_meta SET version = 0", [])?;
        drop(conn);
        Some(run(pressdesk(&bin, &dir).args(["who", "id:1"])))
    } else {
        None
    };
    println!(
        "| database size, with the search index / without | {full:.0} MB / {without:.0} MB | — |"
    );
    if let Some(rebuild) = rebuild {
        println!(
            "| building the index for every contact (an upgrade) | {:.1} s (CPU {:.1} s) | — |",
            rebuild.wall.as_secs_f64(),
            rebuild.cpu.as_secs_f64()
        );
    }

    let fzf = Command::new("fzf").arg("--version").output().is_ok();
    let runs = if count >= 500_000 { RUNS_LARGE } else { RUNS };
    let mut worst_ratio: f64 = 0.0;
    let mut who_peak: f64 = 0.0;
    for q in QUERIES {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        let (mut ours_cpu, mut theirs_cpu) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let r = run(pressdesk(&bin, &dir).args(["who", q]));
            assert!(r.ok, "who {q} failed");
            who_peak = who_peak.max(measured_peak(&dir, r.peak_mb));
            ours.push(r.wall);
            ours_cpu.push(r.cpu);
            if fzf {
                let input = std::fs::File::open(&lines)?;
                let r = run(Command::new("fzf").args(["--filter", q]).stdin(input));
                theirs.push(r.wall);
                theirs_cpu.push(r.cpu);
            }
        }
        let (ours, ours_cpu) = (median(ours), median(ours_cpu));
        if fzf {
            let (theirs, theirs_cpu) = (median(theirs), median(theirs_cpu));
            let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
            let cpu_ratio = ours_cpu.as_secs_f64() / theirs_cpu.as_secs_f64().max(1e-6);
            worst_ratio = worst_ratio.max(ratio);
            println!(
                "| `who {q}` / `fzf --filter` | {} / {} = {ratio:.2}× (CPU {} / {} = {cpu_ratio:.2}×) | ≤ 0.5× / ≤ 0.2× |",
                ms(ours),
                ms(theirs),
                ms(ours_cpu),
                ms(theirs_cpu)
            );
        } else {
            println!("| `who {q}` | {} (CPU {}) | — |", ms(ours), ms(ours_cpu));
        }
    }
    println!("| `who` peak memory | {who_peak:.0} MB | ≤ 30 MB / ≤ 60 MB |");

    for who in ["id:5", "Кузнецов"] {
        let walls: Vec<Run> = (0..runs)
            .map(|_| run(pressdesk(&bin, &dir).args(["log", "--who", who, "Когда дадут воду?"])))
            .collect();
        println!(
            "| `log --who {who}` | {} (CPU {}) | ≤ 20 ms / ≤ 30 ms |",
            ms(median(walls.iter().map(|r| r.wall).collect())),
            ms(median(walls.iter().map(|r| r.cpu).collect()))
        );
    }

    // The interface on the same file, in a process of its own (its memory is the pane's).
    let interface = bin.with_file_name("examples").join("bench_search");
    if interface.exists() {
        let status = Command::new(&interface)
            .arg("--db")
            .arg(&db)
            .arg("--table")
            .status()?;
        anyhow::ensure!(status.success(), "bench_search failed");
    } else {
        println!("(build `--example bench_search` too for the interface's rows)");
    }
    Ok(())
}
