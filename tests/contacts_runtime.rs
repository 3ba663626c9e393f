//! The contact book through the runtime on a database file: the directory is read and
//! indexed on another thread, and cards, events, edits and merges reach the store.

use std::time::Duration;

use pressdesk::app::contacts::{BookEffect, BookMsg};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Effect, Msg, Pane, Settings};
use pressdesk::clock::Clock;
use pressdesk::config::Config;
use pressdesk::domain::Zone;
use pressdesk::runtime::Runtime;
use pressdesk::store::Store;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key(runtime: &mut Runtime, app: &mut App, code: KeyCode) {
    runtime.dispatch(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

const NOW: i64 = 1_795_000_000;

/// The demo's desk in a file, with a runtime and an interface over it.
fn demo_desk(path: &std::path::Path, now: i64) -> (Runtime, App, Settings) {
    let mut store = Store::open(path, "Шакирова Елена").unwrap();
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(7));
    pressdesk::demo::fill(
        &mut store,
        pressdesk::demo::DemoSet::Ru,
        now,
        settings.zone,
        &settings.rules,
    )
    .unwrap();
    let clock = Clock::starting_at(chrono::DateTime::from_timestamp(now, 0).unwrap());
    let runtime = Runtime::new(store, clock);
    let app = App::new(settings.clone(), KeyMap::default(), now);
    (runtime, app, settings)
}

#[test]
fn the_book_is_indexed_off_the_interface_thread_and_edits_reach_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let (mut runtime, mut app, settings) = demo_desk(&path, NOW);

    // Loading the directory returns at once; the index arrives from another thread.
    assert!(runtime.perform(Effect::LoadDirectory, &settings).is_none());
    assert!(runtime.busy());
    key(&mut runtime, &mut app, KeyCode::Char('2'));
    assert_eq!(app.pane(), Pane::Contacts);
    // Until the whole book is read, its count and first screen come from the database.
    if !app.book.loaded {
        let page = app.book.first_page().expect("the first screen");
        assert_eq!(page.total, 63);
        assert_eq!(
            page.lines.len(),
            pressdesk::app::contacts::list_rows(app.screen.1).min(63)
        );
    }
    assert!(runtime.wait_for_index(&mut app, Duration::from_secs(20)));
    assert_eq!(app.contacts.len(), 63);

    // The duplicate the demo holds: find both records, merge one into the other.
    for c in "соловьев".chars() {
        key(&mut runtime, &mut app, KeyCode::Char(c));
    }
    // Both records of the same person come first (ё and е are one letter).
    let names: Vec<String> = app.book.rows[..2]
        .iter()
        .map(|&i| app.contacts.at(i).name.clone())
        .collect();
    assert_eq!(names, ["Соловьев Денис", "Соловьёв Денис Петрович"]);
    key(&mut runtime, &mut app, KeyCode::Down);
    key(&mut runtime, &mut app, KeyCode::Enter);
    let card = app.card().and_then(|c| c.contact.clone()).unwrap();
    assert_eq!(card.name, "Соловьёв Денис Петрович");
    let other = app.contacts.at(app.book.rows[0]).id;
    let reply = runtime.perform(
        Effect::Book(BookEffect::Merge {
            keep: card.id,
            other,
        }),
        &settings,
    );
    let reply = reply.unwrap();
    assert!(matches!(reply, Msg::Book(BookMsg::Saved(Ok(_)))));
    runtime.dispatch(&mut app, reply);
    assert!(runtime.wait_for_index(&mut app, Duration::from_secs(20)));
    assert_eq!(app.contacts.len(), 62);
    let card = app.card().and_then(|c| c.contact.clone()).unwrap();
    assert_eq!(card.merges.len(), 1);
    assert!(card.notes.contains("Записан с визитки"));

    // A call logged from the card is on its timeline.
    key(&mut runtime, &mut app, KeyCode::Char('c'));
    for c in "Договорились о синхроне".chars() {
        key(&mut runtime, &mut app, KeyCode::Char(c));
    }
    key(&mut runtime, &mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let card = app.card().and_then(|c| c.contact.clone()).unwrap();
    assert_eq!(card.events[0].body, "Договорились о синхроне");
    // `y` hands the card's first number to the terminal for the clipboard.
    key(&mut runtime, &mut app, KeyCode::Char('y'));
    assert_eq!(runtime.take_clipboard(), vec![card.phones[0].value.clone()]);
    assert!(
        app.flash
            .as_ref()
            .unwrap()
            .text
            .contains(&card.phones[0].value)
    );
    assert!(runtime.take_clipboard().is_empty());
    // `Y` hands over the first e-mail the same way.
    let email = card.emails[0].value.clone();
    key(&mut runtime, &mut app, KeyCode::Char('Y'));
    assert_eq!(runtime.take_clipboard(), vec![email.clone()]);
    assert!(app.flash.as_ref().unwrap().text.contains(&email));
}

#[test]
fn the_book_is_read_again_only_when_the_directory_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let (mut runtime, mut app, settings) = demo_desk(&path, NOW);
    let now = NOW;
    runtime.perform(Effect::LoadDirectory, &settings);
    assert!(runtime.wait_for_index(&mut app, Duration::from_secs(20)));
    assert_eq!(app.contacts.len(), 63);

    // A colleague's program logs a call from a known journalist: the queue is read
    // again, the book is not.
    let mut colleague = Store::open(&path, "Орлов Павел").unwrap();
    let known = app.contacts.at(0).id;
    let call = pressdesk::store::NewInquiry {
        received_at: now,
        channel: pressdesk::domain::Channel::Phone,
        who: pressdesk::store::Who::Existing(known),
        outlet: pressdesk::store::OutletRef::None,
        subject: String::new(),
        question: "Будет ли брифинг?".into(),
        requested_deadline: None,
        due_at: now + 3_600,
        priority: pressdesk::domain::Priority::Normal,
        assignee: None,
    };
    colleague.log_inquiry(&call, &settings.phones, now).unwrap();
    assert!(runtime.changed_elsewhere());
    runtime.dispatch(&mut app, Msg::ExternalChange);
    assert!(!runtime.busy(), "the book was read again for an inquiry");
    assert!(
        app.queue
            .items
            .iter()
            .any(|i| i.question == "Будет ли брифинг?")
    );

    // The colleague adds a journalist: now the book is read again and shows them.
    let record = pressdesk::store::ContactRecord {
        name: "Яковлева Ирина".into(),
        ..Default::default()
    };
    colleague
        .save_contact(None, &record, &settings.phones, now)
        .unwrap();
    assert!(runtime.changed_elsewhere());
    runtime.dispatch(&mut app, Msg::ExternalChange);
    assert!(runtime.busy(), "the new contact was not read");
    assert!(runtime.wait_for_index(&mut app, Duration::from_secs(20)));
    assert_eq!(app.contacts.len(), 64);
}

#[test]
fn while_the_directory_keeps_changing_the_book_is_read_again_only_after_a_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let (mut runtime, mut app, settings) = demo_desk(&path, NOW);
    runtime.perform(Effect::LoadDirectory, &settings);
    assert!(runtime.wait_for_index(&mut app, Duration::from_secs(20)));
    assert_eq!(app.contacts.len(), 63);
    let mut colleague = Store::open(&path, "Орлов Павел").unwrap();
    let add = |colleague: &mut Store, name: &str| {
        let record = pressdesk::store::ContactRecord {
            name: name.into(),
            ..Default::default()
        };
        colleague
            .save_contact(None, &record, &settings.phones, NOW)
            .unwrap();
    };

    // A change, read at once; another asks while that reading runs (as each batch of a
    // colleague's import does).
    add(&mut colleague, "Яковлева Ирина");
    runtime.perform(Effect::LoadDirectory, &settings);
    runtime.perform(Effect::LoadDirectory, &settings);
    runtime.set_reading_rest(u32::MAX);
    let start = std::time::Instant::now();
    while !runtime.reading_rests() && start.elapsed() < Duration::from_secs(20) {
        for msg in runtime.finished(&settings) {
            runtime.dispatch(&mut app, msg);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(runtime.reading_rests(), "the next reading rests first");
    assert_eq!(app.contacts.len(), 64, "the first reading is shown");

    // More changes during the rest start nothing; the reading after it shows them all.
    add(&mut colleague, "Зайцева Ольга");
    assert!(runtime.changed_elsewhere());
    runtime.dispatch(&mut app, Msg::ExternalChange);
    for msg in runtime.finished(&settings) {
        runtime.dispatch(&mut app, msg);
    }
    assert!(runtime.reading_rests() && runtime.busy());
    assert_eq!(app.contacts.len(), 64, "nothing was read during the rest");
    runtime.set_reading_rest(0);
    assert!(runtime.wait_for_index(&mut app, Duration::from_secs(20)));
    assert_eq!(app.contacts.len(), 65);
}
