//! What the contact index keeps of each record for lists and suggestions, laid end to end:
//! a million contacts are a few arrays and two strings, not a million records of owned
//! strings each.

use crate::domain::ContactKind;
use crate::domain::contact::{ContactLine, ContactSummary, Relationship};

/// Separates the fields of one record in the arena.
const UNIT: char = '\u{1f}';
/// Separates the items of one list (phones, e-mails).
const ITEM: char = '\u{1e}';

/// The separators never occur in what is stored: a value holding one (a control
/// character no one types) has it as a space.
fn push_clean(arena: &mut String, value: &str) {
    if value.contains([UNIT, ITEM]) {
        arena.push_str(&value.replace([UNIT, ITEM], " "));
    } else {
        arena.push_str(value);
    }
}

/// The items of one list in the arena.
fn list(s: &str) -> Vec<&str> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(ITEM).collect()
    }
}

#[derive(Debug, Default)]
pub(crate) struct Cards {
    ids: Vec<i64>,
    outlet_ids: Vec<Option<i64>>,
    kinds: Vec<Option<ContactKind>>,
    relationships: Vec<Relationship>,
    /// Name, outlet and position of each record, separated by `UNIT`.
    heads: String,
    head_starts: Vec<usize>,
    /// Phones, then e-mails, of each record: items separated by `ITEM`, the two lists by
    /// `UNIT`. Filled in after the heads when read from the database.
    points: String,
    point_spans: Vec<(usize, usize)>,
    /// Lookups by id.
    by_id: ById,
}

/// Where each id's record is. Ids handed out by the database are nearly consecutive: then
/// a table by id answers at once (a lookup per candidate the database's index names);
/// otherwise positions sorted by id are searched.
#[derive(Debug, Default)]
enum ById {
    #[default]
    Empty,
    /// Position of id `first + k` at `k`, `u32::MAX` where there is none.
    Table {
        first: i64,
        at: Vec<u32>,
    },
    Sorted(Vec<u32>),
}

/// One record's head, as the database or a summary gives it.
pub(crate) struct Head<'a> {
    pub id: i64,
    pub name: &'a str,
    pub kind: Option<ContactKind>,
    pub outlet_id: Option<i64>,
    pub outlet: &'a str,
    pub position: &'a str,
    pub relationship: Relationship,
}

impl Cards {
    pub(crate) fn push_head(&mut self, head: &Head<'_>) {
        self.ids.push(head.id);
        self.outlet_ids.push(head.outlet_id);
        self.kinds.push(head.kind);
        self.relationships.push(head.relationship);
        self.head_starts.push(self.heads.len());
        push_clean(&mut self.heads, head.name);
        self.heads.push(UNIT);
        push_clean(&mut self.heads, head.outlet);
        self.heads.push(UNIT);
        push_clean(&mut self.heads, head.position);
        self.point_spans.push((0, 0));
    }

    pub(crate) fn push_summary(&mut self, c: &ContactSummary) {
        self.push_head(&Head {
            id: c.id,
            name: &c.name,
            kind: c.kind,
            outlet_id: c.outlet_id,
            outlet: c.outlet.as_deref().unwrap_or(""),
            position: &c.position,
            relationship: c.relationship,
        });
        let at = self.ids.len() as u32 - 1;
        self.set_points(at, &c.phones, &c.emails);
    }

    /// The phones and e-mails of the record at `at`.
    pub(crate) fn set_points<P: AsRef<str>>(&mut self, at: u32, phones: &[P], emails: &[P]) {
        let start = self.points.len();
        for (n, p) in phones.iter().enumerate() {
            if n > 0 {
                self.points.push(ITEM);
            }
            push_clean(&mut self.points, p.as_ref());
        }
        self.points.push(UNIT);
        for (n, e) in emails.iter().enumerate() {
            if n > 0 {
                self.points.push(ITEM);
            }
            push_clean(&mut self.points, e.as_ref());
        }
        if let Some(span) = self.point_spans.get_mut(at as usize) {
            *span = (start, self.points.len());
        }
    }

    /// Called once every head is in: makes lookups by id possible.
    pub(crate) fn finish(&mut self) {
        self.heads.shrink_to_fit();
        self.points.shrink_to_fit();
        let (Some(&first), Some(&last)) = (self.ids.iter().min(), self.ids.iter().max()) else {
            self.by_id = ById::Empty;
            return;
        };
        let span = last.abs_diff(first);
        if span < 2 * self.ids.len() as u64 + 1024 {
            let mut at = vec![u32::MAX; span as usize + 1];
            for (i, &id) in self.ids.iter().enumerate() {
                at[(id - first) as usize] = i as u32;
            }
            self.by_id = ById::Table { first, at };
        } else {
            let mut order: Vec<u32> = (0..self.ids.len() as u32).collect();
            order.sort_unstable_by_key(|&i| self.ids[i as usize]);
            self.by_id = ById::Sorted(order);
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// The position of the record with this id.
    pub(crate) fn position_of(&self, id: i64) -> Option<u32> {
        match &self.by_id {
            ById::Empty => None,
            ById::Table { first, at } => {
                let k = usize::try_from(id.checked_sub(*first)?).ok()?;
                at.get(k).copied().filter(|&i| i != u32::MAX)
            }
            ById::Sorted(order) => order
                .binary_search_by_key(&id, |&i| self.ids[i as usize])
                .ok()
                .map(|k| order[k]),
        }
    }

    pub(crate) fn id(&self, at: u32) -> i64 {
        self.ids[at as usize]
    }

    pub(crate) fn kind(&self, at: u32) -> Option<ContactKind> {
        self.kinds[at as usize]
    }

    fn head(&self, at: u32) -> [&str; 3] {
        let start = self.head_starts[at as usize];
        let end = self
            .head_starts
            .get(at as usize + 1)
            .copied()
            .unwrap_or(self.heads.len());
        let mut parts = self.heads[start..end].splitn(3, UNIT);
        let mut next = || parts.next().unwrap_or("");
        [next(), next(), next()]
    }

    pub(crate) fn name(&self, at: u32) -> &str {
        self.head(at)[0]
    }

    /// Phones and e-mails of the record at `at`.
    pub(crate) fn points(&self, at: u32) -> (Vec<&str>, Vec<&str>) {
        let (start, end) = self.point_spans[at as usize];
        if start == end {
            return (Vec::new(), Vec::new());
        }
        let (phones, emails) = self.points[start..end]
            .split_once(UNIT)
            .unwrap_or((&self.points[start..end], ""));
        (list(phones), list(emails))
    }

    /// What a list shows of the record at `at`.
    pub(crate) fn line(&self, at: u32) -> ContactLine {
        let [name, outlet, position] = self.head(at);
        let (phones, emails) = self.points(at);
        ContactLine {
            id: self.ids[at as usize],
            name: name.to_string(),
            kind: self.kinds[at as usize],
            outlet_id: self.outlet_ids[at as usize],
            outlet: (!outlet.is_empty()).then(|| outlet.to_string()),
            position: position.to_string(),
            phones: phones.into_iter().map(String::from).collect(),
            emails: emails.into_iter().map(String::from).collect(),
            relationship: self.relationships[at as usize],
        }
    }
}
