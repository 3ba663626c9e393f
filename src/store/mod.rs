//! All SQL lives here. One `Store` wraps one SQLite connection: pragmas for durability,
//! append-only migrations, and one method per use case. Every change records who made it.

mod alerts;
mod attachments;
mod audit;
mod backup;
mod book;
mod contacts;
mod coverage;
mod days;
mod inquiries;
mod lock;
mod mail;
mod memory;
mod migrate;
mod open;
mod plan;
mod repeat;
mod report;
mod search;
mod statements;
mod summary;
mod topics;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::tr;

pub use alerts::{AlertOutcome, AlertRecord};
pub use attachments::{AttachTo, Attachment, DEFAULT_ATTACHMENT_LIMIT, safe_file_name};
pub use audit::{AuditEntry, AuditQuery, AuditRow};
pub use backup::rotating_copies;
pub use book::{
    Book, ContactRecord, IMPORT_BATCH, ImportItem, ImportSummary, NewEvent, OutletRecord,
    SkipReason,
};
pub use contacts::{NewContact, NewOutlet, OutletRef, Who};
pub use coverage::NewCoverage;
pub use inquiries::{InquiryChange, NewInquiry};
pub use lock::{LOCK_WAIT, LOOK_EVERY};
pub use mail::{IncomingMail, InquiryNote, MailFile, MailOutcome, MailSender};
pub use memory::{MemoryHit, MemoryKind, Suggestion};
pub use migrate::{LATEST_VERSION, MIGRATIONS, backup_path, pending_upgrade};
pub use plan::{ItemChange, NewItem, is_channel_code};
pub use search::FoundContacts;
pub use statements::{NewStatement, Statement};

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Sqlite(e)
    }
}

/// A SQLite error in words: a colleague's long write is named as such, with what to do.
fn sqlite_message(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            tr!("store-busy")
        }
        _ => tr!("store-sqlite", reason = e.to_string()),
    }
}

/// Marks a SQLite file as a pressdesk database (`PRAGMA application_id`, "PrDk").
pub const APPLICATION_ID: i32 = 0x5072_446b;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    // SQLite's own words are the message; kept out of the error's source so a reader of the
    // chain does not see them twice ("database is locked: database is locked").
    #[error("{}", sqlite_message(.0))]
    Sqlite(rusqlite::Error),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", tr!("store-too-new", path = path.display().to_string(), found = *found, known = *known))]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{}", tr!("store-not-ours", path = path.display().to_string()))]
    NotOurs { path: PathBuf },
    #[error("{}", tr!("store-is-directory", path = path.display().to_string()))]
    IsDirectory { path: PathBuf },
    #[error("{}", tr!("store-read-only", path = path.display().to_string()))]
    ReadOnly { path: PathBuf },
    #[error("{}", tr!("store-damaged", path = path.display().to_string(), detail = crate::text::clean(detail)))]
    Damaged { path: PathBuf, detail: String },
    /// SQLite cannot read the file at all: another kind of file, or a damaged header.
    #[error("{}", tr!("store-not-a-database", path = path.display().to_string()))]
    NotADatabase { path: PathBuf },
    #[error("{}", tr!("store-no-inquiry", id = *.0))]
    NoInquiry(i64),
    #[error("{}", tr!("store-no-contact", id = *.0))]
    NoContact(i64),
    #[error("no calendar item #{0}")]
    NoItem(i64),
    #[error("{}", tr!("store-no-attachment", id = *.0))]
    NoAttachment(i64),
    #[error("{}", tr!("store-file-too-large", name = crate::text::clean(name), size = crate::format::bytes(*size), limit = crate::format::bytes(*limit)))]
    TooLarge { name: String, size: u64, limit: u64 },
    #[error("{}", tr!("store-no-record", kind = *kind, id = *id))]
    NoRecord { kind: &'static str, id: i64 },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    user: String,
    path: Option<PathBuf>,
    /// The largest file kept as an attachment, in bytes.
    attachment_limit: u64,
}

impl Store {
    /// Opens (or creates, readable by its owner only) the database at `path`, refusing a
    /// file that is not ours or is newer than this binary, and migrating an older one after
    /// taking a backup copy beside it.
    ///
    /// A file with damaged pages is refused before anything is written to it.
    pub fn open(path: &Path, user: &str) -> Result<Store> {
        refuse_directory(path)?;
        create_private_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open::explain(path, e))?;
        let mut store = Store {
            conn,
            user: user.to_string(),
            path: Some(path.to_path_buf()),
            attachment_limit: DEFAULT_ATTACHMENT_LIMIT,
        };
        open::refuse_read_only(&store.conn, path)?;
        // The check reads without writing: nothing, not even a pragma, touches a damaged file.
        open::refuse_damaged(&store.conn, path)?;
        store.prepare(MIGRATIONS).map_err(|e| match e {
            StoreError::Sqlite(e) => open::explain(path, e),
            other => other,
        })?;
        Ok(store)
    }

    /// Opens an existing database for reading only: nothing is ever written to the file.
    /// For reading commands where the file cannot (read-only location) or must not
    /// (damaged) be written.
    pub fn open_read_only(path: &Path, user: &str) -> Result<Store> {
        refuse_directory(path)?;
        let conn = open::read_only(path)?;
        migrate::check_can_open(&conn, path.to_path_buf(), LATEST_VERSION)?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found != LATEST_VERSION {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        conn.busy_handler(Some(lock::on_busy))?;
        // Reading the index needs no function; registering it keeps a write refused by
        // SQLite as a read-only file, not as an unknown function.
        memory::register_functions(&conn)?;
        Ok(Store {
            conn,
            user: user.to_string(),
            path: Some(path.to_path_buf()),
            attachment_limit: DEFAULT_ATTACHMENT_LIMIT,
        })
    }

    /// A private database in memory, for tests and dry runs.
    pub fn open_in_memory(user: &str) -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            user: user.to_string(),
            path: None,
            attachment_limit: DEFAULT_ATTACHMENT_LIMIT,
        };
        store.prepare(MIGRATIONS)?;
        Ok(store)
    }

    fn prepare(&mut self, migrations: &[&str]) -> Result<()> {
        // A colleague may be writing: wait for the lock instead of failing at once.
        self.conn.busy_handler(Some(lock::on_busy))?;
        // An import alone runs about twenty statements over and over: all stay prepared.
        self.conn
            .set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        migrate::check_can_open(&self.conn, self.display_path(), migrations.len() as i64)?;
        // Pragmas go outside any transaction. WAL lets a reader and a writer work side by
        // side; FULL keeps every committed record through a crash or a power cut.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if self.path.is_some() && !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Invalid(tr!("store-no-wal", mode = mode)));
        }
        self.conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )?;
        memory::register_functions(&self.conn)?;
        migrate::migrate(&mut self.conn, migrations, self.path.as_deref())?;
        search::prepare(&mut self.conn)?;
        Ok(())
    }

    fn display_path(&self) -> PathBuf {
        self.path
            .clone()
            .unwrap_or_else(|| PathBuf::from(":memory:"))
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    /// Who decides, while another connection holds the lock, whether to wait on (`true`)
    /// or give up: instead of the fixed wait, for a caller that must say it is waiting.
    pub fn on_busy(&self, handler: fn(i32) -> bool) -> Result<()> {
        Ok(self.conn.busy_handler(Some(handler))?)
    }

    /// Whose name goes into the audit trail for the following writes.
    pub fn set_user(&mut self, user: &str) {
        self.user = user.to_string();
    }

    /// Changes whenever another connection commits: a cheap check for a colleague's
    /// writes, instead of reloading everything on a timer.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// True when the database holds no records at all.
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM inquiries) + (SELECT count(*) FROM contacts)
                  + (SELECT count(*) FROM outlets) + (SELECT count(*) FROM plan_items)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }

    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Whether opening the file checked only its header and schema (a large file), so that
    /// the interface reads every page on a thread of its own afterwards.
    pub fn pages_unchecked(&self) -> bool {
        self.path.as_deref().is_some_and(open::pages_unchecked)
    }

    /// Every page read and its structure checked (`quick_check`): the problems found, at
    /// most `limit`, or none.
    pub fn page_problems(&self, limit: u32) -> Result<Vec<String>> {
        open::problems(&self.conn, "quick_check", limit)
    }

    /// The full integrity check (every index against its table too): the problems found,
    /// at most `limit`, or none.
    pub fn problems(&self, limit: u32) -> Result<Vec<String>> {
        open::problems(&self.conn, "integrity_check", limit)
    }

    /// Starts a write: everything done through the `Writer` is committed together by
    /// `commit`, or rolled back if it is dropped. The lock is taken at once, so two
    /// colleagues' writes queue instead of failing halfway.
    pub fn write(&mut self) -> Result<Writer<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        Ok(Writer {
            tx,
            user: self.user.clone(),
            attachment_limit: self.attachment_limit,
            outlet_names: Default::default(),
        })
    }
}

impl Store {
    /// Runs `f` in one write transaction and commits it; nothing is kept if `f` fails.
    pub fn commit<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let writer = self.write()?;
        let value = f(&writer)?;
        writer.commit()?;
        Ok(value)
    }
}

/// How many prepared statements a connection keeps (SQLite's wrapper keeps 16).
const STATEMENT_CACHE: usize = 64;

/// An open write transaction, with the user it writes as.
pub struct Writer<'a> {
    tx: rusqlite::Transaction<'a>,
    user: String,
    attachment_limit: u64,
    /// Outlets by case-folded name, read once in this transaction when a name is first
    /// not found as written (no one else writes while it is open).
    outlet_names: std::cell::RefCell<Option<std::collections::HashMap<String, i64>>>,
}

impl Writer<'_> {
    pub fn commit(self) -> Result<()> {
        // The search index is written in the same transaction as the change.
        self.refresh_search()?;
        self.tx.commit()?;
        Ok(())
    }

    /// Whose name goes into the audit trail for the following writes.
    pub fn set_user(&mut self, user: &str) {
        self.user = user.to_string();
    }
}

fn refuse_directory(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(StoreError::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Creates the database file readable and writable by its owner only, before SQLite
/// opens it (SQLite then gives its WAL and shared-memory files the same permissions).
fn create_private_file(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).map_err(io)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(e)),
    }
}

#[cfg(test)]
impl Store {
    /// Opens with a chosen list of migrations, to test upgrades.
    pub(crate) fn open_with_migrations(path: &Path, migrations: &[&str]) -> Result<Store> {
        create_private_file(path)?;
        let conn = Connection::open(path)?;
        let mut store = Store {
            conn,
            user: "test".into(),
            path: Some(path.to_path_buf()),
            attachment_limit: DEFAULT_ATTACHMENT_LIMIT,
        };
        store.prepare(migrations)?;
        Ok(store)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use std::error::Error as _;

    fn sqlite(code: i32) -> StoreError {
        StoreError::from(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(code),
            None,
        ))
    }

    /// A lock held past the wait says what happened and what to do, once.
    #[test]
    fn a_busy_database_is_named_once_with_what_to_do() {
        let text = crate::i18n::with_language(crate::i18n::Language::En, || {
            format!(
                "{:#}",
                anyhow::Error::from(sqlite(rusqlite::ffi::SQLITE_BUSY))
            )
        });
        assert!(text.contains("another pressdesk"), "{text}");
        assert_eq!(text.matches("database").count(), 1, "{text}");
    }

    /// SQLite's words are the message itself, not repeated by the source.
    #[test]
    fn other_sqlite_errors_carry_no_repeating_source() {
        assert!(sqlite(rusqlite::ffi::SQLITE_FULL).source().is_none());
    }
}
