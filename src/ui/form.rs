//! Pieces every form window draws the same way: a labelled row, a choice, and the
//! message line (discard? saving… an error).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{clean, fit, width};
use super::theme;
use crate::tr;

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
    confirm_discard: bool,
    saving: bool,
    error: Option<&str>,
    room: usize,
) -> Option<Line<'static>> {
    if confirm_discard {
        Some(Line::styled(
            fit(&tr!("form-discard-ask"), room),
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
