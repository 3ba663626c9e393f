//! Data in and out of pressdesk in other programs' formats: the contact book as vCard,
//! CSV and JSON (each a pair of functions over the store's `ContactRecord`s; matching
//! and writing are the store's), the calendar as iCalendar.

pub mod ahead;
pub mod csv;
pub mod ical;
pub mod json;
pub mod vcard;

use crate::store::ContactRecord;

/// The longest value a field of an imported record may have (64 KB): longer is refused
/// with its record, so a damaged or hostile file never puts megabytes into a name.
pub const MAX_FIELD: usize = 64 * 1024;

/// The first field of `record` longer than `MAX_FIELD`, by its name in the file formats.
pub fn oversized(record: &ContactRecord) -> Option<&'static str> {
    let long = |s: &str| s.len() > MAX_FIELD;
    let points = |list: &[crate::domain::contact::Point]| {
        list.iter().any(|p| long(&p.value) || long(&p.label))
    };
    if long(&record.name) {
        Some("name")
    } else if record.outlet.as_deref().is_some_and(long) {
        Some("organization")
    } else if long(&record.position) {
        Some("title")
    } else if long(&record.notes) {
        Some("note")
    } else if record.tags.iter().any(|t| long(t)) {
        Some("categories")
    } else if points(&record.phones) {
        Some("phone")
    } else if points(&record.emails) {
        Some("email")
    } else if points(&record.messengers) {
        Some("messenger")
    } else {
        None
    }
}
