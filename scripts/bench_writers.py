#!/usr/bin/env python3
"""Several writers on one file: W processes each running N `pressdesk log` commands one
after another, while `pressdesk import vcard` reads a large file into the same database.

    python3 scripts/bench_writers.py [--bin target/release/pressdesk] [--writers 4]
                                     [--logs 1000] [--cards 250000] [--dir /tmp/...]

Reports: commands that failed, whether every logged inquiry and every card is in the
database afterwards, and the longest any single `log` command took (its wait for the lock
included).
"""
import argparse
import os
import sqlite3
import subprocess
import threading
import time

p = argparse.ArgumentParser()
p.add_argument("--bin", default="target/release/pressdesk")
p.add_argument("--writers", type=int, default=4)
p.add_argument("--logs", type=int, default=1000)
p.add_argument("--cards", type=int, default=250_000)
p.add_argument("--dir", default="/tmp/pressdesk-bench-writers")
args = p.parse_args()

os.makedirs(args.dir, exist_ok=True)
db = os.path.join(args.dir, "desk.sqlite3")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)
cfg = os.path.join(args.dir, "config.toml")
with open(cfg, "w") as f:
    f.write("[backups]\nkeep = 0\n")
env = dict(os.environ, PRESSDESK_DB=db, PRESSDESK_CONFIG=cfg, TZ="MSK-3",
           PRESSDESK_NOW="2026-11-24T21:40:00+03:00")
vcf = os.path.join(args.dir, f"book-{args.cards}.vcf")
if not os.path.exists(vcf):
    with open(vcf, "w") as f:
        for n in range(args.cards):
            f.write("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                    f"FN:Импорт Контакт {n}\r\nORG:Издание {n % 900}\r\n"
                    f"EMAIL:card{n}@example.org\r\nEND:VCARD\r\n")
subprocess.run([args.bin, "queue"], env=env, check=True, stdout=subprocess.DEVNULL)

failures = []
took_all = []
during_import = [0]
lock = threading.Lock()
importer = None


def writer(w):
    for n in range(args.logs):
        importing = importer.poll() is None
        t = time.perf_counter()
        r = subprocess.run([args.bin, "log", "--who", f"Писатель {w}", f"Вопрос {w}-{n}"],
                           env=env, capture_output=True, text=True)
        took = time.perf_counter() - t
        with lock:
            took_all.append(took)
            during_import[0] += importing and importer.poll() is None
            if r.returncode != 0:
                failures.append(r.stderr.strip())


start = time.time()
importer = subprocess.Popen([args.bin, "import", "vcard", vcf], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
threads = [threading.Thread(target=writer, args=(w,)) for w in range(args.writers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logs_done = time.time() - start
out, err = importer.communicate()
elapsed = time.time() - start

conn = sqlite3.connect(db)
asked = {f"Вопрос {w}-{n}" for w in range(args.writers) for n in range(args.logs)}
found = [q for (q,) in conn.execute("SELECT question FROM inquiries WHERE question LIKE 'Вопрос %'")]
missing = asked - set(found)
doubled = len(found) - len(set(found))
cards = conn.execute("SELECT count(*) FROM contacts WHERE name LIKE 'Импорт Контакт %'").fetchone()[0]
writers = conn.execute("SELECT count(*) FROM contacts WHERE name LIKE 'Писатель %'").fetchone()[0]
took_all.sort()


def pct(q):
    return took_all[min(len(took_all) - 1, int(q * len(took_all)))] * 1000


print(f"{args.writers} writers x {args.logs} log commands, with an import of {args.cards} cards;"
      f" logs done in {logs_done:.0f} s, the import in {elapsed:.0f} s")
print(f"log commands failed: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
print(f"log commands that ran start to end while the import was running: {during_import[0]}")
print(f"inquiries present: {len(set(found) & asked)} of {len(asked)}; missing {len(missing)},"
      f" twice {doubled}; callers: {writers} contacts for {args.writers} names")
print(f"import: exit {importer.returncode}; cards present: {cards} of {args.cards};"
      f" {out.strip().splitlines()[-1] if out.strip() else err.strip()[:200]}")
print(f"one log command, whole process (lock wait included): median {pct(0.5):.0f} ms,"
      f" p99 {pct(0.99):.0f} ms, longest {took_all[-1] * 1000:.0f} ms")
