//! Hints that name keys take them from the keymap, so a key rebound in `[keys]` shows as
//! it is bound and not as the default.

use fluent_bundle::FluentValue;

use crate::app::keymap::{Action, KeyMap};

/// A catalog message that names window keys, filled with the keys bound now. The message
/// may use any of `$submit`, `$cancel`, `$next` (the next field), `$choose` (the
/// suggestion pair), `$newline`, `$pick`, `$move` (the list pair), `$close` and `$help`.
macro_rules! tr_keys {
    ($id:literal, $keymap:expr) => {
        $crate::ui::key_hints::format($id, $keymap)
    };
}
pub(crate) use tr_keys;

pub fn format(id: &str, keymap: &KeyMap) -> String {
    let args: [(&str, String); 9] = [
        ("submit", keymap.hint(Action::Submit)),
        ("cancel", keymap.hint(Action::Cancel)),
        ("next", keymap.hint(Action::NextField)),
        (
            "choose",
            keymap.hint_pair(Action::SuggestionUp, Action::SuggestionDown),
        ),
        ("newline", keymap.label(Action::NewLine)),
        ("pick", keymap.hint(Action::Pick)),
        ("move", keymap.hint_pair(Action::PickUp, Action::PickDown)),
        ("close", keymap.hint(Action::ClosePicker)),
        ("help", keymap.hint(Action::Help)),
    ];
    let args: Vec<(&str, FluentValue)> = args
        .into_iter()
        .map(|(name, key)| (name, FluentValue::from(key)))
        .collect();
    crate::i18n::t_args(id, &args)
}
