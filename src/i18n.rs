//! Every user-visible string goes through here. Messages live in Fluent catalogs
//! (`assets/i18n/*.ftl`), so a translation is a new file, not a change to every pane, and
//! plural forms follow each language's own rules.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

const EN: &str = include_str!("../assets/i18n/en.ftl");

pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

impl Catalog {
    fn new(lang: &str, source: &str) -> Catalog {
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks would show up as stray characters in a terminal.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(resource, _errors)| resource);
        // A duplicate message keeps the first definition; the catalog test rejects those.
        let _ = bundle.add_resource(resource);
        Catalog { bundle }
    }

    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(message) = self.bundle.get_message(id) else {
            return id.to_string();
        };
        let Some(pattern) = message.value() else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// Chooses the interface language for this process. Later calls are ignored.
pub fn init() {
    let _ = CATALOG.set(Catalog::new("en", EN));
}

pub fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(|| Catalog::new("en", EN))
}

/// A message with no arguments.
pub fn t(id: &str) -> String {
    catalog().format(id, None)
}

/// A message with named arguments.
pub fn t_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    catalog().format(id, Some(&fluent_args))
}

/// `tr!("queue-title")` or `tr!("overdue-count", count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::t($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args(
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

/// The English source catalog, for the completeness tests.
pub fn english_source() -> &'static str {
    EN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(tr!("overdue-count", count = 1), "1 overdue");
        assert_eq!(tr!("overdue-count", count = 3), "3 overdue");
        assert_eq!(tr!("inquiry-count", count = 1), "1 inquiry");
        assert_eq!(tr!("inquiry-count", count = 5), "5 inquiries");
    }

    #[test]
    fn unknown_ids_show_themselves() {
        assert_eq!(t("no-such-message"), "no-such-message");
    }

    /// Every `tr!("…")` in the source names a message that exists.
    #[test]
    fn every_message_used_in_the_code_exists() {
        let mut missing = Vec::new();
        let mut checked = 0;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("tr!(") {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let Some(rest) = text[at + 4..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let id = rest.split('"').next().unwrap();
                    let is_id = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    checked += usize::from(is_id);
                    if is_id && !catalog().has(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages missing from en.ftl: {missing:#?}"
        );
        assert!(
            checked > 100,
            "only {checked} messages found: is the scan still reading the code?"
        );
    }
}
