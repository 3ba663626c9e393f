//! Carries out the effects `update` asks for against the store, and turns each result
//! into the message that goes back to `update`. The terminal loop and the tests share it.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::app::contacts::{BookEffect, BookMsg, FirstPage, Saved, SavedWhat};
use crate::app::memory_search::{self, MemoryEffect, MemoryMsg};
use crate::app::{App, Effect, FINISHED_SHOWN, Msg, Settings};
use crate::clock::Clock;
use crate::search::{Directory, OutletIndex};
use crate::store::Store;

pub struct Runtime {
    pub store: Store,
    pub clock: Clock,
    data_version: i64,
    /// The directory being read and indexed on another thread, and whether another
    /// reload was asked for meanwhile.
    indexing: Option<Receiver<Msg>>,
    reindex: bool,
    /// The config as given on the command line (else the environment's or the
    /// platform's), read again on Ctrl-R.
    config_path: Option<std::path::PathBuf>,
    /// Text to put on the clipboard, for the terminal to send.
    clipboard: Vec<String>,
}

impl Runtime {
    pub fn new(store: Store, clock: Clock) -> Runtime {
        let data_version = store.data_version().unwrap_or(0);
        Runtime {
            store,
            clock,
            data_version,
            indexing: None,
            reindex: false,
            config_path: None,
            clipboard: Vec::new(),
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

    /// Whether another process has committed since the last look. (Commits on our own
    /// connection do not change `data_version`, so our writes never trigger a reload.)
    pub fn changed_elsewhere(&mut self) -> bool {
        match self.store.data_version() {
            Ok(v) if v != self.data_version => {
                self.data_version = v;
                true
            }
            _ => false,
        }
    }

    /// Performs one data effect; `Bell` is the terminal's and returns nothing here.
    pub fn perform(&mut self, effect: Effect, settings: &Settings) -> Option<Msg> {
        let now = self.now();
        let text = |e: crate::store::StoreError| e.to_string();
        Some(match effect {
            Effect::LoadQueue => Msg::QueueLoaded(self.load_queue().map_err(text)),
            Effect::LoadDirectory => match self.store.path() {
                // A database file is read and indexed on another thread, so the interface
                // stays live however large the book is.
                Some(_) => {
                    self.start_indexing(settings);
                    return None;
                }
                None => Msg::DirectoryLoaded(
                    self.store
                        .contact_summaries()
                        .and_then(|c| Ok((c, self.store.outlets()?)))
                        .map_err(text),
                ),
            },
            Effect::Book(effect) => Msg::Book(self.perform_book(effect, settings, now)),
            Effect::LoadDetail(id) => Msg::DetailLoaded(
                self.store
                    .inquiry(id)
                    .and_then(|i| Ok((i, self.store.history("inquiry", id)?)))
                    .map_err(text),
            ),
            Effect::Log(new) => Msg::Logged(
                self.store
                    .log_inquiry(&new, &settings.phones, now)
                    .map_err(text),
            ),
            Effect::Change { id, change } => Msg::Changed(
                self.store
                    .change_inquiry(id, &change, &settings.phones, now)
                    .map_err(text),
            ),
            Effect::Bell => return None,
            Effect::Copy(text) => {
                self.clipboard.push(text);
                return None;
            }
            Effect::ReloadConfig => Msg::ConfigLoaded(
                crate::config::Config::load(self.config_path.as_deref())
                    .map(Box::new)
                    .map_err(|e| e.to_string()),
            ),
            Effect::Plan(effect) => Msg::Plan(perform_plan(&mut self.store, effect, settings, now)),
            Effect::Memory(MemoryEffect::Search(query)) => {
                let today = settings.zone.date(now).to_string();
                let result = self
                    .store
                    .search_memory(&query, &today, memory_search::SHOWN)
                    .map_err(text);
                Msg::Memory(MemoryMsg::Found { query, result })
            }
        })
    }

    fn perform_book(&mut self, effect: BookEffect, settings: &Settings, now: i64) -> BookMsg {
        let text = |e: crate::store::StoreError| e.to_string();
        let rules = &settings.phones;
        match effect {
            BookEffect::FirstPage(rows) => BookMsg::FirstPage(
                self.store
                    .first_page(rules, rows)
                    .map(|(total, lines)| FirstPage { total, lines })
                    .map_err(text),
            ),
            BookEffect::LoadCard(id) => {
                BookMsg::CardLoaded(self.store.contact_card(id).map_err(text))
            }
            BookEffect::LoadOutlet(id) => {
                BookMsg::OutletLoaded(self.store.outlet_card(id).map_err(text))
            }
            BookEffect::AddEvent(event) => BookMsg::Saved(
                self.store
                    .add_event(&event, now)
                    .map(|_| Saved {
                        contact: event.contact_id,
                        what: SavedWhat::Event(event.kind),
                    })
                    .map_err(text),
            ),
            BookEffect::SaveContact { id, record } => BookMsg::Saved(
                self.store
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
            BookEffect::SaveOutlet { id, record } => BookMsg::OutletSaved(
                self.store
                    .save_outlet(id, &record, rules, now)
                    .map_err(text),
            ),
            BookEffect::Merge { keep, other } => BookMsg::Saved(
                self.store
                    .merge_contacts(keep, other, rules, now)
                    .map(|()| Saved {
                        contact: keep,
                        what: SavedWhat::Merged,
                    })
                    .map_err(text),
            ),
        }
    }

    fn start_indexing(&mut self, settings: &Settings) {
        if self.indexing.is_some() {
            self.reindex = true;
            return;
        }
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            return;
        };
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
        self.indexing.is_some()
    }

    /// Messages from background jobs that have finished.
    pub fn finished(&mut self, settings: &Settings) -> Vec<Msg> {
        let Some(rx) = &self.indexing else {
            return Vec::new();
        };
        match rx.try_recv() {
            Ok(msg) => {
                self.indexing = None;
                if std::mem::take(&mut self.reindex) {
                    self.start_indexing(settings);
                }
                vec![msg]
            }
            Err(TryRecvError::Empty) => Vec::new(),
            Err(TryRecvError::Disconnected) => {
                self.indexing = None;
                vec![Msg::DirectoryIndexed(Err(
                    "the indexing thread stopped".into()
                ))]
            }
        }
    }

    /// Waits (at most `limit`) for the background indexing to finish; for tests and
    /// benchmarks that drive the runtime without the terminal loop.
    pub fn wait_for_index(&mut self, app: &mut App, limit: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while self.busy() && start.elapsed() < limit {
            for msg in self.finished(&app.settings.clone()) {
                self.dispatch(app, msg);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        !self.busy()
    }

    fn load_queue(&self) -> crate::store::Result<Vec<crate::domain::Inquiry>> {
        let mut items = self.store.open_inquiries()?;
        items.extend(self.store.recent_finished_inquiries(FINISHED_SHOWN)?);
        Ok(items)
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
