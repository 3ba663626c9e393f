-- pressdesk schema, version 1. Timestamps are UTC unix seconds.

CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'online'
                CHECK (kind IN ('tv', 'radio', 'print', 'online', 'agency', 'blog')),
    region      TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX outlets_name ON outlets (name COLLATE NOCASE);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'journalist'
                  CHECK (kind IN ('journalist', 'expert', 'colleague', 'other')),
    outlet_id     INTEGER REFERENCES outlets (id) ON DELETE SET NULL,
    position      TEXT NOT NULL DEFAULT '',
    relationship  TEXT NOT NULL DEFAULT 'neutral'
                  CHECK (relationship IN ('friendly', 'neutral', 'critical')),
    tags          TEXT NOT NULL DEFAULT '',  -- comma-separated beats
    notes         TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;

CREATE INDEX contacts_outlet ON contacts (outlet_id);

-- Phones, e-mails and messenger handles of contacts and outlets.
CREATE TABLE contact_points (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    outlet_id   INTEGER REFERENCES outlets (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'messenger')),
    value       TEXT NOT NULL,               -- as the user wrote it
    digits      TEXT NOT NULL DEFAULT '',    -- phones: international digits only
    label       TEXT NOT NULL DEFAULT '',
    CHECK ((contact_id IS NULL) <> (outlet_id IS NULL))
) STRICT;

CREATE INDEX contact_points_contact ON contact_points (contact_id);
CREATE INDEX contact_points_outlet ON contact_points (outlet_id);
CREATE INDEX contact_points_digits ON contact_points (digits) WHERE kind = 'phone';

CREATE TABLE inquiries (
    id                  INTEGER PRIMARY KEY,
    received_at         INTEGER NOT NULL,
    channel             TEXT NOT NULL
                        CHECK (channel IN ('phone', 'messenger', 'email', 'in_person', 'social', 'letter')),
    contact_id          INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    outlet_id           INTEGER REFERENCES outlets (id) ON DELETE SET NULL,
    subject             TEXT NOT NULL DEFAULT '',
    question            TEXT NOT NULL,
    requested_deadline  INTEGER,
    due_at              INTEGER NOT NULL,
    priority            TEXT NOT NULL DEFAULT 'normal'
                        CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    status              TEXT NOT NULL DEFAULT 'new'
                        CHECK (status IN ('new', 'in_progress', 'waiting', 'answered', 'closed', 'declined')),
    assignee            TEXT,
    expert_id           INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    answer              TEXT,
    answered_at         INTEGER,
    decline_reason      TEXT,
    created_by          TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
) STRICT;

-- The hot query: open inquiries by due time.
CREATE INDEX inquiries_open_by_due ON inquiries (due_at)
    WHERE status IN ('new', 'in_progress', 'waiting');
CREATE INDEX inquiries_by_contact ON inquiries (contact_id, received_at);
CREATE INDEX inquiries_by_received ON inquiries (received_at);

-- Who changed what and when, for every change.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    who         TEXT NOT NULL,
    entity      TEXT NOT NULL,      -- 'inquiry', 'contact', 'outlet'
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL,      -- 'create', 'update'
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
) STRICT;

CREATE INDEX audit_by_entity ON audit (entity, entity_id, at);
