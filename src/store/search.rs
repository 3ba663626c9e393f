//! The contact search index kept in the database: one row of normalised text per contact
//! (`contact_search`) and a trigram full-text index over its Latin form and phone digits
//! (`contact_fts`, which holds only which contacts hold each piece).
//!
//! Every change to a contact, its phones and e-mails or its outlet's name marks the
//! contact (temporary triggers of this connection); the writer brings the marked rows up
//! to date just before it commits, so the index is always written in the same
//! transaction as the change. A lookup asks the index for the few records that can match
//! and ranks only those, with the same code as the in-memory index.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::{Result, Store, Writer};
use crate::domain::ContactKind;
use crate::domain::contact::Relationship;
use crate::domain::phone::PhoneRules;
use crate::domain::phone::looks_like_phone;
use crate::search::{
    Candidates, ContactIndex, Engine, Fields, Head, IndexBuilder, IndexRow, Plan, RESOLVE_LOOSE,
    Ranked, Resolution, RowRef, Rows, name_start_word, prefix_end,
};

/// Which normalisation the rows were built with. Raising it rebuilds them on the next
/// open (the text is derived data, nothing typed is touched).
const INDEX_VERSION: i64 = 1;

/// Separates values inside one aggregated column.
const UNIT: char = '\u{1f}';
const PAIR: char = '\u{1e}';

/// What the index is built from: each contact's fields, its e-mails and its phones (value
/// and stored digits), in the order the in-memory index sees them.
const SOURCE: &str = "SELECT c.id, c.name, coalesce(o.name, ''), c.position, c.tags, c.notes,
        coalesce((SELECT group_concat(p.value, char(31) ORDER BY p.id) FROM contact_points p
                  WHERE p.contact_id = c.id AND p.kind = 'email'), ''),
        coalesce((SELECT group_concat(p.value || char(30) || p.digits, char(31) ORDER BY p.id)
                  FROM contact_points p
                  WHERE p.contact_id = c.id AND p.kind = 'phone'), '')
    FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id";

fn row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, IndexRow)> {
    let emails: String = r.get(6)?;
    let phones: String = r.get(7)?;
    let row = Stored {
        name: &r.get::<_, String>(1)?,
        outlet: &r.get::<_, String>(2)?,
        position: &r.get::<_, String>(3)?,
        tags: &r.get::<_, String>(4)?,
        notes: &r.get::<_, String>(5)?,
        emails: emails.split(UNIT).collect(),
        phones: phones
            .split(UNIT)
            .filter_map(|p| p.split_once(PAIR))
            .collect(),
    }
    .index_row();
    Ok((r.get(0)?, row))
}

/// A contact as stored: its columns, and its e-mails and phones (value, digits) in the
/// order they were added.
pub(super) struct Stored<'a> {
    pub name: &'a str,
    pub outlet: &'a str,
    pub position: &'a str,
    /// Comma-separated, as the column holds them.
    pub tags: &'a str,
    pub notes: &'a str,
    pub emails: Vec<&'a str>,
    pub phones: Vec<(&'a str, &'a str)>,
}

impl Stored<'_> {
    /// The contact's index row.
    pub fn index_row(&self) -> IndexRow {
        let tags: Vec<&str> = self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        let emails: Vec<&str> = self
            .emails
            .iter()
            .copied()
            .filter(|e| !e.trim().is_empty())
            .collect();
        let digits: Vec<&str> = self
            .phones
            .iter()
            .filter(|(value, _)| !value.trim().is_empty())
            .map(|(_, digits)| *digits)
            .collect();
        IndexRow::new(&Fields {
            name: self.name,
            outlet: self.outlet,
            position: self.position,
            tags: &tags.join(" "),
            notes: self.notes,
            emails: &emails.join(" "),
            digits: &digits.join(" "),
        })
    }
}

/// Holds a contact's index row until `write_staged` writes the rows held into
/// `contact_search` in one statement. One statement per batch, not one per contact,
/// because the full-text index (which that table's triggers keep) writes out what it
/// holds at the start of each statement that can be undone on its own: a row at a time
/// left it a piece per contact to merge, most of what an import cost.
fn stage(conn: &Connection, id: i64, row: &IndexRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO temp.search_rows (contact_id, name_key, text, translit, digits,
                                                  name_end, name_end_latin, head_end,
                                                  head_end_latin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id,
        row.name_key(),
        row.text,
        row.translit,
        row.digits,
        row.name_end,
        row.name_end_latin,
        row.head_end,
        row.head_end_latin
    ])?;
    Ok(())
}

/// Writes the staged rows into `contact_search` (and so into the full-text index).
fn write_staged(conn: &Connection) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO contact_search (contact_id, name_key, text, translit, digits, name_end,
                                     name_end_latin, head_end, head_end_latin)
         SELECT contact_id, name_key, text, translit, digits, name_end, name_end_latin,
                head_end, head_end_latin
         FROM temp.search_rows WHERE true
         ON CONFLICT (contact_id) DO UPDATE SET name_key = excluded.name_key,
             text = excluded.text, translit = excluded.translit, digits = excluded.digits,
             name_end = excluded.name_end, name_end_latin = excluded.name_end_latin,
             head_end = excluded.head_end, head_end_latin = excluded.head_end_latin",
    )?
    .execute([])?;
    conn.prepare_cached("DELETE FROM temp.search_rows")?
        .execute([])?;
    Ok(())
}

/// How many rows a rebuild stages before writing them.
const REBUILD_BATCH: usize = 20_000;

/// Whether this database has the table (a file between migrations may not yet).
fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [name],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn has_index(conn: &Connection) -> Result<bool> {
    has_table(conn, "contact_search")
}

/// The temporary tables and triggers that mark the contacts each write touches.
const TRACKING: &str = "CREATE TEMP TABLE IF NOT EXISTS search_dirty (contact_id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS search_rows (
             contact_id INTEGER PRIMARY KEY, name_key TEXT NOT NULL, text TEXT NOT NULL,
             translit TEXT NOT NULL, digits TEXT NOT NULL, name_end INTEGER NOT NULL,
             name_end_latin INTEGER NOT NULL, head_end INTEGER NOT NULL,
             head_end_latin INTEGER NOT NULL);
         CREATE TEMP TRIGGER IF NOT EXISTS search_contact_new AFTER INSERT ON main.contacts
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.id); END;
         CREATE TEMP TRIGGER IF NOT EXISTS search_contact_changed AFTER UPDATE ON main.contacts
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.id); END;
         CREATE TEMP TRIGGER IF NOT EXISTS search_point_new AFTER INSERT ON main.contact_points
         WHEN new.contact_id IS NOT NULL
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.contact_id); END;
         CREATE TEMP TRIGGER IF NOT EXISTS search_point_changed AFTER UPDATE ON main.contact_points
         BEGIN
             INSERT OR IGNORE INTO search_dirty SELECT new.contact_id WHERE new.contact_id IS NOT NULL;
             INSERT OR IGNORE INTO search_dirty SELECT old.contact_id WHERE old.contact_id IS NOT NULL;
         END;
         CREATE TEMP TRIGGER IF NOT EXISTS search_point_gone AFTER DELETE ON main.contact_points
         WHEN old.contact_id IS NOT NULL
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES (old.contact_id); END;
         CREATE TEMP TRIGGER IF NOT EXISTS search_outlet_renamed AFTER UPDATE OF name ON main.outlets
         WHEN new.name IS NOT old.name
         BEGIN INSERT OR IGNORE INTO search_dirty SELECT id FROM main.contacts WHERE outlet_id = new.id; END;";

/// The names of those triggers.
const TRACKERS: [&str; 6] = [
    "search_contact_new",
    "search_contact_changed",
    "search_point_new",
    "search_point_changed",
    "search_point_gone",
    "search_outlet_renamed",
];

/// Stops marking the contacts each write touches, for a writer that writes the index
/// row of every contact it touches itself (an import): the triggers make each of its
/// inserts write twice and keep a journal of its own. `resume_tracking` sets them again.
pub(super) fn pause_tracking(conn: &Connection) -> Result<()> {
    for name in TRACKERS {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{name}"))?;
    }
    Ok(())
}

/// Marks the contacts each write touches again, after `pause_tracking`.
pub(super) fn resume_tracking(conn: &Connection) -> Result<()> {
    if has_index(conn)? {
        conn.execute_batch(TRACKING)?;
    }
    Ok(())
}

/// Marks the contacts each write touches, for this connection only (other programs that
/// open the file are not affected), and builds the rows if they are missing or were
/// built by an older normalisation.
pub(super) fn prepare(conn: &mut Connection) -> Result<()> {
    if !has_index(conn)? {
        return Ok(());
    }
    conn.execute_batch(TRACKING)?;
    mark_directory_changes(conn)?;
    let built: i64 = conn.query_row("SELECT max(version) FROM search_meta", [], |r| r.get(0))?;
    if built != INDEX_VERSION {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        rebuild(&tx)?;
        tx.execute("UPDATE search_meta SET version = ?1", [INDEX_VERSION])?;
        tx.commit()?;
    }
    Ok(())
}

/// Writes the row of every contact afresh.
fn rebuild(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM contact_search", [])?;
    let mut stmt = conn.prepare(SOURCE)?;
    let mut rows = stmt.query([])?;
    let mut staged = 0;
    while let Some(r) = rows.next()? {
        let (id, row) = row_of(r)?;
        stage(conn, id, &row)?;
        staged += 1;
        if staged % REBUILD_BATCH == 0 {
            write_staged(conn)?;
        }
    }
    write_staged(conn)
}

impl Writer<'_> {
    /// Brings the index rows of every contact changed in this transaction up to date.
    pub(super) fn refresh_search(&self) -> Result<()> {
        let tracked = self
            .tx
            .query_row(
                "SELECT 1 FROM sqlite_temp_schema WHERE name = 'search_dirty'",
                [],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if !tracked {
            return Ok(());
        }
        // Every contact the transaction touched, read in one statement (a contact that
        // is gone took its row with it: ON DELETE CASCADE).
        let sql = format!("{SOURCE} WHERE c.id IN (SELECT contact_id FROM temp.search_dirty)");
        let rows: Vec<(i64, IndexRow)> = self
            .tx
            .prepare_cached(&sql)?
            .query_map([], row_of)?
            .collect::<rusqlite::Result<_>>()?;
        for (id, row) in &rows {
            stage(&self.tx, *id, row)?;
        }
        write_staged(&self.tx)?;
        let touched: bool =
            self.tx
                .query_row("SELECT EXISTS (SELECT 1 FROM temp.search_dirty)", [], |r| {
                    r.get(0)
                })?;
        if touched {
            raise_directory_version(&self.tx)?;
        }
        self.tx.execute("DELETE FROM temp.search_dirty", [])?;
        Ok(())
    }

    /// Writes the index row of contact `id` from its stored columns and the e-mails and
    /// phones (value, digits) just written for it, for a writer that paused tracking;
    /// the commit writes it with the others.
    pub(super) fn index_contact(
        &self,
        id: i64,
        emails: Vec<&str>,
        phones: Vec<(&str, &str)>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT c.name, coalesce(o.name, ''), c.position, c.tags, c.notes
             FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id WHERE c.id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        let Some(r) = rows.next()? else {
            return Ok(());
        };
        let row = Stored {
            name: text_at(r, 0)?,
            outlet: text_at(r, 1)?,
            position: text_at(r, 2)?,
            tags: text_at(r, 3)?,
            notes: text_at(r, 4)?,
            emails,
            phones,
        }
        .index_row();
        stage(&self.tx, id, &row)
    }

    /// Notes that the directory changed, for a writer that paused tracking: the commit
    /// counts it, as it does for a contact marked.
    pub(super) fn directory_changed(&self) -> Result<()> {
        self.tx
            .prepare_cached("INSERT OR IGNORE INTO temp.search_dirty VALUES (?1)")?
            .execute([NOT_A_CONTACT])?;
        Ok(())
    }
}

/// Marks the changes the contact index does not see but a list of the directory does:
/// a contact removed, an outlet added, changed or removed (`NOT_A_CONTACT` stands for
/// them among the marked contacts).
fn mark_directory_changes(conn: &Connection) -> Result<()> {
    if !has_directory_version(conn)? {
        return Ok(());
    }
    conn.execute_batch(&format!(
        "CREATE TEMP TRIGGER IF NOT EXISTS directory_contact_gone AFTER DELETE ON main.contacts
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES ({NOT_A_CONTACT}); END;
         CREATE TEMP TRIGGER IF NOT EXISTS directory_outlet_new AFTER INSERT ON main.outlets
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES ({NOT_A_CONTACT}); END;
         CREATE TEMP TRIGGER IF NOT EXISTS directory_outlet_changed AFTER UPDATE ON main.outlets
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES ({NOT_A_CONTACT}); END;
         CREATE TEMP TRIGGER IF NOT EXISTS directory_outlet_gone AFTER DELETE ON main.outlets
         BEGIN INSERT OR IGNORE INTO search_dirty VALUES ({NOT_A_CONTACT}); END;"
    ))?;
    Ok(())
}

/// Stands among the marked contacts for a change to the directory that no contact's
/// index row shows (the store numbers contacts from 1; were there a contact 0, its row
/// would only be written again).
const NOT_A_CONTACT: i64 = 0;

fn has_directory_version(conn: &Connection) -> Result<bool> {
    has_table(conn, "directory_version")
}

fn raise_directory_version(conn: &Connection) -> Result<()> {
    if has_directory_version(conn)? {
        conn.execute("UPDATE directory_version SET changes = changes + 1", [])?;
    }
    Ok(())
}

impl Store {
    /// How many times the directory has changed, by any process: the interface reads
    /// the book again only when this moved since it last did.
    pub fn directory_version(&self) -> Result<i64> {
        if !has_directory_version(&self.conn)? {
            return Ok(0);
        }
        Ok(self
            .conn
            .query_row("SELECT changes FROM directory_version", [], |r| r.get(0))?)
    }
}

/// The contacts a query finds, best first, as the in-memory index would rank them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FoundContacts {
    /// The first `limit`, best first.
    pub ids: Vec<i64>,
    /// How many match in all.
    pub total: usize,
    /// How many of them contain the query outright (the rest match loosely).
    pub exact: usize,
}

impl Store {
    /// Exactly one contact for `query`, if it names one, as `ContactIndex::resolve` decides
    /// it: `id:12`, a full name, a full phone number, or a fragment only one contact
    /// contains. Reads only the records concerned.
    pub fn resolve_contact(&self, query: &str, rules: &PhoneRules) -> Result<Resolution> {
        self.resolve_among(query, rules, RESOLVE_LOOSE)
    }

    /// `resolve_contact`, as `ContactIndex::resolve_among` decides it.
    fn resolve_among(&self, query: &str, rules: &PhoneRules, loose: usize) -> Result<Resolution> {
        let query = query.trim();
        if let Some(id) = query
            .strip_prefix("id:")
            .or_else(|| query.strip_prefix('#'))
            .and_then(|n| n.trim().parse::<i64>().ok())
        {
            let known = self
                .conn
                .prepare_cached("SELECT 1 FROM contacts WHERE id = ?1")?
                .query_row([id], |_| Ok(()))
                .optional()?
                .is_some();
            return Ok(if known {
                Resolution::One(id)
            } else {
                Resolution::None
            });
        }
        let lower = query.to_lowercase();
        let named: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT s.contact_id, c.name FROM contact_search s
                     JOIN contacts c ON c.id = s.contact_id
                 WHERE s.name_key = ?1",
            )?
            .query_map([IndexRow::fold_key(&lower)], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?
            .filter_map(|r| match r {
                Ok((id, name)) => (name.to_lowercase() == lower).then_some(Ok(id)),
                Err(e) => Some(Err(e)),
            })
            .collect::<rusqlite::Result<_>>()?;
        if named.len() == 1 {
            return Ok(Resolution::One(named[0]));
        }
        if looks_like_phone(query) {
            let same: Vec<i64> = self
                .conn
                .prepare_cached(
                    "SELECT DISTINCT contact_id FROM contact_points
                     WHERE kind = 'phone' AND digits = ?1 AND contact_id IS NOT NULL
                       AND trim(value) <> ''",
                )?
                .query_map([rules.normalize(query)], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if same.len() == 1 {
                return Ok(Resolution::One(same[0]));
            }
        }
        // A common surname: the names starting with it come first, and when there are
        // enough of them they are the whole answer, read in name order without ranking
        // every record that contains the word.
        if let Some(word) = name_start_word(query, rules) {
            let ids = self.names_starting(&word, loose)?;
            if ids.len() >= loose.max(2) {
                return Ok(Resolution::Many(ids));
            }
        }
        // The records containing the query outright; failing those, the loose matches.
        let found = self.find_contacts(query, rules, loose)?;
        let take = if found.exact > 0 { found.exact } else { loose };
        let ids: Vec<i64> = found.ids.into_iter().take(take).collect();
        Ok(match ids.len() {
            0 => Resolution::None,
            1 => Resolution::One(ids[0]),
            _ => Resolution::Many(ids),
        })
    }
}

/// Text of a column, borrowed from the row (no copy per record).
fn text_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    match r.get_ref(i)? {
        rusqlite::types::ValueRef::Null => Ok(""),
        value => value.as_str().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, value.data_type(), Box::new(e))
        }),
    }
}

impl Store {
    /// Every contact as the interface's index holds it, in name order, read from the
    /// columns the search index keeps: nothing is normalised again and no record is held
    /// whole, so a million contacts load in a few seconds into a few hundred megabytes.
    pub fn contact_index(&self, rules: &PhoneRules) -> Result<ContactIndex> {
        let mut builder = IndexBuilder::default();
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.name, c.kind, c.outlet_id, coalesce(o.name, ''), c.position,
                    c.relationship, s.contact_id IS NOT NULL, s.text, s.translit, s.digits,
                    s.name_end, s.name_end_latin, s.head_end, s.head_end_latin
             FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id
                 LEFT JOIN contact_search s ON s.contact_id = c.id
             ORDER BY c.name, c.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let head = Head {
                id: r.get(0)?,
                name: text_at(r, 1)?,
                kind: ContactKind::parse(text_at(r, 2)?),
                outlet_id: r.get(3)?,
                outlet: text_at(r, 4)?,
                position: text_at(r, 5)?,
                relationship: Relationship::parse(text_at(r, 6)?).unwrap_or_default(),
            };
            if r.get(7)? {
                let row = RowRef {
                    text: text_at(r, 8)?,
                    translit: text_at(r, 9)?,
                    digits: text_at(r, 10)?,
                    name_end: r.get(11)?,
                    name_end_latin: r.get(12)?,
                    head_end: r.get(13)?,
                    head_end_latin: r.get(14)?,
                };
                builder.push(&head, row);
            } else {
                // Every writer keeps the row (and an open builds missing ones); should one
                // still be missing, the contact is listed and found by its name.
                let row = IndexRow::new(&Fields {
                    name: head.name,
                    outlet: head.outlet,
                    position: head.position,
                    tags: "",
                    notes: "",
                    emails: "",
                    digits: "",
                });
                builder.push(&head, row.as_ref());
            }
        }
        builder.finish_heads();
        self.read_points(&mut builder)?;
        let index = builder.build(rules.clone(), self.trigram_reader());
        crate::search::give_back_freed_memory();
        Ok(index)
    }

    /// A connection of its own to this file for the interface's index to ask the trigram
    /// index which records a query can match (a read, beside the interface's writes).
    /// `None` for a database in memory or one that cannot be opened again.
    fn trigram_reader(&self) -> Option<Box<dyn Candidates>> {
        let path = self.path()?;
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(std::time::Duration::from_millis(200))
            .ok()?;
        Some(Box::new(TrigramReader(std::sync::Mutex::new(conn))))
    }

    /// How many contacts there are and the first `rows` of them in name order: the book's
    /// first screen, read through the name index while the whole book loads.
    pub fn first_page(
        &self,
        rules: &PhoneRules,
        rows: usize,
    ) -> Result<(usize, Vec<crate::domain::contact::ContactLine>)> {
        let found = self.find_contacts("", rules, rows)?;
        let lines = self.contact_summaries_of(&found.ids)?;
        Ok((found.total, lines.into_iter().map(Into::into).collect()))
    }

    /// The phones and e-mails lists show, one contact's at a time.
    fn read_points(&self, builder: &mut IndexBuilder) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT contact_id, kind = 'phone', value FROM contact_points
             WHERE contact_id IS NOT NULL AND kind IN ('phone', 'email') AND trim(value) <> ''
             ORDER BY contact_id, id",
        )?;
        let mut rows = stmt.query([])?;
        let (mut current, mut phones, mut emails) = (None::<i64>, Vec::new(), Vec::new());
        let mut flush = |id: Option<i64>, phones: &mut Vec<String>, emails: &mut Vec<String>| {
            if let Some(at) = id.and_then(|id| builder.position_of(id)) {
                builder.set_points(at, phones, emails);
            }
            phones.clear();
            emails.clear();
        };
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if current != Some(id) {
                flush(current, &mut phones, &mut emails);
                current = Some(id);
            }
            let value = text_at(r, 2)?.to_string();
            if r.get(1)? {
                phones.push(value);
            } else {
                emails.push(value);
            }
        }
        flush(current, &mut phones, &mut emails);
        Ok(())
    }
}

/// The trigram index, read for the interface's in-memory index.
#[derive(Debug)]
struct TrigramReader(std::sync::Mutex<Connection>);

impl Candidates for TrigramReader {
    fn ids(&self, expr: &str) -> Option<Vec<i64>> {
        let conn = self.0.lock().ok()?;
        let mut stmt = conn
            .prepare_cached("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1")
            .ok()?;
        let ids = stmt.query_map([expr], |r| r.get(0)).ok()?;
        ids.collect::<rusqlite::Result<Vec<i64>>>().ok()
    }
}

const ROWS: &str = "SELECT s.contact_id, s.text, s.translit, s.digits, s.name_end,
        s.name_end_latin, s.head_end, s.head_end_latin
    FROM contact_search s JOIN contacts c ON c.id = s.contact_id";

impl Store {
    /// Finds contacts through the index, reading only the records that can match; the
    /// result is the in-memory index's, first `limit` of it.
    pub fn find_contacts(
        &self,
        query: &str,
        rules: &PhoneRules,
        limit: usize,
    ) -> Result<FoundContacts> {
        match Plan::of(query, rules) {
            Plan::Everyone => {
                let total: i64 = self
                    .conn
                    .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?;
                let ids = self
                    .conn
                    .prepare_cached("SELECT id FROM contacts ORDER BY name, id LIMIT ?1")?
                    .query_map([limit as i64], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(FoundContacts {
                    ids,
                    total: total as usize,
                    exact: 0,
                })
            }
            Plan::Nothing => Ok(FoundContacts::default()),
            Plan::FullText(expr) => {
                let sql = format!(
                    "{ROWS} WHERE s.contact_id IN
                         (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1)
                     ORDER BY c.name, c.id"
                );
                let found = self.rank_rows(&sql, &[&expr], query, rules, limit)?;
                if found.exact > 0 {
                    return Ok(found);
                }
                // Nothing contains it outright: the letters in order and the one-slip
                // matches can be anywhere.
                self.scan(query, rules, limit)
            }
            Plan::Prefix { word, latin } => {
                let total: i64 = self
                    .conn
                    .prepare_cached(
                        "SELECT count(*) FROM contact_search
                         WHERE instr(text, ?1) > 0 OR (?2 <> '' AND instr(translit, ?2) > 0)",
                    )?
                    .query_row(params![word, latin], |r| r.get(0))?;
                if let Some(end) = prefix_end(&word)
                    && total > 0
                {
                    // A name starting with the word outranks every other match; when
                    // enough names do, they are the first page.
                    let ids = self.names_starting_before(&word, &end, limit)?;
                    if ids.len() >= limit {
                        return Ok(FoundContacts {
                            ids,
                            total: total as usize,
                            exact: total as usize,
                        });
                    }
                }
                self.scan(query, rules, limit)
            }
            Plan::Scan => self.scan(query, rules, limit),
        }
    }

    /// The first `limit` contacts whose folded names start with `word`, the name that is
    /// exactly the word first, then in name order: the best of any one-word query.
    fn names_starting(&self, word: &str, limit: usize) -> Result<Vec<i64>> {
        match prefix_end(word) {
            Some(end) => self.names_starting_before(word, &end, limit),
            None => Ok(Vec::new()),
        }
    }

    fn names_starting_before(&self, word: &str, end: &str, limit: usize) -> Result<Vec<i64>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT s.contact_id FROM contact_search s
                     JOIN contacts c ON c.id = s.contact_id
                 WHERE s.name_key >= ?1 AND s.name_key < ?2
                 ORDER BY s.name_key = ?1 DESC, c.name, c.id LIMIT ?3",
            )?
            .query_map(params![word, end, limit as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn scan(&self, query: &str, rules: &PhoneRules, limit: usize) -> Result<FoundContacts> {
        let sql = format!("{ROWS} ORDER BY c.name, c.id");
        self.rank_rows(&sql, &[], query, rules, limit)
    }

    /// Reads the index rows `sql` selects (in name order) and ranks them.
    fn rank_rows(
        &self,
        sql: &str,
        args: &[&dyn rusqlite::ToSql],
        query: &str,
        rules: &PhoneRules,
        limit: usize,
    ) -> Result<FoundContacts> {
        let mut rows = Rows::default();
        let mut ids = Vec::new();
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut read = stmt.query(args)?;
        while let Some(r) = read.next()? {
            ids.push(r.get::<_, i64>(0)?);
            rows.push_parts(RowRef {
                text: text_at(r, 1)?,
                translit: text_at(r, 2)?,
                digits: text_at(r, 3)?,
                name_end: r.get(4)?,
                name_end_latin: r.get(5)?,
                head_end: r.get(6)?,
                head_end_latin: r.get(7)?,
            });
        }
        let ranked: Ranked = Engine::new(rows, rules.clone()).rank(query, None);
        Ok(FoundContacts {
            ids: ranked
                .items
                .iter()
                .take(limit)
                .map(|&i| ids[i as usize])
                .collect(),
            total: ranked.items.len(),
            exact: ranked.exact,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::ContactKind;
    use crate::domain::contact::{OutletKind, Point};
    use crate::search::ContactIndex;
    use crate::store::migrate::{LATEST_VERSION, MIGRATIONS, backup_path};
    use crate::store::{ContactRecord, OutletRecord};

    fn rules() -> PhoneRules {
        PhoneRules::for_country("RU").unwrap()
    }

    fn point(value: &str) -> Point {
        Point {
            value: value.into(),
            label: String::new(),
        }
    }

    fn record(name: &str, outlet: &str, phones: &[&str]) -> ContactRecord {
        ContactRecord {
            name: name.into(),
            outlet: Some(outlet.to_string()).filter(|o| !o.is_empty()),
            phones: phones.iter().map(|p| point(p)).collect(),
            ..Default::default()
        }
    }

    fn ids(store: &Store, query: &str) -> Vec<i64> {
        store.find_contacts(query, &rules(), 10).unwrap().ids
    }

    /// The in-memory index over the same book: what the database's answer must equal.
    fn in_memory(store: &Store, query: &str, limit: usize) -> FoundContacts {
        let index = ContactIndex::new(store.contact_summaries().unwrap(), rules());
        let ranked = index.rank(query, None);
        FoundContacts {
            ids: ranked
                .items
                .iter()
                .take(limit)
                .map(|&i| index.at(i).id)
                .collect(),
            total: ranked.items.len(),
            exact: ranked.exact,
        }
    }

    #[test]
    fn the_interface_index_reads_the_stored_columns_and_the_lists_fields() {
        let mut store = Store::open_in_memory("me").unwrap();
        let r = rules();
        let mut a = record(
            "Кузнецова Мария",
            "ГТРК «Кузбасс»",
            &["+7 918 123-45-67", "8 913 000 11 22"],
        );
        a.emails = vec![point("maria@example.org")];
        a.kind = Some(ContactKind::Journalist);
        a.notes = "звонит по вечерам".into();
        store.save_contact(None, &a, &r, 0).unwrap();
        store
            .save_contact(None, &record("Белов Андрей", "", &[]), &r, 0)
            .unwrap();
        let index = store.contact_index(&r).unwrap();
        assert_eq!(index.len(), 2);
        let first = index.at(0);
        assert_eq!(first.name, "Белов Андрей");
        assert_eq!(first.outlet, None);
        assert!(first.phones.is_empty() && first.emails.is_empty());
        let id = index.id_at(1);
        let maria = index.get(id).unwrap();
        assert_eq!(maria.outlet.as_deref(), Some("ГТРК «Кузбасс»"));
        assert_eq!(maria.phones, ["+7 918 123-45-67", "8 913 000 11 22"]);
        assert_eq!(maria.emails, ["maria@example.org"]);
        assert_eq!(index.kind_of(id), Some(ContactKind::Journalist));
        // Notes are searched though not kept for the list.
        let ranked = index.rank("вечерам", None);
        assert_eq!(ranked.items, [1]);
        assert_eq!(index.get(id + 100), None);
    }

    #[test]
    fn the_index_follows_every_change_in_the_same_transaction() {
        let mut store = Store::open_in_memory("me").unwrap();
        let r = rules();
        let egor = store
            .save_contact(
                None,
                &record("Кузнецов Егор", "Кубанские новости", &["+7 918 123-45-67"]),
                &r,
                0,
            )
            .unwrap();
        assert_eq!(ids(&store, "kuzn"), vec![egor]);
        assert_eq!(ids(&store, "8 918 123 45 67"), vec![egor]);
        assert_eq!(ids(&store, "кубанские"), vec![egor]);
        // A new phone, a new name.
        let mut edited = record(
            "Кузнецов Георгий",
            "Кубанские новости",
            &["8 999 000-11-22"],
        );
        edited.emails = vec![point("egor@kuban.example")];
        store.save_contact(Some(egor), &edited, &r, 1).unwrap();
        assert!(ids(&store, "918123").is_empty());
        assert_eq!(ids(&store, "9990001122"), vec![egor]);
        assert_eq!(ids(&store, "георг"), vec![egor]);
        assert_eq!(ids(&store, "kuban.example"), vec![egor]);
        // The outlet renamed: its people are found by the new name.
        let outlet = store.contact_card(egor).unwrap().outlet_id.expect("outlet");
        let renamed = OutletRecord {
            id: outlet,
            name: "Вести Кубань".into(),
            kind: OutletKind::Tv,
            region: String::new(),
            notes: String::new(),
            phones: Vec::new(),
            emails: Vec::new(),
        };
        store.save_outlet(Some(outlet), &renamed, &r, 2).unwrap();
        assert_eq!(ids(&store, "вести"), vec![egor]);
        assert!(ids(&store, "кубанские").is_empty());
        // Merged away: the removed record leaves the index.
        let twin = store
            .save_contact(
                None,
                &record("Кузнецов Г.", "", &["+7 913 555-44-33"]),
                &r,
                3,
            )
            .unwrap();
        assert_eq!(ids(&store, "9135554433"), vec![twin]);
        store.merge_contacts(egor, twin, &r, 4).unwrap();
        assert_eq!(ids(&store, "9135554433"), vec![egor]);
        let rows: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM contact_search", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1);
        // A write rolled back leaves the index as it was.
        {
            let w = store.write().unwrap();
            w.save_contact(None, &record("Откат Отменов", "", &[]), &r, 5)
                .unwrap();
            drop(w);
        }
        assert!(ids(&store, "откат").is_empty());
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn the_directory_version_moves_with_the_directory_and_only_with_it() {
        use crate::domain::{Channel, Priority};
        use crate::store::{NewInquiry, OutletRef, Who};
        let mut store = Store::open_in_memory("me").unwrap();
        let r = rules();
        let mut version = store.directory_version().unwrap();
        let mut moved = |store: &Store| {
            let now = store.directory_version().unwrap();
            let moved = now != version;
            version = now;
            moved
        };
        let egor = store
            .save_contact(None, &record("Кузнецов Егор", "Вести", &[]), &r, 0)
            .unwrap();
        assert!(moved(&store), "a new contact");
        // An inquiry from a known caller, and one from nobody named, leave the book as it was.
        let call = |who: Who| NewInquiry {
            received_at: 10,
            channel: Channel::Phone,
            who,
            outlet: OutletRef::None,
            subject: String::new(),
            question: "Когда брифинг?".into(),
            requested_deadline: None,
            due_at: 100,
            priority: Priority::Normal,
            assignee: None,
        };
        store
            .log_inquiry(&call(Who::Existing(egor)), &r, 10)
            .unwrap();
        store.log_inquiry(&call(Who::Unknown), &r, 11).unwrap();
        assert!(!moved(&store), "inquiries alone");
        // An outlet with nobody at it yet, then changed, is part of the directory.
        let outlet = OutletRecord {
            id: 0,
            name: "Радио Кубани".into(),
            kind: OutletKind::Radio,
            region: String::new(),
            notes: String::new(),
            phones: Vec::new(),
            emails: Vec::new(),
        };
        let radio = store.save_outlet(None, &outlet, &r, 12).unwrap();
        assert!(moved(&store), "a new outlet");
        let moved_region = OutletRecord {
            id: radio,
            region: "Краснодар".into(),
            ..outlet
        };
        store
            .save_outlet(Some(radio), &moved_region, &r, 13)
            .unwrap();
        assert!(moved(&store), "an outlet's region");
        // A contact removed (merged away) with no phone or e-mail to its name.
        let twin = store
            .save_contact(None, &record("Кузнецов Е.", "", &[]), &r, 14)
            .unwrap();
        assert!(moved(&store));
        store.merge_contacts(egor, twin, &r, 15).unwrap();
        assert!(moved(&store), "a contact merged away");
    }

    /// Every contact's stored index row with its name key, by id.
    fn stored_rows(store: &Store) -> Vec<(i64, String, IndexRow)> {
        store
            .conn()
            .prepare(
                "SELECT contact_id, name_key, text, translit, digits, name_end, name_end_latin,
                        head_end, head_end_latin
                 FROM contact_search ORDER BY contact_id",
            )
            .unwrap()
            .query_map([], |r| {
                let row = IndexRow {
                    text: r.get(2)?,
                    translit: r.get(3)?,
                    digits: r.get(4)?,
                    name_end: r.get(5)?,
                    name_end_latin: r.get(6)?,
                    head_end: r.get(7)?,
                    head_end_latin: r.get(8)?,
                };
                Ok((r.get(0)?, r.get(1)?, row))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// What a refresh computes for every contact from what is stored.
    fn rebuilt_rows(store: &Store) -> Vec<(i64, String, IndexRow)> {
        store
            .conn()
            .prepare(&format!("{SOURCE} ORDER BY c.id"))
            .unwrap()
            .query_map([], row_of)
            .unwrap()
            .map(|r| {
                let (id, row) = r.unwrap();
                (id, row.name_key().to_string(), row)
            })
            .collect()
    }

    /// How many of the triggers that mark touched contacts are set.
    fn tracking_triggers(store: &Store) -> usize {
        TRACKERS
            .iter()
            .filter(|name| {
                store
                    .conn()
                    .query_row(
                        "SELECT 1 FROM sqlite_temp_schema WHERE type = 'trigger' AND name = ?1",
                        [name],
                        |_| Ok(()),
                    )
                    .optional()
                    .unwrap()
                    .is_some()
            })
            .count()
    }

    #[test]
    fn an_import_writes_the_rows_a_refresh_would_and_tracks_changes_again_after() {
        let mut store = Store::open_in_memory("me").unwrap();
        let r = rules();
        assert_eq!(tracking_triggers(&store), TRACKERS.len());
        store
            .save_outlet(
                None,
                &OutletRecord {
                    id: 0,
                    name: "Кубанские Новости".into(),
                    kind: OutletKind::Tv,
                    region: String::new(),
                    notes: String::new(),
                    phones: vec![point("+7 861 000-00-00")],
                    emails: Vec::new(),
                },
                &r,
                0,
            )
            .unwrap();
        let known = store
            .save_contact(
                None,
                &record("Кузнецов Егор", "", &["+7 918 123-45-67"]),
                &r,
                0,
            )
            .unwrap();
        let mut items: Vec<crate::store::ImportItem> = Vec::new();
        for n in 0..crate::store::IMPORT_BATCH + 40 {
            let mut card = record(
                &format!("  Шевченко {n} "),
                // The stored name's case differs: the row holds the stored one.
                if n % 3 == 0 {
                    "кубанские новости"
                } else {
                    ""
                },
                &[&format!("8 (918) 555-{:02}-{:02}", n / 100, n % 100), " "],
            );
            card.tags = vec![" ЖКХ".into(), "медицина, спорт ".into()];
            card.notes = format!("  Звонить после 10 ({n})\n");
            card.emails = vec![point(&format!(" olena{n}@Example.com ")), point("")];
            card.position = " редактор ".into();
            items.push(Ok(card));
        }
        // A card that updates a contact already known, one that updates a card of the
        // same import, and one that names itself by its e-mail.
        let mut update = record("Егор К.", "Кубанские новости", &["89181234567"]);
        update.emails = vec![point("egor@vesti.example")];
        items.push(Ok(update));
        let mut again = record("Шевченко 7", "", &["+7 918 555-00-07", "+7 999 000-00-07"]);
        again.notes = "Вторая заметка".into();
        items.push(Ok(again));
        let mut nameless = record("", "", &[]);
        nameless.emails = vec![point("no.name@example.com")];
        items.push(Ok(nameless));
        let version = store.directory_version().unwrap();
        let summary = store.import(items, &r, 5, false).unwrap();
        assert!(
            store.directory_version().unwrap() > version,
            "the interface reads again"
        );
        assert_eq!(summary.added, crate::store::IMPORT_BATCH + 41);
        assert_eq!(summary.updated, 2);
        assert_eq!(stored_rows(&store), rebuilt_rows(&store));
        assert_eq!(ids(&store, "vesti.example"), vec![known]);
        assert_eq!(ids(&store, "вторая заметка").len(), 1);
        // The import set the tracking back: an edit reaches the index as before.
        assert_eq!(tracking_triggers(&store), TRACKERS.len());
        store
            .save_contact(Some(known), &record("Кузнецов Георгий", "", &[]), &r, 6)
            .unwrap();
        assert_eq!(ids(&store, "георг"), vec![known]);
        assert_eq!(stored_rows(&store), rebuilt_rows(&store));
        // So does an import that fails half way.
        let failing: Vec<crate::store::ImportItem> = vec![Ok(record("Сбой", "", &[]))];
        store
            .conn()
            .execute_batch("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.audit BEGIN SELECT raise(ABORT, 'full'); END;")
            .unwrap();
        assert!(store.import(failing, &r, 7, false).is_err());
        store
            .conn()
            .execute_batch("DROP TRIGGER temp.refuse")
            .unwrap();
        assert_eq!(tracking_triggers(&store), TRACKERS.len());
    }

    #[test]
    fn an_upgrade_from_the_contact_book_schema_builds_the_index_after_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let mut store = Store::open_with_migrations(&path, &MIGRATIONS[..3]).unwrap();
            let r = rules();
            for (name, outlet, phone) in [
                ("Шевченко Олена", "Суспільне Львів", "0671234567"),
                ("Anna Kowalska", "Gazeta Krakowska", "+48 601 234 567"),
                ("Соловьёв Денис", "", "8 (3846) 61-23-45"),
            ] {
                store
                    .save_contact(None, &record(name, outlet, &[phone]), &r, 0)
                    .unwrap();
            }
            assert_eq!(store.schema_version().unwrap(), 3);
        }
        let store = Store::open(&path, "me").unwrap();
        assert!(backup_path(&path, 3).exists());
        let backup = Connection::open(backup_path(&path, 3)).unwrap();
        let v: i64 = backup
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 3);
        assert_eq!(ids(&store, "shevch").len(), 1);
        assert_eq!(ids(&store, "анна").len(), 1);
        assert_eq!(ids(&store, "соловьев").len(), 1);
        assert_eq!(ids(&store, "612345").len(), 1);
        for q in ["ol", "kowal", "a", "львів", "денс", "007", "800", "+7"] {
            assert_eq!(
                store.find_contacts(q, &rules(), 10).unwrap(),
                in_memory(&store, q, 10),
                "{q}"
            );
        }
        let built: i64 = store
            .conn()
            .query_row("SELECT version FROM search_meta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(built, INDEX_VERSION);
    }

    /// Only the Latin text is indexed; a word the folded text holds is still found where
    /// `sz` or `cz` was folded to `sh` or `ch` just before it (`wszołek` is `vsholek` in
    /// Latin, which does not hold `zolek`).
    #[test]
    fn a_word_after_a_folded_digraph_is_found_through_the_latin_index() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "me").unwrap();
        let r = rules();
        let wszolek = store
            .save_contact(None, &record("Wszołek Jan", "Bezzubow i syn", &[]), &r, 0)
            .unwrap();
        let biesz = store
            .save_contact(None, &record("Бесзубов Пётр", "", &[]), &r, 0)
            .unwrap();
        let zolek = store
            .save_contact(None, &record("Żołek Anna", "", &[]), &r, 0)
            .unwrap();
        let index = store.contact_index(&r).unwrap();
        assert!(index.reads_the_database_index());
        for (q, want) in [
            // Wszołek holds it as typed, Żołek in Latin.
            ("zołek", vec![wszolek, zolek]),
            ("ołek", vec![wszolek, zolek]),
            // Бесзубов as typed, Bezzubow in Latin.
            ("зубов", vec![wszolek, biesz]),
        ] {
            let mut found = ids(&store, q);
            found.sort_unstable();
            assert_eq!(found, want, "{q}");
            assert_eq!(
                store.find_contacts(q, &r, 10).unwrap(),
                in_memory(&store, q, 10)
            );
            let ranked = index.rank(q, None);
            let mut through_index: Vec<i64> =
                ranked.items.iter().map(|&i| index.at(i).id).collect();
            through_index.sort_unstable();
            assert_eq!(through_index, want, "{q}");
        }
    }

    #[test]
    fn an_upgrade_to_the_latin_index_rebuilds_it_after_a_backup() {
        // The schema just before migration 11 made this index.
        const BEFORE: usize = 10;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let r = rules();
        let mut made = Vec::new();
        {
            let mut store = Store::open_with_migrations(&path, &MIGRATIONS[..BEFORE]).unwrap();
            for (name, outlet, phone) in [
                ("Шевченко Олена", "Суспільне Львів", "0671234567"),
                ("Wszołek Jan", "Gazeta Krakowska", "+48 601 234 567"),
                ("Соловьёв Денис", "", "8 (3846) 61-23-45"),
            ] {
                made.push(
                    store
                        .save_contact(None, &record(name, outlet, &[phone]), &r, 0)
                        .unwrap(),
                );
            }
            assert_eq!(store.schema_version().unwrap(), BEFORE as i64);
        }
        let mut store = Store::open(&path, "me").unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
        let backup = Connection::open(backup_path(&path, BEFORE as i64)).unwrap();
        let columns: i64 = backup
            .query_row(
                "SELECT count(*) FROM pragma_table_info('contact_fts')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(columns, 3, "the copy is the file as it was");
        // Every contact is in the new index, its Latin text and digits in one column.
        let (columns, indexed): (i64, i64) = store
            .conn()
            .query_row(
                "SELECT (SELECT count(*) FROM pragma_table_info('contact_fts')),
                        (SELECT count(*) FROM contact_fts WHERE contact_fts MATCH '\"234\"')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((columns, indexed), (1, 3));
        assert_eq!(ids(&store, "shevch"), vec![made[0]]);
        assert_eq!(ids(&store, "олена"), vec![made[0]]);
        assert_eq!(ids(&store, "zołek"), vec![made[1]]);
        assert_eq!(ids(&store, "соловьев"), vec![made[2]]);
        assert_eq!(ids(&store, "612345"), vec![made[2]]);
        assert_eq!(ids(&store, "601 234"), vec![made[1]]);
        // The index keeps following changes: an edit, a new contact, a removal.
        let mut edited = record("Шевченко Олена", "Радіо Свобода", &["0501112233"]);
        edited.notes = "ведуча".into();
        store.save_contact(Some(made[0]), &edited, &r, 1).unwrap();
        assert!(ids(&store, "0671234567").is_empty());
        assert!(ids(&store, "львів").is_empty());
        assert_eq!(ids(&store, "0501112233"), vec![made[0]]);
        assert_eq!(ids(&store, "svoboda"), vec![made[0]]);
        let added = store
            .save_contact(None, &record("Бесзубов Пётр", "", &[]), &r, 2)
            .unwrap();
        assert_eq!(ids(&store, "зубов"), vec![added]);
        store.merge_contacts(made[2], added, &r, 3).unwrap();
        assert!(!ids(&store, "зубов").contains(&added));
        for q in [
            "ol",
            "kowal",
            "a",
            "денс",
            "007",
            "800",
            "+7",
            "ведуча",
            "zzz",
        ] {
            assert_eq!(
                store.find_contacts(q, &r, 10).unwrap(),
                in_memory(&store, q, 10),
                "{q}"
            );
        }
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_short_word_reads_the_names_that_start_with_it() {
        let mut store = Store::open_in_memory("me").unwrap();
        let r = rules();
        for name in [
            "Ив",
            "Иванов Пётр",
            "Ивлева Анна",
            "Давид Ивашин",
            "Сивков Ил",
        ] {
            store
                .save_contact(None, &record(name, "", &[]), &r, 0)
                .unwrap();
        }
        for limit in [1, 2, 3, 10] {
            assert_eq!(
                store.find_contacts("ив", &r, limit).unwrap(),
                in_memory(&store, "ив", limit),
                "limit {limit}"
            );
        }
        assert_eq!(store.find_contacts("ив", &r, 2).unwrap().total, 5);
    }

    const SYLLABLES: &[&str] = &[
        "ку", "зне", "цов", "оле", "на", "ша", "шев", "чен", "ко", "ё", "ль", "ві", "ka", "ow",
        "al", "ska", "łę", "ż", "jan", "no", "wak", "mi", "kh", "ai", "lo", "и", "ва", "нов",
        // `sz` and `cz` fold to `sh` and `ch` in Latin, across syllables too.
        "с", "wsz", "cz", "zak", "oł",
    ];

    /// Words whose Latin form starts with `z`, which the syllables above can put right
    /// after an `s` or a `c`.
    const AFTER_A_DIGRAPH: &[&str] = &["зне", "zak", "zakoł", "żoł", "zow", "żal"];

    fn word() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(SYLLABLES), 1..4).prop_map(|parts| {
            let w: String = parts.concat();
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
    }

    fn phone() -> impl Strategy<Value = String> {
        (0u32..1000, 0u32..10_000, 0usize..3).prop_map(|(a, b, style)| match style {
            0 => format!("+7 918 {a:03}-{:02}-{:02}", b / 100, b % 100),
            1 => format!("8918{a:03}{b:04}"),
            _ => format!("8 (918) {a:03} {b:04}"),
        })
    }

    fn contact() -> impl Strategy<Value = ContactRecord> {
        (
            proptest::collection::vec(word(), 1..3),
            proptest::option::of(word()),
            proptest::collection::vec(phone(), 0..2),
            proptest::option::of(word()),
        )
            .prop_map(|(name, outlet, phones, notes)| ContactRecord {
                name: name.join(" "),
                kind: Some(ContactKind::Journalist),
                outlet,
                notes: notes.unwrap_or_default(),
                phones: phones.iter().map(|p| point(p)).collect(),
                ..Default::default()
            })
    }

    fn query() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(SYLLABLES).prop_map(String::from),
            word().prop_map(|w| w.to_lowercase()),
            (word(), word()).prop_map(|(a, b)| format!("{a} {b}")),
            "[a-zа-я]{1,6}",
            "[0-9]{3,7}",
            phone(),
            proptest::sample::select(AFTER_A_DIGRAPH).prop_map(String::from),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn the_database_index_and_the_in_memory_index_agree(
            book in proptest::collection::vec(contact(), 1..40),
            queries in proptest::collection::vec(query(), 1..8),
            limit in 1usize..12,
        ) {
            // A file, so that the interface's index asks the trigram index for its
            // candidates as it does on a real desk.
            let dir = tempfile::tempdir().unwrap();
            let mut store = Store::open(&dir.path().join("desk.sqlite3"), "me").unwrap();
            let r = rules();
            for c in &book {
                store.save_contact(None, c, &r, 0).unwrap();
            }
            let summaries = ContactIndex::new(store.contact_summaries().unwrap(), rules());
            let columns = store.contact_index(&r).unwrap();
            prop_assert!(columns.reads_the_database_index());
            for q in &queries {
                let db = store.find_contacts(q, &r, limit).unwrap();
                let mem = in_memory(&store, q, limit);
                prop_assert_eq!(&db, &mem, "query {:?}", q);
                // The interface's index, read from the stored columns, ranks the same.
                let (a, b) = (summaries.rank(q, None), columns.rank(q, None));
                prop_assert_eq!(&a.items, &b.items, "query {:?}", q);
                for &i in a.items.iter().take(limit) {
                    prop_assert_eq!(summaries.at(i), columns.at(i));
                    prop_assert_eq!(summaries.highlight(i, q), columns.highlight(i, q));
                }
                // Typed a letter at a time, each ranking narrowing the last, the result
                // is the same as the query ranked afresh.
                let mut typed = String::new();
                let mut last: Option<Ranked> = None;
                for ch in q.chars() {
                    typed.push(ch);
                    last = Some(columns.rank(&typed, last.as_ref()));
                }
                let narrowed = last.expect("a query has a letter");
                prop_assert_eq!(&narrowed.items, &b.items, "typed {:?}", q);
                prop_assert_eq!(narrowed.exact, b.exact);
                // As the interface types it: where the first screen is known without
                // ranking, it is shown and the rest counted (every other key to its end,
                // else the next key narrows from the first screen alone); a typo's retry
                // over more than `limit` records is read a slice at a time too.
                let mut typed = String::new();
                let mut last: Option<Ranked> = None;
                for (n, ch) in q.chars().enumerate() {
                    typed.push(ch);
                    let afresh = columns.rank(&typed, None);
                    let Some(first) = columns.first_rows(&typed, limit, |_| true) else {
                        let ranked = match columns.rank_or_count(&typed, last.as_ref(), limit) {
                            Ok(ranked) => ranked,
                            Err(mut counting) => loop {
                                if let Some(done) = columns.go_on(&mut counting, 7) {
                                    break done;
                                }
                            },
                        };
                        prop_assert_eq!(&ranked.items, &afresh.items, "{:?}", typed);
                        prop_assert_eq!(ranked.loose, afresh.loose);
                        last = Some(ranked);
                        continue;
                    };
                    let shown = first.rows.len();
                    prop_assert_eq!(&first.rows[..], &afresh.items[..shown], "{:?}", typed);
                    prop_assert_eq!(first.whole, shown == limit);
                    let mut counting = columns.count_later(&typed, last.as_ref());
                    let provisional = columns.provisional(&typed, first.rows, last.as_ref());
                    last = Some(if n % 2 == 0 {
                        provisional
                    } else {
                        let counted = loop {
                            if let Some(done) = columns.go_on(&mut counting, 7) {
                                break done;
                            }
                        };
                        prop_assert_eq!(&counted.items, &afresh.items, "{:?}", typed);
                        counted
                    });
                }
            }
        }

        #[test]
        fn an_import_writes_the_same_index_rows_as_a_refresh(
            known in proptest::collection::vec((contact(), 0usize..8), 0..12),
            cards in proptest::collection::vec(
                (contact(), 0usize..8, proptest::collection::vec(word(), 0..3), any::<bool>()),
                1..30,
            ),
        ) {
            // A few shared numbers, so that cards update contacts known before and cards
            // read earlier in the same import.
            let shared = |n: usize| {
                (n < 5).then(|| point(&format!("+7 913 000-00-0{n}")))
            };
            let mut store = Store::open_in_memory("me").unwrap();
            let r = rules();
            for (mut c, n) in known {
                c.phones.extend(shared(n));
                store.save_contact(None, &c, &r, 0).unwrap();
            }
            // Cards with tags, e-mails and spaces, some naming an outlet in another case
            // than the one stored.
            let items: Vec<crate::store::ImportItem> = cards
                .into_iter()
                .map(|(mut c, n, tags, shout)| {
                    c.phones.extend(shared(n));
                    c.tags = tags;
                    if shout {
                        c.outlet = c.outlet.map(|o| format!(" {} ", o.to_uppercase()));
                        let address = format!(" {}@Example.com", c.name.replace(' ', "."));
                        c.emails = vec![point(&address)];
                    }
                    Ok(c)
                })
                .collect();
            let summary = store.import(items, &r, 1, false).unwrap();
            prop_assert_eq!(stored_rows(&store), rebuilt_rows(&store), "{:?}", summary);
        }

        #[test]
        fn a_script_naming_a_contact_gets_the_in_memory_answer(
            book in proptest::collection::vec(contact(), 1..40),
            queries in proptest::collection::vec(query(), 1..8),
            loose in 2usize..6,
        ) {
            let mut store = Store::open_in_memory("me").unwrap();
            let r = rules();
            for c in &book {
                store.save_contact(None, c, &r, 0).unwrap();
            }
            let memory = ContactIndex::new(store.contact_summaries().unwrap(), rules());
            let first = |found: Resolution| match found {
                Resolution::Many(ids) => Resolution::Many(ids.into_iter().take(loose).collect()),
                other => other,
            };
            // Whole names and their first words too, which are what scripts pass.
            let names = book.iter().flat_map(|c| {
                [c.name.clone(), c.name.split(' ').next().unwrap_or("").to_lowercase()]
            });
            for q in queries.iter().cloned().chain(names) {
                let db = store.resolve_among(&q, &r, loose).unwrap();
                prop_assert_eq!(first(db), first(memory.resolve_among(&q, loose)), "query {:?}", q);
            }
        }
    }
}
