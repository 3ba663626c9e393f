//! What every window shares: the key as pressed with the window action the keymap made
//! of it, and the one answer a window gives to a key.

use ratatui::crossterm::event::KeyEvent;

use super::keymap::Action;

/// A key pressed in a window: the key itself (for typing) and the window action it is
/// bound to, if any. Ctrl-C arrives as `Cancel` in every window.
#[derive(Debug, Clone, Copy)]
pub struct Press<'a> {
    pub key: &'a KeyEvent,
    pub action: Option<Action>,
}

impl<'a> Press<'a> {
    pub fn new(key: &'a KeyEvent, action: Option<Action>) -> Press<'a> {
        Press { key, action }
    }

    pub fn is(&self, action: Action) -> bool {
        self.action == Some(action)
    }

    /// Whether the key closes the window without saving (Esc, Ctrl-C, `q` in a list).
    pub fn cancels(&self) -> bool {
        matches!(
            self.action,
            Some(Action::Cancel) | Some(Action::ClosePicker)
        )
    }
}

/// What a key did to a window.
#[derive(Debug, PartialEq)]
pub enum WindowResult<T> {
    /// The window stays open (the key moved, typed, or was refused in place).
    Stay,
    /// The window closes without saving.
    Close,
    /// The window is done with this value; it stays open until the save comes back.
    Submit(T),
}
