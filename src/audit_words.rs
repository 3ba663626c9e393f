//! The words for one change in the audit trail: which record it was made to, and what
//! changed. The command line and the audit view say it the same way.

use crate::domain::{Timestamp, Zone};
use crate::store::AuditRow;
use crate::text::clean;
use crate::tr;

/// `inquiry #12`
pub fn record(row: &AuditRow) -> String {
    tr!(
        "alerts-audit-record",
        entity = entity_name(&row.entity),
        id = row.entity_id
    )
}

/// `status: new → answered`, `created: Когда дадут воду?`; values cut to `room` characters.
pub fn change(row: &AuditRow, zone: Zone, room: usize) -> String {
    let is_time = matches!(
        row.field.as_deref(),
        Some("due_at" | "requested_deadline" | "answered_at" | "expert_due_at" | "starts_at")
    );
    let short = |v: &Option<String>| -> String {
        let shown = match v.as_deref().map(|t| (t, t.parse::<Timestamp>())) {
            Some((_, Ok(ts))) if is_time => crate::format::full(ts, zone),
            Some((text, _)) => text.to_string(),
            None => "—".to_string(),
        };
        let text = clean(&shown);
        let mut cut: String = text.chars().take(room).collect();
        if cut.len() < text.len() {
            cut.push('…');
        }
        cut
    };
    match (row.action.as_str(), &row.field) {
        ("create", _) => tr!("alerts-audit-created", label = short(&row.new_value)),
        (_, Some(field)) => format!(
            "{}: {} → {}",
            clean(&field_name(field)),
            short(&row.old_value),
            short(&row.new_value)
        ),
        (action, None) => clean(action),
    }
}

fn field_name(field: &str) -> String {
    match field {
        "expert_due_at" => tr!("alerts-field-expert-due"),
        "escalation_level" => tr!("alerts-field-escalation-level"),
        "escalated_to" => tr!("alerts-field-escalated-to"),
        other => crate::labels::field(other),
    }
}

fn entity_name(entity: &str) -> String {
    match entity {
        "inquiry" => tr!("alerts-entity-inquiry"),
        "contact" => tr!("alerts-entity-contact"),
        "outlet" => tr!("alerts-entity-outlet"),
        "plan_item" => tr!("alerts-entity-plan-item"),
        "coverage" => tr!("alerts-entity-coverage"),
        other => clean(other),
    }
}
