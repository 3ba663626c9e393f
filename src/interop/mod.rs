//! Data in and out of pressdesk in other programs' formats.

pub mod ical;
