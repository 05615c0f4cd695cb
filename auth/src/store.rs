//! The one storage contract. Two backends implement it (server crate:
//! `store/memory.rs`, `store/redis.rs`) and one contract test suite runs
//! against both.
//!
//! Values are opaque bytes with an expiry; every operation treats an expired
//! record as absent. Channels carry events between server nodes: a publish on
//! one handle reaches subscribers on every handle of the same store.

use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::broadcast;

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store could not be reached or did not answer; nothing was changed.
    #[error("store unavailable: {0}")]
    Unavailable(String),
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Writes `value` under `key`, replacing any record, for `ttl` (`None`: no expiry).
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()>;

    /// Writes only where no live record exists; true when it wrote.
    async fn put_new(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<bool>;

    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>>;

    /// The records under `keys`, in their order, in one round trip.
    async fn get_many(&self, keys: &[String]) -> StoreResult<Vec<Option<Vec<u8>>>>;

    /// Removes and returns the record in one step: of many concurrent takers,
    /// exactly one receives it.
    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>>;

    /// True when a live record was removed.
    async fn delete(&self, key: &str) -> StoreResult<bool>;

    /// Replaces the record with `new` only if it still equals `expected`;
    /// true when it replaced. `ttl` sets a new expiry, `None` keeps the old
    /// one. Of many concurrent callers with the same `expected`, exactly one
    /// succeeds, and a record deleted meanwhile stays deleted. With
    /// `announce`, a replacement publishes `new` on that channel in the same
    /// step, so subscribers hear the records in the order they were written
    /// and need not read them.
    async fn compare_and_swap(
        &self,
        key: &str,
        expected: &[u8],
        new: &[u8],
        ttl: Option<Duration>,
        announce: Option<&str>,
    ) -> StoreResult<bool>;

    /// Adds one to the counter under `key` and returns the new count. The
    /// counter lives for `window` from its first increment (fixed window).
    async fn increment(&self, key: &str, window: Duration) -> StoreResult<u64>;

    /// Takes one back from the counter under `key` (a use that turned out
    /// not to count): never below zero, the window unchanged, and nothing
    /// where no counter lives.
    async fn decrement(&self, key: &str) -> StoreResult<()>;

    /// Changes the list of ids under `key` (a JSON array of strings; none
    /// is an empty list) in one atomic step, on the list as it is then, so
    /// that concurrent changes never undo each other and need no retry. A
    /// new list lives for the change's `ttl` (`None`: never expires); a
    /// changed one keeps its expiry.
    async fn change_list(&self, key: &str, change: &ListChange<'_>) -> StoreResult<ListChanged>;

    /// Waits, up to about half a second, until a replica holds every write
    /// made so far through this handle to the shards of `keys`: Redis copies
    /// to replicas after answering, and a primary that dies first takes the
    /// newest writes with it. False when no replica confirmed in time (the
    /// writes stand on the primary alone). A store with no replicas to wait
    /// for (memory, one Redis) answers true at once.
    async fn replicate(&self, keys: &[&str]) -> StoreResult<bool>;

    /// Adds `value` at the front of each list of `lists` (key, and how many
    /// of its newest entries it keeps), all at once (audit trails). A list
    /// may hold up to an eighth more than it keeps before it is cut back:
    /// Redis then cuts it once every few pushes, not each time.
    async fn push_recent(&self, lists: &[(&str, usize)], value: &[u8]) -> StoreResult<()>;

    /// Up to `count` entries of the list under `key`, newest first.
    async fn recent(&self, key: &str, count: usize) -> StoreResult<Vec<Vec<u8>>>;

    async fn publish(&self, channel: &str, message: &[u8]) -> StoreResult<()>;

    /// Messages published on `channel` after this call returns, from any handle.
    async fn subscribe(&self, channel: &str) -> StoreResult<Subscription>;

    /// Succeeds when the store answers.
    async fn ping(&self) -> StoreResult<()>;
}

/// One change to a list of ids: `remove` leaves first; then `add` joins at
/// the end (unless already listed) if the list has fewer than `cap` ids;
/// at the cap `evict`, when listed, leaves to make room, else nothing
/// changes at all and the answer is [`ListChanged::Full`]. A list the
/// change makes lives for `ttl`.
#[derive(Debug, Clone, Copy)]
pub struct ListChange<'a> {
    pub remove: &'a [String],
    pub add: Option<&'a str>,
    pub cap: usize,
    pub evict: Option<&'a str>,
    pub ttl: Option<Duration>,
}

impl<'a> ListChange<'a> {
    /// Only removes `ids`.
    pub fn remove(ids: &'a [String]) -> Self {
        Self {
            remove: ids,
            add: None,
            cap: usize::MAX,
            evict: None,
            ttl: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListChanged {
    /// Applied; `evicted` when `evict` left to make room.
    Done { evicted: bool },
    /// At the cap with nothing to evict: the list is as it was.
    Full,
}

/// The change applied to `ids` in memory: the one definition of its rules,
/// which the memory store runs and the Redis script mirrors.
pub fn apply_list_change(ids: &mut Vec<String>, change: &ListChange<'_>) -> ListChanged {
    let before = ids.clone();
    ids.retain(|id| !change.remove.contains(id));
    let mut evicted = false;
    if let Some(add) = change.add.filter(|add| !ids.iter().any(|id| id == add)) {
        if ids.len() >= change.cap {
            match change
                .evict
                .filter(|evict| ids.iter().any(|id| id == evict))
            {
                Some(evict) => {
                    ids.retain(|id| id != evict);
                    evicted = true;
                }
                None => {
                    *ids = before;
                    return ListChanged::Full;
                }
            }
        }
        ids.push(add.to_owned());
    }
    ListChanged::Done { evicted }
}

/// What a subscriber receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    Message(Vec<u8>),
    /// Messages may have been lost (a slow reader, a reconnect to Redis): read
    /// the stored state again instead of trusting the event stream alone.
    Gap,
}

/// A live subscription; dropping it unsubscribes.
pub struct Subscription {
    receiver: broadcast::Receiver<Delivery>,
    _release: Option<Box<dyn Send + Sync>>,
}

impl Subscription {
    /// `release` is dropped with the subscription (a backend's unsubscribe hook).
    pub fn new(
        receiver: broadcast::Receiver<Delivery>,
        release: Option<Box<dyn Send + Sync>>,
    ) -> Self {
        Self {
            receiver,
            _release: release,
        }
    }

    /// The next delivery, or `None` once the store has shut the channel.
    pub async fn recv(&mut self) -> Option<Delivery> {
        match self.receiver.recv().await {
            Ok(delivery) => Some(delivery),
            Err(broadcast::error::RecvError::Lagged(_)) => Some(Delivery::Gap),
            Err(broadcast::error::RecvError::Closed) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|id| (*id).to_owned()).collect()
    }

    #[test]
    fn a_list_change_removes_then_adds_within_the_cap() {
        let mut list = ids(&["a", "b", "gone"]);
        let gone = ids(&["gone"]);
        let change = ListChange {
            remove: &gone,
            add: Some("c"),
            cap: 3,
            evict: None,
            ttl: None,
        };
        assert_eq!(
            apply_list_change(&mut list, &change),
            ListChanged::Done { evicted: false }
        );
        assert_eq!(list, ids(&["a", "b", "c"]));
        // Listed already: nothing added twice.
        assert_eq!(
            apply_list_change(&mut list, &change),
            ListChanged::Done { evicted: false }
        );
        assert_eq!(list, ids(&["a", "b", "c"]));
    }

    #[test]
    fn at_the_cap_only_a_listed_eviction_makes_room() {
        let mut list = ids(&["a", "b"]);
        let full = ListChange {
            remove: &[],
            add: Some("c"),
            cap: 2,
            evict: Some("zzz"),
            ttl: None,
        };
        assert_eq!(apply_list_change(&mut list, &full), ListChanged::Full);
        assert_eq!(list, ids(&["a", "b"]));
        let evicting = ListChange {
            evict: Some("a"),
            ..full
        };
        assert_eq!(
            apply_list_change(&mut list, &evicting),
            ListChanged::Done { evicted: true }
        );
        assert_eq!(list, ids(&["b", "c"]));
        let removed = ids(&["b"]);
        assert_eq!(
            apply_list_change(&mut list, &ListChange::remove(&removed)),
            ListChanged::Done { evicted: false }
        );
        assert_eq!(list, ids(&["c"]));
    }
}
