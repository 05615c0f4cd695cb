//! What every node does apart from requests: each half second it takes
//! the timers now due (`timers.rs`) and does what each names. Each entry
//! reaches one node, whichever came first.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use super::timers::{self, Sweeper};
use super::{millis, now_ms, oidc, sessions, ApiError, Core};

const TICK: Duration = Duration::from_millis(500);
const RETRY_AFTER_UNAVAILABLE: Duration = Duration::from_secs(5);
const ACTING: usize = 256;

/// Runs until the task is dropped.
pub async fn run(core: Core) {
    // Entries acted on at once: a node catching up after an outage must
    // not take every entry of an hour at once.
    let acting = Arc::new(Semaphore::new(ACTING));
    let mut sweeper = Sweeper::start(&core).await;
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        loop {
            match sweeper.next_due(&core).await {
                Ok(Some(entries)) => {
                    for entry in entries {
                        let Ok(turn) = acting.clone().acquire_owned().await else {
                            return;
                        };
                        let core = core.clone();
                        tokio::spawn(async move {
                            act(&core, entry).await;
                            drop(turn);
                        });
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    tracing::warn!(%error, "the timers could not be read: again at the next tick");
                    break;
                }
            }
        }
        if let Err(error) = sweeper.note_progress(&core).await {
            tracing::warn!(%error, "the timers' progress was not noted");
        }
    }
}

async fn act(core: &Core, entry: String) {
    let done = if let Some(id) = entry.strip_prefix(oidc::backchannel::TIMER) {
        oidc::backchannel::due(core, id).await
    } else if let Some(id) = entry.strip_prefix(sessions::IDLE_TIMER) {
        sessions::idle_check(core, id).await
    } else {
        tracing::warn!(%entry, "a timer of no known kind is dropped");
        Ok(())
    };
    match done {
        Ok(()) => {}
        // The store failed: the work is due again a little later.
        Err(ApiError::Unavailable) => {
            let later = now_ms() + millis(RETRY_AFTER_UNAVAILABLE);
            if let Err(error) = timers::schedule(core, later, &entry).await {
                tracing::error!(%entry, %error, "a timer's work is lost: the store is unavailable");
            }
        }
        Err(error) => tracing::warn!(%entry, %error, "a timer's work failed"),
    }
}
