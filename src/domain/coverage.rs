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
