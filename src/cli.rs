//! The command line beside the interface: the same domain and store, no terminal.

pub mod audit;
pub mod book;
pub mod coverage;
pub mod files;
pub mod intake;
pub mod memory;
pub mod plan;
pub mod report;
pub mod safety;
pub mod watch;

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::{Args, Parser, Subcommand};
use serde::Serialize;

use crate::domain::inquiry::urgency_order;
use crate::domain::topic::clean_topics;
use crate::domain::when::{Prefer, parse_when};
use crate::domain::{Channel, Inquiry, Priority, Timestamp, Urgency};
use crate::format;
use crate::i18n::Language;
use crate::labels;
use crate::labels::when_error;
use crate::search::Resolution;
use crate::settings::Settings;
use crate::store::{InquiryChange, NewContact, NewInquiry, OutletRef, Store, Who};
use crate::tr;

#[derive(Debug, Parser)]
#[command(
    name = "pressdesk",
    version,
    about = "A press office's desk: media inquiries, deadlines and contacts, in the terminal"
)]
pub struct Cli {
    /// The database file (else $PRESSDESK_DB, else the platform data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The config file (else $PRESSDESK_CONFIG, else the platform config directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Use the demo database, kept apart from the real one and filled with sample data
    /// on first use.
    #[arg(long, global = true)]
    pub demo: bool,
    /// The language for this run: en, ru, uk or pl (else the config's, else LANG's).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The catalog message with a subcommand's description (`path` is `log`, or empty for
/// the program itself).
fn about_message(path: &str) -> String {
    if path.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-cmd-{path}")
    }
}

/// The catalog messages an argument's help may come from, the more specific first.
fn arg_messages(path: &str, id: &str) -> [String; 2] {
    let own = if path.is_empty() {
        format!("cli-arg-{id}")
    } else {
        format!("cli-arg-{path}-{id}")
    };
    [own, format!("cli-arg-{id}")]
}

/// The command line with its help in the interface language. Every subcommand's and
/// argument's help comes from the catalog (`cli-cmd-NAME`, `cli-arg-NAME` for global
/// arguments, `cli-arg-COMMAND-NAME`); the English doc comments above are the fallback.
pub fn localized_command() -> clap::Command {
    use clap::CommandFactory;
    fn localize(mut cmd: clap::Command, path: &str) -> clap::Command {
        let catalog = crate::i18n::catalog();
        let about_id = about_message(path);
        if catalog.has(&about_id) {
            cmd = cmd.about(catalog.format(&about_id, None));
        }
        let ids: Vec<String> = cmd
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            let chosen = arg_messages(path, &id).into_iter().find(|m| catalog.has(m));
            let heading = catalog.format("cli-options", None);
            cmd = cmd.mut_arg(&id, |arg| {
                let arg = arg.help_heading(heading.clone());
                match &chosen {
                    Some(m) => arg.help(catalog.format(m, None)),
                    None => arg,
                }
            });
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let sub_path = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}-{name}")
            };
            cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_path));
        }
        cmd.disable_help_flag(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help(catalog.format("cli-arg-help", None))
                    .help_heading(catalog.format("cli-options", None)),
            )
            .subcommand_help_heading(catalog.format("cli-commands", None))
            .help_template(format!(
                "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
                catalog.format("cli-usage", None)
            ))
    }
    let cmd = Cli::command()
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .global(false)
                .action(clap::ArgAction::Version),
        );
    let cmd = localize(cmd, "");
    let version = crate::i18n::catalog().format("cli-arg-version", None);
    let heading = crate::i18n::catalog().format("cli-options", None);
    cmd.mut_arg("version", |a| a.help(version).help_heading(heading))
}

/// The message for a command line holding an argument that is not UTF-8 text: which
/// argument, shown with the undecodable bytes replaced and cleaned for the terminal.
pub fn not_utf8_message(args: impl IntoIterator<Item = std::ffi::OsString>) -> String {
    let bad = args
        .into_iter()
        .skip(1)
        .find(|a| a.to_str().is_none())
        .map(|a| crate::text::clean(&a.to_string_lossy()))
        .unwrap_or_default();
    tr!("cli-arg-not-utf8", arg = bad)
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::parse(text).ok_or_else(|| format!("unknown language {text:?}; use en, ru, uk or pl"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log an inquiry; prints its number.
    Log(LogArgs),
    /// List open inquiries, most urgent first.
    Queue {
        /// Only the overdue ones.
        #[arg(long)]
        overdue: bool,
        /// Only the escalated ones, the highest level first.
        #[arg(long)]
        escalated: bool,
        /// Only mine: assigned to me or escalated to me, the escalated first.
        #[arg(long)]
        mine: bool,
        /// Only inquiries on this topic (repeat it for any of several).
        #[arg(long, value_name = "T")]
        topic: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List overdue inquiries; exits with status 1 when there is any.
    Overdue {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Mark an inquiry answered, with the answer's text if given.
    Answer {
        /// The inquiry's number.
        id: i64,
        /// The answer (words are joined with spaces).
        text: Vec<String>,
    },
    /// Fill an empty database with realistic sample data.
    Demo,
    /// Find contacts by name, outlet, transliteration or phone digits, with a summary of
    /// their history. Exits with status 1 when nobody matches.
    Who {
        /// What to look for (words are joined with spaces).
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Show at most this many.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Read contacts from a vCard or CSV file. A record whose phone or e-mail is already
    /// known updates that contact instead of adding another.
    Import {
        /// vcard (2.1, 3.0, 4.0) or csv (Google, Outlook, or pressdesk's own columns).
        format: book::ImportFormat,
        /// The file to read.
        file: PathBuf,
        /// Show what would be added, updated and skipped, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The content plan: list it (this week by default), or `plan add` a post or event.
    Plan(Box<plan::PlanArgs>),
    /// Check the database for damage: a plain verdict; exits with 1 when it is damaged.
    Check,
    /// Copy the database to FILE with SQLite's online backup, readable by you only.
    Backup {
        /// The new file to write the copy to.
        file: PathBuf,
    },
    /// Run the hooks for inquiries due soon, overdue or escalated, until stopped; with
    /// --once, look once and exit (for cron).
    Watch(watch::WatchArgs),
    /// Every change a person made, newest first.
    Audit(audit::AuditArgs),
    /// The office's figures for a period: inquiries, answer times, the plan, coverage.
    Report(report::ReportArgs),
    /// What was published, with its tone: list it (the last 30 days by default), or
    /// `coverage add` a piece.
    Coverage(Box<coverage::CoverageArgs>),
    /// Write data out for other programs.
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// Register requests that arrived by themselves (e-mail).
    Intake {
        #[command(subcommand)]
        source: intake::IntakeSource,
    },
    /// Keep files with an inquiry, a contact, an outlet or a plan item.
    Attach {
        /// inquiry, contact, outlet or plan.
        kind: files::Kind,
        /// The record's number.
        id: i64,
        /// The files to keep.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the files kept with a record.
    Attachments {
        /// inquiry, contact, outlet or plan.
        kind: files::Kind,
        /// The record's number.
        id: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One kept file: `attachment get N` saves it.
    Attachment {
        #[command(subcommand)]
        action: files::AttachmentCommand,
    },
    /// Search the office's memory: inquiries of any age, plan items and approved
    /// statements, best match first. Exits with status 1 when nothing matches.
    Search(memory::SearchArgs),
    /// Approved statements ("lines to take"): list them, or `statements add` one.
    Statements(memory::StatementsArgs),
    /// Print shell completions: `pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `pressdesk man | man -l -`, or a command's own page.
    Man {
        /// A command whose page to print (`log`, `plan`, …); the program's page when not given.
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// The commands that need no database and no config: completions and the manual page.
/// `None` for every other command.
pub fn run_standalone(command: &Command, out: &mut impl Write) -> Option<anyhow::Result<i32>> {
    match command {
        Command::Completions { shell } => {
            let mut cmd = localized_command();
            // Generated into memory: the generator panics on a write error, and a reader
            // that stops early (`| head`) must end the command quietly.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "pressdesk", &mut script);
            Some(out.write_all(&script).map(|_| 0).map_err(Into::into))
        }
        Command::Man { command } => Some(man_page(command.as_deref(), out)),
        _ => None,
    }
}

/// The manual page of the program, or of one of its commands, from the same definitions
/// as `--help` (in the same language).
fn man_page(command: Option<&str>, out: &mut impl Write) -> anyhow::Result<i32> {
    let root = localized_command();
    let cmd = match command {
        None => root,
        Some(name) => {
            let sub = root.find_subcommand(name).cloned().with_context(|| {
                tr!(
                    "cli-man-no-command",
                    name = crate::text::clean(name),
                    known = root
                        .get_subcommands()
                        .map(|s| s.get_name().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
            // A command's page is named as man(1) pages of git and cargo commands are.
            let full = format!("pressdesk-{}", sub.get_name());
            sub.name(full.clone())
                .bin_name(full.replace('-', " "))
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    clap_mangen::Man::new(cmd).render(out)?;
    Ok(0)
}

/// One variant per format.
#[derive(Debug, Subcommand)]
pub enum ExportFormat {
    /// The contact book as vCard, one card per contact (3.0 unless --version 4).
    Vcard(book::VcardArgs),
    /// The contact book as CSV with pressdesk's own columns; cells a spreadsheet would
    /// run as a formula are neutralised with a leading '.
    Csv(book::OutFile),
    /// The contact book as JSON: every contact and outlet.
    Json(book::OutFile),
    /// The content plan as an iCalendar file (RFC 5545) for Google Calendar, Thunderbird,
    /// khal: scheduled and published items and timed events, with stable UIDs.
    Ics(plan::IcsArgs),
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Who asked: a name, an outlet, phone digits, or `id:N` for contact N. A name
    /// nobody has creates the contact.
    #[arg(long, value_name = "QUERY")]
    pub who: Option<String>,
    /// How it came: phone, messenger, email, in_person, social, letter.
    #[arg(long = "via", value_name = "CHANNEL", default_value = "phone")]
    pub via: String,
    /// The journalist's deadline: 23:00, +2h, tomorrow 12:00, fri, 2026-11-23 15:00, eod.
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub deadline: Option<String>,
    /// urgent, high, normal or low.
    #[arg(long, value_name = "P", default_value = "normal")]
    pub priority: String,
    /// When the call came in, if not just now: 21:40, -30m, yesterday 18:00.
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub received: Option<String>,
    /// The outlet, if it is not the contact's own.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// A short subject for the queue.
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// The expert asked for a comment: a name, phone digits or `id:N`.
    #[arg(long, value_name = "QUERY")]
    pub expert: Option<String>,
    /// When the expert's comment is due (default: halfway to the answer's deadline).
    #[arg(
        long,
        value_name = "WHEN",
        allow_hyphen_values = true,
        requires = "expert"
    )]
    pub expert_due: Option<String>,
    /// A topic, from the config's list or free (repeat it, or separate with commas).
    #[arg(long, value_name = "T")]
    pub topic: Vec<String>,
    /// Print the logged inquiry as JSON instead of its number.
    #[arg(long)]
    pub json: bool,
    /// The question (words are joined with spaces).
    #[arg(required = true, value_name = "TEXT")]
    pub text: Vec<String>,
}

/// An inquiry as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
pub struct InquiryJson {
    pub id: i64,
    pub received_at: String,
    pub channel: &'static str,
    pub contact: Option<Named>,
    pub outlet: Option<Named>,
    pub subject: String,
    pub question: String,
    pub requested_deadline: Option<String>,
    pub due_at: String,
    pub priority: &'static str,
    pub status: &'static str,
    pub urgency: &'static str,
    pub overdue: bool,
    pub seconds_left: i64,
    pub assignee: Option<String>,
    pub expert: Option<Named>,
    pub answer: Option<String>,
    pub answered_at: Option<String>,
    pub decline_reason: Option<String>,
    pub expert_due_at: Option<String>,
    /// 0 when not escalated.
    pub escalation_level: u32,
    pub escalated_to: Option<String>,
    pub topics: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Named {
    pub id: i64,
    pub name: String,
}

impl InquiryJson {
    pub fn new(i: &Inquiry, now: Timestamp, settings: &Settings) -> InquiryJson {
        let zone = settings.zone;
        let urgency = i.urgency(now, settings.due_soon());
        let named = |id: Option<i64>, name: &Option<String>| match (id, name) {
            (Some(id), Some(name)) => Some(Named {
                id,
                name: name.clone(),
            }),
            _ => None,
        };
        InquiryJson {
            id: i.id,
            received_at: zone.rfc3339(i.received_at),
            channel: i.channel.code(),
            contact: named(i.contact_id, &i.contact_name),
            outlet: named(i.outlet_id, &i.outlet_name),
            subject: i.headline().to_string(),
            question: i.question.clone(),
            requested_deadline: i.requested_deadline.map(|t| zone.rfc3339(t)),
            due_at: zone.rfc3339(i.due_at),
            priority: i.priority.code(),
            status: i.status.code(),
            urgency: urgency.code(),
            overdue: urgency == Urgency::Overdue,
            seconds_left: i.due_at - now,
            assignee: i.assignee.clone(),
            expert: named(i.expert_id, &i.expert_name),
            answer: i.answer.clone(),
            answered_at: i.answered_at.map(|t| zone.rfc3339(t)),
            decline_reason: i.decline_reason.clone(),
            expert_due_at: i.marks.expert_due_at.map(|t| zone.rfc3339(t)),
            escalation_level: i.marks.escalation_level,
            escalated_to: i.marks.escalated_to.clone(),
            topics: Vec::new(),
        }
    }

    pub fn with_topics(mut self, topics: Vec<String>) -> InquiryJson {
        self.topics = topics;
        self
    }
}

/// Runs a subcommand; the exit status is returned (the `overdue` command's 1 is a result,
/// not an error).
pub fn run(
    command: Command,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    if let Some(result) = run_standalone(&command, &mut out) {
        return result;
    }
    match command {
        Command::Completions { .. } | Command::Man { .. } => Ok(0),
        Command::Log(args) => {
            let id = log(&args, store, settings, now)?;
            if args.json {
                let inquiry = store.inquiry(id)?;
                let topics = store.topics_of(&[id])?.remove(&id).unwrap_or_default();
                crate::text::write_json(
                    &mut out,
                    &InquiryJson::new(&inquiry, now, settings).with_topics(topics),
                )?;
                writeln!(out)?;
            } else {
                writeln!(out, "{id}")?;
            }
            Ok(0)
        }
        Command::Queue {
            overdue,
            escalated,
            mine,
            topic,
            json,
        } => {
            let topics = clean_topics(&topic, &settings.topics)?;
            // The escalated and "mine" lists keep the store's order (escalations first).
            let mut items = if mine {
                store.mine(&settings.user)?
            } else if escalated {
                store.escalated_inquiries()?
            } else if !topics.is_empty() {
                store.open_inquiries_on(&topics)?
            } else if overdue {
                store.overdue_inquiries(now)?
            } else {
                store.open_inquiries()?
            };
            if !topics.is_empty() && (mine || escalated) {
                let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
                let on = store.topics_of(&ids)?;
                items.retain(|i| {
                    on.get(&i.id)
                        .is_some_and(|have| have.iter().any(|t| topics.contains(t)))
                });
            }
            if mine || escalated {
                items.retain(|i| {
                    (!overdue || i.urgency(now, settings.due_soon()) == Urgency::Overdue)
                        && (!escalated || i.marks.escalated())
                });
            } else {
                if overdue && !topics.is_empty() {
                    items.retain(|i| i.due_at <= now);
                }
                items.sort_by(urgency_order);
            }
            print_list(&mut out, store, &items, now, settings, json)?;
            Ok(0)
        }
        Command::Overdue { json } => {
            let items = store.overdue_inquiries(now)?;
            print_list(&mut out, store, &items, now, settings, json)?;
            Ok(if items.is_empty() { 0 } else { 1 })
        }
        Command::Answer { id, text } => {
            let text = text.join(" ");
            let change = if text.trim().is_empty() {
                InquiryChange::Status {
                    status: crate::domain::Status::Answered,
                    reason: None,
                }
            } else {
                InquiryChange::Answer(text)
            };
            let inquiry = store
                .change_inquiry(id, &change, &settings.phones, now)
                .with_context(|| tr!("cli-answer-failed", id = id))?;
            let took = inquiry
                .answered_at
                .map(|t| format::span(t - inquiry.received_at))
                .unwrap_or_default();
            writeln!(out, "{}", tr!("cli-answered", id = id, span = took))?;
            Ok(0)
        }
        Command::Who { query, json, limit } => book::who(
            &mut out,
            store,
            settings,
            now,
            &query.join(" "),
            json,
            limit,
        ),
        Command::Import {
            format,
            file,
            dry_run,
        } => book::import(&mut out, store, settings, now, format, &file, dry_run),
        Command::Plan(args) => match args.action {
            Some(plan::PlanCommand::Add(add)) => {
                let id = plan::add(&add, store, settings, now)?;
                if add.json {
                    let item = store.plan_item(id)?;
                    crate::text::write_json(&mut out, &plan::ItemJson::new(&item, now, settings))?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "{id}")?;
                }
                Ok(0)
            }
            Some(plan::PlanCommand::Skip(one)) => {
                plan::change_occurrence(&one, None, store, settings, now)?;
                Ok(0)
            }
            Some(plan::PlanCommand::Shift(shift)) => {
                plan::change_occurrence(
                    &shift.occurrence,
                    Some((shift.to.as_str(), shift.at.as_deref())),
                    store,
                    settings,
                    now,
                )?;
                Ok(0)
            }
            None => {
                plan::list(&args.list, store, settings, now, &mut out)?;
                Ok(0)
            }
        },
        Command::Report(args) => report::run(&mut out, &args, store, settings, now),
        Command::Coverage(args) => match &args.action {
            Some(coverage::CoverageCommand::Add(add)) => {
                let id = coverage::add(add, store, settings, now)?;
                if add.json {
                    let item = store.coverage_item(id)?;
                    crate::text::write_json(&mut out, &coverage::CoverageJson::new(&item))?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "{id}")?;
                }
                Ok(0)
            }
            None => {
                coverage::list(&mut out, &args.list, store, settings, now)?;
                Ok(0)
            }
        },
        Command::Export { format } => match format {
            ExportFormat::Vcard(args) => book::export_vcard(&mut out, store, &args),
            ExportFormat::Csv(args) => book::export_csv(&mut out, store, &args),
            ExportFormat::Json(args) => book::export_json(&mut out, store, &args),
            ExportFormat::Ics(args) => {
                let count = plan::export_ics(&args, store, settings, now, &mut out)?;
                if let Some(path) = &args.out {
                    eprintln!(
                        "{}",
                        tr!(
                            "cli-ics-written",
                            count = count,
                            path = path.display().to_string()
                        )
                    );
                }
                Ok(0)
            }
        },
        Command::Check => safety::check(&mut out, store),
        Command::Backup { file } => safety::backup(&mut out, store, &file),
        Command::Audit(args) => audit::run(&args, store, settings, now, &mut out),
        // `watch` needs the config's hooks and the running clock, which main.rs holds.
        Command::Watch(_) => bail!(tr!("alerts-watch-from-binary")),
        Command::Intake { source } => match source {
            intake::IntakeSource::Mail(args) => intake::mail(
                &args,
                store,
                settings,
                now,
                &mut out,
                &mut std::io::stderr(),
            ),
        },
        Command::Attach { kind, id, files } => files::attach(
            store,
            kind.with(id),
            &files,
            now,
            &mut out,
            &mut std::io::stderr(),
        ),
        Command::Attachments { kind, id, json } => {
            files::list(store, kind.with(id), settings, json, &mut out)
        }
        Command::Attachment { action } => match action {
            files::AttachmentCommand::Get { id, out: path } => {
                if let Some(saved) = files::get(store, id, path.as_deref(), &mut out)? {
                    writeln!(
                        out,
                        "{}",
                        tr!(
                            "attach-saved",
                            id = id,
                            path = crate::text::clean(&saved.display().to_string())
                        )
                    )?;
                }
                Ok(0)
            }
        },
        Command::Search(args) => memory::search(&args, store, settings, now, &mut out),
        Command::Statements(args) => memory::statements(&args, store, settings, now, &mut out),
        Command::Demo => {
            let set = crate::demo::DemoSet::for_language(crate::i18n::language());
            let summary = crate::demo::fill(store, set, now, settings.zone, &settings.rules)?;
            writeln!(
                out,
                "{}",
                tr!(
                    "cli-demo-filled",
                    inquiries = summary.inquiries,
                    contacts = summary.contacts,
                    outlets = summary.outlets,
                    open = summary.open
                )
            )?;
            Ok(0)
        }
    }
}

fn log(
    args: &LogArgs,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<i64> {
    let question = args.text.join(" ");
    if question.trim().is_empty() {
        bail!(tr!("cli-question-needed"));
    }
    let channel = Channel::parse(&args.via).with_context(|| {
        tr!(
            "cli-bad-channel",
            value = args.via.clone(),
            known = Channel::codes()
        )
    })?;
    let priority = Priority::parse(&args.priority).with_context(|| {
        tr!(
            "cli-bad-priority",
            value = args.priority.clone(),
            known = Priority::codes()
        )
    })?;
    let work = settings.rules.working_day();
    let received = match &args.received {
        Some(text) => parse_when(text, now, settings.zone, work, Prefer::Past)
            .map_err(|e| anyhow::anyhow!("--received: {}", when_error(&e)))?,
        None => now,
    };
    let requested = match &args.deadline {
        Some(text) => Some(
            parse_when(text, now, settings.zone, work, Prefer::Future)
                .map_err(|e| anyhow::anyhow!("--deadline: {}", when_error(&e)))?,
        ),
        None => None,
    };
    let who = match &args.who {
        None => Who::Unknown,
        Some(query) => named_contact(query, store, settings, |caller| {
            // A caller met for the first time works where the inquiry comes from.
            if let Some(outlet) = &args.outlet {
                caller.outlet = OutletRef::Named(outlet.clone());
            }
        })?,
    };
    let due_at = settings
        .rules
        .due_at(received, channel, priority, requested, settings.zone);
    let expert = match &args.expert {
        Some(query) => Some(expert_arg(query, store, settings)?),
        None => None,
    };
    let expert_due = match &args.expert_due {
        Some(text) => Some(
            parse_when(text, now, settings.zone, work, Prefer::Future)
                .map_err(|e| anyhow::anyhow!("--expert-due: {}", when_error(&e)))?,
        ),
        None => None,
    };
    let new = NewInquiry {
        received_at: received,
        channel,
        who,
        outlet: args
            .outlet
            .clone()
            .map(OutletRef::Named)
            .unwrap_or(OutletRef::None),
        subject: args.subject.clone().unwrap_or_default(),
        question,
        requested_deadline: requested,
        due_at,
        priority,
        assignee: Some(settings.user.clone()),
    };
    // The caller was looked up before the lock was taken: looked up again inside it. The
    // inquiry, its expert and the expert's deadline are committed together.
    let topics = clean_topics(&args.topic, &settings.topics)?;
    let phones = &settings.phones;
    Ok(store.commit(|w| {
        let who = w.find_or_create(&new.who)?;
        let id = w.log_inquiry(&NewInquiry { who, ..new }, phones, now)?;
        if !topics.is_empty() {
            w.set_topics(id, &topics, now)?;
        }
        if let Some(expert) = expert {
            w.change_inquiry(id, &InquiryChange::Expert(expert), phones, now)?;
            if expert_due.is_some() {
                w.change_inquiry(id, &InquiryChange::ExpertDue(expert_due), phones, now)?;
            }
        }
        Ok(id)
    })?)
}

/// The expert named on the command line: one contact, or a new one by that name.
fn expert_arg(query: &str, store: &Store, settings: &Settings) -> anyhow::Result<Who> {
    named_contact(query, store, settings, |expert| {
        expert.kind = crate::domain::ContactKind::Expert;
    })
}

/// A contact named on the command line: the one it matches, or a new one by that name
/// (shaped by `new`); several matches are an error that lists the first few.
fn named_contact(
    query: &str,
    store: &Store,
    settings: &Settings,
    new: impl FnOnce(&mut NewContact),
) -> anyhow::Result<Who> {
    match store.resolve_contact(query, &settings.phones)? {
        Resolution::One(id) => Ok(Who::Existing(id)),
        Resolution::None => {
            let mut contact = NewContact::caller(query);
            new(&mut contact);
            Ok(Who::New(Box::new(contact)))
        }
        Resolution::Many(ids) => {
            let shown = &ids[..ids.len().min(6)];
            let list: Vec<String> = store
                .contact_summaries_of(shown)?
                .iter()
                .map(|c| {
                    let name = crate::text::clean(&c.name);
                    match &c.outlet {
                        Some(o) => format!("id:{} {name} ({})", c.id, crate::text::clean(o)),
                        None => format!("id:{} {name}", c.id),
                    }
                })
                .collect();
            bail!(tr!(
                "cli-who-ambiguous",
                query = crate::text::clean(query),
                candidates = list.join("; ")
            ))
        }
    }
}

fn print_list(
    out: &mut impl Write,
    store: &Store,
    items: &[Inquiry],
    now: Timestamp,
    settings: &Settings,
    json: bool,
) -> anyhow::Result<()> {
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    let mut topics = store.topics_of(&ids)?;
    if json {
        let list: Vec<InquiryJson> = items
            .iter()
            .map(|i| {
                InquiryJson::new(i, now, settings)
                    .with_topics(topics.remove(&i.id).unwrap_or_default())
            })
            .collect();
        crate::text::write_json(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(());
    }
    if items.is_empty() {
        writeln!(out, "{}", tr!("cli-queue-empty"))?;
        return Ok(());
    }
    for i in items {
        let urgency = i.urgency(now, settings.due_soon());
        let mark = match urgency {
            Urgency::Overdue => "!",
            Urgency::DueSoon => "~",
            _ => " ",
        };
        let who = crate::text::clean(&match (&i.contact_name, &i.outlet_name) {
            (Some(n), Some(o)) => format!("{n} · {o}"),
            (Some(n), None) => n.clone(),
            (None, Some(o)) => o.clone(),
            (None, None) => tr!("unknown-caller"),
        });
        let pad = crate::text::pad;
        let escalated = match &i.marks.escalated_to {
            Some(to) if i.marks.escalated() => {
                format!(
                    "  {}",
                    tr!("alerts-queue-escalated", to = crate::text::clean(to))
                )
            }
            _ => String::new(),
        };
        let expert = match (&i.expert_name, i.marks.expert_due_at) {
            (Some(name), Some(due)) if i.status.is_open() => format!(
                "  {}",
                tr!(
                    "alerts-queue-expert",
                    name = crate::text::clean(name),
                    when = format::moment(due, now, settings.zone)
                )
            ),
            _ => String::new(),
        };
        let tags: String = topics
            .remove(&i.id)
            .unwrap_or_default()
            .iter()
            .map(|t| format!(" #{}", crate::text::clean(t)))
            .collect();
        writeln!(
            out,
            "{mark} #{:<5} {} {} {} {}{tags}  — {}{expert}{escalated}",
            i.id,
            pad(&format::moment(i.due_at, now, settings.zone), 16),
            pad(&format::left(i.due_at, now), 10),
            pad(&labels::status(i.status), 12),
            crate::text::clean(i.headline()),
            who
        )?;
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-queue-total",
            count = items.len(),
            overdue = items
                .iter()
                .filter(|i| i.urgency(now, settings.due_soon()) == Urgency::Overdue)
                .count()
        )
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every subcommand and argument has its help in the catalogs.
    #[test]
    fn every_command_and_argument_has_a_message() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let catalog = crate::i18n::catalog();
            let about = about_message(path);
            if !catalog.has(&about) {
                missing.push(about);
            }
            for arg in cmd.get_arguments() {
                let ids = arg_messages(path, arg.get_id().as_str());
                if !ids.iter().any(|m| catalog.has(m)) {
                    missing.push(ids[0].clone());
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = if path.is_empty() {
                    sub.get_name().to_string()
                } else {
                    format!("{path}-{}", sub.get_name())
                };
                walk(sub, &sub_path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "no help message for {missing:?}");
        localized_command().debug_assert();
    }
}
