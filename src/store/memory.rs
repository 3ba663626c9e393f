//! The office's memory in the store: the full-text indexes over inquiries of any age, plan
//! items and statements (kept by the triggers of the intake migration), searched ranked
//! by bm25, reading only the rows that are returned.

use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;

use super::{Result, Store};
use crate::domain::Timestamp;
use crate::memory::{fts_query, index_words};

/// Registers `pressdesk_words(text)`, the normalised form the index triggers write.
/// Every connection that writes inquiries, plan items or statements needs it.
pub(super) fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "pressdesk_words",
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| {
            let text: Option<String> = ctx.get(0)?;
            Ok(text.map(|t| index_words(&t)).unwrap_or_default())
        },
    )?;
    Ok(())
}

/// The most matches ranked by bm25. A word found in more records than this is ranked
/// among its most recent matches, so a search costs the same at any size of the office's
/// memory; another word narrows it to older records.
const RANKED: i64 = 2000;

/// The full-text tables searched (our constants, used in SQL text).
#[derive(Debug, Clone, Copy)]
enum Index {
    Inquiries,
    Plan,
    Coverage,
    Statements,
}

impl Index {
    fn table(self) -> &'static str {
        match self {
            Index::Inquiries => "inquiry_fts",
            Index::Plan => "plan_fts",
            Index::Coverage => "coverage_fts",
            Index::Statements => "statement_fts",
        }
    }
}

/// What kind of record a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryKind {
    Inquiry,
    PlanItem,
    Statement,
    /// What was published, with its tone.
    Coverage,
}

impl MemoryKind {
    pub fn code(self) -> &'static str {
        match self {
            MemoryKind::Inquiry => "inquiry",
            MemoryKind::PlanItem => "plan",
            MemoryKind::Statement => "statement",
            MemoryKind::Coverage => "coverage",
        }
    }
}

/// One record found, with what is shown of it.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryHit {
    pub kind: MemoryKind,
    pub id: i64,
    /// bm25: lower is better.
    pub score: f64,
    /// When it happened: received, planned for, or agreed.
    pub at: Option<Timestamp>,
    /// A planned item without a time, or a statement: its day.
    pub day: Option<String>,
    pub title: String,
    /// The caller and outlet, the channels, or who agreed the statement.
    pub who: Option<String>,
    /// The record's status code.
    pub status: String,
    /// The text the matching words are looked for in, to show a piece of it.
    pub text: String,
    /// Coverage: the inquiry it answered, if any, and its outlet (what opening it shows).
    pub inquiry_id: Option<i64>,
    pub outlet_id: Option<i64>,
}

/// A text the answer editor can insert: an approved statement or a past answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub kind: MemoryKind,
    pub id: i64,
    pub title: String,
    pub text: String,
    pub stale: bool,
}

impl Store {
    /// The best `limit` matches of `expr` in one index as a JSON array of `[id, score]`,
    /// ranked by bm25 with the given column weights (our constants). One pass reads the
    /// newest `RANKED` matches with their scores (FTS5 walks its index in rowid order and
    /// stops there), so ranking costs the same however many records match.
    fn best(&self, index: Index, weights: &str, expr: &str, limit: i64) -> Result<String> {
        let table = index.table();
        let sql = format!(
            "SELECT rowid, bm25({table}, {weights}) FROM {table} WHERE {table} MATCH ?1
             ORDER BY rowid DESC LIMIT {RANKED}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([expr], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))?;
        let mut scored: Vec<(i64, f64)> = rows.collect::<rusqlite::Result<_>>()?;
        scored.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        scored.truncate(limit.max(0) as usize);
        Ok(serde_json::to_string(&scored).unwrap_or_else(|_| "[]".into()))
    }

    /// Inquiries of any age, plan items and statements matching `query`, best first; at
    /// most `limit` of them. An empty query finds nothing.
    /// `today` (YYYY-MM-DD) decides which statements are past their review date.
    pub fn search_memory(&self, query: &str, today: &str, limit: usize) -> Result<Vec<MemoryHit>> {
        let Some(expr) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let limit = limit.clamp(1, 1000) as i64;
        let mut found = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id, m.score, i.received_at, i.subject, i.question, i.status,
                    c.name, o.name, coalesce(i.answer, ''),
                    (SELECT group_concat(n.body, ' ') FROM inquiry_notes n WHERE n.inquiry_id = i.id)
             FROM (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS score
                   FROM json_each(?1) j) m
             JOIN inquiries i ON i.id = m.id
             LEFT JOIN contacts c ON c.id = i.contact_id
             LEFT JOIN outlets o ON o.id = i.outlet_id
             ORDER BY m.score, i.id DESC",
        )?;
        let best = self.best(Index::Inquiries, "4.0, 1.0, 1.5, 1.0, 3.0", &expr, limit)?;
        let rows = stmt.query_map([best], |r| {
            let subject: String = r.get(3)?;
            let question: String = r.get(4)?;
            let caller: Option<String> = r.get(6)?;
            let outlet: Option<String> = r.get(7)?;
            let answer: String = r.get(8)?;
            let notes: Option<String> = r.get(9)?;
            let who = match (caller, outlet) {
                (Some(c), Some(o)) => Some(format!("{c} · {o}")),
                (c, o) => c.or(o),
            };
            let title = if subject.trim().is_empty() {
                question.lines().next().unwrap_or_default().to_string()
            } else {
                subject
            };
            Ok(MemoryHit {
                kind: MemoryKind::Inquiry,
                id: r.get(0)?,
                score: r.get(1)?,
                at: Some(r.get(2)?),
                day: None,
                title,
                who,
                status: r.get(5)?,
                text: [question, answer, notes.unwrap_or_default()]
                    .into_iter()
                    .filter(|t| !t.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join(" — "),
                inquiry_id: None,
                outlet_id: None,
            })
        })?;
        for row in rows {
            found.push(row?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, m.score, p.starts_at, p.day, p.title, p.status, p.notes,
                    (SELECT group_concat(ch.channel, ', ') FROM plan_item_channels ch
                     WHERE ch.item_id = p.id)
             FROM (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS score
                   FROM json_each(?1) j) m
             JOIN plan_items p ON p.id = m.id
             ORDER BY m.score, p.id DESC",
        )?;
        let best = self.best(Index::Plan, "3.0, 1.0", &expr, limit)?;
        let rows = stmt.query_map([best], |r| {
            Ok(MemoryHit {
                kind: MemoryKind::PlanItem,
                id: r.get(0)?,
                score: r.get(1)?,
                at: r.get(2)?,
                day: r.get(3)?,
                title: r.get(4)?,
                status: r.get(5)?,
                text: r.get(6)?,
                who: r.get(7)?,
                inquiry_id: None,
                outlet_id: None,
            })
        })?;
        for row in rows {
            found.push(row?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, m.score, c.day, c.title, c.tone, o.name, c.url, c.inquiry_id, c.outlet_id
             FROM (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS score
                   FROM json_each(?1) j) m
             JOIN coverage c ON c.id = m.id
             LEFT JOIN outlets o ON o.id = c.outlet_id
             ORDER BY m.score, c.id DESC",
        )?;
        let best = self.best(Index::Coverage, "3.0, 1.0", &expr, limit)?;
        let rows = stmt.query_map([best], |r| {
            Ok(MemoryHit {
                kind: MemoryKind::Coverage,
                id: r.get(0)?,
                score: r.get(1)?,
                at: None,
                day: Some(r.get(2)?),
                title: r.get(3)?,
                status: r.get(4)?,
                who: r.get(5)?,
                text: r.get(6)?,
                inquiry_id: r.get(7)?,
                outlet_id: r.get(8)?,
            })
        })?;
        for row in rows {
            found.push(row?);
        }
        for s in self.matching_statements(&expr, today, limit)? {
            found.push(s);
        }
        found.sort_by(|a, b| a.score.total_cmp(&b.score));
        found.truncate(limit as usize);
        Ok(found)
    }

    /// A statement's status is `stale` past its review date, else `current`.
    fn matching_statements(&self, expr: &str, today: &str, limit: i64) -> Result<Vec<MemoryHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, m.score, s.agreed_on, s.topic, s.body, s.agreed_by, s.review_on
             FROM (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS score
                   FROM json_each(?1) j) m
             JOIN statements s ON s.id = m.id
             ORDER BY m.score, s.id DESC",
        )?;
        let best = self.best(Index::Statements, "2.0, 1.0", expr, limit)?;
        let rows = stmt.query_map([best], |r| {
            let agreed_by: String = r.get(5)?;
            Ok(MemoryHit {
                kind: MemoryKind::Statement,
                id: r.get(0)?,
                score: r.get(1)?,
                at: None,
                day: Some(r.get(2)?),
                title: r.get(3)?,
                text: r.get(4)?,
                who: (!agreed_by.is_empty()).then_some(agreed_by),
                status: match r.get::<_, Option<String>>(6)? {
                    Some(review) if review.as_str() < today => "stale".into(),
                    _ => "current".into(),
                },
                inquiry_id: None,
                outlet_id: None,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// For the answer editor: approved statements and past answers matching `query`,
    /// statements first (fresh before stale), then answers, best first; at most `limit`.
    /// `today` (YYYY-MM-DD) decides which statements are past their review date.
    pub fn answer_suggestions(
        &self,
        query: &str,
        today: &str,
        limit: usize,
    ) -> Result<Vec<Suggestion>> {
        let Some(expr) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let limit = limit.clamp(1, 200) as i64;
        let mut out: Vec<Suggestion> = self
            .matching_statements(&expr, today, limit)?
            .into_iter()
            .map(|f| Suggestion {
                kind: MemoryKind::Statement,
                id: f.id,
                stale: f.status == "stale",
                title: f.title,
                text: f.text,
            })
            .collect();
        out.sort_by_key(|s| s.stale);
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id, i.subject, i.question, i.answer
             FROM (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS score
                   FROM json_each(?1) j) m
             JOIN inquiries i ON i.id = m.id
             WHERE i.answer IS NOT NULL AND trim(i.answer) <> ''
             ORDER BY m.score, i.id DESC",
        )?;
        // Ask the index for more than needed: some matches have no answer yet.
        let best = self.best(
            Index::Inquiries,
            "2.0, 2.0, 1.0, 0.5, 0.5",
            &expr,
            limit * 4,
        )?;
        let rows = stmt.query_map([best], |r| {
            let subject: String = r.get(1)?;
            let question: String = r.get(2)?;
            Ok(Suggestion {
                kind: MemoryKind::Inquiry,
                id: r.get(0)?,
                title: if subject.trim().is_empty() {
                    question.lines().next().unwrap_or_default().to_string()
                } else {
                    subject
                },
                text: r.get(3)?,
                stale: false,
            })
        })?;
        for row in rows {
            out.push(row?);
        }
        out.truncate(limit as usize);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phone::PhoneRules;
    use crate::domain::{Channel, ContactKind, Priority, When};
    use crate::store::{
        InquiryChange, NewContact, NewInquiry, NewItem, NewStatement, OutletRef, Who,
    };

    fn rules() -> PhoneRules {
        PhoneRules::for_country("RU").unwrap()
    }

    fn log(store: &mut Store, who: &str, subject: &str, question: &str) -> i64 {
        store
            .log_inquiry(
                &NewInquiry {
                    received_at: 100,
                    channel: Channel::Phone,
                    who: Who::New(Box::new(NewContact::named(who, ContactKind::Journalist))),
                    outlet: OutletRef::None,
                    subject: subject.into(),
                    question: question.into(),
                    requested_deadline: None,
                    due_at: 200,
                    priority: Priority::Normal,
                    assignee: None,
                },
                &rules(),
                100,
            )
            .unwrap()
    }

    fn ids(found: &[MemoryHit]) -> Vec<(MemoryKind, i64)> {
        found.iter().map(|f| (f.kind, f.id)).collect()
    }

    #[test]
    fn the_index_follows_every_change() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let id = log(
            &mut store,
            "Кузнецов Егор",
            "Отопление",
            "Когда включат тепло?",
        );
        let today = "2026-11-24";
        assert_eq!(
            ids(&store.search_memory("тепло", today, 10).unwrap()),
            [(MemoryKind::Inquiry, id)]
        );
        // An answer, a reply in the history, a renamed caller: each is found at once.
        store
            .change_inquiry(
                id,
                &InquiryChange::Answer("С 1 октября.".into()),
                &rules(),
                300,
            )
            .unwrap();
        assert_eq!(store.search_memory("октябр", today, 10).unwrap().len(), 1);
        store
            .commit(|w| {
                w.add_inquiry_note(id, "mail", 400, "egor@vesti.example", "А котельная?", 400)
            })
            .unwrap();
        assert_eq!(store.search_memory("котельн", today, 10).unwrap().len(), 1);
        let contact = store.inquiry(id).unwrap().contact_id.unwrap();
        store
            .conn
            .execute(
                "UPDATE contacts SET name = 'Petrov Ivan' WHERE id = ?1",
                [contact],
            )
            .unwrap();
        assert!(
            store
                .search_memory("кузнецов", today, 10)
                .unwrap()
                .is_empty()
        );
        assert_eq!(store.search_memory("петров", today, 10).unwrap().len(), 1);
        // The old question is gone from the index once changed.
        store
            .change_inquiry(
                id,
                &InquiryChange::Question("Где горячая вода?".into()),
                &rules(),
                500,
            )
            .unwrap();
        assert!(store.search_memory("тепло", today, 10).unwrap().is_empty());
        assert_eq!(store.search_memory("горяч", today, 10).unwrap().len(), 1);
    }

    #[test]
    fn plan_items_and_statements_are_found_beside_inquiries_best_first() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let inquiry = log(&mut store, "Анна", "", "Вопрос про вакцинацию детей");
        let mut post = NewItem::post(
            "Вакцинация: график на декабрь",
            When::Day(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
        );
        post.channels = vec!["site".into()];
        let item = store.create_item(&post, 1).unwrap();
        let statement = store
            .add_statement(
                &NewStatement {
                    topic: "Вакцинация".into(),
                    body: "Прививки делают по графику.".into(),
                    agreed_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
                    agreed_by: String::new(),
                    review_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 1),
                },
                1,
            )
            .unwrap();
        let found = store.search_memory("вакцинац", "2026-11-24", 10).unwrap();
        let mut kinds = ids(&found);
        kinds.sort_by_key(|k| k.0.code());
        assert_eq!(
            kinds,
            [
                (MemoryKind::Inquiry, inquiry),
                (MemoryKind::PlanItem, item),
                (MemoryKind::Statement, statement.id)
            ]
        );
        assert!(found.windows(2).all(|w| w[0].score <= w[1].score));
        let st = found
            .iter()
            .find(|f| f.kind == MemoryKind::Statement)
            .unwrap();
        assert_eq!(st.status, "stale");
        assert_eq!(
            store
                .search_memory("вакцинац", "2026-11-24", 2)
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn coverage_is_found_by_its_title_and_outlet() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let id = store
            .add_coverage(
                &crate::store::NewCoverage {
                    day: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                    outlet: OutletRef::Named("Вести Кузбасс".into()),
                    who: Who::Unknown,
                    inquiry_id: None,
                    title: "Горячую воду дали раньше срока".into(),
                    url: "https://vesti.example/1".into(),
                    tone: crate::domain::coverage::Tone::Positive,
                },
                &rules(),
                1,
            )
            .unwrap();
        for query in ["горячую", "vesti kuzbass"] {
            let found = store.search_memory(query, "2026-11-24", 10).unwrap();
            assert_eq!(ids(&found), [(MemoryKind::Coverage, id)], "{query}");
            assert_eq!(found[0].who.as_deref(), Some("Вести Кузбасс"));
            assert_eq!(found[0].day.as_deref(), Some("2026-11-20"));
        }
    }

    #[test]
    fn suggestions_are_statements_then_past_answers() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let answered = log(&mut store, "Анна", "Вода", "Когда дадут горячую воду?");
        store
            .change_inquiry(
                answered,
                &InquiryChange::Answer("Воду дадут 5 марта.".into()),
                &rules(),
                2,
            )
            .unwrap();
        log(&mut store, "Олег", "Вода", "Горячая вода будет?");
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        for (body, review) in [
            ("Старая позиция о воде.", day(1)),
            ("Позиция о воде.", day(30)),
        ] {
            store
                .add_statement(
                    &NewStatement {
                        topic: "Горячая вода".into(),
                        body: body.into(),
                        agreed_on: day(1),
                        agreed_by: String::new(),
                        review_on: Some(review),
                    },
                    1,
                )
                .unwrap();
        }
        let list = store
            .answer_suggestions("горячая вода", "2026-11-24", 10)
            .unwrap();
        let shown: Vec<(MemoryKind, bool, &str)> = list
            .iter()
            .map(|s| (s.kind, s.stale, s.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (MemoryKind::Statement, false, "Позиция о воде."),
                (MemoryKind::Statement, true, "Старая позиция о воде."),
                (MemoryKind::Inquiry, false, "Воду дадут 5 марта."),
            ]
        );
    }

    #[test]
    fn a_very_common_word_is_ranked_among_its_recent_matches_and_another_word_reaches_back() {
        let mut store = Store::open_in_memory("elena").unwrap();
        let total = RANKED + 100;
        store
            .commit(|w| {
                for n in 0..total {
                    let question = if n == 0 {
                        "Вода, вода и ещё раз вода в Заводском районе".to_string()
                    } else {
                        format!("Когда дадут воду в доме {n}?")
                    };
                    w.log_inquiry(
                        &NewInquiry {
                            received_at: n,
                            channel: Channel::Phone,
                            who: Who::Unknown,
                            outlet: OutletRef::None,
                            subject: String::new(),
                            question,
                            requested_deadline: None,
                            due_at: n + 100,
                            priority: Priority::Normal,
                            assignee: None,
                        },
                        &rules(),
                        n,
                    )?;
                }
                Ok(())
            })
            .unwrap();
        let found = store.search_memory("вода", "2026-11-24", 20).unwrap();
        assert_eq!(found.len(), 20);
        assert!(found.iter().all(|f| f.id > total - RANKED), "{found:?}");
        let old = store
            .search_memory("вода заводск", "2026-11-24", 20)
            .unwrap();
        assert_eq!(ids(&old), [(MemoryKind::Inquiry, 1)]);
    }

    #[test]
    fn an_older_database_gets_its_records_indexed_on_upgrade() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let store = Store::open_with_migrations(&path, &crate::store::MIGRATIONS[..3]).unwrap();
            store
                .conn()
                .execute_batch(
                    "INSERT INTO contacts (id, name, created_at, updated_at)
                         VALUES (7, 'Кузнецов Егор', 0, 0);
                     INSERT INTO inquiries (received_at, channel, contact_id, subject, question,
                                            due_at, status, answer, created_by, created_at,
                                            updated_at)
                         VALUES (100, 'phone', 7, 'Отопление', 'Когда включат тепло?', 3700,
                                 'answered', 'С первого октября.', 'me', 100, 100);
                     INSERT INTO plan_items (title, notes, day, created_by, created_at, updated_at)
                         VALUES ('Эфир о прививках', '', '2026-12-01', 'me', 0, 0);",
                )
                .unwrap();
        }
        let store = Store::open(&path, "me").unwrap();
        for query in ["kuznetsov", "тепло", "октябр", "прививк"] {
            assert_eq!(
                store.search_memory(query, "2026-11-24", 10).unwrap().len(),
                1,
                "{query}"
            );
        }
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
