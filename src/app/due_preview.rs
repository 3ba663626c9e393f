//! The deadline a form would save and why, worked out when what it depends on changes
//! (the typed deadline, the channel, the priority), never while drawing.

use super::Settings;
use crate::domain::when::{Prefer, parse_when};
use crate::domain::{Channel, Priority, Timestamp};
use crate::labels::{priority as priority_label, when_error};
use crate::tr;

/// What the line under a deadline field says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum DuePreview {
    /// Nothing worked out yet.
    #[default]
    Unknown,
    /// Due at this moment, for this reason ("8 working hours · 11 Nov is a holiday").
    Due { at: Timestamp, why: String },
    /// The typed deadline cannot be read; how to write one.
    Unreadable(String),
}

/// The inquiry a deadline is worked out for.
#[derive(Debug, Clone, Copy)]
pub struct DueInputs {
    pub received: Timestamp,
    pub channel: Channel,
    pub priority: Priority,
}

impl DuePreview {
    /// The preview for `typed` (the journalist's deadline, may be blank) read at `now`.
    pub fn of(typed: &str, inputs: DueInputs, now: Timestamp, settings: &Settings) -> DuePreview {
        let typed = typed.trim();
        let requested = if typed.is_empty() {
            None
        } else {
            match parse_when(
                typed,
                now,
                settings.zone,
                settings.rules.working_day(),
                Prefer::Future,
            ) {
                Ok(at) => Some(at),
                Err(e) => return DuePreview::Unreadable(when_error(&e)),
            }
        };
        let rules = &settings.rules;
        let zone = settings.zone;
        let at = rules.due_at(
            inputs.received,
            inputs.channel,
            inputs.priority,
            requested,
            zone,
        );
        let reason = rules.reason(
            inputs.received,
            inputs.channel,
            inputs.priority,
            requested,
            zone,
        );
        // The reason names the journalist's deadline when it is the one that counts.
        let why = if !reason.is_empty() {
            reason
        } else {
            tr!(
                "form-due-rule",
                priority = priority_label(inputs.priority),
                rule = crate::format::span(rules.answer_time(inputs.priority).secs)
            )
        };
        DuePreview::Due { at, why }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Zone;
    use crate::domain::sla::{DeadlineRules, RuleClock};
    use crate::domain::span::Span;
    use crate::domain::workcal::HolidayCountry;
    use crate::fixtures::NOW;
    use crate::i18n::{Language, with_language};

    fn at(zone: Zone, text: &str) -> Timestamp {
        let wall = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time");
        zone.timestamp(wall)
    }

    fn inputs(received: Timestamp) -> DueInputs {
        DueInputs {
            received,
            channel: Channel::Phone,
            priority: Priority::Normal,
        }
    }

    #[test]
    fn working_hours_and_the_holiday_they_skip_are_named() {
        let mut s = crate::fixtures::settings();
        s.zone = Zone::Named(chrono_tz::Europe::Warsaw);
        s.rules = DeadlineRules {
            clock: RuleClock::Working,
            normal: Span::hours(8),
            holidays: HolidayCountry::Pl,
            ..DeadlineRules::default()
        }
        .resolved()
        .expect("rules");
        // Tuesday 10 November 2026, 14:00; 11 November is Independence Day.
        let received = at(s.zone, "2026-11-10 14:00");
        let preview = with_language(Language::En, || {
            DuePreview::of("", inputs(received), received, &s)
        });
        assert_eq!(
            preview,
            DuePreview::Due {
                at: at(s.zone, "2026-11-12 13:00"),
                why: "8 working hours · 11 Nov is a holiday".into()
            }
        );
    }

    #[test]
    fn calendar_rules_name_the_rule_and_bad_text_says_how_to_write_one() {
        let s = crate::fixtures::settings();
        let preview = with_language(Language::En, || DuePreview::of("", inputs(NOW), NOW, &s));
        assert_eq!(
            preview,
            DuePreview::Due {
                at: NOW + 24 * 3600,
                why: "rule for normal: 1d".into()
            }
        );
        assert!(matches!(
            DuePreview::of("когда-нибудь", inputs(NOW), NOW, &s),
            DuePreview::Unreadable(_)
        ));
    }
}
