//! Files kept with a record, inside the database: one file to back up and share. The
//! bytes are streamed in and out with SQLite's incremental blob I/O, so a large file never
//! sits in memory whole.

use std::io::{Read, Write};

use rusqlite::{MAIN_DB, OptionalExtension, Row, params};

use super::audit::Change;
use super::{Result, Store, StoreError, Writer};
use crate::domain::Timestamp;

/// 25 MB: a scanned letter or a presentation fits, a video does not.
pub const DEFAULT_ATTACHMENT_LIMIT: u64 = 25 * 1024 * 1024;

/// The record a file belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachTo {
    Inquiry(i64),
    Contact(i64),
    Outlet(i64),
    PlanItem(i64),
}

impl AttachTo {
    /// `inquiry`, `contact`, `outlet` or `plan` (as typed on the command line).
    pub fn parse(kind: &str, id: i64) -> Option<AttachTo> {
        match kind.trim().to_ascii_lowercase().as_str() {
            "inquiry" | "i" => Some(AttachTo::Inquiry(id)),
            "contact" | "c" => Some(AttachTo::Contact(id)),
            "outlet" | "o" => Some(AttachTo::Outlet(id)),
            "plan" | "item" | "p" => Some(AttachTo::PlanItem(id)),
            _ => None,
        }
    }

    pub fn kind(self) -> &'static str {
        match self {
            AttachTo::Inquiry(_) => "inquiry",
            AttachTo::Contact(_) => "contact",
            AttachTo::Outlet(_) => "outlet",
            AttachTo::PlanItem(_) => "plan",
        }
    }

    pub fn id(self) -> i64 {
        match self {
            AttachTo::Inquiry(id)
            | AttachTo::Contact(id)
            | AttachTo::Outlet(id)
            | AttachTo::PlanItem(id) => id,
        }
    }

    /// The owner's table and the attachments column that points at it (our constants).
    fn table_and_column(self) -> (&'static str, &'static str) {
        match self {
            AttachTo::Inquiry(_) => ("inquiries", "inquiry_id"),
            AttachTo::Contact(_) => ("contacts", "contact_id"),
            AttachTo::Outlet(_) => ("outlets", "outlet_id"),
            AttachTo::PlanItem(_) => ("plan_items", "plan_item_id"),
        }
    }

    /// The entity name the audit trail uses for the owner.
    fn audited(self) -> &'static str {
        match self {
            AttachTo::Inquiry(_) => "inquiry",
            AttachTo::Contact(_) => "contact",
            AttachTo::Outlet(_) => "outlet",
            AttachTo::PlanItem(_) => "plan_item",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    pub id: i64,
    pub owner: AttachTo,
    pub name: String,
    pub media_type: String,
    pub size: u64,
    pub created_by: String,
    pub created_at: Timestamp,
}

const SELECT: &str = "SELECT id, inquiry_id, contact_id, outlet_id, plan_item_id, name,
                             media_type, size, created_by, created_at
                      FROM attachments";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Attachment> {
    let owner = if let Some(id) = r.get::<_, Option<i64>>(1)? {
        AttachTo::Inquiry(id)
    } else if let Some(id) = r.get::<_, Option<i64>>(2)? {
        AttachTo::Contact(id)
    } else if let Some(id) = r.get::<_, Option<i64>>(3)? {
        AttachTo::Outlet(id)
    } else {
        AttachTo::PlanItem(r.get(4)?)
    };
    Ok(Attachment {
        id: r.get(0)?,
        owner,
        name: r.get(5)?,
        media_type: r.get(6)?,
        size: r.get::<_, i64>(7)? as u64,
        created_by: r.get(8)?,
        created_at: r.get(9)?,
    })
}

/// A file name fit to keep: no directories, no control characters, at most 255 bytes.
pub fn safe_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let mut out: String = base
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string();
    while out.len() > 255 {
        out.pop();
    }
    if out.is_empty() || out == "." || out == ".." {
        "file".to_string()
    } else {
        out
    }
}

impl Writer<'_> {
    fn check_owner(&self, to: AttachTo) -> Result<()> {
        let (table, _) = to.table_and_column();
        let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
        let found: Option<i64> = self
            .tx
            .prepare_cached(&sql)?
            .query_row([to.id()], |r| r.get(0))
            .optional()?;
        match (found, to) {
            (Some(_), _) => Ok(()),
            (None, AttachTo::Inquiry(id)) => Err(StoreError::NoInquiry(id)),
            (None, AttachTo::Contact(id)) => Err(StoreError::NoContact(id)),
            (None, AttachTo::PlanItem(id)) => Err(StoreError::NoItem(id)),
            (None, AttachTo::Outlet(id)) => Err(StoreError::NoRecord { kind: "outlet", id }),
        }
    }

    fn check_size(&self, name: &str, size: u64) -> Result<()> {
        if size > self.attachment_limit {
            return Err(StoreError::TooLarge {
                name: name.to_string(),
                size,
                limit: self.attachment_limit,
            });
        }
        Ok(())
    }

    /// Keeps `size` bytes read from `data` as a file of `to`, streaming them into the
    /// database. Refuses a file above the size limit before anything is written.
    pub fn attach(
        &self,
        to: AttachTo,
        name: &str,
        media_type: &str,
        size: u64,
        data: &mut dyn Read,
        now: Timestamp,
    ) -> Result<i64> {
        let name = safe_file_name(name);
        self.check_size(&name, size)?;
        self.check_owner(to)?;
        let (_, column) = to.table_and_column();
        let sql = format!(
            "INSERT INTO attachments ({column}, name, media_type, size, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        );
        let media_type = if media_type.trim().is_empty() {
            "application/octet-stream"
        } else {
            media_type.trim()
        };
        self.tx.prepare_cached(&sql)?.execute(params![
            to.id(),
            name,
            media_type,
            size as i64,
            self.user,
            now
        ])?;
        let id = self.tx.last_insert_rowid();
        self.tx
            .prepare_cached(
                "INSERT INTO attachment_data (attachment_id, data) VALUES (?1, zeroblob(?2))",
            )?
            .execute(params![id, size as i64])?;
        let mut blob = self
            .tx
            .blob_open(MAIN_DB, c"attachment_data", c"data", id, false)?;
        let copied = std::io::copy(&mut data.take(size), &mut blob).map_err(|e| {
            StoreError::Invalid(crate::tr!(
                "store-file-unreadable",
                name = crate::text::clean(&name),
                reason = e.to_string()
            ))
        })?;
        blob.close()?;
        if copied != size {
            return Err(StoreError::Invalid(crate::tr!(
                "store-file-changed",
                name = crate::text::clean(&name)
            )));
        }
        self.record(
            Change {
                entity: to.audited(),
                id: to.id(),
                action: "attach",
                field: None,
                old: None,
                new: Some(format!("#{id} {name}")),
            },
            now,
        )?;
        Ok(id)
    }

    /// Keeps bytes already in memory (a part of an e-mail) as a file of `to`.
    pub fn attach_bytes(
        &self,
        to: AttachTo,
        name: &str,
        media_type: &str,
        data: &[u8],
        now: Timestamp,
    ) -> Result<i64> {
        let mut reader = data;
        self.attach(to, name, media_type, data.len() as u64, &mut reader, now)
    }
}

fn list(conn: &rusqlite::Connection, to: AttachTo) -> Result<Vec<Attachment>> {
    let (_, column) = to.table_and_column();
    let sql = format!("{SELECT} WHERE {column} = ?1 ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([to.id()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// The largest file, in bytes, that `attach` keeps.
    pub fn set_attachment_limit(&mut self, bytes: u64) {
        self.attachment_limit = bytes;
    }

    pub fn attachment_limit(&self) -> u64 {
        self.attachment_limit
    }

    /// Keeps a file from disk with a record, streaming it in; the name is the file's own.
    pub fn attach_file(
        &mut self,
        to: AttachTo,
        path: &std::path::Path,
        now: Timestamp,
    ) -> Result<Attachment> {
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = std::fs::File::open(path).map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if !meta.is_file() {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                crate::tr!("store-not-a-file"),
            )));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let media_type = mime_guess::from_path(path)
            .first_raw()
            .unwrap_or("application/octet-stream");
        let id = self.commit(|w| w.attach(to, &name, media_type, meta.len(), &mut file, now))?;
        self.attachment(id)
    }

    /// The files of a record, oldest first; the bytes are not read.
    pub fn attachments(&self, to: AttachTo) -> Result<Vec<Attachment>> {
        list(&self.conn, to)
    }

    pub fn attachment(&self, id: i64) -> Result<Attachment> {
        let sql = format!("{SELECT} WHERE id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], from_row)
            .optional()?
            .ok_or(StoreError::NoAttachment(id))
    }

    /// Streams the bytes of attachment `id` into `out`; returns how many were written.
    pub fn copy_attachment(&self, id: i64, out: &mut dyn Write) -> Result<u64> {
        self.attachment(id)?;
        let mut blob = self
            .conn
            .blob_open(MAIN_DB, c"attachment_data", c"data", id, true)?;
        std::io::copy(&mut blob, out).map_err(|source| StoreError::Io {
            path: std::path::PathBuf::from(format!("#{id}")),
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phone::PhoneRules;
    use crate::store::{NewContact, NewInquiry, OutletRef, Who};

    fn store_with_inquiry() -> (Store, i64) {
        let mut store = Store::open_in_memory("elena").unwrap();
        let rules = PhoneRules::for_country("RU").unwrap();
        let id = store
            .log_inquiry(
                &NewInquiry {
                    received_at: 100,
                    channel: crate::domain::Channel::Email,
                    who: Who::New(Box::new(NewContact::named(
                        "Anna",
                        crate::domain::ContactKind::Journalist,
                    ))),
                    outlet: OutletRef::None,
                    subject: "Water".into(),
                    question: "When?".into(),
                    requested_deadline: None,
                    due_at: 200,
                    priority: crate::domain::Priority::Normal,
                    assignee: None,
                },
                &rules,
                100,
            )
            .unwrap();
        (store, id)
    }

    #[test]
    fn a_file_goes_in_and_comes_out_byte_for_byte() {
        let (mut store, inquiry) = store_with_inquiry();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.pdf");
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();
        let a = store
            .attach_file(AttachTo::Inquiry(inquiry), &path, 500)
            .unwrap();
        assert_eq!(a.name, "letter.pdf");
        assert_eq!(a.media_type, "application/pdf");
        assert_eq!(a.size, 300_000);
        assert_eq!(a.created_by, "elena");
        let listed = store.attachments(AttachTo::Inquiry(inquiry)).unwrap();
        assert_eq!(listed, vec![a.clone()]);
        let mut out = Vec::new();
        assert_eq!(store.copy_attachment(a.id, &mut out).unwrap(), 300_000);
        assert_eq!(out, data);
        let history = store.history("inquiry", inquiry).unwrap();
        assert!(
            history
                .iter()
                .any(|h| h.action == "attach" && h.new_value.as_deref() == Some("#1 letter.pdf"))
        );
    }

    #[test]
    fn a_file_above_the_limit_is_refused_and_nothing_is_kept() {
        let (mut store, inquiry) = store_with_inquiry();
        store.set_attachment_limit(1000);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.bin");
        std::fs::write(&path, vec![0u8; 1001]).unwrap();
        match store.attach_file(AttachTo::Inquiry(inquiry), &path, 500) {
            Err(StoreError::TooLarge { size, limit, .. }) => {
                assert_eq!((size, limit), (1001, 1000));
            }
            other => panic!("not refused: {other:?}"),
        }
        assert!(
            store
                .attachments(AttachTo::Inquiry(inquiry))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_missing_owner_is_named() {
        let (mut store, _) = store_with_inquiry();
        let err = store
            .commit(|w| w.attach_bytes(AttachTo::Contact(99), "a.txt", "text/plain", b"x", 1))
            .unwrap_err();
        assert!(matches!(err, StoreError::NoContact(99)), "{err}");
        assert!(matches!(
            store.attachment(5),
            Err(StoreError::NoAttachment(5))
        ));
    }

    #[test]
    fn names_lose_directories_and_control_characters() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\docs\\a\u{1b}[31m.pdf"), "a[31m.pdf");
        assert_eq!(safe_file_name(".."), "file");
    }
}
