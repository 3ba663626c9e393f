//! The small windows every feature shares: a prompt, a list to pick from, and the expert
//! chooser. The calendar uses the same prompt and picker for moving an item and setting
//! its status.

use ratatui::crossterm::event::KeyCode;

use super::due_preview::{DueInputs, DuePreview};
use super::editor::TextEditor;
use super::field::{Guard, TextField, guard};
use super::keymap::Action;
use super::suggest::{Pick, Suggestions};
use super::window::{Press, WindowResult};
use crate::domain::when::{Prefer, parse_when};
use crate::domain::{ContactKind, Inquiry, ItemStatus, Priority, Status, Timestamp, When};
use crate::labels::when_error;
use crate::search::ContactIndex;

/// What a prompt edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Answer,
    Question,
    Subject,
    Deadline,
    DeclineReason,
    /// The report's period: a month or two days.
    ReportRange,
    /// A plan item's new day or time, read against where it is now.
    MoveItem(When),
    /// One occurrence of a series: where it is now, and the date the rule puts it on.
    MoveOccurrence(When, chrono::NaiveDate),
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
    /// For a deadline: the inquiry it is worked out for, and what Enter would save.
    pub due_inputs: Option<DueInputs>,
    pub preview: DuePreview,
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
    /// Whose changes the audit view shows.
    AuditPerson,
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

/// The expert chosen: nobody, one of the contacts, or a new one by the name typed.
#[derive(Debug, PartialEq)]
pub enum ExpertPick {
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
        if press.is(Action::NextField) || press.is(Action::PrevField) {
            self.on_due = !self.on_due;
            return WindowResult::Stay;
        }
        if self.on_due {
            self.due.edit(press.key);
        } else if !self.list.step(press) && self.input.edit(press.key) {
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
