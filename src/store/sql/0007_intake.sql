-- pressdesk schema: e-mail intake, attachments, the inquiries' history of messages,
-- approved statements, and the full-text index of the office's memory.

-- Every e-mail registered, by its Message-ID (without angle brackets), so that reading the
-- same mailbox again adds nothing twice; a reply points at the inquiry it was added to.
CREATE TABLE mail_messages (
    id          INTEGER PRIMARY KEY,
    message_id  TEXT NOT NULL CHECK (length(message_id) BETWEEN 1 AND 998),
    inquiry_id  INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('request', 'reply')),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX mail_messages_by_message_id ON mail_messages (message_id);
CREATE INDEX mail_messages_by_inquiry ON mail_messages (inquiry_id);

-- What happened to an inquiry besides its own fields: a reply by e-mail, a note.
CREATE TABLE inquiry_notes (
    id          INTEGER PRIMARY KEY,
    inquiry_id  INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('mail', 'note')),
    at          INTEGER NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX inquiry_notes_by_inquiry ON inquiry_notes (inquiry_id, at);

-- Files kept with a record. The bytes live in their own table so that listing files
-- never reads them.
CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    inquiry_id    INTEGER REFERENCES inquiries (id) ON DELETE CASCADE,
    contact_id    INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    outlet_id     INTEGER REFERENCES outlets (id) ON DELETE CASCADE,
    plan_item_id  INTEGER REFERENCES plan_items (id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    media_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
    size          INTEGER NOT NULL CHECK (size >= 0),
    created_by    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    CHECK ((inquiry_id IS NOT NULL) + (contact_id IS NOT NULL) + (outlet_id IS NOT NULL)
           + (plan_item_id IS NOT NULL) = 1)
) STRICT;

CREATE INDEX attachments_by_inquiry ON attachments (inquiry_id) WHERE inquiry_id IS NOT NULL;
CREATE INDEX attachments_by_contact ON attachments (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX attachments_by_outlet ON attachments (outlet_id) WHERE outlet_id IS NOT NULL;
CREATE INDEX attachments_by_plan_item ON attachments (plan_item_id) WHERE plan_item_id IS NOT NULL;

CREATE TABLE attachment_data (
    attachment_id  INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    data           BLOB NOT NULL
) STRICT;

-- Approved statements ("lines to take"): what the office has agreed to say on a topic.
CREATE TABLE statements (
    id          INTEGER PRIMARY KEY,
    topic       TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    agreed_on   TEXT NOT NULL CHECK (length(agreed_on) = 10),   -- YYYY-MM-DD
    agreed_by   TEXT NOT NULL DEFAULT '',
    review_on   TEXT CHECK (review_on IS NULL OR length(review_on) = 10),
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX statements_by_topic ON statements (topic COLLATE NOCASE);

-- The office's memory: full-text indexes kept by triggers. Each column holds the text
-- lowercased (ё as е) and again transliterated to Latin, made by the function
-- pressdesk_words() that every pressdesk connection registers; the tables keep no copy of
-- the text (contentless), only the index. Rowids are the records' ids.
CREATE VIRTUAL TABLE inquiry_fts USING fts5 (
    subject, question, answer, notes, caller,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE plan_fts USING fts5 (
    title, notes,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE statement_fts USING fts5 (
    topic, body,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

-- One inquiry's row in the index, from its current fields, history and caller.
CREATE VIEW inquiry_fts_source AS
    SELECT i.id AS id,
           pressdesk_words(i.subject) AS subject,
           pressdesk_words(i.question) AS question,
           pressdesk_words(coalesce(i.answer, '') || ' ' || coalesce(i.decline_reason, '')) AS answer,
           pressdesk_words((SELECT group_concat(n.body, ' ') FROM inquiry_notes n
                            WHERE n.inquiry_id = i.id)) AS notes,
           pressdesk_words((SELECT c.name FROM contacts c WHERE c.id = i.contact_id)) AS caller
    FROM inquiries i;

CREATE TRIGGER inquiry_fts_insert AFTER INSERT ON inquiries BEGIN
    INSERT INTO inquiry_fts (rowid, subject, question, answer, notes, caller)
        SELECT * FROM inquiry_fts_source WHERE id = new.id;
END;

CREATE TRIGGER inquiry_fts_update
AFTER UPDATE OF subject, question, answer, decline_reason, contact_id ON inquiries BEGIN
    DELETE FROM inquiry_fts WHERE rowid = old.id;
    INSERT INTO inquiry_fts (rowid, subject, question, answer, notes, caller)
        SELECT * FROM inquiry_fts_source WHERE id = new.id;
END;

CREATE TRIGGER inquiry_fts_delete AFTER DELETE ON inquiries BEGIN
    DELETE FROM inquiry_fts WHERE rowid = old.id;
END;

CREATE TRIGGER inquiry_fts_note_insert AFTER INSERT ON inquiry_notes BEGIN
    DELETE FROM inquiry_fts WHERE rowid = new.inquiry_id;
    INSERT INTO inquiry_fts (rowid, subject, question, answer, notes, caller)
        SELECT * FROM inquiry_fts_source WHERE id = new.inquiry_id;
END;

CREATE TRIGGER inquiry_fts_note_delete AFTER DELETE ON inquiry_notes BEGIN
    DELETE FROM inquiry_fts WHERE rowid = old.inquiry_id;
    INSERT INTO inquiry_fts (rowid, subject, question, answer, notes, caller)
        SELECT * FROM inquiry_fts_source WHERE id = old.inquiry_id;
END;

-- A caller renamed is found under the new name in all their inquiries.
CREATE TRIGGER inquiry_fts_caller_renamed AFTER UPDATE OF name ON contacts BEGIN
    DELETE FROM inquiry_fts
        WHERE rowid IN (SELECT id FROM inquiries WHERE contact_id = new.id);
    INSERT INTO inquiry_fts (rowid, subject, question, answer, notes, caller)
        SELECT s.* FROM inquiry_fts_source s
        WHERE s.id IN (SELECT id FROM inquiries WHERE contact_id = new.id);
END;

CREATE TRIGGER plan_fts_insert AFTER INSERT ON plan_items BEGIN
    INSERT INTO plan_fts (rowid, title, notes)
        VALUES (new.id, pressdesk_words(new.title), pressdesk_words(new.notes));
END;

CREATE TRIGGER plan_fts_update AFTER UPDATE OF title, notes ON plan_items BEGIN
    DELETE FROM plan_fts WHERE rowid = old.id;
    INSERT INTO plan_fts (rowid, title, notes)
        VALUES (new.id, pressdesk_words(new.title), pressdesk_words(new.notes));
END;

CREATE TRIGGER plan_fts_delete AFTER DELETE ON plan_items BEGIN
    DELETE FROM plan_fts WHERE rowid = old.id;
END;

CREATE TRIGGER statement_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statement_fts (rowid, topic, body)
        VALUES (new.id, pressdesk_words(new.topic), pressdesk_words(new.body));
END;

CREATE TRIGGER statement_fts_update AFTER UPDATE OF topic, body ON statements BEGIN
    DELETE FROM statement_fts WHERE rowid = old.id;
    INSERT INTO statement_fts (rowid, topic, body)
        VALUES (new.id, pressdesk_words(new.topic), pressdesk_words(new.body));
END;

CREATE TRIGGER statement_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statement_fts WHERE rowid = old.id;
END;

-- The records already there.
INSERT INTO inquiry_fts (rowid, subject, question, answer, notes, caller)
    SELECT * FROM inquiry_fts_source;
INSERT INTO plan_fts (rowid, title, notes)
    SELECT id, pressdesk_words(title), pressdesk_words(notes) FROM plan_items;
