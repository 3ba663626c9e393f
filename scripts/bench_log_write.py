#!/usr/bin/env python3
"""What keeping the report's summary costs a write: whole `pressdesk log` and `pressdesk
answer` processes on two copies of one database, one as it is and one with the summary's
triggers dropped, taken in turn so both see the same machine.

    python3 scripts/bench_log_write.py --db /tmp/pressdesk-report.sqlite3 [--runs 30]
                                       [--bin target/release/pressdesk] [--dir /tmp/...]

The copies are made in --dir (twice the file's size is needed there) and left for a
second look; the original is not changed. Prints the median and best CPU time (user +
system) and wall time of each command on each copy, and the load average.
"""
import argparse
import os
import shutil
import sqlite3
import statistics

from process_time import timed

p = argparse.ArgumentParser()
p.add_argument("--bin", default="target/release/pressdesk")
p.add_argument("--db", required=True)
p.add_argument("--runs", type=int, default=30)
p.add_argument("--dir", default="/tmp/pressdesk-bench-log-write")
args = p.parse_args()

os.makedirs(args.dir, exist_ok=True)
copies = {}
for name in ("with summary", "without"):
    path = os.path.join(args.dir, name.replace(" ", "-") + ".sqlite3")
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    shutil.copyfile(args.db, path)
    copies[name] = path
conn = sqlite3.connect(copies["without"])
triggers = [r[0] for r in conn.execute(
    "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'report_%'")]
for name in triggers:
    conn.execute(f'DROP TRIGGER "{name}"')
conn.commit()
conn.close()
print("dropped in the copy without:", ", ".join(triggers))


def run(db, argv):
    """One process: (stdout, wall seconds, CPU seconds)."""
    env = dict(os.environ, PRESSDESK_DB=db, PRESSDESK_CONFIG="/dev/null", TZ="Europe/Moscow")
    out, wall, cpu = timed([args.bin] + argv, env)
    return out.strip(), wall, cpu


print("load average at the start: %.2f %.2f %.2f" % os.getloadavg())
samples = {(name, cmd): [] for name in copies for cmd in ("log", "answer")}
for n in range(args.runs):
    for name, db in copies.items():
        out, wall, cpu = run(db, ["log", "--who", "Журналист 7", "--topic", "heating",
                                  "--priority", "high", f"Вопрос о воде {n}"])
        samples[(name, "log")].append((wall, cpu))
        number = out.split()[-1].lstrip("#")
        _, wall, cpu = run(db, ["answer", number, "Воду дадут в пятницу"])
        samples[(name, "answer")].append((wall, cpu))
for (name, cmd), values in samples.items():
    walls = sorted(v[0] for v in values)
    cpus = sorted(v[1] for v in values)
    print("%-12s %-6s CPU median %6.1f ms, best %6.1f ms; wall median %6.1f ms, best %6.1f ms"
          % (name, cmd, statistics.median(cpus) * 1000, cpus[0] * 1000,
             statistics.median(walls) * 1000, walls[0] * 1000))
print("load average at the end: %.2f %.2f %.2f" % os.getloadavg())
