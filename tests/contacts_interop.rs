//! The contact book in and out: vCards as Google, Apple and Android phones write them,
//! Google and Outlook CSV exports, and round trips through vCard and CSV.

use std::io::Cursor;

use pressdesk::domain::contact::Point;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::{ContactKind, Relationship};
use pressdesk::interop::{csv, json, vcard};
use pressdesk::store::{ContactRecord, ImportItem, SkipReason, Store};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn records(items: Vec<ImportItem>) -> Vec<ContactRecord> {
    items.into_iter().map(|i| i.unwrap()).collect()
}

fn rules() -> PhoneRules {
    PhoneRules::for_country("RU").unwrap()
}

fn values(points: &[Point]) -> Vec<&str> {
    points.iter().map(|p| p.value.as_str()).collect()
}

fn labels(points: &[Point]) -> Vec<&str> {
    points.iter().map(|p| p.label.as_str()).collect()
}

#[test]
fn google_vcards_with_item_groups_and_labels() {
    let cards = records(vcard::read(Cursor::new(fixture("google.vcf"))).unwrap());
    assert_eq!(cards.len(), 2);
    let egor = &cards[0];
    assert_eq!(egor.name, "Егор Кузнецов");
    assert_eq!(egor.outlet.as_deref(), Some("ГТРК «Кузбасс»"));
    assert_eq!(egor.position, "корреспондент");
    assert_eq!(
        values(&egor.phones),
        ["+7 918 123-45-67", "8 (3842) 58-12-40"]
    );
    assert_eq!(labels(&egor.phones), ["cell", "Редакция"]);
    assert_eq!(labels(&egor.emails), ["work"]);
    // Google's own groups are not beats; escaped commas and line breaks come back.
    assert_eq!(egor.tags, ["ЖКХ", "здравоохранение"]);
    assert_eq!(
        egor.notes,
        "Готовит сюжеты к 14:30, синхрон до 12:00.\nПредпочитает Telegram."
    );
    let maria = &cards[1];
    assert_eq!(labels(&maria.emails), ["Для пресс-релизов"]);
    assert!(maria.tags.is_empty());
}

#[test]
fn apple_vcards_with_type_lists_labels_and_a_photo() {
    let cards = records(vcard::read(Cursor::new(fixture("apple.vcf"))).unwrap());
    assert_eq!(cards.len(), 2);
    let anna = &cards[0];
    assert_eq!(anna.name, "Anna Kowalska");
    assert_eq!(anna.outlet.as_deref(), Some("Gazeta Krakowska"));
    assert_eq!(anna.position, "Dziennikarka");
    assert_eq!(labels(&anna.phones), ["cell", "work", "Other"]);
    assert_eq!(values(&anna.messengers), ["telegram:annakow"]);
    assert_eq!(cards[1].name, "Jan Nowak");
    assert_eq!(cards[1].notes, "Dzwonić po 10:00.");
}

#[test]
fn android_vcards_in_quoted_printable_and_other_charsets() {
    let items = vcard::read(Cursor::new(fixture("android.vcf"))).unwrap();
    assert_eq!(items.len(), 4);
    let cards = records(items);
    let olena = &cards[0];
    assert_eq!(olena.name, "Олена Шевченко");
    assert_eq!(olena.outlet.as_deref(), Some("Суспільне Львів"));
    // A soft line break inside quoted-printable text is joined.
    assert_eq!(olena.notes, "Просить писати у Viber");
    assert_eq!(values(&olena.phones), ["+380671234567", "(032) 235-12-34"]);
    assert_eq!(labels(&olena.phones), ["cell", "work"]);
    // windows-1251, named by CHARSET; no FN, so the name comes from N.
    assert_eq!(cards[1].name, "Егор Кузнецов");
    assert_eq!(cards[2].name, "");
    assert_eq!(values(&cards[2].phones), ["89131112233"]);
}

#[test]
fn vcard_4_with_uris() {
    let cards = records(vcard::read(Cursor::new(fixture("nextcloud4.vcf"))).unwrap());
    let denis = &cards[0];
    assert_eq!(denis.name, "Денис Соловьёв");
    assert_eq!(values(&denis.phones), ["+7-3843-74-33-25", "+79131356008"]);
    assert_eq!(labels(&denis.phones), ["work", "cell"]);
    assert_eq!(values(&denis.messengers), ["xmpp:soloviev@jabber.example"]);
    assert_eq!(denis.tags, ["здравоохранение", "юг Кузбасса"]);
}

#[test]
fn a_huge_photo_is_skipped_without_reading_it_whole() {
    // 24 MB of base64 on one line, as some exporters write it, then a folded one.
    let mut file =
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:".to_vec();
    file.extend(std::iter::repeat_n(b'A', 24 << 20));
    file.extend_from_slice(
        b"\r\nTEL:+7 918 000-00-01\r\nLOGO;ENCODING=b:QUFB\r\n QUFB\r\nEND:VCARD\r\n",
    );
    let cards = records(vcard::read(Cursor::new(file)).unwrap());
    assert_eq!(cards[0].name, "Big Photo");
    assert_eq!(values(&cards[0].phones), ["+7 918 000-00-01"]);
}

#[test]
fn imports_update_a_known_person_instead_of_adding_them_twice() {
    let mut store = Store::open_in_memory("me").unwrap();
    let android = vcard::read(Cursor::new(fixture("android.vcf"))).unwrap();
    let first = store.import(android.clone(), &rules(), 100, false).unwrap();
    // Olena, Егор, and the card with only a number (named by it); the empty one skipped.
    assert_eq!((first.added, first.updated), (3, 0));
    assert_eq!(first.skipped, vec![("#4".to_string(), SkipReason::NoName)]);
    // The same file again changes nothing.
    let again = store.import(android, &rules(), 200, false).unwrap();
    assert_eq!((again.added, again.updated), (0, 0));
    assert_eq!(again.skipped.len(), 4);
    // Google knows Егор by the same mobile written differently: he is updated.
    let google = vcard::read(Cursor::new(fixture("google.vcf"))).unwrap();
    let summary = store.import(google, &rules(), 300, false).unwrap();
    assert_eq!((summary.added, summary.updated), (1, 1));
    let egor = store
        .contact_summaries()
        .unwrap()
        .into_iter()
        .find(|c| c.name == "Егор Кузнецов")
        .unwrap();
    let card = store.contact_card(egor.id).unwrap();
    assert_eq!(card.outlet.as_deref(), Some("ГТРК «Кузбасс»"));
    assert_eq!(values(&card.emails), ["egor.kuznetsov@vesti.example"]);
    assert_eq!(card.phones.len(), 3, "{:?}", card.phones);
}

#[test]
fn google_and_outlook_csv() {
    let cards = records(csv::read(Cursor::new(fixture("google.csv"))).unwrap());
    assert_eq!(cards.len(), 2);
    let egor = &cards[0];
    assert_eq!(egor.name, "Егор Кузнецов");
    assert_eq!(egor.outlet.as_deref(), Some("ГТРК «Кузбасс»"));
    assert_eq!(
        values(&egor.phones),
        ["+7 918 123-45-67", "8 918 123 45 67", "8 (3842) 58-12-40"]
    );
    assert_eq!(labels(&egor.phones), ["mobile", "mobile", "work"]);
    assert_eq!(egor.tags, ["Журналисты"]);
    assert_eq!(cards[1].position, "заведующая поликлиникой");

    let cards = records(csv::read(Cursor::new(fixture("outlook.csv"))).unwrap());
    let oleg = &cards[0];
    assert_eq!(oleg.name, "Олег Медведев");
    assert_eq!(oleg.outlet.as_deref(), Some("Газета «Кузнецкий край»"));
    assert_eq!(labels(&oleg.phones), ["business", "mobile"]);
    assert_eq!(values(&oleg.emails), ["medvedev@kk.example"]);
    assert_eq!(oleg.notes, "=HYPERLINK(\"http://evil.example\")");

    assert!(csv::read(Cursor::new("foo,bar\n1,2\n")).is_err());
}

fn sample_book() -> Store {
    let mut store = Store::open_in_memory("me").unwrap();
    let records = vec![
        ContactRecord {
            name: "Кузнецов Егор".into(),
            kind: Some(ContactKind::Journalist),
            outlet: Some("ГТРК «Кузбасс»".into()),
            position: "корреспондент".into(),
            relationship: Relationship::Critical,
            tags: vec!["ЖКХ".into(), "здравоохранение".into()],
            notes: "Критичен к ЖКХ, предпочитает Telegram.\n=SUM(A1) в заметке".into(),
            phones: vec![
                Point {
                    value: "+7 918 123-45-67".into(),
                    label: "cell".into(),
                },
                Point {
                    value: "8 (3842) 58-12-40".into(),
                    label: String::new(),
                },
            ],
            emails: vec![Point {
                value: "egor@vesti.example".into(),
                label: "work".into(),
            }],
            messengers: vec![Point {
                value: "telegram:@kuz".into(),
                label: String::new(),
            }],
        },
        ContactRecord {
            name: "Гребенщиков Алексей; главврач".into(),
            kind: Some(ContactKind::Expert),
            position: "главный врач, \"ГБ №1\"".into(),
            phones: vec![Point {
                value: "-61-00-01".into(),
                label: String::new(),
            }],
            ..Default::default()
        },
    ];
    store
        .import(
            records.into_iter().map(Ok).collect::<Vec<_>>(),
            &rules(),
            1,
            false,
        )
        .unwrap();
    store
}

fn comparable(store: &Store) -> Vec<ContactRecord> {
    store
        .export_book()
        .unwrap()
        .contacts
        .into_iter()
        .map(|(_, mut c)| {
            // Labels a format cannot carry are not compared.
            for p in c
                .phones
                .iter_mut()
                .chain(&mut c.emails)
                .chain(&mut c.messengers)
            {
                p.label.clear();
            }
            c
        })
        .collect()
}

#[test]
fn the_book_round_trips_through_vcard_3_and_4() {
    let store = sample_book();
    let book = store.export_book().unwrap();
    for version in [
        calcard::vcard::VCardVersion::V3_0,
        calcard::vcard::VCardVersion::V4_0,
    ] {
        let mut text = String::new();
        vcard::write(&book, version, &mut text).unwrap();
        assert!(text.lines().all(|l| l.len() <= 76), "lines are folded");
        let mut copy = Store::open_in_memory("me").unwrap();
        let items = vcard::read(Cursor::new(text.into_bytes())).unwrap();
        let summary = copy.import(items, &rules(), 2, false).unwrap();
        assert_eq!(summary.added, 2, "{summary:?}");
        assert_eq!(comparable(&copy), comparable(&store), "{version:?}");
    }
}

#[test]
fn the_book_round_trips_through_csv_with_formulas_neutralised() {
    let store = sample_book();
    let book = store.export_book().unwrap();
    let mut bytes = Vec::new();
    csv::write(&book, &mut bytes).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with("name,kind,outlet,position,phones,emails"));
    // No cell starts with a formula character.
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    for row in reader.records() {
        for cell in row.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
    }
    let mut copy = Store::open_in_memory("me").unwrap();
    let items = csv::read(Cursor::new(bytes)).unwrap();
    copy.import(items, &rules(), 2, false).unwrap();
    assert_eq!(comparable(&copy), comparable(&store));
}

#[test]
fn json_has_every_contact_and_outlet() {
    let store = sample_book();
    let book = store.export_book().unwrap();
    let mut bytes = Vec::new();
    json::write(&book, &mut bytes).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["contacts"].as_array().unwrap().len(), 2);
    assert_eq!(value["contacts"][1]["name"], "Кузнецов Егор");
    assert_eq!(value["contacts"][1]["relationship"], "critical");
    assert_eq!(value["contacts"][1]["phones"][0]["label"], "cell");
    assert_eq!(value["outlets"][0]["name"], "ГТРК «Кузбасс»");
}
