//! Where the calendar's days and items stand on the screen. The view draws by these
//! measures and the mouse finds what was clicked by them, so the two cannot disagree.

use chrono::{Duration, NaiveDate};
use ratatui::layout::Rect;

use super::{CalendarState, View};
use crate::domain::Zone;
use crate::domain::plan::{first_of_month, last_of_month, month_grid, week_range};

/// The pane's area split into the view and the two lines of counts under it (when the
/// pane is tall enough to spare them).
pub fn split_counts(area: Rect) -> (Rect, Option<Rect>) {
    let count_rows = if area.height >= 12 { 2 } else { 0 };
    let body = Rect {
        height: area.height - count_rows,
        ..area
    };
    let counts = (count_rows > 0).then_some(Rect {
        y: area.y + body.height,
        height: count_rows,
        ..area
    });
    (body, counts)
}

/// The month view: the grid, the selected day's list, and whether the list stands beside
/// the grid (a wide screen) or under it.
pub fn split_month(area: Rect) -> (Rect, Rect, bool) {
    let side = area.width >= 72;
    if side {
        let list_w = (area.width * 2 / 5).clamp(30, 60);
        let grid = Rect {
            width: area.width - list_w,
            ..area
        };
        let list = Rect {
            x: area.x + area.width - list_w,
            width: list_w,
            ..area
        };
        (grid, list, side)
    } else {
        let grid_h = (area.height * 3 / 5).max(area.height.min(8));
        let grid = Rect {
            height: grid_h,
            ..area
        };
        let list = Rect {
            y: area.y + grid_h,
            height: area.height - grid_h,
            ..area
        };
        (grid, list, side)
    }
}

/// The month grid: a row of weekday names, then a row of cells a week.
#[derive(Debug, Clone, Copy)]
pub struct Grid {
    pub area: Rect,
    /// The Monday the grid starts on, and how many weeks it shows.
    pub start: NaiveDate,
    pub weeks: u32,
    /// The column of week numbers on the left (none on a narrow screen).
    pub number_width: u16,
    pub cell_width: u16,
    pub cell_height: u16,
}

impl Grid {
    /// The grid around `cursor`'s month; none where the area is too small to draw it.
    pub fn new(area: Rect, cursor: NaiveDate) -> Option<Grid> {
        if area.height < 2 || area.width < 14 {
            return None;
        }
        let (start, weeks) = month_grid(cursor);
        let number_width = if area.width >= 40 { 3 } else { 0 };
        Some(Grid {
            area,
            start,
            weeks,
            number_width,
            cell_width: ((area.width - number_width) / 7).max(2),
            cell_height: ((area.height - 1) / weeks as u16).max(1),
        })
    }

    /// The first screen row of a week, if it is on screen.
    pub fn week_row(&self, week: u32) -> Option<u16> {
        let y = self.area.y + 1 + week as u16 * self.cell_height;
        (y < self.area.bottom()).then_some(y)
    }

    /// The cell of one day: `week` from the top, `weekday` from Monday.
    pub fn cell(&self, week: u32, weekday: u16) -> Option<Rect> {
        let y = self.week_row(week)?;
        Some(Rect {
            x: self.area.x + self.number_width + weekday * self.cell_width,
            y,
            width: self.cell_width,
            height: self.cell_height.min(self.area.bottom() - y),
        })
    }

    pub fn day(&self, week: u32, weekday: u16) -> NaiveDate {
        self.start + Duration::days(week as i64 * 7 + weekday as i64)
    }

    /// The day whose cell holds the screen position.
    pub fn day_at(&self, column: u16, row: u16) -> Option<NaiveDate> {
        let x = column.checked_sub(self.area.x + self.number_width)?;
        let y = row.checked_sub(self.area.y + 1)?;
        let (weekday, week) = (x / self.cell_width, (y / self.cell_height) as u32);
        (weekday < 7 && week < self.weeks && row < self.area.bottom())
            .then(|| self.day(week, weekday))
    }
}

/// The selected day's list: its heading, a line while the days load, then the items,
/// scrolled so the selected one is in view.
#[derive(Debug, Clone, Copy)]
pub struct DayList {
    /// Inside the border that parts it from the grid.
    pub inner: Rect,
    /// The first item shown, and the row of the screen it is drawn on.
    pub skip: usize,
    pub first_row: u16,
}

impl DayList {
    pub fn new(area: Rect, side: bool, cal: &CalendarState) -> Option<DayList> {
        if area.height == 0 || area.width < 4 {
            return None;
        }
        let inner = if side {
            Rect {
                x: area.x + 1,
                width: area.width - 1,
                ..area
            }
        } else {
            area
        };
        let room = inner.height.saturating_sub(1) as usize;
        Some(DayList {
            inner,
            skip: (cal.item + 1).saturating_sub(room),
            first_row: inner.y + 1 + u16::from(!cal.loaded),
        })
    }

    /// How many items fit.
    pub fn room(&self) -> usize {
        self.inner.height.saturating_sub(1) as usize
    }

    /// The item (of `count`) drawn at the screen row.
    pub fn item_at(&self, row: u16, count: usize) -> Option<usize> {
        let index = self.skip + usize::from(row.checked_sub(self.first_row)?);
        (index < count && index < self.skip + self.room()).then_some(index)
    }
}

/// The week view's seven columns, Monday first; the last takes what the division leaves.
pub fn week_columns(area: Rect) -> Option<[Rect; 7]> {
    if area.height < 2 || area.width < 14 {
        return None;
    }
    let col_w = area.width / 7;
    Some(std::array::from_fn(|d| Rect {
        x: area.x + d as u16 * col_w,
        width: if d == 6 {
            area.width - 6 * col_w
        } else {
            col_w
        },
        ..area
    }))
}

/// How many of a day's items a week column of `room` rows (under its heading) shows, two
/// rows each, and whether the line saying how many more there are replaced the last row.
pub fn week_items_shown(room: usize, count: usize) -> (usize, bool) {
    let shown = (room / 2).min(count);
    (shown, shown < count && shown * 2 >= room)
}

/// The item of a week column at `row` counted from the column's heading (row 0).
pub fn week_item_at(room: usize, count: usize, row: usize) -> Option<usize> {
    let (shown, more_on_last) = week_items_shown(room, count);
    let index = row.checked_sub(1)? / 2;
    let on_more_line = more_on_last && row == shown * 2;
    (index < shown && !on_more_line).then_some(index)
}

/// One line of the agenda: a day's heading, or one of its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaLine {
    Day(NaiveDate),
    Item(NaiveDate, usize),
}

/// The agenda of the selected day's month: every day with items, and the selected day even
/// without; with the line of the selection.
pub fn agenda_lines(cal: &CalendarState, zone: Zone) -> (Vec<AgendaLine>, usize) {
    let mut lines = Vec::new();
    let mut selected = 0;
    let mut day = first_of_month(cal.cursor);
    while day <= last_of_month(cal.cursor) {
        let count = cal.day_items(day, zone).len();
        if count > 0 || day == cal.cursor {
            if day == cal.cursor {
                selected = lines.len();
            }
            lines.push(AgendaLine::Day(day));
            for i in 0..count {
                if day == cal.cursor && i == cal.item {
                    selected = lines.len();
                }
                lines.push(AgendaLine::Item(day, i));
            }
        }
        day += Duration::days(1);
    }
    (lines, selected)
}

/// The first agenda line shown: the selection a third of the way down where it can be.
pub fn agenda_offset(selected: usize, lines: usize, height: usize) -> usize {
    selected
        .saturating_sub(height / 3)
        .min(lines.saturating_sub(height))
}

/// What the calendar shows at a screen position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    Day(NaiveDate),
    Item(NaiveDate, usize),
}

/// What stands at (`column`, `row`) of the calendar drawn into `area`.
pub fn spot_at(cal: &CalendarState, zone: Zone, area: Rect, column: u16, row: u16) -> Option<Spot> {
    let (body, _) = split_counts(area);
    if !body.contains((column, row).into()) {
        return None;
    }
    match cal.view {
        View::Month => {
            let (grid, list, side) = split_month(body);
            if list.contains((column, row).into()) {
                let list = DayList::new(list, side, cal)?;
                let count = cal.day_items(cal.cursor, zone).len();
                return Some(match list.item_at(row, count) {
                    Some(i) => Spot::Item(cal.cursor, i),
                    None => Spot::Day(cal.cursor),
                });
            }
            Grid::new(grid, cal.cursor)?
                .day_at(column, row)
                .map(Spot::Day)
        }
        View::Week => {
            let columns = week_columns(body)?;
            let d = columns
                .iter()
                .position(|c| c.contains((column, row).into()))?;
            let day = week_range(cal.cursor).0 + Duration::days(d as i64);
            let room = body.height.saturating_sub(1) as usize;
            let count = cal.day_items(day, zone).len();
            Some(match week_item_at(room, count, usize::from(row - body.y)) {
                Some(i) => Spot::Item(day, i),
                None => Spot::Day(day),
            })
        }
        View::Agenda => {
            let (lines, selected) = agenda_lines(cal, zone);
            let height = body.height as usize;
            let offset = agenda_offset(selected, lines.len(), height);
            let line = lines.get(offset + usize::from(row - body.y))?;
            Some(match *line {
                AgendaLine::Day(day) => Spot::Day(day),
                AgendaLine::Item(day, i) => Spot::Item(day, i),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_column_shows_two_rows_an_item_and_the_rest_as_a_count() {
        // Five rows under the heading: two items, then "+3 more" on its own row.
        assert_eq!(week_items_shown(5, 5), (2, false));
        assert_eq!(week_item_at(5, 5, 0), None);
        assert_eq!(week_item_at(5, 5, 1), Some(0));
        assert_eq!(week_item_at(5, 5, 4), Some(1));
        assert_eq!(week_item_at(5, 5, 5), None);
        // Four rows: the count takes the second item's last row.
        assert_eq!(week_items_shown(4, 3), (2, true));
        assert_eq!(week_item_at(4, 3, 3), Some(1));
        assert_eq!(week_item_at(4, 3, 4), None);
    }

    #[test]
    fn the_grid_finds_the_day_under_a_position() {
        let cursor = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let area = Rect::new(0, 1, 73, 30);
        let grid = Grid::new(area, cursor).unwrap();
        // December 2026 starts on a Tuesday: the grid's Monday is 30 November.
        assert_eq!(grid.start, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        let cell = grid.cell(0, 1).unwrap();
        assert_eq!(grid.day_at(cell.x, cell.y), Some(cursor));
        assert_eq!(
            grid.day_at(cell.right() - 1, cell.bottom() - 1),
            Some(cursor)
        );
        // The weekday names and the week numbers are no day.
        assert_eq!(grid.day_at(cell.x, area.y), None);
        assert_eq!(grid.day_at(0, cell.y), None);
    }
}
