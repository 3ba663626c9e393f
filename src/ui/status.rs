//! The title bar (pane, filter, the overdue count, the time) and the status line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::key_hints::tr_keys;
use super::text::{fit, width};
use super::theme;
use crate::app::keymap::Action;
use crate::app::queue::Filter;
use crate::app::{App, Pane, Screen};
use crate::tr;

pub fn filter_label(filter: Filter) -> String {
    match filter {
        Filter::Open => tr!("filter-open"),
        Filter::Mine => tr!("filter-mine"),
        Filter::Overdue => tr!("filter-overdue"),
        Filter::Escalated => tr!("alerts-filter-escalated"),
        Filter::All => tr!("filter-all"),
    }
}

/// The right of the title bar: what is overdue and due soon, posts late, and the clock.
fn badges(app: &App) -> Vec<Span<'static>> {
    let overdue = app.overdue_count();
    let soon = app.due_soon_count();
    let mut right: Vec<Span> = Vec::new();
    if overdue > 0 {
        right.push(Span::styled(
            format!(" {} ", tr!("overdue-count", count = overdue)),
            theme::overdue_badge(),
        ));
    } else if app.queue.loaded {
        right.push(Span::styled(
            format!(" {} ", tr!("overdue-none")),
            theme::calm_badge(),
        ));
    }
    if soon > 0 {
        right.push(Span::styled(
            format!(" {} ", tr!("due-soon-count", count = soon)),
            theme::due_soon_badge(),
        ));
    }
    let late = app.calendar.late.len();
    if late > 0 {
        right.push(Span::styled(
            format!(" {} ", tr!("plan-late-count", count = late)),
            theme::late_badge(),
        ));
    }
    let clock = app.settings.zone.local(app.now).format("%H:%M").to_string();
    right.push(Span::styled(
        format!(" {clock} "),
        theme::title_bar_strong(),
    ));
    right
}

/// The left of the title bar: the pane, and what it shows.
fn where_am_i(app: &App) -> String {
    match app.pane() {
        Pane::Queue if app.audit().is_some() => {
            format!(" pressdesk │ {} ", tr!("alerts-pane-audit"))
        }
        Pane::Queue if matches!(app.current(), Screen::Memory(_)) => {
            format!(" pressdesk │ {} ", tr!("pane-memory"))
        }
        Pane::Queue => {
            let pane = if app.detail().is_some() {
                tr!("pane-inquiry")
            } else {
                tr!("pane-queue")
            };
            let shown = app.queue.visible.len();
            format!(
                " pressdesk │ {pane} │ {} ({shown}) ",
                filter_label(app.queue.filter)
            )
        }
        Pane::Contacts => {
            use crate::app::contacts::Target;
            match app.card().map(|c| c.target) {
                Some(Target::Outlet(_)) => format!(" pressdesk │ {} ", tr!("pane-outlet")),
                Some(Target::Contact(_)) => format!(" pressdesk │ {} ", tr!("pane-contact")),
                None => format!(
                    " pressdesk │ {} │ {} ({}) ",
                    tr!("pane-contacts"),
                    super::contacts::filter_label(app.book.filter),
                    app.book.len()
                ),
            }
        }
        Pane::Calendar => super::calendar::title(&app.calendar, app.item_detail().is_some()),
        Pane::Report => super::report::title(app),
    }
}

pub fn title_bar(app: &App, frame: &mut Frame, area: Rect) {
    let right = badges(app);
    let right_width: usize = right.iter().map(|s| width(&s.content)).sum();
    let left = where_am_i(app);
    let room = (area.width as usize).saturating_sub(right_width);
    // On a narrow screen the pane's name matters more than the program's.
    let left = if width(&left) > room {
        left.replacen(" pressdesk │", "", 1)
    } else {
        left
    };
    let left = fit(&left, room);
    let gap = room.saturating_sub(width(&left));
    let mut spans = vec![Span::styled(left, theme::title_bar_strong())];
    spans.push(Span::styled(" ".repeat(gap), theme::title_bar()));
    if right_width <= area.width as usize {
        spans.extend(right);
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme::title_bar()),
        area,
    );
}

pub fn status_line(app: &App, frame: &mut Frame, area: Rect) {
    let mark = pending_mark(app);
    let room = (area.width as usize).saturating_sub(width(&mark));
    let mut line = match &app.flash {
        Some(flash) => {
            let style = if flash.error {
                theme::error()
            } else {
                theme::info()
            };
            Line::from(Span::styled(
                fit(&format!(" {}", super::text::clean(&flash.text)), room),
                style,
            ))
        }
        None => hints(app, room),
    };
    if !mark.is_empty() {
        line.spans.insert(0, Span::styled(mark, theme::info()));
    }
    frame.render_widget(Paragraph::new(line).style(theme::status_bar()), area);
}

/// Saves waiting for the database, said before anything else on the line.
fn pending_mark(app: &App) -> String {
    let count = app.saves.waiting();
    if count == 0 {
        return String::new();
    }
    let text = if app.quit {
        tr!("saves-pending-quit", count = count)
    } else {
        tr!("saves-pending", count = count)
    };
    format!(" {text} ·")
}

/// The most useful keys for where the user is, as many as fit. Where the keys type into a
/// search line, its window keys instead.
fn hints(app: &App, room: usize) -> Line<'static> {
    let typing = match app.current() {
        Screen::Memory(_) => Some(tr_keys!("memory-search-keys", &app.keymap)),
        Screen::Book if app.book.typing => Some(tr_keys!("book-typing-hint", &app.keymap)),
        _ => None,
    };
    if let Some(hint) = typing {
        return Line::styled(fit(&format!(" {hint}"), room), theme::dim());
    }
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for action in hint_actions(app) {
        let keys = app.keymap.label(*action);
        let what = super::action_words::action_hint(*action, &app.keymap);
        let w = width(&keys) + width(&what) + 3;
        if used + w > room {
            break;
        }
        used += w;
        spans.push(Span::styled(keys, theme::key()));
        spans.push(Span::raw(format!(" {what}  ")));
    }
    Line::from(spans)
}

/// The actions worth a hint where the user is, the most used first.
fn hint_actions(app: &App) -> &'static [Action] {
    match app.pane() {
        _ if app.audit().is_some() => AUDIT_HINTS,
        _ if app.card().is_some() => CARD_HINTS,
        Pane::Contacts => BOOK_HINTS,
        Pane::Calendar if app.item_detail().is_some() => ITEM_HINTS,
        Pane::Calendar => CALENDAR_HINTS,
        Pane::Report if matches!(app.current(), Screen::ReportInquiries(_)) => {
            REPORT_INQUIRIES_HINTS
        }
        Pane::Report => REPORT_HINTS,
        _ if app.detail().is_some() => INQUIRY_HINTS,
        _ => QUEUE_HINTS,
    }
}

/// The audit view.
const AUDIT_HINTS: &[Action] = &[
    Action::CloseAudit,
    Action::Open,
    Action::AuditPerson,
    Action::AuditEarlier,
    Action::AuditLater,
    Action::AuditPeriod,
    Action::Help,
];

/// A contact's or an outlet's card.
const CARD_HINTS: &[Action] = &[
    Action::CloseCard,
    Action::QuickLog,
    Action::LogCall,
    Action::LogMeeting,
    Action::LogNote,
    Action::EditContact,
    Action::GotoOutlet,
    Action::CopyPhone,
    Action::Merge,
    Action::Help,
    // Shown when there is room; a card with files names the key beside them.
    Action::CardFiles,
];

/// The contact book.
const BOOK_HINTS: &[Action] = &[
    Action::Search,
    Action::Open,
    Action::QuickLog,
    Action::LogCall,
    Action::NewContact,
    Action::CycleFilter,
    Action::ShowQueue,
    Action::Help,
];

/// A plan item in full.
const ITEM_HINTS: &[Action] = &[
    Action::CloseItem,
    Action::EditItem,
    Action::ItemStatus,
    Action::AdvanceItem,
    Action::ItemInquiry,
    Action::Help,
    Action::ItemFiles,
];

/// The calendar.
const CALENDAR_HINTS: &[Action] = &[
    Action::NewItem,
    Action::OpenItem,
    Action::AdvanceItem,
    Action::MoveTo,
    Action::Duplicate,
    Action::CycleView,
    Action::ItemNext,
    Action::PlanFilter,
    Action::Help,
];

/// The inquiries behind a report's line.
const REPORT_INQUIRIES_HINTS: &[Action] = &[
    Action::ReportBack,
    Action::ReportOpen,
    Action::QuickLog,
    Action::Help,
];

/// The report.
const REPORT_HINTS: &[Action] = &[
    Action::ReportOpen,
    Action::ReportPrev,
    Action::ReportPeriod,
    Action::ReportRange,
    Action::ShowQueue,
    Action::Help,
];

/// An inquiry in full.
const INQUIRY_HINTS: &[Action] = &[
    Action::Back,
    Action::Answer,
    Action::SetStatus,
    Action::Deadline,
    Action::Assign,
    Action::ToPlan,
    Action::Files,
    Action::QuickLog,
    Action::Help,
];

/// The queue.
const QUEUE_HINTS: &[Action] = &[
    Action::QuickLog,
    Action::Open,
    Action::SearchMemory,
    Action::SetStatus,
    Action::Answer,
    Action::CycleFilter,
    Action::Help,
    Action::Quit,
];
