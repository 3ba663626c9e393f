//! Which alerts an inquiry is owed at a moment: due soon, overdue, escalated, and the
//! expert's own deadline. Pure: the store records which have fired, `alerts.rs` at the top
//! claims and delivers them.

use serde::{Deserialize, Deserializer};

use super::span::Span;
use super::{Inquiry, Timestamp};

/// What the alert is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertKind {
    DueSoon,
    Overdue,
    Escalated,
    ExpertDueSoon,
    ExpertOverdue,
}

impl AlertKind {
    pub fn code(self) -> &'static str {
        match self {
            AlertKind::DueSoon => "due_soon",
            AlertKind::Overdue => "overdue",
            AlertKind::Escalated => "escalated",
            AlertKind::ExpertDueSoon => "expert_due_soon",
            AlertKind::ExpertOverdue => "expert_overdue",
        }
    }
}

/// The alert fields an inquiry carries beside its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertMarks {
    /// When the expert's comment is due.
    pub expert_due_at: Option<Timestamp>,
    /// The escalation level reached (0 = not escalated), and to whom.
    pub escalation_level: u32,
    pub escalated_to: Option<String>,
}

impl AlertMarks {
    pub fn escalated(&self) -> bool {
        self.escalation_level > 0
    }
}

/// One escalation level: an inquiry overdue longer than `after` goes to `to`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationLevel {
    pub after: Span,
    pub to: String,
}

/// An alert owed: the kind, the escalation level (1-based; 0 for the others), the deadline
/// it is about, and the moment it became owed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owed {
    pub kind: AlertKind,
    pub level: u32,
    pub due_at: Timestamp,
    pub since: Timestamp,
}

/// The alerts `inquiry` is owed at `now`. A deadline already passed owes "overdue", not
/// "due soon" as well: nobody needs to hear both at once.
pub fn owed(
    inquiry: &Inquiry,
    now: Timestamp,
    due_soon: i64,
    levels: &[EscalationLevel],
) -> Vec<Owed> {
    let mut out = Vec::new();
    if !inquiry.status.is_open() {
        return out;
    }
    let mut deadline = |due: Timestamp, soon: AlertKind, over: AlertKind| {
        if now >= due {
            out.push(Owed {
                kind: over,
                level: 0,
                due_at: due,
                since: due,
            });
        } else if now >= due.saturating_sub(due_soon) {
            out.push(Owed {
                kind: soon,
                level: 0,
                due_at: due,
                since: due.saturating_sub(due_soon),
            });
        }
    };
    deadline(inquiry.due_at, AlertKind::DueSoon, AlertKind::Overdue);
    if let Some(expert_due) = inquiry.marks.expert_due_at
        && inquiry.expert_id.is_some()
    {
        deadline(
            expert_due,
            AlertKind::ExpertDueSoon,
            AlertKind::ExpertOverdue,
        );
    }
    for (index, level) in levels.iter().enumerate() {
        let at = inquiry.due_at.saturating_add(level.after.secs);
        if now >= at {
            out.push(Owed {
                kind: AlertKind::Escalated,
                level: index as u32 + 1,
                due_at: inquiry.due_at,
                since: at,
            });
        }
    }
    out
}

/// The next moment after `now` at which `inquiry` will owe an alert it does not owe yet.
pub fn next_moment(
    inquiry: &Inquiry,
    now: Timestamp,
    due_soon: i64,
    levels: &[EscalationLevel],
) -> Option<Timestamp> {
    if !inquiry.status.is_open() {
        return None;
    }
    let mut moments = vec![inquiry.due_at.saturating_sub(due_soon), inquiry.due_at];
    if let (Some(expert_due), Some(_)) = (inquiry.marks.expert_due_at, inquiry.expert_id) {
        moments.push(expert_due.saturating_sub(due_soon));
        moments.push(expert_due);
    }
    moments.extend(
        levels
            .iter()
            .map(|l| inquiry.due_at.saturating_add(l.after.secs)),
    );
    moments.into_iter().filter(|m| *m > now).min()
}

/// The expert's deadline when none is given: halfway from now to the answer's.
pub fn default_expert_due(now: Timestamp, answer_due: Timestamp) -> Timestamp {
    if answer_due <= now {
        answer_due
    } else {
        now + (answer_due - now) / 2
    }
}

/// `[hooks]`: a shell command per event, run with the event as JSON on its stdin.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HooksConfig {
    /// Run for `due_soon` and `expert_due_soon`.
    pub on_due_soon: Option<String>,
    /// Run for `overdue` and `expert_overdue`.
    pub on_overdue: Option<String>,
    /// Run when an inquiry is escalated, for the team member it goes to.
    pub on_escalated: Option<String>,
    /// Seconds a hook may run before it is stopped (1–600).
    #[serde(deserialize_with = "timeout_secs")]
    pub timeout_secs: u64,
    /// Further tries after a failure or a timeout (0–10).
    #[serde(deserialize_with = "retries")]
    pub retries: u32,
}

impl Default for HooksConfig {
    fn default() -> Self {
        HooksConfig {
            on_due_soon: None,
            on_overdue: None,
            on_escalated: None,
            timeout_secs: 10,
            retries: 2,
        }
    }
}

fn in_range<'de, D: Deserializer<'de>>(d: D, low: i64, high: i64) -> Result<i64, D::Error> {
    let value = i64::deserialize(d)?;
    if value < low || value > high {
        return Err(serde::de::Error::custom(crate::tr!(
            "alerts-config-out-of-range",
            value = value,
            low = low,
            high = high
        )));
    }
    Ok(value)
}

fn timeout_secs<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    in_range(d, 1, 600).map(|v| v as u64)
}

fn retries<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    in_range(d, 0, 10).map(|v| v as u32)
}

impl HooksConfig {
    pub fn command(&self, kind: AlertKind) -> Option<&str> {
        let command = match kind {
            AlertKind::DueSoon | AlertKind::ExpertDueSoon => &self.on_due_soon,
            AlertKind::Overdue | AlertKind::ExpertOverdue => &self.on_overdue,
            AlertKind::Escalated => &self.on_escalated,
        };
        command.as_deref().filter(|c| !c.trim().is_empty())
    }
}

/// `[escalation]` with `after` and `to`, or `[[escalation]]` for several levels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Escalation(pub Vec<EscalationLevel>);

impl<'de> Deserialize<'de> for Escalation {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        // Read as TOML first, so a mistake inside a level is reported as itself rather
        // than as "matches neither form".
        let value = toml::Value::deserialize(d)?;
        let mut levels = match value {
            toml::Value::Array(_) => Vec::<EscalationLevel>::deserialize(value),
            other => EscalationLevel::deserialize(other).map(|level| vec![level]),
        }
        .map_err(|e| D::Error::custom(e.message().trim()))?;
        for level in &levels {
            if level.after.secs < 0 || level.to.trim().is_empty() {
                return Err(serde::de::Error::custom(crate::tr!(
                    "alerts-config-bad-escalation"
                )));
            }
        }
        // Levels go up with time, whatever order the file lists them in.
        levels.sort_by_key(|l| l.after.secs);
        Ok(Escalation(levels))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Status;

    fn inquiry(due_at: Timestamp) -> Inquiry {
        let mut i = crate::fixtures::inquiry(1, 0, Status::New);
        i.due_at = due_at;
        i
    }

    fn kinds(owed: &[Owed]) -> Vec<(&'static str, u32)> {
        owed.iter().map(|o| (o.kind.code(), o.level)).collect()
    }

    #[test]
    fn what_is_owed_along_the_way() {
        let levels = vec![
            EscalationLevel {
                after: Span::minutes(30),
                to: "Ольга".into(),
            },
            EscalationLevel {
                after: Span::hours(2),
                to: "Главный".into(),
            },
        ];
        let mut i = inquiry(10_000);
        i.expert_id = Some(7);
        i.marks.expert_due_at = Some(5_000);
        let soon = 3600;
        assert!(owed(&i, 1_000, soon, &levels).is_empty());
        assert_eq!(
            kinds(&owed(&i, 2_000, soon, &levels)),
            [("expert_due_soon", 0)]
        );
        assert_eq!(
            kinds(&owed(&i, 5_000, soon, &levels)),
            [("expert_overdue", 0)]
        );
        assert_eq!(
            kinds(&owed(&i, 6_400, soon, &levels)),
            [("due_soon", 0), ("expert_overdue", 0)]
        );
        assert_eq!(
            kinds(&owed(&i, 10_000 + 1800, soon, &levels)),
            [("overdue", 0), ("expert_overdue", 0), ("escalated", 1)]
        );
        assert_eq!(
            kinds(&owed(&i, 10_000 + 7200, soon, &levels)),
            [
                ("overdue", 0),
                ("expert_overdue", 0),
                ("escalated", 1),
                ("escalated", 2)
            ]
        );
        // Answered: nothing is owed any more.
        i.status = Status::Answered;
        assert!(owed(&i, 20_000, soon, &levels).is_empty());
        assert_eq!(next_moment(&i, 0, soon, &levels), None);
        i.status = Status::InProgress;
        assert_eq!(next_moment(&i, 0, soon, &levels), Some(1_400));
        assert_eq!(next_moment(&i, 6_400, soon, &levels), Some(10_000));
        assert_eq!(next_moment(&i, 10_000, soon, &levels), Some(11_800));
        assert_eq!(next_moment(&i, 17_200, soon, &levels), None);
    }

    #[test]
    fn the_expert_is_due_halfway_by_default() {
        assert_eq!(default_expert_due(1_000, 5_000), 3_000);
        assert_eq!(default_expert_due(6_000, 5_000), 5_000);
    }
}
