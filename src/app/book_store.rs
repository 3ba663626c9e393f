//! What the contact book asks of the store, and what comes back: the words the book's
//! list, its cards and its forms share, so none of them has to import another.

use crate::domain::contact::{ContactCard, ContactLine, EventKind, OutletCard};
use crate::store::{ContactRecord, NewEvent};

/// What the pane asks of the store.
#[derive(Debug, Clone, PartialEq)]
pub enum BookEffect {
    /// The count and the first `rows` contacts in name order, straight from the database,
    /// shown while the whole book is still being read.
    FirstPage(usize),
    LoadCard(i64),
    LoadOutlet(i64),
    AddEvent(NewEvent),
    SaveContact {
        id: Option<i64>,
        record: Box<ContactRecord>,
    },
    Merge {
        keep: i64,
        other: i64,
    },
    SaveOutlet {
        id: Option<i64>,
        record: Box<crate::store::OutletRecord>,
    },
}

/// What came back.
#[derive(Debug)]
pub enum BookMsg {
    FirstPage(Result<FirstPage, String>),
    CardLoaded(Result<ContactCard, String>),
    OutletLoaded(Result<OutletCard, String>),
    /// A contact written (saved, merged into, or given an event): its id.
    Saved(Result<Saved, String>),
    /// An outlet written: its id.
    OutletSaved(Result<i64, String>),
}

/// The book's first screen, read before the whole book is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FirstPage {
    /// How many contacts there are.
    pub total: usize,
    /// The first of them, in name order.
    pub lines: Vec<ContactLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub contact: i64,
    pub what: SavedWhat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedWhat {
    Event(EventKind),
    Created,
    Edited,
    Merged,
}
