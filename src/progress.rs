//! Progress of long work (an import or export of thousands of records) on one line of
//! stderr, redrawn in place. Shown only when stderr is a terminal and the work is large;
//! a script or a pipe sees nothing extra.
//!
//! ```no_run
//! let mut progress = pressdesk::progress::Progress::new("Importing", Some(250_000));
//! for _ in 0..250_000 {
//!     progress.tick(1);
//! }
//! progress.finish();
//! ```

use std::io::{IsTerminal, Write};

/// Work smaller than this many records finishes before anyone would look at a counter.
pub const MIN_RECORDS: u64 = 2_000;
/// The same for a file read by bytes: about a few thousand vCards.
pub const MIN_BYTES: u64 = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Records,
    Bytes,
}

pub struct Progress {
    label: String,
    total: Option<u64>,
    done: u64,
    unit: Unit,
    sink: Option<Box<dyn Write + Send>>,
    /// What the line last showed, so it is redrawn only when it changes.
    drawn: Option<String>,
}

impl Progress {
    /// Progress over `total` records (unknown: `None`), on stderr if it is a terminal.
    pub fn new(label: impl Into<String>, total: Option<u64>) -> Progress {
        Progress::with_sink(label, total, terminal_stderr())
    }

    /// Progress over the bytes of a file being read.
    pub fn bytes(label: impl Into<String>, total: Option<u64>) -> Progress {
        Progress::new(label, total).in_bytes()
    }

    fn in_bytes(mut self) -> Progress {
        self.unit = Unit::Bytes;
        self
    }

    /// Progress drawn into `sink` (`None`: nowhere), for tests and other terminals.
    pub fn with_sink(
        label: impl Into<String>,
        total: Option<u64>,
        sink: Option<Box<dyn Write + Send>>,
    ) -> Progress {
        Progress {
            label: crate::text::clean(&label.into()),
            total,
            done: 0,
            unit: Unit::Records,
            sink,
            drawn: None,
        }
    }

    /// `n` more records (or bytes) done.
    pub fn tick(&mut self, n: u64) {
        self.done = self.done.saturating_add(n);
        if self.sink.is_none() || !self.large() {
            return;
        }
        let line = self.line();
        if self.drawn.as_deref() != Some(line.as_str()) {
            self.draw(&format!("\r\x1b[K{line}"));
            self.drawn = Some(line);
        }
    }

    /// The work is over: the line is cleared, so that what the command prints next
    /// starts on a clean line.
    pub fn finish(mut self) {
        self.clear();
    }

    fn clear(&mut self) {
        if self.drawn.take().is_some() {
            self.draw("\r\x1b[K");
        }
    }

    fn large(&self) -> bool {
        let min = match self.unit {
            Unit::Records => MIN_RECORDS,
            Unit::Bytes => MIN_BYTES,
        };
        self.total.unwrap_or(self.done) >= min
    }

    fn line(&self) -> String {
        let amount = |n: u64| match self.unit {
            Unit::Records => n.to_string(),
            Unit::Bytes => format!("{:.1} MB", n as f64 / (1u64 << 20) as f64),
        };
        match self.total {
            Some(total) if total > 0 => {
                // Counted in hundredths of the total, so the line changes about a hundred
                // times whatever the size of the work.
                let done = self.done.min(total);
                let step = (total / 100).max(1);
                let shown = if done == total {
                    total
                } else {
                    done / step * step
                };
                let percent = (done as u128 * 100 / total as u128) as u64;
                format!(
                    "{}: {} / {} ({percent}%)",
                    self.label,
                    amount(shown),
                    amount(total)
                )
            }
            // Unknown totals are counted in steps, not on every record.
            _ => format!("{}: {}", self.label, amount(self.done / 1000 * 1000)),
        }
    }

    fn draw(&mut self, text: &str) {
        if let Some(sink) = &mut self.sink {
            // A progress line that cannot be drawn is not worth failing the work for.
            let _ = sink.write_all(text.as_bytes()).and_then(|_| sink.flush());
        }
    }
}

impl Drop for Progress {
    /// Work that ends in an error still leaves the terminal's line clean for the message.
    fn drop(&mut self) {
        self.clear();
    }
}

fn terminal_stderr() -> Option<Box<dyn Write + Send>> {
    let stderr = std::io::stderr();
    stderr
        .is_terminal()
        .then(|| Box::new(stderr) as Box<dyn Write + Send>)
}

/// A reader that counts the bytes read through it as progress.
pub struct ProgressRead<R> {
    inner: R,
    progress: Progress,
}

impl<R> ProgressRead<R> {
    pub fn new(inner: R, progress: Progress) -> ProgressRead<R> {
        ProgressRead { inner, progress }
    }
}

impl<R: std::io::Read> std::io::Read for ProgressRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.tick(n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A sink the test can read after the progress has written into it.
    #[derive(Clone, Default)]
    struct Screen(Arc<Mutex<Vec<u8>>>);

    impl Write for Screen {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Screen {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn large_work_is_counted_in_place_and_cleared() {
        let screen = Screen::default();
        let mut p = Progress::with_sink("Importing", Some(10_000), Some(Box::new(screen.clone())));
        for _ in 0..10_000 {
            p.tick(1);
        }
        p.finish();
        let text = screen.text();
        // One redraw per percent, not per record.
        assert_eq!(text.matches("\r\x1b[K").count(), 101 + 1);
        assert!(text.contains("\r\x1b[KImporting: 100 / 10000 (1%)"));
        assert!(text.contains("Importing: 10000 / 10000 (100%)"));
        assert!(text.ends_with("\r\x1b[K"));
        assert!(!text.contains('\n'));
    }

    #[test]
    fn small_work_and_no_terminal_show_nothing() {
        let screen = Screen::default();
        let mut p = Progress::with_sink("Exporting", Some(50), Some(Box::new(screen.clone())));
        p.tick(50);
        p.finish();
        assert_eq!(screen.text(), "");
        let mut p = Progress::with_sink("Exporting", Some(1_000_000), None);
        p.tick(1_000_000);
        p.finish();
    }

    #[test]
    fn unknown_totals_show_once_large_in_steps() {
        let screen = Screen::default();
        let mut p = Progress::with_sink("Reading", None, Some(Box::new(screen.clone())));
        for _ in 0..4_500 {
            p.tick(1);
        }
        drop(p);
        let text = screen.text();
        assert!(!text.contains("Reading: 1000"), "{text:?}");
        assert!(text.contains("Reading: 2000"), "{text:?}");
        assert!(text.contains("Reading: 4000"), "{text:?}");
        assert_eq!(text.matches("Reading:").count(), 3, "{text:?}");
        assert!(text.ends_with("\r\x1b[K"), "dropped early, still cleared");
    }

    #[test]
    fn bytes_are_counted_through_the_reader() {
        use std::io::Read;
        let screen = Screen::default();
        let data = vec![b'x'; 3 << 20];
        let progress = Progress::with_sink(
            "Reading book.vcf",
            Some(data.len() as u64),
            Some(Box::new(screen.clone())),
        )
        .in_bytes();
        let mut reader = ProgressRead::new(&data[..], progress);
        let mut all = Vec::new();
        reader.read_to_end(&mut all).unwrap();
        assert_eq!(all.len(), data.len());
        drop(reader);
        let text = screen.text();
        assert!(text.contains("Reading book.vcf: 3.0 MB / 3.0 MB (100%)"));
        // Counted as it is read, not only at the end.
        assert!(text.matches(" MB / 3.0 MB (").count() > 5);
    }
}
