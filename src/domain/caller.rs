//! Who is calling, as typed in a hurry: a name, a phone number, or both
//! (`Петров 8 918 123-45-67`).

use super::phone::looks_like_phone;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The name, or the number when only a number was typed.
    pub name: String,
    pub phone: Option<String>,
}

/// Reads a caller: the phone is the longest tail of words that reads as a number.
pub fn read_caller(text: &str) -> Caller {
    let words: Vec<&str> = text.split_whitespace().collect();
    let split = (0..words.len())
        .find(|&i| looks_like_phone(&words[i..].join(" ")))
        .unwrap_or(words.len());
    let name = words[..split].join(" ");
    let phone = words[split..].join(" ");
    Caller {
        name: if name.is_empty() { phone.clone() } else { name },
        phone: (!phone.is_empty()).then_some(phone),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caller_is_a_name_a_number_or_both() {
        let c = read_caller("Петров Иван 8 918 123-45-67");
        assert_eq!(c.name, "Петров Иван");
        assert_eq!(c.phone.as_deref(), Some("8 918 123-45-67"));
        let c = read_caller("+7 918 000 11 22");
        assert_eq!(c.name, "+7 918 000 11 22");
        assert_eq!(c.phone.as_deref(), Some("+7 918 000 11 22"));
        let c = read_caller("Anna Nowak");
        assert_eq!(c.name, "Anna Nowak");
        assert_eq!(c.phone, None);
    }
}
