//! Carries out the effects `update` asks for against the store, and turns each result
//! into the message that goes back to `update`. The terminal loop and the tests share it.

use crate::app::{App, Effect, FINISHED_SHOWN, Msg, Settings};
use crate::clock::Clock;
use crate::store::Store;

pub struct Runtime {
    pub store: Store,
    pub clock: Clock,
    data_version: i64,
}

impl Runtime {
    pub fn new(store: Store, clock: Clock) -> Runtime {
        let data_version = store.data_version().unwrap_or(0);
        Runtime {
            store,
            clock,
            data_version,
        }
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
            Effect::LoadDirectory => Msg::DirectoryLoaded(
                self.store
                    .contact_summaries()
                    .and_then(|c| Ok((c, self.store.outlets()?)))
                    .map_err(text),
            ),
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
            Effect::Plan(effect) => Msg::Plan(perform_plan(&mut self.store, effect, settings, now)),
        })
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
