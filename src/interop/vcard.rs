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

use crate::domain::contact::Point;
use crate::domain::{ContactKind, Relationship};
use crate::store::{Book, ContactRecord, ImportItem};

/// Properties whose values are binary blobs nobody reads in a press office.
const SKIPPED: [&str; 4] = ["PHOTO", "LOGO", "SOUND", "KEY"];
/// A line longer than this that is not a skipped property is dropped, with the card.
const LONGEST_LINE: usize = 1 << 20;

/// Reads one physical line into `out` (without the line break), unless it is a skipped
/// property or a continuation of one: then it is consumed without being kept. Returns
/// `None` at the end of the input, else whether the line was kept.
fn next_line(
    reader: &mut impl BufRead,
    out: &mut Vec<u8>,
    in_skipped: &mut bool,
) -> std::io::Result<Option<bool>> {
    out.clear();
    let mut decided: Option<bool> = None;
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
                decided = Some(keep);
                if !keep {
                    out.clear();
                }
            }
        } else if decided == Some(true) {
            if out.len() + len > LONGEST_LINE {
                decided = Some(false);
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
    if decided.is_none() {
        decided = Some(keep_line(out, in_skipped));
    }
    while matches!(out.last(), Some(b'\n' | b'\r')) {
        out.pop();
    }
    Ok(decided)
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

/// Reads every card of a vCard file: a contact per card, or why a card was skipped.
pub fn read(reader: impl BufRead) -> std::io::Result<Vec<ImportItem>> {
    let mut reader = reader;
    let mut items = Vec::new();
    let mut line = Vec::new();
    let mut in_skipped = false;
    let mut card: Option<String> = None;
    let mut number = 0;
    while let Some(kept) = next_line(&mut reader, &mut line, &mut in_skipped)? {
        if !kept {
            continue;
        }
        // Old phones write 8-bit text now and then; it is read as UTF-8 where it can be.
        let text = String::from_utf8_lossy(&line);
        let trimmed = text.trim_start_matches('\u{feff}').trim();
        if trimmed.eq_ignore_ascii_case("BEGIN:VCARD") {
            number += 1;
            card = Some(String::from("BEGIN:VCARD\r\n"));
            continue;
        }
        let Some(body) = card.as_mut() else {
            continue;
        };
        body.push_str(&text);
        body.push_str("\r\n");
        if trimmed.eq_ignore_ascii_case("END:VCARD") {
            let body = card.take().unwrap_or_default();
            items.push(parse_card(&body, number));
        }
    }
    if card.is_some() {
        items.push(Err((
            format!("card {number}"),
            "the file ends inside this card (no END:VCARD)".into(),
        )));
    }
    Ok(items)
}

fn parse_card(text: &str, number: usize) -> ImportItem {
    let label = format!("card {number}");
    match calcard::Parser::new(text).entry() {
        calcard::Entry::VCard(card) => Ok(record_of(&card)),
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
