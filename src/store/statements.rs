//! Approved statements ("lines to take"): what the office has agreed to say on a topic,
//! when and by whom, and until when it holds. Every change is audited.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::audit::Change;
use super::{Result, Store, StoreError, Writer};
use crate::domain::Timestamp;
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub struct NewStatement {
    pub topic: String,
    pub body: String,
    pub agreed_on: NaiveDate,
    pub agreed_by: String,
    /// After this day the statement is shown as stale until it is reviewed.
    pub review_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: i64,
    pub topic: String,
    pub body: String,
    pub agreed_on: NaiveDate,
    pub agreed_by: String,
    pub review_on: Option<NaiveDate>,
    pub created_by: String,
    pub updated_at: Timestamp,
}

impl Statement {
    /// Past its review date on `today`.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        self.review_on.is_some_and(|r| r < today)
    }
}

fn day(r: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = r.get(idx)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
    })
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Statement> {
    Ok(Statement {
        id: r.get(0)?,
        topic: r.get(1)?,
        body: r.get(2)?,
        agreed_on: day(r, 3)?,
        agreed_by: r.get(4)?,
        review_on: match r.get::<_, Option<String>>(5)? {
            Some(_) => Some(day(r, 5)?),
            None => None,
        },
        created_by: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

const SELECT: &str = "SELECT id, topic, body, agreed_on, agreed_by, review_on, created_by,
                             updated_at FROM statements";

impl Writer<'_> {
    pub fn add_statement(&self, new: &NewStatement, now: Timestamp) -> Result<i64> {
        let topic = new.topic.trim();
        let body = new.body.trim();
        if topic.is_empty() {
            return Err(StoreError::Invalid(tr!("store-statement-needs-topic")));
        }
        if body.is_empty() {
            return Err(StoreError::Invalid(tr!("store-statement-needs-text")));
        }
        if let Some(review) = new.review_on
            && review < new.agreed_on
        {
            return Err(StoreError::Invalid(tr!("store-statement-review-before")));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO statements (topic, body, agreed_on, agreed_by, review_on,
                                         created_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            )?
            .execute(params![
                topic,
                body,
                new.agreed_on.format("%Y-%m-%d").to_string(),
                new.agreed_by.trim(),
                new.review_on.map(|d| d.format("%Y-%m-%d").to_string()),
                self.user,
                now
            ])?;
        let id = self.tx.last_insert_rowid();
        self.record(
            Change {
                entity: "statement",
                id,
                action: "create",
                field: None,
                old: None,
                new: Some(format!("{topic}: {body}")),
            },
            now,
        )?;
        Ok(id)
    }
}

impl Store {
    pub fn add_statement(&mut self, new: &NewStatement, now: Timestamp) -> Result<Statement> {
        let id = self.commit(|w| w.add_statement(new, now))?;
        self.statement(id)
    }

    pub fn statement(&self, id: i64) -> Result<Statement> {
        let sql = format!("{SELECT} WHERE id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], from_row)
            .optional()?
            .ok_or(StoreError::NoRecord {
                kind: "statement",
                id,
            })
    }

    /// Statements by topic, newest agreement first; `topic` narrows to topics containing
    /// it (any case, any script's case). At most `limit`.
    pub fn statements(&self, topic: Option<&str>, limit: usize) -> Result<Vec<Statement>> {
        let limit = limit.clamp(1, 10_000) as i64;
        match topic.map(str::trim).filter(|t| !t.is_empty()) {
            None => {
                let sql = format!(
                    "{SELECT} ORDER BY topic COLLATE NOCASE, agreed_on DESC, id DESC LIMIT ?1"
                );
                let mut stmt = self.conn.prepare_cached(&sql)?;
                let rows = stmt.query_map([limit], from_row)?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            }
            Some(topic) => {
                // The topic words through the index, so `вакцин` finds `Вакцинация`.
                let Some(expr) = crate::memory::fts_query(topic) else {
                    return Ok(Vec::new());
                };
                let sql = format!(
                    "{SELECT} WHERE id IN (SELECT rowid FROM statement_fts
                                           WHERE statement_fts MATCH ?1)
                     ORDER BY topic COLLATE NOCASE, agreed_on DESC, id DESC LIMIT ?2"
                );
                let expr = format!("topic : ({expr})");
                let mut stmt = self.conn.prepare_cached(&sql)?;
                let rows = stmt.query_map(params![expr, limit], from_row)?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn statement(topic: &str, body: &str, review: Option<&str>) -> NewStatement {
        NewStatement {
            topic: topic.into(),
            body: body.into(),
            agreed_on: date("2026-10-01"),
            agreed_by: "Главный врач".into(),
            review_on: review.map(date),
        }
    }

    #[test]
    fn statements_are_kept_audited_and_found_by_topic() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let s = store
            .add_statement(
                &statement(
                    "Вакцинация",
                    "Прививки по графику, запись в регистратуре.",
                    Some("2026-11-01"),
                ),
                100,
            )
            .unwrap();
        store
            .add_statement(
                &statement("Горячая вода", "Отключение до 20 июля.", None),
                100,
            )
            .unwrap();
        assert!(s.is_stale(date("2026-11-24")));
        assert!(!s.is_stale(date("2026-10-24")));
        let found = store.statements(Some("вакцин"), 10).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].agreed_by, "Главный врач");
        let found = store.statements(Some("vakts"), 10).unwrap();
        assert_eq!(found.len(), 1, "transliterated topic");
        assert_eq!(store.statements(None, 10).unwrap().len(), 2);
        // The body's words do not count as the topic.
        assert!(
            store
                .statements(Some("регистратур"), 10)
                .unwrap()
                .is_empty()
        );
        let history = store.history("statement", s.id).unwrap();
        assert_eq!(history[0].who, "elena");
        assert_eq!(history[0].action, "create");
    }

    #[test]
    fn a_statement_needs_a_topic_a_text_and_a_review_after_agreement() {
        let mut store = Store::open_in_memory("elena").unwrap();
        assert!(store.add_statement(&statement(" ", "x", None), 1).is_err());
        assert!(store.add_statement(&statement("t", " ", None), 1).is_err());
        assert!(
            store
                .add_statement(&statement("t", "x", Some("2026-09-01")), 1)
                .is_err()
        );
        assert!(store.statements(None, 10).unwrap().is_empty());
    }
}
