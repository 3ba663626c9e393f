//! The contacts pane as a person sees it, rendered into a test terminal: the list with
//! its highlights, the card with its figures and timeline, the windows, and any size.

mod common;

use pressdesk::app::contacts::{BookMsg, Saved, SavedWhat};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, Settings, update};
use pressdesk::config::Config;
use pressdesk::domain::contact::{
    ContactCard, ContactEvent, ContactSummary, EventKind, OutletKind, OutletSummary, Point,
};
use pressdesk::domain::{Channel, ContactKind, Inquiry, Priority, Relationship, Status, Zone};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

// 2026-11-24 21:40 at UTC+3.
const NOW: i64 = 1_795_545_600;

fn person(
    id: i64,
    name: &str,
    outlet: Option<&str>,
    phone: &str,
    r: Relationship,
) -> ContactSummary {
    ContactSummary {
        id,
        name: name.into(),
        kind: Some(ContactKind::Journalist),
        outlet_id: outlet.map(|_| 10),
        outlet: outlet.map(String::from),
        position: "корреспондент".into(),
        phones: vec![phone.into()],
        relationship: r,
        ..Default::default()
    }
}

fn app() -> App {
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let mut app = App::new(settings, KeyMap::default(), NOW);
    let contacts = vec![
        person(
            2,
            "Белов Андрей",
            Some("ГТРК «Кузбасс»"),
            "89039401122",
            Relationship::Neutral,
        ),
        person(
            1,
            "Кузнецова Мария",
            Some("ГТРК «Кузбасс»"),
            "+7 918 123-45-67",
            Relationship::Critical,
        ),
        person(
            3,
            "Шевченко Олена",
            Some("Суспільне Львів"),
            "+380 67 123 4567",
            Relationship::Friendly,
        ),
    ];
    let outlets = vec![OutletSummary {
        id: 10,
        name: "ГТРК «Кузбасс»".into(),
        kind: OutletKind::Tv,
        region: "Кузбасс".into(),
    }];
    update(&mut app, Msg::DirectoryLoaded(Ok((contacts, outlets))), NOW);
    app
}

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), NOW);
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    update(app, Msg::Resize(w, h), NOW);
    common::screen_buffer(app, w, h)
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

fn screen(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, y).trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The cell where `text` starts on row `y`.
fn find(buf: &Buffer, y: u16, text: &str) -> Option<u16> {
    let row: Vec<String> = (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect();
    let wanted: Vec<String> = text.chars().map(|c| c.to_string()).collect();
    (0..row.len().saturating_sub(wanted.len()))
        .find(|&x| row[x..x + wanted.len()] == wanted[..])
        .map(|x| x as u16)
}

fn inquiry(id: i64, received: i64, answered: Option<i64>, status: Status) -> Inquiry {
    Inquiry {
        id,
        received_at: received,
        channel: Channel::Phone,
        contact_id: Some(1),
        contact_name: Some("Кузнецова Мария".into()),
        outlet_id: Some(10),
        outlet_name: Some("ГТРК «Кузбасс»".into()),
        subject: format!("Отключение горячей воды #{id}"),
        question: "Когда дадут воду?".into(),
        requested_deadline: None,
        due_at: received + 3600,
        priority: Priority::Normal,
        status,
        assignee: Some("Шакирова Елена".into()),
        expert_id: None,
        expert_name: None,
        answer: answered.map(|_| "Завтра".into()),
        answered_at: answered,
        decline_reason: None,
        created_by: "Шакирова Елена".into(),
        updated_at: received,
        marks: Default::default(),
        topics: Vec::new(),
    }
}

fn card() -> ContactCard {
    ContactCard {
        id: 1,
        name: "Кузнецова Мария".into(),
        kind: Some(ContactKind::Journalist),
        outlet_id: Some(10),
        outlet: Some("ГТРК «Кузбасс»".into()),
        position: "корреспондент".into(),
        relationship: Relationship::Critical,
        tags: vec!["ЖКХ".into(), "здравоохранение".into()],
        notes: "Предпочитает Telegram.\x1b[2J".into(),
        phones: vec![Point {
            value: "+7 918 123-45-67".into(),
            label: "cell".into(),
        }],
        emails: vec![Point {
            value: "m.k@vesti.example".into(),
            label: String::new(),
        }],
        colleagues: vec![(2, "Белов Андрей".into(), "редактор".into())],
        colleague_count: 1,
        inquiries: vec![
            inquiry(
                7,
                NOW - 2 * 86_400,
                Some(NOW - 2 * 86_400 + 1800),
                Status::Answered,
            ),
            inquiry(
                5,
                NOW - 9 * 86_400,
                Some(NOW - 9 * 86_400 + 3 * 3600),
                Status::Closed,
            ),
        ],
        events: vec![ContactEvent {
            id: 1,
            contact_id: 1,
            kind: EventKind::Call,
            at: NOW - 3600,
            body: "Уточнила время эфира".into(),
            created_by: "Шакирова Елена".into(),
        }],
        ..Default::default()
    }
}

fn open_card(app: &mut App) {
    key(app, KeyCode::Char('2'));
    typed(app, "kuzn");
    key(app, KeyCode::Enter);
    update(app, Msg::Book(BookMsg::CardLoaded(Ok(card()))), NOW);
}

#[test]
fn the_list_highlights_what_matched_in_any_script() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "kuzn");
    let buf = draw(&mut app, 120, 20);
    assert!(row_text(&buf, 0).contains("Contacts │ Everyone (1)"));
    assert!(row_text(&buf, 1).starts_with("Find: kuzn"));
    assert!(row_text(&buf, 1).contains("1 of 3"));
    let x = find(&buf, 2, "Кузнецова").expect("the match is listed");
    // The Latin query lit up the Cyrillic letters it matched.
    for dx in 0..4 {
        let cell = &buf[(x + dx, 2)];
        assert_eq!(cell.fg, Color::Yellow, "letter {dx}");
        assert!(cell.modifier.contains(Modifier::BOLD));
    }
    assert_ne!(buf[(x + 4, 2)].fg, Color::Yellow);
    // The selected row is reversed; a critical journalist is marked in red.
    assert!(buf[(x, 2)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buf[(0, 2)].fg, Color::Red);
    assert_eq!(buf[(0, 2)].symbol(), "●");
}

#[test]
fn digits_light_up_the_phone_that_matched() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "8 918 123");
    let buf = draw(&mut app, 120, 20);
    let x = find(&buf, 2, "+7 918 123-45-67").expect("the phone is shown");
    assert_eq!(buf[(x, 2)].fg, Color::Yellow);
    assert!(row_text(&buf, 2).contains("Кузнецова Мария"));
}

#[test]
fn the_card_shows_figures_people_and_the_timeline_newest_first() {
    let mut app = app();
    open_card(&mut app);
    let buf = draw(&mut app, 110, 30);
    let text = screen(&buf);
    assert!(
        text.contains("Кузнецова Мария · journalist ● critical  #1"),
        "{text}"
    );
    assert!(
        text.contains("2 inquiries · median answer 1h 45m · 50% on time · last contact 1h ago"),
        "{text}"
    );
    assert!(
        text.contains("Phones      +7 918 123-45-67 (cell)"),
        "{text}"
    );
    assert!(text.contains("Beats       ЖКХ, здравоохранение"), "{text}");
    // Stored text cannot drive the terminal.
    assert!(!text.contains('\x1b'));
    assert!(text.contains("Same outlet (1)"));
    let call = text.find("call Уточнила время эфира").expect("the call");
    let first = text.find("inquiry #7").expect("inquiry 7");
    let second = text.find("inquiry #5").expect("inquiry 5");
    assert!(call < first && first < second, "newest first");
    // An answer that went out late is red.
    let y = (0..30)
        .find(|&y| row_text(&buf, y).contains("inquiry #5"))
        .unwrap();
    let x = find(&buf, y, "answered in 3h").unwrap();
    assert_eq!(buf[(x, y)].fg, Color::Red);
    let y = (0..30)
        .find(|&y| row_text(&buf, y).contains("inquiry #7"))
        .unwrap();
    let x = find(&buf, y, "answered in 30m").unwrap();
    assert_eq!(buf[(x, y)].fg, Color::Green);
    assert!(row_text(&buf, 29).contains("c call"));
}

#[test]
fn the_card_snapshot() {
    let mut app = app();
    open_card(&mut app);
    let buf = draw(&mut app, 100, 26);
    insta::assert_snapshot!(screen(&buf));
}

#[test]
fn windows_over_the_card() {
    let mut app = app();
    open_card(&mut app);
    key(&mut app, KeyCode::Char('m'));
    let text = screen(&draw(&mut app, 100, 30));
    assert!(
        text.contains("Log a meeting with Кузнецова Мария"),
        "{text}"
    );
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('e'));
    let text = screen(&draw(&mut app, 100, 30));
    assert!(text.contains("Contact #1"), "{text}");
    assert!(text.contains("Кузнецова Мария"));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('M'));
    let text = screen(&draw(&mut app, 100, 30));
    assert!(
        text.contains("Merge another record into Кузнецова Мария"),
        "{text}"
    );
    // The question is wrapped, not cut, even in a narrow terminal.
    let clear = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    update(&mut app, Msg::Key(clear), NOW);
    typed(&mut app, "белов");
    key(&mut app, KeyCode::Enter);
    let text = screen(&draw(&mut app, 60, 30));
    assert!(text.contains("any other key"), "{text}");
    assert!(text.contains("back"), "{text}");
    assert!(text.contains("nothing is lost."), "{text}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    // After a save, the status line says so.
    update(
        &mut app,
        Msg::Book(BookMsg::Saved(Ok(Saved {
            contact: 1,
            what: SavedWhat::Event(EventKind::Note),
        }))),
        NOW,
    );
    let text = screen(&draw(&mut app, 100, 30));
    assert!(
        text.contains("The note with Кузнецова Мария is on the timeline."),
        "{text}"
    );
}

#[test]
fn no_size_breaks_it() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "к");
    for (w, h) in [(20, 6), (1, 1), (0, 0), (3, 2), (200, 50)] {
        draw(&mut app, w, h);
    }
    open_card(&mut app);
    for (w, h) in [(20, 6), (1, 1), (3, 2), (60, 8)] {
        draw(&mut app, w, h);
    }
    for window in ['c', 'e', 'M', 'N'] {
        key(&mut app, KeyCode::Char(window));
        for (w, h) in [(20, 6), (1, 1), (13, 4), (30, 9)] {
            draw(&mut app, w, h);
        }
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char('y'));
        app.overlay = None;
    }
    key(&mut app, KeyCode::Char('o'));
    draw(&mut app, 20, 6);
    key(&mut app, KeyCode::Tab);
    draw(&mut app, 1, 1);
    // The outlet editor, from the list of outlets.
    pressdesk::app::navigate(
        &mut app,
        pressdesk::app::Nav::Root(pressdesk::app::Pane::Contacts),
    );
    app.book.filter = pressdesk::app::contacts::Filter::Outlets;
    key(&mut app, KeyCode::Char('N'));
    for (w, h) in [(20, 6), (1, 1), (90, 12)] {
        draw(&mut app, w, h);
    }
    assert!(screen(&draw(&mut app, 100, 30)).contains("New outlet"));
}

#[test]
fn the_help_lists_the_book_keys() {
    let mut app = app();
    // In the queue: the key to the book; in the book (out of the search line): its keys.
    key(&mut app, KeyCode::Char('?'));
    let text = screen(&draw(&mut app, 100, 80));
    assert!(text.contains("Show the contact book"), "{text}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('?'));
    let text = screen(&draw(&mut app, 100, 80));
    assert!(text.contains("In the contact book"), "{text}");
    assert!(text.contains("Show the contact book"));
    assert!(text.contains("Log a call with the contact"));
}
