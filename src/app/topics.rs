//! The topics of an inquiry as typed: several, separated by commas, each offered from the
//! config's list first and then the free tags already in use. The same field serves the
//! quick log and the window that sets an inquiry's topics from its detail.

use ratatui::crossterm::event::KeyCode;

use super::field::{Guard, TextField, guard};
use super::keymap::Action;
use super::window::{Press, WindowResult};
use crate::domain::topic::{TopicError, clean_topics};

/// How many topics are offered under the field at most.
pub const SHOWN: usize = 6;

/// What can be offered: the config's topics, then those in use (most used first).
#[derive(Debug, Clone, Copy)]
pub struct TopicChoices<'a> {
    pub known: &'a [String],
    pub used: &'a [String],
}

#[derive(Debug, Clone, Default)]
pub struct TopicField {
    pub text: TextField,
    /// The topics offered for the one being typed (after the last comma).
    pub offered: Vec<String>,
    /// The offered topic Tab, Enter or a comma takes; `None` keeps what was typed.
    pub selected: Option<usize>,
}

impl TopicField {
    pub fn new() -> TopicField {
        TopicField::default()
    }

    /// A field holding an inquiry's topics, the way they are typed.
    pub fn with_topics(topics: &[String]) -> TopicField {
        let text = if topics.is_empty() {
            String::new()
        } else {
            format!("{}, ", topics.join(", "))
        };
        TopicField {
            text: TextField::with_value(&text),
            ..TopicField::default()
        }
    }

    pub fn changed(&self) -> bool {
        self.text.changed()
    }

    /// The topic being typed: what follows the last comma.
    pub fn current(&self) -> &str {
        let value = self.text.value();
        value.rsplit(',').next().unwrap_or(value).trim()
    }

    /// The topics already complete before the one being typed, folded for comparing.
    fn earlier(&self) -> Vec<String> {
        let value = self.text.value();
        let mut parts: Vec<&str> = value.split(',').collect();
        parts.pop();
        parts
            .iter()
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// Works out the offered topics again for what is being typed. With nothing typed the
    /// list shows what there is to choose from, but nothing is taken unless chosen.
    pub fn refresh(&mut self, choices: TopicChoices<'_>) {
        let typed = self.current().to_lowercase();
        let earlier = self.earlier();
        let mut offered: Vec<String> = Vec::new();
        for topic in choices.known.iter().chain(choices.used) {
            let folded = topic.trim().to_lowercase();
            if folded.is_empty()
                || !folded.contains(&typed)
                || earlier.contains(&folded)
                || offered.iter().any(|o| o.to_lowercase() == folded)
            {
                continue;
            }
            offered.push(topic.trim().to_string());
            if offered.len() == SHOWN {
                break;
            }
        }
        // A topic typed in full is taken as typed; so is one nothing matches.
        let exact = offered.iter().any(|o| o.to_lowercase() == typed);
        self.selected = (!typed.is_empty() && !exact && !offered.is_empty()).then_some(0);
        self.offered = offered;
    }

    pub fn down(&mut self) {
        let n = self.offered.len();
        if n > 0 {
            self.selected = Some(self.selected.map_or(0, |i| (i + 1) % n));
        }
    }

    pub fn up(&mut self) {
        let n = self.offered.len();
        if n > 0 {
            self.selected = Some(self.selected.map_or(n - 1, |i| (i + n - 1) % n));
        }
    }

    /// Puts the chosen topic in place of the one being typed, ready for the next one.
    pub fn settle(&mut self) {
        let Some(chosen) = self.selected.and_then(|i| self.offered.get(i)).cloned() else {
            return;
        };
        let value = self.text.value();
        let head = match value.rfind(',') {
            Some(at) => format!("{}, ", value[..at].trim_end()),
            None => String::new(),
        };
        self.text.set(&format!("{head}{chosen}, "));
        self.selected = None;
        self.offered.clear();
    }

    /// A key for the field: the arrows choose among the offered topics, a comma takes the
    /// chosen one, anything else edits. False when the key is not the field's.
    pub fn key(&mut self, press: &Press, choices: TopicChoices<'_>) -> bool {
        match press.action {
            Some(Action::SuggestionDown) if !self.offered.is_empty() => {
                self.down();
                return true;
            }
            Some(Action::SuggestionUp) if !self.offered.is_empty() => {
                self.up();
                return true;
            }
            _ => {}
        }
        if press.key.code == KeyCode::Char(',') && self.selected.is_some() {
            self.settle();
            self.refresh(choices);
            return true;
        }
        if self.text.edit(press.key) {
            self.refresh(choices);
            return true;
        }
        false
    }

    pub fn paste(&mut self, text: &str, choices: TopicChoices<'_>) {
        self.text.paste(text);
        self.refresh(choices);
    }

    /// The topics to save: the chosen one taken first, each cleaned as `log --topic`
    /// cleans them.
    pub fn topics(&mut self, known: &[String]) -> Result<Vec<String>, TopicError> {
        self.settle();
        clean_topics(&[self.text.value().to_string()], known)
    }
}

/// The window that sets an inquiry's topics, opened from its detail or the queue.
#[derive(Debug, Clone)]
pub struct TopicsWindow {
    pub inquiry: i64,
    pub field: TopicField,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

impl TopicsWindow {
    pub fn new(inquiry: i64, topics: &[String], choices: TopicChoices<'_>) -> TopicsWindow {
        let mut field = TopicField::with_topics(topics);
        field.refresh(choices);
        TopicsWindow {
            inquiry,
            field,
            error: None,
            saving: false,
            confirm_discard: false,
        }
    }

    /// Handles one key; Enter gives the cleaned topics, a topic too long is refused in
    /// place with the text kept.
    pub fn key(&mut self, press: &Press, choices: TopicChoices<'_>) -> WindowResult<Vec<String>> {
        let changed = self.field.changed();
        match guard(press, self.saving, &mut self.confirm_discard, changed) {
            Guard::Pass => {}
            Guard::Stay => return WindowResult::Stay,
            Guard::Close => return WindowResult::Close,
        }
        if press.is(Action::Submit) {
            return match self.field.topics(choices.known) {
                Ok(topics) => {
                    self.error = None;
                    self.saving = true;
                    WindowResult::Submit(topics)
                }
                Err(e) => {
                    self.error = Some(e.to_string());
                    WindowResult::Stay
                }
            };
        }
        if self.field.key(press, choices) {
            self.error = None;
        }
        WindowResult::Stay
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn typed(field: &mut TopicField, text: &str, choices: TopicChoices<'_>) {
        for c in text.chars() {
            let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            field.key(&Press::new(&key, None), choices);
        }
    }

    #[test]
    fn offers_the_config_first_then_tags_in_use_and_takes_the_chosen_one() {
        let known = strings(&["heating", "hot water", "tariffs"]);
        let used = strings(&["water meters", "heating", "strike"]);
        let choices = TopicChoices {
            known: &known,
            used: &used,
        };
        let mut field = TopicField::new();
        field.refresh(choices);
        assert_eq!(
            field.offered,
            strings(&["heating", "hot water", "tariffs", "water meters", "strike"])
        );
        assert_eq!(field.selected, None, "nothing typed, nothing taken");
        typed(&mut field, "wat", choices);
        assert_eq!(field.offered, strings(&["hot water", "water meters"]));
        assert_eq!(field.selected, Some(0));
        field.down();
        typed(&mut field, ",", choices);
        assert_eq!(field.text.value(), "water meters, ");
        assert!(
            !field.offered.contains(&"water meters".to_string()),
            "a topic already given is not offered again"
        );
        typed(&mut field, "Rats", choices);
        assert_eq!(field.selected, None, "a free tag nothing matches stays");
        assert_eq!(
            field.topics(&known).unwrap(),
            strings(&["rats", "water meters"])
        );
    }

    #[test]
    fn a_topic_typed_in_full_is_not_replaced() {
        let known = strings(&["heat", "heating"]);
        let choices = TopicChoices {
            known: &known,
            used: &[],
        };
        let mut field = TopicField::new();
        typed(&mut field, "Heat", choices);
        assert_eq!(field.selected, None);
        assert_eq!(field.topics(&known).unwrap(), strings(&["heat"]));
    }

    #[test]
    fn a_topic_too_long_is_refused_in_place() {
        let choices = TopicChoices {
            known: &[],
            used: &[],
        };
        let mut window = TopicsWindow::new(7, &strings(&["tariffs"]), choices);
        assert_eq!(window.field.text.value(), "tariffs, ");
        typed(&mut window.field, &"x".repeat(61), choices);
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        let result = window.key(&Press::new(&enter, Some(Action::Submit)), choices);
        assert_eq!(result, WindowResult::Stay);
        assert!(window.error.is_some());
        assert!(window.field.text.value().ends_with("xxx"), "the text stays");
        assert!(!window.saving);
    }
}
