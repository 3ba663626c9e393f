//! `pressdesk coverage`: what was published about the office, with its tone.

use std::io::Write;

use anyhow::{Context as _, bail};
use chrono::{Duration, NaiveDate};
use clap::{Args, Subcommand};

use crate::domain::Timestamp;
use crate::domain::coverage::Tone;
use crate::domain::plan::parse_day;
pub use crate::interop::json::CoverageJson;
use crate::labels::when_error;
use crate::search::Resolution;
use crate::settings::Settings;
use crate::store::{NewCoverage, OutletRef, Store, Who};
use crate::text::{clean, pad};
use crate::tr;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CoverageArgs {
    #[command(subcommand)]
    pub action: Option<CoverageCommand>,
    #[command(flatten)]
    pub list: CoverageList,
}

#[derive(Debug, Subcommand)]
pub enum CoverageCommand {
    /// Record a published piece; prints its number.
    Add(CoverageAdd),
}

/// Which days to list: the last 30 by default.
#[derive(Debug, Args)]
pub struct CoverageList {
    /// The first day: 2026-11-01, 1.11, mon, -7d.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// The last day, included (today when not given).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Show at most this many, newest first.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub limit: u32,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CoverageAdd {
    /// The outlet that published it (else the inquiry's, else the journalist's).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// The journalist: a name, phone digits, or `id:N`.
    #[arg(long, value_name = "QUERY")]
    pub who: Option<String>,
    /// The inquiry it came from.
    #[arg(long, value_name = "ID")]
    pub inquiry: Option<i64>,
    /// The day it came out (today when not given): 2026-11-24, 24.11, yesterday.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// positive, neutral or negative.
    #[arg(long, value_name = "TONE")]
    pub tone: String,
    /// The link to the piece.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Print the recorded piece as JSON instead of its number.
    #[arg(long)]
    pub json: bool,
    /// The headline (words are joined with spaces).
    #[arg(required = true, value_name = "TITLE")]
    pub title: Vec<String>,
}

fn day(flag: &str, text: &str, settings: &Settings, now: Timestamp) -> anyhow::Result<NaiveDate> {
    parse_day(text, now, settings.zone, settings.rules.working_day())
        .map_err(|e| anyhow::anyhow!("{flag}: {}", when_error(&e)))
}

pub fn add(
    args: &CoverageAdd,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<i64> {
    let tone = Tone::parse(&args.tone).with_context(|| {
        tr!(
            "cli-bad-tone",
            value = clean(&args.tone),
            known = Tone::codes()
        )
    })?;
    let day = match &args.on {
        Some(text) => day("--on", text, settings, now)?,
        None => settings.zone.date(now),
    };
    let url = args.url.clone().unwrap_or_default();
    if crate::domain::coverage::url_problem(&url) {
        bail!(tr!("cli-bad-url", value = clean(&url)));
    }
    let who = match &args.who {
        None => Who::Unknown,
        Some(query) => match store.resolve_contact(query, &settings.phones)? {
            Resolution::One(id) => Who::Existing(id),
            Resolution::None => bail!(tr!("cli-coverage-nobody", query = clean(query))),
            Resolution::Many(ids) => {
                let shown: Vec<i64> = ids.into_iter().take(6).collect();
                let list: Vec<String> = store
                    .contact_summaries_of(&shown)?
                    .iter()
                    .map(|c| format!("id:{} {}", c.id, clean(&c.name)))
                    .collect();
                bail!(tr!(
                    "cli-who-ambiguous",
                    query = clean(query),
                    candidates = list.join("; ")
                ));
            }
        },
    };
    let new = NewCoverage {
        day,
        outlet: args
            .outlet
            .clone()
            .map(OutletRef::Named)
            .unwrap_or(OutletRef::None),
        who,
        inquiry_id: args.inquiry,
        title: args.title.join(" "),
        url,
        tone,
    };
    Ok(store.add_coverage(&new, &settings.phones, now)?)
}

pub fn list(
    out: &mut impl Write,
    args: &CoverageList,
    store: &Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<()> {
    let last = match &args.to {
        Some(text) => day("--to", text, settings, now)?,
        None => settings.zone.date(now),
    };
    let first = match &args.from {
        Some(text) => day("--from", text, settings, now)?,
        None => last - Duration::days(29),
    };
    if first > last {
        bail!(tr!(
            "cli-report-backwards",
            from = first.to_string(),
            to = last.to_string()
        ));
    }
    let items = store.coverage_between(first, last, args.limit as usize)?;
    if args.json {
        let list: Vec<CoverageJson> = items.iter().map(CoverageJson::new).collect();
        crate::text::write_json(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(());
    }
    if items.is_empty() {
        writeln!(out, "{}", tr!("cli-coverage-none"))?;
        return Ok(());
    }
    for c in &items {
        let mark = match c.tone {
            Tone::Positive => "+",
            Tone::Neutral => " ",
            Tone::Negative => "-",
        };
        let who = match &c.contact_name {
            Some(name) => format!("{} · {}", clean(&c.outlet_name), clean(name)),
            None => clean(&c.outlet_name),
        };
        write!(
            out,
            "{mark} #{:<5} {}  {}  {}  — {}",
            c.id,
            c.day,
            pad(&tone_label(c.tone), 10),
            clean(&c.title),
            who
        )?;
        if !c.url.is_empty() {
            write!(out, "  {}", clean(&c.url))?;
        }
        writeln!(out)?;
    }
    let total = store.coverage_count_between(first, last)?;
    writeln!(
        out,
        "{}",
        tr!("cli-coverage-total", shown = items.len(), total = total)
    )?;
    Ok(())
}

/// A tone in the interface language.
pub use crate::labels::tone as tone_label;
