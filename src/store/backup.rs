//! Copies of the database: on demand (`pressdesk backup FILE`) and rotating, beside it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{Result, Store, StoreError};
use crate::domain::Timestamp;

/// The name rotating copies carry after the database's own: `.backup-YYYYMMDD-HHMMSS.sqlite3`.
const PREFIX: &str = ".backup-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";

impl Store {
    /// Writes a consistent copy of the database to `target`, which must not exist, readable
    /// by its owner only. The copy is made in one read transaction (WAL lets others keep
    /// writing meanwhile) into a temporary file that is renamed into place only when whole.
    pub fn backup_to(&self, target: &Path) -> Result<u64> {
        copy_database(&self.conn, target)
    }

    /// Makes a rotating copy beside the database when the newest is older than `every`
    /// seconds, then removes all but the newest `keep`. Returns the copy made, if any.
    pub fn rotate_backups(&self, keep: u32, every: i64, now: Timestamp) -> Result<Option<PathBuf>> {
        self.rotate_backups_announced(keep, every, now, |_| {})
    }

    /// The same, calling `before` with the copy's path just before a copy is made (a
    /// large file takes a while to copy, and a command can say why it waits).
    pub fn rotate_backups_announced(
        &self,
        keep: u32,
        every: i64,
        now: Timestamp,
        before: impl FnOnce(&Path),
    ) -> Result<Option<PathBuf>> {
        let Some(path) = self.path.as_deref() else {
            return Ok(None);
        };
        if keep == 0 {
            return Ok(None);
        }
        remove_abandoned_copies(path);
        let mut copies = rotating_copies(path);
        let due = copies.last().is_none_or(|(at, _)| now - at >= every);
        if !due {
            return Ok(None);
        }
        let Some(stamp) = chrono::DateTime::from_timestamp(now, 0) else {
            return Ok(None);
        };
        let target = rotating_name(path, &stamp.format(STAMP).to_string());
        if target.exists() {
            return Ok(None);
        }
        before(&target);
        self.backup_to(&target)?;
        copies.push((now, target.clone()));
        let surplus = copies.len().saturating_sub(keep as usize);
        for (_, old) in copies.iter().take(surplus) {
            // A copy already gone is not a reason to fail the user's command.
            let _ = std::fs::remove_file(old);
        }
        Ok(Some(target))
    }
}

/// The name of a copy still being written (tempfile adds random letters after it).
const UNFINISHED: &str = ".pressdesk-backup-";
/// A copy still being written after this long was abandoned: its process ended mid-way
/// (killed, or its terminal closed while the interface made the day's copy).
const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(86_400);

/// Removes unfinished copies beside `path` that no one has written to for a day.
fn remove_abandoned_copies(path: &Path) {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let unfinished = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(UNFINISHED));
        let idle = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| at.elapsed().ok())
            .is_some_and(|idle| idle >= ABANDONED_AFTER);
        if unfinished && idle {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A consistent copy of the database behind `conn` at `target` (which must not exist),
/// mode 0600, renamed into place only when whole.
pub(super) fn copy_database(conn: &Connection, target: &Path) -> Result<u64> {
    let io = |source| StoreError::Io {
        path: target.to_path_buf(),
        source,
    };
    let dir = match target.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    // tempfile creates it 0600 and removes it if anything below fails.
    let temp = tempfile::Builder::new()
        .prefix(UNFINISHED)
        .tempfile_in(&dir)
        .map_err(io)?;
    {
        let mut copy = Connection::open(temp.path())?;
        let backup = rusqlite::backup::Backup::new(conn, &mut copy)?;
        // -1: every page in one step, so the copy is one snapshot and never restarts.
        // A busy source is waited for, as long as a writer's lock would be (5 s).
        for attempt in 0.. {
            use rusqlite::backup::StepResult;
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ if attempt < 250 => std::thread::sleep(std::time::Duration::from_millis(20)),
                _ => {
                    return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        None,
                    )));
                }
            }
        }
        drop(backup);
        copy.execute_batch("PRAGMA journal_mode = DELETE;")?;
    }
    temp.as_file().sync_all().map_err(io)?;
    let file = temp.persist_noclobber(target).map_err(|e| io(e.error))?;
    Ok(file.metadata().map_err(io)?.len())
}

fn rotating_name(path: &Path, stamp: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!("{PREFIX}{stamp}{SUFFIX}"));
    path.with_file_name(name)
}

/// The rotating copies beside `path`, oldest first, with the time in their names.
pub fn rotating_copies(path: &Path) -> Vec<(Timestamp, PathBuf)> {
    let Some(base) = path.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut found: Vec<(Timestamp, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stamp = name
                .strip_prefix(base)?
                .strip_prefix(PREFIX)?
                .strip_suffix(SUFFIX)?;
            let at = chrono::NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
            Some((at.and_utc().timestamp(), e.path()))
        })
        .collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    #[test]
    fn a_copy_is_announced_just_before_it_is_made_and_only_then() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let store = Store::open(&path, "me").unwrap();
        let start = 1_795_000_000;
        let mut announced = None;
        let made = store
            .rotate_backups_announced(3, DAY, start, |target| {
                assert!(!target.exists(), "announced after the copy");
                announced = Some(target.to_path_buf());
            })
            .unwrap();
        assert_eq!(announced, made);
        assert!(announced.is_some_and(|p| p.exists()));
        // Not due again the same day: nothing to announce.
        store
            .rotate_backups_announced(3, DAY, start + 60, |_| panic!("no copy is due"))
            .unwrap();
    }

    #[test]
    fn one_copy_a_day_and_only_the_newest_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let store = Store::open(&path, "me").unwrap();
        let start = 1_795_000_000;
        assert!(store.rotate_backups(3, DAY, start).unwrap().is_some());
        // Opened again the same day: no second copy.
        assert!(
            store
                .rotate_backups(3, DAY, start + 3600)
                .unwrap()
                .is_none()
        );
        for day in 1..=4 {
            assert!(
                store
                    .rotate_backups(3, DAY, start + day * DAY)
                    .unwrap()
                    .is_some()
            );
        }
        let copies = rotating_copies(&path);
        assert_eq!(copies.len(), 3);
        assert_eq!(copies[0].0, start + 2 * DAY);
        assert_eq!(copies[2].0, start + 4 * DAY);
        #[cfg(unix)]
        for (_, copy) in &copies {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(copy).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", copy.display());
        }
        // Each copy is a whole database this binary opens.
        let copy = Store::open(&copies[2].1, "me").unwrap();
        assert_eq!(copy.integrity_check().unwrap(), "ok");
        // keep = 0 turns them off.
        assert!(
            store
                .rotate_backups(0, DAY, start + 9 * DAY)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn a_copy_abandoned_half_written_is_removed_a_day_later() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let store = Store::open(&path, "me").unwrap();
        let old = dir.path().join(".pressdesk-backup-AbC123");
        let fresh = dir.path().join(".pressdesk-backup-XyZ789");
        for file in [&old, &fresh] {
            std::fs::write(file, b"half a copy").unwrap();
        }
        let two_days_ago = std::time::SystemTime::now() - 2 * ABANDONED_AFTER;
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(two_days_ago)
            .unwrap();
        store.rotate_backups(3, DAY, 1_795_000_000).unwrap();
        assert!(!old.exists(), "abandoned a day ago");
        assert!(fresh.exists(), "maybe another process's copy under way");
    }
}
