//! Moving the contact book in and out: vCard, CSV and JSON. Each format is a pair of
//! functions over the store's `ContactRecord`s; matching and writing are the store's.

pub mod csv;
pub mod json;
pub mod vcard;
