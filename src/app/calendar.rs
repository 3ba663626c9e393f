//! The calendar pane: the content plan by month, week or as an agenda; the selected day
//! and item; the filter; the windows that create, edit, move and filter items; and the
//! count of items whose time has passed unpublished.

pub mod actions;
pub mod layout;

pub use actions::{CalendarContext, CalendarOutcome, action, click};

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::editor::TextEditor;
use super::field::{Guard, TextField, cycle, guard};
use super::files::FilesEffect;
use super::keymap::Action;
use super::quick_log::when_error;
use super::window::{Press, WindowResult};
use super::{App, Effect, Nav, Outcome, Screen, navigate};
use crate::config::CalendarConfig;
use crate::domain::plan::{grid_range, parse_day, parse_move, parse_time, plan_order, week_range};
use crate::domain::repeat::{End, Every, Repeat};
use crate::domain::span::Span;
use crate::domain::{Inquiry, ItemKind, ItemStatus, PlanItem, Timestamp, When, Zone};
use crate::settings::Settings;
use crate::store::{AttachTo, Attachment, AuditEntry, ItemChange, NewItem};
use crate::tr;

/// Minutes a timed item moves with one key.
pub const MOVE_STEP_MINUTES: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Month,
    Week,
    Agenda,
}

impl View {
    pub fn next(self) -> View {
        match self {
            View::Month => View::Week,
            View::Week => View::Agenda,
            View::Agenda => View::Month,
        }
    }
}

/// Which items the views show. Empty fields show everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanFilter {
    pub channel: Option<String>,
    /// A category's code from the config.
    pub category: Option<String>,
    pub status: Option<ItemStatus>,
    pub campaign: Option<String>,
    pub owner: Option<String>,
}

impl PlanFilter {
    pub fn is_empty(&self) -> bool {
        *self == PlanFilter::default()
    }

    pub fn matches(&self, item: &PlanItem) -> bool {
        self.channel.as_ref().is_none_or(|c| item.has_channel(c))
            && self.category.as_ref().is_none_or(|c| &item.category == c)
            && self.status.is_none_or(|s| item.status == s)
            && self.campaign.as_ref().is_none_or(|c| &item.campaign == c)
            && self
                .owner
                .as_ref()
                .is_none_or(|o| item.owner.as_ref() == Some(o))
    }
}

/// What the store sends back for the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanLoad {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub items: Vec<PlanItem>,
    pub pending: Vec<PlanItem>,
}

#[derive(Debug)]
pub enum PlanMsg {
    Loaded(Result<PlanLoad, String>),
    Saved(Result<PlanItem, String>),
    /// One occurrence of a series moved or cancelled (the series' number), or why not.
    OccurrenceChanged(Result<i64, String>),
    DetailLoaded(Result<(PlanItem, Vec<AuditEntry>), String>),
    InquiryPosts(i64, Result<Vec<PlanItem>, String>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanEffect {
    /// Items on these days and every unfinished item; `None` loads the month of today.
    Load(Option<(NaiveDate, NaiveDate)>),
    Create(Box<NewItem>),
    /// A new item that repeats, created with its rule in one commit.
    CreateRepeating(Box<NewItem>, Repeat),
    Change {
        id: i64,
        change: ItemChange,
    },
    /// An item's rule set, changed or taken away.
    SetRepeat {
        id: i64,
        repeat: Option<Repeat>,
    },
    /// One occurrence of a series moved (`to`) or cancelled (`None`); the rest stays.
    Occurrence {
        id: i64,
        occurrence: NaiveDate,
        to: Option<When>,
    },
    LoadDetail(i64),
    LoadInquiryPosts(i64),
}

/// An item shown in full, with its history.
#[derive(Debug, Clone)]
pub struct ItemDetail {
    pub id: i64,
    pub item: Option<PlanItem>,
    pub history: Vec<AuditEntry>,
    pub scroll: u16,
    /// The files kept with the item, once read.
    pub files: Vec<Attachment>,
    pub files_loaded: bool,
}

impl ItemDetail {
    pub fn new(id: i64, item: Option<PlanItem>) -> ItemDetail {
        ItemDetail {
            id,
            item,
            history: Vec::new(),
            scroll: 0,
            files: Vec::new(),
            files_loaded: false,
        }
    }

    /// What reads the item, its history and its files from the store.
    pub fn load_all(&self) -> Vec<Effect> {
        vec![
            Effect::Plan(PlanEffect::LoadDetail(self.id)),
            Effect::Files(FilesEffect::Load(AttachTo::PlanItem(self.id))),
        ]
    }
}

#[derive(Debug, Clone)]
pub struct CalendarState {
    pub view: View,
    /// The selected day.
    pub cursor: NaiveDate,
    /// The selected item among the selected day's shown items.
    pub item: usize,
    /// Items on the loaded days, in plan order.
    pub items: Vec<PlanItem>,
    pub range: Option<(NaiveDate, NaiveDate)>,
    requested: Option<(NaiveDate, NaiveDate)>,
    /// Every item neither published nor cancelled, wherever it is in time.
    pub pending: Vec<PlanItem>,
    /// Pending items whose time has passed, at the last count.
    pub late: BTreeSet<i64>,
    pub filter: PlanFilter,
    pub loaded: bool,
    /// The posts made from the inquiry open in the queue.
    pub inquiry_posts: Option<(i64, Vec<PlanItem>)>,
    /// An item to select once it arrives (the one just created).
    pub select_next: Option<i64>,
}

impl CalendarState {
    pub fn new(today: NaiveDate) -> CalendarState {
        CalendarState {
            view: View::Month,
            cursor: today,
            item: 0,
            items: Vec::new(),
            range: None,
            requested: None,
            pending: Vec::new(),
            late: BTreeSet::new(),
            filter: PlanFilter::default(),
            loaded: false,
            inquiry_posts: None,
            select_next: None,
        }
    }

    /// The days the views need: the month grid around the selected day.
    pub fn wanted_range(&self) -> (NaiveDate, NaiveDate) {
        grid_range(self.cursor)
    }

    /// A load, if the selected day left what is loaded (or being loaded).
    fn load_if_needed(&mut self) -> Option<Effect> {
        let wanted = self.wanted_range();
        if self.range == Some(wanted) || self.requested == Some(wanted) {
            return None;
        }
        self.requested = Some(wanted);
        Some(Effect::Plan(PlanEffect::Load(Some(wanted))))
    }

    /// Loads the same days again (after a change elsewhere).
    pub fn reload(&mut self) -> Effect {
        let wanted = self.wanted_range();
        self.requested = Some(wanted);
        Effect::Plan(PlanEffect::Load(Some(wanted)))
    }

    pub fn shown(&self) -> impl Iterator<Item = &PlanItem> {
        self.items.iter().filter(|i| self.filter.matches(i))
    }

    /// The shown items of one day, in plan order.
    pub fn day_items(&self, day: NaiveDate, zone: Zone) -> Vec<&PlanItem> {
        self.shown().filter(|i| i.date(zone) == day).collect()
    }

    pub fn selected(&self, zone: Zone) -> Option<&PlanItem> {
        self.day_items(self.cursor, zone).get(self.item).copied()
    }

    pub fn get(&self, id: i64) -> Option<&PlanItem> {
        self.items
            .iter()
            .chain(self.pending.iter())
            .find(|i| i.id == id)
    }

    fn clamp_item(&mut self, zone: Zone) {
        let n = self.day_items(self.cursor, zone).len();
        self.item = self.item.min(n.saturating_sub(1));
    }

    /// Selects an item by number, moving the cursor to its day.
    fn select_id(&mut self, id: i64, zone: Zone) -> bool {
        let Some(item) = self.items.iter().find(|i| i.id == id) else {
            return false;
        };
        let day = item.date(zone);
        self.cursor = day;
        self.item = self
            .day_items(day, zone)
            .iter()
            .position(|i| i.id == id)
            .unwrap_or(0);
        true
    }

    pub fn load(&mut self, load: PlanLoad, now: Timestamp, zone: Zone) {
        let keep = self
            .select_next
            .take()
            .or_else(|| self.selected(zone).map(|i| i.id));
        self.range = Some((load.first, load.last));
        if self.requested == self.range {
            self.requested = None;
        }
        self.items = load.items;
        self.items.sort_by(|a, b| plan_order(a, b, zone));
        self.pending = load.pending;
        self.loaded = true;
        if let Some(id) = keep
            && !self.select_id(id, zone)
        {
            self.clamp_item(zone);
        }
        self.clamp_item(zone);
        self.recount(now, zone);
    }

    /// Puts a changed item in place everywhere it is shown.
    pub fn upsert(&mut self, item: PlanItem, now: Timestamp, zone: Zone) {
        let in_range = self
            .range
            .is_some_and(|(a, b)| (a..=b).contains(&item.date(zone)));
        self.items.retain(|i| i.id != item.id);
        if in_range {
            self.items.push(item.clone());
            self.items.sort_by(|a, b| plan_order(a, b, zone));
        }
        self.pending.retain(|i| i.id != item.id);
        if !item.status.is_finished() {
            self.pending.push(item.clone());
        }
        if let Some((inquiry, posts)) = &mut self.inquiry_posts
            && item.inquiry_id == Some(*inquiry)
        {
            posts.retain(|p| p.id != item.id);
            posts.push(item.clone());
            posts.sort_by_key(|p| p.id);
        }
        self.recount(now, zone);
    }

    /// Recounts the late items at `now`; returns the ones that turned late since the last
    /// count.
    pub fn recount(&mut self, now: Timestamp, zone: Zone) -> Vec<i64> {
        let late: BTreeSet<i64> = self
            .pending
            .iter()
            .filter(|i| i.is_late(now, zone))
            .map(|i| i.id)
            .collect();
        let newly = late.difference(&self.late).copied().collect();
        self.late = late;
        newly
    }

    /// The next moment an item turns late by itself.
    pub fn next_change(&self, now: Timestamp, zone: Zone) -> Option<Timestamp> {
        self.pending
            .iter()
            .map(|i| i.when.due(zone))
            .filter(|t| *t > now)
            .min()
    }

    /// Moves the selected day, keeping the item selection at the top of the new day.
    fn go_to(&mut self, day: NaiveDate) {
        if day != self.cursor {
            self.cursor = day;
            self.item = 0;
        }
    }

    /// The next (or previous) day with shown items, within what is loaded.
    fn next_busy_day(&self, forward: bool, zone: Zone) -> Option<NaiveDate> {
        let days: BTreeSet<NaiveDate> = self.shown().map(|i| i.date(zone)).collect();
        if forward {
            days.range(self.cursor + Duration::days(1)..)
                .next()
                .copied()
        } else {
            days.range(..self.cursor).next_back().copied()
        }
    }

    /// Campaigns and owners in what is loaded, for the filter's choices.
    pub fn campaigns(&self) -> Vec<String> {
        let set: BTreeSet<String> = self
            .items
            .iter()
            .chain(self.pending.iter())
            .map(|i| i.campaign.clone())
            .filter(|c| !c.trim().is_empty())
            .collect();
        set.into_iter().collect()
    }
}

/// Counts per channel and per status over some days, for the views' summaries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// In the order of the config's channels; then items with no channel.
    pub channels: Vec<(String, usize)>,
    /// In the order of the config's categories.
    pub categories: Vec<(String, usize)>,
    pub statuses: Vec<(ItemStatus, usize)>,
    pub total: usize,
}

/// How many shown items fall on `first..=last`, per channel (an item on two channels
/// counts on each) and per status. Cancelled items count only under their status.
pub fn counts(
    state: &CalendarState,
    calendar: &CalendarConfig,
    first: NaiveDate,
    last: NaiveDate,
    zone: Zone,
) -> Counts {
    let items: Vec<&PlanItem> = state
        .shown()
        .filter(|i| (first..=last).contains(&i.date(zone)))
        .collect();
    let live = || items.iter().filter(|i| i.status != ItemStatus::Cancelled);
    let channels = calendar
        .channels
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                live().filter(|i| i.has_channel(&c.code)).count(),
            )
        })
        .collect();
    let categories = calendar
        .categories
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                live().filter(|i| i.category == c.code).count(),
            )
        })
        .collect();
    let statuses = ItemStatus::ALL
        .iter()
        .map(|s| (*s, items.iter().filter(|i| i.status == *s).count()))
        .collect();
    Counts {
        channels,
        categories,
        statuses,
        total: live().count(),
    }
}

// ---------------------------------------------------------------- windows

/// The windows the calendar opens over itself; moving an item and setting its status use
/// the shared prompt and picker.
#[derive(Debug, Clone)]
pub enum PlanOverlay {
    Form(Box<ItemForm>),
    Filter(FilterForm),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IField {
    Title,
    Day,
    Time,
    Repeat,
    Ends,
    Channels,
    Kind,
    Length,
    Place,
    Status,
    Category,
    Campaign,
    Owner,
    Url,
    Notes,
}

impl IField {
    pub const ORDER: [IField; 15] = [
        IField::Title,
        IField::Day,
        IField::Time,
        IField::Repeat,
        IField::Ends,
        IField::Channels,
        IField::Kind,
        IField::Length,
        IField::Place,
        IField::Status,
        IField::Category,
        IField::Campaign,
        IField::Owner,
        IField::Url,
        IField::Notes,
    ];

    fn step(self, delta: isize) -> IField {
        super::field::step_field(&IField::ORDER, self, delta)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    New,
    Edit(i64),
    /// A copy of an item, saved as a new one.
    Duplicate(i64),
}

/// The form that creates, edits or duplicates an item.
#[derive(Debug, Clone)]
pub struct ItemForm {
    pub mode: FormMode,
    pub focus: IField,
    pub title: TextField,
    pub day: TextField,
    pub time: TextField,
    /// The config's channels that are ticked, by code.
    pub channels: Vec<String>,
    /// The channel the cursor is on in the channels row.
    pub channel_cursor: usize,
    pub kind: ItemKind,
    pub length: TextField,
    pub place: TextField,
    pub status: ItemStatus,
    /// Index into the config's categories; `None` for no category.
    pub category: Option<usize>,
    pub campaign: TextField,
    /// Index into `Settings::assignable`; `None` for nobody.
    pub owner: Option<usize>,
    pub url: TextField,
    /// The post's text: paragraphs, as an answer is.
    pub notes: Box<TextEditor>,
    pub inquiry_id: Option<i64>,
    /// How often it repeats; `None` for a single item.
    pub repeat: Option<Every>,
    /// Where the series stops: a last day, a count of times, or blank for no end.
    pub ends: TextField,
    /// The rule the item had when the form opened.
    repeat_before: Option<Repeat>,
    pub field_error: Option<(IField, String)>,
    pub error: Option<String>,
    pub saving: bool,
    pub confirm_discard: bool,
    dirty: bool,
}

/// What the form saves: the item, and its rule when that is to be set.
#[derive(Debug, Clone, PartialEq)]
pub struct FormSave {
    pub mode: FormMode,
    pub item: Box<NewItem>,
    /// `Some` when the rule is to be set (or taken away with `Some(None)`).
    pub repeat: Option<Option<Repeat>>,
}

pub type FormResult = WindowResult<FormSave>;

fn day_field(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

impl ItemForm {
    /// A form filled from `new`.
    pub fn from_new(mode: FormMode, new: &NewItem, settings: &Settings) -> ItemForm {
        let zone = settings.zone;
        let calendar = &settings.calendar;
        let people = settings.assignable();
        let length = new
            .duration
            .map(|d| Span { secs: d }.to_string())
            .unwrap_or_default();
        ItemForm {
            mode,
            focus: IField::Title,
            title: TextField::with_value(&new.title),
            day: TextField::with_value(&day_field(new.when.date(zone))),
            time: TextField::with_value(
                &new.when
                    .time(zone)
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default(),
            ),
            channels: new.channels.clone(),
            channel_cursor: 0,
            kind: new.kind,
            length: TextField::with_value(&length),
            place: TextField::with_value(&new.place),
            status: new.status,
            category: calendar
                .categories
                .iter()
                .position(|c| c.code == new.category),
            campaign: TextField::with_value(&new.campaign),
            owner: new
                .owner
                .as_ref()
                .and_then(|o| people.iter().position(|p| p == o)),
            url: TextField::with_value(&new.url),
            notes: Box::new(TextEditor::with_value(&new.notes)),
            inquiry_id: new.inquiry_id,
            repeat: None,
            ends: TextField::new(),
            repeat_before: None,
            field_error: None,
            error: None,
            saving: false,
            confirm_discard: false,
            dirty: false,
        }
    }

    /// The form for editing an item: a series shows its rule, and saving changes the
    /// whole series.
    pub fn edit(item: &PlanItem, settings: &Settings) -> ItemForm {
        let mut form =
            ItemForm::from_new(FormMode::Edit(item.id), &NewItem::from_item(item), settings);
        if let Some(series) = &item.series {
            let rule = series.repeat;
            form.repeat = Some(rule.every);
            form.ends = TextField::with_value(&match rule.end {
                End::Never => String::new(),
                End::Until(d) => day_field(d),
                End::Count(n) => n.to_string(),
            });
            form.repeat_before = Some(rule);
        }
        form
    }

    /// A new post on `day`, on the first channel, owned by the user at the desk.
    pub fn new_on(day: NaiveDate, settings: &Settings) -> ItemForm {
        let mut new = NewItem::post("", When::Day(day));
        new.channels = settings
            .calendar
            .channels
            .first()
            .map(|c| vec![c.code.clone()])
            .unwrap_or_default();
        new.owner = Some(settings.user.clone());
        ItemForm::from_new(FormMode::New, &new, settings)
    }

    /// A news post drafted from an inquiry: its subject as the title, its answer as the
    /// text, linked to it.
    pub fn from_inquiry(inquiry: &Inquiry, today: NaiveDate, settings: &Settings) -> ItemForm {
        let mut new = NewItem::post(inquiry.headline(), When::Day(today));
        new.notes = inquiry.answer.clone().unwrap_or_default();
        new.status = ItemStatus::Draft;
        new.inquiry_id = Some(inquiry.id);
        new.channels = settings
            .calendar
            .channels
            .first()
            .map(|c| vec![c.code.clone()])
            .unwrap_or_default();
        if settings.calendar.category("news").is_some() {
            new.category = "news".into();
        }
        new.owner = Some(settings.user.clone());
        let mut form = ItemForm::from_new(FormMode::New, &new, settings);
        // Saving it unchanged is a real choice: it is a new item.
        form.dirty = true;
        form
    }

    /// A copy of an item to send to another channel with its own text: the cursor waits
    /// on the channels.
    pub fn duplicate(item: &PlanItem, settings: &Settings) -> ItemForm {
        let mut new = NewItem::from_item(item);
        if new.status.is_finished() {
            new.status = ItemStatus::Draft;
        }
        new.url = String::new();
        let mut form = ItemForm::from_new(FormMode::Duplicate(item.id), &new, settings);
        form.focus = IField::Channels;
        // A copy nobody changed loses nothing when closed: the original stays.
        form
    }

    pub fn has_input(&self) -> bool {
        self.dirty
    }

    fn field(&mut self, f: IField) -> Option<&mut TextField> {
        Some(match f {
            IField::Title => &mut self.title,
            IField::Day => &mut self.day,
            IField::Time => &mut self.time,
            IField::Length => &mut self.length,
            IField::Place => &mut self.place,
            IField::Campaign => &mut self.campaign,
            IField::Url => &mut self.url,
            IField::Ends => &mut self.ends,
            _ => return None,
        })
    }

    pub fn paste(&mut self, text: &str) {
        let focus = self.focus;
        if focus == IField::Notes {
            self.notes.paste(text);
            self.dirty = true;
        } else if let Some(field) = self.field(focus) {
            field.paste(text);
            self.dirty = true;
        }
    }

    pub fn key(&mut self, press: &Press, now: Timestamp, settings: &Settings) -> FormResult {
        let has_input = self.has_input();
        match guard(press, self.saving, &mut self.confirm_discard, has_input) {
            Guard::Pass => {}
            Guard::Stay => return FormResult::Stay,
            Guard::Close => return FormResult::Close,
        }
        // In the text the arrows move between its lines; Tab still leaves it.
        let in_text = self.focus == IField::Notes;
        match press.action {
            Some(Action::Submit) => return self.submit(now, settings),
            Some(Action::NewLine) if in_text => {
                self.dirty |= self.notes.new_line();
                return FormResult::Stay;
            }
            Some(Action::SuggestionDown | Action::SuggestionUp) if in_text => {}
            Some(Action::NextField | Action::SuggestionDown) => {
                self.focus = self.focus.step(1);
                return FormResult::Stay;
            }
            Some(Action::PrevField | Action::SuggestionUp) => {
                self.focus = self.focus.step(-1);
                return FormResult::Stay;
            }
            _ => {}
        }
        let key = press.key;
        if in_text {
            self.dirty |= self.notes.edit(key);
            return FormResult::Stay;
        }
        let changed = match self.focus {
            IField::Channels => self.channel_key(key, &settings.calendar),
            IField::Kind | IField::Repeat | IField::Status | IField::Category | IField::Owner => {
                self.choice_key(key, settings)
            }
            focus => {
                let edited = self.field(focus).is_some_and(|f| f.edit(key));
                if edited && self.field_error.as_ref().is_some_and(|(f, _)| *f == focus) {
                    self.field_error = None;
                }
                edited
            }
        };
        self.dirty |= changed;
        FormResult::Stay
    }

    /// On the channels: the arrows move along them, space or a digit ticks one. True when
    /// the ticks changed.
    fn channel_key(&mut self, key: &KeyEvent, calendar: &CalendarConfig) -> bool {
        let n = calendar.channels.len().max(1);
        match key.code {
            KeyCode::Right | KeyCode::Char('l') => {
                self.channel_cursor = (self.channel_cursor + 1) % n;
                false
            }
            KeyCode::Left | KeyCode::Char('h') => {
                self.channel_cursor = (self.channel_cursor + n - 1) % n;
                false
            }
            KeyCode::Char(' ') | KeyCode::Char('x') => {
                self.toggle_channel(self.channel_cursor, calendar);
                true
            }
            KeyCode::Char(c) if c.is_ascii_digit() => {
                let k = c.to_digit(10).unwrap_or(0) as usize;
                if (1..=calendar.channels.len()).contains(&k) {
                    self.channel_cursor = k - 1;
                    self.toggle_channel(k - 1, calendar);
                    true
                } else {
                    false
                }
            }
            _ => false,
        }
    }

    /// On a field with a few choices (kind, repeat, status, category, owner): the arrows
    /// step through them. True when the choice changed.
    fn choice_key(&mut self, key: &KeyEvent, settings: &Settings) -> bool {
        let calendar = &settings.calendar;
        match self.focus {
            IField::Kind => {
                let before = self.kind;
                self.kind = cycle(ItemKind::ALL, self.kind, key).unwrap_or(self.kind);
                if self.kind == ItemKind::Event && self.length.is_blank() {
                    self.length.set(&calendar.event_length.to_string());
                }
                self.kind != before
            }
            IField::Repeat => {
                let options: Vec<Option<Every>> = std::iter::once(None)
                    .chain(Every::ALL.iter().copied().map(Some))
                    .collect();
                let before = self.repeat;
                self.repeat = cycle(&options, self.repeat, key).unwrap_or(self.repeat);
                self.repeat != before
            }
            IField::Status => {
                let before = self.status;
                self.status = cycle(ItemStatus::ALL, self.status, key).unwrap_or(self.status);
                self.status != before
            }
            IField::Category => {
                let options: Vec<Option<usize>> = std::iter::once(None)
                    .chain((0..calendar.categories.len()).map(Some))
                    .collect();
                let before = self.category;
                self.category = cycle(&options, self.category, key).unwrap_or(self.category);
                self.category != before
            }
            IField::Owner => {
                let people = settings.assignable();
                let options: Vec<Option<usize>> = std::iter::once(None)
                    .chain((0..people.len()).map(Some))
                    .collect();
                let before = self.owner;
                self.owner = cycle(&options, self.owner, key).unwrap_or(self.owner);
                self.owner != before
            }
            _ => false,
        }
    }

    fn toggle_channel(&mut self, index: usize, calendar: &CalendarConfig) {
        let Some(channel) = calendar.channels.get(index) else {
            return;
        };
        if let Some(at) = self.channels.iter().position(|c| *c == channel.code) {
            self.channels.remove(at);
        } else {
            self.channels.push(channel.code.clone());
            // Keep the config's order, so the same channels always read the same way.
            let order = |c: &String| {
                calendar
                    .channels
                    .iter()
                    .position(|x| &x.code == c)
                    .unwrap_or(usize::MAX)
            };
            self.channels.sort_by_key(order);
        }
    }

    fn fail(&mut self, field: IField, message: String) -> FormResult {
        self.focus = field;
        self.field_error = Some((field, message));
        FormResult::Stay
    }

    /// The item as filled in, or the first problem shown beside its field.
    fn submit(&mut self, now: Timestamp, settings: &Settings) -> FormResult {
        self.field_error = None;
        self.error = None;
        let zone = settings.zone;
        if self.title.is_blank() {
            return self.fail(IField::Title, tr!("item-form-title-needed"));
        }
        let day = match parse_day(self.day.trimmed(), now, zone, settings.rules.working_day()) {
            Ok(day) => day,
            Err(e) => return self.fail(IField::Day, when_error(&e)),
        };
        let when = if self.time.is_blank() {
            When::Day(day)
        } else {
            match parse_time(self.time.trimmed()) {
                Some(t) => When::At(zone.at(day, t)),
                None => return self.fail(IField::Time, tr!("item-form-bad-time")),
            }
        };
        let repeat = match self.repeat_rule(day, now, settings) {
            Ok(repeat) => repeat,
            Err(message) => return self.fail(IField::Ends, message),
        };
        let duration = if self.kind == ItemKind::Event && !self.length.is_blank() {
            match Span::parse(self.length.trimmed()) {
                Ok(span) if span.secs > 0 => Some(span.secs),
                _ => return self.fail(IField::Length, tr!("item-form-bad-length")),
            }
        } else {
            None
        };
        let calendar = &settings.calendar;
        let people = settings.assignable();
        let new = NewItem {
            kind: self.kind,
            title: self.title.trimmed().to_string(),
            notes: self.notes.trimmed(),
            channels: self.channels.clone(),
            when,
            duration,
            place: if self.kind == ItemKind::Event {
                self.place.trimmed().to_string()
            } else {
                String::new()
            },
            status: self.status,
            category: self
                .category
                .and_then(|i| calendar.categories.get(i))
                .map(|c| c.code.clone())
                .unwrap_or_default(),
            campaign: self.campaign.trimmed().to_string(),
            owner: self.owner.and_then(|i| people.get(i).cloned()),
            url: self.url.trimmed().to_string(),
            inquiry_id: self.inquiry_id,
        };
        self.saving = true;
        let repeat = match self.mode {
            FormMode::Edit(_) => (repeat != self.repeat_before).then_some(repeat),
            FormMode::New | FormMode::Duplicate(_) => repeat.map(Some),
        };
        FormResult::Submit(FormSave {
            mode: self.mode,
            item: Box::new(new),
            repeat,
        })
    }

    /// The rule as chosen, read as `plan add --every … --until/--count` reads it: the end
    /// is a day (`31.12`, `2027-01-31`), a number of times (`10`), or blank for no end.
    fn repeat_rule(
        &self,
        first: NaiveDate,
        now: Timestamp,
        settings: &Settings,
    ) -> Result<Option<Repeat>, String> {
        let Some(every) = self.repeat else {
            return Ok(None);
        };
        let text = self.ends.trimmed();
        let end = if text.is_empty() {
            End::Never
        } else if text.chars().all(|c| c.is_ascii_digit()) {
            // A count out of range is refused below, never wrapped.
            End::Count(text.parse::<u32>().unwrap_or(u32::MAX))
        } else {
            let zone = settings.zone;
            End::Until(
                parse_day(text, now, zone, settings.rules.working_day())
                    .map_err(|e| when_error(&e))?,
            )
        };
        let rule = Repeat { every, end };
        rule.check(first).map_err(|e| e.to_string())?;
        Ok(Some(rule))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterRow {
    Channel,
    Category,
    Status,
    Campaign,
    Owner,
}

impl FilterRow {
    pub const ORDER: [FilterRow; 5] = [
        FilterRow::Channel,
        FilterRow::Category,
        FilterRow::Status,
        FilterRow::Campaign,
        FilterRow::Owner,
    ];
}

/// The filter window: each row cycles through "any" and the values there are. The views
/// follow as the choice changes.
#[derive(Debug, Clone)]
pub struct FilterForm {
    pub row: usize,
    pub campaigns: Vec<String>,
}

// ---------------------------------------------------------------- update

fn settle(app: &mut App, effects: Vec<Effect>) -> Outcome {
    Outcome::with(app.calendar.settle(effects).effects)
}

/// Opens the calendar pane at its root.
pub fn show(app: &mut App) -> Outcome {
    navigate(app, Nav::Root(super::Pane::Calendar));
    settle(app, Vec::new())
}

/// Puts the freshest copy of each item open in full in its screen.
fn refresh_open_items(app: &mut App) {
    let cal = &app.calendar;
    let fresh = |id: i64| cal.get(id).cloned();
    let mut updates = Vec::new();
    for screen in app.stack() {
        if let Screen::Item(d) = screen
            && let Some(item) = fresh(d.id)
        {
            updates.push(item);
        }
    }
    for item in updates {
        for screen in app.screens_mut() {
            if let Screen::Item(d) = screen
                && d.id == item.id
            {
                d.item = Some(item.clone());
            }
        }
    }
}

/// Opens a plan item in full over the current screen (from a search, say); what is not
/// known yet is read from the store.
pub fn open_item(app: &mut App, id: i64) -> Outcome {
    let known = app.calendar.get(id).cloned();
    super::apply_calendar(app, CalendarOutcome::open(id, known))
}

/// From an inquiry in the queue (or open), a post prefilled from it.
pub fn from_inquiry(app: &mut App) -> Outcome {
    let Some(inquiry) = app.target().cloned() else {
        app.info(tr!("flash-nothing-selected"));
        return Outcome::redraw();
    };
    let today = app.settings.zone.date(app.now);
    let form = ItemForm::from_inquiry(&inquiry, today, &app.settings);
    app.overlay = Some(super::Overlay::Plan(PlanOverlay::Form(Box::new(form))));
    Outcome::redraw()
}

/// A key in one of the calendar's windows.
pub fn overlay_key(app: &mut App, press: &Press) -> Outcome {
    let now = app.now;
    let Some(super::Overlay::Plan(overlay)) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    match overlay {
        PlanOverlay::Form(form) => match form.key(press, now, &app.settings) {
            FormResult::Stay => Outcome::redraw(),
            FormResult::Close => {
                app.overlay = None;
                Outcome::redraw()
            }
            FormResult::Submit(save) => Outcome::with(save_effects(save)),
        },
        PlanOverlay::Filter(_) => filter_key(app, press),
    }
}

/// What saving the form asks of the store: the item, with its rule when that changed.
fn save_effects(save: FormSave) -> Vec<Effect> {
    let FormSave { mode, item, repeat } = save;
    let effects = match (mode, repeat) {
        (FormMode::New | FormMode::Duplicate(_), Some(Some(rule))) => {
            vec![PlanEffect::CreateRepeating(item, rule)]
        }
        (FormMode::New | FormMode::Duplicate(_), _) => vec![PlanEffect::Create(item)],
        (FormMode::Edit(id), repeat) => {
            let mut effects = vec![PlanEffect::Change {
                id,
                change: ItemChange::Edit(item),
            }];
            if let Some(repeat) = repeat {
                effects.push(PlanEffect::SetRepeat { id, repeat });
            }
            effects
        }
    };
    effects.into_iter().map(Effect::Plan).collect()
}

/// The item's new day or time, typed in the shared prompt: moved at once, or the reason
/// it cannot be read. `occurrence` names the one occurrence of a series to move.
pub fn move_typed(
    app: &mut App,
    id: i64,
    (from, occurrence): (When, Option<NaiveDate>),
    text: &str,
) -> Result<Outcome, String> {
    let zone = app.settings.zone;
    let work = app.settings.rules.working_day();
    let to = parse_move(text, from, app.now, zone, work).map_err(|e| when_error(&e))?;
    app.overlay = None;
    Ok(Outcome::with(
        actions::moved(&mut app.calendar, (id, occurrence), to, zone).effects,
    ))
}

/// The item's status, chosen in the shared picker.
pub fn status_picked(app: &mut App, id: i64, status: ItemStatus) -> Outcome {
    app.overlay = None;
    Outcome::with(vec![Effect::Plan(PlanEffect::Change {
        id,
        change: ItemChange::Status(status),
    })])
}

/// A key in the filter window: the choice keys change the row's value, the list keys move
/// between rows, and picking or cancelling closes it (the views follow as it changes).
fn filter_key(app: &mut App, press: &Press) -> Outcome {
    let zone = app.settings.zone;
    let Some(super::Overlay::Plan(PlanOverlay::Filter(form))) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    let rows = FilterRow::ORDER.len();
    let row = FilterRow::ORDER[form.row.min(rows - 1)];
    let key = press.key;
    if is_choice_key(key) {
        let campaigns = form.campaigns.clone();
        let people = app.settings.assignable();
        let channels: Vec<String> = app
            .settings
            .calendar
            .channels
            .iter()
            .map(|c| c.code.clone())
            .collect();
        let categories: Vec<String> = app
            .settings
            .calendar
            .categories
            .iter()
            .map(|c| c.code.clone())
            .collect();
        let filter = &mut app.calendar.filter;
        match row {
            FilterRow::Channel => {
                filter.channel = cycle_option(&channels, filter.channel.clone(), key)
            }
            FilterRow::Category => {
                filter.category = cycle_option(&categories, filter.category.clone(), key)
            }
            FilterRow::Status => filter.status = cycle_option(ItemStatus::ALL, filter.status, key),
            FilterRow::Campaign => {
                filter.campaign = cycle_option(&campaigns, filter.campaign.clone(), key)
            }
            FilterRow::Owner => filter.owner = cycle_option(&people, filter.owner.clone(), key),
        }
    } else if matches!(key.code, KeyCode::Backspace | KeyCode::Delete) {
        let filter = &mut app.calendar.filter;
        match row {
            FilterRow::Channel => filter.channel = None,
            FilterRow::Category => filter.category = None,
            FilterRow::Status => filter.status = None,
            FilterRow::Campaign => filter.campaign = None,
            FilterRow::Owner => filter.owner = None,
        }
    } else if press.cancels() || press.is(Action::Pick) {
        app.overlay = None;
    } else {
        match press.action {
            Some(Action::PickDown) => form.row = (form.row + 1) % rows,
            Some(Action::PickUp) => form.row = (form.row + rows - 1) % rows,
            Some(Action::PickFirst | Action::PickPageUp) => form.row = 0,
            Some(Action::PickLast | Action::PickPageDown) => form.row = rows - 1,
            _ => return Outcome::none(),
        }
    }
    app.calendar.clamp_item(zone);
    Outcome::redraw()
}

/// The keys that step a choice: → Space `l` forward, ← `h` back.
fn is_choice_key(key: &KeyEvent) -> bool {
    matches!(
        key.code,
        KeyCode::Right
            | KeyCode::Left
            | KeyCode::Char(' ')
            | KeyCode::Char('l')
            | KeyCode::Char('h')
    )
}

/// Steps a filter choice through "any" and each value.
fn cycle_option<T: Clone + PartialEq>(all: &[T], current: Option<T>, key: &KeyEvent) -> Option<T> {
    let options: Vec<Option<T>> = std::iter::once(None)
        .chain(all.iter().cloned().map(Some))
        .collect();
    let n = options.len();
    let i = options.iter().position(|o| *o == current).unwrap_or(0);
    match key.code {
        KeyCode::Right | KeyCode::Char(' ') | KeyCode::Char('l') => options[(i + 1) % n].clone(),
        KeyCode::Left | KeyCode::Char('h') => options[(i + n - 1) % n].clone(),
        _ => current,
    }
}

pub fn paste(overlay: &mut PlanOverlay, text: &str) {
    match overlay {
        PlanOverlay::Form(form) => form.paste(text),
        PlanOverlay::Filter(_) => {}
    }
}

/// A result from the store.
pub fn on_msg(app: &mut App, msg: PlanMsg) -> Outcome {
    let now = app.now;
    let zone = app.settings.zone;
    match msg {
        PlanMsg::Loaded(Ok(load)) => {
            app.calendar.load(load, now, zone);
            refresh_open_items(app);
            settle(app, Vec::new())
        }
        PlanMsg::OccurrenceChanged(Ok(id)) => {
            app.info(tr!("flash-occurrence-changed", id = id));
            let mut effects = vec![app.calendar.reload()];
            if app.item_detail().is_some_and(|d| d.id == id) {
                effects.push(Effect::Plan(PlanEffect::LoadDetail(id)));
            }
            settle(app, effects)
        }
        PlanMsg::OccurrenceChanged(Err(e)) => {
            app.calendar.select_next = None;
            app.error(tr!("error-save", reason = e));
            Outcome::redraw()
        }
        PlanMsg::Saved(Ok(item)) => saved(app, item),
        PlanMsg::Saved(Err(e)) => {
            let message = tr!("error-save", reason = e);
            match &mut app.overlay {
                Some(super::Overlay::Plan(PlanOverlay::Form(form))) => {
                    form.saving = false;
                    form.error = Some(message);
                }
                _ => {
                    app.calendar.select_next = None;
                    app.error(message);
                }
            }
            Outcome::redraw()
        }
        PlanMsg::DetailLoaded(Ok((item, history))) => {
            for screen in app.screens_mut() {
                if let Screen::Item(d) = screen
                    && d.id == item.id
                {
                    d.item = Some(item.clone());
                    d.history = history.clone();
                }
            }
            Outcome::redraw()
        }
        PlanMsg::InquiryPosts(inquiry, Ok(posts)) => {
            app.calendar.inquiry_posts = Some((inquiry, posts));
            Outcome::redraw()
        }
        PlanMsg::Loaded(Err(e))
        | PlanMsg::DetailLoaded(Err(e))
        | PlanMsg::InquiryPosts(_, Err(e)) => {
            app.calendar.requested = None;
            app.error(tr!("error-load", reason = e));
            Outcome::redraw()
        }
    }
}

/// An item saved from its form: the calendar shows it and selects it; a new one made
/// from an inquiry says so where the inquiry is, and the inquiry's posts are read again.
fn saved(app: &mut App, item: PlanItem) -> Outcome {
    let (now, zone) = (app.now, app.settings.zone);
    let id = item.id;
    let series = item.series.is_some();
    let created = match app.overlay.take() {
        Some(super::Overlay::Plan(PlanOverlay::Form(form))) => {
            !matches!(form.mode, FormMode::Edit(_))
        }
        other => {
            app.overlay = other;
            false
        }
    };
    let from_inquiry = item.inquiry_id;
    app.calendar.upsert(item, now, zone);
    refresh_open_items(app);
    let mut effects = Vec::new();
    if created {
        app.calendar.select_next = Some(id);
        if app.pane() == super::Pane::Calendar {
            if let Some(item) = app.calendar.get(id) {
                let day = item.date(zone);
                app.calendar.go_to(day);
            }
            app.calendar.select_id(id, zone);
        }
        match from_inquiry {
            Some(inquiry) if app.pane() == super::Pane::Queue => {
                app.info(tr!("flash-item-from-inquiry", id = id, inquiry = inquiry));
                effects.push(Effect::Plan(PlanEffect::LoadInquiryPosts(inquiry)));
            }
            _ => app.info(tr!("flash-item-created", id = id)),
        }
    } else {
        app.calendar.select_id(id, zone);
        app.info(tr!("flash-item-saved", id = id));
    }
    if app.item_detail().is_some_and(|d| d.id == id) {
        effects.push(Effect::Plan(PlanEffect::LoadDetail(id)));
    }
    // A series shows as its occurrences: read them again.
    if series {
        effects.push(app.calendar.reload());
    }
    settle(app, effects)
}

/// What to reload when another process changed the database.
pub fn external_change(app: &mut App) -> Vec<Effect> {
    let mut effects = vec![app.calendar.reload()];
    if let Some(d) = app.item_detail() {
        effects.extend(d.load_all());
    }
    if let Some(d) = app.detail() {
        effects.push(Effect::Plan(PlanEffect::LoadInquiryPosts(d.id)));
    }
    effects
}

/// On each tick: recount the late items; redraw when one turned.
pub fn tick(app: &mut App) -> bool {
    let zone = app.settings.zone;
    let before = app.calendar.late.clone();
    app.calendar.recount(app.now, zone);
    app.calendar.late != before
}

/// The title of the current month or week, for the title bar.
pub fn period_title(state: &CalendarState) -> String {
    use chrono::Datelike;
    match state.view {
        View::Month | View::Agenda => format!(
            "{} {}",
            crate::labels::month_name(state.cursor.month()),
            state.cursor.year()
        ),
        View::Week => {
            let (a, b) = week_range(state.cursor);
            tr!(
                "calendar-week-title",
                week = crate::domain::plan::week_number(a),
                from = crate::format::day_month(a),
                to = crate::format::day_month(b)
            )
        }
    }
}

#[cfg(test)]
mod tests;
