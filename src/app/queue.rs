//! The inquiry queue: what is loaded, what the filter shows, and which row is selected.

use std::collections::BTreeSet;

use crate::domain::inquiry::urgency_order;
use crate::domain::{Inquiry, Timestamp, Urgency};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Open,
    Mine,
    Overdue,
    /// Open inquiries overdue long enough to have gone up to a lead.
    Escalated,
    All,
}

impl Filter {
    pub const ALL: [Filter; 5] = [
        Filter::Open,
        Filter::Mine,
        Filter::Overdue,
        Filter::Escalated,
        Filter::All,
    ];

    pub fn next(self) -> Filter {
        let i = Filter::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Filter::ALL[(i + 1) % Filter::ALL.len()]
    }
}

#[derive(Debug, Clone)]
pub struct QueueState {
    /// Open inquiries and the most recent finished ones, in urgency order.
    pub items: Vec<Inquiry>,
    pub filter: Filter,
    /// Indices into `items` that the filter shows.
    pub visible: Vec<usize>,
    pub selected: usize,
    /// First visible row of the list, kept so the selection stays on screen.
    pub offset: usize,
    /// Open inquiries that were overdue at the last check, to notice new ones.
    pub overdue: BTreeSet<i64>,
    pub due_soon: BTreeSet<i64>,
    pub loaded: bool,
    /// An inquiry to select once the next load arrives (the one just logged).
    pub select_next: Option<i64>,
}

impl Default for QueueState {
    fn default() -> Self {
        QueueState {
            items: Vec::new(),
            filter: Filter::Open,
            visible: Vec::new(),
            selected: 0,
            offset: 0,
            overdue: BTreeSet::new(),
            due_soon: BTreeSet::new(),
            loaded: false,
            select_next: None,
        }
    }
}

impl QueueState {
    pub fn selected_inquiry(&self) -> Option<&Inquiry> {
        self.visible
            .get(self.selected)
            .and_then(|&i| self.items.get(i))
    }

    pub fn get(&self, id: i64) -> Option<&Inquiry> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Replaces the loaded inquiries, keeping the same inquiry selected if it is still shown.
    pub fn load(&mut self, mut items: Vec<Inquiry>, user: &str, now: Timestamp, due_soon: i64) {
        let keep = self
            .select_next
            .take()
            .or_else(|| self.selected_inquiry().map(|i| i.id));
        items.sort_by(urgency_order);
        self.items = items;
        self.loaded = true;
        self.refilter(user, now, due_soon, keep);
    }

    /// Puts a changed inquiry in place (or adds it), keeping the selection on it.
    pub fn upsert(&mut self, inquiry: Inquiry, user: &str, now: Timestamp, due_soon: i64) {
        let keep = self.selected_inquiry().map(|i| i.id);
        match self.items.iter_mut().find(|i| i.id == inquiry.id) {
            Some(slot) => *slot = inquiry,
            None => self.items.push(inquiry),
        }
        self.items.sort_by(urgency_order);
        self.refilter(user, now, due_soon, keep);
    }

    pub fn set_filter(&mut self, filter: Filter, user: &str, now: Timestamp, due_soon: i64) {
        let keep = self.selected_inquiry().map(|i| i.id);
        self.filter = filter;
        self.refilter(user, now, due_soon, keep);
    }

    pub fn refilter(&mut self, user: &str, now: Timestamp, due_soon: i64, keep: Option<i64>) {
        let filter = self.filter;
        let is_user = |name: Option<&str>| {
            name.is_some_and(|a| a.trim().to_lowercase() == user.trim().to_lowercase())
        };
        self.visible = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, inq)| match filter {
                Filter::All => true,
                Filter::Open => inq.status.is_open(),
                Filter::Mine => {
                    inq.status.is_open()
                        && (is_user(inq.assignee.as_deref())
                            || is_user(inq.marks.escalated_to.as_deref()))
                }
                Filter::Overdue => inq.urgency(now, due_soon) == Urgency::Overdue,
                Filter::Escalated => inq.status.is_open() && inq.marks.escalated(),
            })
            .map(|(i, _)| i)
            .collect();
        if filter == Filter::Mine {
            // What was escalated to this person comes first: a lead sees it before their own.
            let items = &self.items;
            self.visible
                .sort_by_key(|&i| !is_user(items[i].marks.escalated_to.as_deref()));
        }
        self.selected = keep
            .and_then(|id| self.visible.iter().position(|&i| self.items[i].id == id))
            .unwrap_or(self.selected)
            .min(self.visible.len().saturating_sub(1));
        self.recount(now, due_soon);
    }

    /// Recomputes the overdue and due-soon sets at `now`; returns the inquiries that have
    /// become overdue since the last count, and whether either set changed.
    pub fn recount(&mut self, now: Timestamp, due_soon: i64) -> (Vec<i64>, bool) {
        let mut overdue = BTreeSet::new();
        let mut soon = BTreeSet::new();
        for inq in &self.items {
            match inq.urgency(now, due_soon) {
                Urgency::Overdue => {
                    overdue.insert(inq.id);
                }
                Urgency::DueSoon => {
                    soon.insert(inq.id);
                }
                _ => {}
            }
        }
        let newly: Vec<i64> = overdue.difference(&self.overdue).copied().collect();
        let changed = overdue != self.overdue || soon != self.due_soon;
        self.overdue = overdue;
        self.due_soon = soon;
        (newly, changed)
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.visible.is_empty() {
            self.selected = 0;
            return;
        }
        let last = self.visible.len() as isize - 1;
        self.selected = (self.selected as isize + delta).clamp(0, last) as usize;
    }

    pub fn select_last(&mut self) {
        self.selected = self.visible.len().saturating_sub(1);
    }

    /// Scrolls just enough that the selected row is inside a window of `height` rows.
    pub fn keep_in_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        let max_offset = self.visible.len().saturating_sub(height);
        self.offset = self.offset.min(max_offset);
    }

    /// The next moment an open inquiry changes colour by itself.
    pub fn next_change(&self, now: Timestamp, due_soon: i64) -> Option<Timestamp> {
        self.items
            .iter()
            .filter(|i| i.status.is_open())
            .flat_map(|i| [i.due_at - due_soon, i.due_at])
            .filter(|t| *t > now)
            .min()
    }
}
