//! Windows over the panes: one-line prompts, pickers and the expert chooser, plus the
//! pieces forms share (a text field, a list of suggestions).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::key_hints::tr_keys;
use super::text::{clean, fit};
use super::{centered, theme};
use crate::app::App;
use crate::app::field::TextField;
use crate::app::overlay::{
    ExpertChooser, ExpertDuePreview, PickValue, Picker, PickerKind, Prompt, PromptKind,
};
use crate::app::suggest::Suggestions;
use crate::format;
use crate::labels;
use crate::search::ContactIndex;
use crate::tr;

/// A bordered window, cleared underneath; returns the inside.
pub fn window(frame: &mut Frame, area: Rect, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme::border())
        .title(Span::styled(
            format!(" {} ", fit(title, area.width.saturating_sub(4) as usize)),
            theme::header(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// Draws a one-line field, scrolled so the cursor shows, and puts the cursor there when
/// the field has focus.
pub fn input(frame: &mut Frame, area: Rect, field: &TextField, focused: bool) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let width = area.width.saturating_sub(1) as usize;
    let scroll = field.visual_scroll(width);
    let style = if focused {
        Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED)
    } else {
        Style::new()
    };
    let shown = clean(field.value());
    frame.render_widget(
        Paragraph::new(Line::styled(shown, style)).scroll((0, scroll as u16)),
        area,
    );
    if focused {
        let x = area.x + (field.visual_cursor().saturating_sub(scroll)).min(width) as u16;
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// Suggestion rows: each name with its matched letters highlighted, then the "new" row.
pub fn suggestion_lines(
    list: &Suggestions,
    contacts: &ContactIndex,
    new_label: &str,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (i, hit) in list.hits.iter().enumerate() {
        let Some(c) = contacts.get(hit.id) else {
            continue;
        };
        let selected = i == list.selected;
        let mut spans = vec![Span::raw(if selected { "▸ " } else { "  " })];
        spans.extend(highlighted(&c.name, &hit.name_positions));
        let mut extra = Vec::new();
        match &c.outlet {
            Some(o) => extra.push(clean(o)),
            None if !c.position.is_empty() => extra.push(clean(&c.position)),
            None => {}
        }
        if let Some(p) = c.phones.first() {
            extra.push(clean(p));
        }
        if !extra.is_empty() {
            spans.push(Span::styled(
                format!(" · {}", extra.join(" · ")),
                theme::dim(),
            ));
        }
        lines.push(finish_row(spans, selected, width));
    }
    lines.extend(new_row(list, new_label, width));
    lines
}

/// Outlet suggestion rows: each outlet's name, then the "new outlet" row.
pub fn outlet_suggestion_lines(
    list: &Suggestions,
    outlets: &crate::search::OutletIndex,
    new_label: &str,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (i, hit) in list.hits.iter().enumerate() {
        let Some(o) = outlets.get(hit.id) else {
            continue;
        };
        let selected = i == list.selected;
        let spans = vec![
            Span::raw(if selected { "▸ " } else { "  " }),
            Span::raw(clean(&o.name)),
        ];
        lines.push(finish_row(spans, selected, width));
    }
    lines.extend(new_row(list, new_label, width));
    lines
}

/// The last row of a suggestion list, when it offers to create what was typed.
fn new_row(list: &Suggestions, new_label: &str, width: usize) -> Option<Line<'static>> {
    if !list.offers_new {
        return None;
    }
    let selected = list.selected == list.hits.len();
    let spans = vec![
        Span::raw(if selected { "▸ " } else { "  " }),
        Span::styled(format!("+ {new_label}"), theme::ok()),
    ];
    Some(finish_row(spans, selected, width))
}

fn finish_row(spans: Vec<Span<'static>>, selected: bool, width: usize) -> Line<'static> {
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    let mut line = Line::from(spans);
    if selected {
        line = line.style(theme::selected());
    }
    if super::text::width(&text) > width {
        // Long rows are cut as plain text so the ellipsis lands where it should.
        let style = if selected {
            theme::selected()
        } else {
            Style::new()
        };
        return Line::styled(fit(&text, width), style);
    }
    line
}

/// A name with the matched characters in the match style.
pub fn highlighted(name: &str, positions: &[usize]) -> Vec<Span<'static>> {
    let name = clean(name);
    if positions.is_empty() {
        return vec![Span::raw(name)];
    }
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, ch) in name.chars().enumerate() {
        let m = positions.contains(&i);
        if m != run_matched && !run.is_empty() {
            spans.push(styled_run(std::mem::take(&mut run), run_matched));
        }
        run_matched = m;
        run.push(ch);
    }
    if !run.is_empty() {
        spans.push(styled_run(run, run_matched));
    }
    spans
}

fn styled_run(text: String, matched: bool) -> Span<'static> {
    if matched {
        Span::styled(text, theme::matched())
    } else {
        Span::raw(text)
    }
}

fn prompt_title(kind: PromptKind, id: i64) -> String {
    match kind {
        PromptKind::Answer => tr!("prompt-answer", id = id),
        PromptKind::Question => tr!("prompt-question", id = id),
        PromptKind::Subject => tr!("prompt-subject", id = id),
        PromptKind::Deadline => tr!("prompt-deadline", id = id),
        PromptKind::DeclineReason => tr!("prompt-decline", id = id),
        PromptKind::ReportRange => tr!("prompt-report-range"),
        PromptKind::MoveItem(_) => tr!("move-title", id = id),
        PromptKind::MoveOccurrence(_, on) => {
            tr!("move-occurrence-title", id = id, date = on.to_string())
        }
    }
}

pub fn prompt(app: &App, prompt: &Prompt, frame: &mut Frame, room: Rect) {
    let mut below: Vec<Line> = Vec::new();
    if prompt.confirm_discard {
        below.push(Line::styled(
            tr_keys!("form-discard-ask", &app.keymap),
            theme::error(),
        ));
    } else if let Some(error) = &prompt.error {
        below.push(Line::styled(clean(error), theme::error()));
    } else if prompt.kind == PromptKind::Deadline {
        below.push(super::form::due_line(
            &prompt.preview,
            app.now,
            app.settings.zone,
        ));
    }
    let hint = match prompt.kind {
        PromptKind::Deadline => tr_keys!("prompt-deadline-hint", &app.keymap),
        PromptKind::ReportRange => tr_keys!("prompt-report-range-hint", &app.keymap),
        PromptKind::MoveItem(_) | PromptKind::MoveOccurrence(..) => {
            tr_keys!("move-hint", &app.keymap)
        }
        _ if prompt.text.is_some() => tr_keys!("prompt-text-hint", &app.keymap),
        _ => tr_keys!("prompt-hint", &app.keymap),
    };
    below.push(Line::styled(hint, theme::dim()));
    if prompt.kind == PromptKind::Answer {
        let keys = app
            .keymap
            .label(crate::app::keymap::Action::InsertStatement);
        below.push(Line::styled(
            tr!("prompt-answer-statements", key = keys),
            theme::dim(),
        ));
    }
    // Messages and hints wrap instead of losing their end.
    let width = room.width.min(76);
    let text_width = width.saturating_sub(2).max(1) as usize;
    let rows: u16 = below
        .iter()
        .map(|l| l.width().max(1).div_ceil(text_width) as u16)
        .sum();
    // A text of paragraphs gets the room a paragraph needs; a line gets one row.
    let editor_rows: u16 = if prompt.text.is_some() {
        room.height.saturating_sub(rows + 2).clamp(1, 10)
    } else {
        1
    };
    let area = centered(room, width, rows + editor_rows + 2);
    let inner = window(frame, area, &prompt_title(prompt.kind, prompt.target));
    if inner.height == 0 {
        return;
    }
    let [editor_area, rest] =
        Layout::vertical([Constraint::Length(editor_rows), Constraint::Fill(1)]).areas(inner);
    match &prompt.text {
        Some(text) => frame.render_widget(text.widget(), editor_area),
        None => input(frame, editor_area, &prompt.input, true),
    }
    frame.render_widget(Paragraph::new(below).wrap(Wrap { trim: false }), rest);
}

fn pick_label(app: &App, people: &[String], value: PickValue) -> String {
    match value {
        PickValue::Status(s) => labels::status(s),
        PickValue::Priority(p) => format!(
            "{} ({})",
            labels::priority(p),
            format::span(app.settings.rules.answer_time(p).secs)
        ),
        PickValue::Member(Some(i)) => people.get(i).map(|s| clean(s)).unwrap_or_default(),
        PickValue::Member(None) => tr!("nobody"),
        PickValue::ItemStatus(s) => labels::item_status(s),
    }
}

pub fn picker(app: &App, picker: &Picker, frame: &mut Frame, room: Rect) {
    let title = match picker.kind {
        PickerKind::Status => tr!("picker-status", id = picker.target),
        PickerKind::Priority => tr!("picker-priority", id = picker.target),
        PickerKind::Assign => tr!("picker-assign", id = picker.target),
        PickerKind::ItemStatus => tr!("item-status-title", id = picker.target),
        PickerKind::AuditPerson => tr!("alerts-audit-whose"),
    };
    let people = match picker.kind {
        PickerKind::AuditPerson => crate::app::audit_people(
            &app.settings,
            app.audit().map(|v| v.who.as_str()).unwrap_or(""),
        ),
        _ => app.settings.assignable(),
    };
    // The hint wraps rather than losing its end; the window grows to hold it.
    let hint = super::wrap::indented(
        &tr_keys!("picker-hint", &app.keymap),
        1,
        room.width.min(44).saturating_sub(2) as usize,
    );
    let height = picker.options.len() as u16 + 2 + hint.len() as u16;
    let area = centered(room, 44, height);
    let inner = window(frame, area, &title);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = picker
        .options
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let text = fit(
                &format!(" {} {}", i + 1, pick_label(app, &people, *v)),
                width,
            );
            match v {
                _ if i == picker.selected => Line::styled(text, theme::selected()),
                PickValue::ItemStatus(s) => Line::styled(text, theme::item_status(*s)),
                _ => Line::raw(text),
            }
        })
        .collect();
    lines.extend(hint.into_iter().map(|l| Line::styled(l, theme::dim())));
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn expert(app: &App, chooser: &ExpertChooser, frame: &mut Frame, room: Rect) {
    let width = room.width.min(72);
    let text_width = width.saturating_sub(2).max(1) as usize;
    let new_label = tr!("expert-new", name = clean(chooser.input.trimmed()));
    let mut lines = suggestion_lines(&chooser.list, &app.contacts, &new_label, text_width);
    if chooser.list.is_empty() {
        lines.push(Line::styled(tr!("expert-none"), theme::dim()));
    }
    // The hint wraps rather than losing its end.
    let hint = Line::styled(tr_keys!("alerts-expert-hint", &app.keymap), theme::dim());
    let hint_rows = hint.width().max(1).div_ceil(text_width) as u16;
    lines.push(hint);
    // The name, the comment's deadline and its preview take the first three rows.
    let area = centered(room, width, lines.len() as u16 - 1 + hint_rows + 5);
    let inner = window(frame, area, &tr!("expert-title", id = chooser.inquiry));
    if inner.height < 3 {
        return;
    }
    input(
        frame,
        Rect { height: 1, ..inner },
        &chooser.input,
        !chooser.on_due,
    );
    let label = fit(&tr!("alerts-expert-due-label"), 14);
    let label_width = super::text::width(&label) as u16 + 1;
    frame.render_widget(
        Paragraph::new(Span::styled(
            label,
            if chooser.on_due {
                theme::focused_label()
            } else {
                theme::label()
            },
        )),
        Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        },
    );
    input(
        frame,
        Rect {
            x: inner.x + label_width.min(inner.width),
            y: inner.y + 1,
            width: inner.width.saturating_sub(label_width),
            height: 1,
        },
        &chooser.due,
        chooser.on_due,
    );
    let preview = expert_due_line(app, chooser);
    frame.render_widget(
        Paragraph::new(Line::styled(
            fit(&preview.to_string(), text_width),
            preview.style,
        )),
        Rect {
            y: inner.y + 2,
            height: 1,
            ..inner
        },
    );
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        Rect {
            y: inner.y + 3,
            height: inner.height - 3,
            ..inner
        },
    );
}

/// "→ comment due Thu 15:00 · in 3h · halfway to the answer's deadline"
fn expert_due_line(app: &App, chooser: &ExpertChooser) -> Line<'static> {
    let (at, why) = match &chooser.preview {
        ExpertDuePreview::Halfway(at) => (*at, Some(tr!("alerts-expert-due-halfway"))),
        ExpertDuePreview::Typed(at) => (*at, None),
        ExpertDuePreview::Unreadable(message) => {
            return Line::styled(clean(message), theme::dim());
        }
    };
    let mut text = format!(
        "→ {} · {}",
        tr!(
            "alerts-expert-due-preview",
            time = format::moment(at, app.now, app.settings.zone)
        ),
        format::until(at, app.now)
    );
    if let Some(why) = why {
        text.push_str(&format!(" · {why}"));
    }
    let late = at > chooser.answer_due;
    if late {
        text.push_str(&format!(" · {}", tr!("alerts-expert-due-after-answer")));
    }
    Line::styled(text, if late { theme::error() } else { theme::ok() })
}
