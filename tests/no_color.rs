//! NO_COLOR: the terminal library then drops every colour sequence by writing a reset of
//! all attributes in its place. The screen is written through the real terminal backend
//! into memory, and the escape sequences are followed to see what a terminal would show.
//! (Its own file: the terminal library keeps the NO_COLOR setting for the whole process.)

mod common;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use common::{NOW, app_with_queue};
use pressdesk::app::{App, Msg, update};
use pressdesk::ui::view;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::crossterm::style::Colored;

/// Keeps what the backend writes where the test can read it.
#[derive(Clone, Default)]
struct Tape(Rc<RefCell<Vec<u8>>>);

impl Write for Tape {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes a terminal receives for one full draw.
fn written(app: &App, width: u16, height: u16) -> String {
    let tape = Tape::default();
    let backend = CrosstermBackend::new(tape.clone());
    let mut terminal = Terminal::with_options(
        backend,
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, width, height)),
        },
    )
    .unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    String::from_utf8_lossy(&tape.0.borrow()).into_owned()
}

/// A cell as a terminal shows it: its character, and whether it is reversed and bold.
#[derive(Clone, Copy)]
struct Shown {
    c: char,
    reversed: bool,
    bold: bool,
}

/// Plays the bytes onto a screen the way a terminal would: cursor moves, printed
/// characters, and the select graphic rendition codes for bold and reverse video (an
/// empty code or 0 resets everything, as NO_COLOR's dropped colours do).
fn play(out: &str, width: usize, height: usize) -> Vec<Vec<Shown>> {
    let blank = Shown {
        c: ' ',
        reversed: false,
        bold: false,
    };
    let mut screen = vec![vec![blank; width]; height];
    let (mut x, mut y) = (0usize, 0usize);
    let (mut reversed, mut bold) = (false, false);
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            if y < height && x < width {
                screen[y][x] = Shown { c, reversed, bold };
            }
            x += 1;
            continue;
        }
        chars.next(); // '['
        let mut params = String::new();
        let mut last = ' ';
        for p in chars.by_ref() {
            if p.is_ascii_alphabetic() {
                last = p;
                break;
            }
            params.push(p);
        }
        match last {
            'H' => {
                let mut it = params.split(';').map(|n| n.parse::<usize>().unwrap_or(1));
                y = it.next().unwrap_or(1) - 1;
                x = it.next().unwrap_or(1) - 1;
            }
            'm' => {
                for code in params.split(';') {
                    match code {
                        "" | "0" => (reversed, bold) = (false, false),
                        "1" => bold = true,
                        "22" => bold = false,
                        "7" => reversed = true,
                        "27" => reversed = false,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    screen
}

/// The cells where `needle` is on the screen, lowest row first.
fn find<'a>(screen: &'a [Vec<Shown>], needle: &str) -> &'a [Shown] {
    let n = needle.chars().count();
    for row in screen.iter().rev() {
        let text: Vec<char> = row.iter().map(|s| s.c).collect();
        for start in 0..row.len().saturating_sub(n) {
            if text[start..start + n].iter().copied().eq(needle.chars()) {
                return &row[start..start + n];
            }
        }
    }
    let text: Vec<String> = screen
        .iter()
        .map(|row| row.iter().map(|s| s.c).collect())
        .collect();
    panic!("{needle:?} not on the screen:\n{}", text.join("\n"))
}

fn reversed_at(screen: &[Vec<Shown>], needle: &str) -> bool {
    find(screen, needle).iter().all(|s| s.reversed)
}

fn bold_at(screen: &[Vec<Shown>], needle: &str) -> bool {
    find(screen, needle).iter().all(|s| s.bold)
}

#[test]
fn the_selected_row_stays_visible_without_colour() {
    Colored::set_ansi_color_disabled(true);
    let mut app = app_with_queue();
    app.settings.plain = true;
    update(&mut app, Msg::Resize(100, 20), NOW);
    let down = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
    update(&mut app, Msg::Key(down), NOW);
    let screen = play(&written(&app, 100, 20), 100, 20);
    assert!(reversed_at(&screen, "Отключение горячей воды 2"));
    assert!(!reversed_at(&screen, "Отключение горячей воды 3"));
}

#[test]
fn the_quick_logs_chosen_channel_and_priority_show_without_colour() {
    Colored::set_ansi_color_disabled(true);
    let mut app = app_with_queue();
    app.settings.plain = true;
    update(&mut app, Msg::Resize(100, 30), NOW);
    let l = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
    update(&mut app, Msg::Key(l), NOW);
    let screen = play(&written(&app, 100, 30), 100, 30);
    // Neither row has the focus: the chosen values are bold, the others plain.
    assert!(bold_at(&screen, "phone"));
    assert!(!bold_at(&screen, "messenger"));
    assert!(bold_at(&screen, "normal"));
    assert!(!bold_at(&screen, "urgent"));
}
