//! Opening an attachment with the system's viewer: the file is written to a private
//! temporary folder (readable by its owner only) and handed to `$PRESSDESK_OPENER`, else
//! `xdg-open` (or `open` on macOS). The folder is removed when the returned handle is
//! dropped, so the interface keeps it while the viewer may still be reading.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::store::{Store, safe_file_name};
use crate::tr;

pub const OPENER_ENV: &str = "PRESSDESK_OPENER";

/// A file written out for a viewer; dropping it removes the file and its folder.
#[derive(Debug)]
pub struct OpenedFile {
    dir: tempfile::TempDir,
    path: PathBuf,
}

impl OpenedFile {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn folder(&self) -> &Path {
        self.dir.path()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{0}")]
    Store(#[from] crate::store::StoreError),
    #[error("{}", tr!("open-write-failed", reason = .0.to_string()))]
    Write(std::io::Error),
    #[error("{}", tr!("open-no-opener", program = .program.clone(), reason = .reason.clone()))]
    Opener { program: String, reason: String },
    /// Saving: the target exists and replacing was not asked for.
    #[error("{}", tr!("attach-exists", path = crate::text::clean(&.0.display().to_string())))]
    Exists(PathBuf),
    /// Saving: the folder or the file could not be written.
    #[error("{}: {}", crate::text::clean(&.0.display().to_string()), .1)]
    Save(PathBuf, std::io::Error),
}

/// Writes attachment `id` to a private temporary file beside `path`, then renames it into
/// place, so a reader never sees half a file. Without `replace`, an existing file stays.
pub fn save_attachment(
    store: &Store,
    id: i64,
    path: &Path,
    replace: bool,
) -> Result<(), OpenError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // tempfile creates the file readable and writable by its owner only.
    let mut tmp = tempfile::Builder::new()
        .prefix(".pressdesk-")
        .tempfile_in(&dir)
        .map_err(|e| OpenError::Save(dir.clone(), e))?;
    store.copy_attachment(id, tmp.as_file_mut())?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| OpenError::Save(path.to_path_buf(), e))?;
    let kept = if replace {
        tmp.persist(path).map(drop)
    } else {
        tmp.persist_noclobber(path).map(drop)
    };
    kept.map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => OpenError::Exists(path.to_path_buf()),
        _ => OpenError::Save(path.to_path_buf(), e.error),
    })
}

/// The program that opens files: `$PRESSDESK_OPENER` (a program and its arguments,
/// split on spaces), else the platform's.
fn opener() -> Vec<String> {
    if let Ok(text) = std::env::var(OPENER_ENV) {
        let words: Vec<String> = text.split_whitespace().map(String::from).collect();
        if !words.is_empty() {
            return words;
        }
    }
    let default = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    vec![default.to_string()]
}

/// Writes attachment `id` to a private temporary file and hands it to the opener, waiting
/// for the opener (not the viewer it starts) to finish.
pub fn open_attachment(store: &Store, id: i64) -> Result<OpenedFile, OpenError> {
    open_attachment_with(store, id, &opener())
}

/// The same with a given opener command (a program and its first arguments).
pub fn open_attachment_with(
    store: &Store,
    id: i64,
    command: &[String],
) -> Result<OpenedFile, OpenError> {
    let attachment = store.attachment(id)?;
    // The folder is the owner's only (0700), the file too (0600, below).
    let mut builder = tempfile::Builder::new();
    builder.prefix("pressdesk-");
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    let dir = builder.tempdir().map_err(OpenError::Write)?;
    let path = dir.path().join(safe_file_name(&attachment.name));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path).map_err(OpenError::Write)?;
    store.copy_attachment(id, &mut file)?;
    file.sync_all().map_err(OpenError::Write)?;
    drop(file);
    let Some(program) = command.first().cloned() else {
        return Err(OpenError::Opener {
            program: String::new(),
            reason: String::new(),
        });
    };
    let status = Command::new(&program)
        .args(&command[1..])
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| OpenError::Opener {
            program: program.clone(),
            reason: e.to_string(),
        })?;
    if !status.success() {
        return Err(OpenError::Opener {
            program,
            reason: status.to_string(),
        });
    }
    Ok(OpenedFile { dir, path })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::store::AttachTo;
    use std::os::unix::fs::PermissionsExt;

    /// The opener is a script that copies what it is given, so the test sees exactly the
    /// file a viewer would get.
    #[test]
    fn the_file_is_private_handed_to_the_opener_and_removed_afterwards() {
        let work = tempfile::tempdir().unwrap();
        let copy = work.path().join("seen");
        let script = work.path().join("opener.sh");
        std::fs::write(
            &script,
            format!("#!/bin/sh\ncp \"$1\" '{}'\n", copy.display()),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();

        let mut store = Store::open_in_memory("elena").unwrap();
        let item = store
            .commit(|w| {
                w.create_outlet(
                    &crate::store::NewOutlet {
                        name: "Вести".into(),
                        kind: crate::domain::contact::OutletKind::Tv,
                        region: String::new(),
                        phones: vec![],
                        emails: vec![],
                    },
                    &crate::domain::phone::PhoneRules::for_country("RU").unwrap(),
                    1,
                )
            })
            .unwrap();
        let id = store
            .commit(|w| {
                w.attach_bytes(
                    AttachTo::Outlet(item),
                    "../press kit.pdf",
                    "application/pdf",
                    b"%PDF-1.4 kit",
                    2,
                )
            })
            .unwrap();
        let opened = open_attachment_with(&store, id, &[script.display().to_string()]).unwrap();
        assert_eq!(opened.path().file_name().unwrap(), "press kit.pdf");
        let mode = std::fs::metadata(opened.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let dir_mode = std::fs::metadata(opened.folder())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
        assert_eq!(std::fs::read(&copy).unwrap(), b"%PDF-1.4 kit");
        let folder = opened.folder().to_path_buf();
        drop(opened);
        assert!(!folder.exists());
    }
}
