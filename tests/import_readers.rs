//! Imports that stream: cards without their end, 8-bit charsets, oversized fields, a run
//! interrupted halfway and run again, and property tests over the vCard and CSV readers.

use std::io::Cursor;

use proptest::prelude::*;

use pressdesk::domain::ContactKind;
use pressdesk::domain::contact::Point;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::interop::{csv, vcard};
use pressdesk::store::{Book, ContactRecord, IMPORT_BATCH, ImportItem, Store};

fn rules() -> PhoneRules {
    PhoneRules::for_country("RU").unwrap()
}

#[test]
fn a_card_without_its_end_is_reported_with_its_line_and_the_next_is_read() {
    let text = "BEGIN:VCARD\r\nFN:Первая\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nFN:Без конца\r\n\
                BEGIN:VCARD\r\nFN:Третья\r\nEND:VCARD\r\n";
    let items = vcard::read(Cursor::new(text)).unwrap();
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().name, "Первая");
    let (label, why) = items[1].as_ref().unwrap_err();
    assert_eq!(label, "card 2");
    assert!(why.contains('4') && why.contains('6'), "{why}");
    assert_eq!(items[2].as_ref().unwrap().name, "Третья");
}

#[test]
fn eight_bit_values_are_decoded_with_their_charset() {
    let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen\r\n\
                      FN;CHARSET=ISO-8859-1:J\xfcrgen M\xfcller\r\n\
                      ORG;CHARSET=windows-1251:"
        .to_vec();
    bytes.extend_from_slice(b"\xc2\xe5\xf1\xf2\xe8\r\nEND:VCARD\r\n");
    let items = vcard::read(Cursor::new(bytes)).unwrap();
    let record = items[0].as_ref().unwrap();
    assert_eq!(record.name, "Jürgen Müller");
    assert_eq!(record.outlet.as_deref(), Some("Вести"));
}

#[test]
fn a_ten_megabyte_name_is_refused_with_its_line() {
    let huge = "Я".repeat(5 << 20);
    let text = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:x\r\nFN:{huge}\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Обычный\r\nEND:VCARD\r\n"
    );
    let items = vcard::read(Cursor::new(text)).unwrap();
    let (label, why) = items[0].as_ref().unwrap_err();
    assert_eq!(label, "card 1");
    assert!(why.contains("4"), "names line 4: {why}");
    assert_eq!(items[1].as_ref().unwrap().name, "Обычный");
    // A value over the cap but short of the card's limit is refused too.
    let long = "a".repeat(100_000);
    let text = format!("BEGIN:VCARD\r\nFN:{long}\r\nEND:VCARD\r\n");
    assert!(vcard::read(Cursor::new(text)).unwrap()[0].is_err());

    let csv_text = format!("name,phone\nОбычный,+7 918 000-00-00\n{huge},1\n");
    let items = csv::read(Cursor::new(csv_text)).unwrap();
    assert!(items[0].is_ok());
    let (label, why) = items[1].as_ref().unwrap_err();
    assert_eq!(label, "row 3");
    assert!(why.contains('3'), "{why}");
}

fn named(i: usize) -> ContactRecord {
    ContactRecord {
        // Names only: nothing to match a second run's records by but the progress kept.
        name: format!("Импортов Номер {i:05}"),
        kind: Some(ContactKind::Journalist),
        ..Default::default()
    }
}

fn contacts(store: &Store) -> i64 {
    store.contact_summaries().unwrap().len() as i64
}

#[test]
fn an_interrupted_import_leaves_whole_records_and_a_second_run_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let total = IMPORT_BATCH * 2 + 300;
    let stop_at = IMPORT_BATCH * 2 + 100;
    {
        let mut store = Store::open(&path, "me").unwrap();
        // The reader fails halfway through the third batch, as a killed process would.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let items = (0..total).map(|i| {
                assert!(i != stop_at, "interrupted");
                Ok(named(i))
            });
            store.import_from(items, &rules(), 1, false, Some("file-a"))
        }));
        assert!(outcome.is_err());
    }
    let mut store = Store::open(&path, "me").unwrap();
    // The two committed batches are there, whole; nothing of the third.
    assert_eq!(contacts(&store), (IMPORT_BATCH * 2) as i64);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let items: Vec<ImportItem> = (0..total).map(|i| Ok(named(i))).collect();
    let summary = store
        .import_from(items.clone(), &rules(), 2, false, Some("file-a"))
        .unwrap();
    assert_eq!(summary.resumed, IMPORT_BATCH * 2);
    assert_eq!(summary.read, total);
    assert_eq!(summary.added, total - IMPORT_BATCH * 2);
    store.finish_import("file-a").unwrap();
    assert_eq!(contacts(&store), total as i64);
    // Every record once, and the search index has each of them.
    let found = store.find_contacts("импортов", &rules(), 5).unwrap();
    assert_eq!(found.total, total);
}

#[test]
fn a_colleague_sees_each_batch_of_a_long_import_as_it_is_committed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let mut store = Store::open(&path, "me").unwrap();
    let colleague = std::sync::Mutex::new(Store::open(&path, "colleague").unwrap());
    let mut written = 0;
    let items = (0..IMPORT_BATCH * 3).map(|i| {
        if i == IMPORT_BATCH + 1 {
            // Mid-import, in the second batch: the first batch is already committed and
            // visible to another connection.
            let other = colleague.lock().unwrap();
            written = other.contact_summaries().unwrap().len();
        }
        Ok(named(i))
    });
    store.import_from(items, &rules(), 1, false, None).unwrap();
    assert_eq!(written, IMPORT_BATCH);
}

const TEXT: &str = "[A-Za-zА-Яа-яЁёІіЇїЄєŁłŚśŻżĄąĘę0-9][A-Za-zА-Яа-яЁёІіЇїŁłŚśŻż0-9 .;:\"'=()!?-]{0,24}[A-Za-zА-Яа-яЁёŁłŚśŻż0-9.)]";

fn record() -> impl Strategy<Value = ContactRecord> {
    (
        TEXT,
        proptest::option::of(TEXT),
        proptest::option::of(TEXT),
        proptest::option::of(TEXT),
        proptest::collection::vec("[A-Za-zА-Яа-я]{1,10}", 0..3),
        proptest::collection::vec("\\+7 9[0-9]{2} [0-9]{3}-[0-9]{2}-[0-9]{2}", 0..3),
        proptest::collection::vec("[a-z]{1,8}@[a-z]{1,8}\\.example", 0..2),
    )
        .prop_map(|(name, outlet, position, notes, tags, phones, emails)| {
            let point = |value: String| Point {
                value,
                label: String::new(),
            };
            ContactRecord {
                name,
                kind: Some(ContactKind::Journalist),
                outlet,
                position: position.unwrap_or_default(),
                notes: notes.unwrap_or_default(),
                tags,
                phones: phones.into_iter().map(point).collect(),
                emails: emails.into_iter().map(point).collect(),
                ..Default::default()
            }
        })
}

/// What both formats carry of a record: every field but the labels, kind and
/// relationship.
fn carried(r: &ContactRecord) -> ContactRecord {
    let values = |list: &[Point]| {
        list.iter()
            .map(|p| Point {
                value: p.value.clone(),
                label: String::new(),
            })
            .collect::<Vec<_>>()
    };
    ContactRecord {
        name: r.name.clone(),
        outlet: r.outlet.clone(),
        position: r.position.clone(),
        notes: r.notes.clone(),
        tags: r.tags.clone(),
        phones: values(&r.phones),
        emails: values(&r.emails),
        ..Default::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn vcard_and_csv_give_back_what_they_were_given(records in proptest::collection::vec(record(), 1..6)) {
        let book = Book {
            contacts: records.iter().cloned().enumerate().map(|(i, r)| (i as i64 + 1, r)).collect(),
            outlets: Vec::new(),
        };
        let want: Vec<_> = records.iter().map(carried).collect();
        for version in [calcard::vcard::VCardVersion::V3_0, calcard::vcard::VCardVersion::V4_0] {
            let mut text = String::new();
            vcard::write(&book, version, &mut text).unwrap();
            let got: Vec<_> = vcard::read(Cursor::new(text)).unwrap()
                .into_iter().map(|i| carried(&i.unwrap())).collect();
            prop_assert_eq!(&got, &want);
        }
        let mut bytes = Vec::new();
        csv::write(&book, &mut bytes).unwrap();
        let got: Vec<_> = csv::read(Cursor::new(bytes)).unwrap()
            .into_iter().map(|i| carried(&i.unwrap())).collect();
        prop_assert_eq!(&got, &want);
    }

    #[test]
    fn any_bytes_are_read_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), cards in 0usize..3) {
        let mut text = Vec::new();
        for _ in 0..cards {
            text.extend_from_slice(b"BEGIN:VCARD\r\nFN:");
            text.extend_from_slice(&bytes);
            text.extend_from_slice(b"\r\n");
        }
        text.extend_from_slice(&bytes);
        let _ = vcard::read(Cursor::new(text.clone()));
        if let Ok(rows) = csv::Rows::new(Cursor::new(text)) {
            for _ in rows {}
        }
    }
}
