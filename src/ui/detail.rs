//! One inquiry in full: who, when, the deadline and how it was set, the question, the
//! answer, and its history. It draws from its own slice (`DetailPage`), so a test renders it
//! into a `Buffer` without the rest of the model.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::context::Context;
use super::queue::from_text;
use super::text::clean;
use super::theme;
use crate::app::keymap::Action;
use crate::app::{App, Detail};
use crate::domain::{Inquiry, PlanItem, Status, Timestamp, Urgency, Zone};
use crate::format;
use crate::labels;
use crate::store::AuditEntry;
use crate::tr;

/// What the inquiry's screen shows: the inquiry with its history, files and coverage, the
/// posts made from it (once they are read), and the keys, clock, settings and directory
/// its lines name.
pub struct DetailPage<'a> {
    pub detail: &'a Detail,
    pub posts: Option<&'a [PlanItem]>,
    pub cx: Context<'a>,
}

impl<'a> DetailPage<'a> {
    pub fn of(app: &'a App, detail: &'a Detail) -> DetailPage<'a> {
        DetailPage {
            detail,
            posts: super::calendar::inquiry_posts(app, detail.id),
            cx: Context::of(app),
        }
    }
}

impl Widget for DetailPage<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(inq) = &self.detail.inquiry else {
            Paragraph::new(tr!("queue-loading"))
                .style(theme::dim())
                .render(area, buf);
            return;
        };
        let title = format!(" #{} {} ", inq.id, clean(inq.headline()));
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme::border())
            .title(Span::styled(title, theme::header()));
        let lines = detail_lines(&self, inq, area.width as usize);
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((self.detail.scroll, 0))
            .render(area, buf);
    }
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
fn escalation_line(inq: &Inquiry, history: &[AuditEntry], zone: Zone) -> Option<Line<'static>> {
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
fn topics_row(cx: &Context, inq: &Inquiry) -> Line<'static> {
    let value = if inq.topics.is_empty() {
        let key = cx.keymap.label(Action::Topics);
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

/// The page's lines from top to bottom, section by section.
fn detail_lines(page: &DetailPage, inq: &Inquiry, width: usize) -> Vec<Line<'static>> {
    let cx = &page.cx;
    let detail = page.detail;
    let urgency = inq.urgency(cx.now, cx.settings.due_soon());
    let mut lines = when_rows(cx, inq, urgency);
    lines.extend(people_rows(cx, inq, &detail.history));
    lines.extend(question_lines(inq, width));
    lines.extend(answer_lines(cx, inq, width));
    lines.extend(super::files::detail_lines(
        cx,
        &detail.files,
        &super::files::INQUIRY_KEYS,
        width,
    ));
    lines.extend(super::coverage::detail_lines(cx, inq.id, &detail.coverage));
    lines.extend(history_lines(cx, &detail.history));
    if urgency == Urgency::Overdue {
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!("detail-overdue-note"), theme::error()));
    }
    if let Some(posts) = page.posts {
        lines.extend(super::calendar::inquiry_posts_lines(cx, posts));
    }
    lines
}

/// Status and priority, who asked, when it came, when it is due and why then.
fn when_rows(cx: &Context, inq: &Inquiry, urgency: Urgency) -> Vec<Line<'static>> {
    let (now, zone) = (cx.now, cx.settings.zone);
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
    vec![
        row(
            tr!("detail-status"),
            vec![
                Span::styled(labels::status(inq.status), theme::urgency(urgency)),
                Span::raw(" · "),
                Span::raw(labels::priority(inq.priority)),
            ],
        ),
        row(tr!("detail-from"), plain(from_text(inq))),
        row(
            tr!("detail-received"),
            plain(format!(
                "{} · {} ({})",
                format::full(inq.received_at, zone),
                labels::channel(inq.channel),
                format::ago(inq.received_at, now)
            )),
        ),
        row(tr!("detail-due"), due),
        row(
            String::new(),
            vec![Span::styled(due_why(cx, inq), theme::dim())],
        ),
    ]
}

/// Why the deadline is when it is: the journalist's own, or the office's rule.
fn due_why(cx: &Context, inq: &Inquiry) -> String {
    let (now, zone) = (cx.now, cx.settings.zone);
    let rule = || format::span(cx.settings.rules.answer_time(inq.priority).secs);
    match inq.requested_deadline {
        Some(r) if r <= inq.due_at => tr!(
            "detail-due-why-journalist",
            time = format::moment(r, now, zone)
        ),
        Some(r) => tr!(
            "detail-due-why-rule-earlier",
            time = format::moment(r, now, zone),
            rule = rule()
        ),
        None => tr!(
            "detail-due-why-rule",
            priority = labels::priority(inq.priority),
            rule = rule()
        ),
    }
}

/// Who answers it, the expert, its topics, an escalation and a reason for declining.
fn people_rows(cx: &Context, inq: &Inquiry, history: &[AuditEntry]) -> Vec<Line<'static>> {
    let zone = cx.settings.zone;
    let mut lines = vec![
        row(
            tr!("detail-assignee"),
            plain(
                inq.assignee
                    .as_deref()
                    .map(clean)
                    .unwrap_or_else(|| tr!("nobody")),
            ),
        ),
        row(tr!("detail-expert"), expert_spans(inq, cx.now, zone)),
        topics_row(cx, inq),
    ];
    lines.extend(escalation_line(inq, history, zone));
    if let Some(reason) = &inq.decline_reason
        && inq.status == Status::Declined
    {
        lines.push(row(
            tr!("detail-declined"),
            vec![Span::styled(clean(reason), theme::error())],
        ));
    }
    lines
}

/// The question, wrapped under its heading.
fn question_lines(inq: &Inquiry, width: usize) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::raw(""),
        Line::styled(tr!("detail-question"), theme::label()),
    ];
    lines.extend(
        super::wrap::indented(&inq.question, 2, width)
            .into_iter()
            .map(Line::raw),
    );
    lines.push(Line::raw(""));
    lines
}

/// The answer with when it was given, a note that it was given without text, or how to
/// record it while the inquiry is open.
fn answer_lines(cx: &Context, inq: &Inquiry, width: usize) -> Vec<Line<'static>> {
    let zone = cx.settings.zone;
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
            let mut lines = vec![Line::styled(
                format!("{}{when}", tr!("detail-answer")),
                theme::label(),
            )];
            lines.extend(
                super::wrap::indented(answer, 2, width)
                    .into_iter()
                    .map(Line::raw),
            );
            lines
        }
        (None, Some(t)) => vec![
            Line::styled(
                format!("{} — {}", tr!("detail-answer"), format::full(t, zone)),
                theme::label(),
            ),
            Line::styled(format!("  {}", tr!("detail-no-answer-text")), theme::dim()),
        ],
        (None, None) if !inq.status.is_open() => Vec::new(),
        (None, None) => {
            let key = cx.keymap.label(Action::Answer);
            vec![
                Line::styled(tr!("detail-answer"), theme::label()),
                Line::styled(
                    format!("  {}", tr!("detail-no-answer", key = key)),
                    theme::dim(),
                ),
            ]
        }
    }
}

/// Every change made to it, who made it lined up in a column.
fn history_lines(cx: &Context, history: &[AuditEntry]) -> Vec<Line<'static>> {
    let who_width = history
        .iter()
        .map(|e| super::text::width(&clean(&e.who)))
        .max()
        .unwrap_or(0)
        .min(24);
    let mut lines = vec![
        Line::raw(""),
        Line::styled(tr!("detail-history"), theme::label()),
    ];
    lines.extend(
        history
            .iter()
            .map(|entry| super::history::history_line(cx, entry, who_width)),
    );
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::KeyMap;
    use crate::domain::Priority;
    use crate::fixtures::{HOUR, NOW, contacts, inquiry, settings};
    use crate::i18n::{Language, with_language};
    use crate::search::ContactIndex;
    use crate::ui::buffer_text as text;

    /// The page drawn alone into a 70×30 buffer, in English.
    fn drawn(detail: &Detail, posts: Option<&[PlanItem]>, keymap: &KeyMap) -> String {
        let settings = settings();
        let index = ContactIndex::new(contacts(), settings.phones.clone());
        let page = DetailPage {
            detail,
            posts,
            cx: Context {
                keymap,
                now: NOW,
                settings: &settings,
                contacts: &index,
            },
        };
        let area = Rect::new(0, 0, 70, 30);
        let mut buf = Buffer::empty(area);
        with_language(Language::En, || page.render(area, &mut buf));
        text(&buf)
    }

    fn keys(config: &str) -> KeyMap {
        let config =
            crate::config::Config::parse(config, std::path::Path::new("config.toml")).unwrap();
        KeyMap::from_config(&config).unwrap()
    }

    #[test]
    fn an_answered_inquiry_shows_its_deadline_reason_wrapped_answer_and_history() {
        let mut inq = inquiry(7, 3 * HOUR, Status::Answered);
        inq.priority = Priority::High;
        inq.requested_deadline = Some(NOW + HOUR);
        inq.due_at = NOW + HOUR;
        inq.answer = Some(
            "Горячую воду дадут в четверг после ремонта магистрали на улице Ленина.\n\
             Подробности на сайте."
                .into(),
        );
        inq.answered_at = Some(NOW - HOUR);
        let mut detail = Detail::new(7, Some(inq));
        detail.history = vec![AuditEntry {
            at: NOW - HOUR,
            who: "elena".into(),
            action: "update".into(),
            field: Some("expert_id".into()),
            old_value: None,
            new_value: Some("2".into()),
        }];
        let shown = drawn(&detail, None, &KeyMap::default());
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines[0].contains("#7"), "{shown}");
        assert!(shown.contains("the journalist's deadline"), "{shown}");
        assert!(
            shown.contains("Answer — ") && shown.contains("answered in 1h"),
            "{shown}"
        );
        // The answer's paragraphs each start under the text, a long one wrapped there too.
        let answer: Vec<&str> = lines
            .iter()
            .skip_while(|l| !l.starts_with("Answer"))
            .skip(1)
            .take(3)
            .copied()
            .collect();
        assert!(
            answer.iter().all(|l| l.starts_with("  ") && l.trim() != ""),
            "{shown}"
        );
        assert!(answer[2].trim_start().starts_with("Подробности"), "{shown}");
        // History names the expert from the directory, not by number.
        assert!(shown.contains("Иванов Сергей Петрович"), "{shown}");
        // No prompt to record an answer that is there, no posts before they are read.
        assert!(!shown.contains("No answer yet"), "{shown}");
        assert!(!shown.contains("Posts and events"), "{shown}");
    }

    #[test]
    fn an_open_inquiry_names_the_keys_as_bound_and_says_when_it_is_overdue() {
        let detail = Detail::new(3, Some(inquiry(3, -HOUR, Status::New)));
        let keymap = keys("[keys]\nanswer = \"F6\"\ntopics = \"F7\"\nto_plan = \"F8\"\n");
        let shown = drawn(&detail, Some(&[]), &keymap);
        assert!(shown.contains("No answer yet. Press F6"), "{shown}");
        assert!(shown.contains("none (F7 to set)"), "{shown}");
        assert!(shown.contains("Press F8 to plan a post"), "{shown}");
        assert!(shown.contains("This answer is overdue."), "{shown}");
        assert!(!shown.contains("Press a "), "{shown}");
    }

    #[test]
    fn an_inquiry_not_yet_read_says_so() {
        let detail = Detail::new(3, None);
        let shown = drawn(&detail, None, &KeyMap::default());
        assert!(shown.starts_with("Loading"), "{shown}");
    }
}
