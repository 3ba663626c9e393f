//! People and outlets, and what the contact book knows of each: the card, its timeline
//! and the figures at its top.

use super::inquiry::coded_enum;
use super::{Inquiry, Status, Timestamp};

coded_enum! {
    ContactKind {
        Journalist = "journalist" | "press" | "reporter",
        Expert = "expert" | "speaker",
        Colleague = "colleague" | "staff",
        Other = "other",
    }
}

coded_enum! {
    Relationship {
        Friendly = "friendly" | "good",
        Neutral = "neutral",
        Critical = "critical" | "hostile",
    }
}

// The macro derives the enum, so the default is written out here.
#[allow(clippy::derivable_impls)]
impl Default for Relationship {
    fn default() -> Self {
        Relationship::Neutral
    }
}

coded_enum! {
    /// What happened with a contact besides an inquiry.
    EventKind {
        Call = "call" | "phone",
        Meeting = "meeting" | "visit",
        Note = "note" | "memo",
    }
}

coded_enum! {
    OutletKind {
        Tv = "tv" | "television",
        Radio = "radio",
        Print = "print" | "newspaper" | "magazine",
        Online = "online" | "web" | "site",
        Agency = "agency" | "news_agency",
        Blog = "blog" | "channel" | "telegram",
    }
}

/// What the quick log and the search need to know of a contact.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactSummary {
    pub id: i64,
    pub name: String,
    pub kind: Option<ContactKind>,
    pub outlet_id: Option<i64>,
    pub outlet: Option<String>,
    pub position: String,
    pub tags: Vec<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub relationship: Relationship,
    pub notes: String,
}

/// What a list or a suggestion shows of a contact: the contact index keeps this much of
/// every record, compactly (tags and notes are searched there, but only a card shows them).
#[derive(Debug, Clone, PartialEq)]
pub struct ContactLine {
    pub id: i64,
    pub name: String,
    pub kind: Option<ContactKind>,
    pub outlet_id: Option<i64>,
    pub outlet: Option<String>,
    pub position: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub relationship: Relationship,
}

impl From<ContactSummary> for ContactLine {
    fn from(c: ContactSummary) -> ContactLine {
        ContactLine {
            id: c.id,
            name: c.name,
            kind: c.kind,
            outlet_id: c.outlet_id,
            outlet: c.outlet,
            position: c.position,
            phones: c.phones,
            emails: c.emails,
            relationship: c.relationship,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutletSummary {
    pub id: i64,
    pub name: String,
    pub kind: OutletKind,
    pub region: String,
}

/// A phone, e-mail or messenger handle as written, with its label (`work`, `mobile`, …).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Point {
    pub value: String,
    pub label: String,
}

/// A call, meeting or note on a contact's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactEvent {
    pub id: i64,
    pub contact_id: i64,
    pub kind: EventKind,
    pub at: Timestamp,
    pub body: String,
    pub created_by: String,
}

/// Another record merged into this one.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeNote {
    pub merged_id: i64,
    pub merged_name: String,
    pub at: Timestamp,
    pub who: String,
}

/// Everything the contact card shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactCard {
    pub id: i64,
    pub name: String,
    pub kind: Option<ContactKind>,
    pub outlet_id: Option<i64>,
    pub outlet: Option<String>,
    pub position: String,
    pub relationship: Relationship,
    pub tags: Vec<String>,
    pub notes: String,
    pub phones: Vec<Point>,
    pub emails: Vec<Point>,
    pub messengers: Vec<Point>,
    pub created_at: Timestamp,
    /// Other people at the same outlet: (id, name, position), the first
    /// `COLLEAGUES_ON_CARD` in name order.
    pub colleagues: Vec<(i64, String, String)>,
    /// How many other people the outlet has in all.
    pub colleague_count: u32,
    /// Inquiries from this person, newest first.
    pub inquiries: Vec<Inquiry>,
    /// Inquiries this person gave a comment on as the expert, newest first.
    pub commented: Vec<Inquiry>,
    /// Calls, meetings and notes, newest first.
    pub events: Vec<ContactEvent>,
    pub merges: Vec<MergeNote>,
    /// Pieces this person published, newest first.
    pub coverage: Vec<super::coverage::Coverage>,
}

/// One line of a card's timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimelineItem<'a> {
    Inquiry(&'a Inquiry),
    Commented(&'a Inquiry),
    Event(&'a ContactEvent),
    Merge(&'a MergeNote),
    /// A published piece.
    Coverage(&'a super::coverage::Coverage),
}

impl TimelineItem<'_> {
    pub fn at(&self) -> Timestamp {
        match self {
            TimelineItem::Inquiry(i) | TimelineItem::Commented(i) => i.received_at,
            TimelineItem::Event(e) => e.at,
            TimelineItem::Merge(m) => m.at,
            TimelineItem::Coverage(c) => c.day_at(),
        }
    }
}

impl ContactCard {
    /// Every inquiry, call, meeting, note and merge, newest first.
    pub fn timeline(&self) -> Vec<TimelineItem<'_>> {
        let mut items: Vec<TimelineItem<'_>> = self
            .inquiries
            .iter()
            .map(TimelineItem::Inquiry)
            .chain(self.commented.iter().map(TimelineItem::Commented))
            .chain(self.events.iter().map(TimelineItem::Event))
            .chain(self.merges.iter().map(TimelineItem::Merge))
            .chain(self.coverage.iter().map(TimelineItem::Coverage))
            .collect();
        items.sort_by_key(|item| std::cmp::Reverse(item.at()));
        items
    }

    pub fn stats(&self) -> ContactStats {
        ContactStats::of(&self.inquiries, &self.events)
    }
}

/// The figures at the top of a card.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactStats {
    pub inquiries: usize,
    /// Median seconds from receiving an inquiry to answering it.
    pub median_answer: Option<i64>,
    /// Answered by the deadline, among the answered ones (0.0–1.0).
    pub on_time: Option<f64>,
    pub last_contact: Option<Timestamp>,
}

impl ContactStats {
    pub fn of(inquiries: &[Inquiry], events: &[ContactEvent]) -> ContactStats {
        let mut times: Vec<i64> = Vec::new();
        let mut on_time = 0usize;
        for i in inquiries {
            if i.status == Status::Declined {
                continue;
            }
            if let Some(at) = i.answered_at {
                times.push((at - i.received_at).max(0));
                if at <= i.due_at {
                    on_time += 1;
                }
            }
        }
        let answered = times.len();
        times.sort_unstable();
        let median_answer = match answered {
            0 => None,
            n if n % 2 == 1 => Some(times[n / 2]),
            n => Some((times[n / 2 - 1] + times[n / 2]) / 2),
        };
        let last_contact = inquiries
            .iter()
            .map(|i| i.received_at)
            .chain(events.iter().map(|e| e.at))
            .max();
        ContactStats {
            inquiries: inquiries.len(),
            median_answer,
            on_time: (answered > 0).then(|| on_time as f64 / answered as f64),
            last_contact,
        }
    }
}

/// Everything the outlet card shows.
/// How many colleagues a contact's card lists; the outlet's card lists the rest.
pub const COLLEAGUES_ON_CARD: usize = 8;
/// How many people an outlet's card lists (a national outlet may have thousands).
pub const PEOPLE_ON_OUTLET_CARD: usize = 500;
/// How many published pieces a contact's or an outlet's card shows, newest first.
pub const COVERAGE_ON_CARD: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct OutletCard {
    pub id: i64,
    pub name: String,
    pub kind: OutletKind,
    pub region: String,
    pub notes: String,
    pub phones: Vec<Point>,
    pub emails: Vec<Point>,
    /// Its people: (id, name, position), the first `PEOPLE_ON_OUTLET_CARD` in name order.
    pub people: Vec<(i64, String, String)>,
    /// How many people it has in all.
    pub people_count: usize,
    /// Inquiries from the outlet, newest first (at most 200).
    pub inquiries: Vec<Inquiry>,
    pub inquiry_count: usize,
    /// Pieces the outlet published, newest first (at most 200).
    pub coverage: Vec<super::coverage::Coverage>,
}

impl OutletCard {
    /// Its inquiries and published pieces, newest first.
    pub fn timeline(&self) -> Vec<TimelineItem<'_>> {
        let mut items: Vec<TimelineItem<'_>> = self
            .inquiries
            .iter()
            .map(TimelineItem::Inquiry)
            .chain(self.coverage.iter().map(TimelineItem::Coverage))
            .collect();
        items.sort_by_key(|item| std::cmp::Reverse(item.at()));
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, Priority};

    fn inquiry(received: i64, due: i64, answered: Option<i64>, status: Status) -> Inquiry {
        Inquiry {
            id: received,
            received_at: received,
            channel: Channel::Phone,
            contact_id: Some(1),
            contact_name: None,
            outlet_id: None,
            outlet_name: None,
            subject: String::new(),
            question: "?".into(),
            requested_deadline: None,
            due_at: due,
            priority: Priority::Normal,
            status,
            assignee: None,
            expert_id: None,
            expert_name: None,
            answer: None,
            answered_at: answered,
            decline_reason: None,
            created_by: "me".into(),
            updated_at: received,
            marks: Default::default(),
            topics: Vec::new(),
        }
    }

    #[test]
    fn figures_of_a_history() {
        let inquiries = vec![
            inquiry(0, 3600, Some(1800), Status::Answered),
            inquiry(10_000, 13_600, Some(20_000), Status::Closed),
            inquiry(30_000, 33_600, Some(31_000), Status::Answered),
            inquiry(40_000, 43_600, None, Status::Declined),
            inquiry(50_000, 53_600, None, Status::New),
        ];
        let events = vec![ContactEvent {
            id: 1,
            contact_id: 1,
            kind: EventKind::Call,
            at: 60_000,
            body: String::new(),
            created_by: "me".into(),
        }];
        let s = ContactStats::of(&inquiries, &events);
        assert_eq!(s.inquiries, 5);
        // 1800, 1000 and 10000 seconds: the median is 1800.
        assert_eq!(s.median_answer, Some(1800));
        assert_eq!(s.on_time, Some(2.0 / 3.0));
        assert_eq!(s.last_contact, Some(60_000));
        assert_eq!(ContactStats::of(&[], &[]), ContactStats::default());
    }

    #[test]
    fn the_timeline_is_newest_first() {
        let card = ContactCard {
            inquiries: vec![inquiry(100, 200, None, Status::New)],
            events: vec![ContactEvent {
                id: 1,
                contact_id: 1,
                kind: EventKind::Note,
                at: 300,
                body: "prefers Telegram".into(),
                created_by: "me".into(),
            }],
            merges: vec![MergeNote {
                merged_id: 9,
                merged_name: "K.".into(),
                at: 50,
                who: "me".into(),
            }],
            ..Default::default()
        };
        let at: Vec<i64> = card.timeline().iter().map(|t| t.at()).collect();
        assert_eq!(at, vec![300, 100, 50]);
    }
}
