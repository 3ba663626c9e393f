//! Phone numbers compared by their digits, however they were written:
//! `+7 918 123-45-67`, `89181234567` and `8 (918) 123 45 67` are one number.

/// How numbers are written in the office's country: its calling code, the trunk prefix
/// dialled before a national number, and how many digits a national number has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneRules {
    pub calling_code: &'static str,
    pub trunk_prefix: &'static str,
    pub national_len: usize,
}

impl PhoneRules {
    /// Rules for an ISO country code (`RU`, `UA`, `PL`, …); `None` for an unknown one.
    pub fn for_country(iso: &str) -> Option<PhoneRules> {
        let (calling_code, trunk_prefix, national_len) = match iso.to_ascii_uppercase().as_str() {
            "RU" | "KZ" => ("7", "8", 10),
            "UA" => ("380", "0", 9),
            "PL" => ("48", "", 9),
            "BY" => ("375", "80", 9),
            "DE" => ("49", "0", 0),
            "GB" => ("44", "0", 10),
            "US" | "CA" => ("1", "1", 10),
            _ => return None,
        };
        Some(PhoneRules {
            calling_code,
            trunk_prefix,
            national_len,
        })
    }

    pub const COUNTRIES: &'static [&'static str] =
        &["RU", "KZ", "UA", "PL", "BY", "DE", "GB", "US", "CA"];

    /// The number in international form, digits only (`79181234567`). Short local
    /// numbers and anything unrecognised come back as their plain digits.
    pub fn normalize(&self, raw: &str) -> String {
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        if raw.trim_start().starts_with('+') {
            return digits;
        }
        if let Some(rest) = digits.strip_prefix("00") {
            return rest.to_string();
        }
        if self.calling_code == "7"
            && let Some(rest) = digits.strip_prefix("810")
            && rest.len() > 10
        {
            return rest.to_string();
        }
        let national = self.national_len;
        let trunk = self.trunk_prefix;
        if !trunk.is_empty()
            && let Some(rest) = digits.strip_prefix(trunk)
            && (national == 0 || rest.len() == national)
            && rest.len() >= 6
        {
            return format!("{}{rest}", self.calling_code);
        }
        if national != 0 && digits.len() == national {
            return format!("{}{digits}", self.calling_code);
        }
        digits
    }

    /// The digit strings a typed query may appear as inside a normalised number. A
    /// fragment is matched as typed, and also with a trunk prefix turned into the calling
    /// code, so `8 918 12` finds `+7 918 123-45-67`.
    pub fn query_forms(&self, query: &str) -> Vec<String> {
        let digits: String = query.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return Vec::new();
        }
        let mut forms = vec![digits.clone()];
        let full = self.normalize(query);
        if full != digits {
            forms.push(full);
        }
        if !self.trunk_prefix.is_empty()
            && !query.trim_start().starts_with('+')
            && let Some(rest) = digits.strip_prefix(self.trunk_prefix)
            && rest.len() >= 3
        {
            forms.push(format!("{}{rest}", self.calling_code));
        }
        forms.dedup();
        forms
    }
}

/// Does the text look like a phone number (mostly digits, at least five of them)?
pub fn looks_like_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let other = text
        .chars()
        .filter(|c| !c.is_ascii_digit() && !" +-()./".contains(*c))
        .count();
    digits >= 5 && other == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_russian_number_however_written() {
        let ru = PhoneRules::for_country("ru").unwrap();
        for raw in [
            "+7 918 123-45-67",
            "89181234567",
            "8 (918) 123 45 67",
            "+7(918)1234567",
            "9181234567",
            "8-918-123-45-67",
            "007 918 123 45 67",
            "8 10 7 918 123 45 67",
        ] {
            assert_eq!(ru.normalize(raw), "79181234567", "raw {raw:?}");
        }
        assert_eq!(ru.normalize("61-23-45"), "612345");
    }

    #[test]
    fn ukrainian_and_polish_numbers() {
        let ua = PhoneRules::for_country("UA").unwrap();
        assert_eq!(ua.normalize("0671234567"), "380671234567");
        assert_eq!(ua.normalize("+380 67 123 4567"), "380671234567");
        assert_eq!(ua.normalize("(032) 235-12-34"), "380322351234");
        let pl = PhoneRules::for_country("PL").unwrap();
        assert_eq!(pl.normalize("601 234 567"), "48601234567");
        assert_eq!(pl.normalize("+48 601 234 567"), "48601234567");
        assert_eq!(pl.normalize("12 616 01 00"), "48126160100");
    }

    #[test]
    fn query_fragments_find_the_number() {
        let ru = PhoneRules::for_country("RU").unwrap();
        let stored = ru.normalize("+7 918 123-45-67");
        for query in ["918123", "8 918 12", "89181234567", "+7 918", "4567"] {
            let forms = ru.query_forms(query);
            assert!(
                forms.iter().any(|f| stored.contains(f.as_str())),
                "query {query:?} forms {forms:?}"
            );
        }
        assert!(ru.query_forms("kuzn").is_empty());
    }

    #[test]
    fn phone_like_text() {
        assert!(looks_like_phone("+7 (918) 123-45-67"));
        assert!(looks_like_phone("89181234567"));
        assert!(!looks_like_phone("Петров 8918"));
        assert!(!looks_like_phone("123"));
    }
}
