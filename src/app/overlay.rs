//! The small windows that open over a pane: a one-line prompt, a list to pick from, the
//! expert chooser and the help screen.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::editor::TextEditor;
use super::field::{Guard, TextField, guard};
use super::quick_log::QuickLog;
use super::suggest::{Pick, Suggestions};
use crate::domain::{ContactKind, Priority, Status};
use crate::search::ContactIndex;

#[derive(Debug, Clone)]
pub enum Overlay {
    QuickLog(Box<QuickLog>),
    Prompt(Prompt),
    Picker(Picker),
    Expert(ExpertChooser),
    Help {
        scroll: u16,
    },
    /// The contact book's windows.
    Book(Box<super::contact_forms::BookOverlay>),
    /// The calendar's windows: the item form, moving, its status, the filter.
    Plan(super::calendar::PlanOverlay),
}

/// What a one-line prompt edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Answer,
    Question,
    Subject,
    Deadline,
    DeclineReason,
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub inquiry: i64,
    /// The one line typed, for everything but the answer.
    pub input: TextField,
    /// The answer's paragraphs.
    pub text: Option<Box<TextEditor>>,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

/// What a key did to a prompt.
#[derive(Debug, PartialEq, Eq)]
pub enum PromptResult {
    Stay,
    Close,
    Submit(String),
}

impl Prompt {
    pub fn new(kind: PromptKind, inquiry: i64, value: &str) -> Prompt {
        let multi_line = kind == PromptKind::Answer;
        Prompt {
            kind,
            inquiry,
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

    pub fn key(&mut self, key: &KeyEvent) -> PromptResult {
        let has_input = match &self.text {
            Some(text) => text.changed() && !text.is_blank(),
            None => self.input.changed() && !self.input.is_blank(),
        };
        match guard(key, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return PromptResult::Stay,
            Guard::Close => return PromptResult::Close,
        }
        if let Some(text) = &mut self.text {
            if key.code == KeyCode::Enter && !TextEditor::is_new_line(key) {
                self.error = None;
                return PromptResult::Submit(text.trimmed());
            }
            if text.edit(key) {
                self.error = None;
            }
            return PromptResult::Stay;
        }
        match key.code {
            KeyCode::Enter => {
                self.error = None;
                PromptResult::Submit(self.input.trimmed().to_string())
            }
            _ => {
                if self.input.edit(key) {
                    self.error = None;
                }
                PromptResult::Stay
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickValue {
    Status(Status),
    Priority(Priority),
    /// A member of `Settings::assignable`, or nobody.
    Member(Option<usize>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    Status,
    Priority,
    Assign,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub kind: PickerKind,
    pub inquiry: i64,
    pub options: Vec<PickValue>,
    pub selected: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub enum PickerResult {
    Stay,
    Close,
    Chosen(PickValue),
}

impl Picker {
    pub fn new(
        kind: PickerKind,
        inquiry: i64,
        options: Vec<PickValue>,
        current: Option<PickValue>,
    ) -> Picker {
        let selected = current
            .and_then(|c| options.iter().position(|o| *o == c))
            .unwrap_or(0);
        Picker {
            kind,
            inquiry,
            options,
            selected,
        }
    }

    pub fn key(&mut self, key: &KeyEvent) -> PickerResult {
        let n = self.options.len();
        if n == 0 {
            return PickerResult::Close;
        }
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => PickerResult::Close,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                PickerResult::Close
            }
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => {
                self.selected = (self.selected + 1) % n;
                PickerResult::Stay
            }
            KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => {
                self.selected = (self.selected + n - 1) % n;
                PickerResult::Stay
            }
            KeyCode::Enter | KeyCode::Char(' ') => {
                PickerResult::Chosen(self.options[self.selected])
            }
            KeyCode::Char(c) if c.is_ascii_digit() => {
                let k = c.to_digit(10).unwrap_or(0) as usize;
                if (1..=n).contains(&k) {
                    PickerResult::Chosen(self.options[k - 1])
                } else {
                    PickerResult::Stay
                }
            }
            _ => PickerResult::Stay,
        }
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

#[derive(Debug, PartialEq)]
pub enum ExpertResult {
    Stay,
    Close,
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

    pub fn key(&mut self, key: &KeyEvent, contacts: &ContactIndex) -> ExpertResult {
        if self.saving {
            return ExpertResult::Stay;
        }
        match key.code {
            KeyCode::Esc => ExpertResult::Close,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                ExpertResult::Close
            }
            KeyCode::Down | KeyCode::Tab => {
                self.list.down();
                ExpertResult::Stay
            }
            KeyCode::Up | KeyCode::BackTab => {
                self.list.up();
                ExpertResult::Stay
            }
            KeyCode::Enter => match self.list.pick() {
                Pick::Existing(id) => ExpertResult::Existing(id),
                Pick::New => ExpertResult::New(self.input.trimmed().to_string()),
                Pick::Nothing => ExpertResult::Clear,
            },
            _ => {
                if self.input.edit(key) {
                    self.refresh(contacts);
                }
                ExpertResult::Stay
            }
        }
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
