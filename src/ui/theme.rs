//! Every style in one place. Colour carries meaning: red is overdue, yellow is due soon.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::Urgency;

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
