//! Reading e-mailed requests: the messages of an `.eml` file, a Maildir (`new/` and
//! `cur/`) or an mbox file, each parsed by `mail-parser` (MIME, RFC 2047 headers,
//! quoted-printable, base64, KOI8-R, Windows-1251, ISO-8859-2, HTML to text). No SQL here;
//! the store registers what this module reads.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use mail_parser::{HeaderValue, MessageParser, MimeHeaders};

use crate::domain::Timestamp;
use crate::tr;

/// A message as read from its file, before parsing.
#[derive(Debug)]
pub struct RawMessage {
    /// The file, and for an mbox the message's place in it, as the report names it.
    pub origin: String,
    pub bytes: Vec<u8>,
}

/// A message that could not be read, with where it came from and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub origin: String,
    pub reason: String,
}

/// A file carried by a message.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFile {
    pub name: String,
    pub media_type: String,
    pub data: Vec<u8>,
}

/// What an inquiry needs from a message.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedMail {
    /// Without angle brackets; made from the message's bytes when it has none.
    pub message_id: String,
    /// In-Reply-To, then References, newest first.
    pub refers_to: Vec<String>,
    pub sender_name: String,
    pub sender_address: String,
    pub subject: String,
    pub text: String,
    /// The Date header, when it has a valid one.
    pub date: Option<Timestamp>,
    pub files: Vec<ParsedFile>,
}

/// The messages found at `path`: an mbox file (it starts with `From `), a Maildir
/// folder (its `new/` and `cur/`, in name order), or a single message file. A file that
/// cannot be read is an `Err` naming it, and the rest still come.
pub fn messages(path: &Path) -> Box<dyn Iterator<Item = Result<RawMessage, Unreadable>>> {
    let origin = path.display().to_string();
    let fail = |reason: String| -> Box<dyn Iterator<Item = Result<RawMessage, Unreadable>>> {
        Box::new(std::iter::once(Err(Unreadable {
            origin: path.display().to_string(),
            reason,
        })))
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return fail(e.to_string()),
    };
    if meta.is_dir() {
        let mut files = Vec::new();
        let mut found_maildir = false;
        for sub in ["new", "cur"] {
            let dir = path.join(sub);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            found_maildir = true;
            let mut names: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                // Maildir writers hide files being delivered under a leading dot.
                .filter(|p| {
                    p.is_file()
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            names.sort();
            files.extend(names);
        }
        if !found_maildir {
            return fail(tr!("intake-not-maildir"));
        }
        return Box::new(files.into_iter().map(|file| {
            std::fs::read(&file)
                .map(|bytes| RawMessage {
                    origin: file.display().to_string(),
                    bytes,
                })
                .map_err(|e| Unreadable {
                    origin: file.display().to_string(),
                    reason: e.to_string(),
                })
        }));
    }
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return fail(e.to_string()),
    };
    let mut head = [0u8; 5];
    let n = file.read(&mut head).unwrap_or(0);
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return fail(e.to_string()),
    };
    if &head[..n] == b"From " {
        let reader = mail_parser::mailbox::mbox::MessageIterator::new(BufReader::new(file));
        Box::new(reader.enumerate().map(move |(i, m)| {
            let origin = tr!("intake-mbox-origin", file = origin.clone(), n = i + 1);
            m.map(|m| RawMessage {
                origin: origin.clone(),
                bytes: m.unwrap_contents(),
            })
            .map_err(|e| Unreadable {
                origin,
                reason: e.to_string(),
            })
        }))
    } else {
        let mut bytes = Vec::new();
        let mut file = file;
        match file.read_to_end(&mut bytes) {
            Ok(_) => Box::new(std::iter::once(Ok(RawMessage { origin, bytes }))),
            Err(e) => fail(e.to_string()),
        }
    }
}

/// `<id@host>` → `id@host`.
fn bare_id(text: &str) -> Option<String> {
    let id = text
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!id.is_empty() && id.len() <= 998).then(|| id.to_string())
}

fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    match value {
        HeaderValue::Text(t) => t.split_whitespace().filter_map(bare_id).collect(),
        HeaderValue::TextList(list) => list
            .iter()
            .flat_map(|t| t.split_whitespace())
            .filter_map(bare_id)
            .collect(),
        _ => Vec::new(),
    }
}

/// A stable name for a message without a Message-ID, from its bytes (FNV-1a), so that
/// reading it again still finds it registered.
fn made_up_id(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}.{}@no-message-id.pressdesk", bytes.len())
}

/// Reads one message. A message without a sender's address is not a request anyone can
/// answer, and is reported as unreadable.
pub fn parse(raw: &[u8]) -> Result<ParsedMail, String> {
    let message = MessageParser::default()
        .parse(raw)
        .ok_or_else(|| tr!("intake-no-headers"))?;
    let from = message
        .from()
        .and_then(|a| a.first())
        .ok_or_else(|| tr!("intake-no-sender"))?;
    let address = from
        .address()
        .map(str::trim)
        .filter(|a| a.contains('@'))
        .ok_or_else(|| tr!("intake-no-sender"))?
        .to_string();
    let name = from.name().map(str::trim).unwrap_or_default().to_string();
    let message_id = message
        .message_id()
        .and_then(bare_id)
        .unwrap_or_else(|| made_up_id(raw));
    let mut refers_to = ids(message.in_reply_to());
    let mut references = ids(message.references());
    // The last reference is the message answered; look at the nearest first.
    references.reverse();
    for id in references {
        if !refers_to.contains(&id) {
            refers_to.push(id);
        }
    }
    let text = message.body_text(0).map(|t| tidy(&t)).unwrap_or_default();
    let date = message
        .date()
        .filter(|d| d.is_valid())
        .map(|d| d.to_timestamp());
    let files = message
        .attachments()
        .enumerate()
        .map(|(i, part)| {
            let media_type = part
                .content_type()
                .map(|ct| match ct.subtype() {
                    Some(sub) => format!("{}/{}", ct.ctype(), sub),
                    None => ct.ctype().to_string(),
                })
                .unwrap_or_else(|| "application/octet-stream".into())
                .to_ascii_lowercase();
            let name = part
                .attachment_name()
                .map(str::to_string)
                .unwrap_or_else(|| {
                    let ext = mime_guess::get_mime_extensions_str(&media_type)
                        .and_then(|e| e.first())
                        .unwrap_or(&"bin");
                    format!("attachment-{}.{ext}", i + 1)
                });
            ParsedFile {
                name,
                media_type,
                data: part.contents().to_vec(),
            }
        })
        .collect();
    Ok(ParsedMail {
        message_id,
        refers_to,
        sender_name: name,
        sender_address: address,
        subject: message.subject().map(tidy).unwrap_or_default(),
        text,
        date,
        files,
    })
}

/// Line ends made plain, trailing spaces and runs of blank lines dropped.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.replace("\r\n", "\n").replace('\r', "\n").lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_message_gives_its_parts() {
        let raw = b"From: =?UTF-8?B?0JDQvdC90LA=?= <anna@vesti.example>\r\n\
Subject: =?KOI8-R?B?98/EwQ==?=\r\n\
Message-ID: <abc@vesti.example>\r\n\
In-Reply-To: <x@desk>\r\n\
References: <w@desk> <x@desk>\r\n\
Date: Tue, 24 Nov 2026 18:40:00 +0000\r\n\
\r\n\
Hello,\r\n\r\n\r\nwhen?  \r\n";
        let mail = parse(raw).unwrap();
        assert_eq!(mail.sender_name, "Анна");
        assert_eq!(mail.sender_address, "anna@vesti.example");
        assert_eq!(mail.subject, "Вода");
        assert_eq!(mail.message_id, "abc@vesti.example");
        assert_eq!(mail.refers_to, ["x@desk", "w@desk"]);
        assert_eq!(mail.text, "Hello,\n\nwhen?");
        assert_eq!(mail.date, Some(1_795_545_600));
    }

    #[test]
    fn without_a_sender_it_is_unreadable_and_without_an_id_one_is_made() {
        assert!(parse(b"Subject: x\r\n\r\nbody").is_err());
        let a = parse(b"From: a@b.example\r\n\r\nbody").unwrap();
        let b = parse(b"From: a@b.example\r\n\r\nbody").unwrap();
        assert_eq!(a.message_id, b.message_id);
        assert!(a.message_id.ends_with("@no-message-id.pressdesk"));
        assert_ne!(
            a.message_id,
            parse(b"From: a@b.example\r\n\r\nbody 2")
                .unwrap()
                .message_id
        );
    }
}
