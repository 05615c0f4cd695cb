//! Redis store: the shared backend when several server nodes run.
//!
//! Commands go through one `ConnectionManager` (multiplexed, reconnects by
//! itself). Pub/sub has its own connection, shared by every subscriber of this
//! handle: a hub keeps one local broadcast channel per Redis channel, so ten
//! thousand open WebSockets cost one Redis connection, not ten thousand. When
//! that connection drops, the hub reconnects, subscribes again and tells every
//! subscriber of the gap.

use std::collections::HashMap;
use std::sync::{Arc, Weak};
use std::time::Duration;

use app::auth::store::StoreResult;
use app::auth::{Delivery, Store, StoreError, Subscription};
use async_trait::async_trait;
use futures::StreamExt as _;
use redis::aio::{ConnectionManager, ConnectionManagerConfig, PubSubSink, PubSubStream};
use redis::{Client, RedisError, Script};
use tokio::sync::{broadcast, mpsc, watch, Mutex};

const TIMEOUT: Duration = Duration::from_secs(2);
/// As in the memory store: a few messages per channel, one channel per waiting browser.
const CHANNEL_CAPACITY: usize = 4;
/// Redis back, logins work again within about this long.
const RECONNECT_MAX_DELAY: Duration = Duration::from_secs(1);

/// Replaces the value only if it is still the expected one; a new TTL in
/// milliseconds when ARGV[3] is above zero, else the old one is kept.
const COMPARE_AND_SWAP: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if tonumber(ARGV[3]) > 0 then
    redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  else
    redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  end
  return 1
end
return 0";

/// Fixed-window counter: the window starts at the first increment.
const INCREMENT: &str = r"
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n";

#[derive(Clone)]
pub struct RedisStore {
    commands: ConnectionManager,
    hub: Arc<Hub>,
    compare_and_swap: Arc<Script>,
    increment: Arc<Script>,
}

struct Hub {
    state: Mutex<HubState>,
    /// Names of channels whose last local subscriber has gone.
    released: mpsc::UnboundedSender<String>,
}

struct HubState {
    /// `None` while the pub/sub connection is down.
    sink: Option<PubSubSink>,
    channels: HashMap<String, Channel>,
}

/// One Redis channel someone on this node listens on.
struct Channel {
    sender: broadcast::Sender<Delivery>,
    /// Becomes true once Redis confirmed the SUBSCRIBE; the sender side is
    /// dropped if it failed.
    subscribed: watch::Receiver<bool>,
}

/// Dropped with a [`Subscription`]: asks the hub to unsubscribe when it was the last.
struct Release {
    channel: String,
    released: mpsc::UnboundedSender<String>,
}

impl Drop for Release {
    fn drop(&mut self) {
        let _ = self.released.send(std::mem::take(&mut self.channel));
    }
}

fn unavailable(error: RedisError) -> StoreError {
    StoreError::Unavailable(error.to_string())
}

fn millis(ttl: Duration) -> u64 {
    // Redis refuses a zero expiry; the shortest it keeps is one millisecond.
    app::auth::millis(ttl).max(1)
}

impl RedisStore {
    /// Connects both connections; fails if Redis cannot be reached now.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let client = Client::open(url).map_err(unavailable)?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(TIMEOUT))
            .set_response_timeout(Some(TIMEOUT))
            .set_number_of_retries(3)
            .set_max_delay(RECONNECT_MAX_DELAY);
        let commands = ConnectionManager::new_with_config(client.clone(), config)
            .await
            .map_err(unavailable)?;
        let (sink, stream) = open_pubsub(&client).await?;
        let (released, released_rx) = mpsc::unbounded_channel();
        let hub = Arc::new(Hub {
            state: Mutex::new(HubState {
                sink: Some(sink),
                channels: HashMap::new(),
            }),
            released,
        });
        tokio::spawn(run_hub(client, Arc::downgrade(&hub), stream, released_rx));
        Ok(Self {
            commands,
            hub,
            compare_and_swap: Arc::new(Script::new(COMPARE_AND_SWAP)),
            increment: Arc::new(Script::new(INCREMENT)),
        })
    }

    async fn query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> StoreResult<T> {
        let mut conn = self.commands.clone();
        cmd.query_async(&mut conn).await.map_err(unavailable)
    }
}

async fn open_pubsub(client: &Client) -> StoreResult<(PubSubSink, PubSubStream)> {
    let pubsub = tokio::time::timeout(TIMEOUT, client.get_async_pubsub())
        .await
        .map_err(|_| StoreError::Unavailable("pub/sub connection timed out".into()))?
        .map_err(unavailable)?;
    Ok(pubsub.split())
}

/// Delivers messages to local subscribers, drops released channels, and
/// reconnects the pub/sub connection when it breaks. Ends with the store.
async fn run_hub(
    client: Client,
    hub: Weak<Hub>,
    mut stream: PubSubStream,
    mut released: mpsc::UnboundedReceiver<String>,
) {
    loop {
        tokio::select! {
            message = stream.next() => {
                let Some(hub) = hub.upgrade() else { return };
                match message {
                    Some(message) => {
                        let state = hub.state.lock().await;
                        if let Some(channel) = state.channels.get(message.get_channel_name()) {
                            let _ = channel.sender.send(Delivery::Message(message.get_payload_bytes().to_vec()));
                        }
                    }
                    None => {
                        tracing::warn!("redis pub/sub connection lost; reconnecting");
                        stream = reconnect(&client, &hub).await;
                    }
                }
            }
            channel = released.recv() => {
                let (Some(channel), Some(hub)) = (channel, hub.upgrade()) else { return };
                let mut state = hub.state.lock().await;
                if state.channels.get(&channel).is_some_and(|c| c.sender.receiver_count() == 0) {
                    state.channels.remove(&channel);
                    if let Some(sink) = state.sink.as_mut() {
                        let _ = tokio::time::timeout(TIMEOUT, sink.unsubscribe(&channel)).await;
                    }
                }
            }
        }
    }
}

/// A new pub/sub connection subscribed to every channel someone listens on;
/// retries with backoff until Redis answers, then reports a gap to everyone.
async fn reconnect(client: &Client, hub: &Hub) -> PubSubStream {
    hub.state.lock().await.sink = None;
    let mut delay = Duration::from_millis(100);
    loop {
        if let Ok((mut sink, stream)) = open_pubsub(client).await {
            let mut state = hub.state.lock().await;
            let names: Vec<String> = state.channels.keys().cloned().collect();
            let resubscribed = names.is_empty()
                || matches!(
                    tokio::time::timeout(TIMEOUT, sink.subscribe(&names)).await,
                    Ok(Ok(()))
                );
            if resubscribed {
                for channel in state.channels.values() {
                    let _ = channel.sender.send(Delivery::Gap);
                }
                state.sink = Some(sink);
                tracing::info!(channels = names.len(), "redis pub/sub reconnected");
                app::auth::metrics::pubsub_reconnected();
                return stream;
            }
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(RECONNECT_MAX_DELAY);
    }
}

#[async_trait]
impl Store for RedisStore {
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(key).arg(value);
        if let Some(ttl) = ttl {
            cmd.arg("PX").arg(millis(ttl));
        }
        self.query(&cmd).await
    }

    async fn put_new(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<bool> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(key).arg(value).arg("NX");
        if let Some(ttl) = ttl {
            cmd.arg("PX").arg(millis(ttl));
        }
        let reply: Option<String> = self.query(&cmd).await?;
        Ok(reply.is_some())
    }

    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.query(redis::cmd("GET").arg(key)).await
    }

    async fn get_many(&self, keys: &[String]) -> StoreResult<Vec<Option<Vec<u8>>>> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        self.query(redis::cmd("MGET").arg(keys)).await
    }

    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>> {
        self.query(redis::cmd("GETDEL").arg(key)).await
    }

    async fn delete(&self, key: &str) -> StoreResult<bool> {
        let removed: u64 = self.query(redis::cmd("DEL").arg(key)).await?;
        Ok(removed > 0)
    }

    async fn compare_and_swap(
        &self,
        key: &str,
        expected: &[u8],
        new: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool> {
        let mut conn = self.commands.clone();
        let swapped: i64 = self
            .compare_and_swap
            .key(key)
            .arg(expected)
            .arg(new)
            .arg(ttl.map_or(0, millis))
            .invoke_async(&mut conn)
            .await
            .map_err(unavailable)?;
        Ok(swapped == 1)
    }

    async fn increment(&self, key: &str, window: Duration) -> StoreResult<u64> {
        let mut conn = self.commands.clone();
        self.increment
            .key(key)
            .arg(millis(window))
            .invoke_async(&mut conn)
            .await
            .map_err(unavailable)
    }

    async fn push_recent(&self, lists: &[(&str, usize)], value: &[u8]) -> StoreResult<()> {
        // One round trip, not a transaction: concurrent pushes may
        // interleave, and each list still ends with its newest `keep`.
        let mut pipe = redis::pipe();
        for &(key, keep) in lists {
            let last = i64::try_from(keep).unwrap_or(i64::MAX) - 1;
            pipe.cmd("LPUSH")
                .arg(key)
                .arg(value)
                .ignore()
                .cmd("LTRIM")
                .arg(key)
                .arg(0)
                .arg(last)
                .ignore();
        }
        let mut conn = self.commands.clone();
        pipe.query_async::<()>(&mut conn).await.map_err(unavailable)
    }

    async fn recent(&self, key: &str, count: usize) -> StoreResult<Vec<Vec<u8>>> {
        let last = i64::try_from(count).unwrap_or(i64::MAX) - 1;
        self.query(redis::cmd("LRANGE").arg(key).arg(0).arg(last))
            .await
    }

    async fn publish(&self, channel: &str, message: &[u8]) -> StoreResult<()> {
        let _receivers: u64 = self
            .query(redis::cmd("PUBLISH").arg(channel).arg(message))
            .await?;
        Ok(())
    }

    /// Joins the node's local channel, or opens it with one SUBSCRIBE. The
    /// round trip runs outside the hub's lock, so that other subscribes and
    /// every delivery go on meanwhile; whoever joins a channel still being
    /// opened waits for Redis's confirmation too, so no subscriber returns
    /// before a message published to it would reach it.
    async fn subscribe(&self, channel: &str) -> StoreResult<Subscription> {
        let (receiver, opening, mut subscribed) = {
            let mut state = self.hub.state.lock().await;
            match state.channels.get(channel) {
                Some(open) => (open.sender.subscribe(), None, open.subscribed.clone()),
                None => {
                    let sink = state.sink.clone().ok_or_else(|| {
                        StoreError::Unavailable("redis pub/sub is reconnecting".into())
                    })?;
                    let (sender, receiver) = broadcast::channel(CHANNEL_CAPACITY);
                    let (confirm, subscribed) = watch::channel(false);
                    state.channels.insert(
                        channel.to_owned(),
                        Channel {
                            sender,
                            subscribed: subscribed.clone(),
                        },
                    );
                    (receiver, Some((sink, confirm)), subscribed)
                }
            }
        };
        // Dropped on failure too: the hub then forgets the channel.
        let release = Release {
            channel: channel.to_owned(),
            released: self.hub.released.clone(),
        };
        let outcome = match opening {
            Some((mut sink, confirm)) => {
                match tokio::time::timeout(TIMEOUT, sink.subscribe(channel)).await {
                    Ok(Ok(())) => {
                        confirm.send_replace(true);
                        Ok(())
                    }
                    Ok(Err(error)) => Err(unavailable(error)),
                    Err(_) => Err(StoreError::Unavailable("redis SUBSCRIBE timed out".into())),
                }
            }
            None => match tokio::time::timeout(TIMEOUT, subscribed.wait_for(|done| *done)).await {
                Ok(Ok(_)) => Ok(()),
                Ok(Err(_)) => Err(StoreError::Unavailable("redis SUBSCRIBE failed".into())),
                Err(_) => Err(StoreError::Unavailable("redis SUBSCRIBE timed out".into())),
            },
        };
        if let Err(error) = outcome {
            // The receiver first: the hub forgets a channel nobody receives on.
            drop(receiver);
            drop(release);
            return Err(error);
        }
        Ok(Subscription::new(receiver, Some(Box::new(release))))
    }

    async fn ping(&self) -> StoreResult<()> {
        let _pong: String = self.query(&redis::cmd("PING")).await?;
        Ok(())
    }
}
