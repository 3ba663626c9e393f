//! The check of every page of a large file, on a thread of its own after the interface
//! opens it. Opening checks a large file's header and schema only (reading every page of a
//! 400 MB desk takes seconds); the interface, which stays open for hours, reads the rest
//! in the background and, if it finds damage, stops writing to the file and says so.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::store::{Store, StoreError};

/// The check under way.
pub struct PageCheck {
    running: Option<Receiver<Option<String>>>,
}

impl PageCheck {
    /// Starts reading every page of the file at `path` on a read-only connection.
    pub fn start(path: PathBuf, user: String) -> PageCheck {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let found =
                Store::open_read_only(&path, &user).and_then(|store| store.page_problems(3));
            // Reading every page passed a large file through SQLite's cache; what it freed
            // would otherwise stay resident for as long as the interface is open.
            crate::search::give_back_freed_memory();
            let verdict = match found {
                Ok(problems) if problems.is_empty() => None,
                Ok(problems) => Some(damaged(&path, &problems.join("; "))),
                Err(e @ (StoreError::Damaged { .. } | StoreError::NotADatabase { .. })) => {
                    Some(damaged(&path, &e.to_string()))
                }
                // Anything else (a file moved away, a lock held too long) says nothing
                // about the pages: nothing is claimed.
                Err(_) => None,
            };
            // The receiver is gone only when the interface has quit.
            let _ = tx.send(verdict);
        });
        PageCheck { running: Some(rx) }
    }

    /// The verdict once the check has ended: `Some(message)` when the file is damaged.
    pub fn finished(&mut self) -> Option<String> {
        let rx = self.running.as_ref()?;
        match rx.try_recv() {
            Ok(verdict) => {
                self.running = None;
                verdict
            }
            Err(TryRecvError::Empty) => None,
            // The thread ended without a word: nothing is known, nothing is claimed.
            Err(TryRecvError::Disconnected) => {
                self.running = None;
                None
            }
        }
    }

    pub fn running(&self) -> bool {
        self.running.is_some()
    }
}

/// What the interface says, and every save refused afterwards gives as its reason.
fn damaged(path: &std::path::Path, detail: &str) -> String {
    crate::tr!(
        "store-damaged-open",
        path = path.display().to_string(),
        detail = crate::text::clean(detail)
    )
}
