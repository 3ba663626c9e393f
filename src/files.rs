//! Files pressdesk writes for the user: readable by their owner only, and whole or not
//! there at all.

use std::io::Write;
use std::path::Path;

/// Writes `path` through `fill`: into a temporary file beside it (mode 0600), flushed to
/// disk, then renamed over `path`. If anything fails (a full disk, a writer's error) the
/// temporary file is removed and `path` keeps what it held before, or stays absent.
pub fn write_whole(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".pressdesk-")
        .suffix(".partial")
        .tempfile_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(temp.as_file_mut());
        fill(&mut out)?;
        out.flush()?;
    }
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_failing_writer_leaves_neither_a_partial_target_nor_a_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("book.vcf");
        let failed = write_whole(&target, |w| {
            w.write_all(b"BEGIN:VCARD\r\n")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
        // Over an earlier export: the earlier one stays whole.
        std::fs::write(&target, b"earlier").unwrap();
        let failed = write_whole(&target, |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"earlier");
        assert_eq!(names(dir.path()), vec!["book.vcf"]);
    }

    #[cfg(unix)]
    #[test]
    fn what_is_written_is_private_and_whole() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("book.csv");
        std::fs::write(&target, b"old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_whole(&target, |w| w.write_all(b"name\nIvan\n")).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"name\nIvan\n");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(names(dir.path()), vec!["book.csv"]);
    }
}
