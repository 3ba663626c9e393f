//! The words for each code, in the interface language.

use crate::domain::contact::{EventKind, OutletKind};
use crate::domain::{
    Channel, ContactKind, ItemKind, ItemStatus, Priority, Relationship, Status, Urgency,
};
use crate::tr;

pub mod report;

pub fn status(s: Status) -> String {
    match s {
        Status::New => tr!("status-new"),
        Status::InProgress => tr!("status-in-progress"),
        Status::Waiting => tr!("status-waiting"),
        Status::Answered => tr!("status-answered"),
        Status::Closed => tr!("status-closed"),
        Status::Declined => tr!("status-declined"),
    }
}

pub fn channel(c: Channel) -> String {
    match c {
        Channel::Phone => tr!("channel-phone"),
        Channel::Messenger => tr!("channel-messenger"),
        Channel::Email => tr!("channel-email"),
        Channel::InPerson => tr!("channel-in-person"),
        Channel::Social => tr!("channel-social"),
        Channel::Letter => tr!("channel-letter"),
    }
}

pub fn priority(p: Priority) -> String {
    match p {
        Priority::Urgent => tr!("priority-urgent"),
        Priority::High => tr!("priority-high"),
        Priority::Normal => tr!("priority-normal"),
        Priority::Low => tr!("priority-low"),
    }
}

pub fn urgency(u: Urgency) -> String {
    match u {
        Urgency::Overdue => tr!("urgency-overdue"),
        Urgency::DueSoon => tr!("urgency-due-soon"),
        Urgency::Pending => tr!("urgency-pending"),
        Urgency::Done => tr!("urgency-done"),
    }
}

pub fn contact_kind(k: ContactKind) -> String {
    match k {
        ContactKind::Journalist => tr!("contact-kind-journalist"),
        ContactKind::Expert => tr!("contact-kind-expert"),
        ContactKind::Colleague => tr!("contact-kind-colleague"),
        ContactKind::Other => tr!("contact-kind-other"),
    }
}

pub fn relationship(r: Relationship) -> String {
    match r {
        Relationship::Friendly => tr!("relationship-friendly"),
        Relationship::Neutral => tr!("relationship-neutral"),
        Relationship::Critical => tr!("relationship-critical"),
    }
}

pub fn outlet_kind(k: OutletKind) -> String {
    match k {
        OutletKind::Tv => tr!("outlet-kind-tv"),
        OutletKind::Radio => tr!("outlet-kind-radio"),
        OutletKind::Print => tr!("outlet-kind-print"),
        OutletKind::Online => tr!("outlet-kind-online"),
        OutletKind::Agency => tr!("outlet-kind-agency"),
        OutletKind::Blog => tr!("outlet-kind-blog"),
    }
}

pub fn event_kind(k: EventKind) -> String {
    match k {
        EventKind::Call => tr!("event-call"),
        EventKind::Meeting => tr!("event-meeting"),
        EventKind::Note => tr!("event-note"),
    }
}

pub fn item_status(s: ItemStatus) -> String {
    match s {
        ItemStatus::Idea => tr!("item-status-idea"),
        ItemStatus::Draft => tr!("item-status-draft"),
        ItemStatus::Approved => tr!("item-status-approved"),
        ItemStatus::Scheduled => tr!("item-status-scheduled"),
        ItemStatus::Published => tr!("item-status-published"),
        ItemStatus::Cancelled => tr!("item-status-cancelled"),
    }
}

pub fn item_kind(k: ItemKind) -> String {
    match k {
        ItemKind::Post => tr!("item-kind-post"),
        ItemKind::Event => tr!("item-kind-event"),
    }
}

pub fn month_name(month: u32) -> String {
    match month {
        1 => tr!("month-name-1"),
        2 => tr!("month-name-2"),
        3 => tr!("month-name-3"),
        4 => tr!("month-name-4"),
        5 => tr!("month-name-5"),
        6 => tr!("month-name-6"),
        7 => tr!("month-name-7"),
        8 => tr!("month-name-8"),
        9 => tr!("month-name-9"),
        10 => tr!("month-name-10"),
        11 => tr!("month-name-11"),
        _ => tr!("month-name-12"),
    }
}

/// The audit trail's field names.
pub fn field(name: &str) -> String {
    match name {
        "status" => tr!("field-status"),
        "answer" => tr!("field-answer"),
        "answered_at" => tr!("field-answered-at"),
        "assignee" => tr!("field-assignee"),
        "expert_id" => tr!("field-expert"),
        "requested_deadline" => tr!("field-requested-deadline"),
        "due_at" => tr!("field-due"),
        "priority" => tr!("field-priority"),
        "question" => tr!("field-question"),
        "subject" => tr!("field-subject"),
        "decline_reason" => tr!("field-decline-reason"),
        "title" => tr!("field-title"),
        "notes" => tr!("field-notes"),
        "kind" => tr!("field-kind"),
        "starts_at" => tr!("field-starts-at"),
        "day" => tr!("field-day"),
        "duration" => tr!("field-duration"),
        "place" => tr!("field-place"),
        "category" => tr!("field-category"),
        "campaign" => tr!("field-campaign"),
        "owner" => tr!("field-owner"),
        "url" => tr!("field-url"),
        "channels" => tr!("field-channels"),
        "topics" => tr!("field-topics"),
        "tone" => tr!("field-tone"),
        other => other.to_string(),
    }
}

/// A short form of the channel for narrow columns.
pub fn channel_short(c: Channel) -> String {
    match c {
        Channel::Phone => tr!("channel-short-phone"),
        Channel::Messenger => tr!("channel-short-messenger"),
        Channel::Email => tr!("channel-short-email"),
        Channel::InPerson => tr!("channel-short-in-person"),
        Channel::Social => tr!("channel-short-social"),
        Channel::Letter => tr!("channel-short-letter"),
    }
}

/// The message for a time that could not be read.
pub fn when_error(e: &crate::domain::when::WhenError) -> String {
    match e {
        crate::domain::when::WhenError::Empty => tr!("when-empty"),
        crate::domain::when::WhenError::Unreadable(text) => {
            tr!("when-unreadable", text = text.clone())
        }
        crate::domain::when::WhenError::NoSuchDate(text) => {
            tr!("when-no-such-date", text = text.clone())
        }
        crate::domain::when::WhenError::OutOfRange { text, from, to } => tr!(
            "when-out-of-range",
            text = text.clone(),
            from = from.to_string(),
            to = to.to_string()
        ),
    }
}

/// What kind of record the office's memory found.
pub fn memory_kind(kind: crate::store::MemoryKind) -> String {
    use crate::store::MemoryKind;
    match kind {
        MemoryKind::Inquiry => tr!("memory-kind-inquiry"),
        MemoryKind::PlanItem => tr!("memory-kind-plan"),
        MemoryKind::Statement => tr!("memory-kind-statement"),
        MemoryKind::Coverage => tr!("memory-kind-coverage"),
    }
}

/// How often a series repeats, in the interface language.
pub fn every(every: crate::domain::repeat::Every) -> String {
    use crate::domain::repeat::Every;
    match every {
        Every::Day => tr!("repeat-every-day"),
        Every::Week => tr!("repeat-every-week"),
        Every::TwoWeeks => tr!("repeat-every-two-weeks"),
        Every::Month => tr!("repeat-every-month"),
    }
}

/// A coverage piece's tone in the interface language.
pub fn tone(tone: crate::domain::coverage::Tone) -> String {
    use crate::domain::coverage::Tone;
    match tone {
        Tone::Positive => tr!("tone-positive"),
        Tone::Neutral => tr!("tone-neutral"),
        Tone::Negative => tr!("tone-negative"),
    }
}

/// A found record's status code in words: an inquiry's or a plan item's status, a
/// coverage's tone, a statement's staleness (a current statement says nothing).
pub fn memory_status(kind: crate::store::MemoryKind, code: &str) -> String {
    use crate::store::MemoryKind;
    match kind {
        MemoryKind::Inquiry => Status::parse(code)
            .map(status)
            .unwrap_or_else(|| code.to_string()),
        MemoryKind::PlanItem => ItemStatus::parse(code)
            .map(item_status)
            .unwrap_or_else(|| code.to_string()),
        MemoryKind::Statement if code == "stale" => tr!("statement-stale"),
        MemoryKind::Statement => String::new(),
        MemoryKind::Coverage => match code {
            "positive" => tr!("memory-tone-positive"),
            "negative" => tr!("memory-tone-negative"),
            _ => tr!("memory-tone-neutral"),
        },
    }
}
