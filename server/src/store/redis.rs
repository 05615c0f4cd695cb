//! Redis store: the shared backend when several server nodes run, on one
//! Redis (`REDIS_URL`) or on a Redis Cluster (`REDIS_CLUSTER_URLS`).
//!
//! Commands go through one multiplexed connection that reconnects by itself:
//! a `ConnectionManager` on one Redis; on a cluster a `ClusterConnection`,
//! which keeps a connection to each node, routes each key to its slot's
//! primary and follows MOVED answers. A primary that dies or falls silent
//! tells it nothing it acts on, so the store itself recovers: it pings every
//! primary, makes the connection anew from the seeds (reading the slots
//! afresh) until they all answer, and subscribes its channels again.
//!
//! Pub/sub rides on that same connection as RESP3 pushes. A hub keeps one
//! local broadcast channel per Redis channel, so ten thousand open WebSockets
//! cost ten thousand channels, not connections. On a cluster the channels are
//! sharded (SSUBSCRIBE, SPUBLISH): an event travels only to the shard that
//! owns its channel's slot, and after a failover the hub subscribes each
//! channel again on its new owner. Whenever messages may have been missed
//! (a connection dropped, a subscription made again), the subscribers
//! concerned hear `Gap` and read the stored state again.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use async_trait::async_trait;
use auth::store::{ListChange, ListChanged, StoreResult};
use auth::{Delivery, Store, StoreError, Subscription};
use redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig};
use redis::cluster::{ClusterClient, ClusterClientBuilder};
use redis::cluster_async::ClusterConnection;
use redis::cluster_routing::{Route, RoutingInfo, SingleNodeRoutingInfo, Slot, SlotAddr};
use redis::{
    Client, Cmd, IntoConnectionInfo, Pipeline, ProtocolVersion, PushInfo, PushKind, RedisError,
    RedisFuture, Script, Value,
};
use tokio::sync::{broadcast, mpsc, watch};

const TIMEOUT: Duration = Duration::from_secs(2);
/// As in the memory store: a few messages per channel, one channel per waiting browser.
const CHANNEL_CAPACITY: usize = 4;
/// How long a durable write waits for a replica's copy (`Store::replicate`).
const REPLICA_WAIT: Duration = Duration::from_millis(500);
/// Redis back, logins work again within about this long.
const RECONNECT_MAX_DELAY: Duration = Duration::from_secs(1);

/// Replaces the value only if it is still the expected one; a new TTL in
/// milliseconds when ARGV[3] is above zero, else the old one is kept. With
/// a channel in ARGV[4] the new value is published there by ARGV[5]
/// (PUBLISH, or SPUBLISH on a cluster, where a channel named like its key
/// lives on the key's slot).
const COMPARE_AND_SWAP: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if tonumber(ARGV[3]) > 0 then
    redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  else
    redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  end
  if ARGV[4] ~= '' then redis.call(ARGV[5], ARGV[4], ARGV[2]) end
  return 1
end
return 0";

/// Fixed-window counter: the window starts at the first increment.
const INCREMENT: &str = r"
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n";

/// Takes one back from a live counter, never below zero; DECR keeps its expiry.
const DECREMENT: &str = r"
local n = tonumber(redis.call('GET', KEYS[1]))
if n and n > 0 then redis.call('DECR', KEYS[1]) end
return 0";

/// `auth::store::apply_list_change` on the JSON list under KEYS[1]:
/// ARGV[1] the cap, ARGV[2] the id to add ('' none), ARGV[3] the id that
/// may make room ('' none), ARGV[4] a new list's lifetime in milliseconds
/// (0: none), ARGV[5..] the ids to remove. Answers -1 when full (nothing
/// written), 1 when it evicted, else 0.
const CHANGE_LIST: &str = r"
local raw = redis.call('GET', KEYS[1])
local ids = {}
if raw then ids = cjson.decode(raw) end
local removing = {}
for i = 5, #ARGV do removing[ARGV[i]] = true end
local kept, listed = {}, {}
for _, id in ipairs(ids) do
  if not removing[id] then
    kept[#kept + 1] = id
    listed[id] = true
  end
end
local evicted = 0
local add, evict = ARGV[2], ARGV[3]
if add ~= '' and not listed[add] then
  if #kept >= tonumber(ARGV[1]) then
    if evict == '' or not listed[evict] then return -1 end
    local rest = {}
    for _, id in ipairs(kept) do
      if id ~= evict then rest[#rest + 1] = id end
    end
    kept = rest
    evicted = 1
  end
  kept[#kept + 1] = add
end
if not raw and #kept == 0 then return evicted end
local encoded = '[]'
if #kept > 0 then encoded = cjson.encode(kept) end
if raw then
  redis.call('SET', KEYS[1], encoded, 'KEEPTTL')
elseif ARGV[4] ~= '0' then
  redis.call('SET', KEYS[1], encoded, 'PX', ARGV[4])
else
  redis.call('SET', KEYS[1], encoded)
end
return evicted";

#[derive(Clone)]
pub struct RedisStore {
    connection: Connection,
    hub: Arc<Hub>,
    scripts: Arc<Scripts>,
}

/// Each compound step that Redis runs as one script on the key's slot.
struct Scripts {
    compare_and_swap: Script,
    increment: Script,
    decrement: Script,
    change_list: Script,
}

/// The store's connection: one Redis's, or a cluster's, which is made anew
/// when a primary stops answering without its connections dropping (cut
/// off rather than stopped): the client follows a slot to a promoted
/// replica only when told so, and a silent node tells it nothing.
#[derive(Clone)]
enum Connection {
    One(ConnectionManager),
    Cluster(Arc<Cluster>),
}

struct Cluster {
    client: ClusterClient,
    /// Held only to clone or replace it.
    current: Mutex<ClusterConnection>,
}

impl Cluster {
    fn current(&self) -> MutexGuard<'_, ClusterConnection> {
        self.current
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Connection {
    /// The connection to send on now.
    fn handle(&self) -> Handle {
        match self {
            Self::One(connection) => Handle::One(connection.clone()),
            Self::Cluster(cluster) => Handle::Cluster(cluster.current().clone()),
        }
    }

    /// A cluster's connection made anew from its seeds: it reads the slots
    /// afresh and subscribes nothing yet.
    async fn renew(&self) -> Result<(), RedisError> {
        if let Self::Cluster(cluster) = self {
            let fresh = cluster.client.get_async_connection().await?;
            *cluster.current() = fresh;
        }
        Ok(())
    }

    fn publish(&self) -> &'static str {
        match self {
            Self::One(_) => "PUBLISH",
            Self::Cluster(_) => "SPUBLISH",
        }
    }
}

/// One Redis or a cluster, as sent on: both answer the same commands (the
/// cluster client routes each to its slot); they differ in how channels are
/// subscribed.
#[derive(Clone)]
enum Handle {
    One(ConnectionManager),
    Cluster(ClusterConnection),
}

impl ConnectionLike for Handle {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        match self {
            Self::One(connection) => connection.req_packed_command(cmd),
            Self::Cluster(connection) => connection.req_packed_command(cmd),
        }
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        pipeline: &'a Pipeline,
        offset: usize,
        count: usize,
    ) -> RedisFuture<'a, Vec<Value>> {
        match self {
            Self::One(connection) => connection.req_packed_commands(pipeline, offset, count),
            Self::Cluster(connection) => connection.req_packed_commands(pipeline, offset, count),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            Self::One(connection) => connection.get_db(),
            Self::Cluster(connection) => connection.get_db(),
        }
    }
}

impl Handle {
    /// A cluster's channels are sharded: they live on their slot's shard alone.
    async fn subscribe(&mut self, channel: &str) -> Result<(), RedisError> {
        match self {
            Self::One(connection) => connection.subscribe(channel).await,
            Self::Cluster(connection) => connection.ssubscribe(channel).await,
        }
    }

    async fn unsubscribe(&mut self, channel: &str) -> Result<(), RedisError> {
        match self {
            Self::One(connection) => connection.unsubscribe(channel).await,
            Self::Cluster(connection) => connection.sunsubscribe(channel).await,
        }
    }
}

struct Hub {
    channels: Mutex<HashMap<String, Channel>>,
    /// Names of channels whose last local subscriber has gone.
    released: mpsc::UnboundedSender<String>,
    /// Set while a dropped connection is being waited back.
    recovering: AtomicBool,
}

/// One Redis channel someone on this node listens on.
struct Channel {
    sender: broadcast::Sender<Delivery>,
    /// Becomes true once Redis confirmed the SUBSCRIBE; the sender side is
    /// dropped if it failed.
    subscribed: watch::Receiver<bool>,
    /// Redis's first confirmation answers this node's SUBSCRIBE; any later
    /// one is the client subscribing again after a reconnect or a slot move,
    /// and what was published in between is lost.
    confirmed_once: bool,
}

impl Hub {
    fn channels(&self) -> StoreResult<MutexGuard<'_, HashMap<String, Channel>>> {
        self.channels
            .lock()
            .map_err(|_| StoreError::Unavailable("redis hub lock poisoned".into()))
    }

    fn tell_everyone_of_a_gap(&self) {
        if let Ok(channels) = self.channels() {
            for channel in channels.values() {
                let _ = channel.sender.send(Delivery::Gap);
            }
        }
    }
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
    auth::millis(ttl).max(1)
}

impl RedisStore {
    /// Connects to one Redis; fails if it cannot be reached now.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let info = url.into_connection_info().map_err(unavailable)?;
        let resp3 = info
            .redis_settings()
            .clone()
            .set_protocol(ProtocolVersion::RESP3);
        let client = Client::open(info.set_redis_settings(resp3)).map_err(unavailable)?;
        let (pushes, pushed) = mpsc::unbounded_channel();
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(TIMEOUT))
            .set_response_timeout(Some(TIMEOUT))
            .set_number_of_retries(3)
            .set_max_delay(RECONNECT_MAX_DELAY)
            .set_push_sender(pushes)
            .set_automatic_resubscription();
        let connection = ConnectionManager::new_with_config(client, config)
            .await
            .map_err(unavailable)?;
        Ok(Self::with(Connection::One(connection), pushed))
    }

    /// Connects to a Redis Cluster through any of `seeds` (it learns the
    /// other nodes from them); fails if none can be reached now.
    pub async fn connect_cluster(seeds: &[String]) -> StoreResult<Self> {
        let (pushes, pushed) = mpsc::unbounded_channel();
        let client = ClusterClientBuilder::new(seeds.iter().map(String::as_str))
            .use_protocol(ProtocolVersion::RESP3)
            .push_sender(pushes)
            .connection_timeout(TIMEOUT)
            .response_timeout(TIMEOUT)
            .build()
            .map_err(unavailable)?;
        let connection = tokio::time::timeout(TIMEOUT * 2, client.get_async_connection())
            .await
            .map_err(|_| StoreError::Unavailable("redis cluster did not answer".into()))?
            .map_err(unavailable)?;
        let connection = Connection::Cluster(Arc::new(Cluster {
            client,
            current: Mutex::new(connection),
        }));
        Ok(Self::with(connection, pushed))
    }

    fn with(connection: Connection, pushed: mpsc::UnboundedReceiver<PushInfo>) -> Self {
        let (released, released_rx) = mpsc::unbounded_channel();
        let hub = Arc::new(Hub {
            channels: Mutex::new(HashMap::new()),
            released,
            recovering: AtomicBool::new(false),
        });
        tokio::spawn(run_hub(
            connection.clone(),
            Arc::downgrade(&hub),
            pushed,
            released_rx,
        ));
        Self {
            connection,
            hub,
            scripts: Arc::new(Scripts {
                compare_and_swap: Script::new(COMPARE_AND_SWAP),
                increment: Script::new(INCREMENT),
                decrement: Script::new(DECREMENT),
                change_list: Script::new(CHANGE_LIST),
            }),
        }
    }

    /// A command that failed. On a cluster one that timed out or found no
    /// connection may mean a primary is away without its connections
    /// dropping, which nothing else would tell: the store recovers as from
    /// a dropped connection.
    fn failed(&self, error: RedisError) -> StoreError {
        let lost = error.is_timeout()
            || error.is_io_error()
            || error.is_connection_dropped()
            || error.is_connection_refusal();
        if lost && matches!(self.connection, Connection::Cluster(_)) {
            start_recovery(&self.connection, &self.hub);
        }
        unavailable(error)
    }

    async fn query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> StoreResult<T> {
        let mut connection = self.connection.handle();
        cmd.query_async(&mut connection)
            .await
            .map_err(|e| self.failed(e))
    }
}

/// The channel name and payload of a pushed message.
fn channel_of(data: &[Value]) -> Option<String> {
    match data.first()? {
        Value::BulkString(name) => String::from_utf8(name.clone()).ok(),
        _ => None,
    }
}

/// Delivers pushed messages to local subscribers, tells them of gaps, and
/// unsubscribes released channels. Ends with the store.
async fn run_hub(
    connection: Connection,
    hub: Weak<Hub>,
    mut pushed: mpsc::UnboundedReceiver<PushInfo>,
    mut released: mpsc::UnboundedReceiver<String>,
) {
    loop {
        tokio::select! {
            push = pushed.recv() => {
                let (Some(push), Some(hub)) = (push, hub.upgrade()) else { return };
                match push.kind {
                    PushKind::Message | PushKind::SMessage => {
                        let (Some(name), Some(Value::BulkString(payload))) =
                            (channel_of(&push.data), push.data.get(1))
                        else {
                            continue;
                        };
                        if let Ok(channels) = hub.channels() {
                            if let Some(channel) = channels.get(&name) {
                                let _ = channel.sender.send(Delivery::Message(payload.clone()));
                            }
                        }
                    }
                    PushKind::Subscribe | PushKind::SSubscribe => {
                        let Some(name) = channel_of(&push.data) else { continue };
                        if let Ok(mut channels) = hub.channels() {
                            if let Some(channel) = channels.get_mut(&name) {
                                if channel.confirmed_once {
                                    let _ = channel.sender.send(Delivery::Gap);
                                } else {
                                    channel.confirmed_once = true;
                                }
                            }
                        }
                    }
                    // Redis ends a subscription itself when the channel's
                    // slot moves to another node (resharding), or when an
                    // unsubscribe of a channel released here lands after a
                    // new subscriber took it up again. Still listened to, it
                    // is subscribed again (the client follows the slot), and
                    // that confirmation tells of the gap.
                    PushKind::Unsubscribe | PushKind::SUnsubscribe => {
                        let Some(name) = channel_of(&push.data) else { continue };
                        if hub.channels().is_ok_and(|channels| channels.contains_key(&name)) {
                            let mut connection = connection.handle();
                            tokio::spawn(async move {
                                let _ = tokio::time::timeout(TIMEOUT, connection.subscribe(&name)).await;
                            });
                        }
                    }
                    // The gap is told once the store answers again: a
                    // subscriber that read the state now would only fail.
                    PushKind::Disconnection => {
                        tracing::warn!("redis connection lost; reconnecting");
                        auth::metrics::pubsub_reconnected();
                        start_recovery(&connection, &hub);
                    }
                    _ => {}
                }
            }
            name = released.recv() => {
                let (Some(name), Some(hub)) = (name, hub.upgrade()) else { return };
                let unused = hub.channels().is_ok_and(|mut channels| {
                    let unused = channels.get(&name).is_some_and(|c| c.sender.receiver_count() == 0);
                    if unused {
                        channels.remove(&name);
                    }
                    unused
                });
                if unused {
                    let mut connection = connection.handle();
                    tokio::spawn(async move {
                        let _ = tokio::time::timeout(TIMEOUT, connection.unsubscribe(&name)).await;
                    });
                }
            }
        }
    }
}

/// Starts [`recover`] unless it runs already.
fn start_recovery(connection: &Connection, hub: &Arc<Hub>) {
    if !hub.recovering.swap(true, Ordering::AcqRel) {
        tokio::spawn(recover(connection.clone(), Arc::downgrade(hub)));
    }
}

/// Pings until the store answers again (on a cluster: every primary, with
/// a connection made anew after each failed ping, so that it reads the
/// slots afresh, a promoted replica included), subscribes every channel
/// again where it now lives, then tells every subscriber of the gap: what
/// was published meanwhile is lost, and the state is read again. One
/// Redis's connection subscribes again by itself as it comes back.
async fn recover(connection: Connection, hub: Weak<Hub>) {
    let mut delay = Duration::from_millis(50);
    loop {
        let mut handle = connection.handle();
        let answered = tokio::time::timeout(
            TIMEOUT,
            redis::cmd("PING").query_async::<Value>(&mut handle),
        )
        .await
        .is_ok_and(|reply| reply.is_ok());
        let Some(hub) = hub.upgrade() else { return };
        if answered {
            if matches!(connection, Connection::Cluster(_)) {
                resubscribe(&handle, &hub).await;
            }
            hub.recovering.store(false, Ordering::Release);
            hub.tell_everyone_of_a_gap();
            tracing::info!("redis answers again");
            return;
        }
        drop(hub);
        if let Err(error) = connection.renew().await {
            tracing::debug!(%error, "redis cluster connection not made anew yet");
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(RECONNECT_MAX_DELAY);
    }
}

/// Subscribes every channel of the hub again, a few dozen at a time.
async fn resubscribe(connection: &Handle, hub: &Hub) {
    use futures::StreamExt as _;
    let names: Vec<String> = hub
        .channels()
        .map(|channels| channels.keys().cloned().collect())
        .unwrap_or_default();
    let failed = futures::stream::iter(names)
        .map(|name| {
            let mut connection = connection.clone();
            async move { tokio::time::timeout(TIMEOUT, connection.subscribe(&name)).await }
        })
        .buffer_unordered(32)
        .filter(|outcome| std::future::ready(!matches!(outcome, Ok(Ok(())))))
        .count()
        .await;
    if failed > 0 {
        tracing::warn!(failed, "channels not subscribed again after a failover");
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

    /// On a cluster the client splits the MGET by slot and puts the answers
    /// back in order.
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
        announce: Option<&str>,
    ) -> StoreResult<bool> {
        let mut connection = self.connection.handle();
        let swapped: i64 = self
            .scripts
            .compare_and_swap
            .key(key)
            .arg(expected)
            .arg(new)
            .arg(ttl.map_or(0, millis))
            .arg(announce.unwrap_or_default())
            .arg(self.connection.publish())
            .invoke_async(&mut connection)
            .await
            .map_err(|e| self.failed(e))?;
        Ok(swapped == 1)
    }

    async fn increment(&self, key: &str, window: Duration) -> StoreResult<u64> {
        let mut connection = self.connection.handle();
        self.scripts
            .increment
            .key(key)
            .arg(millis(window))
            .invoke_async(&mut connection)
            .await
            .map_err(|e| self.failed(e))
    }

    async fn decrement(&self, key: &str) -> StoreResult<()> {
        let mut connection = self.connection.handle();
        self.scripts
            .decrement
            .key(key)
            .invoke_async::<()>(&mut connection)
            .await
            .map_err(|e| self.failed(e))
    }

    async fn change_list(&self, key: &str, change: &ListChange<'_>) -> StoreResult<ListChanged> {
        let mut connection = self.connection.handle();
        let mut invocation = self.scripts.change_list.key(key);
        invocation
            .arg(change.cap)
            .arg(change.add.unwrap_or_default())
            .arg(change.evict.unwrap_or_default())
            .arg(change.ttl.map_or(0, |ttl| millis(ttl).max(1)))
            .arg(change.remove);
        let answer: i64 = invocation
            .invoke_async(&mut connection)
            .await
            .map_err(|e| self.failed(e))?;
        Ok(match answer {
            -1 => ListChanged::Full,
            evicted => ListChanged::Done {
                evicted: evicted == 1,
            },
        })
    }

    /// On a cluster, one `WAIT 1` on each primary that holds one of `keys`
    /// (over the same connection the writes took, so it covers them). One
    /// Redis is taken to run without replicas: nothing to wait for.
    async fn replicate(&self, keys: &[&str]) -> StoreResult<bool> {
        let Handle::Cluster(connection) = self.connection.handle() else {
            return Ok(true);
        };
        let slots: std::collections::HashSet<Slot> = keys.iter().map(Slot::for_key).collect();
        let waits = slots.into_iter().map(|slot| {
            let mut connection = connection.clone();
            let mut wait = redis::cmd("WAIT");
            wait.arg(1).arg(millis(REPLICA_WAIT));
            let primary =
                SingleNodeRoutingInfo::SpecificNode(Route::with_slot(slot, SlotAddr::Master));
            async move {
                let answer = connection
                    .route_command(wait, RoutingInfo::SingleNode(primary))
                    .await?;
                redis::from_redis_value::<u64>(answer).map_err(RedisError::from)
            }
        });
        let replicas = futures::future::try_join_all(waits)
            .await
            .map_err(|e| self.failed(e))?;
        Ok(replicas.iter().all(|&count| count >= 1))
    }

    async fn push_recent(&self, lists: &[(&str, usize)], value: &[u8]) -> StoreResult<()> {
        // Not a transaction: concurrent pushes may interleave, and each list
        // still ends with its newest `keep`. One LPUSH a list, all at once
        // (a cluster keeps each list on its own slot); LTRIM only once a
        // list has grown an eighth past what it keeps.
        let pushes = lists.iter().map(|&(key, keep)| {
            let mut connection = self.connection.handle();
            async move {
                let length: usize = redis::cmd("LPUSH")
                    .arg(key)
                    .arg(value)
                    .query_async(&mut connection)
                    .await?;
                if length > keep + keep / 8 {
                    let last = i64::try_from(keep).unwrap_or(i64::MAX) - 1;
                    redis::cmd("LTRIM")
                        .arg(key)
                        .arg(0)
                        .arg(last)
                        .query_async::<()>(&mut connection)
                        .await?;
                }
                Ok::<(), RedisError>(())
            }
        });
        futures::future::try_join_all(pushes)
            .await
            .map(drop)
            .map_err(|e| self.failed(e))
    }

    async fn recent(&self, key: &str, count: usize) -> StoreResult<Vec<Vec<u8>>> {
        let last = i64::try_from(count).unwrap_or(i64::MAX) - 1;
        self.query(redis::cmd("LRANGE").arg(key).arg(0).arg(last))
            .await
    }

    async fn publish(&self, channel: &str, message: &[u8]) -> StoreResult<()> {
        let _receivers: u64 = self
            .query(
                redis::cmd(self.connection.publish())
                    .arg(channel)
                    .arg(message),
            )
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
            let mut channels = self.hub.channels()?;
            match channels.get(channel) {
                Some(open) => (open.sender.subscribe(), None, open.subscribed.clone()),
                None => {
                    let (sender, receiver) = broadcast::channel(CHANNEL_CAPACITY);
                    let (confirm, subscribed) = watch::channel(false);
                    channels.insert(
                        channel.to_owned(),
                        Channel {
                            sender,
                            subscribed: subscribed.clone(),
                            confirmed_once: false,
                        },
                    );
                    (receiver, Some(confirm), subscribed)
                }
            }
        };
        // Dropped on failure too: the hub then forgets the channel.
        let release = Release {
            channel: channel.to_owned(),
            released: self.hub.released.clone(),
        };
        let outcome = match opening {
            Some(confirm) => {
                let mut connection = self.connection.handle();
                match tokio::time::timeout(TIMEOUT, connection.subscribe(channel)).await {
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

    /// On a cluster, every primary must answer: each holds a part of the keys.
    async fn ping(&self) -> StoreResult<()> {
        let _pong: Value = self.query(&redis::cmd("PING")).await?;
        Ok(())
    }
}
