//! Waiting for another connection's write lock. SQLite's own wait backs off to 100 ms
//! between looks, and a writer that commits and begins again within microseconds (an
//! import in batches) then never lets a waiter in: a `log` gave up after 5 s while an
//! import ran. Looking every 2 ms, with the import pausing between its batches for a
//! tenth of the time the batch held the lock, lets a waiting writer in after the batch
//! under way, even on a machine so loaded that a waiting process is slow to wake.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// The longest any pressdesk waits for another's lock before giving up (`store-busy`).
pub const LOCK_WAIT: Duration = Duration::from_secs(5);
/// The pause between two looks at a held lock.
pub const LOOK_EVERY: Duration = Duration::from_millis(2);

/// The pause an import leaves after a batch that held the lock for `held`, so that a
/// writer waiting meanwhile takes the lock first: a tenth of it (the import is at most
/// a tenth slower), at least a few looks, at most 50 ms.
pub fn pause_after(held: Duration) -> Duration {
    (held / 10).clamp(LOOK_EVERY * 3, Duration::from_millis(50))
}

thread_local! {
    /// When the wait under way on this thread began (SQLite calls the handler on the
    /// thread that waits, one wait at a time).
    static SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// SQLite's busy handler for every connection the store opens: `true` to look again.
pub fn on_busy(count: i32) -> bool {
    let now = Instant::now();
    let since = match SINCE.get() {
        Some(since) if count > 0 => since,
        _ => {
            SINCE.set(Some(now));
            now
        }
    };
    if now.duration_since(since) >= LOCK_WAIT {
        return false;
    }
    std::thread::sleep(LOOK_EVERY);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_pauses_a_tenth_of_its_batch_within_bounds() {
        let ms = Duration::from_millis;
        assert_eq!(pause_after(ms(300)), ms(30));
        // Long enough for a waiter's next look, short enough not to slow an import much.
        assert_eq!(pause_after(ms(1)), LOOK_EVERY * 3);
        assert_eq!(pause_after(Duration::from_secs(3)), ms(50));
    }

    #[test]
    fn a_wait_gives_up_after_the_limit_and_a_new_one_starts_afresh() {
        SINCE.set(Some(Instant::now() - LOCK_WAIT));
        assert!(!on_busy(7), "waited the limit already");
        assert!(on_busy(0), "a new wait");
        assert!(on_busy(1));
    }
}
