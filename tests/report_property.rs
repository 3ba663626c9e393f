//! The report's grouped figures against a plain count, row by row, of a random desk:
//! every breakdown line, every count, share, median and 90th percentile, for several
//! periods and several random desks.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::report::{Figures, Line, Period, percentiles, share};
use pressdesk::domain::{Channel, Priority, Status, Timestamp, Zone};
use pressdesk::store::{InquiryChange, NewInquiry, OutletRef, Store, Who};

const H: i64 = 3600;
const TOPICS: [&str; 4] = ["heating", "hot water", "tariffs", "repairs"];
const TEAM: [&str; 3] = ["elena", "olga", "ivan"];

fn zone() -> Zone {
    Zone::fixed_hours(3)
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// One inquiry as the fixture made it: what the plain count needs.
#[derive(Debug, Clone)]
struct Row {
    received: Timestamp,
    channel: Channel,
    priority: Priority,
    assignee: String,
    outlet: String,
    topics: Vec<String>,
    due: Timestamp,
    /// Answered at, or declined at, or neither.
    answered: Option<Timestamp>,
    declined: Option<Timestamp>,
}

fn fill(store: &mut Store, seed: u64) -> Vec<Row> {
    let phones = PhoneRules::for_country("RU").unwrap();
    let mut dice = Dice(seed);
    let start = zone().at(day(9, 20), NaiveTime::MIN);
    let mut rows = Vec::new();
    for _ in 0..400 {
        let received = start + dice.below(100 * 24) as i64 * H + dice.below(3600) as i64;
        let row = Row {
            received,
            channel: Channel::ALL[dice.below(Channel::ALL.len() as u64) as usize],
            priority: Priority::ALL[dice.below(Priority::ALL.len() as u64) as usize],
            assignee: TEAM[dice.below(3) as usize].to_string(),
            outlet: format!("Издание {}", dice.below(7)),
            topics: {
                let mut t: Vec<String> = (0..dice.below(3))
                    .map(|_| TOPICS[dice.below(4) as usize].to_string())
                    .collect();
                t.sort();
                t.dedup();
                t
            },
            due: received + (1 + dice.below(48) as i64) * H,
            answered: None,
            declined: None,
        };
        let fate = dice.below(10);
        let settled = received + 60 + dice.below(72 * 3600) as i64;
        let row = match fate {
            0..=6 => Row {
                answered: Some(settled),
                ..row
            },
            7 => Row {
                declined: Some(settled),
                ..row
            },
            _ => row,
        };
        let new = NewInquiry {
            received_at: row.received,
            channel: row.channel,
            who: Who::Unknown,
            outlet: OutletRef::Named(row.outlet.clone()),
            subject: String::new(),
            question: "Вопрос".into(),
            requested_deadline: None,
            due_at: row.due,
            priority: row.priority,
            assignee: Some(row.assignee.clone()),
        };
        store
            .commit(|w| {
                let id = w.log_inquiry(&new, &phones, row.received)?;
                w.set_topics(id, &row.topics, row.received)?;
                if let Some(at) = row.answered {
                    w.change_inquiry(id, &InquiryChange::Answer("Ответ".into()), &phones, at)?;
                }
                if let Some(at) = row.declined {
                    let declined = InquiryChange::Status {
                        status: Status::Declined,
                        reason: Some("не к нам".into()),
                    };
                    w.change_inquiry(id, &declined, &phones, at)?;
                }
                Ok(())
            })
            .unwrap();
        rows.push(row);
    }
    rows
}

/// The figures of `rows`, counted one by one, at `as_of`.
fn plain(rows: &[&Row], as_of: Timestamp) -> Figures {
    let settled = |r: &Row| r.answered.or(r.declined);
    let open: Vec<&&Row> = rows
        .iter()
        .filter(|r| r.received <= as_of && settled(r).is_none_or(|s| s > as_of))
        .collect();
    let mut minutes: Vec<i64> = rows
        .iter()
        .filter_map(|r| r.answered.map(|a| ((a - r.received).max(0) / 60) * 60))
        .collect();
    minutes.sort_unstable();
    let answered = minutes.len() as i64;
    let on_time = rows
        .iter()
        .filter(|r| r.answered.is_some_and(|a| a <= r.due))
        .count() as i64;
    let (median, p90) = percentiles(answered, |rank| minutes.get(rank as usize - 1).copied());
    Figures {
        received: rows.len() as i64,
        answered,
        answered_on_time: on_time,
        on_time_share: share(on_time, answered),
        declined: rows.iter().filter(|r| r.declined.is_some()).count() as i64,
        open_at_end: open.len() as i64,
        overdue_at_end: open.iter().filter(|r| r.due <= as_of).count() as i64,
        median_answer_secs: median,
        p90_answer_secs: p90,
    }
}

/// Each line of a breakdown counted plainly, by the key `key_of` gives each row (several
/// for topics), compared with the report's.
fn check_lines<'a>(
    name: &str,
    lines: &[Line],
    rows: &[&'a Row],
    as_of: Timestamp,
    key_of: impl Fn(&Row) -> Vec<Option<String>>,
) {
    let mut groups: HashMap<Option<String>, Vec<&'a Row>> = HashMap::new();
    for row in rows {
        for key in key_of(row) {
            groups.entry(key).or_default().push(row);
        }
    }
    assert_eq!(lines.len(), groups.len(), "{name}: {lines:?}");
    for line in lines {
        let group = &groups[&line.key];
        assert_eq!(line.figures, plain(group, as_of), "{name} {:?}", line.key);
    }
}

#[test]
fn grouped_figures_equal_the_plain_count_on_random_desks() {
    for seed in [0x9e37_79b9_7f4a_7c15, 0x2545_f491_4f6c_dd1d, 7] {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("p.sqlite3"), "elena").unwrap();
        let rows = fill(&mut store, seed);
        let now = zone().at(day(12, 15), NaiveTime::MIN);
        let periods = [
            Period::month(day(10, 1)),
            Period::month(day(11, 1)),
            Period::month(day(12, 1)),
            Period::range(day(10, 5), day(11, 20)).unwrap(),
        ];
        for period in periods {
            let report = store.report(&period, zone(), now, 100).unwrap();
            let (from, to) = period.moments(zone());
            let as_of = to.min(now);
            let inside: Vec<&Row> = rows
                .iter()
                .filter(|r| r.received >= from && r.received < to)
                .collect();
            let i = &report.inquiries;
            assert_eq!(i.totals, plain(&inside, as_of), "{period:?}");
            check_lines("channel", &i.by_channel, &inside, as_of, |r| {
                vec![Some(r.channel.code().to_string())]
            });
            check_lines("priority", &i.by_priority, &inside, as_of, |r| {
                vec![Some(r.priority.code().to_string())]
            });
            check_lines("assignee", &i.by_assignee, &inside, as_of, |r| {
                vec![Some(r.assignee.clone())]
            });
            check_lines("outlet", &i.by_outlet, &inside, as_of, |r| {
                vec![Some(r.outlet.clone())]
            });
            let topical: Vec<&Row> = inside
                .iter()
                .copied()
                .filter(|r| !r.topics.is_empty())
                .collect();
            check_lines("topic", &i.by_topic, &topical, as_of, |r| {
                r.topics.iter().map(|t| Some(t.clone())).collect()
            });
            let previous = period.previous();
            let (pf, pt) = previous.moments(zone());
            let before: Vec<&Row> = rows
                .iter()
                .filter(|r| r.received >= pf && r.received < pt)
                .collect();
            assert_eq!(
                i.previous_on_time_share,
                plain(&before, pt.min(now)).on_time_share,
                "{period:?}"
            );
        }
    }
}
