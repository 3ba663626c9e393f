//! E-mail intake in the store: a message becomes an inquiry (or a reply in one's history),
//! once, by its Message-ID; its sender is found or created; its files are kept.

use rusqlite::{OptionalExtension, params};

use super::attachments::AttachTo;
use super::audit::Change;
use super::contacts::{NewContact, OutletRef, Who};
use super::inquiries::NewInquiry;
use super::{Result, Store, Writer};
use crate::domain::phone::PhoneRules;
use crate::domain::{Channel, ContactKind, Priority, Timestamp};

/// Who sent a message: the display name (maybe empty) and the address.
#[derive(Debug, Clone, PartialEq)]
pub struct MailSender {
    pub name: String,
    pub address: String,
}

/// A file carried by a message.
#[derive(Debug, Clone, PartialEq)]
pub struct MailFile<'a> {
    pub name: String,
    pub media_type: String,
    pub data: &'a [u8],
}

/// A message as the intake read it, ready to be registered.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingMail<'a> {
    /// Without angle brackets.
    pub message_id: String,
    /// The Message-IDs it answers (In-Reply-To, then References).
    pub refers_to: Vec<String>,
    pub sender: MailSender,
    pub subject: String,
    pub text: String,
    pub received_at: Timestamp,
    /// The deadline of a new inquiry, from the office's rules.
    pub due_at: Timestamp,
    pub files: Vec<MailFile<'a>>,
    /// The message as it arrived, kept as `message.eml`.
    pub original: &'a [u8],
}

/// What registering a message did.
#[derive(Debug, Clone, PartialEq)]
pub enum MailOutcome {
    Registered {
        inquiry: i64,
        contact: i64,
        new_contact: bool,
        outlet: Option<String>,
        files: usize,
        /// Files above the size limit, not kept.
        too_large: Vec<String>,
    },
    Reply {
        inquiry: i64,
        files: usize,
        too_large: Vec<String>,
    },
    /// Registered before: nothing was added.
    Known { inquiry: i64 },
}

/// An entry of an inquiry's history besides its own fields: a reply by e-mail, a note.
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryNote {
    pub id: i64,
    pub kind: String,
    pub at: Timestamp,
    pub author: String,
    pub body: String,
}

/// Mail services whose users work anywhere: their domain says nothing about the outlet.
const PUBLIC_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yandex.ru",
    "ya.ru",
    "mail.ru",
    "bk.ru",
    "list.ru",
    "inbox.ru",
    "internet.ru",
    "rambler.ru",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.de",
    "ukr.net",
    "i.ua",
    "meta.ua",
    "wp.pl",
    "o2.pl",
    "onet.pl",
    "op.pl",
    "interia.pl",
    "poczta.fm",
    "tlen.pl",
];

fn domain_of(address: &str) -> Option<String> {
    let (_, domain) = address.rsplit_once('@')?;
    let domain = domain.trim().to_ascii_lowercase();
    (!domain.is_empty() && !PUBLIC_MAIL.contains(&domain.as_str())).then_some(domain)
}

impl Writer<'_> {
    /// The inquiry a message was registered for, by its Message-ID.
    pub(super) fn mail_inquiry(&self, message_id: &str) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached("SELECT inquiry_id FROM mail_messages WHERE message_id = ?1")?
            .query_row([message_id], |r| r.get(0))
            .optional()?)
    }

    fn contact_by_email(&self, address: &str) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT contact_id FROM contact_points
                 WHERE kind = 'email' AND value = ?1 COLLATE NOCASE AND contact_id IS NOT NULL
                 ORDER BY contact_id LIMIT 1",
            )?
            .query_row([address.trim()], |r| r.get(0))
            .optional()?)
    }

    /// The outlet most people writing from `domain` work for, or whose own address is there.
    fn outlet_by_domain(&self, domain: &str) -> Result<Option<(i64, String)>> {
        let pattern = format!(
            "%@{}",
            domain
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        Ok(self
            .tx
            .prepare_cached(
                "SELECT o.id, o.name FROM contact_points p
                 LEFT JOIN contacts c ON c.id = p.contact_id
                 JOIN outlets o ON o.id = coalesce(p.outlet_id, c.outlet_id)
                 WHERE p.kind = 'email' AND p.value LIKE ?1 ESCAPE '\\'
                 GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1",
            )?
            .query_row([pattern], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn remember_message(
        &self,
        message_id: &str,
        inquiry: i64,
        kind: &str,
        now: Timestamp,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO mail_messages (message_id, inquiry_id, kind, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![message_id, inquiry, kind, now])?;
        Ok(())
    }

    /// Adds an entry to an inquiry's history.
    pub fn add_inquiry_note(
        &self,
        inquiry: i64,
        kind: &str,
        at: Timestamp,
        author: &str,
        body: &str,
        now: Timestamp,
    ) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO inquiry_notes (inquiry_id, kind, at, author, body, created_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![inquiry, kind, at, author, body, self.user, now])?;
        let id = self.tx.last_insert_rowid();
        self.record(
            Change {
                entity: "inquiry",
                id: inquiry,
                action: kind,
                field: None,
                old: None,
                new: Some(author.to_string()),
            },
            now,
        )?;
        Ok(id)
    }

    /// Keeps the message's files and the message itself with `inquiry`; the names of
    /// files above the size limit are returned, not kept.
    fn keep_files(
        &self,
        inquiry: i64,
        mail: &IncomingMail<'_>,
        now: Timestamp,
    ) -> Result<(usize, Vec<String>)> {
        let mut kept = 0;
        let mut too_large = Vec::new();
        let original = MailFile {
            name: "message.eml".into(),
            media_type: "message/rfc822".into(),
            data: mail.original,
        };
        for file in mail.files.iter().chain(std::iter::once(&original)) {
            if file.data.len() as u64 > self.attachment_limit {
                too_large.push(file.name.clone());
                continue;
            }
            self.attach_bytes(
                AttachTo::Inquiry(inquiry),
                &file.name,
                &file.media_type,
                file.data,
                now,
            )?;
            kept += 1;
        }
        Ok((kept, too_large))
    }

    /// Registers one message: a new inquiry, or a reply added to the history of the
    /// inquiry it answers; a message already registered changes nothing.
    pub fn register_mail(
        &self,
        mail: &IncomingMail<'_>,
        phones: &PhoneRules,
        now: Timestamp,
    ) -> Result<MailOutcome> {
        if let Some(inquiry) = self.mail_inquiry(&mail.message_id)? {
            return Ok(MailOutcome::Known { inquiry });
        }
        for earlier in &mail.refers_to {
            if let Some(inquiry) = self.mail_inquiry(earlier)? {
                let author = if mail.sender.name.is_empty() {
                    mail.sender.address.clone()
                } else {
                    format!("{} <{}>", mail.sender.name, mail.sender.address)
                };
                let body = if mail.subject.is_empty() {
                    mail.text.clone()
                } else {
                    format!("{}\n\n{}", mail.subject, mail.text)
                };
                self.add_inquiry_note(inquiry, "mail", mail.received_at, &author, &body, now)?;
                self.remember_message(&mail.message_id, inquiry, "reply", now)?;
                let (files, too_large) = self.keep_files(inquiry, mail, now)?;
                return Ok(MailOutcome::Reply {
                    inquiry,
                    files,
                    too_large,
                });
            }
        }
        let (who, new_contact, outlet) = match self.contact_by_email(&mail.sender.address)? {
            Some(id) => (Who::Existing(id), false, None),
            None => {
                let name = if mail.sender.name.trim().is_empty() {
                    mail.sender
                        .address
                        .split('@')
                        .next()
                        .unwrap_or_default()
                        .to_string()
                } else {
                    mail.sender.name.trim().to_string()
                };
                let mut contact = NewContact::named(&name, ContactKind::Journalist);
                contact.emails.push(mail.sender.address.clone());
                let outlet = match domain_of(&mail.sender.address) {
                    Some(domain) => self.outlet_by_domain(&domain)?,
                    None => None,
                };
                if let Some((id, _)) = &outlet {
                    contact.outlet = OutletRef::Existing(*id);
                }
                (
                    Who::New(Box::new(contact)),
                    true,
                    outlet.map(|(_, name)| name),
                )
            }
        };
        let question = if !mail.text.trim().is_empty() {
            mail.text.clone()
        } else if !mail.subject.trim().is_empty() {
            mail.subject.clone()
        } else {
            crate::tr!("intake-no-text")
        };
        let new = NewInquiry {
            received_at: mail.received_at,
            channel: Channel::Email,
            who,
            outlet: OutletRef::None,
            subject: mail.subject.clone(),
            question,
            requested_deadline: None,
            due_at: mail.due_at,
            priority: Priority::Normal,
            assignee: None,
        };
        let inquiry = self.log_inquiry(&new, phones, now)?;
        self.remember_message(&mail.message_id, inquiry, "request", now)?;
        let contact: i64 = self.tx.query_row(
            "SELECT contact_id FROM inquiries WHERE id = ?1",
            [inquiry],
            |r| r.get(0),
        )?;
        let (files, too_large) = self.keep_files(inquiry, mail, now)?;
        Ok(MailOutcome::Registered {
            inquiry,
            contact,
            new_contact,
            outlet,
            files,
            too_large,
        })
    }

    /// Runs `f` so that its writes are undone if it fails, while the rest of the
    /// transaction stays: one bad message does not lose the others of its batch.
    pub fn attempt<T>(&self, f: impl FnOnce(&Self) -> Result<T>) -> Result<T> {
        self.tx.execute_batch("SAVEPOINT attempt")?;
        match f(self) {
            Ok(value) => {
                self.tx.execute_batch("RELEASE attempt")?;
                Ok(value)
            }
            Err(e) => {
                self.tx
                    .execute_batch("ROLLBACK TO attempt; RELEASE attempt")?;
                Err(e)
            }
        }
    }
}

impl Store {
    /// The history of an inquiry besides its own fields, oldest first.
    pub fn inquiry_notes(&self, inquiry: i64) -> Result<Vec<InquiryNote>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, at, author, body FROM inquiry_notes
             WHERE inquiry_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([inquiry], |r| {
            Ok(InquiryNote {
                id: r.get(0)?,
                kind: r.get(1)?,
                at: r.get(2)?,
                author: r.get(3)?,
                body: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The inquiry a message was registered for, by its Message-ID.
    pub fn inquiry_of_message(&self, message_id: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT inquiry_id FROM mail_messages WHERE message_id = ?1")?
            .query_row([message_id], |r| r.get(0))
            .optional()?)
    }
}
