//! `pressdesk watch`: tells people about deadlines while nobody has the app open. It sleeps
//! until the next moment an alert can become owed, wakes early when another process writes
//! to the database, and runs each hook on a thread of its own so a slow one holds nothing up.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use clap::Args;

use crate::alerts::{
    AlertSettings, Claimed, Delivery, HOOKS_AT_ONCE, HooksConfig, check_once, deliver, scan,
};
use crate::clock::Clock;
use crate::config::Config;
use crate::settings::Settings;
use crate::store::Store;
use crate::tr;

/// The longest sleep between looks at the database for another process's writes.
const LOOK_EVERY: Duration = Duration::from_secs(2);
/// The longest sleep between scans when nothing is due (a suspended machine wakes on time).
const SCAN_AT_LEAST_EVERY: i64 = 300;

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Look once, run the hooks for what is owed, wait for them, and exit (for cron).
    #[arg(long)]
    pub once: bool,
}

pub fn settings(config: &Config, settings: &Settings) -> AlertSettings {
    AlertSettings {
        due_soon: settings.due_soon(),
        levels: config.escalation.0.clone(),
        hooks: config.hooks.clone(),
        zone: settings.zone,
    }
}

struct Deliveries {
    sender: Sender<(Claimed, Delivery)>,
    receiver: Receiver<(Claimed, Delivery)>,
    hooks: HooksConfig,
    running: usize,
    waiting: VecDeque<Claimed>,
}

impl Deliveries {
    fn start(&mut self, claimed: Claimed) {
        self.waiting.push_back(claimed);
        self.pump();
    }

    /// Starts waiting hooks while fewer than `HOOKS_AT_ONCE` run.
    fn pump(&mut self) {
        while self.running < HOOKS_AT_ONCE {
            let Some(claimed) = self.waiting.pop_front() else {
                return;
            };
            let sender = self.sender.clone();
            let hooks = self.hooks.clone();
            self.running += 1;
            std::thread::spawn(move || {
                let delivery = deliver(&claimed, &hooks, true);
                let _ = sender.send((claimed, delivery));
            });
        }
    }

    fn finish(&mut self, store: &mut Store, clock: &Clock, done: (Claimed, Delivery)) {
        self.running = self.running.saturating_sub(1);
        self.pump();
        let (claimed, delivery) = done;
        report_failure(&claimed, &delivery);
        let recorded = store.finish_alert(
            claimed.inquiry_id,
            &claimed.owed,
            delivery.outcome(),
            delivery.attempts,
            delivery.error.as_deref(),
            clock.now().timestamp(),
        );
        if let Err(e) = recorded {
            eprintln!("pressdesk watch: {e}");
        }
    }
}

/// A hook that gave up is said on stderr (the journal, under systemd).
fn report_failure(claimed: &Claimed, delivery: &Delivery) {
    if let Some(error) = &delivery.error {
        eprintln!(
            "pressdesk watch: {}",
            tr!(
                "alerts-watch-hook-gave-up",
                event = claimed.event.event,
                id = claimed.inquiry_id,
                attempts = delivery.attempts,
                reason = crate::text::clean(error)
            )
        );
    }
}

pub fn run(
    args: &WatchArgs,
    store: &mut Store,
    alerts: &AlertSettings,
    clock: &Clock,
) -> anyhow::Result<i32> {
    let (sender, receiver) = channel();
    let mut deliveries = Deliveries {
        sender,
        receiver,
        hooks: alerts.hooks.clone(),
        running: 0,
        waiting: VecDeque::new(),
    };
    if args.once {
        let done = check_once(store, alerts, clock.now().timestamp(), true)?;
        for (claimed, delivery) in &done {
            report_failure(claimed, delivery);
        }
        return Ok(0);
    }
    let mut seen_version = store.data_version()?;
    loop {
        let now = clock.now().timestamp();
        for claimed in scan(store, alerts, now)? {
            deliveries.start(claimed);
        }
        let next = store.next_alert_moment(now, alerts.due_soon, &alerts.levels)?;
        let wake = next
            .unwrap_or(i64::MAX)
            .min(now.saturating_add(SCAN_AT_LEAST_EVERY));
        // Sleep in short steps: a finished hook is recorded at once, and a colleague's new
        // inquiry (the database's data_version moves) brings the next scan forward.
        loop {
            let now = clock.now().timestamp();
            if now >= wake {
                break;
            }
            let step = Duration::from_secs((wake - now) as u64).min(LOOK_EVERY);
            match deliveries.receiver.recv_timeout(step) {
                Ok(done) => deliveries.finish(store, clock, done),
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {}
            }
            let version = store.data_version()?;
            if version != seen_version {
                seen_version = version;
                break;
            }
        }
    }
}
