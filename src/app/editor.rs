//! A text of several paragraphs: a press answer, a post. Enter saves the window it is in;
//! Alt-Enter or Ctrl-J starts a new line. Lines wrap at word boundaries as they are typed.
//! Built on `ratatui-textarea`, which brings soft wrapping, the cursor across wrapped
//! lines, undo and scrolling.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

#[derive(Debug, Clone)]
pub struct TextEditor {
    area: TextArea<'static>,
    initial: String,
}

impl TextEditor {
    /// An editor holding `value`, the cursor at its end.
    pub fn with_value(value: &str) -> TextEditor {
        let lines = value.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        // The line with the cursor is not underlined: the text is read as a whole.
        area.set_cursor_line_style(Style::new());
        area.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextEditor {
            area,
            initial: value.to_string(),
        }
    }

    pub fn value(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The text without blank lines or spaces at its ends.
    pub fn trimmed(&self) -> String {
        self.value().trim().to_string()
    }

    pub fn is_blank(&self) -> bool {
        self.area.lines().iter().all(|l| l.trim().is_empty())
    }

    pub fn changed(&self) -> bool {
        self.value() != self.initial
    }

    /// Starts a new line at the cursor (the keymap's `new_line`; Enter saves).
    pub fn new_line(&mut self) -> bool {
        self.area.insert_newline();
        true
    }

    /// An editing key; true when the text changed. Enter, Esc and Tab belong to the
    /// window and are not handled here.
    pub fn edit(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter | KeyCode::Esc | KeyCode::Tab | KeyCode::BackTab => false,
            // As in every one-line field: Ctrl-U deletes to the start of the line.
            KeyCode::Char('u') if ctrl => self.area.delete_line_by_head(),
            KeyCode::Char('z') if ctrl => self.area.undo(),
            _ => self.area.input(*key),
        }
    }

    /// Pasted text goes in as it is, line breaks included.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.area.insert_str(crate::text::clean_message(&text));
    }

    /// The editor as a widget, for the window that shows it.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(editor: &mut TextEditor, code: KeyCode, modifiers: KeyModifiers) -> bool {
        editor.edit(&KeyEvent::new(code, modifiers))
    }

    fn typed(editor: &mut TextEditor, text: &str) {
        for c in text.chars() {
            press(editor, KeyCode::Char(c), KeyModifiers::NONE);
        }
    }

    #[test]
    fn new_lines_come_from_the_window_and_enter_is_left_to_it() {
        let mut editor = TextEditor::with_value("");
        typed(&mut editor, "Первый абзац.");
        editor.new_line();
        typed(&mut editor, "Второй.");
        editor.new_line();
        typed(&mut editor, "Третий.");
        assert!(!press(&mut editor, KeyCode::Enter, KeyModifiers::NONE));
        assert!(!press(&mut editor, KeyCode::Enter, KeyModifiers::ALT));
        assert_eq!(editor.value(), "Первый абзац.\nВторой.\nТретий.");
        assert!(editor.changed());
        // Ctrl-U clears to the start of the line, as in the one-line fields.
        press(&mut editor, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(editor.value(), "Первый абзац.\nВторой.\n");
    }

    #[test]
    fn an_existing_text_opens_with_the_cursor_at_its_end_and_unchanged() {
        let mut editor = TextEditor::with_value("Ответ.\nПодробности.");
        assert!(!editor.changed());
        typed(&mut editor, " Ещё.");
        assert_eq!(editor.value(), "Ответ.\nПодробности. Ещё.");
        assert!(TextEditor::with_value(" \n ").is_blank());
    }

    #[test]
    fn a_paste_keeps_its_paragraphs_and_loses_control_characters() {
        let mut editor = TextEditor::with_value("");
        editor.paste("Строка один\r\nстрока два\x1b[31m");
        assert_eq!(editor.value(), "Строка один\nстрока два [31m");
    }
}
