//! Coverage logged from the interface, through the real runtime and store: from an
//! inquiry's detail with its outlet and journalist filled in, from the journalist's card
//! and from the outlet's card; shown under the inquiry and on both timelines.

mod common;

use pressdesk::app::Overlay;
use pressdesk::app::coverage_form::{CField, CoverageForm};
use pressdesk::domain::coverage::Tone;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::store::{OutletRef, Store, Who};
use ratatui::crossterm::event::KeyCode;

/// 2026-11-18 10:46 UTC, 13:46 at the office (UTC+3).
const NOW: i64 = 1_795_000_000;

struct Desk {
    _dir: tempfile::TempDir,
    ui: common::Interface,
    inquiry: i64,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
        let mut new = common::emailed(
            NOW - 86_400,
            "Кузнецова Мария",
            OutletRef::Named("Вести Кузбасс".into()),
            "Вода",
            "Когда дадут горячую воду?",
        );
        // The journalist works there too.
        if let Who::New(journalist) = &mut new.who {
            journalist.outlet = OutletRef::Named("Вести Кузбасс".into());
        }
        let rules = PhoneRules::for_country("RU").unwrap();
        let inquiry = store.log_inquiry(&new, &rules, NOW - 86_400).unwrap();
        let ui = common::Interface::start(store, NOW, (110, 36));
        Desk {
            _dir: dir,
            ui,
            inquiry,
        }
    }

    fn form(&self) -> &CoverageForm {
        match &self.ui.app.overlay {
            Some(Overlay::Coverage(f)) => f,
            other => panic!("no coverage window: {other:?}"),
        }
    }
}

#[test]
fn a_piece_from_the_inquiry_is_checked_in_place_and_shown_under_it() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Enter);
    desk.ui.key(KeyCode::Char('C'));
    let screen = desk.ui.screen();
    assert!(
        screen.contains(&format!("Published piece after #{}", desk.inquiry)),
        "{screen}"
    );
    assert!(screen.contains("Вести Кузбасс"), "{screen}");
    assert!(screen.contains("Кузнецова Мария"), "{screen}");
    assert!(
        screen.contains("2026-11-18"),
        "today by the clock: {screen}"
    );
    assert_eq!(desk.form().focus, CField::Title);

    // No title: refused, named in place.
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.form().field_error.as_ref().unwrap().0, CField::Title);
    assert!(desk.ui.screen().contains("Title: give the piece"));

    desk.ui.typed("Горячую воду дадут к пятнице");
    desk.ui.key(KeyCode::Tab);
    desk.ui.typed("https://vesti.example/voda 2");
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.form().field_error.as_ref().unwrap().0, CField::Link);
    assert_eq!(desk.form().url.value(), "https://vesti.example/voda 2");
    desk.ui.key(KeyCode::Backspace);
    desk.ui.key(KeyCode::Backspace);

    // An unreadable date: refused, what was typed kept.
    for _ in 0..2 {
        desk.ui.key(KeyCode::BackTab);
    }
    assert_eq!(desk.form().focus, CField::Day);
    for _ in 0..10 {
        desk.ui.key(KeyCode::Backspace);
    }
    desk.ui.typed("31.02");
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.form().field_error.as_ref().unwrap().0, CField::Day);
    assert_eq!(desk.form().day.value(), "31.02");
    assert_eq!(desk.form().title.value(), "Горячую воду дадут к пятнице");
    for _ in 0..5 {
        desk.ui.key(KeyCode::Backspace);
    }
    desk.ui.typed("17.11");
    for _ in 0..3 {
        desk.ui.key(KeyCode::Tab);
    }
    assert_eq!(desk.form().focus, CField::Tone);
    desk.ui.key(KeyCode::Right);
    assert_eq!(desk.form().tone, Tone::Negative);
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none(), "{:?}", desk.ui.app.overlay);

    let pieces = desk
        .ui
        .runtime
        .store
        .coverage_of_inquiry(desk.inquiry)
        .unwrap();
    assert_eq!(pieces.len(), 1);
    let piece = &pieces[0];
    assert_eq!(piece.tone, Tone::Negative);
    assert_eq!(piece.day.to_string(), "2026-11-17");
    assert_eq!(piece.outlet_name, "Вести Кузбасс");
    assert_eq!(piece.contact_name.as_deref(), Some("Кузнецова Мария"));
    assert_eq!(piece.url, "https://vesti.example/voda");
    let screen = desk.ui.screen();
    assert!(screen.contains("Coverage (1)"), "{screen}");
    assert!(
        screen.contains("coverage negative «Горячую воду дадут к пятнице»"),
        "{screen}"
    );
}

#[test]
fn pieces_from_the_cards_show_on_the_journalist_and_the_outlet_timelines() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Enter);
    // The journalist's card, from the inquiry.
    desk.ui.key(KeyCode::Char('c'));
    assert!(desk.ui.app.card().is_some());
    desk.ui.key(KeyCode::Char('C'));
    assert_eq!(desk.form().who.text.value(), "Кузнецова Мария");
    assert_eq!(desk.form().outlet.text.value(), "Вести Кузбасс");
    assert_eq!(desk.form().inquiry, None);
    desk.ui.typed("Интервью о ремонте");
    desk.ui.key(KeyCode::Tab);
    desk.ui.key(KeyCode::Tab);
    desk.ui.key(KeyCode::Left);
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none(), "{:?}", desk.ui.app.overlay);
    let screen = desk.ui.screen();
    assert!(
        screen.contains("coverage positive «Интервью о ремонте»"),
        "on the journalist's timeline: {screen}"
    );

    // The outlet's card: the outlet filled in, the byline left to type.
    desk.ui.key(KeyCode::Char('o'));
    desk.ui.key(KeyCode::Char('C'));
    assert_eq!(desk.form().outlet.text.value(), "Вести Кузбасс");
    assert_eq!(desk.form().who.text.value(), "");
    desk.ui.typed("Колонка редактора");
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none(), "{:?}", desk.ui.app.overlay);
    let screen = desk.ui.screen();
    assert!(screen.contains("and its coverage (2)"), "{screen}");
    assert!(screen.contains("«Колонка редактора»"), "{screen}");
    assert!(screen.contains("«Интервью о ремонте»"), "{screen}");
}

/// On a short screen the window's first fields scroll out so the focused one shows, with
/// the hint still under it; with room, every field shows.
#[test]
fn on_a_short_screen_the_coverage_window_scrolls_to_the_focused_field() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Enter);
    desk.ui.key(KeyCode::Char('C'));
    let tall = desk.ui.screen();
    assert!(tall.contains("Outlet") && tall.contains("Tone"), "{tall}");
    // Title → Link → Tone, the last field.
    desk.ui.key(KeyCode::Tab);
    desk.ui.key(KeyCode::Tab);
    assert_eq!(desk.form().focus, CField::Tone);
    let short = common::screen_text(&desk.ui.app, 110, 8);
    assert!(short.contains("Tone"), "{short}");
    assert!(short.contains("Esc cancel"), "{short}");
    assert!(!short.contains("Outlet"), "{short}");
}
