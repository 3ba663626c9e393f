#!/usr/bin/env python3
"""`pressdesk report` as whole processes: wall time and CPU time (user + system), best and
median of --runs, for a month and for a year (and a week, nine months, and both read in
a zone with daylight saving), on a database filled by the report bench.

    cargo build --release --bin pressdesk --example report_bench
    target/release/examples/report_bench 1000000 100000 --db /tmp/pressdesk-report.sqlite3
    python3 scripts/bench_report.py --db /tmp/pressdesk-report.sqlite3 [--runs 9]
                                    [--bin target/release/pressdesk]

The bench fills the file through the store's own write path (1 000 000 inquiries over three
years with topics, answers and declines, 100 000 coverage items) and is reused afterwards.
CPU time is printed beside wall time: on a machine other work keeps busy, a process waits
for a core, and the CPU time is what the report itself costs. The load average at the start
is printed too.
"""
import argparse
import os
import statistics

from process_time import timed

p = argparse.ArgumentParser()
p.add_argument("--bin", default="target/release/pressdesk")
p.add_argument("--db", required=True)
p.add_argument("--runs", type=int, default=9)
args = p.parse_args()

env = dict(
    os.environ,
    PRESSDESK_DB=args.db,
    PRESSDESK_NOW="2026-11-24T21:40:00+03:00",
    TZ="Europe/Moscow",
    PRESSDESK_CONFIG="/dev/null",
)


def run(argv, tz="Europe/Moscow"):
    """One process: (wall seconds, CPU seconds)."""
    _, wall, cpu = timed([args.bin] + argv, dict(env, TZ=tz))
    return wall, cpu


MONTH = ["--month", "2026-10"]
YEAR = ["--from", "2025-11-01", "--to", "2026-10-31"]
# What is timed: the targets (a month, a year) in both formats, then in JSON a week, nine
# months from mid-month to mid-month, and the month and the year read in a zone with
# daylight saving, whose days do not match the summary's (Moscow's, as the bench's file
# was filled and upgraded under TZ=Europe/Moscow).
CASES = [
    ("month", "Europe/Moscow", MONTH, ["text", "json"]),
    ("year", "Europe/Moscow", YEAR, ["text", "json"]),
    ("week", "Europe/Moscow", ["--from", "2026-10-05", "--to", "2026-10-11"], ["json"]),
    ("9 months", "Europe/Moscow", ["--from", "2026-01-15", "--to", "2026-10-14"], ["json"]),
    ("month, Warsaw", "Europe/Warsaw", MONTH, ["json"]),
    ("year, Warsaw", "Europe/Warsaw", YEAR, ["json"]),
]

print("load average at the start: %.2f %.2f %.2f" % os.getloadavg())
# A warm-up so the file is in the page cache, as on a desk in use.
run(["report"] + MONTH + ["--format", "json"])
for what, tz, period, formats in CASES:
    for fmt in formats:
        samples = [run(["report"] + period + ["--format", fmt], tz) for _ in range(args.runs)]
        walls = sorted(s[0] for s in samples)
        cpus = sorted(s[1] for s in samples)
        print(
            "%-13s %-4s wall best %7.1f ms, median %7.1f ms; CPU best %7.1f ms, median %7.1f ms"
            % (
                what,
                fmt,
                walls[0] * 1000,
                statistics.median(walls) * 1000,
                cpus[0] * 1000,
                statistics.median(cpus) * 1000,
            )
        )
wall, cpu = run(["--version"])
print("for scale, `pressdesk --version`: wall %.1f ms, CPU %.1f ms" % (wall * 1000, cpu * 1000))
print("load average at the end: %.2f %.2f %.2f" % os.getloadavg())
