//! A person's name split into the parts address books keep apart (vCard's `N`): a contact
//! stores one name string, written the way the office writes it.
//!
//! - Cyrillic names are written surname first: `Абрамова Полина Евгеньевна`. A patronymic
//!   (`-вич`, `-вна`, `-ична`, `-івна`) also marks the order `Полина Евгеньевна Абрамова`.
//! - Latin names are written given name first: `Anna Kowalska`, `Ludwig van Beethoven`;
//!   `Kowalska, Anna` names the surname first explicitly.

/// The parts of a name; empty strings for parts not present.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NameParts {
    pub family: String,
    pub given: String,
    /// Middle names or a patronymic.
    pub additional: String,
    /// `Dr`, `prof.`, `mgr`.
    pub prefix: String,
}

const PREFIXES: &[&str] = &[
    "dr",
    "dr.",
    "prof",
    "prof.",
    "mgr",
    "mgr.",
    "inż.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "д-р",
    "проф.",
];

/// Lower-case words that belong to the surname after them (`van der Berg`, `de la Cruz`).
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "la", "le",
];

const PATRONYMIC_ENDINGS: &[&str] = &["вич", "вна", "ична", "чна", "івна", "ївна", "оглы", "кызы"];

fn is_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

fn is_patronymic(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() > 4 && PATRONYMIC_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Splits `full` into its parts. A name of one word is a given name (a caller known only
/// as "Ольга", or a phone number typed as the name).
pub fn split(full: &str) -> NameParts {
    let full = full.trim();
    if super::phone::looks_like_phone(full) {
        return NameParts {
            given: full.to_string(),
            ..NameParts::default()
        };
    }
    if let Some((family, given)) = full.split_once(',') {
        let mut parts = split_given_first(given.trim());
        if !parts.family.is_empty() {
            parts.additional = join(&[&parts.additional, &parts.family]);
        }
        parts.family = family.trim().to_string();
        return parts;
    }
    if is_cyrillic(full) {
        split_cyrillic(full)
    } else {
        split_given_first(full)
    }
}

fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Leading titles (`Dr`, `prof.`) and the words after them.
fn take_prefix(words: &[&str]) -> (String, usize) {
    let n = words
        .iter()
        .take_while(|w| PREFIXES.contains(&w.to_lowercase().as_str()))
        .count()
        // A title alone is still a name.
        .min(words.len().saturating_sub(1));
    (words[..n].join(" "), n)
}

fn split_cyrillic(full: &str) -> NameParts {
    let all: Vec<&str> = full.split_whitespace().collect();
    let (prefix, skip) = take_prefix(&all);
    let words = &all[skip..];
    let mut parts = NameParts {
        prefix,
        ..NameParts::default()
    };
    match words {
        [] => {}
        [one] => parts.given = one.to_string(),
        // Given name, patronymic, surname.
        [given, patronymic, family] if is_patronymic(patronymic) && !is_patronymic(family) => {
            parts.given = given.to_string();
            parts.additional = patronymic.to_string();
            parts.family = family.to_string();
        }
        // Surname, given name, then patronymic and anything after it.
        [family, given, rest @ ..] => {
            parts.family = family.to_string();
            parts.given = given.to_string();
            parts.additional = rest.join(" ");
        }
    }
    parts
}

fn split_given_first(full: &str) -> NameParts {
    let all: Vec<&str> = full.split_whitespace().collect();
    let (prefix, skip) = take_prefix(&all);
    let words = &all[skip..];
    let mut parts = NameParts {
        prefix,
        ..NameParts::default()
    };
    match words {
        [] => {}
        [one] => parts.given = one.to_string(),
        [given, rest @ ..] => {
            // The surname is the last word with the particles before it.
            let mut start = rest.len() - 1;
            while start > 0 && PARTICLES.contains(&rest[start - 1]) {
                start -= 1;
            }
            parts.given = given.to_string();
            parts.additional = rest[..start].join(" ");
            parts.family = rest[start..].join(" ");
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(family: &str, given: &str, additional: &str) -> NameParts {
        NameParts {
            family: family.into(),
            given: given.into(),
            additional: additional.into(),
            prefix: String::new(),
        }
    }

    #[test]
    fn cyrillic_names_are_surname_first() {
        assert_eq!(
            split("Абрамова Полина Евгеньевна"),
            parts("Абрамова", "Полина", "Евгеньевна")
        );
        assert_eq!(
            split("Левицький Назар Олегович"),
            parts("Левицький", "Назар", "Олегович")
        );
        assert_eq!(split("Петров Иван"), parts("Петров", "Иван", ""));
        assert_eq!(
            split("Полина Евгеньевна Абрамова"),
            parts("Абрамова", "Полина", "Евгеньевна")
        );
        assert_eq!(split("Ольга"), parts("", "Ольга", ""));
    }

    #[test]
    fn latin_names_are_given_name_first() {
        assert_eq!(split("Anna Kowalska"), parts("Kowalska", "Anna", ""));
        assert_eq!(split("Mary Jane Watson"), parts("Watson", "Mary", "Jane"));
        assert_eq!(
            split("Ludwig van Beethoven"),
            parts("van Beethoven", "Ludwig", "")
        );
        assert_eq!(split("Kowalska, Anna"), parts("Kowalska", "Anna", ""));
        assert_eq!(
            split("dr Jan Nowak"),
            NameParts {
                prefix: "dr".into(),
                ..parts("Nowak", "Jan", "")
            }
        );
        assert_eq!(split("+7 918 000 11 22"), parts("", "+7 918 000 11 22", ""));
        assert_eq!(split(""), NameParts::default());
    }
}
