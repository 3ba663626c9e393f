//! Alert hooks fired from the interface: through the real runtime, on its own thread, with
//! each alert claimed once in the database however many interfaces and watchers look.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Desk, NOW};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, Settings};
use pressdesk::clock::Clock;
use pressdesk::config::Config;
use pressdesk::domain::Zone;
use pressdesk::runtime::Runtime;
use pressdesk::store::Store;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A config whose hooks append "EVENT INQUIRY" to `fired`, after `hook_extra`.
fn hooks_config(desk: &Desk, hook_extra: &str, timeout: u32) -> String {
    let fired = desk.path("fired");
    let hook = format!("{hook_extra}echo \"$PRESSDESK_EVENT $PRESSDESK_INQUIRY\" >> '{fired}'");
    let config = desk.path("config.toml");
    std::fs::write(
        &config,
        format!(
            "[hooks]\non_due_soon = {hook:?}\non_overdue = {hook:?}\ntimeout_secs = {timeout}\nretries = 0\n"
        ),
    )
    .unwrap();
    config
}

fn fired(desk: &Desk) -> Vec<String> {
    let mut lines: Vec<String> = std::fs::read_to_string(desk.path("fired"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .collect();
    lines.sort();
    lines
}

/// An interface on the desk's file, with the config's hooks, at the desk's time.
fn interface(desk: &Desk, config: &str) -> (Runtime, App) {
    let config = Config::load(Some(Path::new(config))).unwrap();
    let mut settings = Settings::from_config(&config, Zone::fixed_hours(3));
    settings.user = "elena".into();
    let alerts = pressdesk::cli::watch::settings(&config, &settings);
    let store = Store::open(&desk.db(), "elena").unwrap();
    let clock = Clock::frozen(chrono::DateTime::from_timestamp(NOW, 0).unwrap());
    let runtime = Runtime::new(store, clock).with_alerts(alerts);
    let mut app = App::new(settings, KeyMap::default(), NOW);
    app.screen = (100, 30);
    (runtime, app)
}

/// #1 overdue for an hour, #2 due in half an hour, #3 tomorrow.
fn log_the_desk(desk: &Desk) {
    desk.log(&["--priority", "urgent", "--received", "-2h", "Авария"]);
    desk.log(&["--priority", "urgent", "--received", "-30m", "Горячая вода"]);
    desk.log(&["Ремонт дорог"]);
}

#[test]
fn two_interfaces_and_a_watcher_on_one_file_fire_each_alert_once() {
    let desk = Desk::new();
    let config = hooks_config(&desk, "", 5);
    log_the_desk(&desk);
    let (mut first, mut first_app) = interface(&desk, &config);
    let (mut second, mut second_app) = interface(&desk, &config);
    // All three look at the same moment.
    let watcher = desk
        .process()
        .env("PATH", "/usr/bin:/bin")
        .args(["--config", &config, "watch", "--once"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    assert!(first.look_for_alerts());
    assert!(second.look_for_alerts());
    // One look at a time: asking again while one runs starts nothing.
    assert!(!first.look_for_alerts());
    let limit = Duration::from_secs(60);
    assert!(first.settle(&mut first_app, limit));
    assert!(second.settle(&mut second_app, limit));
    assert!(watcher.wait_with_output().unwrap().status.success());
    assert_eq!(fired(&desk), ["due_soon 2", "overdue 1"]);
    assert!(first_app.flash.is_none() && second_app.flash.is_none());

    // Later looks (the next is due after the interval) find nothing new to say.
    first.clock.advance(chrono::Duration::seconds(40));
    assert!(first.look_for_alerts());
    assert!(first.settle(&mut first_app, limit));
    assert_eq!(fired(&desk).len(), 2);
    let store = Store::open(&desk.db(), "check").unwrap();
    assert_eq!(store.alerts_of(1).unwrap().len(), 1);
    assert_eq!(store.alerts_of(1).unwrap()[0].outcome, "delivered");
}

#[test]
fn a_hanging_hook_never_holds_up_the_keys_and_is_stopped_at_its_timeout() {
    pressdesk::i18n::set_language(pressdesk::i18n::Language::En);
    let desk = Desk::new();
    let config = hooks_config(&desk, "sleep 30; ", 1);
    desk.log(&["--priority", "urgent", "--received", "-2h", "Авария"]);
    let (mut runtime, mut app) = interface(&desk, &config);
    for effect in App::startup() {
        if let Some(reply) = runtime.perform(effect, &app.settings.clone()) {
            runtime.dispatch(&mut app, reply);
        }
    }
    assert!(runtime.look_for_alerts());
    // Wait until the alert is claimed: its hook is running from then on.
    let store = Store::open(&desk.db(), "check").unwrap();
    while store.alerts_of(1).unwrap().is_empty() {
        std::thread::sleep(Duration::from_millis(20));
    }
    // Meanwhile the interface answers keys and saves.
    let key = |code| Msg::Key(KeyEvent::new(code, KeyModifiers::NONE));
    runtime.dispatch(&mut app, key(KeyCode::Char('j')));
    runtime.dispatch(&mut app, key(KeyCode::Char('?')));
    assert!(app.overlay.is_some());
    runtime.dispatch(&mut app, key(KeyCode::Esc));
    runtime.dispatch(&mut app, key(KeyCode::Char('L')));
    for c in "Ещё вопрос".chars() {
        runtime.dispatch(&mut app, key(KeyCode::Char(c)));
    }
    runtime.dispatch(&mut app, key(KeyCode::Tab));
    for c in "Вопрос".chars() {
        runtime.dispatch(&mut app, key(KeyCode::Char(c)));
    }
    runtime.dispatch(&mut app, key(KeyCode::Enter));
    assert!(app.overlay.is_none(), "saved while the hook hangs");
    assert_eq!(store.open_inquiries().unwrap().len(), 2);
    assert!(runtime.alerts_running(), "the hook is still outstanding");

    // The hook is stopped at its timeout, recorded as failed, and the desk is told.
    assert!(runtime.settle(&mut app, Duration::from_secs(60)));
    let record = &store.alerts_of(1).unwrap()[0];
    assert_eq!(record.outcome, "failed");
    let flash = app.flash.clone().unwrap();
    assert!(flash.error, "{}", flash.text);
    assert!(
        flash.text.contains("overdue hook for #1 gave up"),
        "{}",
        flash.text
    );
    assert!(fired(&desk).is_empty(), "the hook never got past its sleep");
}
