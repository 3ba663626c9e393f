//! Repeating plan items: storing a series' rule and its exceptions, and expanding a
//! series into the occurrences of the days asked for.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::audit::Change;
use super::days::{columns, day_text, parse_day};
use super::{Result, Store, StoreError, Writer};
use crate::domain::plan::Series;
use crate::domain::repeat::{End, Every, Repeat, RepeatError};
use crate::domain::{ItemStatus, PlanItem, Timestamp, When, Zone};

/// The series of a row whose columns `at..at+4` are every, until_day, count and the
/// exceptions as JSON `[[occurrence, cancelled, starts_at, day], …]`.
pub(super) fn series_from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Option<Series>> {
    let every: Option<String> = r.get(at)?;
    let Some(every) = every.as_deref().and_then(Every::parse) else {
        return Ok(None);
    };
    let until: Option<String> = r.get(at + 1)?;
    let count: Option<i64> = r.get(at + 2)?;
    let end = match (until.as_deref().and_then(parse_day), count) {
        (Some(d), _) => End::Until(d),
        (None, Some(n)) => End::Count(u32::try_from(n).unwrap_or(1)),
        (None, None) => End::Never,
    };
    let json: Option<String> = r.get(at + 3)?;
    let rows: Vec<(String, i64, Option<i64>, Option<String>)> = json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default();
    let exceptions = rows
        .into_iter()
        .filter_map(|(date, cancelled, starts_at, day)| {
            let date = parse_day(&date)?;
            let moved = match (cancelled, starts_at, day.as_deref().and_then(parse_day)) {
                (1, _, _) => None,
                (_, Some(t), _) => Some(When::At(t)),
                (_, None, Some(d)) => Some(When::Day(d)),
                _ => None,
            };
            Some((date, moved))
        })
        .collect();
    Ok(Some(Series {
        repeat: Repeat { every, end },
        exceptions,
    }))
}

/// The occurrence of a series on `date`, at the series' time of day (kept in local time
/// across a daylight-saving change).
fn at_date(master: When, date: NaiveDate, zone: Zone) -> When {
    match master {
        When::Day(_) => When::Day(date),
        When::At(t) => When::At(zone.at(date, zone.local(t).time())),
    }
}

/// Items as read for the days `first..=last`, with every series replaced by its
/// occurrences on those days: a cancelled one keeps its place with the status
/// cancelled; a moved one is where it was moved to, if that is on these days.
pub(super) fn expand(
    items: Vec<PlanItem>,
    first: NaiveDate,
    last: NaiveDate,
    zone: Zone,
) -> Vec<PlanItem> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(series) = item.series.clone() else {
            out.push(item);
            continue;
        };
        let start = item.when.date(zone);
        let occurrence = |date: NaiveDate, when: When, status: ItemStatus| PlanItem {
            when,
            status,
            occurrence: Some(date),
            ..item.clone()
        };
        for date in series.repeat.dates_between(start, first, last) {
            match series.exception(date) {
                None => out.push(occurrence(
                    date,
                    at_date(item.when, date, zone),
                    item.status,
                )),
                Some(None) => out.push(occurrence(
                    date,
                    at_date(item.when, date, zone),
                    ItemStatus::Cancelled,
                )),
                // Shown below, where it was moved to.
                Some(Some(_)) => {}
            }
        }
        for (date, moved) in &series.exceptions {
            if let Some(when) = moved {
                let on = when.date(zone);
                if on >= first && on <= last && series.repeat.falls_on(start, *date) {
                    out.push(occurrence(*date, *when, item.status));
                }
            }
        }
    }
    out
}

impl Writer<'_> {
    /// Makes an item repeat by `repeat` from its own day (or stop repeating with `None`).
    pub fn set_repeat(
        &self,
        id: i64,
        repeat: Option<Repeat>,
        zone: Zone,
        now: Timestamp,
    ) -> Result<()> {
        let when = self.item_when(id)?;
        let start = when.date(zone);
        let before: Option<(String, Option<String>, Option<i64>)> = self
            .tx
            .prepare_cached("SELECT every, until_day, count FROM plan_repeats WHERE item_id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let describe = |r: &Repeat| match r.end {
            End::Never => r.every.code().to_string(),
            End::Until(d) => format!("{} until {d}", r.every.code()),
            End::Count(n) => format!("{} ×{n}", r.every.code()),
        };
        match repeat {
            None => {
                self.tx
                    .prepare_cached("DELETE FROM plan_repeats WHERE item_id = ?1")?
                    .execute([id])?;
            }
            Some(r) => {
                r.check(start)
                    .map_err(|e| StoreError::Invalid(e.to_string()))?;
                let (until, count) = match r.end {
                    End::Never => (None, None),
                    End::Until(d) => (Some(day_text(d)), None),
                    End::Count(n) => (None, Some(n as i64)),
                };
                let last = r.last_date(start).unwrap_or(start);
                self.tx
                    .prepare_cached(
                        "INSERT INTO plan_repeats (item_id, every, until_day, count, last_day)
                         VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT (item_id) DO UPDATE SET every = ?2, until_day = ?3,
                             count = ?4, last_day = ?5",
                    )?
                    .execute(params![id, r.every.code(), until, count, day_text(last)])?;
            }
        }
        self.record(
            Change {
                entity: "plan_item",
                id,
                action: "update",
                field: Some("repeat"),
                old: before.map(|(every, until, count)| match (until, count) {
                    (Some(u), _) => format!("{every} until {u}"),
                    (_, Some(n)) => format!("{every} ×{n}"),
                    _ => every,
                }),
                new: repeat.as_ref().map(describe),
            },
            now,
        )?;
        self.bump_sequence(id, now)
    }

    /// Cancels (`to` is `None`) or moves one occurrence of a series, named by the date the
    /// rule puts it on; the rest of the series stays as it is.
    pub fn change_occurrence(
        &self,
        id: i64,
        occurrence: NaiveDate,
        to: Option<When>,
        zone: Zone,
        now: Timestamp,
    ) -> Result<()> {
        let when = self.item_when(id)?;
        let repeat = self.item_repeat(id)?;
        if !repeat.is_some_and(|r| r.falls_on(when.date(zone), occurrence)) {
            return Err(StoreError::Invalid(
                RepeatError::NotAnOccurrence(occurrence).to_string(),
            ));
        }
        let (starts_at, day) = match to {
            Some(w) => columns(w),
            None => (None, None),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO plan_exceptions (item_id, occurrence, cancelled, starts_at, day)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (item_id, occurrence) DO UPDATE
                     SET cancelled = ?3, starts_at = ?4, day = ?5",
            )?
            .execute(params![
                id,
                day_text(occurrence),
                to.is_none() as i64,
                starts_at,
                day
            ])?;
        let new = match to {
            None => "cancelled".to_string(),
            Some(When::Day(d)) => day_text(d),
            Some(When::At(t)) => zone.rfc3339(t),
        };
        self.record(
            Change {
                entity: "plan_item",
                id,
                action: "update",
                field: Some("occurrence"),
                old: Some(day_text(occurrence)),
                new: Some(new),
            },
            now,
        )?;
        self.bump_sequence(id, now)
    }

    fn item_when(&self, id: i64) -> Result<When> {
        let (at, day): (Option<i64>, Option<String>) = self
            .tx
            .prepare_cached("SELECT starts_at, day FROM plan_items WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(StoreError::NoItem(id))?;
        match (at, day.as_deref().and_then(parse_day)) {
            (Some(t), _) => Ok(When::At(t)),
            (None, Some(d)) => Ok(When::Day(d)),
            _ => Err(StoreError::NoItem(id)),
        }
    }

    fn item_repeat(&self, id: i64) -> Result<Option<Repeat>> {
        let row: Option<(String, Option<String>, Option<i64>)> = self
            .tx
            .prepare_cached("SELECT every, until_day, count FROM plan_repeats WHERE item_id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        Ok(row.and_then(|(every, until, count)| {
            let every = Every::parse(&every)?;
            let end = match (until.as_deref().and_then(parse_day), count) {
                (Some(d), _) => End::Until(d),
                (None, Some(n)) => End::Count(u32::try_from(n).ok()?),
                (None, None) => End::Never,
            };
            Some(Repeat { every, end })
        }))
    }

    /// Calendar applications that subscribe see the series changed.
    fn bump_sequence(&self, id: i64, now: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE plan_items SET sequence = sequence + 1, updated_at = ?2 WHERE id = ?1",
            )?
            .execute(params![id, now])?;
        Ok(())
    }
}

impl Store {
    /// Makes an item repeat (or stop repeating) and commits it.
    pub fn set_repeat(
        &mut self,
        id: i64,
        repeat: Option<Repeat>,
        zone: Zone,
        now: Timestamp,
    ) -> Result<()> {
        self.commit(|w| w.set_repeat(id, repeat, zone, now))
    }

    /// Cancels or moves one occurrence of a series and commits it.
    pub fn change_occurrence(
        &mut self,
        id: i64,
        occurrence: NaiveDate,
        to: Option<When>,
        zone: Zone,
        now: Timestamp,
    ) -> Result<()> {
        self.commit(|w| w.change_occurrence(id, occurrence, to, zone, now))
    }
}
