//! Text from the database or the keyboard, made safe for the terminal and made to fit.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// One line of text as it may be drawn: control characters (escape sequences included)
/// and line breaks become spaces, so nothing stored can drive the terminal.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_control() || is_invisible_format(ch) {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// Bidirectional overrides and similar format characters can reorder what is shown.
fn is_invisible_format(ch: char) -> bool {
    matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Several lines, each cleaned, for text shown wrapped (a question, an answer).
pub fn clean_lines(text: &str) -> Vec<String> {
    text.lines().map(clean).collect()
}

/// A message for the terminal (an error, a notice) that may span lines: each line cleaned,
/// the line breaks kept.
pub fn clean_message(text: &str) -> String {
    clean_lines(text).join("\n")
}

/// Characters JSON allows raw but a terminal acts on (C1 controls such as CSI) or that
/// reorder what is shown (bidirectional overrides and isolates); escaped as `\uXXXX`.
fn needs_json_escape(ch: char) -> bool {
    matches!(ch, '\u{80}'..='\u{9f}') || is_invisible_format(ch)
}

/// Pretty JSON whose strings escape what `needs_json_escape` names, so `--json` output
/// piped to a terminal cannot drive it; the data read back is unchanged.
pub fn write_json<W: std::io::Write, T: serde::Serialize + ?Sized>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, SafeJson::default());
    value.serialize(&mut ser)
}

#[derive(Default)]
struct SafeJson(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for SafeJson {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (at, ch) in fragment.char_indices() {
            if needs_json_escape(ch) {
                w.write_all(&fragment.as_bytes()[start..at])?;
                write!(w, "\\u{:04x}", ch as u32)?;
                start = at + ch.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts `text` to `max` columns, ending in `…` when cut; never splits a grapheme.
pub fn fit(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `fit`, then padded with spaces to exactly `max` columns.
pub fn pad(text: &str, max: usize) -> String {
    let mut out = fit(text, max);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', max.saturating_sub(w)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let evil = "Иван\x1b[2J\x1b]0;owned\x07Петров\r\nnext\u{202e}";
        let shown = clean(evil);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(!shown.contains('\u{202e}'));
        assert!(shown.starts_with("Иван [2J ]0;owned Петров next"));
    }

    #[test]
    fn json_escapes_what_a_terminal_would_act_on_and_reads_back_the_same() {
        let evil = "a\u{9b}31mb\u{202e}c\u{2066}d\x1b[2Je\"Петров";
        let mut bytes = Vec::new();
        write_json(&mut bytes, &vec![evil]).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text
                .chars()
                .any(|c| (c.is_control() && c != '\n') || is_invisible_format(c)),
            "{text:?}"
        );
        assert!(
            text.contains("\\u009b") && text.contains("\\u202e"),
            "{text}"
        );
        assert!(text.contains("Петров"));
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, vec![evil.to_string()]);
        // Still the pretty layout scripts and people read.
        assert!(text.starts_with("[\n  \""), "{text}");
    }

    #[test]
    fn a_message_keeps_its_lines_but_loses_escapes() {
        assert_eq!(clean_message("one\x1b]0;x\x07\ntwo"), "one ]0;x \ntwo");
    }

    #[test]
    fn fitting_cuts_on_graphemes_with_an_ellipsis() {
        assert_eq!(fit("Кузнецова Мария", 8), "Кузнецо…");
        assert_eq!(fit("short", 8), "short");
        assert_eq!(fit("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
        assert_eq!(fit("日本語テキスト", 5), "日本…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(width(&pad("Кузнецова Мария", 8)), 8);
    }
}
