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
    let mut app = App::new(settings(), KeyMap::default(), NOW);
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

/// The whole screen drawn at `width` × `height`, as text, one line per row.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    let buffer = screen_buffer(app, width, height);
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
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| pressdesk::ui::view(app, f)).unwrap();
    terminal.backend().buffer().clone()
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
