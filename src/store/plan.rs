//! The content plan: creating posts and events, changing them (every field audited), and
//! reading them by dates, by inquiry, or those still to do.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::audit::{Audited, Change};
use super::days::{columns, day_text, parse_day};
use super::{Result, Store, StoreError, Writer};
use crate::domain::plan::moments;
use crate::domain::{ItemKind, ItemStatus, PlanItem, Timestamp, When, Zone};
use crate::tr;

/// A post or event as the form, the command line or the demo gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct NewItem {
    pub kind: ItemKind,
    pub title: String,
    pub notes: String,
    pub channels: Vec<String>,
    pub when: When,
    pub duration: Option<i64>,
    pub place: String,
    pub status: ItemStatus,
    pub category: String,
    pub campaign: String,
    pub owner: Option<String>,
    pub url: String,
    pub inquiry_id: Option<i64>,
}

impl NewItem {
    /// A post titled `title` on `when`, with nothing else set.
    pub fn post(title: &str, when: When) -> NewItem {
        NewItem {
            kind: ItemKind::Post,
            title: title.trim().to_string(),
            notes: String::new(),
            channels: Vec::new(),
            when,
            duration: None,
            place: String::new(),
            status: ItemStatus::Idea,
            category: String::new(),
            campaign: String::new(),
            owner: None,
            url: String::new(),
            inquiry_id: None,
        }
    }

    /// The fields of an existing item, to edit or duplicate.
    pub fn from_item(item: &PlanItem) -> NewItem {
        NewItem {
            kind: item.kind,
            title: item.title.clone(),
            notes: item.notes.clone(),
            channels: item.channels.clone(),
            when: item.when,
            duration: item.duration,
            place: item.place.clone(),
            status: item.status,
            category: item.category.clone(),
            campaign: item.campaign.clone(),
            owner: item.owner.clone(),
            url: item.url.clone(),
            inquiry_id: item.inquiry_id,
        }
    }
}

/// One change to an item; each becomes one or more audited field updates.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemChange {
    Status(ItemStatus),
    /// Moved to another day or time.
    Move(When),
    /// Every field as the edit form left it (the inquiry link is kept).
    Edit(Box<NewItem>),
}

const SELECT: &str = "
    SELECT p.id, p.kind, p.title, p.notes, p.starts_at, p.day, p.duration, p.place, p.status,
           p.category, p.campaign, p.owner, p.url, p.inquiry_id,
           CASE WHEN i.id IS NULL THEN NULL WHEN trim(i.subject) <> '' THEN i.subject
                ELSE i.question END,
           p.created_by, p.created_at, p.updated_at, p.sequence,
           (SELECT group_concat(c.channel, ',' ORDER BY c.position)
              FROM plan_item_channels c WHERE c.item_id = p.id),
           r.every, r.until_day, r.count,
           CASE WHEN r.item_id IS NULL THEN NULL ELSE
             (SELECT json_group_array(json_array(e.occurrence, e.cancelled, e.starts_at, e.day))
                FROM plan_exceptions e WHERE e.item_id = p.id) END
    FROM plan_items p
    LEFT JOIN inquiries i ON i.id = p.inquiry_id
    LEFT JOIN plan_repeats r ON r.item_id = p.id";

fn coded<T>(row: &Row<'_>, idx: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown code {text:?}").into(),
        )
    })
}

fn item_from_row(r: &Row<'_>) -> rusqlite::Result<PlanItem> {
    let starts_at: Option<i64> = r.get(4)?;
    let day: Option<String> = r.get(5)?;
    let when = match (starts_at, day) {
        (Some(t), _) => When::At(t),
        (None, Some(day)) => When::Day(parse_day(&day).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                5,
                rusqlite::types::Type::Text,
                format!("not a date {day:?}").into(),
            )
        })?),
        (None, None) => {
            return Err(rusqlite::Error::InvalidColumnType(
                4,
                "starts_at".into(),
                rusqlite::types::Type::Null,
            ));
        }
    };
    let subject: Option<String> = r.get(14)?;
    let channels: Option<String> = r.get(19)?;
    Ok(PlanItem {
        id: r.get(0)?,
        kind: coded(r, 1, ItemKind::parse)?,
        title: r.get(2)?,
        notes: r.get(3)?,
        channels: channels
            .map(|c| c.split(',').map(String::from).collect())
            .unwrap_or_default(),
        when,
        duration: r.get(6)?,
        place: r.get(7)?,
        status: coded(r, 8, ItemStatus::parse)?,
        category: r.get(9)?,
        campaign: r.get(10)?,
        owner: r.get(11)?,
        url: r.get(12)?,
        inquiry_id: r.get(13)?,
        inquiry_subject: subject.map(|s| s.lines().next().unwrap_or("").trim().to_string()),
        created_by: r.get(15)?,
        created_at: r.get(16)?,
        updated_at: r.get(17)?,
        sequence: r.get(18)?,
        series: super::repeat::series_from_row(r, 20)?,
        occurrence: None,
    })
}

/// A channel code as the config writes them: letters, digits, `_` and `-`.
pub fn is_channel_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 40
        && code
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

fn validate(new: &NewItem) -> Result<()> {
    if new.title.trim().is_empty() {
        return Err(StoreError::Invalid(tr!("store-item-needs-title")));
    }
    if let Some(bad) = new.channels.iter().find(|c| !is_channel_code(c)) {
        return Err(StoreError::Invalid(tr!(
            "store-bad-channel-code",
            code = bad.clone()
        )));
    }
    if new.duration.is_some_and(|d| d <= 0) {
        return Err(StoreError::Invalid(tr!("store-length-positive")));
    }
    Ok(())
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

fn dedup(channels: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in channels {
        if !out.contains(c) {
            out.push(c.clone());
        }
    }
    out
}

impl Writer<'_> {
    /// Adds a post or an event; returns its number.
    pub fn create_item(&self, new: &NewItem, now: Timestamp) -> Result<i64> {
        validate(new)?;
        let (starts_at, day) = columns(new.when);
        self.tx
            .prepare_cached(
                "INSERT INTO plan_items (kind, title, notes, starts_at, day, duration, place,
                     status, category, campaign, owner, url, inquiry_id, sequence,
                     created_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, ?14, ?15, ?15)",
            )?
            .execute(params![
                new.kind.code(),
                new.title.trim(),
                new.notes.trim(),
                starts_at,
                day,
                new.duration,
                new.place.trim(),
                new.status.code(),
                new.category.trim(),
                new.campaign.trim(),
                non_empty(new.owner.as_deref()),
                new.url.trim(),
                new.inquiry_id,
                self.user,
                now
            ])?;
        let id = self.tx.last_insert_rowid();
        self.set_channels(id, &dedup(&new.channels))?;
        self.record_created("plan_item", id, new.title.trim(), now)?;
        Ok(id)
    }

    fn set_channels(&self, id: i64, channels: &[String]) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM plan_item_channels WHERE item_id = ?1")?
            .execute([id])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO plan_item_channels (item_id, channel, position) VALUES (?1, ?2, ?3)",
        )?;
        for (position, channel) in channels.iter().enumerate() {
            insert.execute(params![id, channel, position as i64])?;
        }
        Ok(())
    }

    fn current_item(&self, id: i64) -> Result<PlanItem> {
        let sql = format!("{SELECT} WHERE p.id = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_row([id], item_from_row)
            .optional()?
            .ok_or(StoreError::NoItem(id))
    }

    fn record_item(
        &self,
        id: i64,
        field: &'static str,
        old: Option<String>,
        new: Option<String>,
        now: Timestamp,
    ) -> Result<()> {
        self.record(
            Change {
                entity: "plan_item",
                id,
                action: "update",
                field: Some(field),
                old,
                new,
            },
            now,
        )
    }

    fn move_item(&self, before: &PlanItem, when: When, now: Timestamp) -> Result<bool> {
        if before.when == when {
            return Ok(false);
        }
        let (old_at, old_day) = columns(before.when);
        let (new_at, new_day) = columns(when);
        // Both columns change in one statement: the table allows exactly one of them.
        self.tx
            .prepare_cached(
                "UPDATE plan_items SET starts_at = ?1, day = ?2, updated_at = ?3 WHERE id = ?4",
            )?
            .execute(params![new_at, new_day, now, before.id])?;
        if old_at != new_at {
            self.record_item(
                before.id,
                "starts_at",
                old_at.map(|v| v.to_string()),
                new_at.map(|v| v.to_string()),
                now,
            )?;
        }
        if old_day != new_day {
            self.record_item(before.id, "day", old_day, new_day, now)?;
        }
        Ok(true)
    }

    /// Applies a change, recording each changed field; bumps the item's sequence.
    pub fn change_item(&self, id: i64, change: &ItemChange, now: Timestamp) -> Result<()> {
        let before = self.current_item(id)?;
        let mut changed = false;
        match change {
            ItemChange::Status(status) => {
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "status",
                    Some(before.status.code()),
                    Some(status.code()),
                    now,
                )?;
            }
            ItemChange::Move(when) => changed |= self.move_item(&before, *when, now)?,
            ItemChange::Edit(new) => {
                validate(new)?;
                let text = |s: &str| Some(s.trim().to_string());
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "title",
                    text(&before.title),
                    text(&new.title),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "notes",
                    text(&before.notes),
                    text(&new.notes),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "kind",
                    Some(before.kind.code()),
                    Some(new.kind.code()),
                    now,
                )?;
                changed |= self.move_item(&before, new.when, now)?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "duration",
                    before.duration,
                    new.duration,
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "place",
                    text(&before.place),
                    text(&new.place),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "status",
                    Some(before.status.code()),
                    Some(new.status.code()),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "category",
                    text(&before.category),
                    text(&new.category),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "campaign",
                    text(&before.campaign),
                    text(&new.campaign),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "owner",
                    before.owner.clone(),
                    non_empty(new.owner.as_deref()),
                    now,
                )?;
                changed |= self.set_column(
                    Audited::PlanItem,
                    id,
                    "url",
                    text(&before.url),
                    text(&new.url),
                    now,
                )?;
                let channels = dedup(&new.channels);
                if channels != before.channels {
                    self.set_channels(id, &channels)?;
                    self.record_item(
                        id,
                        "channels",
                        Some(before.channels.join(",")),
                        Some(channels.join(",")),
                        now,
                    )?;
                    changed = true;
                }
            }
        }
        if changed {
            self.tx
                .prepare_cached("UPDATE plan_items SET sequence = sequence + 1 WHERE id = ?1")?
                .execute([id])?;
        }
        Ok(())
    }
}

impl Writer<'_> {
    /// Answered inquiries with their answer text, latest answer first: (id, headline,
    /// answer, answered at). The demo turns a few into posts.
    pub fn answered_inquiries(
        &self,
        limit: usize,
    ) -> Result<Vec<(i64, String, String, Timestamp)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, CASE WHEN trim(subject) <> '' THEN subject ELSE question END, answer,
                    answered_at
             FROM inquiries WHERE answer IS NOT NULL AND answered_at IS NOT NULL
             ORDER BY answered_at DESC, id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// Adds one item and commits it.
    pub fn create_item(&mut self, new: &NewItem, now: Timestamp) -> Result<i64> {
        self.commit(|w| w.create_item(new, now))
    }

    /// Applies one change and commits it; returns the item as it now is.
    pub fn change_item(
        &mut self,
        id: i64,
        change: &ItemChange,
        now: Timestamp,
    ) -> Result<PlanItem> {
        self.commit(|w| w.change_item(id, change, now))?;
        self.plan_item(id)
    }

    pub fn plan_item(&self, id: i64) -> Result<PlanItem> {
        let sql = format!("{SELECT} WHERE p.id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], item_from_row)
            .optional()?
            .ok_or(StoreError::NoItem(id))
    }

    /// Every item on the local days `first..=last`, in no particular order.
    pub fn plan_between(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        zone: Zone,
    ) -> Result<Vec<PlanItem>> {
        let (from, to) = moments(first, last, zone);
        // Repeating items are found by the span of their series, or by an occurrence
        // moved into the range, and then expanded to the occurrences on these days.
        let sql = format!(
            "{SELECT} WHERE (p.starts_at >= ?1 AND p.starts_at < ?2) OR (p.day >= ?3 AND p.day <= ?4)
                OR p.id IN (SELECT item_id FROM plan_repeats WHERE last_day >= ?3)
                OR p.id IN (SELECT item_id FROM plan_exceptions
                            WHERE (starts_at >= ?1 AND starts_at < ?2) OR (day >= ?3 AND day <= ?4))"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![from, to, day_text(first), day_text(last)],
            item_from_row,
        )?;
        let items: Vec<PlanItem> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(super::repeat::expand(items, first, last, zone))
    }

    /// Every item, oldest first (for export).
    pub fn plan_all(&self) -> Result<Vec<PlanItem>> {
        let sql = format!("{SELECT} ORDER BY coalesce(p.starts_at, unixepoch(p.day)), p.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], item_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Items neither published nor cancelled: the ones that can turn late.
    pub fn plan_pending(&self) -> Result<Vec<PlanItem>> {
        let sql = format!("{SELECT} WHERE p.status NOT IN ('published', 'cancelled')");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], item_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The posts and events made from one inquiry.
    pub fn plan_for_inquiry(&self, inquiry: i64) -> Result<Vec<PlanItem>> {
        let sql = format!("{SELECT} WHERE p.inquiry_id = ?1 ORDER BY p.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([inquiry], item_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const ZONE: Zone = Zone::Fixed(match chrono::FixedOffset::east_opt(3 * 3600) {
        Some(z) => z,
        None => panic!(),
    });

    fn at(day: &str, h: u32, m: u32) -> When {
        When::At(ZONE.at(d(day), NaiveTime::from_hms_opt(h, m, 0).unwrap()))
    }

    fn post(title: &str, when: When, channels: &[&str]) -> NewItem {
        let mut new = NewItem::post(title, when);
        new.channels = channels.iter().map(|c| c.to_string()).collect();
        new
    }

    #[test]
    fn items_are_read_by_local_days_timed_or_not() {
        let mut store = Store::open_in_memory("Шакирова").unwrap();
        let now = 1_795_000_000;
        let a = store
            .create_item(
                &post("Утро", at("2026-11-24", 0, 10), &["vk", "telegram"]),
                now,
            )
            .unwrap();
        let b = store
            .create_item(
                &post("Весь день", When::Day(d("2026-11-24")), &["site"]),
                now,
            )
            .unwrap();
        let c = store
            .create_item(&post("Ночь", at("2026-11-24", 23, 59), &[]), now)
            .unwrap();
        store
            .create_item(&post("Завтра", at("2026-11-25", 0, 0), &["vk"]), now)
            .unwrap();
        store
            .create_item(&post("Вчера", When::Day(d("2026-11-23")), &["vk"]), now)
            .unwrap();
        let mut ids: Vec<i64> = store
            .plan_between(d("2026-11-24"), d("2026-11-24"), ZONE)
            .unwrap()
            .iter()
            .map(|i| i.id)
            .collect();
        ids.sort();
        assert_eq!(ids, vec![a, b, c]);
        let item = store.plan_item(a).unwrap();
        assert_eq!(item.channels, vec!["vk", "telegram"]);
        assert_eq!(item.status, ItemStatus::Idea);
        assert_eq!(item.created_by, "Шакирова");
        assert_eq!(store.plan_item(c).unwrap().channels, Vec::<String>::new());
        assert_eq!(store.plan_all().unwrap().len(), 5);
        assert_eq!(
            store
                .plan_between(d("2026-11-23"), d("2026-11-25"), ZONE)
                .unwrap()
                .len(),
            5
        );
    }

    #[test]
    fn changes_are_audited_and_bump_the_sequence() {
        let mut store = Store::open_in_memory("me").unwrap();
        let now = 1_795_000_000;
        let id = store
            .create_item(&post("Эфир", When::Day(d("2026-11-26")), &["radio"]), now)
            .unwrap();
        let item = store
            .change_item(id, &ItemChange::Status(ItemStatus::Draft), now + 10)
            .unwrap();
        assert_eq!(item.status, ItemStatus::Draft);
        assert_eq!(item.sequence, 1);
        let item = store
            .change_item(id, &ItemChange::Move(at("2026-11-26", 12, 0)), now + 20)
            .unwrap();
        assert_eq!(item.when, at("2026-11-26", 12, 0));
        assert_eq!(item.sequence, 2);
        // The same value again changes nothing.
        let item = store
            .change_item(id, &ItemChange::Status(ItemStatus::Draft), now + 30)
            .unwrap();
        assert_eq!(item.sequence, 2);
        let mut edit = NewItem::from_item(&item);
        edit.title = "Прямой эфир с кардиологом".into();
        edit.channels = vec!["radio".into(), "vk".into(), "radio".into()];
        edit.kind = ItemKind::Event;
        edit.duration = Some(3600);
        edit.owner = Some("  ".into());
        let item = store
            .change_item(id, &ItemChange::Edit(Box::new(edit)), now + 40)
            .unwrap();
        assert_eq!(item.channels, vec!["radio", "vk"]);
        assert_eq!(item.duration, Some(3600));
        assert_eq!(item.owner, None);
        assert_eq!(item.updated_at, now + 40);
        let history = store.history("plan_item", id).unwrap();
        let fields: Vec<_> = history.iter().filter_map(|h| h.field.as_deref()).collect();
        assert_eq!(
            fields,
            [
                "status",
                "starts_at",
                "day",
                "title",
                "kind",
                "duration",
                "channels"
            ]
        );
        assert_eq!(history[0].action, "create");
    }

    #[test]
    fn bad_items_are_refused() {
        let mut store = Store::open_in_memory("me").unwrap();
        assert!(
            store
                .create_item(&post("  ", When::Day(d("2026-11-26")), &[]), 0)
                .is_err()
        );
        assert!(
            store
                .create_item(&post("x", When::Day(d("2026-11-26")), &["a,b"]), 0)
                .is_err()
        );
        assert!(matches!(store.plan_item(42), Err(StoreError::NoItem(42))));
        assert!(
            store
                .change_item(42, &ItemChange::Status(ItemStatus::Draft), 0)
                .is_err()
        );
    }

    #[test]
    fn items_link_to_their_inquiry_and_pending_ones_are_found() {
        use crate::domain::{Channel, Priority};
        use crate::store::{NewInquiry, OutletRef, Who};
        let mut store = Store::open_in_memory("me").unwrap();
        let phones = crate::domain::phone::PhoneRules::for_country("RU").unwrap();
        let inquiry = store
            .log_inquiry(
                &NewInquiry {
                    received_at: 0,
                    channel: Channel::Phone,
                    who: Who::Unknown,
                    outlet: OutletRef::None,
                    subject: String::new(),
                    question: "Когда откроют новый корпус?\nИ сколько мест?".into(),
                    requested_deadline: None,
                    due_at: 3600,
                    priority: Priority::Normal,
                    assignee: None,
                },
                &phones,
                0,
            )
            .unwrap();
        let mut new = post("Новый корпус", When::Day(d("2026-11-26")), &["site"]);
        new.inquiry_id = Some(inquiry);
        let id = store.create_item(&new, 10).unwrap();
        let done = store
            .create_item(&post("Готово", When::Day(d("2026-11-20")), &["vk"]), 10)
            .unwrap();
        store
            .change_item(done, &ItemChange::Status(ItemStatus::Published), 20)
            .unwrap();
        let linked = store.plan_for_inquiry(inquiry).unwrap();
        assert_eq!(linked.len(), 1);
        assert_eq!(linked[0].id, id);
        assert_eq!(
            linked[0].inquiry_subject.as_deref(),
            Some("Когда откроют новый корпус?")
        );
        let pending: Vec<i64> = store.plan_pending().unwrap().iter().map(|i| i.id).collect();
        assert_eq!(pending, vec![id]);
    }

    #[test]
    fn a_version_one_database_with_data_is_upgraded_and_keeps_it() {
        use super::super::MIGRATIONS;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let store = Store::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap();
            store
                .conn()
                .execute_batch(
                    "INSERT INTO outlets (id, name, created_at, updated_at) VALUES (1, 'Вести', 0, 0);
                     INSERT INTO inquiries (id, received_at, channel, outlet_id, question, due_at,
                         created_by, created_at, updated_at)
                     VALUES (7, 100, 'phone', 1, 'Где горячая вода?', 3700, 'me', 100, 100);
                     INSERT INTO audit (at, who, entity, entity_id, action)
                     VALUES (100, 'me', 'inquiry', 7, 'create');",
                )
                .unwrap();
            assert_eq!(store.schema_version().unwrap(), 1);
        }
        let mut store = Store::open(&path, "me").unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            super::super::LATEST_VERSION
        );
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let inquiry = store.inquiry(7).unwrap();
        assert_eq!(inquiry.question, "Где горячая вода?");
        assert_eq!(inquiry.outlet_name.as_deref(), Some("Вести"));
        assert_eq!(store.history("inquiry", 7).unwrap().len(), 1);
        assert!(super::super::migrate::backup_path(&path, 1).exists());
        // The new tables work with the old records.
        let mut new = post(
            "Ответ про горячую воду",
            When::Day(d("2026-11-26")),
            &["site"],
        );
        new.inquiry_id = Some(7);
        let id = store.create_item(&new, 200).unwrap();
        assert_eq!(store.plan_for_inquiry(7).unwrap()[0].id, id);
        assert!(!store.is_empty().unwrap());
    }
}
