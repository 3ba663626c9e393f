//! The audit view: one person's changes in a period, newest first. Draws only its slice
//! of the model, so a test can render it into a `Buffer` on its own.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::key_hints::tr_keys;
use super::text::{clean, fit, pad, width};
use super::theme;
use crate::app::audit::{AuditView, PeriodKind};
use crate::app::keymap::KeyMap;
use crate::audit_words;
use crate::domain::{Timestamp, Zone};
use crate::format;
use crate::tr;

/// The view with what it needs to say times the local way and to name its keys.
pub struct AuditPage<'a> {
    pub view: &'a AuditView,
    pub now: Timestamp,
    pub zone: Zone,
    pub keymap: &'a KeyMap,
}

/// `week 23 Nov – 29 Nov 2026`
pub fn period_label(view: &AuditView) -> String {
    let period = view.period;
    let year = chrono::Datelike::year(&period.last());
    match period.kind {
        PeriodKind::Day => tr!(
            "alerts-audit-day",
            day = format::day_heading(period.first),
            year = year
        ),
        PeriodKind::Week => tr!(
            "alerts-audit-week",
            first = format::day_month(period.first),
            last = format::day_month(period.last()),
            year = year
        ),
        PeriodKind::Month => tr!(
            "alerts-audit-month",
            first = format::day_month(period.first),
            last = format::day_month(period.last()),
            year = year
        ),
    }
}

/// What the list says when it has no rows to show: an error, loading, or none.
fn instead_of_rows(view: &AuditView, total: usize) -> Option<Line<'static>> {
    if let Some(error) = &view.error {
        Some(Line::styled(fit(&clean(error), total), theme::error()))
    } else if !view.loaded {
        Some(Line::styled(tr!("queue-loading"), theme::dim()))
    } else if view.rows.is_empty() {
        Some(Line::styled(tr!("alerts-audit-none"), theme::dim()))
    } else {
        None
    }
}

impl Widget for AuditPage<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height == 0 || area.width == 0 {
            return;
        }
        let view = self.view;
        let total = area.width as usize;
        let heading = tr!(
            "alerts-audit-heading",
            who = clean(&view.who),
            period = period_label(view),
            count = view.rows.len()
        );
        Paragraph::new(Line::styled(fit(&heading, total), theme::header()))
            .render(Rect { height: 1, ..area }, buf);
        let list = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        if list.height == 0 {
            return;
        }
        if let Some(message) = instead_of_rows(view, total) {
            Paragraph::new(message).render(list, buf);
            return;
        }
        let rows = list.height as usize - usize::from(view.cut_short());
        // The record column is as wide as its widest entry on screen, within reason.
        let shown = view.rows.iter().skip(view.offset).take(rows);
        let record_width = shown
            .clone()
            .map(|r| width(&audit_words::record(r)))
            .max()
            .unwrap_or(0)
            .min(24);
        let when_width = 16;
        let change_room = total.saturating_sub(when_width + record_width + 4).max(1);
        let mut lines: Vec<Line> = shown
            .enumerate()
            .map(|(i, row)| {
                let style = if view.offset + i == view.selected {
                    theme::selected()
                } else {
                    ratatui::style::Style::default()
                };
                let change = audit_words::change(row, self.zone, change_room);
                Line::from(vec![
                    Span::styled(
                        pad(&format::moment(row.at, self.now, self.zone), when_width),
                        style.patch(theme::dim()),
                    ),
                    Span::styled("  ", style),
                    Span::styled(pad(&audit_words::record(row), record_width), style),
                    Span::styled("  ", style),
                    Span::styled(pad(&change, change_room), style),
                ])
            })
            .collect();
        if view.cut_short() {
            lines.push(Line::styled(
                fit(
                    &tr_keys!(
                        "alerts-audit-cut-short",
                        self.keymap,
                        count = crate::app::audit::LIMIT
                    ),
                    total,
                ),
                theme::dim(),
            ));
        }
        Paragraph::new(lines).render(list, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::NOW;
    use crate::i18n::{Language, with_language};
    use crate::store::AuditRow;
    use crate::ui::buffer_text as text;

    /// The page drawn alone into a buffer of `area`, in English.
    fn drawn(view: &AuditView, zone: Zone, keymap: &KeyMap, area: Rect) -> String {
        let mut buf = Buffer::empty(area);
        with_language(Language::En, || {
            AuditPage {
                view,
                now: NOW,
                zone,
                keymap,
            }
            .render(area, &mut buf)
        });
        text(&buf)
    }

    #[test]
    fn changes_are_listed_newest_first_with_the_record_they_were_made_to() {
        let zone = Zone::fixed_hours(3);
        let mut view = AuditView::new("elena", zone.date(NOW));
        let rows = vec![
            AuditRow {
                id: 2,
                at: NOW - 600,
                who: "elena".into(),
                entity: "inquiry".into(),
                entity_id: 12,
                action: "update".into(),
                field: Some("status".into()),
                old_value: Some("new".into()),
                new_value: Some("answered".into()),
            },
            AuditRow {
                id: 1,
                at: NOW - 3600,
                who: "elena".into(),
                entity: "contact".into(),
                entity_id: 7,
                action: "create".into(),
                field: None,
                old_value: None,
                new_value: Some("Иванова\u{1b}[31m".into()),
            },
        ];
        let query = view.query(zone);
        view.loaded(&query, Ok(rows), zone);
        let shown = drawn(&view, zone, &KeyMap::default(), Rect::new(0, 0, 80, 5));
        let lines: Vec<&str> = shown.lines().collect();
        assert!(
            lines[0].contains("elena") && lines[0].contains("23 Nov"),
            "{shown}"
        );
        assert!(
            lines[1].contains("21:30") && lines[1].contains("inquiry #12"),
            "{shown}"
        );
        assert!(lines[1].contains("status: new → answered"), "{shown}");
        assert!(
            lines[2].contains("contact #7") && lines[2].contains("created"),
            "{shown}"
        );
        // Stored text is shown as text: the escape character is not drawn.
        assert!(!shown.contains('\u{1b}'), "{shown}");
    }

    #[test]
    fn a_list_cut_short_names_the_period_key_as_bound() {
        let zone = Zone::fixed_hours(3);
        let mut view = AuditView::new("elena", zone.date(NOW));
        let rows = (0..crate::app::audit::LIMIT as i64)
            .map(|n| AuditRow {
                id: n,
                at: NOW - n,
                who: "elena".into(),
                entity: "inquiry".into(),
                entity_id: n,
                action: "create".into(),
                field: None,
                old_value: None,
                new_value: None,
            })
            .collect();
        let query = view.query(zone);
        view.loaded(&query, Ok(rows), zone);
        let config = crate::config::Config::parse(
            "[keys]\naudit_period = \"f5\"\n",
            std::path::Path::new("config.toml"),
        )
        .unwrap();
        let keymap = KeyMap::from_config(&config).unwrap();
        let shown = drawn(&view, zone, &keymap, Rect::new(0, 0, 120, 6));
        assert!(shown.contains("choose a shorter period (F5)"), "{shown}");
        assert!(!shown.contains("(v)"), "{shown}");
    }
}
