//! Every style in one place. Colour carries meaning: red is overdue, yellow is due soon.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::domain::Urgency;

/// Takes the colour out of a drawn screen. A terminal told NO_COLOR drops colour
/// sequences by resetting every attribute, which would also erase the reverse video that
/// marks a selection; with no colour left in the cells none is sent. What stood on a
/// coloured background (the bars, the badges) is drawn in reverse video instead.
pub fn without_colour(buffer: &mut Buffer) {
    for cell in buffer.content.iter_mut() {
        if cell.bg != Color::Reset {
            cell.modifier.insert(Modifier::REVERSED);
        }
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
}

pub fn title_bar() -> Style {
    Style::new().fg(Color::Black).bg(Color::Cyan)
}

pub fn title_bar_strong() -> Style {
    title_bar().add_modifier(Modifier::BOLD)
}

pub fn header() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn status_bar() -> Style {
    Style::new().fg(Color::White).bg(Color::DarkGray)
}

pub fn overdue_badge() -> Style {
    Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD)
}

pub fn due_soon_badge() -> Style {
    Style::new().fg(Color::Black).bg(Color::Yellow)
}

pub fn calm_badge() -> Style {
    Style::new().fg(Color::Black).bg(Color::Green)
}

pub fn urgency(u: Urgency) -> Style {
    match u {
        Urgency::Overdue => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        Urgency::DueSoon => Style::new().fg(Color::Yellow),
        Urgency::Pending => Style::new(),
        Urgency::Done => Style::new().fg(Color::DarkGray),
    }
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn label() -> Style {
    Style::new().fg(Color::Gray).add_modifier(Modifier::BOLD)
}

pub fn focused_label() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}

pub fn info() -> Style {
    Style::new().fg(Color::White)
}

pub fn matched() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// A word a search of the office's memory matched: bold reverse video, seen without colour.
pub fn found_word() -> Style {
    Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

/// A matched word on the selected (reversed) row: bold and underlined instead.
pub fn found_word_selected() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED)
}

pub fn border() -> Style {
    Style::new().fg(Color::Cyan)
}

/// A friendly journalist.
pub fn friendly() -> Style {
    Style::new().fg(Color::Green)
}

/// A critical journalist, and an answer that went out late.
pub fn critical() -> Style {
    Style::new().fg(Color::Red)
}

/// A planned item whose time has passed unpublished: the same red as an overdue inquiry.
pub fn late() -> Style {
    urgency(Urgency::Overdue)
}

pub fn late_badge() -> Style {
    overdue_badge()
}

/// A channel's or category's own colour, from the config.
pub fn tinted(colour: Color) -> Style {
    Style::new().fg(colour)
}

/// A channel with nothing planned in the period shown.
pub fn neglected() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn today() -> Style {
    Style::new()
        .fg(Color::Cyan)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn item_status(s: crate::domain::ItemStatus) -> Style {
    use crate::domain::ItemStatus::*;
    match s {
        Idea => Style::new().fg(Color::Gray),
        Draft => Style::new().fg(Color::White),
        Approved => Style::new().fg(Color::LightCyan),
        Scheduled => Style::new().fg(Color::LightGreen),
        Published => Style::new().fg(Color::Green),
        Cancelled => Style::new()
            .fg(Color::DarkGray)
            .add_modifier(Modifier::CROSSED_OUT),
    }
}
