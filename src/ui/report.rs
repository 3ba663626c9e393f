//! The report pane: the period's bar, then the report as a document scrolled to where the
//! selection is; and the inquiries behind one of its lines.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, Widget};

use super::text::{clean, fit, pad, width};
use super::theme;
use crate::app::App;
use crate::app::keymap::{Action, KeyMap};
use crate::app::report::{
    CHART_ROWS, Heading, PlanBy, Relation, ReportInquiries, ReportState, Row, Total,
};
use crate::config::CalendarConfig;
use crate::domain::Inquiry;
use crate::domain::report::{Figures, Report, Step};
use crate::format;
use crate::labels::report::{dimension_title, line_key, percent, period_title, secs, trend};
use crate::tr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let view = ReportView {
        state: &app.report,
        calendar: &app.settings.calendar,
        keymap: &app.keymap,
        today: app.settings.zone.date(app.now),
    };
    frame.render_widget(&view, area);
}

/// The report pane as a widget over its own state, so a test can draw it into a buffer.
pub struct ReportView<'a> {
    pub state: &'a ReportState,
    pub calendar: &'a CalendarConfig,
    pub keymap: &'a KeyMap,
    pub today: NaiveDate,
}

impl Widget for &ReportView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        Paragraph::new(self.period_bar(area.width as usize))
            .style(theme::header())
            .render(Rect { height: 1, ..area }, buf);
        let body = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        if body.height == 0 {
            return;
        }
        let state = self.state;
        let Some(report) = state.report.as_deref() else {
            let text = match &state.error {
                Some(e) => Span::styled(tr!("error-load", reason = clean(e)), theme::error()),
                None => Span::styled(tr!("report-loading"), theme::dim()),
            };
            Paragraph::new(Line::from(text)).render(body, buf);
            return;
        };
        let doc = Document {
            report,
            calendar: self.calendar,
            width: body.width as usize,
        };
        let mut y = 0usize;
        for (index, row) in state.rows.iter().enumerate() {
            let height = row.height();
            let (top, bottom) = (y, y + height);
            y = bottom;
            if bottom <= state.scroll {
                continue;
            }
            if top >= state.scroll + body.height as usize {
                break;
            }
            // A chart partly scrolled off is drawn in the rows left of it.
            let first = top.max(state.scroll);
            let last = bottom.min(state.scroll + body.height as usize);
            let rect = Rect {
                y: body.y + (first - state.scroll) as u16,
                height: (last - first) as u16,
                ..body
            };
            if *row == Row::Chart {
                doc.chart(rect, buf);
                continue;
            }
            let mut line = doc.line(*row);
            if state.selected == Some(index) {
                line = line.patch_style(theme::selected());
                // The highlight runs the whole width, as in the queue.
                let used = line.width();
                line.spans.push(Span::styled(
                    " ".repeat((body.width as usize).saturating_sub(used)),
                    theme::selected(),
                ));
            }
            Paragraph::new(line).render(rect, buf);
        }
        if state.loading {
            let note = format!(" {} ", tr!("report-loading"));
            let w = width(&note) as u16;
            if w < area.width {
                Paragraph::new(Span::styled(note, theme::dim())).render(
                    Rect {
                        x: area.x + area.width - w,
                        y: area.y,
                        width: w,
                        height: 1,
                    },
                    buf,
                );
            }
        }
    }
}

impl ReportView<'_> {
    /// "November 2026 · this month    [/] step · v period · r range · Enter opens"
    fn period_bar(&self, room: usize) -> Line<'static> {
        let state = self.state;
        let mut left = format!(" {}", period_title(&state.period));
        if let Some(relation) = state.relation(self.today) {
            let words = match relation {
                Relation::ThisWeek => tr!("report-this-week"),
                Relation::LastWeek => tr!("report-last-week"),
                Relation::ThisMonth => tr!("report-this-month"),
                Relation::LastMonth => tr!("report-last-month"),
            };
            left.push_str(&format!(" · {words}"));
        }
        let keys = |a: Action| self.keymap.label(a);
        let hint = tr!(
            "report-keys",
            step = format!(
                "{}/{}",
                first_key(&keys(Action::ReportPrev)),
                first_key(&keys(Action::ReportNext))
            ),
            period = keys(Action::ReportPeriod),
            range = keys(Action::ReportRange),
            open = keys(Action::ReportOpen)
        );
        let gap = room.saturating_sub(width(&left) + width(&hint) + 1);
        if gap == 0 {
            return Line::from(fit(&left, room));
        }
        Line::from(vec![
            Span::raw(left),
            Span::raw(" ".repeat(gap)),
            Span::styled(hint, theme::dim()),
        ])
    }
}

/// The first of an action's keys as the hint shows it (`[` of `[/←/h`).
fn first_key(label: &str) -> String {
    label.split('/').next().unwrap_or_default().to_string()
}

/// One of the report's tables: the columns that fit the width, the key taking the rest.
struct Columns {
    key: usize,
    rest: Vec<usize>,
}

fn columns(total: usize, numbers: &[usize]) -> Columns {
    // A space before the key and one before each figure; keep as many figures as leave
    // the key at least 14 columns, in their order (the most wanted first).
    let mut used = 1;
    let mut rest: Vec<usize> = Vec::new();
    for &w in numbers {
        if total.saturating_sub(used + w + 1) < 14 {
            break;
        }
        used += w + 1;
        rest.push(w);
    }
    Columns {
        key: total.saturating_sub(used).max(1),
        rest,
    }
}

/// The widths of the inquiry tables' figures: received, answered, on time, median,
/// overdue, open, declined, p90, the most wanted first.
const INQUIRY_WIDTHS: [usize; 8] = [9, 9, 12, 9, 9, 8, 9, 9];

fn inquiry_cells(f: &Figures) -> [String; 8] {
    let compact = |v: Option<i64>| v.map(format::compact).unwrap_or_else(|| "—".into());
    [
        f.received.to_string(),
        f.answered.to_string(),
        format!("{} {}", f.answered_on_time, percent(f.on_time_share)),
        compact(f.median_answer_secs),
        f.overdue_at_end.to_string(),
        f.open_at_end.to_string(),
        f.declined.to_string(),
        compact(f.p90_answer_secs),
    ]
}

fn inquiry_heads() -> [String; 8] {
    [
        tr!("report-col-received"),
        tr!("report-col-answered"),
        tr!("report-col-on-time"),
        tr!("report-col-median"),
        tr!("report-col-overdue"),
        tr!("report-col-open"),
        tr!("report-col-declined"),
        tr!("report-col-p90"),
    ]
}

const PLAN_WIDTHS: [usize; 2] = [11, 11];
const TONE_WIDTHS: [usize; 4] = [8, 10, 10, 10];

/// Draws the report's rows: the words and the figures, nothing else.
struct Document<'a> {
    report: &'a Report,
    calendar: &'a CalendarConfig,
    width: usize,
}

impl Document<'_> {
    /// A table row: the key, then the figures right-aligned in the columns that fit.
    fn table_row(
        &self,
        key: String,
        cells: &[String],
        widths: &[usize],
        style: Style,
    ) -> Line<'static> {
        let cols = columns(self.width, widths);
        let mut text = format!(" {}", pad(&key, cols.key));
        for (w, cell) in cols.rest.iter().zip(cells) {
            let cell = fit(cell, *w);
            text.push_str(&" ".repeat(w + 1 - width(&cell)));
            text.push_str(&cell);
        }
        Line::styled(text, style)
    }

    fn line(&self, row: Row) -> Line<'static> {
        let r = self.report;
        let i = &r.inquiries;
        match row {
            Row::Blank => Line::raw(""),
            Row::Heading(h) => Line::styled(format!(" {}", heading(h)), theme::label()),
            Row::Total(t) => self.total(t),
            Row::InquiryColumns => self.table_row(
                String::new(),
                &inquiry_heads(),
                &INQUIRY_WIDTHS,
                theme::dim(),
            ),
            Row::Line(d, n) => match i.lines(d).get(n) {
                Some(l) => self.table_row(
                    line_key(d, l.key.as_deref()),
                    &inquiry_cells(&l.figures),
                    &INQUIRY_WIDTHS,
                    Style::default(),
                ),
                None => Line::raw(""),
            },
            Row::Chart => Line::raw(""),
            Row::PlanTotals => Line::raw(format!(
                " {} {}  ·  {} {}",
                tr!("report-planned"),
                r.plan.planned,
                tr!("report-published"),
                r.plan.published
            )),
            Row::PlanColumns => self.table_row(
                String::new(),
                &[tr!("report-col-planned"), tr!("report-col-published")],
                &PLAN_WIDTHS,
                theme::dim(),
            ),
            Row::Plan(by, n) => {
                let lines = match by {
                    PlanBy::Channel => &r.plan.by_channel,
                    PlanBy::Category => &r.plan.by_category,
                };
                let Some(l) = lines.get(n) else {
                    return Line::raw("");
                };
                let key = self.plan_key(by, l.key.as_deref());
                self.table_row(
                    key,
                    &[l.planned.to_string(), l.published.to_string()],
                    &PLAN_WIDTHS,
                    Style::default(),
                )
            }
            Row::Tones => self.tones(),
            Row::ToneColumns => self.table_row(
                String::new(),
                &[
                    tr!("report-col-total"),
                    tr!("report-col-positive"),
                    tr!("report-col-neutral"),
                    tr!("report-col-negative"),
                ],
                &TONE_WIDTHS,
                theme::dim(),
            ),
            Row::Outlet(n) => match r.coverage.by_outlet.get(n) {
                Some(o) => {
                    let c = &o.counts;
                    let style = if c.negative > c.positive {
                        theme::error()
                    } else {
                        Style::default()
                    };
                    self.table_row(
                        clean(&o.key),
                        &[
                            c.total.to_string(),
                            c.positive.to_string(),
                            c.neutral.to_string(),
                            c.negative.to_string(),
                        ],
                        &TONE_WIDTHS,
                        style,
                    )
                }
                None => Line::raw(""),
            },
            Row::MostNegative => {
                let names: Vec<String> = r
                    .coverage
                    .most_negative
                    .iter()
                    .map(|o| format!("{} ({})", clean(&o.key), o.counts.negative))
                    .collect();
                Line::from(vec![
                    Span::raw(format!(" {}: ", tr!("report-most-negative"))),
                    Span::styled(names.join(", "), theme::error()),
                ])
            }
            Row::NoInquiries => {
                Line::styled(format!(" {}", tr!("report-no-inquiries")), theme::dim())
            }
            Row::NoCoverage => {
                Line::styled(format!(" {}", tr!("report-no-coverage")), theme::dim())
            }
        }
    }

    fn plan_key(&self, by: PlanBy, key: Option<&str>) -> String {
        match (by, key) {
            (PlanBy::Channel, Some(c)) => self
                .calendar
                .channel(c)
                .map(|l| l.name())
                .unwrap_or_else(|| clean(c)),
            (PlanBy::Category, Some(c)) => self
                .calendar
                .category(c)
                .map(|l| l.name())
                .unwrap_or_else(|| clean(c)),
            (PlanBy::Category, None) => tr!("report-no-category"),
            (PlanBy::Channel, None) => String::new(),
        }
    }

    /// One figure of the whole period: its name, then its value.
    fn total(&self, t: Total) -> Line<'static> {
        let i = &self.report.inquiries;
        let f = &i.totals;
        let share = |part: i64| percent(crate::domain::report::share(part, f.received));
        let (name, value) = match t {
            Total::Received => (tr!("report-received"), f.received.to_string()),
            Total::Answered => (
                tr!("report-answered"),
                format!("{} ({})", f.answered, share(f.answered)),
            ),
            Total::OnTime => (
                tr!("report-on-time"),
                format!(
                    "{} ({}) {}",
                    f.answered_on_time,
                    percent(f.on_time_share),
                    trend(f.on_time_share, i.previous_on_time_share)
                ),
            ),
            Total::Declined => (tr!("report-declined"), f.declined.to_string()),
            Total::Median => (tr!("report-median"), secs(f.median_answer_secs)),
            Total::P90 => (tr!("report-p90"), secs(f.p90_answer_secs)),
            Total::OpenAtEnd => (tr!("report-open-at-end"), f.open_at_end.to_string()),
            Total::OverdueAtEnd => (tr!("report-overdue-at-end"), f.overdue_at_end.to_string()),
        };
        let style = match t {
            Total::OverdueAtEnd if f.overdue_at_end > 0 => theme::error(),
            _ => Style::default(),
        };
        let label = pad(&name, (self.width / 2).clamp(12, 34));
        Line::from(vec![
            Span::raw(format!(" {label} ")),
            Span::styled(value.trim_end().to_string(), style),
        ])
    }

    /// Pieces by tone, each with its share of all.
    fn tones(&self) -> Line<'static> {
        let c = &self.report.coverage.counts;
        let part = |n: i64| percent(crate::domain::report::share(n, c.total));
        Line::from(vec![
            Span::raw(format!(
                " {} {}  ·  ",
                tr!("report-coverage-total"),
                c.total
            )),
            Span::styled(
                format!(
                    "{} {} ({})",
                    tr!("report-coverage-positive"),
                    c.positive,
                    part(c.positive)
                ),
                theme::ok(),
            ),
            Span::raw(format!(
                "  ·  {} {} ({})  ·  ",
                tr!("report-coverage-neutral"),
                c.neutral,
                part(c.neutral)
            )),
            Span::styled(
                format!(
                    "{} {} ({})",
                    tr!("report-coverage-negative"),
                    c.negative,
                    part(c.negative)
                ),
                theme::error(),
            ),
        ])
    }

    /// Received against answered on time, a column a day (or a week), on one scale.
    fn chart(&self, area: Rect, buf: &mut Buffer) {
        let series = &self.report.inquiries.series;
        let label_width = 14u16.min(area.width / 3);
        let room = area.width.saturating_sub(label_width + 1) as usize;
        // Each bucket is as wide as the room allows, one column at least.
        let per = (room / series.len().max(1)).clamp(1, 3);
        let widen = |values: Vec<u64>| -> Vec<u64> {
            values
                .into_iter()
                .flat_map(|v| std::iter::repeat_n(v, per))
                .take(room)
                .collect()
        };
        let received = widen(series.iter().map(|p| p.received.max(0) as u64).collect());
        let on_time = widen(
            series
                .iter()
                .map(|p| p.answered_on_time.max(0) as u64)
                .collect(),
        );
        let max = received.iter().copied().max().unwrap_or(0).max(1);
        let band = ((CHART_ROWS - 1) / 2) as u16;
        let plots = [
            (tr!("report-chart-received"), received, theme::info()),
            (tr!("report-chart-on-time"), on_time, theme::ok()),
        ];
        for (n, (label, data, style)) in plots.into_iter().enumerate() {
            let y = area.y + n as u16 * band;
            if y >= area.y + area.height {
                return;
            }
            let height = band.min(area.y + area.height - y);
            Paragraph::new(Span::styled(
                format!(" {}", fit(&label, label_width.saturating_sub(1) as usize)),
                theme::dim(),
            ))
            .render(
                Rect {
                    x: area.x,
                    y,
                    width: label_width,
                    height: 1,
                },
                buf,
            );
            Sparkline::default()
                .data(&data)
                .max(max)
                .style(style)
                .render(
                    Rect {
                        x: area.x + label_width + 1,
                        y,
                        width: room as u16,
                        height,
                    },
                    buf,
                );
        }
        let y = area.y + 2 * band;
        if y < area.y + area.height {
            let step = match self.report.period.step() {
                Step::Day => tr!("report-series-days"),
                Step::Week => tr!("report-series-weeks"),
            };
            let first = series
                .first()
                .map(|p| format::day_month(p.from))
                .unwrap_or_default();
            let last = series
                .last()
                .map(|p| format::day_month(p.from))
                .unwrap_or_default();
            let text = format!(" {step} · {first} … {last} · max {max}");
            Paragraph::new(Span::styled(fit(&text, area.width as usize), theme::dim())).render(
                Rect {
                    y,
                    height: 1,
                    ..area
                },
                buf,
            );
        }
    }
}

fn heading(h: Heading) -> String {
    match h {
        Heading::Inquiries => tr!("report-inquiries"),
        Heading::Breakdown(d) => dimension_title(d),
        Heading::Chart => tr!("report-chart"),
        Heading::Plan => tr!("report-plan"),
        Heading::PlanBy(PlanBy::Channel) => tr!("report-plan-by-channel"),
        Heading::PlanBy(PlanBy::Category) => tr!("report-plan-by-category"),
        Heading::Coverage => tr!("report-coverage"),
        Heading::CoverageByOutlet => tr!("report-coverage-by-outlet"),
    }
}

/// What the list shows: "By channel: phone · November 2026".
pub fn list_title(list: &ReportInquiries) -> String {
    let s = &list.selection;
    let what = match s.dimension {
        crate::domain::report::Dimension::All => tr!("report-received"),
        d => format!("{}: {}", dimension_title(d), line_key(d, s.key.as_deref())),
    };
    format!("{what} · {}", period_title(&s.period))
}

/// The inquiries behind a line: a line saying which, then the queue's rows.
pub fn render_inquiries(app: &App, list: &ReportInquiries, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let mut title = format!(" {}", list_title(list));
    if list.loaded {
        let shown = list.items.len() as i64;
        title.push_str(&format!(" ({})", shown));
        if list.counted > shown {
            title.push_str(&format!(
                " · {}",
                tr!("report-list-first", shown = shown, counted = list.counted)
            ));
        }
    }
    frame.render_widget(
        Paragraph::new(Line::styled(
            fit(&title, area.width as usize),
            theme::label(),
        )),
        Rect { height: 1, ..area },
    );
    let rows: Vec<&Inquiry> = list.items.iter().collect();
    let empty = if list.loaded {
        tr!("report-list-empty")
    } else {
        tr!("queue-loading")
    };
    super::queue::render_rows(
        app,
        &rows,
        list.selected,
        list.offset,
        &empty,
        frame,
        Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        },
    );
}

/// The title bar's words for the pane.
pub fn title(app: &App) -> String {
    let pane = tr!("pane-report");
    match app.current() {
        crate::app::Screen::ReportInquiries(list) => {
            format!(" pressdesk │ {pane} │ {} ", list_title(list))
        }
        _ => format!(
            " pressdesk │ {pane} │ {} ",
            period_title(&app.report.period)
        ),
    }
}
