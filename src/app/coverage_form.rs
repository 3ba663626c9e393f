//! The coverage window: a published piece logged from an inquiry, a contact's card or an
//! outlet's card, with what is known filled in. Outlet → Journalist → Date → Title →
//! Link → Tone; Enter saves from any field.

use chrono::NaiveDate;

use super::field::{Guard, TextField, cycle, guard};
use super::keymap::Action;
use super::suggest::{Pick, Suggestions};
use super::window::{Press, WindowResult, clear_field_error};
use crate::domain::coverage::{Tone, url_problem};
use crate::domain::plan::parse_day;
use crate::domain::{ContactKind, Inquiry, Timestamp};
use crate::labels::when_error;
use crate::search::{ContactIndex, OutletIndex};
use crate::settings::Settings;
use crate::store::{NewContact, NewCoverage, OutletRef, Who};
use crate::tr;

const SUGGESTIONS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CField {
    Outlet,
    Who,
    Day,
    Title,
    Link,
    Tone,
}

impl CField {
    pub const ORDER: [CField; 6] = [
        CField::Outlet,
        CField::Who,
        CField::Day,
        CField::Title,
        CField::Link,
        CField::Tone,
    ];

    fn step(self, delta: isize) -> CField {
        super::field::step_field(&CField::ORDER, self, delta)
    }
}

/// A name typed over a list of records to pick from: an outlet or a journalist.
#[derive(Debug, Clone, Default)]
pub struct PickField {
    pub text: TextField,
    /// The record chosen, while the text is its name.
    pub picked: Option<i64>,
    pub list: Suggestions,
}

impl PickField {
    /// A field already holding a record (or nothing): what the window starts with.
    fn holding(name: Option<&str>, id: Option<i64>) -> PickField {
        let name = name.unwrap_or_default();
        PickField {
            text: TextField::with_value(name),
            picked: id.filter(|_| !name.trim().is_empty()),
            list: Suggestions::default(),
        }
    }

    fn refresh_contacts(&mut self, contacts: &ContactIndex) {
        self.picked = None;
        let hits = if self.text.is_blank() {
            Vec::new()
        } else {
            contacts.hits(&contacts.rank(self.text.value(), None), SUGGESTIONS)
        };
        self.list = Suggestions::new(hits, !self.text.is_blank());
    }

    fn refresh_outlets(&mut self, outlets: &OutletIndex) {
        self.picked = None;
        let typed = self.text.trimmed().to_lowercase();
        let hits = outlets.search(self.text.value(), SUGGESTIONS);
        let exact = hits.iter().any(|h| {
            outlets
                .get(h.id)
                .is_some_and(|o| o.name.to_lowercase() == typed)
        });
        self.list = Suggestions::new(hits, !self.text.is_blank() && !exact);
    }

    /// Takes the highlighted record, when one is; a new name stays as typed.
    fn settle(&mut self, name_of: impl Fn(i64) -> Option<String>) {
        if self.picked.is_none()
            && !self.text.is_blank()
            && let Pick::Existing(id) = self.list.pick()
            && let Some(name) = name_of(id)
        {
            self.text.set(&name);
            self.picked = Some(id);
        }
        self.list = Suggestions::default();
    }
}

#[derive(Debug, Clone)]
pub struct CoverageForm {
    pub focus: CField,
    pub outlet: PickField,
    pub who: PickField,
    pub day: TextField,
    pub title: TextField,
    pub url: TextField,
    pub tone: Tone,
    /// The inquiry the piece came from.
    pub inquiry: Option<i64>,
    pub field_error: Option<(CField, String)>,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
}

impl CoverageForm {
    fn new(today: NaiveDate, outlet: PickField, who: PickField) -> CoverageForm {
        CoverageForm {
            focus: CField::Title,
            outlet,
            who,
            day: TextField::with_value(&today.format("%Y-%m-%d").to_string()),
            title: TextField::new(),
            url: TextField::new(),
            tone: Tone::Neutral,
            inquiry: None,
            field_error: None,
            error: None,
            saving: false,
            confirm_discard: false,
        }
    }

    /// A piece that came from an inquiry: its outlet and journalist filled in.
    pub fn for_inquiry(inquiry: &Inquiry, today: NaiveDate) -> CoverageForm {
        let mut form = CoverageForm::new(
            today,
            PickField::holding(inquiry.outlet_name.as_deref(), inquiry.outlet_id),
            PickField::holding(inquiry.contact_name.as_deref(), inquiry.contact_id),
        );
        form.inquiry = Some(inquiry.id);
        form
    }

    /// A piece by a journalist: them, and their outlet.
    pub fn for_contact(
        (id, name): (i64, &str),
        outlet: (Option<i64>, Option<&str>),
        today: NaiveDate,
    ) -> CoverageForm {
        CoverageForm::new(
            today,
            PickField::holding(outlet.1, outlet.0),
            PickField::holding(Some(name), Some(id)),
        )
    }

    /// A piece in an outlet, the journalist left to fill in.
    pub fn for_outlet(id: i64, name: &str, today: NaiveDate) -> CoverageForm {
        CoverageForm::new(
            today,
            PickField::holding(Some(name), Some(id)),
            PickField::default(),
        )
    }

    pub fn has_input(&self) -> bool {
        self.outlet.text.changed()
            || self.who.text.changed()
            || self.day.changed()
            || self.title.changed()
            || self.url.changed()
            || self.tone != Tone::Neutral
    }

    fn list_mut(&mut self) -> Option<&mut Suggestions> {
        match self.focus {
            CField::Outlet => Some(&mut self.outlet.list),
            CField::Who => Some(&mut self.who.list),
            _ => None,
        }
    }

    fn leave_field(&mut self, contacts: &ContactIndex, outlets: &OutletIndex) {
        match self.focus {
            CField::Outlet => self
                .outlet
                .settle(|id| outlets.get(id).map(|o| o.name.clone())),
            CField::Who => self.who.settle(|id| contacts.get(id).map(|c| c.name)),
            _ => {}
        }
    }

    /// Handles one key; Enter gives the piece to save.
    pub fn key(
        &mut self,
        press: &Press,
        now: Timestamp,
        settings: &Settings,
        (contacts, outlets): (&ContactIndex, &OutletIndex),
    ) -> WindowResult<Box<NewCoverage>> {
        let has_input = self.has_input();
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return WindowResult::Stay,
            Guard::Close => return WindowResult::Close,
        }
        if press.is(Action::Submit) {
            return self.submit(now, settings, contacts, outlets);
        }
        if let Some(list) = self.list_mut()
            && !list.is_empty()
            && matches!(
                press.action,
                Some(Action::SuggestionDown | Action::SuggestionUp)
            )
        {
            list.step(press);
            return WindowResult::Stay;
        }
        let step = match press.action {
            Some(Action::NextField | Action::SuggestionDown) => 1,
            Some(Action::PrevField | Action::SuggestionUp) => -1,
            _ => 0,
        };
        if step != 0 {
            self.leave_field(contacts, outlets);
            self.focus = self.focus.step(step);
            return WindowResult::Stay;
        }
        let key = press.key;
        let edited = match self.focus {
            CField::Tone => match cycle(Tone::ALL, self.tone, key) {
                Some(tone) => {
                    self.tone = tone;
                    true
                }
                None => false,
            },
            CField::Outlet => {
                let edited = self.outlet.text.edit(key);
                if edited {
                    self.outlet.refresh_outlets(outlets);
                }
                edited
            }
            CField::Who => {
                let edited = self.who.text.edit(key);
                if edited {
                    self.who.refresh_contacts(contacts);
                }
                edited
            }
            CField::Day => self.day.edit(key),
            CField::Title => self.title.edit(key),
            CField::Link => self.url.edit(key),
        };
        if edited {
            clear_field_error(&mut self.field_error, self.focus);
        }
        WindowResult::Stay
    }

    pub fn paste(&mut self, text: &str, (contacts, outlets): (&ContactIndex, &OutletIndex)) {
        match self.focus {
            CField::Outlet => {
                self.outlet.text.paste(text);
                self.outlet.refresh_outlets(outlets);
            }
            CField::Who => {
                self.who.text.paste(text);
                self.who.refresh_contacts(contacts);
            }
            CField::Day => self.day.paste(text),
            CField::Title => self.title.paste(text),
            CField::Link => self.url.paste(text),
            CField::Tone => {}
        }
    }

    /// Refuses in place what cannot be saved, naming the field; the text stays.
    fn refuse(&mut self, field: CField, message: String) -> WindowResult<Box<NewCoverage>> {
        self.focus = field;
        self.field_error = Some((field, message));
        WindowResult::Stay
    }

    fn submit(
        &mut self,
        now: Timestamp,
        settings: &Settings,
        contacts: &ContactIndex,
        outlets: &OutletIndex,
    ) -> WindowResult<Box<NewCoverage>> {
        self.outlet
            .settle(|id| outlets.get(id).map(|o| o.name.clone()));
        self.who.settle(|id| contacts.get(id).map(|c| c.name));
        self.field_error = None;
        self.error = None;
        let day = match parse_day(
            self.day.value(),
            now,
            settings.zone,
            settings.rules.working_day(),
        ) {
            Ok(day) => day,
            Err(e) => return self.refuse(CField::Day, when_error(&e)),
        };
        if self.title.is_blank() {
            return self.refuse(CField::Title, tr!("coverage-form-title-needed"));
        }
        if url_problem(self.url.trimmed()) {
            return self.refuse(CField::Link, tr!("coverage-form-bad-link"));
        }
        // Without an inquiry to take it from, the outlet is what the form shows.
        if self.outlet.text.is_blank() && self.inquiry.is_none() {
            return self.refuse(CField::Outlet, tr!("coverage-form-outlet-needed"));
        }
        let outlet = match self.outlet.picked {
            Some(id) => OutletRef::Existing(id),
            None if self.outlet.text.is_blank() => OutletRef::None,
            None => OutletRef::Named(self.outlet.text.trimmed().to_string()),
        };
        let who = match self.who.picked {
            Some(id) => Who::Existing(id),
            None if self.who.text.is_blank() => Who::Unknown,
            None => {
                // A byline met for the first time: a journalist at the piece's outlet.
                let mut journalist =
                    NewContact::named(self.who.text.trimmed(), ContactKind::Journalist);
                journalist.outlet = outlet.clone();
                Who::New(Box::new(journalist))
            }
        };
        self.saving = true;
        WindowResult::Submit(Box::new(NewCoverage {
            day,
            outlet,
            who,
            inquiry_id: self.inquiry,
            title: self.title.trimmed().to_string(),
            url: self.url.trimmed().to_string(),
            tone: self.tone,
        }))
    }
}

/// From the contact book: a piece by the contact (their card, or the one selected), or
/// in the outlet whose card is open or which is selected.
pub fn from_book(app: &mut super::App) -> super::Outcome {
    let today = app.settings.zone.date(app.now);
    match book_form(app, today) {
        Some(form) => super::open_coverage(app, form),
        None => {
            app.info(tr!("flash-no-contact-selected"));
            super::Outcome::redraw()
        }
    }
}

/// The window for what the contact book shows: the card's own data when a card is open
/// (the directory may still be being read), else the selected row.
fn book_form(app: &super::App, today: NaiveDate) -> Option<CoverageForm> {
    use super::contacts::{Filter, Target};
    if let Some(card) = app.card() {
        return match card.target {
            Target::Outlet(id) => {
                let name = card
                    .outlet
                    .as_ref()
                    .filter(|o| o.id == id)
                    .map(|o| o.name.clone())
                    .or_else(|| app.outlets.get(id).map(|o| o.name.clone()))?;
                Some(CoverageForm::for_outlet(id, &name, today))
            }
            Target::Contact(id) => {
                let c = card.contact.as_ref().filter(|c| c.id == id)?;
                Some(CoverageForm::for_contact(
                    (c.id, &c.name),
                    (c.outlet_id, c.outlet.as_deref()),
                    today,
                ))
            }
        };
    }
    if app.book.filter == Filter::Outlets {
        let id = app.book.outlet_rows.get(app.book.selected)?.id;
        let name = app.outlets.get(id)?.name.clone();
        return Some(CoverageForm::for_outlet(id, &name, today));
    }
    let c = app.contacts.get(super::contacts::target_contact(app)?)?;
    Some(CoverageForm::for_contact(
        (c.id, &c.name),
        (c.outlet_id, c.outlet.as_deref()),
        today,
    ))
}
