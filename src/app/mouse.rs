//! The mouse, for those who reach for it: a click selects a row of a list, a double
//! click opens it, the wheel scrolls. Everything it does is also a key.

use ratatui::layout::Rect;

use super::keymap::Action;
use super::{App, Outcome, Screen, run_action};

/// A mouse event as the interface sees it; the terminal layer tells a double click
/// from two clicks (it has the milliseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mouse {
    Click { column: u16, row: u16 },
    DoubleClick { column: u16, row: u16 },
    WheelUp,
    WheelDown,
}

/// The first screen row of a pane's list: the title bar, then the column headings (the
/// queue) or the search line (the book).
const LIST_TOP: u16 = 2;

pub fn on_mouse(app: &mut App, event: Mouse) -> Outcome {
    // A window open over the pane takes the keyboard only.
    if app.overlay.is_some() {
        return Outcome::none();
    }
    match event {
        Mouse::WheelUp | Mouse::WheelDown => {
            let up = event == Mouse::WheelUp;
            if let Some(outcome) = super::memory_search::on_wheel(app, up) {
                return outcome;
            }
            let action = match (app.current(), up) {
                (Screen::Calendar, true) => Action::WeekPrev,
                (Screen::Calendar, false) => Action::WeekNext,
                (_, true) => Action::Up,
                (_, false) => Action::Down,
            };
            run_action(app, action)
        }
        Mouse::Click { column, row } | Mouse::DoubleClick { column, row }
            if matches!(app.current(), Screen::Calendar) =>
        {
            let double = matches!(event, Mouse::DoubleClick { .. });
            let ctx = super::calendar::CalendarContext {
                settings: &app.settings,
                keymap: &app.keymap,
                now: app.now,
            };
            let area = pane_area(app.screen);
            let outcome =
                super::calendar::click(&mut app.calendar, area, (column, row), double, &ctx);
            super::apply_calendar(app, outcome)
        }
        Mouse::Click { row, .. } => {
            if select_row(app, row) {
                Outcome::redraw()
            } else {
                Outcome::none()
            }
        }
        Mouse::DoubleClick { row, .. } => {
            if !select_row(app, row) {
                return Outcome::none();
            }
            if matches!(app.current(), Screen::Book) {
                app.book.typing = false;
            }
            run_action(app, Action::Open)
        }
    }
}

/// Where a pane is drawn on a screen of `(width, height)`: under the title bar, above the
/// status line.
pub fn pane_area((width, height): (u16, u16)) -> Rect {
    Rect::new(0, 1, width, height.saturating_sub(2))
}

/// Selects the list row drawn at screen row `row`; false when there is none there.
fn select_row(app: &mut App, row: u16) -> bool {
    match app.current() {
        Screen::Queue => {
            let Some(index) = list_index(row, app.queue.offset, app.queue.visible.len()) else {
                return false;
            };
            app.queue.selected = index;
            true
        }
        Screen::Book => {
            // The line saying only loose matches were found sits above the list.
            let loose_line =
                app.book.loose() && app.book.filter != super::contacts::Filter::Outlets;
            let top = LIST_TOP + u16::from(loose_line);
            let Some(index) = row
                .checked_sub(top - LIST_TOP)
                .and_then(|r| list_index(r, app.book.offset, app.book.len()))
            else {
                return false;
            };
            app.book.selected = index;
            true
        }
        _ => false,
    }
}

fn list_index(row: u16, offset: usize, len: usize) -> Option<usize> {
    let index = offset + usize::from(row.checked_sub(LIST_TOP)?);
    (index < len).then_some(index)
}
