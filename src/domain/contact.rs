//! People and outlets.

use super::inquiry::coded_enum;

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
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutletSummary {
    pub id: i64,
    pub name: String,
    pub kind: OutletKind,
    pub region: String,
}
