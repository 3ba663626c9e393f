//! The terminal: setting it up and putting it back (also after a panic), and the event
//! loop, which sleeps until something can change.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::mouse::Mouse;
use crate::app::{App, Msg};
use crate::runtime::Runtime;
use crate::ui;

/// How often, at most, the loop looks at the database for a colleague's changes when
/// nothing else wakes it.
const WATCH_INTERVAL: Duration = Duration::from_secs(1);
/// How often the loop looks for a finished background job (the contact index) while one
/// is running.
const JOB_INTERVAL: Duration = Duration::from_millis(50);

/// Runs the interface until the user quits (`None`) or a signal ends it (`Some(signal)`);
/// either way the terminal is put back and any save under way is finished first.
pub fn run(runtime: &mut Runtime, app: &mut App) -> anyhow::Result<Option<i32>> {
    let stop = watch_signals()?;
    watch_terminal(Arc::clone(&stop), runtime.unfinished_saves());
    let mut terminal = ratatui::init();
    // ratatui's hook restores the screen on a panic; ours first turns off bracketed paste.
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableBracketedPaste,
            DisableMouseCapture
        );
        restore_screen(info);
    }));
    let _ = execute!(std::io::stdout(), EnableBracketedPaste, EnableMouseCapture);
    let result = event_loop(&mut terminal, runtime, app, &stop);
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture
    );
    ratatui::restore();
    result?;
    Ok(match stop.load(Ordering::SeqCst) {
        0 => None,
        signal => Some(signal as i32),
    })
}

/// TERM, HUP (the terminal window closed) and INT become a number in the returned flag
/// instead of ending the process where it stands, so the loop can finish a save and put
/// the terminal back. The loop is woken at once: crossterm wakes on a window-size signal,
/// so one is raised.
#[cfg(unix)]
fn watch_signals() -> std::io::Result<Arc<AtomicUsize>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
    let flag = Arc::new(AtomicUsize::new(0));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let seen = Arc::clone(&flag);
    std::thread::spawn(move || {
        for signal in signals.forever() {
            seen.store(signal as usize, Ordering::SeqCst);
            let _ = signal_hook::low_level::raise(SIGWINCH);
        }
    });
    Ok(flag)
}

/// How long the loop has to end by itself once the terminal is gone.
const HANG_UP_GRACE: Duration = Duration::from_secs(1);

/// Ends the app when its terminal goes away (the window closed, the connection dropped),
/// with or without a HUP reaching it: a shell that is the terminal's session leader does
/// not pass the hang-up on. The loop would see the flag, but crossterm's reader never
/// returns from a terminal that hung up (it reads end-of-file over and over), so after a
/// grace period the process ends here, once no save is under way. The thread sleeps in
/// `poll` until the terminal hangs up: it costs nothing meanwhile.
#[cfg(unix)]
fn watch_terminal(stop: Arc<AtomicUsize>, saves: Arc<AtomicUsize>) {
    // SAFETY: isatty only asks about the descriptor.
    if unsafe { libc::isatty(libc::STDOUT_FILENO) } != 1 {
        return;
    }
    std::thread::spawn(move || {
        let mut screen = libc::pollfd {
            fd: libc::STDOUT_FILENO,
            events: 0,
            revents: 0,
        };
        loop {
            // SAFETY: one valid pollfd, for the length given; waits without a timeout.
            let ready = unsafe { libc::poll(&mut screen, 1, -1) };
            let gone = libc::POLLHUP | libc::POLLERR | libc::POLLNVAL;
            if ready > 0 && screen.revents & gone != 0 {
                break;
            }
            if ready < 0
                && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
            {
                return;
            }
        }
        let hang_up = signal_hook::consts::SIGHUP as usize;
        let _ = stop.compare_exchange(0, hang_up, Ordering::SeqCst, Ordering::SeqCst);
        std::thread::sleep(HANG_UP_GRACE);
        while saves.load(Ordering::SeqCst) > 0 {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::process::exit(128 + stop.load(Ordering::SeqCst) as i32);
    });
}

#[cfg(not(unix))]
fn watch_terminal(_stop: Arc<AtomicUsize>, _saves: Arc<AtomicUsize>) {}

#[cfg(not(unix))]
fn watch_signals() -> std::io::Result<Arc<AtomicUsize>> {
    Ok(Arc::new(AtomicUsize::new(0)))
}

fn message(event: Event, clicks: &mut Clicks) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Msg::Mouse(clicks.click(m.column, m.row, Instant::now())))
            }
            MouseEventKind::ScrollUp => Some(Msg::Mouse(Mouse::WheelUp)),
            MouseEventKind::ScrollDown => Some(Msg::Mouse(Mouse::WheelDown)),
            _ => None,
        },
        _ => None,
    }
}

/// Tells a double click from two clicks: the same cell again within a short while.
#[derive(Default)]
pub struct Clicks {
    last: Option<(u16, u16, Instant)>,
}

/// The longest pause between the two clicks of a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

impl Clicks {
    pub fn click(&mut self, column: u16, row: u16, at: Instant) -> Mouse {
        let double = self.last.is_some_and(|(c, r, t)| {
            c == column && r == row && at.saturating_duration_since(t) <= DOUBLE_CLICK
        });
        // A third click starts over rather than making a second double click.
        self.last = if double {
            None
        } else {
            Some((column, row, at))
        };
        if double {
            Mouse::DoubleClick { column, row }
        } else {
            Mouse::Click { column, row }
        }
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    runtime: &mut Runtime,
    app: &mut App,
    stop: &AtomicUsize,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    let mut dirty = runtime
        .dispatch(app, Msg::Resize(size.width, size.height))
        .0;
    for effect in App::startup() {
        if let Some(reply) = runtime.perform(effect, &app.settings) {
            dirty |= runtime.dispatch(app, reply).0;
        }
    }
    let mut last_watch = Instant::now();
    let mut clicks = Clicks::default();
    loop {
        if dirty {
            terminal.draw(|frame| ui::view(app, frame))?;
            dirty = false;
        }
        // A save waiting for the database is finished first (the status line says so);
        // one that fails brings its window back and cancels a quit from the keyboard.
        if (app.quit || stop.load(Ordering::SeqCst) != 0) && !runtime.saving() {
            return Ok(());
        }
        // Sleep until the next moment the screen can change by itself, or the next look
        // at the database, whichever comes first.
        let now_ms = runtime.clock.now().timestamp_millis();
        let wake_ms = app.next_wake() * 1000;
        let until_wake = Duration::from_millis((wake_ms - now_ms).max(0) as u64);
        let until_watch = WATCH_INTERVAL.saturating_sub(last_watch.elapsed());
        let mut timeout = until_wake.min(until_watch);
        if runtime.busy() {
            timeout = timeout.min(JOB_INTERVAL);
        }
        if app.has_work() {
            timeout = Duration::ZERO;
        }
        let mut bell = false;
        if event::poll(timeout)? {
            // Take everything already queued, then draw once.
            loop {
                if let Some(msg) = message(event::read()?, &mut clicks) {
                    let (redraw, ring) = runtime.dispatch(app, msg);
                    dirty |= redraw;
                    bell |= ring;
                }
                if app.quit || stop.load(Ordering::SeqCst) != 0 || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if app.has_work() && !event::poll(Duration::ZERO)? {
            dirty |= runtime.dispatch(app, Msg::Continue).0;
        }
        runtime.look_for_alerts();
        for msg in runtime.finished(&app.settings) {
            dirty |= runtime.dispatch(app, msg).0;
        }
        if last_watch.elapsed() >= WATCH_INTERVAL {
            last_watch = Instant::now();
            if runtime.changed_elsewhere() {
                dirty |= runtime.dispatch(app, Msg::ExternalChange).0;
            }
        }
        if runtime.now() >= app.next_wake() || runtime.now() > app.now {
            let (redraw, ring) = runtime.dispatch(app, Msg::Tick);
            dirty |= redraw;
            bell |= ring;
        }
        if bell {
            let mut out = std::io::stdout();
            let _ = out.write_all(b"\x07");
            let _ = out.flush();
        }
        for text in runtime.take_clipboard() {
            let mut out = std::io::stdout();
            let _ = out.write_all(osc52(&text).as_bytes());
            let _ = out.flush();
        }
    }
}

/// The escape sequence that asks the terminal to put `text` on the clipboard (OSC 52).
/// The terminal does it, so it works over SSH; a terminal without it ignores it.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_click_on_the_same_cell_soon_after_is_a_double_click() {
        let mut clicks = Clicks::default();
        let t = Instant::now();
        assert_eq!(clicks.click(3, 5, t), Mouse::Click { column: 3, row: 5 });
        let soon = t + Duration::from_millis(200);
        let double = Mouse::DoubleClick { column: 3, row: 5 };
        assert_eq!(clicks.click(3, 5, soon), double);
        // A third starts over; another row, or too late, is a single click.
        assert_eq!(clicks.click(3, 5, soon), Mouse::Click { column: 3, row: 5 });
        assert_eq!(clicks.click(3, 6, soon), Mouse::Click { column: 3, row: 6 });
        let late = soon + Duration::from_secs(1);
        assert_eq!(clicks.click(3, 6, late), Mouse::Click { column: 3, row: 6 });
    }

    #[test]
    fn the_clipboard_sequence_carries_the_text_in_base64() {
        assert_eq!(
            super::osc52("+7 918 123-45-67"),
            "\x1b]52;c;KzcgOTE4IDEyMy00NS02Nw==\x07"
        );
    }
}
