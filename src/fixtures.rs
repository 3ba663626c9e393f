//! Sample records at a fixed moment, shared by the unit tests, the integration tests and
//! the benchmarks so they all describe the same desk.
#![doc(hidden)]

use crate::domain::contact::ContactSummary;
use crate::domain::phone::PhoneRules;
use crate::domain::sla::DeadlineRules;
use crate::domain::{Channel, ContactKind, Inquiry, Priority, Status, Timestamp, Zone};
use crate::settings::Settings;

/// Tuesday 24 November 2026, 21:40 at UTC+3.
pub const NOW: Timestamp = 1_795_545_600;
pub const NOW_RFC3339: &str = "2026-11-24T21:40:00+03:00";
pub const HOUR: i64 = 3600;

/// Two press secretaries, Moscow time, the default answer rules.
pub fn settings() -> Settings {
    Settings {
        rules: DeadlineRules::default(),
        phones: PhoneRules::for_country("RU").expect("known country"),
        zone: Zone::fixed_hours(3),
        user: "elena".into(),
        team: vec!["elena".into(), "anastasia".into()],
        bell: true,
        calendar: crate::config::CalendarConfig::default(),
        topics: vec!["hot water".into(), "heating".into(), "tariffs".into()],
        plain: false,
    }
}

/// An inquiry received two hours before `NOW`, due `due_in` seconds after it.
pub fn inquiry(id: i64, due_in: i64, status: Status) -> Inquiry {
    Inquiry {
        id,
        received_at: NOW - 2 * HOUR,
        channel: Channel::Phone,
        contact_id: Some(1),
        contact_name: Some("Кузнецова Мария Игоревна".into()),
        outlet_id: Some(10),
        outlet_name: Some("ГТРК «Кузбасс»".into()),
        subject: format!("Отключение горячей воды {id}"),
        question: format!("Когда дадут горячую воду на Ленина? ({id})"),
        requested_deadline: None,
        due_at: NOW + due_in,
        priority: Priority::Normal,
        status,
        assignee: Some(if id % 2 == 0 { "elena" } else { "anastasia" }.into()),
        expert_id: None,
        expert_name: None,
        answer: None,
        answered_at: None,
        decline_reason: None,
        created_by: "elena".into(),
        updated_at: NOW,
        marks: Default::default(),
        topics: Vec::new(),
    }
}

/// A journalist with an outlet and a phone, and an expert of the office.
pub fn contacts() -> Vec<ContactSummary> {
    vec![
        ContactSummary {
            id: 1,
            name: "Кузнецова Мария Игоревна".into(),
            kind: Some(ContactKind::Journalist),
            outlet_id: Some(10),
            outlet: Some("ГТРК «Кузбасс»".into()),
            phones: vec!["+7 918 123-45-67".into()],
            ..Default::default()
        },
        ContactSummary {
            id: 2,
            name: "Иванов Сергей Петрович".into(),
            kind: Some(ContactKind::Expert),
            position: "главный врач".into(),
            ..Default::default()
        },
    ]
}

/// A record the memory search found: `title` and `text` name its number.
pub fn memory_hit(kind: crate::store::MemoryKind, id: i64) -> crate::store::MemoryHit {
    crate::store::MemoryHit {
        kind,
        id,
        score: -1.0,
        at: None,
        day: None,
        title: format!("record {id}"),
        who: None,
        status: String::new(),
        text: format!("text of {id}"),
        inquiry_id: None,
        outlet_id: None,
    }
}
