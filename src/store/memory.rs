//! The office's memory in the store: the full-text indexes over inquiries of any age, plan
//! items and statements (kept by the triggers of the intake migration), searched ranked
//! by bm25, reading only the rows that are returned.

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, params};

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

/// What kind of record a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundKind {
    Inquiry,
    PlanItem,
    Statement,
    // The coverage table (what was published, with its tone) joins here when it exists:
    // a `coverage_fts` index kept by triggers like `plan_fts`, and one more query below.
}

impl FoundKind {
    pub fn code(self) -> &'static str {
        match self {
            FoundKind::Inquiry => "inquiry",
            FoundKind::PlanItem => "plan",
            FoundKind::Statement => "statement",
        }
    }
}

/// One record found, with what is shown of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: FoundKind,
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
}

/// A text the answer editor can insert: an approved statement or a past answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub kind: FoundKind,
    pub id: i64,
    pub title: String,
    pub text: String,
    pub stale: bool,
}

impl Store {
    /// Inquiries of any age, plan items and statements matching `query`, best first; at
    /// most `limit` of them. An empty query finds nothing.
    /// `today` (YYYY-MM-DD) decides which statements are past their review date.
    pub fn search_memory(&self, query: &str, today: &str, limit: usize) -> Result<Vec<Found>> {
        let Some(expr) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let limit = limit.clamp(1, 1000) as i64;
        let mut found = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id, m.score, i.received_at, i.subject, i.question, i.status,
                    c.name, o.name, coalesce(i.answer, ''),
                    (SELECT group_concat(n.body, ' ') FROM inquiry_notes n WHERE n.inquiry_id = i.id)
             FROM (SELECT rowid AS id, bm25(inquiry_fts, 4.0, 1.0, 1.5, 1.0, 3.0) AS score
                   FROM inquiry_fts WHERE inquiry_fts MATCH ?1 ORDER BY score LIMIT ?2) m
             JOIN inquiries i ON i.id = m.id
             LEFT JOIN contacts c ON c.id = i.contact_id
             LEFT JOIN outlets o ON o.id = i.outlet_id
             ORDER BY m.score, i.id DESC",
        )?;
        let rows = stmt.query_map(params![expr, limit], |r| {
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
            Ok(Found {
                kind: FoundKind::Inquiry,
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
            })
        })?;
        for row in rows {
            found.push(row?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, m.score, p.starts_at, p.day, p.title, p.status, p.notes,
                    (SELECT group_concat(ch.channel, ', ') FROM plan_item_channels ch
                     WHERE ch.item_id = p.id)
             FROM (SELECT rowid AS id, bm25(plan_fts, 3.0, 1.0) AS score
                   FROM plan_fts WHERE plan_fts MATCH ?1 ORDER BY score LIMIT ?2) m
             JOIN plan_items p ON p.id = m.id
             ORDER BY m.score, p.id DESC",
        )?;
        let rows = stmt.query_map(params![expr, limit], |r| {
            Ok(Found {
                kind: FoundKind::PlanItem,
                id: r.get(0)?,
                score: r.get(1)?,
                at: r.get(2)?,
                day: r.get(3)?,
                title: r.get(4)?,
                status: r.get(5)?,
                text: r.get(6)?,
                who: r.get(7)?,
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
    fn matching_statements(&self, expr: &str, today: &str, limit: i64) -> Result<Vec<Found>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, m.score, s.agreed_on, s.topic, s.body, s.agreed_by, s.review_on
             FROM (SELECT rowid AS id, bm25(statement_fts, 2.0, 1.0) AS score
                   FROM statement_fts WHERE statement_fts MATCH ?1 ORDER BY score LIMIT ?2) m
             JOIN statements s ON s.id = m.id
             ORDER BY m.score, s.id DESC",
        )?;
        let rows = stmt.query_map(params![expr, limit], |r| {
            let agreed_by: String = r.get(5)?;
            Ok(Found {
                kind: FoundKind::Statement,
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
                kind: FoundKind::Statement,
                id: f.id,
                stale: f.status == "stale",
                title: f.title,
                text: f.text,
            })
            .collect();
        out.sort_by_key(|s| s.stale);
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id, i.subject, i.question, i.answer
             FROM (SELECT rowid AS id, bm25(inquiry_fts, 2.0, 2.0, 1.0, 0.5, 0.5) AS score
                   FROM inquiry_fts WHERE inquiry_fts MATCH ?1 ORDER BY score LIMIT ?2) m
             JOIN inquiries i ON i.id = m.id
             WHERE i.answer IS NOT NULL AND trim(i.answer) <> ''
             ORDER BY m.score, i.id DESC",
        )?;
        // Ask the index for more than needed: some matches have no answer yet.
        let rows = stmt.query_map(params![expr, limit * 4], |r| {
            let subject: String = r.get(1)?;
            let question: String = r.get(2)?;
            Ok(Suggestion {
                kind: FoundKind::Inquiry,
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

    fn ids(found: &[Found]) -> Vec<(FoundKind, i64)> {
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
            [(FoundKind::Inquiry, id)]
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
                (FoundKind::Inquiry, inquiry),
                (FoundKind::PlanItem, item),
                (FoundKind::Statement, statement.id)
            ]
        );
        assert!(found.windows(2).all(|w| w[0].score <= w[1].score));
        let st = found
            .iter()
            .find(|f| f.kind == FoundKind::Statement)
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
        let shown: Vec<(FoundKind, bool, &str)> = list
            .iter()
            .map(|s| (s.kind, s.stale, s.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (FoundKind::Statement, false, "Позиция о воде."),
                (FoundKind::Statement, true, "Старая позиция о воде."),
                (FoundKind::Inquiry, false, "Воду дадут 5 марта."),
            ]
        );
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
