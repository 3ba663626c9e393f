//! The interface's writes, on a thread of their own with a connection of their own, one
//! after another in the order they were asked for.
//!
//! A write nobody else holds the lock against takes milliseconds: the caller waits for it,
//! so Enter still commits before anything else happens. A write that finds another
//! process writing (a colleague, a long import) is reported as waiting after a moment, and
//! the caller goes back to answering keys; its result comes later from `finished`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::store_effect;
use crate::app::files::{FilesEffect, FilesMsg};
use crate::app::{Effect, Msg, Settings};
use crate::store::Store;
use crate::tr;

/// How long a write waits on another's lock before the interface is told it is pending
/// and goes back to the keys.
const NOTICE_AFTER: Duration = Duration::from_millis(100);
pub use crate::store::LOCK_WAIT;

struct Job {
    seq: u64,
    effect: Effect,
    settings: Settings,
    now: i64,
    /// The largest file kept, as configured for the interface's store.
    attachment_limit: u64,
}

enum Report {
    /// The write has waited `NOTICE_AFTER` on another's lock and is waiting still.
    Waiting(u64),
    Done(u64, Box<Msg>),
}

/// The write thread, as the interface's runtime sees it.
pub struct Writer {
    jobs: Option<Sender<Job>>,
    reports: Receiver<Report>,
    next: u64,
    /// Writes the interface was told are pending, oldest first, with what they were.
    pending: VecDeque<(u64, Effect)>,
    thread: Option<JoinHandle<()>>,
    attachment_limit: u64,
    /// Why nothing more may be written (the file was found damaged): every later write
    /// fails with it, and its window comes back as typed.
    refused: Option<String>,
    /// Writes handed to the thread and not yet done, counted by both sides: what the
    /// process must wait for should it end from another thread.
    unfinished: Arc<AtomicUsize>,
}

impl Writer {
    /// Starts the thread; it opens its own connection to `path` at once, so the first
    /// save does not pay for it.
    pub fn start(path: PathBuf, user: String, lock_wait: Duration) -> Writer {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, reports) = channel();
        let unfinished = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&unfinished);
        let thread = std::thread::spawn(move || {
            let mut store = Store::open(&path, &user).and_then(|store| {
                store.on_busy(on_busy)?;
                Ok(store)
            });
            for job in inbox {
                WAIT.set(Some(Wait {
                    seq: job.seq,
                    reports: outbox.clone(),
                    limit: lock_wait,
                    since: Instant::now(),
                    told: false,
                }));
                let reply = match &mut store {
                    Ok(store) => {
                        store.set_attachment_limit(job.attachment_limit);
                        store_effect(store, job.effect, &job.settings, job.now)
                    }
                    Err(e) => failed(job.effect, e.to_string()),
                };
                WAIT.set(None);
                counted.fetch_sub(1, Ordering::SeqCst);
                if let Some(reply) = reply
                    && outbox.send(Report::Done(job.seq, Box::new(reply))).is_err()
                {
                    return;
                }
            }
        });
        Writer {
            jobs: Some(jobs),
            reports,
            next: 1,
            pending: VecDeque::new(),
            thread: Some(thread),
            attachment_limit: crate::store::DEFAULT_ATTACHMENT_LIMIT,
            refused: None,
            unfinished,
        }
    }

    /// How many writes are handed to the thread and not yet done, kept up to date.
    pub fn unfinished(&self) -> Arc<AtomicUsize> {
        Arc::clone(&self.unfinished)
    }

    /// Files above `bytes` are refused, as by the store the writer was started from.
    pub fn with_attachment_limit(mut self, bytes: u64) -> Writer {
        self.attachment_limit = bytes;
        self
    }

    /// Hands a write to the thread. When nothing is queued before it, waits until it is
    /// done or has waited a moment on another's lock; returns its result, or
    /// `Msg::SaveWaiting` when the result will come from `finished`.
    pub fn submit(&mut self, effect: Effect, settings: &Settings, now: i64) -> Option<Msg> {
        if let Some(reason) = &self.refused {
            return failed(effect, reason.clone());
        }
        let seq = self.next;
        self.next += 1;
        let idle = self.pending.is_empty();
        let job = Job {
            seq,
            effect: effect.clone(),
            settings: settings.clone(),
            now,
            attachment_limit: self.attachment_limit,
        };
        self.unfinished.fetch_add(1, Ordering::SeqCst);
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok());
        if !sent {
            self.unfinished.fetch_sub(1, Ordering::SeqCst);
            return failed(effect, tr!("error-writer-stopped"));
        }
        if idle {
            loop {
                match self.reports.recv() {
                    Ok(Report::Done(s, reply)) if s == seq => return Some(*reply),
                    Ok(Report::Waiting(s)) if s == seq => break,
                    Ok(_) => {}
                    Err(_) => return failed(effect, tr!("error-writer-stopped")),
                }
            }
        }
        self.pending.push_back((seq, effect));
        Some(Msg::SaveWaiting(seq))
    }

    /// Refuses every later write with `reason`.
    pub fn refuse(&mut self, reason: String) {
        self.refused = Some(reason);
    }

    /// Whether a write the interface was told about is still under way.
    pub fn pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The results of pending writes that are done, oldest first.
    pub fn finished(&mut self) -> Vec<Msg> {
        let mut done = Vec::new();
        loop {
            match self.reports.try_recv() {
                Ok(Report::Waiting(_)) => {}
                Ok(Report::Done(seq, reply)) => {
                    self.pending.retain(|(s, _)| *s != seq);
                    done.push(Msg::SaveFinished { seq, reply });
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    // The thread is gone: what it still owed failed.
                    for (seq, effect) in self.pending.drain(..) {
                        if let Some(reply) = failed(effect, tr!("error-writer-stopped")) {
                            done.push(Msg::SaveFinished {
                                seq,
                                reply: Box::new(reply),
                            });
                        }
                    }
                    break;
                }
            }
        }
        done
    }
}

impl Drop for Writer {
    /// Queued writes are finished before the thread (and the process) ends.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The message a write's failure comes back as (`None` for an effect that writes nothing).
pub fn failed(effect: Effect, reason: String) -> Option<Msg> {
    use crate::app::calendar::{PlanEffect, PlanMsg};
    use crate::app::contacts::{BookEffect, BookMsg};
    Some(match effect {
        Effect::Log(..) => Msg::Logged(Err(reason)),
        Effect::AddCoverage(_) => Msg::CoverageSaved(Err(reason)),
        Effect::Change { .. } => Msg::Changed(Err(reason)),
        Effect::Book(BookEffect::SaveOutlet { .. }) => Msg::Book(BookMsg::OutletSaved(Err(reason))),
        Effect::Book(
            BookEffect::AddEvent(_) | BookEffect::SaveContact { .. } | BookEffect::Merge { .. },
        ) => Msg::Book(BookMsg::Saved(Err(reason))),
        Effect::Plan(
            PlanEffect::Create(_)
            | PlanEffect::CreateRepeating(..)
            | PlanEffect::Change { .. }
            | PlanEffect::SetRepeat { .. },
        ) => Msg::Plan(PlanMsg::Saved(Err(reason))),
        Effect::Plan(PlanEffect::Occurrence { .. }) => {
            Msg::Plan(PlanMsg::OccurrenceChanged(Err(reason)))
        }
        Effect::Files(FilesEffect::Attach { .. }) => Msg::Files(FilesMsg::Attached(Err(reason))),
        _ => return None,
    })
}

/// Whether an effect writes to the database.
pub fn writes(effect: &Effect) -> bool {
    use crate::app::calendar::PlanEffect;
    use crate::app::contacts::BookEffect;
    match effect {
        Effect::Log(..) | Effect::Change { .. } | Effect::AddCoverage(_) => true,
        Effect::Book(b) => !matches!(
            b,
            BookEffect::FirstPage(_) | BookEffect::LoadCard(_) | BookEffect::LoadOutlet(_)
        ),
        Effect::Plan(p) => matches!(
            p,
            PlanEffect::Create(_)
                | PlanEffect::CreateRepeating(..)
                | PlanEffect::Change { .. }
                | PlanEffect::SetRepeat { .. }
                | PlanEffect::Occurrence { .. }
        ),
        Effect::Files(f) => matches!(f, FilesEffect::Attach { .. }),
        _ => false,
    }
}

/// The write the thread is doing, for SQLite's busy handler (a plain function, so what
/// it needs lives here).
struct Wait {
    seq: u64,
    reports: Sender<Report>,
    limit: Duration,
    since: Instant,
    told: bool,
}

thread_local! {
    static WAIT: RefCell<Option<Wait>> = const { RefCell::new(None) };
}

/// Called by SQLite while another connection holds the lock: waits up to the limit,
/// telling the interface once that the write is pending.
fn on_busy(count: i32) -> bool {
    WAIT.with_borrow_mut(|wait| {
        let Some(wait) = wait else {
            return false;
        };
        if count == 0 {
            wait.since = Instant::now();
        }
        let waited = wait.since.elapsed();
        if waited >= wait.limit {
            return false;
        }
        if !wait.told && waited >= NOTICE_AFTER {
            wait.told = true;
            let _ = wait.reports.send(Report::Waiting(wait.seq));
        }
        std::thread::sleep(crate::store::LOOK_EVERY);
        true
    })
}
