//! Approved statements in the interface. From the answer editor a key opens a window of
//! the office's statements and past answers: typing narrows them, Enter puts the chosen
//! text into the answer at the cursor, Esc goes back to the answer untouched. From the
//! queue the same window lists the statements by topic; Enter copies one.

use super::field::TextField;
use super::keymap::Action;
use super::overlay::{Prompt, PromptKind};
use super::window::Press;
use super::{App, Effect, Outcome, Overlay};
use crate::store::MemoryKind;
use crate::tr;

/// How many entries one look brings.
pub const SHOWN: usize = 50;

/// One text the window offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: MemoryKind,
    pub id: i64,
    /// A statement's topic, or the subject of the inquiry an answer was given to.
    pub title: String,
    pub text: String,
    pub stale: bool,
    /// A statement's day agreed and by whom; its review date.
    pub agreed: Option<(String, String)>,
    pub review: Option<String>,
}

/// What the window is for.
#[derive(Debug, Clone)]
pub enum Purpose {
    /// Inserting into this answer, which comes back when the window closes.
    Insert(Box<Prompt>),
    /// Reading the statements, filtered by topic.
    Browse,
}

#[derive(Debug, Clone)]
pub struct StatementsWindow {
    pub purpose: Purpose,
    /// Words to look for (inserting), or the topic (reading).
    pub field: TextField,
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// The words the entries were found for.
    pub searched: Option<String>,
    pub error: Option<String>,
}

/// Asked of the runtime.
#[derive(Debug, Clone, PartialEq)]
pub enum StatementsEffect {
    /// Statements and past answers matching the words; every statement when there are none.
    Suggest(String),
    /// Statements whose topic matches; all of them when empty.
    ByTopic(String),
}

/// What the runtime answers: the words asked for and what they found.
#[derive(Debug)]
pub struct StatementsFound {
    pub query: String,
    pub result: Result<Vec<Entry>, String>,
}

impl StatementsWindow {
    fn new(purpose: Purpose) -> StatementsWindow {
        StatementsWindow {
            purpose,
            field: TextField::new(),
            entries: Vec::new(),
            selected: 0,
            searched: None,
            error: None,
        }
    }

    pub fn inserting(&self) -> bool {
        matches!(self.purpose, Purpose::Insert(_))
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        self.entries.get(self.selected)
    }

    fn look(&self) -> Effect {
        let words = self.field.trimmed().to_string();
        Effect::Statements(match self.purpose {
            Purpose::Insert(_) => StatementsEffect::Suggest(words),
            Purpose::Browse => StatementsEffect::ByTopic(words),
        })
    }
}

/// The answer editor's key: the window over it, the answer kept aside.
pub fn from_answer(app: &mut App) -> Outcome {
    let Some(Overlay::Prompt(prompt)) = app.overlay.take() else {
        return Outcome::none();
    };
    let window = StatementsWindow::new(Purpose::Insert(Box::new(prompt)));
    let look = window.look();
    app.overlay = Some(Overlay::Statements(Box::new(window)));
    Outcome::with(vec![look])
}

/// From the queue: the statements, by topic.
pub fn browse(app: &mut App) -> Outcome {
    let window = StatementsWindow::new(Purpose::Browse);
    let look = window.look();
    app.overlay = Some(Overlay::Statements(Box::new(window)));
    Outcome::with(vec![look])
}

/// Whether a key in a prompt asks for the statements (only the answer's prompt does).
pub fn asked_from(prompt: &Prompt, press: &Press) -> bool {
    prompt.kind == PromptKind::Answer && !prompt.saving && press.is(Action::InsertStatement)
}

fn window(app: &mut App) -> Option<&mut StatementsWindow> {
    match &mut app.overlay {
        Some(Overlay::Statements(w)) => Some(w),
        _ => None,
    }
}

/// Closes the window: the answer comes back as it was left (nothing, when reading).
fn close(app: &mut App) {
    if let Some(Overlay::Statements(w)) = app.overlay.take() {
        app.overlay = match w.purpose {
            Purpose::Insert(prompt) => Some(Overlay::Prompt(*prompt)),
            Purpose::Browse => None,
        };
    }
}

pub fn overlay_key(app: &mut App, press: &Press) -> Outcome {
    let Some(w) = window(app) else {
        return Outcome::none();
    };
    if press.cancels() {
        close(app);
        return Outcome::redraw();
    }
    let last = w.entries.len().saturating_sub(1);
    match press.action {
        Some(Action::SuggestionDown | Action::NextField) => w.selected = (w.selected + 1).min(last),
        Some(Action::SuggestionUp | Action::PrevField) => w.selected = w.selected.saturating_sub(1),
        Some(Action::Submit) => return chosen(app),
        _ => {
            if !w.field.edit(press.key) {
                return Outcome::none();
            }
            return Outcome::with(vec![w.look()]);
        }
    }
    Outcome::redraw()
}

/// Pasted text goes into the window's words.
pub fn paste(w: &mut StatementsWindow, text: &str) -> Effect {
    w.field.paste(text);
    w.look()
}

/// Enter: the chosen text into the answer at the cursor, or onto the clipboard.
fn chosen(app: &mut App) -> Outcome {
    let Some(w) = window(app) else {
        return Outcome::none();
    };
    let Some(entry) = w.selected_entry().cloned() else {
        return Outcome::none();
    };
    if !w.inserting() {
        app.overlay = None;
        app.info(tr!("statements-copied", topic = entry.title.clone()));
        return Outcome::with(vec![Effect::Copy(entry.text)]);
    }
    close(app);
    if let Some(Overlay::Prompt(prompt)) = &mut app.overlay {
        prompt.paste(&entry.text);
    }
    if entry.stale {
        app.info(tr!("statements-inserted-stale", topic = entry.title));
    }
    Outcome::redraw()
}

pub fn on_found(app: &mut App, found: StatementsFound) -> Outcome {
    let Some(w) = window(app) else {
        return Outcome::none();
    };
    if w.field.trimmed() != found.query {
        return Outcome::none();
    }
    match found.result {
        Ok(entries) => {
            if w.searched.as_deref() != Some(found.query.as_str()) {
                w.selected = 0;
            }
            w.entries = entries;
            w.selected = w.selected.min(w.entries.len().saturating_sub(1));
            w.searched = Some(found.query);
            w.error = None;
        }
        Err(e) => w.error = Some(tr!("error-load", reason = e)),
    }
    Outcome::redraw()
}
