//! The report's figures, read from the summary the store keeps beside every write,
//! against a plain count, row by row, of a random desk after random changes: every
//! breakdown line, every count, share, median and 90th percentile, the chart's points,
//! for several periods, in zones aligned with the summary's days and not, on several
//! random desks.

use std::collections::HashMap;

use chrono::{FixedOffset, NaiveDate, NaiveTime};
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::report::{Figures, Line, Period, percentiles, share};
use pressdesk::domain::summary::answer_bucket;
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

/// One inquiry as the store should now hold it: what the plain count needs, kept by the
/// same rules the store follows for each change.
#[derive(Debug, Clone)]
struct Row {
    id: i64,
    received: Timestamp,
    channel: Channel,
    priority: Priority,
    assignee: Option<String>,
    outlet: String,
    topics: Vec<String>,
    due: Timestamp,
    status: Status,
    answered: Option<Timestamp>,
    /// The deadline as it stood at the first answer.
    answer_due: Option<Timestamp>,
    /// When it stopped waiting (answered, closed, declined); cleared when reopened.
    settled: Option<Timestamp>,
    /// The moment of its last change, so changes follow one another.
    clock: Timestamp,
}

impl Row {
    fn is_answered(&self) -> bool {
        self.answered.is_some() && matches!(self.status, Status::Answered | Status::Closed)
    }

    /// A status as the store sets it: the answer's moment and deadline on the first
    /// answer, the settling moment kept from the first, all cleared on reopening.
    fn set_status(&mut self, status: Status, now: Timestamp) {
        let settles = matches!(status, Status::Answered | Status::Closed | Status::Declined);
        if !settles {
            self.answered = None;
            self.settled = None;
            self.answer_due = None;
        } else {
            if self.answered.is_none() && status != Status::Declined {
                self.answer_due = Some(self.due);
                self.answered = Some(now);
            }
            self.settled = self.settled.or(Some(now));
        }
        self.status = status;
    }
}

fn topics(dice: &mut Dice) -> Vec<String> {
    let mut t: Vec<String> = (0..dice.below(3))
        .map(|_| TOPICS[dice.below(4) as usize].to_string())
        .collect();
    t.sort();
    t.dedup();
    t
}

/// Logs 300 inquiries over about three months, then makes 600 random changes to random
/// ones: answers, reopenings, declines, closings, new priorities, deadlines, assignees
/// and topics — each through the store and on the plain model.
fn fill(store: &mut Store, seed: u64) -> Vec<Row> {
    let phones = PhoneRules::for_country("RU").unwrap();
    let mut dice = Dice(seed);
    let start = zone().at(day(9, 20), NaiveTime::MIN);
    let mut rows = Vec::new();
    for _ in 0..300 {
        let received = start + dice.below(100 * 24) as i64 * H + dice.below(3600) as i64;
        let mut row = Row {
            id: 0,
            received,
            channel: Channel::ALL[dice.below(Channel::ALL.len() as u64) as usize],
            priority: Priority::ALL[dice.below(Priority::ALL.len() as u64) as usize],
            assignee: Some(TEAM[dice.below(3) as usize].to_string()),
            outlet: format!("Издание {}", dice.below(7)),
            topics: topics(&mut dice),
            due: received + (1 + dice.below(48) as i64) * H,
            status: Status::New,
            answered: None,
            answer_due: None,
            settled: None,
            clock: received,
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
            assignee: row.assignee.clone(),
        };
        row.id = store
            .commit(|w| {
                let id = w.log_inquiry(&new, &phones, row.received)?;
                w.set_topics(id, &row.topics, row.received)?;
                Ok(id)
            })
            .unwrap();
        rows.push(row);
    }
    for _ in 0..600 {
        let row = &mut rows[dice.below(300) as usize];
        // Mostly within hours, now and then days later.
        let step = if dice.below(4) == 0 { 24 * 3600 } else { 3600 };
        let now = row.clock + 60 + dice.below(step * 30) as i64;
        row.clock = now;
        let change = match dice.below(10) {
            0..=3 => InquiryChange::Answer("Ответ".into()),
            4 => InquiryChange::Status {
                status: [Status::InProgress, Status::New, Status::Waiting][dice.below(3) as usize],
                reason: None,
            },
            5 => InquiryChange::Status {
                status: [Status::Declined, Status::Closed][dice.below(2) as usize],
                reason: Some("не к нам".into()),
            },
            6 => InquiryChange::Priority {
                priority: Priority::ALL[dice.below(4) as usize],
                due_at: row.received + (1 + dice.below(72) as i64) * H,
            },
            7 => InquiryChange::Deadline {
                requested: None,
                due_at: row.received + (1 + dice.below(72) as i64) * H,
            },
            8 => InquiryChange::Assign(
                [None, Some(TEAM[dice.below(3) as usize].to_string())][dice.below(2) as usize]
                    .clone(),
            ),
            _ => InquiryChange::Topics(topics(&mut dice)),
        };
        match &change {
            InquiryChange::Answer(_) => {
                if !matches!(row.status, Status::Answered | Status::Closed) {
                    row.set_status(Status::Answered, now);
                }
            }
            InquiryChange::Status { status, .. } => row.set_status(*status, now),
            InquiryChange::Priority { priority, due_at } => {
                row.priority = *priority;
                row.due = *due_at;
            }
            InquiryChange::Deadline { due_at, .. } => row.due = *due_at,
            InquiryChange::Assign(who) => row.assignee = who.clone(),
            InquiryChange::Topics(topics) => row.topics = topics.clone(),
            _ => unreachable!(),
        }
        let id = row.id;
        store
            .commit(|w| w.change_inquiry(id, &change, &phones, now))
            .unwrap();
    }
    rows
}

/// The figures of `rows`, counted one by one, at `as_of`; answer times in the summary's
/// steps (`answer_bucket`).
fn plain(rows: &[&Row], as_of: Timestamp) -> Figures {
    let open: Vec<&&Row> = rows
        .iter()
        .filter(|r| r.received <= as_of && r.settled.is_none_or(|s| s > as_of))
        .collect();
    let mut minutes: Vec<i64> = rows
        .iter()
        .filter(|r| r.is_answered())
        .filter_map(|r| {
            r.answered
                .map(|a| answer_bucket((a - r.received).max(0) / 60) * 60)
        })
        .collect();
    minutes.sort_unstable();
    let answered = minutes.len() as i64;
    let on_time = rows
        .iter()
        .filter(|r| r.is_answered())
        .filter(|r| r.answered <= Some(r.answer_due.unwrap_or(r.due)))
        .count() as i64;
    let (median, p90) = percentiles(answered, |rank| minutes.get(rank as usize - 1).copied());
    Figures {
        received: rows.len() as i64,
        answered,
        answered_on_time: on_time,
        on_time_share: share(on_time, answered),
        declined: rows.iter().filter(|r| r.status == Status::Declined).count() as i64,
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

/// The zones a report is read in: the summary's own offset (its days are the report's),
/// three hours east of it (every period has hours at either end read from the rows), and
/// one with daylight saving (half the year aligned, half not, and a 25-hour day).
fn zones(store: &Store) -> [Zone; 3] {
    let offset = store.report_summary_offset().unwrap() as i32;
    let fixed = |secs: i32| Zone::Fixed(FixedOffset::east_opt(secs).unwrap());
    [
        fixed(offset),
        fixed((offset + 3 * 3600 + 12 * 3600).rem_euclid(24 * 3600) - 12 * 3600),
        Zone::Named(chrono_tz::Europe::Warsaw),
    ]
}

#[test]
fn summary_figures_equal_the_plain_count_after_random_changes() {
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
            // Across the night the clocks went back in Warsaw (25 October 2026).
            Period::range(day(10, 19), day(10, 27)).unwrap(),
            Period::range(day(9, 1), day(12, 31)).unwrap(),
        ];
        for zone in zones(&store) {
            for period in periods {
                check_period(&store, &rows, period, zone, now);
            }
        }
    }
}

fn check_period(store: &Store, rows: &[Row], period: Period, zone: Zone, now: Timestamp) {
    let report = store.report(&period, zone, now, 100).unwrap();
    let (from, to) = period.moments(zone);
    let as_of = to.min(now);
    let received_in = |lo: Timestamp, hi: Timestamp| -> Vec<&Row> {
        rows.iter()
            .filter(|r| r.received >= lo && r.received < hi)
            .collect()
    };
    let inside = received_in(from, to);
    let i = &report.inquiries;
    let what = format!("{period:?} in {zone:?}");
    assert_eq!(i.totals, plain(&inside, as_of), "{what}");
    check_lines("channel", &i.by_channel, &inside, as_of, |r| {
        vec![Some(r.channel.code().to_string())]
    });
    check_lines("priority", &i.by_priority, &inside, as_of, |r| {
        vec![Some(r.priority.code().to_string())]
    });
    check_lines("assignee", &i.by_assignee, &inside, as_of, |r| {
        vec![r.assignee.clone()]
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
    let (pf, pt) = previous.moments(zone);
    assert_eq!(
        i.previous_on_time_share,
        plain(&received_in(pf, pt), pt.min(now)).on_time_share,
        "{what}"
    );
    for (point, (_, lo, hi)) in i.series.iter().zip(period.buckets(zone)) {
        let plain = plain(&received_in(lo, hi), hi.min(now));
        assert_eq!(
            (point.received, point.answered_on_time),
            (plain.received, plain.answered_on_time),
            "{what} {}",
            point.from
        );
    }
    // The busiest three are the first three of all, with the same figures.
    let top = store.report(&period, zone, now, 3).unwrap().inquiries;
    assert_eq!(
        top.by_outlet[..],
        i.by_outlet[..i.by_outlet.len().min(3)],
        "{what}"
    );
    assert_eq!(
        top.by_topic[..],
        i.by_topic[..i.by_topic.len().min(3)],
        "{what}"
    );
}
