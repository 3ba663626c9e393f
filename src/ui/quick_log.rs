//! The quick log window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::overlays::{input, outlet_suggestion_lines, suggestion_lines, window};
use super::text::{clean, fit, width};
use super::{centered, form, theme};
use crate::app::App;
use crate::app::quick_log::{QField, QuickLog};
use crate::domain::{Channel, Priority};
use crate::labels;
use crate::tr;

const LABEL: u16 = 11;

fn field_label(f: QField) -> String {
    match f {
        QField::Who => tr!("form-who"),
        QField::Question => tr!("form-question"),
        QField::Deadline => tr!("form-deadline"),
        QField::Channel => tr!("form-channel"),
        QField::Priority => tr!("form-priority"),
        QField::Outlet => tr!("form-outlet"),
        QField::Topics => tr!("form-topics"),
    }
}

/// One row of the form; returns the area right of the label.
fn label_row(frame: &mut Frame, inner: Rect, y: u16, f: QField, focused: bool) -> Rect {
    form::label(frame, inner, y, LABEL, &field_label(f), focused)
}

pub fn render(app: &App, form: &QuickLog, frame: &mut Frame, room: Rect) {
    let who_rows = if form.focus == QField::Who {
        form.who_list.rows() as u16
    } else {
        0
    };
    let outlet_rows = if form.focus == QField::Outlet {
        form.outlet_list.rows() as u16
    } else {
        0
    };
    let topic_rows = if form.focus == QField::Topics {
        form.topics.offered.len() as u16
    } else {
        0
    };
    let height = 12 + who_rows + outlet_rows + topic_rows;
    let area = centered(room, 80, height);
    let inner = window(frame, area, &tr!("form-title"));
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let bottom = inner.y + inner.height;
    let mut y = inner.y;
    let settings = &app.settings;
    let mut next_row = |rows: u16| -> Option<u16> {
        if y + rows > bottom {
            return None;
        }
        let at = y;
        y += rows;
        Some(at)
    };

    // Who, with what it will be saved as.
    if let Some(row) = next_row(1) {
        let right = label_row(frame, inner, row, QField::Who, form.focus == QField::Who);
        let note = if form.who_picked.is_some() {
            format!(" ✓ {}", tr!("form-who-known"))
        } else if !form.who.is_blank() && form.focus != QField::Who {
            format!(" + {}", tr!("form-who-new"))
        } else {
            String::new()
        };
        let note_w = (width(&note) as u16).min(right.width / 2);
        input(
            frame,
            Rect {
                width: right.width - note_w,
                ..right
            },
            &form.who,
            form.focus == QField::Who,
        );
        if note_w > 0 {
            frame.render_widget(
                Paragraph::new(Span::styled(fit(&note, note_w as usize), theme::ok())),
                Rect {
                    x: right.x + right.width - note_w,
                    width: note_w,
                    ..right
                },
            );
        }
    }
    if who_rows > 0 {
        let new_label = tr!("form-who-create", name = clean(form.who.trimmed()));
        let lines = suggestion_lines(
            &form.who_list,
            &app.contacts,
            &new_label,
            inner.width.saturating_sub(LABEL) as usize,
        );
        if let Some(row) = next_row(who_rows) {
            frame.render_widget(
                Paragraph::new(lines),
                Rect {
                    x: inner.x + LABEL.min(inner.width),
                    y: row,
                    width: inner.width.saturating_sub(LABEL),
                    height: who_rows,
                },
            );
        }
    }

    if let Some(row) = next_row(1) {
        let right = label_row(
            frame,
            inner,
            row,
            QField::Question,
            form.focus == QField::Question,
        );
        input(frame, right, &form.question, form.focus == QField::Question);
    }

    if let Some(row) = next_row(1) {
        let right = label_row(
            frame,
            inner,
            row,
            QField::Deadline,
            form.focus == QField::Deadline,
        );
        input(frame, right, &form.deadline, form.focus == QField::Deadline);
    }
    if let Some(row) = next_row(1) {
        let room_w = inner.width.saturating_sub(LABEL) as usize;
        let line = match &form.field_error {
            Some((QField::Deadline, message)) => Line::styled(fit(message, room_w), theme::error()),
            _ => {
                let line = form::due_line(&form.preview, app.now, settings.zone);
                let style = line.style;
                Line::styled(fit(&line.to_string(), room_w), style)
            }
        };
        frame.render_widget(
            Paragraph::new(line),
            Rect {
                x: inner.x + LABEL.min(inner.width),
                y: row,
                width: room_w as u16,
                height: 1,
            },
        );
    }

    if let Some(row) = next_row(1) {
        let focused = form.focus == QField::Channel;
        let right = label_row(frame, inner, row, QField::Channel, focused);
        let line = form::choice(
            Channel::ALL,
            form.channel,
            labels::channel,
            right.width as usize,
            focused,
        );
        frame.render_widget(Paragraph::new(line), right);
    }
    if let Some(row) = next_row(1) {
        let focused = form.focus == QField::Priority;
        let right = label_row(frame, inner, row, QField::Priority, focused);
        let line = form::choice(
            Priority::ALL,
            form.priority,
            labels::priority,
            right.width as usize,
            focused,
        );
        frame.render_widget(Paragraph::new(line), right);
    }

    if let Some(row) = next_row(1) {
        let right = label_row(
            frame,
            inner,
            row,
            QField::Outlet,
            form.focus == QField::Outlet,
        );
        input(frame, right, &form.outlet, form.focus == QField::Outlet);
    }
    if outlet_rows > 0 {
        let w = inner.width.saturating_sub(LABEL) as usize;
        let new_label = tr!("form-outlet-create", name = clean(form.outlet.trimmed()));
        let lines = outlet_suggestion_lines(&form.outlet_list, &app.outlets, &new_label, w);
        if let Some(row) = next_row(outlet_rows) {
            frame.render_widget(
                Paragraph::new(lines),
                Rect {
                    x: inner.x + LABEL.min(inner.width),
                    y: row,
                    width: w as u16,
                    height: outlet_rows,
                },
            );
        }
    }

    if let Some(row) = next_row(1) {
        let focused = form.focus == QField::Topics;
        let right = label_row(frame, inner, row, QField::Topics, focused);
        input(frame, right, &form.topics.text, focused);
    }
    if topic_rows > 0 {
        let w = inner.width.saturating_sub(LABEL);
        if let Some(row) = next_row(topic_rows) {
            frame.render_widget(
                Paragraph::new(super::topics::offered_lines(&form.topics, w as usize)),
                Rect {
                    x: inner.x + LABEL.min(inner.width),
                    y: row,
                    width: w,
                    height: topic_rows,
                },
            );
        }
    }

    // The last two rows: a message, and the keys.
    let w = inner.width as usize;
    let message = if let Some(line) =
        form::status(form.confirm_discard, form.saving, form.error.as_deref(), w)
    {
        line
    } else if let Some((f, message)) = &form.field_error
        && *f != QField::Deadline
    {
        Line::styled(
            fit(&format!("{}: {message}", field_label(*f)), w),
            theme::error(),
        )
    } else {
        Line::raw("")
    };
    if inner.height >= 2 {
        let hint = Line::styled(fit(&tr!("form-hint"), w), theme::dim());
        frame.render_widget(
            Paragraph::new(vec![message, hint]),
            Rect {
                y: bottom - 2,
                height: 2,
                ..inner
            },
        );
    }
}
