//! Phones as lists show them, kept as the way they are written: most phones of a book
//! are written in a few ways (`+48 601 234 567`, `010 044 592`), and their digits are in
//! the search text already. A phone is kept as its shape (the text with each digit a
//! `0`), kept once for all phones written so, and which of the record's digit groups
//! fills it in.

use std::collections::HashMap;

/// Digit groups a record's phones can name.
const GROUPS: u32 = 8;
/// Codes are chars from here, below the surrogates: two bytes for the first shapes.
const FIRST_CODE: u32 = 0x80;
const CODES: u32 = 0xd800 - FIRST_CODE;

#[derive(Debug, Default)]
pub(crate) struct Shapes {
    all: Vec<Box<str>>,
    /// While building: each shape's place in `all`.
    known: HashMap<Box<str>, u32>,
}

impl Shapes {
    /// The char that stands for `phone`, filled in from the record's digit groups
    /// (`digits`, separated by spaces), if it can stand for it exactly.
    pub(crate) fn code(&mut self, phone: &str, digits: &str) -> Option<char> {
        let typed: String = phone.chars().filter(char::is_ascii_digit).collect();
        if typed.is_empty() {
            return None;
        }
        let group = digits.split(' ').position(|g| g == typed)? as u32;
        if group >= GROUPS {
            return None;
        }
        let shape: String = phone
            .chars()
            .map(|c| if c.is_ascii_digit() { '0' } else { c })
            .collect();
        let at = match self.known.get(shape.as_str()) {
            Some(&at) => at,
            None => {
                let at = self.all.len() as u32;
                if (at + 1) * GROUPS > CODES {
                    return None;
                }
                self.all.push(shape.as_str().into());
                self.known.insert(shape.into(), at);
                at
            }
        };
        char::from_u32(FIRST_CODE + at * GROUPS + group)
    }

    /// The phone `code` stands for, given the record's digit groups.
    pub(crate) fn phone(&self, code: char, digits: &str) -> Option<String> {
        let n = (code as u32).checked_sub(FIRST_CODE)?;
        let shape = self.all.get((n / GROUPS) as usize)?;
        let mut group = digits.split(' ').nth((n % GROUPS) as usize)?.chars();
        let mut out = String::with_capacity(shape.len());
        for c in shape.chars() {
            out.push(if c == '0' { group.next()? } else { c });
        }
        group.next().is_none().then_some(out)
    }

    /// Called once every phone is in.
    pub(crate) fn finish(&mut self) {
        self.known = HashMap::new();
        self.all.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_is_its_shape_and_a_digit_group() {
        let mut shapes = Shapes::default();
        let digits = "79181234567 48601234567";
        let a = shapes.code("+48 601 234-567", digits).unwrap();
        let b = shapes.code("+79 181 234-567", digits).unwrap();
        assert_eq!(shapes.all.len(), 1, "one shape for both");
        assert_eq!(shapes.phone(a, digits).as_deref(), Some("+48 601 234-567"));
        assert_eq!(shapes.phone(b, digits).as_deref(), Some("+79 181 234-567"));
        // Digits that are not the record's (a national 8 made a 7) are not shaped.
        assert_eq!(shapes.code("8 918 123 45 67", digits), None);
        assert_eq!(shapes.code("нет", digits), None);
    }
}
