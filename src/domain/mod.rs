//! Plain types and the rules of the press desk: no SQL, no terminal.

pub mod alerts;
pub mod caller;
pub mod contact;
pub mod coverage;
pub mod inquiry;
pub mod person_name;
pub mod phone;
pub mod plan;
pub mod repeat;
pub mod report;
pub mod sla;
pub mod span;
pub mod summary;
pub mod topic;
pub mod when;
pub mod workcal;
pub mod zone;

pub use contact::{ContactKind, Relationship};
pub use inquiry::{Channel, Inquiry, Priority, Status, Urgency};
pub use plan::{ItemKind, ItemStatus, PlanItem, When};
pub use zone::Zone;

/// Unix seconds, UTC. The store and the domain speak only this; local time is for display.
pub type Timestamp = i64;
