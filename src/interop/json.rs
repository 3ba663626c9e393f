//! The whole book as JSON, for scripts: stable field names, codes as in the database.

use serde::Serialize;

use crate::domain::contact::Point;
use crate::store::Book;

#[derive(Debug, Serialize)]
pub struct PointJson<'a> {
    pub value: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub label: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ContactJson<'a> {
    pub id: i64,
    pub name: &'a str,
    pub kind: &'static str,
    pub outlet: Option<&'a str>,
    pub position: &'a str,
    pub relationship: &'static str,
    pub tags: &'a [String],
    pub notes: &'a str,
    pub phones: Vec<PointJson<'a>>,
    pub emails: Vec<PointJson<'a>>,
    pub messengers: Vec<PointJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct OutletJson<'a> {
    pub id: i64,
    pub name: &'a str,
    pub kind: &'static str,
    pub region: &'a str,
    pub notes: &'a str,
    pub phones: Vec<PointJson<'a>>,
    pub emails: Vec<PointJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct BookJson<'a> {
    pub contacts: Vec<ContactJson<'a>>,
    pub outlets: Vec<OutletJson<'a>>,
}

fn points(list: &[Point]) -> Vec<PointJson<'_>> {
    list.iter()
        .map(|p| PointJson {
            value: &p.value,
            label: &p.label,
        })
        .collect()
}

pub fn of(book: &Book) -> BookJson<'_> {
    BookJson {
        contacts: book
            .contacts
            .iter()
            .map(|(id, c)| ContactJson {
                id: *id,
                name: &c.name,
                kind: c.kind().code(),
                outlet: c.outlet.as_deref(),
                position: &c.position,
                relationship: c.relationship.code(),
                tags: &c.tags,
                notes: &c.notes,
                phones: points(&c.phones),
                emails: points(&c.emails),
                messengers: points(&c.messengers),
            })
            .collect(),
        outlets: book
            .outlets
            .iter()
            .map(|o| OutletJson {
                id: o.id,
                name: &o.name,
                kind: o.kind.code(),
                region: &o.region,
                notes: &o.notes,
                phones: points(&o.phones),
                emails: points(&o.emails),
            })
            .collect(),
    }
}

pub fn write(book: &Book, out: impl std::io::Write) -> serde_json::Result<()> {
    crate::text::write_json(out, &of(book))
}
