//! The audit trail: who changed what, when.

use rusqlite::{ToSql, params};

use super::{Result, Store, Writer};
use crate::domain::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub at: Timestamp,
    pub who: String,
    /// `create` or `update`.
    pub action: String,
    pub field: Option<String>,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

pub(super) struct Change<'a> {
    pub entity: &'a str,
    pub id: i64,
    pub action: &'a str,
    pub field: Option<&'a str>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The tables whose rows are changed and audited one column at a time.
#[derive(Debug, Clone, Copy)]
pub(super) enum Audited {
    Inquiry,
    PlanItem,
}

impl Audited {
    fn table(self) -> &'static str {
        match self {
            Audited::Inquiry => "inquiries",
            Audited::PlanItem => "plan_items",
        }
    }

    fn entity(self) -> &'static str {
        match self {
            Audited::Inquiry => "inquiry",
            Audited::PlanItem => "plan_item",
        }
    }
}

impl Writer<'_> {
    /// Sets one column of one row and records the change, if the value differs.
    pub(super) fn set_column<T: ToSql + PartialEq + ToString>(
        &self,
        on: Audited,
        id: i64,
        field: &'static str,
        old: Option<T>,
        new: Option<T>,
        now: Timestamp,
    ) -> Result<bool> {
        if old == new {
            return Ok(false);
        }
        // The table and column names are our own constants, never user input.
        let sql = format!(
            "UPDATE {} SET {field} = ?1, updated_at = ?2 WHERE id = ?3",
            on.table()
        );
        self.tx
            .prepare_cached(&sql)?
            .execute(params![new, now, id])?;
        self.record(
            Change {
                entity: on.entity(),
                id,
                action: "update",
                field: Some(field),
                old: old.map(|v| v.to_string()),
                new: new.map(|v| v.to_string()),
            },
            now,
        )?;
        Ok(true)
    }

    /// Records that a row was created, with the words that name it.
    pub(super) fn record_created(
        &self,
        entity: &str,
        id: i64,
        label: &str,
        now: Timestamp,
    ) -> Result<()> {
        self.record(
            Change {
                entity,
                id,
                action: "create",
                field: None,
                old: None,
                new: Some(label.to_string()),
            },
            now,
        )
    }

    pub(super) fn record(&self, change: Change<'_>, at: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO audit (at, who, entity, entity_id, action, field, old_value, new_value)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                at,
                self.user,
                change.entity,
                change.id,
                change.action,
                change.field,
                change.old,
                change.new
            ])?;
        Ok(())
    }
}

impl Store {
    /// The history of one record, oldest first.
    pub fn history(&self, entity: &str, id: i64) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, who, action, field, old_value, new_value FROM audit
             WHERE entity = ?1 AND entity_id = ?2 ORDER BY at, id",
        )?;
        let rows = stmt.query_map(params![entity, id], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                who: r.get(1)?,
                action: r.get(2)?,
                field: r.get(3)?,
                old_value: r.get(4)?,
                new_value: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// One change in the audit log, with the record it was made to.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub id: i64,
    pub at: Timestamp,
    pub who: String,
    /// `inquiry`, `contact`, `outlet`, `plan_item`, …
    pub entity: String,
    pub entity_id: i64,
    pub action: String,
    pub field: Option<String>,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// Which changes to read: one person's (or everyone's), in a period, newest first, one
/// page at a time. `before` is the id of the last row of the previous page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub who: Option<String>,
    pub from: Option<Timestamp>,
    /// Exclusive.
    pub to: Option<Timestamp>,
    pub before: Option<i64>,
    pub limit: usize,
}

impl Store {
    /// A page of the audit log. Pages continue from a row (keyset paging), so the last page
    /// of a long history costs what the first does.
    pub fn audit_log(&self, query: &AuditQuery) -> Result<Vec<AuditRow>> {
        // The cursor is the row's (at, id); a vanished row means the start.
        let cursor: Option<(Timestamp, i64)> = match query.before {
            Some(id) => self
                .conn
                .prepare_cached("SELECT at, id FROM audit WHERE id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .map(Some)
                .or_else(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Ok(None),
                    e => Err(e),
                })?,
            None => None,
        };
        let (cursor_at, cursor_id) = cursor.unwrap_or((Timestamp::MAX, i64::MAX));
        let from = query.from.unwrap_or(Timestamp::MIN);
        let to = query.to.unwrap_or(Timestamp::MAX);
        // Two fixed statements, so each can use its index: (who, at) or (at).
        let sql = if query.who.is_some() {
            "SELECT id, at, who, entity, entity_id, action, field, old_value, new_value
             FROM audit
             WHERE who = ?1 AND at >= ?2 AND at < ?3 AND (at, id) < (?4, ?5)
             ORDER BY at DESC, id DESC LIMIT ?6"
        } else {
            "SELECT id, at, who, entity, entity_id, action, field, old_value, new_value
             FROM audit
             WHERE ?1 IS NULL AND at >= ?2 AND at < ?3 AND (at, id) < (?4, ?5)
             ORDER BY at DESC, id DESC LIMIT ?6"
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(
            params![
                query.who,
                from,
                to,
                cursor_at,
                cursor_id,
                query.limit.min(i64::MAX as usize) as i64
            ],
            |r| {
                Ok(AuditRow {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    who: r.get(2)?,
                    entity: r.get(3)?,
                    entity_id: r.get(4)?,
                    action: r.get(5)?,
                    field: r.get(6)?,
                    old_value: r.get(7)?,
                    new_value: r.get(8)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
