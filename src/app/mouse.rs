//! The mouse, for those who reach for it: a click selects a row of a list, a double
//! click opens it, the wheel scrolls. Everything it does is also a key.
//!
//! An event reads only what is on screen (`Shown`) and says what it wants done as a
//! `MouseOutcome`; `app/mod.rs` applies it.

use ratatui::layout::Rect;

use super::keymap::Action;
use super::{App, Screen};

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

/// What the mouse reads of the screen: which one is shown and, for a list, where its rows
/// are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// A window is open over the pane: it takes the keyboard only.
    Window,
    Queue(Rows),
    /// The contact book's list; `loose_line` when a line above it says only loose
    /// matches were found.
    Book {
        rows: Rows,
        loose_line: bool,
    },
    Calendar,
    /// The memory search's hits, two rows each below its search line.
    Memory(Rows),
    /// The audit's changes, below its heading.
    Audit(Rows),
    /// A screen without a list (an inquiry or a card in full, the report…).
    Other,
}

/// A list's first row drawn and how many rows it has (at most the last one drawn).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows {
    pub offset: usize,
    pub len: usize,
}

/// The first screen row of the memory search's hits: the title bar, the search line and
/// the line saying what was found.
const HITS_TOP: u16 = 1 + super::memory_search::HEADER_ROWS;

impl Shown {
    pub fn of(app: &App) -> Shown {
        if app.overlay.is_some() {
            return Shown::Window;
        }
        match app.current() {
            Screen::Queue => Shown::Queue(Rows {
                offset: app.queue.offset,
                len: app.queue.visible.len(),
            }),
            Screen::Book => Shown::Book {
                rows: Rows {
                    offset: app.book.offset,
                    len: app.book.len(),
                },
                loose_line: app.book.loose() && app.book.filter != super::contacts::Filter::Outlets,
            },
            Screen::Calendar => Shown::Calendar,
            Screen::Memory(search) => Shown::Memory(Rows {
                offset: search.offset,
                len: (search.hits.len())
                    .min(search.offset + super::memory_search::hit_rows(app.screen.1)),
            }),
            Screen::Audit(view) => {
                // Rows below the last drawn (under the note that the list was cut short)
                // are not there to click.
                let drawn = usize::from(app.screen.1.saturating_sub(LIST_TOP + 1))
                    .saturating_sub(usize::from(view.cut_short()));
                Shown::Audit(Rows {
                    offset: view.offset,
                    len: view.rows.len().min(view.offset + drawn),
                })
            }
            _ => Shown::Other,
        }
    }
}

/// What a mouse event asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseOutcome {
    Nothing,
    /// An action, as if its key were pressed (the wheel).
    Run(Action),
    /// The wheel over the memory search moves through its hits.
    SearchWheel {
        up: bool,
    },
    /// A row of the list shown selected, and opened on a double click.
    Select {
        index: usize,
        open: bool,
    },
    /// A click in the calendar pane drawn at `area`.
    Calendar {
        area: Rect,
        at: (u16, u16),
        double: bool,
    },
}

pub fn on_mouse(event: Mouse, shown: Shown, screen: (u16, u16)) -> MouseOutcome {
    match (event, shown) {
        (_, Shown::Window) => MouseOutcome::Nothing,
        (Mouse::WheelUp | Mouse::WheelDown, _) => {
            let up = event == Mouse::WheelUp;
            match (shown, up) {
                (Shown::Memory(_), up) => MouseOutcome::SearchWheel { up },
                (Shown::Calendar, true) => MouseOutcome::Run(Action::WeekPrev),
                (Shown::Calendar, false) => MouseOutcome::Run(Action::WeekNext),
                (_, true) => MouseOutcome::Run(Action::Up),
                (_, false) => MouseOutcome::Run(Action::Down),
            }
        }
        (Mouse::Click { column, row } | Mouse::DoubleClick { column, row }, Shown::Calendar) => {
            MouseOutcome::Calendar {
                area: pane_area(screen),
                at: (column, row),
                double: matches!(event, Mouse::DoubleClick { .. }),
            }
        }
        (Mouse::Click { row, .. } | Mouse::DoubleClick { row, .. }, shown) => {
            match row_index(shown, row) {
                Some(index) => MouseOutcome::Select {
                    index,
                    open: matches!(event, Mouse::DoubleClick { .. }),
                },
                None => MouseOutcome::Nothing,
            }
        }
    }
}

/// Where a pane is drawn on a screen of `(width, height)`: under the title bar, above the
/// status line.
pub fn pane_area((width, height): (u16, u16)) -> Rect {
    Rect::new(0, 1, width, height.saturating_sub(2))
}

/// The list row drawn at screen row `row`, if there is one there.
fn row_index(shown: Shown, row: u16) -> Option<usize> {
    match shown {
        Shown::Queue(rows) => list_index(row, rows),
        Shown::Book { rows, loose_line } => {
            list_index(row.checked_sub(u16::from(loose_line))?, rows)
        }
        Shown::Audit(rows) => list_index(row, rows),
        Shown::Memory(rows) => {
            let index = rows.offset + usize::from(row.checked_sub(HITS_TOP)? / 2);
            (index < rows.len).then_some(index)
        }
        _ => None,
    }
}

fn list_index(row: u16, rows: Rows) -> Option<usize> {
    let index = rows.offset + usize::from(row.checked_sub(LIST_TOP)?);
    (index < rows.len).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: (u16, u16) = (100, 30);

    #[test]
    fn a_click_picks_the_row_drawn_there_below_the_headings_and_past_the_scroll() {
        let queue = Shown::Queue(Rows {
            offset: 10,
            len: 15,
        });
        let click = |row| Mouse::Click { column: 5, row };
        assert_eq!(
            on_mouse(click(2), queue, SCREEN),
            MouseOutcome::Select {
                index: 10,
                open: false
            }
        );
        assert_eq!(
            on_mouse(Mouse::DoubleClick { column: 5, row: 6 }, queue, SCREEN),
            MouseOutcome::Select {
                index: 14,
                open: true
            }
        );
        // The headings, and the rows below the last one, are nothing.
        assert_eq!(on_mouse(click(1), queue, SCREEN), MouseOutcome::Nothing);
        assert_eq!(on_mouse(click(7), queue, SCREEN), MouseOutcome::Nothing);
        // In the book a line above the list says only loose matches were found.
        let book = Shown::Book {
            rows: Rows { offset: 0, len: 3 },
            loose_line: true,
        };
        assert_eq!(
            on_mouse(click(3), book, SCREEN),
            MouseOutcome::Select {
                index: 0,
                open: false
            }
        );
        assert_eq!(on_mouse(click(2), book, SCREEN), MouseOutcome::Nothing);
    }

    #[test]
    fn a_click_in_the_search_picks_the_hit_of_two_rows_and_in_the_audit_the_change() {
        let hits = Shown::Memory(Rows { offset: 4, len: 7 });
        let at = |row| Mouse::Click { column: 9, row };
        // The title bar, the search line and what was found; then two rows a hit.
        assert_eq!(on_mouse(at(2), hits, SCREEN), MouseOutcome::Nothing);
        for (row, index) in [(3, 4), (4, 4), (5, 5), (8, 6)] {
            assert_eq!(
                on_mouse(at(row), hits, SCREEN),
                MouseOutcome::Select { index, open: false },
                "row {row}"
            );
        }
        assert_eq!(on_mouse(at(9), hits, SCREEN), MouseOutcome::Nothing);
        let audit = Shown::Audit(Rows { offset: 0, len: 2 });
        assert_eq!(
            on_mouse(Mouse::DoubleClick { column: 1, row: 3 }, audit, SCREEN),
            MouseOutcome::Select {
                index: 1,
                open: true
            }
        );
        assert_eq!(on_mouse(at(4), audit, SCREEN), MouseOutcome::Nothing);
    }

    #[test]
    fn the_wheel_scrolls_what_is_shown_and_a_window_keeps_the_mouse_out() {
        let queue = Shown::Queue(Rows { offset: 0, len: 3 });
        assert_eq!(
            on_mouse(Mouse::WheelDown, queue, SCREEN),
            MouseOutcome::Run(Action::Down)
        );
        assert_eq!(
            on_mouse(Mouse::WheelUp, Shown::Calendar, SCREEN),
            MouseOutcome::Run(Action::WeekPrev)
        );
        assert_eq!(
            on_mouse(
                Mouse::WheelUp,
                Shown::Memory(Rows { offset: 0, len: 3 }),
                SCREEN
            ),
            MouseOutcome::SearchWheel { up: true }
        );
        assert_eq!(
            on_mouse(
                Mouse::DoubleClick { column: 3, row: 4 },
                Shown::Calendar,
                SCREEN
            ),
            MouseOutcome::Calendar {
                area: Rect::new(0, 1, 100, 28),
                at: (3, 4),
                double: true
            }
        );
        for event in [Mouse::WheelDown, Mouse::Click { column: 5, row: 2 }] {
            assert_eq!(
                on_mouse(event, Shown::Window, SCREEN),
                MouseOutcome::Nothing
            );
        }
        assert_eq!(
            on_mouse(Mouse::Click { column: 5, row: 2 }, Shown::Other, SCREEN),
            MouseOutcome::Nothing
        );
    }
}
