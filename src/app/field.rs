//! A one-line text field: editing keys, the cursor, and whether anything was typed.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::{Input, InputRequest};

use super::window::Press;

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

/// The field `delta` places from `current` in a form's `order`, wrapping round.
pub fn step_field<T: Copy + PartialEq>(order: &[T], current: T, delta: isize) -> T {
    let n = order.len() as isize;
    let i = order.iter().position(|f| *f == current).unwrap_or(0) as isize;
    order[(i + delta).rem_euclid(n.max(1)) as usize]
}

/// What a form does with a key before its own fields see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// The key is the form's to handle.
    Pass,
    /// The key was taken; the form stays open.
    Stay,
    /// The form closes without saving.
    Close,
}

/// The rules every form shares: keys wait while a save is in flight; after "discard what
/// you typed?", `y` or a second cancel discards and any other key goes back to editing;
/// cancel (Esc, Ctrl-C) closes an untouched form at once and asks first when something
/// was typed.
pub fn guard(press: &Press, saving: bool, confirm_discard: &mut bool, has_input: bool) -> Guard {
    if saving {
        return Guard::Stay;
    }
    if *confirm_discard {
        let yes = press.yes;
        if press.cancels() || yes {
            return Guard::Close;
        }
        *confirm_discard = false;
        return Guard::Stay;
    }
    if press.cancels() {
        if has_input {
            *confirm_discard = true;
            return Guard::Stay;
        }
        return Guard::Close;
    }
    Guard::Pass
}

pub fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)
}

/// A choice field's keys: Right/Space/`l` and Left/`h` step through the options, Home and
/// End jump to the ends, a digit picks directly. `None` when the key is not one of these.
pub fn cycle<T: Copy + PartialEq>(all: &[T], current: T, key: &KeyEvent) -> Option<T> {
    let n = all.len();
    if n == 0 {
        return None;
    }
    let i = all.iter().position(|x| *x == current).unwrap_or(0);
    match key.code {
        KeyCode::Right | KeyCode::Char(' ') | KeyCode::Char('l') => Some(all[(i + 1) % n]),
        KeyCode::Left | KeyCode::Char('h') => Some(all[(i + n - 1) % n]),
        KeyCode::Home => Some(all[0]),
        KeyCode::End => Some(all[n - 1]),
        KeyCode::Char(c) if c.is_ascii_digit() => {
            let k = c.to_digit(10).unwrap_or(0) as usize;
            (1..=n).contains(&k).then(|| all[k - 1])
        }
        _ => None,
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
    fn forms_ask_before_discarding_what_was_typed() {
        use crate::app::keymap::Action;
        let esc_key = key(KeyCode::Esc);
        let esc = Press::new(&esc_key, Some(Action::Cancel));
        let (n, y, x) = (
            key(KeyCode::Char('n')),
            key(KeyCode::Char('y')),
            key(KeyCode::Char('x')),
        );
        let typed = |k| Press::new(k, None);
        let mut asking = false;
        assert_eq!(guard(&esc, false, &mut asking, false), Guard::Close);
        assert_eq!(guard(&esc, false, &mut asking, true), Guard::Stay);
        assert!(asking);
        assert_eq!(guard(&typed(&n), false, &mut asking, true), Guard::Stay);
        assert!(!asking, "any other key goes back to editing");
        guard(&esc, false, &mut asking, true);
        // Yes is what the keymap says it is (`confirm`, y by default).
        let yes = typed(&y).answering(true);
        assert_eq!(guard(&yes, false, &mut asking, true), Guard::Close);
        assert_eq!(guard(&typed(&x), true, &mut asking, true), Guard::Stay);
        assert_eq!(guard(&typed(&x), false, &mut false, true), Guard::Pass);
    }

    #[test]
    fn choices_step_jump_and_pick_by_digit() {
        let all = [1, 2, 3];
        assert_eq!(cycle(&all, 3, &key(KeyCode::Right)), Some(1));
        assert_eq!(cycle(&all, 1, &key(KeyCode::Left)), Some(3));
        assert_eq!(cycle(&all, 2, &key(KeyCode::End)), Some(3));
        assert_eq!(cycle(&all, 2, &key(KeyCode::Char('1'))), Some(1));
        assert_eq!(cycle(&all, 2, &key(KeyCode::Char('9'))), None);
        assert_eq!(cycle(&all, 2, &key(KeyCode::Char('x'))), None);
    }

    #[test]
    fn paste_flattens_lines() {
        let mut f = TextField::with_value("a");
        f.paste("b\nc\x1b[31m");
        assert_eq!(f.value(), "ab c[31m");
    }
}
