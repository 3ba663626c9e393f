//! `pressdesk audit`: every change a person made (inquiries, contacts, plan), newest first,
//! a page at a time.

use std::io::Write;

use anyhow::Context as _;
use chrono::Duration;
use clap::Args;
use serde::Serialize;

use crate::domain::Timestamp;
use crate::domain::plan::parse_day;
use crate::labels::when_error;
use crate::settings::Settings;
use crate::store::{AuditQuery, AuditRow, Store};
use crate::text::clean;
use crate::tr;

/// The most rows one page may ask for.
const MAX_LIMIT: usize = 10_000;

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only this person's changes (the name in the audit trail).
    #[arg(long, value_name = "NAME")]
    pub who: Option<String>,
    /// From this day on: 2026-11-01, 01.11, mon, yesterday.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Up to and including this day.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Show at most this many changes (1–10000).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Continue after the change with this number (the last one of the previous page).
    #[arg(long, value_name = "N")]
    pub before: Option<i64>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// A change as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
struct AuditJson {
    id: i64,
    at: String,
    who: String,
    entity: String,
    entity_id: i64,
    action: String,
    field: Option<String>,
    old_value: Option<String>,
    new_value: Option<String>,
}

pub fn run(
    args: &AuditArgs,
    store: &Store,
    settings: &Settings,
    now: Timestamp,
    out: &mut impl Write,
) -> anyhow::Result<i32> {
    if args.limit == 0 || args.limit > MAX_LIMIT {
        anyhow::bail!(tr!(
            "alerts-config-out-of-range",
            value = args.limit.to_string(),
            low = 1,
            high = MAX_LIMIT
        ));
    }
    let work = settings.rules.working_day();
    let day = |name: &str, text: &str| {
        parse_day(text, now, settings.zone, work)
            .map_err(|e| anyhow::anyhow!("{name}: {}", when_error(&e)))
    };
    let from = match &args.from {
        Some(text) => Some(
            settings
                .zone
                .at(day("--from", text)?, chrono::NaiveTime::MIN),
        ),
        None => None,
    };
    let to = match &args.to {
        Some(text) => {
            let next = day("--to", text)?
                .checked_add_signed(Duration::days(1))
                .context(tr!("alerts-audit-bad-period"))?;
            Some(settings.zone.at(next, chrono::NaiveTime::MIN))
        }
        None => None,
    };
    if let (Some(from), Some(to)) = (from, to)
        && from >= to
    {
        anyhow::bail!(tr!("alerts-audit-bad-period"));
    }
    let rows = store.audit_log(&AuditQuery {
        who: args.who.clone(),
        from,
        to,
        before: args.before,
        limit: args.limit,
    })?;
    if args.json {
        let list: Vec<AuditJson> = rows
            .iter()
            .map(|r| AuditJson {
                id: r.id,
                at: settings.zone.rfc3339(r.at),
                who: r.who.clone(),
                entity: r.entity.clone(),
                entity_id: r.entity_id,
                action: r.action.clone(),
                field: r.field.clone(),
                old_value: r.old_value.clone(),
                new_value: r.new_value.clone(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
        return Ok(0);
    }
    if rows.is_empty() {
        writeln!(out, "{}", tr!("alerts-audit-none"))?;
        return Ok(0);
    }
    for row in &rows {
        writeln!(out, "{}", line(row, settings))?;
    }
    if rows.len() == args.limit
        && let Some(last) = rows.last()
    {
        writeln!(out, "{}", tr!("alerts-audit-more", id = last.id))?;
    }
    Ok(0)
}

/// `#812  Tue 24 Nov 2026 21:40  elena  inquiry #12  status: new → answered`
fn line(row: &AuditRow, settings: &Settings) -> String {
    format!(
        "#{:<6} {}  {}  {}  {}",
        row.id,
        crate::format::full(row.at, settings.zone),
        clean(&row.who),
        crate::audit_words::record(row),
        crate::audit_words::change(row, settings.zone, 60)
    )
}
