//! A record's files: the lines on its screen (an inquiry's detail, a card, a plan item),
//! and the window to open, save and attach them with its path prompt.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::context::Context;
use super::overlays::{input, window};
use super::text::{clean, fit};
use super::{centered, theme};
use crate::app::App;
use crate::app::files::{FilesWindow, PathPrompt, PathPurpose};
use crate::app::keymap::Action;
use crate::format;
use crate::store::Attachment;
use crate::tr;

/// One file: number, name, size, type, when and by whom it was added.
fn file_line(cx: &Context, file: &Attachment, width: usize) -> String {
    let text = format!(
        "#{} {} · {} · {} · {} {}",
        file.id,
        clean(&file.name),
        format::bytes(file.size),
        clean(&file.media_type),
        format::moment(file.created_at, cx.now, cx.settings.zone),
        clean(&file.created_by)
    );
    fit(&text, width)
}

/// The keys that open a screen's files window and attach a file there.
pub struct FilesKeys {
    pub files: Action,
    pub attach: Action,
}

pub const INQUIRY_KEYS: FilesKeys = FilesKeys {
    files: Action::Files,
    attach: Action::Attach,
};
pub const CARD_KEYS: FilesKeys = FilesKeys {
    files: Action::CardFiles,
    attach: Action::CardAttach,
};
pub const ITEM_KEYS: FilesKeys = FilesKeys {
    files: Action::ItemFiles,
    attach: Action::ItemAttach,
};

/// A screen's section of files, with the keys bound to them; nothing when there are none.
pub fn detail_lines(
    cx: &Context,
    files: &[Attachment],
    keys: &FilesKeys,
    width: usize,
) -> Vec<Line<'static>> {
    if files.is_empty() {
        return Vec::new();
    }
    let keys = format!(
        "{} {} · {} {}",
        cx.keymap.label(keys.files),
        tr!("hint-files"),
        cx.keymap.label(keys.attach),
        tr!("hint-attach")
    );
    let mut lines = vec![
        Line::raw(""),
        Line::from(vec![
            Span::styled(tr!("files-title"), theme::label()),
            Span::styled(format!("  ({keys})"), theme::dim()),
        ]),
    ];
    for file in files {
        lines.push(Line::raw(format!(
            "  {}",
            file_line(cx, file, width.saturating_sub(2))
        )));
    }
    lines
}

pub fn render(app: &App, w: &FilesWindow, frame: &mut Frame, area: Rect) {
    let rows = w.files.len().clamp(1, 12) as u16;
    const WIDTH: u16 = 84;
    // The prompt's lines: its label, the field, a message, the names offered (wrapped).
    let extra = w.path.as_ref().map_or(0, |p| {
        let names: usize = p.choices.iter().map(|c| crate::text::width(c) + 2).sum();
        4 + (names / usize::from(WIDTH - 2) + 1).min(6) as u16
    });
    let outer = centered(area, WIDTH, rows + extra + 6);
    let title = tr!(
        "files-window-title",
        kind = w.owner.kind(),
        id = w.owner.id()
    );
    let inner = window(frame, outer, &title);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if !w.loaded {
        lines.push(Line::styled(tr!("queue-loading"), theme::dim()));
    } else if w.files.is_empty() {
        lines.push(Line::styled(tr!("attach-none"), theme::dim()));
    }
    let first = w.selected.saturating_sub(11);
    for (i, file) in w.files.iter().enumerate().skip(first).take(12) {
        let text = format!(
            "{}{}",
            if i == w.selected { "▸ " } else { "  " },
            file_line(&Context::of(app), file, width.saturating_sub(2))
        );
        let style = if i == w.selected && w.path.is_none() {
            theme::selected()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    lines.push(Line::raw(""));
    if let Some(error) = &w.error {
        lines.push(Line::styled(clean(error), theme::error()));
    } else if w.opening {
        lines.push(Line::styled(tr!("files-opening"), theme::dim()));
    }
    let list_height = lines.len() as u16;
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        Rect {
            height: list_height.min(inner.height),
            ..inner
        },
    );
    let rest = Rect {
        y: inner.y + list_height.min(inner.height),
        height: inner.height.saturating_sub(list_height),
        ..inner
    };
    match &w.path {
        Some(prompt) => path_prompt(app, w, prompt, frame, rest),
        None => {
            let keys = &app.keymap;
            let text = tr!(
                "files-window-keys",
                open = keys.label(Action::Pick),
                save = keys.label(Action::SaveCopy),
                attach = keys.label(Action::AttachAnother),
                close = keys.label(Action::ClosePicker)
            );
            footer(frame, rest, &text)
        }
    }
}

fn footer(frame: &mut Frame, area: Rect, text: &str) {
    if area.height == 0 {
        return;
    }
    let line = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled(text.to_string(), theme::dim())),
        line,
    );
}

fn path_prompt(app: &App, w: &FilesWindow, prompt: &PathPrompt, frame: &mut Frame, area: Rect) {
    if area.height < 2 {
        return;
    }
    let label = match prompt.purpose {
        PathPurpose::Attach => tr!("files-attach-to", kind = w.owner.kind(), id = w.owner.id()),
        PathPurpose::Save { id } => {
            let name = w
                .files
                .iter()
                .find(|f| f.id == id)
                .map(|f| clean(&f.name))
                .unwrap_or_default();
            tr!("files-save-as", id = id, name = name)
        }
    };
    let at = |row: u16| Rect {
        y: area.y + row,
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Span::styled(label, theme::focused_label())),
        at(0),
    );
    input(frame, at(1), &prompt.field, app.overlay.is_some());
    let mut below = Vec::new();
    if let Some(error) = &prompt.error {
        below.push(Line::styled(clean(error), theme::error()));
    }
    if !prompt.choices.is_empty() {
        let names: Vec<String> = prompt.choices.iter().map(|c| clean(c)).collect();
        below.push(Line::styled(names.join("  "), theme::dim()));
    }
    let room = area.height.saturating_sub(3);
    frame.render_widget(
        Paragraph::new(below).wrap(Wrap { trim: true }),
        Rect {
            y: area.y + 2,
            height: room,
            ..area
        },
    );
    let (complete, submit, cancel) = (
        app.keymap.label(Action::NextField),
        app.keymap.label(Action::Submit),
        app.keymap.label(Action::Cancel),
    );
    let keys = match prompt.purpose {
        PathPurpose::Attach => tr!(
            "files-attach-keys",
            complete = complete,
            submit = submit,
            cancel = cancel
        ),
        PathPurpose::Save { .. } => tr!(
            "files-save-keys",
            complete = complete,
            submit = submit,
            cancel = cancel
        ),
    };
    footer(frame, area, &keys);
}
