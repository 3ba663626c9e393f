//! Opening a file with care: a damaged file is refused before anything is written to it,
//! and a file that cannot be opened says why in the user's words.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{Result, StoreError};

/// True when the file exists but this process may not write it, or the directory its
/// journal goes in (`-wal`, `-shm`) cannot be written.
fn is_read_only(path: &Path) -> bool {
    let file = std::fs::OpenOptions::new().append(true).open(path);
    if let Err(e) = file {
        return is_permission(&e);
    }
    !directory_writable(path)
}

/// SQLite falls back to reading when it may not write the file; a writer wants to know.
pub(super) fn refuse_read_only(conn: &Connection, path: &Path) -> Result<()> {
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(StoreError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

fn is_permission(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Whether a file can be made beside `path`: tried with a probe that is removed at once,
/// since permission bits alone do not tell (root, read-only mounts, ACLs).
fn directory_writable(path: &Path) -> bool {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => std::path::PathBuf::from("."),
    };
    let probe = dir.join(format!(".pressdesk-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(e) => !is_permission(&e),
    }
}

/// An SQLite failure while opening, told in terms of the file.
pub(super) fn explain(path: &Path, e: rusqlite::Error) -> StoreError {
    let code = e.sqlite_error_code();
    match code {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
            if path.exists() && is_read_only(path) =>
        {
            StoreError::ReadOnly {
                path: path.to_path_buf(),
            }
        }
        _ => StoreError::Sqlite(e),
    }
}

/// The problems a check of `kind` (`quick_check` or `integrity_check`) finds, at most
/// `limit`; an error while checking is itself the problem.
pub(super) fn problems(conn: &Connection, kind: &str, limit: u32) -> Result<Vec<String>> {
    // The pragma is one of ours and the limit a number, not user text. A check of one
    // table takes no limit.
    let sql = if kind.contains('(') {
        format!("PRAGMA {kind}")
    } else {
        format!("PRAGMA {kind}({limit})")
    };
    let rows = conn.prepare(&sql).and_then(|mut stmt| {
        stmt.query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<String>>>()
    });
    match rows {
        Ok(rows) if rows.len() == 1 && rows[0] == "ok" => Ok(Vec::new()),
        Ok(rows) => Ok(rows),
        Err(e) if is_damage(&e) => Ok(vec![e.to_string()]),
        Err(e) => Err(StoreError::Sqlite(e)),
    }
}

fn is_damage(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(ErrorCode::DatabaseCorrupt)
}

/// Up to this size every page is checked on opening. `quick_check` is linear in the file:
/// about 8.5 ms per MB on a quiet two-core machine (1.2 s for a 141 MB book of 100 000
/// contacts), so 8 MB keeps every command's start under about 70 ms.
const FULL_CHECK_LIMIT: u64 = 8 << 20;

/// Whether opening `path` left its pages unread: a file above `FULL_CHECK_LIMIT` has only
/// its header and schema checked then, and a long-lived process checks the rest later.
pub(super) fn pages_unchecked(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > FULL_CHECK_LIMIT)
}

/// Refuses a file whose pages are damaged. `quick_check` reads every page and checks the
/// b-tree structure (not every index against its table). A larger file has its schema
/// and header checked on opening; `pressdesk check` reads all of it.
pub(super) fn refuse_damaged(conn: &Connection, path: &Path) -> Result<()> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    let kind = if size <= FULL_CHECK_LIMIT {
        "quick_check"
    } else {
        "quick_check(sqlite_schema)"
    };
    let found = problems(conn, kind, 3).map_err(|e| match e {
        StoreError::Sqlite(e) => explain(path, e),
        other => other,
    })?;
    if found.is_empty() {
        return Ok(());
    }
    Err(StoreError::Damaged {
        path: path.to_path_buf(),
        detail: found.join("; "),
    })
}

/// A read-only connection. In a location where SQLite cannot make its shared-memory file,
/// the file is opened as immutable: nobody can be writing where nobody can write.
pub(super) fn read_only(path: &Path) -> Result<Connection> {
    if !path.exists() {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let plain = Connection::open_with_flags(path, flags).and_then(|conn| {
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(conn)
    });
    match plain {
        Ok(conn) => Ok(conn),
        Err(e) if !directory_writable(path) => {
            let _ = e;
            immutable(path, flags)
        }
        Err(e) => Err(explain(path, e)),
    }
}

fn immutable(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let mut uri = String::from("file:");
    for byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~".contains(byte) {
            uri.push(char::from(*byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    let conn = Connection::open_with_flags(&uri, flags | OpenFlags::SQLITE_OPEN_URI)
        .map_err(|e| explain(path, e))?;
    Ok(conn)
}
