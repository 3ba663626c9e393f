-- pressdesk schema, version 10: a count of the changes made to the directory (contacts,
-- their phones and e-mails, outlets). The store raises it in the same transaction as
-- each such change, so an open interface reads the whole book again only when the book
-- changed, not after every inquiry logged anywhere.

CREATE TABLE directory_version (
    changes  INTEGER NOT NULL
) STRICT;
INSERT INTO directory_version (changes) VALUES (0);
