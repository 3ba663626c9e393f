//! Topics of inquiries: reading them beside the inquiries, filtering the queue by them.

use std::collections::HashMap;

use rusqlite::params;

use super::inquiries::{SELECT, inquiry_from_row};
use super::{Result, Store};
use crate::domain::Inquiry;

impl Store {
    /// The topics of each of `ids` (those without any are left out), in one query.
    pub fn topics_of(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<String>>> {
        let mut out: HashMap<i64, Vec<String>> = HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.inquiry_id, t.topic FROM json_each(?1) j
             JOIN inquiry_topics t ON t.inquiry_id = j.value
             ORDER BY t.inquiry_id, t.topic",
        )?;
        let mut rows = stmt.query([list])?;
        while let Some(r) = rows.next()? {
            out.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
        Ok(out)
    }

    /// Open inquiries with any of `topics`, soonest deadline first.
    pub fn open_inquiries_on(&self, topics: &[String]) -> Result<Vec<Inquiry>> {
        let list = serde_json::to_string(topics).unwrap_or_else(|_| "[]".into());
        let sql = format!(
            "{SELECT} WHERE i.status IN ('new', 'in_progress', 'waiting')
               AND i.id IN (SELECT t.inquiry_id FROM json_each(?1) j
                            JOIN inquiry_topics t ON t.topic = j.value)
             ORDER BY i.due_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![list], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Topics in use, the most used first, for suggestions.
    pub fn topics_in_use(&self, limit: usize) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT topic, count(*) AS n FROM inquiry_topics GROUP BY topic
             ORDER BY n DESC, topic LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
