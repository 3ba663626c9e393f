//! Carries out the effects `update` asks for against the store, and turns each result
//! into the message that goes back to `update`. The terminal loop and the tests share it.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::app::contacts::{BookEffect, BookMsg, FirstPage, Saved, SavedWhat};
use crate::app::files::{FilesEffect, FilesMsg};
use crate::app::memory_search::{self, MemoryEffect, MemoryMsg};
use crate::app::statements::{self, Entry, StatementsEffect, StatementsFound};
use crate::app::{App, Effect, FINISHED_SHOWN, Msg, Settings};
use crate::clock::Clock;
use crate::search::{Directory, OutletIndex};
use crate::store::Store;
use alerts::AlertLooks;
use damage::PageCheck;
use writer::Writer;

mod alerts;
mod damage;
mod pace;
mod writer;

/// How many topics in use are offered under a topics field (after the config's).
const TOPICS_OFFERED: usize = 50;

pub struct Runtime {
    pub store: Store,
    pub clock: Clock,
    data_version: i64,
    /// The directory being read and indexed on another thread, and whether another
    /// reload was asked for meanwhile.
    indexing: Option<Receiver<Msg>>,
    reindex: bool,
    /// When the next reading may start, while the directory keeps changing.
    pace: pace::Pace,
    /// What the directory being read was read at (the directory's change count, and the
    /// phone rules it was indexed with), and what the one on screen was.
    reading: Option<DirectoryState>,
    shown: Option<DirectoryState>,
    /// The config as given on the command line (else the environment's or the
    /// platform's), read again on Ctrl-R.
    config_path: Option<std::path::PathBuf>,
    /// Text to put on the clipboard, for the terminal to send.
    clipboard: Vec<String>,
    /// Files written out for a viewer; removed when the interface ends.
    opened: Vec<crate::opener::OpenedFile>,
    /// The thread that writes, with its own connection; none for a database in memory,
    /// which is written here.
    writer: Option<Writer>,
    /// Alert hooks fired from here, off the drawing thread; none unless configured.
    alerts: Option<AlertLooks>,
    /// The pages of a large file, read after opening; none when opening read them all.
    page_check: Option<PageCheck>,
}

/// The directory as one reading of it saw it.
#[derive(Debug, Clone, PartialEq)]
struct DirectoryState {
    changes: Option<i64>,
    rules: crate::domain::phone::PhoneRules,
}

fn start_writer(store: &Store, wait: std::time::Duration) -> Option<Writer> {
    let path = store.path()?.to_path_buf();
    let writer = Writer::start(path, store.user().to_string(), wait);
    Some(writer.with_attachment_limit(store.attachment_limit()))
}

impl Runtime {
    pub fn new(store: Store, clock: Clock) -> Runtime {
        let data_version = store.data_version().unwrap_or(0);
        let writer = start_writer(&store, writer::LOCK_WAIT);
        let page_check = match store.path() {
            Some(path) if store.pages_unchecked() => Some(PageCheck::start(
                path.to_path_buf(),
                store.user().to_string(),
            )),
            _ => None,
        };
        Runtime {
            writer,
            alerts: None,
            page_check,
            store,
            clock,
            data_version,
            indexing: None,
            reindex: false,
            pace: pace::Pace::default(),
            reading: None,
            shown: None,
            config_path: None,
            clipboard: Vec::new(),
            opened: Vec::new(),
        }
    }

    /// Where Ctrl-R reads the config from: the `--config` given at start, if any.
    pub fn with_config_path(mut self, path: Option<std::path::PathBuf>) -> Runtime {
        self.config_path = path;
        self
    }

    /// The text `update` asked to copy since the last call, oldest first.
    pub fn take_clipboard(&mut self) -> Vec<String> {
        std::mem::take(&mut self.clipboard)
    }

    pub fn now(&self) -> i64 {
        self.clock.now().timestamp()
    }

    /// Whether another process has committed since the last look. (The write thread's
    /// connection is another one: our own saves count too, and read the screens again.)
    pub fn changed_elsewhere(&mut self) -> bool {
        match self.store.data_version() {
            Ok(v) if v != self.data_version => {
                self.data_version = v;
                true
            }
            _ => false,
        }
    }

    /// Performs one effect. A write goes to the write thread when the database is a file:
    /// its result comes back at once, or as `SaveWaiting` when another process holds the
    /// lock (the result then comes from `finished`).
    pub fn perform(&mut self, effect: Effect, settings: &Settings) -> Option<Msg> {
        let now = self.now();
        match effect {
            Effect::Bell => None,
            Effect::Copy(text) => {
                self.clipboard.push(text);
                None
            }
            Effect::Files(FilesEffect::Open(id)) => {
                Some(Msg::Files(FilesMsg::Opened(self.open_file(id))))
            }
            Effect::ReloadConfig => {
                let loaded = crate::config::Config::load(self.config_path.as_deref());
                if let (Ok(config), Some(alerts)) = (&loaded, &mut self.alerts) {
                    let settings = settings.reloaded(config);
                    alerts.reconfigure(crate::cli::watch::settings(config, &settings));
                }
                Some(Msg::ConfigLoaded(
                    loaded.map(Box::new).map_err(|e| e.to_string()),
                ))
            }
            // A database file is read and indexed on another thread, so the interface
            // stays live however large the book is.
            Effect::LoadDirectory if self.store.path().is_some() => {
                self.start_indexing(settings);
                None
            }
            effect if writer::writes(&effect) && self.writer.is_some() => self
                .writer
                .as_mut()
                .and_then(|writer| writer.submit(effect, settings, now)),
            effect => store_effect(&mut self.store, effect, settings, now),
        }
    }

    /// Fires the alert hooks from the interface too, as `pressdesk watch` does (only for
    /// a database file: the look runs on its own connection).
    pub fn with_alerts(mut self, settings: crate::alerts::AlertSettings) -> Runtime {
        self.alerts = self.store.path().map(|path| {
            AlertLooks::new(path.to_path_buf(), self.store.user().to_string(), settings)
        });
        self
    }

    /// Starts a look for owed alerts on its own thread when one is due (every
    /// `alerts::LOOK_EVERY` seconds) and none is under way. Whether one started.
    pub fn look_for_alerts(&mut self) -> bool {
        let now = self.now();
        self.alerts.as_mut().is_some_and(|alerts| alerts.tick(now))
    }

    /// Whether a look for alerts, with its hooks, is under way.
    pub fn alerts_running(&self) -> bool {
        self.alerts.as_ref().is_some_and(AlertLooks::running)
    }

    /// How long a write waits on another process's lock before it fails (5 s unless
    /// changed here, as for every pressdesk command).
    pub fn with_lock_wait(mut self, wait: std::time::Duration) -> Runtime {
        self.writer = None;
        self.writer = start_writer(&self.store, wait);
        self
    }

    /// Reads the directory again on another thread, unless the one on screen is already
    /// the directory as it stands: at a million contacts a reading takes seconds, and
    /// every inquiry saved anywhere asks for one.
    fn start_indexing(&mut self, settings: &Settings) {
        if self.indexing.is_some() {
            self.reindex = true;
            return;
        }
        if self.pace.resting() {
            // The reading after the rest will find this change too.
            return;
        }
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        let state = DirectoryState {
            // Unknown (`None`) reads again: a failed look must not hide a change.
            changes: self.store.directory_version().ok(),
            rules: settings.phones.clone(),
        };
        if state.changes.is_some() && self.shown.as_ref() == Some(&state) {
            return;
        }
        self.reading = Some(state);
        self.pace.reading_started();
        let user = self.store.user().to_string();
        let rules = settings.phones.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let result = Store::open(&path, &user)
                .and_then(|store| Ok((store.contact_index(&rules)?, store.outlets()?)))
                .map(|(contacts, outlets)| {
                    Box::new(Directory {
                        contacts,
                        outlets: OutletIndex::new(outlets),
                    })
                })
                .map_err(|e| e.to_string());
            // The receiver is gone only when the interface has quit.
            let _ = tx.send(Msg::DirectoryIndexed(result));
        });
        self.indexing = Some(rx);
    }

    /// Whether a background job is running (the loop then looks in more often).
    pub fn busy(&self) -> bool {
        self.indexing.is_some() || self.pace.resting() || self.saving() || self.alerts_running()
    }

    /// Whether a reading of the book waits for its rest after the last one (see `pace`).
    pub fn reading_rests(&self) -> bool {
        self.pace.resting()
    }

    /// Rests between readings of a changing book this many times as long as the last
    /// reading took (0: none); `pace::REST_FACTOR` unless changed here.
    pub fn set_reading_rest(&mut self, factor: u32) {
        self.pace.set_factor(factor);
    }

    /// Whether the pages of a large file are still being read after opening.
    pub fn checking_pages(&self) -> bool {
        self.page_check.as_ref().is_some_and(PageCheck::running)
    }

    /// Whether a save is waiting for the database: quitting waits for it.
    pub fn saving(&self) -> bool {
        self.writer.as_ref().is_some_and(Writer::pending)
    }

    /// How many saves are under way, kept up to date from the write thread (none when
    /// the runtime writes on its own thread).
    pub fn unfinished_saves(&self) -> std::sync::Arc<std::sync::atomic::AtomicUsize> {
        self.writer
            .as_ref()
            .map(Writer::unfinished)
            .unwrap_or_default()
    }

    /// Messages from background jobs that have finished.
    pub fn finished(&mut self, settings: &Settings) -> Vec<Msg> {
        let mut done = match &mut self.writer {
            Some(writer) => writer.finished(),
            None => Vec::new(),
        };
        if let Some(alerts) = &mut self.alerts {
            done.extend(alerts.finished());
        }
        if let Some(damage) = self.page_check.as_mut().and_then(PageCheck::finished) {
            if let Some(writer) = &mut self.writer {
                writer.refuse(damage.clone());
            }
            done.push(Msg::Damaged(damage));
        }
        if self.pace.rested() {
            self.start_indexing(settings);
        }
        let Some(rx) = &self.indexing else {
            return done;
        };
        match rx.try_recv() {
            Ok(msg) => {
                self.indexing = None;
                let read = self.reading.take();
                if matches!(msg, Msg::DirectoryIndexed(Ok(_))) {
                    self.shown = read;
                }
                self.pace.reading_ended(std::mem::take(&mut self.reindex));
                done.push(msg);
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.indexing = None;
                self.reading = None;
                self.pace.reading_ended(std::mem::take(&mut self.reindex));
                done.push(Msg::DirectoryIndexed(Err(
                    "the indexing thread stopped".into()
                )));
            }
        }
        done
    }

    /// Waits (at most `limit`) for the background indexing and any pending save to
    /// finish; for tests and benchmarks that drive the runtime without the terminal loop.
    pub fn wait_for_index(&mut self, app: &mut App, limit: std::time::Duration) -> bool {
        self.settle(app, limit)
    }

    /// Waits (at most `limit`) until no background job or save is under way, feeding
    /// what finishes to `update`. Whether everything finished.
    pub fn settle(&mut self, app: &mut App, limit: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while self.busy() && start.elapsed() < limit {
            for msg in self.finished(&app.settings.clone()) {
                self.dispatch(app, msg);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        !self.busy()
    }

    /// Feeds a message to `update` and performs what it asks, until nothing is left.
    /// Returns whether the screen needs a redraw and whether to ring the bell.
    pub fn dispatch(&mut self, app: &mut App, msg: Msg) -> (bool, bool) {
        let mut queue = std::collections::VecDeque::from([msg]);
        let mut redraw = false;
        let mut bell = false;
        while let Some(msg) = queue.pop_front() {
            let outcome = crate::app::update(app, msg, self.now());
            redraw |= outcome.redraw;
            for effect in outcome.effects {
                if effect == Effect::Bell {
                    bell = true;
                    continue;
                }
                if let Some(reply) = self.perform(effect, &app.settings) {
                    queue.push_back(reply);
                }
            }
        }
        (redraw, bell)
    }
}

impl Runtime {
    /// Writes a file out privately and hands it to the system's opener; the file stays
    /// (the viewer may still be reading it) until the interface ends.
    fn open_file(&mut self, id: i64) -> Result<String, String> {
        let file = crate::opener::open_attachment(&self.store, id).map_err(|e| e.to_string())?;
        let name = file
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.opened.push(file);
        Ok(name)
    }
}

/// The files' effects: listing and attaching (the store's), saving a copy and completing a
/// typed path (the file system's). Opening is the runtime's own (it keeps the file written
/// out until the interface ends): `None` here.
fn files_effect(store: &mut Store, effect: FilesEffect, now: i64) -> Option<FilesMsg> {
    let text = |e: crate::store::StoreError| e.to_string();
    Some(match effect {
        FilesEffect::Load(owner) => FilesMsg::Loaded(owner, store.attachments(owner).map_err(text)),
        FilesEffect::Attach { to, path } => FilesMsg::Attached(
            store
                .attach_file(to, &crate::paths::expand(&path), now)
                .map_err(text),
        ),
        FilesEffect::Open(_) => return None,
        FilesEffect::Save { id, path } => FilesMsg::Saved(save_file(store, id, &path)),
        FilesEffect::Complete(typed) => FilesMsg::Completed {
            completion: crate::paths::complete(&typed),
            typed,
        },
    })
}

/// A copy of a file where the user typed: a folder (or a path ending in `/`) takes the
/// file's own name; an existing file is never replaced.
fn save_file(store: &Store, id: i64, typed: &str) -> Result<String, String> {
    let mut path = crate::paths::expand(typed);
    if typed.ends_with('/') || path.is_dir() {
        let file = store.attachment(id).map_err(|e| e.to_string())?;
        path = path.join(crate::store::safe_file_name(&file.name));
    }
    crate::opener::save_attachment(store, id, &path, false)
        .map(|()| path.display().to_string())
        .map_err(|e| e.to_string())
}

/// The statements (and past answers) the statements window asked for.
fn statements_effect(
    store: &Store,
    effect: StatementsEffect,
    settings: &Settings,
    now: i64,
) -> StatementsFound {
    let today = settings.zone.date(now);
    let from_statement = |s: crate::store::Statement| Entry {
        kind: crate::store::MemoryKind::Statement,
        id: s.id,
        stale: s.is_stale(today),
        agreed: Some((s.agreed_on.to_string(), s.agreed_by.clone())),
        review: s.review_on.map(|d| d.to_string()),
        title: s.topic,
        text: s.body,
    };
    let (query, result) = match effect {
        StatementsEffect::ByTopic(topic) => {
            let found = store.statements(Some(&topic), statements::SHOWN);
            (
                topic,
                found.map(|list| list.into_iter().map(from_statement).collect()),
            )
        }
        StatementsEffect::Suggest(words) if crate::memory::fts_query(&words).is_none() => {
            // No words yet: every statement, fresh ones first.
            let found = store.statements(None, statements::SHOWN).map(|list| {
                let mut entries: Vec<Entry> = list.into_iter().map(from_statement).collect();
                entries.sort_by_key(|e| e.stale);
                entries
            });
            (words, found)
        }
        StatementsEffect::Suggest(words) => {
            let found = store
                .answer_suggestions(&words, &today.to_string(), statements::SHOWN)
                .map(|list| {
                    list.into_iter()
                        .map(|s| Entry {
                            kind: s.kind,
                            id: s.id,
                            title: s.title,
                            text: s.text,
                            stale: s.stale,
                            agreed: None,
                            review: None,
                        })
                        .collect()
                });
            (words, found)
        }
    };
    StatementsFound {
        query,
        result: result.map_err(|e| e.to_string()),
    }
}

fn load_queue(store: &Store) -> crate::store::Result<Vec<crate::domain::Inquiry>> {
    let mut items = store.open_inquiries()?;
    items.extend(store.recent_finished_inquiries(FINISHED_SHOWN)?);
    Ok(items)
}

/// Carries out an effect on the store (the runtime's reads, and every write, here or on
/// the write thread); `None` for those that are not the store's.
fn store_effect(store: &mut Store, effect: Effect, settings: &Settings, now: i64) -> Option<Msg> {
    let text = |e: crate::store::StoreError| e.to_string();
    Some(match effect {
        Effect::LoadQueue => Msg::QueueLoaded(load_queue(store).map_err(text)),
        Effect::LoadDirectory => Msg::DirectoryLoaded(
            store
                .contact_summaries()
                .and_then(|c| Ok((c, store.outlets()?)))
                .map_err(text),
        ),
        Effect::Book(effect) => Msg::Book(perform_book(store, effect, settings, now)),
        Effect::LoadDetail(id) => Msg::DetailLoaded(
            store
                .inquiry(id)
                .and_then(|i| Ok((i, store.history("inquiry", id)?)))
                .map_err(text),
        ),
        Effect::Log(new, topics) => Msg::Logged(
            store
                .commit(|w| {
                    let id = w.log_inquiry(&new, &settings.phones, now)?;
                    w.set_topics(id, &topics, now)?;
                    Ok(id)
                })
                .map_err(text),
        ),
        Effect::AddCoverage(piece) => Msg::CoverageSaved(
            store
                .add_coverage(&piece, &settings.phones, now)
                .map_err(text),
        ),
        Effect::LoadCoverage(id) => {
            Msg::InquiryCoverage(id, store.coverage_of_inquiry(id).map_err(text))
        }
        Effect::LoadTopics => Msg::TopicsLoaded(
            store
                .topics_in_use(TOPICS_OFFERED)
                .map(|used| used.into_iter().map(|(topic, _)| topic).collect())
                .map_err(text),
        ),
        Effect::Change { id, change } => Msg::Changed(
            store
                .change_inquiry(id, &change, &settings.phones, now)
                .map_err(text),
        ),
        Effect::Plan(effect) => Msg::Plan(perform_plan(store, effect, settings, now)),
        Effect::Report(effect) => Msg::Report(perform_report(store, effect, settings, now)),
        Effect::Audit(effect) => Msg::Audit(perform_audit(store, effect)),
        Effect::Memory(MemoryEffect::Search(query)) => {
            let today = settings.zone.date(now).to_string();
            let result = store
                .search_memory(&query, &today, memory_search::SHOWN)
                .map_err(text);
            Msg::Memory(MemoryMsg::Found { query, result })
        }
        Effect::Files(effect) => Msg::Files(files_effect(store, effect, now)?),
        Effect::Statements(effect) => {
            Msg::Statements(statements_effect(store, effect, settings, now))
        }
        Effect::Bell | Effect::Copy(_) | Effect::ReloadConfig => return None,
    })
}

fn perform_book(store: &mut Store, effect: BookEffect, settings: &Settings, now: i64) -> BookMsg {
    let text = |e: crate::store::StoreError| e.to_string();
    let rules = &settings.phones;
    match effect {
        BookEffect::FirstPage(rows) => BookMsg::FirstPage(
            store
                .first_page(&settings.phones, rows)
                .map(|(total, lines)| FirstPage { total, lines })
                .map_err(text),
        ),
        BookEffect::LoadCard(id) => BookMsg::CardLoaded(store.contact_card(id).map_err(text)),
        BookEffect::LoadOutlet(id) => BookMsg::OutletLoaded(store.outlet_card(id).map_err(text)),
        BookEffect::AddEvent(event) => BookMsg::Saved(
            store
                .add_event(&event, now)
                .map(|_| Saved {
                    contact: event.contact_id,
                    what: SavedWhat::Event(event.kind),
                })
                .map_err(text),
        ),
        BookEffect::SaveContact { id, record } => BookMsg::Saved(
            store
                .save_contact(id, &record, rules, now)
                .map(|contact| Saved {
                    contact,
                    what: if id.is_some() {
                        SavedWhat::Edited
                    } else {
                        SavedWhat::Created
                    },
                })
                .map_err(text),
        ),
        BookEffect::SaveOutlet { id, record } => {
            BookMsg::OutletSaved(store.save_outlet(id, &record, rules, now).map_err(text))
        }
        BookEffect::Merge { keep, other } => BookMsg::Saved(
            store
                .merge_contacts(keep, other, rules, now)
                .map(|()| Saved {
                    contact: keep,
                    what: SavedWhat::Merged,
                })
                .map_err(text),
        ),
    }
}

/// Reads what the report pane asks for: the same aggregates `pressdesk report` prints.
pub fn perform_report(
    store: &Store,
    effect: crate::app::report::ReportEffect,
    settings: &Settings,
    now: i64,
) -> crate::app::report::ReportMsg {
    use crate::app::report::{INQUIRIES_SHOWN, ReportEffect, ReportMsg, TOP};
    let text = |e: crate::store::StoreError| e.to_string();
    match effect {
        ReportEffect::Load(period) => ReportMsg::Loaded(
            period,
            store
                .report(&period, settings.zone, now, TOP)
                .map(Box::new)
                .map_err(text),
        ),
        ReportEffect::LoadInquiries(selection) => {
            let found = store.selected_inquiries(&selection, settings.zone, INQUIRIES_SHOWN);
            ReportMsg::Inquiries(selection, found.map_err(text))
        }
    }
}

/// Carries out one of the audit view's effects: reads only.
pub fn perform_audit(
    store: &Store,
    effect: crate::app::audit::AuditEffect,
) -> crate::app::audit::AuditMsg {
    use crate::app::audit::{AuditEffect, AuditMsg};
    let text = |e: crate::store::StoreError| e.to_string();
    match effect {
        AuditEffect::Load(query) => {
            let rows = store.audit_log(&query).map_err(text);
            AuditMsg::Loaded(query, rows)
        }
        AuditEffect::FindCoverage(id) => AuditMsg::Coverage(store.coverage_item(id).map_err(text)),
    }
}

/// Carries out one of the calendar's effects.
pub fn perform_plan(
    store: &mut Store,
    effect: crate::app::calendar::PlanEffect,
    settings: &Settings,
    now: i64,
) -> crate::app::calendar::PlanMsg {
    use crate::app::calendar::{PlanEffect, PlanLoad, PlanMsg};
    let zone = settings.zone;
    let text = |e: crate::store::StoreError| e.to_string();
    match effect {
        PlanEffect::Load(range) => {
            let (first, last) =
                range.unwrap_or_else(|| crate::domain::plan::grid_range(zone.date(now)));
            PlanMsg::Loaded(
                store
                    .plan_between(first, last, zone)
                    .and_then(|items| {
                        Ok(PlanLoad {
                            first,
                            last,
                            items,
                            pending: store.plan_pending()?,
                        })
                    })
                    .map_err(text),
            )
        }
        PlanEffect::Create(new) => PlanMsg::Saved(
            store
                .create_item(&new, now)
                .and_then(|id| store.plan_item(id))
                .map_err(text),
        ),
        PlanEffect::Change { id, change } => {
            PlanMsg::Saved(store.change_item(id, &change, now).map_err(text))
        }
        PlanEffect::CreateRepeating(new, repeat) => PlanMsg::Saved(
            store
                .commit(|w| {
                    let id = w.create_item(&new, now)?;
                    w.set_repeat(id, Some(repeat), zone, now)?;
                    Ok(id)
                })
                .and_then(|id| store.plan_item(id))
                .map_err(text),
        ),
        PlanEffect::SetRepeat { id, repeat } => PlanMsg::Saved(
            store
                .set_repeat(id, repeat, zone, now)
                .and_then(|()| store.plan_item(id))
                .map_err(text),
        ),
        PlanEffect::Occurrence { id, occurrence, to } => PlanMsg::OccurrenceChanged(
            store
                .change_occurrence(id, occurrence, to, zone, now)
                .map(|()| id)
                .map_err(text),
        ),
        PlanEffect::LoadDetail(id) => PlanMsg::DetailLoaded(
            store
                .plan_item(id)
                .and_then(|i| Ok((i, store.history("plan_item", id)?)))
                .map_err(text),
        ),
        PlanEffect::LoadInquiryPosts(id) => {
            PlanMsg::InquiryPosts(id, store.plan_for_inquiry(id).map_err(text))
        }
    }
}
