//! The calendar pane: the month grid with the selected day's items beside it, the week
//! with times, the agenda, the counts per channel and status, an item in full, and the
//! calendar's windows.

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::context::Context;
use super::key_hints::tr_keys;
use super::overlays::{input, window};
use super::text::{clean, clean_lines, fit, pad, width};
use super::{centered, form, theme};
use crate::app::App;
use crate::app::calendar::layout::{self, AgendaLine};
use crate::app::calendar::{
    CalendarState, FilterForm, FilterRow, FormMode, IField, ItemDetail, ItemForm, PlanOverlay,
    View, counts,
};
use crate::app::keymap::KeyMap;
use crate::config::CalendarConfig;
use crate::domain::plan::{first_of_month, last_of_month, week_number, week_range};
use crate::domain::{ItemKind, ItemStatus, PlanItem, Timestamp, When, Zone};
use crate::format;
use crate::labels;
use crate::tr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    // Two lines of counts at the bottom when there is room.
    let (body, counts) = layout::split_counts(area);
    match app.calendar.view {
        View::Month => render_month(app, frame, body),
        View::Week => render_week(app, frame, body),
        View::Agenda => render_agenda(app, frame, body),
    }
    if let Some(rows) = counts {
        render_counts(app, frame, rows);
    }
}

/// Short channel labels, each in its colour: `VK TG`.
fn channel_spans(item: &PlanItem, calendar: &CalendarConfig) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (i, code) in item.channels.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" "));
        }
        match calendar.channel(code) {
            Some(c) => spans.push(Span::styled(
                clean(&c.short_label()),
                theme::tinted(c.colour.0),
            )),
            None => spans.push(Span::styled(clean(code), theme::dim())),
        }
    }
    spans
}

fn time_text(item: &PlanItem, zone: Zone) -> String {
    match item.when {
        When::At(t) => zone.local(t).format("%H:%M").to_string(),
        When::Day(_) => "  —  ".to_string(),
    }
}

fn item_style(item: &PlanItem, app: &App) -> Style {
    item_style_at(item, app.now, app.settings.zone)
}

/// Late items in the late colour, the others in their status's.
fn item_style_at(item: &PlanItem, now: Timestamp, zone: Zone) -> Style {
    if item.is_late(now, zone) {
        theme::late()
    } else {
        theme::item_status(item.status)
    }
}

/// Cuts a line of spans to `max` columns.
fn clip(spans: Vec<Span<'static>>, max: usize) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut used = 0;
    for span in spans {
        let w = width(&span.content);
        if used + w <= max {
            used += w;
            out.push(span);
        } else {
            let rest = max.saturating_sub(used);
            if rest > 0 {
                out.push(Span::styled(fit(&span.content, rest), span.style));
            }
            break;
        }
    }
    out
}

fn finish(spans: Vec<Span<'static>>, max: usize, selected: bool) -> Line<'static> {
    let mut spans = clip(spans, max);
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    if selected {
        spans.push(Span::raw(" ".repeat(max.saturating_sub(used))));
        let mut line = Line::from(spans);
        for span in &mut line.spans {
            span.style = span.style.patch(theme::selected());
        }
        line
    } else {
        Line::from(spans)
    }
}

/// One item in a list: time, channels, status, title.
fn item_line(app: &App, item: &PlanItem, max: usize, selected: bool, wide: bool) -> Line<'static> {
    let zone = app.settings.zone;
    let calendar = &app.settings.calendar;
    let style = item_style(item, app);
    let mut spans = vec![Span::styled(format!("{} ", time_text(item, zone)), style)];
    if item.is_late(app.now, zone) {
        spans[0] = Span::styled(format!("{}!", time_text(item, zone)), theme::late());
    }
    let mut channels = channel_spans(item, calendar);
    let chan_w: usize = channels.iter().map(|s| width(&s.content)).sum();
    let chan_room = if wide { 12 } else { 8 };
    if chan_w > chan_room {
        channels = clip(channels, chan_room);
    }
    let chan_w: usize = channels.iter().map(|s| width(&s.content)).sum();
    spans.extend(channels);
    spans.push(Span::raw(" ".repeat(chan_room.saturating_sub(chan_w) + 1)));
    // On a narrow list the status shows only as the title's colour.
    if max >= 48 {
        spans.push(Span::styled(
            pad(&labels::item_status(item.status), 10),
            theme::item_status(item.status),
        ));
        spans.push(Span::raw(" "));
    }
    if item.kind == ItemKind::Event {
        spans.push(Span::styled("◆ ", style));
    }
    if item.series.is_some() {
        spans.push(Span::styled("↻ ", style));
    }
    spans.push(Span::styled(clean(&item.title), style));
    if wide {
        if let Some(cat) = app.settings.calendar.category(&item.category) {
            spans.push(Span::styled(
                format!("  {}", clean(&cat.short_label())),
                theme::tinted(cat.colour.0),
            ));
        }
        if !item.campaign.is_empty() {
            spans.push(Span::styled(
                format!(" · {}", clean(&item.campaign)),
                theme::dim(),
            ));
        }
        if let Some(owner) = &item.owner {
            spans.push(Span::styled(format!(" · {}", clean(owner)), theme::dim()));
        }
    }
    finish(spans, max, selected)
}

// ---------------------------------------------------------------- month

fn render_month(app: &App, frame: &mut Frame, area: Rect) {
    // The grid on the left, the selected day's items on the right; on a narrow screen,
    // the items below the grid.
    let (grid, list, side) = layout::split_month(area);
    render_grid(app, frame, grid);
    render_day_list(app, frame, list, side);
}

fn render_grid(app: &App, frame: &mut Frame, area: Rect) {
    let cal = &app.calendar;
    let Some(grid) = layout::Grid::new(area, cal.cursor) else {
        return;
    };
    let today = app.settings.zone.date(app.now);
    let month = cal.cursor.month();
    let mut header = vec![Span::raw(" ".repeat(grid.number_width as usize))];
    for i in 0..7 {
        let name = format::weekday_short(grid.day(0, i).weekday());
        header.push(Span::styled(
            pad(&name, grid.cell_width as usize),
            theme::header(),
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(header)),
        Rect { height: 1, ..area },
    );
    for w in 0..grid.weeks {
        let Some(y) = grid.week_row(w) else {
            break;
        };
        if grid.number_width > 0 {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!("{:>2}", week_number(grid.day(w, 0))),
                    theme::dim(),
                )),
                Rect {
                    x: area.x,
                    y,
                    width: grid.number_width,
                    height: 1,
                },
            );
        }
        for d in 0..7 {
            let (Some(cell), day) = (grid.cell(w, d), grid.day(w, d)) else {
                continue;
            };
            render_cell(app, frame, cell, day, day.month() == month, day == today);
        }
    }
}

fn render_cell(
    app: &App,
    frame: &mut Frame,
    cell: Rect,
    day: NaiveDate,
    in_month: bool,
    is_today: bool,
) {
    let cal = &app.calendar;
    let zone = app.settings.zone;
    let calendar = &app.settings.calendar;
    let items = cal.day_items(day, zone);
    let live: Vec<&&PlanItem> = items
        .iter()
        .filter(|i| i.status != ItemStatus::Cancelled)
        .collect();
    let late = items.iter().any(|i| i.is_late(app.now, zone));
    let selected = day == cal.cursor;
    let inner_w = cell.width.saturating_sub(1) as usize;

    let mut number_style = if !in_month {
        theme::dim()
    } else if is_today {
        theme::today()
    } else if crate::domain::plan::is_weekend(day) {
        Style::new().fg(ratatui::style::Color::Gray)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    if late {
        number_style = theme::late();
    }
    let number = format!("{:>2}{}", day.day(), if late { "!" } else { " " });
    let count = if live.is_empty() {
        String::new()
    } else {
        live.len().to_string()
    };
    let gap = inner_w.saturating_sub(width(&number) + width(&count));
    let mut first = vec![
        Span::styled(number, number_style),
        Span::raw(" ".repeat(gap)),
        Span::styled(count, theme::label()),
    ];
    if selected {
        for span in &mut first {
            span.style = span.style.patch(theme::selected());
        }
    }
    let mut lines = vec![Line::from(clip(first, inner_w))];

    // How busy the day is, per channel: `VK2 TG1 Site1`, each in its colour.
    let mut per_channel: Vec<(String, ratatui::style::Color, usize)> = Vec::new();
    for c in &calendar.channels {
        let n = live.iter().filter(|i| i.has_channel(&c.code)).count();
        if n > 0 {
            per_channel.push((c.short_label(), c.colour.0, n));
        }
    }
    let rows_left = cell.height.saturating_sub(1) as usize;
    let mut rows: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut used = 0;
    for (label, colour, n) in &per_channel {
        let text = format!("{}{}", clean(label), n);
        let w = width(&text);
        if used > 0 && used + 1 + w > inner_w {
            rows.push(std::mem::take(&mut current));
            used = 0;
        }
        if used > 0 {
            current.push(Span::raw(" "));
            used += 1;
        }
        used += w;
        current.push(Span::styled(text, theme::tinted(*colour)));
    }
    if !current.is_empty() {
        rows.push(current);
    }
    let cut = rows.len() > rows_left;
    rows.truncate(rows_left);
    let last = rows.len().saturating_sub(1);
    for (i, row) in rows.into_iter().enumerate() {
        let mut row = clip(row, inner_w);
        if cut && i == last {
            // Not every channel fits: say so at the end of the last row.
            row = clip(row, inner_w.saturating_sub(1));
            row.push(Span::styled("…", theme::dim()));
        }
        lines.push(Line::from(row));
    }
    lines.truncate(cell.height as usize);
    frame.render_widget(Paragraph::new(lines), cell);
}

fn render_day_list(app: &App, frame: &mut Frame, area: Rect, side: bool) {
    let cal = &app.calendar;
    let zone = app.settings.zone;
    let Some(list) = layout::DayList::new(area, side, cal) else {
        return;
    };
    if side {
        let block = Block::default()
            .borders(Borders::LEFT)
            .border_style(theme::dim());
        frame.render_widget(block, area);
    }
    let inner = list.inner;
    if inner.width == 0 {
        return;
    }
    let max = inner.width as usize;
    let items = cal.day_items(cal.cursor, zone);
    let heading = format!(
        "{} — {}",
        format::day_heading(cal.cursor),
        tr!("item-count", count = items.len())
    );
    let mut lines = vec![Line::styled(fit(&heading, max), theme::header())];
    if !cal.loaded {
        lines.push(Line::styled(tr!("queue-loading"), theme::dim()));
    } else if items.is_empty() {
        let key = app.keymap.label(crate::app::keymap::Action::NewItem);
        lines.push(Line::styled(
            fit(&tr!("calendar-day-empty", key = key), max),
            theme::dim(),
        ));
    }
    // The selected item is kept in view.
    for (i, item) in items.iter().enumerate().skip(list.skip).take(list.room()) {
        lines.push(item_line(app, item, max, i == cal.item, false));
    }
    // The selected item's text, when there is room below the list.
    if let Some(item) = items.get(cal.item)
        && lines.len() + 3 <= inner.height as usize
    {
        lines.push(Line::raw(""));
        let mut about = Vec::new();
        if let Some(cat) = app.settings.calendar.category(&item.category) {
            about.push(clean(&cat.name()));
        }
        if !item.campaign.is_empty() {
            about.push(clean(&item.campaign));
        }
        if let Some(owner) = &item.owner {
            about.push(clean(owner));
        }
        if !about.is_empty() {
            lines.push(Line::styled(fit(&about.join(" · "), max), theme::dim()));
        }
        for l in clean_lines(&item.notes) {
            lines.push(Line::raw(l));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

// ---------------------------------------------------------------- week

fn render_week(app: &App, frame: &mut Frame, area: Rect) {
    let Some(columns) = layout::week_columns(area) else {
        return;
    };
    let cal = &app.calendar;
    let zone = app.settings.zone;
    let today = zone.date(app.now);
    let (monday, _) = week_range(cal.cursor);
    for (d, col) in columns.into_iter().enumerate() {
        let day = monday + Duration::days(d as i64);
        let max = col.width.saturating_sub(1) as usize;
        let items = cal.day_items(day, zone);
        let heading_style = if day == cal.cursor {
            theme::header().patch(theme::selected())
        } else if day == today {
            theme::today()
        } else {
            theme::header()
        };
        let mut lines = vec![Line::styled(
            pad(&format::day_heading(day), max),
            heading_style,
        )];
        let room = col.height.saturating_sub(1) as usize;
        let (shown, more_on_last) = layout::week_items_shown(room, items.len());
        for (i, item) in items.iter().enumerate().take(shown) {
            let selected = day == cal.cursor && i == cal.item;
            let style = item_style(item, app);
            let mut first = vec![Span::styled(format!("{} ", time_text(item, zone)), style)];
            first.extend(channel_spans(item, &app.settings.calendar));
            let mut title = vec![Span::styled(clean(&item.title), style)];
            if item.series.is_some() {
                repeat_mark(&mut first, &mut title, max, style);
            }
            lines.push(finish(first, max, selected));
            lines.push(finish(title, max, selected));
        }
        let rest = items.len() - shown;
        if more_on_last {
            if let Some(last) = lines.last_mut() {
                *last = Line::styled(format!("+{rest}"), theme::dim());
            }
        } else if rest > 0 {
            lines.push(Line::styled(
                fit(&tr!("calendar-more", count = rest), max),
                theme::dim(),
            ));
        }
        frame.render_widget(Paragraph::new(lines), col);
    }
}

/// The repeat mark of a week column's item: after the time and channels when it fits
/// there, else before the title when the column leaves room for some of the title too.
fn repeat_mark(
    first: &mut Vec<Span<'static>>,
    title: &mut Vec<Span<'static>>,
    max: usize,
    style: Style,
) {
    let used: usize = first.iter().map(|s| width(&s.content)).sum();
    let gap = if first.last().is_some_and(|s| s.content.ends_with(' ')) {
        ""
    } else {
        " "
    };
    if used + gap.len() < max {
        first.push(Span::styled(format!("{gap}↻"), style));
    } else if max >= 6 {
        title.insert(0, Span::styled("↻ ", style));
    }
}

// ---------------------------------------------------------------- agenda

fn render_agenda(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let cal = &app.calendar;
    let zone = app.settings.zone;
    let today = zone.date(app.now);
    let max = area.width as usize;
    let (agenda, selected) = layout::agenda_lines(cal, zone);
    let height = area.height as usize;
    let offset = layout::agenda_offset(selected, agenda.len(), height);
    let mut lines: Vec<Line> = Vec::new();
    for line in agenda.into_iter().skip(offset).take(height) {
        match line {
            AgendaLine::Day(day) => {
                let mut heading = format::day_heading(day);
                if day == today {
                    heading = format!("{heading} · {}", tr!("calendar-today"));
                }
                let empty = cal.day_items(day, zone).is_empty();
                let style = if day == cal.cursor && empty {
                    theme::header().patch(theme::selected())
                } else {
                    theme::header()
                };
                lines.push(Line::styled(fit(&heading, max), style));
            }
            AgendaLine::Item(day, i) => {
                let items = cal.day_items(day, zone);
                let Some(item) = items.get(i) else {
                    continue;
                };
                let selected = day == cal.cursor && i == cal.item;
                let mut line = item_line(app, item, max.saturating_sub(2), selected, true);
                line.spans.insert(0, Span::raw("  "));
                lines.push(line);
            }
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr!("calendar-month-empty"), theme::dim()));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

// ---------------------------------------------------------------- counts

fn count_line(
    app: &App,
    label: String,
    first: NaiveDate,
    last: NaiveDate,
    max: usize,
) -> Line<'static> {
    let calendar = &app.settings.calendar;
    let c = counts(&app.calendar, calendar, first, last, app.settings.zone);
    let mut spans = vec![Span::styled(format!("{label} "), theme::label())];
    for (code, n) in &c.channels {
        let Some(ch) = calendar.channel(code) else {
            continue;
        };
        let style = if *n == 0 {
            theme::neglected()
        } else {
            theme::tinted(ch.colour.0)
        };
        spans.push(Span::styled(
            format!("{} {n}", clean(&ch.short_label())),
            style,
        ));
        spans.push(Span::raw("  "));
    }
    spans.push(Span::styled("│ ", theme::dim()));
    // The categories with something in them, then the statuses.
    let mut categories = false;
    for (code, n) in c.categories.iter().filter(|(_, n)| *n > 0) {
        let name = calendar
            .category(code)
            .map(|x| clean(&x.short_label()))
            .unwrap_or_else(|| clean(code));
        spans.push(Span::raw(format!("{name} {n}  ")));
        categories = true;
    }
    if categories {
        spans.push(Span::styled("│ ", theme::dim()));
    }
    for (status, n) in &c.statuses {
        if *n == 0 {
            continue;
        }
        spans.push(Span::styled(
            format!("{} {n}", labels::item_status(*status)),
            theme::item_status(*status),
        ));
        spans.push(Span::raw("  "));
    }
    Line::from(clip(spans, max))
}

fn render_counts(app: &App, frame: &mut Frame, area: Rect) {
    let cal = &app.calendar;
    let max = area.width as usize;
    let (first, last) = (first_of_month(cal.cursor), last_of_month(cal.cursor));
    let (mon, sun) = week_range(cal.cursor);
    let month_label = format!(
        "{} {}:",
        format::month_short(cal.cursor.month()),
        cal.cursor.year()
    );
    let week_label = pad(
        &tr!("calendar-week-short", week = week_number(mon)),
        width(&month_label),
    );
    let lines = vec![
        count_line(app, month_label, first, last, max),
        count_line(app, week_label, mon, sun, max),
    ];
    frame.render_widget(Paragraph::new(lines).style(Style::new()), area);
}

// ---------------------------------------------------------------- one item in full

fn row(label: String, value: Vec<Span<'static>>) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label:<11} "), theme::label())];
    spans.extend(value);
    Line::from(spans)
}

/// When an item is, in words: `Tue 24 Nov 2026 10:00–11:00 (1h)` or `Tue 24 Nov 2026, no time set`.
/// "every week · until 2026-12-31 · 2 changed": the rule and how many occurrences were
/// moved or cancelled on their own.
fn series_text(series: &crate::domain::plan::Series) -> String {
    use crate::domain::repeat::End;
    let mut text = labels::every(series.repeat.every);
    match series.repeat.end {
        End::Never => {}
        End::Until(d) => {
            text.push_str(&format!(" · {}", tr!("repeat-until", date = d.to_string())))
        }
        End::Count(n) => text.push_str(&format!(" · {}", tr!("repeat-times", count = n))),
    }
    if !series.exceptions.is_empty() {
        text.push_str(&format!(
            " · {}",
            tr!("repeat-exceptions", count = series.exceptions.len())
        ));
    }
    text
}

pub fn when_text(item: &PlanItem, zone: Zone) -> String {
    match item.when {
        When::At(t) => {
            let mut text = format::full(t, zone);
            if let Some(end) = item.ends_at() {
                text = format!(
                    "{text}–{} ({})",
                    zone.local(end).format("%H:%M"),
                    format::span(end - t)
                );
            }
            text
        }
        When::Day(d) => format!(
            "{} {} · {}",
            format::day_heading(d),
            d.year(),
            tr!("calendar-no-time")
        ),
    }
}

pub fn render_detail(app: &App, detail: &ItemDetail, frame: &mut Frame, area: Rect) {
    let Some(item) = &detail.item else {
        frame.render_widget(
            Paragraph::new(tr!("queue-loading")).style(theme::dim()),
            area,
        );
        return;
    };
    let title = format!(" #{} {} ", item.id, clean(&item.title));
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme::border())
        .title(Span::styled(title, theme::header()));
    let mut lines = item_facts(app, item);
    lines.extend(item_notes(app, item, area.width as usize));
    lines.extend(super::files::detail_lines(
        &Context::of(app),
        &detail.files,
        &super::files::ITEM_KEYS,
        area.width as usize,
    ));
    lines.extend(item_history(app, detail));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((detail.scroll, 0)),
        area,
    );
}

/// The item's status, time, place, channels, category, campaign, owner, link and inquiry.
fn item_facts(app: &App, item: &PlanItem) -> Vec<Line<'static>> {
    let zone = app.settings.zone;
    let calendar = &app.settings.calendar;
    let mut lines = Vec::new();
    let mut status = vec![Span::styled(
        labels::item_status(item.status),
        theme::item_status(item.status),
    )];
    if item.is_late(app.now, zone) {
        status.push(Span::styled(
            format!(" · {}", tr!("calendar-late")),
            theme::late(),
        ));
    }
    status.push(Span::raw(format!(" · {}", labels::item_kind(item.kind))));
    lines.push(row(tr!("item-status"), status));
    lines.push(row(
        tr!("item-when"),
        vec![Span::styled(when_text(item, zone), item_style(item, app))],
    ));
    if let Some(series) = &item.series {
        lines.push(row(
            tr!("item-repeat"),
            vec![Span::raw(series_text(series))],
        ));
    }
    if !item.place.is_empty() {
        lines.push(row(tr!("item-place"), vec![Span::raw(clean(&item.place))]));
    }
    lines.push(row(tr!("item-channels"), channel_names(item, calendar)));
    let category = calendar
        .category(&item.category)
        .map(|c| Span::styled(clean(&c.name()), theme::tinted(c.colour.0)))
        .unwrap_or_else(|| Span::styled(clean(&item.category), theme::dim()));
    lines.push(row(tr!("item-category"), vec![category]));
    if !item.campaign.is_empty() {
        lines.push(row(
            tr!("item-campaign"),
            vec![Span::raw(clean(&item.campaign))],
        ));
    }
    lines.push(row(
        tr!("item-owner"),
        vec![Span::raw(
            item.owner
                .as_deref()
                .map(clean)
                .unwrap_or_else(|| tr!("nobody")),
        )],
    ));
    if !item.url.is_empty() {
        lines.push(row(
            tr!("item-url"),
            vec![Span::styled(clean(&item.url), theme::key())],
        ));
    }
    if let Some(inquiry) = item.inquiry_id {
        let key = app.keymap.label(crate::app::keymap::Action::ItemInquiry);
        lines.push(row(
            tr!("item-inquiry"),
            vec![
                Span::raw(format!(
                    "#{inquiry} {}",
                    clean(item.inquiry_subject.as_deref().unwrap_or(""))
                )),
                Span::styled(
                    format!("  ({})", tr!("item-inquiry-open", key = key)),
                    theme::dim(),
                ),
            ],
        ));
    }
    lines
}

/// The item's channels by name, each in its colour.
fn channel_names(item: &PlanItem, calendar: &CalendarConfig) -> Vec<Span<'static>> {
    let mut channels = Vec::new();
    for (i, code) in item.channels.iter().enumerate() {
        if i > 0 {
            channels.push(Span::raw(", "));
        }
        match calendar.channel(code) {
            Some(c) => channels.push(Span::styled(clean(&c.name()), theme::tinted(c.colour.0))),
            None => channels.push(Span::raw(clean(code))),
        }
    }
    if channels.is_empty() {
        channels.push(Span::styled(tr!("nobody"), theme::dim()));
    }
    channels
}

/// The item's text, wrapped under its heading.
fn item_notes(app: &App, item: &PlanItem, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!("item-notes"), theme::label()));
    if item.notes.trim().is_empty() {
        let key = app.keymap.label(crate::app::keymap::Action::EditItem);
        lines.push(Line::styled(
            format!("  {}", tr!("item-no-notes", key = key)),
            theme::dim(),
        ));
    }
    for l in super::wrap::indented(&item.notes, 2, width) {
        lines.push(Line::raw(l));
    }
    lines
}

/// Who changed the item and when.
fn item_history(app: &App, detail: &ItemDetail) -> Vec<Line<'static>> {
    let zone = app.settings.zone;
    let mut lines = Vec::new();
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!("detail-history"), theme::label()));
    let who_width = detail
        .history
        .iter()
        .map(|e| width(&clean(&e.who)))
        .max()
        .unwrap_or(0)
        .min(24);
    for entry in &detail.history {
        if entry.action == "create" {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<16} ", format::moment(entry.at, app.now, zone)),
                    theme::dim(),
                ),
                Span::styled(
                    format!("{} ", pad(&clean(&entry.who), who_width)),
                    theme::key(),
                ),
                Span::raw(tr!("item-history-created")),
            ]));
        } else {
            lines.push(super::history::history_line(
                &Context::of(app),
                entry,
                who_width,
            ));
        }
    }
    lines
}

/// The posts made from an inquiry, once they are read, for its detail view.
pub fn inquiry_posts(app: &App, inquiry: i64) -> Option<&[PlanItem]> {
    match &app.calendar.inquiry_posts {
        Some((id, posts)) if *id == inquiry => Some(posts),
        _ => None,
    }
}

/// Those posts as lines: day, time, channels, status and title.
pub fn inquiry_posts_lines(cx: &Context, posts: &[PlanItem]) -> Vec<Line<'static>> {
    let zone = cx.settings.zone;
    let mut lines = vec![
        Line::raw(""),
        Line::styled(tr!("detail-posts"), theme::label()),
    ];
    if posts.is_empty() {
        let key = cx.keymap.label(crate::app::keymap::Action::ToPlan);
        lines.push(Line::styled(
            format!("  {}", tr!("detail-no-posts", key = key)),
            theme::dim(),
        ));
    }
    for post in posts {
        let style = item_style_at(post, cx.now, zone);
        let day = format::day_heading(post.date(zone));
        let mut spans = vec![Span::styled(
            format!("  #{:<4} {day} {} ", post.id, time_text(post, zone)),
            style,
        )];
        spans.extend(channel_spans(post, &cx.settings.calendar));
        spans.push(Span::styled(
            format!("  {}  ", labels::item_status(post.status)),
            theme::item_status(post.status),
        ));
        spans.push(Span::styled(clean(&post.title), style));
        lines.push(Line::from(spans));
    }
    lines
}

// ---------------------------------------------------------------- windows

pub fn overlay(app: &App, overlay: &PlanOverlay, frame: &mut Frame, room: Rect) {
    match overlay {
        PlanOverlay::Form(form) => render_form(app, form, frame, room),
        PlanOverlay::Filter(form) => render_filter(app, form, frame, room),
    }
}

fn filter_value(app: &App, row: FilterRow) -> String {
    let f = &app.calendar.filter;
    let any = tr!("filter-any");
    match row {
        FilterRow::Channel => f
            .channel
            .as_ref()
            .map(|c| {
                app.settings
                    .calendar
                    .channel(c)
                    .map(|x| clean(&x.name()))
                    .unwrap_or_else(|| clean(c))
            })
            .unwrap_or(any),
        FilterRow::Category => f
            .category
            .as_ref()
            .map(|c| {
                app.settings
                    .calendar
                    .category(c)
                    .map(|x| clean(&x.name()))
                    .unwrap_or_else(|| clean(c))
            })
            .unwrap_or(any),
        FilterRow::Status => f.status.map(labels::item_status).unwrap_or(any),
        FilterRow::Campaign => f.campaign.as_deref().map(clean).unwrap_or(any),
        FilterRow::Owner => f.owner.as_deref().map(clean).unwrap_or(any),
    }
}

fn render_filter(app: &App, form: &FilterForm, frame: &mut Frame, room: Rect) {
    // The hint wraps rather than losing its end; the window grows to hold it.
    let hint = super::wrap::indented(
        &tr_keys!("filter-hint", &app.keymap),
        0,
        room.width.min(56).saturating_sub(2) as usize,
    );
    let area = centered(room, 56, 8 + hint.len() as u16);
    let inner = window(frame, area, &tr!("filter-title"));
    let max = inner.width as usize;
    let mut lines = Vec::new();
    for (i, row) in FilterRow::ORDER.iter().enumerate() {
        let label = match row {
            FilterRow::Channel => tr!("item-channels"),
            FilterRow::Category => tr!("item-category"),
            FilterRow::Status => tr!("item-status"),
            FilterRow::Campaign => tr!("item-campaign"),
            FilterRow::Owner => tr!("item-owner"),
        };
        let focused = i == form.row;
        let label_style = if focused {
            theme::focused_label()
        } else {
            theme::label()
        };
        let marker = if focused { "▸" } else { " " };
        lines.push(Line::from(clip(
            vec![
                Span::styled(format!("{marker}{}", pad(&label, 11)), label_style),
                Span::styled(format!("‹ {} ›", filter_value(app, *row)), theme::key()),
            ],
            max,
        )));
    }
    lines.push(Line::raw(""));
    lines.extend(hint.into_iter().map(|l| Line::styled(l, theme::dim())));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn field_label(f: IField) -> String {
    match f {
        IField::Title => tr!("item-title"),
        IField::Day => tr!("item-day"),
        IField::Time => tr!("item-time"),
        IField::Repeat => tr!("item-repeat"),
        IField::Ends => tr!("item-ends"),
        IField::Channels => tr!("item-channels"),
        IField::Kind => tr!("item-kind"),
        IField::Length => tr!("item-length"),
        IField::Place => tr!("item-place"),
        IField::Status => tr!("item-status"),
        IField::Category => tr!("item-category"),
        IField::Campaign => tr!("item-campaign"),
        IField::Owner => tr!("item-owner"),
        IField::Url => tr!("item-url"),
        IField::Notes => tr!("item-notes"),
    }
}

const LABEL: u16 = 11;

fn choice(text: String, focused: bool) -> Line<'static> {
    let style = if focused {
        theme::selected()
    } else {
        theme::key()
    };
    Line::styled(format!("‹ {text} ›"), style)
}

fn render_form(app: &App, form: &ItemForm, frame: &mut Frame, room: Rect) {
    let heights = form_heights(form, room);
    let area = centered(room, 84, heights.iter().sum::<u16>() + 4);
    let inner = window(frame, area, &form_title(form));
    if inner.height == 0 || inner.width <= LABEL {
        return;
    }
    let focus_at = IField::ORDER
        .iter()
        .position(|f| *f == form.focus)
        .unwrap_or(0);
    let (fields, rest) = form::rows(inner, &heights, focus_at, 2);
    for (f, field) in IField::ORDER.iter().zip(fields) {
        let Some(field) = field else {
            continue;
        };
        let focused = *f == form.focus;
        let (label, value) = form::label_and_value(field, LABEL);
        form::label(frame, label, label.y, LABEL, &field_label(*f), focused);
        render_form_value(app, form, *f, frame, value);
    }
    let below = form_footer(form, &app.keymap, inner.width as usize);
    frame.render_widget(Paragraph::new(below), rest);
}

fn form_title(form: &ItemForm) -> String {
    match form.mode {
        FormMode::New if form.inquiry_id.is_some() => {
            tr!("item-form-from-inquiry", id = form.inquiry_id.unwrap_or(0))
        }
        FormMode::New => tr!("item-form-new"),
        FormMode::Edit(id) => tr!("item-form-edit", id = id),
        FormMode::Duplicate(id) => tr!("item-form-duplicate", id = id),
    }
}

/// A row a field, but the text takes the rows its paragraphs need at the window's width,
/// 3 to 8.
fn form_heights(form: &ItemForm, room: Rect) -> Vec<u16> {
    let value_w = room.width.min(84).saturating_sub(2 + LABEL).max(1) as usize;
    let text_rows = form
        .notes
        .value()
        .split('\n')
        .map(|p| super::text::width(p).max(1).div_ceil(value_w))
        .sum::<usize>()
        .clamp(3, 8) as u16;
    IField::ORDER
        .iter()
        .map(|f| if *f == IField::Notes { text_rows } else { 1 })
        .collect()
}

/// The one-line text fields of the form.
fn text_field(form: &ItemForm, f: IField) -> Option<&crate::app::field::TextField> {
    match f {
        IField::Title => Some(&form.title),
        IField::Day => Some(&form.day),
        IField::Time => Some(&form.time),
        IField::Length => Some(&form.length),
        IField::Place => Some(&form.place),
        IField::Campaign => Some(&form.campaign),
        IField::Url => Some(&form.url),
        IField::Ends => Some(&form.ends),
        _ => None,
    }
}

/// One field's value, right of its label.
fn render_form_value(app: &App, form: &ItemForm, f: IField, frame: &mut Frame, value: Rect) {
    let settings = &app.settings;
    let focused = f == form.focus;
    // The length and the place belong to events only.
    let greyed = matches!(f, IField::Length | IField::Place) && form.kind != ItemKind::Event;
    let line = match f {
        _ if greyed => Line::styled(tr!("item-form-events-only"), theme::dim()),
        IField::Repeat => choice(
            form.repeat
                .map(labels::every)
                .unwrap_or_else(|| tr!("repeat-once")),
            focused,
        ),
        // The end belongs to a repeating item only.
        IField::Ends if form.repeat.is_none() => {
            Line::styled(tr!("item-form-repeating-only"), theme::dim())
        }
        IField::Notes => {
            // Wrapped lines start under the text, not under the label.
            frame.render_widget(form.notes.widget(), value);
            return;
        }
        IField::Channels => channel_line(form, &settings.calendar, focused, value.width as usize),
        IField::Kind => choice(labels::item_kind(form.kind), focused),
        IField::Status => choice(labels::item_status(form.status), focused),
        IField::Category => choice(
            form.category
                .and_then(|i| settings.calendar.categories.get(i))
                .map(|c| clean(&c.name()))
                .unwrap_or_else(|| tr!("item-form-none")),
            focused,
        ),
        IField::Owner => choice(
            form.owner
                .and_then(|i| settings.assignable().get(i).cloned())
                .map(|o| clean(&o))
                .unwrap_or_else(|| tr!("nobody")),
            focused,
        ),
        _ => {
            if let Some(field) = text_field(form, f) {
                input(frame, value, field, focused);
            }
            return;
        }
    };
    frame.render_widget(Paragraph::new(line), value);
}

/// The channels as boxes to tick, each in its colour; the cursor on one when focused.
fn channel_line(
    form: &ItemForm,
    calendar: &CalendarConfig,
    focused: bool,
    max: usize,
) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, c) in calendar.channels.iter().enumerate() {
        let on = form.channels.contains(&c.code);
        let mark = if on { "■" } else { "□" };
        let mut style = if on {
            theme::tinted(c.colour.0).add_modifier(Modifier::BOLD)
        } else {
            theme::dim()
        };
        if focused && i == form.channel_cursor {
            style = style.patch(theme::selected());
        }
        spans.push(Span::styled(
            format!("{mark}{}", clean(&c.short_label())),
            style,
        ));
        spans.push(Span::raw(" "));
    }
    Line::from(clip(spans, max))
}

/// Under the fields: what the form has to say (or how to fill the focused field), then
/// the keys.
fn form_footer(form: &ItemForm, keymap: &KeyMap, max: usize) -> Vec<Line<'static>> {
    let said = if let Some(line) = form::status(
        keymap,
        form.confirm_discard,
        form.saving,
        form.error.as_deref(),
        max,
    ) {
        line
    } else if let Some((f, message)) = &form.field_error {
        Line::styled(
            fit(&format!("{}: {}", field_label(*f), clean(message)), max),
            theme::error(),
        )
    } else {
        Line::styled(fit(&form_hint(form.focus, keymap), max), theme::dim())
    };
    vec![
        said,
        Line::styled(fit(&tr_keys!("item-form-hint", keymap), max), theme::dim()),
    ]
}

fn form_hint(focus: IField, keymap: &KeyMap) -> String {
    match focus {
        IField::Day => tr!("item-form-day-hint"),
        IField::Time => tr!("item-form-time-hint"),
        IField::Channels => tr!("item-form-channels-hint"),
        IField::Length => tr!("item-form-length-hint"),
        IField::Ends => tr!("item-form-ends-hint"),
        IField::Notes => tr_keys!("prompt-text-hint", keymap),
        IField::Kind | IField::Status | IField::Category | IField::Owner | IField::Repeat => {
            tr!("item-form-choice-hint")
        }
        _ => String::new(),
    }
}

/// The title bar's words for the calendar: pane, period and view, and the filter.
pub fn title(cal: &CalendarState, item_open: bool) -> String {
    let view = match cal.view {
        View::Month => tr!("view-month"),
        View::Week => tr!("view-week"),
        View::Agenda => tr!("view-agenda"),
    };
    let pane = if item_open {
        tr!("pane-item")
    } else {
        tr!("pane-calendar")
    };
    let mut text = format!(
        " pressdesk │ {pane} │ {} · {view} ",
        crate::app::calendar::period_title(cal)
    );
    if !cal.filter.is_empty() {
        text.push_str(&format!("│ {} ", tr!("calendar-filtered")));
    }
    text
}
