//! The contacts pane: the search line, the list (only visible rows are built), and the
//! contact and outlet cards.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_segmentation::UnicodeSegmentation;

use super::text::{clean, fit, pad, width};
use super::theme;
use crate::app::App;
use crate::app::contacts::{COLLEAGUES_SHOWN, Card, Filter};
use crate::app::keymap::Action;
use crate::domain::contact::{ContactCard, ContactLine, OutletCard, TimelineItem};
use crate::domain::{Inquiry, Relationship, Timestamp};
use crate::format;
use crate::labels;
use crate::search::Highlight;
use crate::tr;

pub fn filter_label(filter: Filter) -> String {
    match filter {
        Filter::Everyone => tr!("book-filter-everyone"),
        Filter::Journalists => tr!("book-filter-journalists"),
        Filter::Experts => tr!("book-filter-experts"),
        Filter::Outlets => tr!("book-filter-outlets"),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    search_line(app, frame, Rect { height: 1, ..area });
    let list = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    if list.height > 0 {
        render_list(app, frame, list);
    }
}

fn search_line(app: &App, frame: &mut Frame, area: Rect) {
    let book = &app.book;
    let label = format!("{} ", tr!("book-find"));
    let (shown, total) = match (book.filter, book.first_page()) {
        (_, Some(page)) => (page.total, page.total),
        (Filter::Outlets, None) => (book.len(), app.outlets.len()),
        (_, None) => (book.len(), app.contacts.len()),
    };
    // While a short query's matches are still counted, the list holds only its first
    // screen: its length is not the count, and the line says so.
    let counted = if book.counting() && book.filter != Filter::Outlets {
        tr!("book-counting", total = total)
    } else {
        tr!("book-count", shown = shown, total = total)
    };
    let count = format!(" {} · {} ", filter_label(book.filter), counted);
    let w = area.width as usize;
    let label_w = width(&label).min(w);
    let count_w = if w > label_w + width(&count) + 8 {
        width(&count)
    } else {
        0
    };
    let field_w = w.saturating_sub(label_w + count_w);
    let style = if book.typing {
        theme::focused_label()
    } else {
        theme::label()
    };
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&label, label_w), style)),
        Rect {
            width: label_w as u16,
            ..area
        },
    );
    let field_area = Rect {
        x: area.x + label_w as u16,
        width: field_w as u16,
        ..area
    };
    if field_w > 0 {
        let scroll = book.query.visual_scroll(field_w.saturating_sub(1));
        let shown = if book.query.value().is_empty() && !book.typing {
            Span::styled(
                fit(
                    &tr!("book-search-hint", key = app.keymap.label(Action::Search)),
                    field_w,
                ),
                theme::dim(),
            )
        } else {
            Span::styled(
                clean(book.query.value()),
                Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED),
            )
        };
        frame.render_widget(
            Paragraph::new(Line::from(shown)).scroll((0, scroll as u16)),
            field_area,
        );
        if book.typing && app.overlay.is_none() {
            let x = field_area.x
                + (book.query.visual_cursor().saturating_sub(scroll)).min(field_w - 1) as u16;
            frame.set_cursor_position(Position::new(x, area.y));
        }
    }
    if count_w > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled(count, theme::dim())),
            Rect {
                x: area.x + (w - count_w) as u16,
                width: count_w as u16,
                ..area
            },
        );
    }
}

/// Text cut to `max` columns (with `…`), the characters at `positions` in the match
/// style, padded to exactly `max`.
pub fn highlighted_cell(
    text: &str,
    positions: &[usize],
    max: usize,
    base: Style,
) -> Vec<Span<'static>> {
    let shown = clean(text);
    // Cleaning can merge characters; highlight only when the text is unchanged.
    let positions = if shown == text { positions } else { &[] };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    let mut used = 0;
    let mut index = 0;
    let cut = width(&shown) > max;
    let room = if cut { max.saturating_sub(1) } else { max };
    for g in shown.graphemes(true) {
        let gw = width(g);
        if used + gw > room {
            break;
        }
        let hit = positions.contains(&index);
        if hit != run_hit && !run.is_empty() {
            spans.push(styled(std::mem::take(&mut run), run_hit, base));
        }
        run_hit = hit;
        run.push_str(g);
        used += gw;
        index += g.chars().count();
    }
    if !run.is_empty() {
        spans.push(styled(run, run_hit, base));
    }
    if cut && max > 0 {
        spans.push(Span::styled("…", base));
        used += 1;
    }
    if used < max {
        spans.push(Span::styled(" ".repeat(max - used), base));
    }
    spans
}

fn styled(text: String, hit: bool, base: Style) -> Span<'static> {
    if hit {
        Span::styled(text, base.patch(theme::matched()))
    } else {
        Span::styled(text, base)
    }
}

fn relationship_mark(r: Relationship) -> Span<'static> {
    match r {
        Relationship::Friendly => Span::styled("● ", theme::friendly()),
        Relationship::Critical => Span::styled("● ", theme::critical()),
        Relationship::Neutral => Span::raw("  "),
    }
}

/// Column widths for a list `total` columns wide: name, kind, outlet, position, phone.
fn columns(total: usize) -> (usize, usize, usize, usize, usize) {
    let rest = total.saturating_sub(2);
    if total >= 110 {
        let phone = 20;
        let kind = 11;
        let flex = rest.saturating_sub(phone + kind + 4);
        let name = flex * 35 / 100;
        let outlet = flex * 35 / 100;
        (name, kind, outlet, flex - name - outlet, phone)
    } else if total >= 70 {
        let phone = 18;
        let flex = rest.saturating_sub(phone + 2);
        let name = flex / 2;
        (name, 0, flex - name, 0, phone)
    } else {
        let outlet = rest / 3;
        (rest.saturating_sub(outlet + 1), 0, outlet, 0, 0)
    }
}

fn render_list(app: &App, frame: &mut Frame, area: Rect) {
    let book = &app.book;
    if let Some(page) = book.first_page() {
        let lines: Vec<Line> = page
            .lines
            .iter()
            .take(area.height as usize)
            .map(|c| contact_row(c, &Highlight::default(), area.width as usize, Style::new()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    if book.is_empty() {
        let message = if !book.loaded && app.contacts.is_empty() {
            tr!("book-loading")
        } else if book.counting() {
            // Nothing known yet is not nothing found.
            tr!("book-counting", total = app.contacts.len())
        } else if book.query.value().trim().is_empty() {
            tr!("book-empty", key = app.keymap.label(Action::NewContact))
        } else {
            tr!(
                "book-nothing-found",
                key = app.keymap.label(Action::NewContact),
                cancel = app.keymap.hint(Action::Cancel)
            )
        };
        frame.render_widget(
            Paragraph::new(Span::styled(message, theme::dim())).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let mut lines: Vec<Line> = Vec::with_capacity(area.height as usize);
    let height = area.height as usize;
    let mut list_area = area;
    if book.loose() && book.filter != Filter::Outlets {
        lines.push(Line::styled(
            fit(&tr!("book-loose"), area.width as usize),
            theme::dim(),
        ));
        list_area.height = area.height.saturating_sub(1);
    }
    let rows = list_area.height as usize;
    let query = book.ranked_query().to_string();
    let w = area.width as usize;
    for row in book.offset..(book.offset + rows.min(height)).min(book.len()) {
        let selected = row == book.selected;
        let base = if selected {
            theme::selected()
        } else {
            Style::new()
        };
        let line = match book.filter {
            Filter::Outlets => {
                let hit = &book.outlet_rows[row];
                match app.outlets.get(hit.id) {
                    Some(o) => {
                        let name_w = (w * 45 / 100).max(1);
                        let kind_w = 8.min(w.saturating_sub(name_w + 1));
                        let region_w = w.saturating_sub(name_w + kind_w + 4);
                        let mut spans = vec![Span::styled("  ", base)];
                        spans.extend(highlighted_cell(&o.name, &hit.name_positions, name_w, base));
                        spans.push(Span::styled(" ", base));
                        spans.push(Span::styled(
                            pad(&labels::outlet_kind(o.kind), kind_w),
                            base.patch(theme::dim()),
                        ));
                        spans.push(Span::styled(" ", base));
                        spans.push(Span::styled(pad(&clean(&o.region), region_w), base));
                        Line::from(spans)
                    }
                    None => Line::raw(""),
                }
            }
            _ => {
                let index = book.rows[row];
                let c = app.contacts.at(index);
                let h = app.contacts.highlight(index, &query);
                contact_row(&c, &h, w, base)
            }
        };
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn contact_row(c: &ContactLine, h: &Highlight, w: usize, base: Style) -> Line<'static> {
    let (name_w, kind_w, outlet_w, position_w, phone_w) = columns(w);
    let mut spans = vec![relationship_mark(c.relationship).patch_style(base)];
    spans.extend(highlighted_cell(&c.name, &h.name, name_w, base));
    if kind_w > 0 {
        spans.push(Span::styled(" ", base));
        let kind = c.kind.map(labels::contact_kind).unwrap_or_default();
        spans.push(Span::styled(pad(&kind, kind_w), base.patch(theme::dim())));
    }
    if outlet_w > 0 {
        spans.push(Span::styled(" ", base));
        spans.extend(highlighted_cell(
            c.outlet.as_deref().unwrap_or(""),
            &h.outlet,
            outlet_w,
            base,
        ));
    }
    if position_w > 0 {
        spans.push(Span::styled(" ", base));
        spans.extend(highlighted_cell(&c.position, &h.position, position_w, base));
    }
    if phone_w > 0 {
        spans.push(Span::styled(" ", base));
        let (phone, hit) = match h.phone.and_then(|i| c.phones.get(i)) {
            Some(p) => (p.as_str(), true),
            None => (c.phones.first().map(String::as_str).unwrap_or(""), false),
        };
        let style = if hit {
            base.patch(theme::matched())
        } else {
            base
        };
        spans.push(Span::styled(pad(&clean(phone), phone_w), style));
    }
    Line::from(spans)
}

fn label_row(label: String, value: Vec<Span<'static>>) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!(" {} ", pad(&label, 11)),
        theme::label(),
    )];
    spans.extend(value);
    Line::from(spans)
}

fn points_text(points: &[crate::domain::contact::Point]) -> String {
    points
        .iter()
        .map(|p| {
            if p.label.is_empty() {
                clean(&p.value)
            } else {
                format!("{} ({})", clean(&p.value), clean(&p.label))
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn render_card(app: &App, card: &Card, frame: &mut Frame, area: Rect) {
    let (lines, cursor_line) = match (&card.contact, &card.outlet) {
        (Some(c), _) if card.contact_id() == Some(c.id) => contact_lines(app, c, card),
        (_, Some(o)) if card.contact_id().is_none() => outlet_lines(app, o, card),
        _ => (
            vec![Line::styled(
                format!(" {}", tr!("queue-loading")),
                theme::dim(),
            )],
            0,
        ),
    };
    let height = area.height as usize;
    // Keep the cursor's line in view, with the figures at the top shown when they fit.
    let scroll = (cursor_line + 2).saturating_sub(height);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(shown), area);
}

fn header(title: Vec<Span<'static>>, w: usize) -> Line<'static> {
    let text: String = title.iter().map(|s| s.content.as_ref()).collect();
    if width(&text) > w {
        return Line::styled(fit(&text, w), theme::header());
    }
    Line::from(title)
}

/// The selectable lines of a card (colleagues, people, timeline entries): each is marked
/// `▸` and highlighted when the cursor is on it, and the line the cursor is on is kept.
struct Entries {
    cursor: usize,
    next: usize,
    cursor_line: usize,
    width: usize,
}

impl Entries {
    fn new(cursor: usize, width: usize) -> Entries {
        Entries {
            cursor,
            next: 0,
            cursor_line: 0,
            width,
        }
    }

    fn push(&mut self, lines: &mut Vec<Line<'static>>, spans: Vec<Span<'static>>) {
        let selected = self.next == self.cursor;
        if selected {
            self.cursor_line = lines.len();
        }
        let mut all = vec![Span::raw(if selected { " ▸ " } else { "   " })];
        all.extend(spans);
        let mut line = cut_spans(all, self.width);
        if selected {
            line = line.style(theme::selected());
        }
        lines.push(line);
        self.next += 1;
    }
}

/// The contact card as lines, and the line the cursor is on.
fn contact_lines(app: &App, c: &ContactCard, card: &Card) -> (Vec<Line<'static>>, usize) {
    let w = app.screen.0 as usize;
    let mut lines = vec![
        header(contact_title(c), w),
        figures_line(c, app.now, w),
        Line::raw(""),
    ];
    lines.extend(contact_facts(app, c, w));
    lines.extend(files_lines(app, card, w));
    let mut entries = Entries::new(card.cursor, w);
    colleague_lines(app, c, &mut lines, &mut entries);
    timeline_lines(app, c, &mut lines, &mut entries);
    (lines, entries.cursor_line)
}

/// "Name · journalist ● friendly #12".
fn contact_title(c: &ContactCard) -> Vec<Span<'static>> {
    let mut title = vec![Span::styled(
        format!(" {} ", clean(&c.name)),
        theme::header(),
    )];
    if let Some(kind) = c.kind {
        title.push(Span::styled(
            format!("· {} ", labels::contact_kind(kind)),
            theme::dim(),
        ));
    }
    title.push(relationship_mark(c.relationship));
    title.push(Span::styled(
        labels::relationship(c.relationship),
        match c.relationship {
            Relationship::Friendly => theme::friendly(),
            Relationship::Critical => theme::critical(),
            Relationship::Neutral => theme::dim(),
        },
    ));
    title.push(Span::styled(format!("  #{}", c.id), theme::dim()));
    title
}

/// How many inquiries, how fast they were answered, how many on time, the last contact.
fn figures_line(c: &ContactCard, now: Timestamp, w: usize) -> Line<'static> {
    let stats = c.stats();
    let mut figures = vec![tr!("card-inquiries", count = stats.inquiries)];
    if let Some(m) = stats.median_answer {
        figures.push(tr!("card-median", span = format::span(m)));
    }
    if let Some(share) = stats.on_time {
        figures.push(tr!(
            "card-on-time",
            percent = (share * 100.0).round() as i64
        ));
    }
    match stats.last_contact {
        Some(t) => figures.push(tr!("card-last", ago = format::ago(t, now))),
        None => figures.push(tr!("card-no-contact-yet")),
    }
    Line::styled(fit(&format!(" {}", figures.join(" · ")), w), theme::key())
}

/// Outlet, position, phones, e-mails, messengers, tags and the notes, wrapped.
fn contact_facts(app: &App, c: &ContactCard, w: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(outlet) = &c.outlet {
        lines.push(label_row(
            tr!("card-outlet"),
            vec![
                Span::raw(clean(outlet)),
                Span::styled(
                    format!(
                        "  ({} {})",
                        app.keymap.label(Action::GotoOutlet),
                        tr!("card-outlet-open")
                    ),
                    theme::dim(),
                ),
            ],
        ));
    }
    if !c.position.is_empty() {
        lines.push(label_row(
            tr!("card-position"),
            vec![Span::raw(clean(&c.position))],
        ));
    }
    for (label, points) in [
        (tr!("card-phones"), &c.phones),
        (tr!("card-emails"), &c.emails),
        (tr!("card-messengers"), &c.messengers),
    ] {
        if !points.is_empty() {
            lines.push(label_row(label, vec![Span::raw(points_text(points))]));
        }
    }
    if !c.tags.is_empty() {
        lines.push(label_row(
            tr!("card-tags"),
            vec![Span::raw(clean(&c.tags.join(", ")))],
        ));
    }
    for (n, note) in c.notes.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let label = if n == 0 {
            tr!("card-notes")
        } else {
            String::new()
        };
        for (k, part) in wrap(&clean(note), w.saturating_sub(14).max(10))
            .into_iter()
            .enumerate()
        {
            let label = if k == 0 { label.clone() } else { String::new() };
            lines.push(label_row(label, vec![Span::styled(part, theme::info())]));
        }
    }
    lines
}

/// The first colleagues at the same outlet, and how to see the rest.
fn colleague_lines(
    app: &App,
    c: &ContactCard,
    lines: &mut Vec<Line<'static>>,
    entries: &mut Entries,
) {
    if c.colleagues.is_empty() {
        return;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            " {}",
            tr!("card-colleagues", count = c.colleague_count as usize)
        ),
        theme::label(),
    ));
    for (_, name, position) in c.colleagues.iter().take(COLLEAGUES_SHOWN) {
        let mut spans = vec![Span::raw(clean(name))];
        if !position.is_empty() {
            spans.push(Span::styled(
                format!(" — {}", clean(position)),
                theme::dim(),
            ));
        }
        entries.push(lines, spans);
    }
    if c.colleague_count as usize > COLLEAGUES_SHOWN {
        lines.push(Line::styled(
            format!(
                "   {}",
                tr!(
                    "card-colleagues-more",
                    count = c.colleague_count as usize - COLLEAGUES_SHOWN,
                    key = app.keymap.label(Action::GotoOutlet)
                )
            ),
            theme::dim(),
        ));
    }
}

/// Inquiries, calls, meetings, notes and coverage, newest first, or how to log the first.
fn timeline_lines(
    app: &App,
    c: &ContactCard,
    lines: &mut Vec<Line<'static>>,
    entries: &mut Entries,
) {
    let timeline = c.timeline();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(" {}", tr!("card-timeline", count = timeline.len())),
        theme::label(),
    ));
    if timeline.is_empty() {
        lines.push(Line::styled(
            format!(
                "   {}",
                tr!(
                    "card-timeline-empty",
                    call = app.keymap.label(Action::LogCall),
                    log = app.keymap.label(Action::QuickLog)
                )
            ),
            theme::dim(),
        ));
    }
    for item in timeline {
        let line = timeline_line(app, &item, entries.width.saturating_sub(4));
        entries.push(lines, line.spans);
    }
}

/// Splits text into lines of at most `max` columns, at spaces where it can.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let extra = if line.is_empty() { 0 } else { 1 };
        if !line.is_empty() && width(&line) + extra + width(word) > max {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while width(&line) > max {
            let head = fit(&line, max);
            let head = head.trim_end_matches('…').to_string();
            if head.is_empty() {
                break;
            }
            line = line[head.len()..].to_string();
            out.push(head);
        }
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

fn inquiry_spans(app: &App, i: &Inquiry, role: String) -> Vec<Span<'static>> {
    let now = app.now;
    let urgency = i.urgency(now, app.settings.due_soon());
    let mut spans = vec![
        Span::styled(
            format!(
                "{:<16} ",
                format::moment(i.received_at, now, app.settings.zone)
            ),
            theme::dim(),
        ),
        Span::styled(format!("{role} #{} ", i.id), theme::key()),
        Span::raw(clean(i.headline())),
    ];
    // "answered in 30m" says it all; other states are named.
    if !(i.status == crate::domain::Status::Answered && i.answered_at.is_some()) {
        spans.push(Span::styled(
            format!(" · {}", labels::status(i.status)),
            theme::urgency(urgency),
        ));
    }
    match i.answered_at {
        Some(at) if i.status != crate::domain::Status::Declined => {
            let on_time = at <= i.due_at;
            spans.push(Span::styled(
                format!(
                    " · {}",
                    tr!("answered-in", span = format::span(at - i.received_at))
                ),
                if on_time {
                    theme::ok()
                } else {
                    theme::critical()
                },
            ));
            if !on_time {
                spans.push(Span::styled(
                    format!(" ({})", tr!("card-late")),
                    theme::critical(),
                ));
            }
        }
        _ if i.status.is_open() => spans.push(Span::styled(
            format!(" · {}", format::until(i.due_at, now)),
            theme::urgency(urgency),
        )),
        _ => {}
    }
    spans
}

fn timeline_line(app: &App, item: &TimelineItem<'_>, w: usize) -> Line<'static> {
    let spans = match item {
        TimelineItem::Inquiry(i) => inquiry_spans(app, i, tr!("timeline-inquiry")),
        TimelineItem::Commented(i) => inquiry_spans(app, i, tr!("timeline-commented")),
        TimelineItem::Event(e) => {
            let mut spans = vec![
                Span::styled(
                    format!("{:<16} ", format::moment(e.at, app.now, app.settings.zone)),
                    theme::dim(),
                ),
                Span::styled(format!("{} ", labels::event_kind(e.kind)), theme::key()),
                Span::raw(clean(&e.body)),
            ];
            spans.push(Span::styled(
                format!(" — {}", clean(&e.created_by)),
                theme::dim(),
            ));
            spans
        }
        TimelineItem::Coverage(c) => super::coverage::coverage_spans(c, true, None),
        TimelineItem::Merge(m) => vec![
            Span::styled(
                format!("{:<16} ", format::moment(m.at, app.now, app.settings.zone)),
                theme::dim(),
            ),
            Span::styled(
                tr!(
                    "timeline-merged",
                    name = clean(&m.merged_name),
                    id = m.merged_id,
                    who = clean(&m.who)
                ),
                theme::dim(),
            ),
        ],
    };
    cut_spans(spans, w)
}

/// Cuts a line of spans to `w` columns, keeping styles.
fn cut_spans(spans: Vec<Span<'static>>, w: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let sw = width(&s.content);
        if used + sw <= w {
            used += sw;
            out.push(s);
        } else {
            let room = w.saturating_sub(used);
            if room > 0 {
                out.push(Span::styled(fit(&s.content, room), s.style));
            }
            break;
        }
    }
    Line::from(out)
}

/// The files kept with the card's contact or outlet, a column in like the card's lines.
fn files_lines(app: &App, card: &Card, width: usize) -> Vec<Line<'static>> {
    let lines = super::files::detail_lines(
        &super::context::Context::of(app),
        &card.files,
        &super::files::CARD_KEYS,
        width.saturating_sub(1),
    );
    lines
        .into_iter()
        .map(|line| {
            let mut spans = vec![Span::raw(" ")];
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect()
}

/// The outlet's name, kind and region, its figures, phones, e-mails and notes.
fn outlet_facts(o: &OutletCard, w: usize) -> Vec<Line<'static>> {
    let mut lines = vec![header(
        vec![
            Span::styled(format!(" {} ", clean(&o.name)), theme::header()),
            Span::styled(
                format!("· {} · {}", labels::outlet_kind(o.kind), clean(&o.region)),
                theme::dim(),
            ),
        ],
        w,
    )];
    lines.push(Line::styled(
        format!(
            " {} · {}",
            tr!("card-inquiries", count = o.inquiry_count),
            tr!("card-people", count = o.people_count)
        ),
        theme::key(),
    ));
    lines.push(Line::raw(""));
    if !o.phones.is_empty() {
        lines.push(label_row(
            tr!("card-phones"),
            vec![Span::raw(points_text(&o.phones))],
        ));
    }
    if !o.emails.is_empty() {
        lines.push(label_row(
            tr!("card-emails"),
            vec![Span::raw(points_text(&o.emails))],
        ));
    }
    for (n, note) in o.notes.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let label = if n == 0 {
            tr!("card-notes")
        } else {
            String::new()
        };
        lines.push(label_row(label, vec![Span::raw(clean(note))]));
    }
    lines
}

fn outlet_lines(app: &App, o: &OutletCard, card: &Card) -> (Vec<Line<'static>>, usize) {
    let w = app.screen.0 as usize;
    let mut lines = outlet_facts(o, w);
    lines.extend(files_lines(app, card, w));
    let mut entries = Entries::new(card.cursor, w);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(" {}", tr!("card-people", count = o.people_count)),
        theme::label(),
    ));
    for (_, name, position) in &o.people {
        let mut spans = vec![Span::raw(clean(name))];
        if !position.is_empty() {
            spans.push(Span::styled(
                format!(" — {}", clean(position)),
                theme::dim(),
            ));
        }
        entries.push(&mut lines, spans);
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            " {}",
            if o.coverage.is_empty() {
                tr!("card-outlet-inquiries", count = o.inquiry_count)
            } else {
                tr!(
                    "card-outlet-timeline",
                    count = o.inquiry_count,
                    pieces = o.coverage.len()
                )
            }
        ),
        theme::label(),
    ));
    for item in o.timeline() {
        let spans = match item {
            TimelineItem::Inquiry(i) => {
                let mut spans = inquiry_spans(app, i, tr!("timeline-inquiry"));
                if let Some(name) = &i.contact_name {
                    spans.push(Span::styled(format!(" — {}", clean(name)), theme::dim()));
                }
                spans
            }
            TimelineItem::Coverage(c) => super::coverage::coverage_spans(c, false, None),
            _ => continue,
        };
        entries.push(&mut lines, spans);
    }
    (lines, entries.cursor_line)
}
