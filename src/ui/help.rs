//! The help screen, generated from the keymap the app uses.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::key_hints::tr_keys;
use super::overlays::window;
use super::text::pad;
use super::{centered, theme};
use crate::app::keymap::{Action, Context, KeyMap};
use crate::app::{App, Pane};
use crate::tr;

type Section = (String, Vec<(String, String)>);

/// The keys of one context: (keys, what they do there).
fn section(keymap: &KeyMap, context: Context, pane: Option<Pane>) -> Vec<(String, String)> {
    Action::ALL
        .iter()
        .filter(|a| a.context() == context)
        .map(|a| {
            let what = match pane {
                Some(pane) => {
                    super::action_words::action_help_in(*a, pane == Pane::Contacts, keymap)
                }
                None => super::action_words::action_help(*a, keymap),
            };
            (keymap.label(*a), what)
        })
        .collect()
}

/// The keys of windows, from the keymap like every other section (so a rebinding shows),
/// then the editing keys every field shares, which are fixed.
fn windows(keymap: &KeyMap) -> [Section; 4] {
    let editing = vec![
        ("Ctrl-C".to_string(), tr!("help-ctrl-c")),
        ("← → Space".to_string(), tr!("help-form-choice")),
        ("Ctrl-W / Ctrl-U".to_string(), tr!("help-form-delete")),
    ];
    [
        (
            title(Context::Window, None),
            section(keymap, Context::Window, None),
        ),
        (
            title(Context::Picker, None),
            section(keymap, Context::Picker, None),
        ),
        (
            title(Context::Question, None),
            section(keymap, Context::Question, None),
        ),
        (tr!("help-editing"), editing),
    ]
}

/// A section's title; the list keys are named after the pane they are read in.
fn title(context: Context, pane: Option<Pane>) -> String {
    match (context, pane) {
        (Context::Global, _) => tr!("help-everywhere"),
        (Context::List, Some(Pane::Queue)) => tr!("help-queue"),
        (Context::List, _) => tr!("help-lists"),
        (Context::Inquiry, _) => tr!("help-inquiry"),
        (Context::Book, _) => tr!("help-book"),
        (Context::Calendar, _) => tr!("help-calendar"),
        (Context::Report, _) => tr!("help-report"),
        (Context::Audit, _) => tr!("alerts-help-audit"),
        (Context::Window, _) => tr!("help-windows"),
        (Context::Picker, _) => tr!("help-pickers"),
        (Context::Question, _) => tr!("help-questions"),
    }
}

/// Every key, grouped by where it works: (section title, [(keys, what it does)]).
pub fn help_lines(keymap: &KeyMap) -> Vec<Section> {
    [
        Context::Global,
        Context::List,
        Context::Inquiry,
        Context::Book,
        Context::Calendar,
        Context::Report,
        Context::Audit,
    ]
    .into_iter()
    .map(|c| (title(c, None), section(keymap, c, None)))
    .chain(windows(keymap))
    .collect()
}

/// The sections for one pane: the keys that work everywhere, the pane's own, and windows.
pub fn help_lines_for(keymap: &KeyMap, pane: Pane) -> Vec<Section> {
    help_lines_in(keymap, pane, pane.contexts())
}

/// The sections for the keys live in `contexts` (a screen's own, such as the audit view).
pub fn help_lines_in(keymap: &KeyMap, pane: Pane, contexts: &[Context]) -> Vec<Section> {
    contexts
        .iter()
        .map(|c| (title(*c, Some(pane)), section(keymap, *c, Some(pane))))
        .chain(windows(keymap))
        .collect()
}

/// The audit view's help: the keys that work everywhere, the list keys that move and
/// open there, and the view's own.
fn audit_help(keymap: &KeyMap) -> Vec<Section> {
    const MOVES: [Action; 7] = [
        Action::Up,
        Action::Down,
        Action::Top,
        Action::Bottom,
        Action::PageUp,
        Action::PageDown,
        Action::Open,
    ];
    let moves = MOVES
        .iter()
        .map(|a| {
            let what = match a {
                Action::Open => tr!("alerts-action-audit-open"),
                _ => super::action_words::action_help(*a, keymap),
            };
            (keymap.label(*a), what)
        })
        .collect();
    vec![
        (
            title(Context::Global, None),
            section(keymap, Context::Global, None),
        ),
        (tr!("help-lists"), moves),
        (
            title(Context::Audit, None),
            section(keymap, Context::Audit, None),
        ),
    ]
    .into_iter()
    .chain(windows(keymap))
    .collect()
}

pub fn render(app: &App, scroll: u16, frame: &mut Frame, room: Rect) {
    let sections = if app.audit().is_some() {
        audit_help(&app.keymap)
    } else {
        help_lines_in(&app.keymap, app.pane(), app.contexts())
    };
    let key_width = sections
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(k, _)| super::text::width(k)))
        .max()
        .unwrap_or(8)
        .min(18);
    let mut lines = Vec::new();
    for (title, rows) in sections {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(title, theme::header()));
        for (keys, what) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {} ", pad(&keys, key_width)), theme::key()),
                Span::raw(what),
            ]));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr_keys!("help-close", &app.keymap),
        theme::dim(),
    ));
    let widest = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let width = (widest + 2).min(room.width);
    // Long lines wrap rather than lose their end; count the rows they take.
    let inner_width = width.saturating_sub(2).max(1) as usize;
    let rows: usize = lines
        .iter()
        .map(|l| l.width().max(1).div_ceil(inner_width))
        .sum();
    let area = centered(room, width, rows as u16 + 2);
    let inner = window(frame, area, &tr!("help-title"));
    let max_scroll = (rows as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}
