//! Lengths of time as people write them in the config: `90m`, `4h`, `3d`, `1h30m`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub secs: i64,
}

impl Span {
    pub const fn minutes(m: i64) -> Span {
        Span { secs: m * 60 }
    }
    pub const fn hours(h: i64) -> Span {
        Span { secs: h * 3600 }
    }

    /// `1h30m`, `45m`, `2d`, `1w`, `90s`; a bare number means minutes. A span whose
    /// seconds do not fit is refused, never wrapped.
    pub fn parse(text: &str) -> Result<Span, String> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return Err(tr!("span-empty"));
        }
        let too_long = || tr!("span-too-long", text = text.clone());
        if text.chars().all(|c| c.is_ascii_digit()) {
            let n: i64 = text.parse().map_err(|_| too_long())?;
            return n
                .checked_mul(60)
                .map(|secs| Span { secs })
                .ok_or_else(too_long);
        }
        let mut secs = 0i64;
        let mut number = String::new();
        for ch in text.chars() {
            if ch.is_ascii_digit() {
                number.push(ch);
                continue;
            }
            if ch.is_whitespace() {
                continue;
            }
            if number.is_empty() {
                return Err(tr!(
                    "span-number-first",
                    text = text.clone(),
                    unit = ch.to_string()
                ));
            }
            let n: i64 = number.parse().map_err(|_| too_long())?;
            number.clear();
            let unit: i64 = match ch {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86_400,
                'w' => 7 * 86_400,
                _ => {
                    return Err(tr!(
                        "span-bad-unit",
                        text = text.clone(),
                        unit = ch.to_string()
                    ));
                }
            };
            secs = n
                .checked_mul(unit)
                .and_then(|s| secs.checked_add(s))
                .ok_or_else(too_long)?;
        }
        if !number.is_empty() {
            return Err(tr!("span-no-unit", text = text.clone()));
        }
        Ok(Span { secs })
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.secs;
        if rest == 0 {
            return f.write_str("0m");
        }
        for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] {
            if rest >= size {
                write!(f, "{}{unit}", rest / size)?;
                rest %= size;
            }
        }
        Ok(())
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Span::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_write() {
        assert_eq!(Span::parse("1h").unwrap(), Span::hours(1));
        assert_eq!(Span::parse("1h30m").unwrap(), Span::minutes(90));
        assert_eq!(Span::parse("45").unwrap(), Span::minutes(45));
        assert_eq!(Span::parse("3d").unwrap().secs, 3 * 86_400);
        assert!(Span::parse("3x").is_err());
        assert!(Span::parse("h").is_err());
        assert!(Span::parse("1h30").is_err());
        assert_eq!(Span::hours(26).to_string(), "1d2h");
    }
}
