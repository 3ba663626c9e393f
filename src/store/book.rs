//! The contact book: cards, the timeline of calls, meetings and notes, editing, merging
//! two records of one person, and moving records in and out (import and export).

use std::collections::{BTreeMap, HashMap};

use rusqlite::{OptionalExtension, params};

use super::audit::Change;
use super::contacts::{OutletRef, Owner};
use super::inquiries::{SELECT, inquiry_from_row};
use super::{Result, Store, StoreError, Writer};
use crate::domain::contact::{
    COLLEAGUES_ON_CARD, COVERAGE_ON_CARD, ContactCard, ContactEvent, EventKind, MergeNote,
    OutletCard, OutletKind, PEOPLE_ON_OUTLET_CARD, Point,
};
use crate::domain::phone::PhoneRules;
use crate::domain::{ContactKind, Relationship, Timestamp};
use crate::tr;

/// One of an outlet's people: (id, name, position).
type Person = (i64, String, String);

/// A contact as the editor, an import and an export see it: every field, and each phone,
/// e-mail and messenger handle with its label.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactRecord {
    pub name: String,
    pub kind: Option<ContactKind>,
    pub outlet: Option<String>,
    pub position: String,
    pub relationship: Relationship,
    pub tags: Vec<String>,
    pub notes: String,
    pub phones: Vec<Point>,
    pub emails: Vec<Point>,
    pub messengers: Vec<Point>,
}

impl ContactRecord {
    pub fn kind(&self) -> ContactKind {
        self.kind.unwrap_or(ContactKind::Journalist)
    }

    fn values(points: &[Point]) -> String {
        points
            .iter()
            .map(|p| p.value.trim())
            .filter(|v| !v.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// An outlet with its own phones and e-mails, for exports.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletRecord {
    pub id: i64,
    pub name: String,
    pub kind: OutletKind,
    pub region: String,
    pub notes: String,
    pub phones: Vec<Point>,
    pub emails: Vec<Point>,
}

/// The whole book as exports write it: (id, contact) in name order, and the outlets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Book {
    pub contacts: Vec<(i64, ContactRecord)>,
    pub outlets: Vec<OutletRecord>,
}

/// A call, meeting or note to add to a contact's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub contact_id: i64,
    pub kind: EventKind,
    pub at: Timestamp,
    pub body: String,
}

/// Records written per transaction of an import: a batch holds the file about a tenth
/// of a second on a quiet machine (a fifth in a million-contact book), so a
/// colleague's write never waits long for it, and each batch's pages of the indexes
/// (scattered, since names, phones and e-mails come in no order) are written once for
/// many cards rather than once for a few.
pub const IMPORT_BATCH: usize = 2_000;

/// The page cache an import works with (KiB): a batch's scattered index pages stay in
/// memory until its commit instead of being written out and read back midway.
const IMPORT_CACHE_KIB: i64 = 32 * 1024;
/// Pages of write-ahead log an import lets gather before copying them into the file: a
/// page that several batches change is copied once, not once per batch.
const IMPORT_CHECKPOINT_PAGES: i64 = 10_000;

/// The connection's settings an import changes for its own time, as they were before.
struct ImportPragmas {
    cache_size: i64,
    wal_autocheckpoint: i64,
}

impl ImportPragmas {
    fn set(conn: &rusqlite::Connection) -> Result<ImportPragmas> {
        let value = |pragma: &str| conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0));
        let usual = ImportPragmas {
            cache_size: value("cache_size")?,
            wal_autocheckpoint: value("wal_autocheckpoint")?,
        };
        conn.execute_batch(&format!(
            "PRAGMA synchronous = NORMAL;
             PRAGMA cache_size = -{IMPORT_CACHE_KIB};
             PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES};"
        ))?;
        Ok(usual)
    }

    fn restore(self, conn: &rusqlite::Connection) -> Result<()> {
        conn.execute_batch(&format!(
            "PRAGMA synchronous = FULL;
             PRAGMA cache_size = {};
             PRAGMA wal_autocheckpoint = {};",
            self.cache_size, self.wal_autocheckpoint
        ))?;
        Ok(())
    }
}

/// Why an imported record was not written.
#[derive(Debug, Clone, PartialEq)]
pub enum SkipReason {
    /// Neither a name nor a phone or e-mail to call it by.
    NoName,
    /// Its phone or e-mail belongs to several contacts; which one to update is unclear.
    Ambiguous(Vec<i64>),
    /// It matched a contact that already has everything it holds.
    Unchanged(i64),
    /// The file's record could not be read.
    Unreadable(String),
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportSummary {
    /// Records read from the file, those of an earlier interrupted run included.
    pub read: usize,
    /// Records an earlier, interrupted run of the same file had already handled.
    pub resumed: usize,
    pub added: usize,
    pub updated: usize,
    /// (the record's name or number in the file, why).
    pub skipped: Vec<(String, SkipReason)>,
}

/// One record read from a file: a contact, or the reason it could not be read.
pub type ImportItem = std::result::Result<ContactRecord, (String, String)>;

fn split_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

/// The statements that write one to four of a contact's phones, e-mails and handles.
const POINT_INSERTS: [&str; 4] = [
    "INSERT INTO contact_points (contact_id, kind, value, digits, label) VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO contact_points (contact_id, kind, value, digits, label) VALUES (?, ?, ?, ?, ?),
         (?, ?, ?, ?, ?)",
    "INSERT INTO contact_points (contact_id, kind, value, digits, label) VALUES (?, ?, ?, ?, ?),
         (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)",
    "INSERT INTO contact_points (contact_id, kind, value, digits, label) VALUES (?, ?, ?, ?, ?),
         (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)",
];

/// A phone, e-mail or handle as `contact_points` holds it: (value, digits), or none when
/// it is empty.
fn stored_point<'a>(kind: &str, point: &'a Point, rules: &PhoneRules) -> Option<(&'a str, String)> {
    let value = point.value.trim();
    if value.is_empty() {
        return None;
    }
    let digits = if kind == "phone" {
        rules.normalize(value)
    } else {
        String::new()
    };
    Some((value, digits))
}

fn point_key(kind: &str, value: &str, rules: &PhoneRules) -> String {
    if kind == "phone" {
        rules.normalize(value)
    } else {
        value.trim().to_lowercase()
    }
}

impl Store {
    /// A contact's card: fields, phones and e-mails, colleagues at the same outlet, and the
    /// whole timeline.
    pub fn contact_card(&self, id: i64) -> Result<ContactCard> {
        let mut card = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.name, c.kind, c.outlet_id, o.name, c.position, c.relationship,
                        c.tags, c.notes, c.created_at
                 FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id WHERE c.id = ?1",
            )?
            .query_row([id], |r| {
                Ok(ContactCard {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: ContactKind::parse(&r.get::<_, String>(2)?),
                    outlet_id: r.get(3)?,
                    outlet: r.get(4)?,
                    position: r.get(5)?,
                    relationship: Relationship::parse(&r.get::<_, String>(6)?).unwrap_or_default(),
                    tags: split_tags(&r.get::<_, String>(7)?),
                    notes: r.get(8)?,
                    created_at: r.get(9)?,
                    ..Default::default()
                })
            })
            .optional()?
            .ok_or(StoreError::NoContact(id))?;
        let (phones, emails, messengers) = self.points(Owner::Contact(id))?;
        card.phones = phones;
        card.emails = emails;
        card.messengers = messengers;
        if let Some(outlet) = card.outlet_id {
            let (colleagues, count) = self.people_at(outlet, Some(id), COLLEAGUES_ON_CARD)?;
            card.colleagues = colleagues;
            card.colleague_count = u32::try_from(count).unwrap_or(u32::MAX);
        }
        let sql =
            format!("{SELECT} WHERE i.contact_id = ?1 ORDER BY i.received_at DESC, i.id DESC");
        card.inquiries = self
            .conn
            .prepare_cached(&sql)?
            .query_map([id], inquiry_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let sql = format!(
            "{SELECT} WHERE i.expert_id = ?1 AND (i.contact_id IS NULL OR i.contact_id <> ?1)
             ORDER BY i.received_at DESC, i.id DESC"
        );
        card.commented = self
            .conn
            .prepare_cached(&sql)?
            .query_map([id], inquiry_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        card.events = self
            .conn
            .prepare_cached(
                "SELECT id, contact_id, kind, at, body, created_by FROM contact_events
                 WHERE contact_id = ?1 ORDER BY at DESC, id DESC",
            )?
            .query_map([id], |r| {
                Ok(ContactEvent {
                    id: r.get(0)?,
                    contact_id: r.get(1)?,
                    kind: EventKind::parse(&r.get::<_, String>(2)?).unwrap_or(EventKind::Note),
                    at: r.get(3)?,
                    body: r.get(4)?,
                    created_by: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        card.merges = self
            .conn
            .prepare_cached(
                "SELECT merged_id, merged_name, at, who FROM contact_merges
                 WHERE kept_id = ?1 ORDER BY at DESC, id DESC",
            )?
            .query_map([id], |r| {
                Ok(MergeNote {
                    merged_id: r.get(0)?,
                    merged_name: r.get(1)?,
                    at: r.get(2)?,
                    who: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        card.coverage = self.coverage_of_contact(id, COVERAGE_ON_CARD)?;
        Ok(card)
    }

    /// An outlet's card: its own phones and e-mails, its people and its inquiries.
    pub fn outlet_card(&self, id: i64) -> Result<OutletCard> {
        let (name, kind, region, notes): (String, String, String, String) = self
            .conn
            .prepare_cached("SELECT name, kind, region, notes FROM outlets WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?
            .ok_or_else(|| StoreError::Invalid(tr!("store-no-outlet", id = id)))?;
        let (phones, emails, _) = self.points(Owner::Outlet(id))?;
        let inquiry_count: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM inquiries WHERE outlet_id = ?1")?
            .query_row([id], |r| r.get(0))?;
        let sql = format!(
            "{SELECT} WHERE i.outlet_id = ?1 ORDER BY i.received_at DESC, i.id DESC LIMIT 200"
        );
        let inquiries = self
            .conn
            .prepare_cached(&sql)?
            .query_map([id], inquiry_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let (people, people_count) = self.people_at(id, None, PEOPLE_ON_OUTLET_CARD)?;
        Ok(OutletCard {
            id,
            name,
            kind: OutletKind::parse(&kind).unwrap_or(OutletKind::Online),
            region,
            notes,
            phones,
            emails,
            people,
            people_count,
            inquiries,
            inquiry_count: inquiry_count as usize,
            coverage: self.coverage_of_outlet(id, COVERAGE_ON_CARD)?,
        })
    }

    /// The first `limit` people of an outlet in name order, and how many it has.
    fn people_at(
        &self,
        outlet: i64,
        except: Option<i64>,
        limit: usize,
    ) -> Result<(Vec<Person>, usize)> {
        let except = except.unwrap_or(-1);
        let rows = self
            .conn
            .prepare_cached(
                "SELECT id, name, position FROM contacts WHERE outlet_id = ?1 AND id <> ?2
                 ORDER BY name, id LIMIT ?3",
            )?
            .query_map(params![outlet, except, limit as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let count: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM contacts WHERE outlet_id = ?1 AND id <> ?2")?
            .query_row(params![outlet, except], |r| r.get(0))?;
        Ok((rows, count as usize))
    }

    /// Phones, e-mails and messenger handles of a contact or an outlet, in the order added.
    fn points(&self, owner: Owner) -> Result<(Vec<Point>, Vec<Point>, Vec<Point>)> {
        let (sql, id) = match owner {
            Owner::Contact(id) => (
                "SELECT kind, value, label FROM contact_points WHERE contact_id = ?1 ORDER BY id",
                id,
            ),
            Owner::Outlet(id) => (
                "SELECT kind, value, label FROM contact_points WHERE outlet_id = ?1 ORDER BY id",
                id,
            ),
        };
        let mut phones = Vec::new();
        let mut emails = Vec::new();
        let mut messengers = Vec::new();
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(0)?;
            let point = Point {
                value: r.get(1)?,
                label: r.get(2)?,
            };
            match kind.as_str() {
                "phone" => phones.push(point),
                "email" => emails.push(point),
                _ => messengers.push(point),
            }
        }
        Ok((phones, emails, messengers))
    }

    /// The contacts an e-mail address belongs to (case does not matter).
    pub fn contacts_with_email(&self, email: &str) -> Result<Vec<i64>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT contact_id FROM contact_points
                 WHERE kind = 'email' AND value = ?1 COLLATE NOCASE AND contact_id IS NOT NULL
                 ORDER BY contact_id",
            )?
            .query_map([email.trim()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The contacts a phone number (in international digits) belongs to.
    pub fn contacts_with_phone(&self, digits: &str) -> Result<Vec<i64>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT contact_id FROM contact_points
                 WHERE kind = 'phone' AND digits = ?1 AND contact_id IS NOT NULL
                 ORDER BY contact_id",
            )?
            .query_map([digits], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Adds a call, meeting or note to a contact's timeline and commits it.
    pub fn add_event(&mut self, event: &NewEvent, now: Timestamp) -> Result<i64> {
        self.commit(|w| w.add_event(event, now))
    }

    /// Creates (`id` none) or updates a contact from the editor, and commits it.
    pub fn save_contact(
        &mut self,
        id: Option<i64>,
        record: &ContactRecord,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        self.commit(|w| w.save_contact(id, record, rules, now))
    }

    /// Creates (`id` none) or updates an outlet, and commits it.
    pub fn save_outlet(
        &mut self,
        id: Option<i64>,
        outlet: &OutletRecord,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        self.commit(|w| w.save_outlet(id, outlet, rules, now))
    }

    /// Merges `other` into `keep` and commits it.
    pub fn merge_contacts(
        &mut self,
        keep: i64,
        other: i64,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<()> {
        self.commit(|w| w.merge_contacts(keep, other, rules, now))
    }

    /// Writes imported records: a record whose phone or e-mail already belongs to one
    /// contact updates that contact; the others are added. A dry run does the same work
    /// and rolls it back, so its summary is exactly what a real run would do.
    pub fn import(
        &mut self,
        items: impl IntoIterator<Item = ImportItem>,
        rules: &PhoneRules,
        now: Timestamp,
        dry_run: bool,
    ) -> Result<ImportSummary> {
        self.import_from(items, rules, now, dry_run, None)
    }

    /// `import`, in batches of `IMPORT_BATCH` records, each its own short transaction, so
    /// a colleague's write waits a fraction of a second at most. A record is written whole
    /// or not at all. With `source` (naming the file), the number of records handled is
    /// committed with each batch, and an interrupted import of the same file carries on
    /// after the last batch that was committed.
    pub fn import_from(
        &mut self,
        items: impl IntoIterator<Item = ImportItem>,
        rules: &PhoneRules,
        now: Timestamp,
        dry_run: bool,
        source: Option<&str>,
    ) -> Result<ImportSummary> {
        let mut summary = ImportSummary::default();
        let mut items = items.into_iter().enumerate();
        if dry_run {
            // One transaction, rolled back: what a real run would do, nothing kept.
            let writer = self.write()?;
            for (n, item) in items {
                summary.read += 1;
                writer.import_item(n, item, rules, now, &mut summary)?;
            }
            return Ok(summary);
        }
        let source = source.filter(|s| !s.is_empty());
        if let Some(source) = source {
            let done: Option<i64> = self
                .conn
                .prepare_cached("SELECT records FROM import_progress WHERE source = ?1")?
                .query_row([source], |r| r.get(0))
                .optional()?;
            summary.resumed = done.unwrap_or(0).max(0) as usize;
        }
        for _ in 0..summary.resumed {
            if items.next().is_none() {
                break;
            }
            summary.read += 1;
        }
        // Each batch but the last commits without waiting for the disk; the last one's
        // wait covers them all, so the import is on disk when it says it is done. A power
        // cut before that takes back whole batches with their progress mark, and the next
        // run of the same file carries on after the last batch that stayed.
        let usual = ImportPragmas::set(&self.conn)?;
        // The import writes the index row of each contact it touches itself.
        let batches = super::search::pause_tracking(&self.conn)
            .and_then(|()| self.import_batches(items, rules, now, source, &mut summary));
        let tracking = super::search::resume_tracking(&self.conn);
        let restored = usual.restore(&self.conn);
        batches?;
        tracking?;
        restored?;
        Ok(summary)
    }

    /// The batches of a non-dry import, each its own transaction; the last one commits
    /// with `synchronous = FULL`.
    fn import_batches(
        &mut self,
        items: impl Iterator<Item = (usize, ImportItem)>,
        rules: &PhoneRules,
        now: Timestamp,
        source: Option<&str>,
        summary: &mut ImportSummary,
    ) -> Result<()> {
        let mut items = items.peekable();
        loop {
            let batch: Vec<(usize, ImportItem)> = items.by_ref().take(IMPORT_BATCH).collect();
            let Some(&(last, _)) = batch.last() else {
                return Ok(());
            };
            if items.peek().is_none() {
                self.conn.execute_batch("PRAGMA synchronous = FULL")?;
            }
            let writer = self.write()?;
            let started = std::time::Instant::now();
            let written = summary.added + summary.updated;
            for (n, item) in batch {
                summary.read += 1;
                writer.import_item(n, item, rules, now, summary)?;
            }
            if summary.added + summary.updated > written {
                writer.directory_changed()?;
            }
            if let Some(source) = source {
                writer
                    .tx
                    .prepare_cached(
                        "INSERT INTO import_progress (source, records, updated_at)
                         VALUES (?1, ?2, ?3)
                         ON CONFLICT (source) DO UPDATE SET records = ?2, updated_at = ?3",
                    )?
                    .execute(params![source, (last + 1) as i64, now])?;
            }
            writer.commit()?;
            // A colleague waiting for the lock takes it now, before the next batch.
            std::thread::sleep(super::lock::pause_after(started.elapsed()));
        }
    }

    /// Forgets how far an import of `source` got, once the whole file was read: the next
    /// import of it starts from the top (and finds what it holds already there).
    pub fn finish_import(&mut self, source: &str) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM import_progress WHERE source = ?1")?
            .execute([source])?;
        Ok(())
    }

    /// Every contact with all its fields, in name order, and every outlet.
    pub fn export_book(&self) -> Result<Book> {
        let mut contacts: Vec<(i64, ContactRecord)> = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.name, c.kind, o.name, c.position, c.relationship, c.tags, c.notes
                 FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id
                 ORDER BY c.name, c.id",
            )?
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    ContactRecord {
                        name: r.get(1)?,
                        kind: ContactKind::parse(&r.get::<_, String>(2)?),
                        outlet: r.get(3)?,
                        position: r.get(4)?,
                        relationship: Relationship::parse(&r.get::<_, String>(5)?)
                            .unwrap_or_default(),
                        tags: split_tags(&r.get::<_, String>(6)?),
                        notes: r.get(7)?,
                        ..Default::default()
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut outlets: Vec<OutletRecord> = self
            .conn
            .prepare_cached("SELECT id, name, kind, region, notes FROM outlets ORDER BY name")?
            .query_map([], |r| {
                Ok(OutletRecord {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: OutletKind::parse(&r.get::<_, String>(2)?).unwrap_or(OutletKind::Online),
                    region: r.get(3)?,
                    notes: r.get(4)?,
                    phones: Vec::new(),
                    emails: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let contact_at: HashMap<i64, usize> = contacts
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i))
            .collect();
        let outlet_at: HashMap<i64, usize> =
            outlets.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, outlet_id, kind, value, label FROM contact_points ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let contact: Option<i64> = r.get(0)?;
            let outlet: Option<i64> = r.get(1)?;
            let kind: String = r.get(2)?;
            let point = Point {
                value: r.get(3)?,
                label: r.get(4)?,
            };
            if let Some(i) = contact.and_then(|c| contact_at.get(&c)) {
                let record = &mut contacts[*i].1;
                match kind.as_str() {
                    "phone" => record.phones.push(point),
                    "email" => record.emails.push(point),
                    _ => record.messengers.push(point),
                }
            } else if let Some(i) = outlet.and_then(|o| outlet_at.get(&o)) {
                match kind.as_str() {
                    "phone" => outlets[*i].phones.push(point),
                    "email" => outlets[*i].emails.push(point),
                    _ => {}
                }
            }
        }
        Ok(Book { contacts, outlets })
    }
}

enum Imported {
    Added,
    Updated,
    Skipped(SkipReason),
}

impl Writer<'_> {
    pub fn add_event(&self, event: &NewEvent, now: Timestamp) -> Result<i64> {
        let exists: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM contacts WHERE id = ?1",
                [event.contact_id],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::NoContact(event.contact_id));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO contact_events (contact_id, kind, at, body, created_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                event.contact_id,
                event.kind.code(),
                event.at,
                event.body.trim(),
                self.user,
                now
            ])?;
        let id = self.tx.last_insert_rowid();
        self.record(
            Change {
                entity: "contact",
                id: event.contact_id,
                action: "event",
                field: Some(event.kind.code()),
                old: None,
                new: Some(event.body.trim().to_string()),
            },
            now,
        )?;
        Ok(id)
    }

    fn record_field(
        &self,
        id: i64,
        field: &'static str,
        old: String,
        new: String,
        now: Timestamp,
    ) -> Result<bool> {
        if old == new {
            return Ok(false);
        }
        self.record(
            Change {
                entity: "contact",
                id,
                action: "update",
                field: Some(field),
                old: Some(old),
                new: Some(new),
            },
            now,
        )?;
        Ok(true)
    }

    /// Creates or updates a contact from a whole record; each changed field goes into
    /// the audit trail.
    pub fn save_contact(
        &self,
        id: Option<i64>,
        record: &ContactRecord,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        let name = record.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(tr!("store-contact-needs-name")));
        }
        let outlet = match record.outlet.as_deref().map(str::trim) {
            Some(o) if !o.is_empty() => OutletRef::Named(o.to_string()),
            _ => OutletRef::None,
        };
        let outlet_id = self.resolve_outlet(&outlet, now)?;
        let tags = record.tags.join(", ");
        let Some(id) = id else {
            self.tx
                .prepare_cached(
                    "INSERT INTO contacts (name, kind, outlet_id, position, relationship, tags,
                                           notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?
                .execute(params![
                    name,
                    record.kind().code(),
                    outlet_id,
                    record.position.trim(),
                    record.relationship.code(),
                    tags,
                    record.notes.trim(),
                    now
                ])?;
            let id = self.tx.last_insert_rowid();
            self.write_points(id, record, rules)?;
            self.record_created("contact", id, name, now)?;
            return Ok(id);
        };
        let before = self.record_of(id)?;
        self.tx
            .prepare_cached(
                "UPDATE contacts SET name = ?1, kind = ?2, outlet_id = ?3, position = ?4,
                        relationship = ?5, tags = ?6, notes = ?7, updated_at = ?8
                 WHERE id = ?9",
            )?
            .execute(params![
                name,
                record.kind().code(),
                outlet_id,
                record.position.trim(),
                record.relationship.code(),
                tags,
                record.notes.trim(),
                now,
                id
            ])?;
        self.tx
            .prepare_cached("DELETE FROM contact_points WHERE contact_id = ?1")?
            .execute([id])?;
        self.write_points(id, record, rules)?;
        let after = self.record_of(id)?;
        let fields: [(&'static str, String, String); 10] = [
            ("name", before.name.clone(), after.name.clone()),
            (
                "kind",
                before.kind().code().into(),
                after.kind().code().into(),
            ),
            (
                "outlet",
                before.outlet.clone().unwrap_or_default(),
                after.outlet.clone().unwrap_or_default(),
            ),
            ("position", before.position.clone(), after.position.clone()),
            (
                "relationship",
                before.relationship.code().into(),
                after.relationship.code().into(),
            ),
            ("tags", before.tags.join(", "), after.tags.join(", ")),
            ("notes", before.notes.clone(), after.notes.clone()),
            (
                "phones",
                ContactRecord::values(&before.phones),
                ContactRecord::values(&after.phones),
            ),
            (
                "emails",
                ContactRecord::values(&before.emails),
                ContactRecord::values(&after.emails),
            ),
            (
                "messengers",
                ContactRecord::values(&before.messengers),
                ContactRecord::values(&after.messengers),
            ),
        ];
        for (field, old, new) in fields {
            self.record_field(id, field, old, new, now)?;
        }
        Ok(id)
    }

    /// Creates or updates an outlet: name, kind, region, notes, its own phones and
    /// e-mails. Names are unique without regard to case.
    pub fn save_outlet(
        &self,
        id: Option<i64>,
        o: &OutletRecord,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        let name = o.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(tr!("store-outlet-needs-name")));
        }
        if let Some(other) = self.outlet_by_name(name)?
            && Some(other) != id
        {
            return Err(StoreError::Invalid(tr!(
                "store-outlet-exists",
                name = name.to_string()
            )));
        }
        let id =
            match id {
                None => {
                    self.tx
                    .prepare_cached(
                        "INSERT INTO outlets (name, kind, region, notes, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    )?
                    .execute(params![name, o.kind.code(), o.region.trim(), o.notes.trim(), now])?;
                    let id = self.tx.last_insert_rowid();
                    self.outlet_named(name, Some(id));
                    self.record_created("outlet", id, name, now)?;
                    id
                }
                Some(id) => {
                    let before: Option<(String, String, String, String)> = self
                        .tx
                        .query_row(
                            "SELECT name, kind, region, notes FROM outlets WHERE id = ?1",
                            [id],
                            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                        )
                        .optional()?;
                    let Some(before) = before else {
                        return Err(StoreError::Invalid(tr!("store-no-outlet", id = id)));
                    };
                    self.tx
                        .prepare_cached(
                            "UPDATE outlets SET name = ?1, kind = ?2, region = ?3, notes = ?4,
                                updated_at = ?5 WHERE id = ?6",
                        )?
                        .execute(params![
                            name,
                            o.kind.code(),
                            o.region.trim(),
                            o.notes.trim(),
                            now,
                            id
                        ])?;
                    self.outlet_named(name, None);
                    for (field, old, new) in [
                        ("name", before.0, name.to_string()),
                        ("kind", before.1, o.kind.code().to_string()),
                        ("region", before.2, o.region.trim().to_string()),
                        ("notes", before.3, o.notes.trim().to_string()),
                    ] {
                        if old != new {
                            self.record(
                                Change {
                                    entity: "outlet",
                                    id,
                                    action: "update",
                                    field: Some(field),
                                    old: Some(old),
                                    new: Some(new),
                                },
                                now,
                            )?;
                        }
                    }
                    self.tx
                        .prepare_cached("DELETE FROM contact_points WHERE outlet_id = ?1")?
                        .execute([id])?;
                    id
                }
            };
        for (kind, points) in [("phone", &o.phones), ("email", &o.emails)] {
            for p in points.iter().filter(|p| !p.value.trim().is_empty()) {
                let digits = if kind == "phone" {
                    rules.normalize(&p.value)
                } else {
                    String::new()
                };
                self.tx
                    .prepare_cached(
                        "INSERT INTO contact_points (outlet_id, kind, value, digits, label)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )?
                    .execute(params![id, kind, p.value.trim(), digits, p.label.trim()])?;
            }
        }
        Ok(id)
    }

    /// Writes a contact's phones, e-mails and handles, in that order, a few rows per
    /// statement: most contacts' in one.
    fn write_points(&self, id: i64, record: &ContactRecord, rules: &PhoneRules) -> Result<()> {
        let rows: Vec<(&str, &str, String, &str)> = [
            ("phone", &record.phones),
            ("email", &record.emails),
            ("messenger", &record.messengers),
        ]
        .into_iter()
        .flat_map(|(kind, points)| {
            points.iter().filter_map(move |p| {
                stored_point(kind, p, rules)
                    .map(|(value, digits)| (kind, value, digits, p.label.trim()))
            })
        })
        .collect();
        for chunk in rows.chunks(POINT_INSERTS.len()) {
            let mut args: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(chunk.len() * 5);
            for (kind, value, digits, label) in chunk {
                args.extend([&id as &dyn rusqlite::ToSql, kind, value, digits, label]);
            }
            self.tx
                .prepare_cached(POINT_INSERTS[chunk.len() - 1])?
                .execute(args.as_slice())?;
        }
        Ok(())
    }

    /// A contact as a record, read inside this transaction.
    fn record_of(&self, id: i64) -> Result<ContactRecord> {
        let mut record = self
            .tx
            .prepare_cached(
                "SELECT c.name, c.kind, o.name, c.position, c.relationship, c.tags, c.notes
                 FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id WHERE c.id = ?1",
            )?
            .query_row([id], |r| {
                Ok(ContactRecord {
                    name: r.get(0)?,
                    kind: ContactKind::parse(&r.get::<_, String>(1)?),
                    outlet: r.get(2)?,
                    position: r.get(3)?,
                    relationship: Relationship::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
                    tags: split_tags(&r.get::<_, String>(5)?),
                    notes: r.get(6)?,
                    ..Default::default()
                })
            })
            .optional()?
            .ok_or(StoreError::NoContact(id))?;
        let mut stmt = self.tx.prepare_cached(
            "SELECT kind, value, label FROM contact_points WHERE contact_id = ?1 ORDER BY id",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(0)?;
            let point = Point {
                value: r.get(1)?,
                label: r.get(2)?,
            };
            match kind.as_str() {
                "phone" => record.phones.push(point),
                "email" => record.emails.push(point),
                _ => record.messengers.push(point),
            }
        }
        Ok(record)
    }

    /// Merges `other` into `keep`: its inquiries, timeline, phones, e-mails and earlier
    /// merges move over; empty fields of `keep` are filled from it, tags and notes are
    /// joined; then `other` is removed, and the merge is noted on `keep`'s timeline.
    pub fn merge_contacts(
        &self,
        keep: i64,
        other: i64,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<()> {
        if keep == other {
            return Err(StoreError::Invalid(
                "a contact cannot be merged with itself".into(),
            ));
        }
        let kept = self.record_of(keep)?;
        let gone = self.record_of(other)?;
        for sql in [
            "UPDATE inquiries SET contact_id = ?1 WHERE contact_id = ?2",
            "UPDATE inquiries SET expert_id = ?1 WHERE expert_id = ?2",
            "UPDATE contact_events SET contact_id = ?1 WHERE contact_id = ?2",
            "UPDATE coverage SET contact_id = ?1 WHERE contact_id = ?2",
            "UPDATE contact_merges SET kept_id = ?1 WHERE kept_id = ?2",
            "UPDATE attachments SET contact_id = ?1 WHERE contact_id = ?2",
        ] {
            self.tx.prepare_cached(sql)?.execute(params![keep, other])?;
        }
        let mut merged = kept.clone();
        absorb(&mut merged, &gone, rules);
        if merged.relationship == Relationship::Neutral {
            merged.relationship = gone.relationship;
        }
        self.save_contact(Some(keep), &merged, rules, now)?;
        self.tx
            .prepare_cached(
                "INSERT INTO contact_merges (kept_id, merged_id, merged_name, at, who)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![keep, other, gone.name, now, self.user])?;
        self.tx
            .prepare_cached("DELETE FROM contacts WHERE id = ?1")?
            .execute([other])?;
        self.record(
            Change {
                entity: "contact",
                id: keep,
                action: "merge",
                field: None,
                old: Some(format!("#{other} {}", gone.name)),
                new: None,
            },
            now,
        )?;
        self.record(
            Change {
                entity: "contact",
                id: other,
                action: "merged",
                field: None,
                old: Some(gone.name.clone()),
                new: Some(format!("#{keep}")),
            },
            now,
        )?;
        Ok(())
    }

    /// Writes the search index row of a contact an import just saved from `record`.
    fn index_imported(&self, id: i64, record: &ContactRecord, rules: &PhoneRules) -> Result<()> {
        let emails = record
            .emails
            .iter()
            .filter_map(|p| stored_point("email", p, rules))
            .map(|(value, _)| value)
            .collect();
        let phones: Vec<(&str, String)> = record
            .phones
            .iter()
            .filter_map(|p| stored_point("phone", p, rules))
            .collect();
        let phones = phones.iter().map(|(v, d)| (*v, d.as_str())).collect();
        self.index_contact(id, emails, phones)
    }

    /// The one contact a record's phones and e-mails point to, if they point to one.
    fn match_record(&self, record: &ContactRecord, rules: &PhoneRules) -> Result<Vec<i64>> {
        let mut found: BTreeMap<i64, ()> = BTreeMap::new();
        for p in &record.phones {
            let digits = rules.normalize(&p.value);
            if digits.len() < 5 {
                continue;
            }
            let mut stmt = self.tx.prepare_cached(
                "SELECT contact_id FROM contact_points
                 WHERE kind = 'phone' AND digits = ?1 AND contact_id IS NOT NULL",
            )?;
            for id in stmt.query_map([digits], |r| r.get::<_, i64>(0))? {
                found.insert(id?, ());
            }
        }
        for e in &record.emails {
            let mut stmt = self.tx.prepare_cached(
                "SELECT contact_id FROM contact_points
                 WHERE kind = 'email' AND value = ?1 COLLATE NOCASE AND contact_id IS NOT NULL",
            )?;
            for id in stmt.query_map([e.value.trim()], |r| r.get::<_, i64>(0))? {
                found.insert(id?, ());
            }
        }
        Ok(found.into_keys().collect())
    }

    /// Writes one record of an import and counts what became of it.
    fn import_item(
        &self,
        n: usize,
        item: ImportItem,
        rules: &PhoneRules,
        now: Timestamp,
        summary: &mut ImportSummary,
    ) -> Result<()> {
        let record = match item {
            Ok(record) => record,
            Err((label, why)) => {
                summary.skipped.push((label, SkipReason::Unreadable(why)));
                return Ok(());
            }
        };
        let label = if record.name.trim().is_empty() {
            format!("#{}", n + 1)
        } else {
            record.name.trim().to_string()
        };
        match self.import_one(record, rules, now)? {
            Imported::Added => summary.added += 1,
            Imported::Updated => summary.updated += 1,
            Imported::Skipped(why) => summary.skipped.push((label, why)),
        }
        Ok(())
    }

    fn import_one(
        &self,
        mut record: ContactRecord,
        rules: &PhoneRules,
        now: Timestamp,
    ) -> Result<Imported> {
        if record.name.trim().is_empty() {
            // A card with only a number or an address is named by it, as phones do.
            match record
                .phones
                .first()
                .or(record.emails.first())
                .map(|p| p.value.trim().to_string())
            {
                Some(v) if !v.is_empty() => record.name = v,
                _ => return Ok(Imported::Skipped(SkipReason::NoName)),
            }
        }
        let matches = self.match_record(&record, rules)?;
        match matches.as_slice() {
            [] => {
                let id = self.save_contact(None, &record, rules, now)?;
                self.index_imported(id, &record, rules)?;
                Ok(Imported::Added)
            }
            [id] => {
                let before = self.record_of(*id)?;
                let mut after = before.clone();
                absorb(&mut after, &record, rules);
                if after == before {
                    return Ok(Imported::Skipped(SkipReason::Unchanged(*id)));
                }
                self.save_contact(Some(*id), &after, rules, now)?;
                self.index_imported(*id, &after, rules)?;
                Ok(Imported::Updated)
            }
            many => Ok(Imported::Skipped(SkipReason::Ambiguous(many.to_vec()))),
        }
    }
}

/// Takes into `into` what `from` knows and `into` does not: missing phones, e-mails and
/// handles, tags, empty fields; differing notes are joined.
fn absorb(into: &mut ContactRecord, from: &ContactRecord, rules: &PhoneRules) {
    for (kind, mine, theirs) in [
        ("phone", &mut into.phones, &from.phones),
        ("email", &mut into.emails, &from.emails),
        ("messenger", &mut into.messengers, &from.messengers),
    ] {
        for p in theirs {
            let key = point_key(kind, &p.value, rules);
            if key.is_empty() {
                continue;
            }
            if let Some(existing) = mine
                .iter_mut()
                .find(|m| point_key(kind, &m.value, rules) == key)
            {
                if existing.label.is_empty() && !p.label.is_empty() {
                    existing.label = p.label.clone();
                }
            } else {
                mine.push(p.clone());
            }
        }
    }
    for t in &from.tags {
        if !into
            .tags
            .iter()
            .any(|x| x.to_lowercase() == t.to_lowercase())
        {
            into.tags.push(t.clone());
        }
    }
    if into.outlet.as_deref().is_none_or(|o| o.trim().is_empty()) {
        into.outlet = from.outlet.clone().filter(|o| !o.trim().is_empty());
    }
    if into.position.trim().is_empty() {
        into.position = from.position.clone();
    }
    if into.kind.is_none() {
        into.kind = from.kind;
    }
    let theirs = from.notes.trim();
    if !theirs.is_empty() && !into.notes.contains(theirs) {
        into.notes = if into.notes.trim().is_empty() {
            theirs.to_string()
        } else {
            format!("{}\n{theirs}", into.notes.trim())
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, Priority};
    use crate::store::{NewInquiry, Who};

    fn rules() -> PhoneRules {
        PhoneRules::for_country("RU").unwrap()
    }

    fn point(v: &str) -> Point {
        Point {
            value: v.into(),
            label: String::new(),
        }
    }

    fn record(name: &str, phones: &[&str], emails: &[&str]) -> ContactRecord {
        ContactRecord {
            name: name.into(),
            kind: Some(ContactKind::Journalist),
            phones: phones.iter().map(|p| point(p)).collect(),
            emails: emails.iter().map(|p| point(p)).collect(),
            ..Default::default()
        }
    }

    fn inquiry(who: i64, at: i64) -> NewInquiry {
        NewInquiry {
            received_at: at,
            channel: Channel::Phone,
            who: Who::Existing(who),
            outlet: OutletRef::None,
            subject: String::new(),
            question: "Когда дадут горячую воду?".into(),
            requested_deadline: None,
            due_at: at + 3600,
            priority: Priority::Normal,
            assignee: None,
        }
    }

    #[test]
    fn a_card_holds_the_whole_history() {
        let mut store = Store::open_in_memory("Шакирова").unwrap();
        let mut rec = record(
            "Кузнецов Егор",
            &["+7 918 123-45-67"],
            &["egor@vesti.example"],
        );
        rec.outlet = Some("Вести".into());
        rec.tags = vec!["ЖКХ".into()];
        let id = store.save_contact(None, &rec, &rules(), 10).unwrap();
        let colleague = store
            .save_contact(
                None,
                &ContactRecord {
                    outlet: Some("вести".into()),
                    ..record("Петрова Мария", &[], &[])
                },
                &rules(),
                11,
            )
            .unwrap();
        store.log_inquiry(&inquiry(id, 100), &rules(), 100).unwrap();
        store
            .add_event(
                &NewEvent {
                    contact_id: id,
                    kind: EventKind::Call,
                    at: 200,
                    body: "Уточнил сроки".into(),
                },
                201,
            )
            .unwrap();
        let card = store.contact_card(id).unwrap();
        assert_eq!(card.outlet.as_deref(), Some("Вести"));
        assert_eq!(
            card.colleagues,
            vec![(colleague, "Петрова Мария".into(), String::new())]
        );
        assert_eq!(card.inquiries.len(), 1);
        assert_eq!(card.events[0].body, "Уточнил сроки");
        assert_eq!(card.events[0].created_by, "Шакирова");
        let timeline = card.timeline();
        assert!(matches!(
            timeline[0],
            crate::domain::contact::TimelineItem::Event(_)
        ));
        assert_eq!(store.contacts_with_phone("79181234567").unwrap(), vec![id]);
        assert_eq!(
            store.contacts_with_email("EGOR@vesti.example").unwrap(),
            vec![id]
        );
        let outlet = store.outlet_card(card.outlet_id.unwrap()).unwrap();
        assert_eq!(outlet.people.len(), 2);
        assert_eq!(outlet.inquiry_count, 1);
    }

    #[test]
    fn editing_records_each_changed_field() {
        let mut store = Store::open_in_memory("me").unwrap();
        let id = store
            .save_contact(
                None,
                &record("Кузнецов", &["89181234567"], &[]),
                &rules(),
                10,
            )
            .unwrap();
        let mut rec = record("Кузнецов Егор", &["89181234567", "+7 913 000-11-22"], &[]);
        rec.relationship = Relationship::Critical;
        store.save_contact(Some(id), &rec, &rules(), 20).unwrap();
        let card = store.contact_card(id).unwrap();
        assert_eq!(card.name, "Кузнецов Егор");
        assert_eq!(card.phones.len(), 2);
        assert_eq!(card.relationship, Relationship::Critical);
        let fields: Vec<String> = store
            .history("contact", id)
            .unwrap()
            .into_iter()
            .filter_map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["name", "relationship", "phones"]);
        assert!(store.save_contact(Some(999), &rec, &rules(), 30).is_err());
        assert!(
            store
                .save_contact(None, &record(" ", &[], &[]), &rules(), 30)
                .is_err()
        );
    }

    #[test]
    fn outlets_are_created_and_edited_with_their_own_phones() {
        let mut store = Store::open_in_memory("me").unwrap();
        let mut o = OutletRecord {
            id: 0,
            name: "Радио «Шахтёрская волна»".into(),
            kind: OutletKind::Radio,
            region: "Прокопьевск".into(),
            notes: String::new(),
            phones: vec![point("8 (3846) 62-05-05")],
            emails: vec![point("efir@sh-volna.example")],
        };
        let id = store.save_outlet(None, &o, &rules(), 1).unwrap();
        o.region = "Кузбасс".into();
        o.phones.push(point("+7 913 000-00-01"));
        store.save_outlet(Some(id), &o, &rules(), 2).unwrap();
        let card = store.outlet_card(id).unwrap();
        assert_eq!(card.kind, OutletKind::Radio);
        assert_eq!(card.region, "Кузбасс");
        assert_eq!(card.phones.len(), 2);
        assert_eq!(card.emails[0].value, "efir@sh-volna.example");
        let fields: Vec<String> = store
            .history("outlet", id)
            .unwrap()
            .into_iter()
            .filter_map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["region"]);
        // Another outlet of the same name (any case) is refused.
        o.name = "радио «шахтёрская волна»".into();
        assert!(store.save_outlet(None, &o, &rules(), 3).is_err());
        assert!(store.save_outlet(Some(id), &o, &rules(), 3).is_ok());
    }

    #[test]
    fn merging_keeps_the_whole_history_of_both() {
        let mut store = Store::open_in_memory("me").unwrap();
        let mut a = record("Кузнецов Егор", &["+7 918 123-45-67"], &[]);
        a.tags = vec!["ЖКХ".into()];
        a.notes = "Критичен к ЖКХ.".into();
        let keep = store.save_contact(None, &a, &rules(), 10).unwrap();
        let mut b = record(
            "Кузнецов Е.",
            &["8 918 123 45 67", "+7 913 555-00-00"],
            &["e@k.ru"],
        );
        b.tags = vec!["жкх".into(), "медицина".into()];
        b.notes = "Предпочитает Telegram.".into();
        b.outlet = Some("Вести".into());
        b.relationship = Relationship::Critical;
        let other = store.save_contact(None, &b, &rules(), 11).unwrap();
        store
            .log_inquiry(&inquiry(keep, 100), &rules(), 100)
            .unwrap();
        store
            .log_inquiry(&inquiry(other, 200), &rules(), 200)
            .unwrap();
        store
            .add_event(
                &NewEvent {
                    contact_id: other,
                    kind: EventKind::Meeting,
                    at: 300,
                    body: "Встреча в редакции".into(),
                },
                300,
            )
            .unwrap();
        store.merge_contacts(keep, other, &rules(), 400).unwrap();
        let card = store.contact_card(keep).unwrap();
        assert_eq!(card.inquiries.len(), 2);
        assert_eq!(card.events.len(), 1);
        let phones: Vec<&str> = card.phones.iter().map(|p| p.value.as_str()).collect();
        assert_eq!(phones, vec!["+7 918 123-45-67", "+7 913 555-00-00"]);
        assert_eq!(card.emails[0].value, "e@k.ru");
        assert_eq!(card.tags, vec!["ЖКХ", "медицина"]);
        assert_eq!(card.notes, "Критичен к ЖКХ.\nПредпочитает Telegram.");
        assert_eq!(card.outlet.as_deref(), Some("Вести"));
        assert_eq!(card.relationship, Relationship::Critical);
        assert_eq!(card.merges[0].merged_name, "Кузнецов Е.");
        assert!(matches!(
            store.contact_card(other),
            Err(StoreError::NoContact(_))
        ));
        assert!(store.merge_contacts(keep, keep, &rules(), 500).is_err());
        assert!(store.merge_contacts(keep, other, &rules(), 500).is_err());
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn imports_update_matches_and_dry_runs_write_nothing() {
        let mut store = Store::open_in_memory("me").unwrap();
        let id = store
            .save_contact(
                None,
                &record("Кузнецов Егор", &["+7 918 123-45-67"], &[]),
                &rules(),
                1,
            )
            .unwrap();
        let items: Vec<ImportItem> = vec![
            Ok(record("Егор К.", &["89181234567"], &["egor@vesti.example"])),
            Ok(record("Anna Kowalska", &["+48 601 234 567"], &[])),
            Ok(record("", &[], &[])),
            Ok(record("Кузнецов", &["9181234567"], &[])),
            Err(("card 5".into(), "no END:VCARD".into())),
        ];
        let dry = store.import(items.clone(), &rules(), 5, true).unwrap();
        assert_eq!((dry.added, dry.updated), (1, 1));
        assert_eq!(store.contact_summaries().unwrap().len(), 1);
        let real = store.import(items, &rules(), 5, false).unwrap();
        assert_eq!(real, dry);
        assert_eq!(real.skipped.len(), 3);
        assert_eq!(real.skipped[0].1, SkipReason::NoName);
        assert_eq!(real.skipped[1].1, SkipReason::Unchanged(id));
        assert!(matches!(real.skipped[2].1, SkipReason::Unreadable(_)));
        let card = store.contact_card(id).unwrap();
        assert_eq!(card.name, "Кузнецов Егор");
        assert_eq!(card.emails[0].value, "egor@vesti.example");
        assert_eq!(store.contact_summaries().unwrap().len(), 2);
    }

    #[test]
    fn a_contact_keeps_every_phone_e_mail_and_handle_in_order_with_its_label() {
        let mut store = Store::open_in_memory("me").unwrap();
        let labelled = |value: &str, label: &str| Point {
            value: value.into(),
            label: label.into(),
        };
        let phones: Vec<Point> = (0..6)
            .map(|n| labelled(&format!(" +7 918 000-00-0{n} "), &format!("тел {n}")))
            .chain([labelled("  ", "пустой")])
            .collect();
        let rec = ContactRecord {
            phones: phones.clone(),
            emails: vec![labelled("a@x.example", "work"), labelled("b@x.example", "")],
            messengers: vec![labelled("telegram:@kuz", "")],
            ..record("Кузнецов Егор", &[], &[])
        };
        let id = store.save_contact(None, &rec, &rules(), 1).unwrap();
        let card = store.contact_card(id).unwrap();
        let stored: Vec<(String, String)> = card
            .phones
            .iter()
            .map(|p| (p.value.clone(), p.label.clone()))
            .collect();
        let expected: Vec<(String, String)> = phones[..6]
            .iter()
            .map(|p| (p.value.trim().to_string(), p.label.clone()))
            .collect();
        assert_eq!(
            stored, expected,
            "trimmed, in order, the empty one left out"
        );
        assert_eq!(card.emails, rec.emails);
        assert_eq!(card.messengers, rec.messengers);
        assert_eq!(
            store.contacts_with_phone("79180000005").unwrap(),
            vec![id],
            "each phone's digits are stored"
        );
    }

    #[test]
    fn an_import_in_batches_leaves_every_later_write_waiting_for_the_disk() {
        let mut store = Store::open_in_memory("me").unwrap();
        let pragma = |store: &Store, name: &str| -> i64 {
            store
                .conn
                .query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
                .unwrap()
        };
        let synchronous = |store: &Store| pragma(store, "synchronous");
        const FULL: i64 = 2;
        assert_eq!(synchronous(&store), FULL);
        let cache = pragma(&store, "cache_size");
        let checkpoint = pragma(&store, "wal_autocheckpoint");
        assert_ne!(
            cache, -IMPORT_CACHE_KIB,
            "the test tells the settings apart"
        );
        assert_ne!(checkpoint, IMPORT_CHECKPOINT_PAGES);
        let items: Vec<ImportItem> = (0..IMPORT_BATCH * 2 + 3)
            .map(|n| Ok(record(&format!("Контакт {n}"), &[], &[])))
            .collect();
        let summary = store
            .import_from(items, &rules(), 5, false, Some("cards"))
            .unwrap();
        assert_eq!(summary.added, IMPORT_BATCH * 2 + 3);
        assert_eq!(
            store.contact_summaries().unwrap().len(),
            IMPORT_BATCH * 2 + 3
        );
        assert_eq!(
            synchronous(&store),
            FULL,
            "the batches lowered it for themselves only"
        );
        assert_eq!(pragma(&store, "cache_size"), cache);
        assert_eq!(pragma(&store, "wal_autocheckpoint"), checkpoint);
    }

    #[test]
    fn a_contact_with_a_number_or_address_written_twice_is_named_once_for_it() {
        let mut store = Store::open_in_memory("me").unwrap();
        let twice = record(
            "Кузнецова Анна",
            &["+7 918 123-45-67", "8 (918) 123 45 67"],
            &["anna@vesti.example", "Anna@Vesti.example"],
        );
        let id = store.save_contact(None, &twice, &rules(), 5).unwrap();
        let other = record("Орлов Павел", &["+7 918 123-45-67"], &[]);
        let other = store.save_contact(None, &other, &rules(), 5).unwrap();
        assert_eq!(
            store.contacts_with_email("anna@vesti.example").unwrap(),
            vec![id]
        );
        assert_eq!(
            store.contacts_with_phone("79181234567").unwrap(),
            vec![id, other]
        );
    }

    #[test]
    fn outlets_are_found_in_any_case_after_being_added_or_renamed_in_the_same_write() {
        let mut store = Store::open_in_memory("me").unwrap();
        let r = rules();
        let outlet = |name: &str| OutletRecord {
            id: 0,
            name: name.into(),
            kind: OutletKind::Online,
            region: String::new(),
            notes: String::new(),
            phones: Vec::new(),
            emails: Vec::new(),
        };
        store.save_outlet(None, &outlet("Вести"), &r, 1).unwrap();
        store
            .commit(|w| {
                let named = |name: &str| w.resolve_outlet(&OutletRef::Named(name.into()), 2);
                // Not written as stored: every outlet's name is read, in any case.
                let vesti = named("ВЕСТИ")?.unwrap();
                // Added after that reading, then asked for in another case.
                let radio = named("Радио Юг")?.unwrap();
                assert_ne!(radio, vesti);
                assert_eq!(named("РАДИО ЮГ")?, Some(radio));
                // Renamed in the same write: the old name is free, the new one found.
                w.save_outlet(Some(vesti), &outlet("Вести Кубань"), &r, 3)?;
                assert_eq!(named("вести кубань")?, Some(vesti));
                let fresh = named("вести")?.unwrap();
                assert_ne!(fresh, vesti, "the old name now makes a new outlet");
                Ok(())
            })
            .unwrap();
        assert_eq!(store.outlets().unwrap().len(), 3);
    }
}
