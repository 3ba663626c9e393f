//! Sample data that looks like a real press office: outlets, journalists, the office's
//! own experts, and three months of inquiries around "now" — most answered, some open,
//! a few due soon and a few overdue.

use serde::Deserialize;

use crate::domain::contact::OutletKind;
use crate::domain::phone::PhoneRules;
use crate::domain::sla::DeadlineRules;
use crate::domain::{Channel, ContactKind, Priority, Relationship, Status, Timestamp, Zone};
use crate::i18n::Language;
use crate::store::{InquiryChange, NewContact, NewInquiry, OutletRef, Store, StoreError, Who};
use crate::tr;

/// The sample offices: a Russian city hospital, a Ukrainian heating utility, a Polish
/// regional office. English speakers get the Russian one, as in the documents the product
/// grew from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoSet {
    Ru,
    Uk,
    Pl,
}

impl DemoSet {
    pub const ALL: [DemoSet; 3] = [DemoSet::Ru, DemoSet::Uk, DemoSet::Pl];

    pub fn for_language(language: Language) -> DemoSet {
        match language {
            Language::Uk => DemoSet::Uk,
            Language::Pl => DemoSet::Pl,
            Language::Ru | Language::En => DemoSet::Ru,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            DemoSet::Ru => "ru",
            DemoSet::Uk => "uk",
            DemoSet::Pl => "pl",
        }
    }

    fn source(self) -> &'static str {
        match self {
            DemoSet::Ru => include_str!("../assets/demo/ru.toml"),
            DemoSet::Uk => include_str!("../assets/demo/uk.toml"),
            DemoSet::Pl => include_str!("../assets/demo/pl.toml"),
        }
    }

    /// The sample data of this office.
    pub fn data(self) -> DemoData {
        toml::from_str(self.source()).expect("the bundled demo data parses (checked by a test)")
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoData {
    pub office: String,
    pub me: String,
    pub team: Vec<String>,
    /// The office's country, for its phone numbers.
    pub country: String,
    pub decline_reasons: Vec<String>,
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

impl DemoData {
    pub fn phones(&self) -> PhoneRules {
        PhoneRules::for_country(&self.country).expect("a known country (checked by a test)")
    }
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
    set: DemoSet,
    now: Timestamp,
    zone: Zone,
    rules: &DeadlineRules,
) -> Result<DemoSummary, StoreError> {
    if !store.is_empty()? {
        return Err(StoreError::Invalid(tr!("error-demo-not-empty")));
    }
    let data = set.data();
    let phones = data.phones();
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
                        reason: Some(dice.pick(&data.decline_reasons).clone()),
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
    writer.commit()?;
    Ok(summary)
}

fn status(status: Status) -> InquiryChange {
    InquiryChange::Status {
        status,
        reason: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_consistent() {
        for set in DemoSet::ALL {
            check(set.data());
        }
    }

    fn check(d: DemoData) {
        assert!(d.team.contains(&d.me));
        assert!(PhoneRules::for_country(&d.country).is_some());
        assert!(!d.decline_reasons.is_empty());
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
        let summary = fill(&mut store, DemoSet::Ru, now, zone, &rules).unwrap();
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
        assert!(fill(&mut store, DemoSet::Ru, now, zone, &rules).is_err());
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
