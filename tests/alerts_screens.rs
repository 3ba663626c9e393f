//! Working time, escalation, the expert's deadline and the audit view as the interface
//! shows them, drawn into ratatui's TestBackend at a fixed time.

mod common;

use common::{HOUR, NOW, app_with_queue, settings};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, update};
use pressdesk::domain::sla::{DeadlineRules, RuleClock};
use pressdesk::domain::span::Span;
use pressdesk::domain::workcal::HolidayCountry;
use pressdesk::domain::{Status, Timestamp, Zone};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn screen(app: &App, width: u16, height: u16) -> String {
    common::screen_text(app, width, height)
}

fn press(app: &mut App, code: KeyCode, now: Timestamp) {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    update(app, Msg::Key(KeyEvent::new(code, modifiers)), now);
}

fn typed(app: &mut App, text: &str, now: Timestamp) {
    for c in text.chars() {
        press(app, KeyCode::Char(c), now);
    }
}

/// Warsaw, eight working hours for a normal inquiry, Polish holidays.
fn polish_office() -> (App, Timestamp) {
    let mut s = settings();
    s.zone = Zone::Named(chrono_tz::Europe::Warsaw);
    s.rules = DeadlineRules {
        clock: RuleClock::Working,
        normal: Span::hours(8),
        holidays: HolidayCountry::Pl,
        ..DeadlineRules::default()
    }
    .resolved()
    .unwrap();
    // Tuesday 10 November 2026, 14:00 in Warsaw; the 11th is Independence Day.
    let now = s.zone.timestamp(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 10)
            .unwrap()
            .and_hms_opt(14, 0, 0)
            .unwrap(),
    );
    let mut app = App::new(s, KeyMap::default(), now);
    update(&mut app, Msg::Resize(100, 30), now);
    update(&mut app, Msg::QueueLoaded(Ok(Vec::new())), now);
    (app, now)
}

#[test]
fn the_quick_log_says_why_the_deadline_falls_where_it_does() {
    let (mut app, now) = polish_office();
    press(&mut app, KeyCode::Char('L'), now);
    let shown = screen(&app, 100, 30);
    assert!(
        shown.contains("→ due Thu 13:00")
            && shown.contains("8 working hours · 11 Nov is a holiday"),
        "{shown}"
    );
    // A deadline the journalist named, read as it is typed.
    press(&mut app, KeyCode::Tab, now);
    press(&mut app, KeyCode::Tab, now);
    typed(&mut app, "17:00", now);
    let shown = screen(&app, 100, 30);
    assert!(shown.contains("→ due 17:00"), "{shown}");
    assert!(shown.contains("the journalist's deadline"), "{shown}");
}

#[test]
fn the_deadline_prompt_says_why_too() {
    let (mut app, now) = polish_office();
    let mut inquiry = pressdesk::fixtures::inquiry(5, 8 * HOUR, Status::New);
    inquiry.received_at = now;
    update(&mut app, Msg::QueueLoaded(Ok(vec![inquiry])), now);
    press(&mut app, KeyCode::Char('d'), now);
    let shown = screen(&app, 100, 30);
    assert!(
        shown.contains("8 working hours · 11 Nov is a holiday"),
        "{shown}"
    );
    typed(&mut app, "никогда", now);
    let shown = screen(&app, 100, 30);
    assert!(!shown.contains("working hours"), "{shown}");
    let _ = (NOW, app_with_queue);
}
