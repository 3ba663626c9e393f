//! Contacts, outlets and their phones, e-mails and messenger handles.

use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;

use super::{Result, Store, StoreError, Writer};
use crate::domain::contact::{ContactSummary, OutletKind, OutletSummary};
use crate::domain::phone::PhoneRules;
use crate::domain::{ContactKind, Relationship, Timestamp};
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub struct NewContact {
    pub name: String,
    pub kind: ContactKind,
    pub outlet: OutletRef,
    pub position: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub messengers: Vec<String>,
    pub tags: Vec<String>,
    pub relationship: Relationship,
    pub notes: String,
}

impl NewContact {
    /// A journalist as typed in the quick log or `--who`: a name, a number, or both.
    pub fn caller(text: &str) -> NewContact {
        let caller = crate::domain::caller::read_caller(text);
        let mut contact = NewContact::named(&caller.name, ContactKind::Journalist);
        contact.phones.extend(caller.phone);
        contact
    }

    pub fn named(name: &str, kind: ContactKind) -> NewContact {
        NewContact {
            name: name.trim().to_string(),
            kind,
            outlet: OutletRef::None,
            position: String::new(),
            phones: Vec::new(),
            emails: Vec::new(),
            messengers: Vec::new(),
            tags: Vec::new(),
            relationship: Relationship::Neutral,
            notes: String::new(),
        }
    }
}

/// Who a record is about: nobody known, an existing contact, or a new one to create.
#[derive(Debug, Clone, PartialEq)]
pub enum Who {
    Unknown,
    Existing(i64),
    New(Box<NewContact>),
}

/// An outlet: none, an existing one, or one found by name (created if missing).
#[derive(Debug, Clone, PartialEq)]
pub enum OutletRef {
    None,
    Existing(i64),
    Named(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewOutlet {
    pub name: String,
    pub kind: OutletKind,
    pub region: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

impl Writer<'_> {
    /// The contact id for `who`, creating the contact if it is new.
    pub fn resolve_who(
        &self,
        who: &Who,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<Option<i64>> {
        match who {
            Who::Unknown => Ok(None),
            Who::Existing(id) => {
                let found: Option<i64> = self
                    .tx
                    .query_row("SELECT id FROM contacts WHERE id = ?1", [id], |r| r.get(0))
                    .optional()?;
                found.map(Some).ok_or(StoreError::NoContact(*id))
            }
            Who::New(new) => self.create_contact(new, phones, now).map(Some),
        }
    }

    /// `who`, except that a new contact whose exact name another writer has filed
    /// meanwhile becomes that contact. Called inside the write transaction, so two people
    /// logging the same new caller at once file one contact, not two.
    pub fn find_or_create(&self, who: &Who) -> Result<Who> {
        let Who::New(new) = who else {
            return Ok(who.clone());
        };
        let ids: Vec<i64> = self
            .tx
            .prepare_cached("SELECT id FROM contacts WHERE name = ?1 ORDER BY id LIMIT 2")?
            .query_map([new.name.trim()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(match ids.as_slice() {
            [one] => Who::Existing(*one),
            _ => who.clone(),
        })
    }

    pub fn create_contact(
        &self,
        c: &NewContact,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<i64> {
        let name = c.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(tr!("store-contact-needs-name")));
        }
        let outlet_id = self.resolve_outlet(&c.outlet, now)?;
        self.tx
            .prepare_cached(
                "INSERT INTO contacts (name, kind, outlet_id, position, relationship, tags, notes,
                                       created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?
            .execute(params![
                name,
                c.kind.code(),
                outlet_id,
                c.position.trim(),
                c.relationship.code(),
                c.tags.join(", "),
                c.notes.trim(),
                now
            ])?;
        let id = self.tx.last_insert_rowid();
        for phone in c.phones.iter().filter(|p| !p.trim().is_empty()) {
            self.add_point(Owner::Contact(id), "phone", phone, &phones.normalize(phone))?;
        }
        for email in c.emails.iter().filter(|e| !e.trim().is_empty()) {
            self.add_point(Owner::Contact(id), "email", email, "")?;
        }
        for handle in c.messengers.iter().filter(|m| !m.trim().is_empty()) {
            self.add_point(Owner::Contact(id), "messenger", handle, "")?;
        }
        self.record_created("contact", id, name, now)?;
        Ok(id)
    }

    /// The outlet id for `outlet`. A name is matched without regard to case (in any
    /// script); a name not yet known creates the outlet.
    pub fn resolve_outlet(&self, outlet: &OutletRef, now: Timestamp) -> Result<Option<i64>> {
        match outlet {
            OutletRef::None => Ok(None),
            OutletRef::Existing(id) => Ok(Some(*id)),
            OutletRef::Named(name) => {
                let name = name.trim();
                if name.is_empty() {
                    return Ok(None);
                }
                if let Some(id) = self.outlet_by_name(name)? {
                    return Ok(Some(id));
                }
                self.create_outlet(
                    &NewOutlet {
                        name: name.to_string(),
                        kind: OutletKind::Online,
                        region: String::new(),
                        phones: Vec::new(),
                        emails: Vec::new(),
                    },
                    &PhoneRules::for_country("RU").expect("known country"),
                    now,
                )
                .map(Some)
            }
        }
    }

    pub(super) fn outlet_by_name(&self, name: &str) -> Result<Option<i64>> {
        // The unique index finds a name written the same way (or differing in Latin case)
        // at once; a name not found so is looked up among every outlet's name in any
        // case, read once per transaction (an import of thousands of outlets would
        // otherwise compare each new one with every other).
        let same = self
            .tx
            .prepare_cached("SELECT id FROM outlets WHERE name = ?1 COLLATE NOCASE")?
            .query_row([name], |r| r.get(0))
            .optional()?;
        if same.is_some() {
            return Ok(same);
        }
        let mut names = self.outlet_names.borrow_mut();
        if names.is_none() {
            let mut all = HashMap::new();
            let mut stmt = self
                .tx
                .prepare_cached("SELECT id, name FROM outlets ORDER BY id")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                // The oldest outlet of a name wins, as it always has.
                all.entry(row.get::<_, String>(1)?.to_lowercase())
                    .or_insert(row.get(0)?);
            }
            *names = Some(all);
        }
        Ok(names
            .as_ref()
            .and_then(|all| all.get(&name.to_lowercase()).copied()))
    }

    /// Keeps the names read by `outlet_by_name` true after this transaction adds an
    /// outlet (`Some(id)`) or renames one (`None`: read them again when next needed).
    pub(super) fn outlet_named(&self, name: &str, added: Option<i64>) {
        let mut names = self.outlet_names.borrow_mut();
        match (names.as_mut(), added) {
            (Some(all), Some(id)) => {
                all.entry(name.to_lowercase()).or_insert(id);
            }
            (Some(_), None) => *names = None,
            (None, _) => {}
        }
    }

    pub fn create_outlet(&self, o: &NewOutlet, phones: &PhoneRules, now: Timestamp) -> Result<i64> {
        let name = o.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(tr!("store-outlet-needs-name")));
        }
        if self.outlet_by_name(name)?.is_some() {
            return Err(StoreError::Invalid(tr!(
                "store-outlet-exists",
                name = name.to_string()
            )));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO outlets (name, kind, region, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
            )?
            .execute(params![name, o.kind.code(), o.region.trim(), now])?;
        let id = self.tx.last_insert_rowid();
        self.outlet_named(name, Some(id));
        for phone in o.phones.iter().filter(|p| !p.trim().is_empty()) {
            self.add_point(Owner::Outlet(id), "phone", phone, &phones.normalize(phone))?;
        }
        for email in o.emails.iter().filter(|e| !e.trim().is_empty()) {
            self.add_point(Owner::Outlet(id), "email", email, "")?;
        }
        self.record_created("outlet", id, name, now)?;
        Ok(id)
    }

    pub(super) fn add_point(
        &self,
        owner: Owner,
        kind: &str,
        value: &str,
        digits: &str,
    ) -> Result<()> {
        let (contact_id, outlet_id) = match owner {
            Owner::Contact(id) => (Some(id), None),
            Owner::Outlet(id) => (None, Some(id)),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO contact_points (contact_id, outlet_id, kind, value, digits)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![contact_id, outlet_id, kind, value.trim(), digits])?;
        Ok(())
    }

    /// The outlet a contact works for.
    pub fn outlet_of(&self, contact_id: i64) -> Result<Option<i64>> {
        Ok(self
            .tx
            .query_row(
                "SELECT outlet_id FROM contacts WHERE id = ?1",
                [contact_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}

/// A contact's fields (phones and e-mails are read apart).
fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ContactSummary> {
    Ok(ContactSummary {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: ContactKind::parse(&r.get::<_, String>(2)?),
        outlet_id: r.get(3)?,
        outlet: r.get(4)?,
        position: r.get(5)?,
        tags: r
            .get::<_, String>(6)?
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect(),
        phones: Vec::new(),
        emails: Vec::new(),
        relationship: Relationship::parse(&r.get::<_, String>(7)?).unwrap_or_default(),
        notes: r.get(8)?,
    })
}

pub(super) enum Owner {
    Contact(i64),
    Outlet(i64),
}

impl Store {
    /// Every contact with what the search looks at, in name order. Two passes (the
    /// contacts, then all their phones and e-mails) rather than a subquery per contact:
    /// a million contacts read in a few seconds.
    pub fn contact_summaries(&self) -> Result<Vec<ContactSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.name, c.kind, c.outlet_id, o.name, c.position, c.tags,
                    c.relationship, c.notes
             FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id
             ORDER BY c.name, c.id",
        )?;
        let rows = stmt.query_map([], summary_from_row)?;
        let mut list: Vec<ContactSummary> = rows.collect::<rusqlite::Result<_>>()?;
        let at: std::collections::HashMap<i64, usize> =
            list.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, kind, value FROM contact_points
             WHERE contact_id IS NOT NULL AND kind IN ('phone', 'email') ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            let value: String = r.get(2)?;
            if value.trim().is_empty() {
                continue;
            }
            let kind: String = r.get(1)?;
            if kind == "phone" {
                list[i].phones.push(value);
            } else {
                list[i].emails.push(value);
            }
        }
        Ok(list)
    }

    /// The contacts with these ids, in the order given (ids not found are left out):
    /// what a lookup prints, read one by one instead of the whole book.
    pub fn contact_summaries_of(&self, ids: &[i64]) -> Result<Vec<ContactSummary>> {
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            let found = self
                .conn
                .prepare_cached(
                    "SELECT c.id, c.name, c.kind, c.outlet_id, o.name, c.position, c.tags,
                            c.relationship, c.notes
                     FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id WHERE c.id = ?1",
                )?
                .query_row([id], summary_from_row)
                .optional()?;
            let Some(mut c) = found else { continue };
            let mut stmt = self.conn.prepare_cached(
                "SELECT kind, value FROM contact_points
                 WHERE contact_id = ?1 AND kind IN ('phone', 'email') ORDER BY id",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let value: String = r.get(1)?;
                if value.trim().is_empty() {
                    continue;
                }
                if r.get::<_, String>(0)? == "phone" {
                    c.phones.push(value);
                } else {
                    c.emails.push(value);
                }
            }
            out.push(c);
        }
        Ok(out)
    }

    pub fn outlets(&self) -> Result<Vec<OutletSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, kind, region FROM outlets ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(OutletSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: OutletKind::parse(&r.get::<_, String>(2)?).unwrap_or(OutletKind::Online),
                region: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
