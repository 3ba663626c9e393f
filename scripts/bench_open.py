#!/usr/bin/env python3
"""The cost of the damage check made when pressdesk opens a database to write.

    python3 scripts/bench_open.py [--bin target/release/pressdesk] [--contacts 100000]
                                  [--inquiries 1000000] [--dir /tmp/pressdesk-bench-open]

Contacts come in through the binary (`pressdesk import vcard` of a generated file).
Inquiries are added with SQL in the shape `log` writes them, in transactions of 50 000:
a million `pressdesk log` processes would take hours. Then it times, best of five:
SQLite's `PRAGMA quick_check` alone (the check made on every opening to write), a whole
`pressdesk queue` process (a reading command, which opens the same way), and
`pressdesk check` (the full integrity check, indexes against tables).
"""
import argparse
import os
import sqlite3
import subprocess
import time

p = argparse.ArgumentParser()
p.add_argument("--bin", default="target/release/pressdesk")
p.add_argument("--contacts", type=int, default=100_000)
p.add_argument("--inquiries", type=int, default=1_000_000)
p.add_argument("--dir", default="/tmp/pressdesk-bench-open")
args = p.parse_args()

os.makedirs(args.dir, exist_ok=True)
db = os.path.join(args.dir, f"desk-{args.contacts}-{args.inquiries}.sqlite3")
env = dict(os.environ, PRESSDESK_DB=db, PRESSDESK_NOW="2026-11-24T21:40:00+03:00", TZ="MSK-3")
# No daily copies in the timings.
cfg = os.path.join(args.dir, "config.toml")
with open(cfg, "w") as f:
    f.write("[backups]\nkeep = 0\n")
env["PRESSDESK_CONFIG"] = cfg

FIRST = ["Мария", "Иван", "Olena", "Piotr", "Анна", "Taras", "Ewa", "Сергей"]
LAST = ["Кузнецова", "Петров", "Shevchenko", "Nowak", "Смирнова", "Koval", "Wiśniewska", "Орлов"]


def run(*a, **kw):
    return subprocess.run([args.bin, *a], env=env, check=True, **kw)


if not os.path.exists(db):
    vcf = os.path.join(args.dir, f"book-{args.contacts}.vcf")
    with open(vcf, "w") as f:
        for n in range(args.contacts):
            name = f"{LAST[n % 8]} {FIRST[(n // 8) % 8]} {n}"
            f.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:{name}\r\nORG:Издание {n % 900}\r\n"
                f"TEL:+7 9{n % 100:02d} {n % 1000:03d}-{n % 97:02d}-{n % 89:02d}\r\n"
                f"EMAIL:person{n}@example.org\r\nEND:VCARD\r\n"
            )
    t = time.time()
    run("import", "vcard", vcf, stdout=subprocess.DEVNULL)
    print(f"imported {args.contacts} contacts with the binary in {time.time() - t:.1f} s")
    conn = sqlite3.connect(db)
    contacts = conn.execute("SELECT max(id) FROM contacts").fetchone()[0]
    now = 1_795_000_000
    t = time.time()
    for start in range(0, args.inquiries, 50_000):
        rows = []
        for n in range(start, min(start + 50_000, args.inquiries)):
            received = now - (args.inquiries - n) * 60
            rows.append((received, ["phone", "email", "messenger"][n % 3], n % contacts + 1,
                         f"Тема запроса номер {n}", f"Вопрос журналиста номер {n}: когда и почему?",
                         received + 86_400, "answered", "elena", "Ответ", received + 3600,
                         "elena", received, received + 3600))
        conn.executemany(
            "INSERT INTO inquiries (received_at, channel, contact_id, subject, question, due_at,"
            " status, assignee, answer, answered_at, created_by, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.commit()
    conn.close()
    print(f"added {args.inquiries} inquiries with SQL in {time.time() - t:.1f} s")

size = os.path.getsize(db) / 2**20


def best(f, times=5):
    samples = []
    for _ in range(times):
        t = time.perf_counter()
        f()
        samples.append(time.perf_counter() - t)
    return min(samples), sorted(samples)[len(samples) // 2]


def quick_check():
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    c.close()


def queue():
    run("queue", "--json", stdout=subprocess.DEVNULL)


def check():
    run("check", stdout=subprocess.DEVNULL)


print(f"database: {size:.0f} MB, {args.contacts} contacts, {args.inquiries} inquiries")
for label, f in [("PRAGMA quick_check (SQLite %s)" % sqlite3.sqlite_version, quick_check),
                 ("pressdesk queue --json, whole process", queue),
                 ("pressdesk check (full integrity check)", check)]:
    low, mid = best(f, 3 if f is check else 5)
    print(f"{label}: best {low * 1000:.0f} ms, median {mid * 1000:.0f} ms")
