//! Saves that wait for the database. When another process holds the lock, the window the
//! save came from is put aside and the interface goes on answering keys, with a mark in
//! the status line. When the save is done the window's own handling runs as it would
//! have at once; if it failed, the window comes back as it was typed, with the reason.

use super::{App, Msg, Outcome, Overlay, Timestamp};
use crate::tr;

/// A save the runtime said is waiting, with the window it came from.
#[derive(Debug)]
struct Pending {
    seq: u64,
    window: Option<Overlay>,
}

#[derive(Debug, Default)]
pub struct Saves {
    pending: Vec<Pending>,
    /// Windows whose save failed while another window was open: each comes back, with
    /// its reason, as soon as the screen is free.
    failed: Vec<Overlay>,
}

impl Saves {
    /// How many saves are waiting for the database.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }
}

/// A save is waiting: its window (the one open, which just asked for it) steps aside.
pub fn waiting(app: &mut App, seq: u64) -> Outcome {
    // Help asks for no save; any other window is the one that did.
    let window = match app.overlay {
        Some(Overlay::Help { .. }) => None,
        _ => app.overlay.take(),
    };
    app.saves.pending.push(Pending { seq, window });
    Outcome::redraw()
}

/// A waiting save is done: `reply` is handled with its window back in place, so the
/// window closes on success or keeps what was typed and shows the reason on failure;
/// whatever is open meanwhile stays open.
pub fn finished(app: &mut App, seq: u64, reply: Msg, now: Timestamp) -> Outcome {
    let Some(at) = app.saves.pending.iter().position(|p| p.seq == seq) else {
        return super::handle(app, reply, now);
    };
    let window = app.saves.pending.remove(at).window;
    let failed = reply.failed_save();
    let open = std::mem::replace(&mut app.overlay, window);
    let mut outcome = super::handle(app, reply, now);
    let left = std::mem::replace(&mut app.overlay, open);
    let Some(left) = left.filter(|_| failed) else {
        return outcome;
    };
    // The window is back with the reason in it. Quitting now would lose what was typed.
    if app.quit {
        app.quit = false;
        app.error(tr!("saves-quit-cancelled"));
    }
    if app.overlay.is_none() {
        app.overlay = Some(left);
    } else {
        app.saves.failed.push(left);
        app.error(tr!("saves-failed-behind"));
    }
    outcome.redraw = true;
    outcome
}

/// Brings back a window whose save failed, once nothing else is open. Whether it did.
pub fn reopen_failed(app: &mut App) -> bool {
    if app.overlay.is_some() {
        return false;
    }
    match app.saves.failed.pop() {
        Some(window) => {
            app.overlay = Some(window);
            true
        }
        None => false,
    }
}
