//! The quick log: the form a press secretary fills while the phone is still ringing.
//! Who → Question → Deadline, then channel, priority, outlet and topics; Enter saves from
//! any field.

use super::due_preview::{DueInputs, DuePreview};
use super::field::{Guard, TextField, cycle, guard};
use super::keymap::Action;
use super::suggest::{COUNT_LATER_FROM, COUNT_SLICE, Pick, Suggestions};
use super::topics::{TopicChoices, TopicField};
use super::window::{KnownOwner, Press, WindowResult, clear_field_error};
use crate::domain::contact::ContactLine;
use crate::domain::when::{Prefer, WhenError, parse_when};
use crate::domain::{Channel, Priority, Timestamp};
pub use crate::labels::when_error;
use crate::search::{ContactIndex, Counting, Hit, OutletIndex, Ranked};
use crate::settings::Settings;
use crate::store::{NewContact, NewInquiry, OutletRef, Who};
use crate::tr;

const SUGGESTIONS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QField {
    Who,
    Question,
    Deadline,
    Channel,
    Priority,
    Outlet,
    Topics,
}

impl QField {
    pub const ORDER: [QField; 7] = [
        QField::Who,
        QField::Question,
        QField::Deadline,
        QField::Channel,
        QField::Priority,
        QField::Outlet,
        QField::Topics,
    ];

    fn step(self, delta: isize) -> QField {
        super::field::step_field(&QField::ORDER, self, delta)
    }
}

#[derive(Debug, Clone)]
pub struct QuickLog {
    pub focus: QField,
    pub who: TextField,
    /// The contact the caller was matched to, once picked.
    pub who_picked: Option<i64>,
    pub who_list: Suggestions,
    pub question: TextField,
    pub deadline: TextField,
    pub channel: Channel,
    pub priority: Priority,
    pub outlet: TextField,
    pub outlet_picked: Option<i64>,
    pub outlet_list: Suggestions,
    /// The inquiry's topics, comma-separated, offered as typed.
    pub topics: TopicField,
    /// A problem with one field, shown beside it.
    pub field_error: Option<(QField, String)>,
    /// The number typed as the caller's belongs to this contact: said once before a new
    /// contact is created with it.
    pub known_owner: Option<KnownOwner>,
    /// A save that failed; the form stays as typed.
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
    /// The last ranking of the Who text: a text that only grew rescans just what could
    /// still match.
    who_ranked: Ranked,
    /// A short Who text in a large book: the names starting with it are offered at once,
    /// and the rest of its ranking is read while no key is waiting.
    who_counting: Option<Counting>,
    /// The Who text a "this number already belongs to …" warning was shown for; Enter
    /// on the same text again creates the new contact anyway.
    warned_for: Option<String>,
    /// The deadline Enter would save and why, worked out when an input it depends on
    /// changes.
    pub preview: DuePreview,
}

/// What a key did to the form: on Enter, the inquiry and its topics.
pub type FormResult = WindowResult<(Box<NewInquiry>, Vec<String>)>;

impl QuickLog {
    pub fn new() -> QuickLog {
        QuickLog {
            focus: QField::Who,
            who: TextField::new(),
            who_picked: None,
            who_list: Suggestions::default(),
            question: TextField::new(),
            deadline: TextField::new(),
            channel: Channel::Phone,
            priority: Priority::Normal,
            outlet: TextField::new(),
            outlet_picked: None,
            outlet_list: Suggestions::default(),
            topics: TopicField::new(),
            field_error: None,
            known_owner: None,
            error: None,
            saving: false,
            confirm_discard: false,
            who_ranked: Ranked::default(),
            who_counting: None,
            warned_for: None,
            preview: DuePreview::Unknown,
        }
    }

    /// The quick log with the caller already chosen (from a contact's card).
    pub fn for_contact(contact: &ContactLine) -> QuickLog {
        let mut form = QuickLog::new();
        form.pick_contact(contact);
        // What the card filled in is where the form starts, not something typed: Esc on a
        // form nobody touched closes it without asking.
        form.who = TextField::with_value(form.who.value());
        form.outlet = TextField::with_value(form.outlet.value());
        form.focus = QField::Question;
        form
    }

    pub fn has_input(&self) -> bool {
        self.who.changed()
            || self.question.changed()
            || self.deadline.changed()
            || self.outlet.changed()
            || self.topics.changed()
            || self.channel != Channel::Phone
            || self.priority != Priority::Normal
    }

    fn pick_contact(&mut self, contact: &ContactLine) {
        self.who.set(&contact.name);
        self.who_picked = Some(contact.id);
        self.who_list = Suggestions::default();
        if self.outlet.is_blank()
            && let Some(outlet) = &contact.outlet
        {
            self.outlet.set(outlet);
            self.outlet_picked = contact.outlet_id;
            self.outlet_list = Suggestions::default();
        }
    }

    /// Settles the Who field: the highlighted suggestion, or a new contact as typed.
    fn settle_who(&mut self, contacts: &ContactIndex) {
        if self.who_picked.is_some() || self.who.is_blank() {
            return;
        }
        if let Pick::Existing(id) = self.who_list.pick()
            && let Some(contact) = contacts.get(id)
        {
            let contact = contact.clone();
            self.pick_contact(&contact);
        }
        self.who_list = Suggestions::default();
    }

    /// Before a new caller is created with a number someone already has: the warning,
    /// and that contact offered in the list (↑ picks it). Once per Who text, as the
    /// contact editor does; the second Enter creates the new contact.
    fn warn_about_known_phone(&mut self, contacts: &ContactIndex) -> bool {
        let creates_new = self.who_picked.is_none()
            && !self.who.is_blank()
            && !matches!(self.who_list.pick(), Pick::Existing(_));
        if !creates_new || self.warned_for.as_deref() == Some(self.who.value()) {
            return false;
        }
        let caller = NewContact::caller(self.who.trimmed());
        let owners = contacts.owners_of(&caller.phones, &[], None);
        let Some(owner) = KnownOwner::first_of(&owners, contacts) else {
            return false;
        };
        self.known_owner = Some(owner);
        let mut hits: Vec<Hit> = owners
            .iter()
            .map(|(id, _)| Hit {
                id: *id,
                score: 0,
                name_positions: Vec::new(),
            })
            .collect();
        hits.dedup_by_key(|h| h.id);
        let mut list = Suggestions::new(hits, true);
        // The "new contact" row stays highlighted: Enter again creates it.
        list.selected = list.rows() - 1;
        self.who_list = list;
        self.warned_for = Some(self.who.value().to_string());
        self.focus = QField::Who;
        true
    }

    fn settle_outlet(&mut self, outlets: &OutletIndex) {
        if self.outlet_picked.is_some() || self.outlet.is_blank() {
            return;
        }
        if let Pick::Existing(id) = self.outlet_list.pick()
            && let Some(outlet) = outlets.get(id)
        {
            self.outlet.set(&outlet.name);
            self.outlet_picked = Some(id);
        }
        self.outlet_list = Suggestions::default();
    }

    fn leave_field(&mut self, contacts: &ContactIndex, outlets: &OutletIndex) {
        match self.focus {
            QField::Who => self.settle_who(contacts),
            QField::Outlet => self.settle_outlet(outlets),
            QField::Topics => self.topics.settle(),
            _ => {}
        }
    }

    /// Focus moves to `field`; the topics offer their choices as soon as they are reached.
    fn enter_field(&mut self, field: QField, choices: TopicChoices<'_>) {
        self.focus = field;
        if field == QField::Topics {
            self.topics.refresh(choices);
        }
    }

    fn refresh_who(&mut self, contacts: &ContactIndex) {
        self.who_picked = None;
        self.known_owner = None;
        clear_field_error(&mut self.field_error, QField::Who);
        let hits = if self.who.is_blank() {
            self.who_ranked = Ranked::default();
            Vec::new()
        } else {
            let typed = self.who.value();
            // A short text in a large book: the best are the names starting with it, found
            // without ranking every record; when fewer than a list's worth do, the rest
            // of the ranking follows.
            let first = (contacts.to_read(typed, Some(&self.who_ranked)) >= COUNT_LATER_FROM)
                .then(|| {
                    // As the contact book: a text that narrows from the last one but still
                    // ranks many records shows what is known while the rest follows.
                    contacts
                        .first_rows(typed, SUGGESTIONS, |_| true)
                        .or_else(|| {
                            contacts
                                .narrows(typed, Some(&self.who_ranked))
                                .then(|| contacts.known_rows(typed, SUGGESTIONS, |_| true))
                        })
                })
                .flatten();
            self.who_counting = None;
            let ranked = match first {
                Some(first) => {
                    if !first.whole {
                        self.who_counting =
                            Some(contacts.count_later(typed, Some(&self.who_ranked)));
                    }
                    contacts.provisional(typed, first.rows, Some(&self.who_ranked))
                }
                // A typo's one-slip retry over many records is read between keys too.
                None => {
                    let previous = Some(&self.who_ranked);
                    match contacts.rank_or_count(typed, previous, COUNT_LATER_FROM) {
                        Ok(ranked) => ranked,
                        Err(counting) => {
                            self.who_counting = Some(*counting);
                            contacts.provisional(typed, Vec::new(), previous)
                        }
                    }
                }
            };
            let hits = contacts.hits(&ranked, SUGGESTIONS);
            self.who_ranked = ranked;
            hits
        };
        self.who_list = Suggestions::new(hits, !self.who.is_blank());
    }

    /// Whether the Who suggestions wait for the rest of a ranking.
    pub fn counting(&self) -> bool {
        self.who_counting.is_some()
    }

    /// Reads the rest of the Who text's ranking at once, before a key acts on the
    /// suggestions: whether they changed (the person has not seen them yet).
    fn count_now(&mut self, contacts: &ContactIndex) -> bool {
        if self.who_counting.is_none() {
            return false;
        }
        let shown: Vec<i64> = self.who_list.hits.iter().map(|h| h.id).collect();
        let selected = self.who_list.selected;
        while self.who_counting.is_some() {
            self.go_on(contacts);
        }
        if self.who_list.hits.iter().map(|h| h.id).eq(shown) {
            self.who_list.selected = selected;
            return false;
        }
        true
    }

    /// Reads the next slice of the Who text's ranking; once it is whole, the suggestions
    /// are its best. Whether they changed.
    pub fn go_on(&mut self, contacts: &ContactIndex) -> bool {
        let Some(counting) = self.who_counting.as_mut() else {
            return false;
        };
        let Some(ranked) = contacts.go_on(counting, COUNT_SLICE) else {
            return false;
        };
        self.who_counting = None;
        let hits = contacts.hits(&ranked, SUGGESTIONS);
        self.who_ranked = ranked;
        self.who_list = Suggestions::new(hits, !self.who.is_blank());
        true
    }

    fn refresh_outlet(&mut self, outlets: &OutletIndex) {
        self.outlet_picked = None;
        let hits = outlets.search(self.outlet.value(), SUGGESTIONS);
        let exact = hits.iter().any(|h| {
            outlets
                .get(h.id)
                .is_some_and(|o| o.name.to_lowercase() == self.outlet.trimmed().to_lowercase())
        });
        self.outlet_list = Suggestions::new(hits, !self.outlet.is_blank() && !exact);
    }

    /// The journalist's deadline as typed, read at `now`.
    pub fn requested_deadline(
        &self,
        now: Timestamp,
        settings: &Settings,
    ) -> Result<Option<Timestamp>, WhenError> {
        if self.deadline.is_blank() {
            return Ok(None);
        }
        parse_when(
            self.deadline.value(),
            now,
            settings.zone,
            settings.rules.working_day(),
            Prefer::Future,
        )
        .map(Some)
    }

    /// Works out the deadline preview again for an inquiry logged at `now`.
    pub fn refresh_preview(&mut self, now: Timestamp, settings: &Settings) {
        let inputs = DueInputs {
            received: now,
            channel: self.channel,
            priority: self.priority,
        };
        self.preview = DuePreview::of(self.deadline.value(), inputs, now, settings);
    }

    /// Handles one key. `now` is the moment the key was pressed; `used` are the topics
    /// already in use, offered after the config's.
    pub fn key(
        &mut self,
        press: &Press,
        now: Timestamp,
        settings: &Settings,
        (contacts, outlets): (&ContactIndex, &OutletIndex),
        used: &[String],
    ) -> FormResult {
        let choices = TopicChoices {
            known: &settings.topics,
            used,
        };
        let has_input = self.has_input();
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return FormResult::Stay,
            Guard::Close => return FormResult::Close,
        }
        // A key that acts on the Who suggestions acts on the whole list: if the rest of
        // it was still coming and changes what was shown, it is shown first.
        let acts_on_list = matches!(
            press.action,
            Some(
                Action::Submit
                    | Action::NextField
                    | Action::PrevField
                    | Action::SuggestionDown
                    | Action::SuggestionUp
            )
        );
        if acts_on_list && self.count_now(contacts) {
            self.focus = QField::Who;
            return FormResult::Stay;
        }
        let list = match self.focus {
            QField::Who => Some(&mut self.who_list),
            QField::Outlet => Some(&mut self.outlet_list),
            _ => None,
        };
        // The arrows choose among suggestions when there are some, else move like Tab.
        let step = match (press.action, list) {
            (Some(Action::Submit), _) => return self.submit(now, settings, contacts, outlets),
            (Some(Action::SuggestionDown | Action::SuggestionUp), None)
                if self.focus == QField::Topics && !self.topics.offered.is_empty() =>
            {
                self.topics.key(press, choices);
                return FormResult::Stay;
            }
            (Some(Action::SuggestionDown), Some(list)) if !list.is_empty() => {
                list.down();
                return FormResult::Stay;
            }
            (Some(Action::SuggestionUp), Some(list)) if !list.is_empty() => {
                list.up();
                return FormResult::Stay;
            }
            (Some(Action::NextField | Action::SuggestionDown), _) => 1,
            (Some(Action::PrevField | Action::SuggestionUp), _) => -1,
            _ => 0,
        };
        if step != 0 {
            self.leave_field(contacts, outlets);
            self.enter_field(self.focus.step(step), choices);
            return FormResult::Stay;
        }
        self.edit_field(press, (contacts, outlets), choices);
        FormResult::Stay
    }

    /// A key typed into the focused field (or stepping its choices); a problem shown
    /// beside the field goes once it is edited.
    fn edit_field(
        &mut self,
        press: &Press,
        (contacts, outlets): (&ContactIndex, &OutletIndex),
        choices: TopicChoices<'_>,
    ) {
        let key = press.key;
        let edited = match self.focus {
            QField::Channel => {
                self.channel = cycle(Channel::ALL, self.channel, key).unwrap_or(self.channel);
                false
            }
            QField::Priority => {
                self.priority = cycle(Priority::ALL, self.priority, key).unwrap_or(self.priority);
                false
            }
            QField::Who => {
                if self.who.edit(key) {
                    self.refresh_who(contacts);
                }
                false
            }
            QField::Outlet => {
                if self.outlet.edit(key) {
                    self.refresh_outlet(outlets);
                }
                false
            }
            QField::Question => {
                self.question.edit(key);
                false
            }
            QField::Topics => self.topics.key(press, choices),
            QField::Deadline => self.deadline.edit(key),
        };
        if edited {
            clear_field_error(&mut self.field_error, self.focus);
        }
    }

    pub fn paste(
        &mut self,
        text: &str,
        (contacts, outlets): (&ContactIndex, &OutletIndex),
        choices: TopicChoices<'_>,
    ) {
        match self.focus {
            QField::Who => {
                self.who.paste(text);
                self.refresh_who(contacts);
            }
            QField::Question => self.question.paste(text),
            QField::Deadline => self.deadline.paste(text),
            QField::Outlet => {
                self.outlet.paste(text);
                self.refresh_outlet(outlets);
            }
            QField::Topics => self.topics.paste(text, choices),
            QField::Channel | QField::Priority => {}
        }
    }

    fn submit(
        &mut self,
        now: Timestamp,
        settings: &Settings,
        contacts: &ContactIndex,
        outlets: &OutletIndex,
    ) -> FormResult {
        if self.warn_about_known_phone(contacts) {
            return FormResult::Stay;
        }
        self.settle_who(contacts);
        self.settle_outlet(outlets);
        self.field_error = None;
        self.known_owner = None;
        self.error = None;
        if self.question.is_blank() {
            self.focus = QField::Question;
            self.field_error = Some((QField::Question, tr!("form-question-needed")));
            return FormResult::Stay;
        }
        let topics = match self.topics.topics(&settings.topics) {
            Ok(topics) => topics,
            Err(e) => {
                self.focus = QField::Topics;
                self.field_error = Some((QField::Topics, e.to_string()));
                return FormResult::Stay;
            }
        };
        let requested = match self.requested_deadline(now, settings) {
            Ok(r) => r,
            Err(e) => {
                self.focus = QField::Deadline;
                self.field_error = Some((QField::Deadline, when_error(&e)));
                return FormResult::Stay;
            }
        };
        let due_at =
            settings
                .rules
                .due_at(now, self.channel, self.priority, requested, settings.zone);
        let outlet = match self.outlet_picked {
            Some(id) => OutletRef::Existing(id),
            None if self.outlet.is_blank() => OutletRef::None,
            None => OutletRef::Named(self.outlet.trimmed().to_string()),
        };
        let who = match self.who_picked {
            Some(id) => Who::Existing(id),
            None if self.who.is_blank() => Who::Unknown,
            None => {
                // A caller met for the first time works where the inquiry comes from.
                let mut caller = NewContact::caller(self.who.trimmed());
                caller.outlet = outlet.clone();
                Who::New(Box::new(caller))
            }
        };
        self.saving = true;
        let new = Box::new(NewInquiry {
            received_at: now,
            channel: self.channel,
            who,
            outlet,
            subject: String::new(),
            question: self.question.trimmed().to_string(),
            requested_deadline: requested,
            due_at,
            priority: self.priority,
            assignee: Some(settings.user.clone()),
        });
        FormResult::Submit((new, topics))
    }
}

impl Default for QuickLog {
    fn default() -> Self {
        QuickLog::new()
    }
}
