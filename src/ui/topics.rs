//! The topics field's offered topics, and the window that sets an inquiry's topics.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::key_hints::tr_keys;
use super::overlays::{input, window};
use super::text::{clean, fit};
use super::{centered, form, theme};
use crate::app::App;
use crate::app::topics::{TopicField, TopicsWindow};
use crate::tr;

/// The rows under a topics field: the topics offered for the one being typed, the chosen
/// one marked.
pub fn offered_lines(field: &TopicField, width: usize) -> Vec<Line<'static>> {
    field
        .offered
        .iter()
        .enumerate()
        .map(|(i, topic)| {
            let selected = field.selected == Some(i);
            let text = fit(
                &format!("{}{}", if selected { "▸ " } else { "  " }, clean(topic)),
                width,
            );
            if selected {
                Line::styled(text, theme::selected())
            } else {
                Line::styled(text, theme::dim())
            }
        })
        .collect()
}

pub fn render(app: &App, w: &TopicsWindow, frame: &mut Frame, room: Rect) {
    let width = room.width.min(72);
    let offered = w.field.offered.len() as u16;
    // The keys, wrapped under each other rather than cut.
    let hint = super::wrap::indented(
        &tr_keys!("topics-hint", &app.keymap),
        0,
        usize::from(width.saturating_sub(2)),
    );
    // The field, what is offered, a message and the keys.
    let area = centered(room, width, offered + 4 + hint.len() as u16);
    let inner = window(frame, area, &tr!("topics-title", id = w.inquiry));
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    input(frame, Rect { height: 1, ..inner }, &w.field.text, true);
    let text_width = inner.width as usize;
    let mut lines = offered_lines(&w.field, text_width);
    let message = form::status(
        &app.keymap,
        w.confirm_discard,
        w.saving,
        w.error.as_deref(),
        text_width,
    )
    .unwrap_or_else(|| Line::raw(""));
    lines.push(message);
    lines.extend(hint.into_iter().map(|l| Line::styled(l, theme::dim())));
    let rest = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rest);
}
