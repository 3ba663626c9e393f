//! The contact book's windows: logging a call, meeting or note; adding or editing a
//! contact (with a warning when a phone or e-mail already belongs to someone); and
//! merging two records of one person.

use super::book_store::BookEffect;
use super::field::{Guard, TextField, cycle, guard};
use super::keymap::Action;
use super::quick_log::when_error;
use super::suggest::{Pick, Suggestions};
use super::window::{KnownOwner, Press, WindowResult};
use crate::domain::contact::{ContactCard, EventKind, OutletCard, OutletKind, Point};
use crate::domain::when::{Prefer, parse_when};
use crate::domain::{ContactKind, Relationship, Timestamp};
use crate::search::{ContactIndex, OutletIndex};
use crate::settings::Settings;
use crate::store::{ContactRecord, NewEvent, OutletRecord};
use crate::tr;

#[derive(Debug, Clone)]
pub enum BookOverlay {
    Event(EventForm),
    Editor(Box<ContactEditor>),
    Merge(MergeChooser),
    Outlet(Box<OutletEditor>),
}

/// What a key did to one of the book's windows.
pub type FormOutcome = WindowResult<BookEffect>;

/// Where focus goes on a window key: +1 or -1 through the fields, 0 for a key the field
/// takes. The arrows move between fields in windows without suggestions.
fn field_step(press: &Press) -> isize {
    match press.action {
        Some(Action::NextField | Action::SuggestionDown) => 1,
        Some(Action::PrevField | Action::SuggestionUp) => -1,
        _ => 0,
    }
}

fn step_in<T: Copy + PartialEq>(order: &[T], current: T, step: isize) -> T {
    let n = order.len() as isize;
    let i = order.iter().position(|f| *f == current).unwrap_or(0) as isize;
    order[(i + step).rem_euclid(n) as usize]
}

impl BookOverlay {
    pub fn key(
        &mut self,
        press: &Press,
        now: Timestamp,
        settings: &Settings,
        contacts: &ContactIndex,
        outlets: &OutletIndex,
    ) -> FormOutcome {
        let _ = outlets;
        match self {
            BookOverlay::Event(f) => f.key(press, now, settings),
            BookOverlay::Editor(f) => f.key(press, contacts),
            BookOverlay::Merge(f) => f.key(press, contacts),
            BookOverlay::Outlet(f) => f.key(press),
        }
    }

    /// A save failed: the window stays as typed, with the message.
    pub fn failed(&mut self, message: String) {
        match self {
            BookOverlay::Event(f) => {
                f.saving = false;
                f.error = Some(message);
            }
            BookOverlay::Editor(f) => {
                f.saving = false;
                f.error = Some(message);
            }
            BookOverlay::Merge(f) => {
                f.saving = false;
                f.error = Some(message);
            }
            BookOverlay::Outlet(f) => {
                f.saving = false;
                f.error = Some(message);
            }
        }
    }

    pub fn paste(&mut self, text: &str, contacts: &ContactIndex) {
        match self {
            BookOverlay::Event(f) => match f.focus {
                EventField::Text => f.text.paste(text),
                EventField::When => f.when.paste(text),
                EventField::Kind => {}
            },
            BookOverlay::Editor(f) => {
                if let Some(field) = f.text_mut(f.focus) {
                    field.paste(text);
                }
            }
            BookOverlay::Merge(f) => {
                f.input.paste(text);
                f.refresh(contacts);
            }
            BookOverlay::Outlet(f) => {
                if let Some(field) = f.text_mut(f.focus) {
                    field.paste(text);
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventField {
    Text,
    When,
    Kind,
}

/// Logging a call, meeting or note on a contact's timeline.
#[derive(Debug, Clone)]
pub struct EventForm {
    pub contact: i64,
    pub name: String,
    pub kind: EventKind,
    pub focus: EventField,
    pub text: TextField,
    /// When it happened; empty is now.
    pub when: TextField,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

impl EventForm {
    pub fn new(contact: i64, name: &str, kind: EventKind) -> EventForm {
        EventForm {
            contact,
            name: name.to_string(),
            kind,
            focus: EventField::Text,
            text: TextField::new(),
            when: TextField::new(),
            error: None,
            saving: false,
            confirm_discard: false,
        }
    }

    /// When the event happened, read at `now`.
    pub fn at(&self, now: Timestamp, settings: &Settings) -> Result<Timestamp, String> {
        if self.when.is_blank() {
            return Ok(now);
        }
        parse_when(
            self.when.value(),
            now,
            settings.zone,
            settings.rules.working_day(),
            Prefer::Past,
        )
        .map_err(|e| when_error(&e))
    }

    fn key(&mut self, press: &Press, now: Timestamp, settings: &Settings) -> FormOutcome {
        let has_input = self.text.changed() || self.when.changed();
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return FormOutcome::Stay,
            Guard::Close => return FormOutcome::Close,
        }
        const ORDER: [EventField; 3] = [EventField::Text, EventField::When, EventField::Kind];
        if press.is(Action::Submit) {
            return self.submit(now, settings);
        }
        let step = field_step(press);
        if step != 0 {
            self.focus = step_in(&ORDER, self.focus, step);
            return FormOutcome::Stay;
        }
        let key = press.key;
        match self.focus {
            EventField::Text => {
                if self.text.edit(key) {
                    self.error = None;
                }
            }
            EventField::When => {
                if self.when.edit(key) {
                    self.error = None;
                }
            }
            EventField::Kind => {
                if let Some(kind) = cycle(EventKind::ALL, self.kind, key) {
                    self.kind = kind;
                }
            }
        }
        FormOutcome::Stay
    }

    fn submit(&mut self, now: Timestamp, settings: &Settings) -> FormOutcome {
        self.error = None;
        if self.kind == EventKind::Note && self.text.is_blank() {
            self.focus = EventField::Text;
            self.error = Some(tr!("event-note-needed"));
            return FormOutcome::Stay;
        }
        let at = match self.at(now, settings) {
            Ok(at) => at,
            Err(message) => {
                self.focus = EventField::When;
                self.error = Some(message);
                return FormOutcome::Stay;
            }
        };
        self.saving = true;
        FormOutcome::Submit(BookEffect::AddEvent(NewEvent {
            contact_id: self.contact,
            kind: self.kind,
            at,
            body: self.text.trimmed().to_string(),
        }))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    Name,
    Kind,
    Outlet,
    Position,
    Phones,
    Emails,
    Messengers,
    Tags,
    Relationship,
    Notes,
}

impl EditorField {
    pub const ORDER: [EditorField; 10] = [
        EditorField::Name,
        EditorField::Kind,
        EditorField::Outlet,
        EditorField::Position,
        EditorField::Phones,
        EditorField::Emails,
        EditorField::Messengers,
        EditorField::Tags,
        EditorField::Relationship,
        EditorField::Notes,
    ];
}

/// Adding a contact, or editing one from its card. Lists (phones, e-mails, handles, tags)
/// are typed separated by commas.
#[derive(Debug, Clone)]
pub struct ContactEditor {
    /// The contact edited; none for a new one.
    pub id: Option<i64>,
    pub focus: EditorField,
    pub name: TextField,
    pub kind: ContactKind,
    pub outlet: TextField,
    pub position: TextField,
    pub phones: TextField,
    pub emails: TextField,
    pub messengers: TextField,
    pub tags: TextField,
    pub relationship: Relationship,
    pub notes: TextField,
    /// The labels already known for each phone, e-mail and handle, kept on save.
    labels: Vec<Point>,
    initial: (ContactKind, Relationship),
    /// Phones or e-mails that belong to someone else, shown before saving.
    pub warning: Option<KnownOwner>,
    /// The phones and e-mails the warning was about; a second Enter saves them anyway.
    warned_for: Option<String>,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

fn list(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn joined(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| p.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Default for ContactEditor {
    fn default() -> Self {
        ContactEditor::new()
    }
}

impl ContactEditor {
    pub fn new() -> ContactEditor {
        ContactEditor {
            id: None,
            focus: EditorField::Name,
            name: TextField::new(),
            kind: ContactKind::Journalist,
            outlet: TextField::new(),
            position: TextField::new(),
            phones: TextField::new(),
            emails: TextField::new(),
            messengers: TextField::new(),
            tags: TextField::new(),
            relationship: Relationship::Neutral,
            notes: TextField::new(),
            labels: Vec::new(),
            initial: (ContactKind::Journalist, Relationship::Neutral),
            warning: None,
            warned_for: None,
            error: None,
            saving: false,
            confirm_discard: false,
        }
    }

    pub fn edit(card: &ContactCard) -> ContactEditor {
        let kind = card.kind.unwrap_or(ContactKind::Other);
        ContactEditor {
            id: Some(card.id),
            name: TextField::with_value(&card.name),
            kind,
            outlet: TextField::with_value(card.outlet.as_deref().unwrap_or("")),
            position: TextField::with_value(&card.position),
            phones: TextField::with_value(&joined(&card.phones)),
            emails: TextField::with_value(&joined(&card.emails)),
            messengers: TextField::with_value(&joined(&card.messengers)),
            tags: TextField::with_value(&card.tags.join(", ")),
            relationship: card.relationship,
            // A note of several lines is edited as one; its breaks come back as " / ".
            notes: TextField::with_value(&card.notes.lines().collect::<Vec<_>>().join(" / ")),
            labels: card
                .phones
                .iter()
                .chain(&card.emails)
                .chain(&card.messengers)
                .cloned()
                .collect(),
            initial: (kind, card.relationship),
            ..ContactEditor::new()
        }
    }

    pub fn text(&self, f: EditorField) -> Option<&TextField> {
        match f {
            EditorField::Name => Some(&self.name),
            EditorField::Outlet => Some(&self.outlet),
            EditorField::Position => Some(&self.position),
            EditorField::Phones => Some(&self.phones),
            EditorField::Emails => Some(&self.emails),
            EditorField::Messengers => Some(&self.messengers),
            EditorField::Tags => Some(&self.tags),
            EditorField::Notes => Some(&self.notes),
            EditorField::Kind | EditorField::Relationship => None,
        }
    }

    fn text_mut(&mut self, f: EditorField) -> Option<&mut TextField> {
        match f {
            EditorField::Name => Some(&mut self.name),
            EditorField::Outlet => Some(&mut self.outlet),
            EditorField::Position => Some(&mut self.position),
            EditorField::Phones => Some(&mut self.phones),
            EditorField::Emails => Some(&mut self.emails),
            EditorField::Messengers => Some(&mut self.messengers),
            EditorField::Tags => Some(&mut self.tags),
            EditorField::Notes => Some(&mut self.notes),
            EditorField::Kind | EditorField::Relationship => None,
        }
    }

    pub fn has_input(&self) -> bool {
        EditorField::ORDER
            .iter()
            .filter_map(|f| self.text(*f))
            .any(TextField::changed)
            || (self.kind, self.relationship) != self.initial
    }

    fn points(&self, text: &str) -> Vec<Point> {
        list(text)
            .into_iter()
            .map(|value| Point {
                label: self
                    .labels
                    .iter()
                    .find(|p| p.value == value)
                    .map(|p| p.label.clone())
                    .unwrap_or_default(),
                value,
            })
            .collect()
    }

    /// The contact as typed.
    pub fn record(&self) -> ContactRecord {
        ContactRecord {
            name: self.name.trimmed().to_string(),
            kind: Some(self.kind),
            outlet: Some(self.outlet.trimmed().to_string()).filter(|o| !o.is_empty()),
            position: self.position.trimmed().to_string(),
            relationship: self.relationship,
            tags: list(self.tags.value()),
            notes: self
                .notes
                .trimmed()
                .split(" / ")
                .collect::<Vec<_>>()
                .join("\n"),
            phones: self.points(self.phones.value()),
            emails: self.points(self.emails.value()),
            messengers: self.points(self.messengers.value()),
        }
    }

    fn key(&mut self, press: &Press, contacts: &ContactIndex) -> FormOutcome {
        let has_input = self.has_input();
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return FormOutcome::Stay,
            Guard::Close => return FormOutcome::Close,
        }
        if press.is(Action::Submit) {
            return self.submit(contacts);
        }
        let step = field_step(press);
        if step != 0 {
            self.focus = step_in(&EditorField::ORDER, self.focus, step);
            return FormOutcome::Stay;
        }
        let key = press.key;
        match self.focus {
            EditorField::Kind => {
                if let Some(k) = cycle(ContactKind::ALL, self.kind, key) {
                    self.kind = k;
                }
            }
            EditorField::Relationship => {
                if let Some(r) = cycle(Relationship::ALL, self.relationship, key) {
                    self.relationship = r;
                }
            }
            f => {
                if let Some(field) = self.text_mut(f)
                    && field.edit(key)
                {
                    self.error = None;
                    if matches!(f, EditorField::Phones | EditorField::Emails) {
                        self.warning = None;
                    }
                }
            }
        }
        FormOutcome::Stay
    }

    fn submit(&mut self, contacts: &ContactIndex) -> FormOutcome {
        self.error = None;
        if self.name.is_blank() {
            self.focus = EditorField::Name;
            self.error = Some(tr!("editor-name-needed"));
            return FormOutcome::Stay;
        }
        let record = self.record();
        let phones: Vec<String> = record.phones.iter().map(|p| p.value.clone()).collect();
        let emails: Vec<String> = record.emails.iter().map(|p| p.value.clone()).collect();
        let owners = contacts.owners_of(&phones, &emails, self.id);
        let signature = format!("{}|{}", self.phones.value(), self.emails.value());
        if let Some(owner) = KnownOwner::first_of(&owners, contacts)
            && self.warned_for.as_deref() != Some(signature.as_str())
        {
            self.warning = Some(owner);
            self.warned_for = Some(signature);
            return FormOutcome::Stay;
        }
        self.saving = true;
        FormOutcome::Submit(BookEffect::SaveContact {
            id: self.id,
            record: Box::new(record),
        })
    }
}

/// Merging another record of the same person into this one.
#[derive(Debug, Clone)]
pub struct MergeChooser {
    pub keep: i64,
    pub keep_name: String,
    pub input: TextField,
    pub list: Suggestions,
    /// The record picked, waiting for the y that confirms.
    pub chosen: Option<(i64, String)>,
    pub error: Option<String>,
    pub saving: bool,
}

impl MergeChooser {
    /// Starts with the first word of the name typed, so records of the same surname show.
    pub fn new(keep: i64, keep_name: &str) -> MergeChooser {
        let first = keep_name.split_whitespace().next().unwrap_or("");
        MergeChooser {
            keep,
            keep_name: keep_name.to_string(),
            input: TextField::with_value(first),
            list: Suggestions::default(),
            chosen: None,
            error: None,
            saving: false,
        }
    }

    pub fn refresh(&mut self, contacts: &ContactIndex) {
        let hits = contacts
            .search(self.input.value(), 7)
            .into_iter()
            .filter(|h| h.id != self.keep)
            .take(6)
            .collect();
        self.list = Suggestions::new(hits, false);
    }

    fn key(&mut self, press: &Press, contacts: &ContactIndex) -> FormOutcome {
        if self.saving {
            return FormOutcome::Stay;
        }
        if let Some((other, _)) = &self.chosen {
            let other = *other;
            if press.yes {
                self.saving = true;
                return FormOutcome::Submit(BookEffect::Merge {
                    keep: self.keep,
                    other,
                });
            }
            self.chosen = None;
            return FormOutcome::Stay;
        }
        if press.cancels() {
            return FormOutcome::Close;
        }
        if press.is(Action::Submit) {
            if let Pick::Existing(id) = self.list.pick()
                && let Some(c) = contacts.get(id)
            {
                self.chosen = Some((id, c.name.clone()));
            }
        } else if !self.list.step(press) && self.input.edit(press.key) {
            self.error = None;
            self.refresh(contacts);
        }
        FormOutcome::Stay
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutletField {
    Name,
    Kind,
    Region,
    Phones,
    Emails,
    Notes,
}

impl OutletField {
    pub const ORDER: [OutletField; 6] = [
        OutletField::Name,
        OutletField::Kind,
        OutletField::Region,
        OutletField::Phones,
        OutletField::Emails,
        OutletField::Notes,
    ];
}

/// Adding an outlet, or editing one from its card.
#[derive(Debug, Clone)]
pub struct OutletEditor {
    pub id: Option<i64>,
    pub focus: OutletField,
    pub name: TextField,
    pub kind: OutletKind,
    pub region: TextField,
    pub phones: TextField,
    pub emails: TextField,
    pub notes: TextField,
    labels: Vec<Point>,
    initial_kind: OutletKind,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

impl OutletEditor {
    pub fn new() -> OutletEditor {
        OutletEditor {
            id: None,
            focus: OutletField::Name,
            name: TextField::new(),
            kind: OutletKind::Online,
            region: TextField::new(),
            phones: TextField::new(),
            emails: TextField::new(),
            notes: TextField::new(),
            labels: Vec::new(),
            initial_kind: OutletKind::Online,
            error: None,
            saving: false,
            confirm_discard: false,
        }
    }

    pub fn edit(card: &OutletCard) -> OutletEditor {
        OutletEditor {
            id: Some(card.id),
            name: TextField::with_value(&card.name),
            kind: card.kind,
            region: TextField::with_value(&card.region),
            phones: TextField::with_value(&joined(&card.phones)),
            emails: TextField::with_value(&joined(&card.emails)),
            notes: TextField::with_value(&card.notes.lines().collect::<Vec<_>>().join(" / ")),
            labels: card.phones.iter().chain(&card.emails).cloned().collect(),
            initial_kind: card.kind,
            ..OutletEditor::new()
        }
    }

    pub fn text(&self, f: OutletField) -> Option<&TextField> {
        match f {
            OutletField::Name => Some(&self.name),
            OutletField::Region => Some(&self.region),
            OutletField::Phones => Some(&self.phones),
            OutletField::Emails => Some(&self.emails),
            OutletField::Notes => Some(&self.notes),
            OutletField::Kind => None,
        }
    }

    fn text_mut(&mut self, f: OutletField) -> Option<&mut TextField> {
        match f {
            OutletField::Name => Some(&mut self.name),
            OutletField::Region => Some(&mut self.region),
            OutletField::Phones => Some(&mut self.phones),
            OutletField::Emails => Some(&mut self.emails),
            OutletField::Notes => Some(&mut self.notes),
            OutletField::Kind => None,
        }
    }

    fn has_input(&self) -> bool {
        OutletField::ORDER
            .iter()
            .filter_map(|f| self.text(*f))
            .any(TextField::changed)
            || self.kind != self.initial_kind
    }

    fn points(&self, text: &str) -> Vec<Point> {
        list(text)
            .into_iter()
            .map(|value| Point {
                label: self
                    .labels
                    .iter()
                    .find(|p| p.value == value)
                    .map(|p| p.label.clone())
                    .unwrap_or_default(),
                value,
            })
            .collect()
    }

    /// The outlet as typed.
    pub fn record(&self) -> OutletRecord {
        OutletRecord {
            id: self.id.unwrap_or(0),
            name: self.name.trimmed().to_string(),
            kind: self.kind,
            region: self.region.trimmed().to_string(),
            notes: self
                .notes
                .trimmed()
                .split(" / ")
                .collect::<Vec<_>>()
                .join("\n"),
            phones: self.points(self.phones.value()),
            emails: self.points(self.emails.value()),
        }
    }

    fn key(&mut self, press: &Press) -> FormOutcome {
        let has_input = self.has_input();
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return FormOutcome::Stay,
            Guard::Close => return FormOutcome::Close,
        }
        if press.is(Action::Submit) {
            self.error = None;
            if self.name.is_blank() {
                self.focus = OutletField::Name;
                self.error = Some(tr!("outlet-name-needed"));
                return FormOutcome::Stay;
            }
            self.saving = true;
            return FormOutcome::Submit(BookEffect::SaveOutlet {
                id: self.id,
                record: Box::new(self.record()),
            });
        }
        let step = field_step(press);
        if step != 0 {
            self.focus = step_in(&OutletField::ORDER, self.focus, step);
            return FormOutcome::Stay;
        }
        let key = press.key;
        match self.focus {
            OutletField::Kind => {
                if let Some(k) = cycle(OutletKind::ALL, self.kind, key) {
                    self.kind = k;
                }
            }
            f => {
                if let Some(field) = self.text_mut(f)
                    && field.edit(key)
                {
                    self.error = None;
                }
            }
        }
        FormOutcome::Stay
    }
}

impl Default for OutletEditor {
    fn default() -> Self {
        OutletEditor::new()
    }
}
