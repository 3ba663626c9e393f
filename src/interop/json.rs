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

/// The book with the coverage beside it: what each outlet published, with its tone.
#[derive(Debug, Serialize)]
pub struct ExportJson<'a> {
    #[serde(flatten)]
    pub book: BookJson<'a>,
    pub coverage: Vec<CoverageJson>,
}

pub fn write_with_coverage(
    book: &Book,
    coverage: &[crate::domain::coverage::Coverage],
    out: impl std::io::Write,
) -> serde_json::Result<()> {
    let all = ExportJson {
        book: of(book),
        coverage: coverage.iter().map(CoverageJson::new).collect(),
    };
    crate::text::write_json(out, &all)
}

#[derive(Debug, Serialize)]
pub struct NamedJson {
    pub id: i64,
    pub name: String,
}

/// A piece as scripts read it. Field names are stable.
#[derive(Debug, Serialize)]
pub struct CoverageJson {
    pub id: i64,
    pub date: chrono::NaiveDate,
    pub outlet: NamedJson,
    pub contact: Option<NamedJson>,
    pub inquiry: Option<i64>,
    pub title: String,
    pub url: String,
    pub tone: &'static str,
    pub created_by: String,
}

impl CoverageJson {
    pub fn new(c: &crate::domain::coverage::Coverage) -> CoverageJson {
        CoverageJson {
            id: c.id,
            date: c.day,
            outlet: NamedJson {
                id: c.outlet_id,
                name: c.outlet_name.clone(),
            },
            contact: match (c.contact_id, &c.contact_name) {
                (Some(id), Some(name)) => Some(NamedJson {
                    id,
                    name: name.clone(),
                }),
                _ => None,
            },
            inquiry: c.inquiry_id,
            title: c.title.clone(),
            url: c.url.clone(),
            tone: c.tone.code(),
            created_by: c.created_by.clone(),
        }
    }
}
