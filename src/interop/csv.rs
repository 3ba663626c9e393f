//! CSV with a header row, through the `csv` crate. Reads Google Contacts exports (the
//! current and the older column sets), Outlook exports, and pressdesk's own form:
//!
//! `name,kind,outlet,position,phones,emails,messengers,tags,relationship,notes`
//!
//! where lists (phones, e-mails, handles, tags) are separated by `;`. Writes the own form.
//! A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) is written with a leading `'`, which reading takes off again.

use std::io::Read;

use crate::domain::contact::Point;
use crate::domain::{ContactKind, Relationship};
use crate::store::{Book, ContactRecord, ImportItem};
use crate::tr;

pub const HEADER: [&str; 10] = [
    "name",
    "kind",
    "outlet",
    "position",
    "phones",
    "emails",
    "messengers",
    "tags",
    "relationship",
    "notes",
];

#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    #[error("{0}")]
    Csv(#[from] ::csv::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("the first row names no column pressdesk knows (a name, a phone or an e-mail)")]
    NoColumns,
}

/// A cell as written, safe to open in a spreadsheet.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A cell as read: the `'` that neutralised a formula is taken off.
fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    Name,
    First,
    Middle,
    Last,
    Kind,
    Outlet,
    Position,
    Relationship,
    Notes,
    Tags,
    /// A phone, e-mail or handle column; lists in one cell are split. The label comes
    /// from the column's name, or from a column of labels (Google's `Phone 1 - Label`).
    Phone(Label),
    Email(Label),
    Messenger,
    /// Google's `Phone 1 - Label` / `E-mail 1 - Type`: the label of the column `n`.
    LabelOf(String),
    Ignored,
}

#[derive(Debug, Clone, PartialEq)]
enum Label {
    Fixed(String),
    /// Taken from the label column with this key.
    From(String),
}

fn column(header: &str) -> Column {
    let h = header.trim().trim_start_matches('\u{feff}').to_lowercase();
    let h = h.as_str();
    match h {
        "name" | "full name" | "display name" => return Column::Name,
        "first name" | "given name" => return Column::First,
        "middle name" | "additional name" => return Column::Middle,
        "last name" | "family name" | "surname" => return Column::Last,
        "kind" => return Column::Kind,
        "outlet" | "company" | "organization name" | "organization 1 - name" => {
            return Column::Outlet;
        }
        "position" | "job title" | "organization title" | "organization 1 - title" => {
            return Column::Position;
        }
        "relationship" => return Column::Relationship,
        "notes" | "note" => return Column::Notes,
        "tags" | "labels" | "categories" | "group membership" => return Column::Tags,
        "phones" => return Column::Phone(Label::Fixed(String::new())),
        "emails" => return Column::Email(Label::Fixed(String::new())),
        "messengers" => return Column::Messenger,
        _ => {}
    }
    // Google: "Phone 1 - Value", "Phone 1 - Label" (or "- Type"), "E-mail 2 - Value".
    if let Some((key, part)) = h.split_once(" - ") {
        let is_phone = key.starts_with("phone");
        let is_email = key.starts_with("e-mail") || key.starts_with("email");
        return match part {
            "value" if is_phone => Column::Phone(Label::From(key.to_string())),
            "value" if is_email => Column::Email(Label::From(key.to_string())),
            "label" | "type" if is_phone || is_email => Column::LabelOf(key.to_string()),
            _ => Column::Ignored,
        };
    }
    // Outlook: "Business Phone", "Mobile Phone 2", "E-mail Address", "E-mail 2 Address".
    if h.contains("fax") || h.contains("pager") || h.contains("yomi") || h.contains("assistant") {
        return Column::Ignored;
    }
    if let Some(kind) = h.strip_suffix(" phone").or_else(|| {
        h.rsplit_once(" phone ")
            .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
            .map(|(k, _)| k)
    }) {
        return Column::Phone(Label::Fixed(kind.to_string()));
    }
    if h.starts_with("e-mail") && h.ends_with("address") {
        return Column::Email(Label::Fixed(String::new()));
    }
    Column::Ignored
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split(":::")
        .flat_map(|part| part.split(';'))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Reads the records of a CSV file with a header row (small files and tests; imports
/// stream through `Rows`).
pub fn read(reader: impl Read) -> Result<Vec<ImportItem>, CsvError> {
    Ok(Rows::new(reader)?.collect())
}

/// The records of a CSV file, one at a time: memory holds one row, whatever the size of
/// the file.
pub struct Rows<R: Read> {
    csv: ::csv::Reader<R>,
    columns: Vec<Column>,
    row: ::csv::StringRecord,
    number: usize,
}

impl<R: Read> Rows<R> {
    /// Reads the header row; a file without a name, phone or e-mail column is refused.
    pub fn new(reader: R) -> Result<Rows<R>, CsvError> {
        let mut csv = ::csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(reader);
        let columns: Vec<Column> = csv.headers()?.iter().map(column).collect();
        let known = columns.iter().any(|c| {
            matches!(
                c,
                Column::Name | Column::First | Column::Last | Column::Phone(_) | Column::Email(_)
            )
        });
        if !known {
            return Err(CsvError::NoColumns);
        }
        Ok(Rows {
            csv,
            columns,
            row: ::csv::StringRecord::new(),
            number: 1,
        })
    }
}

impl<R: Read> Iterator for Rows<R> {
    type Item = ImportItem;

    fn next(&mut self) -> Option<ImportItem> {
        self.number += 1;
        let label = format!("row {}", self.number);
        match self.csv.read_record(&mut self.row) {
            Ok(true) => {}
            Ok(false) => return None,
            Err(e) => return Some(Err((label, e.to_string()))),
        }
        let record = record_of(&self.columns, &self.row);
        Some(match super::oversized(&record) {
            Some(field) => Err((
                label,
                tr!(
                    "import-row-too-long",
                    row = self.number,
                    field = field,
                    limit = super::MAX_FIELD / 1024
                ),
            )),
            None => Ok(record),
        })
    }
}

fn record_of(columns: &[Column], row: &::csv::StringRecord) -> ContactRecord {
    let cell = |i: usize| restore(row.get(i).unwrap_or("").trim());
    let label_of = |key: &str| -> String {
        columns
            .iter()
            .position(|c| *c == Column::LabelOf(key.to_string()))
            .map(|i| cell(i).trim_start_matches("* ").to_lowercase())
            .unwrap_or_default()
    };
    let mut record = ContactRecord::default();
    let (mut first, mut middle, mut last) = (String::new(), String::new(), String::new());
    for (i, col) in columns.iter().enumerate() {
        let value = cell(i);
        if value.is_empty() {
            continue;
        }
        match col {
            Column::Name => record.name = value.to_string(),
            Column::First => first = value.to_string(),
            Column::Middle => middle = value.to_string(),
            Column::Last => last = value.to_string(),
            Column::Kind => record.kind = ContactKind::parse(value),
            Column::Outlet => record.outlet = Some(value.to_string()),
            Column::Position => record.position = value.to_string(),
            Column::Relationship => {
                record.relationship = Relationship::parse(value).unwrap_or_default();
            }
            Column::Notes => record.notes = value.to_string(),
            Column::Tags => {
                for t in split_list(value) {
                    let t = t.trim_start_matches("* ").to_string();
                    if !["mycontacts", "starred"].contains(&t.to_lowercase().as_str()) {
                        record.tags.push(t);
                    }
                }
            }
            Column::Phone(label) | Column::Email(label) => {
                let label = match label {
                    Label::Fixed(l) => l.clone(),
                    Label::From(key) => label_of(key),
                };
                let list = if matches!(col, Column::Phone(_)) {
                    &mut record.phones
                } else {
                    &mut record.emails
                };
                for v in split_list(value) {
                    list.push(Point {
                        value: v,
                        label: label.clone(),
                    });
                }
            }
            Column::Messenger => {
                for v in split_list(value) {
                    record.messengers.push(Point {
                        value: v,
                        label: String::new(),
                    });
                }
            }
            Column::LabelOf(_) | Column::Ignored => {}
        }
    }
    if record.name.is_empty() {
        record.name = [first, middle, last]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    record
}

fn joined(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| p.value.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Writes the book in pressdesk's own CSV form.
pub fn write(book: &Book, out: impl std::io::Write) -> Result<(), CsvError> {
    write_counted(book, out, &mut || {})
}

/// `write`, calling `on_row` after each contact's row (for progress).
pub fn write_counted(
    book: &Book,
    out: impl std::io::Write,
    on_row: &mut dyn FnMut(),
) -> Result<(), CsvError> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for (_, c) in &book.contacts {
        let row = [
            c.name.clone(),
            c.kind().code().to_string(),
            c.outlet.clone().unwrap_or_default(),
            c.position.clone(),
            joined(&c.phones),
            joined(&c.emails),
            joined(&c.messengers),
            c.tags.join("; "),
            c.relationship.code().to_string(),
            c.notes.clone(),
        ];
        w.write_record(row.iter().map(|cell| neutralise(cell)))?;
        on_row();
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for cell in ["=SUM(A1)", "+7 918", "-1", "@cmd", "\tx"] {
            let safe = neutralise(cell);
            assert!(safe.starts_with('\''), "{safe}");
            assert_eq!(restore(&safe), cell);
        }
        assert_eq!(neutralise("Кузнецов"), "Кузнецов");
        assert_eq!(restore("'quoted"), "'quoted");
    }

    #[test]
    fn headers_of_known_exports() {
        assert_eq!(
            column("Phone 1 - Value"),
            Column::Phone(Label::From("phone 1".into()))
        );
        assert_eq!(column("Phone 1 - Label"), Column::LabelOf("phone 1".into()));
        assert_eq!(
            column("E-mail 2 - Value"),
            Column::Email(Label::From("e-mail 2".into()))
        );
        assert_eq!(
            column("Mobile Phone"),
            Column::Phone(Label::Fixed("mobile".into()))
        );
        assert_eq!(
            column("Business Phone 2"),
            Column::Phone(Label::Fixed("business".into()))
        );
        assert_eq!(column("Business Fax"), Column::Ignored);
        assert_eq!(
            column("E-mail 2 Address"),
            Column::Email(Label::Fixed(String::new()))
        );
        assert_eq!(column("\u{feff}First Name"), Column::First);
        assert_eq!(column("Organization Name"), Column::Outlet);
    }
}
