-- pressdesk schema: repeating plan items and their exceptions.

-- Repeating plan items: the rule of a series (its first occurrence is the item's own
-- day or time), and the last local date it reaches, so a range finds its series.
CREATE TABLE plan_repeats (
    item_id    INTEGER PRIMARY KEY REFERENCES plan_items (id) ON DELETE CASCADE,
    every      TEXT NOT NULL CHECK (every IN ('day', 'week', 'two_weeks', 'month')),
    until_day  TEXT CHECK (until_day IS NULL OR length(until_day) = 10),
    count      INTEGER CHECK (count IS NULL OR count BETWEEN 1 AND 1000),
    last_day   TEXT NOT NULL CHECK (length(last_day) = 10),
    CHECK (until_day IS NULL OR count IS NULL)
) STRICT;

CREATE INDEX plan_repeats_by_last ON plan_repeats (last_day);

-- One occurrence of a series cancelled or moved, named by the local date it would have
-- fallen on; the series itself is untouched.
CREATE TABLE plan_exceptions (
    item_id     INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
    occurrence  TEXT NOT NULL CHECK (length(occurrence) = 10),
    cancelled   INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
    starts_at   INTEGER,           -- moved to this moment
    day         TEXT,              -- or to this day (an item without a time)
    PRIMARY KEY (item_id, occurrence),
    CHECK (cancelled = 1 OR (starts_at IS NULL) <> (day IS NULL))
) STRICT, WITHOUT ROWID;

CREATE INDEX plan_exceptions_moved_at ON plan_exceptions (starts_at) WHERE starts_at IS NOT NULL;
CREATE INDEX plan_exceptions_moved_day ON plan_exceptions (day) WHERE day IS NOT NULL;
