//! `/` in the queue: a search of the office's memory — inquiries of any age, plan items,
//! coverage and statements — as the words are typed. The store's full-text index answers
//! (an effect); Enter opens the record found over the search, and Esc from it comes back
//! to the search as it was left.
//!
//! The search's keys, wheel, pasted text and results read its own state and a small
//! context, and say what they want done as a `MemoryOutcome`; `app/mod.rs` applies it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Effect;
use super::field::TextField;
use super::keymap::{Action, Context, KeyMap};
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

/// What the search's keys read besides its own state.
#[derive(Clone, Copy)]
pub struct MemoryContext<'a> {
    pub keymap: &'a KeyMap,
    /// Hits drawn at once (`hit_rows`).
    pub rows: usize,
}

/// A record found, to open over the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Inquiry(i64),
    PlanItem(i64),
    Outlet(i64),
}

/// What the search asks for after a key, a turn of the wheel, pasted text or a result.
#[derive(Debug, Default, PartialEq)]
pub struct MemoryOutcome {
    pub effects: Vec<Effect>,
    /// Back to where the search was opened from.
    pub back: bool,
    /// A record to open over the search.
    pub open: Option<Found>,
    /// The help window.
    pub help: bool,
    /// A message for the status line.
    pub info: Option<String>,
    pub redraw: bool,
}

impl MemoryOutcome {
    fn none() -> MemoryOutcome {
        MemoryOutcome::default()
    }

    fn redraw() -> MemoryOutcome {
        MemoryOutcome {
            redraw: true,
            ..Default::default()
        }
    }
}

/// A key while the search is shown.
pub fn on_key(search: &mut MemorySearch, key: &KeyEvent, ctx: &MemoryContext) -> MemoryOutcome {
    let rows = ctx.rows as isize;
    let help = ctx.keymap.action(key, &[Context::Global]) == Some(Action::Help)
        && !matches!(key.code, KeyCode::Char(_));
    // The search line is typed into, so its keys are the window keys.
    let action = ctx.keymap.action(key, &[Context::Window]);
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (action, key.code) {
        (Some(Action::Cancel), _) => {
            return MemoryOutcome {
                back: true,
                redraw: true,
                ..Default::default()
            };
        }
        (Some(Action::Submit), _) => return open_selected(search),
        (Some(Action::SuggestionUp | Action::PrevField), _) => search.move_by(-1),
        (_, KeyCode::Char('p')) if ctrl => search.move_by(-1),
        (Some(Action::SuggestionDown | Action::NextField), _) => search.move_by(1),
        (_, KeyCode::Char('n')) if ctrl => search.move_by(1),
        (_, KeyCode::PageUp) => search.move_by(-rows),
        (_, KeyCode::PageDown) => search.move_by(rows),
        _ if help => {
            return MemoryOutcome {
                help: true,
                redraw: true,
                ..Default::default()
            };
        }
        _ => {
            if !search.input.edit(key) {
                return MemoryOutcome::none();
            }
            return typed(search);
        }
    }
    search.keep_in_view(ctx.rows);
    MemoryOutcome::redraw()
}

/// The wheel moves through the hits.
pub fn on_wheel(search: &mut MemorySearch, up: bool, rows: usize) -> MemoryOutcome {
    search.move_by(if up { -1 } else { 1 });
    search.keep_in_view(rows);
    MemoryOutcome::redraw()
}

/// Pasted text goes into the search line.
pub fn paste(search: &mut MemorySearch, text: &str) -> MemoryOutcome {
    search.input.paste(text);
    typed(search)
}

/// After the words changed: ask for the records they find, or clear the list when no
/// word is left.
fn typed(search: &mut MemorySearch) -> MemoryOutcome {
    let query = search.query().to_string();
    if query == search.searched && !search.hits.is_empty() {
        return MemoryOutcome::redraw();
    }
    if crate::memory::fts_query(&query).is_none() {
        search.hits.clear();
        search.searched = query;
        search.searching = false;
        search.error = None;
        search.selected = 0;
        search.offset = 0;
        return MemoryOutcome::redraw();
    }
    search.searching = true;
    MemoryOutcome {
        effects: vec![Effect::Memory(MemoryEffect::Search(query))],
        redraw: true,
        ..Default::default()
    }
}

/// Another process wrote: the shown search is asked again so new records appear.
pub fn external_change(search: &MemorySearch) -> Vec<Effect> {
    if crate::memory::fts_query(search.query()).is_some() {
        vec![Effect::Memory(MemoryEffect::Search(
            search.query().to_string(),
        ))]
    } else {
        Vec::new()
    }
}

/// The records found for some words: shown when they are still the words typed, the
/// selection kept on the same record when the words did not change.
pub fn on_msg(search: &mut MemorySearch, msg: MemoryMsg, rows: usize) -> MemoryOutcome {
    let MemoryMsg::Found { query, result } = msg;
    // A result for words no longer typed is dropped: the newer one is on its way.
    if search.query() != query {
        return MemoryOutcome::none();
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
    MemoryOutcome::redraw()
}

/// Enter: the selected record opened over the search; a statement is copied instead.
pub fn open_selected(search: &MemorySearch) -> MemoryOutcome {
    let Some(hit) = search.selected_hit() else {
        return MemoryOutcome::none();
    };
    let open = |found| MemoryOutcome {
        open: Some(found),
        redraw: true,
        ..Default::default()
    };
    match hit.kind {
        MemoryKind::Inquiry => open(Found::Inquiry(hit.id)),
        MemoryKind::PlanItem => open(Found::PlanItem(hit.id)),
        MemoryKind::Coverage => match (hit.inquiry_id, hit.outlet_id) {
            (Some(inquiry), _) => open(Found::Inquiry(inquiry)),
            (None, Some(outlet)) => open(Found::Outlet(outlet)),
            (None, None) => MemoryOutcome::none(),
        },
        MemoryKind::Statement => MemoryOutcome {
            effects: vec![Effect::Copy(hit.text.clone())],
            info: Some(tr!("memory-statement-copied", topic = hit.title.clone())),
            redraw: true,
            ..Default::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::memory_hit as hit;
    use ratatui::crossterm::event::KeyEvent;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed_in(search: &mut MemorySearch, text: &str, ctx: &MemoryContext) -> MemoryOutcome {
        let mut last = MemoryOutcome::none();
        for c in text.chars() {
            last = on_key(search, &press(KeyCode::Char(c)), ctx);
        }
        last
    }

    fn context(keymap: &KeyMap) -> MemoryContext<'_> {
        MemoryContext { keymap, rows: 5 }
    }

    fn found(query: &str, hits: Vec<MemoryHit>) -> MemoryMsg {
        MemoryMsg::Found {
            query: query.into(),
            result: Ok(hits),
        }
    }

    #[test]
    fn words_typed_ask_the_store_and_only_the_answer_for_them_is_shown() {
        let keymap = KeyMap::default();
        let ctx = context(&keymap);
        let mut search = MemorySearch::default();
        let asked = typed_in(&mut search, "вода", &ctx);
        assert_eq!(
            asked.effects,
            vec![Effect::Memory(MemoryEffect::Search("вода".into()))]
        );
        assert!(search.searching);
        // An answer for words no longer typed is dropped.
        let stale = on_msg(
            &mut search,
            found("вод", vec![hit(MemoryKind::Inquiry, 1)]),
            5,
        );
        assert_eq!(stale, MemoryOutcome::none());
        assert!(search.hits.is_empty() && search.searching);
        let hits = vec![hit(MemoryKind::Inquiry, 1), hit(MemoryKind::PlanItem, 2)];
        assert!(on_msg(&mut search, found("вода", hits), 5).redraw);
        assert!(!search.searching);
        assert_eq!(search.hits.len(), 2);
        // Down, then Enter: the plan item is opened over the search.
        on_key(&mut search, &press(KeyCode::Down), &ctx);
        let opened = on_key(&mut search, &press(KeyCode::Enter), &ctx);
        assert_eq!(opened.open, Some(Found::PlanItem(2)));
        // The wheel moves too, and Esc goes back.
        assert!(on_wheel(&mut search, true, 5).redraw);
        assert_eq!(search.selected, 0);
        assert!(on_key(&mut search, &press(KeyCode::Esc), &ctx).back);
    }

    #[test]
    fn coverage_opens_what_it_followed_and_a_statement_is_copied() {
        let keymap = KeyMap::default();
        let ctx = context(&keymap);
        let mut search = MemorySearch::default();
        typed_in(&mut search, "tariff", &ctx);
        let mut piece = hit(MemoryKind::Coverage, 3);
        piece.outlet_id = Some(10);
        let mut answered = hit(MemoryKind::Coverage, 4);
        answered.inquiry_id = Some(12);
        answered.outlet_id = Some(10);
        let hits = vec![piece, answered, hit(MemoryKind::Statement, 5)];
        on_msg(&mut search, found("tariff", hits), 5);
        let enter = press(KeyCode::Enter);
        assert_eq!(
            on_key(&mut search, &enter, &ctx).open,
            Some(Found::Outlet(10))
        );
        search.selected = 1;
        assert_eq!(
            on_key(&mut search, &enter, &ctx).open,
            Some(Found::Inquiry(12))
        );
        search.selected = 2;
        let copied = on_key(&mut search, &enter, &ctx);
        assert_eq!(copied.effects, vec![Effect::Copy("text of 5".into())]);
        assert!(copied.info.is_some() && copied.open.is_none());
        // Words taken away clear the list without asking the store.
        for _ in 0.."tariff".len() {
            on_key(&mut search, &press(KeyCode::Backspace), &ctx);
        }
        assert!(search.hits.is_empty() && !search.searching);
    }
}
