use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::contact_forms::BookOverlay;
use crate::app::keymap::KeyMap;
use crate::app::{Effect, Msg, Settings, update};
use crate::config::Config;
use crate::domain::contact::{ContactCard, ContactSummary, EventKind, OutletSummary};
use crate::domain::{Channel, Priority, Status, Zone};
use crate::store::NewEvent;

const NOW: i64 = 1_795_000_000;

fn person(id: i64, name: &str, outlet: Option<(i64, &str)>, phone: &str) -> ContactSummary {
    ContactSummary {
        id,
        name: name.into(),
        kind: Some(ContactKind::Journalist),
        outlet_id: outlet.map(|o| o.0),
        outlet: outlet.map(|o| o.1.to_string()),
        phones: vec![phone.into()],
        ..Default::default()
    }
}

fn app() -> App {
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let mut app = App::new(settings, KeyMap::default(), NOW);
    app.screen = (120, 30);
    let outlets = vec![OutletSummary {
        id: 10,
        name: "ГТРК «Кузбасс»".into(),
        kind: crate::domain::contact::OutletKind::Tv,
        region: "Кузбасс".into(),
    }];
    update(&mut app, Msg::DirectoryLoaded(Ok((people(), outlets))), NOW);
    app
}

/// The book `app` starts with.
fn people() -> Vec<ContactSummary> {
    let mut expert = person(4, "Гребенщиков Алексей", None, "8 (3846) 61-00-01");
    expert.kind = Some(ContactKind::Expert);
    vec![
        person(
            1,
            "Кузнецова Мария",
            Some((10, "ГТРК «Кузбасс»")),
            "+7 918 123-45-67",
        ),
        person(
            2,
            "Белов Андрей",
            Some((10, "ГТРК «Кузбасс»")),
            "89039401122",
        ),
        person(3, "Шевченко Олена", None, "+7 913 000-11-22"),
        expert,
    ]
}

fn key(app: &mut App, code: KeyCode) -> Outcome {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), NOW)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn listed(app: &App) -> Vec<i64> {
    app.book
        .rows
        .iter()
        .map(|&i| app.contacts.at(i).id)
        .collect()
}

fn card(id: i64) -> ContactCard {
    ContactCard {
        id,
        name: format!("contact {id}"),
        outlet_id: Some(10),
        outlet: Some("ГТРК «Кузбасс»".into()),
        colleagues: vec![(2, "Белов Андрей".into(), String::new())],
        ..Default::default()
    }
}

#[test]
fn the_number_key_opens_the_pane_with_the_search_line_ready() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(app.pane(), Pane::Contacts);
    assert!(app.book.typing);
    // `/` right after the number key is not typed into the line.
    key(&mut app, KeyCode::Char('/'));
    assert_eq!(app.book.query.value(), "");
    // The store lists the book in name order; an empty search shows it so.
    assert_eq!(listed(&app), vec![1, 2, 3, 4]);
    // Every key narrows the list; j and k are letters here.
    typed(&mut app, "kuzn");
    assert_eq!(listed(&app), vec![1]);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    assert_eq!(listed(&app)[0], 1);
    // Phone digits, however they are typed.
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "8 918 123");
    assert_eq!(listed(&app), vec![1]);
}

#[test]
fn esc_hands_the_keys_back_and_slash_takes_them_again() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Esc);
    assert!(!app.book.typing);
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.book.selected, 1);
    key(&mut app, KeyCode::Char('G'));
    assert_eq!(app.book.selected, 3);
    key(&mut app, KeyCode::Char('/'));
    assert!(app.book.typing);
    typed(&mut app, "q");
    assert_eq!(app.book.query.value(), "q");
    assert!(!app.quit);
    // The search key in the search line keeps the keys there and is not typed.
    key(&mut app, KeyCode::Char('/'));
    assert!(app.book.typing);
    assert_eq!(app.book.query.value(), "q");
    // Out of the search line, q quits and 1 goes to the queue.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(app.pane(), Pane::Queue);
}

#[test]
fn filters_list_journalists_experts_and_outlets() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.book.filter, Filter::Journalists);
    assert_eq!(listed(&app), vec![1, 2, 3]);
    key(&mut app, KeyCode::Tab);
    assert_eq!(listed(&app), vec![4]);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.book.filter, Filter::Outlets);
    assert_eq!(app.book.len(), 1);
    let outcome = key(&mut app, KeyCode::Enter);
    assert_eq!(outcome.effects, card_loads(Target::Outlet(10)));
}

#[test]
fn enter_opens_the_card_and_the_card_acts_on_its_contact() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "шевч");
    let outcome = key(&mut app, KeyCode::Enter);
    assert_eq!(outcome.effects, card_loads(Target::Contact(3)));
    update(&mut app, Msg::Book(BookMsg::CardLoaded(Ok(card(3)))), NOW);
    assert!(app.card().is_some_and(|c| c.contact.is_some()));

    // A call, logged now.
    key(&mut app, KeyCode::Char('c'));
    typed(&mut app, "Перезвонила, уточнила сроки");
    let outcome = key(&mut app, KeyCode::Enter);
    assert_eq!(
        outcome.effects,
        vec![Effect::Book(BookEffect::AddEvent(NewEvent {
            contact_id: 3,
            kind: EventKind::Call,
            at: NOW,
            body: "Перезвонила, уточнила сроки".into(),
        }))]
    );
    // A failed save keeps the text, with the reason.
    update(
        &mut app,
        Msg::Book(BookMsg::Saved(Err("database is locked".into()))),
        NOW,
    );
    match &app.overlay {
        Some(Overlay::Book(form)) => match form.as_ref() {
            BookOverlay::Event(f) => {
                assert_eq!(f.text.value(), "Перезвонила, уточнила сроки");
                assert!(f.error.as_deref().unwrap().contains("database is locked"));
                assert!(!f.saving);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    let outcome = key(&mut app, KeyCode::Enter);
    assert_eq!(outcome.effects.len(), 1);
    let outcome = update(
        &mut app,
        Msg::Book(BookMsg::Saved(Ok(Saved {
            contact: 3,
            what: SavedWhat::Event(EventKind::Call),
        }))),
        NOW,
    );
    assert!(app.overlay.is_none());
    // The card is already shown: only its data is read again.
    assert_eq!(outcome.effects, vec![Effect::Book(BookEffect::LoadCard(3))]);

    // A note at a time typed the human way.
    key(&mut app, KeyCode::Char('t'));
    typed(&mut app, "Критична к ЖКХ");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "-2h");
    let outcome = key(&mut app, KeyCode::Enter);
    match &outcome.effects[..] {
        [Effect::Book(BookEffect::AddEvent(e))] => {
            assert_eq!(e.kind, EventKind::Note);
            assert_eq!(e.at, NOW - 7200);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn esc_on_a_form_with_text_asks_first() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Book(BookMsg::CardLoaded(Ok(card(2)))), NOW);
    key(&mut app, KeyCode::Char('m'));
    typed(&mut app, "Встреча");
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_some());
    key(&mut app, KeyCode::Char('n'));
    assert!(app.overlay.is_some(), "any other key keeps editing");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('y'));
    assert!(app.overlay.is_none());
}

/// The caller a card fills in is not typed text: Esc closes the untouched form at once.
#[test]
fn an_untouched_quick_log_from_a_card_closes_on_esc() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "белов");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('L'));
    assert!(matches!(app.overlay, Some(Overlay::QuickLog(_))));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none(), "{:?}", app.overlay);
    // Typing in it still asks first.
    key(&mut app, KeyCode::Char('L'));
    typed(&mut app, "Отключение воды");
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_some());
}

#[test]
fn the_quick_log_from_the_book_has_who_filled() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "белов");
    key(&mut app, KeyCode::Esc);
    for code in [KeyCode::Char('n'), KeyCode::Char('L')] {
        key(&mut app, code);
        match &app.overlay {
            Some(Overlay::QuickLog(form)) => {
                assert_eq!(form.who_picked, Some(2));
                assert_eq!(form.who.value(), "Белов Андрей");
                assert_eq!(form.outlet_picked, Some(10));
            }
            other => panic!("{other:?}"),
        }
        app.overlay = None;
    }
}

#[test]
fn from_the_queue_to_the_contact_and_back() {
    let mut app = app();
    let inquiry = Inquiry {
        id: 77,
        received_at: NOW - 600,
        channel: Channel::Phone,
        contact_id: Some(1),
        contact_name: Some("Кузнецова Мария".into()),
        outlet_id: Some(10),
        outlet_name: None,
        subject: "Горячая вода".into(),
        question: "Когда дадут?".into(),
        requested_deadline: None,
        due_at: NOW + 3600,
        priority: Priority::Normal,
        status: Status::New,
        assignee: None,
        expert_id: None,
        expert_name: None,
        answer: None,
        answered_at: None,
        decline_reason: None,
        created_by: "me".into(),
        updated_at: NOW,
        marks: Default::default(),
        topics: Vec::new(),
    };
    update(&mut app, Msg::QueueLoaded(Ok(vec![inquiry])), NOW);
    let outcome = key(&mut app, KeyCode::Char('c'));
    assert_eq!(app.pane(), Pane::Contacts);
    assert_eq!(outcome.effects, card_loads(Target::Contact(1)));
    update(&mut app, Msg::Book(BookMsg::CardLoaded(Ok(card(1)))), NOW);
    // The colleague's card, then back to this card, then back to the queue.
    let outcome = key(&mut app, KeyCode::Enter);
    assert_eq!(outcome.effects, card_loads(Target::Contact(2)));
    let outcome = key(&mut app, KeyCode::Esc);
    assert_eq!(outcome.effects, card_loads(Target::Contact(1)));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane(), Pane::Queue);
    assert!(app.card().is_none());
    assert_eq!(app.queue.selected_inquiry().map(|i| i.id), Some(77));
}

#[test]
fn a_timeline_inquiry_opens_in_full_and_back_returns_to_the_card() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Enter);
    let mut c = card(1);
    c.colleagues.clear();
    c.inquiries = vec![Inquiry {
        id: 5,
        received_at: NOW - 86_400,
        channel: Channel::Email,
        contact_id: Some(2),
        contact_name: Some("Белов Андрей".into()),
        outlet_id: None,
        outlet_name: None,
        subject: String::new(),
        question: "Сколько коек?".into(),
        requested_deadline: None,
        due_at: NOW,
        priority: Priority::Normal,
        status: Status::Answered,
        assignee: None,
        expert_id: None,
        expert_name: None,
        answer: Some("120".into()),
        answered_at: Some(NOW - 80_000),
        decline_reason: None,
        created_by: "me".into(),
        updated_at: NOW,
        marks: Default::default(),
        topics: Vec::new(),
    }];
    update(&mut app, Msg::Book(BookMsg::CardLoaded(Ok(c))), NOW);
    let outcome = key(&mut app, KeyCode::Enter);
    assert_eq!(
        outcome.effects,
        vec![
            Effect::LoadDetail(5),
            Effect::Plan(crate::app::calendar::PlanEffect::LoadInquiryPosts(5)),
            Effect::Files(crate::app::files::FilesEffect::Load(
                crate::store::AttachTo::Inquiry(5)
            )),
            Effect::LoadCoverage(5),
        ]
    );
    assert_eq!(app.pane(), Pane::Queue);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.pane(), Pane::Contacts);
    assert!(app.card().is_some());
}

#[test]
fn a_new_contact_with_someone_elses_number_is_warned_about_once() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('N'));
    typed(&mut app, "Кузнецова М.");
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "8 (918) 123-45-67");
    let outcome = key(&mut app, KeyCode::Enter);
    assert!(outcome.effects.is_empty());
    match &app.overlay {
        Some(Overlay::Book(form)) => match form.as_ref() {
            BookOverlay::Editor(e) => {
                let owner = e.warning.as_ref().unwrap();
                assert_eq!((owner.id, owner.name.as_str()), (1, "Кузнецова Мария"));
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    let outcome = key(&mut app, KeyCode::Enter);
    match &outcome.effects[..] {
        [Effect::Book(BookEffect::SaveContact { id: None, record })] => {
            assert_eq!(record.name, "Кузнецова М.");
            assert_eq!(record.phones[0].value, "8 (918) 123-45-67");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn merging_asks_which_record_then_confirms() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "кузн");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('M'));
    // The chooser starts from the surname; the record itself is never offered.
    match &app.overlay {
        Some(Overlay::Book(form)) => match form.as_ref() {
            BookOverlay::Merge(m) => {
                assert_eq!(m.input.value(), "Кузнецова");
                assert!(m.list.hits.iter().all(|h| h.id != 1));
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    for _ in 0.."Кузнецова".chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "белов");
    key(&mut app, KeyCode::Enter);
    assert!(key(&mut app, KeyCode::Char('x')).effects.is_empty());
    key(&mut app, KeyCode::Enter);
    let outcome = key(&mut app, KeyCode::Char('y'));
    assert_eq!(
        outcome.effects,
        vec![Effect::Book(BookEffect::Merge { keep: 1, other: 2 })]
    );
}

#[test]
fn a_rebuilt_index_keeps_the_search_and_the_selection() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "а");
    key(&mut app, KeyCode::Down);
    let before = selected_contact(&app).map(|c| c.id);
    update(
        &mut app,
        Msg::DirectoryLoaded(Ok((people(), Vec::new()))),
        NOW,
    );
    assert_eq!(selected_contact(&app).map(|c| c.id), before);
    assert_eq!(app.book.query.value(), "а");
}

#[test]
fn outlets_are_added_and_edited_from_their_list_and_card() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('N'));
    typed(&mut app, "Радио «Шахтёрская волна»");
    key(&mut app, KeyCode::Tab);
    // The kinds are numbered: TV, radio, print, online, agency, blog.
    key(&mut app, KeyCode::Char('2'));
    let outcome = key(&mut app, KeyCode::Enter);
    match &outcome.effects[..] {
        [Effect::Book(BookEffect::SaveOutlet { id: None, record })] => {
            assert_eq!(record.name, "Радио «Шахтёрская волна»");
            assert_eq!(record.kind, crate::domain::contact::OutletKind::Radio);
        }
        other => panic!("{other:?}"),
    }
    let outcome = update(&mut app, Msg::Book(BookMsg::OutletSaved(Ok(11))), NOW);
    assert_eq!(
        outcome.effects,
        vec![
            Effect::Book(BookEffect::LoadOutlet(11)),
            Effect::LoadDirectory,
            Effect::Files(FilesEffect::Load(AttachTo::Outlet(11)))
        ]
    );
    let card = crate::domain::contact::OutletCard {
        id: 11,
        name: "Радио «Шахтёрская волна»".into(),
        kind: crate::domain::contact::OutletKind::Radio,
        region: String::new(),
        notes: String::new(),
        phones: Vec::new(),
        emails: Vec::new(),
        people: Vec::new(),
        people_count: 0,
        inquiries: Vec::new(),
        inquiry_count: 0,
        coverage: Vec::new(),
    };
    update(&mut app, Msg::Book(BookMsg::OutletLoaded(Ok(card))), NOW);
    key(&mut app, KeyCode::Char('e'));
    match &app.overlay {
        Some(Overlay::Book(form)) => match form.as_ref() {
            BookOverlay::Outlet(o) => {
                assert_eq!(o.id, Some(11));
                assert_eq!(o.name.value(), "Радио «Шахтёрская волна»");
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_click_selects_a_contact_and_a_double_click_opens_the_card() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    let row = |r| crate::app::mouse::Mouse::Click { column: 4, row: r };
    update(&mut app, Msg::Mouse(row(4)), NOW);
    assert_eq!(app.book.selected, 2);
    let double = crate::app::mouse::Mouse::DoubleClick { column: 4, row: 3 };
    let outcome = update(&mut app, Msg::Mouse(double), NOW);
    assert_eq!(app.book.selected, 1);
    assert_eq!(outcome.effects, card_loads(Target::Contact(2)));
    assert!(app.card().is_some());
}

#[test]
fn the_first_screen_comes_from_the_database_while_the_book_loads() {
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let mut app = App::new(settings, KeyMap::default(), NOW);
    app.screen = (120, 30);
    let outcome = key(&mut app, KeyCode::Char('2'));
    assert_eq!(
        outcome.effects,
        vec![Effect::Book(BookEffect::FirstPage(list_rows(30)))]
    );
    let lines: Vec<crate::domain::contact::ContactLine> =
        people().into_iter().take(2).map(Into::into).collect();
    let page = FirstPage {
        total: 250_000,
        lines,
    };
    update(&mut app, Msg::Book(BookMsg::FirstPage(Ok(page))), NOW);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
    terminal.draw(|f| crate::ui::view(&app, f)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("250000"), "{screen}");
    assert!(screen.contains("Кузнецова Мария"), "{screen}");
    // Typing asks for the whole book's ranking: the first page steps aside.
    typed(&mut app, "бел");
    assert!(app.book.first_page().is_none());
    // The whole book arrives and takes its place.
    update(
        &mut app,
        Msg::DirectoryLoaded(Ok((people(), Vec::new()))),
        NOW,
    );
    assert!(app.book.first_page.is_none());
    assert_eq!(selected_contact(&app).map(|c| c.id), Some(2));
}

/// What opening a card reads: the card, then the files kept with its record.
fn card_loads(target: Target) -> Vec<Effect> {
    let owner = match target {
        Target::Contact(id) => AttachTo::Contact(id),
        Target::Outlet(id) => AttachTo::Outlet(id),
    };
    let card = match target {
        Target::Contact(id) => BookEffect::LoadCard(id),
        Target::Outlet(id) => BookEffect::LoadOutlet(id),
    };
    vec![Effect::Book(card), Effect::Files(FilesEffect::Load(owner))]
}

/// A book large enough for a short query's count to follow its first screen: three names
/// in four start with "Кузнецов", the rest with "Белов".
fn large_book() -> Vec<ContactSummary> {
    (1..=COUNT_LATER_FROM as i64 + 100)
        .map(|id| {
            let surname = if id % 4 == 0 {
                "Белов"
            } else {
                "Кузнецов"
            };
            person(id, &format!("{surname} {id:06}"), None, "")
        })
        .collect()
}

fn drawn(app: &App) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
    terminal.draw(|f| crate::ui::view(app, f)).unwrap();
    terminal.backend().to_string()
}

/// The app on `large_book`, its contact book open on a 120×30 screen.
fn large_book_open() -> App {
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let mut app = App::new(settings, KeyMap::default(), NOW);
    app.screen = (120, 30);
    update(
        &mut app,
        Msg::DirectoryLoaded(Ok((large_book(), Vec::new()))),
        NOW,
    );
    key(&mut app, KeyCode::Char('2'));
    app
}

#[test]
fn a_short_query_in_a_large_book_shows_its_first_screen_and_its_count_follows() {
    let mut app = large_book_open();
    let total = app.contacts.len();
    typed(&mut app, "к");
    // The first screen at once, and the line says the count is still to come.
    assert!(app.has_work());
    let screen = drawn(&app);
    assert!(
        screen.contains(&format!("counting… of {total}")),
        "{screen}"
    );
    assert!(screen.contains("Кузнецов 000001"), "{screen}");
    assert!(!screen.contains("Белов"), "{screen}");
    let first = listed(&app);
    assert_eq!(first.len(), list_rows(30));
    // The rest is read a slice at a time while no key is waiting.
    let mut slices = 0;
    while app.has_work() {
        let outcome = update(&mut app, Msg::Continue, NOW);
        slices += 1;
        assert_eq!(outcome.redraw, !app.has_work());
    }
    assert!(slices >= 2, "{slices} slices");
    let whole = app.contacts.rank("к", None);
    let screen = drawn(&app);
    assert!(!screen.contains("counting…"), "{screen}");
    assert!(
        screen.contains(&format!("{} of {total}", whole.items.len())),
        "{screen}"
    );
    assert_eq!(whole.items.len(), total - total / 4);
    assert_eq!(app.book.rows, whole.items);
    assert_eq!(listed(&app)[..first.len()], first[..]);
    // A second letter typed before the count is done starts it again for the new query;
    // so does a third, a screenful of names starting with it.
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "ку");
    assert!(app.has_work());
    typed(&mut app, "з");
    assert!(app.has_work());
    let whole = app.contacts.rank("куз", None);
    assert_eq!(app.book.rows, whole.items[..list_rows(30)]);
    while app.has_work() {
        update(&mut app, Msg::Continue, NOW);
    }
    assert_eq!(app.book.rows, whole.items);
    assert!(drawn(&app).contains(&format!("{} of {total}", total - total / 4)));
}

#[test]
fn a_longer_query_that_still_reads_many_records_is_counted_between_keys_too() {
    let mut app = large_book_open();
    let total = app.contacts.len();
    // Each key's count read to its end, as between a person's keys.
    for (letter, query) in [("о", "о"), ("в", "ов"), (" ", "ов "), ("0", "ов 0")] {
        typed(&mut app, letter);
        // No name starts with it: nothing is known yet, and the screen does not say
        // nothing was found.
        assert!(app.has_work(), "{query:?}");
        assert!(app.book.rows.is_empty(), "{query:?}");
        let screen = drawn(&app);
        assert!(
            screen.contains(&format!("counting… of {total}")),
            "{screen}"
        );
        assert!(!screen.contains("Nobody matches"), "{screen}");
        while app.has_work() {
            update(&mut app, Msg::Continue, NOW);
        }
        assert_eq!(app.book.rows, app.contacts.rank(query, None).items);
    }
    // Once it narrows to a few records, a key ranks them at once.
    for letter in ["0", "0", "0"] {
        typed(&mut app, letter);
        while app.has_work() {
            update(&mut app, Msg::Continue, NOW);
        }
    }
    typed(&mut app, "1");
    assert!(!app.has_work());
    assert_eq!(app.book.rows, app.contacts.rank("ов 00001", None).items);
}

#[test]
fn a_typos_retry_over_a_large_book_is_read_between_keys() {
    let mut app = large_book_open();
    let total = app.contacts.len();
    for letter in ["б", "е", "л", "о"] {
        typed(&mut app, letter);
        while app.has_work() {
            update(&mut app, Msg::Continue, NOW);
        }
    }
    // Nobody's name holds "белоф": every record is read again, one slip forgiven, while
    // no key waits; nothing is known meanwhile, and the screen does not say nothing was
    // found.
    typed(&mut app, "ф");
    assert!(app.has_work());
    assert!(app.book.rows.is_empty());
    let screen = drawn(&app);
    assert!(
        screen.contains(&format!("counting… of {total}")),
        "{screen}"
    );
    assert!(!screen.contains("Nobody matches"), "{screen}");
    let mut slices = 0;
    while app.has_work() {
        update(&mut app, Msg::Continue, NOW);
        slices += 1;
    }
    assert!(slices >= 2, "{slices} slices");
    let whole = app.contacts.rank("белоф", None);
    assert!(whole.loose);
    assert_eq!(whole.items.len(), total / 4);
    assert_eq!(app.book.rows, whole.items);
    let screen = drawn(&app);
    assert!(!screen.contains("counting…"), "{screen}");
    assert!(screen.contains("Белов 000004"), "{screen}");
    // The next letter narrows from the near matches found: ranked on the key.
    typed(&mut app, "ф");
    assert!(!app.has_work());
    assert_eq!(app.book.rows, app.contacts.rank("белофф", None).items);
}

#[test]
fn the_count_that_follows_keeps_to_the_filter() {
    let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    let mut app = App::new(settings, KeyMap::default(), NOW);
    app.screen = (120, 30);
    let mut book = large_book();
    for c in book.iter_mut().filter(|c| c.id % 3 == 0) {
        c.kind = Some(ContactKind::Expert);
    }
    update(&mut app, Msg::DirectoryLoaded(Ok((book, Vec::new()))), NOW);
    key(&mut app, KeyCode::Char('2'));
    app.book.filter = Filter::Experts;
    typed(&mut app, "к");
    assert!(app.has_work());
    let first = listed(&app);
    assert!(first.iter().all(|id| id % 3 == 0), "{first:?}");
    while app.has_work() {
        update(&mut app, Msg::Continue, NOW);
    }
    let experts: Vec<u32> = app
        .contacts
        .rank("к", None)
        .items
        .into_iter()
        .filter(|&i| app.contacts.is_kind(i, ContactKind::Expert))
        .collect();
    assert_eq!(app.book.rows, experts);
    assert_eq!(listed(&app)[..first.len()], first[..]);
}
