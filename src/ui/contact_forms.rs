//! The contact book's windows: logging a call, meeting or note; the contact editor; the
//! merge chooser. They draw the form and the few things beside it that they show (`Slice`),
//! so each is drawn and tested without the rest of the model.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::key_hints::tr_keys;
use super::overlays::{input, suggestion_lines, window};
use super::text::{clean, fit};
use super::{centered, form, theme};
use crate::app::contact_forms::{
    BookOverlay, ContactEditor, EditorField, EventField, EventForm, MergeChooser, OutletEditor,
    OutletField,
};
use crate::app::keymap::KeyMap;
use crate::domain::contact::{EventKind, OutletKind};
use crate::domain::{ContactKind, Relationship};
use crate::format;
use crate::labels;
use crate::tr;

const LABEL: u16 = 12;

/// What the windows show besides the form: the keys for the hint line, the clock and the
/// office's rules for the "when" of a call, the contacts a merge can pick from.
pub use super::context::Context as Slice;

pub fn render(form: &BookOverlay, slice: &Slice, frame: &mut Frame, room: Rect) {
    match form {
        BookOverlay::Event(f) => event(slice, f, frame, room),
        BookOverlay::Editor(f) => editor(slice.keymap, f, frame, room),
        BookOverlay::Merge(f) => merge(slice, f, frame, room),
        BookOverlay::Outlet(f) => outlet(slice.keymap, f, frame, room),
    }
}

/// A label on the left of a row; returns the room right of it.
fn label(frame: &mut Frame, inner: Rect, y: u16, text: String, focused: bool) -> Rect {
    form::label(frame, inner, y, LABEL, &text, focused)
}

/// The rows of a window's fields, one each, laid out by `form::rows` above the two rows
/// of the footer: on a short screen the first ones scroll out so the focused field shows.
fn field_rows<T: Copy + PartialEq>(inner: Rect, fields: &[T], focus: T) -> Vec<(T, Rect)> {
    let at = fields.iter().position(|f| *f == focus).unwrap_or(0);
    let (rooms, _) = form::rows(inner, &vec![1; fields.len()], at, 2);
    fields
        .iter()
        .zip(rooms)
        .filter_map(|(field, room)| Some((*field, room?)))
        .collect()
}

fn event(slice: &Slice, f: &EventForm, frame: &mut Frame, room: Rect) {
    let title = tr!(
        "event-title",
        what = labels::event_kind(f.kind),
        name = clean(&f.name)
    );
    let area = centered(room, 76, 8);
    let inner = window(frame, area, &title);
    if inner.height == 0 || inner.width <= LABEL {
        return;
    }
    let fields = [EventField::Text, EventField::When, EventField::Kind];
    for (field, row) in field_rows(inner, &fields, f.focus) {
        let focused = f.focus == field;
        let text = match field {
            EventField::Text => tr!("event-text"),
            EventField::When => tr!("event-when"),
            EventField::Kind => tr!("event-kind"),
        };
        let right = label(frame, row, row.y, text, focused);
        match field {
            EventField::Text => input(frame, right, &f.text, focused),
            EventField::When => {
                if f.when.value().is_empty() && !focused {
                    let preview = match f.at(slice.now, slice.settings) {
                        Ok(at) => tr!(
                            "event-when-now",
                            time = format::moment(at, slice.now, slice.settings.zone)
                        ),
                        Err(_) => String::new(),
                    };
                    frame.render_widget(Paragraph::new(Span::styled(preview, theme::dim())), right);
                } else {
                    input(frame, right, &f.when, focused);
                }
            }
            EventField::Kind => {
                let line = form::choice(
                    EventKind::ALL,
                    f.kind,
                    labels::event_kind,
                    right.width as usize,
                    focused,
                );
                frame.render_widget(Paragraph::new(line), right);
            }
        }
    }
    let w = inner.width as usize;
    let message = if let Some(line) = form::status(
        slice.keymap,
        f.confirm_discard,
        f.saving,
        f.error.as_deref(),
        w,
    ) {
        Some(line)
    } else if f.focus == EventField::When && !f.when.is_blank() {
        Some(match f.at(slice.now, slice.settings) {
            Ok(at) => Line::styled(
                fit(&format!("→ {}", format::full(at, slice.settings.zone)), w),
                theme::ok(),
            ),
            Err(e) => Line::styled(fit(&e, w), theme::dim()),
        })
    } else {
        None
    };
    form::footer(
        frame,
        inner,
        message.into_iter().collect(),
        tr_keys!("event-hint", slice.keymap),
    );
}

fn editor_label(f: EditorField) -> String {
    match f {
        EditorField::Name => tr!("editor-name"),
        EditorField::Kind => tr!("editor-kind"),
        EditorField::Outlet => tr!("editor-outlet"),
        EditorField::Position => tr!("editor-position"),
        EditorField::Phones => tr!("editor-phones"),
        EditorField::Emails => tr!("editor-emails"),
        EditorField::Messengers => tr!("editor-messengers"),
        EditorField::Tags => tr!("editor-tags"),
        EditorField::Relationship => tr!("editor-relationship"),
        EditorField::Notes => tr!("editor-notes"),
    }
}

fn editor(keymap: &KeyMap, f: &ContactEditor, frame: &mut Frame, room: Rect) {
    let title = match f.id {
        Some(id) => tr!("editor-title-edit", id = id),
        None => tr!("editor-title-new"),
    };
    let area = centered(room, 84, EditorField::ORDER.len() as u16 + 5);
    let inner = window(frame, area, &title);
    if inner.height == 0 || inner.width <= LABEL {
        return;
    }
    for (field, row) in field_rows(inner, &EditorField::ORDER, f.focus) {
        let focused = f.focus == field;
        let right = label(frame, row, row.y, editor_label(field), focused);
        match field {
            EditorField::Kind => {
                let line = form::choice(
                    ContactKind::ALL,
                    f.kind,
                    labels::contact_kind,
                    right.width as usize,
                    focused,
                );
                frame.render_widget(Paragraph::new(line), right);
            }
            EditorField::Relationship => {
                let line = form::choice(
                    Relationship::ALL,
                    f.relationship,
                    labels::relationship,
                    right.width as usize,
                    focused,
                );
                frame.render_widget(Paragraph::new(line), right);
            }
            other => {
                if let Some(text) = f.text(other) {
                    input(frame, right, text, focused);
                }
            }
        }
    }
    let w = inner.width as usize;
    let message = if let Some(line) =
        form::status(keymap, f.confirm_discard, f.saving, f.error.as_deref(), w)
    {
        vec![line]
    } else if let Some(owner) = &f.warning {
        // Wrapped on the row left free above the footer: it says which keys do what.
        let warning = tr_keys!(
            "editor-duplicate",
            keymap,
            what = clean(&owner.what),
            name = clean(&owner.name),
            id = owner.id,
            more = owner.more
        );
        super::wrap::indented(&warning, 0, w)
            .into_iter()
            .take(2)
            .map(|l| Line::styled(l, theme::due_soon_badge()))
            .collect()
    } else if matches!(
        f.focus,
        EditorField::Phones | EditorField::Emails | EditorField::Messengers | EditorField::Tags
    ) {
        vec![Line::styled(fit(&tr!("editor-list-hint"), w), theme::dim())]
    } else {
        Vec::new()
    };
    form::footer(frame, inner, message, tr_keys!("editor-hint", keymap));
}

fn merge(slice: &Slice, f: &MergeChooser, frame: &mut Frame, room: Rect) {
    // The question is wrapped, not cut: it names both records and says what happens.
    let text_width = room.width.min(76).saturating_sub(2) as usize;
    let confirm: Vec<Line> = match &f.chosen {
        Some((id, name)) => {
            let question = tr_keys!(
                "merge-confirm",
                slice.keymap,
                other = clean(name),
                id = *id,
                keep = clean(&f.keep_name)
            );
            let question = super::wrap::indented(&question, 0, text_width);
            let keeps = super::wrap::indented(&tr!("merge-keeps"), 0, text_width);
            question
                .into_iter()
                .map(|l| Line::styled(l, theme::error()))
                .chain(keeps.into_iter().map(|l| Line::styled(l, theme::dim())))
                .collect()
        }
        None => Vec::new(),
    };
    let rows = (f.list.rows() as u16 + 6).max(confirm.len() as u16 + 4);
    let area = centered(room, 76, rows);
    let inner = window(frame, area, &tr!("merge-title", name = clean(&f.keep_name)));
    if inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    if f.chosen.is_some() {
        frame.render_widget(Paragraph::new(confirm), inner);
        form::footer(
            frame,
            inner,
            f.error
                .as_ref()
                .map(|e| Line::styled(fit(&clean(e), w), theme::error()))
                .into_iter()
                .collect(),
            tr_keys!("merge-confirm-hint", slice.keymap),
        );
        return;
    }
    input(frame, Rect { height: 1, ..inner }, &f.input, true);
    let mut lines = suggestion_lines(&f.list, slice.contacts, "", w);
    if f.list.is_empty() {
        lines.push(Line::styled(tr!("merge-none"), theme::dim()));
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            y: inner.y + 1,
            height: inner.height.saturating_sub(3),
            ..inner
        },
    );
    form::footer(
        frame,
        inner,
        f.error
            .as_ref()
            .map(|e| Line::styled(fit(&clean(e), w), theme::error()))
            .into_iter()
            .collect(),
        tr_keys!("merge-hint", slice.keymap),
    );
}

fn outlet(keymap: &KeyMap, f: &OutletEditor, frame: &mut Frame, room: Rect) {
    let title = match f.id {
        Some(id) => tr!("outlet-title-edit", id = id),
        None => tr!("outlet-title-new"),
    };
    let area = centered(room, 84, OutletField::ORDER.len() as u16 + 5);
    let inner = window(frame, area, &title);
    if inner.height == 0 || inner.width <= LABEL {
        return;
    }
    for (field, row) in field_rows(inner, &OutletField::ORDER, f.focus) {
        let focused = f.focus == field;
        let text = match field {
            OutletField::Name => tr!("editor-name"),
            OutletField::Kind => tr!("outlet-kind"),
            OutletField::Region => tr!("outlet-region"),
            OutletField::Phones => tr!("editor-phones"),
            OutletField::Emails => tr!("editor-emails"),
            OutletField::Notes => tr!("editor-notes"),
        };
        let right = label(frame, row, row.y, text, focused);
        match f.text(field) {
            Some(t) => input(frame, right, t, focused),
            None => {
                let line = form::choice(
                    OutletKind::ALL,
                    f.kind,
                    labels::outlet_kind,
                    right.width as usize,
                    focused,
                );
                frame.render_widget(Paragraph::new(line), right);
            }
        }
    }
    let w = inner.width as usize;
    let message = if let Some(line) =
        form::status(keymap, f.confirm_discard, f.saving, f.error.as_deref(), w)
    {
        Some(line)
    } else if matches!(f.focus, OutletField::Phones | OutletField::Emails) {
        Some(Line::styled(fit(&tr!("editor-list-hint"), w), theme::dim()))
    } else {
        None
    };
    form::footer(
        frame,
        inner,
        message.into_iter().collect(),
        tr_keys!("editor-hint", keymap),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{NOW, contacts, settings};
    use crate::search::ContactIndex;

    /// Draws one window over an empty 100×24 screen, from its form and its slice alone.
    fn drawn(form: &BookOverlay) -> String {
        drawn_at(form, 24)
    }

    /// The same over a screen `height` rows tall.
    fn drawn_at(form: &BookOverlay, height: u16) -> String {
        let settings = settings();
        let keymap = KeyMap::default();
        let index = ContactIndex::new(contacts(), settings.phones.clone());
        let slice = Slice {
            keymap: &keymap,
            now: NOW,
            settings: &settings,
            contacts: &index,
        };
        super::super::drawn_text(100, height, |frame| {
            render(form, &slice, frame, frame.area())
        })
    }

    #[test]
    fn the_call_window_says_with_whom_and_when() {
        let form = EventForm::new(1, "Кузнецова Мария Игоревна", EventKind::Call);
        let shown = drawn(&BookOverlay::Event(form));
        assert!(shown.contains("Кузнецова Мария Игоревна"), "{shown}");
        // An empty "when" is now, said with the time.
        assert!(shown.contains("now (21:40)"), "{shown}");
        assert!(shown.contains("Enter save"), "{shown}");
    }

    #[test]
    fn the_contact_editor_lists_its_fields() {
        let shown = drawn(&BookOverlay::Editor(Box::default()));
        assert!(shown.contains("New contact"), "{shown}");
        assert!(
            shown.contains(&editor_label(EditorField::Phones)),
            "{shown}"
        );
        assert!(shown.contains("←→ change a choice"), "{shown}");
    }

    #[test]
    fn the_merge_chooser_offers_the_other_records() {
        let mut chooser = MergeChooser::new(1, "Кузнецова Мария Игоревна");
        chooser.input = crate::app::field::TextField::with_value("Иванов");
        chooser.refresh(&ContactIndex::new(contacts(), settings().phones));
        let shown = drawn(&BookOverlay::Merge(chooser));
        assert!(shown.contains("Merge another record into"), "{shown}");
        assert!(shown.contains("Иванов Сергей Петрович"), "{shown}");
    }

    #[test]
    fn on_a_short_screen_the_editor_scrolls_to_the_focused_field() {
        let mut editor = ContactEditor::new();
        editor.focus = EditorField::Notes;
        let shown = drawn_at(&BookOverlay::Editor(Box::new(editor)), 10);
        assert!(shown.contains("▸Notes"), "{shown}");
        assert!(shown.contains("Esc cancel"), "{shown}");
        assert!(!shown.contains(" Name "), "{shown}");
    }

    #[test]
    fn the_outlet_editor_lists_its_fields() {
        let shown = drawn(&BookOverlay::Outlet(Box::default()));
        assert!(shown.contains("New outlet"), "{shown}");
        assert!(shown.contains("Esc cancel"), "{shown}");
    }
}
