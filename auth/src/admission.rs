//! What this process admits at once: password hashes, WebSockets and long
//! polls. These bound the node's own memory, CPU and open files, so they are
//! counted here in the process; rate limits over time live in the store,
//! shared by every node. When the node stops, everything admitted hears it
//! ([`Admission::drain`]) and ends, so clients reconnect to another node.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};

use super::settings::{Limits, SOCKETS_PER_CHALLENGE};
use super::ApiError;

/// Retry-After for a caller turned away because the hashing queue is full.
const HASH_RETRY_AFTER_SECS: u64 = 1;

pub struct Admission {
    hashing: Hashing,
    sockets_by_address: Counters,
    sockets_by_challenge: Counters,
    polls_by_address: Counters,
    sockets_per_address: usize,
    polls_per_address: usize,
    draining: watch::Sender<bool>,
}

impl Admission {
    pub fn new(limits: &Limits) -> Self {
        Self {
            hashing: Hashing {
                slots: Arc::new(Semaphore::new(limits.hash_slots.max(1))),
                admitted: Arc::new(AtomicUsize::new(0)),
                capacity: limits.hash_slots.max(1) + limits.hash_queue,
            },
            sockets_by_address: Counters::default(),
            sockets_by_challenge: Counters::default(),
            polls_by_address: Counters::default(),
            sockets_per_address: limits.sockets_per_address,
            polls_per_address: limits.long_polls_per_address,
            draining: watch::Sender::new(false),
        }
    }

    /// The node is stopping: every open socket and poll ends now, and none
    /// is admitted any more.
    pub fn drain(&self) {
        self.draining.send_replace(true);
    }

    pub fn is_draining(&self) -> bool {
        *self.draining.borrow()
    }

    fn admitted(&self, held: Vec<Held>) -> Result<Admitted, ApiError> {
        if self.is_draining() {
            return Err(ApiError::Unavailable);
        }
        Ok(Admitted {
            _held: held,
            draining: self.draining.subscribe(),
        })
    }

    /// A slot to compute one password hash in: at once when one is free,
    /// after a short wait in line, or `unavailable` (503, Retry-After) when
    /// the line is full, so a flood of sign-ins costs a bounded amount.
    pub async fn hashing_slot(&self) -> Result<HashSlot, ApiError> {
        let admitted = InLine::enter(&self.hashing.admitted, self.hashing.capacity)
            .ok_or_else(|| ApiError::overloaded(HASH_RETRY_AFTER_SECS))?;
        let permit = self
            .hashing
            .slots
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::Unavailable)?;
        Ok(HashSlot {
            _permit: permit,
            _admitted: admitted,
        })
    }

    /// Room for one more WebSocket from `address` (on challenge `qr_id`, if
    /// it watches one); `rate_limited` when either is at its limit.
    pub fn socket(&self, address: &str, qr_id: Option<&str>) -> Result<Admitted, ApiError> {
        let by_address = self
            .sockets_by_address
            .enter(address, self.sockets_per_address)?;
        let mut held = vec![by_address];
        if let Some(id) = qr_id {
            held.push(self.sockets_by_challenge.enter(id, SOCKETS_PER_CHALLENGE)?);
        }
        self.admitted(held)
    }

    /// Room for one more long poll from `address`.
    pub fn long_poll(&self, address: &str) -> Result<Admitted, ApiError> {
        let held = self
            .polls_by_address
            .enter(address, self.polls_per_address)?;
        self.admitted(vec![held])
    }

    /// Open WebSockets (long polls are counted apart): what a stopping node waits for.
    pub fn open_sockets(&self) -> usize {
        self.sockets_by_address.total()
    }
}

struct Hashing {
    slots: Arc<Semaphore>,
    /// Callers hashing or waiting to.
    admitted: Arc<AtomicUsize>,
    capacity: usize,
}

/// Held while a password hash is computed.
pub struct HashSlot {
    _permit: OwnedSemaphorePermit,
    _admitted: InLine,
}

/// One place in a bounded line; leaving it (drop) frees the place.
struct InLine(Arc<AtomicUsize>);

impl InLine {
    fn enter(count: &Arc<AtomicUsize>, capacity: usize) -> Option<Self> {
        count
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < capacity).then_some(n + 1)
            })
            .ok()
            .map(|_| Self(count.clone()))
    }
}

impl Drop for InLine {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Counts of what is open, by key; entries at zero are removed.
#[derive(Default, Clone)]
struct Counters(Arc<Mutex<HashMap<String, usize>>>);

impl Counters {
    fn enter(&self, key: &str, limit: usize) -> Result<Held, ApiError> {
        let mut counts = self.0.lock().map_err(|_| ApiError::Unavailable)?;
        let count = counts.entry(key.to_owned()).or_insert(0);
        if *count >= limit {
            return Err(ApiError::rate_limited(5));
        }
        *count += 1;
        Ok(Held {
            counters: self.clone(),
            key: key.to_owned(),
        })
    }

    fn total(&self) -> usize {
        self.0.lock().map_or(0, |counts| counts.values().sum())
    }
}

/// One open socket or poll, counted until it is dropped.
struct Held {
    counters: Counters,
    key: String,
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Ok(mut counts) = self.counters.0.lock() {
            if let Some(count) = counts.get_mut(&self.key) {
                *count -= 1;
                if *count == 0 {
                    counts.remove(&self.key);
                }
            }
        }
    }
}

/// What a socket or poll holds while it is open.
pub struct Admitted {
    _held: Vec<Held>,
    draining: watch::Receiver<bool>,
}

impl Admitted {
    /// Completes when the node starts to stop ([`Admission::drain`]).
    pub async fn drained(&mut self) {
        // An error means the node's Admission is gone: stopping too.
        let _ = self.draining.wait_for(|draining| *draining).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admission(slots: usize, queue: usize) -> Admission {
        Admission::new(&Limits {
            hash_slots: slots,
            hash_queue: queue,
            sockets_per_address: 3,
            long_polls_per_address: 1,
            ..Limits::local()
        })
    }

    #[tokio::test]
    async fn a_drain_ends_what_is_open_and_admits_nothing_more() {
        let admission = admission(1, 0);
        let mut socket = admission.socket("10.0.0.1", Some("q")).unwrap();
        let mut poll = admission.long_poll("10.0.0.1").unwrap();
        admission.drain();
        tokio::time::timeout(std::time::Duration::from_secs(1), async {
            socket.drained().await;
            poll.drained().await;
        })
        .await
        .unwrap();
        assert!(matches!(
            admission.socket("10.0.0.2", None),
            Err(ApiError::Unavailable)
        ));
        assert!(matches!(
            admission.long_poll("10.0.0.2"),
            Err(ApiError::Unavailable)
        ));
    }

    #[tokio::test]
    async fn hashing_admits_the_slots_and_the_queue_then_refuses() {
        let admission = admission(1, 2);
        let running = admission.hashing_slot().await.unwrap();
        // Two may wait in line; the fourth caller is turned away at once.
        let waiting: Vec<_> = (0..2)
            .map(|_| InLine::enter(&admission.hashing.admitted, admission.hashing.capacity))
            .collect();
        assert!(waiting.iter().all(Option::is_some));
        assert!(matches!(
            admission.hashing_slot().await,
            Err(ApiError::Overloaded {
                retry_after_secs: 1
            })
        ));
        drop(waiting);
        drop(running);
        assert!(admission.hashing_slot().await.is_ok());
    }

    #[test]
    fn sockets_are_counted_per_address_and_per_challenge_until_dropped() {
        let admission = admission(1, 1);
        let held: Vec<_> = (0..SOCKETS_PER_CHALLENGE.min(3))
            .map(|_| admission.socket("10.0.0.1", Some("q")).unwrap())
            .collect();
        assert!(admission.socket("10.0.0.1", None).is_err(), "3 per address");
        assert!(admission.socket("10.0.0.2", None).is_ok());
        assert_eq!(admission.open_sockets(), 3);
        drop(held);
        assert_eq!(admission.open_sockets(), 0);
        assert!(admission.socket("10.0.0.1", Some("q")).is_ok());
    }

    #[test]
    fn a_challenge_has_a_handful_of_sockets_at_most() {
        let admission = Admission::new(&Limits::local());
        let held: Vec<_> = (0..SOCKETS_PER_CHALLENGE)
            .map(|i| admission.socket(&format!("10.0.0.{i}"), Some("q")).unwrap())
            .collect();
        assert!(admission.socket("10.0.0.99", Some("q")).is_err());
        assert!(admission.socket("10.0.0.99", Some("other")).is_ok());
        drop(held);
    }

    #[test]
    fn long_polls_are_bounded_per_address() {
        let admission = admission(1, 1);
        let first = admission.long_poll("a").unwrap();
        assert!(admission.long_poll("a").is_err());
        drop(first);
        assert!(admission.long_poll("a").is_ok());
    }
}
