//! The contact book's named actions. They read the book's own state, the card open (if
//! any) and a small context, and say what they want done — a card or an inquiry to open,
//! a window, the quick log, a message — as a `BookOutcome`; `app/mod.rs` applies it.

use super::{BookState, Card, Entry, Filter, Target, rerank};
use crate::app::contact_forms::{
    BookOverlay, ContactEditor, EventForm, MergeChooser, OutletEditor,
};
use crate::app::files;
use crate::app::keymap::Action;
use crate::app::quick_log::QuickLog;
use crate::app::{Effect, Overlay};
use crate::domain::contact::{ContactLine, EventKind, Point, TimelineItem};
use crate::domain::{ContactKind, Inquiry};
use crate::search::{ContactIndex, OutletIndex};
use crate::store::AttachTo;
use crate::tr;

/// What the book's actions read besides its own state.
#[derive(Clone, Copy)]
pub struct BookContext<'a> {
    pub contacts: &'a ContactIndex,
    pub outlets: &'a OutletIndex,
    /// Rows of the list on screen.
    pub page: usize,
}

/// What the book asks for after an action.
#[derive(Debug, Default)]
pub struct BookOutcome {
    pub effects: Vec<Effect>,
    /// A card to open over the current screen.
    pub open: Option<Target>,
    /// An inquiry from a card's timeline, to open in full.
    pub open_inquiry: Option<(i64, Option<Box<Inquiry>>)>,
    /// Back from the card.
    pub back: bool,
    /// The book's list with the search line taking the keys.
    pub search: bool,
    /// A window to show (a form, the merge chooser).
    pub window: Option<Overlay>,
    /// The quick log, filled for the contact.
    pub quick_log: Option<QuickLog>,
    /// A message for the status line.
    pub info: Option<String>,
    pub redraw: bool,
}

impl BookOutcome {
    fn redraw() -> BookOutcome {
        BookOutcome {
            redraw: true,
            ..Default::default()
        }
    }

    fn info(text: String) -> BookOutcome {
        BookOutcome {
            info: Some(text),
            redraw: true,
            ..Default::default()
        }
    }

    fn open(target: Target) -> BookOutcome {
        BookOutcome {
            open: Some(target),
            redraw: true,
            ..Default::default()
        }
    }

    fn window(form: BookOverlay) -> BookOutcome {
        BookOutcome {
            window: Some(Overlay::Book(Box::new(form))),
            redraw: true,
            ..Default::default()
        }
    }
}

/// The contact under the list's cursor.
pub fn selected(book: &BookState, contacts: &ContactIndex) -> Option<ContactLine> {
    if book.filter == Filter::Outlets {
        return None;
    }
    book.rows.get(book.selected).map(|&i| contacts.at(i))
}

/// The contact keys act on: the open card's, else the selected row's.
pub fn target(book: &BookState, card: Option<&Card>, contacts: &ContactIndex) -> Option<i64> {
    match card {
        Some(card) => card.contact_id(),
        None => selected(book, contacts).map(|c| c.id),
    }
}

/// Moves the cursor: on the card's lines when one is open, else on the list.
pub fn move_by(book: &mut BookState, card: Option<&mut Card>, delta: isize, page: usize) {
    if let Some(card) = card {
        let n = card.entries().len();
        if n > 0 {
            card.cursor = (card.cursor as isize + delta).clamp(0, n as isize - 1) as usize;
        }
        return;
    }
    let n = book.len();
    if n > 0 {
        book.selected = (book.selected as isize + delta).clamp(0, n as isize - 1) as usize;
    }
    book.keep_in_view(page);
}

/// The card of the selected contact or outlet.
pub fn open_selected(book: &BookState, contacts: &ContactIndex) -> BookOutcome {
    let target = match book.filter {
        Filter::Outlets => book
            .outlet_rows
            .get(book.selected)
            .map(|h| Target::Outlet(h.id)),
        _ => selected(book, contacts).map(|c| Target::Contact(c.id)),
    };
    match target {
        Some(target) => BookOutcome::open(target),
        None => BookOutcome::redraw(),
    }
}

/// Enter on a card: a person opens their card, an inquiry opens in full.
fn open_entry(card: &Card) -> BookOutcome {
    let inquiry = |id: i64, known: Option<&Inquiry>| BookOutcome {
        open_inquiry: Some((id, known.map(|i| Box::new(i.clone())))),
        redraw: true,
        ..Default::default()
    };
    match card.entries().get(card.cursor).copied() {
        Some(Entry::Person(id)) => BookOutcome::open(Target::Contact(id)),
        Some(Entry::Timeline(TimelineItem::Inquiry(inq)))
        | Some(Entry::Timeline(TimelineItem::Commented(inq))) => inquiry(inq.id, Some(inq)),
        Some(Entry::Timeline(TimelineItem::Coverage(piece))) => match piece.inquiry_id {
            Some(id) => inquiry(id, None),
            None => BookOutcome::default(),
        },
        _ => BookOutcome::default(),
    }
}

/// A named action in the contacts pane. `None` leaves it to the rest of the app (the
/// global actions).
pub fn action(
    book: &mut BookState,
    card: Option<&mut Card>,
    action: Action,
    ctx: &BookContext,
) -> Option<BookOutcome> {
    let page = ctx.page as isize;
    let step = match action {
        Action::Up => Some(-1),
        Action::Down => Some(1),
        Action::PageUp => Some(-page),
        Action::PageDown => Some(page),
        Action::Top => Some(isize::MIN / 2),
        Action::Bottom => Some(isize::MAX / 2),
        _ => None,
    };
    if let Some(delta) = step {
        move_by(book, card, delta, ctx.page);
        return Some(BookOutcome::redraw());
    }
    let card = card.map(|c| &*c);
    let outcome = match action {
        Action::Open => match card {
            Some(card) => open_entry(card),
            None => open_selected(book, ctx.contacts),
        },
        Action::Search => BookOutcome {
            search: true,
            redraw: true,
            ..Default::default()
        },
        Action::CloseCard if card.is_some() => BookOutcome {
            back: true,
            redraw: true,
            ..Default::default()
        },
        Action::CloseCard if !book.query.value().is_empty() => {
            book.query = crate::app::field::TextField::new();
            book.selected = 0;
            rerank(book, ctx);
            BookOutcome::redraw()
        }
        Action::CloseCard => BookOutcome::default(),
        Action::CycleFilter if card.is_some() => BookOutcome::default(),
        Action::CycleFilter => {
            book.filter = book.filter.next();
            book.selected = 0;
            rerank(book, ctx);
            BookOutcome::redraw()
        }
        Action::CopyPhone => copy(book, card, false, ctx.contacts),
        Action::CopyEmail => copy(book, card, true, ctx.contacts),
        _ => return forms(book, card, action, ctx),
    };
    Some(outcome)
}

/// The actions that open a window or the quick log, or go to an outlet.
fn forms(
    book: &BookState,
    card: Option<&Card>,
    action: Action,
    ctx: &BookContext,
) -> Option<BookOutcome> {
    let contact = target(book, card, ctx.contacts);
    let name = |id: i64| {
        ctx.contacts
            .get(id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    let nobody = || BookOutcome::info(tr!("flash-no-contact-selected"));
    let outcome = match action {
        Action::QuickLog | Action::NewInquiry => {
            let form = match contact.and_then(|id| ctx.contacts.get(id)) {
                Some(c) => QuickLog::for_contact(&c),
                None => QuickLog::new(),
            };
            BookOutcome {
                quick_log: Some(form),
                redraw: true,
                ..Default::default()
            }
        }
        Action::LogCall | Action::LogMeeting | Action::LogNote => {
            let kind = match action {
                Action::LogCall => EventKind::Call,
                Action::LogMeeting => EventKind::Meeting,
                _ => EventKind::Note,
            };
            match contact {
                Some(id) => {
                    BookOutcome::window(BookOverlay::Event(EventForm::new(id, &name(id), kind)))
                }
                None => nobody(),
            }
        }
        Action::NewContact if book.filter == Filter::Outlets && card.is_none() => {
            BookOutcome::window(BookOverlay::Outlet(Box::default()))
        }
        Action::EditContact if card.is_some_and(|c| matches!(c.target, Target::Outlet(_))) => {
            match card.and_then(|c| c.outlet.as_ref()) {
                Some(outlet) => {
                    BookOutcome::window(BookOverlay::Outlet(Box::new(OutletEditor::edit(outlet))))
                }
                None => BookOutcome::redraw(),
            }
        }
        Action::NewContact => {
            let mut editor = ContactEditor::new();
            if book.filter == Filter::Experts {
                editor.kind = ContactKind::Expert;
            }
            BookOutcome::window(BookOverlay::Editor(Box::new(editor)))
        }
        Action::EditContact => edit_contact(card, contact),
        Action::Merge => match contact {
            Some(id) => {
                let mut chooser = MergeChooser::new(id, &name(id));
                chooser.refresh(ctx.contacts);
                BookOutcome::window(BookOverlay::Merge(chooser))
            }
            None => nobody(),
        },
        Action::CardFiles | Action::CardAttach => {
            files_window(card, contact, action == Action::CardAttach).unwrap_or_else(nobody)
        }
        Action::GotoOutlet => goto_outlet(book, card, ctx),
        _ => return None,
    };
    Some(outcome)
}

/// The files window of the card shown, else of the contact selected in the list.
fn files_window(card: Option<&Card>, contact: Option<i64>, attach: bool) -> Option<BookOutcome> {
    let owner = match card {
        Some(card) => card.owner(),
        None => AttachTo::Contact(contact?),
    };
    let known = card.filter(|c| c.files_loaded).map(|c| c.files.clone());
    let (window, load) = files::window_for(owner, known, attach);
    Some(BookOutcome {
        effects: vec![load],
        window: Some(window),
        redraw: true,
        ..Default::default()
    })
}

/// The outlet of the contact on the card, else of the one selected in the list.
fn goto_outlet(book: &BookState, card: Option<&Card>, ctx: &BookContext) -> BookOutcome {
    let outlet = match card {
        Some(card) => card.contact.as_ref().and_then(|c| c.outlet_id),
        None => selected(book, ctx.contacts).and_then(|c| c.outlet_id),
    };
    match outlet {
        Some(id) => BookOutcome::open(Target::Outlet(id)),
        None => BookOutcome::info(tr!("flash-no-outlet")),
    }
}

/// The editor needs the whole record: from the card it opens at once, from the list the
/// card opens first.
fn edit_contact(card: Option<&Card>, contact: Option<i64>) -> BookOutcome {
    let record = card
        .and_then(|c| c.contact.as_ref())
        .filter(|c| Some(c.id) == contact);
    match (record, contact) {
        (Some(record), _) => {
            BookOutcome::window(BookOverlay::Editor(Box::new(ContactEditor::edit(record))))
        }
        (None, Some(id)) => BookOutcome {
            open: Some(Target::Contact(id)),
            info: Some(tr!("flash-edit-from-card")),
            redraw: true,
            ..Default::default()
        },
        (None, None) => BookOutcome::info(tr!("flash-no-contact-selected")),
    }
}

/// Copies the first phone number (or e-mail) of the card shown, else of the selected
/// contact, to the clipboard; the status line says what was copied.
fn copy(
    book: &BookState,
    card: Option<&Card>,
    email: bool,
    contacts: &ContactIndex,
) -> BookOutcome {
    let first = |points: &[Point]| points.first().map(|p| p.value.clone());
    let found: Option<(String, String)> = match card {
        Some(card) => match (&card.contact, &card.outlet, card.target) {
            (Some(c), _, Target::Contact(_)) => {
                first(if email { &c.emails } else { &c.phones }).map(|v| (v, c.name.clone()))
            }
            (_, Some(o), Target::Outlet(_)) => {
                first(if email { &o.emails } else { &o.phones }).map(|v| (v, o.name.clone()))
            }
            _ => None,
        },
        None => selected(book, contacts).and_then(|c| {
            let list = if email { &c.emails } else { &c.phones };
            list.first().map(|v| (v.clone(), c.name.clone()))
        }),
    };
    match found {
        Some((value, name)) => BookOutcome {
            info: Some(tr!(
                "flash-copied",
                what = crate::text::clean(&value),
                name = crate::text::clean(&name)
            )),
            effects: vec![Effect::Copy(value)],
            redraw: true,
            ..Default::default()
        },
        None if email => BookOutcome::info(tr!("flash-no-email-to-copy")),
        None => BookOutcome::info(tr!("flash-no-phone-to-copy")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{contacts, settings};

    #[test]
    fn the_book_answers_with_what_to_open_from_its_own_state() {
        let index = ContactIndex::new(contacts(), settings().phones);
        let outlets = OutletIndex::new(Vec::new());
        let ctx = BookContext {
            contacts: &index,
            outlets: &outlets,
            page: 10,
        };
        let mut book = BookState::default();
        rerank(&mut book, &ctx);
        assert_eq!(book.len(), 2);
        let down = action(&mut book, None, Action::Down, &ctx).unwrap();
        assert!(down.redraw && book.selected == 1);
        let second = selected(&book, &index).map(|c| c.id);
        let open = action(&mut book, None, Action::Open, &ctx).unwrap();
        assert_eq!(open.open, second.map(Target::Contact));
        // A window and the quick log are asked for, not opened.
        let call = action(&mut book, None, Action::LogCall, &ctx).unwrap();
        assert!(matches!(call.window, Some(Overlay::Book(_))));
        let log = action(&mut book, None, Action::QuickLog, &ctx).unwrap();
        assert!(log.quick_log.is_some());
        // A contact without an outlet: a message, nothing opened.
        let outlet = action(&mut book, None, Action::GotoOutlet, &ctx).unwrap();
        assert!(outlet.open.is_none() && outlet.info.is_some());
        // The global keys are left to the rest of the app.
        assert!(action(&mut book, None, Action::Quit, &ctx).is_none());
    }
}
