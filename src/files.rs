//! Files pressdesk writes for the user: readable by their owner only, and whole or not
//! there at all.

use std::io::Write;
use std::path::Path;

/// Writes `path` through `fill`: into a temporary file beside it (mode 0600), flushed to
/// disk, then renamed over `path`. If anything fails (a full disk, a writer's error) the
/// temporary file is removed and `path` keeps what it held before, or stays absent.
///
/// A target that exists but is not a regular file (`/dev/null`, `/dev/stdout`, a pipe) is
/// written in place: renaming over it would replace the device or pipe with a file. A
/// symbolic link is followed, so the link stays and the file it points to is replaced.
pub fn write_whole(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut out =
                std::io::BufWriter::new(std::fs::OpenOptions::new().write(true).open(path)?);
            fill(&mut out)?;
            return out.flush();
        }
        Ok(meta) if meta.is_file() && path.is_symlink() => {
            return write_whole(&std::fs::canonicalize(path)?, fill);
        }
        _ => {}
    }
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

    /// A pipe (like `/dev/null` or `/dev/stdout`) is written into, never replaced by a file.
    #[cfg(unix)]
    #[test]
    fn a_pipe_given_as_the_target_stays_a_pipe() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        write_whole(&fifo, |w| w.write_all(b"name\nIvan\n")).unwrap();
        // Checked before joining: a pipe replaced by a file would leave the reader waiting.
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), b"name\nIvan\n");
        assert_eq!(names(dir.path()), vec!["pipe"]);
    }

    /// A link to an earlier export stays a link; the file it points to gets the new text.
    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.csv");
        let link = dir.path().join("link.csv");
        std::fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_whole(&link, |w| w.write_all(b"new")).unwrap();
        assert!(link.is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
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
