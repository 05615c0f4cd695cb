//! In-memory store: the embedded default for a single node. Same contract as
//! Redis: expiring records, atomic take and compare-and-swap, fixed-window
//! counters, and broadcast channels shared by every clone of the handle.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use async_trait::async_trait;
use auth::store::StoreResult;
use auth::store::{apply_list_change, ListChange, ListChanged};
use auth::{Delivery, Store, StoreError, Subscription};
use tokio::sync::broadcast;
use tokio::time::Instant;

/// Messages a slow subscriber may fall behind by before it is told of a gap
/// (and reads the state again). A channel has two or three messages in its
/// life, and every waiting browser holds one: each slot costs memory up front.
const CHANNEL_CAPACITY: usize = 4;
/// How often expired records are swept out (reads never see them anyway).
const SWEEP_EVERY: Duration = Duration::from_secs(30);

#[derive(Clone, Default)]
pub struct MemoryStore {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    records: Mutex<HashMap<String, Record>>,
    channels: Mutex<HashMap<String, broadcast::Sender<Delivery>>>,
}

struct Record {
    value: Value,
    expires_at: Option<Instant>,
}

enum Value {
    Bytes(Vec<u8>),
    /// Newest first.
    List(VecDeque<Vec<u8>>),
}

impl Record {
    fn new(value: Vec<u8>, now: Instant, ttl: Option<Duration>) -> Self {
        Self {
            value: Value::Bytes(value),
            expires_at: ttl.map(|ttl| now + ttl),
        }
    }

    fn live(&self, now: Instant) -> bool {
        self.expires_at.is_none_or(|at| now < at)
    }

    fn bytes(&self) -> Option<&[u8]> {
        match &self.value {
            Value::Bytes(bytes) => Some(bytes),
            Value::List(_) => None,
        }
    }
}

impl MemoryStore {
    /// A new, empty store. Call inside a Tokio runtime: it starts a sweeper.
    pub fn new() -> Self {
        let store = Self::default();
        let weak = Arc::downgrade(&store.inner);
        tokio::spawn(sweep(weak));
        store
    }

    /// Channels someone listens on now (for metrics, and tests that check
    /// that nothing is subscribed without cause).
    pub fn channels_open(&self) -> usize {
        self.inner.channels.lock().map_or(0, |channels| {
            channels
                .values()
                .filter(|tx| tx.receiver_count() > 0)
                .count()
        })
    }

    fn records(&self) -> StoreResult<MutexGuard<'_, HashMap<String, Record>>> {
        self.inner
            .records
            .lock()
            .map_err(|_| StoreError::Unavailable("memory store lock poisoned".into()))
    }

    fn channels(
        &self,
    ) -> StoreResult<MutexGuard<'_, HashMap<String, broadcast::Sender<Delivery>>>> {
        self.inner
            .channels
            .lock()
            .map_err(|_| StoreError::Unavailable("memory store lock poisoned".into()))
    }

    /// Delivers `message` to the channel's subscribers on this store.
    fn send(&self, channel: &str, message: &[u8]) -> StoreResult<()> {
        let mut channels = self.channels()?;
        if let Some(sender) = channels.get(channel) {
            if sender.send(Delivery::Message(message.to_vec())).is_err() {
                // Nobody listens any more.
                channels.remove(channel);
            }
        }
        Ok(())
    }

    /// The live record under `key`, with `f` applied while the lock is held.
    fn with_live<T>(&self, key: &str, f: impl FnOnce(Option<&mut Record>) -> T) -> StoreResult<T> {
        let now = Instant::now();
        let mut records = self.records()?;
        Ok(f(records.get_mut(key).filter(|r| r.live(now))))
    }
}

/// Drops expired records and idle channels until the store itself is dropped.
async fn sweep(inner: Weak<Inner>) {
    let mut tick = tokio::time::interval(SWEEP_EVERY);
    loop {
        tick.tick().await;
        let Some(inner) = inner.upgrade() else { return };
        let now = Instant::now();
        if let Ok(mut records) = inner.records.lock() {
            records.retain(|_, r| r.live(now));
        }
        if let Ok(mut channels) = inner.channels.lock() {
            channels.retain(|_, tx| tx.receiver_count() > 0);
        };
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        let record = Record::new(value.to_vec(), Instant::now(), ttl);
        self.records()?.insert(key.to_owned(), record);
        Ok(())
    }

    async fn put_new(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<bool> {
        let now = Instant::now();
        let mut records = self.records()?;
        if records.get(key).is_some_and(|r| r.live(now)) {
            return Ok(false);
        }
        records.insert(key.to_owned(), Record::new(value.to_vec(), now, ttl));
        Ok(true)
    }

    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.with_live(key, |r| r.and_then(|r| r.bytes()).map(<[u8]>::to_vec))
    }

    async fn get_many(&self, keys: &[String]) -> StoreResult<Vec<Option<Vec<u8>>>> {
        let now = Instant::now();
        let records = self.records()?;
        Ok(keys
            .iter()
            .map(|key| {
                records
                    .get(key)
                    .filter(|r| r.live(now))
                    .and_then(|r| r.bytes())
                    .map(<[u8]>::to_vec)
            })
            .collect())
    }

    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        let now = Instant::now();
        let taken = self.records()?.remove(key).filter(|r| r.live(now));
        Ok(taken.and_then(|r| match r.value {
            Value::Bytes(bytes) => Some(bytes),
            Value::List(_) => None,
        }))
    }

    async fn delete(&self, key: &str) -> StoreResult<bool> {
        let now = Instant::now();
        Ok(self.records()?.remove(key).is_some_and(|r| r.live(now)))
    }

    async fn compare_and_swap(
        &self,
        key: &str,
        expected: &[u8],
        new: &[u8],
        ttl: Option<Duration>,
        announce: Option<&str>,
    ) -> StoreResult<bool> {
        let now = Instant::now();
        let mut records = self.records()?;
        let Some(record) = records
            .get_mut(key)
            .filter(|r| r.live(now) && r.bytes() == Some(expected))
        else {
            return Ok(false);
        };
        record.value = Value::Bytes(new.to_vec());
        if let Some(ttl) = ttl {
            record.expires_at = Some(now + ttl);
        }
        // Published under the records' lock: two swaps of one record are
        // heard in the order they were made.
        if let Some(channel) = announce {
            self.send(channel, new)?;
        }
        Ok(true)
    }

    async fn increment(&self, key: &str, window: Duration) -> StoreResult<u64> {
        let now = Instant::now();
        let mut records = self.records()?;
        let count = match records.get_mut(key).filter(|r| r.live(now)) {
            Some(record) => {
                let count = record.bytes().map_or(0, parse_count) + 1;
                record.value = Value::Bytes(count.to_string().into_bytes());
                count
            }
            None => {
                records.insert(
                    key.to_owned(),
                    Record::new(b"1".to_vec(), now, Some(window)),
                );
                1
            }
        };
        Ok(count)
    }

    async fn decrement(&self, key: &str) -> StoreResult<()> {
        self.with_live(key, |record| {
            if let Some(record) = record {
                let count = record.bytes().map_or(0, parse_count);
                if count > 0 {
                    record.value = Value::Bytes((count - 1).to_string().into_bytes());
                }
            }
        })
    }

    async fn change_list(&self, key: &str, change: &ListChange<'_>) -> StoreResult<ListChanged> {
        let now = Instant::now();
        let mut records = self.records()?;
        let live = records.get_mut(key).filter(|r| r.live(now));
        let mut ids: Vec<String> = match live.as_ref().and_then(|r| r.bytes()) {
            Some(raw) => serde_json::from_slice(raw)
                .map_err(|e| StoreError::Unavailable(format!("{key} is no list of ids: {e}")))?,
            None => Vec::new(),
        };
        let changed = apply_list_change(&mut ids, change);
        // Full changes nothing; nor does removing from a list that is not there.
        if changed == ListChanged::Full || (live.is_none() && ids.is_empty()) {
            return Ok(changed);
        }
        let json = serde_json::to_vec(&ids).map_err(|e| StoreError::Unavailable(e.to_string()))?;
        match live {
            Some(record) => record.value = Value::Bytes(json),
            None => {
                records.insert(key.to_owned(), Record::new(json, now, change.ttl));
            }
        }
        Ok(changed)
    }

    /// One process: there is no replica to wait for.
    async fn replicate(&self, _keys: &[&str]) -> StoreResult<bool> {
        Ok(true)
    }

    async fn push_recent(&self, lists: &[(&str, usize)], value: &[u8]) -> StoreResult<()> {
        let now = Instant::now();
        let mut records = self.records()?;
        for &(key, keep) in lists {
            let record = records
                .entry(key.to_owned())
                .and_modify(|r| {
                    if !r.live(now) || matches!(r.value, Value::Bytes(_)) {
                        *r = Record {
                            value: Value::List(VecDeque::new()),
                            expires_at: None,
                        };
                    }
                })
                .or_insert_with(|| Record {
                    value: Value::List(VecDeque::new()),
                    expires_at: None,
                });
            if let Value::List(list) = &mut record.value {
                list.push_front(value.to_vec());
                list.truncate(keep);
            }
        }
        Ok(())
    }

    async fn recent(&self, key: &str, count: usize) -> StoreResult<Vec<Vec<u8>>> {
        self.with_live(key, |record| match record.map(|r| &r.value) {
            Some(Value::List(list)) => list.iter().take(count).cloned().collect(),
            _ => Vec::new(),
        })
    }

    async fn publish(&self, channel: &str, message: &[u8]) -> StoreResult<()> {
        self.send(channel, message)
    }

    async fn subscribe(&self, channel: &str) -> StoreResult<Subscription> {
        let receiver = self
            .channels()?
            .entry(channel.to_owned())
            .or_insert_with(|| broadcast::channel(CHANNEL_CAPACITY).0)
            .subscribe();
        Ok(Subscription::new(receiver, None))
    }

    async fn ping(&self) -> StoreResult<()> {
        self.records().map(drop)
    }
}

/// Counters are stored as decimal text, as Redis stores them.
fn parse_count(value: &[u8]) -> u64 {
    std::str::from_utf8(value)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}
