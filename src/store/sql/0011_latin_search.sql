-- pressdesk schema, version 11: a smaller, cheaper contact search index.
-- Only the Latin form of each contact's text is indexed, with its phone digits, as one
-- column: the Latin form is made a character at a time, so it holds the Latin form of any
-- word the folded text holds, and the program asks for that (and checks every candidate
-- against the stored row anyway). The index keeps only which contacts hold each
-- three-letter piece (detail=none) and no copy of the text (content=''): `contact_search`
-- keeps it, and its triggers give the old values back when a row goes.

DROP TRIGGER contact_search_ai;
DROP TRIGGER contact_search_ad;
DROP TRIGGER contact_search_au;
DROP TABLE contact_fts;

CREATE VIRTUAL TABLE contact_fts USING fts5 (
    body,
    content = '', tokenize = 'trigram', detail = none
);

INSERT INTO contact_fts (rowid, body)
    SELECT contact_id, translit || ' ' || digits FROM contact_search;

CREATE TRIGGER contact_search_ai AFTER INSERT ON contact_search BEGIN
    INSERT INTO contact_fts (rowid, body) VALUES (new.contact_id, new.translit || ' ' || new.digits);
END;
CREATE TRIGGER contact_search_ad AFTER DELETE ON contact_search BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, body)
        VALUES ('delete', old.contact_id, old.translit || ' ' || old.digits);
END;
-- A row written again unchanged (an import of a known card) leaves the index alone.
CREATE TRIGGER contact_search_au AFTER UPDATE ON contact_search
WHEN old.contact_id IS NOT new.contact_id OR old.translit IS NOT new.translit
    OR old.digits IS NOT new.digits
BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, body)
        VALUES ('delete', old.contact_id, old.translit || ' ' || old.digits);
    INSERT INTO contact_fts (rowid, body) VALUES (new.contact_id, new.translit || ' ' || new.digits);
END;
