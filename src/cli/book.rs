//! The contact book on the command line: `who`, `import` and `export`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::domain::Timestamp;
use crate::domain::contact::{ContactCard, ContactStats, ContactSummary, Point};
use crate::format;
use crate::interop;
use crate::labels;
use crate::progress::Progress;
use crate::settings::Settings;
use crate::store::{SkipReason, Store};
use crate::text::{clean, fit};

/// How much of a contact's notes `who` prints on its line.
const WHO_NOTES_WIDTH: usize = 300;
use crate::tr;

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
    /// What a press secretary looks a journalist up for: "prefers Telegram, call after 10".
    pub notes: String,
    /// Messenger handles as stored (`telegram:@handle`), with their labels.
    pub messengers: Vec<PointJson>,
    /// Phones and e-mails with their labels (`work`, `mobile`), in the card's order.
    pub phone_details: Vec<PointJson>,
    pub email_details: Vec<PointJson>,
    pub outlet_id: Option<i64>,
    /// Other people at the same outlet.
    pub colleagues: Vec<ColleagueJson>,
    pub created_at: String,
    pub inquiries: usize,
    pub median_answer_secs: Option<i64>,
    pub on_time_share: Option<f64>,
    pub last_contact: Option<String>,
    /// The newest inquiries from this person, at most five.
    pub recent_inquiries: Vec<RecentInquiryJson>,
}

#[derive(Debug, Serialize)]
pub struct PointJson {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct ColleagueJson {
    pub id: i64,
    pub name: String,
    pub position: String,
}

#[derive(Debug, Serialize)]
pub struct RecentInquiryJson {
    pub id: i64,
    pub received_at: String,
    pub subject: String,
    pub status: &'static str,
    pub answered_at: Option<String>,
}

/// How many of a contact's inquiries `who --json` lists.
const RECENT_INQUIRIES: usize = 5;

impl WhoJson {
    fn new(c: &ContactSummary, card: &ContactCard, settings: &Settings) -> WhoJson {
        let zone = settings.zone;
        let points = |list: &[Point]| {
            list.iter()
                .map(|p| PointJson {
                    value: p.value.clone(),
                    label: p.label.clone(),
                })
                .collect()
        };
        let stats = card.stats();
        WhoJson {
            id: c.id,
            name: c.name.clone(),
            kind: c.kind.map(|k| k.code()),
            outlet: c.outlet.clone(),
            position: c.position.clone(),
            relationship: c.relationship.code(),
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            tags: c.tags.clone(),
            notes: card.notes.clone(),
            messengers: points(&card.messengers),
            phone_details: points(&card.phones),
            email_details: points(&card.emails),
            outlet_id: card.outlet_id,
            colleagues: card
                .colleagues
                .iter()
                .map(|(id, name, position)| ColleagueJson {
                    id: *id,
                    name: name.clone(),
                    position: position.clone(),
                })
                .collect(),
            created_at: zone.rfc3339(card.created_at),
            inquiries: stats.inquiries,
            median_answer_secs: stats.median_answer,
            on_time_share: stats.on_time,
            last_contact: stats.last_contact.map(|t| zone.rfc3339(t)),
            recent_inquiries: card
                .inquiries
                .iter()
                .take(RECENT_INQUIRIES)
                .map(|i| RecentInquiryJson {
                    id: i.id,
                    received_at: zone.rfc3339(i.received_at),
                    subject: i.headline().to_string(),
                    status: i.status.code(),
                    answered_at: i.answered_at.map(|t| zone.rfc3339(t)),
                })
                .collect(),
        }
    }
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
    // Through the index in the database: only the contacts printed are read.
    let hits = store.find_contacts(query, &settings.phones, limit)?;
    let mut found = Vec::new();
    for c in store.contact_summaries_of(&hits.ids)? {
        let card = store.contact_card(c.id)?;
        found.push((c, card));
    }
    if json {
        let list: Vec<WhoJson> = found
            .iter()
            .map(|(c, card)| WhoJson::new(c, card, settings))
            .collect();
        crate::text::write_json(&mut *out, &list)?;
        writeln!(out)?;
    } else if found.is_empty() {
        writeln!(out, "{}", tr!("cli-who-none", query = clean(query)))?;
    } else {
        for (c, card) in &found {
            let s = &card.stats();
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
            reach.extend(card.messengers.iter().map(|m| clean(&m.value)));
            if !reach.is_empty() {
                writeln!(out, "       {}", reach.join(" · "))?;
            }
            // The notes are what a contact is looked up for ("prefers Telegram").
            if !card.notes.trim().is_empty() {
                writeln!(
                    out,
                    "       {}",
                    fit(&clean(card.notes.trim()), WHO_NOTES_WIDTH)
                )?;
            }
            writeln!(out, "       {}", history(s, now))?;
        }
        if hits.total > found.len() {
            writeln!(
                out,
                "{}",
                tr!("cli-who-more", count = hits.total - found.len())
            )?;
        }
    }
    Ok(if found.is_empty() { 1 } else { 0 })
}

/// Names one file's content for resuming an interrupted import (its format, length and
/// a 64-bit FNV-1a hash of every byte), and counts its records for the progress line:
/// one pass at disk speed, a fraction of the import.
fn fingerprint(
    format: ImportFormat,
    mut reader: impl std::io::BufRead,
) -> std::io::Result<(String, u64)> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut len: u64 = 0;
    // CSV: line breaks outside quotes; vCard: lines that begin a card.
    let (mut quoted, mut breaks, mut last) = (false, 0u64, b'\n');
    let (mut head, mut cards) = (Vec::with_capacity(16), 0u64);
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        for &b in buf {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            match b {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => breaks += 1,
                _ => {}
            }
            if b == b'\n' {
                if head.trim_ascii().eq_ignore_ascii_case(b"BEGIN:VCARD") {
                    cards += 1;
                }
                head.clear();
            } else if head.len() < 16 {
                head.push(b);
            }
            last = b;
        }
        len += buf.len() as u64;
        let n = buf.len();
        reader.consume(n);
    }
    if head.trim_ascii().eq_ignore_ascii_case(b"BEGIN:VCARD") {
        cards += 1;
    }
    let (kind, records) = match format {
        ImportFormat::Vcard => ("vcard", cards),
        ImportFormat::Csv => {
            let lines = breaks + u64::from(last != b'\n');
            ("csv", lines.saturating_sub(1))
        }
    };
    Ok((format!("{kind}:{len}:{hash:016x}"), records))
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
    let cannot_read = || tr!("cli-cannot-read", path = file.display().to_string());
    let (source, records) = std::fs::File::open(file)
        .map(std::io::BufReader::new)
        .and_then(|f| fingerprint(format, f))
        .with_context(cannot_read)?;
    let reader = std::fs::File::open(file)
        .map(std::io::BufReader::new)
        .with_context(cannot_read)?;
    // The file is read as it is written, one record at a time, on a thread of its own a
    // few hundred records ahead of the database.
    let mut progress = Progress::new(tr!("progress-import"), Some(records));
    let mut failure: Option<std::io::Error> = None;
    let summary = match format {
        ImportFormat::Vcard => {
            let cards = interop::ahead::read_ahead(interop::vcard::Cards::new(reader))
                .with_context(cannot_read)?;
            let items = cards
                .map_while(|r| match r {
                    Ok(item) => Some(item),
                    Err(e) => {
                        failure = Some(e);
                        None
                    }
                })
                .inspect(|_| progress.tick(1));
            store.import_from(items, &settings.phones, now, dry_run, Some(&source))?
        }
        ImportFormat::Csv => {
            let rows = interop::csv::Rows::new(reader).with_context(cannot_read)?;
            let items = interop::ahead::read_ahead(rows)
                .with_context(cannot_read)?
                .inspect(|_| progress.tick(1));
            store.import_from(items, &settings.phones, now, dry_run, Some(&source))?
        }
    };
    progress.finish();
    if let Some(e) = failure {
        return Err(anyhow::Error::new(e).context(cannot_read()));
    }
    if !dry_run {
        store.finish_import(&source)?;
    }
    if summary.resumed > 0 {
        writeln!(out, "{}", tr!("cli-import-resumed", done = summary.resumed))?;
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-import-summary",
            read = summary.read,
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
    let mut progress = Progress::new(tr!("progress-export"), Some(book.contacts.len() as u64));
    let mut tick = || progress.tick(1);
    match format {
        Format::Vcard(version) => {
            let mut text = String::new();
            interop::vcard::write_counted(&book, version, &mut text, &mut tick)
                .map_err(|_| anyhow::anyhow!(crate::tr!("cli-vcard-write-failed")))?;
            bytes.extend_from_slice(text.as_bytes());
        }
        Format::Csv => interop::csv::write_counted(&book, &mut bytes, &mut tick)?,
        Format::Json => {
            // One document: serialised at once, counted when done.
            interop::json::write_with_coverage(&book, &store.all_coverage()?, &mut bytes)?;
            bytes.push(b'\n');
            progress.tick(book.contacts.len() as u64);
        }
    }
    progress.finish();
    match target {
        Some(path) => {
            crate::files::write_whole(path, |w| w.write_all(&bytes))
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
