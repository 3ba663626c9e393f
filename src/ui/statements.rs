//! The statements window: the words (or topic) typed, the statements and past answers
//! found — stale ones marked in words, not only in colour — and the chosen one's text.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::key_hints::tr_keys;
use super::overlays::{input, window};
use super::text::{clean, fit};
use super::{centered, theme};
use crate::app::App;
use crate::app::statements::{Entry, StatementsWindow};
use crate::store::MemoryKind;
use crate::tr;

pub fn render(app: &App, w: &StatementsWindow, frame: &mut Frame, area: Rect) {
    let outer = centered(area, 96, area.height.saturating_sub(2).max(12));
    let title = if w.inserting() {
        tr!("statements-insert-title")
    } else {
        tr!("statements-title")
    };
    let inner = window(frame, outer, &title);
    let [line, list, preview, keys] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(6),
        Constraint::Length(1),
    ])
    .areas(inner);
    let label = if w.inserting() {
        tr!("statements-words")
    } else {
        tr!("statements-topic")
    };
    let label = format!("{label} ");
    let [label_area, field] = Layout::horizontal([
        Constraint::Length(crate::text::width(&label) as u16),
        Constraint::Min(1),
    ])
    .areas(Rect { height: 1, ..line });
    frame.render_widget(
        Paragraph::new(Span::styled(label, theme::focused_label())),
        label_area,
    );
    input(frame, field, &w.field, true);

    let width = list.width as usize;
    let rows = list.height as usize;
    let first = w.selected.saturating_sub(rows.saturating_sub(1));
    let mut lines: Vec<Line> = w
        .entries
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, e)| entry_line(e, i == w.selected, width))
        .collect();
    if let Some(error) = &w.error {
        lines = vec![Line::styled(clean(error), theme::error())];
    } else if lines.is_empty() && w.searched.is_some() {
        lines.push(Line::styled(tr!("statements-nothing"), theme::dim()));
    }
    frame.render_widget(Paragraph::new(lines), list);

    if let Some(entry) = w.selected_entry() {
        let text: Vec<Line> = crate::text::clean_lines(&entry.text)
            .into_iter()
            .map(Line::raw)
            .collect();
        frame.render_widget(
            Paragraph::new(text)
                .wrap(Wrap { trim: false })
                .block(ratatui::widgets::Block::default().borders(ratatui::widgets::Borders::TOP)),
            preview,
        );
    }
    let hint = if w.inserting() {
        tr_keys!("statements-insert-keys", &app.keymap)
    } else {
        tr_keys!("statements-keys", &app.keymap)
    };
    frame.render_widget(Paragraph::new(Line::styled(hint, theme::dim())), keys);
}

/// One entry: what it is, its topic or subject, when agreed and by whom, stale or not.
fn entry_line(e: &Entry, selected: bool, width: usize) -> Line<'static> {
    let marker = if selected { "▸ " } else { "  " };
    let what = match e.kind {
        MemoryKind::Statement => tr!("memory-kind-statement"),
        _ => tr!("statements-answer", id = e.id),
    };
    let mut text = format!("{marker}{what} · {}", clean(&e.title));
    if let Some((day, by)) = &e.agreed {
        text.push_str(" · ");
        text.push_str(&tr!("statement-agreed", day = day.clone()));
        if !by.trim().is_empty() {
            text.push_str(&format!(" — {}", clean(by)));
        }
    }
    let stale = e.stale.then(|| format!(" · {}", tr!("statement-stale")));
    let room = width.saturating_sub(stale.as_deref().map_or(0, crate::text::width));
    let base = if selected {
        theme::selected()
    } else {
        ratatui::style::Style::new()
    };
    let mut spans = vec![Span::styled(fit(&text, room), base)];
    if let Some(stale) = stale {
        spans.push(Span::styled(stale, base.patch(theme::late())));
    }
    Line::from(spans)
}
