//! What most views name besides their own part of the model: the keys (for hints), the
//! clock and the office's settings (for times and rules), and the directory (for names).
//! Views take it with their slice, so each is drawn and tested without the whole `App`.

use crate::app::App;
use crate::app::keymap::KeyMap;
use crate::domain::Timestamp;
use crate::search::ContactIndex;
use crate::settings::Settings;

#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub keymap: &'a KeyMap,
    pub now: Timestamp,
    pub settings: &'a Settings,
    pub contacts: &'a ContactIndex,
}

impl<'a> Context<'a> {
    pub fn of(app: &'a App) -> Context<'a> {
        Context {
            keymap: &app.keymap,
            now: app.now,
            settings: &app.settings,
            contacts: &app.contacts,
        }
    }
}
