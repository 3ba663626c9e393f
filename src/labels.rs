//! The words for each code, in the interface language.

use crate::domain::contact::{EventKind, OutletKind};
use crate::domain::{
    Channel, ContactKind, ItemKind, ItemStatus, Priority, Relationship, Status, Urgency,
};
use crate::tr;

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
        other => other.to_string(),
    }
}

use crate::app::keymap::Action;

/// A word or two for the status line's key hints.
pub fn action_hint(a: Action) -> String {
    match a {
        Action::QuickLog => tr!("hint-log"),
        Action::Open => tr!("hint-open"),
        Action::Back => tr!("hint-back"),
        Action::SetStatus => tr!("hint-status"),
        Action::Answer => tr!("hint-answer"),
        Action::Deadline => tr!("hint-deadline"),
        Action::Assign => tr!("hint-assign"),
        Action::CycleFilter => tr!("hint-filter"),
        Action::ShowQueue => tr!("hint-queue"),
        Action::Search => tr!("hint-search"),
        Action::CloseCard => tr!("hint-back"),
        Action::LogCall => tr!("hint-call"),
        Action::LogMeeting => tr!("hint-meeting"),
        Action::LogNote => tr!("hint-note"),
        Action::EditContact => tr!("hint-edit"),
        Action::NewContact => tr!("hint-new-contact"),
        Action::Merge => tr!("hint-merge"),
        Action::GotoOutlet => tr!("hint-outlet"),
        Action::CopyPhone => tr!("hint-copy"),
        Action::ShowContact => tr!("hint-contact"),
        Action::NewInquiry => tr!("hint-log"),
        Action::Help => tr!("hint-help"),
        Action::Quit => tr!("hint-quit"),
        Action::ToPlan => tr!("hint-to-plan"),
        Action::NewItem => tr!("hint-new"),
        Action::EditItem => tr!("hint-edit"),
        Action::ItemStatus => tr!("hint-status"),
        Action::AdvanceItem => tr!("hint-advance"),
        Action::MoveTo => tr!("hint-move"),
        Action::Duplicate => tr!("hint-duplicate"),
        Action::CycleView => tr!("hint-view"),
        Action::Today => tr!("hint-today"),
        Action::PlanFilter => tr!("hint-filter"),
        Action::OpenItem => tr!("hint-open"),
        Action::CloseItem => tr!("hint-back"),
        Action::ItemInquiry => tr!("hint-inquiry"),
        Action::ItemNext => tr!("hint-next-item"),
        other => action_help(other),
    }
}

/// What an action does where it is read: the list keys mean the list's own thing in the
/// contact book.
pub fn action_help_in(a: Action, in_book: bool) -> String {
    match (in_book, a) {
        (true, Action::Open) => tr!("action-open-card"),
        (true, Action::NewInquiry) => tr!("action-new-inquiry-from"),
        (true, Action::CycleFilter) => tr!("action-filter-book"),
        _ => action_help(a),
    }
}

/// What an action does, for the help screen.
pub fn action_help(a: Action) -> String {
    match a {
        Action::QuickLog => tr!("action-quick-log"),
        Action::Help => tr!("action-help"),
        Action::Quit => tr!("action-quit"),
        Action::Refresh => tr!("action-refresh-all"),
        Action::CopyPhone => tr!("action-copy-phone"),
        Action::CopyEmail => tr!("action-copy-email"),
        Action::ShowQueue => tr!("action-show-queue"),
        Action::Up => tr!("action-up"),
        Action::Down => tr!("action-down"),
        Action::Top => tr!("action-top"),
        Action::Bottom => tr!("action-bottom"),
        Action::PageUp => tr!("action-page-up"),
        Action::PageDown => tr!("action-page-down"),
        Action::Open => tr!("action-open"),
        Action::Back => tr!("action-back"),
        Action::NewInquiry => tr!("action-new-inquiry"),
        Action::CycleFilter => tr!("action-filter"),
        Action::SetStatus => tr!("action-status"),
        Action::Advance => tr!("action-advance"),
        Action::Answer => tr!("action-answer"),
        Action::Assign => tr!("action-assign"),
        Action::Expert => tr!("action-expert"),
        Action::Deadline => tr!("action-deadline"),
        Action::Priority => tr!("action-priority"),
        Action::EditQuestion => tr!("action-edit-question"),
        Action::EditSubject => tr!("action-edit-subject"),
        Action::ShowContacts => tr!("action-show-contacts"),
        Action::ShowContact => tr!("action-show-contact"),
        Action::Search => tr!("action-search"),
        Action::CloseCard => tr!("action-close-card"),
        Action::LogCall => tr!("action-log-call"),
        Action::LogMeeting => tr!("action-log-meeting"),
        Action::LogNote => tr!("action-log-note"),
        Action::EditContact => tr!("action-edit-contact"),
        Action::NewContact => tr!("action-new-contact"),
        Action::Merge => tr!("action-merge"),
        Action::GotoOutlet => tr!("action-goto-outlet"),
        Action::ShowCalendar => tr!("action-show-calendar"),
        Action::ToPlan => tr!("action-to-plan"),
        Action::DayPrev => tr!("action-day-prev"),
        Action::DayNext => tr!("action-day-next"),
        Action::WeekPrev => tr!("action-week-prev"),
        Action::WeekNext => tr!("action-week-next"),
        Action::ItemNext => tr!("action-item-next"),
        Action::ItemPrev => tr!("action-item-prev"),
        Action::Today => tr!("action-today"),
        Action::PagePrev => tr!("action-page-prev"),
        Action::PageNext => tr!("action-page-next"),
        Action::CycleView => tr!("action-view"),
        Action::NewItem => tr!("action-new-item"),
        Action::OpenItem => tr!("action-open-item"),
        Action::CloseItem => tr!("action-close-item"),
        Action::EditItem => tr!("action-edit-item"),
        Action::ItemStatus => tr!("action-item-status"),
        Action::AdvanceItem => tr!("action-advance-item"),
        Action::MoveDayEarlier => tr!("action-move-day-earlier"),
        Action::MoveDayLater => tr!("action-move-day-later"),
        Action::MoveEarlier => tr!("action-move-earlier"),
        Action::MoveLater => tr!("action-move-later"),
        Action::MoveTo => tr!("action-move-to"),
        Action::Duplicate => tr!("action-duplicate"),
        Action::CancelItem => tr!("action-cancel-item"),
        Action::PlanFilter => tr!("action-plan-filter"),
        Action::ClearPlanFilter => tr!("action-plan-filter-clear"),
        Action::ItemInquiry => tr!("action-item-inquiry"),
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
