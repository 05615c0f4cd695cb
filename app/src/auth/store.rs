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
    /// succeeds, and a record deleted meanwhile stays deleted.
    async fn compare_and_swap(
        &self,
        key: &str,
        expected: &[u8],
        new: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool>;

    /// Adds one to the counter under `key` and returns the new count. The
    /// counter lives for `window` from its first increment (fixed window).
    async fn increment(&self, key: &str, window: Duration) -> StoreResult<u64>;

    /// Adds `value` at the front of each list of `lists` (key, and how many
    /// of its newest entries it keeps), in one round trip (audit trails).
    async fn push_recent(&self, lists: &[(&str, usize)], value: &[u8]) -> StoreResult<()>;

    /// Up to `count` entries of the list under `key`, newest first.
    async fn recent(&self, key: &str, count: usize) -> StoreResult<Vec<Vec<u8>>>;

    async fn publish(&self, channel: &str, message: &[u8]) -> StoreResult<()>;

    /// Messages published on `channel` after this call returns, from any handle.
    async fn subscribe(&self, channel: &str) -> StoreResult<Subscription>;

    /// Succeeds when the store answers.
    async fn ping(&self) -> StoreResult<()>;
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
