//! Fixtures shared by the integration tests.
#![allow(dead_code, unused_imports)]

use std::path::PathBuf;

use assert_cmd::Command;
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, update};
use pressdesk::domain::Status;
pub use pressdesk::fixtures::{HOUR, NOW, NOW_RFC3339, contacts, inquiry, settings};

/// An app whose queue holds #1 overdue, #2 due soon, #3 later.
pub fn app_with_queue() -> App {
    app_with_queue_keyed(KeyMap::default())
}

/// The same queue, with the keys as a config binds them.
pub fn app_with_queue_keyed(keymap: KeyMap) -> App {
    let mut app = App::new(settings(), keymap, NOW);
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

/// An e-mailed inquiry from a new journalist `who`, due a day after it came.
pub fn emailed(
    at: i64,
    who: &str,
    outlet: pressdesk::store::OutletRef,
    subject: &str,
    question: &str,
) -> pressdesk::store::NewInquiry {
    use pressdesk::store::{NewContact, Who};
    pressdesk::store::NewInquiry {
        received_at: at,
        channel: pressdesk::domain::Channel::Email,
        who: Who::New(Box::new(NewContact::named(
            who,
            pressdesk::domain::ContactKind::Journalist,
        ))),
        outlet,
        subject: subject.into(),
        question: question.into(),
        requested_deadline: None,
        due_at: at + 86_400,
        priority: pressdesk::domain::Priority::Normal,
        assignee: None,
    }
}

/// The interface driven through the real runtime over a store, on a frozen clock.
pub struct Interface {
    pub runtime: pressdesk::runtime::Runtime,
    pub app: App,
    size: (u16, u16),
}

impl Interface {
    /// Started as the terminal starts it: the screen's size, then what it loads first.
    pub fn start(store: pressdesk::store::Store, now: i64, size: (u16, u16)) -> Interface {
        use pressdesk::app::Settings;
        let clock =
            pressdesk::clock::Clock::frozen(chrono::DateTime::from_timestamp(now, 0).unwrap());
        let mut runtime = pressdesk::runtime::Runtime::new(store, clock);
        let config = pressdesk::config::Config::default();
        let mut settings = Settings::from_config(&config, pressdesk::domain::Zone::fixed_hours(3));
        settings.user = "elena".into();
        let mut app = App::new(settings, KeyMap::default(), now);
        runtime.dispatch(&mut app, Msg::Resize(size.0, size.1));
        for effect in App::startup() {
            if let Some(msg) = runtime.perform(effect, &app.settings.clone()) {
                runtime.dispatch(&mut app, msg);
            }
        }
        Interface { runtime, app, size }
    }

    /// A key pressed with `modifiers`.
    pub fn key_with(
        &mut self,
        code: ratatui::crossterm::event::KeyCode,
        modifiers: ratatui::crossterm::event::KeyModifiers,
    ) {
        let event = ratatui::crossterm::event::KeyEvent::new(code, modifiers);
        self.runtime.dispatch(&mut self.app, Msg::Key(event));
    }

    /// A key pressed, with Shift for a capital letter.
    pub fn key(&mut self, code: ratatui::crossterm::event::KeyCode) {
        use ratatui::crossterm::event::{KeyCode, KeyModifiers};
        let modifiers = match code {
            KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
        self.key_with(code, modifiers);
    }

    /// Text typed a character at a time.
    pub fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.key(ratatui::crossterm::event::KeyCode::Char(c));
        }
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        screen_text(&self.app, self.size.0, self.size.1)
    }

    /// The screen as drawn.
    pub fn buffer(&self) -> ratatui::buffer::Buffer {
        screen_buffer(&self.app, self.size.0, self.size.1)
    }
}

/// The whole screen drawn at `width` × `height`, as text, one line per row.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    buffer_text(&screen_buffer(app, width, height))
}

/// A drawn buffer as text, one line per row.
pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The whole screen drawn at `width` × `height`.
pub fn screen_buffer(app: &App, width: u16, height: u16) -> ratatui::buffer::Buffer {
    drawn(app, width, height).backend().buffer().clone()
}

/// The terminal the whole screen was drawn into, for snapshots of the backend.
pub fn drawn(
    app: &App,
    width: u16,
    height: u16,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| pressdesk::ui::view(app, f)).unwrap();
    terminal
}

/// A private desk for running `pressdesk` as a process: its own home, its own database,
/// a fixed clock and time zone.
pub struct Desk {
    pub dir: tempfile::TempDir,
    tz: &'static str,
    now: &'static str,
}

impl Desk {
    /// Moscow time, Tuesday 24 November 2026, 21:40.
    pub fn new() -> Desk {
        Desk::at("MSK-3", NOW_RFC3339)
    }

    /// `tz` is a POSIX TZ value (so no time zone database is needed); `now` RFC 3339.
    pub fn at(tz: &'static str, now: &'static str) -> Desk {
        Desk {
            dir: tempfile::tempdir().unwrap(),
            tz,
            now,
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("desk.sqlite3")
    }

    pub fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    /// `pressdesk` with nothing of the surrounding environment but what is set here.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pressdesk"));
        let home = self.dir.path().join("home");
        cmd.env_clear()
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("TZ", self.tz)
            .env("USER", "elena")
            .env("PRESSDESK_NOW", self.now)
            .env("PRESSDESK_DB", self.db());
        cmd
    }

    /// The same, with assert_cmd's checks.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// Runs a command that must succeed; its standard output.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A command's JSON output; exit status 1 ("something is overdue") is not a failure.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success() || out.status.code() == Some(1),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// `pressdesk log ARGS`; the new inquiry's number.
    pub fn log(&self, args: &[&str]) -> i64 {
        let mut all = vec!["log"];
        all.extend_from_slice(args);
        self.run(&all).trim().parse().unwrap()
    }
}
