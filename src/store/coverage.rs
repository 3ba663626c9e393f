//! Coverage: published pieces with their tone, each write with its audit entry.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::contacts::{OutletRef, Who};
use super::days::day_text;
use super::{Result, Store, StoreError, Writer};
use crate::domain::Timestamp;
use crate::domain::coverage::{Coverage, Tone};
use crate::domain::phone::PhoneRules;
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub struct NewCoverage {
    pub day: NaiveDate,
    /// `OutletRef::None` takes the inquiry's outlet, else the journalist's.
    pub outlet: OutletRef,
    pub who: Who,
    pub inquiry_id: Option<i64>,
    pub title: String,
    pub url: String,
    pub tone: Tone,
}

const SELECT: &str = "
    SELECT v.id, v.day, v.outlet_id, o.name, v.contact_id, c.name, v.inquiry_id, v.title,
           v.url, v.tone, v.created_by, v.created_at
    FROM coverage v
    JOIN outlets o ON o.id = v.outlet_id
    LEFT JOIN contacts c ON c.id = v.contact_id";

fn coverage_from_row(r: &Row<'_>) -> rusqlite::Result<Coverage> {
    let bad = |idx: usize, text: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown value {text:?}").into(),
        )
    };
    let day: String = r.get(1)?;
    let tone: String = r.get(9)?;
    Ok(Coverage {
        id: r.get(0)?,
        day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|_| bad(1, &day))?,
        outlet_id: r.get(2)?,
        outlet_name: r.get(3)?,
        contact_id: r.get(4)?,
        contact_name: r.get(5)?,
        inquiry_id: r.get(6)?,
        title: r.get(7)?,
        url: r.get(8)?,
        tone: Tone::parse(&tone).ok_or_else(|| bad(9, &tone))?,
        created_by: r.get(10)?,
        created_at: r.get(11)?,
    })
}

impl Writer<'_> {
    /// Records a published piece. The outlet comes from `new.outlet`, else the inquiry's,
    /// else the journalist's; a piece without any is refused.
    pub fn add_coverage(
        &self,
        new: &NewCoverage,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        let title = new.title.trim();
        if title.is_empty() {
            return Err(StoreError::Invalid(tr!("store-coverage-needs-title")));
        }
        let inquiry = match new.inquiry_id {
            Some(id) => Some(
                self.tx
                    .prepare_cached("SELECT outlet_id, contact_id FROM inquiries WHERE id = ?1")?
                    .query_row([id], |r| {
                        Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<i64>>(1)?))
                    })
                    .optional()?
                    .ok_or(StoreError::NoInquiry(id))?,
            ),
            None => None,
        };
        let contact_id = match (&new.who, inquiry) {
            (Who::Unknown, Some((_, contact))) => contact,
            (who, _) => self.resolve_who(who, phones, now)?,
        };
        let outlet_id = match &new.outlet {
            OutletRef::None => match (inquiry.and_then(|i| i.0), contact_id) {
                (Some(outlet), _) => Some(outlet),
                (None, Some(contact)) => self.outlet_of(contact)?,
                (None, None) => None,
            },
            outlet => self.resolve_outlet(outlet, now)?,
        }
        .ok_or_else(|| StoreError::Invalid(tr!("store-coverage-needs-outlet")))?;
        self.tx
            .prepare_cached(
                "INSERT INTO coverage (day, outlet_id, contact_id, inquiry_id, title, url, tone,
                                       created_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            )?
            .execute(params![
                day_text(new.day),
                outlet_id,
                contact_id,
                new.inquiry_id,
                title,
                new.url.trim(),
                new.tone.code(),
                self.user,
                now
            ])?;
        let id = self.tx.last_insert_rowid();
        self.record_created("coverage", id, title, now)?;
        Ok(id)
    }
}

impl Store {
    /// Records one published piece and commits it.
    pub fn add_coverage(
        &mut self,
        new: &NewCoverage,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        self.commit(|w| w.add_coverage(new, phones, now))
    }

    pub fn coverage_item(&self, id: i64) -> Result<Coverage> {
        let sql = format!("{SELECT} WHERE v.id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], coverage_from_row)
            .optional()?
            .ok_or_else(|| StoreError::Invalid(tr!("store-no-coverage", id = id)))
    }

    /// Pieces published on local days `first..=last`, newest first, at most `limit`.
    pub fn coverage_between(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        limit: usize,
    ) -> Result<Vec<Coverage>> {
        let sql = format!(
            "{SELECT} WHERE v.day BETWEEN ?1 AND ?2 ORDER BY v.day DESC, v.id DESC LIMIT ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![day_text(first), day_text(last), limit as i64],
            coverage_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many pieces were published on local days `first..=last`.
    pub fn coverage_count_between(&self, first: NaiveDate, last: NaiveDate) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT count(*) FROM coverage WHERE day BETWEEN ?1 AND ?2")?
            .query_row(params![day_text(first), day_text(last)], |r| r.get(0))?)
    }

    /// A journalist's pieces, newest first, for their timeline.
    pub fn coverage_of_contact(&self, contact_id: i64, limit: usize) -> Result<Vec<Coverage>> {
        self.coverage_where("v.contact_id = ?1", contact_id, limit)
    }

    /// An outlet's pieces, newest first, for its timeline.
    pub fn coverage_of_outlet(&self, outlet_id: i64, limit: usize) -> Result<Vec<Coverage>> {
        self.coverage_where("v.outlet_id = ?1", outlet_id, limit)
    }

    /// The pieces that came from one inquiry.
    pub fn coverage_of_inquiry(&self, inquiry_id: i64) -> Result<Vec<Coverage>> {
        self.coverage_where("v.inquiry_id = ?1", inquiry_id, 1000)
    }

    fn coverage_where(&self, filter: &'static str, id: i64, limit: usize) -> Result<Vec<Coverage>> {
        // `filter` is one of our own constants, never user input.
        let sql = format!("{SELECT} WHERE {filter} ORDER BY v.day DESC, v.id DESC LIMIT ?2");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id, limit as i64], coverage_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every piece, oldest first, for the JSON export.
    pub fn all_coverage(&self) -> Result<Vec<Coverage>> {
        let sql = format!("{SELECT} ORDER BY v.day, v.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], coverage_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
