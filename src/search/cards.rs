//! What the contact index keeps of each record for lists and suggestions, laid end to end:
//! a million contacts are a few arrays and two strings, not a million records of owned
//! strings each.
//!
//! A record's name and position are not kept twice: the search text already starts with
//! them case-folded, so a record keeps how each is capitalised (as folded, each word
//! capitalised, the first letter, all capitals) and they are spelled again from the
//! folded text when shown. Whatever that would not spell back byte for byte (`ё`,
//! `McDonald`, `İ`) is kept as written. Outlets are few: each is kept once.

use std::borrow::Cow;
use std::collections::HashMap;

use super::fold;
use super::shapes::Shapes;
use crate::domain::ContactKind;
use crate::domain::contact::{ContactLine, ContactSummary, Relationship};

/// Separates the items of one list (phones, e-mails).
const ITEM: char = '\u{1e}';
/// Separates a record's phones from its e-mails.
const UNIT: char = '\u{1f}';
/// Ends a record's phones and e-mails.
const END: char = '\u{1d}';
/// Starts a phone kept as its shape (see `Shapes`): the char after it says which.
const SHAPED: char = '\u{1c}';
/// What no stored phone or e-mail holds.
const SEPARATORS: [char; 4] = [UNIT, ITEM, END, SHAPED];
/// Separates the fields of the search text.
const FIELDS: &str = " · ";
/// A record without phones or e-mails.
const NONE: u32 = u32::MAX;

/// The separators never occur in what is stored: a value holding one (a control
/// character no one types) has it as a space.
fn push_clean(arena: &mut String, value: &str) {
    if value.contains(SEPARATORS) {
        arena.push_str(&value.replace(SEPARATORS, " "));
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

/// How a name or position is written, given its case-folded form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// As folded.
    Folded,
    /// Each word's first letter a capital (`Anna-Maria O'Neill`).
    Title,
    /// The first letter a capital (`Главный редактор`).
    First,
    /// All capitals (`CEO`).
    Upper,
}

const CASES: [Case; 4] = [Case::Folded, Case::Title, Case::First, Case::Upper];
/// The case byte of a record whose name and position are kept as written.
const AS_WRITTEN: u8 = u8::MAX;

impl Case {
    fn code(self) -> u8 {
        CASES.iter().position(|&c| c == self).unwrap_or(0) as u8
    }

    fn of(code: u8) -> Case {
        CASES[usize::from(code & 3)]
    }

    /// Whether the letter after `before` (`None` at the start) is a capital.
    fn raises(self, before: Option<char>) -> bool {
        match self {
            Case::Folded => false,
            Case::Upper => true,
            Case::First => before.is_none(),
            Case::Title => before.is_none_or(|b| !b.is_alphanumeric()),
        }
    }

    /// `folded` written in this case.
    fn spell(self, folded: &str, out: &mut String) {
        if self == Case::Folded {
            out.push_str(folded);
            return;
        }
        let mut before = None;
        for c in folded.chars() {
            if self.raises(before) {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            before = Some(c);
        }
    }

    /// Whether `folded` written in this case is `written`, without writing it.
    fn spells(self, folded: &str, written: &str) -> bool {
        if self == Case::Folded {
            return folded == written;
        }
        let mut want = written.chars();
        let mut before = None;
        for c in folded.chars() {
            if self.raises(before) {
                if !c.to_uppercase().all(|u| want.next() == Some(u)) {
                    return false;
                }
            } else if want.next() != Some(c) {
                return false;
            }
            before = Some(c);
        }
        want.next().is_none()
    }

    /// The first case that writes `folded` as `written`.
    fn find(folded: &str, written: &str) -> Option<Case> {
        CASES.into_iter().find(|c| c.spells(folded, written))
    }

    /// How `folded` is written as `written`: the case, and where an `е` is `ё` again.
    fn with_yo(folded: &str, written: &str) -> Option<(Case, Vec<u16>)> {
        if let Some(case) = Case::find(folded, written) {
            return Some((case, Vec::new()));
        }
        let yo = yo_in(folded, written)?;
        let case = Case::find(&with_yo(folded, &yo), written)?;
        Some((case, yo))
    }
}

/// The char indexes where `written` has `ё` and `folded` the `е` folding made of it;
/// `None` when there is none, or the two do not have a char for a char.
fn yo_in(folded: &str, written: &str) -> Option<Vec<u16>> {
    let mut yo = Vec::new();
    let mut written = written.chars();
    for (i, f) in folded.chars().enumerate() {
        let w = written.next()?;
        if f == 'е' && matches!(w, 'ё' | 'Ё') {
            yo.push(u16::try_from(i).ok().filter(|&i| i < IN_POSITION)?);
        }
    }
    (written.next().is_none() && !yo.is_empty()).then_some(yo)
}

/// `folded` with `ё` at the char indexes `yo`.
fn with_yo(folded: &str, yo: &[u16]) -> String {
    folded
        .chars()
        .enumerate()
        .map(|(i, c)| if yo.contains(&(i as u16)) { 'ё' } else { c })
        .collect()
}

/// Where folding wrote `е` for `ё`: (record, char index, in the position past
/// `IN_POSITION`), by record.
#[derive(Debug, Default)]
struct Yo(Vec<(u32, u16)>);

const IN_POSITION: u16 = 1 << 15;
/// The case byte's mark of a record with entries in `Yo`.
const HAS_YO: u8 = 0x08;

impl Yo {
    fn push(&mut self, record: u32, name: &[u16], position: &[u16]) {
        self.0.extend(name.iter().map(|&i| (record, i)));
        self.0
            .extend(position.iter().map(|&i| (record, i | IN_POSITION)));
    }

    /// The indexes in the name and in the position of the record at `record`.
    fn of(&self, record: u32) -> (Vec<u16>, Vec<u16>) {
        let start = self.0.partition_point(|e| e.0 < record);
        let (mut name, mut position) = (Vec::new(), Vec::new());
        for &(_, i) in self.0[start..].iter().take_while(|e| e.0 == record) {
            if i & IN_POSITION == 0 {
                name.push(i);
            } else {
                position.push(i & !IN_POSITION);
            }
        }
        (name, position)
    }
}

/// What the search columns hold of a record, which the cards spell its fields from.
#[derive(Clone, Copy)]
pub(crate) struct Searched<'a> {
    /// Case-folded: name · outlet · position · tags · notes · e-mails.
    pub text: &'a str,
    /// Byte length of the name, and of name, outlet and position, in `text`.
    pub name_end: usize,
    pub head_end: usize,
    /// The phones' digit groups, separated by spaces.
    pub digits: &'a str,
}

impl<'a> Searched<'a> {
    /// The folded name and position, past an outlet of `outlet_len` folded bytes (none
    /// when 0), as `IndexRow::new` lays them out; `None` when they are not laid so.
    fn name_and_position(self, outlet_len: usize) -> Option<(&'a str, &'a str)> {
        let head = self.text.get(..self.head_end)?;
        let name = head.get(..self.name_end)?;
        let mut rest = head.get(self.name_end..)?;
        if outlet_len > 0 {
            rest = rest.strip_prefix(FIELDS)?.get(outlet_len..)?;
        }
        let position = if rest.is_empty() {
            ""
        } else {
            rest.strip_prefix(FIELDS)?
        };
        Some((name, position))
    }
}

/// E-mails are the end of the search text, separated by spaces: those it holds as they
/// are written (in lower case) are kept as the char that says how long they are there.
fn emails_code<P: AsRef<str>>(emails: &[P], text: &str) -> Option<char> {
    if emails.is_empty() || emails.iter().any(|e| e.as_ref().contains(SEPARATORS)) {
        return None;
    }
    let joined = emails
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(" ");
    if !text.ends_with(&joined) {
        return None;
    }
    let code = u32::try_from(joined.len())
        .ok()?
        .checked_add(FIRST_CODE)
        .filter(|&c| c < SURROGATES)
        .and_then(char::from_u32)?;
    let read = emails_of(code, text)?;
    (read.len() == emails.len() && read.iter().zip(emails).all(|(r, e)| *r == e.as_ref()))
        .then_some(code)
}

/// The e-mails `code` (see `emails_code`) says the end of `text` holds.
fn emails_of(code: char, text: &str) -> Option<Vec<&str>> {
    let len = (code as u32).checked_sub(FIRST_CODE)? as usize;
    let tail = text.get(text.len().checked_sub(len)?..)?;
    Some(tail.split(' ').collect())
}

/// Codes are chars from here to the surrogates: one or two bytes for short lengths.
const FIRST_CODE: u32 = 0x80;
const SURROGATES: u32 = 0xd800;

/// One outlet, kept once for all its people.
#[derive(Debug)]
struct Outlet {
    id: Option<i64>,
    name: Box<str>,
    /// Byte length of the name case-folded, as the search text holds it.
    folded_len: usize,
}

/// The outlets of the records, each once; the first is none.
#[derive(Debug)]
struct Outlets {
    all: Vec<Outlet>,
    /// While building: the outlets by id.
    by_id: HashMap<Option<i64>, Vec<u32>>,
}

impl Default for Outlets {
    fn default() -> Outlets {
        Outlets {
            all: vec![Outlet {
                id: None,
                name: "".into(),
                folded_len: 0,
            }],
            by_id: HashMap::new(),
        }
    }
}

impl Outlets {
    fn intern(&mut self, id: Option<i64>, name: &str) -> u32 {
        if id.is_none() && name.is_empty() {
            return 0;
        }
        let same = self.by_id.entry(id).or_default();
        if let Some(&at) = same
            .iter()
            .find(|&&at| &*self.all[at as usize].name == name)
        {
            return at;
        }
        let at = self.all.len() as u32;
        self.all.push(Outlet {
            id,
            name: name.into(),
            folded_len: fold(name).len(),
        });
        same.push(at);
        at
    }
}

/// Names and positions kept as written, by record position (ascending).
#[derive(Debug, Default)]
struct Written {
    /// (record, start in `text`, byte length of the name).
    at: Vec<(u32, u32, u32)>,
    text: String,
}

impl Written {
    fn push(&mut self, record: u32, name: &str, position: &str) {
        self.at
            .push((record, self.text.len() as u32, name.len() as u32));
        self.text.push_str(name);
        self.text.push_str(position);
    }

    fn get(&self, record: u32) -> Option<(&str, &str)> {
        let k = self.at.binary_search_by_key(&record, |e| e.0).ok()?;
        let (_, start, name_len) = self.at[k];
        let end = self.at.get(k + 1).map_or(self.text.len(), |e| e.1 as usize);
        let (start, name_end) = (start as usize, (start + name_len) as usize);
        Some((
            self.text.get(start..name_end)?,
            self.text.get(name_end..end)?,
        ))
    }
}

/// Numbers kept narrow (`N`) while every one fits, then every one wide (`W`).
#[derive(Debug, Default)]
struct Narrow<N, W> {
    narrow: Vec<N>,
    /// Every number, once one does not fit `N`.
    wide: Option<Vec<W>>,
}

impl<N: Copy + TryFrom<W>, W: Copy + From<N>> Narrow<N, W> {
    fn push(&mut self, value: W) {
        if let Some(wide) = &mut self.wide {
            wide.push(value);
        } else if let Ok(narrow) = N::try_from(value) {
            self.narrow.push(narrow);
        } else {
            let mut wide: Vec<W> = self.narrow.iter().map(|&n| W::from(n)).collect();
            wide.push(value);
            self.narrow = Vec::new();
            self.wide = Some(wide);
        }
    }

    fn get(&self, at: u32) -> W {
        match &self.wide {
            Some(wide) => wide[at as usize],
            None => W::from(self.narrow[at as usize]),
        }
    }

    fn len(&self) -> usize {
        self.wide.as_ref().map_or(self.narrow.len(), Vec::len)
    }

    fn shrink(&mut self) {
        self.narrow.shrink_to_fit();
        if let Some(wide) = &mut self.wide {
            wide.shrink_to_fit();
        }
    }
}

/// Record ids. Those the database hands out lie close together: each is kept as its
/// distance from the first (four bytes while every distance fits).
#[derive(Debug, Default)]
struct Ids {
    first: i64,
    /// Distances from `first`, wrapping, so that any id comes back exactly.
    from_first: Narrow<i32, i64>,
}

impl Ids {
    fn push(&mut self, id: i64) {
        if self.from_first.len() == 0 {
            self.first = id;
        }
        self.from_first.push(id.wrapping_sub(self.first));
    }

    fn get(&self, at: u32) -> i64 {
        self.first.wrapping_add(self.from_first.get(at))
    }

    fn len(&self) -> usize {
        self.from_first.len()
    }

    fn iter(&self) -> impl Iterator<Item = i64> + '_ {
        (0..self.len() as u32).map(|at| self.get(at))
    }

    fn shrink(&mut self) {
        self.from_first.shrink();
    }
}

/// Positions in a short table: two bytes each while the table is that short.
type Places = Narrow<u16, u32>;

/// A record's kind and relationship in one byte.
fn traits(kind: Option<ContactKind>, relationship: Relationship) -> u8 {
    let kind = kind
        .and_then(|k| ContactKind::ALL.iter().position(|&a| a == k))
        .map_or(0, |p| p + 1);
    let relationship = Relationship::ALL
        .iter()
        .position(|&r| r == relationship)
        .unwrap_or(0);
    (kind * Relationship::ALL.len() + relationship) as u8
}

fn kind_of(traits: u8) -> Option<ContactKind> {
    let kind = usize::from(traits) / Relationship::ALL.len();
    kind.checked_sub(1).map(|k| ContactKind::ALL[k])
}

fn relationship_of(traits: u8) -> Relationship {
    Relationship::ALL[usize::from(traits) % Relationship::ALL.len()]
}

/// Every this many records, where their phones and e-mails start is kept.
const POINTS_MARK: usize = 32;

#[derive(Debug, Default)]
pub(crate) struct Cards {
    ids: Ids,
    /// Each record's outlet, a position in `outlets`.
    outlet_at: Places,
    outlets: Outlets,
    /// Kind and relationship (see `traits`).
    traits: Vec<u8>,
    /// How each record's name (low half) and position (high half) are written, or
    /// `AS_WRITTEN` when `written` keeps them.
    cases: Vec<u8>,
    yo: Yo,
    written: Written,
    /// Phones, then e-mails, of each record: items separated by `ITEM`, the two lists by
    /// `UNIT`, the record ended by `END`. Filled in after the heads when read from the
    /// database, so not in record order: `point_starts` says where each record's are,
    /// until `finish_points` lays them out in record order, and `point_marks` says where
    /// every `POINTS_MARK`th record's start.
    points: String,
    point_starts: Vec<u32>,
    point_marks: Vec<u32>,
    shapes: Shapes,
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
    /// Appends a record: its head, and the start of its search text, from which its name
    /// and position are spelled again when they can be.
    pub(crate) fn push_head(&mut self, head: &Head<'_>, searched: Searched<'_>) {
        let at = self.ids.len() as u32;
        self.ids.push(head.id);
        let outlet = self.outlets.intern(head.outlet_id, head.outlet);
        self.outlet_at.push(outlet);
        self.traits.push(traits(head.kind, head.relationship));
        self.point_starts.push(NONE);
        let outlet_len = self.outlets.all[outlet as usize].folded_len;
        let spelled = searched
            .name_and_position(outlet_len)
            .and_then(|(name, position)| {
                Some((
                    Case::with_yo(name, head.name)?,
                    Case::with_yo(position, head.position)?,
                ))
            });
        match spelled {
            Some(((name_case, name_yo), (position_case, position_yo))) => {
                let mut cases = name_case.code() | position_case.code() << 4;
                if !name_yo.is_empty() || !position_yo.is_empty() {
                    cases |= HAS_YO;
                    self.yo.push(at, &name_yo, &position_yo);
                }
                self.cases.push(cases);
            }
            None => {
                self.cases.push(AS_WRITTEN);
                self.written.push(at, head.name, head.position);
            }
        }
    }

    /// Appends a summary, with its search columns.
    pub(crate) fn push_summary(&mut self, c: &ContactSummary, searched: Searched<'_>) {
        self.push_head(
            &Head {
                id: c.id,
                name: &c.name,
                kind: c.kind,
                outlet_id: c.outlet_id,
                outlet: c.outlet.as_deref().unwrap_or(""),
                position: &c.position,
                relationship: c.relationship,
            },
            searched,
        );
        let at = self.ids.len() as u32 - 1;
        self.set_points(at, &c.phones, &c.emails, searched);
    }

    /// The phones and e-mails of the record at `at`, whose search columns are `searched`.
    pub(crate) fn set_points<P: AsRef<str>>(
        &mut self,
        at: u32,
        phones: &[P],
        emails: &[P],
        searched: Searched<'_>,
    ) {
        let Some(start) = self.point_starts.get_mut(at as usize) else {
            return;
        };
        if phones.is_empty() && emails.is_empty() {
            *start = NONE;
            return;
        }
        *start = self.points.len() as u32;
        for (n, p) in phones.iter().enumerate() {
            if n > 0 {
                self.points.push(ITEM);
            }
            self.push_phone(p.as_ref(), searched.digits);
        }
        self.points.push(UNIT);
        if let Some(code) = emails_code(emails, searched.text) {
            self.points.push(SHAPED);
            self.points.push(code);
        } else {
            for (n, e) in emails.iter().enumerate() {
                if n > 0 {
                    self.points.push(ITEM);
                }
                push_clean(&mut self.points, e.as_ref());
            }
        }
        self.points.push(END);
    }

    /// A phone: by its shape when that spells it exactly, else as written.
    fn push_phone(&mut self, phone: &str, digits: &str) {
        if !phone.contains(SEPARATORS)
            && let Some(code) = self.shapes.code(phone, digits)
            && self.shapes.phone(code, digits).as_deref() == Some(phone)
        {
            self.points.push(SHAPED);
            self.points.push(code);
        } else {
            push_clean(&mut self.points, phone);
        }
    }

    /// Called once every head is in: makes lookups by id possible.
    pub(crate) fn finish(&mut self) {
        self.outlets.by_id = HashMap::new();
        self.outlets.all.shrink_to_fit();
        self.written.at.shrink_to_fit();
        self.yo.0.shrink_to_fit();
        self.written.text.shrink_to_fit();
        self.ids.shrink();
        self.outlet_at.shrink();
        self.traits.shrink_to_fit();
        self.cases.shrink_to_fit();
        let (Some(first), Some(last)) = (self.ids.iter().min(), self.ids.iter().max()) else {
            self.by_id = ById::Empty;
            return;
        };
        let span = last.abs_diff(first);
        if span < 2 * self.ids.len() as u64 + 1024 {
            let mut at = vec![u32::MAX; span as usize + 1];
            for (i, id) in self.ids.iter().enumerate() {
                at[(id - first) as usize] = i as u32;
            }
            self.by_id = ById::Table { first, at };
        } else {
            let mut order: Vec<u32> = (0..self.ids.len() as u32).collect();
            order.sort_unstable_by_key(|&i| self.ids.get(i));
            self.by_id = ById::Sorted(order);
        }
    }

    /// Called once the phones and e-mails are in: lays them out in record order (a
    /// record without any is just `END`), so that where each starts need not be kept.
    pub(crate) fn finish_points(&mut self) {
        let mut laid = String::with_capacity(self.points.len() + self.len());
        let mut marks = Vec::with_capacity(self.len() / POINTS_MARK + 1);
        for (i, &start) in self.point_starts.iter().enumerate() {
            if i % POINTS_MARK == 0 {
                marks.push(laid.len() as u32);
            }
            let rest = match start {
                NONE => "",
                start => self.points.get(start as usize..).unwrap_or(""),
            };
            laid.push_str(rest.split(END).next().unwrap_or(""));
            laid.push(END);
        }
        self.points = laid;
        self.point_marks = marks;
        self.point_starts = Vec::new();
        self.shapes.finish();
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
                .binary_search_by_key(&id, |&i| self.ids.get(i))
                .ok()
                .map(|k| order[k]),
        }
    }

    pub(crate) fn id(&self, at: u32) -> i64 {
        self.ids.get(at)
    }

    pub(crate) fn kind(&self, at: u32) -> Option<ContactKind> {
        kind_of(self.traits[at as usize])
    }

    fn outlet(&self, at: u32) -> &Outlet {
        &self.outlets.all[self.outlet_at.get(at) as usize]
    }

    /// The name and position of the record at `at`, whose search text starts `folded`.
    fn name_and_position(&self, at: u32, searched: Searched<'_>) -> (String, String) {
        let cases = self.cases[at as usize];
        if cases == AS_WRITTEN {
            let (name, position) = self.written.get(at).unwrap_or(("", ""));
            return (name.to_string(), position.to_string());
        }
        let (name, position) = searched
            .name_and_position(self.outlet(at).folded_len)
            .unwrap_or(("", ""));
        let (mut name, mut position) = (Cow::Borrowed(name), Cow::Borrowed(position));
        if cases & HAS_YO != 0 {
            let (name_yo, position_yo) = self.yo.of(at);
            name = Cow::Owned(with_yo(&name, &name_yo));
            position = Cow::Owned(with_yo(&position, &position_yo));
        }
        let mut out = (
            String::with_capacity(name.len()),
            String::with_capacity(position.len()),
        );
        Case::of(cases).spell(&name, &mut out.0);
        Case::of(cases >> 4).spell(&position, &mut out.1);
        out
    }

    /// The name of the record at `at`, whose search text starts `folded`.
    pub(crate) fn name(&self, at: u32, searched: Searched<'_>) -> String {
        self.name_and_position(at, searched).0
    }

    /// Phones and e-mails of the record at `at`, whose search columns are `searched`.
    pub(crate) fn points<'s>(
        &'s self,
        at: u32,
        searched: Searched<'s>,
    ) -> (Vec<Cow<'s, str>>, Vec<&'s str>) {
        let at = at as usize;
        let mark = self
            .point_marks
            .get(at / POINTS_MARK)
            .map_or(0, |&m| m as usize);
        let rest = self.points.get(mark..).unwrap_or("");
        let record = rest.split(END).nth(at % POINTS_MARK).unwrap_or("");
        if record.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let (phones, emails) = record.split_once(UNIT).unwrap_or((record, ""));
        let phones = list(phones)
            .into_iter()
            .map(
                |p| match p.strip_prefix(SHAPED).and_then(|c| c.chars().next()) {
                    Some(code) => {
                        Cow::Owned(self.shapes.phone(code, searched.digits).unwrap_or_default())
                    }
                    None => Cow::Borrowed(p),
                },
            )
            .collect();
        let emails = match emails.strip_prefix(SHAPED).and_then(|c| c.chars().next()) {
            Some(code) => emails_of(code, searched.text).unwrap_or_default(),
            None => list(emails),
        };
        (phones, emails)
    }

    /// What a list shows of the record at `at`, whose search columns are `searched`.
    pub(crate) fn line(&self, at: u32, searched: Searched<'_>) -> ContactLine {
        let (name, position) = self.name_and_position(at, searched);
        let (phones, emails) = self.points(at, searched);
        let outlet = self.outlet(at);
        ContactLine {
            id: self.ids.get(at),
            name,
            kind: kind_of(self.traits[at as usize]),
            outlet_id: outlet.id,
            outlet: (!outlet.name.is_empty()).then(|| outlet.name.to_string()),
            position,
            phones: phones.into_iter().map(Cow::into_owned).collect(),
            emails: emails.into_iter().map(String::from).collect(),
            relationship: relationship_of(self.traits[at as usize]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phone::PhoneRules;
    use crate::search::{ContactIndex, Fields, IndexBuilder, IndexRow};
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "анна",
        "Петрова",
        "Алёна",
        "ЁЛКИН",
        "mcdonald",
        "McDonald",
        "o'neill",
        "ŁUKASZ",
        "żółć",
        "Straße",
        "İstanbul",
        "ǅemal",
        "ß",
        "-",
        "·",
        " · ",
        "  ",
        "\u{1f}",
        "\u{1e}",
        "CEO",
        "pr-менеджер",
        "Главный",
        "редактор",
        "Wiśniewska",
        "d'Artagnan",
        "ΣΊΣΥΦΟΣ",
        "",
        "1",
        "№2",
        LONG_WORD,
    ];
    /// Longer than a record's span keeps the length of.
    const LONG_WORD: &str = "оченьдлинноеназваниеоченьдлинноеназваниеоченьдлинноеназвание\
        оченьдлинноеназваниеоченьдлинноеназваниеоченьдлинноеназваниеоченьдлинноеназвание";

    fn rules() -> PhoneRules {
        PhoneRules::for_country("RU").expect("rules")
    }

    /// Text in one of the ways people write it: as typed, lower, upper, capitalised.
    fn text() -> impl Strategy<Value = String> {
        (
            proptest::collection::vec(proptest::sample::select(PIECES), 0..4),
            0usize..5,
        )
            .prop_map(|(pieces, style)| {
                let joined = pieces.join(" ");
                match style {
                    0 => joined.to_lowercase(),
                    1 => joined.to_uppercase(),
                    2 => {
                        let mut c = joined.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    }
                    3 => {
                        let mut out = String::new();
                        Case::Title.spell(&fold(&joined), &mut out);
                        out
                    }
                    _ => joined,
                }
            })
    }

    /// A phone or e-mail: never blank (the store keeps none).
    fn point() -> impl Strategy<Value = String> {
        text().prop_map(|t| if t.is_empty() { "0".into() } else { t })
    }

    fn line() -> impl Strategy<Value = ContactLine> {
        (
            (1i64..60, text(), text(), 0i64..6, text()),
            proptest::collection::vec(point(), 0..3),
            proptest::collection::vec(point(), 0..3),
            proptest::option::of(proptest::sample::select(ContactKind::ALL)),
            proptest::sample::select(Relationship::ALL),
        )
            .prop_map(
                |((id, name, outlet, outlet_id, position), phones, emails, kind, relationship)| {
                    ContactLine {
                        id,
                        name,
                        kind,
                        outlet_id: (outlet_id > 0).then_some(outlet_id),
                        outlet: (!outlet.is_empty()).then_some(outlet),
                        position,
                        phones,
                        emails,
                        relationship,
                    }
                },
            )
    }

    fn head(c: &ContactLine) -> Head<'_> {
        Head {
            id: c.id,
            name: &c.name,
            kind: c.kind,
            outlet_id: c.outlet_id,
            outlet: c.outlet.as_deref().unwrap_or(""),
            position: &c.position,
            relationship: c.relationship,
        }
    }

    fn row(c: &ContactLine) -> IndexRow {
        IndexRow::new(&Fields {
            name: &c.name,
            outlet: c.outlet.as_deref().unwrap_or(""),
            position: &c.position,
            tags: "",
            notes: "",
            emails: &c.emails.join(" "),
            digits: &digits(c),
        })
    }

    /// The digit groups of a record's phones, as the store keeps them for most.
    fn digits(c: &ContactLine) -> String {
        let groups: Vec<String> = c
            .phones
            .iter()
            .map(|p| p.chars().filter(char::is_ascii_digit).collect())
            .collect();
        groups.join(" ")
    }

    /// Separators are the one thing a list cannot hold: they read back as spaces.
    fn as_kept(mut c: ContactLine) -> ContactLine {
        let clean = |s: &String| s.replace(SEPARATORS, " ");
        c.phones = c.phones.iter().map(clean).collect();
        c.emails = c.emails.iter().map(clean).collect();
        c
    }

    /// A book as the database gives it: heads with their stored search columns (`stale`
    /// of them another record's, as a column not yet rewritten would be), then points.
    fn from_columns(book: &[ContactLine], stale: &[bool]) -> ContactIndex {
        let mut builder = IndexBuilder::default();
        for (n, c) in book.iter().enumerate() {
            let other = &book[(n + 1) % book.len()];
            let columns = row(if stale[n % stale.len()] { other } else { c });
            builder.push(&head(c), columns.as_ref());
        }
        builder.finish_heads();
        for (n, c) in book.iter().enumerate() {
            builder.set_points(n as u32, &c.phones, &c.emails);
        }
        builder.build(rules(), None)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn every_record_reads_back_as_it_was_put_in(
            book in proptest::collection::vec(line(), 1..30),
            stale in proptest::collection::vec(proptest::bool::weighted(0.2), 1..5),
            spread in proptest::sample::select(vec![1i64, 1 << 40]),
        ) {
            // Ids are unique in a book; some books' lie far apart.
            let book: Vec<ContactLine> = book
                .into_iter()
                .enumerate()
                .map(|(n, c)| ContactLine { id: (n as i64 * 3 + c.id % 3) * spread - 7, ..c })
                .collect();
            let index = from_columns(&book, &stale);
            for (n, c) in book.iter().enumerate() {
                prop_assert_eq!(index.at(n as u32), as_kept(c.clone()));
                prop_assert_eq!(index.get(c.id), Some(as_kept(c.clone())));
            }
            let summaries = book
                .iter()
                .map(|c| ContactSummary {
                    id: c.id,
                    name: c.name.clone(),
                    kind: c.kind,
                    outlet_id: c.outlet_id,
                    outlet: c.outlet.clone(),
                    position: c.position.clone(),
                    phones: c.phones.clone(),
                    emails: c.emails.clone(),
                    relationship: c.relationship,
                    ..Default::default()
                })
                .collect();
            let index = ContactIndex::new(summaries, rules());
            for c in &book {
                prop_assert_eq!(index.get(c.id), Some(as_kept(c.clone())));
            }
        }
    }

    fn cards_of(names: &[(&str, &str)]) -> Cards {
        let mut cards = Cards::default();
        for (n, (name, position)) in names.iter().enumerate() {
            let row = IndexRow::new(&Fields {
                name,
                outlet: "Вести",
                position,
                tags: "",
                notes: "",
                emails: "",
                digits: "",
            });
            let head = Head {
                id: n as i64,
                name,
                kind: None,
                outlet_id: Some(7),
                outlet: "Вести",
                position,
                relationship: Relationship::Neutral,
            };
            let searched = Searched {
                text: &row.text,
                name_end: row.name_end as usize,
                head_end: row.head_end as usize,
                digits: "",
            };
            cards.push_head(&head, searched);
        }
        cards.finish();
        cards
    }

    #[test]
    fn ids_at_the_ends_of_the_range_read_back_as_they_were() {
        let mut ids = Ids::default();
        let given = [7, 9, i64::MAX, -5, i64::MIN, 8];
        for id in given {
            ids.push(id);
        }
        assert_eq!(ids.iter().collect::<Vec<_>>(), given);
        let mut near = Ids::default();
        for id in [i64::MAX - 2, i64::MAX, i64::MAX - 1] {
            near.push(id);
        }
        assert!(near.from_first.wide.is_none(), "close ids stay four bytes");
        assert_eq!(near.get(1), i64::MAX);
    }

    #[test]
    fn names_written_the_usual_ways_are_not_kept_twice() {
        let cards = cards_of(&[
            ("Анна Петрова", "Главный редактор"),
            ("Anna-Maria O'Neill", "CEO"),
            ("ŁUKASZ NOWAK", "редактор"),
            ("jan kowalski", ""),
        ]);
        assert!(cards.written.at.is_empty(), "{:?}", cards.written);
        assert_eq!(cards.outlets.all.len(), 2, "one outlet, kept once");
    }

    #[test]
    fn phones_and_e_mails_the_search_columns_hold_are_not_kept_twice() {
        let anna = ContactLine {
            id: 5,
            name: "Анна Петрова".into(),
            kind: None,
            outlet_id: None,
            outlet: None,
            position: String::new(),
            phones: vec!["+48 601 234 567".into(), "010 044 592".into()],
            emails: vec!["anna@example.org".into(), "a.petrova@example.org".into()],
            relationship: Relationship::Neutral,
        };
        let shouting = ContactLine {
            id: 6,
            emails: vec!["ANNA@EXAMPLE.ORG".into()],
            ..anna.clone()
        };
        let index = from_columns(&[anna.clone(), shouting.clone()], &[false]);
        assert_eq!(index.get(5), Some(anna));
        assert_eq!(index.get(6), Some(shouting));
        let kept = &index.cards.points;
        assert!(!kept.contains("601") && !kept.contains("anna@"), "{kept:?}");
        assert!(
            kept.contains("ANNA@EXAMPLE.ORG"),
            "upper case is kept as written"
        );
    }

    #[test]
    fn what_folding_loses_is_kept_as_written() {
        let cards = cards_of(&[
            ("Ronald McDonald", "Редактор"),
            ("Анна Петрова", "PR-менеджер"),
            ("ёлкин", "Ёлкин"),
        ]);
        assert_eq!(cards.written.at.len(), 2);
        assert_eq!(cards.written.get(0), Some(("Ronald McDonald", "Редактор")));
    }

    #[test]
    fn places_widen_when_one_does_not_fit_two_bytes() {
        let mut places = Places::default();
        let wanted: Vec<u32> = (0..70_000).collect();
        for &p in &wanted {
            places.push(p);
        }
        assert!(places.wide.is_some());
        assert!(
            wanted
                .iter()
                .enumerate()
                .all(|(i, &p)| places.get(i as u32) == p)
        );
    }

    #[test]
    fn a_yo_is_kept_as_where_it_is() {
        let cards = cards_of(&[("Алёна Королёва", "Зам. редактора"), ("ЁЛКИН", "Ёж")]);
        assert!(cards.written.at.is_empty(), "{:?}", cards.written);
        assert_eq!(cards.yo.of(0), (vec![2, 11], vec![]));
        assert_eq!(cards.yo.of(1), (vec![0], vec![0]));
    }
}
