//! The audit view: every change one person made in a period (inquiries, contacts, the
//! plan, coverage), newest first. Enter opens the record a change was made to.
//!
//! The view owns its state; `action` and `on_msg` change it and say what should happen
//! next, and `app/mod.rs` carries that out (loading, opening a record, going back).

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::keymap::Action;
use crate::domain::coverage::Coverage;
use crate::domain::{Timestamp, Zone};
use crate::store::{AuditQuery, AuditRow};

/// The most changes one view reads; a longer period says so and asks for a shorter one.
pub const LIMIT: usize = 1000;

/// How long a period the view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    Day,
    Week,
    Month,
}

impl PeriodKind {
    fn next(self) -> PeriodKind {
        match self {
            PeriodKind::Day => PeriodKind::Week,
            PeriodKind::Week => PeriodKind::Month,
            PeriodKind::Month => PeriodKind::Day,
        }
    }
}

/// A day, a week from Monday, or a calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub kind: PeriodKind,
    pub first: NaiveDate,
}

impl Period {
    /// The period of `kind` that holds `day`.
    pub fn containing(kind: PeriodKind, day: NaiveDate) -> Period {
        let first = match kind {
            PeriodKind::Day => day,
            PeriodKind::Week => {
                day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
            }
            PeriodKind::Month => day.with_day(1).unwrap_or(day),
        };
        Period { kind, first }
    }

    /// The last day in the period.
    pub fn last(self) -> NaiveDate {
        self.after()
            .map_or(NaiveDate::MAX, |d| d - Duration::days(1))
    }

    /// The first day after the period.
    fn after(self) -> Option<NaiveDate> {
        match self.kind {
            PeriodKind::Day => self.first.checked_add_signed(Duration::days(1)),
            PeriodKind::Week => self.first.checked_add_signed(Duration::days(7)),
            PeriodKind::Month => self.first.checked_add_months(chrono::Months::new(1)),
        }
    }

    /// The period before (`-1`) or after (`1`) this one; none past the calendar's ends.
    pub fn step(self, delta: i32) -> Option<Period> {
        let first = match (self.kind, delta.signum()) {
            (_, 0) => Some(self.first),
            (_, 1) => self.after(),
            (PeriodKind::Day, _) => self.first.checked_sub_signed(Duration::days(1)),
            (PeriodKind::Week, _) => self.first.checked_sub_signed(Duration::days(7)),
            (PeriodKind::Month, _) => self.first.checked_sub_months(chrono::Months::new(1)),
        }?;
        Some(Period {
            kind: self.kind,
            first,
        })
    }

    /// From the period's first midnight up to (not including) the next period's.
    pub fn bounds(self, zone: Zone) -> (Timestamp, Timestamp) {
        let from = zone.at(self.first, NaiveTime::MIN);
        let to = self
            .after()
            .map_or(Timestamp::MAX, |d| zone.at(d, NaiveTime::MIN));
        (from, to)
    }
}

/// A record a change was made to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Inquiry(i64),
    Contact(i64),
    Outlet(i64),
    PlanItem(i64),
    /// Opened where it belongs: its inquiry, else its outlet.
    Coverage(i64),
}

impl Record {
    fn of(row: &AuditRow) -> Option<Record> {
        let id = row.entity_id;
        Some(match row.entity.as_str() {
            "inquiry" => Record::Inquiry(id),
            "contact" => Record::Contact(id),
            "outlet" => Record::Outlet(id),
            "plan_item" => Record::PlanItem(id),
            "coverage" => Record::Coverage(id),
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum AuditEffect {
    Load(AuditQuery),
    /// Read a coverage record, to open what it belongs to.
    FindCoverage(i64),
}

#[derive(Debug)]
pub enum AuditMsg {
    /// The changes read for a query; a late answer to an older query is dropped.
    Loaded(AuditQuery, Result<Vec<AuditRow>, String>),
    Coverage(Result<Coverage, String>),
}

/// What an action asks for beyond the view's own state.
#[derive(Debug, PartialEq)]
pub enum AuditOutcome {
    /// Not a key of this view.
    Pass,
    Redraw,
    Load(AuditEffect),
    Open(Record),
    /// The selected change is to something that has no screen of its own.
    CannotOpen,
    ChoosePerson,
    Close,
}

#[derive(Debug, Clone)]
pub struct AuditView {
    pub who: String,
    pub period: Period,
    pub rows: Vec<AuditRow>,
    pub loaded: bool,
    pub error: Option<String>,
    pub selected: usize,
    pub offset: usize,
}

impl AuditView {
    /// One person's changes this week (the week holding `today`).
    pub fn new(who: &str, today: NaiveDate) -> AuditView {
        AuditView {
            who: who.trim().to_string(),
            period: Period::containing(PeriodKind::Week, today),
            rows: Vec::new(),
            loaded: false,
            error: None,
            selected: 0,
            offset: 0,
        }
    }

    /// The query for what the view shows now.
    pub fn query(&self, zone: Zone) -> AuditQuery {
        let (from, to) = self.period.bounds(zone);
        AuditQuery {
            who: Some(self.who.clone()),
            from: Some(from),
            to: Some(to),
            before: None,
            limit: LIMIT,
        }
    }

    /// Whether more changes were made in the period than the view reads.
    pub fn cut_short(&self) -> bool {
        self.rows.len() >= LIMIT
    }

    pub fn selected_row(&self) -> Option<&AuditRow> {
        self.rows.get(self.selected)
    }

    /// Shows another person or period: what was shown goes, the new rows are asked for.
    fn show(&mut self, who: Option<&str>, period: Period, zone: Zone) -> AuditOutcome {
        if let Some(who) = who {
            self.who = who.trim().to_string();
        }
        self.period = period;
        self.rows.clear();
        self.loaded = false;
        self.error = None;
        self.selected = 0;
        self.offset = 0;
        AuditOutcome::Load(AuditEffect::Load(self.query(zone)))
    }

    /// Another person's changes over the same period.
    pub fn choose(&mut self, who: &str, zone: Zone) -> AuditOutcome {
        self.show(Some(who), self.period, zone)
    }

    fn move_by(&mut self, delta: isize, page: usize) {
        let last = self.rows.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize)
            .saturating_add(delta)
            .clamp(0, last) as usize;
        self.keep_in_view(page);
    }

    /// Scrolls just enough that the selected row is inside `page` rows.
    pub fn keep_in_view(&mut self, page: usize) {
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(page));
    }

    /// One key's action; `page` is how many rows the list shows.
    pub fn action(&mut self, action: Action, page: usize, zone: Zone) -> AuditOutcome {
        let step = page.max(1) as isize;
        match action {
            Action::Up => self.move_by(-1, page),
            Action::Down => self.move_by(1, page),
            Action::PageUp => self.move_by(-step, page),
            Action::PageDown => self.move_by(step, page),
            Action::Top => self.move_by(isize::MIN / 2, page),
            Action::Bottom => self.move_by(isize::MAX / 2, page),
            Action::Open => {
                return match self.selected_row().map(Record::of) {
                    Some(Some(record)) => AuditOutcome::Open(record),
                    Some(None) => AuditOutcome::CannotOpen,
                    None => AuditOutcome::Redraw,
                };
            }
            Action::AuditEarlier | Action::AuditLater => {
                let delta = if action == Action::AuditEarlier {
                    -1
                } else {
                    1
                };
                return match self.period.step(delta) {
                    Some(period) => self.show(None, period, zone),
                    None => AuditOutcome::Redraw,
                };
            }
            Action::AuditPeriod => {
                let period = Period::containing(self.period.kind.next(), self.period.first);
                return self.show(None, period, zone);
            }
            Action::AuditPerson => return AuditOutcome::ChoosePerson,
            Action::CloseAudit => return AuditOutcome::Close,
            _ => return AuditOutcome::Pass,
        }
        AuditOutcome::Redraw
    }

    /// Rows arrived: taken if they answer what the view shows now.
    pub fn loaded(&mut self, query: &AuditQuery, rows: Result<Vec<AuditRow>, String>, zone: Zone) {
        if *query != self.query(zone) {
            return;
        }
        self.loaded = true;
        match rows {
            Ok(rows) => {
                self.rows = rows;
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn row(id: i64, entity: &str) -> AuditRow {
        AuditRow {
            id,
            at: 1_000 + id,
            who: "elena".into(),
            entity: entity.into(),
            entity_id: id * 10,
            action: "update".into(),
            field: Some("status".into()),
            old_value: None,
            new_value: None,
        }
    }

    #[test]
    fn periods_step_by_their_own_length() {
        let week = Period::containing(PeriodKind::Week, day(2026, 11, 26));
        assert_eq!(week.first, day(2026, 11, 23));
        assert_eq!(week.last(), day(2026, 11, 29));
        assert_eq!(week.step(-1).unwrap().first, day(2026, 11, 16));
        let month = Period::containing(PeriodKind::Month, day(2026, 12, 31));
        assert_eq!(month.first, day(2026, 12, 1));
        assert_eq!(month.step(1).unwrap().first, day(2027, 1, 1));
        assert_eq!(month.step(1).unwrap().last(), day(2027, 1, 31));
        let zone = Zone::fixed_hours(3);
        let (from, to) = Period::containing(PeriodKind::Day, day(2026, 11, 24)).bounds(zone);
        assert_eq!(to - from, 86_400);
        // The calendar's end is an edge, not a crash.
        let end = Period::containing(PeriodKind::Day, NaiveDate::MAX);
        assert_eq!(end.step(1), None);
    }

    #[test]
    fn stepping_the_period_asks_for_its_changes_and_drops_a_late_answer() {
        let zone = Zone::fixed_hours(3);
        let mut view = AuditView::new("elena", day(2026, 11, 24));
        let first = view.query(zone);
        let AuditOutcome::Load(AuditEffect::Load(earlier)) =
            view.action(Action::AuditEarlier, 10, zone)
        else {
            panic!("stepping loads");
        };
        assert_eq!(earlier.to, first.from);
        // The answer to the week shown before arrives late: it is not shown.
        view.loaded(&first, Ok(vec![row(1, "inquiry")]), zone);
        assert!(!view.loaded && view.rows.is_empty());
        view.loaded(
            &earlier,
            Ok(vec![row(2, "contact"), row(1, "statement")]),
            zone,
        );
        assert_eq!(view.rows.len(), 2);
        assert_eq!(
            view.action(Action::Open, 10, zone),
            AuditOutcome::Open(Record::Contact(20))
        );
        view.action(Action::Down, 10, zone);
        assert_eq!(
            view.action(Action::Open, 10, zone),
            AuditOutcome::CannotOpen
        );
        assert!(matches!(
            view.action(Action::AuditPeriod, 10, zone),
            AuditOutcome::Load(_)
        ));
        assert_eq!(view.period.kind, PeriodKind::Month);
        assert_eq!(view.action(Action::Quit, 10, zone), AuditOutcome::Pass);
    }
}
