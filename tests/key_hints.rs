//! Hints in windows and panes name the keys as the config binds them, not the defaults.

mod common;

use std::path::Path;

use common::{NOW, app_with_queue_keyed, screen_text};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, update};
use pressdesk::config::Config;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The window keys moved off their defaults, as a user might bind them.
const REBOUND: &str = r#"
[keys]
submit = "ctrl-s"
cancel = "ctrl-g"
pick_up = "ctrl-p"
pick_down = "ctrl-n"
close_list = "ctrl-g"
help = "f1"
"#;

/// The shared queue of three, with the keys a config binds.
fn app(keys: &str) -> App {
    let config = Config::parse(keys, Path::new("config.toml")).unwrap();
    let mut app = app_with_queue_keyed(KeyMap::from_config(&config).unwrap());
    update(&mut app, Msg::Resize(120, 30), NOW);
    app
}

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    update(app, Msg::Key(KeyEvent::new(code, modifiers)), NOW);
}

fn key(app: &mut App, c: char) {
    let modifiers = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    press(app, KeyCode::Char(c), modifiers);
}

fn ctrl(app: &mut App, c: char) {
    press(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

fn screen(app: &App) -> String {
    screen_text(app, 120, 30)
}

#[test]
fn a_prompt_names_the_rebound_save_and_cancel_keys() {
    for (keys, save, cancel) in [
        ("", "Enter save", "Esc cancel"),
        (REBOUND, "Ctrl-s save", "Ctrl-g cancel"),
    ] {
        let mut app = app(keys);
        key(&mut app, 'a');
        let shown = screen(&app);
        assert!(shown.contains(save), "{shown}");
        assert!(shown.contains(cancel), "{shown}");
    }
    let mut app = app(REBOUND);
    key(&mut app, 'a');
    assert!(!screen(&app).contains("Esc cancel"));
    // The key the hint names is the key that works.
    ctrl(&mut app, 'g');
    assert!(app.overlay.is_none());
}

#[test]
fn a_picker_names_the_rebound_list_keys() {
    let mut app = app(REBOUND);
    key(&mut app, 's');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-p/Ctrl-n Enter"), "{shown}");
    assert!(shown.contains("Ctrl-g"), "{shown}");
    assert!(!shown.contains("↑↓") && !shown.contains("Esc"), "{shown}");
    ctrl(&mut app, 'g');
    assert!(app.overlay.is_none());
}

#[test]
fn the_help_screen_names_the_rebound_help_key() {
    let mut app = app(REBOUND);
    press(&mut app, KeyCode::F(1), KeyModifiers::NONE);
    // The keys to close it stand under the last key listed.
    press(&mut app, KeyCode::End, KeyModifiers::NONE);
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-g or F1 closes"), "{shown}");
    assert!(!shown.contains("or ? closes"), "{shown}");
}

#[test]
fn the_contact_books_search_line_names_and_obeys_the_rebound_keys() {
    let mut app = app(REBOUND);
    key(&mut app, '2');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-s open the card"), "{shown}");
    assert!(shown.contains("Ctrl-g keys"), "{shown}");
    assert!(!shown.contains("Esc keys"), "{shown}");
    assert!(app.book.typing);
    ctrl(&mut app, 'g');
    assert!(
        !app.book.typing,
        "the rebound cancel key leaves the search line"
    );
}

#[test]
fn the_memory_search_names_the_rebound_keys() {
    let mut app = app(REBOUND);
    key(&mut app, '/');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-s opens"), "{shown}");
    assert!(shown.contains("Ctrl-g back"), "{shown}");
    assert!(!shown.contains("Esc back"), "{shown}");
}

#[test]
fn the_calendar_item_form_names_the_rebound_keys() {
    let mut app = app(REBOUND);
    key(&mut app, '3');
    key(&mut app, 'n');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-s save"), "{shown}");
    assert!(shown.contains("Ctrl-g cancel"), "{shown}");
    assert!(!shown.contains("Enter save"), "{shown}");
}

#[test]
fn the_contact_editor_names_the_rebound_keys() {
    let mut app = app(REBOUND);
    key(&mut app, '2');
    ctrl(&mut app, 'g');
    key(&mut app, 'N');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-s save"), "{shown}");
    assert!(shown.contains("Ctrl-g cancel"), "{shown}");
    assert!(!shown.contains("Esc cancel"), "{shown}");
}
