//! Inquiries: logging, reading the queue, and every change with its audit entry.

use rusqlite::{OptionalExtension, Row, params};

use super::audit::{Audited, Change};
use super::contacts::{OutletRef, Who};
use super::{Result, Store, StoreError, Writer};
use crate::domain::alerts::{AlertMarks, default_expert_due};
use crate::domain::phone::PhoneRules;
use crate::domain::{Channel, Inquiry, Priority, Status, Timestamp};
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub struct NewInquiry {
    pub received_at: Timestamp,
    pub channel: Channel,
    pub who: Who,
    /// `OutletRef::None` takes the contact's own outlet.
    pub outlet: OutletRef,
    pub subject: String,
    pub question: String,
    pub requested_deadline: Option<Timestamp>,
    /// The effective deadline, computed by the caller from the office's rules.
    pub due_at: Timestamp,
    pub priority: Priority,
    pub assignee: Option<String>,
}

/// One change to an inquiry. Each becomes one or more audited field updates.
#[derive(Debug, Clone, PartialEq)]
pub enum InquiryChange {
    /// A declined inquiry carries its reason.
    Status {
        status: Status,
        reason: Option<String>,
    },
    /// Records the answer and marks the inquiry answered.
    Answer(String),
    Assign(Option<String>),
    Expert(Who),
    Deadline {
        requested: Option<Timestamp>,
        due_at: Timestamp,
    },
    Priority {
        priority: Priority,
        due_at: Timestamp,
    },
    Question(String),
    Subject(String),
    /// When the expert's comment is due (asking an expert sets it halfway by default).
    ExpertDue(Option<Timestamp>),
    /// An expert asked with their own deadline, in one change.
    AskExpert {
        who: Who,
        due: Timestamp,
    },
    /// The inquiry's topics, all of them (already cleaned).
    Topics(Vec<String>),
}

pub(super) const SELECT: &str = "
    SELECT i.id, i.received_at, i.channel, i.contact_id, c.name, i.outlet_id, o.name,
           i.subject, i.question, i.requested_deadline, i.due_at, i.priority, i.status,
           i.assignee, i.expert_id, e.name, i.answer, i.answered_at, i.decline_reason,
           i.created_by, i.updated_at, i.expert_due_at, i.escalation_level, i.escalated_to,
           (SELECT group_concat(t.topic, char(31)) FROM inquiry_topics t
             WHERE t.inquiry_id = i.id) AS topics
    FROM inquiries i
    LEFT JOIN contacts c ON c.id = i.contact_id
    LEFT JOIN outlets o ON o.id = i.outlet_id
    LEFT JOIN contacts e ON e.id = i.expert_id";

fn coded<T>(row: &Row<'_>, idx: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown code {text:?}").into(),
        )
    })
}

pub(super) fn inquiry_from_row(r: &Row<'_>) -> rusqlite::Result<Inquiry> {
    Ok(Inquiry {
        id: r.get(0)?,
        received_at: r.get(1)?,
        channel: coded(r, 2, Channel::parse)?,
        contact_id: r.get(3)?,
        contact_name: r.get(4)?,
        outlet_id: r.get(5)?,
        outlet_name: r.get(6)?,
        subject: r.get(7)?,
        question: r.get(8)?,
        requested_deadline: r.get(9)?,
        due_at: r.get(10)?,
        priority: coded(r, 11, Priority::parse)?,
        status: coded(r, 12, Status::parse)?,
        assignee: r.get(13)?,
        expert_id: r.get(14)?,
        expert_name: r.get(15)?,
        answer: r.get(16)?,
        answered_at: r.get(17)?,
        decline_reason: r.get(18)?,
        created_by: r.get(19)?,
        updated_at: r.get(20)?,
        marks: AlertMarks {
            expert_due_at: r.get(21)?,
            escalation_level: r.get(22)?,
            escalated_to: r.get(23)?,
        },
        topics: split_topics(r.get(24)?),
    })
}

/// The topics read in one column (joined by the unit separator, which a cleaned topic
/// never holds), sorted.
fn split_topics(joined: Option<String>) -> Vec<String> {
    let mut topics: Vec<String> = joined
        .unwrap_or_default()
        .split('\u{1f}')
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect();
    topics.sort();
    topics
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

impl Writer<'_> {
    /// Logs an inquiry, creating its contact and outlet when they are new.
    pub fn log_inquiry(
        &self,
        new: &NewInquiry,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        let question = new.question.trim();
        if question.is_empty() {
            return Err(StoreError::Invalid(tr!("store-question-needed")));
        }
        let contact_id = self.resolve_who(&new.who, phones, now)?;
        let outlet_id = match (&new.outlet, contact_id) {
            (OutletRef::None, Some(contact)) => self.outlet_of(contact)?,
            (outlet, _) => self.resolve_outlet(outlet, now)?,
        };
        self.tx
            .prepare_cached(
                "INSERT INTO inquiries (received_at, channel, contact_id, outlet_id, subject,
                     question, requested_deadline, due_at, priority, status, assignee,
                     created_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'new', ?10, ?11, ?12, ?12)",
            )?
            .execute(params![
                new.received_at,
                new.channel.code(),
                contact_id,
                outlet_id,
                new.subject.trim(),
                question,
                new.requested_deadline,
                new.due_at,
                new.priority.code(),
                non_empty(new.assignee.as_deref()),
                self.user,
                now
            ])?;
        let id = self.tx.last_insert_rowid();
        self.record_created("inquiry", id, question, now)?;
        Ok(id)
    }

    /// A deadline moved past now undoes an escalation: the inquiry is no longer overdue,
    /// and its history keeps that it was escalated.
    fn clear_escalation_if_not_overdue(
        &self,
        before: &Inquiry,
        due_at: Timestamp,
        now: Timestamp,
    ) -> Result<()> {
        if !before.marks.escalated() || due_at <= now {
            return Ok(());
        }
        self.set_column(
            Audited::Inquiry,
            before.id,
            "escalation_level",
            Some(before.marks.escalation_level),
            Some(0),
            now,
        )?;
        self.set_column(
            Audited::Inquiry,
            before.id,
            "escalated_to",
            before.marks.escalated_to.clone(),
            None,
            now,
        )?;
        Ok(())
    }

    fn current(&self, id: i64) -> Result<Inquiry> {
        let sql = format!("{SELECT} WHERE i.id = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_row([id], inquiry_from_row)
            .optional()?
            .ok_or(StoreError::NoInquiry(id))
    }

    fn set_status(&self, before: &Inquiry, status: Status, now: Timestamp) -> Result<()> {
        let id = before.id;
        self.set_column(
            Audited::Inquiry,
            id,
            "status",
            Some(before.status.code()),
            Some(status.code()),
            now,
        )?;
        let answered_at = match status {
            Status::Answered | Status::Closed => before.answered_at.or(Some(now)),
            Status::Declined => before.answered_at,
            _ => None,
        };
        self.set_column(
            Audited::Inquiry,
            id,
            "answered_at",
            before.answered_at,
            answered_at,
            now,
        )?;
        self.note_settled(before, status, now)
    }

    /// Keeps the report's bookkeeping: the deadline as it stood when first answered, and
    /// when the inquiry stopped waiting (cleared again if it is reopened).
    fn note_settled(&self, before: &Inquiry, status: Status, now: Timestamp) -> Result<()> {
        let settled = matches!(status, Status::Answered | Status::Closed | Status::Declined);
        if !settled {
            self.tx
                .prepare_cached(
                    "UPDATE inquiries SET settled_at = NULL, answer_due_at = NULL WHERE id = ?1",
                )?
                .execute([before.id])?;
            return Ok(());
        }
        let sql = if before.answered_at.is_none() && status != Status::Declined {
            "UPDATE inquiries SET settled_at = coalesce(settled_at, ?2),
                                  answer_due_at = due_at WHERE id = ?1"
        } else {
            "UPDATE inquiries SET settled_at = coalesce(settled_at, ?2) WHERE id = ?1"
        };
        self.tx
            .prepare_cached(sql)?
            .execute(params![before.id, now])?;
        Ok(())
    }

    /// Sets an inquiry's topics to `topics` (already cleaned), recording the change.
    pub fn set_topics(&self, id: i64, topics: &[String], now: Timestamp) -> Result<()> {
        let before = self.topics(id)?;
        if before == topics {
            return Ok(());
        }
        let received_at: i64 = self
            .tx
            .prepare_cached("SELECT received_at FROM inquiries WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoInquiry(id))?;
        self.tx
            .prepare_cached("DELETE FROM inquiry_topics WHERE inquiry_id = ?1")?
            .execute([id])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT OR IGNORE INTO inquiry_topics (inquiry_id, topic, received_at)
             VALUES (?1, ?2, ?3)",
        )?;
        for topic in topics {
            insert.execute(params![id, topic, received_at])?;
        }
        self.record(
            Change {
                entity: "inquiry",
                id,
                action: "update",
                field: Some("topics"),
                old: (!before.is_empty()).then(|| before.join(", ")),
                new: (!topics.is_empty()).then(|| topics.join(", ")),
            },
            now,
        )?;
        Ok(())
    }

    fn topics(&self, id: i64) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT topic FROM inquiry_topics WHERE inquiry_id = ?1 ORDER BY topic",
        )?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Applies a change, recording each changed field in the audit trail.
    pub fn change_inquiry(
        &self,
        id: i64,
        change: &InquiryChange,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<()> {
        let before = self.current(id)?;
        match change {
            InquiryChange::Status { status, reason } => {
                if *status == Status::Declined {
                    let reason = non_empty(reason.as_deref())
                        .ok_or_else(|| StoreError::Invalid(tr!("store-reason-needed")))?;
                    self.set_column(
                        Audited::Inquiry,
                        id,
                        "decline_reason",
                        before.decline_reason.clone(),
                        Some(reason),
                        now,
                    )?;
                }
                self.set_status(&before, *status, now)?;
            }
            InquiryChange::Answer(text) => {
                let text = non_empty(Some(text))
                    .ok_or_else(|| StoreError::Invalid(tr!("store-answer-empty")))?;
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "answer",
                    before.answer.clone(),
                    Some(text),
                    now,
                )?;
                if before.status != Status::Answered && before.status != Status::Closed {
                    self.set_status(&before, Status::Answered, now)?;
                }
            }
            InquiryChange::Assign(who) => {
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "assignee",
                    before.assignee.clone(),
                    non_empty(who.as_deref()),
                    now,
                )?;
            }
            InquiryChange::Expert(who) | InquiryChange::AskExpert { who, .. } => {
                let expert = self.resolve_who(who, phones, now)?;
                let changed = self.set_column(
                    Audited::Inquiry,
                    id,
                    "expert_id",
                    before.expert_id,
                    expert,
                    now,
                )?;
                // The deadline asked for, else a newly asked expert is due halfway to the
                // answer's deadline; an expert asked again keeps theirs.
                let due = match change {
                    InquiryChange::AskExpert { due, .. } => Some(*due),
                    _ if changed => Some(default_expert_due(now, before.due_at)),
                    _ => None,
                };
                if let Some(due) = due {
                    self.set_column(
                        Audited::Inquiry,
                        id,
                        "expert_due_at",
                        before.marks.expert_due_at,
                        expert.map(|_| due),
                        now,
                    )?;
                }
            }
            InquiryChange::Topics(topics) => self.set_topics(id, topics, now)?,
            InquiryChange::ExpertDue(due) => {
                if before.expert_id.is_none() && due.is_some() {
                    return Err(StoreError::Invalid(tr!("alerts-no-expert", id = id)));
                }
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "expert_due_at",
                    before.marks.expert_due_at,
                    *due,
                    now,
                )?;
            }
            InquiryChange::Deadline { requested, due_at } => {
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "requested_deadline",
                    before.requested_deadline,
                    *requested,
                    now,
                )?;
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "due_at",
                    Some(before.due_at),
                    Some(*due_at),
                    now,
                )?;
                self.clear_escalation_if_not_overdue(&before, *due_at, now)?;
            }
            InquiryChange::Priority { priority, due_at } => {
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "priority",
                    Some(before.priority.code()),
                    Some(priority.code()),
                    now,
                )?;
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "due_at",
                    Some(before.due_at),
                    Some(*due_at),
                    now,
                )?;
                self.clear_escalation_if_not_overdue(&before, *due_at, now)?;
            }
            InquiryChange::Question(text) => {
                let text = non_empty(Some(text))
                    .ok_or_else(|| StoreError::Invalid(tr!("store-question-needed")))?;
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "question",
                    Some(before.question.clone()),
                    Some(text),
                    now,
                )?;
            }
            InquiryChange::Subject(text) => {
                self.set_column(
                    Audited::Inquiry,
                    id,
                    "subject",
                    Some(before.subject.clone()),
                    Some(text.trim().to_string()),
                    now,
                )?;
            }
        }
        Ok(())
    }
}

impl Store {
    /// Logs one inquiry and commits it.
    pub fn log_inquiry(
        &mut self,
        new: &NewInquiry,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        self.commit(|w| w.log_inquiry(new, phones, now))
    }

    /// Applies one change and commits it; returns the inquiry as it now is.
    pub fn change_inquiry(
        &mut self,
        id: i64,
        change: &InquiryChange,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<Inquiry> {
        self.commit(|w| w.change_inquiry(id, change, phones, now))?;
        self.inquiry(id)
    }

    pub fn inquiry(&self, id: i64) -> Result<Inquiry> {
        let sql = format!("{SELECT} WHERE i.id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], inquiry_from_row)
            .optional()?
            .ok_or(StoreError::NoInquiry(id))
    }

    /// Every inquiry still waiting for an answer, soonest deadline first.
    pub fn open_inquiries(&self) -> Result<Vec<Inquiry>> {
        let sql = format!(
            "{SELECT} WHERE i.status IN ('new', 'in_progress', 'waiting') ORDER BY i.due_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most recently received finished inquiries (answered, closed, declined).
    pub fn recent_finished_inquiries(&self, limit: usize) -> Result<Vec<Inquiry>> {
        let sql = format!(
            "{SELECT} WHERE i.status NOT IN ('new', 'in_progress', 'waiting')
             ORDER BY i.received_at DESC, i.id DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([limit as i64], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Open inquiries whose deadline has passed at `now`.
    pub fn overdue_inquiries(&self, now: Timestamp) -> Result<Vec<Inquiry>> {
        let sql = format!(
            "{SELECT} WHERE i.status IN ('new', 'in_progress', 'waiting') AND i.due_at <= ?1
             ORDER BY i.due_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([now], inquiry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
