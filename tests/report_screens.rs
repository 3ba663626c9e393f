//! The report pane through the real runtime on the demo: `4` shows the month's figures,
//! the period steps, a line opens the inquiries behind it and Esc comes back.

mod common;

use chrono::NaiveDate;
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::report::TOP;
use pressdesk::app::{App, Msg, Pane, Screen, Settings};
use pressdesk::clock::Clock;
use pressdesk::config::Config;
use pressdesk::domain::report::{Dimension, Period, Report};
use pressdesk::domain::{Channel, Zone};
use pressdesk::fixtures::NOW;
use pressdesk::runtime::Runtime;
use pressdesk::store::Store;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

struct Desk {
    _dir: tempfile::TempDir,
    runtime: Runtime,
    app: App,
}

impl Desk {
    /// The demo, as it is filled on Tuesday 24 November 2026, 21:40 in Moscow.
    fn demo() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "Шакирова Елена").unwrap();
        let settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
        pressdesk::demo::fill(
            &mut store,
            pressdesk::demo::DemoSet::Ru,
            NOW,
            settings.zone,
            &settings.rules,
        )
        .unwrap();
        let start = chrono::DateTime::from_timestamp(NOW, 0).unwrap();
        let runtime = Runtime::new(store, Clock::frozen(start));
        let app = App::new(settings, KeyMap::default(), NOW);
        let mut desk = Desk {
            _dir: dir,
            runtime,
            app,
        };
        desk.runtime.dispatch(&mut desk.app, Msg::Resize(120, 60));
        desk
    }

    fn press(&mut self, code: KeyCode) {
        let modifiers = match code {
            KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
        self.runtime
            .dispatch(&mut self.app, Msg::Key(KeyEvent::new(code, modifiers)));
    }

    fn ctrl(&mut self, c: char) {
        self.runtime.dispatch(
            &mut self.app,
            Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
        );
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
    }

    fn screen(&self) -> String {
        common::screen_text(&self.app, 120, 60)
    }

    /// What the store counts for `period`, to hold the screen against.
    fn expected(&self, period: Period) -> Report {
        self.runtime
            .store
            .report(&period, self.app.settings.zone, NOW, TOP)
            .unwrap()
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The screen's line that starts with `label` (after the margin), squeezed of runs of
/// spaces.
fn line_of(screen: &str, label: &str) -> String {
    let line = screen
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("{label:?} not on screen:\n{screen}"));
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn percent(part: i64, whole: i64) -> String {
    format!("{}%", (part as f64 * 100.0 / whole as f64).round() as i64)
}

#[test]
fn four_shows_the_demo_month_and_stepping_back_shows_the_month_before() {
    let mut desk = Desk::demo();
    desk.press(KeyCode::Char('4'));
    assert_eq!(desk.app.pane(), Pane::Report);
    let november = desk.expected(Period::month(date(2026, 11, 1)));
    let t = &november.inquiries.totals;
    // The demo makes a believable month: answered, late and open ones, coverage, a plan.
    assert!(
        t.received >= 20 && t.answered > 0 && t.open_at_end > 0,
        "{t:?}"
    );
    assert!(november.coverage.counts.total > 0 && november.plan.planned > 0);

    let screen = desk.screen();
    assert!(screen.contains("November 2026 · this month"), "{screen}");
    assert_eq!(
        line_of(&screen, "Received"),
        format!("Received {}", t.received)
    );
    assert_eq!(
        line_of(&screen, "Answered on time"),
        format!(
            "Answered on time {} ({}) {}",
            t.answered_on_time,
            percent(t.answered_on_time, t.answered),
            line_of(&screen, "Answered on time")
                .split_once(") ")
                .map(|(_, trend)| trend.to_string())
                .unwrap_or_default()
        )
    );
    assert_eq!(
        line_of(&screen, "Open at the period's end"),
        format!("Open at the period's end {}", t.open_at_end)
    );
    let phone = &november.inquiries.by_channel[0];
    assert_eq!(phone.key.as_deref(), Some("phone"));
    assert!(
        line_of(&screen, "phone").starts_with(&format!(
            "phone {} {} {} {}",
            phone.figures.received,
            phone.figures.answered,
            phone.figures.answered_on_time,
            percent(phone.figures.answered_on_time, phone.figures.answered)
        )),
        "{}",
        line_of(&screen, "phone")
    );
    // The coverage is further down: the end of the report.
    desk.press(KeyCode::Char('G'));
    let screen = desk.screen();
    let c = &november.coverage.counts;
    assert!(
        line_of(&screen, "Pieces published").starts_with(&format!(
            "Pieces published {} · Positive {} ({})",
            c.total,
            c.positive,
            percent(c.positive, c.total)
        )),
        "{screen}"
    );

    desk.press(KeyCode::Char('g'));
    desk.press(KeyCode::Char('['));
    let october = desk.expected(Period::month(date(2026, 10, 1)));
    assert_ne!(october.inquiries.totals, november.inquiries.totals);
    let screen = desk.screen();
    assert!(screen.contains("October 2026 · last month"), "{screen}");
    assert_eq!(
        line_of(&screen, "Received"),
        format!("Received {}", october.inquiries.totals.received)
    );
    // v: this week, then this month again.
    desk.press(KeyCode::Char('v'));
    let screen = desk.screen();
    assert!(
        screen.contains("2026-11-23 – 2026-11-29 · this week"),
        "{screen}"
    );
    let week = desk.expected(Period::week(date(2026, 11, 24)));
    assert_eq!(
        line_of(&screen, "Received"),
        format!("Received {}", week.inquiries.totals.received)
    );
}

#[test]
fn a_line_opens_its_inquiries_and_esc_comes_back_to_the_report() {
    let mut desk = Desk::demo();
    desk.press(KeyCode::Char('4'));
    let november = desk.expected(Period::month(date(2026, 11, 1)));
    // The first line is "Received"; the next, the busiest channel.
    desk.press(KeyCode::Char('j'));
    desk.press(KeyCode::Enter);
    let Screen::ReportInquiries(list) = desk.app.current() else {
        panic!("no list: {:?}", desk.app.current());
    };
    let phone = &november.inquiries.by_channel[0];
    assert_eq!(list.selection.dimension, Dimension::Channel);
    assert_eq!(list.items.len() as i64, phone.figures.received);
    let (from, to) = Period::month(date(2026, 11, 1)).moments(desk.app.settings.zone);
    for inquiry in &list.items {
        assert_eq!(inquiry.channel, Channel::Phone);
        assert!((from..to).contains(&inquiry.received_at));
    }
    let first = list.items[0].clone();
    let screen = desk.screen();
    assert!(
        screen.contains(&format!(
            "By channel: phone · November 2026 ({})",
            phone.figures.received
        )),
        "{screen}"
    );

    // Enter opens the inquiry in full; Esc comes back to the list, then to the report.
    desk.press(KeyCode::Enter);
    assert_eq!(desk.app.detail().map(|d| d.id), Some(first.id));
    desk.press(KeyCode::Esc);
    assert!(matches!(desk.app.current(), Screen::ReportInquiries(_)));
    desk.press(KeyCode::Esc);
    assert!(matches!(desk.app.current(), Screen::Report));
    let screen = desk.screen();
    assert!(screen.contains("By channel"), "{screen}");
    // The selection stayed on the line it opened.
    let row = desk.app.report.selected.map(|i| desk.app.report.rows[i]);
    assert_eq!(
        row,
        Some(pressdesk::app::report::Row::Line(Dimension::Channel, 0))
    );
}

#[test]
fn a_range_is_typed_in_the_prompt_and_a_mistake_stays_there() {
    let mut desk = Desk::demo();
    desk.press(KeyCode::Char('4'));
    desk.press(KeyCode::Char('r'));
    desk.ctrl('u');
    desk.typed("9.11 2.11");
    desk.press(KeyCode::Enter);
    let screen = desk.screen();
    assert!(desk.app.overlay.is_some(), "the prompt stays open");
    assert!(
        screen.contains("ends (2026-11-02) before it starts"),
        "{screen}"
    );
    assert!(screen.contains("9.11 2.11"), "what was typed stays");
    desk.ctrl('u');
    desk.typed("2.11 15.11");
    desk.press(KeyCode::Enter);
    assert!(desk.app.overlay.is_none());
    let two_weeks = desk.expected(Period::range(date(2026, 11, 2), date(2026, 11, 15)).unwrap());
    let screen = desk.screen();
    assert!(screen.contains("2026-11-02 – 2026-11-15"), "{screen}");
    assert_eq!(
        line_of(&screen, "Received"),
        format!("Received {}", two_weeks.inquiries.totals.received)
    );
    // Stepping a range moves by its length.
    desk.press(KeyCode::Char(']'));
    assert!(desk.screen().contains("2026-11-16 – 2026-11-29"));
}

#[test]
fn without_colour_the_selected_line_is_still_marked() {
    let mut desk = Desk::demo();
    desk.app.settings.plain = true;
    desk.press(KeyCode::Char('4'));
    desk.press(KeyCode::Char('j'));
    let buffer = common::screen_buffer(&desk.app, 120, 60);
    let screen = common::buffer_text(&buffer);
    let y = screen
        .lines()
        .position(|l| l.trim_start().starts_with("phone"))
        .unwrap() as u16;
    for x in 0..buffer.area.width {
        let cell = &buffer[(x, y)];
        assert!(cell.modifier.contains(Modifier::REVERSED), "column {x}");
    }
    for cell in buffer.content() {
        assert!(matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset));
    }
}
