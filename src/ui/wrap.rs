//! Text of several lines wrapped to a width with every line indented the same, so a
//! long paragraph of an answer or a post stays under its first line.

use unicode_width::UnicodeWidthStr;

use super::text::clean_lines;

/// The lines of `text` (cleaned for the terminal) wrapped at word boundaries to `width`
/// columns, each starting with `indent` spaces. A word longer than a line is cut.
pub fn indented(text: &str, indent: usize, width: usize) -> Vec<String> {
    let room = width.saturating_sub(indent).max(1);
    let pad = " ".repeat(indent);
    let mut out = Vec::new();
    for paragraph in clean_lines(text) {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            loop {
                let gap = usize::from(!line.is_empty());
                if line.width() + gap + word.width() <= room {
                    if gap == 1 {
                        line.push(' ');
                    }
                    line.push_str(&word);
                    break;
                }
                if !line.is_empty() {
                    out.push(format!("{pad}{}", std::mem::take(&mut line)));
                    continue;
                }
                // Alone on a line and still too long: cut it where the line ends.
                let (head, tail) = split_at_width(&word, room);
                out.push(format!("{pad}{head}"));
                word = tail;
            }
        }
        out.push(format!("{pad}{line}"));
    }
    out
}

fn split_at_width(word: &str, room: usize) -> (String, String) {
    let mut used = 0;
    for (i, ch) in word.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w > room && i > 0 {
            return (word[..i].to_string(), word[i..].to_string());
        }
        used += w;
    }
    (word.to_string(), String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_start_under_the_text_not_at_the_edge() {
        let lines = indented("Воду дадут в четверг после обеда.\nСпасибо.", 2, 20);
        assert_eq!(
            lines,
            [
                "  Воду дадут в",
                "  четверг после",
                "  обеда.",
                "  Спасибо."
            ]
        );
        assert!(lines.iter().all(|l| l.width() <= 20));
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_and_nothing_is_lost() {
        let lines = indented("https://example.org/a/very/long/path", 2, 12);
        assert_eq!(
            lines.concat().replace(' ', ""),
            "https://example.org/a/very/long/path"
        );
        assert!(lines.iter().all(|l| l.width() <= 12 && l.starts_with("  ")));
    }
}
