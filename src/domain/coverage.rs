//! Coverage: what the press published, and in what tone.

use chrono::NaiveDate;

use super::Timestamp;
use super::inquiry::coded_enum;

coded_enum! {
    /// How a piece speaks of the office.
    Tone {
        Positive = "positive" | "pos" | "good",
        Neutral = "neutral" | "neu",
        Negative = "negative" | "neg" | "bad",
    }
}

/// One published piece.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub id: i64,
    pub day: NaiveDate,
    pub outlet_id: i64,
    pub outlet_name: String,
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    pub inquiry_id: Option<i64>,
    pub title: String,
    pub url: String,
    pub tone: Tone,
    pub created_by: String,
    pub created_at: Timestamp,
}

impl Coverage {
    /// The day it came out as a moment for ordering a timeline: noon of that day (UTC),
    /// so a piece sorts among the day's calls and inquiries whatever the office's zone.
    pub fn day_at(&self) -> Timestamp {
        self.day
            .and_hms_opt(12, 0, 0)
            .map(|t| t.and_utc().timestamp())
            .unwrap_or(self.created_at)
    }
}

/// Why a link cannot be kept as typed: a blank one is fine; one with spaces or control
/// characters is not a link.
pub fn url_problem(url: &str) -> bool {
    url.chars().any(|c| c.is_control() || c.is_whitespace())
}
