//! Looking after the file itself: `check` and `backup`, and which commands only read.

use std::io::Write;
use std::path::Path;

use crate::cli::Command;
use crate::store::{Store, StoreError};
use crate::tr;

/// Commands that never write, so they may read a file that cannot or must not be written
/// (a read-only location, a damaged file). Anything not named here counts as writing.
pub fn only_reads(command: &Option<Command>) -> bool {
    match command {
        Some(Command::Queue { .. } | Command::Overdue { .. } | Command::Who { .. }) => true,
        Some(Command::Export { .. }) => true,
        Some(Command::Import { dry_run, .. }) => *dry_run,
        Some(Command::Plan(args)) => args.action.is_none(),
        Some(Command::Check | Command::Backup { .. }) => true,
        _ => false,
    }
}

/// `12.3 MB`, for telling the size of a file.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{:.0} KB", (bytes as f64 / 1024.0).ceil())
    }
}

fn shown(path: &Path) -> String {
    crate::text::clean(&path.display().to_string())
}

/// The full integrity check, with a verdict a person can act on; 0 sound, 1 damaged.
pub fn check(out: &mut impl Write, store: &Store) -> anyhow::Result<i32> {
    let problems = store.problems(20)?;
    let path = store.path().map(shown).unwrap_or_default();
    damage_verdict(out, &path, &problems, store.path())
}

/// The verdict on a file too damaged to open at all.
pub fn check_unopenable(out: &mut impl Write, path: &Path, detail: &str) -> anyhow::Result<i32> {
    damage_verdict(out, &shown(path), &[detail.to_string()], Some(path))
}

fn damage_verdict(
    out: &mut impl Write,
    path: &str,
    problems: &[String],
    file: Option<&Path>,
) -> anyhow::Result<i32> {
    if problems.is_empty() {
        let bytes = file
            .and_then(|f| std::fs::metadata(f).ok())
            .map_or(0, |m| m.len());
        writeln!(out, "{}", tr!("check-ok", path = path, size = size(bytes)))?;
        return Ok(0);
    }
    writeln!(
        out,
        "{}",
        tr!("check-damaged", path = path, count = problems.len())
    )?;
    for p in problems {
        writeln!(out, "  - {}", crate::text::clean(p))?;
    }
    Ok(1)
}

/// `pressdesk backup FILE`.
pub fn backup(out: &mut impl Write, store: &Store, target: &Path) -> anyhow::Result<i32> {
    if target.exists() {
        anyhow::bail!(tr!("backup-exists", path = shown(target)));
    }
    let bytes = store.backup_to(target).map_err(|e| {
        let reason = match e {
            StoreError::Io { source, .. } => source.to_string(),
            other => other.to_string(),
        };
        anyhow::anyhow!(tr!("backup-failed", path = shown(target), reason = reason))
    })?;
    writeln!(
        out,
        "{}",
        tr!("backup-written", path = shown(target), size = size(bytes))
    )?;
    Ok(0)
}
