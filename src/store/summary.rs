//! The report's inquiry figures read from the summary the triggers of migration 0009 keep
//! (`report_counts`, `report_times`): whole summary months and days come from there, the
//! hours at either end of a period that no whole summary day covers from the inquiries
//! themselves, and what was still open at the period's end from the inquiries that were.

use std::collections::{BTreeMap, HashMap};

use rusqlite::params;

use super::{Result, Store};
use crate::domain::Timestamp;
use crate::domain::report::{Figures, percentiles, ranks};
use crate::domain::summary::{Pieces, answer_bucket};

/// The breakdowns, in the summary's numbering: the whole period, channel, priority,
/// assignee, outlet (its id), topic.
pub(super) const DIMS: usize = 6;
const OUTLET: usize = 4;
const TOPIC: usize = 5;
/// How long before the period's end the report index is read for what was still open;
/// earlier, only the inquiries that waited longer than this (`inquiries_long_open`).
const LONG_OPEN: i64 = 7 * 86_400;

/// Figures per breakdown, per key (none for "not given"; the whole period's one line).
pub(super) type Breakdowns = [HashMap<Option<String>, Figures>; DIMS];
type Tallies = [HashMap<Option<String>, Tally>; DIMS];

/// Answered (or closed after an answer), as opposed to declined or still open.
const ANSWERED: &str = "(i.answered_at IS NOT NULL AND i.status IN ('answered', 'closed'))";
/// Answered no later than the deadline as it stood at the answer.
const ON_TIME: &str = "(i.answered_at IS NOT NULL AND i.status IN ('answered', 'closed')
                        AND i.answered_at <= coalesce(i.answer_due_at, i.due_at))";

/// A summary key: '' stands for "not given".
fn key_of(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// Summary ranges to read: (span, first, end) — span 0 days, 1 months.
fn spans(pieces: &Pieces) -> Vec<(i64, i64, i64)> {
    let days = pieces.days.iter().map(|&(lo, hi)| (0, lo, hi));
    days.chain(pieces.months.map(|(lo, hi)| (1, lo, hi)))
        .collect()
}

impl Store {
    /// The fixed UTC offset of the summary's days.
    pub fn report_summary_offset(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT offset_secs FROM report_zone")?
            .query_row([], |r| r.get(0))?)
    }

    /// Every breakdown's figures for the inquiries received in `[from, to)`, open and
    /// overdue counted at `as_of`; outlets and topics keep the `top` busiest.
    pub(super) fn breakdowns(
        &self,
        from: Timestamp,
        to: Timestamp,
        as_of: Timestamp,
        top: usize,
    ) -> Result<Breakdowns> {
        let pieces = Pieces::of(from, to, self.report_summary_offset()?);
        let spans = spans(&pieces);
        let mut tallies = Tallies::default();
        for (ranges, sign) in [(&pieces.moments, 1), (&pieces.excess, -1)] {
            for &(lo, hi) in ranges {
                self.rows_into(&mut tallies, lo, hi, sign)?;
            }
        }
        for &span in &spans {
            self.counts_into(&mut tallies, span)?;
        }
        // A key only the excess hours had is no line of the period.
        for map in &mut tallies {
            map.retain(|_, tally| tally.figures.received != 0);
        }
        for dim in [OUTLET, TOPIC] {
            keep_busiest(&mut tallies[dim], top);
        }
        for (dim, map) in tallies.iter_mut().enumerate() {
            for (key, tally) in map.iter_mut() {
                if tally.figures.answered > 0 {
                    for &span in &spans {
                        self.times_into(tally, dim, key.as_deref(), span)?;
                    }
                }
            }
        }
        self.open_into(&mut tallies, from, to, as_of)?;
        Ok(tallies.map(|map| map.into_iter().map(|(k, t)| (k, t.finish())).collect()))
    }

    /// Received, answered and answered on time in `[from, to)`.
    pub(super) fn totals(&self, from: Timestamp, to: Timestamp) -> Result<[i64; 3]> {
        let pieces = Pieces::of(from, to, self.report_summary_offset()?);
        let mut sums = [0; 3];
        let mut add = |row: [i64; 3]| sums.iter_mut().zip(row).for_each(|(s, v)| *s += v);
        let mut summary = self.conn.prepare_cached(
            "SELECT coalesce(sum(received), 0), coalesce(sum(answered), 0),
                    coalesce(sum(on_time), 0)
             FROM report_counts WHERE span = ?1 AND dim = 0 AND at >= ?2 AND at < ?3",
        )?;
        for (span, lo, hi) in spans(&pieces) {
            add(summary.query_row(params![span, lo, hi], |r| {
                Ok([r.get(0)?, r.get(1)?, r.get(2)?])
            })?);
        }
        let mut rows = self.conn.prepare_cached(&format!(
            "SELECT count(*), coalesce(sum({ANSWERED}), 0), coalesce(sum({ON_TIME}), 0)
             FROM inquiries i WHERE i.received_at >= ?1 AND i.received_at < ?2"
        ))?;
        for (ranges, sign) in [(pieces.moments, 1), (pieces.excess, -1)] {
            for (lo, hi) in ranges {
                add(rows.query_row(params![lo, hi], |r| {
                    Ok([
                        r.get::<_, i64>(0)? * sign,
                        r.get::<_, i64>(1)? * sign,
                        r.get::<_, i64>(2)? * sign,
                    ])
                })?);
            }
        }
        Ok(sums)
    }

    /// The inquiries received in `[from, to)` counted from their rows, grouped by every
    /// key and whole minute of answer time, added (`sign` 1) or taken away (−1): for the
    /// ends of a period.
    fn rows_into(
        &self,
        tallies: &mut Tallies,
        from: Timestamp,
        to: Timestamp,
        sign: i64,
    ) -> Result<()> {
        let figures = format!(
            "CASE WHEN {ANSWERED} THEN max(i.answered_at - i.received_at, 0) / 60 END,
             count(*), sum({ANSWERED}), sum({ON_TIME}), sum(i.status = 'declined')"
        );
        let counts = |r: &rusqlite::Row<'_>, at: usize| -> rusqlite::Result<[i64; 5]> {
            let minute: Option<i64> = r.get(at)?;
            Ok([
                minute.map_or(-1, answer_bucket),
                sign * r.get::<_, i64>(at + 1)?,
                sign * r.get::<_, i64>(at + 2)?,
                sign * r.get::<_, i64>(at + 3)?,
                sign * r.get::<_, i64>(at + 4)?,
            ])
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT i.channel, i.priority, i.assignee, CAST(i.outlet_id AS TEXT), {figures}
             FROM inquiries i WHERE i.received_at >= ?1 AND i.received_at < ?2
             GROUP BY 1, 2, 3, 4, 5"
        ))?;
        let mut rows = stmt.query(params![from, to])?;
        while let Some(r) = rows.next()? {
            let keys: [Option<String>; DIMS - 1] =
                [None, r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?];
            let counts = counts(r, 4)?;
            for (map, key) in tallies.iter_mut().zip(keys) {
                map.entry(key).or_default().add_rows(&counts);
            }
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT t.topic, {figures}
             FROM inquiries i JOIN inquiry_topics t ON t.inquiry_id = i.id
             WHERE i.received_at >= ?1 AND i.received_at < ?2 GROUP BY 1, 2"
        ))?;
        let mut rows = stmt.query(params![from, to])?;
        while let Some(r) = rows.next()? {
            let counts = counts(r, 1)?;
            tallies[TOPIC]
                .entry(r.get(0)?)
                .or_default()
                .add_rows(&counts);
        }
        Ok(())
    }

    /// Every key's counts over one summary range.
    fn counts_into(&self, tallies: &mut Tallies, (span, lo, hi): (i64, i64, i64)) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT dim, key, received, answered, on_time, declined FROM report_counts
             WHERE span = ?1 AND dim IN (0, 1, 2, 3, 4, 5) AND at >= ?2 AND at < ?3
               AND received <> 0",
        )?;
        let mut rows = stmt.query(params![span, lo, hi])?;
        while let Some(r) = rows.next()? {
            let dim: i64 = r.get(0)?;
            let Some(map) = tallies.get_mut(dim as usize) else {
                continue;
            };
            let f = &mut map.entry(key_of(r.get(1)?)).or_default().figures;
            f.received += r.get::<_, i64>(2)?;
            f.answered += r.get::<_, i64>(3)?;
            f.answered_on_time += r.get::<_, i64>(4)?;
            f.declined += r.get::<_, i64>(5)?;
        }
        Ok(())
    }

    /// One key's histogram of answer times over one summary range.
    fn times_into(
        &self,
        tally: &mut Tally,
        dim: usize,
        key: Option<&str>,
        (span, lo, hi): (i64, i64, i64),
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT minutes, answered FROM report_times
             WHERE span = ?1 AND dim = ?2 AND key = ?3 AND at >= ?4 AND at < ?5
               AND answered <> 0",
        )?;
        let mut rows = stmt.query(params![span, dim as i64, key.unwrap_or(""), lo, hi])?;
        while let Some(r) = rows.next()? {
            tally.minutes.push((r.get(0)?, r.get(1)?));
        }
        Ok(())
    }

    /// Open and overdue at `as_of` among those received in `[from, to)`: the last week
    /// before `as_of` from the report index, the time before it from the index of the
    /// inquiries that waited over a week (only they can still have been open then).
    fn open_into(
        &self,
        tallies: &mut Tallies,
        from: Timestamp,
        to: Timestamp,
        as_of: Timestamp,
    ) -> Result<()> {
        let end = to.min(as_of.saturating_add(1));
        let split = end.min(as_of - LONG_OPEN).max(from);
        // The condition of `inquiries_long_open`, as written there, so it is used.
        const LONG: &str = "AND (settled_at IS NULL OR settled_at > received_at + 604800)";
        for (lo, hi, only_long) in [(from, split, LONG), (split, end, "")] {
            if lo >= hi {
                continue;
            }
            let open = format!(
                "received_at >= ?1 AND received_at < ?2 {only_long}
                 AND received_at <= ?3 AND (settled_at IS NULL OR settled_at > ?3)"
            );
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT channel, priority, assignee, CAST(outlet_id AS TEXT), count(*),
                        sum(due_at <= ?3)
                 FROM inquiries WHERE {open} GROUP BY 1, 2, 3, 4"
            ))?;
            let mut rows = stmt.query(params![lo, hi, as_of])?;
            while let Some(r) = rows.next()? {
                let keys: [Option<String>; DIMS - 1] =
                    [None, r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?];
                let counts = [r.get(4)?, r.get(5)?];
                for (map, key) in tallies.iter_mut().zip(keys) {
                    add_open(map, key, counts);
                }
            }
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT t.topic, count(*), sum(o.overdue)
                 FROM (SELECT id, due_at <= ?3 AS overdue FROM inquiries WHERE {open}) o
                 JOIN inquiry_topics t ON t.inquiry_id = o.id GROUP BY 1"
            ))?;
            let mut rows = stmt.query(params![lo, hi, as_of])?;
            while let Some(r) = rows.next()? {
                add_open(&mut tallies[TOPIC], r.get(0)?, [r.get(1)?, r.get(2)?]);
            }
        }
        Ok(())
    }
}

/// Open and overdue onto a key's line; a key cut from the busiest has none to add to.
fn add_open(
    map: &mut HashMap<Option<String>, Tally>,
    key: Option<String>,
    [open, overdue]: [i64; 2],
) {
    if let Some(tally) = map.get_mut(&key) {
        tally.figures.open_at_end += open;
        tally.figures.overdue_at_end += overdue;
    }
}

/// Keeps the `top` keys with the most inquiries (then by key), as the report lists them.
fn keep_busiest(map: &mut HashMap<Option<String>, Tally>, top: usize) {
    if map.len() <= top {
        return;
    }
    let mut keys: Vec<(i64, Option<String>)> = map
        .iter()
        .map(|(k, t)| (t.figures.received, k.clone()))
        .collect();
    keys.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    for (_, key) in keys.into_iter().skip(top) {
        map.remove(&key);
    }
}

/// One key's counts and its histogram of answer times (summary buckets in minutes, how
/// many answered), as they are added up.
#[derive(Debug, Default)]
struct Tally {
    figures: Figures,
    minutes: Vec<(i64, i64)>,
}

impl Tally {
    /// A group of rows: its answer-time bucket (−1 for none), received, answered, on
    /// time, declined.
    fn add_rows(&mut self, [bucket, received, answered, on_time, declined]: &[i64; 5]) {
        let f = &mut self.figures;
        f.received += received;
        f.answered += answered;
        f.answered_on_time += on_time;
        f.declined += declined;
        if *bucket >= 0 {
            self.minutes.push((*bucket, *answered));
        }
    }

    /// The figures with their shares, median and 90th percentile: the ranks those need
    /// are found by walking the histogram in order, each minute's pieces (some taken
    /// away) added up first.
    fn finish(self) -> Figures {
        let mut minutes: BTreeMap<i64, i64> = BTreeMap::new();
        for (minute, count) in self.minutes {
            *minutes.entry(minute).or_default() += count;
        }
        let n: i64 = minutes.values().sum();
        let mut at_rank = HashMap::new();
        for rank in ranks(n) {
            let mut seen = 0;
            for (minute, count) in &minutes {
                seen += count;
                if seen >= rank {
                    at_rank.insert(rank, minute * 60);
                    break;
                }
            }
        }
        let mut figures = self.figures;
        figures.fill_share();
        let (median, p90) = percentiles(n, |r| at_rank.get(&r).copied());
        figures.median_answer_secs = median;
        figures.p90_answer_secs = p90;
        figures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Rows = Vec<Vec<rusqlite::types::Value>>;

    fn rows(store: &Store, sql: &str) -> Rows {
        let mut stmt = store.conn().prepare(sql).unwrap();
        let n = stmt.column_count();
        stmt.query_map([], |r| (0..n).map(|c| r.get(c)).collect())
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// The summary as kept (but the rows that fell to zero), and as built afresh from
    /// the inquiries (as the migration built it).
    fn kept_and_rebuilt(store: &Store) -> [(Rows, Rows); 2] {
        const LINES: &str = "(SELECT * FROM report_lines WHERE side = 1
                               UNION ALL SELECT * FROM report_topic_lines WHERE side = 1)";
        [
            (
                rows(
                    store,
                    "SELECT * FROM report_counts WHERE received <> 0 ORDER BY 1, 2, 3, 4",
                ),
                rows(
                    store,
                    &format!(
                        "SELECT span, dim, at, key, count(*), sum(minutes >= 0), sum(on_time),
                                sum(declined)
                         FROM {LINES} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
                    ),
                ),
            ),
            (
                rows(
                    store,
                    "SELECT * FROM report_times WHERE answered <> 0 ORDER BY 1, 2, 3, 4, 5",
                ),
                rows(
                    store,
                    &format!(
                        "SELECT span, dim, key, at, minutes, count(*) FROM {LINES}
                         WHERE minutes >= 0 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
                    ),
                ),
            ),
        ]
    }

    struct Dice(u64);

    impl Dice {
        fn below(&mut self, n: u64) -> i64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n) as i64
        }
    }

    /// One random write of any kind SQL allows on what the summary counts: the ones the
    /// store makes and the ones it does not make today (moving the received time or the
    /// channel, removing inquiries and outlets, renaming a topic in place).
    fn random_write(store: &Store, dice: &mut Dice) {
        let id = 1 + dice.below(60);
        let at = 1_790_000_000 + dice.below(90 * 86_400);
        let sql = match dice.below(16) {
            0 => format!(
                "INSERT INTO inquiries (received_at, channel, outlet_id, question, due_at,
                     priority, assignee, created_by, created_at, updated_at)
                 VALUES ({at}, 'email', {}, 'q', {}, 'high', 'olga', 'me', 0, 0)",
                1 + dice.below(3),
                at + dice.below(3 * 86_400)
            ),
            1 => format!(
                "UPDATE inquiries SET status = 'answered',
                     answered_at = received_at + {}, answer_due_at = due_at WHERE id = {id}",
                dice.below(9 * 86_400)
            ),
            2 => format!(
                "UPDATE inquiries SET status = 'in_progress', answered_at = NULL,
                     answer_due_at = NULL WHERE id = {id}"
            ),
            3 => format!("UPDATE inquiries SET status = 'declined' WHERE id = {id}"),
            4 => format!("UPDATE inquiries SET received_at = {at} WHERE id = {id}"),
            5 => format!("UPDATE inquiries SET channel = 'phone' WHERE id = {id}"),
            6 => format!(
                "UPDATE inquiries SET assignee = {} WHERE id = {id}",
                ["NULL", "'ivan'", "'olga'"][dice.below(3) as usize]
            ),
            7 => format!(
                "UPDATE inquiries SET outlet_id = {} WHERE id = {id}",
                1 + dice.below(3)
            ),
            8 => format!("UPDATE inquiries SET due_at = due_at - 3600 WHERE id <= {id}"),
            9 => format!(
                "INSERT OR IGNORE INTO inquiry_topics (inquiry_id, topic, received_at)
                 SELECT id, '{}', received_at FROM inquiries WHERE id = {id}",
                ["heating", "water", "roads"][dice.below(3) as usize]
            ),
            10 => format!(
                "UPDATE OR IGNORE inquiry_topics SET topic = 'renamed' WHERE inquiry_id = {id}"
            ),
            11 => format!("DELETE FROM inquiries WHERE id = {id}"),
            12 => format!("DELETE FROM inquiry_topics WHERE inquiry_id = {id}"),
            // As answers recorded before the deadline at the answer was kept: judged by
            // the deadline as it is now.
            13 => format!("UPDATE inquiries SET answer_due_at = NULL WHERE id = {id}"),
            // Several rows, the ones a check refuses skipped and the rest changed.
            14 => format!(
                "UPDATE OR IGNORE inquiries
                 SET status = CASE WHEN id % 2 = 0 THEN 'lost' ELSE 'closed' END,
                     answered_at = coalesce(answered_at, received_at + 600)
                 WHERE id BETWEEN {id} AND {id} + 3"
            ),
            // An outlet removed (its inquiries lose it), then one of its name again.
            _ => {
                let outlet = 1 + dice.below(3);
                format!(
                    "DELETE FROM outlets WHERE id = {outlet};
                     INSERT INTO outlets (id, name, created_at, updated_at)
                     VALUES ({outlet}, 'Издание {outlet}', 0, 0)"
                )
            }
        };
        store.conn().execute_batch(&sql).unwrap();
    }

    #[test]
    fn any_write_leaves_the_summary_as_a_rebuild_would() {
        let store = Store::open_in_memory("me").unwrap();
        store
            .conn()
            .execute_batch(
                "INSERT INTO outlets (id, name, created_at, updated_at)
                 VALUES (1, 'Вести', 0, 0), (2, 'Эхо', 0, 0), (3, 'Заря', 0, 0);",
            )
            .unwrap();
        let mut dice = Dice(0x2545_f491_4f6c_dd1d);
        for round in 0..40 {
            for _ in 0..25 {
                random_write(&store, &mut dice);
            }
            for (kept, rebuilt) in kept_and_rebuilt(&store) {
                let first_difference = kept.iter().zip(&rebuilt).find(|(k, r)| k != r);
                assert!(
                    kept.len() == rebuilt.len() && first_difference.is_none(),
                    "after round {round}: {} rows kept, {} rebuilt, first difference {first_difference:?}",
                    kept.len(),
                    rebuilt.len()
                );
            }
        }
        let scratch = rows(&store, "SELECT count(*) FROM report_old");
        assert_eq!(scratch[0][0], rusqlite::types::Value::Integer(0));
        let counted = rows(&store, "SELECT count(*) FROM report_counts");
        assert!(matches!(counted[0][0], rusqlite::types::Value::Integer(n) if n > 50));
    }
}
