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
fn label_row(frame: &mut Frame, inner: Rect, y: u16, f: QField, focused: bool) -> Rect {
    form::label(frame, inner, y, LABEL, &field_label(f), focused)
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

/// The rows of the window, handed out from the top while they last.
struct Rows {
    inner: Rect,
    next: u16,
}

impl Rows {
    fn take(&mut self, rows: u16) -> Option<u16> {
        if self.next + rows > self.inner.bottom() {
            return None;
        }
        let at = self.next;
        self.next += rows;
        Some(at)
    }

    /// The area right of the labels, `rows` tall, if there is room for it.
    fn under_labels(&mut self, rows: u16) -> Option<Rect> {
        let inner = self.inner;
        let y = self.take(rows)?;
        Some(Rect {
            x: inner.x + LABEL.min(inner.width),
            y,
            width: inner.width.saturating_sub(LABEL),
            height: rows,
        })
    }
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
    let mut rows = Rows {
        inner,
        next: inner.y,
    };
    let w = inner.width.saturating_sub(LABEL) as usize;
    if let Some(row) = rows.take(1) {
        who_row(frame, inner, row, form);
    }
    if who_rows > 0 {
        let new_label = tr!("form-who-create", name = clean(form.who.trimmed()));
        let lines = suggestion_lines(&form.who_list, slice.contacts, &new_label, w);
        if let Some(area) = rows.under_labels(who_rows) {
            frame.render_widget(Paragraph::new(lines), area);
        }
    }
    text_row(
        frame,
        &mut rows,
        QField::Question,
        &form.question,
        form.focus,
    );
    text_row(
        frame,
        &mut rows,
        QField::Deadline,
        &form.deadline,
        form.focus,
    );
    if let Some(area) = rows.under_labels(1) {
        frame.render_widget(Paragraph::new(deadline_line(form, slice, w)), area);
    }
    choice_rows(frame, &mut rows, form);
    text_row(frame, &mut rows, QField::Outlet, &form.outlet, form.focus);
    if outlet_rows > 0 {
        let new_label = tr!("form-outlet-create", name = clean(form.outlet.trimmed()));
        let lines = outlet_suggestion_lines(&form.outlet_list, slice.outlets, &new_label, w);
        if let Some(area) = rows.under_labels(outlet_rows) {
            frame.render_widget(Paragraph::new(lines), area);
        }
    }
    text_row(
        frame,
        &mut rows,
        QField::Topics,
        &form.topics.text,
        form.focus,
    );
    if topic_rows > 0
        && let Some(area) = rows.under_labels(topic_rows)
    {
        let lines = super::topics::offered_lines(&form.topics, w);
        frame.render_widget(Paragraph::new(lines), area);
    }
    footer(frame, inner, message, slice.keymap);
}

/// Who, with what it will be saved as: a known contact, or a new one.
fn who_row(frame: &mut Frame, inner: Rect, row: u16, form: &QuickLog) {
    let focused = form.focus == QField::Who;
    let right = label_row(frame, inner, row, QField::Who, focused);
    let note = if form.who_picked.is_some() {
        format!(" ✓ {}", tr!("form-who-known"))
    } else if !form.who.is_blank() && !focused {
        format!(" + {}", tr!("form-who-new"))
    } else {
        String::new()
    };
    let note_w = (width(&note) as u16).min(right.width / 2);
    let field = Rect {
        width: right.width - note_w,
        ..right
    };
    input(frame, field, &form.who, focused);
    if note_w > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled(fit(&note, note_w as usize), theme::ok())),
            Rect {
                x: right.x + right.width - note_w,
                width: note_w,
                ..right
            },
        );
    }
}

/// The channel and the priority, each a row of choices.
fn choice_rows(frame: &mut Frame, rows: &mut Rows, form: &QuickLog) {
    if let Some(row) = rows.take(1) {
        let focused = form.focus == QField::Channel;
        let right = label_row(frame, rows.inner, row, QField::Channel, focused);
        let width = right.width as usize;
        let line = form::choice(Channel::ALL, form.channel, labels::channel, width, focused);
        frame.render_widget(Paragraph::new(line), right);
    }
    if let Some(row) = rows.take(1) {
        let focused = form.focus == QField::Priority;
        let right = label_row(frame, rows.inner, row, QField::Priority, focused);
        let width = right.width as usize;
        let line = form::choice(
            Priority::ALL,
            form.priority,
            labels::priority,
            width,
            focused,
        );
        frame.render_widget(Paragraph::new(line), right);
    }
}

/// A labelled line of text, if there is a row left for it.
fn text_row(frame: &mut Frame, rows: &mut Rows, field: QField, value: &TextField, focus: QField) {
    if let Some(row) = rows.take(1) {
        let right = label_row(frame, rows.inner, row, field, focus == field);
        input(frame, right, value, focus == field);
    }
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

/// The last rows: a message (wrapped), and the keys.
fn footer(frame: &mut Frame, inner: Rect, message: Vec<Line<'static>>, keymap: &KeyMap) {
    let w = inner.width as usize;
    let mut lines = message;
    if lines.is_empty() {
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        fit(&tr_keys!("form-hint", keymap), w),
        theme::dim(),
    ));
    let rows = lines.len() as u16;
    if inner.height < rows {
        return;
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            y: inner.bottom() - rows,
            height: rows,
            ..inner
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{NOW, contacts, settings};

    /// The window drawn from the form and its slice alone, over an empty 100×24 screen.
    fn drawn(form: &QuickLog, keymap: &KeyMap) -> String {
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
        super::super::drawn_text(100, 24, |frame| render(form, &slice, frame, frame.area()))
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
