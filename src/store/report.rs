//! The office's report: every figure is an SQL aggregate over an index of the period's
//! rows (`inquiries_report`, `inquiry_topics_by_received`, `coverage_by_day`); only the
//! grouped lines and a few ranked values come back, never the rows themselves.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use super::{Result, Store};
use crate::domain::report::{
    CoverageReport, Figures, InquiryReport, Line, OutletTone, Period, PlanLine, PlanReport, Point,
    Report, ToneCounts, percentiles, share,
};
use crate::domain::{Channel, Priority, Timestamp, Zone};

/// What an inquiry breakdown groups by. Each is one of our own SQL fragments.
#[derive(Debug, Clone, Copy)]
enum By {
    Nothing,
    Channel,
    Priority,
    Assignee,
    Outlet,
    Topic,
}

impl By {
    fn key(self) -> &'static str {
        match self {
            By::Nothing => "''",
            By::Channel => "i.channel",
            By::Priority => "i.priority",
            By::Assignee => "i.assignee",
            By::Outlet => "CAST(i.outlet_id AS TEXT)",
            By::Topic => "t.topic",
        }
    }

    /// The rows of the period `[?1, ?2)`.
    fn source(self) -> &'static str {
        match self {
            By::Topic => {
                "FROM inquiry_topics t JOIN inquiries i ON i.id = t.inquiry_id
                 WHERE t.received_at >= ?1 AND t.received_at < ?2"
            }
            _ => "FROM inquiries i WHERE i.received_at >= ?1 AND i.received_at < ?2",
        }
    }
}

/// Answered (or closed after an answer), as opposed to declined or still open.
const ANSWERED: &str = "(i.answered_at IS NOT NULL AND i.status IN ('answered', 'closed'))";
/// Answered no later than the deadline as it stood at the answer.
const ON_TIME: &str = "(i.answered_at IS NOT NULL AND i.status IN ('answered', 'closed')
                        AND i.answered_at <= coalesce(i.answer_due_at, i.due_at))";
/// Still waiting at the moment ?3.
const OPEN_AT: &str = "(i.received_at <= ?3 AND (i.settled_at IS NULL OR i.settled_at > ?3))";

impl Store {
    /// The report for `period` in the office's time zone. "At the period's end" means its
    /// end, or `now` if the period has not ended. Breakdowns by outlet and topic keep the
    /// `top` busiest.
    pub fn report(
        &self,
        period: &Period,
        zone: Zone,
        now: Timestamp,
        top: usize,
    ) -> Result<Report> {
        let (from, to) = period.moments(zone);
        let as_of = to.min(now);
        let mut inquiries = InquiryReport {
            totals: self
                .figures(By::Nothing, from, to, as_of)?
                .into_values()
                .next()
                .unwrap_or_default(),
            ..Default::default()
        };
        let ordered = |mut map: HashMap<Option<String>, Figures>, order: &[&str]| {
            let mut lines: Vec<Line> = order
                .iter()
                .filter_map(|code| {
                    map.remove(&Some(code.to_string())).map(|figures| Line {
                        key: Some(code.to_string()),
                        figures,
                    })
                })
                .collect();
            lines.extend(busiest(map, usize::MAX));
            lines
        };
        let channels: Vec<&str> = Channel::ALL.iter().map(|c| c.code()).collect();
        let priorities: Vec<&str> = Priority::ALL.iter().map(|p| p.code()).collect();
        inquiries.by_channel = ordered(self.figures(By::Channel, from, to, as_of)?, &channels);
        inquiries.by_priority = ordered(self.figures(By::Priority, from, to, as_of)?, &priorities);
        inquiries.by_assignee = busiest(self.figures(By::Assignee, from, to, as_of)?, usize::MAX);
        inquiries.by_outlet = busiest(self.figures(By::Outlet, from, to, as_of)?, top);
        for line in &mut inquiries.by_outlet {
            if let Some(id) = line.key.as_deref().and_then(|k| k.parse::<i64>().ok()) {
                line.key = Some(self.outlet_name(id)?);
            }
        }
        inquiries.by_topic = busiest(self.figures(By::Topic, from, to, as_of)?, top);
        inquiries.series = self.series(period, zone)?;
        let previous = period.previous();
        let (prev_from, prev_to) = previous.moments(zone);
        inquiries.previous_on_time_share = self
            .counts(By::Nothing, prev_from, prev_to, prev_to.min(now))?
            .into_values()
            .next()
            .and_then(|f| f.on_time_share);
        Ok(Report {
            period: *period,
            as_of,
            inquiries,
            plan: self.plan_report(period, from, to)?,
            coverage: self.coverage_report(period.first, period.last, top)?,
        })
    }

    /// Counts and answer times per key.
    fn figures(
        &self,
        by: By,
        from: Timestamp,
        to: Timestamp,
        as_of: Timestamp,
    ) -> Result<HashMap<Option<String>, Figures>> {
        let mut lines = self.counts(by, from, to, as_of)?;
        for (key, (n, at_rank)) in self.answer_ranks(by, from, to)? {
            if let Some(figures) = lines.get_mut(&key) {
                let (median, p90) = percentiles(n, |r| at_rank.get(&r).copied());
                figures.median_answer_secs = median;
                figures.p90_answer_secs = p90;
            }
        }
        Ok(lines)
    }

    fn counts(
        &self,
        by: By,
        from: Timestamp,
        to: Timestamp,
        as_of: Timestamp,
    ) -> Result<HashMap<Option<String>, Figures>> {
        let sql = format!(
            "SELECT {key} AS k, count(*), sum({ANSWERED}), sum({ON_TIME}),
                    sum(i.status = 'declined'), sum({OPEN_AT}),
                    sum({OPEN_AT} AND i.due_at <= ?3)
             {source} GROUP BY k",
            key = by.key(),
            source = by.source()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![from, to, as_of], |r| {
            let mut figures = Figures {
                received: r.get(1)?,
                answered: r.get(2)?,
                answered_on_time: r.get(3)?,
                declined: r.get(4)?,
                open_at_end: r.get(5)?,
                overdue_at_end: r.get(6)?,
                ..Default::default()
            };
            figures.fill_share();
            Ok((r.get::<_, Option<String>>(0)?, figures))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// For each key: how many answered, and the answer times at the ranks the median and
    /// the 90th percentile need. The database ranks; only those few values come back.
    #[allow(clippy::type_complexity)]
    fn answer_ranks(
        &self,
        by: By,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<HashMap<Option<String>, (i64, HashMap<i64, i64>)>> {
        let sql = format!(
            "WITH a AS (SELECT {key} AS k, max(i.answered_at - i.received_at, 0) AS s
                        {source} AND {ANSWERED}),
                  r AS (SELECT k, s, row_number() OVER (PARTITION BY k ORDER BY s) AS rn,
                               count(*) OVER (PARTITION BY k) AS n FROM a)
             SELECT k, n, rn, s FROM r
             WHERE rn = (n + 1) / 2 OR rn = (n + 2) / 2 OR rn = (9 * n + 9) / 10",
            key = by.key(),
            source = by.source()
        );
        let mut out: HashMap<Option<String>, (i64, HashMap<i64, i64>)> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params![from, to])?;
        while let Some(r) = rows.next()? {
            let entry = out.entry(r.get(0)?).or_default();
            entry.0 = r.get(1)?;
            entry.1.insert(r.get(2)?, r.get(3)?);
        }
        Ok(out)
    }

    fn outlet_name(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT name FROM outlets WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// Received and answered on time per day (or week) of the period.
    fn series(&self, period: &Period, zone: Zone) -> Result<Vec<Point>> {
        let sql = format!(
            "SELECT count(*), coalesce(sum({ON_TIME}), 0) FROM inquiries i
             WHERE i.received_at >= ?1 AND i.received_at < ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut points = Vec::new();
        for (day, lo, hi) in period.buckets(zone) {
            let (received, answered_on_time) =
                stmt.query_row(params![lo, hi], |r| Ok((r.get(0)?, r.get(1)?)))?;
            points.push(Point {
                from: day,
                received,
                answered_on_time,
            });
        }
        Ok(points)
    }

    /// Plan items of the period that were not cancelled, and those published, by channel
    /// and by category.
    fn plan_report(&self, period: &Period, from: Timestamp, to: Timestamp) -> Result<PlanReport> {
        const ITEMS: &str = "WITH p AS (
                SELECT id, status, category FROM plan_items
                WHERE status <> 'cancelled'
                  AND ((starts_at >= ?1 AND starts_at < ?2) OR day BETWEEN ?3 AND ?4))";
        let first = period.first.format("%Y-%m-%d").to_string();
        let last = period.last.format("%Y-%m-%d").to_string();
        let args = params![from, to, first, last];
        let (planned, published) = self
            .conn
            .prepare_cached(&format!(
                "{ITEMS} SELECT count(*), coalesce(sum(status = 'published'), 0) FROM p"
            ))?
            .query_row(args, |r| Ok((r.get(0)?, r.get(1)?)))?;
        let lines = |sql: &str| -> Result<Vec<PlanLine>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map(args, |r| {
                Ok(PlanLine {
                    key: r.get(0)?,
                    planned: r.get(1)?,
                    published: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(PlanReport {
            planned,
            published,
            by_channel: lines(&format!(
                "{ITEMS} SELECT c.channel, count(*), sum(p.status = 'published')
                 FROM p JOIN plan_item_channels c ON c.item_id = p.id
                 GROUP BY c.channel ORDER BY count(*) DESC, c.channel"
            ))?,
            by_category: lines(&format!(
                "{ITEMS} SELECT nullif(category, ''), count(*), sum(status = 'published')
                 FROM p GROUP BY 1 ORDER BY count(*) DESC, 1"
            ))?,
        })
    }

    /// Pieces published on local days `first..=last`, by tone, and the outlets.
    fn coverage_report(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        top: usize,
    ) -> Result<CoverageReport> {
        const TONES: &str = "count(*), coalesce(sum(v.tone = 'positive'), 0),
            coalesce(sum(v.tone = 'neutral'), 0), coalesce(sum(v.tone = 'negative'), 0)";
        let first = first.format("%Y-%m-%d").to_string();
        let last = last.format("%Y-%m-%d").to_string();
        let counts = |r: &rusqlite::Row<'_>, at: usize| -> rusqlite::Result<ToneCounts> {
            Ok(ToneCounts {
                total: r.get(at)?,
                positive: r.get(at + 1)?,
                neutral: r.get(at + 2)?,
                negative: r.get(at + 3)?,
            })
        };
        let totals = self
            .conn
            .prepare_cached(&format!(
                "SELECT {TONES} FROM coverage v WHERE v.day BETWEEN ?1 AND ?2"
            ))?
            .query_row(params![first, last], |r| counts(r, 0))?;
        let outlets = |order: &str| -> Result<Vec<OutletTone>> {
            let sql = format!(
                "SELECT o.name, {TONES} FROM coverage v JOIN outlets o ON o.id = v.outlet_id
                 WHERE v.day BETWEEN ?1 AND ?2 GROUP BY v.outlet_id {order} LIMIT ?3"
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params![first, last, top as i64], |r| {
                Ok(OutletTone {
                    key: r.get(0)?,
                    counts: counts(r, 1)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(CoverageReport {
            positive_share: share(totals.positive, totals.total),
            negative_share: share(totals.negative, totals.total),
            counts: totals,
            by_outlet: outlets("ORDER BY count(*) DESC, o.name")?,
            most_negative: outlets(
                "HAVING sum(v.tone = 'negative') > 0
                 ORDER BY sum(v.tone = 'negative') DESC, count(*) DESC, o.name",
            )?
            .into_iter()
            .take(3)
            .collect(),
        })
    }
}

/// Lines with the most inquiries first (then by key), at most `top`.
fn busiest(map: HashMap<Option<String>, Figures>, top: usize) -> Vec<Line> {
    let mut lines: Vec<Line> = map
        .into_iter()
        .map(|(key, figures)| Line { key, figures })
        .collect();
    lines.sort_by(|a, b| {
        b.figures
            .received
            .cmp(&a.figures.received)
            .then_with(|| a.key.cmp(&b.key))
    });
    lines.truncate(top);
    lines
}
