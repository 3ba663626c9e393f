//! One line of a record's history (the audit trail), as the inquiry and the plan item
//! show it.

use ratatui::text::{Line, Span};

use super::context::Context;
use super::text::clean;
use super::theme;
use crate::format;
use crate::labels;
use crate::store::AuditEntry;
use crate::tr;

pub fn history_line(cx: &Context, entry: &AuditEntry, who_width: usize) -> Line<'static> {
    let zone = cx.settings.zone;
    let when = format::moment(entry.at, cx.now, zone);
    let what = match (entry.action.as_str(), entry.field.as_deref()) {
        ("create", _) => tr!("history-created"),
        ("attach", _) => tr!(
            "history-attached",
            file = entry.new_value.clone().unwrap_or_default()
        ),
        (_, Some(field)) => {
            let show = |v: &Option<String>| -> String {
                match v {
                    None => "—".to_string(),
                    Some(v) => history_value(cx, field, v),
                }
            };
            tr!(
                "history-changed",
                field = labels::field(field),
                old = show(&entry.old_value),
                new = show(&entry.new_value)
            )
        }
        (other, None) => other.to_string(),
    };
    Line::from(vec![
        Span::styled(format!("  {when:<16} "), theme::dim()),
        Span::styled(
            format!("{} ", super::text::pad(&clean(&entry.who), who_width)),
            theme::key(),
        ),
        Span::raw(super::text::fit(&clean(&what), 200)),
    ])
}

/// A stored value shown the way people read it: times as times, codes as words.
fn history_value(cx: &Context, field: &str, value: &str) -> String {
    match field {
        "duration" => value
            .parse::<i64>()
            .map(format::span)
            .unwrap_or_else(|_| value.to_string()),
        "due_at" | "requested_deadline" | "answered_at" | "starts_at" => value
            .parse::<i64>()
            .map(|t| format::moment(t, cx.now, cx.settings.zone))
            .unwrap_or_else(|_| value.to_string()),
        "status" => crate::domain::Status::parse(value)
            .map(labels::status)
            .or_else(|| crate::domain::ItemStatus::parse(value).map(labels::item_status))
            .unwrap_or_else(|| value.to_string()),
        "priority" => crate::domain::Priority::parse(value)
            .map(labels::priority)
            .unwrap_or_else(|| value.to_string()),
        "expert_id" => value
            .parse::<i64>()
            .ok()
            .and_then(|id| cx.contacts.get(id))
            .map(|c| c.name.clone())
            .unwrap_or_else(|| format!("#{value}")),
        _ => super::text::fit(value, 60),
    }
}
