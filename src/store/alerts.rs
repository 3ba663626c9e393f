//! Alerts: which inquiries may owe one, claiming an alert once across processes, marking an
//! escalation, and the "mine" view with escalations first.

use rusqlite::{OptionalExtension, params};

use super::audit::Audited;
use super::inquiries::{SELECT, inquiry_from_row};
use super::{Result, Store, Writer};
use crate::domain::alerts::{AlertKind, EscalationLevel, Owed};
use crate::domain::{Inquiry, Timestamp};

const OPEN: &str = "i.status IN ('new', 'in_progress', 'waiting')";

/// How a claimed alert ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertOutcome {
    Pending,
    Delivered,
    Failed,
    NoHook,
    Stale,
}

impl AlertOutcome {
    pub fn code(self) -> &'static str {
        match self {
            AlertOutcome::Pending => "pending",
            AlertOutcome::Delivered => "delivered",
            AlertOutcome::Failed => "failed",
            AlertOutcome::NoHook => "no_hook",
            AlertOutcome::Stale => "stale",
        }
    }
}

/// A claimed alert, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertRecord {
    pub inquiry_id: i64,
    pub event: String,
    pub level: u32,
    pub due_at: Timestamp,
    pub claimed_by: String,
    pub outcome: String,
    pub attempts: u32,
    pub last_error: Option<String>,
}

impl Writer<'_> {
    /// Claims `owed` for `inquiry`: true if this process is the first to, and so the one to
    /// tell people. An escalation claimed here also marks the inquiry, in its history.
    pub fn claim_alert(
        &self,
        inquiry: &Inquiry,
        owed: &Owed,
        levels: &[EscalationLevel],
        outcome: AlertOutcome,
        now: Timestamp,
    ) -> Result<bool> {
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO alert_events
                     (inquiry_id, event, level, due_at, claimed_at, claimed_by, outcome)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                inquiry.id,
                owed.kind.code(),
                owed.level,
                owed.due_at,
                now,
                self.user,
                outcome.code()
            ])?;
        if inserted == 0 {
            return Ok(false);
        }
        if owed.kind == AlertKind::Escalated {
            // Read inside this transaction: another process may have escalated further.
            let current: Option<(u32, Option<String>)> = self
                .tx
                .prepare_cached(
                    "SELECT escalation_level, escalated_to FROM inquiries WHERE id = ?1",
                )?
                .query_row([inquiry.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((level, to)) = current
                && owed.level > level
            {
                let new_to = levels.get(owed.level as usize - 1).map(|l| l.to.clone());
                self.set_column(
                    Audited::Inquiry,
                    inquiry.id,
                    "escalation_level",
                    Some(level),
                    Some(owed.level),
                    now,
                )?;
                self.set_column(
                    Audited::Inquiry,
                    inquiry.id,
                    "escalated_to",
                    to,
                    new_to,
                    now,
                )?;
            }
        }
        Ok(true)
    }
}

impl Store {
    /// Open inquiries whose answer or expert deadline is at or before `until`: the only
    /// ones that can owe an alert at a moment up to `until` minus the due-soon window.
    pub fn alert_candidates(&self, until: Timestamp) -> Result<Vec<Inquiry>> {
        let sql = format!(
            "{SELECT} WHERE {OPEN} AND i.due_at <= ?1
             UNION
             {SELECT} WHERE {OPEN} AND i.expert_due_at <= ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([until], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether this alert has been claimed already (by any process).
    pub fn alert_claimed(&self, inquiry_id: i64, owed: &Owed) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT 1 FROM alert_events
                 WHERE inquiry_id = ?1 AND event = ?2 AND level = ?3 AND due_at = ?4",
            )?
            .query_row(
                params![inquiry_id, owed.kind.code(), owed.level, owed.due_at],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Claims one alert in its own transaction.
    pub fn claim_alert(
        &mut self,
        inquiry: &Inquiry,
        owed: &Owed,
        levels: &[EscalationLevel],
        outcome: AlertOutcome,
        now: Timestamp,
    ) -> Result<bool> {
        self.commit(|w| w.claim_alert(inquiry, owed, levels, outcome, now))
    }

    /// Records how delivering a claimed alert ended.
    pub fn finish_alert(
        &mut self,
        inquiry_id: i64,
        owed: &Owed,
        outcome: AlertOutcome,
        attempts: u32,
        error: Option<&str>,
        now: Timestamp,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE alert_events SET outcome = ?5, attempts = ?6, last_error = ?7,
                     finished_at = ?8
                 WHERE inquiry_id = ?1 AND event = ?2 AND level = ?3 AND due_at = ?4",
            )?
            .execute(params![
                inquiry_id,
                owed.kind.code(),
                owed.level,
                owed.due_at,
                outcome.code(),
                attempts,
                error,
                now
            ])?;
        Ok(())
    }

    /// Every alert claimed for one inquiry, in the order claimed.
    pub fn alerts_of(&self, inquiry_id: i64) -> Result<Vec<AlertRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT inquiry_id, event, level, due_at, claimed_by, outcome, attempts, last_error
             FROM alert_events WHERE inquiry_id = ?1 ORDER BY claimed_at, event, level",
        )?;
        let rows = stmt.query_map([inquiry_id], |r| {
            Ok(AlertRecord {
                inquiry_id: r.get(0)?,
                event: r.get(1)?,
                level: r.get(2)?,
                due_at: r.get(3)?,
                claimed_by: r.get(4)?,
                outcome: r.get(5)?,
                attempts: r.get(6)?,
                last_error: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The next moment after `now` at which some open inquiry will owe an alert: a
    /// due-soon window opening, a deadline passing, an escalation level reached, for the
    /// answer and the expert. Each is one indexed MIN.
    pub fn next_alert_moment(
        &self,
        now: Timestamp,
        due_soon: i64,
        levels: &[EscalationLevel],
    ) -> Result<Option<Timestamp>> {
        let min_after = |column: &str, offset: i64| -> Result<Option<Timestamp>> {
            // moment = column + offset > now  ⇔  column > now - offset
            let sql =
                format!("SELECT min(i.{column}) FROM inquiries i WHERE {OPEN} AND i.{column} > ?1");
            let found: Option<Timestamp> = self
                .conn
                .prepare_cached(&sql)?
                .query_row([now.saturating_sub(offset)], |r| r.get(0))?;
            Ok(found.map(|t| t.saturating_add(offset)))
        };
        let mut moments = vec![
            min_after("due_at", -due_soon)?,
            min_after("due_at", 0)?,
            min_after("expert_due_at", -due_soon)?,
            min_after("expert_due_at", 0)?,
        ];
        for level in levels {
            moments.push(min_after("due_at", level.after.secs)?);
        }
        Ok(moments.into_iter().flatten().min())
    }

    /// The "mine" view: open inquiries assigned to `user` or escalated to them, the ones
    /// escalated to them first, then by deadline.
    pub fn mine(&self, user: &str) -> Result<Vec<Inquiry>> {
        let sql = format!(
            "SELECT * FROM ({SELECT} WHERE {OPEN} AND i.escalated_to = ?1 COLLATE NOCASE
             UNION
             {SELECT} WHERE {OPEN} AND i.assignee = ?1 COLLATE NOCASE)
             ORDER BY (escalated_to = ?1 COLLATE NOCASE) DESC, due_at, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([user], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Open inquiries that have been escalated, the highest level first, then by deadline.
    pub fn escalated_inquiries(&self) -> Result<Vec<Inquiry>> {
        let sql = format!(
            "{SELECT} WHERE {OPEN} AND i.escalated_to IS NOT NULL
             ORDER BY i.escalation_level DESC, i.due_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alerts::{EscalationLevel, owed};
    use crate::domain::span::Span;
    use crate::domain::{Channel, Priority};
    use crate::fixtures::{HOUR, NOW};
    use crate::store::{NewInquiry, OutletRef, Who};

    fn log(store: &mut Store, due_at: Timestamp) -> i64 {
        let new = NewInquiry {
            received_at: NOW - 2 * HOUR,
            channel: Channel::Phone,
            who: Who::Unknown,
            outlet: OutletRef::None,
            subject: String::new(),
            question: "Вопрос".into(),
            requested_deadline: None,
            due_at,
            priority: Priority::Urgent,
            assignee: Some("elena".into()),
        };
        store
            .log_inquiry(&new, &crate::fixtures::settings().phones, NOW)
            .unwrap()
    }

    #[test]
    fn two_connections_claim_each_alert_once_and_escalate_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let mut a = Store::open(&path, "elena").unwrap();
        let mut b = Store::open(&path, "watch").unwrap();
        let id = log(&mut a, NOW - HOUR);
        let levels = vec![EscalationLevel {
            after: Span::minutes(30),
            to: "olga".into(),
        }];
        let inquiry = b.inquiry(id).unwrap();
        let due = owed(&inquiry, NOW, HOUR, &levels);
        assert_eq!(due.len(), 2);
        for alert in &due {
            let first = a
                .claim_alert(&inquiry, alert, &levels, AlertOutcome::Pending, NOW)
                .unwrap();
            let second = b
                .claim_alert(&inquiry, alert, &levels, AlertOutcome::Pending, NOW)
                .unwrap();
            assert!(first && !second);
            assert!(b.alert_claimed(id, alert).unwrap());
        }
        let marked = b.inquiry(id).unwrap();
        assert_eq!(marked.marks.escalation_level, 1);
        assert_eq!(marked.marks.escalated_to.as_deref(), Some("olga"));
        // The escalation is in the inquiry's history, by whoever claimed it.
        let history = b.history("inquiry", id).unwrap();
        assert!(
            history
                .iter()
                .any(|h| h.field.as_deref() == Some("escalated_to")
                    && h.who == "elena"
                    && h.new_value.as_deref() == Some("olga"))
        );
        b.finish_alert(id, &due[0], AlertOutcome::Delivered, 1, None, NOW)
            .unwrap();
        let records = a.alerts_of(id).unwrap();
        assert_eq!(records.len(), 2);
        assert!(records.iter().any(|r| r.outcome == "delivered"));
        // A deadline moved past now undoes the escalation; the history keeps it.
        let later = NOW + HOUR;
        let after = a
            .change_inquiry(
                id,
                &crate::store::InquiryChange::Deadline {
                    requested: Some(later),
                    due_at: later,
                },
                &crate::fixtures::settings().phones,
                NOW,
            )
            .unwrap();
        assert!(!after.marks.escalated());
        assert_eq!(after.marks.escalated_to, None);
        assert!(a.escalated_inquiries().unwrap().is_empty());
        // A moved deadline is a new deadline: its alerts are owed afresh.
        let moved = Owed {
            due_at: NOW - HOUR / 2,
            ..due[0].clone()
        };
        assert!(!a.alert_claimed(id, &moved).unwrap());
    }

    #[test]
    fn the_next_moment_and_mine_come_from_the_store() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let first = log(&mut store, NOW + 3 * HOUR);
        let second = log(&mut store, NOW + 5 * HOUR);
        let levels = vec![EscalationLevel {
            after: Span::minutes(30),
            to: "olga".into(),
        }];
        // Due soon opens at +2h for the first.
        assert_eq!(
            store.next_alert_moment(NOW, HOUR, &levels).unwrap(),
            Some(NOW + 2 * HOUR)
        );
        assert_eq!(
            store
                .next_alert_moment(NOW + 3 * HOUR, HOUR, &levels)
                .unwrap(),
            Some(NOW + 3 * HOUR + 1800)
        );
        assert_eq!(
            store
                .next_alert_moment(NOW + 6 * HOUR, HOUR, &levels)
                .unwrap(),
            None
        );
        // The second, escalated to elena, comes first in her view.
        let inquiry = store.inquiry(second).unwrap();
        let late = NOW + 6 * HOUR;
        let escalate = owed(
            &inquiry,
            late,
            HOUR,
            &[EscalationLevel {
                after: Span::minutes(30),
                to: "elena".into(),
            }],
        )
        .into_iter()
        .find(|o| o.kind == AlertKind::Escalated)
        .unwrap();
        let elena_lead = [EscalationLevel {
            after: Span::minutes(30),
            to: "elena".into(),
        }];
        store
            .claim_alert(&inquiry, &escalate, &elena_lead, AlertOutcome::NoHook, late)
            .unwrap();
        let mine: Vec<i64> = store.mine("elena").unwrap().iter().map(|i| i.id).collect();
        assert_eq!(mine, [second, first]);
        let escalated: Vec<i64> = store
            .escalated_inquiries()
            .unwrap()
            .iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(escalated, [second]);
    }
}
