//! Alert hooks from the interface: the same look as `pressdesk watch --once` (claim what
//! is owed, run the hooks, record how each ended), on a thread of its own with its own
//! connection, so a hook that hangs never holds up a key or a frame. Every alert is
//! claimed once in the database: two interfaces and a watcher on one file fire it once.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::alerts::{AlertSettings, check_once};
use crate::app::Msg;
use crate::store::Store;
use crate::tr;

/// Seconds between two looks while the interface is open (a watcher, if one runs, is
/// usually first; this covers an office without one).
pub const LOOK_EVERY: i64 = 30;

pub struct AlertLooks {
    settings: AlertSettings,
    path: PathBuf,
    user: String,
    /// The look under way: what it has to say when it ends.
    running: Option<Receiver<Vec<String>>>,
    /// When the last look started, on the runtime's clock.
    last: Option<i64>,
}

impl AlertLooks {
    pub fn new(path: PathBuf, user: String, settings: AlertSettings) -> AlertLooks {
        AlertLooks {
            settings,
            path,
            user,
            running: None,
            last: None,
        }
    }

    /// New hooks and levels (the config read again) for the next look.
    pub fn reconfigure(&mut self, settings: AlertSettings) {
        self.settings = settings;
    }

    /// Whether there is anything to look for: a hook to run or an escalation to mark.
    fn wanted(&self) -> bool {
        let hooks = &self.settings.hooks;
        hooks.on_due_soon.is_some()
            || hooks.on_overdue.is_some()
            || hooks.on_escalated.is_some()
            || !self.settings.levels.is_empty()
    }

    /// Starts a look when one is due and none is under way. Whether it started.
    pub fn tick(&mut self, now: i64) -> bool {
        let due = self.last.is_none_or(|last| now - last >= LOOK_EVERY);
        if self.running.is_some() || !due || !self.wanted() {
            return false;
        }
        self.last = Some(now);
        let (tx, rx) = channel();
        let (path, user, settings) = (self.path.clone(), self.user.clone(), self.settings.clone());
        std::thread::spawn(move || {
            // The hooks' own output would land on the interface's screen: it is dropped.
            let said = match Store::open(&path, &user)
                .and_then(|mut store| check_once(&mut store, &settings, now, false))
            {
                Ok(done) => done
                    .iter()
                    .filter_map(|(claimed, delivery)| {
                        let reason = delivery.error.as_deref()?;
                        Some(tr!(
                            "alerts-watch-hook-gave-up",
                            event = claimed.event.event,
                            id = claimed.inquiry_id,
                            attempts = delivery.attempts,
                            reason = crate::text::clean(reason)
                        ))
                    })
                    .collect(),
                Err(e) => vec![tr!("alerts-interface-look-failed", reason = e.to_string())],
            };
            // The receiver is gone only when the interface has quit.
            let _ = tx.send(said);
        });
        self.running = Some(rx);
        true
    }

    /// Whether a look (with its hooks) is under way.
    pub fn running(&self) -> bool {
        self.running.is_some()
    }

    /// What an ended look has to tell the person at the desk: hooks that gave up.
    pub fn finished(&mut self) -> Vec<Msg> {
        let Some(rx) = &self.running else {
            return Vec::new();
        };
        let said = match rx.try_recv() {
            Ok(said) => said,
            Err(TryRecvError::Empty) => return Vec::new(),
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        self.running = None;
        said.into_iter().map(Msg::AlertTrouble).collect()
    }
}
