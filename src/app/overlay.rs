//! The small windows that open over a pane: a one-line prompt, a list to pick from, the
//! expert chooser and the help screen.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::due_preview::{DueInputs, DuePreview};
use super::editor::TextEditor;
use super::field::{Guard, TextField, guard};
use super::quick_log::QuickLog;
use super::suggest::{Pick, Suggestions};
use crate::domain::when::{Prefer, parse_when};
use crate::domain::{ContactKind, Inquiry, Priority, Status, Timestamp};
use crate::labels::when_error;
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
    /// For a deadline: the inquiry it is worked out for, and what Enter would save.
    pub due_inputs: Option<DueInputs>,
    pub preview: DuePreview,
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
            due_inputs: None,
            preview: DuePreview::Unknown,
        }
    }

    /// The deadline prompt for an inquiry, its preview worked out at `now`.
    pub fn deadline(inquiry: &Inquiry, now: Timestamp, settings: &super::Settings) -> Prompt {
        let mut prompt = Prompt::new(PromptKind::Deadline, inquiry.id, "");
        prompt.due_inputs = Some(DueInputs {
            received: inquiry.received_at,
            channel: inquiry.channel,
            priority: inquiry.priority,
        });
        prompt.refresh_preview(now, settings);
        prompt
    }

    /// Works out the deadline preview again after the text changed.
    pub fn refresh_preview(&mut self, now: Timestamp, settings: &super::Settings) {
        if let Some(inputs) = self.due_inputs {
            self.preview = DuePreview::of(self.input.value(), inputs, now, settings);
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
    /// Whose changes the audit view shows.
    AuditPerson,
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
/// new one as typed. An empty line removes the expert. Tab moves to when the comment is
/// due: left blank, halfway to the answer's deadline.
#[derive(Debug, Clone)]
pub struct ExpertChooser {
    pub inquiry: i64,
    pub input: TextField,
    pub list: Suggestions,
    pub saving: bool,
    /// When the comment is due, as typed; blank means the default.
    pub due: TextField,
    pub on_due: bool,
    /// The answer's deadline, which the default is halfway to.
    pub answer_due: Timestamp,
    /// When the comment would be due and why, worked out when the field changes.
    pub preview: ExpertDuePreview,
}

/// What the line under the expert's deadline says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExpertDuePreview {
    /// Nothing typed: halfway to the answer's deadline.
    Halfway(Timestamp),
    Typed(Timestamp),
    Unreadable(String),
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
    pub fn new(
        inquiry: &Inquiry,
        contacts: &ContactIndex,
        now: Timestamp,
        settings: &super::Settings,
    ) -> ExpertChooser {
        let mut chooser = ExpertChooser {
            inquiry: inquiry.id,
            input: TextField::new(),
            list: Suggestions::default(),
            saving: false,
            due: TextField::new(),
            on_due: false,
            answer_due: inquiry.due_at,
            preview: ExpertDuePreview::Halfway(inquiry.due_at),
        };
        chooser.refresh(contacts);
        chooser.refresh_preview(now, settings);
        chooser
    }

    fn refresh(&mut self, contacts: &ContactIndex) {
        let hits = experts_matching(contacts, self.input.value());
        self.list = Suggestions::new(hits, !self.input.is_blank());
    }

    /// Works out when the comment would be due, after the field changed or time passed.
    pub fn refresh_preview(&mut self, now: Timestamp, settings: &super::Settings) {
        self.preview = if self.due.is_blank() {
            ExpertDuePreview::Halfway(crate::domain::alerts::default_expert_due(
                now,
                self.answer_due,
            ))
        } else {
            match parse_when(
                self.due.value(),
                now,
                settings.zone,
                settings.rules.working_day(),
                Prefer::Future,
            ) {
                Ok(at) => ExpertDuePreview::Typed(at),
                Err(e) => ExpertDuePreview::Unreadable(when_error(&e)),
            }
        };
    }

    /// The deadline typed for the comment: none when left blank (the default applies),
    /// or the message saying how to write one.
    pub fn typed_due(&self) -> Result<Option<Timestamp>, String> {
        match &self.preview {
            ExpertDuePreview::Halfway(_) => Ok(None),
            ExpertDuePreview::Typed(at) => Ok(Some(*at)),
            ExpertDuePreview::Unreadable(message) => Err(message.clone()),
        }
    }

    pub fn paste(&mut self, text: &str, contacts: &ContactIndex) {
        if self.on_due {
            self.due.paste(text);
        } else {
            self.input.paste(text);
            self.refresh(contacts);
        }
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
            KeyCode::Tab | KeyCode::BackTab => {
                self.on_due = !self.on_due;
                ExpertResult::Stay
            }
            KeyCode::Down if !self.on_due => {
                self.list.down();
                ExpertResult::Stay
            }
            KeyCode::Up if !self.on_due => {
                self.list.up();
                ExpertResult::Stay
            }
            KeyCode::Enter => match self.list.pick() {
                Pick::Existing(id) => ExpertResult::Existing(id),
                Pick::New => ExpertResult::New(self.input.trimmed().to_string()),
                Pick::Nothing => ExpertResult::Clear,
            },
            _ if self.on_due => {
                self.due.edit(key);
                ExpertResult::Stay
            }
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
    let is_expert = |id: i64| {
        contacts
            .get(id)
            .is_some_and(|c| c.kind == Some(ContactKind::Expert))
    };
    if query.trim().is_empty() {
        return contacts
            .all()
            .iter()
            .filter(|c| c.kind == Some(ContactKind::Expert))
            .take(8)
            .map(|c| crate::search::Hit {
                id: c.id,
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
