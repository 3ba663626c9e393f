//! `pressdesk plan …` and `pressdesk export ics`: the content plan on the command line.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use chrono::{Duration, NaiveDate};
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::config::CalendarConfig;
use crate::domain::plan::{
    first_of_month, last_of_month, parse_day, parse_move, parse_time, plan_order, week_range,
};
use crate::domain::repeat::{End, Every, Repeat};
use crate::domain::span::Span;
use crate::domain::{ItemKind, ItemStatus, PlanItem, Timestamp, When};
use crate::format;
use crate::labels;
use crate::labels::when_error;
use crate::settings::Settings;
use crate::store::{NewItem, Store};
use crate::text::{clean, pad, width};
use crate::tr;

/// The widest the channels column of `plan` grows before it is cut with an ellipsis.
const PLAN_CHANNELS_WIDTH: usize = 20;
/// The longest event: a conference or a campaign week fits, a typo such as `9999999w`
/// does not.
const MAX_EVENT_LENGTH: Span = Span::hours(31 * 24);
/// The widest the status column grows.
const PLAN_STATUS_WIDTH: usize = 16;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub action: Option<PlanCommand>,
    #[command(flatten)]
    pub list: PlanList,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Plan a post or an event; prints its number.
    Add(Box<PlanAdd>),
    /// Cancel one occurrence of a repeating item; the rest of the series stays.
    Skip(Occurrence),
    /// Move one occurrence of a repeating item to another day or time; the rest stays.
    Shift(Shift),
}

/// One occurrence of a series: the item and the date the rule puts it on.
#[derive(Debug, Args)]
pub struct Occurrence {
    /// The repeating item's number.
    pub id: i64,
    /// The date of the occurrence, as the series has it: 2026-11-19, 19.11.
    #[arg(value_name = "DATE")]
    pub date: String,
}

#[derive(Debug, Args)]
pub struct Shift {
    #[command(flatten)]
    pub occurrence: Occurrence,
    /// The new day, and optionally time: 2026-11-20, fri, fri 11:00, +1d.
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub to: String,
    /// The new time of day (11:00).
    #[arg(long, value_name = "HH:MM")]
    pub at: Option<String>,
}

/// Which days to list: this week by default.
#[derive(Debug, Args)]
pub struct PlanList {
    /// This week, Monday to Sunday (the default).
    #[arg(long, conflicts_with_all = ["month", "from", "to"])]
    pub week: bool,
    /// This month.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub month: bool,
    /// The first day: 2026-11-24, 24.11, today, mon, +7d.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// The last day (included); a week after --from when not given.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Only items on this channel (a code or label from the config).
    #[arg(long, value_name = "C")]
    pub channel: Option<String>,
    /// Only items with this status.
    #[arg(long, value_name = "S")]
    pub status: Option<String>,
    /// Only late items: their time has passed and they are not published.
    #[arg(long)]
    pub late: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PlanAdd {
    /// The day, and optionally the time: 2026-11-24, 24.11, tomorrow, fri 10:00.
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub on: String,
    /// The time of day (10:00); without it the item has no fixed time.
    #[arg(long, value_name = "HH:MM")]
    pub at: Option<String>,
    /// A channel code or label from the config; repeat it or separate with commas.
    #[arg(long, value_name = "C", required = true, value_delimiter = ',')]
    pub channel: Vec<String>,
    /// idea, draft, approved, scheduled, published or cancelled.
    #[arg(long, value_name = "S", default_value = "idea")]
    pub status: String,
    /// A category code or label from the config.
    #[arg(long, value_name = "C")]
    pub category: Option<String>,
    /// post or event.
    #[arg(long, value_name = "K", default_value = "post")]
    pub kind: String,
    /// An event's length: 1h, 90m (the config's event_length when not given).
    #[arg(long, value_name = "SPAN")]
    pub length: Option<String>,
    /// Where an event takes place.
    #[arg(long, value_name = "TEXT")]
    pub place: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub campaign: Option<String>,
    /// Who on the team prepares it (you, when not given).
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// The text of the post.
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// The inquiry the post answers.
    #[arg(long, value_name = "ID")]
    pub inquiry: Option<i64>,
    /// Repeat it: day, week, two_weeks or month (from --on, at the same time).
    #[arg(long, value_name = "HOW")]
    pub every: Option<String>,
    /// The last day a repeat may fall on.
    #[arg(
        long,
        value_name = "DATE",
        requires = "every",
        conflicts_with = "count"
    )]
    pub until: Option<String>,
    /// How many times in all it happens.
    #[arg(long, value_name = "N", requires = "every",
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub count: Option<u32>,
    /// Print the new item as JSON instead of its number.
    #[arg(long)]
    pub json: bool,
    /// The title (words are joined with spaces).
    #[arg(required = true, value_name = "TITLE")]
    pub title: Vec<String>,
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// The first day exported (every item when neither --from nor --to is given).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// The last day exported.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Write to this file (replaced whole) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Also ideas and drafts (marked tentative), not only scheduled and published items
    /// and timed events.
    #[arg(long)]
    pub all: bool,
}

/// A calendar item as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
pub struct ItemJson {
    pub id: i64,
    pub kind: &'static str,
    pub title: String,
    pub notes: String,
    pub channels: Vec<String>,
    pub date: String,
    /// RFC 3339 with the local offset; null for an item without a time.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub place: String,
    pub status: &'static str,
    pub category: String,
    pub campaign: String,
    pub owner: Option<String>,
    pub url: String,
    pub inquiry_id: Option<i64>,
    pub late: bool,
    /// How a repeating item repeats (day, week, two_weeks, month); null for a single one.
    pub every: Option<&'static str>,
    /// For one occurrence of a series: the date the rule puts it on.
    pub occurrence: Option<NaiveDate>,
}

impl ItemJson {
    pub fn new(item: &PlanItem, now: Timestamp, settings: &Settings) -> ItemJson {
        let zone = settings.zone;
        ItemJson {
            id: item.id,
            kind: item.kind.code(),
            title: item.title.clone(),
            notes: item.notes.clone(),
            channels: item.channels.clone(),
            date: item.date(zone).format("%Y-%m-%d").to_string(),
            starts_at: match item.when {
                When::At(t) => Some(zone.rfc3339(t)),
                When::Day(_) => None,
            },
            ends_at: item.ends_at().map(|t| zone.rfc3339(t)),
            place: item.place.clone(),
            status: item.status.code(),
            category: item.category.clone(),
            campaign: item.campaign.clone(),
            owner: item.owner.clone(),
            every: item.series.as_ref().map(|s| s.repeat.every.code()),
            occurrence: item.occurrence,
            url: item.url.clone(),
            inquiry_id: item.inquiry_id,
            late: item.is_late(now, zone),
        }
    }
}

fn day_arg(
    name: &str,
    text: &str,
    now: Timestamp,
    settings: &Settings,
) -> anyhow::Result<NaiveDate> {
    parse_day(text, now, settings.zone, settings.rules.working_day())
        .map_err(|e| anyhow::anyhow!("{name}: {}", when_error(&e)))
}

fn channel_code(calendar: &CalendarConfig, text: &str) -> anyhow::Result<String> {
    CalendarConfig::find(&calendar.channels, text)
        .map(|c| c.code.clone())
        .with_context(|| {
            tr!(
                "cli-bad-plan-channel",
                value = text.to_string(),
                known = calendar
                    .channels
                    .iter()
                    .map(|c| c.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

fn status_arg(text: &str) -> anyhow::Result<ItemStatus> {
    ItemStatus::parse(text).with_context(|| {
        tr!(
            "cli-bad-item-status",
            value = text.to_string(),
            known = ItemStatus::codes()
        )
    })
}

pub fn add(
    args: &PlanAdd,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<i64> {
    let zone = settings.zone;
    let work = settings.rules.working_day();
    let title = args.title.join(" ");
    if title.trim().is_empty() {
        bail!(tr!("cli-title-needed"));
    }
    let today = When::Day(zone.date(now));
    let mut when = parse_move(&args.on, today, now, zone, work)
        .map_err(|e| anyhow::anyhow!("--on: {}", when_error(&e)))?;
    if let Some(at) = &args.at {
        let time = parse_time(at).with_context(|| tr!("cli-bad-time", value = at.clone()))?;
        when = When::At(zone.at(when.date(zone), time));
    }
    let calendar = &settings.calendar;
    let channels = args
        .channel
        .iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| channel_code(calendar, c))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let kind = ItemKind::parse(&args.kind).with_context(|| {
        tr!(
            "cli-bad-item-kind",
            value = args.kind.clone(),
            known = ItemKind::codes()
        )
    })?;
    let category = match &args.category {
        Some(text) => CalendarConfig::find(&calendar.categories, text)
            .map(|c| c.code.clone())
            .with_context(|| {
                tr!(
                    "cli-bad-category",
                    value = text.clone(),
                    known = calendar
                        .categories
                        .iter()
                        .map(|c| c.code.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?,
        None => String::new(),
    };
    let duration = match (&args.length, kind) {
        (Some(text), _) => {
            let span = Span::parse(text)
                .ok()
                .filter(|s| s.secs > 0)
                .with_context(|| tr!("cli-bad-length", value = text.clone()))?;
            if span.secs > MAX_EVENT_LENGTH.secs {
                bail!(tr!(
                    "cli-length-too-long",
                    value = text.clone(),
                    max = MAX_EVENT_LENGTH.to_string()
                ));
            }
            Some(span.secs)
        }
        (None, ItemKind::Event) if matches!(when, When::At(_)) => Some(calendar.event_length.secs),
        (None, _) => None,
    };
    let new = NewItem {
        kind,
        title,
        notes: args.notes.clone().unwrap_or_default(),
        channels,
        when,
        duration,
        place: args.place.clone().unwrap_or_default(),
        status: status_arg(&args.status)?,
        category,
        campaign: args.campaign.clone().unwrap_or_default(),
        owner: Some(args.owner.clone().unwrap_or_else(|| settings.user.clone())),
        url: String::new(),
        inquiry_id: args.inquiry,
    };
    if let Some(inquiry) = new.inquiry_id {
        store.inquiry(inquiry)?;
    }
    let repeat = match &args.every {
        None => None,
        Some(every) => {
            let every = Every::parse(every).with_context(|| {
                tr!(
                    "cli-bad-every",
                    value = clean(every),
                    known = Every::codes()
                )
            })?;
            let end = match (&args.until, args.count) {
                (Some(text), _) => End::Until(day_arg("--until", text, now, settings)?),
                (None, Some(n)) => End::Count(n),
                (None, None) => End::Never,
            };
            Some(Repeat { every, end })
        }
    };
    Ok(store.commit(|w| {
        let id = w.create_item(&new, now)?;
        if repeat.is_some() {
            w.set_repeat(id, repeat, zone, now)?;
        }
        Ok(id)
    })?)
}

/// `plan skip` and `plan shift`: one occurrence cancelled or moved.
pub fn change_occurrence(
    occurrence: &Occurrence,
    to: Option<(&str, Option<&str>)>,
    store: &mut Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<()> {
    let zone = settings.zone;
    let date = day_arg("DATE", &occurrence.date, now, settings)?;
    let item = store.plan_item(occurrence.id)?;
    let to = match to {
        None => None,
        Some((text, at)) => {
            let base = match item.when {
                When::At(t) => When::At(zone.at(date, zone.local(t).time())),
                When::Day(_) => When::Day(date),
            };
            let mut when = parse_move(text, base, now, zone, settings.rules.working_day())
                .map_err(|e| anyhow::anyhow!("--to: {}", when_error(&e)))?;
            if let Some(at) = at {
                let time =
                    parse_time(at).with_context(|| tr!("cli-bad-time", value = at.to_string()))?;
                when = When::At(zone.at(when.date(zone), time));
            }
            Some(when)
        }
    };
    store.change_occurrence(occurrence.id, date, to, zone, now)?;
    Ok(())
}

/// The days a listing covers.
fn list_range(
    args: &PlanList,
    now: Timestamp,
    settings: &Settings,
) -> anyhow::Result<(NaiveDate, NaiveDate)> {
    let today = settings.zone.date(now);
    if args.month {
        return Ok((first_of_month(today), last_of_month(today)));
    }
    if args.from.is_none() && args.to.is_none() {
        return Ok(week_range(today));
    }
    let from = match &args.from {
        Some(text) => day_arg("--from", text, now, settings)?,
        None => today,
    };
    let to = match &args.to {
        Some(text) => day_arg("--to", text, now, settings)?,
        None => from + Duration::days(6),
    };
    if to < from {
        bail!(tr!("cli-range-backwards"));
    }
    Ok((from, to))
}

pub fn list(
    args: &PlanList,
    store: &Store,
    settings: &Settings,
    now: Timestamp,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let zone = settings.zone;
    let calendar = &settings.calendar;
    let (first, last) = list_range(args, now, settings)?;
    let channel = args
        .channel
        .as_ref()
        .map(|c| channel_code(calendar, c))
        .transpose()?;
    let status = args.status.as_deref().map(status_arg).transpose()?;
    let mut items: Vec<PlanItem> = store
        .plan_between(first, last, zone)?
        .into_iter()
        .filter(|i| channel.as_ref().is_none_or(|c| i.has_channel(c)))
        .filter(|i| status.is_none_or(|s| i.status == s))
        .filter(|i| !args.late || i.is_late(now, zone))
        .collect();
    items.sort_by(|a, b| plan_order(a, b, zone));
    if args.json {
        let list: Vec<ItemJson> = items
            .iter()
            .map(|i| ItemJson::new(i, now, settings))
            .collect();
        crate::text::write_json(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-plan-heading",
            from = format::day_heading(first),
            to = format::day_heading(last)
        )
    )?;
    if items.is_empty() {
        writeln!(out, "{}", tr!("cli-plan-empty"))?;
        return Ok(());
    }
    // Columns are measured in terminal cells, so Cyrillic labels and wide characters line
    // up; a long list of channels is cut with an ellipsis instead of pushing the rest.
    let rows: Vec<(String, String)> = items
        .iter()
        .map(|item| {
            let channels: Vec<String> = item
                .channels
                .iter()
                .map(|c| {
                    calendar
                        .channel(c)
                        .map(|x| x.short_label())
                        .unwrap_or_else(|| c.clone())
                })
                .collect();
            (clean(&channels.join(",")), labels::item_status(item.status))
        })
        .collect();
    let column = |cells: &mut dyn Iterator<Item = &String>, cap: usize| {
        cells.map(|c| width(c)).max().unwrap_or(0).min(cap)
    };
    let channels_w = column(&mut rows.iter().map(|r| &r.0), PLAN_CHANNELS_WIDTH);
    let status_w = column(&mut rows.iter().map(|r| &r.1), PLAN_STATUS_WIDTH);
    let mut day = None;
    for (item, (channels, status)) in items.iter().zip(&rows) {
        let date = item.date(zone);
        if day != Some(date) {
            day = Some(date);
            writeln!(out, "{}", format::day_heading(date))?;
        }
        let time = match item.when {
            When::At(t) => zone.local(t).format("%H:%M").to_string(),
            When::Day(_) => "--:--".to_string(),
        };
        let mark = if item.is_late(now, zone) { "!" } else { " " };
        writeln!(
            out,
            "{mark} #{:<5} {time}  {}  {}  {}",
            item.id,
            pad(channels, channels_w),
            pad(status, status_w),
            clean(&item.title)
        )?;
    }
    let late = items.iter().filter(|i| i.is_late(now, zone)).count();
    writeln!(
        out,
        "{}",
        tr!("cli-plan-total", count = items.len(), late = late)
    )?;
    Ok(())
}

pub fn export_ics(
    args: &IcsArgs,
    store: &Store,
    settings: &Settings,
    now: Timestamp,
    out: &mut impl Write,
) -> anyhow::Result<usize> {
    let zone = settings.zone;
    let items = match (&args.from, &args.to) {
        (None, None) => store.plan_all()?,
        (from, to) => {
            let today = zone.date(now);
            let first = match from {
                Some(text) => day_arg("--from", text, now, settings)?,
                None => today,
            };
            let last = match to {
                Some(text) => day_arg("--to", text, now, settings)?,
                None => first + Duration::days(365),
            };
            if last < first {
                bail!(tr!("cli-range-backwards"));
            }
            store.plan_between(first, last, zone)?
        }
    };
    // A series goes out once, as its rule; not as the occurrences found in the range.
    let mut series_seen = std::collections::HashSet::new();
    let mut whole = Vec::with_capacity(items.len());
    for item in items {
        if item.occurrence.is_none() {
            whole.push(item);
        } else if series_seen.insert(item.id) {
            whole.push(store.plan_item(item.id)?);
        }
    }
    let mut items = whole;
    items.retain(|i| crate::interop::ical::exported(i, args.all));
    items.sort_by(|a, b| plan_order(a, b, zone));
    let text = crate::interop::ical::write_calendar_in(
        &items,
        &tr!("ics-calendar-name"),
        &settings.calendar,
        now,
        zone,
    );
    match &args.out {
        Some(path) => crate::interop::ical::write_file(path, &text)
            .with_context(|| format!("{}", path.display()))?,
        None => out.write_all(text.as_bytes())?,
    }
    Ok(items.len())
}
