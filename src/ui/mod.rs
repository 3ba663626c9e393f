//! Rendering: `view` draws the model and changes nothing.

mod action_words;
mod audit;
mod calendar;
mod contact_forms;
mod contacts;
mod context;
mod coverage;
mod detail;
mod files;
mod form;
mod help;
mod history;
mod key_hints;
mod memory_search;
mod overlays;
mod queue;
mod quick_log;
pub mod report;
mod statements;
mod status;
mod topics;
mod wrap;
// Terminal-safe text lives outside the interface so the command line can use it too.
pub use crate::text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::Overlay;
use crate::app::{App, Screen};

pub use audit::AuditPage;
pub use help::{help_lines, help_lines_for, help_lines_in};

/// Draws the whole screen: title bar, the pane (or the open inquiry), the status line,
/// and any window open over them.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    status::title_bar(app, frame, top);
    match app.current() {
        Screen::Queue => queue::render(app, frame, body),
        Screen::Inquiry(detail) => frame.render_widget(detail::DetailPage::of(app, detail), body),
        Screen::Book => contacts::render(app, frame, body),
        Screen::Card(card) => contacts::render_card(app, card, frame, body),
        Screen::Calendar => calendar::render(app, frame, body),
        Screen::Item(detail) => calendar::render_detail(app, detail, frame, body),
        Screen::Report => report::render(app, frame, body),
        Screen::ReportInquiries(list) => report::render_inquiries(app, list, frame, body),
        Screen::Audit(view) => frame.render_widget(
            audit::AuditPage {
                view,
                now: app.now,
                zone: app.settings.zone,
                keymap: &app.keymap,
            },
            body,
        ),
        Screen::Memory(search) => memory_search::render(app, search, frame, body),
    }
    status::status_line(app, frame, bottom);
    if let Some(overlay) = &app.overlay {
        // Windows keep the title bar and the status line in sight: the overdue count
        // stays visible while a form is open.
        let room = Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(2),
            ..area
        };
        match overlay {
            Overlay::QuickLog(form) => {
                quick_log::render(form, &quick_log::Slice::of(app), frame, room)
            }
            Overlay::Prompt(prompt) => overlays::prompt(app, prompt, frame, room),
            Overlay::Picker(picker) => overlays::picker(app, picker, frame, room),
            Overlay::Expert(chooser) => overlays::expert(app, chooser, frame, room),
            Overlay::Help { scroll } => help::render(app, *scroll, frame, room),
            Overlay::Book(form) => {
                contact_forms::render(form, &contact_forms::Slice::of(app), frame, room)
            }
            Overlay::Plan(o) => calendar::overlay(app, o, frame, room),
            Overlay::Files(w) => files::render(app, w, frame, room),
            Overlay::Statements(w) => statements::render(app, w, frame, room),
            Overlay::Topics(w) => topics::render(app, w, frame, room),
            Overlay::Coverage(f) => coverage::render(app, f, frame, room),
        }
    }
    if app.settings.plain {
        theme::without_colour(frame.buffer_mut());
    }
}

/// A centred rectangle of at most `width` × `height` inside `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Draws into a screen of its own and reads it back as text, for the views' own tests.
#[cfg(test)]
pub fn drawn_text(width: u16, height: u16, draw: impl FnOnce(&mut Frame)) -> String {
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).expect("a test terminal");
    terminal.draw(draw).expect("drawn");
    buffer_text(terminal.backend().buffer())
}

/// A buffer's cells as lines of text, for the views' own tests.
#[cfg(test)]
pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
