//! The office's report: the inquiries' figures come from the summary the store keeps
//! beside every write (`summary.rs`), the plan's and coverage's from SQL aggregates over
//! their indexes (`coverage_by_day`); only grouped lines come back, never the rows.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use super::inquiries::{SELECT, inquiry_from_row};
use super::{Result, Store};
use crate::domain::report::{
    CoverageReport, Dimension, Figures, InquiryReport, Line, OutletTone, Period, PlanLine,
    PlanReport, Point, Report, Selection, ToneCounts, share,
};
use crate::domain::{Channel, Inquiry, ItemStatus, Priority, Timestamp, Zone};

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
        let [
            total,
            by_channel,
            by_priority,
            by_assignee,
            by_outlet,
            by_topic,
        ] = self.breakdowns(from, to, as_of, top)?;
        let mut inquiries = InquiryReport {
            totals: total.into_values().next().unwrap_or_default(),
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
        inquiries.by_channel = ordered(by_channel, &channels);
        inquiries.by_priority = ordered(by_priority, &priorities);
        inquiries.by_assignee = busiest(by_assignee, usize::MAX);
        inquiries.by_outlet = busiest(by_outlet, top);
        for line in &mut inquiries.by_outlet {
            if let Some(id) = line.key.as_deref().and_then(|k| k.parse::<i64>().ok()) {
                line.key = Some(self.outlet_name(id)?);
            }
        }
        inquiries.by_topic = busiest(by_topic, top);
        inquiries.series = self.series(period, zone)?;
        inquiries.previous_on_time_share = self.on_time_share(&period.previous(), zone)?;
        Ok(Report {
            period: *period,
            as_of,
            inquiries,
            plan: self.plan_report(period, zone, from, to)?,
            coverage: self.coverage_report(period.first, period.last, top)?,
        })
    }

    /// The inquiries behind one line of the report, the latest received first, at most
    /// `limit`. The key is compared the way the report grouped it.
    pub fn selected_inquiries(
        &self,
        selection: &Selection,
        zone: Zone,
        limit: usize,
    ) -> Result<Vec<Inquiry>> {
        let (from, to) = selection.period.moments(zone);
        let filter = match (selection.dimension, selection.key.is_some()) {
            (Dimension::All, _) => "?3 IS ?3",
            (Dimension::Channel, _) => "i.channel IS ?3",
            (Dimension::Priority, _) => "i.priority IS ?3",
            (Dimension::Assignee, _) => "i.assignee IS ?3",
            (Dimension::Outlet, _) => "o.name IS ?3",
            (Dimension::Topic, true) => {
                "i.id IN (SELECT t.inquiry_id FROM inquiry_topics t
                          WHERE t.topic = ?3 AND t.received_at >= ?1 AND t.received_at < ?2)"
            }
            (Dimension::Topic, false) => {
                "?3 IS NULL AND NOT EXISTS (SELECT 1 FROM inquiry_topics t
                                            WHERE t.inquiry_id = i.id)"
            }
        };
        let sql = format!(
            "{SELECT} WHERE i.received_at >= ?1 AND i.received_at < ?2 AND {filter}
             ORDER BY i.received_at DESC, i.id DESC LIMIT ?4"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![from, to, selection.key, limit as i64],
            inquiry_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The share answered on time among those answered in `period`, for the arrow beside
    /// this period's.
    fn on_time_share(&self, period: &Period, zone: Zone) -> Result<Option<f64>> {
        let (from, to) = period.moments(zone);
        let [_, answered, on_time] = self.totals(from, to)?;
        Ok(share(on_time, answered))
    }

    fn outlet_name(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT name FROM outlets WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// Received and answered on time per day (or week) of the period.
    fn series(&self, period: &Period, zone: Zone) -> Result<Vec<Point>> {
        let mut points = Vec::new();
        for (day, lo, hi) in period.buckets(zone) {
            let [received, _, answered_on_time] = self.totals(lo, hi)?;
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
    fn plan_report(
        &self,
        period: &Period,
        zone: Zone,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<PlanReport> {
        // Single items are counted by SQL; a series (there are few) is expanded to its
        // occurrences on these days and added.
        const ITEMS: &str = "WITH p AS (
                SELECT id, status, category FROM plan_items
                WHERE status <> 'cancelled'
                  AND ((starts_at >= ?1 AND starts_at < ?2) OR day BETWEEN ?3 AND ?4)
                  AND id NOT IN (SELECT item_id FROM plan_repeats))";
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
        let mut report = PlanReport {
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
        };
        let occurrences = self
            .plan_between(period.first, period.last, zone)?
            .into_iter()
            .filter(|i| i.occurrence.is_some() && i.status != ItemStatus::Cancelled);
        for item in occurrences {
            let published = (item.status == ItemStatus::Published) as i64;
            report.planned += 1;
            report.published += published;
            let category = (!item.category.is_empty()).then(|| item.category.clone());
            for channel in item.channels.iter().map(|c| Some(c.clone())) {
                add_to(&mut report.by_channel, channel, published);
            }
            add_to(&mut report.by_category, category, published);
        }
        for lines in [&mut report.by_channel, &mut report.by_category] {
            lines.sort_by(|a, b| b.planned.cmp(&a.planned).then_with(|| a.key.cmp(&b.key)));
        }
        Ok(report)
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

fn add_to(lines: &mut Vec<PlanLine>, key: Option<String>, published: i64) {
    match lines.iter_mut().find(|l| l.key == key) {
        Some(line) => {
            line.planned += 1;
            line.published += published;
        }
        None => lines.push(PlanLine {
            key,
            planned: 1,
            published,
        }),
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
