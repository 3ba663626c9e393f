//! What the contact book asks of the store, and what comes back: the words the book's
//! list, its cards and its forms share, so none of them has to import another.

use crate::domain::contact::{ContactCard, EventKind, OutletCard};
use crate::store::{ContactRecord, NewEvent};

/// What the pane asks of the store.
#[derive(Debug, Clone, PartialEq)]
pub enum BookEffect {
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
    CardLoaded(Result<ContactCard, String>),
    OutletLoaded(Result<OutletCard, String>),
    /// A contact written (saved, merged into, or given an event): its id.
    Saved(Result<Saved, String>),
    /// An outlet written: its id.
    OutletSaved(Result<i64, String>),
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
