//! The calendar's keys and clicks. They read the calendar's own state and a small context,
//! and say what they want done — effects, an item to open in full, a window, a message —
//! as a `CalendarOutcome`; `app/mod.rs` applies it.

use chrono::{Duration, NaiveDate};
use ratatui::layout::Rect;

use super::layout::{self, Spot};
use super::{
    CalendarState, FilterForm, ItemDetail, ItemForm, MOVE_STEP_MINUTES, PlanEffect, PlanFilter,
    PlanOverlay, View,
};
use crate::app::Effect;
use crate::app::Overlay;
use crate::app::files;
use crate::app::keymap::{Action, KeyMap};
use crate::app::overlay::{PickValue, Picker, PickerKind, Prompt, PromptKind};
use crate::domain::plan::add_months;
use crate::domain::{ItemStatus, PlanItem, Timestamp, When, Zone};
use crate::settings::Settings;
use crate::store::{AttachTo, ItemChange};
use crate::tr;

/// What the calendar's update reads besides its own state.
#[derive(Debug, Clone, Copy)]
pub struct CalendarContext<'a> {
    pub settings: &'a Settings,
    /// For messages that name a key.
    pub keymap: &'a KeyMap,
    pub now: Timestamp,
}

impl CalendarContext<'_> {
    fn zone(&self) -> Zone {
        self.settings.zone
    }
}

/// What the calendar asks for after a key or a click.
#[derive(Debug, Default)]
pub struct CalendarOutcome {
    pub effects: Vec<Effect>,
    /// An item to open in full over the current screen.
    pub open: Option<ItemDetail>,
    /// Back from the item open in full.
    pub back: bool,
    /// A window to show (a form, a picker, a prompt).
    pub window: Option<Overlay>,
    /// The inquiry a post was made from, to open in full.
    pub open_inquiry: Option<i64>,
    /// A message for the status line.
    pub info: Option<String>,
    pub redraw: bool,
}

impl CalendarOutcome {
    fn none() -> CalendarOutcome {
        CalendarOutcome::default()
    }

    fn redraw() -> CalendarOutcome {
        CalendarOutcome {
            redraw: true,
            ..Default::default()
        }
    }

    fn info(text: String) -> CalendarOutcome {
        CalendarOutcome {
            info: Some(text),
            redraw: true,
            ..Default::default()
        }
    }

    fn window(window: Overlay) -> CalendarOutcome {
        CalendarOutcome {
            window: Some(window),
            redraw: true,
            ..Default::default()
        }
    }

    fn form(form: ItemForm) -> CalendarOutcome {
        CalendarOutcome::window(Overlay::Plan(PlanOverlay::Form(Box::new(form))))
    }

    /// Opens an item in full; what is not known yet is read from the store.
    pub fn open(id: i64, item: Option<PlanItem>) -> CalendarOutcome {
        let detail = ItemDetail::new(id, item);
        CalendarOutcome {
            effects: detail.load_all(),
            open: Some(detail),
            redraw: true,
            ..Default::default()
        }
    }
}

impl CalendarState {
    /// The effects, with a load if the selected day left what is loaded.
    pub(super) fn settle(&mut self, mut effects: Vec<Effect>) -> CalendarOutcome {
        effects.extend(self.load_if_needed());
        CalendarOutcome {
            effects,
            redraw: true,
            ..Default::default()
        }
    }
}

/// Carries out a calendar action: on the item open in full (`detail`) when there is one,
/// else on the pane.
pub fn action(
    cal: &mut CalendarState,
    detail: Option<&mut ItemDetail>,
    action: Action,
    ctx: &CalendarContext,
) -> CalendarOutcome {
    // With an item open in full, the item keys act on it and the movement keys scroll it.
    let open = match detail {
        Some(detail) => match action {
            Action::CloseItem | Action::DayPrev => {
                return CalendarOutcome {
                    back: true,
                    redraw: true,
                    ..Default::default()
                };
            }
            Action::WeekPrev => {
                detail.scroll = detail.scroll.saturating_sub(1);
                return CalendarOutcome::redraw();
            }
            Action::WeekNext => {
                detail.scroll = detail.scroll.saturating_add(1);
                return CalendarOutcome::redraw();
            }
            Action::DayNext
            | Action::ItemNext
            | Action::ItemPrev
            | Action::Today
            | Action::PagePrev
            | Action::PageNext
            | Action::CycleView
            | Action::OpenItem => return CalendarOutcome::none(),
            _ => Some(detail.item.clone()),
        },
        None => None,
    };
    if let Some(outcome) = movement(cal, action, ctx) {
        return outcome;
    }
    match action {
        Action::CycleView => {
            cal.view = cal.view.next();
            CalendarOutcome::redraw()
        }
        Action::NewItem => CalendarOutcome::form(ItemForm::new_on(cal.cursor, ctx.settings)),
        Action::ClearPlanFilter => {
            cal.filter = PlanFilter::default();
            cal.clamp_item(ctx.zone());
            CalendarOutcome::redraw()
        }
        Action::PlanFilter => {
            let campaigns = cal.campaigns();
            CalendarOutcome::window(Overlay::Plan(PlanOverlay::Filter(FilterForm {
                row: 0,
                campaigns,
            })))
        }
        // Esc with nothing open over the calendar does nothing.
        Action::CloseItem => CalendarOutcome::none(),
        _ => {
            let item = open.unwrap_or_else(|| cal.selected(ctx.zone()).cloned());
            item_action(item, cal, action, ctx)
        }
    }
}

/// The keys that move the selection through days, weeks, months and items; `None` for
/// any other key.
fn movement(
    cal: &mut CalendarState,
    action: Action,
    ctx: &CalendarContext,
) -> Option<CalendarOutcome> {
    let zone = ctx.zone();
    let day = match action {
        Action::DayPrev | Action::DayNext | Action::WeekPrev | Action::WeekNext
            if cal.view == View::Agenda =>
        {
            agenda_step(cal, action, zone);
            return Some(cal.settle(Vec::new()));
        }
        Action::DayPrev => cal.cursor - Duration::days(1),
        Action::DayNext => cal.cursor + Duration::days(1),
        Action::WeekPrev => cal.cursor - Duration::days(7),
        Action::WeekNext => cal.cursor + Duration::days(7),
        Action::Today => zone.date(ctx.now),
        Action::PagePrev | Action::PageNext => {
            let forward = action == Action::PageNext;
            match cal.view {
                View::Month => add_months(cal.cursor, if forward { 1 } else { -1 }),
                View::Week | View::Agenda => {
                    cal.cursor + Duration::days(if forward { 7 } else { -7 })
                }
            }
        }
        Action::ItemNext | Action::ItemPrev => {
            let n = cal.day_items(cal.cursor, zone).len();
            if n > 0 {
                cal.item = if action == Action::ItemNext {
                    (cal.item + 1) % n
                } else {
                    (cal.item + n - 1) % n
                };
            }
            return Some(CalendarOutcome::redraw());
        }
        _ => return None,
    };
    cal.go_to(day);
    Some(cal.settle(Vec::new()))
}

/// In the agenda the movement keys step through items, and across days to the next day
/// with any.
fn agenda_step(cal: &mut CalendarState, action: Action, zone: Zone) {
    let forward = matches!(action, Action::DayNext | Action::WeekNext);
    let n = cal.day_items(cal.cursor, zone).len();
    if matches!(action, Action::WeekNext) && cal.item + 1 < n {
        cal.item += 1;
    } else if matches!(action, Action::WeekPrev) && cal.item > 0 {
        cal.item -= 1;
    } else if let Some(day) = cal.next_busy_day(forward, zone) {
        cal.cursor = day;
        cal.item = if forward || matches!(action, Action::DayPrev) {
            0
        } else {
            cal.day_items(day, zone).len().saturating_sub(1)
        };
    } else {
        let step = if forward { 1 } else { -1 };
        cal.go_to(cal.cursor + Duration::days(step));
    }
}

/// Actions on one item: the one open in full, else the selected one.
fn item_action(
    item: Option<PlanItem>,
    cal: &mut CalendarState,
    action: Action,
    ctx: &CalendarContext,
) -> CalendarOutcome {
    let Some(item) = item else {
        return CalendarOutcome::info(tr!("flash-no-item"));
    };
    let id = item.id;
    match action {
        Action::OpenItem => CalendarOutcome::open(id, Some(item)),
        Action::ItemFiles | Action::ItemAttach => {
            let owner = AttachTo::PlanItem(id);
            let (window, load) = files::window_for(owner, None, action == Action::ItemAttach);
            CalendarOutcome {
                effects: vec![load],
                window: Some(window),
                redraw: true,
                ..Default::default()
            }
        }
        Action::EditItem if item.occurrence.is_some() => {
            // An occurrence shows where it falls; the series is edited from its start,
            // read in full first when it is not among the pending items.
            match cal
                .pending
                .iter()
                .find(|i| i.id == id && i.occurrence.is_none())
            {
                Some(series) => CalendarOutcome::form(ItemForm::edit(series, ctx.settings)),
                None => CalendarOutcome::open(id, None),
            }
        }
        Action::EditItem => CalendarOutcome::form(ItemForm::edit(&item, ctx.settings)),
        Action::Duplicate => CalendarOutcome::form(ItemForm::duplicate(&item, ctx.settings)),
        Action::ItemStatus | Action::AdvanceItem | Action::CancelItem => {
            status_action(&item, action)
        }
        Action::MoveDayEarlier
        | Action::MoveDayLater
        | Action::MoveEarlier
        | Action::MoveLater
        | Action::MoveTo => move_item(&item, cal, action, ctx),
        Action::ItemInquiry => match item.inquiry_id {
            Some(inquiry) => CalendarOutcome {
                open_inquiry: Some(inquiry),
                redraw: true,
                ..Default::default()
            },
            None => CalendarOutcome::info(tr!("flash-item-no-inquiry")),
        },
        _ => CalendarOutcome::none(),
    }
}

/// An item's status: the picker, the next step, or cancelling it (one occurrence of a
/// series alone).
fn status_action(item: &PlanItem, action: Action) -> CalendarOutcome {
    let id = item.id;
    let change = |change: ItemChange| CalendarOutcome {
        effects: vec![Effect::Plan(PlanEffect::Change { id, change })],
        redraw: true,
        ..Default::default()
    };
    match action {
        Action::ItemStatus => {
            let options = ItemStatus::ALL
                .iter()
                .map(|s| PickValue::ItemStatus(*s))
                .collect();
            let current = Some(PickValue::ItemStatus(item.status));
            let picker = Picker::new(PickerKind::ItemStatus, id, options, current);
            CalendarOutcome::window(Overlay::Picker(picker))
        }
        Action::AdvanceItem => match item.status.next() {
            Some(status) => change(ItemChange::Status(status)),
            None => CalendarOutcome::info(tr!("flash-item-finished")),
        },
        Action::CancelItem if item.status == ItemStatus::Cancelled => {
            CalendarOutcome::info(tr!("flash-item-finished"))
        }
        Action::CancelItem => match item.occurrence {
            Some(occurrence) => CalendarOutcome {
                effects: vec![Effect::Plan(PlanEffect::Occurrence {
                    id,
                    occurrence,
                    to: None,
                })],
                redraw: true,
                ..Default::default()
            },
            None => change(ItemChange::Status(ItemStatus::Cancelled)),
        },
        _ => CalendarOutcome::none(),
    }
}

/// An item moved a day or a step of minutes, or the prompt for where to; an item without a
/// time has no minutes to step.
fn move_item(
    item: &PlanItem,
    cal: &mut CalendarState,
    action: Action,
    ctx: &CalendarContext,
) -> CalendarOutcome {
    let (id, zone) = (item.id, ctx.zone());
    match action {
        Action::MoveDayEarlier | Action::MoveDayLater => {
            let days = if action == Action::MoveDayLater {
                1
            } else {
                -1
            };
            let to = item.when.shift_days(days, zone);
            moved(cal, (id, item.occurrence), to, zone)
        }
        Action::MoveEarlier | Action::MoveLater if matches!(item.when, When::Day(_)) => {
            let key = ctx.keymap.label(Action::MoveTo);
            CalendarOutcome::info(tr!("flash-item-no-time", key = key))
        }
        Action::MoveEarlier | Action::MoveLater => {
            let minutes = if action == Action::MoveLater {
                MOVE_STEP_MINUTES
            } else {
                -MOVE_STEP_MINUTES
            };
            let to = item.when.shift_minutes(minutes, zone);
            moved(cal, (id, item.occurrence), to, zone)
        }
        Action::MoveTo => {
            let kind = match item.occurrence {
                Some(occurrence) => PromptKind::MoveOccurrence(item.when, occurrence),
                None => PromptKind::MoveItem(item.when),
            };
            let prompt = Prompt::new(kind, id, "");
            CalendarOutcome::window(Overlay::Prompt(prompt))
        }
        _ => CalendarOutcome::none(),
    }
}

/// An item moved to `to`: the selection follows it to its new day. An occurrence of a
/// series (the date the rule puts it on) moves alone; the rest stay where the rule puts
/// them.
pub(super) fn moved(
    cal: &mut CalendarState,
    (id, occurrence): (i64, Option<NaiveDate>),
    to: When,
    zone: Zone,
) -> CalendarOutcome {
    cal.select_next = Some(id);
    cal.go_to(to.date(zone));
    let effect = match occurrence {
        Some(occurrence) => PlanEffect::Occurrence {
            id,
            occurrence,
            to: Some(to),
        },
        None => PlanEffect::Change {
            id,
            change: ItemChange::Move(to),
        },
    };
    cal.settle(vec![Effect::Plan(effect)])
}

/// A click on the calendar drawn in `area` selects the day or the item under it. A double
/// click opens the item, or on a day with nothing planned starts a new item there, as
/// calendars do.
pub fn click(
    cal: &mut CalendarState,
    area: Rect,
    at: (u16, u16),
    double: bool,
    ctx: &CalendarContext,
) -> CalendarOutcome {
    let zone = ctx.zone();
    let Some(spot) = layout::spot_at(cal, zone, area, at.0, at.1) else {
        return CalendarOutcome::none();
    };
    let day: NaiveDate = match spot {
        Spot::Day(day) => {
            cal.go_to(day);
            day
        }
        Spot::Item(day, i) => {
            cal.go_to(day);
            cal.item = i;
            day
        }
    };
    let outcome = cal.settle(Vec::new());
    // A day whose items are still loading is not known to be empty.
    let loaded = cal.range.is_some_and(|(a, b)| (a..=b).contains(&day));
    if !double || !loaded {
        return outcome;
    }
    let then = if cal.day_items(day, zone).is_empty() {
        Action::NewItem
    } else {
        Action::OpenItem
    };
    let mut opened = action(cal, None, then, ctx);
    opened.effects.splice(0..0, outcome.effects);
    opened
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::calendar::PlanLoad;
    use crate::config::Config;
    use crate::fixtures::NOW;
    use crate::store::{NewItem, Store};

    /// The calendar on its own: its state, the settings and a clock, no `App`.
    fn calendar_with_a_post(settings: &Settings) -> (CalendarState, i64) {
        let zone = settings.zone;
        let mut store = Store::open_in_memory("me").unwrap();
        let new = NewItem::post("Анонс", When::At(NOW + 3_600));
        let id = store.create_item(&new, NOW).unwrap();
        let mut cal = CalendarState::new(zone.date(NOW));
        let (first, last) = cal.wanted_range();
        let load = PlanLoad {
            first,
            last,
            items: vec![store.plan_item(id).unwrap()],
            pending: Vec::new(),
        };
        cal.load(load, NOW, zone);
        (cal, id)
    }

    #[test]
    fn the_calendar_answers_with_what_to_open_and_never_touches_other_panes() {
        let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
        let keymap = KeyMap::default();
        let ctx = CalendarContext {
            settings: &settings,
            keymap: &keymap,
            now: NOW,
        };
        let (mut cal, id) = calendar_with_a_post(&settings);
        let opened = action(&mut cal, None, Action::OpenItem, &ctx);
        assert_eq!(opened.open.map(|d| d.id), Some(id));
        assert!(
            opened
                .effects
                .contains(&Effect::Plan(PlanEffect::LoadDetail(id)))
        );
        // The post was not made from an inquiry: a message, nothing opened.
        let none = action(&mut cal, None, Action::ItemInquiry, &ctx);
        assert!(none.open_inquiry.is_none() && none.info.is_some());
        // A window is asked for, not opened.
        let form = action(&mut cal, None, Action::NewItem, &ctx);
        assert!(matches!(
            form.window,
            Some(Overlay::Plan(PlanOverlay::Form(_)))
        ));
        // Moving a day on asks for the next month's days once the cursor leaves them.
        let mut detail = ItemDetail::new(id, cal.selected(settings.zone).cloned());
        let back = action(&mut cal, Some(&mut detail), Action::CloseItem, &ctx);
        assert!(back.back);
        let later = action(&mut cal, Some(&mut detail), Action::MoveDayLater, &ctx);
        assert_eq!(cal.select_next, Some(id));
        assert!(later.effects.iter().any(|e| matches!(
            e,
            Effect::Plan(PlanEffect::Change {
                change: ItemChange::Move(_),
                ..
            })
        )));
    }
}
