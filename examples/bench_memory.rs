//! The office's memory at scale: an mbox of e-mailed requests is generated, registered
//! with the real binary (`pressdesk intake mail`), then `pressdesk search` is timed as
//! whole processes, as a script or a person at the shell runs it.
//!
//!     cargo build --release && cargo run --release --example bench_memory            # 1M
//!     cargo build --release && cargo run --release --example bench_memory -- 100000
//!     … -- 1000000 --dir /tmp/memory-1m --keep     # keep the database for later runs
//!
//! With `--keep` and an existing database in `--dir`, only the searches are run again.

#[allow(dead_code)]
mod synth;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use synth::Dice;

const TOPICS: &[&str] = &[
    "Когда дадут горячую воду в Заводском районе?",
    "Почему отключили отопление в больнице №2?",
    "Сколько детей привили от гриппа в этом месяце?",
    "Как записаться на прививку от кори?",
    "Правда ли, что закрывают травмпункт на Ленина?",
    "Прокомментируйте ремонт котельной на Садовой",
    "Когда откроется новая поликлиника в Северном?",
    "Коли відновлять прийом у травмпункті на Шевченка?",
    "Скільки лікарів звільнилося цього року?",
    "Чи буде вакцинація в школах у грудні?",
    "Kiedy ruszy oddział położniczy w szpitalu miejskim?",
    "Prosimy o komentarz w sprawie szczepień w szkołach",
    "Ile kosztował remont izby przyjęć?",
    "When will the hot water supply be restored in district 5?",
    "Could the chief doctor comment on the new cardiology unit?",
    "What is the schedule of the flu vaccination campaign?",
    "Жалоба читателя на очередь в регистратуре",
    "Интервью с главным врачом о новом томографе",
    "Авария на теплотрассе: сроки ремонта",
    "Эфир на радио о профилактике инсульта",
];

const DETAILS: &[&str] = &[
    "Нужен комментарий к вечернему выпуску.",
    "Просим ответить до конца дня.",
    "Жители жалуются уже третью неделю.",
    "Потрібен коментар до ранкового ефіру.",
    "Prosimy o odpowiedź do jutra.",
    "We are publishing tomorrow morning.",
    "Можно ли получить фото с места?",
    "Будет ли официальное заявление?",
];

const FIRST: &[&str] = &[
    "Анна",
    "Мария",
    "Егор",
    "Олег",
    "Ирина",
    "Дмитрий",
    "Оксана",
    "Тарас",
    "Zofia",
    "Jan",
    "Agnieszka",
    "Piotr",
    "Olga",
    "John",
    "Наталья",
    "Сергей",
];
const LAST: &[&str] = &[
    "Кузнецова",
    "Смирнов",
    "Иванова",
    "Петренко",
    "Шевчук",
    "Коваленко",
    "Nowak",
    "Wójcik",
    "Kowalska",
    "Lewandowski",
    "Соколов",
    "Попова",
    "Морозов",
    "Бондаренко",
    "Smith",
    "Волкова",
];

const QUERIES: &[&str] = &[
    "горячая вода",
    "отопление",
    "травмпункт",
    "kuznetsova",
    "szczepien",
    "прививк кори",
    "котельн Садовой",
    "cardiology",
    "томограф главным врачом",
    "zzzqqq",
];

fn generate(path: &Path, count: usize) -> std::io::Result<()> {
    let mut dice = Dice::new(12);
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    // A few thousand journalists at a few hundred outlets write again and again.
    let senders: Vec<(String, String)> = (0..4000)
        .map(|i| {
            let name = format!("{} {}", dice.pick(FIRST), dice.pick(LAST));
            let address = format!("j{i}@outlet{}.example", dice.below(300));
            (name, address)
        })
        .collect();
    // Five years back from 2026-11-24, a message every couple of minutes.
    let start: i64 = 1_795_564_800 - 5 * 365 * 86_400;
    let step = (5 * 365 * 86_400) / count.max(1) as i64;
    for n in 0..count {
        let (name, address) = dice.pick(&senders).clone();
        let at = chrono::DateTime::from_timestamp(start + n as i64 * step, 0)
            .unwrap()
            .to_rfc2822();
        let topic = dice.pick(TOPICS);
        let detail = dice.pick(DETAILS);
        let encoded = mail_name(&name);
        writeln!(out, "From {address} Thu Jan  1 00:00:00 2026")?;
        write!(
            out,
            "From: {encoded} <{address}>\r\nTo: press@hospital.example\r\n\
             Subject: =?UTF-8?B?{}?=\r\nDate: {at}\r\nMessage-ID: <m{n}@bench.example>\r\n\
             MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Transfer-Encoding: 8bit\r\n\r\n{topic}\r\n{detail}\r\n{name}\r\n\r\n",
            base64(topic.as_bytes())
        )?;
    }
    out.flush()
}

fn mail_name(name: &str) -> String {
    if name.is_ascii() {
        format!("\"{name}\"")
    } else {
        format!("=?UTF-8?B?{}?=", base64(name.as_bytes()))
    }
}

fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn pressdesk() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("pressdesk"))
        .unwrap();
    if !bin.exists() {
        eprintln!(
            "{} is missing: run `cargo build --release` first.",
            bin.display()
        );
        std::process::exit(2);
    }
    bin
}

fn run(db: &Path, args: &[&str]) -> (Duration, std::process::Output) {
    let started = Instant::now();
    let out = Command::new(pressdesk())
        .args(args)
        .env("PRESSDESK_DB", db)
        .env("PRESSDESK_NOW", "2026-11-24T21:40:00+03:00")
        .env("TZ", "UTC")
        .env("USER", "bench")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (started.elapsed(), out)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: usize = args
        .iter()
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let keep = args.iter().any(|a| a == "--keep");
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("pressdesk-memory-{count}")));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("desk.sqlite3");
    if !(keep && db.exists()) {
        for stale in ["desk.sqlite3", "desk.sqlite3-wal", "desk.sqlite3-shm"] {
            let _ = std::fs::remove_file(dir.join(stale));
        }
        let mbox = dir.join("inbox.mbox");
        let started = Instant::now();
        generate(&mbox, count).unwrap();
        let size = std::fs::metadata(&mbox).unwrap().len();
        println!(
            "generated {count} messages ({:.0} MB) in {:.1?}",
            size as f64 / 1e6,
            started.elapsed()
        );
        let (took, out) = run(&db, &["intake", "mail", mbox.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let summary = String::from_utf8_lossy(&out.stdout);
        println!(
            "intake mail: {} in {took:.1?} ({:.0} messages/s); database {:.0} MB",
            summary.lines().last().unwrap_or_default(),
            count as f64 / took.as_secs_f64(),
            std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0) as f64 / 1e6
        );
        let _ = std::fs::remove_file(&mbox);
    }
    // A first run warms the page cache, as on a desk that is in use.
    run(&db, &["search", "вода"]);
    println!(
        "\n{:<28} {:>8} {:>8} {:>8} {:>6}",
        "pressdesk search …", "median", "p90", "max", "found"
    );
    let mut all = Vec::new();
    for query in QUERIES {
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..9 {
            let (took, out) = run(&db, &["search", "--json", query]);
            let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            found = list.as_array().map(Vec::len).unwrap_or(0);
            times.push(took);
        }
        times.sort();
        all.extend(times.iter().copied());
        println!(
            "{:<28} {:>8.1?} {:>8.1?} {:>8.1?} {:>6}",
            query,
            times[times.len() / 2],
            times[times.len() * 9 / 10],
            times[times.len() - 1],
            found
        );
    }
    all.sort();
    println!(
        "\nall searches: median {:.1?}, p90 {:.1?}, max {:.1?} (whole process, {count} inquiries)",
        all[all.len() / 2],
        all[all.len() * 9 / 10],
        all[all.len() - 1]
    );
    if !keep {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
