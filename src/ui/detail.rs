//! One inquiry in full: who, when, the deadline and how it was set, the question, the
//! answer, and its history.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::queue::from_text;
use super::text::clean;
use super::theme;
use crate::app::{App, Detail};
use crate::domain::{Inquiry, Timestamp, Urgency, Zone};
use crate::format;
use crate::labels;
use crate::tr;

pub fn render(app: &App, detail: &Detail, frame: &mut Frame, area: Rect) {
    let Some(inq) = &detail.inquiry else {
        frame.render_widget(
            Paragraph::new(tr!("queue-loading")).style(theme::dim()),
            area,
        );
        return;
    };
    let title = format!(" #{} {} ", inq.id, clean(inq.headline()));
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme::border())
        .title(Span::styled(title, theme::header()));
    let lines = detail_lines(app, inq, detail, area.width as usize);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((detail.scroll, 0)),
        area,
    );
}

fn row(label: String, value: Vec<Span<'static>>) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label:<11} "), theme::label())];
    spans.extend(value);
    Line::from(spans)
}

fn plain(text: String) -> Vec<Span<'static>> {
    vec![Span::raw(text)]
}

/// The expert and, while the inquiry is open, when their comment is due.
fn expert_spans(inq: &Inquiry, now: Timestamp, zone: Zone) -> Vec<Span<'static>> {
    let Some(name) = inq.expert_name.as_deref() else {
        return plain(tr!("nobody"));
    };
    let mut spans = vec![Span::raw(clean(name))];
    if let Some(due) = inq.marks.expert_due_at
        && inq.status.is_open()
    {
        let time = format::moment(due, now, zone);
        spans.push(if due <= now {
            Span::styled(
                format!(
                    " · {}",
                    tr!(
                        "alerts-detail-expert-overdue",
                        time = time,
                        late = format::span(now - due)
                    )
                ),
                theme::error(),
            )
        } else {
            Span::raw(format!(
                " · {}",
                tr!(
                    "alerts-detail-expert-due",
                    time = time,
                    left = format::until(due, now)
                )
            ))
        });
    }
    spans
}

/// "Escalated  level 2 → Ольга · Wed 25 Nov 2026 10:00": the level, to whom, and when
/// (the last escalation in the history).
fn escalation_line(
    inq: &Inquiry,
    history: &[crate::store::AuditEntry],
    zone: Zone,
) -> Option<Line<'static>> {
    if !inq.marks.escalated() {
        return None;
    }
    let to = inq
        .marks
        .escalated_to
        .as_deref()
        .map(clean)
        .unwrap_or_default();
    let mut text = tr!(
        "alerts-detail-escalation",
        level = inq.marks.escalation_level,
        to = to
    );
    if let Some(at) = history
        .iter()
        .rev()
        .find(|e| e.field.as_deref() == Some("escalation_level"))
        .map(|e| e.at)
    {
        text.push_str(&format!(" · {}", format::full(at, zone)));
    }
    Some(row(
        tr!("alerts-detail-escalated"),
        vec![Span::styled(format!("⇑ {text}"), theme::error())],
    ))
}

/// The inquiry's topics, or how to give it some.
fn topics_row(app: &App, inq: &Inquiry) -> Line<'static> {
    let value = if inq.topics.is_empty() {
        let key = app.keymap.label(crate::app::keymap::Action::Topics);
        vec![Span::styled(
            tr!("detail-no-topics", key = key),
            theme::dim(),
        )]
    } else {
        let shown: Vec<String> = inq.topics.iter().map(|t| clean(t)).collect();
        plain(shown.join(", "))
    };
    row(tr!("detail-topics"), value)
}

fn detail_lines(app: &App, inq: &Inquiry, detail: &Detail, width: usize) -> Vec<Line<'static>> {
    let history = &detail.history;
    let now = app.now;
    let zone = app.settings.zone;
    let urgency = inq.urgency(now, app.settings.due_soon());
    let mut lines = Vec::new();

    lines.push(row(
        tr!("detail-status"),
        vec![
            Span::styled(labels::status(inq.status), theme::urgency(urgency)),
            Span::raw(" · "),
            Span::raw(labels::priority(inq.priority)),
        ],
    ));
    lines.push(row(tr!("detail-from"), plain(from_text(inq))));
    lines.push(row(
        tr!("detail-received"),
        plain(format!(
            "{} · {} ({})",
            format::full(inq.received_at, zone),
            labels::channel(inq.channel),
            format::ago(inq.received_at, now)
        )),
    ));

    let mut due = vec![Span::styled(
        format::full(inq.due_at, zone),
        theme::urgency(urgency),
    )];
    if inq.status.is_open() {
        due.push(Span::styled(
            format!(" · {}", format::until(inq.due_at, now)),
            theme::urgency(urgency),
        ));
    }
    lines.push(row(tr!("detail-due"), due));
    let why = match inq.requested_deadline {
        Some(r) if r <= inq.due_at => tr!(
            "detail-due-why-journalist",
            time = format::moment(r, now, zone)
        ),
        Some(r) => tr!(
            "detail-due-why-rule-earlier",
            time = format::moment(r, now, zone),
            rule = format::span(app.settings.rules.answer_time(inq.priority).secs)
        ),
        None => tr!(
            "detail-due-why-rule",
            priority = labels::priority(inq.priority),
            rule = format::span(app.settings.rules.answer_time(inq.priority).secs)
        ),
    };
    lines.push(row(String::new(), vec![Span::styled(why, theme::dim())]));

    lines.push(row(
        tr!("detail-assignee"),
        plain(
            inq.assignee
                .as_deref()
                .map(clean)
                .unwrap_or_else(|| tr!("nobody")),
        ),
    ));
    lines.push(row(tr!("detail-expert"), expert_spans(inq, now, zone)));
    lines.push(topics_row(app, inq));
    if let Some(escalation) = escalation_line(inq, history, zone) {
        lines.push(escalation);
    }
    if let Some(reason) = &inq.decline_reason
        && inq.status == crate::domain::Status::Declined
    {
        lines.push(row(
            tr!("detail-declined"),
            vec![Span::styled(clean(reason), theme::error())],
        ));
    }

    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!("detail-question"), theme::label()));
    for l in super::wrap::indented(&inq.question, 2, width) {
        lines.push(Line::raw(l));
    }
    lines.push(Line::raw(""));
    match (&inq.answer, inq.answered_at) {
        (Some(answer), at) => {
            let when = at
                .map(|t| {
                    format!(
                        " — {} ({})",
                        format::full(t, zone),
                        tr!("answered-in", span = format::span(t - inq.received_at))
                    )
                })
                .unwrap_or_default();
            lines.push(Line::styled(
                format!("{}{when}", tr!("detail-answer")),
                theme::label(),
            ));
            for l in super::wrap::indented(answer, 2, width) {
                lines.push(Line::raw(l));
            }
        }
        (None, Some(t)) => {
            lines.push(Line::styled(
                format!("{} — {}", tr!("detail-answer"), format::full(t, zone)),
                theme::label(),
            ));
            lines.push(Line::styled(
                format!("  {}", tr!("detail-no-answer-text")),
                theme::dim(),
            ));
        }
        (None, None) if !inq.status.is_open() => {}
        (None, None) => {
            lines.push(Line::styled(tr!("detail-answer"), theme::label()));
            let key = app.keymap.label(crate::app::keymap::Action::Answer);
            lines.push(Line::styled(
                format!("  {}", tr!("detail-no-answer", key = key)),
                theme::dim(),
            ));
        }
    }

    lines.extend(super::files::detail_lines(
        app,
        &detail.files,
        &super::files::INQUIRY_KEYS,
        width,
    ));
    lines.extend(super::coverage::detail_lines(app, &detail.coverage));
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!("detail-history"), theme::label()));
    let who_width = history
        .iter()
        .map(|e| super::text::width(&clean(&e.who)))
        .max()
        .unwrap_or(0)
        .min(24);
    for entry in history {
        lines.push(super::history::history_line(app, entry, who_width));
    }
    if urgency == Urgency::Overdue {
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!("detail-overdue-note"), theme::error()));
    }
    lines.extend(super::calendar::inquiry_posts_lines(app, inq.id));
    lines
}
