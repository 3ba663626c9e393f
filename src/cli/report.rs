//! `pressdesk report`: the office's figures for a period, as text, Markdown, CSV or JSON.

use std::io::Write;

use anyhow::Context as _;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::domain::Timestamp;
use crate::domain::plan::parse_day;
use crate::domain::report::{
    CoverageReport, Dimension, Figures, InquiryReport, Line, OutletTone, Period, PlanLine,
    PlanReport, Point, Report, Step,
};
use crate::format;
use crate::labels::report::{
    dimension_title, line_key, percent, period_title, range_error, secs, trend,
};
use crate::labels::when_error;
use crate::settings::Settings;
use crate::store::Store;
use crate::text::{clean, pad, width};
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Md,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A calendar month, YYYY-MM (the current month when no period is given).
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub month: Option<String>,
    /// The first day: 2026-11-01, 1.11, mon, -7d.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "to")]
    pub from: Option<String>,
    /// The last day, included.
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        requires = "from"
    )]
    pub to: Option<String>,
    /// text (the default), md (a document), csv (one row per line), json.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// How many outlets and topics the breakdowns keep.
    #[arg(long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub top: u16,
}

/// The period asked for: `--month`, `--from/--to`, else the month of `now`.
pub fn period(args: &ReportArgs, settings: &Settings, now: Timestamp) -> anyhow::Result<Period> {
    let zone = settings.zone;
    if let Some(month) = &args.month {
        return Period::parse_month(month)
            .with_context(|| tr!("cli-report-bad-month", value = clean(month)));
    }
    match (&args.from, &args.to) {
        (Some(from), Some(to)) => {
            let work = settings.rules.working_day();
            let day = |flag: &str, text: &str| {
                parse_day(text, now, zone, work)
                    .map_err(|e| anyhow::anyhow!("{flag}: {}", when_error(&e)))
            };
            let (first, last) = (day("--from", from)?, day("--to", to)?);
            Period::checked(first, last).map_err(|e| anyhow::anyhow!(range_error(e)))
        }
        _ => Ok(Period::month(zone.date(now))),
    }
}

pub fn run(
    out: &mut impl Write,
    args: &ReportArgs,
    store: &Store,
    settings: &Settings,
    now: Timestamp,
) -> anyhow::Result<i32> {
    let period = period(args, settings, now)?;
    let report = store.report(&period, settings.zone, now, args.top as usize)?;
    match args.format {
        ReportFormat::Json => {
            crate::text::write_json(&mut *out, &ReportJson::new(&report, settings))?;
            writeln!(out)?;
        }
        ReportFormat::Csv => write_csv(out, &report, settings)?,
        ReportFormat::Text => write_document(out, &report, settings, false)?,
        ReportFormat::Md => write_document(out, &report, settings, true)?,
    }
    Ok(0)
}

/// The report as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
pub struct ReportJson<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: String,
    pub series_step: Step,
    pub inquiries: &'a InquiryReport,
    pub plan: &'a PlanReport,
    pub coverage: &'a CoverageReport,
}

impl<'a> ReportJson<'a> {
    pub fn new(report: &'a Report, settings: &Settings) -> ReportJson<'a> {
        ReportJson {
            from: report.period.first,
            to: report.period.last,
            as_of: settings.zone.rfc3339(report.as_of),
            series_step: report.period.step(),
            inquiries: &report.inquiries,
            plan: &report.plan,
            coverage: &report.coverage,
        }
    }
}

/// One table of the document: a title, column heads, and rows of cells.
struct Table {
    title: String,
    heads: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn inquiry_heads(first: String) -> Vec<String> {
    vec![
        first,
        tr!("report-col-received"),
        tr!("report-col-answered"),
        tr!("report-col-on-time"),
        tr!("report-col-declined"),
        tr!("report-col-median"),
        tr!("report-col-p90"),
        tr!("report-col-open"),
        tr!("report-col-overdue"),
    ]
}

fn inquiry_row(key: String, f: &Figures) -> Vec<String> {
    vec![
        key,
        f.received.to_string(),
        f.answered.to_string(),
        format!("{} ({})", f.answered_on_time, percent(f.on_time_share)),
        f.declined.to_string(),
        secs(f.median_answer_secs),
        secs(f.p90_answer_secs),
        f.open_at_end.to_string(),
        f.overdue_at_end.to_string(),
    ]
}

fn breakdown(title: String, lines: &[Line], name: impl Fn(Option<&str>) -> String) -> Table {
    Table {
        heads: inquiry_heads(title.clone()),
        title,
        rows: lines
            .iter()
            .map(|l| inquiry_row(name(l.key.as_deref()), &l.figures))
            .collect(),
    }
}

fn plan_table(title: String, lines: &[PlanLine], name: impl Fn(Option<&str>) -> String) -> Table {
    Table {
        heads: vec![
            title.clone(),
            tr!("report-col-planned"),
            tr!("report-col-published"),
        ],
        title,
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    name(l.key.as_deref()),
                    l.planned.to_string(),
                    l.published.to_string(),
                ]
            })
            .collect(),
    }
}

fn tone_table(title: String, lines: &[OutletTone]) -> Table {
    Table {
        heads: vec![
            title.clone(),
            tr!("report-col-total"),
            tr!("report-col-positive"),
            tr!("report-col-neutral"),
            tr!("report-col-negative"),
        ],
        title,
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    clean(&l.key),
                    l.counts.total.to_string(),
                    l.counts.positive.to_string(),
                    l.counts.neutral.to_string(),
                    l.counts.negative.to_string(),
                ]
            })
            .collect(),
    }
}

fn series_table(points: &[Point], step: Step) -> Table {
    let title = match step {
        Step::Day => tr!("report-series-days"),
        Step::Week => tr!("report-series-weeks"),
    };
    let max = points.iter().map(|p| p.received).max().unwrap_or(0).max(1);
    Table {
        heads: vec![
            title.clone(),
            tr!("report-col-received"),
            tr!("report-col-on-time"),
            String::new(),
        ],
        title,
        rows: points
            .iter()
            .map(|p| {
                // A bar of at most 30 cells: █ answered on time, ░ the rest received.
                let full = (p.received * 30).div_euclid(max) as usize;
                let good = ((p.answered_on_time * 30).div_euclid(max) as usize).min(full);
                vec![
                    format::day_month(p.from),
                    p.received.to_string(),
                    p.answered_on_time.to_string(),
                    format!("{}{}", "█".repeat(good), "░".repeat(full - good)),
                ]
            })
            .collect(),
    }
}

/// The summary lines (label, value) at the top of the inquiries section.
fn summary(i: &InquiryReport) -> Vec<(String, String)> {
    let t = &i.totals;
    vec![
        (tr!("report-received"), t.received.to_string()),
        (tr!("report-answered"), t.answered.to_string()),
        (
            tr!("report-on-time"),
            format!(
                "{} ({}) {}",
                t.answered_on_time,
                percent(t.on_time_share),
                trend(t.on_time_share, i.previous_on_time_share)
            )
            .trim_end()
            .to_string(),
        ),
        (tr!("report-declined"), t.declined.to_string()),
        (tr!("report-median"), secs(t.median_answer_secs)),
        (tr!("report-p90"), secs(t.p90_answer_secs)),
        (tr!("report-open-at-end"), t.open_at_end.to_string()),
        (tr!("report-overdue-at-end"), t.overdue_at_end.to_string()),
    ]
}

fn tables(report: &Report, settings: &Settings) -> Vec<Table> {
    let i = &report.inquiries;
    let calendar = &settings.calendar;
    let mut tables: Vec<Table> = Dimension::BREAKDOWNS
        .iter()
        .map(|&d| breakdown(dimension_title(d), i.lines(d), |k| line_key(d, k)))
        .collect();
    tables.extend([
        series_table(&i.series, report.period.step()),
        plan_table(
            tr!("report-plan-by-channel"),
            &report.plan.by_channel,
            |k| {
                k.map(|c| {
                    calendar
                        .channel(c)
                        .map(|l| l.name())
                        .unwrap_or_else(|| clean(c))
                })
                .unwrap_or_default()
            },
        ),
        plan_table(
            tr!("report-plan-by-category"),
            &report.plan.by_category,
            |k| {
                k.map(|c| {
                    calendar
                        .category(c)
                        .map(|l| l.name())
                        .unwrap_or_else(|| clean(c))
                })
                .unwrap_or_else(|| tr!("report-no-category"))
            },
        ),
        tone_table(tr!("report-coverage-by-outlet"), &report.coverage.by_outlet),
    ]);
    tables.retain(|t| !t.rows.is_empty());
    tables
}

fn write_document(
    out: &mut impl Write,
    report: &Report,
    settings: &Settings,
    markdown: bool,
) -> anyhow::Result<()> {
    let title = tr!("report-title", period = period_title(&report.period));
    let as_of = tr!(
        "report-as-of",
        moment = format::full(report.as_of, settings.zone)
    );
    let heading = |out: &mut dyn Write, level: usize, text: &str| -> std::io::Result<()> {
        if markdown {
            writeln!(out, "{} {text}\n", "#".repeat(level))
        } else {
            writeln!(out, "{}", text.to_uppercase())
        }
    };
    heading(out, 1, &title)?;
    writeln!(out, "{as_of}\n")?;
    let c = &report.coverage;
    let sections: [(String, Vec<(String, String)>); 3] = [
        (tr!("report-inquiries"), summary(&report.inquiries)),
        (
            tr!("report-plan"),
            vec![
                (tr!("report-planned"), report.plan.planned.to_string()),
                (tr!("report-published"), report.plan.published.to_string()),
            ],
        ),
        (
            tr!("report-coverage"),
            vec![
                (tr!("report-coverage-total"), c.counts.total.to_string()),
                (
                    tr!("report-coverage-positive"),
                    format!("{} ({})", c.counts.positive, percent(c.positive_share)),
                ),
                (tr!("report-coverage-neutral"), c.counts.neutral.to_string()),
                (
                    tr!("report-coverage-negative"),
                    format!("{} ({})", c.counts.negative, percent(c.negative_share)),
                ),
                (
                    tr!("report-most-negative"),
                    if c.most_negative.is_empty() {
                        "—".into()
                    } else {
                        c.most_negative
                            .iter()
                            .map(|o| format!("{} ({})", clean(&o.key), o.counts.negative))
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                ),
            ],
        ),
    ];
    for (title, lines) in &sections {
        heading(out, 2, title)?;
        let label_width = lines.iter().map(|(l, _)| width(l)).max().unwrap_or(0);
        for (label, value) in lines {
            if markdown {
                writeln!(out, "- {}: **{}**", label, md(value))?;
            } else {
                writeln!(out, "  {}  {}", pad(label, label_width), value)?;
            }
        }
        writeln!(out)?;
    }
    for table in tables(report, settings) {
        if markdown {
            write_md_table(out, &table)?;
        } else {
            write_text_table(out, &table)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", tr!("report-definitions"))?;
    Ok(())
}

/// Text safe inside a Markdown table cell or list item.
fn md(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

fn write_md_table(out: &mut impl Write, table: &Table) -> std::io::Result<()> {
    writeln!(out, "### {}\n", table.title)?;
    let mut heads = table.heads.clone();
    heads[0] = String::new();
    writeln!(out, "| {} |", heads.join(" | "))?;
    let rule: Vec<&str> = (0..heads.len())
        .map(|i| if i == 0 { "---" } else { "---:" })
        .collect();
    writeln!(out, "|{}|", rule.join("|"))?;
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

fn write_text_table(out: &mut impl Write, table: &Table) -> std::io::Result<()> {
    let columns = table.heads.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            table
                .rows
                .iter()
                .map(|r| width(&r[c]))
                .chain([width(&table.heads[c])])
                .max()
                .unwrap_or(0)
                .min(if c == 0 { 32 } else { 40 })
        })
        .collect();
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let fitted = crate::text::fit(cell, widths[c]);
                let gap = widths[c].saturating_sub(width(&fitted));
                // Names to the left, figures (and the bar) to the right of their column.
                if c == 0 || c + 1 == columns && table.heads[c].is_empty() {
                    format!("{fitted}{}", " ".repeat(gap))
                } else {
                    format!("{}{fitted}", " ".repeat(gap))
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(&table.heads))?;
    for row in &table.rows {
        writeln!(out, "  {}", line(row).trim_start_matches(' '))?;
    }
    Ok(())
}

/// One row per line of the report: the section, the key, then every figure that applies
/// (empty where it does not). Keys are codes and names as stored, for spreadsheets.
fn write_csv(out: &mut impl Write, report: &Report, _settings: &Settings) -> anyhow::Result<()> {
    const HEADS: [&str; 17] = [
        "section",
        "key",
        "received",
        "answered",
        "answered_on_time",
        "on_time_share",
        "declined",
        "median_answer_secs",
        "p90_answer_secs",
        "open_at_end",
        "overdue_at_end",
        "planned",
        "published",
        "total",
        "positive",
        "neutral",
        "negative",
    ];
    let mut w = csv::Writer::from_writer(&mut *out);
    w.write_record(HEADS)?;
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let share = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
    // A cell a spreadsheet would run as a formula gets a leading '.
    let safe = |k: Option<&str>| {
        let k = k.unwrap_or_default();
        if k.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{k}")
        } else {
            k.to_string()
        }
    };
    let mut inquiry = |section: &str, key: Option<&str>, f: &Figures| -> csv::Result<()> {
        let mut row = vec![
            section.to_string(),
            safe(key),
            f.received.to_string(),
            f.answered.to_string(),
            f.answered_on_time.to_string(),
            share(f.on_time_share),
            f.declined.to_string(),
            opt(f.median_answer_secs),
            opt(f.p90_answer_secs),
            f.open_at_end.to_string(),
            f.overdue_at_end.to_string(),
        ];
        row.resize(HEADS.len(), String::new());
        w.write_record(&row)
    };
    let i = &report.inquiries;
    inquiry("inquiries", None, &i.totals)?;
    for (section, lines) in [
        ("by_channel", &i.by_channel),
        ("by_priority", &i.by_priority),
        ("by_assignee", &i.by_assignee),
        ("by_outlet", &i.by_outlet),
        ("by_topic", &i.by_topic),
    ] {
        for l in lines {
            inquiry(section, l.key.as_deref(), &l.figures)?;
        }
    }
    let blank = |n: usize| vec![String::new(); n];
    for p in &i.series {
        let mut row = vec![
            "series".to_string(),
            p.from.to_string(),
            p.received.to_string(),
        ];
        row.extend(blank(1));
        row.push(p.answered_on_time.to_string());
        row.resize(HEADS.len(), String::new());
        w.write_record(&row)?;
    }
    let plan = &report.plan;
    let mut plan_row = |section: &str, key: Option<&str>, planned: i64, published: i64| {
        let mut row = vec![section.to_string(), safe(key)];
        row.extend(blank(9));
        row.push(planned.to_string());
        row.push(published.to_string());
        row.resize(HEADS.len(), String::new());
        w.write_record(&row)
    };
    plan_row("plan", None, plan.planned, plan.published)?;
    for (section, lines) in [
        ("plan_by_channel", &plan.by_channel),
        ("plan_by_category", &plan.by_category),
    ] {
        for l in lines {
            plan_row(section, l.key.as_deref(), l.planned, l.published)?;
        }
    }
    let c = &report.coverage;
    let mut tone_row = |section: &str, key: Option<&str>, t: &crate::domain::report::ToneCounts| {
        let mut row = vec![section.to_string(), safe(key)];
        row.extend(blank(11));
        row.extend([t.total, t.positive, t.neutral, t.negative].map(|n| n.to_string()));
        w.write_record(&row)
    };
    tone_row("coverage", None, &c.counts)?;
    for l in &c.by_outlet {
        tone_row("coverage_by_outlet", Some(&l.key), &l.counts)?;
    }
    w.flush()?;
    Ok(())
}
