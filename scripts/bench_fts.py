#!/usr/bin/env python3
"""What asking the contact full-text index costs SQLite alone, for a few words, as the
program asks it: every three-letter piece of the word's Latin form (schema 11 on), or of
the word or its Latin form, each in its own column (the index before, schema 4 to 10).

    python3 scripts/bench_fts.py /tmp/bench-1m/desk.sqlite3
    python3 scripts/bench_fts.py /tmp/bench-1m/desk.sqlite3.v10.bak   # kept by the upgrade

Reads the file only. Prints, per word, how many contacts the index names and the least
CPU time of --runs answers, and their sum.
"""
import argparse
import sqlite3
import time

# A folded word and its Latin form (as `latin` in src/search.rs makes it), common and rare.
WORDS = [
    ("ред", "red"), ("реда", "reda"), ("редактор", "redaktor"), ("kuzn", "kuzn"),
    ("кузн", "kuzn"), ("shevch", "shevch"), ("she", "she"), ("коваль", "koval"),
    ("nowak", "novak"), ("smirn", "smirn"), ("смирнова", "smirnova"), ("радио", "radio"),
]

p = argparse.ArgumentParser()
p.add_argument("db")
p.add_argument("--runs", type=int, default=5)
args = p.parse_args()


def pieces(column, text):
    found = sorted({text[i:i + 3] for i in range(len(text) - 2)})
    return "(" + " AND ".join(f'{column}"{piece}"' for piece in found) + ")"


conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
version = conn.execute("PRAGMA user_version").fetchone()[0]
latin_only = version >= 11
total = 0.0
for word, latin in WORDS:
    if latin_only:
        expr = pieces("", latin)
    else:
        expr = f"({pieces('text:', word)} OR {pieces('translit:', latin)})"
    best = None
    for _ in range(args.runs):
        start = time.process_time()
        found = conn.execute(
            "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", (expr,)
        ).fetchone()[0]
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    total += best
    print(f"{word:10} {found:8} contacts {best * 1000:7.1f} ms")
print(f"schema {version}: {total * 1000:.1f} ms of CPU for {len(WORDS)} words")
