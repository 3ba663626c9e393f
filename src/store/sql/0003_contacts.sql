-- pressdesk schema, version 3: the contact book's timeline and merge bookkeeping.

-- Calls, meetings and notes with a contact; inquiries have their own table.
CREATE TABLE contact_events (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'note')),
    at          INTEGER NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX contact_events_by_contact ON contact_events (contact_id, at);

-- Two records of one person merged into one: which was kept, which went, and its name.
CREATE TABLE contact_merges (
    id           INTEGER PRIMARY KEY,
    kept_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    merged_id    INTEGER NOT NULL,            -- the removed record's id (no longer exists)
    merged_name  TEXT NOT NULL,
    at           INTEGER NOT NULL,
    who          TEXT NOT NULL
) STRICT;

CREATE INDEX contact_merges_kept ON contact_merges (kept_id);

-- Finding who already has an e-mail address (duplicates, imports).
CREATE INDEX contact_points_email ON contact_points (value COLLATE NOCASE) WHERE kind = 'email';
-- Experts given on inquiries, for merging and the expert's own history.
CREATE INDEX inquiries_by_expert ON inquiries (expert_id);
-- The book is listed in name order.
CREATE INDEX contacts_by_name ON contacts (name, id);
