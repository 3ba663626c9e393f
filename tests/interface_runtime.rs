//! The interface through the real runtime: Ctrl-R reads the config file again.

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
