//! A one-line text field: editing keys, the cursor, and whether anything was typed.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::{Input, InputRequest};

#[derive(Debug, Clone, Default)]
pub struct TextField {
    input: Input,
    initial: String,
}

impl TextField {
    pub fn new() -> TextField {
        TextField::default()
    }

    /// A field holding `value`, cursor at the end; "changed" compares against it.
    pub fn with_value(value: &str) -> TextField {
        TextField {
            input: Input::new(value.to_string()),
            initial: value.to_string(),
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    pub fn trimmed(&self) -> &str {
        self.input.value().trim()
    }

    pub fn is_blank(&self) -> bool {
        self.trimmed().is_empty()
    }

    pub fn changed(&self) -> bool {
        self.input.value() != self.initial
    }

    /// Cursor position in display columns.
    pub fn visual_cursor(&self) -> usize {
        self.input.visual_cursor()
    }

    pub fn visual_scroll(&self, width: usize) -> usize {
        self.input.visual_scroll(width)
    }

    pub fn set(&mut self, value: &str) {
        self.input = Input::new(value.to_string());
    }

    /// Inserts pasted text; line breaks become spaces in a one-line field.
    pub fn paste(&mut self, text: &str) {
        for ch in text.chars() {
            let ch = if ch == '\n' || ch == '\r' || ch == '\t' {
                ' '
            } else {
                ch
            };
            if !ch.is_control() {
                self.input.handle(InputRequest::InsertChar(ch));
            }
        }
    }

    /// Applies an editing key. Returns false when the key is not an editing key, so the
    /// form can use it (Tab, Enter, Esc, arrows up and down).
    pub fn edit(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let request = match key.code {
            KeyCode::Char('a') if ctrl => InputRequest::GoToStart,
            KeyCode::Char('e') if ctrl => InputRequest::GoToEnd,
            KeyCode::Char('w') if ctrl => InputRequest::DeletePrevWord,
            KeyCode::Char('u') if ctrl => InputRequest::DeleteFromStart,
            KeyCode::Char('k') if ctrl => InputRequest::DeleteTillEnd,
            KeyCode::Char('b') if alt => InputRequest::GoToPrevWord,
            KeyCode::Char('f') if alt => InputRequest::GoToNextWord,
            KeyCode::Backspace if ctrl || alt => InputRequest::DeletePrevWord,
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => InputRequest::InsertChar(c),
            KeyCode::Backspace => InputRequest::DeletePrevChar,
            KeyCode::Delete => InputRequest::DeleteNextChar,
            KeyCode::Left if ctrl => InputRequest::GoToPrevWord,
            KeyCode::Right if ctrl => InputRequest::GoToNextWord,
            KeyCode::Left => InputRequest::GoToPrevChar,
            KeyCode::Right => InputRequest::GoToNextChar,
            KeyCode::Home => InputRequest::GoToStart,
            KeyCode::End => InputRequest::GoToEnd,
            _ => return false,
        };
        self.input.handle(request);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_and_deleting_in_any_script() {
        let mut f = TextField::new();
        for c in "Кузн".chars() {
            assert!(f.edit(&key(KeyCode::Char(c))));
        }
        assert_eq!(f.value(), "Кузн");
        f.edit(&key(KeyCode::Backspace));
        assert_eq!(f.value(), "Куз");
        f.edit(&key(KeyCode::Home));
        f.edit(&key(KeyCode::Delete));
        assert_eq!(f.value(), "уз");
        assert!(f.changed());
        assert!(!f.edit(&key(KeyCode::Enter)));
        assert!(!f.edit(&key(KeyCode::Tab)));
    }

    #[test]
    fn paste_flattens_lines() {
        let mut f = TextField::with_value("a");
        f.paste("b\nc\x1b[31m");
        assert_eq!(f.value(), "ab c[31m");
    }
}
