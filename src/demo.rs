//! Sample data that looks like a real press office: outlets, journalists, the office's
//! own experts, and three months of inquiries around "now" — most answered, some open,
//! a few due soon and a few overdue.

use serde::Deserialize;

use crate::domain::contact::OutletKind;
use crate::domain::coverage::Tone;
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

    fn plan_source(self) -> &'static str {
        match self {
            DemoSet::Ru => include_str!("../assets/demo/plan-ru.toml"),
            DemoSet::Uk => include_str!("../assets/demo/plan-uk.toml"),
            DemoSet::Pl => include_str!("../assets/demo/plan-pl.toml"),
        }
    }

    /// The content plan of this office.
    pub fn plan(self) -> DemoPlan {
        toml::from_str(self.plan_source())
            .expect("the bundled demo plans parse (checked by a test)")
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
    /// The report's topics, given to inquiries whose subject holds one of the words.
    #[serde(default)]
    pub report_topics: Vec<DemoReportTopic>,
    /// Headlines of coverage after an answer, by tone; `{subject}` is the inquiry's.
    #[serde(default)]
    pub coverage_titles: DemoCoverageTitles,
    pub repeating: Option<DemoRepeating>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoReportTopic {
    pub topic: String,
    pub words: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoCoverageTitles {
    pub positive: Vec<String>,
    pub neutral: Vec<String>,
    pub negative: Vec<String>,
}

/// A repeating plan item: weekly from `weeks_back` weeks before today, `count` times.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRepeating {
    pub title: String,
    pub notes: String,
    pub channels: Vec<String>,
    pub category: String,
    pub every: String,
    pub time: String,
    pub weeks_back: i64,
    pub count: u32,
}

impl DemoData {
    /// The report's topics of an inquiry with this subject.
    pub fn report_topics_of(&self, subject: &str) -> Vec<String> {
        let subject = subject.to_lowercase();
        let mut topics: Vec<String> = self
            .report_topics
            .iter()
            .filter(|t| t.words.iter().any(|w| subject.contains(&w.to_lowercase())))
            .map(|t| t.topic.clone())
            .collect();
        topics.sort();
        topics
    }
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
    pub plan_items: usize,
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
    // Coverage rolls its own dice, so the rest of the sample stays as it always was.
    let mut press = Dice(0xc0fe_4a6e_0000_0001);
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
            writer.set_topics(id, &data.report_topics_of(&topic.subject), received)?;
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
                if press.chance(40) {
                    add_coverage(
                        &mut writer,
                        &data,
                        &mut press,
                        id,
                        &topic.subject,
                        Tone::Negative,
                        answered_at,
                        zone,
                    )?;
                }
                continue;
            }
            writer.change_inquiry(
                id,
                &InquiryChange::Answer(topic.answer.clone()),
                &phones,
                answered_at,
            )?;
            // About a third of the answers end up in print; a late one reads worse.
            if press.chance(35) {
                let late = answer_after > window;
                let roll = press.below(100);
                // Even a prompt answer gets a critical piece now and then: a month
                // without one would not read like a real press office's.
                let tone = match (late, roll) {
                    (true, 0..=54) => Tone::Negative,
                    (true, _) => Tone::Neutral,
                    (false, 0..=49) => Tone::Positive,
                    (false, 50..=79) => Tone::Neutral,
                    (false, _) => Tone::Negative,
                };
                add_coverage(
                    &mut writer,
                    &data,
                    &mut press,
                    id,
                    &topic.subject,
                    tone,
                    answered_at,
                    zone,
                )?;
            }
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
        writer.set_topics(id, &data.report_topics_of(&topic.subject), received)?;
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
        set,
        &data,
        &journalists,
        &mut dice,
        now,
        zone,
        &mut summary,
    )?;
    summary.plan_items = fill_plan(&mut writer, set, &data.team, now, zone)?;
    if let Some(repeating) = &data.repeating {
        fill_repeating(&mut writer, repeating, &data.me, now, zone)?;
        summary.plan_items += 1;
    }
    writer.commit()?;
    Ok(summary)
}

/// What the office's people write on a timeline: calls and meetings (`{}` is a topic),
/// and notes, in the office's language.
struct TimelineTexts {
    calls: &'static [&'static str],
    meetings: &'static [&'static str],
    notes: &'static [&'static str],
    /// Written on the contact entered twice.
    business_card: &'static str,
}

fn timeline_texts(set: DemoSet) -> TimelineTexts {
    match set {
        DemoSet::Ru => TimelineTexts {
            calls: &[
                "Уточнение деталей по теме «{}»",
                "Запрос комментария главврача: «{}»",
                "Договорились о синхроне по теме «{}»",
                "Перезвонили с цифрами по теме «{}»",
            ],
            meetings: &[
                "Встреча в редакции: обсудили тему «{}»",
                "Пресс-подход в больнице, тема «{}»",
                "Записали интервью по теме «{}»",
            ],
            notes: &[
                "Просит присылать ответы письменно, в Telegram.",
                "Не звонить до 10:00 — утренний эфир.",
                "Готовит большой материал, попросит цифры за год.",
                "Публикует без согласования цитат — сверять текст до выхода.",
                "Хорошо знает тему, можно давать фон без цитирования.",
            ],
            business_card: "Записан с визитки на пресс-подходе.",
        },
        DemoSet::Uk => TimelineTexts {
            calls: &[
                "Уточнення деталей щодо теми «{}»",
                "Запит коментаря директора: «{}»",
                "Домовилися про синхрон на тему «{}»",
                "Передзвонили з цифрами щодо теми «{}»",
            ],
            meetings: &[
                "Зустріч у редакції: обговорили тему «{}»",
                "Брифінг на аварійному об'єкті, тема «{}»",
                "Записали інтерв'ю на тему «{}»",
            ],
            notes: &[
                "Просить надсилати відповіді письмово, у Telegram.",
                "Не телефонувати до 10:00 — ранковий ефір.",
                "Готує великий матеріал, попросить цифри за рік.",
                "Публікує цитати без погодження — звіряти текст до виходу.",
                "Добре знає тему, можна давати фон без цитування.",
            ],
            business_card: "Записано з візитки на брифінгу.",
        },
        DemoSet::Pl => TimelineTexts {
            calls: &[
                "Doprecyzowanie szczegółów w sprawie „{}”",
                "Prośba o komentarz dyrektora: „{}”",
                "Umówiona wypowiedź do materiału: „{}”",
                "Oddzwoniliśmy z danymi w sprawie „{}”",
            ],
            meetings: &[
                "Spotkanie w redakcji: rozmowa o „{}”",
                "Briefing w urzędzie, temat „{}”",
                "Nagranie wywiadu na temat „{}”",
            ],
            notes: &[
                "Prosi o odpowiedzi na piśmie, mailem.",
                "Nie dzwonić przed 10:00 — poranna audycja.",
                "Przygotowuje duży materiał, poprosi o dane za rok.",
                "Publikuje cytaty bez autoryzacji — sprawdzać tekst przed publikacją.",
                "Dobrze zna temat, można dawać tło bez cytowania.",
            ],
            business_card: "Dopisany z wizytówki po briefingu.",
        },
    }
}

/// Calls, meetings and notes on the journalists' timelines over the three months, and
/// one person entered twice (a duplicate to merge).
#[allow(clippy::too_many_arguments)]
fn fill_timeline(
    writer: &mut crate::store::Writer<'_>,
    set: DemoSet,
    data: &DemoData,
    journalists: &[i64],
    dice: &mut Dice,
    now: Timestamp,
    zone: Zone,
    summary: &mut DemoSummary,
) -> Result<(), StoreError> {
    use crate::domain::contact::EventKind;
    use crate::store::NewEvent;
    let phones = data.phones();
    let texts = timeline_texts(set);
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
                0..=4 => (EventKind::Call, dice.pick(texts.calls).replace("{}", topic)),
                5..=6 => (
                    EventKind::Meeting,
                    dice.pick(texts.meetings).replace("{}", topic),
                ),
                _ => {
                    let note = *dice.pick(texts.notes);
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
    // Someone entered twice, from a business card: the name shortened (and ё written
    // as е), the same mobile written another way. The duplicate warning and the merge
    // have something to show.
    let original = data
        .contacts
        .iter()
        .filter(|c| c.kind == "journalist" && !c.phones.is_empty())
        .find(|c| c.name.contains('ё'))
        .or_else(|| {
            data.contacts
                .iter()
                .find(|c| c.kind == "journalist" && !c.phones.is_empty())
        });
    if let Some(original) = original {
        let words: Vec<String> = original
            .name
            .replace('ё', "е")
            .split_whitespace()
            .map(String::from)
            .collect();
        let name = match words.as_slice() {
            [first, second, ..] if !original.name.contains('ё') => {
                format!("{first} {}.", second.chars().next().unwrap_or(' '))
            }
            [first, second, ..] => format!("{first} {second}"),
            _ => words.join(" "),
        };
        let mut copy = NewContact::named(&name, ContactKind::Journalist);
        copy.phones = original
            .phones
            .last()
            .map(|p| phones.normalize(p))
            .map(|d| match d.strip_prefix('7') {
                Some(rest) if rest.len() == 10 => format!(
                    "8 {} {} {} {}",
                    &rest[..3],
                    &rest[3..6],
                    &rest[6..8],
                    &rest[8..]
                ),
                _ => format!("+{d}"),
            })
            .into_iter()
            .collect();
        copy.notes = texts.business_card.into();
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

/// The demo's content plan: posts, the weekly radio hour and campaigns, as
/// `assets/demo/plan-*.toml` describe them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoPlan {
    pub calendar_name: String,
    pub posts: Vec<DemoPost>,
    pub radio: DemoRadio,
    pub campaigns: Vec<DemoCampaign>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoPost {
    pub title: String,
    pub notes: String,
    pub category: String,
    pub channels: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRadio {
    /// `{guest}` is replaced by the guest's name.
    pub title: String,
    /// `{topic}` is replaced by the guest's topic.
    pub notes: String,
    pub place: String,
    pub channels: Vec<String>,
    pub weekday: String,
    pub time: String,
    pub length: String,
    pub category: String,
    /// The post the day before, collecting questions.
    pub announcement: String,
    pub announcement_channels: Vec<String>,
    pub guests: Vec<DemoGuest>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoGuest {
    pub name: String,
    pub topic: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoCampaign {
    pub name: String,
    pub category: String,
    pub channels: Vec<String>,
    /// The first day, in days from today.
    pub start: i64,
    pub items: Vec<DemoCampaignItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoCampaignItem {
    /// Days from the campaign's start.
    pub day: i64,
    pub time: Option<String>,
    pub title: String,
    pub notes: String,
    pub channels: Option<Vec<String>>,
    pub kind: Option<String>,
    pub place: Option<String>,
}

/// A month of plan around `now`: three weeks back, two ahead. What has passed is mostly
/// published, a couple of posts are left late; what comes is scheduled, approved, drafted
/// or still an idea the further off it is. A few posts come from answered inquiries.
/// A piece published the day after an answer (or a refusal), by the inquiry's outlet.
#[allow(clippy::too_many_arguments)]
fn add_coverage(
    writer: &mut crate::store::Writer<'_>,
    data: &DemoData,
    dice: &mut Dice,
    inquiry: i64,
    subject: &str,
    tone: Tone,
    answered_at: Timestamp,
    zone: Zone,
) -> Result<(), StoreError> {
    let titles = match tone {
        Tone::Positive => &data.coverage_titles.positive,
        Tone::Neutral => &data.coverage_titles.neutral,
        Tone::Negative => &data.coverage_titles.negative,
    };
    if titles.is_empty() {
        return Ok(());
    }
    let title = dice.pick(titles).replace("{subject}", subject);
    let day = zone.date(answered_at) + chrono::Duration::days(dice.below(2) as i64);
    let phones = data.phones();
    match writer.add_coverage(
        &crate::store::NewCoverage {
            day,
            outlet: OutletRef::None,
            who: Who::Unknown,
            inquiry_id: Some(inquiry),
            title,
            url: String::new(),
            tone,
        },
        &phones,
        answered_at + 3600,
    ) {
        // An inquiry from a caller with no outlet leaves nobody to publish.
        Err(StoreError::Invalid(_)) => Ok(()),
        other => other.map(|_| ()),
    }
}

/// The demo's repeating item: weekly from a few weeks back, with one occurrence moved.
fn fill_repeating(
    writer: &mut crate::store::Writer<'_>,
    r: &DemoRepeating,
    me: &str,
    now: Timestamp,
    zone: Zone,
) -> Result<(), StoreError> {
    use crate::domain::repeat::{End, Every, Repeat};
    use crate::domain::{ItemStatus, When};
    use crate::store::NewItem;
    let every = Every::parse(&r.every).unwrap_or(Every::Week);
    let time = crate::domain::plan::parse_time(&r.time).unwrap_or(chrono::NaiveTime::MIN);
    let first = zone.date(now) - chrono::Duration::days(7 * r.weeks_back);
    let mut item = NewItem::post(&r.title, When::At(zone.at(first, time)));
    item.notes = r.notes.clone();
    item.channels = r.channels.clone();
    item.category = r.category.clone();
    item.status = ItemStatus::Scheduled;
    item.owner = Some(me.to_string());
    let id = writer.create_item(&item, now - 7 * 86_400 * (r.weeks_back + 1))?;
    let repeat = Repeat {
        every,
        end: End::Count(r.count),
    };
    writer.set_repeat(id, Some(repeat), zone, now)?;
    // A holiday week: that one went out a day early.
    if let Some(date) = repeat.dates(first).nth(2) {
        let moved = When::At(zone.at(date - chrono::Duration::days(1), time));
        writer.change_occurrence(id, date, Some(moved), zone, now)?;
    }
    Ok(())
}

fn fill_plan(
    writer: &mut crate::store::Writer<'_>,
    set: DemoSet,
    team: &[String],
    now: Timestamp,
    zone: Zone,
) -> Result<usize, StoreError> {
    use crate::domain::plan::{parse_time, start_of_day};
    use crate::domain::{ItemKind, ItemStatus, When};
    use crate::store::NewItem;
    use chrono::{Datelike, Duration, NaiveTime};

    let plan = set.plan();
    let mut dice = Dice(0x0c0f_fee0_ca1e_da25);
    let today = zone.date(now);
    let time = |text: &str| parse_time(text).unwrap_or(NaiveTime::MIN);
    let owner = |n: usize| team.get(n % team.len().max(1)).cloned();
    // Where a day's status stands, by how far it is from now.
    let status_for = |when: When, dice: &mut Dice| -> ItemStatus {
        let start = when.start(zone);
        let days = (when.date(zone) - today).num_days();
        if when.due(zone) <= now || (days < 0) {
            ItemStatus::Published
        } else if start <= now + 2 * 86_400 {
            ItemStatus::Scheduled
        } else if days <= 5 {
            *dice.pick(&[
                ItemStatus::Scheduled,
                ItemStatus::Approved,
                ItemStatus::Approved,
            ])
        } else if days <= 9 {
            *dice.pick(&[ItemStatus::Approved, ItemStatus::Draft, ItemStatus::Draft])
        } else {
            *dice.pick(&[ItemStatus::Draft, ItemStatus::Idea])
        }
    };
    let mut count = 0;
    let mut add = |writer: &mut crate::store::Writer<'_>,
                   mut new: NewItem,
                   late: bool,
                   n: usize,
                   dice: &mut Dice|
     -> Result<i64, StoreError> {
        let start = new.when.start(zone);
        if late {
            new.status = ItemStatus::Scheduled;
        }
        if new.status == ItemStatus::Published && new.url.is_empty() {
            new.url = format!("https://vk.com/prk_gb?w=wall-61520{}", 1000 + n);
        }
        new.owner = owner(n);
        writer.set_user(new.owner.as_deref().unwrap_or("demo"));
        // Planned a few days ahead, as a desk does.
        let planned = (start - (2 + dice.below(6) as i64) * 86_400).min(now - 3600);
        let id = writer.create_item(&new, planned)?;
        count += 1;
        Ok(id)
    };
    let slots = ["09:00", "12:30", "17:00"];
    let mut n = 0;
    let first = today - Duration::days(21);
    let last = today + Duration::days(14);
    let mut late_left = 2;
    let mut day = last;
    // From the latest day back, so the late posts are the most recent ones.
    while day >= first {
        let weekend = crate::domain::plan::is_weekend(day);
        let per_day = if weekend {
            1
        } else {
            2 + dice.below(2) as usize
        };
        for slot in slots.iter().take(per_day) {
            let post = &plan.posts[(n * 7 + dice.below(3) as usize) % plan.posts.len()];
            let at = if weekend { "11:00" } else { slot };
            // Ideas far ahead often have no time yet.
            let far = (day - today).num_days() > 9;
            let when = if far && dice.chance(40) {
                When::Day(day)
            } else {
                When::At(zone.at(day, time(at)))
            };
            let mut new = NewItem::post(&post.title, when);
            new.notes = post.notes.clone();
            new.category = post.category.clone();
            new.channels = post.channels.clone();
            new.status = status_for(when, &mut dice);
            let passed = when.due(zone) <= now;
            let late = passed && late_left > 0 && (today - day).num_days() <= 1;
            if late {
                late_left -= 1;
            } else if passed && dice.chance(3) {
                new.status = ItemStatus::Cancelled;
            }
            add(writer, new, late, n, &mut dice)?;
            n += 1;
        }
        day -= Duration::days(1);
    }

    // The weekly radio hour, and its announcement the day before.
    let radio = &plan.radio;
    let weekday = crate::domain::when::weekday_of(&radio.weekday).unwrap_or(chrono::Weekday::Thu);
    let length = crate::domain::span::Span::parse(&radio.length)
        .map(|s| s.secs)
        .unwrap_or(3600);
    let mut day = first;
    let mut guest = 0;
    while day <= last {
        if day.weekday() == weekday && !radio.guests.is_empty() {
            let g = &radio.guests[guest % radio.guests.len()];
            guest += 1;
            let when = When::At(zone.at(day, time(&radio.time)));
            let mut event = NewItem::post(&radio.title.replace("{guest}", &g.name), when);
            event.kind = ItemKind::Event;
            event.duration = Some(length);
            event.place = radio.place.clone();
            event.notes = radio.notes.replace("{topic}", &g.topic);
            event.channels = radio.channels.clone();
            event.category = radio.category.clone();
            event.campaign = String::new();
            event.status = status_for(when, &mut dice);
            add(writer, event, false, n, &mut dice)?;
            n += 1;
            if day - Duration::days(1) < first {
                day += Duration::days(1);
                continue;
            }
            let before = When::At(zone.at(day - Duration::days(1), time("17:00")));
            let mut post = NewItem::post(&radio.announcement.replace("{guest}", &g.name), before);
            post.notes = radio.notes.replace("{topic}", &g.topic);
            post.channels = radio.announcement_channels.clone();
            post.category = radio.category.clone();
            post.status = status_for(before, &mut dice);
            add(writer, post, false, n, &mut dice)?;
            n += 1;
        }
        day += Duration::days(1);
    }

    for campaign in &plan.campaigns {
        let start = today + Duration::days(campaign.start);
        for item in &campaign.items {
            let date = start + Duration::days(item.day);
            let when = match &item.time {
                Some(t) => When::At(zone.at(date, time(t))),
                None => When::Day(date),
            };
            let mut new = NewItem::post(&item.title, when);
            new.notes = item.notes.clone();
            new.channels = item
                .channels
                .clone()
                .unwrap_or_else(|| campaign.channels.clone());
            new.category = campaign.category.clone();
            new.campaign = campaign.name.clone();
            new.kind = item
                .kind
                .as_deref()
                .and_then(ItemKind::parse)
                .unwrap_or(ItemKind::Post);
            new.place = item.place.clone().unwrap_or_default();
            if new.kind == ItemKind::Event && matches!(when, When::At(_)) {
                new.duration = Some(3600);
            }
            new.status = status_for(when, &mut dice);
            add(writer, new, false, n, &mut dice)?;
            n += 1;
        }
    }

    // Answers that became news posts: the day after the answer, on the site and VK.
    for (k, (inquiry, headline, answer, answered_at)) in writer
        .answered_inquiries(40)?
        .into_iter()
        .step_by(9)
        .take(3)
        .enumerate()
    {
        let date = zone.date(answered_at) + Duration::days(1);
        let when = When::At(zone.at(date, time("14:00")));
        let mut new = NewItem::post(&headline, when);
        new.notes = answer;
        new.channels = vec!["site".into(), "vk".into()];
        new.category = "news".into();
        new.inquiry_id = Some(inquiry);
        new.status = if k == 0 && when.start(zone) > start_of_day(today, zone) {
            ItemStatus::Draft
        } else {
            status_for(when, &mut dice)
        };
        add(writer, new, false, n, &mut dice)?;
        n += 1;
    }
    Ok(count)
}

fn status(status: Status) -> InquiryChange {
    InquiryChange::Status {
        status,
        reason: None,
    }
}

/// The demo office keeps its country's holidays and escalates an inquiry an hour overdue
/// to the first of its team, unless the config says otherwise.
pub fn alerts_setup(
    data: &DemoData,
    config: &mut crate::config::Config,
    settings: &mut crate::app::Settings,
) {
    use crate::domain::workcal::HolidayCountry;
    if config.deadlines.holidays == HolidayCountry::None
        && let Some(country) = HolidayCountry::parse(&data.country)
    {
        let mut rules = settings.rules.clone();
        rules.holidays = country;
        if let Ok(rules) = rules.resolved() {
            settings.rules = rules;
        }
    }
    if config.escalation.0.is_empty()
        && let Some(lead) = data.team.first()
    {
        config
            .escalation
            .0
            .push(crate::domain::alerts::EscalationLevel {
                after: crate::domain::span::Span::hours(1),
                to: lead.clone(),
            });
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

    /// Every sample office's month reads like a real report: topics on most inquiries,
    /// coverage in all three tones, and a repeating item in this month's plan.
    #[test]
    fn every_demo_month_has_topics_coverage_and_a_repeating_item() {
        use crate::domain::report::Period;
        for set in DemoSet::ALL {
            let data = set.data();
            for t in &data.report_topics {
                assert!(
                    data.topics
                        .iter()
                        .any(|d| data.report_topics_of(&d.subject).contains(&t.topic)),
                    "{set:?}: topic {} matches no inquiry",
                    t.topic
                );
            }
            let mut store = Store::open_in_memory("demo").unwrap();
            let zone = Zone::fixed_hours(3);
            let now = 1_795_545_600;
            fill(&mut store, set, now, zone, &DeadlineRules::default()).unwrap();
            let month = Period::month(zone.date(now));
            let prev = month.previous();
            let report = store.report(&prev, zone, now, 10).unwrap();
            let topical: i64 = report
                .inquiries
                .by_topic
                .iter()
                .map(|l| l.figures.received)
                .sum();
            assert!(
                topical * 2 > report.inquiries.totals.received,
                "{set:?}: {topical} of {}",
                report.inquiries.totals.received
            );
            let c = &report.coverage.counts;
            assert!(
                c.positive > 0 && c.neutral > 0 && c.negative > 0,
                "{set:?}: {c:?}"
            );
            let this = store.report(&month, zone, now, 10).unwrap();
            assert!(this.plan.planned > 0);
            let repeats = store
                .plan_between(month.first, month.last, zone)
                .unwrap()
                .into_iter()
                .filter(|i| i.occurrence.is_some())
                .count();
            assert!(repeats >= 3, "{set:?}: {repeats} occurrences this month");
        }
    }

    #[test]
    fn the_demo_plan_is_a_busy_month_around_now() {
        use crate::domain::ItemStatus;
        for set in DemoSet::ALL {
            let mut store = Store::open_in_memory("demo").unwrap();
            let zone = Zone::fixed_hours(7);
            // Wednesday 25 November 2026, 22:20 at UTC+7.
            let now = 1_795_620_000;
            let summary = fill(&mut store, set, now, zone, &DeadlineRules::default()).unwrap();
            let today = zone.date(now);
            let items = store
                .plan_between(
                    today - chrono::Duration::days(21),
                    today + chrono::Duration::days(14),
                    zone,
                )
                .unwrap();
            let name = set.code();
            // A repeating item is there once per occurrence.
            let distinct: std::collections::HashSet<i64> = items.iter().map(|i| i.id).collect();
            assert_eq!(distinct.len(), summary.plan_items, "{name}");
            assert!(items.len() > 80, "{name}: {}", items.len());
            let late = items.iter().filter(|i| i.is_late(now, zone)).count();
            assert!((1..=3).contains(&late), "{name}: late {late}");
            let radio = items.iter().filter(|i| i.has_channel("radio")).count();
            assert!(radio >= 5, "{name}: radio {radio}");
            assert!(items.iter().any(|i| i.inquiry_id.is_some()), "{name}");
            assert!(items.iter().any(|i| !i.campaign.is_empty()), "{name}");
            for status in [
                ItemStatus::Published,
                ItemStatus::Scheduled,
                ItemStatus::Draft,
            ] {
                assert!(
                    items.iter().any(|i| i.status == status),
                    "{name}: {status:?}"
                );
            }
            // Every day of the coming week has something on it.
            for d in 0..7 {
                let day = today + chrono::Duration::days(d);
                assert!(items.iter().any(|i| i.date(zone) == day), "{name}: {day}");
            }
            // The office's own team prepares the posts.
            let team = set.data().team;
            assert!(
                items
                    .iter()
                    .all(|i| i.owner.as_ref().is_some_and(|o| team.contains(o)))
            );
        }
    }

    #[test]
    fn every_demo_plan_uses_the_default_channels_and_categories() {
        let calendar = crate::config::CalendarConfig::default();
        for set in DemoSet::ALL {
            let name = set.code();
            let plan: DemoPlan = toml::from_str(set.plan_source())
                .unwrap_or_else(|e| panic!("plan-{name}.toml: {e}"));
            let mut channels: Vec<&String> = plan.posts.iter().flat_map(|p| &p.channels).collect();
            channels.extend(&plan.radio.channels);
            channels.extend(&plan.radio.announcement_channels);
            for c in &plan.campaigns {
                channels.extend(&c.channels);
                channels.extend(c.items.iter().flat_map(|i| i.channels.iter().flatten()));
            }
            for c in channels {
                assert!(calendar.channel(c).is_some(), "plan-{name}: channel {c}");
            }
            let mut categories: Vec<&String> = plan.posts.iter().map(|p| &p.category).collect();
            categories.push(&plan.radio.category);
            categories.extend(plan.campaigns.iter().map(|c| &c.category));
            for c in categories {
                assert!(calendar.category(c).is_some(), "plan-{name}: category {c}");
            }
            assert!(crate::domain::when::weekday_of(&plan.radio.weekday).is_some());
            assert!(crate::domain::plan::parse_time(&plan.radio.time).is_some());
            assert!(!plan.radio.guests.is_empty() && plan.posts.len() >= 8);
        }
    }
}
