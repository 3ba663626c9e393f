-- pressdesk schema: what the office's report needs. Topics on inquiries, the deadline
-- as it stood when an inquiry was answered, when it was settled, and coverage.

-- The deadline in force at the moment of the answer: "on time" is judged against it,
-- even if the deadline is changed afterwards.
ALTER TABLE inquiries ADD COLUMN answer_due_at INTEGER;
-- When the inquiry stopped waiting for the office (answered, closed or declined), so a
-- report can tell what was still open at the end of an earlier period.
ALTER TABLE inquiries ADD COLUMN settled_at INTEGER;

-- Records from before this version: the best that is known.
UPDATE inquiries SET answer_due_at = due_at WHERE answered_at IS NOT NULL;
UPDATE inquiries SET settled_at = coalesce(answered_at, updated_at)
    WHERE status IN ('answered', 'closed', 'declined');

-- The report reads a period's inquiries from this index alone, never the rows.
CREATE INDEX inquiries_report ON inquiries (
    received_at, status, channel, priority, outlet_id, assignee,
    answered_at, answer_due_at, settled_at, due_at
);
-- That index starts with the same column, so this one only cost space and writes.
DROP INDEX inquiries_by_received;

-- Topics of an inquiry: codes from the config or free tags, as typed.
CREATE TABLE inquiry_topics (
    inquiry_id   INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    topic        TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 60),
    -- The inquiry's received time, copied so a period's topics come from one index.
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (inquiry_id, topic)
) STRICT, WITHOUT ROWID;

CREATE INDEX inquiry_topics_by_topic ON inquiry_topics (topic, inquiry_id);
CREATE INDEX inquiry_topics_by_received ON inquiry_topics (received_at, topic, inquiry_id);

-- What was published: an outlet's piece, its tone, and the inquiry it came from.
CREATE TABLE coverage (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL      -- the local date it came out, YYYY-MM-DD
                CHECK (length(day) = 10 AND day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    outlet_id   INTEGER NOT NULL REFERENCES outlets (id),
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    inquiry_id  INTEGER REFERENCES inquiries (id) ON DELETE SET NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    url         TEXT NOT NULL DEFAULT '',
    tone        TEXT NOT NULL CHECK (tone IN ('positive', 'neutral', 'negative')),
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX coverage_by_day ON coverage (day, tone, outlet_id);
CREATE INDEX coverage_by_outlet ON coverage (outlet_id, day);
CREATE INDEX coverage_by_contact ON coverage (contact_id, day) WHERE contact_id IS NOT NULL;
CREATE INDEX coverage_by_inquiry ON coverage (inquiry_id) WHERE inquiry_id IS NOT NULL;

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
