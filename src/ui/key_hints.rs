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
    let keys: [(&str, String); 14] = [
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
        ("confirm", keymap.hint(Action::Confirm)),
    ];
    args.extend(
        keys.into_iter()
            .map(|(name, key)| (name, FluentValue::from(key))),
    );
    crate::i18n::t_args(id, &args)
}

#[cfg(test)]
mod tests {
    /// A message that names keys through `tr_keys!`'s arguments is never drawn through a
    /// plain `tr!` without them: its keys would show as `{$submit}`.
    #[test]
    fn messages_that_name_keys_are_filled_with_them() {
        const KEYS: [&str; 13] = [
            "submit",
            "cancel",
            "next",
            "choose",
            "up",
            "newline",
            "pick",
            "move",
            "close",
            "help",
            "merge",
            "card_back",
            "period",
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read_all = |dir: &std::path::Path, ext: &str| -> String {
            let mut text = String::new();
            let mut stack = vec![dir.to_path_buf()];
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|e| e == ext) {
                        text.push_str(&std::fs::read_to_string(&path).unwrap());
                    }
                }
            }
            text
        };
        let catalogs = read_all(&root.join("assets/i18n"), "ftl");
        let code = read_all(&root.join("src"), "rs");
        let mut id = "";
        let mut bare = Vec::new();
        for line in catalogs.lines() {
            if let Some((name, _)) = line.split_once(" = ")
                && !name.starts_with(' ')
            {
                id = name;
            }
            let names_a_key = KEYS.iter().any(|k| line.contains(&format!("{{ ${k} }}")));
            if names_a_key && code.contains(&format!("tr!(\"{id}\")")) {
                bare.push(id.to_string());
            }
        }
        assert!(bare.is_empty(), "drawn without their keys: {bare:?}");
    }
}
