#!/usr/bin/env python3
"""What naming a caller on the command line costs: `pressdesk log --who WHO` as whole
processes on a book already imported (for example the file `bench_book` keeps).

    cargo build --release --bin pressdesk
    cargo run --release --example bench_book -- 1000000 /tmp/bench-1m   # once, keeps the file
    python3 scripts/bench_lookup.py --db /tmp/bench-1m/desk.sqlite3 id:5 Кузнецов

Each run that names one contact logs an inquiry into the file, so time a copy. A name many
contacts share ends with the list of the first few and logs nothing, which is the point:
that answer must be as quick as one contact's. Prints the median wall and CPU time (user +
system of the process) of --runs runs per name, with the load average.
"""
import argparse
import os
import statistics

from process_time import timed

p = argparse.ArgumentParser()
p.add_argument("--bin", default="target/release/pressdesk")
p.add_argument("--db", required=True)
p.add_argument("--runs", type=int, default=9)
p.add_argument("names", nargs="+")
args = p.parse_args()

env = dict(os.environ, PRESSDESK_NOW="2026-11-30T07:00:00Z")
for who in args.names:
    walls, cpus = [], []
    for _ in range(args.runs):
        argv = [args.bin, "--db", args.db, "log", "--who", who, "Когда дадут воду?"]
        _, wall, cpu = timed(argv, env, check=False)
        walls.append(wall * 1000)
        cpus.append(cpu * 1000)
    print(
        f"log --who {who}: wall median {statistics.median(walls):.1f} ms, "
        f"CPU median {statistics.median(cpus):.1f} ms (max {max(cpus):.1f}), "
        f"load {os.getloadavg()[0]:.1f}"
    )
