//! Coverage in the interface: a piece's line on a timeline or under an inquiry, and the
//! window that logs one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::context::Context;
use super::key_hints::tr_keys;
use super::overlays::{input, outlet_suggestion_lines, suggestion_lines, window};
use super::text::{clean, fit};
use super::{centered, form, theme};
use crate::app::App;
use crate::app::coverage_form::{CField, CoverageForm};
use crate::domain::coverage::{Coverage, Tone};
use crate::format;
use crate::labels;
use crate::tr;

const LABEL: u16 = 12;

/// The colour of a tone: green for praise, red for criticism.
pub fn tone_style(tone: Tone) -> Style {
    match tone {
        Tone::Positive => theme::ok(),
        Tone::Neutral => Style::default(),
        Tone::Negative => theme::critical(),
    }
}

/// "24 Nov 2026    coverage · negative «Title» — Outlet · Journalist": the day, the tone
/// and the title, then the outlet (left out on the outlet's own card), the byline and the
/// inquiry it followed (left out under that inquiry itself, `shown`).
pub fn coverage_spans(c: &Coverage, with_outlet: bool, shown: Option<i64>) -> Vec<Span<'static>> {
    let day = format!("{} {}", format::day_month(c.day), c.day.format("%Y"));
    let mut spans = vec![
        Span::styled(format!("{day:<16} "), theme::dim()),
        Span::styled(format!("{} ", tr!("timeline-coverage")), theme::key()),
        Span::styled(format!("{} ", labels::tone(c.tone)), tone_style(c.tone)),
        Span::raw(format!("«{}»", clean(&c.title))),
    ];
    let mut by = Vec::new();
    if with_outlet {
        by.push(clean(&c.outlet_name));
    }
    if let Some(name) = &c.contact_name {
        by.push(clean(name));
    }
    if let Some(id) = c.inquiry_id
        && shown != Some(id)
    {
        by.push(format!("#{id}"));
    }
    if !by.is_empty() {
        spans.push(Span::styled(format!(" — {}", by.join(" · ")), theme::dim()));
    }
    spans
}

fn field_label(f: CField) -> String {
    match f {
        CField::Outlet => tr!("form-outlet"),
        CField::Who => tr!("coverage-form-who"),
        CField::Day => tr!("coverage-form-day"),
        CField::Title => tr!("coverage-form-title-field"),
        CField::Link => tr!("coverage-form-link"),
        CField::Tone => tr!("coverage-form-tone"),
    }
}

/// The window's title: what the piece is logged from.
fn title(form: &CoverageForm) -> String {
    match form.inquiry {
        Some(id) => tr!("coverage-form-title-inquiry", id = id),
        None => tr!("coverage-form-title"),
    }
}

pub fn render(app: &App, form: &CoverageForm, frame: &mut Frame, room: Rect) {
    let list_rows = match form.focus {
        CField::Outlet => form.outlet.list.rows() as u16,
        CField::Who => form.who.list.rows() as u16,
        _ => 0,
    };
    let area = centered(room, 80, 10 + list_rows);
    let inner = window(frame, area, &title(form));
    if inner.height < 3 || inner.width <= LABEL {
        return;
    }
    let value_width = inner.width - LABEL;
    // One row a field, and the focused one's suggestions under it; on a short screen the
    // first fields scroll out so the focused one shows, above the message and hint rows.
    let below = 2;
    let heights: Vec<u16> = CField::ORDER
        .iter()
        .map(|f| match *f == form.focus {
            true => (1 + list_rows).min(inner.height - below),
            false => 1,
        })
        .collect();
    let at = CField::ORDER
        .iter()
        .position(|f| *f == form.focus)
        .unwrap_or(0);
    let (rooms, _) = form::rows(inner, &heights, at, below);
    for (&field, room) in CField::ORDER.iter().zip(rooms) {
        let Some(room) = room else { continue };
        let focused = form.focus == field;
        let right = form::label(frame, inner, room.y, LABEL, &field_label(field), focused);
        match field {
            CField::Outlet => input(frame, right, &form.outlet.text, focused),
            CField::Who => input(frame, right, &form.who.text, focused),
            CField::Day => input(frame, right, &form.day, focused),
            CField::Title => input(frame, right, &form.title, focused),
            CField::Link => input(frame, right, &form.url, focused),
            CField::Tone => {
                let line = form::choice(
                    Tone::ALL,
                    form.tone,
                    labels::tone,
                    right.width as usize,
                    focused,
                );
                frame.render_widget(Paragraph::new(line), right);
            }
        }
        if focused && room.height > 1 {
            let lines = suggestions(app, form, field, value_width as usize);
            frame.render_widget(
                Paragraph::new(lines),
                Rect {
                    x: inner.x + LABEL,
                    y: room.y + 1,
                    width: value_width,
                    height: room.height - 1,
                },
            );
        }
    }
    let last = inner.y + inner.height - below;
    let w = inner.width as usize;
    let message = form::status(
        &app.keymap,
        form.confirm_discard,
        form.saving,
        form.error.as_deref(),
        w,
    )
    .or_else(|| {
        form.field_error.as_ref().map(|(f, message)| {
            Line::styled(
                fit(&format!("{}: {}", field_label(*f), clean(message)), w),
                theme::error(),
            )
        })
    })
    .unwrap_or_else(|| Line::raw(""));
    let hint = Line::styled(fit(&tr_keys!("form-hint", &app.keymap), w), theme::dim());
    frame.render_widget(
        Paragraph::new(vec![message, hint]),
        Rect {
            y: last,
            height: 2,
            ..inner
        },
    );
}

/// The suggestions under the outlet or the journalist while it is focused, with the row
/// that makes a new one of what was typed.
fn suggestions(app: &App, form: &CoverageForm, field: CField, width: usize) -> Vec<Line<'static>> {
    match field {
        CField::Outlet => {
            let label = tr!(
                "form-outlet-create",
                name = clean(form.outlet.text.trimmed())
            );
            outlet_suggestion_lines(&form.outlet.list, &app.outlets, &label, width)
        }
        _ => {
            let label = tr!(
                "coverage-form-who-create",
                name = clean(form.who.text.trimmed())
            );
            suggestion_lines(&form.who.list, &app.contacts, &label, width)
        }
    }
}

/// The pieces under an inquiry's detail, newest first, and how to log one.
pub fn detail_lines(cx: &Context, inquiry: i64, pieces: &[Coverage]) -> Vec<Line<'static>> {
    let key = cx.keymap.label(crate::app::keymap::Action::LogCoverage);
    let mut lines = vec![
        Line::raw(""),
        Line::styled(
            tr!("detail-coverage", count = pieces.len(), key = key),
            theme::label(),
        ),
    ];
    for piece in pieces {
        let mut spans = vec![Span::raw("  ")];
        spans.extend(coverage_spans(piece, true, Some(inquiry)));
        lines.push(Line::from(spans));
    }
    lines
}
