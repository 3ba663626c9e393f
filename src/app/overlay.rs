//! The small windows every feature shares: a prompt, a list to pick from, and the expert
//! chooser. The calendar uses the same prompt and picker for moving an item and setting
//! its status.

use ratatui::crossterm::event::KeyCode;

use super::editor::TextEditor;
use super::field::{Guard, TextField, guard};
use super::keymap::Action;
use super::suggest::{Pick, Suggestions};
use super::window::{Press, WindowResult};
use crate::domain::{ContactKind, ItemStatus, Priority, Status, When};
use crate::search::ContactIndex;

/// What a prompt edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Answer,
    Question,
    Subject,
    Deadline,
    DeclineReason,
    /// A plan item's new day or time, read against where it is now.
    MoveItem(When),
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    /// The record it edits: an inquiry, or the plan item for `MoveItem`.
    pub target: i64,
    /// The one line typed, for everything but the answer.
    pub input: TextField,
    /// The answer's paragraphs.
    pub text: Option<Box<TextEditor>>,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

impl Prompt {
    pub fn new(kind: PromptKind, target: i64, value: &str) -> Prompt {
        let multi_line = kind == PromptKind::Answer;
        Prompt {
            kind,
            target,
            input: TextField::with_value(if multi_line { "" } else { value }),
            text: multi_line.then(|| Box::new(TextEditor::with_value(value))),
            error: None,
            saving: false,
            confirm_discard: false,
        }
    }

    /// What was typed, without spaces at its ends.
    pub fn value(&self) -> String {
        match &self.text {
            Some(text) => text.trimmed(),
            None => self.input.trimmed().to_string(),
        }
    }

    pub fn paste(&mut self, pasted: &str) {
        match &mut self.text {
            Some(text) => text.paste(pasted),
            None => self.input.paste(pasted),
        }
    }

    pub fn key(&mut self, press: &Press) -> WindowResult<String> {
        let has_input = match &self.text {
            Some(text) => text.changed() && !text.is_blank(),
            None => self.input.changed() && !self.input.is_blank(),
        };
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return WindowResult::Stay,
            Guard::Close => return WindowResult::Close,
        }
        if press.is(Action::Submit) {
            self.error = None;
            return WindowResult::Submit(self.value());
        }
        let edited = match &mut self.text {
            Some(text) if press.is(Action::NewLine) => text.new_line(),
            Some(text) => text.edit(press.key),
            None => self.input.edit(press.key),
        };
        if edited {
            self.error = None;
        }
        WindowResult::Stay
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickValue {
    Status(Status),
    Priority(Priority),
    /// A member of `Settings::assignable`, or nobody.
    Member(Option<usize>),
    /// A plan item's status.
    ItemStatus(ItemStatus),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    Status,
    Priority,
    Assign,
    /// A plan item's status.
    ItemStatus,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub kind: PickerKind,
    /// The record it sets: an inquiry, or the plan item for `ItemStatus`.
    pub target: i64,
    pub options: Vec<PickValue>,
    pub selected: usize,
}

impl Picker {
    pub fn new(
        kind: PickerKind,
        target: i64,
        options: Vec<PickValue>,
        current: Option<PickValue>,
    ) -> Picker {
        let selected = current
            .and_then(|c| options.iter().position(|o| *o == c))
            .unwrap_or(0);
        Picker {
            kind,
            target,
            options,
            selected,
        }
    }

    pub fn key(&mut self, press: &Press) -> WindowResult<PickValue> {
        let n = self.options.len();
        if n == 0 || press.cancels() {
            return WindowResult::Close;
        }
        match press.action {
            Some(Action::PickDown) => self.selected = (self.selected + 1) % n,
            Some(Action::PickUp) => self.selected = (self.selected + n - 1) % n,
            Some(Action::PickFirst | Action::PickPageUp) => self.selected = 0,
            Some(Action::PickLast | Action::PickPageDown) => self.selected = n - 1,
            Some(Action::Pick) => return WindowResult::Submit(self.options[self.selected]),
            _ => {
                // A digit picks by number, as the rows are numbered.
                if let KeyCode::Char(c) = press.key.code
                    && let Some(k) = c.to_digit(10)
                    && (1..=n).contains(&(k as usize))
                {
                    return WindowResult::Submit(self.options[k as usize - 1]);
                }
            }
        }
        WindowResult::Stay
    }
}

/// Choosing the internal expert who gives the comment: existing experts by name, or a
/// new one as typed. An empty line removes the expert.
#[derive(Debug, Clone)]
pub struct ExpertChooser {
    pub inquiry: i64,
    pub input: TextField,
    pub list: Suggestions,
    pub saving: bool,
}

/// The expert chosen: nobody, one of the contacts, or a new one by the name typed.
#[derive(Debug, PartialEq)]
pub enum ExpertPick {
    Clear,
    Existing(i64),
    New(String),
}

impl ExpertChooser {
    pub fn new(inquiry: i64, contacts: &ContactIndex) -> ExpertChooser {
        let mut chooser = ExpertChooser {
            inquiry,
            input: TextField::new(),
            list: Suggestions::default(),
            saving: false,
        };
        chooser.refresh(contacts);
        chooser
    }

    fn refresh(&mut self, contacts: &ContactIndex) {
        let hits = experts_matching(contacts, self.input.value());
        self.list = Suggestions::new(hits, !self.input.is_blank());
    }

    pub fn key(&mut self, press: &Press, contacts: &ContactIndex) -> WindowResult<ExpertPick> {
        if self.saving {
            return WindowResult::Stay;
        }
        if press.cancels() {
            return WindowResult::Close;
        }
        if press.is(Action::Submit) {
            return WindowResult::Submit(match self.list.pick() {
                Pick::Existing(id) => ExpertPick::Existing(id),
                Pick::New => ExpertPick::New(self.input.trimmed().to_string()),
                Pick::Nothing => ExpertPick::Clear,
            });
        }
        if !self.list.step(press) && self.input.edit(press.key) {
            self.refresh(contacts);
        }
        WindowResult::Stay
    }
}

/// The experts among the contacts: all of them for an empty query, else the matches.
pub fn experts_matching(contacts: &ContactIndex, query: &str) -> Vec<crate::search::Hit> {
    let is_expert = |id: i64| contacts.kind_of(id) == Some(ContactKind::Expert);
    if query.trim().is_empty() {
        return (0..contacts.len() as u32)
            .filter(|&i| contacts.is_kind(i, ContactKind::Expert))
            .take(8)
            .map(|i| crate::search::Hit {
                id: contacts.id_at(i),
                score: 0,
                name_positions: Vec::new(),
            })
            .collect();
    }
    contacts
        .search(query, 64)
        .into_iter()
        .filter(|h| is_expert(h.id))
        .take(6)
        .collect()
}
