//! The interface through the real runtime: Ctrl-R reads the config file again.

mod common;

use pressdesk::app::keymap::{Action, Key, KeyMap};
use pressdesk::app::{App, Msg, Settings};
use pressdesk::clock::Clock;
use pressdesk::config::Config;
use pressdesk::domain::Zone;
use pressdesk::runtime::Runtime;
use pressdesk::store::Store;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const NOW: i64 = 1_795_000_000;

fn ctrl_r(runtime: &mut Runtime, app: &mut App) {
    let key = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    runtime.dispatch(app, Msg::Key(key));
}

#[test]
fn ctrl_r_reads_the_config_again_and_a_bad_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "bell = true\n").unwrap();
    let store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
    let clock = Clock::starting_at(chrono::DateTime::from_timestamp(NOW, 0).unwrap());
    let mut runtime = Runtime::new(store, clock).with_config_path(Some(config.clone()));
    let mut settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    settings.user = "elena".into();
    let mut app = App::new(settings, KeyMap::default(), NOW);

    // The office rebinds the quick log and turns the bell off.
    std::fs::write(&config, "bell = false\n\n[keys]\nquick_log = \"I\"\n").unwrap();
    ctrl_r(&mut runtime, &mut app);
    let flash = app.flash.clone().unwrap();
    assert!(!flash.error, "{}", flash.text);
    assert!(!app.settings.bell);
    let i = KeyEvent::new(KeyCode::Char('I'), KeyModifiers::SHIFT);
    assert!(
        app.keymap
            .keys(Action::QuickLog)
            .contains(&Key::from_event(&i))
    );
    assert_eq!(app.settings.user, "elena", "who sits at the desk stays");

    // A mistake is reported with its line and key, and the config in use stays.
    std::fs::write(&config, "bell = true\n\n[keys]\nquick_lgo = \"L\"\n").unwrap();
    ctrl_r(&mut runtime, &mut app);
    let flash = app.flash.clone().unwrap();
    assert!(flash.error);
    assert!(flash.text.contains("line 4"), "{}", flash.text);
    assert!(flash.text.contains("quick_lgo"), "{}", flash.text);
    assert!(!app.settings.bell);
    assert!(
        app.keymap
            .keys(Action::QuickLog)
            .contains(&Key::from_event(&i))
    );
}

fn press(runtime: &mut Runtime, app: &mut App, code: KeyCode) {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    runtime.dispatch(app, Msg::Key(KeyEvent::new(code, modifiers)));
}

fn typed(runtime: &mut Runtime, app: &mut App, text: &str) {
    for c in text.chars() {
        press(runtime, app, KeyCode::Char(c));
    }
}

#[test]
fn on_a_frozen_clock_an_inquiry_logged_through_the_runtime_turns_overdue_when_time_passes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
    let start = chrono::DateTime::from_timestamp(NOW, 0).unwrap();
    let mut runtime = Runtime::new(store, Clock::frozen(start));
    let mut settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    settings.user = "elena".into();
    let mut app = App::new(settings, KeyMap::default(), NOW);
    for effect in App::startup() {
        if let Some(reply) = runtime.perform(effect, &app.settings.clone()) {
            runtime.dispatch(&mut app, reply);
        }
    }

    // The quick log, as a person types it: the caller, the question, "in ten minutes".
    press(&mut runtime, &mut app, KeyCode::Char('L'));
    typed(&mut runtime, &mut app, "Петров");
    press(&mut runtime, &mut app, KeyCode::Tab);
    typed(&mut runtime, &mut app, "Когда дадут воду?");
    press(&mut runtime, &mut app, KeyCode::Tab);
    typed(&mut runtime, &mut app, "+10m");
    press(&mut runtime, &mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "saved and closed");
    assert_eq!(app.queue.visible.len(), 1);
    assert_eq!(app.overdue_count(), 0);

    // Nothing has passed on the frozen clock: a tick changes nothing.
    runtime.dispatch(&mut app, Msg::Tick);
    assert_eq!(app.overdue_count(), 0);
    // Eleven minutes later the tick finds it overdue and says so.
    runtime.clock.advance(chrono::Duration::minutes(11));
    let (redraw, bell) = runtime.dispatch(&mut app, Msg::Tick);
    assert!(redraw && bell);
    assert_eq!(app.overdue_count(), 1);
    let flash = app.flash.clone().unwrap();
    assert!(
        flash.error && flash.text.contains("overdue"),
        "{}",
        flash.text
    );
}

/// An app on a real file with the quick log's keys, and a colleague's connection to the
/// same file.
fn desk_with_runtime(dir: &std::path::Path) -> (Runtime, App) {
    let path = dir.join("desk.sqlite3");
    let store = Store::open(&path, "elena").unwrap();
    let start = chrono::DateTime::from_timestamp(NOW, 0).unwrap();
    let mut runtime = Runtime::new(store, Clock::frozen(start));
    let mut settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
    settings.user = "elena".into();
    let mut app = App::new(settings, KeyMap::default(), NOW);
    for effect in App::startup() {
        if let Some(reply) = runtime.perform(effect, &app.settings.clone()) {
            runtime.dispatch(&mut app, reply);
        }
    }
    runtime.dispatch(&mut app, Msg::Resize(100, 20));
    (runtime, app)
}

/// The same, where a save gives up after waiting 0.4 s on another's lock, with the
/// colleague's connection that will hold it.
fn desk_with_short_lock_wait() -> (tempfile::TempDir, Runtime, App, Store) {
    pressdesk::i18n::set_language(pressdesk::i18n::Language::En);
    let dir = tempfile::tempdir().unwrap();
    let (runtime, app) = desk_with_runtime(dir.path());
    let runtime = runtime.with_lock_wait(std::time::Duration::from_millis(400));
    let colleague = Store::open(&dir.path().join("desk.sqlite3"), "anna").unwrap();
    (dir, runtime, app, colleague)
}

fn quick_log(runtime: &mut Runtime, app: &mut App, question: &str) {
    press(runtime, app, KeyCode::Char('L'));
    typed(runtime, app, "Петров");
    press(runtime, app, KeyCode::Tab);
    typed(runtime, app, question);
    press(runtime, app, KeyCode::Enter);
}

fn status_line(app: &mut App) -> String {
    let screen = common::screen_text(app, 100, 20);
    screen.lines().nth(19).unwrap_or_default().to_string()
}

fn questions(path: &std::path::Path) -> Vec<String> {
    let store = Store::open(path, "check").unwrap();
    let mut found: Vec<String> = store
        .open_inquiries()
        .unwrap()
        .into_iter()
        .map(|i| i.question)
        .collect();
    found.sort();
    found
}

#[test]
fn a_save_that_waits_for_a_colleagues_lock_leaves_the_keys_answered_and_lands_after() {
    pressdesk::i18n::set_language(pressdesk::i18n::Language::En);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let (mut runtime, mut app) = desk_with_runtime(dir.path());
    // A colleague's long write holds the lock.
    let mut colleague = Store::open(&path, "anna").unwrap();
    let held = colleague.write().unwrap();

    quick_log(&mut runtime, &mut app, "Когда дадут воду?");
    // Enter came back: the form stepped aside, the save is pending and says so.
    assert!(app.overlay.is_none());
    assert_eq!(app.saves.waiting(), 1);
    assert!(runtime.saving());
    let line = status_line(&mut app);
    assert!(line.contains("saving 1 record"), "{line}");

    // The screen keeps answering: the help opens and closes, the panes switch, and a
    // second quick log is typed and queued behind the first.
    press(&mut runtime, &mut app, KeyCode::Char('?'));
    assert!(matches!(
        app.overlay,
        Some(pressdesk::app::Overlay::Help { .. })
    ));
    press(&mut runtime, &mut app, KeyCode::Esc);
    press(&mut runtime, &mut app, KeyCode::Char('3'));
    assert_eq!(app.pane(), pressdesk::app::Pane::Calendar);
    press(&mut runtime, &mut app, KeyCode::Char('1'));
    assert_eq!(app.pane(), pressdesk::app::Pane::Queue);
    quick_log(&mut runtime, &mut app, "А отопление?");
    assert_eq!(app.saves.waiting(), 2);
    assert!(questions(&path).is_empty(), "nothing is written yet");

    // The colleague finishes: both saves land, in the order they were made.
    held.commit().unwrap();
    assert!(runtime.settle(&mut app, std::time::Duration::from_secs(30)));
    assert_eq!(app.saves.waiting(), 0);
    assert!(app.overlay.is_none());
    let ids: Vec<i64> = {
        let store = Store::open(&path, "check").unwrap();
        let mut all = store.open_inquiries().unwrap();
        all.sort_by_key(|i| i.id);
        assert_eq!(all[0].question, "Когда дадут воду?");
        assert_eq!(all[1].question, "А отопление?");
        all.iter().map(|i| i.id).collect()
    };
    assert_eq!(ids.len(), 2);
    let flash = app.flash.clone().unwrap();
    assert!(!flash.error, "{}", flash.text);
    assert!(!status_line(&mut app).contains("saving"));
}

#[test]
fn a_save_that_waits_too_long_brings_its_form_back_as_typed_and_keeps_the_app_open() {
    let (dir, mut runtime, mut app, mut colleague) = desk_with_short_lock_wait();
    let path = dir.path().join("desk.sqlite3");
    let held = colleague.write().unwrap();

    quick_log(&mut runtime, &mut app, "Почему нет воды?");
    assert_eq!(app.saves.waiting(), 1);
    // Quitting waits for the save (the terminal loop leaves only when none is pending).
    press(&mut runtime, &mut app, KeyCode::Char('q'));
    assert!(app.quit);
    assert!(runtime.saving());
    assert!(status_line(&mut app).contains("quitting once 1 record is saved"));

    // The lock outlasts the wait: the form is back with the question and the reason,
    // and the quit is called off so nothing typed is lost.
    assert!(runtime.settle(&mut app, std::time::Duration::from_secs(30)));
    assert!(!app.quit);
    let Some(pressdesk::app::Overlay::QuickLog(form)) = &app.overlay else {
        panic!("the quick log is not back: {:?}", app.overlay);
    };
    assert_eq!(form.who.value(), "Петров");
    assert_eq!(form.question.value(), "Почему нет воды?");
    assert!(!form.saving);
    let error = form.error.clone().unwrap();
    assert!(error.contains("busy"), "{error}");
    assert!(questions(&path).is_empty());

    // Once the colleague is done, Enter again saves it.
    held.commit().unwrap();
    press(&mut runtime, &mut app, KeyCode::Enter);
    assert!(runtime.settle(&mut app, std::time::Duration::from_secs(30)));
    assert!(app.overlay.is_none());
    assert_eq!(questions(&path), ["Почему нет воды?"]);
}

#[test]
fn a_form_whose_save_failed_behind_another_window_comes_back_when_that_one_closes() {
    let (_dir, mut runtime, mut app, mut colleague) = desk_with_short_lock_wait();
    let held = colleague.write().unwrap();

    quick_log(&mut runtime, &mut app, "Где автобус?");
    assert_eq!(app.saves.waiting(), 1);
    press(&mut runtime, &mut app, KeyCode::Char('?'));
    assert!(runtime.settle(&mut app, std::time::Duration::from_secs(30)));
    // The help stays; the status line says the form will come back.
    assert!(matches!(
        app.overlay,
        Some(pressdesk::app::Overlay::Help { .. })
    ));
    let flash = app.flash.clone().unwrap();
    assert!(
        flash.error && flash.text.contains("comes back"),
        "{}",
        flash.text
    );
    press(&mut runtime, &mut app, KeyCode::Esc);
    let Some(pressdesk::app::Overlay::QuickLog(form)) = &app.overlay else {
        panic!("the quick log is not back: {:?}", app.overlay);
    };
    assert_eq!(form.question.value(), "Где автобус?");
    drop(held);
}
