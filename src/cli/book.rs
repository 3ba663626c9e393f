//! The contact book on the command line: `who`, `import` and `export`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::app::Settings;
use crate::domain::Timestamp;
use crate::domain::contact::ContactStats;
use crate::format;
use crate::interop;
use crate::labels;
use crate::search::ContactIndex;
use crate::store::{SkipReason, Store};
use crate::tr;
use crate::ui::text::clean;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Vcard,
    Csv,
}

/// Where an export goes.
#[derive(Debug, Clone, Args)]
pub struct OutFile {
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `export vcard`: the version, and where to.
#[derive(Debug, Clone, Args)]
pub struct VcardArgs {
    /// The vCard version: 3 (read by every phone and address book) or 4.
    #[arg(long, default_value = "3", value_parser = ["3", "4"])]
    pub version: String,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// A contact found by `who --json`. Field names are stable.
#[derive(Debug, Serialize)]
pub struct WhoJson {
    pub id: i64,
    pub name: String,
    pub kind: Option<&'static str>,
    pub outlet: Option<String>,
    pub position: String,
    pub relationship: &'static str,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub tags: Vec<String>,
    pub inquiries: usize,
    pub median_answer_secs: Option<i64>,
    pub on_time_share: Option<f64>,
    pub last_contact: Option<String>,
}

pub fn who(
    out: &mut impl Write,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
    query: &str,
    json: bool,
    limit: usize,
) -> anyhow::Result<i32> {
    let index = ContactIndex::new(store.contact_summaries()?, settings.phones.clone());
    let ranked = index.rank(query, None);
    let mut found = Vec::new();
    for &i in ranked.items.iter().take(limit) {
        let c = index.at(i).clone();
        let stats = store.contact_card(c.id)?.stats();
        found.push((c, stats));
    }
    if json {
        let list: Vec<WhoJson> = found
            .iter()
            .map(|(c, s)| WhoJson {
                id: c.id,
                name: c.name.clone(),
                kind: c.kind.map(|k| k.code()),
                outlet: c.outlet.clone(),
                position: c.position.clone(),
                relationship: c.relationship.code(),
                phones: c.phones.clone(),
                emails: c.emails.clone(),
                tags: c.tags.clone(),
                inquiries: s.inquiries,
                median_answer_secs: s.median_answer,
                on_time_share: s.on_time,
                last_contact: s.last_contact.map(|t| settings.zone.rfc3339(t)),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
    } else if found.is_empty() {
        writeln!(out, "{}", tr!("cli-who-none", query = clean(query)))?;
    } else {
        for (c, s) in &found {
            let mut line = format!("#{:<5} {}", c.id, clean(&c.name));
            for part in [c.outlet.as_deref().unwrap_or(""), &c.position] {
                if !part.is_empty() {
                    line.push_str(" · ");
                    line.push_str(&clean(part));
                }
            }
            if let Some(k) = c.kind
                && k != crate::domain::ContactKind::Journalist
            {
                line.push_str(&format!(" ({})", labels::contact_kind(k)));
            }
            writeln!(out, "{line}")?;
            let mut reach: Vec<String> = c.phones.iter().map(|p| clean(p)).collect();
            reach.extend(c.emails.iter().map(|e| clean(e)));
            if !reach.is_empty() {
                writeln!(out, "       {}", reach.join(" · "))?;
            }
            writeln!(out, "       {}", history(s, now))?;
        }
        if ranked.items.len() > found.len() {
            writeln!(
                out,
                "{}",
                tr!("cli-who-more", count = ranked.items.len() - found.len())
            )?;
        }
    }
    Ok(if found.is_empty() { 1 } else { 0 })
}

/// `5 inquiries · median answer 2h · 80% on time · last contact 3d ago`.
fn history(s: &ContactStats, now: Timestamp) -> String {
    let mut parts = vec![tr!("card-inquiries", count = s.inquiries)];
    if let Some(m) = s.median_answer {
        parts.push(tr!("card-median", span = format::span(m)));
    }
    if let Some(share) = s.on_time {
        parts.push(tr!(
            "card-on-time",
            percent = (share * 100.0).round() as i64
        ));
    }
    parts.push(match s.last_contact {
        Some(t) => tr!("card-last", ago = format::ago(t, now)),
        None => tr!("card-no-contact-yet"),
    });
    parts.join(" · ")
}

fn reason(r: &SkipReason) -> String {
    match r {
        SkipReason::NoName => tr!("import-skip-no-name"),
        SkipReason::Ambiguous(ids) => tr!(
            "import-skip-ambiguous",
            ids = ids
                .iter()
                .map(|id| format!("#{id}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        SkipReason::Unchanged(id) => tr!("import-skip-unchanged", id = *id),
        SkipReason::Unreadable(why) => tr!("import-skip-unreadable", why = clean(why)),
    }
}

pub fn import(
    out: &mut impl Write,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
    format: ImportFormat,
    file: &Path,
    dry_run: bool,
) -> anyhow::Result<i32> {
    let open = || {
        std::fs::File::open(file)
            .map(std::io::BufReader::new)
            .with_context(|| tr!("cli-cannot-read", path = file.display().to_string()))
    };
    let items = match format {
        ImportFormat::Vcard => interop::vcard::read(open()?)
            .with_context(|| tr!("cli-cannot-read", path = file.display().to_string()))?,
        ImportFormat::Csv => interop::csv::read(open()?)
            .with_context(|| tr!("cli-cannot-read", path = file.display().to_string()))?,
    };
    let read = items.len();
    let summary = store.import(items, &settings.phones, now, dry_run)?;
    writeln!(
        out,
        "{}",
        tr!(
            "cli-import-summary",
            read = read,
            added = summary.added,
            updated = summary.updated,
            skipped = summary.skipped.len()
        )
    )?;
    for (name, why) in &summary.skipped {
        writeln!(out, "  - {}: {}", clean(name), reason(why))?;
    }
    if dry_run {
        writeln!(out, "{}", tr!("cli-import-dry-run"))?;
    }
    Ok(0)
}

/// What an export writes.
enum Format {
    Vcard(calcard::vcard::VCardVersion),
    Csv,
    Json,
}

pub fn export_vcard(
    out: &mut impl Write,
    store: &mut Store,
    args: &VcardArgs,
) -> anyhow::Result<i32> {
    let version = if args.version == "4" {
        calcard::vcard::VCardVersion::V4_0
    } else {
        calcard::vcard::VCardVersion::V3_0
    };
    export(out, store, Format::Vcard(version), args.out.as_deref())
}

pub fn export_csv(out: &mut impl Write, store: &mut Store, args: &OutFile) -> anyhow::Result<i32> {
    export(out, store, Format::Csv, args.out.as_deref())
}

pub fn export_json(out: &mut impl Write, store: &mut Store, args: &OutFile) -> anyhow::Result<i32> {
    export(out, store, Format::Json, args.out.as_deref())
}

fn export(
    out: &mut impl Write,
    store: &mut Store,
    format: Format,
    target: Option<&Path>,
) -> anyhow::Result<i32> {
    let book = store.export_book()?;
    let mut bytes: Vec<u8> = Vec::new();
    match format {
        Format::Vcard(version) => {
            let mut text = String::new();
            interop::vcard::write(&book, version, &mut text)
                .map_err(|_| anyhow::anyhow!(crate::tr!("cli-vcard-write-failed")))?;
            bytes.extend_from_slice(text.as_bytes());
        }
        Format::Csv => interop::csv::write(&book, &mut bytes)?,
        Format::Json => {
            interop::json::write_with_coverage(&book, &store.all_coverage()?, &mut bytes)?;
            bytes.push(b'\n');
        }
    }
    match target {
        Some(path) => {
            std::fs::write(path, &bytes)
                .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()))?;
            eprintln!(
                "{}",
                tr!(
                    "cli-exported",
                    count = book.contacts.len(),
                    path = path.display().to_string()
                )
            );
        }
        None => out.write_all(&bytes)?,
    }
    Ok(0)
}
