//! The contact book pane: a search line over a list that narrows on every key, the
//! contact and outlet cards, and what can be done from them. The search runs over the
//! index in `App::contacts`, the same one the quick log uses.

pub mod actions;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use super::book_store::{BookEffect, BookMsg, FirstPage, Saved, SavedWhat};
use super::field::TextField;
use super::files::FilesEffect;
use super::keymap::Action;
use super::window::{Press, WindowResult};
use super::{App, Effect, Nav, Outcome, Overlay, Pane, Screen, navigate};
use crate::domain::contact::{ContactCard, OutletCard, TimelineItem};
use crate::domain::{ContactKind, Inquiry};
use crate::search::{ContactIndex, Counting, Hit, Ranked};
use crate::store::{AttachTo, Attachment};
use crate::tr;
pub use actions::{BookContext, BookOutcome};

/// Which records the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Everyone,
    Journalists,
    Experts,
    Outlets,
}

impl Filter {
    pub const ALL: [Filter; 4] = [
        Filter::Everyone,
        Filter::Journalists,
        Filter::Experts,
        Filter::Outlets,
    ];

    pub fn next(self) -> Filter {
        let i = Filter::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Filter::ALL[(i + 1) % Filter::ALL.len()]
    }

    fn kind(self) -> Option<ContactKind> {
        match self {
            Filter::Journalists => Some(ContactKind::Journalist),
            Filter::Experts => Some(ContactKind::Expert),
            _ => None,
        }
    }
}

/// A card lists this many people of the same outlet; the outlet's card has them all.
pub const COLLEAGUES_SHOWN: usize = 8;

/// What a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Contact(i64),
    Outlet(i64),
}

/// An open card; its data arrives from the store.
#[derive(Debug, Clone)]
pub struct Card {
    pub target: Target,
    pub contact: Option<ContactCard>,
    pub outlet: Option<OutletCard>,
    /// The highlighted line among the card's people and timeline.
    pub cursor: usize,
    /// The files kept with the contact or outlet, once read.
    pub files: Vec<Attachment>,
    pub files_loaded: bool,
}

impl Card {
    fn new(target: Target) -> Card {
        Card {
            target,
            contact: None,
            outlet: None,
            cursor: 0,
            files: Vec::new(),
            files_loaded: false,
        }
    }

    /// The record the card's files belong to.
    pub fn owner(&self) -> AttachTo {
        match self.target {
            Target::Contact(id) => AttachTo::Contact(id),
            Target::Outlet(id) => AttachTo::Outlet(id),
        }
    }

    /// What reads the card and its files from the store.
    pub fn load_all(&self) -> Vec<Effect> {
        vec![
            Effect::Book(self.load()),
            Effect::Files(FilesEffect::Load(self.owner())),
        ]
    }

    /// What reads the card's data from the store.
    pub fn load(&self) -> BookEffect {
        match self.target {
            Target::Contact(id) => BookEffect::LoadCard(id),
            Target::Outlet(id) => BookEffect::LoadOutlet(id),
        }
    }

    /// The lines the cursor can stand on: people first, then the timeline.
    pub fn entries(&self) -> Vec<Entry<'_>> {
        match (&self.contact, &self.outlet) {
            (Some(c), _) if self.target == Target::Contact(c.id) => c
                .colleagues
                .iter()
                .take(COLLEAGUES_SHOWN)
                .map(|(id, _, _)| Entry::Person(*id))
                .chain(c.timeline().into_iter().map(Entry::Timeline))
                .collect(),
            (_, Some(o)) if self.target == Target::Outlet(o.id) => o
                .people
                .iter()
                .map(|(id, _, _)| Entry::Person(*id))
                .chain(o.timeline().into_iter().map(Entry::Timeline))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn contact_id(&self) -> Option<i64> {
        match self.target {
            Target::Contact(id) => Some(id),
            Target::Outlet(_) => None,
        }
    }
}

/// A line of a card the cursor can stand on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Entry<'a> {
    Person(i64),
    Timeline(TimelineItem<'a>),
}

#[derive(Debug, Clone)]
pub struct BookState {
    pub query: TextField,
    /// Keys go to the search line (else they are commands).
    pub typing: bool,
    pub filter: Filter,
    ranked: Ranked,
    /// The listed contacts: positions in the contact index, best first.
    pub rows: Vec<u32>,
    /// The listed outlets, when the filter shows outlets.
    pub outlet_rows: Vec<Hit>,
    pub selected: usize,
    pub offset: usize,
    /// The directory has arrived at least once.
    pub loaded: bool,
    /// Until it has: the count and the first screen, read straight from the database.
    pub first_page: Option<FirstPage>,
    /// A short query's first screen is shown at once; the rest of its ranking, and so its
    /// count, is read a slice at a time while no key is waiting.
    counting: Option<Counting>,
}

impl Default for BookState {
    fn default() -> Self {
        BookState {
            query: TextField::new(),
            // The number key that shows the pane puts the keys in the search line.
            typing: false,
            filter: Filter::Everyone,
            ranked: Ranked::default(),
            rows: Vec::new(),
            outlet_rows: Vec::new(),
            selected: 0,
            offset: 0,
            loaded: false,
            first_page: None,
            counting: None,
        }
    }
}

impl BookState {
    /// How many records the list shows.
    pub fn len(&self) -> usize {
        match self.filter {
            Filter::Outlets => self.outlet_rows.len(),
            _ => self.rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The query the list was ranked for.
    pub fn ranked_query(&self) -> &str {
        &self.ranked.query
    }

    /// What to show while the book is still being read: its first screen, for the list
    /// of everyone with nothing typed.
    pub fn first_page(&self) -> Option<&FirstPage> {
        let everyone = self.query.value().trim().is_empty() && self.filter == Filter::Everyone;
        self.first_page
            .as_ref()
            .filter(|_| everyone && !self.loaded)
    }

    /// Whether the list shows only its first screen while the rest is still being read:
    /// its length is then not the count.
    pub fn counting(&self) -> bool {
        self.counting.is_some()
    }

    /// True when only the retry that forgives one wrong letter found anything.
    pub fn loose(&self) -> bool {
        self.ranked.loose
    }

    fn keep_in_view(&mut self, height: usize) {
        let height = height.max(1);
        let len = self.len();
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

/// Rows of the list on a screen `height` rows tall: the title bar, the search line and
/// the status line take three.
pub fn list_rows(height: u16) -> usize {
    height.saturating_sub(3).max(1) as usize
}

fn book(effect: BookEffect) -> super::Effect {
    super::Effect::Book(effect)
}

/// Re-runs the search after the query, the filter or the index changed.
pub fn refresh(app: &mut App) {
    let ctx = BookContext {
        contacts: &app.contacts,
        outlets: &app.outlets,
        page: list_rows(app.screen.1),
    };
    rerank(&mut app.book, &ctx);
}

/// The search again over the book's own state, with the indexes it searches.
fn rerank(state: &mut BookState, ctx: &BookContext) {
    let query = state.query.value().to_string();
    match state.filter {
        Filter::Outlets => {
            state.counting = None;
            state.outlet_rows = if query.trim().is_empty() {
                ctx.outlets
                    .all()
                    .iter()
                    .map(|o| Hit {
                        id: o.id,
                        score: 0,
                        name_positions: Vec::new(),
                    })
                    .collect()
            } else {
                ctx.outlets.search(&query, usize::MAX)
            };
        }
        filter => {
            state.counting = None;
            let keep = |i: u32| filter.kind().is_none_or(|k| ctx.contacts.is_kind(i, k));
            let first = (ctx.contacts.to_read(&query, Some(&state.ranked)) >= COUNT_LATER_FROM)
                .then(|| {
                    // A query that narrows from the last result but still reads many
                    // records is counted between keys too, with what is known shown.
                    ctx.contacts.first_rows(&query, ctx.page, keep).or_else(|| {
                        ctx.contacts
                            .narrows(&query, Some(&state.ranked))
                            .then(|| ctx.contacts.known_rows(&query, ctx.page, keep))
                    })
                })
                .flatten();
            match first {
                Some(first) => {
                    state.counting = Some(ctx.contacts.count_later(&query, Some(&state.ranked)));
                    state.ranked =
                        ctx.contacts
                            .provisional(&query, first.rows.clone(), Some(&state.ranked));
                    state.rows = first.rows;
                }
                None => {
                    // A typo's one-slip retry over many records is read between keys too.
                    let previous = Some(&state.ranked);
                    match ctx
                        .contacts
                        .rank_or_count(&query, previous, COUNT_LATER_FROM)
                    {
                        Ok(ranked) => state.show(ranked, ctx.contacts),
                        Err(counting) => {
                            state.counting = Some(*counting);
                            state.ranked = ctx.contacts.provisional(&query, Vec::new(), previous);
                            state.rows = Vec::new();
                        }
                    }
                }
            }
        }
    }
    state.keep_in_view(ctx.page);
}

// How much of the book one pass reads: shared with the quick log's suggestions.
pub use super::suggest::{COUNT_LATER_FROM, COUNT_SLICE};

impl BookState {
    /// Lists a whole ranking, as the filter keeps it.
    fn show(&mut self, ranked: Ranked, contacts: &ContactIndex) {
        self.rows = match self.filter.kind() {
            Some(kind) => ranked
                .items
                .iter()
                .copied()
                .filter(|&i| contacts.is_kind(i, kind))
                .collect(),
            None => ranked.items.clone(),
        };
        self.ranked = ranked;
    }
}

/// Reads the next slice of a ranking whose count follows; once it is whole, the list and
/// its count are.
pub fn go_on(app: &mut App) -> Outcome {
    let Some(counting) = app.book.counting.as_mut() else {
        return Outcome::none();
    };
    let Some(ranked) = app.contacts.go_on(counting, COUNT_SLICE) else {
        return Outcome::none();
    };
    app.book.counting = None;
    app.book.show(ranked, &app.contacts);
    app.book.keep_in_view(list_rows(app.screen.1));
    Outcome::redraw()
}

/// The index was rebuilt: search again, keep the selected record selected, and read
/// the open card again (its timeline may have grown).
pub fn on_directory(app: &mut App) -> Outcome {
    app.book.loaded = true;
    app.book.first_page = None;
    let keep = selected_contact(app).map(|c| c.id);
    app.book.ranked = Ranked::default();
    refresh(app);
    if let Some(id) = keep
        && let Some(pos) = app
            .book
            .rows
            .iter()
            .position(|&i| app.contacts.id_at(i) == id)
    {
        app.book.selected = pos;
        app.book.keep_in_view(list_rows(app.screen.1));
    }
    let effects = app.card().map(|c| book(c.load())).into_iter().collect();
    Outcome::with(effects)
}

pub fn on_resize(app: &mut App) {
    app.book.keep_in_view(list_rows(app.screen.1));
}

/// The contact under the list's cursor.
pub fn selected_contact(app: &App) -> Option<crate::domain::contact::ContactLine> {
    actions::selected(&app.book, &app.contacts)
}

/// The contact keys act on: the open card's, else the selected row's.
pub fn target_contact(app: &App) -> Option<i64> {
    actions::target(&app.book, app.card(), &app.contacts)
}

/// Switches to the pane (the number key): its list, with the search line taking the keys.
pub fn show(app: &mut App) -> Outcome {
    navigate(app, Nav::Root(Pane::Contacts));
    app.book.typing = true;
    if !app.book.loaded && !app.contacts.is_empty() {
        app.book.loaded = true;
    }
    refresh(app);
    if !app.book.loaded {
        // A large book is still being read: its first screen comes straight from the
        // database meanwhile.
        let rows = list_rows(app.screen.1);
        return Outcome::with(vec![book(BookEffect::FirstPage(rows))]);
    }
    Outcome::redraw()
}

/// Opens a card over the current screen; Esc comes back to it.
pub fn open_card(app: &mut App, target: Target) -> Outcome {
    let card = Card::new(target);
    let effects = card.load_all();
    navigate(app, Nav::Push(Box::new(Screen::Card(card))));
    app.book.typing = false;
    Outcome::with(effects)
}

/// Opens a contact's or an outlet's card from elsewhere (the audit view).
pub fn open_target(app: &mut App, target: Target) -> Outcome {
    open_card(app, target)
}

/// From the queue: the card of the inquiry's contact (or outlet); closing it returns.
pub fn open_from_inquiry(app: &mut App, inquiry: &Inquiry) -> Outcome {
    let target = match (inquiry.contact_id, inquiry.outlet_id) {
        (Some(id), _) => Target::Contact(id),
        (None, Some(id)) => Target::Outlet(id),
        (None, None) => {
            app.info(tr!("flash-no-contact"));
            return Outcome::redraw();
        }
    };
    open_card(app, target)
}

/// Keys while the search line has them. `None` passes the key on to the keymap.
pub fn on_key(app: &mut App, key: &KeyEvent) -> Option<Outcome> {
    if !app.book.typing || app.card().is_some() {
        return None;
    }
    let page = list_rows(app.screen.1) as isize;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // The search line is typed into, so its keys are the window keys.
    let action = app.keymap.action(key, &[super::keymap::Context::Window]);
    let outcome = match (action, key.code) {
        (Some(Action::Cancel), _) => {
            app.book.typing = false;
            Outcome::redraw()
        }
        // Nobody searches for a question mark: on an empty line it is the help key.
        (_, KeyCode::Char('?')) if app.book.query.value().is_empty() => return None,
        // The search key focuses the search line, as in every pager; it is not typed.
        _ if app
            .keymap
            .keys(Action::Search)
            .contains(&super::keymap::Key::from_event(key)) =>
        {
            Outcome::none()
        }
        (Some(Action::Submit), _) => {
            app.book.typing = false;
            open_selected(app)
        }
        (Some(Action::SuggestionDown), _) => move_by(app, 1),
        (Some(Action::SuggestionUp), _) => move_by(app, -1),
        (_, KeyCode::PageDown) => move_by(app, page),
        (_, KeyCode::PageUp) => move_by(app, -page),
        (Some(Action::NextField), _) => {
            app.book.filter = app.book.filter.next();
            app.book.selected = 0;
            refresh(app);
            Outcome::redraw()
        }
        (_, KeyCode::Char('n')) if ctrl => move_by(app, 1),
        (_, KeyCode::Char('p')) if ctrl => move_by(app, -1),
        _ => {
            if app.book.query.edit(key) {
                app.book.selected = 0;
                app.book.offset = 0;
                refresh(app);
                Outcome::redraw()
            } else {
                return None;
            }
        }
    };
    Some(outcome)
}

pub fn paste(app: &mut App, text: &str) -> bool {
    if !matches!(app.current(), Screen::Book) {
        return false;
    }
    app.book.typing = true;
    app.book.query.paste(text);
    app.book.selected = 0;
    refresh(app);
    true
}

fn move_by(app: &mut App, delta: isize) -> Outcome {
    let page = list_rows(app.screen.1);
    let card = match app.stack.last_mut() {
        Some(Screen::Card(card)) => Some(card),
        _ => None,
    };
    actions::move_by(&mut app.book, card, delta, page);
    Outcome::redraw()
}

fn open_selected(app: &mut App) -> Outcome {
    let outcome = actions::open_selected(&app.book, &app.contacts);
    super::apply_book(app, outcome)
}

/// Results from the store.
pub fn on_msg(app: &mut App, msg: BookMsg) -> Outcome {
    match msg {
        BookMsg::FirstPage(Ok(page)) => {
            if !app.book.loaded {
                app.book.first_page = Some(page);
            }
            Outcome::redraw()
        }
        // The whole book is on its way anyway; its arrival shows the list.
        BookMsg::FirstPage(Err(_)) => Outcome::none(),
        BookMsg::CardLoaded(Ok(contact)) => {
            for screen in app.screens_mut() {
                if let Screen::Card(card) = screen
                    && card.target == Target::Contact(contact.id)
                {
                    card.contact = Some(contact.clone());
                    let n = card.entries().len();
                    card.cursor = card.cursor.min(n.saturating_sub(1));
                }
            }
            Outcome::redraw()
        }
        BookMsg::OutletLoaded(Ok(outlet)) => {
            for screen in app.screens_mut() {
                if let Screen::Card(card) = screen
                    && card.target == Target::Outlet(outlet.id)
                {
                    card.outlet = Some(outlet.clone());
                }
            }
            Outcome::redraw()
        }
        BookMsg::CardLoaded(Err(e)) | BookMsg::OutletLoaded(Err(e)) => {
            app.error(tr!("error-load", reason = e));
            // A card that never arrived is closed rather than left empty.
            if app
                .card()
                .is_some_and(|c| c.contact.is_none() && c.outlet.is_none())
            {
                navigate(app, Nav::Pop);
            }
            Outcome::redraw()
        }
        BookMsg::Saved(Ok(saved)) => {
            app.overlay = None;
            let name = app
                .contacts
                .get(saved.contact)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            let mut effects = vec![book(BookEffect::LoadCard(saved.contact))];
            match saved.what {
                SavedWhat::Event(kind) => {
                    app.info(tr!(
                        "flash-event-saved",
                        what = crate::labels::event_kind(kind),
                        name = name
                    ));
                }
                SavedWhat::Created | SavedWhat::Edited | SavedWhat::Merged => {
                    app.info(match saved.what {
                        SavedWhat::Created => tr!("flash-contact-created", id = saved.contact),
                        SavedWhat::Merged => tr!("flash-contact-merged", id = saved.contact),
                        _ => tr!("flash-contact-saved", id = saved.contact),
                    });
                    effects.push(super::Effect::LoadDirectory);
                }
            }
            // A merged-away card is gone: the kept one takes its place.
            if saved.what == SavedWhat::Merged
                && app
                    .card()
                    .is_some_and(|c| c.target != Target::Contact(saved.contact))
            {
                navigate(app, Nav::Pop);
            }
            effects.extend(show_written(app, Target::Contact(saved.contact)));
            Outcome::with(effects)
        }
        BookMsg::OutletSaved(Ok(id)) => {
            app.overlay = None;
            app.info(tr!("flash-outlet-saved", id = id));
            let mut effects = vec![
                book(BookEffect::LoadOutlet(id)),
                super::Effect::LoadDirectory,
            ];
            effects.extend(show_written(app, Target::Outlet(id)));
            Outcome::with(effects)
        }
        BookMsg::Saved(Err(e)) | BookMsg::OutletSaved(Err(e)) => {
            let message = tr!("error-save", reason = e);
            match app.overlay.as_mut() {
                Some(Overlay::Book(form)) => form.failed(message),
                _ => app.error(message),
            }
            Outcome::redraw()
        }
    }
}

/// Shows the card of the record just written, over the current screen unless it is
/// already the one shown; what reads the files of a card newly shown.
fn show_written(app: &mut App, target: Target) -> Vec<Effect> {
    if app.card().map(|c| c.target) == Some(target) {
        return Vec::new();
    }
    let card = Card::new(target);
    let files = Effect::Files(FilesEffect::Load(card.owner()));
    navigate(app, Nav::Push(Box::new(Screen::Card(card))));
    app.book.typing = false;
    vec![files]
}

/// Keys in one of the book's windows.
pub fn overlay_key(app: &mut App, press: &Press) -> Outcome {
    let now = app.now;
    let Some(Overlay::Book(form)) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    match form.key(press, now, &app.settings, &app.contacts, &app.outlets) {
        WindowResult::Stay => Outcome::redraw(),
        WindowResult::Close => {
            app.overlay = None;
            Outcome::redraw()
        }
        WindowResult::Submit(effect) => Outcome::with(vec![book(effect)]),
    }
}

#[cfg(test)]
mod tests;
