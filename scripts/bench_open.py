#!/usr/bin/env python3
"""What the damage check made on opening costs, as whole pressdesk processes, against the
size of the file.

    cargo build --release --bin pressdesk --example fill_inquiries
    python3 scripts/bench_open.py [--contacts 100000] [--inquiries 1000000]
                                  [--bin target/release/pressdesk]
                                  [--fill target/release/examples/fill_inquiries]
                                  [--dir /tmp/pressdesk-bench-open]

The data comes in through the real paths: CONTACTS generated cards are imported with
`pressdesk import vcard`, then INQUIRIES inquiries are written through the store's own
write path (`fill_inquiries`: the one `pressdesk log` takes, 20 000 to a transaction;
a million `log` processes would take hours). The file is kept in --dir and reused.

Then, best and median of five: a reading command (`queue --json`), a lookup (`who`), a
writing command (`log`, which opens with the check: every page up to 8 MB, the header and
schema above), and `pressdesk check` (every page and every index against its table, the
check a large file gets when asked for).
"""
import argparse
import os
import subprocess
import time

p = argparse.ArgumentParser()
p.add_argument("--bin", default="target/release/pressdesk")
p.add_argument("--fill", default="target/release/examples/fill_inquiries")
p.add_argument("--contacts", type=int, default=100_000)
p.add_argument("--inquiries", type=int, default=1_000_000)
p.add_argument("--dir", default="/tmp/pressdesk-bench-open")
p.add_argument("--runs", type=int, default=5)
args = p.parse_args()

os.makedirs(args.dir, exist_ok=True)
db = os.path.join(args.dir, f"desk-{args.contacts}-{args.inquiries}.sqlite3")
cfg = os.path.join(args.dir, "config.toml")
with open(cfg, "w") as f:
    f.write("[backups]\nkeep = 0\n")  # no daily copies in the timings
env = dict(os.environ, PRESSDESK_DB=db, PRESSDESK_CONFIG=cfg, TZ="MSK-3",
           PRESSDESK_NOW="2026-11-24T21:40:00+03:00")

FIRST = ["Мария", "Иван", "Olena", "Piotr", "Анна", "Taras", "Ewa", "Сергей"]
LAST = ["Кузнецова", "Петров", "Shevchenko", "Nowak", "Смирнова", "Koval", "Wiśniewska", "Орлов"]


def run(*a, **kw):
    return subprocess.run([args.bin, *a], env=env, check=True, **kw)


if not os.path.exists(db):
    vcf = os.path.join(args.dir, f"book-{args.contacts}.vcf")
    with open(vcf, "w") as f:
        for n in range(args.contacts):
            f.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:{LAST[n % 8]} {FIRST[(n // 8) % 8]} {n}\r\nORG:Издание {n % 900}\r\n"
                f"TEL:+7 9{n % 100:02d} {n % 1000:03d}-{n % 97:02d}-{n % 89:02d}\r\n"
                f"EMAIL:person{n}@example.org\r\nEND:VCARD\r\n"
            )
    t = time.time()
    run("import", "vcard", vcf, stdout=subprocess.DEVNULL)
    print(f"imported {args.contacts} contacts with the binary in {time.time() - t:.0f} s")
    t = time.time()
    subprocess.run([args.fill, str(args.inquiries), db], env=env, check=True)
    print(f"wrote {args.inquiries} inquiries through the store in {time.time() - t:.0f} s")

size = os.path.getsize(db) / 2**20


def timed(*a):
    samples = []
    for _ in range(args.runs):
        t = time.perf_counter()
        # Exit status 1 is "something is overdue" for the queue: not a failure.
        r = subprocess.run([args.bin, *a], env=env, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - t)
        if r.returncode not in (0, 1):
            raise SystemExit(f"{a} failed with {r.returncode}")
    samples.sort()
    return samples[0], samples[len(samples) // 2]


checked = "every page (quick_check)" if size <= 8 else "header and schema"
print(f"database: {size:.1f} MB, {args.contacts} contacts, {args.inquiries} inquiries;"
      f" checked on opening: {checked}")
timed("queue", "--json")  # the page cache warmed once
for label, a in [("queue --json", ["queue", "--json"]),
                 ("who Кузнецова", ["who", "Кузнецова"]),
                 ("log (opens to write)", ["log", "--who", "Петров Иван 1", "Вопрос для замера"]),
                 ("check (every page and index)", ["check"])]:
    low, mid = timed(*a)
    print(f"  {label}: best {low * 1000:.0f} ms, median {mid * 1000:.0f} ms")
