//! The quick log window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::key_hints::tr_keys;
use super::overlays::{input, outlet_suggestion_lines, suggestion_lines, window};
use super::text::{clean, fit, width};
use super::{centered, form, theme};
use crate::app::App;
use crate::app::field::TextField;
use crate::app::keymap::KeyMap;
use crate::app::quick_log::{QField, QuickLog};
use crate::domain::{Channel, Priority};
use crate::domain::{Timestamp, Zone};
use crate::labels;
use crate::search::{ContactIndex, OutletIndex};
use crate::tr;

const LABEL: u16 = 11;

fn field_label(f: QField) -> String {
    match f {
        QField::Who => tr!("form-who"),
        QField::Question => tr!("form-question"),
        QField::Deadline => tr!("form-deadline"),
        QField::Channel => tr!("form-channel"),
        QField::Priority => tr!("form-priority"),
        QField::Outlet => tr!("form-outlet"),
        QField::Topics => tr!("form-topics"),
    }
}

/// One row of the form; returns the area right of the label.
fn label_row(frame: &mut Frame, row: Rect, f: QField, focused: bool) -> Rect {
    form::label(frame, row, row.y, LABEL, &field_label(f), focused)
}

/// What the quick log shows besides the form: the directory its suggestions name, the
/// clock and zone of the deadline line, the keys of its hint.
#[derive(Clone, Copy)]
pub struct Slice<'a> {
    pub contacts: &'a ContactIndex,
    pub outlets: &'a OutletIndex,
    pub now: Timestamp,
    pub zone: Zone,
    pub keymap: &'a KeyMap,
}

impl<'a> Slice<'a> {
    pub fn of(app: &'a App) -> Slice<'a> {
        Slice {
            contacts: &app.contacts,
            outlets: &app.outlets,
            now: app.now,
            zone: app.settings.zone,
            keymap: &app.keymap,
        }
    }
}

/// A field's room split into its first row (the label and the value) and the rows under
/// it, right of the labels (suggestions, the deadline's reading).
fn split(room: Rect) -> (Rect, Rect) {
    let first = Rect { height: 1, ..room };
    let under = Rect {
        x: room.x + LABEL.min(room.width),
        y: room.y + 1,
        width: room.width.saturating_sub(LABEL),
        height: room.height.saturating_sub(1),
    };
    (first, under)
}

pub fn render(form: &QuickLog, slice: &Slice, frame: &mut Frame, room: Rect) {
    let listed = |field: QField, rows: usize| if form.focus == field { rows as u16 } else { 0 };
    let who_rows = listed(QField::Who, form.who_list.rows());
    let outlet_rows = listed(QField::Outlet, form.outlet_list.rows());
    let topic_rows = listed(QField::Topics, form.topics.offered.len());
    // A message that does not fit one line wraps, and the window grows to show it.
    let message = footer_message(
        form,
        slice.keymap,
        usize::from(room.width.min(80)).saturating_sub(2),
    );
    let extra = message.len().saturating_sub(1) as u16;
    let area = centered(room, 80, 12 + who_rows + outlet_rows + topic_rows + extra);
    let inner = window(frame, area, &tr!("form-title"));
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    // Each field's rows in order; the deadline has its reading under it.
    let heights = QField::ORDER.map(|field| match field {
        QField::Who => 1 + who_rows,
        QField::Deadline => 2,
        QField::Outlet => 1 + outlet_rows,
        QField::Topics => 1 + topic_rows,
        _ => 1,
    });
    let focus = QField::ORDER
        .iter()
        .position(|f| *f == form.focus)
        .unwrap_or(0);
    let footer_rows = message.len().max(1) as u16 + 1;
    let (rooms, _) = form::rows(inner, &heights, focus, footer_rows);
    for (field, room) in QField::ORDER.into_iter().zip(rooms) {
        if let Some(room) = room {
            field_rows(frame, form, slice, field, room);
        }
    }
    form::footer(frame, inner, message, tr_keys!("form-hint", slice.keymap));
}

/// One field in its room: its labelled row, and what stands under it.
fn field_rows(frame: &mut Frame, form: &QuickLog, slice: &Slice, field: QField, room: Rect) {
    let (row, under) = split(room);
    let focused = form.focus == field;
    let w = under.width as usize;
    match field {
        QField::Who => {
            who_row(frame, row, form, slice.contacts.len());
            if under.height > 0 {
                let new_label = tr!("form-who-create", name = clean(form.who.trimmed()));
                let lines = suggestion_lines(&form.who_list, slice.contacts, &new_label, w);
                frame.render_widget(Paragraph::new(lines), under);
            }
        }
        QField::Question => text_row(frame, row, field, &form.question, focused),
        QField::Deadline => {
            text_row(frame, row, field, &form.deadline, focused);
            frame.render_widget(Paragraph::new(deadline_line(form, slice, w)), under);
        }
        QField::Channel => {
            let right = label_row(frame, row, field, focused);
            choice(
                frame,
                right,
                Channel::ALL,
                form.channel,
                labels::channel,
                focused,
            );
        }
        QField::Priority => {
            let right = label_row(frame, row, field, focused);
            choice(
                frame,
                right,
                Priority::ALL,
                form.priority,
                labels::priority,
                focused,
            );
        }
        QField::Outlet => {
            text_row(frame, row, field, &form.outlet, focused);
            if under.height > 0 {
                let new_label = tr!("form-outlet-create", name = clean(form.outlet.trimmed()));
                let lines =
                    outlet_suggestion_lines(&form.outlet_list, slice.outlets, &new_label, w);
                frame.render_widget(Paragraph::new(lines), under);
            }
        }
        QField::Topics => {
            text_row(frame, row, field, &form.topics.text, focused);
            if under.height > 0 {
                let lines = super::topics::offered_lines(&form.topics, w);
                frame.render_widget(Paragraph::new(lines), under);
            }
        }
    }
}

/// Who, with what it will be saved as: a known contact, or a new one.
fn who_row(frame: &mut Frame, row: Rect, form: &QuickLog, total: usize) {
    let focused = form.focus == QField::Who;
    let right = label_row(frame, row, QField::Who, focused);
    // While the rest of the suggestions is still coming, the row says so.
    let (note, style) = if form.counting() {
        (
            format!(" {}", tr!("book-counting", total = total)),
            theme::dim(),
        )
    } else {
        (who_note(form, focused), theme::ok())
    };
    let note_w = (width(&note) as u16).min(right.width / 2);
    let field = Rect {
        width: right.width - note_w,
        ..right
    };
    input(frame, field, &form.who, focused);
    if note_w > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled(fit(&note, note_w as usize), style)),
            Rect {
                x: right.x + right.width - note_w,
                width: note_w,
                ..right
            },
        );
    }
}

/// What the Who row says of the text typed: a known contact, or a new one.
fn who_note(form: &QuickLog, focused: bool) -> String {
    if form.who_picked.is_some() {
        format!(" ✓ {}", tr!("form-who-known"))
    } else if !form.who.is_blank() && !focused {
        format!(" + {}", tr!("form-who-new"))
    } else {
        String::new()
    }
}

/// A row of choices with the current one marked.
fn choice<T: Copy + PartialEq>(
    frame: &mut Frame,
    right: Rect,
    all: &[T],
    current: T,
    name: fn(T) -> String,
    focused: bool,
) {
    let line = form::choice(all, current, name, right.width as usize, focused);
    frame.render_widget(Paragraph::new(line), right);
}

/// A labelled line of text.
fn text_row(frame: &mut Frame, row: Rect, field: QField, value: &TextField, focused: bool) {
    let right = label_row(frame, row, field, focused);
    input(frame, right, value, focused);
}

/// Under the deadline: when it falls due, or why it cannot be read.
fn deadline_line(form: &QuickLog, slice: &Slice, room: usize) -> Line<'static> {
    match &form.field_error {
        Some((QField::Deadline, message)) => Line::styled(fit(message, room), theme::error()),
        _ => {
            let line = form::due_line(&form.preview, slice.now, slice.zone);
            let style = line.style;
            Line::styled(fit(&line.to_string(), room), style)
        }
    }
}

/// The message above the keys: the window's own state (saving, a failed save, the discard
/// question), else a warning about the caller's number or a problem with a field, wrapped.
fn footer_message(form: &QuickLog, keymap: &KeyMap, w: usize) -> Vec<Line<'static>> {
    if let Some(line) = form::status(
        keymap,
        form.confirm_discard,
        form.saving,
        form.error.as_deref(),
        w,
    ) {
        return vec![line];
    }
    let message = if let Some(owner) = &form.known_owner {
        let warning = tr_keys!(
            "quick-log-known-phone",
            keymap,
            what = clean(&owner.what),
            name = clean(&owner.name),
            id = owner.id
        );
        format!("{}: {warning}", field_label(QField::Who))
    } else if let Some((f, message)) = &form.field_error
        && *f != QField::Deadline
    {
        format!("{}: {message}", field_label(*f))
    } else {
        return Vec::new();
    };
    super::wrap::indented(&message, 0, w.max(1))
        .into_iter()
        .take(3)
        .map(|l| Line::styled(l, theme::error()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{NOW, contacts, settings};

    /// The window drawn from the form and its slice alone, over an empty 100×24 screen.
    fn drawn(form: &QuickLog, keymap: &KeyMap) -> String {
        drawn_at(form, keymap, 24)
    }

    /// The same over a screen `height` rows tall.
    fn drawn_at(form: &QuickLog, keymap: &KeyMap, height: u16) -> String {
        let settings = settings();
        let index = ContactIndex::new(contacts(), settings.phones.clone());
        let outlets = OutletIndex::new(Vec::new());
        let slice = Slice {
            contacts: &index,
            outlets: &outlets,
            now: NOW,
            zone: settings.zone,
            keymap,
        };
        super::super::drawn_text(100, height, |frame| {
            render(form, &slice, frame, frame.area())
        })
    }

    #[test]
    fn on_a_short_screen_the_fields_scroll_to_the_focused_one() {
        let mut form = QuickLog::new();
        form.focus = QField::Topics;
        let shown = drawn_at(&form, &KeyMap::default(), 9);
        assert!(shown.contains("▸Topics"), "{shown}");
        assert!(shown.contains("Enter save"), "{shown}");
        assert!(!shown.contains("Who"), "{shown}");
    }

    #[test]
    fn the_quick_log_draws_its_fields_and_the_keys_as_bound() {
        let form = QuickLog::new();
        let shown = drawn(&form, &KeyMap::default());
        for field in [
            QField::Who,
            QField::Question,
            QField::Deadline,
            QField::Topics,
        ] {
            assert!(shown.contains(&field_label(field)), "{shown}");
        }
        assert!(shown.contains("Enter save"), "{shown}");
        let config = crate::config::Config::parse(
            "[keys]\nsubmit = \"ctrl-s\"\n",
            std::path::Path::new("config.toml"),
        )
        .unwrap();
        let shown = drawn(&form, &KeyMap::from_config(&config).unwrap());
        assert!(shown.contains("Ctrl-s save"), "{shown}");
        assert!(!shown.contains("Enter save"), "{shown}");
    }

    #[test]
    fn a_contact_from_the_book_is_said_to_be_known() {
        let index = ContactIndex::new(contacts(), settings().phones);
        let form = QuickLog::for_contact(&index.get(1).unwrap());
        let shown = drawn(&form, &KeyMap::default());
        assert!(shown.contains("Кузнецова Мария Игоревна"), "{shown}");
        assert!(shown.contains(&tr!("form-who-known")), "{shown}");
    }
}
