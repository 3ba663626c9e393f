//! `pressdesk attach`, `attachments` and `attachment get`: files kept with a record.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use serde::Serialize;

use crate::app::Settings;
use crate::domain::Timestamp;
use crate::format;
use crate::store::{AttachTo, Attachment, Store};
use crate::text::clean;
use crate::tr;

/// The kinds of record a file can be kept with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    Inquiry,
    Contact,
    Outlet,
    Plan,
}

impl Kind {
    pub fn with(self, id: i64) -> AttachTo {
        match self {
            Kind::Inquiry => AttachTo::Inquiry(id),
            Kind::Contact => AttachTo::Contact(id),
            Kind::Outlet => AttachTo::Outlet(id),
            Kind::Plan => AttachTo::PlanItem(id),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AttachmentCommand {
    /// Save an attachment's file: under its own name in the current folder, or where
    /// --out says (`-` writes it to standard output).
    Get {
        /// The attachment's number (see `pressdesk attachments`).
        id: i64,
        /// Where to write it; an existing file there is replaced.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// An attachment as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
pub struct AttachmentJson {
    pub id: i64,
    pub kind: &'static str,
    pub record: i64,
    pub name: String,
    pub media_type: String,
    pub size: u64,
    pub added_at: String,
    pub added_by: String,
}

impl AttachmentJson {
    pub fn new(a: &Attachment, settings: &Settings) -> AttachmentJson {
        AttachmentJson {
            id: a.id,
            kind: a.owner.kind(),
            record: a.owner.id(),
            name: a.name.clone(),
            media_type: a.media_type.clone(),
            size: a.size,
            added_at: settings.zone.rfc3339(a.created_at),
            added_by: a.created_by.clone(),
        }
    }
}

/// Keeps each file with the record; a file that cannot be kept is reported and the
/// others still go in. Exit status 2 when any was refused.
pub fn attach(
    store: &mut Store,
    to: AttachTo,
    files: &[PathBuf],
    now: Timestamp,
    out: &mut impl Write,
    err: &mut impl Write,
) -> anyhow::Result<i32> {
    let mut failed = false;
    for path in files {
        match store.attach_file(to, path, now) {
            Ok(a) => writeln!(
                out,
                "{}",
                tr!(
                    "attach-kept",
                    id = a.id,
                    name = clean(&a.name),
                    size = format::bytes(a.size),
                    kind = a.owner.kind(),
                    record = a.owner.id()
                )
            )?,
            Err(e) => {
                failed = true;
                writeln!(
                    err,
                    "{}",
                    tr!(
                        "attach-refused",
                        file = clean(&path.display().to_string()),
                        reason = clean(&e.to_string())
                    )
                )?;
            }
        }
    }
    Ok(if failed { 2 } else { 0 })
}

pub fn list(
    store: &Store,
    to: AttachTo,
    settings: &Settings,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<i32> {
    let files = store.attachments(to)?;
    if json {
        let list: Vec<AttachmentJson> = files
            .iter()
            .map(|a| AttachmentJson::new(a, settings))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(0);
    }
    if files.is_empty() {
        writeln!(out, "{}", tr!("attach-none"))?;
        return Ok(0);
    }
    let pad = crate::text::pad;
    for a in &files {
        writeln!(
            out,
            "#{:<5} {} {} {} {}",
            a.id,
            pad(&clean(&a.name), 32),
            pad(&format::bytes(a.size), 9),
            pad(&format::full(a.created_at, settings.zone), 22),
            clean(&a.created_by)
        )?;
    }
    Ok(0)
}

/// Saves an attachment; returns where it went (None for standard output).
pub fn get(
    store: &Store,
    id: i64,
    out_path: Option<&Path>,
    stdout: &mut impl Write,
) -> anyhow::Result<Option<PathBuf>> {
    let a = store.attachment(id)?;
    match out_path {
        Some(p) if p == Path::new("-") => {
            store.copy_attachment(id, stdout)?;
            Ok(None)
        }
        Some(p) => {
            crate::opener::save_attachment(store, id, p, true)?;
            Ok(Some(p.to_path_buf()))
        }
        None => {
            let p = PathBuf::from(crate::store::safe_file_name(&a.name));
            crate::opener::save_attachment(store, id, &p, false)?;
            Ok(Some(p))
        }
    }
}
