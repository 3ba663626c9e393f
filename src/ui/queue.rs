//! The queue pane: open inquiries, most urgent first. Only the visible rows are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{clean, pad};
use super::theme;
use crate::app::App;
use crate::domain::Inquiry;
use crate::format;
use crate::labels;
use crate::tr;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Age,
    From,
    Channel,
    Subject,
    Due,
    Left,
    Assignee,
    Status,
}

/// Which columns fit, and how wide each is. Who asked and the subject share what the
/// fixed columns leave, the subject taking the larger part.
fn columns(total: usize) -> Vec<(Col, usize)> {
    const FLEX: usize = 0;
    let plan: &[(Col, usize)] = if total >= 120 {
        &[
            (Col::Age, 5),
            (Col::From, FLEX),
            (Col::Channel, 4),
            (Col::Subject, FLEX),
            (Col::Due, 16),
            (Col::Left, 10),
            (Col::Assignee, 12),
            (Col::Status, 11),
        ]
    } else if total >= 100 {
        &[
            (Col::Age, 5),
            (Col::From, FLEX),
            (Col::Channel, 4),
            (Col::Subject, FLEX),
            (Col::Due, 16),
            (Col::Left, 10),
            (Col::Status, 11),
        ]
    } else if total >= 78 {
        &[
            (Col::Age, 5),
            (Col::From, FLEX),
            (Col::Subject, FLEX),
            (Col::Due, 14),
            (Col::Left, 10),
            (Col::Status, 11),
        ]
    } else if total >= 50 {
        &[(Col::From, FLEX), (Col::Subject, FLEX), (Col::Left, 9)]
    } else {
        &[(Col::Subject, FLEX), (Col::Left, 9)]
    };
    let fixed: usize = plan.iter().map(|(_, w)| w + 1).sum();
    let flexible = total.saturating_sub(fixed).max(2);
    let has_from = plan.iter().any(|(c, _)| *c == Col::From);
    let from = if has_from {
        (flexible * 2 / 5).max(1)
    } else {
        0
    };
    let subject = flexible.saturating_sub(from).max(1);
    plan.iter()
        .map(|&(c, w)| {
            let width = match c {
                Col::From => from,
                Col::Subject => subject,
                _ => w,
            };
            (c, width)
        })
        .collect()
}

fn heading(col: Col) -> String {
    match col {
        Col::Age => tr!("col-age"),
        Col::From => tr!("col-from"),
        Col::Channel => tr!("col-channel"),
        Col::Subject => tr!("col-subject"),
        Col::Due => tr!("col-due"),
        Col::Left => tr!("col-left"),
        Col::Assignee => tr!("col-assignee"),
        Col::Status => tr!("col-status"),
    }
}

fn cell(app: &App, inq: &Inquiry, col: Col) -> String {
    let now = app.now;
    match col {
        Col::Age => format::age(inq.received_at, now),
        Col::From => from_text(inq),
        Col::Channel => labels::channel_short(inq.channel),
        Col::Subject => format!("{}{}", marks(inq, now), clean(inq.headline())),
        Col::Due => format::moment(inq.due_at, now, app.settings.zone),
        Col::Left => {
            if inq.status.is_open() {
                format::left(inq.due_at, now)
            } else {
                String::new()
            }
        }
        Col::Assignee => inq.assignee.as_deref().map(clean).unwrap_or_default(),
        Col::Status => labels::status(inq.status),
    }
}

/// Marks that read without colour, before the subject: `⇑2 ` for an inquiry escalated to
/// the second level, `◆3h ` for an expert's comment due in three hours (`◆−20m ` when
/// it is late).
pub fn marks(inq: &Inquiry, now: crate::domain::Timestamp) -> String {
    if !inq.status.is_open() {
        return String::new();
    }
    let mut marks = String::new();
    if inq.marks.escalated() {
        marks.push_str(&format!("⇑{} ", inq.marks.escalation_level));
    }
    if let Some(due) = inq.marks.expert_due_at
        && inq.expert_id.is_some()
    {
        marks.push_str(&format!("◆{} ", format::left(due, now)));
    }
    marks
}

/// `Name · Outlet`, or whichever is known.
pub fn from_text(inq: &Inquiry) -> String {
    match (&inq.contact_name, &inq.outlet_name) {
        (Some(n), Some(o)) => format!("{} · {}", clean(n), clean(o)),
        (Some(n), None) => clean(n),
        (None, Some(o)) => clean(o),
        (None, None) => tr!("unknown-caller"),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let queue = &app.queue;
    let empty = if !queue.loaded {
        tr!("queue-loading")
    } else {
        tr!(
            "queue-empty",
            key = app.keymap.label(crate::app::keymap::Action::QuickLog)
        )
    };
    let shown: Vec<&Inquiry> = queue
        .visible
        .iter()
        .filter_map(|&i| queue.items.get(i))
        .collect();
    render_rows(
        app,
        &shown,
        queue.selected,
        queue.offset,
        &empty,
        frame,
        area,
    );
}

/// The column heads and the rows of inquiries from `offset`, `selected` highlighted;
/// `empty` says why there are none. The queue and the report's lists share it.
pub fn render_rows(
    app: &App,
    rows: &[&Inquiry],
    selected: usize,
    offset: usize,
    empty: &str,
    frame: &mut Frame,
    area: Rect,
) {
    if area.height == 0 {
        return;
    }
    let cols = columns(area.width as usize);
    let header: Vec<Span> = cols
        .iter()
        .flat_map(|&(c, w)| {
            [
                Span::styled(pad(&heading(c), w), theme::header()),
                Span::raw(" "),
            ]
        })
        .collect();
    frame.render_widget(
        Paragraph::new(Line::from(header)),
        Rect { height: 1, ..area },
    );
    let list = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    if list.height == 0 {
        return;
    }
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(empty.to_string(), theme::dim())))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            list,
        );
        return;
    }
    let soon = app.settings.due_soon();
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(list.height as usize)
        .map(|(row, inq)| {
            let urgency = inq.urgency(app.now, soon);
            let base = theme::urgency(urgency);
            let style = if row == selected {
                base.patch(theme::selected())
            } else {
                base
            };
            let spans: Vec<Span> = cols
                .iter()
                .flat_map(|&(c, w)| {
                    let text = pad(&cell(app, inq, c), w);
                    let cell_style = if c == Col::From
                        && inq.contact_name.is_none()
                        && inq.outlet_name.is_none()
                    {
                        style.patch(theme::dim())
                    } else {
                        style
                    };
                    [Span::styled(text, cell_style), Span::styled(" ", style)]
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
