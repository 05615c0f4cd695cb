//! Typed JSON records over the byte [`Store`]: read, write, and change one
//! with the compare-and-swap retry loop written once; lists of ids, which
//! the store changes in one step. Each record type keeps
//! its key, its TTL and its rules in its own module; this one only moves bytes.

use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::store::{ListChange, ListChanged};
use super::{ApiError, Store};

/// Attempts at a compare-and-swap before giving up (only contention loops:
/// one record that many requests change at once; lists never loop).
const ATTEMPTS: usize = 32;

/// 32 lowercase hex digits: the form of every id this server makes (a
/// challenge, a session, a phone, an account). An id that comes in a
/// request is checked against it before it becomes part of a key, so no
/// request can name another kind of record.
pub fn is_record_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(ApiError::internal)
}

/// A record under `key` as read (a caller that read it in a batch).
pub fn decode<T: DeserializeOwned>(key: &str, raw: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(raw).map_err(|e| ApiError::internal(format!("record {key}: {e}")))
}

pub async fn get_json<T: DeserializeOwned>(
    store: &dyn Store,
    key: &str,
) -> Result<Option<T>, ApiError> {
    match store.get(key).await? {
        Some(raw) => decode(key, &raw).map(Some),
        None => Ok(None),
    }
}

pub async fn put_json<T: Serialize>(
    store: &dyn Store,
    key: &str,
    value: &T,
    ttl: Option<Duration>,
) -> Result<(), ApiError> {
    Ok(store.put(key, &encode(value)?, ttl).await?)
}

/// Makes the writes to `keys` outlive a failover (`Store::replicate`):
/// accounts, passwords, passkeys and phone sign-ins must. A copy not
/// confirmed in time is logged, not refused: the write itself stands.
pub async fn make_durable(store: &dyn Store, keys: &[&str]) -> Result<(), ApiError> {
    if !store.replicate(keys).await? {
        tracing::warn!(?keys, "no replica confirmed the write in time");
        super::metrics::replica_wait_missed();
    }
    Ok(())
}

/// Removes and returns the record in one step (`Store::take`): of many
/// concurrent takers, exactly one receives it.
pub async fn take_json<T: DeserializeOwned>(
    store: &dyn Store,
    key: &str,
) -> Result<Option<T>, ApiError> {
    match store.take(key).await? {
        Some(raw) => decode(key, &raw).map(Some),
        None => Ok(None),
    }
}

/// Writes `value` only where no live record exists; true when it wrote.
pub async fn put_new_json<T: Serialize>(
    store: &dyn Store,
    key: &str,
    value: &T,
    ttl: Option<Duration>,
) -> Result<bool, ApiError> {
    Ok(store.put_new(key, &encode(value)?, ttl).await?)
}

/// A record as it was read or last written: its value and its exact bytes,
/// so that the next change can compare-and-swap against them without
/// reading the record again.
pub struct Seen<T> {
    pub value: T,
    raw: Vec<u8>,
}

pub async fn get_seen<T: DeserializeOwned>(
    store: &dyn Store,
    key: &str,
) -> Result<Option<Seen<T>>, ApiError> {
    match store.get(key).await? {
        Some(raw) => Ok(Some(Seen {
            value: decode(key, &raw)?,
            raw,
        })),
        None => Ok(None),
    }
}

/// Applies `change` to the record under `key` atomically: it sees the
/// current record (`None` when there is none) and answers the new one, or
/// `None` to leave the record as it is. When another writer got there first
/// it runs again on what that writer left, so a rule always judges the
/// latest state. `ttl` sets a new expiry; `None` keeps the record's own (a
/// new record then never expires). Returns the record as it now stands.
pub async fn update_json<T, F>(
    store: &dyn Store,
    key: &str,
    ttl: Option<Duration>,
    change: F,
) -> Result<Option<T>, ApiError>
where
    T: Serialize + DeserializeOwned,
    F: FnMut(Option<&T>) -> Result<Option<T>, ApiError>,
{
    Ok(update_from(store, key, ttl, None, None, change)
        .await?
        .map(|seen| seen.value))
}

/// [`update_json`] starting from `seen` (the record as the caller last saw
/// it) instead of reading it first: one round trip instead of two when
/// nobody changed it meanwhile; otherwise the swap fails and it reads.
/// With `announce`, each change of a record that existed is published on
/// that channel in the same step (`Store::compare_and_swap`).
pub async fn update_from<T, F>(
    store: &dyn Store,
    key: &str,
    ttl: Option<Duration>,
    mut seen: Option<Seen<T>>,
    announce: Option<&str>,
    mut change: F,
) -> Result<Option<Seen<T>>, ApiError>
where
    T: Serialize + DeserializeOwned,
    F: FnMut(Option<&T>) -> Result<Option<T>, ApiError>,
{
    for _ in 0..ATTEMPTS {
        let (current, raw) = match seen.take() {
            Some(Seen { value, raw }) => (Some(value), Some(raw)),
            None => {
                let raw = store.get(key).await?;
                let current: Option<T> = raw.as_deref().map(|r| decode(key, r)).transpose()?;
                (current, raw)
            }
        };
        let Some(next) = change(current.as_ref())? else {
            return Ok(current.zip(raw).map(|(value, raw)| Seen { value, raw }));
        };
        let new = encode(&next)?;
        let written = match &raw {
            Some(old) => {
                store
                    .compare_and_swap(key, old, &new, ttl, announce)
                    .await?
            }
            None => store.put_new(key, &new, ttl).await?,
        };
        if written {
            return Ok(Some(Seen {
                value: next,
                raw: new,
            }));
        }
    }
    Err(ApiError::Unavailable)
}

/// A list of record ids under one key: an account's phones, its browsers.
/// Records end by themselves (idle), so a list may name some that are gone.
/// The store changes a list in one atomic step (`Store::change_list`), so
/// any number of concurrent changes all land, none retried.
pub struct Index<'a> {
    pub store: &'a dyn Store,
    pub key: String,
}

impl Index<'_> {
    /// The live records the list names (each read under `record_key(id)`),
    /// in list order, and the ids whose record has gone.
    pub async fn read<T: DeserializeOwned>(
        &self,
        record_key: impl Fn(&str) -> String,
    ) -> Result<(Vec<T>, Vec<String>), ApiError> {
        let ids: Vec<String> = get_json(self.store, &self.key).await?.unwrap_or_default();
        let keys: Vec<String> = ids.iter().map(|id| record_key(id)).collect();
        let records = self.store.get_many(&keys).await?;
        let (mut live, mut gone) = (Vec::with_capacity(ids.len()), Vec::new());
        for ((id, key), raw) in ids.into_iter().zip(&keys).zip(records) {
            match raw {
                Some(raw) => live.push(decode(key, &raw)?),
                None => gone.push(id),
            }
        }
        Ok((live, gone))
    }

    pub async fn change(&self, change: &ListChange<'_>) -> Result<ListChanged, ApiError> {
        Ok(self.store.change_list(&self.key, change).await?)
    }
}
