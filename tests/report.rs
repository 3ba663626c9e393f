//! The office's report on a small desk whose every figure is worked out by hand, on a
//! real temporary database.

mod common;

use chrono::{NaiveDate, NaiveTime};
use pressdesk::domain::coverage::Tone;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::report::Period;
use pressdesk::domain::{Channel, ItemStatus, Priority, Status, Timestamp, When, Zone};
use pressdesk::store::{
    InquiryChange, NewContact, NewCoverage, NewInquiry, NewItem, OutletRef, Store, Who,
};

const H: i64 = 3600;

fn zone() -> Zone {
    Zone::fixed_hours(3)
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// A moment of 2026 in the office's time (UTC+3).
fn at(m: u32, d: u32, h: u32, min: u32) -> Timestamp {
    zone().at(date(m, d), NaiveTime::from_hms_opt(h, min, 0).unwrap())
}

fn phones() -> PhoneRules {
    PhoneRules::for_country("RU").unwrap()
}

struct Desk {
    store: Store,
    _dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("r.sqlite3"), "elena").unwrap();
        Desk { store, _dir: dir }
    }

    fn log(
        &mut self,
        channel: Channel,
        received: Timestamp,
        due: Timestamp,
        topics: &[&str],
    ) -> i64 {
        let new = NewInquiry {
            received_at: received,
            channel,
            who: Who::Unknown,
            outlet: OutletRef::Named("ГТРК «Кузбасс»".into()),
            subject: String::new(),
            question: "Когда дадут воду?".into(),
            requested_deadline: None,
            due_at: due,
            priority: Priority::Normal,
            assignee: Some("elena".into()),
        };
        let topics: Vec<String> = topics.iter().map(|t| t.to_string()).collect();
        self.store
            .commit(|w| {
                let id = w.log_inquiry(&new, &phones(), received)?;
                w.set_topics(id, &topics, received)?;
                Ok(id)
            })
            .unwrap()
    }

    fn change(&mut self, id: i64, change: InquiryChange, when: Timestamp) {
        self.store
            .change_inquiry(id, &change, &phones(), when)
            .unwrap();
    }

    fn answer(&mut self, id: i64, when: Timestamp) {
        self.change(id, InquiryChange::Answer("Ответ".into()), when);
    }
}

#[test]
fn every_figure_matches_the_hand_count() {
    let mut d = Desk::new();
    // On time: 1 h.
    let one = d.log(
        Channel::Phone,
        at(11, 2, 10, 0),
        at(11, 2, 14, 0),
        &["heating"],
    );
    d.answer(one, at(11, 2, 11, 0));
    // Late: 5 h against a 2 h deadline.
    let two = d.log(
        Channel::Email,
        at(11, 3, 10, 0),
        at(11, 3, 12, 0),
        &["heating", "tariffs"],
    );
    d.answer(two, at(11, 3, 15, 0));
    // On time against the deadline as it stood when answered (extended first, then
    // moved back afterwards): 24 h.
    let three = d.log(Channel::Phone, at(11, 4, 10, 0), at(11, 4, 18, 0), &[]);
    let moved = |due| InquiryChange::Deadline {
        requested: Some(due),
        due_at: due,
    };
    d.change(three, moved(at(11, 5, 18, 0)), at(11, 4, 17, 0));
    d.answer(three, at(11, 5, 10, 0));
    d.change(three, moved(at(11, 4, 12, 0)), at(11, 6, 9, 0));
    // Declined: counted apart.
    let four = d.log(Channel::Phone, at(11, 10, 9, 0), at(11, 10, 12, 0), &[]);
    d.change(
        four,
        InquiryChange::Status {
            status: Status::Declined,
            reason: Some("Не наша компетенция".into()),
        },
        at(11, 10, 10, 0),
    );
    // Answered after the period's end, late: open and overdue at the end; 62 h.
    let five = d.log(
        Channel::Messenger,
        at(11, 29, 20, 0),
        at(11, 30, 20, 0),
        &[],
    );
    d.answer(five, at(12, 2, 10, 0));
    // Still open, not yet due at the end.
    d.log(Channel::Phone, at(11, 30, 22, 0), at(12, 1, 10, 0), &[]);
    // The previous month: on time. The next month: not counted.
    let before = d.log(Channel::Phone, at(10, 31, 23, 30), at(11, 1, 9, 0), &[]);
    d.answer(before, at(11, 1, 8, 0));
    d.log(
        Channel::Phone,
        at(12, 1, 0, 30),
        at(12, 1, 9, 0),
        &["heating"],
    );

    // Coverage: two negative pieces from one outlet, one positive; one in December.
    for (day, outlet, tone) in [
        (date(11, 5), "ТВ-2", Tone::Positive),
        (date(11, 6), "Кузбасс без фильтров", Tone::Negative),
        (date(11, 30), "Кузбасс без фильтров", Tone::Negative),
        (date(12, 1), "ТВ-2", Tone::Negative),
    ] {
        d.store
            .add_coverage(
                &NewCoverage {
                    day,
                    outlet: OutletRef::Named(outlet.into()),
                    who: Who::Unknown,
                    inquiry_id: None,
                    title: "Заголовок".into(),
                    url: String::new(),
                    tone,
                },
                &phones(),
                at(12, 2, 9, 0),
            )
            .unwrap();
    }
    // The plan: one published, one cancelled, one in December.
    for (day, status) in [
        (date(11, 12), ItemStatus::Published),
        (date(11, 13), ItemStatus::Cancelled),
        (date(12, 1), ItemStatus::Scheduled),
    ] {
        let mut item = NewItem::post("Пост", When::Day(day));
        item.channels = vec!["vk".into(), "site".into()];
        item.category = "news".into();
        item.status = status;
        d.store.create_item(&item, at(11, 1, 9, 0)).unwrap();
    }

    let now = at(12, 5, 12, 0);
    let report = d
        .store
        .report(&Period::month(date(11, 1)), zone(), now, 10)
        .unwrap();
    assert_eq!(report.as_of, at(12, 1, 0, 0));
    let t = &report.inquiries.totals;
    assert_eq!(t.received, 6);
    assert_eq!(t.answered, 4);
    assert_eq!(t.answered_on_time, 2);
    assert_eq!(t.on_time_share, Some(0.5));
    assert_eq!(t.declined, 1);
    // 1 h, 5 h, 24 h, 62 h: the median is the mean of the middle two, p90 the 4th of 4.
    assert_eq!(t.median_answer_secs, Some((5 * H + 24 * H) / 2));
    assert_eq!(t.p90_answer_secs, Some(62 * H));
    assert_eq!(t.open_at_end, 2);
    assert_eq!(t.overdue_at_end, 1);
    assert_eq!(report.inquiries.previous_on_time_share, Some(1.0));

    let line = |lines: &[pressdesk::domain::report::Line], key: &str| {
        lines
            .iter()
            .find(|l| l.key.as_deref() == Some(key))
            .unwrap_or_else(|| panic!("no line {key}"))
            .figures
            .clone()
    };
    let phone = line(&report.inquiries.by_channel, "phone");
    assert_eq!(
        (
            phone.received,
            phone.answered,
            phone.answered_on_time,
            phone.declined
        ),
        (4, 2, 2, 1)
    );
    assert_eq!(phone.median_answer_secs, Some((H + 24 * H) / 2));
    assert_eq!(phone.p90_answer_secs, Some(24 * H));
    assert_eq!((phone.open_at_end, phone.overdue_at_end), (1, 0));
    let messenger = line(&report.inquiries.by_channel, "messenger");
    assert_eq!((messenger.open_at_end, messenger.overdue_at_end), (1, 1));
    assert_eq!(messenger.median_answer_secs, Some(62 * H));
    // Channels keep their fixed order, and only those with inquiries appear.
    let order: Vec<_> = report
        .inquiries
        .by_channel
        .iter()
        .map(|l| l.key.clone().unwrap())
        .collect();
    assert_eq!(order, ["phone", "messenger", "email"]);

    let heating = line(&report.inquiries.by_topic, "heating");
    assert_eq!(
        (heating.received, heating.answered, heating.answered_on_time),
        (2, 2, 1)
    );
    assert_eq!(heating.median_answer_secs, Some((H + 5 * H) / 2));
    assert_eq!(heating.p90_answer_secs, Some(5 * H));
    assert_eq!(line(&report.inquiries.by_topic, "tariffs").received, 1);
    assert_eq!(
        line(&report.inquiries.by_outlet, "ГТРК «Кузбасс»").received,
        6
    );
    assert_eq!(line(&report.inquiries.by_assignee, "elena").received, 6);
    assert_eq!(line(&report.inquiries.by_priority, "normal").received, 6);

    let series = &report.inquiries.series;
    assert_eq!(series.len(), 30);
    assert_eq!((series[1].received, series[1].answered_on_time), (1, 1));
    assert_eq!((series[2].received, series[2].answered_on_time), (1, 0));
    assert_eq!(series[29].received, 1);
    assert_eq!(series.iter().map(|p| p.received).sum::<i64>(), 6);

    let c = &report.coverage;
    assert_eq!(
        (c.counts.total, c.counts.positive, c.counts.negative),
        (3, 1, 2)
    );
    assert_eq!(c.most_negative.len(), 1);
    assert_eq!(c.most_negative[0].key, "Кузбасс без фильтров");
    assert_eq!(c.by_outlet[0].counts.total, 2);

    let p = &report.plan;
    assert_eq!((p.planned, p.published), (1, 1));
    assert_eq!(p.by_channel.len(), 2);
    assert_eq!(p.by_category[0].key.as_deref(), Some("news"));

    // Reopening an answered inquiry takes it out of the answered and back to open.
    d.change(
        one,
        InquiryChange::Status {
            status: Status::InProgress,
            reason: None,
        },
        at(12, 3, 9, 0),
    );
    let again = d
        .store
        .report(&Period::month(date(11, 1)), zone(), now, 10)
        .unwrap();
    assert_eq!(again.inquiries.totals.answered, 3);
    // What is open now was open then too: a reopened inquiry counts as open at the end.
    assert_eq!(again.inquiries.totals.open_at_end, 3);
    // Through 4 December: #1 reopened, #6 and the December one still open; #5 answered.
    let later = d
        .store
        .report(
            &Period::range(date(11, 1), date(12, 4)).unwrap(),
            zone(),
            now,
            10,
        )
        .unwrap();
    assert_eq!(later.inquiries.totals.received, 7);
    assert_eq!(later.inquiries.totals.open_at_end, 3);
}

#[test]
fn coverage_is_audited_and_found_from_its_journalist_outlet_and_inquiry() {
    let mut d = Desk::new();
    let mut journalist = NewContact::named(
        "Кузнецова Мария",
        pressdesk::domain::ContactKind::Journalist,
    );
    journalist.outlet = OutletRef::Named("ГТРК «Кузбасс»".into());
    let contact = d
        .store
        .commit(|w| w.create_contact(&journalist, &phones(), at(11, 1, 9, 0)))
        .unwrap();
    let inquiry = d.log(Channel::Phone, at(11, 2, 10, 0), at(11, 2, 14, 0), &[]);
    // Neither outlet nor journalist given: the inquiry's outlet.
    let id = d
        .store
        .add_coverage(
            &NewCoverage {
                day: date(11, 3),
                outlet: OutletRef::None,
                who: Who::Existing(contact),
                inquiry_id: Some(inquiry),
                title: "  Вода вернулась  ".into(),
                url: "https://example.ru/a".into(),
                tone: Tone::Positive,
            },
            &phones(),
            at(11, 3, 9, 0),
        )
        .unwrap();
    let item = d.store.coverage_item(id).unwrap();
    assert_eq!(item.title, "Вода вернулась");
    assert_eq!(item.outlet_name, "ГТРК «Кузбасс»");
    assert_eq!(item.contact_name.as_deref(), Some("Кузнецова Мария"));
    assert_eq!(
        d.store.coverage_of_contact(contact, 10).unwrap(),
        vec![item.clone()]
    );
    assert_eq!(
        d.store.coverage_of_outlet(item.outlet_id, 10).unwrap(),
        vec![item.clone()]
    );
    assert_eq!(
        d.store.coverage_of_inquiry(inquiry).unwrap(),
        vec![item.clone()]
    );
    let history = d.store.history("coverage", id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].who, "elena");
    assert_eq!(history[0].action, "create");

    // Without any outlet to go on, nothing is written.
    let err = d
        .store
        .add_coverage(
            &NewCoverage {
                day: date(11, 3),
                outlet: OutletRef::None,
                who: Who::Unknown,
                inquiry_id: None,
                title: "Без СМИ".into(),
                url: String::new(),
                tone: Tone::Neutral,
            },
            &phones(),
            at(11, 3, 9, 0),
        )
        .unwrap_err();
    assert!(err.to_string().contains("--outlet"), "{err}");
    assert_eq!(
        d.store
            .coverage_count_between(date(11, 1), date(11, 30))
            .unwrap(),
        1
    );
    // Merging the journalist into another record keeps the piece on the kept one.
    let twin = d
        .store
        .commit(|w| {
            w.create_contact(
                &NewContact::named("Кузнецова М.", pressdesk::domain::ContactKind::Journalist),
                &phones(),
                at(11, 4, 9, 0),
            )
        })
        .unwrap();
    d.store
        .merge_contacts(twin, contact, &phones(), at(11, 4, 10, 0))
        .unwrap();
    assert_eq!(d.store.coverage_of_contact(twin, 10).unwrap().len(), 1);
}

#[test]
fn topics_filter_the_queue_and_are_audited() {
    let mut d = Desk::new();
    let water = d.log(
        Channel::Phone,
        at(11, 2, 10, 0),
        at(11, 2, 14, 0),
        &["hot water"],
    );
    d.log(
        Channel::Phone,
        at(11, 2, 11, 0),
        at(11, 2, 15, 0),
        &["tariffs"],
    );
    let found = d.store.open_inquiries_on(&["hot water".into()]).unwrap();
    assert_eq!(found.iter().map(|i| i.id).collect::<Vec<_>>(), vec![water]);
    let topics = d.store.topics_of(&[water]).unwrap();
    assert_eq!(topics[&water], vec!["hot water".to_string()]);
    let history = d.store.history("inquiry", water).unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.field.as_deref() == Some("topics")
                && h.new_value.as_deref() == Some("hot water")),
        "{history:?}"
    );
}

#[test]
fn topics_change_as_an_inquiry_change_and_are_read_with_the_inquiry() {
    let mut d = Desk::new();
    let id = d.log(
        Channel::Phone,
        at(11, 2, 10, 0),
        at(11, 2, 14, 0),
        &["tariffs"],
    );
    assert_eq!(d.store.inquiry(id).unwrap().topics, ["tariffs"]);
    let changed = d
        .store
        .change_inquiry(
            id,
            &InquiryChange::Topics(vec!["hot water".into(), "strike".into()]),
            &phones(),
            at(11, 2, 12, 0),
        )
        .unwrap();
    assert_eq!(changed.topics, ["hot water", "strike"]);
    let history = d.store.history("inquiry", id).unwrap();
    assert!(
        history.iter().any(|h| h.field.as_deref() == Some("topics")
            && h.old_value.as_deref() == Some("tariffs")
            && h.new_value.as_deref() == Some("hot water, strike")),
        "{history:?}"
    );
    d.store
        .change_inquiry(
            id,
            &InquiryChange::Topics(Vec::new()),
            &phones(),
            at(11, 2, 13, 0),
        )
        .unwrap();
    assert!(d.store.inquiry(id).unwrap().topics.is_empty());
    assert!(d.store.topics_of(&[id]).unwrap().is_empty());
}
