//! The office's answer rules: when an inquiry is due, and when it is "due soon".

use chrono::{Duration, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::span::Span;
use super::when::WorkingDay;
use super::workcal::{DayNote, HolidayCountry, Week, WorkDays};
use super::{Channel, Priority, Timestamp, Zone};

/// How the rules per priority are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleClock {
    /// Round the clock: `normal = "24h"` is a day later.
    #[default]
    Calendar,
    /// Working hours of working days only: `normal = "8h"` is one working day.
    Working,
}

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
    /// Count the statutory term in working days instead of calendar days.
    pub statutory_working_days: bool,
    /// `calendar` (round the clock) or `working` (working hours of working days).
    pub clock: RuleClock,
    /// The days the office works.
    pub working_week: Week,
    /// Whose public holidays (and days moved by decree) are days off: RU, UA, PL or none.
    pub holidays: HolidayCountry,
    /// The office's own days off.
    #[serde(deserialize_with = "dates::deserialize")]
    pub holidays_extra: Vec<NaiveDate>,
    /// Days the office works although its week or the holidays say otherwise.
    #[serde(deserialize_with = "dates::deserialize")]
    pub working_days_extra: Vec<NaiveDate>,
    /// The calendar built from the four keys above (see `resolved`).
    #[serde(skip)]
    pub days: &'static WorkDays,
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
            clock: RuleClock::Calendar,
            working_week: Week::default(),
            holidays: HolidayCountry::None,
            holidays_extra: Vec::new(),
            working_days_extra: Vec::new(),
            days: WorkDays::standard(),
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
            days: self.days,
        }
    }

    /// Checks the working day and builds the calendar of working days from the config's
    /// week, holidays and the office's own changes.
    pub fn resolved(mut self) -> Result<DeadlineRules, String> {
        if self.workday_end <= self.workday_start {
            return Err(crate::tr!(
                "alerts-config-bad-workday",
                start = self.workday_start.format("%H:%M").to_string(),
                end = self.workday_end.format("%H:%M").to_string()
            ));
        }
        self.days = WorkDays::new(
            self.working_week,
            self.holidays,
            &self.holidays_extra,
            &self.working_days_extra,
        )
        .shared();
        Ok(self)
    }

    /// When the rule for `priority` runs out for an inquiry received at `received`.
    pub fn rule_due(&self, received: Timestamp, priority: Priority, zone: Zone) -> Timestamp {
        let span = self.answer_time(priority).secs;
        match self.clock {
            RuleClock::Calendar => received.saturating_add(span),
            RuleClock::Working => self.working_day().add_working_time(received, span, zone),
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
        let mut due = self.rule_due(received, priority, zone);
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
            if !self.statutory_working_days || self.days.is_working_day(date) {
                left -= 1;
            }
        }
        zone.at(date, self.workday_end)
    }

    /// Why an inquiry is due when it is, for the line under the deadline field:
    /// "8 working hours · 11 Nov is a holiday". Empty when there is nothing to explain.
    pub fn reason(
        &self,
        received: Timestamp,
        channel: Channel,
        priority: Priority,
        requested: Option<Timestamp>,
        zone: Zone,
    ) -> String {
        let due = self.due_at(received, channel, priority, requested, zone);
        let mut parts = Vec::new();
        if requested == Some(due) {
            parts.push(crate::tr!("alerts-reason-requested"));
        } else if channel.is_written()
            && self.statutory_days > 0
            && due == self.statutory_due(received, zone)
            && due != self.rule_due(received, priority, zone)
        {
            parts.push(if self.statutory_working_days {
                crate::tr!(
                    "alerts-reason-statutory-working",
                    days = self.statutory_days
                )
            } else {
                crate::tr!("alerts-reason-statutory", days = self.statutory_days)
            });
        } else if self.clock == RuleClock::Working {
            let span = self.answer_time(priority);
            parts.push(if span.secs % 3600 == 0 {
                crate::tr!("alerts-reason-working-hours", hours = span.secs / 3600)
            } else {
                crate::tr!(
                    "alerts-reason-working-span",
                    span = crate::format::span(span.secs)
                )
            });
        }
        parts.extend(self.day_notes(received, due, zone));
        parts.join(" · ")
    }

    /// The holidays, worked holidays and working weekends between two moments, the first
    /// three of them.
    fn day_notes(&self, from: Timestamp, to: Timestamp, zone: Zone) -> Vec<String> {
        let (first, last) = (zone.date(from), zone.date(to));
        let mut notes = Vec::new();
        let mut date = first;
        while date <= last && notes.len() < 3 {
            let day = crate::format::day_month(date);
            match self.days.note(date) {
                Some(DayNote::Holiday) => {
                    notes.push(crate::tr!("alerts-reason-holiday", date = day))
                }
                Some(DayNote::HolidayWorked) => {
                    notes.push(crate::tr!("alerts-reason-holiday-worked", date = day))
                }
                Some(DayNote::WorkingWeekend) => {
                    notes.push(crate::tr!("alerts-reason-working-weekend", date = day))
                }
                None => {}
            }
            date += Duration::days(1);
        }
        notes
    }
}

/// `[2026-12-30, "2026-12-31"]`: TOML dates, bare or quoted.
mod dates {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Vec::<toml::Value>::deserialize(d)?
            .into_iter()
            .map(|value| {
                let text = match value {
                    toml::Value::String(text) => text,
                    other => other.to_string(),
                };
                NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
                    serde::de::Error::custom(crate::tr!("alerts-config-bad-date", value = text))
                })
            })
            .collect()
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

    #[test]
    fn working_clock_skips_a_holiday_and_says_why() {
        let zone = Zone::Named(chrono_tz::Europe::Warsaw);
        let rules = DeadlineRules {
            clock: RuleClock::Working,
            normal: Span::hours(8),
            holidays: HolidayCountry::Pl,
            ..DeadlineRules::default()
        }
        .resolved()
        .unwrap();
        // Tuesday 10 November 2026, 14:00; 11 November is Independence Day.
        let received = at(zone, "2026-11-10 14:00");
        let due = rules.due_at(received, Channel::Phone, Priority::Normal, None, zone);
        assert_eq!(due, at(zone, "2026-11-12 13:00"));
        let reason = crate::i18n::with_language(crate::i18n::Language::En, || {
            rules.reason(received, Channel::Phone, Priority::Normal, None, zone)
        });
        assert_eq!(reason, "8 working hours · 11 Nov is a holiday");
        // The journalist's earlier deadline wins, and the reason says so.
        let by_17 = at(zone, "2026-11-10 17:00");
        let reason = crate::i18n::with_language(crate::i18n::Language::En, || {
            rules.reason(
                received,
                Channel::Phone,
                Priority::Normal,
                Some(by_17),
                zone,
            )
        });
        assert_eq!(reason, "the journalist's deadline");
    }

    #[test]
    fn statutory_term_skips_holidays() {
        let zone = Zone::fixed_hours(3);
        let rules = DeadlineRules {
            low: Span::hours(24 * 60),
            statutory_days: 3,
            holidays: HolidayCountry::Ru,
            ..DeadlineRules::default()
        }
        .resolved()
        .unwrap();
        // Thursday 30 October 2025: Fri 31, Sat 1 Nov (worked), then 3–4 Nov off, Wed 5.
        let received = at(zone, "2025-10-30 10:00");
        assert_eq!(
            rules.due_at(received, Channel::Email, Priority::Low, None, zone),
            at(zone, "2025-11-05 18:00")
        );
        let reason = crate::i18n::with_language(crate::i18n::Language::En, || {
            rules.reason(received, Channel::Email, Priority::Low, None, zone)
        });
        assert_eq!(
            reason,
            "statutory term, 3 working days · 1 Nov is a working day · 3 Nov is a holiday · 4 Nov is a holiday"
        );
    }

    #[test]
    fn a_working_day_that_ends_before_it_starts_is_refused() {
        let rules = DeadlineRules {
            workday_start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            workday_end: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            ..DeadlineRules::default()
        };
        assert!(rules.resolved().is_err());
    }
}
