-- pressdesk schema, version 4: the contact search index, kept beside the contacts.
-- The store writes a contact's row here in the same transaction as the contact itself;
-- the text is normalised by the program (case folded, ё as е, transliterated, phones as
-- digits), so it is filled in by the program right after this migration.

CREATE TABLE contact_search (
    contact_id      INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    name_key        TEXT NOT NULL,     -- the folded name: the prefix path for short queries
    text            TEXT NOT NULL,     -- folded name · outlet · position · tags · notes · e-mails
    translit        TEXT NOT NULL,     -- the same in Latin letters
    digits          TEXT NOT NULL,     -- every phone as international digits, space-separated
    name_end        INTEGER NOT NULL,  -- byte lengths of the name and of name · outlet · position
    name_end_latin  INTEGER NOT NULL,
    head_end        INTEGER NOT NULL,
    head_end_latin  INTEGER NOT NULL
) STRICT;

CREATE INDEX contact_search_name_key ON contact_search (name_key);

-- Substrings of three characters and more. Every candidate is checked again by the
-- program, so positions are not stored (detail=column keeps the index small).
CREATE VIRTUAL TABLE contact_fts USING fts5 (
    text, translit, digits,
    content = 'contact_search', content_rowid = 'contact_id',
    tokenize = 'trigram', detail = column
);

CREATE TRIGGER contact_search_ai AFTER INSERT ON contact_search BEGIN
    INSERT INTO contact_fts (rowid, text, translit, digits)
        VALUES (new.contact_id, new.text, new.translit, new.digits);
END;
CREATE TRIGGER contact_search_ad AFTER DELETE ON contact_search BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, text, translit, digits)
        VALUES ('delete', old.contact_id, old.text, old.translit, old.digits);
END;
CREATE TRIGGER contact_search_au AFTER UPDATE ON contact_search BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, text, translit, digits)
        VALUES ('delete', old.contact_id, old.text, old.translit, old.digits);
    INSERT INTO contact_fts (rowid, text, translit, digits)
        VALUES (new.contact_id, new.text, new.translit, new.digits);
END;

-- Which normalisation built the rows above; 0 means they are still to be built.
CREATE TABLE search_meta (
    version  INTEGER NOT NULL
) STRICT;
INSERT INTO search_meta (version) VALUES (0);

-- How far an import of one file got: written in the same transaction as each batch, so
-- running the import of the same file again carries on after the last committed batch.
CREATE TABLE import_progress (
    source      TEXT PRIMARY KEY,   -- the file's format, size and a hash of its content
    records     INTEGER NOT NULL,   -- records of the file already handled
    updated_at  INTEGER NOT NULL
) STRICT;
