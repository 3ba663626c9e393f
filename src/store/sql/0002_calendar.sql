-- The content calendar: posts and events, each on one or more channels.
-- Timestamps are UTC unix seconds; an item without a time is on a local date instead.

CREATE TABLE plan_items (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL DEFAULT 'post' CHECK (kind IN ('post', 'event')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes       TEXT NOT NULL DEFAULT '',
    starts_at   INTEGER,                   -- a timed item: the moment
    day         TEXT                       -- an item without a time: its date, YYYY-MM-DD
                CHECK (day IS NULL OR (length(day) = 10 AND day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    duration    INTEGER CHECK (duration IS NULL OR duration > 0),  -- events: seconds
    place       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'idea'
                CHECK (status IN ('idea', 'draft', 'approved', 'scheduled', 'published', 'cancelled')),
    category    TEXT NOT NULL DEFAULT '',  -- a code from the config
    campaign    TEXT NOT NULL DEFAULT '',
    owner       TEXT,
    url         TEXT NOT NULL DEFAULT '',
    inquiry_id  INTEGER,                   -- the inquiry it came from
    sequence    INTEGER NOT NULL DEFAULT 0, -- bumped on every change (iCalendar SEQUENCE)
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK ((starts_at IS NULL) <> (day IS NULL)),
    FOREIGN KEY (inquiry_id) REFERENCES inquiries (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX plan_items_by_start ON plan_items (starts_at) WHERE starts_at IS NOT NULL;
CREATE INDEX plan_items_by_day ON plan_items (day) WHERE day IS NOT NULL;
-- Items still to do, for the count of late ones.
CREATE INDEX plan_items_pending ON plan_items (status)
    WHERE status NOT IN ('published', 'cancelled');
CREATE INDEX plan_items_by_inquiry ON plan_items (inquiry_id) WHERE inquiry_id IS NOT NULL;

-- The channels an item goes out on (codes from the config), in the order given.
CREATE TABLE plan_item_channels (
    item_id   INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
    channel   TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 40),
    position  INTEGER NOT NULL,
    PRIMARY KEY (item_id, channel)
) STRICT, WITHOUT ROWID;

CREATE INDEX plan_item_channels_by_channel ON plan_item_channels (channel, item_id);
