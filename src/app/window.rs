//! What every window shares: the key as pressed with the window action the keymap made
//! of it, and the one answer a window gives to a key.

use ratatui::crossterm::event::KeyEvent;

use super::keymap::Action;
use crate::search::ContactIndex;

/// A key pressed in a window: the key itself (for typing) and the window action it is
/// bound to, if any. Ctrl-C arrives as `Cancel` in every window.
#[derive(Debug, Clone, Copy)]
pub struct Press<'a> {
    pub key: &'a KeyEvent,
    pub action: Option<Action>,
    /// Whether the key answers "yes" to the window's question, if it asks one.
    pub yes: bool,
}

impl<'a> Press<'a> {
    pub fn new(key: &'a KeyEvent, action: Option<Action>) -> Press<'a> {
        Press {
            key,
            action,
            yes: false,
        }
    }

    /// The same press, saying whether it answers "yes" (the keymap's `confirm`).
    pub fn answering(self, yes: bool) -> Press<'a> {
        Press { yes, ..self }
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

/// A phone or e-mail typed in a window that already belongs to a contact: the window warns
/// once before saving, and its view words the warning with the keys as bound.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownOwner {
    /// The phone or e-mail as typed.
    pub what: String,
    pub name: String,
    pub id: i64,
    /// How many more contacts have one of them.
    pub more: usize,
}

impl KnownOwner {
    /// The first of the owners `ContactIndex::owners_of` found, with its name.
    pub fn first_of(owners: &[(i64, String)], contacts: &ContactIndex) -> Option<KnownOwner> {
        let (id, what) = owners.first()?;
        Some(KnownOwner {
            what: what.clone(),
            name: contacts
                .get(*id)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            id: *id,
            more: owners.len() - 1,
        })
    }
}

/// A problem shown beside a field goes once that field is edited.
pub fn clear_field_error<F: PartialEq>(error: &mut Option<(F, String)>, field: F) {
    if error.as_ref().is_some_and(|(f, _)| *f == field) {
        *error = None;
    }
}
