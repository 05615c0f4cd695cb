//! Work due at a time, kept in the store so that it outlives the node that
//! scheduled it and is done by whichever node comes first. Each second has
//! a few lists of entries (`timers:{site}:{second}:{shard}`: many entries
//! in one second spread over them, and each stays short), which every
//! node's sweeper takes whole once that second is past: `take` has one
//! winner, so each entry reaches one node, which does what it names
//! (`upkeep.rs`). Nodes' clocks may differ a little: an entry is never due
//! before the next second of its writer's clock, and a second is swept
//! only [`SKEW`] after its end.
//!
//! A node that dies between taking a second's list and acting on it loses
//! that list (milliseconds): work that must not be lost keeps a record of
//! its own and schedules itself again before acting (`oidc::backchannel`).
//!
//! `{site}` (a digest of `PUBLIC_URL`) keeps sites that share a store
//! apart: each sweeps only its own.

use std::time::Duration;

use sha2::{Digest, Sha256};

use super::records::decode;
use super::store::ListChange;
use super::{millis, now_ms, ApiError, Core};

/// How long a second's list waits for a sweeper past its second, and so
/// how far back a node that starts after all were down looks.
pub const HORIZON: Duration = Duration::from_secs(3600);

fn site(core: &Core) -> String {
    let digest = Sha256::digest(core.settings.public_url.as_bytes());
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// How far behind another node's clock this node's may be and still have
/// its entries swept by that node.
pub const SKEW: Duration = Duration::from_secs(1);

/// Lists per second.
const SHARDS: u8 = 8;

fn key(site: &str, second: u64, shard: u8) -> String {
    format!("timers:{site}:{second}:{shard}")
}

/// The list of a second that holds `entry` (any spread will do).
fn shard(entry: &str) -> u8 {
    let sum = entry
        .bytes()
        .fold(0u32, |sum, b| sum.wrapping_mul(31).wrapping_add(b.into()));
    u8::try_from(sum % u32::from(SHARDS)).unwrap_or(0)
}

/// Where the sweepers of a site have got to: a node that starts goes on
/// from there (no further back than [`HORIZON`]).
fn cursor_key(site: &str) -> String {
    format!("timers:{site}:swept")
}

/// The second whose list holds an entry due at `at_ms`, as scheduled at
/// `now_ms`: never one that has begun.
fn second_for(at_ms: u64, now_ms: u64) -> u64 {
    at_ms.max(now_ms + 1000) / 1000
}

/// Schedules `entry` for `at_ms` (or the next second, if that is sooner).
pub async fn schedule(core: &Core, at_ms: u64, entry: &str) -> Result<(), ApiError> {
    let now = now_ms();
    let second = second_for(at_ms, now);
    let lifetime = Duration::from_millis(second * 1000 - now) + HORIZON;
    let change = ListChange {
        add: Some(entry),
        ttl: Some(lifetime),
        ..ListChange::remove(&[])
    };
    core.store
        .change_list(&key(&site(core), second, shard(entry)), &change)
        .await?;
    Ok(())
}

/// How many seconds a node sweeps between notes of its progress: a node
/// that starts after all stopped takes these again (empty by then).
const NOTE_EVERY: u64 = 10;

/// One node's progress through the seconds.
pub struct Sweeper {
    site: String,
    /// The next second to take.
    next: u64,
    /// `next` when progress was last noted.
    noted: u64,
    /// The next of `next`'s lists to take, and what those before it held.
    shard: u8,
    taken: Vec<String>,
}

impl Sweeper {
    /// Starts where the site's sweepers got to, or now.
    pub async fn start(core: &Core) -> Self {
        let site = site(core);
        let now = now_ms() / 1000;
        let oldest = now.saturating_sub(HORIZON.as_secs());
        let swept = match core.store.get(&cursor_key(&site)).await {
            Ok(raw) => raw.and_then(|raw| std::str::from_utf8(&raw).ok()?.parse::<u64>().ok()),
            Err(error) => {
                tracing::warn!(%error, "where the timers were swept to is unknown: from now on");
                None
            }
        };
        let next = swept.map_or(now, |swept| swept.clamp(oldest, now));
        Self {
            next,
            noted: next,
            shard: 0,
            taken: Vec::new(),
            site,
        }
    }

    /// The entries of the next second that ended [`SKEW`] ago, taken from
    /// the store; `None` once every such second is taken. A list that is no
    /// list (written by something else) is skipped, and said.
    pub async fn next_due(&mut self, core: &Core) -> Result<Option<Vec<String>>, ApiError> {
        if (self.next + 1) * 1000 + millis(SKEW) > now_ms() {
            return Ok(None);
        }
        // A failure leaves the rest of this second to the next call, which
        // hands over what was taken already with it.
        while self.shard < SHARDS {
            let key = key(&self.site, self.next, self.shard);
            let taken = core.store.take(&key).await?;
            self.shard += 1;
            match taken.map(|raw| decode::<Vec<String>>(&key, &raw)) {
                Some(Ok(list)) => self.taken.extend(list),
                Some(Err(error)) => {
                    tracing::warn!(%error, "a timer list that could not be read is skipped");
                }
                None => {}
            }
        }
        self.next += 1;
        self.shard = 0;
        Ok(Some(std::mem::take(&mut self.taken)))
    }

    /// Notes for nodes that start later how far this one got, every
    /// [`NOTE_EVERY`] seconds swept.
    pub async fn note_progress(&mut self, core: &Core) -> Result<(), ApiError> {
        if self.next < self.noted + NOTE_EVERY {
            return Ok(());
        }
        self.noted = self.next;
        let value = self.next.to_string();
        core.store
            .put(&cursor_key(&self.site), value.as_bytes(), Some(HORIZON))
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_never_due_in_a_second_that_has_begun() {
        // Due in the past or within this second: the next second.
        assert_eq!(second_for(0, 5_400), 6);
        assert_eq!(second_for(5_999, 5_400), 6);
        // Later: its own second.
        assert_eq!(second_for(9_250, 5_400), 9);
        // The next second at the very end of this one.
        assert_eq!(second_for(0, 5_999), 6);
    }
}
