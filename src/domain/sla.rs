//! The office's answer rules: when an inquiry is due, and when it is "due soon".

use chrono::{Duration, NaiveTime};
use serde::{Deserialize, Serialize};

use super::span::Span;
use super::when::{WorkingDay, is_working_day};
use super::{Channel, Priority, Timestamp, Zone};

/// Answer times per priority and the warning window. The defaults are the documentation:
/// `config.example.toml` shows the same values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeadlineRules {
    pub urgent: Span,
    pub high: Span,
    pub normal: Span,
    pub low: Span,
    /// An open inquiry this close to its deadline is shown as due soon.
    pub due_soon: Span,
    #[serde(with = "hh_mm")]
    pub workday_start: NaiveTime,
    /// Used by `eod` and by a deadline given as a day without a time.
    #[serde(with = "hh_mm")]
    pub workday_end: NaiveTime,
    /// Statutory answer term for written requests (e-mail, letter), in days; 0 means none.
    pub statutory_days: u32,
    /// Count the statutory term in working days (Monday to Friday) instead of calendar days.
    pub statutory_working_days: bool,
}

impl Default for DeadlineRules {
    fn default() -> Self {
        let work = WorkingDay::default();
        DeadlineRules {
            urgent: Span::hours(1),
            high: Span::hours(4),
            normal: Span::hours(24),
            low: Span::hours(72),
            due_soon: Span::hours(1),
            workday_start: work.start,
            workday_end: work.end,
            statutory_days: 0,
            statutory_working_days: true,
        }
    }
}

impl DeadlineRules {
    pub fn answer_time(&self, priority: Priority) -> Span {
        match priority {
            Priority::Urgent => self.urgent,
            Priority::High => self.high,
            Priority::Normal => self.normal,
            Priority::Low => self.low,
        }
    }

    pub fn working_day(&self) -> WorkingDay {
        WorkingDay {
            start: self.workday_start,
            end: self.workday_end,
        }
    }

    /// The effective deadline: the earliest of the journalist's own deadline, the rule for
    /// the priority, and (for written requests) the statutory term.
    pub fn due_at(
        &self,
        received: Timestamp,
        channel: Channel,
        priority: Priority,
        requested: Option<Timestamp>,
        zone: Zone,
    ) -> Timestamp {
        let mut due = received + self.answer_time(priority).secs;
        if let Some(requested) = requested {
            due = due.min(requested);
        }
        if channel.is_written() && self.statutory_days > 0 {
            due = due.min(self.statutory_due(received, zone));
        }
        due
    }

    /// The end of the working day on the last day of the statutory term.
    fn statutory_due(&self, received: Timestamp, zone: Zone) -> Timestamp {
        let mut date = zone.date(received);
        let mut left = self.statutory_days;
        while left > 0 {
            date += Duration::days(1);
            if !self.statutory_working_days || is_working_day(date) {
                left -= 1;
            }
        }
        zone.at(date, self.workday_end)
    }
}

/// `"18:00"` in the config file.
mod hh_mm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
            serde::de::Error::custom(crate::tr!("config-bad-time", value = text.clone()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn at(zone: Zone, s: &str) -> Timestamp {
        zone.timestamp(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
    }

    #[test]
    fn the_earlier_of_the_journalist_and_the_rule() {
        let zone = Zone::fixed_hours(3);
        let rules = DeadlineRules::default();
        let received = at(zone, "2026-11-24 21:40");
        let by_23 = at(zone, "2026-11-24 23:00");
        assert_eq!(
            rules.due_at(
                received,
                Channel::Phone,
                Priority::Normal,
                Some(by_23),
                zone
            ),
            by_23
        );
        assert_eq!(
            rules.due_at(
                received,
                Channel::Phone,
                Priority::Urgent,
                Some(by_23),
                zone
            ),
            received + 3600
        );
        assert_eq!(
            rules.due_at(received, Channel::Phone, Priority::Low, None, zone),
            received + 72 * 3600
        );
    }

    #[test]
    fn statutory_term_counts_working_days_for_written_requests() {
        let zone = Zone::fixed_hours(3);
        let rules = DeadlineRules {
            low: Span::hours(24 * 30),
            statutory_days: 7,
            ..DeadlineRules::default()
        };
        // Friday; seven working days later is the Tuesday after next.
        let received = at(zone, "2026-11-27 10:00");
        assert_eq!(
            rules.due_at(received, Channel::Letter, Priority::Low, None, zone),
            at(zone, "2026-12-08 18:00")
        );
        // A phone call is not a written request.
        assert_eq!(
            rules.due_at(received, Channel::Phone, Priority::Low, None, zone),
            received + 30 * 86_400
        );
        let calendar = DeadlineRules {
            statutory_working_days: false,
            ..rules
        };
        assert_eq!(
            calendar.due_at(received, Channel::Email, Priority::Low, None, zone),
            at(zone, "2026-12-04 18:00")
        );
    }
}
