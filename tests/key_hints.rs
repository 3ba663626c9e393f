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

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, c);
    }
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

/// The text inside the window drawn over the screen, its rows joined by spaces, so a
/// message wrapped over two rows reads as one.
fn window_text(shown: &str) -> String {
    shown
        .lines()
        .filter_map(|line| {
            let (first, last) = (line.find('│')?, line.rfind('│')?);
            (first < last).then(|| line[first + '│'.len_utf8()..last].trim().to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Keys that other messages name, moved off their defaults.
const REBOUND_MORE: &str = r#"
[keys]
submit = "ctrl-s"
cancel = "ctrl-g"
close_list = "ctrl-g"
suggestion_up = "ctrl-k"
next_field = "f6"
merge = "f9"
close_card = "f8"
"#;

#[test]
fn the_duplicate_contact_warning_names_the_rebound_save_and_merge_keys() {
    let mut app = app(REBOUND_MORE);
    key(&mut app, '2');
    ctrl(&mut app, 'g');
    key(&mut app, 'N');
    typed(&mut app, "Кузнецова М.");
    for _ in 0..4 {
        press(&mut app, KeyCode::F(6), KeyModifiers::NONE);
    }
    typed(&mut app, "8 (918) 123-45-67");
    ctrl(&mut app, 's');
    let shown = window_text(&screen(&app));
    assert!(
        shown.contains("(#1). Ctrl-s saves anyway; F9 on a card merges two records."),
        "{shown}"
    );
    assert!(
        !shown.contains("Enter saves anyway") && !shown.contains("; M on"),
        "{shown}"
    );
}

#[test]
fn the_known_number_warning_in_the_quick_log_names_the_rebound_keys() {
    let mut app = app(REBOUND_MORE);
    key(&mut app, 'L');
    typed(&mut app, "Петров 8 918 123-45-67");
    // The new contact's row, below the suggestions, then the question.
    for _ in 0..6 {
        press(&mut app, KeyCode::Down, KeyModifiers::NONE);
    }
    press(&mut app, KeyCode::F(6), KeyModifiers::NONE);
    typed(&mut app, "Когда дадут воду?");
    ctrl(&mut app, 's');
    let shown = window_text(&screen(&app));
    assert!(
        shown.contains("(#1): Ctrl-k and Ctrl-s log it for them; Ctrl-s creates a new contact"),
        "{shown}"
    );
    assert!(!shown.contains("↑ and Enter"), "{shown}");
}

#[test]
fn help_lines_that_name_another_key_name_it_as_bound() {
    let config = Config::parse(REBOUND_MORE, Path::new("config.toml")).unwrap();
    let keymap = KeyMap::from_config(&config).unwrap();
    let help: Vec<String> = pressdesk::ui::help_lines(&keymap)
        .into_iter()
        .flat_map(|(_, rows)| rows.into_iter().map(|(_, what)| what))
        .collect();
    let help = help.join("\n");
    for said in [
        "(F8 comes back)",
        "a path prompt; F6 completes names",
        "(Ctrl-s copies one)",
        "(Ctrl-s saves it)",
    ] {
        assert!(help.contains(said), "{said}: {help}");
    }
    for old in [
        "Esc comes back",
        "Tab completes",
        "Enter copies",
        "Enter saves",
    ] {
        assert!(!help.contains(old), "{old}: {help}");
    }
}

#[test]
fn the_topics_window_names_the_rebound_keys() {
    let mut app = app(REBOUND_MORE);
    key(&mut app, 'T');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-s save · Ctrl-g cancel"), "{shown}");
    assert!(!shown.contains("Enter save"), "{shown}");
}

#[test]
fn the_coverage_window_names_the_rebound_keys() {
    let mut app = app(REBOUND);
    key(&mut app, 'C');
    let shown = screen(&app);
    assert!(shown.contains("Ctrl-s save"), "{shown}");
    assert!(shown.contains("Ctrl-g cancel"), "{shown}");
    assert!(
        !shown.contains("$submit") && !shown.contains("Enter save"),
        "{shown}"
    );
}

#[test]
fn the_discard_question_names_and_takes_the_rebound_yes_key() {
    let mut app = app("[keys]\nconfirm = \"o\"\n");
    key(&mut app, 'L');
    typed(&mut app, "Новиков");
    press(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    let shown = screen(&app);
    assert!(shown.contains("o or Esc = discard"), "{shown}");
    assert!(!shown.contains("y or Esc"), "{shown}");
    // y is now any other key: back to editing, the text kept.
    key(&mut app, 'y');
    assert!(app.overlay.is_some());
    assert!(screen(&app).contains("Новиков"));
    press(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut app, 'o');
    assert!(app.overlay.is_none(), "o discards");
    // The help lists it under its own heading, as bound (on a screen tall enough).
    update(&mut app, Msg::Resize(120, 200), NOW);
    key(&mut app, '?');
    let help = screen_text(&app, 120, 200);
    let heading = help
        .lines()
        .position(|l| l.contains("When a window asks yes or no"))
        .expect(&help);
    let line = help.lines().nth(heading + 1).unwrap();
    assert!(
        line.contains(" o ") && line.contains("Yes: discard"),
        "{line}"
    );
}
