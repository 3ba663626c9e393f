//! The report pane (`4`): the office's figures for a period, and the inquiries behind one
//! of its lines. Its update takes only its own state and a small context, and says what
//! should happen next as a `ReportOutcome`; `app/mod.rs` applies the navigation.

use chrono::NaiveDate;

use super::Effect;
use super::keymap::Action;
use super::overlay::{Prompt, PromptKind};
use crate::domain::plan::{add_months, parse_day};
use crate::domain::report::{Dimension, Period, Report, Selection};
use crate::domain::when::WorkingDay;
use crate::domain::{Inquiry, Timestamp, Zone};
use crate::labels::report::range_error;
use crate::labels::when_error;
use crate::tr;

/// How many outlets and topics the breakdowns keep.
pub const TOP: usize = 10;
/// The most inquiries one line opens; the list says when there are more.
pub const INQUIRIES_SHOWN: usize = 1000;
/// The chart's rows: the received and the on-time lines and the days under them.
pub const CHART_ROWS: usize = 9;

/// What kind of period is shown, so stepping moves by a week, a month or the range's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Week,
    Month,
    Range,
}

/// Where the period shown stands to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReportEffect {
    Load(Period),
    LoadInquiries(Selection),
}

#[derive(Debug)]
pub enum ReportMsg {
    Loaded(Period, Result<Box<Report>, String>),
    Inquiries(Selection, Result<Vec<Inquiry>, String>),
}

/// The sections of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Inquiries,
    Breakdown(Dimension),
    Chart,
    Plan,
    PlanBy(PlanBy),
    Coverage,
    CoverageByOutlet,
}

/// The figures of the whole period, one a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    Received,
    Answered,
    OnTime,
    Declined,
    Median,
    P90,
    OpenAtEnd,
    OverdueAtEnd,
}

impl Total {
    pub const ALL: [Total; 8] = [
        Total::Received,
        Total::Answered,
        Total::OnTime,
        Total::Declined,
        Total::Median,
        Total::P90,
        Total::OpenAtEnd,
        Total::OverdueAtEnd,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanBy {
    Channel,
    Category,
}

/// One row of the report as a document: what the view draws there. The document is
/// built once per load, so moving and scrolling know where each row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Blank,
    Heading(Heading),
    Total(Total),
    /// The column heads of a breakdown of inquiries.
    InquiryColumns,
    /// A breakdown's line: its index in the breakdown.
    Line(Dimension, usize),
    Chart,
    PlanTotals,
    PlanColumns,
    Plan(PlanBy, usize),
    Tones,
    ToneColumns,
    Outlet(usize),
    MostNegative,
    /// Nothing was received in the period.
    NoInquiries,
    NoCoverage,
}

impl Row {
    pub fn height(self) -> usize {
        match self {
            Row::Chart => CHART_ROWS,
            _ => 1,
        }
    }

    /// Whether Enter on the row opens the inquiries behind it.
    pub fn opens(self) -> bool {
        matches!(self, Row::Total(Total::Received) | Row::Line(..))
    }
}

#[derive(Debug, Clone)]
pub struct ReportState {
    pub span: Span,
    pub period: Period,
    /// The figures shown; they belong to `period` once loaded.
    pub report: Option<Box<Report>>,
    pub loading: bool,
    pub error: Option<String>,
    pub rows: Vec<Row>,
    /// The row Enter opens, an index into `rows`.
    pub selected: Option<usize>,
    /// The first line of the document on screen.
    pub scroll: usize,
}

/// What the report's update reads besides its own state.
#[derive(Debug, Clone, Copy)]
pub struct ReportContext {
    pub now: Timestamp,
    pub zone: Zone,
    pub work: WorkingDay,
    /// Lines of the document on screen.
    pub page: usize,
}

impl ReportContext {
    fn today(&self) -> NaiveDate {
        self.zone.date(self.now)
    }
}

/// What the report asks for after a key or a load.
#[derive(Debug, Default)]
pub struct ReportOutcome {
    pub effects: Vec<Effect>,
    /// The inquiries behind a line, to open over the report.
    pub open: Option<Box<ReportInquiries>>,
    /// An inquiry of that list, to open in full.
    pub open_inquiry: Option<Box<Inquiry>>,
    /// Back to where the list was opened from.
    pub back: bool,
    pub prompt: Option<Prompt>,
    pub redraw: bool,
}

impl ReportOutcome {
    fn redraw() -> ReportOutcome {
        ReportOutcome {
            redraw: true,
            ..Default::default()
        }
    }

    fn load(period: Period) -> ReportOutcome {
        ReportOutcome {
            effects: vec![Effect::Report(ReportEffect::Load(period))],
            redraw: true,
            ..Default::default()
        }
    }
}

impl ReportState {
    pub fn new(today: NaiveDate) -> ReportState {
        ReportState {
            span: Span::Month,
            period: Period::month(today),
            report: None,
            loading: false,
            error: None,
            rows: Vec::new(),
            selected: None,
            scroll: 0,
        }
    }

    /// Shows `period`, asking for its figures.
    fn show(&mut self, span: Span, period: Period) -> ReportOutcome {
        self.span = span;
        self.period = period;
        self.loading = true;
        self.error = None;
        ReportOutcome::load(period)
    }

    /// The figures read again (the pane is opened, or the data changed).
    pub fn reload(&mut self) -> ReportOutcome {
        self.loading = true;
        ReportOutcome::load(self.period)
    }

    /// The period's name for the bar above the report: "this month", "last week", …
    pub fn relation(&self, today: NaiveDate) -> Option<Relation> {
        let this = match self.span {
            Span::Week => Period::week(today),
            Span::Month => Period::month(today),
            Span::Range => return None,
        };
        if self.period == this {
            Some(match self.span {
                Span::Week => Relation::ThisWeek,
                _ => Relation::ThisMonth,
            })
        } else if self.period == this.previous() {
            Some(match self.span {
                Span::Week => Relation::LastWeek,
                _ => Relation::LastMonth,
            })
        } else {
            None
        }
    }

    /// The line a row stands for, if Enter opens it.
    pub fn selection(&self, row: Row) -> Option<Selection> {
        let report = self.report.as_ref()?;
        let (dimension, key) = match row {
            Row::Total(Total::Received) => (Dimension::All, None),
            Row::Line(dimension, i) => (
                dimension,
                report.inquiries.lines(dimension).get(i)?.key.clone(),
            ),
            _ => return None,
        };
        Some(Selection {
            period: report.period,
            dimension,
            key,
        })
    }

    /// How many inquiries a row stands for, as the report counted them.
    fn count(&self, row: Row) -> i64 {
        let Some(report) = &self.report else {
            return 0;
        };
        match row {
            Row::Total(_) => report.inquiries.totals.received,
            Row::Line(dimension, i) => report
                .inquiries
                .lines(dimension)
                .get(i)
                .map_or(0, |l| l.figures.received),
            _ => 0,
        }
    }

    /// The first line of each row in the document.
    fn tops(&self) -> Vec<usize> {
        let mut y = 0;
        self.rows
            .iter()
            .map(|r| {
                let top = y;
                y += r.height();
                top
            })
            .collect()
    }

    pub fn height(&self) -> usize {
        self.rows.iter().map(|r| r.height()).sum()
    }

    fn selectable(&self) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&i| self.rows[i].opens())
            .collect()
    }

    /// Scrolls just enough that the selected row is in sight, and never past the end.
    fn keep_in_view(&mut self, page: usize) {
        let page = page.max(1);
        if let Some(i) = self.selected {
            let top = self.tops()[i];
            let bottom = top + self.rows[i].height();
            if top < self.scroll {
                self.scroll = top;
            } else if bottom > self.scroll + page {
                self.scroll = bottom - page;
            }
            // The heading above a first line stays in sight with it.
            if self.selectable().first() == Some(&i) {
                self.scroll = 0;
            }
        }
        self.scroll = self.scroll.min(self.height().saturating_sub(page));
    }

    /// Moves the selection by `steps` selectable rows, or scrolls when none can be chosen.
    fn move_by(&mut self, steps: isize, page: usize) {
        let choices = self.selectable();
        if choices.is_empty() {
            self.scroll = self.scroll.saturating_add_signed(steps);
        } else {
            let at = self
                .selected
                .and_then(|s| choices.iter().position(|&c| c == s))
                .unwrap_or(0) as isize;
            let to = (at + steps).clamp(0, choices.len() as isize - 1) as usize;
            self.selected = Some(choices[to]);
        }
        self.keep_in_view(page);
    }

    /// A page up or down: the document scrolls by a page and the selection follows into
    /// what is now in sight.
    fn page_by(&mut self, down: bool, page: usize) {
        let page = page.max(1);
        self.scroll = if down {
            self.scroll.saturating_add(page)
        } else {
            self.scroll.saturating_sub(page)
        }
        .min(self.height().saturating_sub(page));
        let tops = self.tops();
        let in_sight: Vec<usize> = self
            .selectable()
            .into_iter()
            .filter(|&i| tops[i] >= self.scroll && tops[i] < self.scroll + page)
            .collect();
        let pick = if down {
            in_sight.last()
        } else {
            in_sight.first()
        };
        if let Some(&i) = pick {
            self.selected = Some(i);
        }
    }

    /// The figures arrived: the document is laid out again, keeping the selected line
    /// where it can.
    fn loaded(&mut self, period: Period, result: Result<Box<Report>, String>) {
        if period != self.period {
            // An answer for a period no longer shown.
            return;
        }
        self.loading = false;
        match result {
            Ok(report) => {
                let before = self.selected.map(|i| self.rows[i]);
                self.rows = layout(&report);
                self.report = Some(report);
                self.error = None;
                self.selected = before
                    .and_then(|row| self.rows.iter().position(|r| *r == row))
                    .or_else(|| self.selectable().first().copied());
            }
            Err(e) => self.error = Some(e),
        }
    }
}

/// The rows of the document, section by section.
fn layout(report: &Report) -> Vec<Row> {
    let i = &report.inquiries;
    let mut rows = vec![Row::Heading(Heading::Inquiries)];
    if i.totals.received == 0 {
        rows.push(Row::NoInquiries);
    } else {
        rows.extend(Total::ALL.map(Row::Total));
        for d in Dimension::BREAKDOWNS {
            let lines = (0..i.lines(d).len()).map(|n| Row::Line(d, n));
            table(&mut rows, Heading::Breakdown(d), Row::InquiryColumns, lines);
        }
        rows.extend([Row::Blank, Row::Heading(Heading::Chart), Row::Chart]);
    }
    rows.extend([Row::Blank, Row::Heading(Heading::Plan), Row::PlanTotals]);
    for (by, lines) in [
        (PlanBy::Channel, &report.plan.by_channel),
        (PlanBy::Category, &report.plan.by_category),
    ] {
        let lines = (0..lines.len()).map(|n| Row::Plan(by, n));
        table(&mut rows, Heading::PlanBy(by), Row::PlanColumns, lines);
    }
    rows.extend([Row::Blank, Row::Heading(Heading::Coverage)]);
    let c = &report.coverage;
    if c.counts.total == 0 {
        rows.push(Row::NoCoverage);
    } else {
        rows.push(Row::Tones);
        if !c.most_negative.is_empty() {
            rows.push(Row::MostNegative);
        }
        let lines = (0..c.by_outlet.len()).map(Row::Outlet);
        table(
            &mut rows,
            Heading::CoverageByOutlet,
            Row::ToneColumns,
            lines,
        );
    }
    rows
}

/// A table of the document: its heading, its column heads and its lines; nothing when it
/// has no lines.
fn table(rows: &mut Vec<Row>, heading: Heading, columns: Row, lines: impl Iterator<Item = Row>) {
    let mut lines = lines.peekable();
    if lines.peek().is_some() {
        rows.extend([Row::Blank, Row::Heading(heading), columns]);
        rows.extend(lines);
    }
}

/// The inquiries behind one line of the report, opened over it.
#[derive(Debug, Clone)]
pub struct ReportInquiries {
    pub selection: Selection,
    /// How many the report counted (the list holds at most `INQUIRIES_SHOWN`).
    pub counted: i64,
    pub items: Vec<Inquiry>,
    pub loaded: bool,
    pub selected: usize,
    pub offset: usize,
}

impl ReportInquiries {
    fn new(selection: Selection, counted: i64) -> ReportInquiries {
        ReportInquiries {
            selection,
            counted,
            items: Vec::new(),
            loaded: false,
            selected: 0,
            offset: 0,
        }
    }

    pub fn load_effect(&self) -> Effect {
        Effect::Report(ReportEffect::LoadInquiries(self.selection.clone()))
    }

    /// The list read again; the same inquiry stays selected if it is still there.
    pub fn loaded(&mut self, items: Vec<Inquiry>, page: usize) {
        let keep = self.items.get(self.selected).map(|i| i.id);
        self.items = items;
        self.loaded = true;
        self.selected = keep
            .and_then(|id| self.items.iter().position(|i| i.id == id))
            .unwrap_or(self.selected)
            .min(self.items.len().saturating_sub(1));
        self.keep_in_view(page);
    }

    fn keep_in_view(&mut self, page: usize) {
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(self.items.len().saturating_sub(page));
    }

    /// The keys of the list: move, open an inquiry, go back to the report.
    pub fn action(&mut self, action: Action, page: usize) -> ReportOutcome {
        let last = self.items.len().saturating_sub(1);
        let rows = page.max(1);
        self.selected = match action {
            Action::ReportUp => self.selected.saturating_sub(1),
            Action::ReportDown => (self.selected + 1).min(last),
            Action::ReportPageUp => self.selected.saturating_sub(rows),
            Action::ReportPageDown => (self.selected + rows).min(last),
            Action::ReportTop => 0,
            Action::ReportBottom => last,
            Action::ReportOpen | Action::ReportNext => {
                return match self.items.get(self.selected) {
                    Some(inquiry) => ReportOutcome {
                        open_inquiry: Some(Box::new(inquiry.clone())),
                        redraw: true,
                        ..Default::default()
                    },
                    None => ReportOutcome::default(),
                };
            }
            Action::ReportBack | Action::ReportPrev => {
                return ReportOutcome {
                    back: true,
                    redraw: true,
                    ..Default::default()
                };
            }
            _ => return ReportOutcome::default(),
        };
        self.keep_in_view(page);
        ReportOutcome::redraw()
    }
}

/// The pane is shown: the figures of its period are read (again).
pub fn show(state: &mut ReportState) -> ReportOutcome {
    state.reload()
}

/// The report's keys on the report itself.
pub fn action(state: &mut ReportState, action: Action, ctx: &ReportContext) -> ReportOutcome {
    let today = ctx.today();
    match action {
        Action::ReportUp => state.move_by(-1, ctx.page),
        Action::ReportDown => state.move_by(1, ctx.page),
        Action::ReportPageUp => state.page_by(false, ctx.page),
        Action::ReportPageDown => state.page_by(true, ctx.page),
        Action::ReportTop => {
            state.selected = state.selectable().first().copied();
            state.scroll = 0;
        }
        Action::ReportBottom => {
            // The end of the document; the selection comes along if a line is in sight.
            state.scroll = state.height().saturating_sub(ctx.page.max(1));
            let tops = state.tops();
            if let Some(&i) = state
                .selectable()
                .iter()
                .rev()
                .find(|&&i| tops[i] >= state.scroll)
            {
                state.selected = Some(i);
            }
        }
        Action::ReportPrev | Action::ReportNext => {
            let back = action == Action::ReportPrev;
            let period = match (state.span, back) {
                (Span::Week, _) | (Span::Range, _) if back => state.period.previous(),
                (Span::Week, _) | (Span::Range, _) => state.period.next(),
                (Span::Month, true) => Period::month(add_months(state.period.first, -1)),
                (Span::Month, false) => Period::month(add_months(state.period.first, 1)),
            };
            return state.show(state.span, period);
        }
        Action::ReportPeriod => {
            // This week, this month, last month, and round again.
            let this_month = Period::month(today);
            let (span, period) = match state.span {
                Span::Week => (Span::Month, this_month),
                Span::Month if state.period == this_month => (Span::Month, this_month.previous()),
                _ => (Span::Week, Period::week(today)),
            };
            return state.show(span, period);
        }
        Action::ReportRange => {
            let current = format!("{} {}", state.period.first, state.period.last);
            return ReportOutcome {
                prompt: Some(Prompt::new(PromptKind::ReportRange, 0, &current)),
                redraw: true,
                ..Default::default()
            };
        }
        Action::ReportOpen => {
            let Some(row) = state.selected.map(|i| state.rows[i]) else {
                return ReportOutcome::default();
            };
            let Some(selection) = state.selection(row) else {
                return ReportOutcome::default();
            };
            let list = ReportInquiries::new(selection, state.count(row));
            return ReportOutcome {
                effects: vec![list.load_effect()],
                open: Some(Box::new(list)),
                redraw: true,
                ..Default::default()
            };
        }
        _ => return ReportOutcome::default(),
    }
    ReportOutcome::redraw()
}

/// The period typed in the prompt: a month (`2026-11`) or two days (`1.11 30.11`,
/// `2026-11-01..2026-11-30`). A mistake is said in the prompt, with the text kept.
pub fn range_entered(
    state: &mut ReportState,
    text: &str,
    ctx: &ReportContext,
) -> Result<ReportOutcome, String> {
    if let Some(month) = Period::parse_month(text) {
        return Ok(state.show(Span::Month, month));
    }
    let parts: Vec<&str> = ["..", "–", "—", " - "]
        .iter()
        .find_map(|sep| text.split_once(sep).map(|(a, b)| vec![a, b]))
        .unwrap_or_else(|| text.split_whitespace().collect());
    let [first, last] = parts.as_slice() else {
        return Err(tr!("report-range-two-days"));
    };
    let day = |t: &str| parse_day(t, ctx.now, ctx.zone, ctx.work).map_err(|e| when_error(&e));
    let period = Period::checked(day(first)?, day(last)?).map_err(range_error)?;
    let span = if period.whole_month {
        Span::Month
    } else {
        Span::Range
    };
    Ok(state.show(span, period))
}

/// A load finished.
pub fn on_msg(state: &mut ReportState, msg: ReportMsg, page: usize) -> ReportOutcome {
    match msg {
        ReportMsg::Loaded(period, result) => {
            state.loaded(period, result);
            state.keep_in_view(page);
            ReportOutcome::redraw()
        }
        // The lists are on the navigation stack; `app/mod.rs` hands these to them.
        ReportMsg::Inquiries(..) => ReportOutcome::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::{Figures, InquiryReport, Line};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ctx() -> ReportContext {
        // Thursday 19 November 2026, noon in Moscow.
        ReportContext {
            now: 1_795_078_800,
            zone: Zone::fixed_hours(3),
            work: WorkingDay::default(),
            page: 10,
        }
    }

    fn line(key: &str, received: i64) -> Line {
        Line {
            key: Some(key.into()),
            figures: Figures {
                received,
                ..Default::default()
            },
        }
    }

    fn loaded_state() -> ReportState {
        let mut state = ReportState::new(date(2026, 11, 19));
        let _ = state.reload();
        let report = Report {
            period: state.period,
            as_of: 0,
            inquiries: InquiryReport {
                totals: Figures {
                    received: 9,
                    ..Default::default()
                },
                by_channel: vec![line("phone", 5), line("email", 4)],
                by_topic: (0..20).map(|n| line(&format!("t{n}"), 1)).collect(),
                ..Default::default()
            },
            plan: Default::default(),
            coverage: Default::default(),
        };
        let period = state.period;
        on_msg(
            &mut state,
            ReportMsg::Loaded(period, Ok(Box::new(report))),
            10,
        );
        state
    }

    #[test]
    fn the_period_steps_by_its_span_and_cycles_week_month_last_month() {
        let c = ctx();
        let mut state = ReportState::new(date(2026, 11, 19));
        assert_eq!(
            state.relation(date(2026, 11, 19)),
            Some(Relation::ThisMonth)
        );
        let out = action(&mut state, Action::ReportPrev, &c);
        assert_eq!(state.period, Period::month(date(2026, 10, 1)));
        assert_eq!(
            out.effects,
            vec![Effect::Report(ReportEffect::Load(state.period))]
        );
        action(&mut state, Action::ReportNext, &c);
        action(&mut state, Action::ReportPeriod, &c);
        assert_eq!(state.period, Period::month(date(2026, 10, 1)));
        assert_eq!(
            state.relation(date(2026, 11, 19)),
            Some(Relation::LastMonth)
        );
        action(&mut state, Action::ReportPeriod, &c);
        assert_eq!(state.period, Period::week(date(2026, 11, 19)));
        action(&mut state, Action::ReportPrev, &c);
        assert_eq!(state.period.first, date(2026, 11, 9));
        assert_eq!(state.relation(date(2026, 11, 19)), Some(Relation::LastWeek));
        action(&mut state, Action::ReportPeriod, &c);
        assert_eq!(state.period, Period::month(date(2026, 11, 19)));
    }

    #[test]
    fn a_range_is_typed_as_two_days_or_a_month_and_mistakes_stay_in_the_prompt() {
        let c = ctx();
        let mut state = ReportState::new(date(2026, 11, 19));
        range_entered(&mut state, "2.11 8.11", &c).unwrap();
        assert_eq!(
            (state.period.first, state.period.last, state.span),
            (date(2026, 11, 2), date(2026, 11, 8), Span::Range)
        );
        action(&mut state, Action::ReportNext, &c);
        assert_eq!(state.period.first, date(2026, 11, 9));
        range_entered(&mut state, "2026-09", &c).unwrap();
        assert_eq!(state.period, Period::month(date(2026, 9, 1)));
        range_entered(&mut state, "2026-10-01..2026-10-31", &c).unwrap();
        assert_eq!(state.span, Span::Month);
        let before = state.period;
        assert!(range_entered(&mut state, "8.11 2.11", &c).is_err());
        assert!(range_entered(&mut state, "someday", &c).is_err());
        assert_eq!(state.period, before, "a mistake changes nothing");
    }

    #[test]
    fn moving_selects_only_lines_that_open_inquiries_and_keeps_them_in_sight() {
        let c = ctx();
        let mut state = loaded_state();
        assert_eq!(
            state.selected.map(|i| state.rows[i]),
            Some(Row::Total(Total::Received))
        );
        action(&mut state, Action::ReportDown, &c);
        assert_eq!(
            state.selected.map(|i| state.rows[i]),
            Some(Row::Line(Dimension::Channel, 0))
        );
        assert_eq!(
            state.selection(Row::Line(Dimension::Channel, 1)),
            Some(Selection {
                period: state.period,
                dimension: Dimension::Channel,
                key: Some("email".into())
            })
        );
        for _ in 0..40 {
            action(&mut state, Action::ReportDown, &c);
        }
        let last = state.selected.unwrap();
        assert_eq!(state.rows[last], Row::Line(Dimension::Topic, 19));
        let top = state.tops()[last];
        assert!(top >= state.scroll && top < state.scroll + c.page);
        action(&mut state, Action::ReportBottom, &c);
        assert_eq!(state.scroll, state.height() - c.page);
        action(&mut state, Action::ReportTop, &c);
        assert_eq!(state.scroll, 0);
        let out = action(&mut state, Action::ReportOpen, &c);
        let list = out.open.unwrap();
        assert_eq!(list.selection.dimension, Dimension::All);
        assert_eq!(list.counted, 9);
        assert_eq!(out.effects, vec![list.load_effect()]);
    }

    #[test]
    fn an_answer_for_a_period_no_longer_shown_is_dropped() {
        let mut state = ReportState::new(date(2026, 11, 19));
        let shown = state.period;
        let _ = action(&mut state, Action::ReportPrev, &ctx());
        let stale = Report {
            period: shown,
            as_of: 0,
            inquiries: Default::default(),
            plan: Default::default(),
            coverage: Default::default(),
        };
        on_msg(
            &mut state,
            ReportMsg::Loaded(shown, Ok(Box::new(stale))),
            10,
        );
        assert!(state.report.is_none());
        assert!(state.loading);
    }
}
