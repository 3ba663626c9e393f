//! The interface drawn into ratatui's TestBackend at fixed sizes and a fixed time.

mod common;

use common::{HOUR, NOW, app_with_queue, buffer_text as text, drawn as draw, inquiry};
use pressdesk::app::{App, Msg, update};
use pressdesk::domain::Status;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

/// The row of the screen whose text contains `needle`.
fn row_of(buffer: &Buffer, needle: &str) -> u16 {
    let all = text(buffer);
    all.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{all}")) as u16
}

fn key(app: &mut App, code: KeyCode) {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    update(app, Msg::Key(KeyEvent::new(code, modifiers)), NOW);
}

fn resized(mut app: App, width: u16, height: u16) -> App {
    update(&mut app, Msg::Resize(width, height), NOW);
    app
}

#[test]
fn the_queue_at_80_by_24() {
    let app = resized(app_with_queue(), 80, 24);
    let terminal = draw(&app, 80, 24);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_queue_at_120_by_30() {
    let app = resized(app_with_queue(), 120, 30);
    let terminal = draw(&app, 120, 30);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn overdue_rows_are_red_and_due_soon_rows_yellow() {
    let app = resized(app_with_queue(), 100, 20);
    let terminal = draw(&app, 100, 20);
    let buffer = terminal.backend().buffer();
    // Row text is "Отключение горячей воды N"; the list starts under the heading row.
    let overdue = row_of(buffer, "воды 1");
    let soon = row_of(buffer, "воды 2");
    let later = row_of(buffer, "воды 3");
    assert_eq!(buffer[(0, overdue)].fg, Color::Red);
    assert_eq!(buffer[(0, soon)].fg, Color::Yellow);
    assert_eq!(buffer[(0, later)].fg, Color::Reset);
    assert!(text(buffer).contains("1 overdue"));
    assert!(text(buffer).contains("1 due soon"));
}

#[test]
fn the_overdue_count_is_on_every_screen() {
    let mut app = resized(app_with_queue(), 100, 30);
    let screens: Vec<(&str, Vec<KeyCode>)> = vec![
        ("queue", vec![]),
        ("detail", vec![KeyCode::Enter]),
        ("quick log", vec![KeyCode::Char('L')]),
        ("help", vec![KeyCode::Char('?')]),
        ("status picker", vec![KeyCode::Char('s')]),
        ("answer prompt", vec![KeyCode::Char('a')]),
        ("expert", vec![KeyCode::Char('x')]),
    ];
    for (name, keys) in screens {
        app.overlay = None;
        pressdesk::app::navigate(
            &mut app,
            pressdesk::app::Nav::Root(pressdesk::app::Pane::Queue),
        );
        for k in keys {
            key(&mut app, k);
        }
        let terminal = draw(&app, 100, 30);
        assert!(
            text(terminal.backend().buffer()).contains("1 overdue"),
            "no overdue count on the {name} screen"
        );
    }
}

#[test]
fn the_quick_log_as_a_user_fills_it() {
    let mut app = resized(app_with_queue(), 100, 30);
    key(&mut app, KeyCode::Char('L'));
    for c in "kuzn".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let terminal = draw(&app, 100, 30);
    let screen = text(terminal.backend().buffer());
    assert!(screen.contains("Log an inquiry"), "{screen}");
    assert!(screen.contains("Кузнецова Мария Игоревна"));
    assert!(screen.contains("new contact “kuzn”"));
    // The matched letters of the name are highlighted.
    let buffer = terminal.backend().buffer();
    let y = row_of(buffer, "▸ Кузнецова");
    let line: Vec<_> = (0..100).map(|x| &buffer[(x, y)]).collect();
    let first = line.iter().position(|c| c.symbol() == "К").unwrap();
    assert_eq!(line[first].fg, Color::Yellow, "matched letter highlighted");

    key(&mut app, KeyCode::Tab);
    for c in "Когда дадут воду?".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Tab);
    for c in "23:00".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let terminal = draw(&app, 100, 30);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_inquiry_in_full() {
    let mut app = resized(app_with_queue(), 100, 30);
    key(&mut app, KeyCode::Enter);
    let terminal = draw(&app, 100, 30);
    let screen = text(terminal.backend().buffer());
    assert!(screen.contains("#1 Отключение горячей воды 1"), "{screen}");
    assert!(screen.contains("Когда дадут горячую воду на Ленина?"));
    assert!(screen.contains("1h late"));
    assert!(screen.contains("This answer is overdue."));
}

#[test]
fn the_help_lists_every_key_from_the_keymap() {
    // In every pane the help lists that pane's keys and the global ones; tall enough
    // that nothing scrolls away.
    for pane in pressdesk::app::Pane::ALL {
        let mut app = resized(app_with_queue(), 120, 80);
        pressdesk::app::navigate(&mut app, pressdesk::app::Nav::Root(*pane));
        key(&mut app, KeyCode::Char('?'));
        let terminal = draw(&app, 120, 80);
        let screen = text(terminal.backend().buffer());
        for (_, rows) in pressdesk::ui::help_lines_for(&app.keymap, app.pane()) {
            for (keys, what) in rows {
                assert!(
                    screen.contains(&what),
                    "{pane:?}: help misses {what:?}\n{screen}"
                );
                assert!(
                    screen.contains(&keys),
                    "{pane:?}: help misses keys {keys:?}"
                );
            }
        }
    }
}

#[test]
fn no_screen_panics_at_any_size() {
    let sizes = [
        (1, 1),
        (2, 2),
        (20, 6),
        (30, 8),
        (49, 10),
        (50, 12),
        (79, 24),
        (200, 60),
    ];
    let openers: Vec<Vec<KeyCode>> = vec![
        vec![],
        vec![KeyCode::Enter],
        vec![KeyCode::Char('L'), KeyCode::Char('k'), KeyCode::Char('u')],
        vec![KeyCode::Char('?')],
        vec![KeyCode::Char('s')],
        vec![KeyCode::Char('A')],
        vec![KeyCode::Char('d'), KeyCode::Char('+')],
        vec![KeyCode::Char('x')],
    ];
    for (w, h) in sizes {
        for keys in &openers {
            let mut app = resized(app_with_queue(), w, h);
            for k in keys {
                key(&mut app, *k);
            }
            draw(&app, w, h);
        }
    }
}

#[test]
fn stored_escape_sequences_are_drawn_as_text() {
    let mut app = app_with_queue();
    let mut evil = inquiry(9, -HOUR, Status::New);
    evil.contact_name = Some("Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Name".into());
    evil.subject = "Line\u{1b}[31mRed\r\nNext\u{9b}31m".into();
    update(&mut app, Msg::QueueLoaded(Ok(vec![evil])), NOW);
    key(&mut app, KeyCode::Enter);
    for app_state in [&app] {
        let terminal = draw(app_state, 100, 30);
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert!(
                !cell.symbol().chars().any(|c| c.is_control()),
                "a control character reached the screen: {:?}",
                cell.symbol()
            );
        }
        assert!(text(buffer).contains("Evil [2J ]0;pwned Name"));
    }
}

#[test]
fn an_empty_queue_says_how_to_start() {
    let mut app = App::new(common::settings(), Default::default(), NOW);
    update(&mut app, Msg::QueueLoaded(Ok(Vec::new())), NOW);
    let terminal = draw(&app, 80, 10);
    let screen = text(terminal.backend().buffer());
    assert!(screen.contains("Press L to log an inquiry"), "{screen}");
    assert!(screen.contains("nothing overdue"));
}

/// Every screen in every language at 80×24: drawn without a panic, in that language,
/// with the key hints cut between items, never inside one.
#[test]
fn every_language_fits_80_by_24() {
    use pressdesk::i18n::{Language, with_language};
    for language in Language::ALL {
        with_language(language, || {
            // The queue, its windows, and the other panes with their help.
            let openers: Vec<Vec<KeyCode>> = vec![
                vec![],
                vec![KeyCode::Enter],
                vec![KeyCode::Char('L')],
                vec![KeyCode::Char('?')],
                vec![KeyCode::Char('s')],
                vec![KeyCode::Char('d')],
                vec![KeyCode::Char('2')],
                vec![KeyCode::Char('2'), KeyCode::Esc, KeyCode::Char('?')],
                vec![KeyCode::Char('3')],
                vec![KeyCode::Char('3'), KeyCode::Char('v')],
                vec![KeyCode::Char('3'), KeyCode::Char('n')],
                vec![KeyCode::Char('3'), KeyCode::Char('?')],
            ];
            for keys in openers {
                let mut app = resized(app_with_queue(), 80, 24);
                for k in &keys {
                    key(&mut app, *k);
                }
                let terminal = draw(&app, 80, 24);
                let screen = text(terminal.backend().buffer());
                let overdue = pressdesk::tr!("overdue-count", count = 1);
                assert!(
                    screen.contains(&overdue),
                    "{language:?} {keys:?}: no {overdue:?} in\n{screen}"
                );
                let last = screen.lines().last().unwrap().trim_end().to_string();
                if keys.is_empty() {
                    let hint = pressdesk::tr!("hint-quit");
                    let log = pressdesk::tr!("hint-log");
                    assert!(last.contains(&log), "{language:?}: hints {last:?}");
                    assert!(
                        !last.ends_with('…'),
                        "{language:?}: a hint was cut: {last:?} ({hint})"
                    );
                }
            }
        });
    }
}

#[test]
fn dates_are_shown_the_local_way() {
    use pressdesk::domain::Zone;
    use pressdesk::i18n::{Language, with_language};
    let zone = Zone::fixed_hours(3);
    // Friday 27 November 2026 18:00, seen from Tuesday 24th; and 15 December.
    let friday = NOW + 3 * 24 * HOUR - 3 * HOUR - 40 * 60;
    let december = NOW + 21 * 24 * HOUR;
    let cases = [
        (Language::En, "Fri 18:00", "15 Dec 21:40"),
        (Language::Ru, "пт 18:00", "15 дек 21:40"),
        (Language::Uk, "пт 18:00", "15 гру 21:40"),
        (Language::Pl, "pt 18:00", "15 gru 21:40"),
    ];
    for (language, near, far) in cases {
        with_language(language, || {
            assert_eq!(
                pressdesk::format::moment(friday, NOW, zone),
                near,
                "{language:?}"
            );
            assert_eq!(
                pressdesk::format::moment(december, NOW, zone),
                far,
                "{language:?}"
            );
        });
    }
}

#[test]
fn a_long_answer_wraps_under_its_first_line_in_the_inquiry() {
    let mut app = resized(app_with_queue(), 40, 30);
    key(&mut app, KeyCode::Enter);
    let mut inquiry = app.queue.get(1).unwrap().clone();
    inquiry.answer = Some("Горячую воду дадут в четверг после обеда, график на сайте.".into());
    update(&mut app, Msg::DetailLoaded(Ok((inquiry, Vec::new()))), NOW);
    let terminal = draw(&app, 40, 30);
    let screen = text(terminal.backend().buffer());
    let first = row_of(terminal.backend().buffer(), "Горячую воду") as usize;
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines[first].starts_with("  Горячую"), "{screen}");
    // The next lines of the same paragraph start under it, not at the edge.
    assert!(lines[first + 1].starts_with("  ") && !lines[first + 1].trim().is_empty());
}

#[test]
fn the_answer_window_shows_its_paragraphs_and_how_to_start_a_new_one() {
    let mut app = resized(app_with_queue(), 80, 24);
    key(&mut app, KeyCode::Char('a'));
    for c in "Первый абзац.".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)),
        NOW,
    );
    for c in "Второй.".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    assert_eq!(
        row_of(buffer, "Второй."),
        row_of(buffer, "Первый абзац.") + 1
    );
    let new_line = app.keymap.label(pressdesk::app::keymap::Action::NewLine);
    assert!(text(buffer).contains(&new_line), "{}", text(buffer));
}
