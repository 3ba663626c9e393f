//! Fixtures shared by the integration tests.
#![allow(dead_code)]

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, Settings, update};
use pressdesk::domain::contact::ContactSummary;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::sla::DeadlineRules;
use pressdesk::domain::{Channel, ContactKind, Inquiry, Priority, Status, Timestamp, Zone};

/// Tuesday 24 November 2026, 21:40 at UTC+3.
pub const NOW: Timestamp = 1_795_545_600;
pub const NOW_RFC3339: &str = "2026-11-24T21:40:00+03:00";
pub const HOUR: i64 = 3600;

pub fn settings() -> Settings {
    Settings {
        rules: DeadlineRules::default(),
        phones: PhoneRules::for_country("RU").unwrap(),
        zone: Zone::fixed_hours(3),
        user: "elena".into(),
        team: vec!["elena".into(), "anastasia".into()],
        bell: true,
    }
}

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
        question: "Когда дадут горячую воду на Ленина?".into(),
        requested_deadline: None,
        due_at: NOW + due_in,
        priority: Priority::Normal,
        status,
        assignee: Some("elena".into()),
        expert_id: None,
        expert_name: None,
        answer: None,
        answered_at: None,
        decline_reason: None,
        created_by: "elena".into(),
        updated_at: NOW,
    }
}

pub fn contacts() -> Vec<ContactSummary> {
    vec![ContactSummary {
        id: 1,
        name: "Кузнецова Мария Игоревна".into(),
        kind: Some(ContactKind::Journalist),
        outlet_id: Some(10),
        outlet: Some("ГТРК «Кузбасс»".into()),
        phones: vec!["+7 918 123-45-67".into()],
        ..Default::default()
    }]
}

/// An app whose queue holds #1 overdue, #2 due soon, #3 later.
pub fn app_with_queue() -> App {
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    let items = vec![
        inquiry(1, -HOUR, Status::InProgress),
        inquiry(2, 30 * 60, Status::Waiting),
        inquiry(3, 5 * HOUR, Status::New),
    ];
    update(&mut app, Msg::QueueLoaded(Ok(items)), NOW);
    update(
        &mut app,
        Msg::DirectoryLoaded(Ok((contacts(), Vec::new()))),
        NOW,
    );
    app
}
