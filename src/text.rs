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
