//! `pressdesk intake mail PATH…`: e-mailed requests registered as inquiries.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::app::Settings;
use crate::domain::{Channel, Priority, Timestamp};
use crate::intake::{self, ParsedMail, RawMessage};
use crate::store::{IncomingMail, MailFile, MailOutcome, MailSender, Store, Writer};
use crate::text::clean;
use crate::tr;

#[derive(Debug, Subcommand)]
pub enum IntakeSource {
    /// Register e-mailed requests from .eml files, Maildir folders (new/ and cur/) or
    /// mbox files. A message already registered is not added again; a reply goes into
    /// the history of the inquiry it answers.
    Mail(MailArgs),
}

#[derive(Debug, Args)]
pub struct MailArgs {
    /// .eml files, Maildir folders or mbox files.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Say what would be registered, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Messages registered in one transaction: few enough that a colleague's write waits
/// only a moment (well under a second), many enough that a large mailbox is not slowed
/// by a disk flush per handful of messages.
const BATCH: usize = 1000;

#[derive(Debug, Default)]
struct Tally {
    read: usize,
    new: usize,
    replies: usize,
    known: usize,
    unreadable: usize,
}

/// Runs the intake; the report goes to `out`, problems with single messages to `err`.
pub fn mail(
    args: &MailArgs,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
    out: &mut impl Write,
    err: &mut impl Write,
) -> anyhow::Result<i32> {
    let mut tally = Tally::default();
    let mut batch: Vec<RawMessage> = Vec::with_capacity(BATCH);
    for path in &args.paths {
        for message in intake::messages(path) {
            match message {
                Ok(raw) => batch.push(raw),
                Err(e) => {
                    tally.read += 1;
                    tally.unreadable += 1;
                    writeln!(
                        err,
                        "{}",
                        tr!(
                            "intake-unreadable",
                            file = clean(&e.origin),
                            reason = clean(&e.reason)
                        )
                    )?;
                }
            }
            if batch.len() >= BATCH {
                register(
                    &mut batch,
                    args.dry_run,
                    store,
                    settings,
                    now,
                    &mut tally,
                    out,
                    err,
                )?;
            }
        }
    }
    register(
        &mut batch,
        args.dry_run,
        store,
        settings,
        now,
        &mut tally,
        out,
        err,
    )?;
    writeln!(
        out,
        "{}",
        tr!(
            "intake-summary",
            read = tally.read,
            new = tally.new,
            replies = tally.replies,
            known = tally.known,
            unreadable = tally.unreadable
        )
    )?;
    if args.dry_run {
        writeln!(out, "{}", tr!("intake-dry-run"))?;
    }
    Ok(0)
}

/// Registers a batch in one transaction (rolled back in a dry run), then reports it:
/// nothing is said to be registered before it is on disk.
#[allow(clippy::too_many_arguments)]
fn register(
    batch: &mut Vec<RawMessage>,
    dry_run: bool,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
    tally: &mut Tally,
    out: &mut impl Write,
    err: &mut impl Write,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut lines: Vec<(bool, String)> = Vec::new();
    let writer = store.write()?;
    for raw in batch.drain(..) {
        tally.read += 1;
        let parsed = match intake::parse(&raw.bytes) {
            Ok(p) => p,
            Err(reason) => {
                tally.unreadable += 1;
                lines.push((
                    true,
                    tr!(
                        "intake-unreadable",
                        file = clean(&raw.origin),
                        reason = clean(&reason)
                    ),
                ));
                continue;
            }
        };
        match register_one(&writer, &raw, &parsed, settings, now) {
            Ok(outcome) => describe(&outcome, &raw, &parsed, tally, &mut lines),
            Err(e) => {
                tally.unreadable += 1;
                lines.push((
                    true,
                    tr!(
                        "intake-unreadable",
                        file = clean(&raw.origin),
                        reason = clean(&e.to_string())
                    ),
                ));
            }
        }
    }
    if dry_run {
        drop(writer);
    } else {
        writer.commit()?;
    }
    for (is_error, line) in lines {
        if is_error {
            writeln!(err, "{line}")?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn register_one(
    writer: &Writer<'_>,
    raw: &RawMessage,
    parsed: &ParsedMail,
    settings: &Settings,
    now: Timestamp,
) -> crate::store::Result<MailOutcome> {
    // A message dated in the future (a sender's wrong clock) counts as received now.
    let received = parsed.date.map_or(now, |d| d.min(now));
    let due_at = settings.rules.due_at(
        received,
        Channel::Email,
        Priority::Normal,
        None,
        settings.zone,
    );
    let mail = IncomingMail {
        message_id: parsed.message_id.clone(),
        refers_to: parsed.refers_to.clone(),
        sender: MailSender {
            name: parsed.sender_name.clone(),
            address: parsed.sender_address.clone(),
        },
        subject: parsed.subject.clone(),
        text: parsed.text.clone(),
        received_at: received,
        due_at,
        files: parsed
            .files
            .iter()
            .map(|f| MailFile {
                name: f.name.clone(),
                media_type: f.media_type.clone(),
                data: &f.data,
            })
            .collect(),
        original: &raw.bytes,
    };
    writer.attempt(|w| w.register_mail(&mail, &settings.phones, now))
}

fn describe(
    outcome: &MailOutcome,
    raw: &RawMessage,
    parsed: &ParsedMail,
    tally: &mut Tally,
    lines: &mut Vec<(bool, String)>,
) {
    let sender = if parsed.sender_name.is_empty() {
        clean(&parsed.sender_address)
    } else {
        clean(&format!(
            "{} <{}>",
            parsed.sender_name, parsed.sender_address
        ))
    };
    let subject = clean(&parsed.subject);
    let too_large = |names: &[String], lines: &mut Vec<(bool, String)>| {
        for name in names {
            lines.push((
                true,
                tr!(
                    "intake-file-too-large",
                    file = clean(&raw.origin),
                    name = clean(name)
                ),
            ));
        }
    };
    match outcome {
        MailOutcome::Registered {
            inquiry,
            new_contact,
            outlet,
            files,
            too_large: big,
            ..
        } => {
            tally.new += 1;
            let contact = match (new_contact, outlet) {
                (true, Some(o)) => tr!("intake-new-contact-at", outlet = clean(o)),
                (true, None) => tr!("intake-new-contact"),
                (false, _) => String::new(),
            };
            lines.push((
                false,
                tr!(
                    "intake-registered",
                    id = *inquiry,
                    sender = sender,
                    contact = contact,
                    subject = subject,
                    files = *files
                ),
            ));
            too_large(big, lines);
        }
        MailOutcome::Reply {
            inquiry,
            files,
            too_large: big,
        } => {
            tally.replies += 1;
            lines.push((
                false,
                tr!(
                    "intake-reply",
                    id = *inquiry,
                    sender = sender,
                    subject = subject,
                    files = *files
                ),
            ));
            too_large(big, lines);
        }
        MailOutcome::Known { .. } => tally.known += 1,
    }
}
