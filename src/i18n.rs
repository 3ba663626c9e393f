//! Every user-visible string goes through here. Messages live in Fluent catalogs
//! (`assets/i18n/*.ftl`), so a translation is a new file, not a change to every pane, and
//! plural forms follow each language's own rules (Fluent with CLDR plural categories).

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Ru,
    Uk,
    Pl,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Ru, Language::Uk, Language::Pl];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Uk => "uk",
            Language::Pl => "pl",
        }
    }

    /// Reads `ru`, `ru_RU.UTF-8`, `uk-UA`, `pl_PL@euro`, `English`…; `None` for a
    /// language we have no catalog for (and for `C`/`POSIX`).
    pub fn parse(tag: &str) -> Option<Language> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match primary {
            "en" | "english" => Some(Language::En),
            "ru" | "russian" | "русский" => Some(Language::Ru),
            "uk" | "ua" | "ukrainian" | "українська" => Some(Language::Uk),
            "pl" | "polish" | "polski" => Some(Language::Pl),
            _ => None,
        }
    }

    /// The language the locale variables ask for, by POSIX precedence: the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides.
    pub fn from_locale_env() -> Option<Language> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.trim().is_empty())
            .and_then(|value| Language::parse(&value))
    }

    /// The catalog's text: the language's main file followed by one file per feature
    /// (`assets/i18n/<lang>/<feature>.ftl`), so features add messages without touching
    /// each other's lines.
    fn source(self) -> &'static str {
        macro_rules! catalog {
            ($lang:literal) => {
                [
                    include_str!(concat!("../assets/i18n/", $lang, ".ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/interface.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/reliability.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/search.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/report.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/alerts.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/intake.ftl")),
                ]
            };
        }
        static SOURCES: [OnceLock<String>; 4] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        SOURCES[self.index()].get_or_init(|| {
            let parts = match self {
                Language::En => catalog!("en"),
                Language::Ru => catalog!("ru"),
                Language::Uk => catalog!("uk"),
                Language::Pl => catalog!("pl"),
            };
            parts.join("\n")
        })
    }

    fn index(self) -> usize {
        self as usize
    }
}

pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

static CATALOGS: [OnceLock<Catalog>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];
static PROCESS_LANGUAGE: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language for this thread only, so tests of several languages can run side by side.
    static THREAD_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

impl Catalog {
    fn new(language: Language) -> Catalog {
        let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks would show up as stray characters in a terminal.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(language.source().to_string())
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

/// Chooses the interface language for the whole process.
pub fn set_language(language: Language) {
    PROCESS_LANGUAGE.store(language.index() as u8, Ordering::Relaxed);
}

/// The language strings are being produced in.
pub fn language() -> Language {
    THREAD_LANGUAGE
        .with(Cell::get)
        .unwrap_or(Language::ALL[PROCESS_LANGUAGE.load(Ordering::Relaxed) as usize % 4])
}

/// Runs `f` with this thread speaking `language` (for tests and previews).
pub fn with_language<R>(language: Language, f: impl FnOnce() -> R) -> R {
    let before = THREAD_LANGUAGE.with(|l| l.replace(Some(language)));
    let result = f();
    THREAD_LANGUAGE.with(|l| l.set(before));
    result
}

pub fn catalog_for(language: Language) -> &'static Catalog {
    CATALOGS[language.index()].get_or_init(|| Catalog::new(language))
}

pub fn catalog() -> &'static Catalog {
    catalog_for(language())
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

/// A catalog's source text, for the completeness tests.
pub fn source(language: Language) -> &'static str {
    language.source()
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    fn count(language: Language, n: i64) -> String {
        with_language(language, || tr!("inquiry-count", count = n))
    }

    #[test]
    fn plurals_follow_each_language() {
        let cases: &[(Language, &[(i64, &str)])] = &[
            (
                Language::En,
                &[
                    (1, "1 inquiry"),
                    (3, "3 inquiries"),
                    (5, "5 inquiries"),
                    (21, "21 inquiries"),
                ],
            ),
            (
                Language::Ru,
                &[
                    (1, "1 запрос"),
                    (3, "3 запроса"),
                    (5, "5 запросов"),
                    (11, "11 запросов"),
                    (21, "21 запрос"),
                    (22, "22 запроса"),
                    (112, "112 запросов"),
                ],
            ),
            (
                Language::Uk,
                &[
                    (1, "1 запит"),
                    (3, "3 запити"),
                    (5, "5 запитів"),
                    (11, "11 запитів"),
                    (21, "21 запит"),
                    (24, "24 запити"),
                ],
            ),
            (
                Language::Pl,
                &[
                    (1, "1 zapytanie"),
                    (3, "3 zapytania"),
                    (5, "5 zapytań"),
                    (12, "12 zapytań"),
                    (21, "21 zapytań"),
                    (22, "22 zapytania"),
                ],
            ),
        ];
        for (language, expected) in cases {
            for (n, want) in *expected {
                assert_eq!(count(*language, *n), *want, "{language:?} {n}");
            }
        }
    }

    #[test]
    fn a_thread_can_speak_another_language() {
        assert_eq!(
            with_language(Language::Ru, || t("status-new")),
            catalog_for(Language::Ru).format("status-new", None)
        );
        assert_eq!(t("status-new"), "new");
    }

    #[test]
    fn locale_names_are_understood() {
        assert_eq!(Language::parse("ru_RU.UTF-8"), Some(Language::Ru));
        assert_eq!(Language::parse("uk_UA.UTF-8"), Some(Language::Uk));
        assert_eq!(Language::parse("pl_PL@euro"), Some(Language::Pl));
        assert_eq!(Language::parse("en-GB"), Some(Language::En));
        assert_eq!(Language::parse("C"), None);
        assert_eq!(Language::parse("de_DE.UTF-8"), None);
    }

    /// Every message id with the names of the variables it uses.
    fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
        fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
            for element in &p.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    walk_expression(expression, vars);
                }
            }
        }
        fn walk_inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                ast::InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => {
                    walk_expression(expression, vars)
                }
                _ => {}
            }
        }
        fn walk_expression(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    walk_inline(selector, vars);
                    for v in variants {
                        walk_pattern(&v.value, vars);
                    }
                }
                ast::Expression::Inline(inline) => walk_inline(inline, vars),
            }
        }
        let resource =
            fluent_syntax::parser::parse(language.source()).unwrap_or_else(|(_, errors)| {
                panic!("{language:?} catalog does not parse: {errors:?}")
            });
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    walk_pattern(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{language:?}: {} defined twice",
                    m.id.name
                );
            }
        }
        out
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeables() {
        let english = messages(Language::En);
        for language in [Language::Ru, Language::Uk, Language::Pl] {
            let other = messages(language);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language:?} has messages English lacks: {extra:?}"
            );
            for (id, vars) in &english {
                assert_eq!(
                    &other[id], vars,
                    "{language:?} message {id} uses other placeables"
                );
            }
        }
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
                // Plain messages, and the hints that name keys (`tr_keys!`).
                let calls = text
                    .match_indices("tr!(")
                    .map(|(at, m)| (at, m.len()))
                    .chain(text.match_indices("tr_keys!(").map(|(at, m)| (at, m.len())));
                for (at, len) in calls {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let Some(rest) = text[at + len..].trim_start().strip_prefix('"') else {
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
