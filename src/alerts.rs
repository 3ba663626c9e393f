//! Alerts without the app open: find what is owed, claim each alert once in the database
//! (whichever process — `watch`, an interface — notices it first), mark escalations, and
//! run the configured hook with the event as JSON on its standard input.
//!
//! `scan` is quick and touches only the store; `deliver` runs a hook and may take up to
//! its timeout times its attempts, so callers run it off any thread that must stay live.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::Serialize;

use crate::domain::alerts::{AlertKind, EscalationLevel, Owed, owed};
pub use crate::domain::alerts::{Escalation, HooksConfig};
use crate::domain::{Inquiry, Timestamp, Zone};
use crate::store::{AlertOutcome, Store, StoreError};

/// An alert noticed this long after its moment is recorded but nobody is told: a watcher
/// started on an old database should not send a notice for every inquiry ever missed.
pub const STALE_AFTER: i64 = 24 * 3600;

/// Hooks run side by side, at most this many at once: a backlog of alerts (a watcher
/// started after a holiday) must not start hundreds of processes together.
pub const HOOKS_AT_ONCE: usize = 8;

/// What a watcher needs to know: the due-soon window, the escalation levels, the hooks.
#[derive(Debug, Clone)]
pub struct AlertSettings {
    pub due_soon: i64,
    pub levels: Vec<EscalationLevel>,
    pub hooks: HooksConfig,
    pub zone: Zone,
}

/// One event as hooks read it. Field names are stable.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AlertEvent {
    pub event: &'static str,
    pub inquiry: i64,
    pub subject: String,
    pub who_asked: Option<String>,
    pub outlet: Option<String>,
    /// The deadline the event is about (the expert's, for the expert's events), RFC 3339.
    pub due_at: String,
    pub assignee: Option<String>,
    pub expert: Option<String>,
    /// 0 before the deadline.
    pub minutes_overdue: i64,
    /// The escalation level (1 for the first) and the team member told; escalations only.
    pub escalation_level: Option<u32>,
    pub escalated_to: Option<String>,
}

impl AlertEvent {
    pub fn new(inquiry: &Inquiry, owed: &Owed, settings: &AlertSettings, now: Timestamp) -> Self {
        let clean = |t: &str| crate::text::clean(t);
        let escalation = (owed.kind == AlertKind::Escalated)
            .then(|| settings.levels.get(owed.level as usize - 1))
            .flatten();
        AlertEvent {
            event: owed.kind.code(),
            inquiry: inquiry.id,
            subject: clean(inquiry.headline()).chars().take(200).collect(),
            who_asked: inquiry.contact_name.as_deref().map(clean),
            outlet: inquiry.outlet_name.as_deref().map(clean),
            due_at: settings.zone.rfc3339(owed.due_at),
            assignee: inquiry.assignee.as_deref().map(clean),
            expert: inquiry.expert_name.as_deref().map(clean),
            minutes_overdue: (now - owed.due_at).max(0) / 60,
            escalation_level: escalation.map(|_| owed.level),
            escalated_to: escalation.map(|l| clean(&l.to)),
        }
    }

    /// The same as `PRESSDESK_*` variables, for a one-line command.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            ("PRESSDESK_EVENT", self.event.to_string()),
            ("PRESSDESK_INQUIRY", self.inquiry.to_string()),
            ("PRESSDESK_SUBJECT", self.subject.clone()),
            ("PRESSDESK_WHO", text(&self.who_asked)),
            ("PRESSDESK_OUTLET", text(&self.outlet)),
            ("PRESSDESK_DUE", self.due_at.clone()),
            ("PRESSDESK_ASSIGNEE", text(&self.assignee)),
            ("PRESSDESK_EXPERT", text(&self.expert)),
            (
                "PRESSDESK_MINUTES_OVERDUE",
                self.minutes_overdue.to_string(),
            ),
            ("PRESSDESK_ESCALATED_TO", text(&self.escalated_to)),
        ]
    }
}

/// An alert this process claimed and must deliver.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub inquiry_id: i64,
    pub owed: Owed,
    pub event: AlertEvent,
    pub command: String,
}

/// Claims every alert owed at `now` that no process has claimed yet. Escalations are
/// marked on the inquiry in the same transaction as their claim. Returns the ones with a
/// hook to run; the rest are recorded as needing none (or as noticed too late).
pub fn scan(
    store: &mut Store,
    settings: &AlertSettings,
    now: Timestamp,
) -> Result<Vec<Claimed>, StoreError> {
    let candidates = store.alert_candidates(now.saturating_add(settings.due_soon))?;
    let mut claimed = Vec::new();
    for inquiry in candidates {
        for owed in owed(&inquiry, now, settings.due_soon, &settings.levels) {
            if store.alert_claimed(inquiry.id, &owed)? {
                continue;
            }
            let command = settings.hooks.command(owed.kind);
            let outcome = match command {
                _ if now - owed.since > STALE_AFTER => AlertOutcome::Stale,
                None => AlertOutcome::NoHook,
                Some(_) => AlertOutcome::Pending,
            };
            if !store.claim_alert(&inquiry, &owed, &settings.levels, outcome, now)? {
                continue;
            }
            if let (AlertOutcome::Pending, Some(command)) = (outcome, command) {
                claimed.push(Claimed {
                    inquiry_id: inquiry.id,
                    event: AlertEvent::new(&inquiry, &owed, settings, now),
                    owed,
                    command: command.to_string(),
                });
            }
        }
    }
    Ok(claimed)
}

/// One look: claims what is owed at `now`, runs the hooks side by side (one thread each),
/// waits for them and records how each ended. `watch --once` is this; the interface can
/// run it on a thread of its own, with its own `Store` on the same file, so a hanging hook
/// never touches its drawing. Failures are returned, for the caller to show or log.
pub fn check_once(
    store: &mut Store,
    settings: &AlertSettings,
    now: Timestamp,
    keep_stderr: bool,
) -> Result<Vec<(Claimed, Delivery)>, StoreError> {
    let claimed = scan(store, settings, now)?;
    let mut done = Vec::new();
    for batch in claimed.chunks(HOOKS_AT_ONCE) {
        let handles: Vec<_> = batch
            .iter()
            .cloned()
            .map(|c| {
                let hooks = settings.hooks.clone();
                std::thread::spawn(move || {
                    let delivery = deliver(&c, &hooks, keep_stderr);
                    (c, delivery)
                })
            })
            .collect();
        for handle in handles {
            // A delivery thread only runs a process; if it panicked, the alert stays pending.
            if let Ok((claimed, delivery)) = handle.join() {
                store.finish_alert(
                    claimed.inquiry_id,
                    &claimed.owed,
                    delivery.outcome(),
                    delivery.attempts,
                    delivery.error.as_deref(),
                    now,
                )?;
                done.push((claimed, delivery));
            }
        }
    }
    Ok(done)
}

/// How running a hook ended, after its retries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub attempts: u32,
    /// The last failure, if the hook never succeeded.
    pub error: Option<String>,
}

impl Delivery {
    pub fn outcome(&self) -> AlertOutcome {
        if self.error.is_none() {
            AlertOutcome::Delivered
        } else {
            AlertOutcome::Failed
        }
    }
}

/// Runs the hook for one claimed alert, trying again after a failure or a timeout up to
/// the configured number of times, with a short pause between tries. Blocks for at most
/// (retries + 1) × (timeout + pause): run it on a thread of its own.
pub fn deliver(claimed: &Claimed, hooks: &HooksConfig, keep_stderr: bool) -> Delivery {
    let timeout = Duration::from_secs(hooks.timeout_secs);
    let mut error = None;
    let tries = hooks.retries + 1;
    for attempt in 1..=tries {
        match run_hook(&claimed.command, &claimed.event, timeout, keep_stderr) {
            Ok(()) => {
                return Delivery {
                    attempts: attempt,
                    error: None,
                };
            }
            Err(e) => error = Some(e),
        }
        if attempt < tries {
            std::thread::sleep(Duration::from_millis(500 * u64::from(attempt)));
        }
    }
    Delivery {
        attempts: tries,
        error,
    }
}

/// Runs `command` through `sh -c`, the event as JSON on stdin and in `PRESSDESK_*`
/// variables. A hook still running after `timeout` is stopped with its children.
fn run_hook(
    command: &str,
    event: &AlertEvent,
    timeout: Duration,
    keep_stderr: bool,
) -> Result<(), String> {
    use wait_timeout::ChildExt as _;
    let json = serde_json::to_vec(event).map_err(|e| e.to_string())?;
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(command)
        .envs(event.env())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(if keep_stderr {
            Stdio::inherit()
        } else {
            Stdio::null()
        });
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        // Its own process group, so a timeout stops whatever the shell started too.
        cmd.process_group(0);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| crate::tr!("alerts-hook-not-started", reason = e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A hook that does not read its input is fine; the event is small.
        let _ = stdin.write_all(&json);
    }
    match child.wait_timeout(timeout) {
        Ok(Some(status)) if status.success() => Ok(()),
        Ok(Some(status)) => Err(crate::tr!(
            "alerts-hook-failed",
            status = status.to_string()
        )),
        Ok(None) => {
            stop_group(&mut child);
            Err(crate::tr!(
                "alerts-hook-timed-out",
                secs = timeout.as_secs()
            ))
        }
        Err(e) => {
            stop_group(&mut child);
            Err(e.to_string())
        }
    }
}

fn stop_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        // The group's id is the child's pid (process_group(0) above).
        if let Ok(pid) = i32::try_from(child.id()) {
            // SAFETY: kill(2) with a negative pid signals that process group only.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed(command: &str) -> Claimed {
        let inquiry = crate::fixtures::inquiry(4, -600, crate::domain::Status::New);
        let owed = Owed {
            kind: AlertKind::Overdue,
            level: 0,
            due_at: inquiry.due_at,
            since: inquiry.due_at,
        };
        let settings = AlertSettings {
            due_soon: 3600,
            levels: Vec::new(),
            hooks: HooksConfig::default(),
            zone: Zone::fixed_hours(3),
        };
        Claimed {
            inquiry_id: inquiry.id,
            event: AlertEvent::new(&inquiry, &owed, &settings, crate::fixtures::NOW),
            owed,
            command: command.into(),
        }
    }

    #[test]
    fn the_hook_reads_the_event_as_json_and_in_variables() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("event");
        let vars = dir.path().join("vars");
        let command = format!(
            "cat > '{}'; echo \"$PRESSDESK_EVENT $PRESSDESK_INQUIRY $PRESSDESK_MINUTES_OVERDUE\" > '{}'",
            out.display(),
            vars.display()
        );
        let delivery = deliver(&claimed(&command), &HooksConfig::default(), false);
        assert_eq!(
            delivery,
            Delivery {
                attempts: 1,
                error: None
            }
        );
        let text = std::fs::read_to_string(&out).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["event"], "overdue");
        assert_eq!(value["inquiry"], 4);
        assert_eq!(value["minutes_overdue"], 10);
        assert_eq!(value["who_asked"], "Кузнецова Мария Игоревна");
        assert_eq!(value["due_at"], "2026-11-24T21:30:00+03:00");
        assert_eq!(std::fs::read_to_string(&vars).unwrap(), "overdue 4 10\n");
    }

    #[test]
    fn a_failing_hook_is_retried_a_bounded_number_of_times() {
        let dir = tempfile::tempdir().unwrap();
        let count = dir.path().join("count");
        let command = format!("echo x >> '{}'; exit 3", count.display());
        let hooks = HooksConfig {
            retries: 1,
            ..HooksConfig::default()
        };
        let delivery = deliver(&claimed(&command), &hooks, false);
        assert_eq!(delivery.attempts, 2);
        assert_eq!(delivery.outcome(), AlertOutcome::Failed);
        assert_eq!(std::fs::read_to_string(&count).unwrap().lines().count(), 2);
    }

    #[test]
    fn a_hanging_hook_is_stopped_with_what_it_started() {
        let dir = tempfile::tempdir().unwrap();
        let late = dir.path().join("late");
        // The shell starts a child that would write after the timeout; both are stopped.
        let command = format!("(sleep 3; touch '{}') & wait", late.display());
        let hooks = HooksConfig {
            timeout_secs: 1,
            retries: 0,
            ..HooksConfig::default()
        };
        let delivery = deliver(&claimed(&command), &hooks, false);
        assert_eq!(delivery.attempts, 1);
        let error = delivery.error.unwrap();
        assert!(error.contains('1'), "{error}");
        std::thread::sleep(Duration::from_millis(2500));
        assert!(!late.exists(), "the hook's child outlived the timeout");
    }

    /// What the interface will do: the look runs on its own thread with its own
    /// connection; while a hook hangs, the database stays free for the person at the desk.
    #[test]
    fn a_hanging_hook_holds_neither_the_caller_nor_the_database() {
        use crate::store::{NewInquiry, OutletRef, Who};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        let mut desk = Store::open(&path, "elena").unwrap();
        let phones = crate::fixtures::settings().phones;
        let mut new = NewInquiry {
            received_at: crate::fixtures::NOW - 7200,
            channel: crate::domain::Channel::Phone,
            who: Who::Unknown,
            outlet: OutletRef::None,
            subject: String::new(),
            question: "Авария".into(),
            requested_deadline: None,
            due_at: crate::fixtures::NOW - 600,
            priority: crate::domain::Priority::Urgent,
            assignee: None,
        };
        desk.log_inquiry(&new, &phones, crate::fixtures::NOW)
            .unwrap();
        let settings = AlertSettings {
            due_soon: 3600,
            levels: Vec::new(),
            hooks: HooksConfig {
                on_overdue: Some("sleep 30".into()),
                timeout_secs: 4,
                retries: 0,
                ..HooksConfig::default()
            },
            zone: Zone::fixed_hours(3),
        };
        let look = {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path, "watch").unwrap();
                check_once(&mut store, &settings, crate::fixtures::NOW, false).unwrap()
            })
        };
        // Wait until the alert is claimed (the hook is then running), then write.
        while desk.alerts_of(1).unwrap().is_empty() {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!look.is_finished());
        new.question = "Ещё вопрос".into();
        assert_eq!(
            desk.log_inquiry(&new, &phones, crate::fixtures::NOW)
                .unwrap(),
            2
        );
        let done = look.join().unwrap();
        assert_eq!(done.len(), 1);
        assert_eq!(done[0].1.outcome(), AlertOutcome::Failed);
        assert_eq!(desk.alerts_of(1).unwrap()[0].outcome, "failed");
    }
}
