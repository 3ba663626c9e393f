//! Pieces every form window draws the same way: a labelled row, a choice, and the
//! message line (discard? saving… an error).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::key_hints::tr_keys;
use super::text::{clean, fit, width};
use super::theme;
use crate::app::keymap::KeyMap;
use crate::tr;

/// A form's rows, laid out by `Layout`: `heights` gives each field's rows, `below` the
/// rows kept under the fields for messages and hints. When not every field fits, the
/// first ones scroll out so that the focused field shows. Returns each field's room
/// (`None` for one scrolled out) and the room left below the fields.
pub fn rows(inner: Rect, heights: &[u16], focus: usize, below: u16) -> (Vec<Option<Rect>>, Rect) {
    let room = inner.height.saturating_sub(below).max(1);
    let focus = focus.min(heights.len().saturating_sub(1));
    // Scroll just enough that the focused field ends inside the room.
    let mut first = 0;
    while first < focus && heights[first..=focus].iter().sum::<u16>() > room {
        first += 1;
    }
    let mut used = 0u16;
    let mut shown = 0;
    for h in &heights[first..] {
        if used + h > room {
            break;
        }
        used += h;
        shown += 1;
    }
    let constraints = heights[first..first + shown]
        .iter()
        .map(|h| Constraint::Length(*h))
        .chain(std::iter::once(Constraint::Fill(1)));
    let areas = Layout::vertical(constraints).split(inner);
    let mut fields = vec![None; heights.len()];
    for (i, area) in areas.iter().take(shown).enumerate() {
        fields[first + i] = Some(*area);
    }
    (fields, areas[shown])
}

/// The last rows of a window: a message (empty, or lines that wrapped), and the keys.
pub fn footer(frame: &mut Frame, inner: Rect, message: Vec<Line<'static>>, hint: String) {
    let w = inner.width as usize;
    let mut lines = message;
    if lines.is_empty() {
        lines.push(Line::default());
    }
    lines.push(Line::styled(fit(&hint, w), theme::dim()));
    let rows = lines.len() as u16;
    if inner.height < rows {
        return;
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            y: inner.bottom() - rows,
            height: rows,
            ..inner
        },
    );
}

/// A field's room split into its label, `label_width` wide, and its value.
pub fn label_and_value(area: Rect, label_width: u16) -> (Rect, Rect) {
    let [label, value] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(area);
    (label, value)
}

/// A label on the left of a row, `label_width` wide and marked when focused; returns the
/// room right of it.
pub fn label(
    frame: &mut Frame,
    inner: Rect,
    y: u16,
    label_width: u16,
    text: &str,
    focused: bool,
) -> Rect {
    let style = if focused {
        theme::focused_label()
    } else {
        theme::label()
    };
    let marker = if focused { "▸" } else { " " };
    let w = label_width.min(inner.width);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(&format!("{marker}{text}"), w as usize),
            style,
        )),
        Rect {
            x: inner.x,
            y,
            width: w,
            height: 1,
        },
    );
    Rect {
        x: inner.x + w,
        y,
        width: inner.width - w,
        height: 1,
    }
}

/// A choice shown as every option with the current one marked, or just the current one
/// when the row is too narrow.
pub fn choice<T: Copy + PartialEq>(
    all: &[T],
    current: T,
    name: fn(T) -> String,
    room: usize,
    focused: bool,
) -> Line<'static> {
    let names: Vec<String> = all.iter().map(|v| name(*v)).collect();
    let total: usize = names.iter().map(|s| width(s) + 2).sum();
    if total > room {
        return Line::styled(fit(&format!("‹ {} ›", name(current)), room), theme::key());
    }
    let spans: Vec<Span> = all
        .iter()
        .zip(names)
        .flat_map(|(v, text)| {
            let style = match (*v == current, focused) {
                (true, true) => theme::selected(),
                (true, false) => theme::key(),
                (false, _) => theme::dim(),
            };
            [Span::styled(text, style), Span::raw("  ")]
        })
        .collect();
    Line::from(spans)
}

/// The form's message line when the form itself has something to say: the question
/// before discarding, a save in flight, or a save that failed.
pub fn status(
    keymap: &KeyMap,
    confirm_discard: bool,
    saving: bool,
    error: Option<&str>,
    room: usize,
) -> Option<Line<'static>> {
    if confirm_discard {
        Some(Line::styled(
            fit(&tr_keys!("form-discard-ask", keymap), room),
            theme::error(),
        ))
    } else if saving {
        Some(Line::styled(fit(&tr!("form-saving"), room), theme::dim()))
    } else {
        error.map(|e| Line::styled(fit(&clean(e), room), theme::error()))
    }
}

/// The line under a deadline field: "→ due Thu 12 Nov 14:00 · in 2 days · 8 working hours ·
/// 11 Nov is a holiday", or how to write a deadline that could not be read.
pub fn due_line(
    preview: &crate::app::due_preview::DuePreview,
    now: crate::domain::Timestamp,
    zone: crate::domain::Zone,
) -> Line<'static> {
    use crate::app::due_preview::DuePreview;
    match preview {
        DuePreview::Unknown => Line::raw(""),
        DuePreview::Due { at, why } => Line::styled(
            format!(
                "→ {} · {} · {}",
                tr!("preview-due", time = crate::format::moment(*at, now, zone)),
                crate::format::until(*at, now),
                clean(why)
            ),
            theme::ok(),
        ),
        DuePreview::Unreadable(message) => Line::styled(clean(message), theme::dim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_stack_the_fields_and_scroll_to_the_focused_one() {
        let inner = Rect::new(2, 3, 40, 8);
        let (fields, rest) = rows(inner, &[1, 1, 3], 0, 2);
        assert_eq!(fields[0], Some(Rect::new(2, 3, 40, 1)));
        assert_eq!(fields[2], Some(Rect::new(2, 5, 40, 3)));
        assert_eq!(rest, Rect::new(2, 8, 40, 3));
        // Four rows for fields: focusing the tall last field scrolls the first out.
        let small = Rect::new(0, 0, 40, 6);
        let (fields, rest) = rows(small, &[1, 1, 3], 2, 2);
        assert_eq!(fields[0], None);
        assert_eq!(fields[1], Some(Rect::new(0, 0, 40, 1)));
        assert_eq!(fields[2], Some(Rect::new(0, 1, 40, 3)));
        assert_eq!(rest, Rect::new(0, 4, 40, 2));
        let (label, value) = label_and_value(Rect::new(0, 0, 40, 3), 12);
        assert_eq!((label.width, value.x, value.height), (12, 12, 3));
    }
}
