//! Data in and out of pressdesk in other programs' formats: the contact book as vCard,
//! CSV and JSON (each a pair of functions over the store's `ContactRecord`s; matching
//! and writing are the store's), the calendar as iCalendar.

pub mod csv;
pub mod ical;
pub mod json;
pub mod vcard;
