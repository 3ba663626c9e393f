//! Media inquiries: how they arrive, how urgent they are, where they stand.

use serde::Serialize;

use super::Timestamp;

/// Declares a closed set of codes with a stable text form (used in the database, the
/// command line and JSON) and the aliases people type.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code: database, command line, JSON.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Reads a code or a common alias, ignoring case.
            pub fn parse(text: &str) -> Option<Self> {
                let text = text.trim().to_lowercase().replace(['-', ' '], "_");
                match text.as_str() {
                    $($code $(| $alias)* => Some($name::$variant),)+
                    _ => None,
                }
            }

            pub fn codes() -> String {
                [$($code),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
pub(crate) use coded_enum;

coded_enum! {
    /// How the inquiry reached the office.
    Channel {
        Phone = "phone" | "call" | "tel",
        Messenger = "messenger" | "telegram" | "tg" | "whatsapp" | "viber" | "chat",
        Email = "email" | "mail" | "e_mail",
        InPerson = "in_person" | "person" | "visit",
        Social = "social" | "vk" | "comment" | "dm",
        Letter = "letter" | "written" | "post",
    }
}

coded_enum! {
    Priority {
        Urgent = "urgent" | "u" | "!",
        High = "high" | "h",
        Normal = "normal" | "n" | "default",
        Low = "low" | "l",
    }
}

coded_enum! {
    /// new → in progress → waiting → answered → closed; or declined.
    Status {
        New = "new",
        InProgress = "in_progress" | "progress" | "working",
        Waiting = "waiting" | "wait" | "pending",
        Answered = "answered" | "done",
        Closed = "closed",
        Declined = "declined" | "refused",
    }
}

impl Status {
    /// Still needs an answer: counts toward the queue and can be overdue.
    pub fn is_open(self) -> bool {
        matches!(self, Status::New | Status::InProgress | Status::Waiting)
    }

    /// The next step of the usual path, for the one-key "advance" action.
    pub fn next(self) -> Option<Status> {
        match self {
            Status::New => Some(Status::InProgress),
            Status::InProgress => Some(Status::Waiting),
            Status::Waiting => Some(Status::Answered),
            Status::Answered => Some(Status::Closed),
            Status::Closed | Status::Declined => None,
        }
    }
}

impl Channel {
    /// Written requests fall under a statutory answer term where an office has one.
    pub fn is_written(self) -> bool {
        matches!(self, Channel::Email | Channel::Letter)
    }
}

/// How pressing an inquiry is at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Overdue,
    DueSoon,
    Pending,
    Done,
}

impl Urgency {
    pub fn of(status: Status, due_at: Timestamp, now: Timestamp, due_soon_secs: i64) -> Self {
        if !status.is_open() {
            Urgency::Done
        } else if now >= due_at {
            Urgency::Overdue
        } else if due_at - now <= due_soon_secs {
            Urgency::DueSoon
        } else {
            Urgency::Pending
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Urgency::Overdue => "overdue",
            Urgency::DueSoon => "due_soon",
            Urgency::Pending => "pending",
            Urgency::Done => "done",
        }
    }
}

/// One inquiry as the queue and the detail view show it (joined with its contact and outlet).
#[derive(Debug, Clone, PartialEq)]
pub struct Inquiry {
    pub id: i64,
    pub received_at: Timestamp,
    pub channel: Channel,
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    pub outlet_id: Option<i64>,
    pub outlet_name: Option<String>,
    pub subject: String,
    pub question: String,
    /// The journalist's own deadline, if they named one.
    pub requested_deadline: Option<Timestamp>,
    /// The effective deadline: the earlier of the journalist's and the office's rule.
    pub due_at: Timestamp,
    pub priority: Priority,
    pub status: Status,
    pub assignee: Option<String>,
    pub expert_id: Option<i64>,
    pub expert_name: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<Timestamp>,
    pub decline_reason: Option<String>,
    pub created_by: String,
    pub updated_at: Timestamp,
    /// The expert's deadline and the escalation reached.
    pub marks: super::alerts::AlertMarks,
    /// Its topics (the config's or free tags), sorted.
    pub topics: Vec<String>,
}

impl Inquiry {
    pub fn urgency(&self, now: Timestamp, due_soon_secs: i64) -> Urgency {
        Urgency::of(self.status, self.due_at, now, due_soon_secs)
    }

    /// The line to show in lists: the subject, or the question's first line.
    pub fn headline(&self) -> &str {
        if self.subject.trim().is_empty() {
            self.question.lines().next().unwrap_or("").trim()
        } else {
            self.subject.trim()
        }
    }
}

/// Queue order: most urgent first. Sorting open inquiries by due time puts the overdue
/// first, then the due-soon, then the rest; priority breaks ties. Finished ones follow,
/// newest first.
pub fn urgency_order(a: &Inquiry, b: &Inquiry) -> std::cmp::Ordering {
    match (a.status.is_open(), b.status.is_open()) {
        (true, false) => std::cmp::Ordering::Less,
        (false, true) => std::cmp::Ordering::Greater,
        (true, true) => a
            .due_at
            .cmp(&b.due_at)
            .then(a.priority.cmp(&b.priority))
            .then(a.received_at.cmp(&b.received_at))
            .then(a.id.cmp(&b.id)),
        (false, false) => b.received_at.cmp(&a.received_at).then(b.id.cmp(&a.id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_aliases_parse() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(*s));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.code()), Some(*c));
        }
        assert_eq!(Channel::parse("Telegram"), Some(Channel::Messenger));
        assert_eq!(Channel::parse("in person"), Some(Channel::InPerson));
        assert_eq!(Status::parse("In-Progress"), Some(Status::InProgress));
        assert_eq!(Priority::parse("URGENT"), Some(Priority::Urgent));
        assert_eq!(Priority::parse("whenever"), None);
    }

    #[test]
    fn urgency_follows_the_clock() {
        let due = 10_000;
        let window = 3600;
        assert_eq!(
            Urgency::of(Status::New, due, due - 7200, window),
            Urgency::Pending
        );
        assert_eq!(
            Urgency::of(Status::New, due, due - 3600, window),
            Urgency::DueSoon
        );
        assert_eq!(
            Urgency::of(Status::Waiting, due, due, window),
            Urgency::Overdue
        );
        assert_eq!(
            Urgency::of(Status::Answered, due, due + 1, window),
            Urgency::Done
        );
        assert_eq!(
            Urgency::of(Status::Declined, due, due + 1, window),
            Urgency::Done
        );
    }

    #[test]
    fn status_path_ends_at_closed() {
        let mut s = Status::New;
        let mut path = vec![s];
        while let Some(next) = s.next() {
            path.push(next);
            s = next;
        }
        assert_eq!(
            path,
            [
                Status::New,
                Status::InProgress,
                Status::Waiting,
                Status::Answered,
                Status::Closed
            ]
        );
    }
}
