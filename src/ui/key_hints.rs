//! Hints that name keys take them from the keymap, so a key rebound in `[keys]` shows as
//! it is bound and not as the default.

use fluent_bundle::FluentValue;

use crate::app::keymap::{Action, KeyMap};

/// A catalog message that names keys, filled with the keys bound now, and with any other
/// arguments it takes (`tr_keys!(ID, keymap, name = value)`). The message may use any of
/// `$submit`, `$cancel`, `$next` (the next field, which also completes a path), `$choose`
/// (the suggestion pair), `$up` (the suggestion above), `$newline`, `$pick`, `$move` (the
/// list pair), `$close`, `$help`, `$merge`, `$card_back` (back from a card) and `$period`
/// (the audit's period).
macro_rules! tr_keys {
    ($id:literal, $keymap:expr) => {
        $crate::ui::key_hints::format($id, $keymap, Vec::new())
    };
    ($id:literal, $keymap:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::ui::key_hints::format(
            $id,
            $keymap,
            vec![$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}
pub(crate) use tr_keys;

pub fn format<'a>(id: &str, keymap: &KeyMap, mut args: Vec<(&'a str, FluentValue<'a>)>) -> String {
    let keys: [(&str, String); 13] = [
        ("submit", keymap.hint(Action::Submit)),
        ("cancel", keymap.hint(Action::Cancel)),
        ("next", keymap.hint(Action::NextField)),
        (
            "choose",
            keymap.hint_pair(Action::SuggestionUp, Action::SuggestionDown),
        ),
        ("up", keymap.hint(Action::SuggestionUp)),
        ("newline", keymap.label(Action::NewLine)),
        ("pick", keymap.hint(Action::Pick)),
        ("move", keymap.hint_pair(Action::PickUp, Action::PickDown)),
        ("close", keymap.hint(Action::ClosePicker)),
        ("help", keymap.hint(Action::Help)),
        ("merge", keymap.hint(Action::Merge)),
        ("card_back", keymap.hint(Action::CloseCard)),
        ("period", keymap.hint(Action::AuditPeriod)),
    ];
    args.extend(
        keys.into_iter()
            .map(|(name, key)| (name, FluentValue::from(key))),
    );
    crate::i18n::t_args(id, &args)
}
