//! `pressdesk search` and `pressdesk statements`: the office's memory on the command line.

use std::io::{IsTerminal, Write};

use anyhow::bail;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::Settings;
use crate::app::quick_log::when_error;
use crate::domain::Timestamp;
use crate::domain::plan::parse_day;
use crate::memory::{mark, snippet};
use crate::store::{NewStatement, Statement, Store};
use crate::text::clean;
use crate::tr;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for: words of the subject, question, answer, history or the caller's
    /// name, in any script (words are joined with spaces).
    #[arg(required = true, value_name = "TEXT")]
    pub query: Vec<String>,
    /// Show at most this many (1–1000).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub limit: u16,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct StatementsArgs {
    #[command(subcommand)]
    pub action: Option<StatementsCommand>,
    /// Only statements whose topic has these words.
    #[arg(long, value_name = "T")]
    pub topic: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum StatementsCommand {
    /// Record an approved statement; prints its number.
    Add(StatementAdd),
}

#[derive(Debug, Args)]
pub struct StatementAdd {
    /// What it is about: the vaccination schedule, the hot-water shutdown.
    #[arg(long, value_name = "T")]
    pub topic: String,
    /// Who agreed it.
    #[arg(long = "by", value_name = "NAME", default_value = "")]
    pub agreed_by: String,
    /// The day it was agreed (today when not given): 2026-11-24, 24.11, yesterday.
    #[arg(long, value_name = "DATE")]
    pub agreed: Option<String>,
    /// The day to review it; after it the statement is marked stale.
    #[arg(long, value_name = "DATE")]
    pub review: Option<String>,
    /// The statement's text (words are joined with spaces).
    #[arg(required = true, value_name = "TEXT")]
    pub text: Vec<String>,
}

/// A search result as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
pub struct FoundJson {
    pub kind: &'static str,
    pub id: i64,
    pub score: f64,
    pub at: Option<String>,
    pub day: Option<String>,
    pub title: String,
    pub who: Option<String>,
    pub status: String,
    pub snippet: String,
    /// Char ranges of `snippet` that matched the query.
    pub highlights: Vec<(usize, usize)>,
}

#[derive(Debug, Serialize)]
pub struct StatementJson {
    pub id: i64,
    pub topic: String,
    pub text: String,
    pub agreed_on: String,
    pub agreed_by: String,
    pub review_on: Option<String>,
    pub stale: bool,
}

impl StatementJson {
    fn new(s: &Statement, today: chrono::NaiveDate) -> StatementJson {
        StatementJson {
            id: s.id,
            topic: s.topic.clone(),
            text: s.body.clone(),
            agreed_on: s.agreed_on.to_string(),
            agreed_by: s.agreed_by.clone(),
            review_on: s.review_on.map(|d| d.to_string()),
            stale: s.is_stale(today),
        }
    }
}

/// Highlighting: bold reverse on a terminal (unless NO_COLOR), brackets elsewhere.
fn marks_for(out_is_terminal: bool) -> (&'static str, &'static str) {
    if out_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
        ("\x1b[1;7m", "\x1b[0m")
    } else {
        ("[", "]")
    }
}

/// Exit status 1 when nothing matches.
pub fn search(
    args: &SearchArgs,
    store: &Store,
    settings: &Settings,
    now: Timestamp,
    out: &mut impl Write,
) -> anyhow::Result<i32> {
    let query = args.query.join(" ");
    if crate::memory::fts_query(&query).is_none() {
        bail!(tr!("memory-no-words"));
    }
    let today = settings.zone.date(now).to_string();
    let found = store.search_memory(&query, &today, usize::from(args.limit))?;
    if args.json {
        let list: Vec<FoundJson> = found
            .iter()
            .map(|f| {
                let (piece, highlights) = snippet(&f.text, &query, 160);
                FoundJson {
                    kind: f.kind.code(),
                    id: f.id,
                    score: f.score,
                    at: f.at.map(|t| settings.zone.rfc3339(t)),
                    day: f.day.clone(),
                    title: f.title.clone(),
                    who: f.who.clone(),
                    status: f.status.clone(),
                    snippet: piece,
                    highlights,
                }
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(if found.is_empty() { 1 } else { 0 });
    }
    if found.is_empty() {
        writeln!(out, "{}", tr!("memory-nothing", query = clean(&query)))?;
        return Ok(1);
    }
    let (open, close) = marks_for(std::io::stdout().is_terminal());
    let show = |text: &str| {
        let text = clean(text);
        let marks = crate::memory::highlights(&text, &query);
        mark(&text, &marks, open, close)
    };
    for f in &found {
        let when = match (f.at, &f.day) {
            (Some(t), _) => crate::format::moment(t, now, settings.zone),
            (None, Some(day)) => day.clone(),
            (None, None) => String::new(),
        };
        let mut head = format!(
            "#{:<5} {} · {when}",
            f.id,
            crate::labels::memory_kind(f.kind)
        );
        let status = crate::labels::memory_status(f.kind, &f.status);
        if !status.is_empty() {
            head.push_str(&format!(" · {status}"));
        }
        head.push_str(&format!(" · {}", show(&f.title)));
        if let Some(who) = &f.who {
            head.push_str(&format!(" — {}", show(who)));
        }
        writeln!(out, "{head}")?;
        let (piece, marks) = snippet(&clean(&f.text), &query, 110);
        if !piece.is_empty() {
            writeln!(out, "       {}", mark(&piece, &marks, open, close))?;
        }
    }
    Ok(0)
}

pub fn statements(
    args: &StatementsArgs,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
    out: &mut impl Write,
) -> anyhow::Result<i32> {
    let today = settings.zone.date(now);
    if let Some(StatementsCommand::Add(add)) = &args.action {
        let work = settings.rules.working_day();
        let day = |flag: &str, text: &str| {
            parse_day(text, now, settings.zone, work)
                .map_err(|e| anyhow::anyhow!("{flag}: {}", when_error(&e)))
        };
        let agreed_on = match &add.agreed {
            Some(text) => day("--agreed", text)?,
            None => today,
        };
        let review_on = match &add.review {
            Some(text) => Some(day("--review", text)?),
            None => None,
        };
        let statement = store.add_statement(
            &NewStatement {
                topic: add.topic.clone(),
                body: add.text.join(" "),
                agreed_on,
                agreed_by: add.agreed_by.clone(),
                review_on,
            },
            now,
        )?;
        if args.json {
            serde_json::to_writer_pretty(&mut *out, &StatementJson::new(&statement, today))?;
            writeln!(out)?;
        } else {
            writeln!(out, "{}", statement.id)?;
        }
        return Ok(0);
    }
    let list = store.statements(args.topic.as_deref(), 1000)?;
    if args.json {
        let list: Vec<StatementJson> = list.iter().map(|s| StatementJson::new(s, today)).collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(0);
    }
    if list.is_empty() {
        writeln!(out, "{}", tr!("statements-none"))?;
        return Ok(0);
    }
    for s in &list {
        let mut head = format!(
            "#{:<4} {} · {}",
            s.id,
            clean(&s.topic),
            tr!("statement-agreed", day = s.agreed_on.to_string())
        );
        if !s.agreed_by.is_empty() {
            head.push_str(&format!(" · {}", clean(&s.agreed_by)));
        }
        if let Some(review) = s.review_on {
            if s.is_stale(today) {
                head.push_str(&format!(
                    " · {}",
                    tr!("statement-stale-since", day = review.to_string())
                ));
            } else {
                head.push_str(&format!(
                    " · {}",
                    tr!("statement-review", day = review.to_string())
                ));
            }
        }
        writeln!(out, "{head}")?;
        for line in crate::text::clean_lines(&s.body) {
            writeln!(out, "       {line}")?;
        }
    }
    Ok(0)
}
