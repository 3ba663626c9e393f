//! Append-only schema migrations tracked by `PRAGMA user_version`.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use super::{APPLICATION_ID, Result, StoreError};

/// Migration N (1-based) is `MIGRATIONS[N - 1]`. Never edit one that has shipped; add a new one.
pub const MIGRATIONS: &[&str] = &[
    include_str!("sql/0001_init.sql"),
    include_str!("sql/0002_calendar.sql"),
    include_str!("sql/0003_contacts.sql"),
    include_str!("sql/0004_search.sql"),
    include_str!("sql/0005_report.sql"),
    include_str!("sql/0006_alerts.sql"),
    include_str!("sql/0007_intake.sql"),
    include_str!("sql/0008_repeat.sql"),
    include_str!("sql/0009_report_summary.sql"),
    include_str!("sql/0010_directory_version.sql"),
    include_str!("sql/0011_latin_search.sql"),
];
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Refuses a file that another program owns, or that a newer pressdesk wrote, before
/// anything (even a pragma) is written to it.
pub(super) fn check_can_open(conn: &Connection, path: PathBuf, latest: i64) -> Result<()> {
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID && (app_id != 0 || objects > 0) {
        return Err(StoreError::NotOurs { path });
    }
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > latest {
        return Err(StoreError::TooNew {
            path,
            found,
            known: latest,
        });
    }
    Ok(())
}

/// Brings the schema up to `migrations.len()`. A newer database is refused untouched;
/// an existing older one is first copied to `<file>.v<N>.bak` beside it.
pub(super) fn migrate(
    conn: &mut Connection,
    migrations: &[&str],
    path: Option<&Path>,
) -> Result<()> {
    let latest = migrations.len() as i64;
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > latest {
        return Err(StoreError::TooNew {
            path: path
                .map(Path::to_path_buf)
                .unwrap_or_else(|| ":memory:".into()),
            found: current,
            known: latest,
        });
    }
    if current == latest {
        return Ok(());
    }
    if current > 0
        && let Some(path) = path
    {
        backup(conn, path, current)?;
    }
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        // PRAGMA does not take bound parameters; the values are our own integers.
        tx.execute_batch(&format!(
            "PRAGMA user_version = {version}; PRAGMA application_id = {APPLICATION_ID};"
        ))?;
        tx.commit()?;
    }
    Ok(())
}

/// The schema version of an existing pressdesk file that opening it would upgrade, so
/// that a program can say so first (a large file takes a minute: the copy, then the
/// migrations). `None` when there is nothing to upgrade, or when the file cannot be read
/// here: opening it reports why.
pub fn pending_upgrade(path: &Path) -> Option<i64> {
    let conn =
        Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .ok()?;
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .ok()?;
    (app_id == APPLICATION_ID && found > 0 && found < LATEST_VERSION).then_some(found)
}

/// The path a backup before upgrading from `version` is written to.
pub fn backup_path(path: &Path, version: i64) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".v{version}.bak"));
    path.with_file_name(name)
}

fn backup(conn: &Connection, path: &Path, version: i64) -> Result<()> {
    let target = backup_path(path, version);
    if target.exists() {
        // An earlier attempt at this same upgrade left its copy; that copy is the original.
        return Ok(());
    }
    // Private to its owner like the database, and only under its name once whole.
    super::backup::copy_database(conn, &target)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// A migration newer than any this binary ships.
    const NEXT: &str = "CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;";

    #[test]
    fn a_new_database_gets_the_latest_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let store = Store::open(&path, "me").unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let mode: String = store
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/desk.sqlite3");
        drop(Store::open(&path, "me").unwrap());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn an_older_database_is_backed_up_then_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let store = Store::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap();
            store
                .conn()
                .execute(
                    "INSERT INTO outlets (name, created_at, updated_at) VALUES ('Вести', 0, 0)",
                    [],
                )
                .unwrap();
        }
        let mut list = MIGRATIONS.to_vec();
        list.push(NEXT);
        let store = Store::open_with_migrations(&path, &list).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION + 1);
        let backup = backup_path(&path, 1);
        assert!(backup.exists(), "backup at {}", backup.display());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&backup).unwrap().permissions().mode();
            assert_eq!(
                mode & 0o777,
                0o600,
                "the copy is as private as the database"
            );
        }
        let copy = Connection::open(&backup).unwrap();
        let v: i64 = copy
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
        let name: String = copy
            .query_row("SELECT name FROM outlets", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, "Вести");
        // The upgraded file kept its data too.
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM outlets", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn version_one_with_data_upgrades_to_the_contact_book() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let store = Store::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap();
            store
                .conn()
                .execute_batch(
                    "INSERT INTO outlets (id, name, kind, created_at, updated_at)
                         VALUES (1, 'Вести', 'tv', 0, 0);
                     INSERT INTO contacts (id, name, outlet_id, tags, created_at, updated_at)
                         VALUES (7, 'Кузнецов Егор', 1, 'медицина, ЖКХ', 0, 0);
                     INSERT INTO contact_points (contact_id, kind, value, digits)
                         VALUES (7, 'phone', '+7 918 123-45-67', '79181234567'),
                                (7, 'email', 'Egor@Example.ru', '');
                     INSERT INTO inquiries (received_at, channel, contact_id, question, due_at,
                                            created_by, created_at, updated_at)
                         VALUES (100, 'phone', 7, 'Когда дадут воду?', 3700, 'me', 100, 100);",
                )
                .unwrap();
            assert_eq!(store.schema_version().unwrap(), 1);
        }
        let store = Store::open(&path, "me").unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
        assert!(backup_path(&path, 1).exists());
        let card = store.contact_card(7).unwrap();
        assert_eq!(card.name, "Кузнецов Егор");
        assert_eq!(card.outlet.as_deref(), Some("Вести"));
        assert_eq!(card.tags, vec!["медицина", "ЖКХ"]);
        assert_eq!(card.phones[0].value, "+7 918 123-45-67");
        assert_eq!(card.inquiries.len(), 1);
        assert!(card.events.is_empty());
        // The new tables take rows.
        let n: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM contact_events WHERE contact_id = 7",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0);
        let owner = store.contacts_with_email("egor@example.ru").unwrap();
        assert_eq!(owner, vec![7]);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_newer_database_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let mut list = MIGRATIONS.to_vec();
        list.push(NEXT);
        drop(Store::open_with_migrations(&path, &list).unwrap());
        let before = std::fs::read(&path).unwrap();
        match Store::open(&path, "me") {
            Err(StoreError::TooNew { found, known, .. }) => {
                assert_eq!(found, LATEST_VERSION + 1);
                assert_eq!(known, LATEST_VERSION);
            }
            Err(other) => panic!("wrong error: {other}"),
            Ok(_) => panic!("a newer database was opened"),
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn another_programs_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE notes (body TEXT);")
                .unwrap();
        }
        assert!(matches!(
            Store::open(&path, "me"),
            Err(StoreError::NotOurs { .. })
        ));
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 0);
    }
}
