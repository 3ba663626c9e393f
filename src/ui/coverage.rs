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
    let mut y = inner.y;
    let last = inner.y + inner.height - 2;
    for field in CField::ORDER {
        if y >= last {
            break;
        }
        let focused = form.focus == field;
        let right = form::label(frame, inner, y, LABEL, &field_label(field), focused);
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
        y += 1;
        if focused && list_rows > 0 {
            let width = value_width as usize;
            let lines = match field {
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
            };
            let rows = list_rows.min(last.saturating_sub(y));
            frame.render_widget(
                Paragraph::new(lines),
                Rect {
                    x: inner.x + LABEL,
                    y,
                    width: value_width,
                    height: rows,
                },
            );
            y += rows;
        }
    }
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
