//! `/` in the queue: a search of the office's memory — inquiries of any age, plan items,
//! coverage and statements — as the words are typed. The store's full-text index answers
//! (an effect); Enter opens the record found over the search, and Esc from it comes back
//! to the search as it was left.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::field::TextField;
use super::keymap::{Action, Context};
use super::{
    App, Effect, Nav, Outcome, Overlay, Screen, calendar, contacts, navigate, open_inquiry,
};
use crate::store::{MemoryHit, MemoryKind};
use crate::tr;

/// How many records one search brings: enough to choose from, few enough that a search
/// costs the same on every key however large the memory is.
pub const SHOWN: usize = 50;

/// The lines above the list: the search line and the line saying what was found.
pub const HEADER_ROWS: u16 = 2;

/// The search screen's own state.
#[derive(Debug, Clone, Default)]
pub struct MemorySearch {
    pub input: TextField,
    /// The words the shown hits were found for.
    pub searched: String,
    pub hits: Vec<MemoryHit>,
    pub selected: usize,
    /// The first hit drawn.
    pub offset: usize,
    /// A search was asked for and has not come back.
    pub searching: bool,
    pub error: Option<String>,
}

impl MemorySearch {
    /// What is typed, as searched for.
    pub fn query(&self) -> &str {
        self.input.trimmed()
    }

    pub fn selected_hit(&self) -> Option<&MemoryHit> {
        self.hits.get(self.selected)
    }

    fn move_by(&mut self, delta: isize) {
        if self.hits.is_empty() {
            return;
        }
        let last = self.hits.len() as isize - 1;
        self.selected = (self.selected as isize + delta).clamp(0, last) as usize;
    }

    /// Scrolls so the selected hit is among the `rows` hits drawn.
    pub fn keep_in_view(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }
}

/// Asked of the runtime.
#[derive(Debug, Clone, PartialEq)]
pub enum MemoryEffect {
    /// The best `SHOWN` records matching the words.
    Search(String),
}

/// What the runtime answers.
#[derive(Debug)]
pub enum MemoryMsg {
    Found {
        query: String,
        result: Result<Vec<MemoryHit>, String>,
    },
}

/// Hits drawn on a screen of `height` rows: each takes two lines (the record, a piece of
/// its text) below the title bar, the search's own two lines and above the status line.
pub fn hit_rows(height: u16) -> usize {
    (height.saturating_sub(3 + HEADER_ROWS) / 2).max(1) as usize
}

fn search_screen(app: &mut App) -> Option<&mut MemorySearch> {
    match app.stack.last_mut() {
        Some(Screen::Memory(search)) => Some(search),
        _ => None,
    }
}

/// Opens the search over the current screen. A search already on the way here (opened
/// from its results) starts the new one with its words and results.
pub fn open(app: &mut App) -> Outcome {
    let earlier = app.stack.iter().rev().find_map(|s| match s {
        Screen::Memory(search) => Some((**search).clone()),
        _ => None,
    });
    let search = earlier.unwrap_or_default();
    navigate(app, Nav::Push(Box::new(Screen::Memory(Box::new(search)))));
    Outcome::redraw()
}

/// Keys while the search is shown; `None` when it is not.
pub fn on_key(app: &mut App, key: &KeyEvent) -> Option<Outcome> {
    let rows = hit_rows(app.screen.1) as isize;
    let help = app.keymap.action(key, &[Context::Global]) == Some(Action::Help)
        && !matches!(key.code, KeyCode::Char(_));
    // The search line is typed into, so its keys are the window keys.
    let action = app.keymap.action(key, &[Context::Window]);
    let search = search_screen(app)?;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (action, key.code) {
        (Some(Action::Cancel), _) => return Some(Outcome::with(navigate(app, Nav::Pop))),
        (Some(Action::Submit), _) => return Some(open_selected(app)),
        (Some(Action::SuggestionUp | Action::PrevField), _) => search.move_by(-1),
        (_, KeyCode::Char('p')) if ctrl => search.move_by(-1),
        (Some(Action::SuggestionDown | Action::NextField), _) => search.move_by(1),
        (_, KeyCode::Char('n')) if ctrl => search.move_by(1),
        (_, KeyCode::PageUp) => search.move_by(-rows),
        (_, KeyCode::PageDown) => search.move_by(rows),
        _ if help => {
            app.overlay = Some(Overlay::Help { scroll: 0 });
            return Some(Outcome::redraw());
        }
        _ => {
            if !search.input.edit(key) {
                return Some(Outcome::none());
            }
            return Some(typed(app));
        }
    }
    search.keep_in_view(rows as usize);
    Some(Outcome::redraw())
}

/// The wheel moves through the hits; `None` when the search is not shown.
pub fn on_wheel(app: &mut App, up: bool) -> Option<Outcome> {
    let rows = hit_rows(app.screen.1);
    let search = search_screen(app)?;
    search.move_by(if up { -1 } else { 1 });
    search.keep_in_view(rows);
    Some(Outcome::redraw())
}

/// Pasted text goes into the search line; false when the search is not shown.
pub fn paste(app: &mut App, text: &str) -> Option<Outcome> {
    search_screen(app)?.input.paste(text);
    Some(typed(app))
}

/// After the words changed: ask for the records they find, or clear the list when no
/// word is left.
fn typed(app: &mut App) -> Outcome {
    let Some(search) = search_screen(app) else {
        return Outcome::none();
    };
    let query = search.query().to_string();
    if query == search.searched && !search.hits.is_empty() {
        return Outcome::redraw();
    }
    if crate::memory::fts_query(&query).is_none() {
        search.hits.clear();
        search.searched = query;
        search.searching = false;
        search.error = None;
        search.selected = 0;
        search.offset = 0;
        return Outcome::redraw();
    }
    search.searching = true;
    Outcome::with(vec![Effect::Memory(MemoryEffect::Search(query))])
}

/// Another process wrote: the shown search is asked again so new records appear.
pub fn external_change(app: &App) -> Vec<Effect> {
    match app.current() {
        Screen::Memory(search) if crate::memory::fts_query(search.query()).is_some() => {
            vec![Effect::Memory(MemoryEffect::Search(
                search.query().to_string(),
            ))]
        }
        _ => Vec::new(),
    }
}

pub fn on_msg(app: &mut App, msg: MemoryMsg) -> Outcome {
    let MemoryMsg::Found { query, result } = msg;
    let rows = hit_rows(app.screen.1);
    let Some(search) = app.stack.iter_mut().rev().find_map(|s| match s {
        Screen::Memory(search) => Some(search),
        _ => None,
    }) else {
        return Outcome::none();
    };
    // A result for words no longer typed is dropped: the newer one is on its way.
    if search.query() != query {
        return Outcome::none();
    }
    search.searching = false;
    match result {
        Ok(hits) => {
            let same_words = search.searched == query;
            let keep = search.selected_hit().map(|h| (h.kind, h.id));
            search.hits = hits;
            search.error = None;
            search.selected = match keep {
                Some(k) if same_words => search
                    .hits
                    .iter()
                    .position(|h| (h.kind, h.id) == k)
                    .unwrap_or(0),
                _ => 0,
            };
            if !same_words {
                search.offset = 0;
            }
            search.searched = query;
            search.keep_in_view(rows);
        }
        Err(e) => search.error = Some(tr!("error-load", reason = e)),
    }
    Outcome::redraw()
}

/// Enter: the selected record opened over the search.
fn open_selected(app: &mut App) -> Outcome {
    let Some(hit) = search_screen(app).and_then(|s| s.selected_hit().cloned()) else {
        return Outcome::none();
    };
    match hit.kind {
        MemoryKind::Inquiry => open_inquiry(app, hit.id, None),
        MemoryKind::PlanItem => calendar::open_item(app, hit.id),
        MemoryKind::Coverage => match (hit.inquiry_id, hit.outlet_id) {
            (Some(inquiry), _) => open_inquiry(app, inquiry, None),
            (None, Some(outlet)) => contacts::open_card(app, contacts::Target::Outlet(outlet)),
            (None, None) => Outcome::none(),
        },
        MemoryKind::Statement => {
            app.info(tr!("memory-statement-copied", topic = hit.title.clone()));
            Outcome::with(vec![Effect::Copy(hit.text)])
        }
    }
}
