//! The search of the office's memory: the search line, what was found, and each record
//! found on two lines — what it is, then a piece of its text — with the matching words
//! marked in bold reverse video (seen without colour too).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::overlays::input;
use super::text::clean;
use super::theme;
use crate::app::App;
use crate::app::memory_search::{HEADER_ROWS, MemorySearch};
use crate::format;
use crate::labels;
use crate::memory::{highlights, snippet};
use crate::store::MemoryHit;
use crate::tr;

pub fn render(app: &App, search: &MemorySearch, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let [line, said, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(HEADER_ROWS - 1),
        Constraint::Min(0),
    ])
    .areas(area);
    let label = format!("{} ", tr!("memory-search-label"));
    let label_width = crate::text::width(&label) as u16;
    let [label_area, field] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(line);
    frame.render_widget(
        Paragraph::new(Span::styled(label, theme::focused_label())),
        label_area,
    );
    input(frame, field, &search.input, app.overlay.is_none());
    frame.render_widget(Paragraph::new(summary(search)), said);
    let width = list.width as usize;
    let rows = (list.height / 2) as usize;
    let mut lines = Vec::new();
    for (i, hit) in search
        .hits
        .iter()
        .enumerate()
        .skip(search.offset)
        .take(rows)
    {
        lines.extend(hit_lines(
            app,
            hit,
            &search.searched,
            i == search.selected,
            width,
        ));
    }
    frame.render_widget(Paragraph::new(lines), list);
}

/// The line under the search: how many were found, nothing, an error, or what to type.
fn summary(search: &MemorySearch) -> Line<'static> {
    if let Some(error) = &search.error {
        return Line::styled(clean(error), theme::error());
    }
    if search.searched.is_empty() && search.hits.is_empty() {
        return Line::styled(tr!("memory-search-hint"), theme::dim());
    }
    if search.hits.is_empty() && !search.searching {
        return Line::styled(
            tr!("memory-nothing", query = clean(&search.searched)),
            theme::dim(),
        );
    }
    Line::styled(
        tr!(
            "memory-search-found",
            count = search.hits.len(),
            more = u8::from(search.hits.len() >= crate::app::memory_search::SHOWN)
        ),
        theme::dim(),
    )
}

/// A found record: its number, kind, when, status and title (with who), then a piece of
/// its text around the first match.
fn hit_lines(
    app: &App,
    hit: &MemoryHit,
    query: &str,
    selected: bool,
    width: usize,
) -> [Line<'static>; 2] {
    let (base, found) = if selected {
        (theme::selected(), theme::found_word_selected())
    } else {
        (Style::new(), theme::found_word())
    };
    let when = match (hit.at, &hit.day) {
        (Some(t), _) => format::moment(t, app.now, app.settings.zone),
        (None, Some(day)) => clean(day),
        (None, None) => String::new(),
    };
    let mut head = format!(
        "{}#{:<6} {} · {when}",
        if selected { "▸ " } else { "  " },
        hit.id,
        labels::memory_kind(hit.kind)
    );
    let status = labels::memory_status(hit.kind, &hit.status);
    if !status.is_empty() {
        head.push_str(&format!(" · {status}"));
    }
    head.push_str(" · ");
    let mut first = vec![Span::styled(head, base)];
    first.extend(marked(&clean(&hit.title), query, base, found));
    if let Some(who) = &hit.who {
        first.push(Span::styled(" — ", base));
        first.extend(marked(&clean(who), query, base, found));
    }
    let (piece, marks) = snippet(&clean(&hit.text), query, width.saturating_sub(6).max(20));
    let mut second = vec![Span::styled("    ", base)];
    second.extend(runs(&piece, &marks, base.patch(theme::dim()), found));
    [
        Line::from(first).style(base),
        Line::from(second).style(base),
    ]
}

/// `text` with the words matching `query` in the `found` style.
fn marked(text: &str, query: &str, base: Style, found: Style) -> Vec<Span<'static>> {
    runs(text, &highlights(text, query), base, found)
}

/// `text` cut into spans at the char ranges `marks` (in order).
fn runs(text: &str, marks: &[(usize, usize)], base: Style, found: Style) -> Vec<Span<'static>> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut at = 0;
    for &(a, b) in marks {
        let (a, b) = (a.min(chars.len()), b.min(chars.len()));
        if a < at {
            continue;
        }
        if a > at {
            spans.push(Span::styled(chars[at..a].iter().collect::<String>(), base));
        }
        spans.push(Span::styled(chars[a..b].iter().collect::<String>(), found));
        at = b;
    }
    if at < chars.len() {
        spans.push(Span::styled(chars[at..].iter().collect::<String>(), base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::KeyMap;
    use crate::app::memory_search::MemorySearch;
    use crate::app::{App, Settings};
    use crate::config::Config;
    use crate::domain::Zone;
    use crate::store::MemoryKind;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;
    use ratatui::style::Modifier;

    const NOW: i64 = 1_795_000_000;

    fn hit(kind: MemoryKind, id: i64, title: &str, text: &str) -> MemoryHit {
        MemoryHit {
            kind,
            id,
            score: -1.0,
            at: Some(NOW - 400 * 86_400),
            day: None,
            title: title.into(),
            who: Some("Кузнецов Егор · Вести".into()),
            status: "answered".into(),
            text: text.into(),
            inquiry_id: None,
            outlet_id: None,
        }
    }

    fn draw(search: &MemorySearch) -> Buffer {
        let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
        let app = App::new(settings, KeyMap::default(), NOW);
        let mut terminal = Terminal::new(TestBackend::new(90, 8)).unwrap();
        terminal
            .draw(|f| render(&app, search, f, f.area()))
            .unwrap();
        terminal.backend().buffer().clone()
    }

    fn row(buffer: &Buffer, y: u16) -> String {
        (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect()
    }

    /// The columns of row `y` drawn with `modifier`, as the text they show.
    fn styled(buffer: &Buffer, y: u16, modifier: Modifier) -> String {
        (0..buffer.area.width)
            .filter(|&x| buffer[(x, y)].modifier.contains(modifier))
            .map(|x| buffer[(x, y)].symbol())
            .collect()
    }

    #[test]
    fn found_words_are_marked_in_reverse_video_and_the_selected_row_stands_out() {
        let mut search = MemorySearch::default();
        search.input.set("горячая вода");
        search.searched = "горячая вода".into();
        search.hits = vec![
            hit(
                MemoryKind::Inquiry,
                12,
                "Горячая вода",
                "Когда дадут горячую воду? — С 5 марта.",
            ),
            hit(MemoryKind::Inquiry, 7, "Отопление и вода", "Котельная."),
        ];
        search.selected = 1;
        let buffer = draw(&search);
        assert!(
            row(&buffer, 0).contains("горячая вода"),
            "{}",
            row(&buffer, 0)
        );
        assert!(row(&buffer, 1).contains('2'), "{}", row(&buffer, 1));
        let first = row(&buffer, 2);
        assert!(first.contains("#12"), "{first}");
        assert!(first.contains("Кузнецов Егор"), "{first}");
        // Not selected: only the matching words are reversed.
        assert_eq!(styled(&buffer, 2, Modifier::REVERSED), "Горячаявода");
        assert_eq!(styled(&buffer, 3, Modifier::REVERSED), "горячуюводу");
        assert_eq!(styled(&buffer, 2, Modifier::BOLD), "Горячаявода");
        // The selected row is reversed as a whole; its matches are bold and underlined.
        assert!(row(&buffer, 4).starts_with("▸ #7"), "{}", row(&buffer, 4));
        assert_eq!(styled(&buffer, 4, Modifier::UNDERLINED), "вода");
        assert!(
            styled(&buffer, 4, Modifier::REVERSED).starts_with("▸ #7"),
            "{}",
            styled(&buffer, 4, Modifier::REVERSED)
        );
    }

    #[test]
    fn before_a_word_it_says_what_can_be_found_and_after_it_when_nothing_was() {
        let buffer = draw(&MemorySearch::default());
        let hint = tr!("memory-search-hint");
        assert!(
            hint.starts_with(row(&buffer, 1).trim()),
            "{}",
            row(&buffer, 1)
        );
        let mut search = MemorySearch::default();
        search.input.set("котельн");
        search.searched = "котельн".into();
        let buffer = draw(&search);
        assert!(row(&buffer, 1).contains("котельн"), "{}", row(&buffer, 1));
        search.error = Some("disk I/O error".into());
        assert!(row(&draw(&search), 1).contains("disk I/O error"));
    }
}
