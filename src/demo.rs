//! Sample data that looks like a real press office: outlets, journalists, the office's
//! own experts, and three months of inquiries around "now" — most answered, some open,
//! a few due soon and a few overdue.

use serde::Deserialize;

use crate::domain::contact::OutletKind;
use crate::domain::phone::PhoneRules;
use crate::domain::sla::DeadlineRules;
use crate::domain::{Channel, ContactKind, Priority, Relationship, Status, Timestamp, Zone};
use crate::store::{InquiryChange, NewContact, NewInquiry, OutletRef, Store, StoreError, Who};

const RU: &str = include_str!("../assets/demo/ru.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoData {
    pub office: String,
    pub me: String,
    pub team: Vec<String>,
    pub outlets: Vec<DemoOutlet>,
    pub contacts: Vec<DemoContact>,
    pub topics: Vec<DemoTopic>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoOutlet {
    pub name: String,
    pub kind: String,
    pub region: String,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub emails: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoContact {
    pub name: String,
    pub kind: String,
    pub outlet: Option<String>,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub messengers: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub relationship: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoTopic {
    pub subject: String,
    pub question: String,
    pub answer: String,
    pub expert: Option<String>,
}

/// The demo data set (Russian: a city hospital's press office).
pub fn data() -> DemoData {
    toml::from_str(RU).expect("the bundled demo data parses (checked by a test)")
}

/// A small deterministic generator, so every demo looks the same.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn weighted<T: Copy>(&mut self, table: &[(T, u64)]) -> T {
        let total: u64 = table.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (item, weight) in table {
            if roll < *weight {
                return *item;
            }
            roll -= weight;
        }
        table[0].0
    }
}

/// What `fill` made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub outlets: usize,
    pub contacts: usize,
    pub inquiries: usize,
    pub open: usize,
}

/// Fills an empty database with the demo. Refuses a database that already holds anything.
pub fn fill(
    store: &mut Store,
    now: Timestamp,
    zone: Zone,
    rules: &DeadlineRules,
) -> Result<DemoSummary, StoreError> {
    if !store.is_empty()? {
        return Err(StoreError::Invalid(
            "this database already holds records; the demo only fills an empty one".into(),
        ));
    }
    let data = data();
    let phones = PhoneRules::for_country("RU").expect("known country");
    let mut dice = Dice(0x5eed_cafe_f00d_d00d);
    let mut summary = DemoSummary::default();
    let mut writer = store.write()?;
    writer.set_user(&data.me);
    let setup_time = now - 100 * 86_400;

    let mut outlet_ids = std::collections::HashMap::new();
    for o in &data.outlets {
        let id = writer.create_outlet(
            &crate::store::NewOutlet {
                name: o.name.clone(),
                kind: OutletKind::parse(&o.kind).unwrap_or(OutletKind::Online),
                region: o.region.clone(),
                phones: o.phones.clone(),
                emails: o.emails.clone(),
            },
            &phones,
            setup_time,
        )?;
        outlet_ids.insert(o.name.clone(), id);
        summary.outlets += 1;
    }
    let mut journalists = Vec::new();
    let mut experts = std::collections::HashMap::new();
    for c in &data.contacts {
        let kind = ContactKind::parse(&c.kind).unwrap_or(ContactKind::Other);
        let contact = NewContact {
            name: c.name.clone(),
            kind,
            outlet: match c.outlet.as_ref().and_then(|o| outlet_ids.get(o)) {
                Some(id) => OutletRef::Existing(*id),
                None => OutletRef::None,
            },
            position: c.position.clone(),
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            messengers: c.messengers.clone(),
            tags: c.tags.clone(),
            relationship: Relationship::parse(&c.relationship).unwrap_or(Relationship::Neutral),
            notes: c.notes.clone(),
        };
        let id = writer.create_contact(&contact, &phones, setup_time)?;
        summary.contacts += 1;
        match kind {
            ContactKind::Journalist => journalists.push(id),
            ContactKind::Expert => {
                experts.insert(c.name.clone(), id);
            }
            _ => {}
        }
    }

    let channels = [
        (Channel::Phone, 50),
        (Channel::Messenger, 25),
        (Channel::Email, 14),
        (Channel::InPerson, 4),
        (Channel::Social, 5),
        (Channel::Letter, 2),
    ];
    let priorities = [
        (Priority::Urgent, 8),
        (Priority::High, 22),
        (Priority::Normal, 60),
        (Priority::Low, 10),
    ];
    let today = zone.date(now);
    let hour = |days_back: i64, h: u32, m: u32| -> Timestamp {
        zone.at(
            today - chrono::Duration::days(days_back),
            chrono::NaiveTime::from_hms_opt(h, m, 0).expect("valid time"),
        )
    };

    // Three months of history, finished: answered (mostly on time), closed, a few declined.
    for days_back in (3..92).rev() {
        let per_day = if days_back % 7 == 0 || days_back % 7 == 6 {
            dice.below(2)
        } else {
            1 + dice.below(2)
        };
        for _ in 0..per_day {
            let topic = dice.pick(&data.topics);
            let received = hour(days_back, 8 + dice.below(11) as u32, dice.below(60) as u32);
            let channel = dice.weighted(&channels);
            let priority = dice.weighted(&priorities);
            let requested = dice
                .chance(45)
                .then(|| received + (1 + dice.below(20) as i64) * 3600);
            let due_at = rules.due_at(received, channel, priority, requested, zone);
            let logger = dice.pick(&data.team).clone();
            writer.set_user(&logger);
            let id = writer.log_inquiry(
                &NewInquiry {
                    received_at: received,
                    channel,
                    who: Who::Existing(*dice.pick(&journalists)),
                    outlet: OutletRef::None,
                    subject: topic.subject.clone(),
                    question: topic.question.clone(),
                    requested_deadline: requested,
                    due_at,
                    priority,
                    assignee: Some(logger.clone()),
                },
                &phones,
                received,
            )?;
            summary.inquiries += 1;
            let window = (due_at - received).max(1800);
            // About one in eight answers goes out late.
            let answer_after = if dice.chance(12) {
                window + 1800 + dice.below(6 * 3600) as i64
            } else {
                900 + dice.below(window as u64 * 9 / 10) as i64
            };
            let started = received + 600 + dice.below(1800) as i64;
            writer.change_inquiry(id, &status(Status::InProgress), &phones, started)?;
            if let Some(expert) = topic.expert.as_ref().and_then(|e| experts.get(e)) {
                writer.change_inquiry(
                    id,
                    &InquiryChange::Expert(Who::Existing(*expert)),
                    &phones,
                    started + 300,
                )?;
            }
            let answered_at = (received + answer_after).max(started + 600);
            if dice.chance(4) {
                writer.change_inquiry(
                    id,
                    &InquiryChange::Status {
                        status: Status::Declined,
                        reason: Some(decline_reason(&mut dice).into()),
                    },
                    &phones,
                    answered_at,
                )?;
                continue;
            }
            writer.change_inquiry(
                id,
                &InquiryChange::Answer(topic.answer.clone()),
                &phones,
                answered_at,
            )?;
            if dice.chance(60) {
                writer.change_inquiry(
                    id,
                    &status(Status::Closed),
                    &phones,
                    answered_at + 86_400,
                )?;
            }
        }
    }

    // The open queue at "now": overdue, due soon, and the rest.
    let minutes = |m: i64| m * 60;
    let open: Vec<(i64, Option<i64>, Priority, Channel, Status)> = vec![
        // received (seconds before now), the journalist's deadline (relative to now), …
        (
            minutes(300),
            Some(-minutes(60)),
            Priority::High,
            Channel::Phone,
            Status::InProgress,
        ),
        (
            minutes(26 * 60),
            None,
            Priority::Normal,
            Channel::Email,
            Status::Waiting,
        ),
        (
            minutes(95),
            None,
            Priority::Urgent,
            Channel::Messenger,
            Status::New,
        ),
        (
            minutes(20),
            Some(minutes(40)),
            Priority::Normal,
            Channel::Phone,
            Status::New,
        ),
        (
            minutes(23 * 60 + 15),
            None,
            Priority::Normal,
            Channel::Messenger,
            Status::InProgress,
        ),
        (
            minutes(45),
            Some(minutes(3 * 60)),
            Priority::High,
            Channel::Phone,
            Status::New,
        ),
        (
            minutes(130),
            None,
            Priority::Normal,
            Channel::Email,
            Status::InProgress,
        ),
        (
            minutes(10),
            Some(minutes(26 * 60)),
            Priority::Normal,
            Channel::Phone,
            Status::New,
        ),
        (
            minutes(6 * 60),
            None,
            Priority::Low,
            Channel::Letter,
            Status::Waiting,
        ),
        (
            minutes(3 * 60),
            Some(minutes(2 * 24 * 60)),
            Priority::Low,
            Channel::Social,
            Status::New,
        ),
        (
            minutes(50 * 60),
            None,
            Priority::Low,
            Channel::Email,
            Status::InProgress,
        ),
        (
            minutes(5),
            None,
            Priority::Normal,
            Channel::InPerson,
            Status::New,
        ),
    ];
    for (n, (ago, deadline, priority, channel, state)) in open.into_iter().enumerate() {
        let topic = &data.topics[(n * 5 + 3) % data.topics.len()];
        let received = now - ago;
        let requested = deadline.map(|d| now + d);
        let due_at = rules.due_at(received, channel, priority, requested, zone);
        let logger = data.team[n % data.team.len()].clone();
        writer.set_user(&logger);
        let who = if n == 11 {
            Who::Unknown
        } else {
            Who::Existing(journalists[(n * 7 + 2) % journalists.len()])
        };
        let id = writer.log_inquiry(
            &NewInquiry {
                received_at: received,
                channel,
                who,
                outlet: OutletRef::None,
                subject: topic.subject.clone(),
                question: topic.question.clone(),
                requested_deadline: requested,
                due_at,
                priority,
                assignee: Some(logger.clone()),
            },
            &phones,
            received,
        )?;
        summary.inquiries += 1;
        summary.open += 1;
        if state != Status::New {
            writer.change_inquiry(id, &status(Status::InProgress), &phones, received + 300)?;
            if let Some(expert) = topic.expert.as_ref().and_then(|e| experts.get(e)) {
                writer.change_inquiry(
                    id,
                    &InquiryChange::Expert(Who::Existing(*expert)),
                    &phones,
                    received + 420,
                )?;
            }
        }
        if state == Status::Waiting {
            writer.change_inquiry(id, &status(Status::Waiting), &phones, received + 900)?;
        }
    }
    fill_timeline(
        &mut writer,
        &data,
        &journalists,
        &mut dice,
        now,
        zone,
        &mut summary,
    )?;
    writer.commit()?;
    Ok(summary)
}

const CALLS: [&str; 4] = [
    "Уточнение деталей по теме «{}»",
    "Запрос комментария главврача: «{}»",
    "Договорились о синхроне по теме «{}»",
    "Перезвонили с цифрами по теме «{}»",
];
const MEETINGS: [&str; 3] = [
    "Встреча в редакции: обсудили тему «{}»",
    "Пресс-подход в больнице, тема «{}»",
    "Записали интервью по теме «{}»",
];
const NOTES: [&str; 5] = [
    "Просит присылать ответы письменно, в Telegram.",
    "Не звонить до 10:00 — утренний эфир.",
    "Готовит большой материал, попросит цифры за год.",
    "Публикует без согласования цитат — сверять текст до выхода.",
    "Хорошо знает тему, можно давать фон без цитирования.",
];

/// Calls, meetings and notes on the journalists' timelines over the three months, and
/// one person entered twice (a duplicate to merge).
fn fill_timeline(
    writer: &mut crate::store::Writer<'_>,
    data: &DemoData,
    journalists: &[i64],
    dice: &mut Dice,
    now: Timestamp,
    zone: Zone,
    summary: &mut DemoSummary,
) -> Result<(), StoreError> {
    use crate::domain::contact::EventKind;
    use crate::store::NewEvent;
    let phones = PhoneRules::for_country("RU").expect("known country");
    let today = zone.date(now);
    for &contact in journalists {
        let mut noted: Vec<&str> = Vec::new();
        for _ in 0..dice.below(5) {
            // A working hour on one of the last three months' days.
            let day = today - chrono::Duration::days(1 + dice.below(88) as i64);
            let hour = 9 + dice.below(9) as u32;
            let minute = dice.below(60) as u32;
            let time = chrono::NaiveTime::from_hms_opt(hour, minute, 0).expect("valid time");
            let at = zone.at(day, time);
            let topic = &dice.pick(&data.topics).subject;
            let (kind, body) = match dice.below(10) {
                0..=4 => (EventKind::Call, dice.pick(&CALLS).replace("{}", topic)),
                5..=6 => (
                    EventKind::Meeting,
                    dice.pick(&MEETINGS).replace("{}", topic),
                ),
                _ => {
                    let note = *dice.pick(&NOTES);
                    if noted.contains(&note) {
                        continue;
                    }
                    noted.push(note);
                    (EventKind::Note, note.to_string())
                }
            };
            let who = dice.pick(&data.team).clone();
            writer.set_user(&who);
            writer.add_event(
                &NewEvent {
                    contact_id: contact,
                    kind,
                    at,
                    body,
                },
                at,
            )?;
        }
    }
    // Someone entered twice, from a business card: ё written as е, the same mobile
    // written another way. The duplicate warning and the merge have something to show.
    if let Some(original) = data
        .contacts
        .iter()
        .find(|c| c.name.contains('ё') && c.kind == "journalist")
    {
        let name = original.name.replace('ё', "е");
        let short: Vec<&str> = name.split_whitespace().take(2).collect();
        let mut copy = NewContact::named(&short.join(" "), ContactKind::Journalist);
        copy.phones = original
            .phones
            .last()
            .map(|p| phones.normalize(p))
            .filter(|d| d.len() == 11)
            .map(|d| format!("8 {} {} {} {}", &d[1..4], &d[4..7], &d[7..9], &d[9..]))
            .into_iter()
            .collect();
        copy.notes = "Записан с визитки на пресс-подходе.".into();
        copy.outlet = original
            .outlet
            .clone()
            .map(OutletRef::Named)
            .unwrap_or(OutletRef::None);
        writer.set_user(&data.me);
        writer.create_contact(&copy, &phones, now - 20 * 86_400)?;
        summary.contacts += 1;
    }
    Ok(())
}

fn status(status: Status) -> InquiryChange {
    InquiryChange::Status {
        status,
        reason: None,
    }
}

const DECLINE_REASONS: [&str; 3] = [
    "Персональные данные пациента — ответить не можем (152-ФЗ).",
    "Вопрос вне компетенции больницы, переадресован в минздрав Кузбасса.",
    "Идёт проверка, комментарии после её завершения.",
];

fn decline_reason(dice: &mut Dice) -> &'static str {
    DECLINE_REASONS[dice.below(DECLINE_REASONS.len() as u64) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_consistent() {
        let d = data();
        assert!(d.team.contains(&d.me));
        assert!(d.outlets.len() >= 20);
        assert!(d.contacts.len() >= 50);
        for c in &d.contacts {
            assert!(ContactKind::parse(&c.kind).is_some(), "{}", c.kind);
            assert!(Relationship::parse(&c.relationship).is_some());
            if let Some(o) = &c.outlet {
                assert!(d.outlets.iter().any(|x| &x.name == o), "outlet {o}");
            }
        }
        for t in &d.topics {
            if let Some(e) = &t.expert {
                assert!(d.contacts.iter().any(|c| &c.name == e), "expert {e}");
            }
        }
    }

    #[test]
    fn fills_an_empty_database_and_refuses_a_full_one() {
        let mut store = Store::open_in_memory("demo").unwrap();
        let zone = Zone::fixed_hours(7);
        let now = 1_795_000_000;
        let rules = DeadlineRules::default();
        let summary = fill(&mut store, now, zone, &rules).unwrap();
        assert!(summary.inquiries > 100, "{summary:?}");
        assert!(summary.contacts > 50);
        let open = store.open_inquiries().unwrap();
        assert_eq!(open.len(), summary.open);
        let due_soon = rules.due_soon.secs;
        let overdue = open.iter().filter(|i| i.due_at <= now).count();
        let soon = open
            .iter()
            .filter(|i| i.due_at > now && i.due_at - now <= due_soon)
            .count();
        assert!(overdue >= 2, "overdue {overdue}");
        assert!(soon >= 2, "due soon {soon}");
        assert!(fill(&mut store, now, zone, &rules).is_err());
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
