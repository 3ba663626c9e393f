//! vCard 2.1, 3.0 and 4.0 in, 3.0 and 4.0 out, through `calcard` (which decodes
//! QUOTED-PRINTABLE and CHARSET, unfolds lines and folds what it writes).
//!
//! The file is read line by line. Photos, logos, sounds and keys are skipped as they
//! stream past, continuation lines included, so a card with a huge photo is never held
//! in memory whole; each card's remaining text goes to the parser on its own.

use std::io::BufRead;

use calcard::common::IanaString;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameter, VCardParameterName, VCardParameterValue, VCardProperty,
    VCardValue, VCardVersion,
};

use mail_parser::decoders::charsets::DecoderFnc;
use mail_parser::decoders::charsets::map::charset_decoder;

use crate::domain::contact::Point;
use crate::domain::{ContactKind, Relationship};
use crate::store::{Book, ContactRecord, ImportItem};
use crate::tr;

/// Properties whose values are binary blobs nobody reads in a press office.
const SKIPPED: [&str; 4] = ["PHOTO", "LOGO", "SOUND", "KEY"];
/// A card whose text (photos aside) is longer than this is refused with the line that
/// made it so; a single line past it is not even kept in memory.
const LONGEST_CARD: usize = super::MAX_FIELD * 4;
const LONGEST_LINE: usize = LONGEST_CARD;
const LIMIT_KB: usize = super::MAX_FIELD / 1024;

/// What became of one physical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Kept,
    /// A photo, logo, sound or key, or a continuation of one.
    Skipped,
    /// Longer than a card may hold: consumed, not kept.
    TooLong,
}

/// Reads one physical line into `out` (without the line break), unless it is a skipped
/// property or a continuation of one, or too long: then it is consumed without being
/// kept. Returns `None` at the end of the input.
fn next_line(
    reader: &mut impl BufRead,
    out: &mut Vec<u8>,
    in_skipped: &mut bool,
) -> std::io::Result<Option<Line>> {
    out.clear();
    let mut decided: Option<Line> = None;
    let mut seen_any = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        seen_any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let len = chunk.len();
        if decided.is_none() {
            out.extend_from_slice(chunk);
            // Decide once enough of the line is known (its name, or the whole line).
            if done || out.len() >= 64 {
                let keep = keep_line(out, in_skipped);
                decided = Some(if keep { Line::Kept } else { Line::Skipped });
                if !keep {
                    out.clear();
                }
            }
        } else if decided == Some(Line::Kept) {
            if out.len() + len > LONGEST_LINE {
                decided = Some(Line::TooLong);
                out.clear();
            } else {
                out.extend_from_slice(chunk);
            }
        }
        reader.consume(len);
        if done {
            break;
        }
    }
    if !seen_any {
        return Ok(None);
    }
    let decided = decided.unwrap_or_else(|| {
        if keep_line(out, in_skipped) {
            Line::Kept
        } else {
            Line::Skipped
        }
    });
    while matches!(out.last(), Some(b'\n' | b'\r')) {
        out.pop();
    }
    Ok(Some(decided))
}

/// Whether a line (or its start) is kept, tracking whether continuation lines belong to
/// a skipped property.
fn keep_line(start: &[u8], in_skipped: &mut bool) -> bool {
    if matches!(start.first(), Some(b' ' | b'\t')) {
        return !*in_skipped;
    }
    // A base64 block in vCard 2.1 ends with an empty line.
    if start.iter().all(|b| b.is_ascii_whitespace()) {
        *in_skipped = false;
        return true;
    }
    let name_end = start
        .iter()
        .position(|&b| b == b':' || b == b';')
        .unwrap_or(start.len());
    let name = &start[..name_end];
    let name = match name.iter().rposition(|&b| b == b'.') {
        Some(dot) => &name[dot + 1..],
        None => name,
    };
    *in_skipped = SKIPPED
        .iter()
        .any(|s| s.as_bytes().eq_ignore_ascii_case(name));
    !*in_skipped
}

/// The decoder named by a property's `CHARSET=` parameter, if it names one we know.
fn charset_of(line: &[u8]) -> Option<DecoderFnc> {
    let head_end = line.iter().position(|&b| b == b':')?;
    let head = &line[..head_end];
    const KEY: &[u8] = b"charset=";
    let at = head
        .windows(KEY.len())
        .position(|w| w.eq_ignore_ascii_case(KEY))?;
    let value = &head[at + KEY.len()..];
    let value = &value[..value.iter().position(|&b| b == b';').unwrap_or(value.len())];
    charset_decoder(value.trim_ascii_matches_quotes())
}

trait TrimQuotes {
    fn trim_ascii_matches_quotes(&self) -> &[u8];
}

impl TrimQuotes for [u8] {
    fn trim_ascii_matches_quotes(&self) -> &[u8] {
        let t = self.trim_ascii();
        t.strip_prefix(b"\"")
            .and_then(|t| t.strip_suffix(b"\""))
            .unwrap_or(t)
    }
}

/// One line as text: UTF-8 as it is; 8-bit text in the charset its property names
/// (`CHARSET=ISO-8859-1`, `windows-1251`, `KOI8-R`, …); anything else as UTF-8 where it
/// can be.
fn decode(line: &[u8], charset: Option<DecoderFnc>) -> String {
    if let Ok(text) = std::str::from_utf8(line) {
        return text.to_string();
    }
    let Some(decoder) = charset else {
        return String::from_utf8_lossy(line).into_owned();
    };
    // The property's name and parameters are ASCII; only the value is in the charset.
    let head_end = if matches!(line.first(), Some(b' ' | b'\t')) {
        0
    } else {
        line.iter().position(|&b| b == b':').map_or(0, |i| i + 1)
    };
    let mut text = String::from_utf8_lossy(&line[..head_end]).into_owned();
    text.push_str(&decoder(&line[head_end..]));
    text
}

/// The card being read: its text so far and where it began.
struct Open {
    body: String,
    number: usize,
    line: usize,
    /// The line that made the card too long to keep, if one did.
    too_long: Option<usize>,
}

/// Every card of a vCard file, one at a time: a contact per card, or why a card was
/// skipped. Memory holds one card, whatever the size of the file.
pub struct Cards<R> {
    reader: R,
    buf: Vec<u8>,
    in_skipped: bool,
    /// The charset of the property the current continuation lines belong to.
    charset: Option<DecoderFnc>,
    card: Option<Open>,
    number: usize,
    line: usize,
    done: bool,
}

impl<R: BufRead> Cards<R> {
    pub fn new(reader: R) -> Cards<R> {
        Cards {
            reader,
            buf: Vec::new(),
            in_skipped: false,
            charset: None,
            card: None,
            number: 0,
            line: 0,
            done: false,
        }
    }

    fn finish(card: Open) -> ImportItem {
        let label = format!("card {}", card.number);
        if let Some(line) = card.too_long {
            return Err((label, tr!("import-too-long", line = line, limit = LIMIT_KB)));
        }
        parse_card(&card.body, card.number)
    }
}

impl<R: BufRead> Iterator for Cards<R> {
    type Item = std::io::Result<ImportItem>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let kind = match next_line(&mut self.reader, &mut self.buf, &mut self.in_skipped) {
                Ok(Some(kind)) => kind,
                Ok(None) => {
                    self.done = true;
                    let card = self.card.take()?;
                    return Some(Ok(Err((
                        format!("card {}", card.number),
                        tr!("import-vcard-cut-short", line = card.line),
                    ))));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            self.line += 1;
            match kind {
                Line::Skipped => continue,
                Line::TooLong => {
                    if let Some(card) = self.card.as_mut() {
                        card.too_long.get_or_insert(self.line);
                    }
                    continue;
                }
                Line::Kept => {}
            }
            if !matches!(self.buf.first(), Some(b' ' | b'\t')) {
                self.charset = charset_of(&self.buf);
            }
            let text = decode(&self.buf, self.charset);
            let trimmed = text.trim_start_matches('\u{feff}').trim();
            if trimmed.eq_ignore_ascii_case("BEGIN:VCARD") {
                self.number += 1;
                let unfinished = self.card.replace(Open {
                    body: String::from("BEGIN:VCARD\r\n"),
                    number: self.number,
                    line: self.line,
                    too_long: None,
                });
                if let Some(card) = unfinished {
                    // A card without its END: reported, and the next one is read.
                    return Some(Ok(Err((
                        format!("card {}", card.number),
                        tr!("import-vcard-no-end", line = card.line, next = self.line),
                    ))));
                }
                continue;
            }
            let Some(card) = self.card.as_mut() else {
                continue;
            };
            if trimmed.eq_ignore_ascii_case("END:VCARD") {
                card.body.push_str(&text);
                card.body.push_str("\r\n");
                let card = self.card.take()?;
                return Some(Ok(Cards::<R>::finish(card)));
            }
            if card.too_long.is_none() {
                if card.body.len() + text.len() > LONGEST_CARD {
                    card.too_long = Some(self.line);
                    card.body.clear();
                } else {
                    card.body.push_str(&text);
                    card.body.push_str("\r\n");
                }
            }
        }
        None
    }
}

/// Reads every card of a vCard file at once (small files and tests; imports stream).
pub fn read(reader: impl BufRead) -> std::io::Result<Vec<ImportItem>> {
    Cards::new(reader).collect()
}

fn parse_card(text: &str, number: usize) -> ImportItem {
    let label = format!("card {number}");
    match calcard::Parser::new(text).entry() {
        calcard::Entry::VCard(card) => {
            let record = record_of(&card);
            match super::oversized(&record) {
                Some(field) => Err((
                    label,
                    tr!("import-field-too-long", field = field, limit = LIMIT_KB),
                )),
                None => Ok(record),
            }
        }
        calcard::Entry::InvalidLine(line) => Err((label, format!("unreadable line: {line}"))),
        other => Err((label, format!("not a vCard: {other:?}"))),
    }
}

fn texts(entry: &VCardEntry) -> Vec<String> {
    entry
        .values
        .iter()
        .flat_map(|v| match v {
            VCardValue::Text(t) => vec![t.clone()],
            VCardValue::Component(parts) => parts.clone(),
            _ => Vec::new(),
        })
        .collect()
}

fn first_text(entry: &VCardEntry) -> String {
    texts(entry)
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// `TYPE=cell,work` and friends as a short label; `pref`, `voice`, `internet` say nothing.
fn type_label(params: &[VCardParameter]) -> String {
    let mut labels: Vec<String> = Vec::new();
    for p in params {
        if p.name != VCardParameterName::Type {
            continue;
        }
        let text = match &p.value {
            VCardParameterValue::Type(t) => t.as_str().to_lowercase(),
            VCardParameterValue::Text(t) => t.to_lowercase(),
            _ => continue,
        };
        for t in text.split(',') {
            let t = t.trim();
            if !t.is_empty()
                && !["pref", "voice", "internet", "x400"].contains(&t)
                && !labels.iter().any(|l| l == t)
            {
                labels.push(t.to_string());
            }
        }
    }
    labels.join(",")
}

/// Apple writes its standard labels as `_$!<Mobile>!$_`.
fn clean_label(label: &str) -> String {
    label
        .trim()
        .trim_start_matches("_$!<")
        .trim_end_matches(">!$_")
        .to_string()
}

fn record_of(card: &VCard) -> ContactRecord {
    let mut record = ContactRecord::default();
    let group_label = |group: &Option<String>| -> Option<String> {
        let group = group.as_ref()?;
        card.entries
            .iter()
            .find(|e| {
                e.group.as_ref() == Some(group)
                    && matches!(&e.name, VCardProperty::Other(n) if n.eq_ignore_ascii_case("X-ABLabel"))
            })
            .map(first_text)
            .map(|l| clean_label(&l))
    };
    let mut n_name = String::new();
    for e in &card.entries {
        let label = || group_label(&e.group).unwrap_or_else(|| type_label(&e.params));
        match &e.name {
            VCardProperty::Fn => record.name = first_text(e),
            VCardProperty::N => {
                // family; given; additional; prefixes; suffixes
                let parts = texts(e);
                let get = |i: usize| parts.get(i).map(|s| s.trim()).unwrap_or("");
                n_name = [get(1), get(2), get(0)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            VCardProperty::Tel => {
                let value = first_text(e);
                let value = value.strip_prefix("tel:").unwrap_or(&value).to_string();
                if !value.is_empty() {
                    record.phones.push(Point {
                        value,
                        label: label(),
                    });
                }
            }
            VCardProperty::Email => {
                let value = first_text(e);
                let value = value.strip_prefix("mailto:").unwrap_or(&value).to_string();
                if !value.is_empty() {
                    record.emails.push(Point {
                        value,
                        label: label(),
                    });
                }
            }
            VCardProperty::Impp => {
                let value = first_text(e);
                let service = e
                    .params
                    .iter()
                    .find(|p| {
                        matches!(&p.name, VCardParameterName::Other(n) if n.eq_ignore_ascii_case("X-SERVICE-TYPE"))
                    })
                    .and_then(|p| match &p.value {
                        VCardParameterValue::Text(t) => Some(t.to_lowercase()),
                        _ => None,
                    });
                // Apple writes `x-apple:handle` with the service as a parameter.
                let value = match (service, value.strip_prefix("x-apple:")) {
                    (Some(s), Some(handle)) => format!("{s}:{handle}"),
                    _ => value,
                };
                if !value.is_empty() {
                    record.messengers.push(Point {
                        value,
                        label: group_label(&e.group).unwrap_or_default(),
                    });
                }
            }
            VCardProperty::Other(name) if is_messenger_property(name) => {
                let value = first_text(e);
                if !value.is_empty() {
                    let service = name[2..].to_lowercase();
                    record.messengers.push(Point {
                        value: format!("{service}:{value}"),
                        label: String::new(),
                    });
                }
            }
            VCardProperty::Org => record.outlet = Some(first_text(e)).filter(|o| !o.is_empty()),
            VCardProperty::Title => record.position = first_text(e),
            VCardProperty::Role if record.position.is_empty() => record.position = first_text(e),
            VCardProperty::Categories => {
                for t in texts(e) {
                    let t = t.trim();
                    // Google's own groups are not beats.
                    if !t.is_empty()
                        && !["mycontacts", "starred"].contains(&t.to_lowercase().as_str())
                    {
                        record.tags.push(t.to_string());
                    }
                }
            }
            VCardProperty::Note => {
                let note = texts(e).join("").trim().to_string();
                if !note.is_empty() {
                    if !record.notes.is_empty() {
                        record.notes.push('\n');
                    }
                    record.notes.push_str(&note);
                }
            }
            VCardProperty::Other(name) if name.eq_ignore_ascii_case("X-PRESSDESK-KIND") => {
                record.kind = ContactKind::parse(&first_text(e));
            }
            VCardProperty::Other(name) if name.eq_ignore_ascii_case("X-PRESSDESK-RELATIONSHIP") => {
                record.relationship = Relationship::parse(&first_text(e)).unwrap_or_default();
            }
            _ => {}
        }
    }
    if record.name.is_empty() {
        record.name = n_name;
    }
    record
}

fn is_messenger_property(name: &str) -> bool {
    [
        "X-TELEGRAM",
        "X-SKYPE",
        "X-JABBER",
        "X-WHATSAPP",
        "X-VIBER",
        "X-ICQ",
        "X-SIGNAL",
    ]
    .iter()
    .any(|m| m.eq_ignore_ascii_case(name))
}

fn text_entry(name: VCardProperty, value: &str) -> VCardEntry {
    VCardEntry::new(name).with_value(value.to_string())
}

fn with_label(mut entry: VCardEntry, label: &str) -> VCardEntry {
    for part in label.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        entry = entry.with_param(VCardParameter::typ(part.to_string()));
    }
    entry
}

/// Writes the book as vCard 3.0 or 4.0, one card per contact.
pub fn write(book: &Book, version: VCardVersion, out: &mut String) -> std::fmt::Result {
    write_counted(book, version, out, &mut || {})
}

/// `write`, calling `on_card` after each card (for progress).
pub fn write_counted(
    book: &Book,
    version: VCardVersion,
    out: &mut String,
    on_card: &mut dyn FnMut(),
) -> std::fmt::Result {
    for (id, c) in &book.contacts {
        let mut card = VCard::default();
        card.entries.push(text_entry(VCardProperty::Fn, &c.name));
        let name = crate::domain::person_name::split(&c.name);
        card.entries
            .push(VCardEntry::new(VCardProperty::N).with_values(vec![
                VCardValue::Text(name.family),
                VCardValue::Text(name.given),
                VCardValue::Text(name.additional),
                VCardValue::Text(name.prefix),
                VCardValue::Text(String::new()),
            ]));
        card.entries.push(text_entry(
            VCardProperty::Uid,
            &format!("pressdesk-contact-{id}"),
        ));
        if let Some(outlet) = &c.outlet {
            card.entries.push(text_entry(VCardProperty::Org, outlet));
        }
        if !c.position.is_empty() {
            card.entries
                .push(text_entry(VCardProperty::Title, &c.position));
        }
        for p in &c.phones {
            card.entries.push(with_label(
                text_entry(VCardProperty::Tel, &p.value),
                &p.label,
            ));
        }
        for p in &c.emails {
            card.entries.push(with_label(
                text_entry(VCardProperty::Email, &p.value),
                &p.label,
            ));
        }
        for p in &c.messengers {
            card.entries.push(text_entry(VCardProperty::Impp, &p.value));
        }
        if !c.tags.is_empty() {
            card.entries.push(
                VCardEntry::new(VCardProperty::Categories)
                    .with_values(c.tags.iter().map(|t| VCardValue::Text(t.clone())).collect()),
            );
        }
        if !c.notes.is_empty() {
            card.entries.push(text_entry(VCardProperty::Note, &c.notes));
        }
        card.entries.push(text_entry(
            VCardProperty::Other("X-PRESSDESK-KIND".into()),
            c.kind().code(),
        ));
        card.entries.push(text_entry(
            VCardProperty::Other("X-PRESSDESK-RELATIONSHIP".into()),
            c.relationship.code(),
        ));
        write_card(&card, version, out)?;
        on_card();
    }
    Ok(())
}

/// One card. Entries are written in their 4.0 form in both versions: every value here is
/// text, where the two forms differ only in the `CHARSET` parameter that the library adds
/// to 3.0 lines with non-ASCII text — a 2.1 parameter that 3.0 (RFC 2426) does not have
/// and that some address books then show or refuse. 3.0 text is UTF-8 as it is.
fn write_card(card: &VCard, version: VCardVersion, out: &mut String) -> std::fmt::Result {
    use std::fmt::Write as _;
    write!(out, "BEGIN:VCARD\r\nVERSION:{version}\r\n")?;
    for entry in &card.entries {
        entry.write_to(out, true)?;
    }
    write!(out, "END:VCARD\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_are_skipped_line_by_line() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nitem3.PHOTO;ENCODING=b:AAAA\r\n BBBB\r\n CCCC\r\nNOTE:kept\r\n folded\r\nEND:VCARD\r\n";
        let items = read(std::io::Cursor::new(text)).unwrap();
        let record = items[0].clone().unwrap();
        assert_eq!(record.name, "A");
        assert_eq!(record.notes, "keptfolded");
    }

    #[test]
    fn a_card_cut_short_is_reported() {
        let items = read(std::io::Cursor::new("BEGIN:VCARD\nFN:A\n")).unwrap();
        assert!(items[0].is_err());
    }
}
