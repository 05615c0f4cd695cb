//! OpenID Connect Back-Channel Logout 1.0: when a web session ends (the
//! phone logged the browser out, the account was disabled, the browser or
//! an app signed out, or it went unused until it idled out), each app it
//! signed in to that registered a `backchannel_logout_uri` hears it from
//! this server, not from the browser.
//!
//! Each send is a notice in the store (`backchannel:{id}`) until the app
//! took it or it was given up, so an app that is down hears it when it is
//! back, even if the node that ended the session has stopped: the notice's
//! timer (`timers.rs`) brings it to whichever node sweeps first.

use std::sync::OnceLock;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use super::clients::Client;
use crate::records::{is_record_id, put_json, update_json};
use crate::{millis, now_ms, random, timers, ApiError, Core};

const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";
/// One app that does not answer must not hold the others or the revocation.
const SEND_TIMEOUT: Duration = Duration::from_secs(5);
/// The waits before each new send to an app that could not take one: the
/// last comes about 7½ minutes after the session ended.
pub const RETRY_AFTER: [Duration; 5] = [
    Duration::from_secs(1),
    Duration::from_secs(5),
    Duration::from_secs(30),
    Duration::from_secs(120),
    Duration::from_secs(300),
];
/// A node that takes a notice to send holds it this long: if it stops
/// before it has sent it, another node sends it then.
const LEASE: Duration = Duration::from_secs(30);
/// Sends under way at once on one node: a burst of ended sessions while an
/// app hangs must not open a connection each.
static SENDING: Semaphore = Semaphore::const_new(64);
/// The prefix of a notice's timer entry.
pub const TIMER: &str = "backchannel:";

/// A logout an app is still to hear.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
struct Notice {
    app: String,
    user_id: String,
    sid: String,
    /// Sends that failed so far.
    failures: u32,
    /// When a node may take it to send: the end of a lease, or of a wait
    /// in [`RETRY_AFTER`].
    due_at: u64,
}

fn key(id: &str) -> String {
    format!("backchannel:{id}")
}

/// Notice `id`'s entry in the timers.
fn timer(id: &str) -> String {
    format!("{TIMER}{id}")
}

#[derive(Serialize)]
struct LogoutClaims<'a> {
    iss: &'a str,
    aud: &'a str,
    sub: &'a str,
    sid: &'a str,
    iat: u64,
    exp: u64,
    jti: String,
    events: serde_json::Value,
}

/// One HTTP client for every notification (its connection pool is shared).
fn http() -> Option<&'static reqwest::Client> {
    static CLIENT: OnceLock<Option<reqwest::Client>> = OnceLock::new();
    CLIENT
        .get_or_init(|| {
            reqwest::Client::builder()
                .timeout(SEND_TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|error| tracing::error!(%error, "no HTTP client for back-channel logout"))
                .ok()
        })
        .as_ref()
}

/// Tells each of `apps` (the ones web session `sid` of `user_id` signed in
/// to) that it ended, in the background: the session is already gone,
/// whatever the apps answer. Each notice is kept in the store, then sent
/// at once. An app that is down, or answers 5xx or 429, is sent a fresh
/// token again after each of [`RETRY_AFTER`], by whichever node comes
/// first; one that answers another 4xx refused it and is not.
pub fn session_ended(core: &Core, user_id: &str, sid: &str, apps: &[String]) {
    for app in apps {
        let listens = core
            .settings
            .oidc_clients
            .find(app)
            .is_some_and(|client| client.backchannel_logout_uri.is_some());
        if !listens {
            continue;
        }
        let id = uuid::Uuid::new_v4().simple().to_string();
        let notice = Notice {
            app: app.clone(),
            user_id: user_id.to_owned(),
            sid: sid.to_owned(),
            failures: 0,
            due_at: now_ms() + millis(LEASE),
        };
        let core = core.clone();
        tokio::spawn(async move {
            // Kept first, held by this node: if it stops before sending,
            // another sends it when the lease ends.
            let kept = match keep(&core, &id, &notice).await {
                Ok(()) => true,
                Err(error) => {
                    // Sent once all the same; not again if that fails.
                    tracing::warn!(app = %notice.app, %error, "a back-channel logout is not kept: the store is unavailable");
                    false
                }
            };
            send_in_turn(&core, &id, notice, kept).await;
        });
    }
}

/// Stores `notice` and its timer, due at its `due_at`.
async fn keep(core: &Core, id: &str, notice: &Notice) -> Result<(), ApiError> {
    put_json(&*core.store, &key(id), notice, Some(lifetime(notice))).await?;
    timers::schedule(core, notice.due_at, &timer(id)).await
}

/// How long a notice is kept: past its due time, as long as a timer waits
/// for a sweeper (every node may be down meanwhile).
fn lifetime(notice: &Notice) -> Duration {
    Duration::from_millis(notice.due_at.saturating_sub(now_ms())) + timers::HORIZON
}

/// What [`lease`] found.
enum Leased {
    /// Taken by this node, as it now stands.
    Taken(Notice),
    /// Kept, but due at this time, not yet.
    Later(u64),
    /// Not kept: sent, given up, or taken by another node meanwhile.
    Gone,
}

/// Takes notice `id` for this node for [`LEASE`]: when it is due, or when
/// it is still `held` as this node left it.
async fn lease(core: &Core, id: &str, held: Option<&Notice>) -> Result<Leased, ApiError> {
    let now = now_ms();
    let mut taken = Leased::Gone;
    update_json(&*core.store, &key(id), None, |stored: Option<&Notice>| {
        taken = Leased::Gone;
        let Some(notice) = stored else {
            return Ok(None);
        };
        if notice.due_at > now && Some(notice) != held {
            taken = Leased::Later(notice.due_at);
            return Ok(None);
        }
        let leased = Notice {
            due_at: now + millis(LEASE),
            ..notice.clone()
        };
        taken = Leased::Taken(leased.clone());
        Ok(Some(leased))
    })
    .await?;
    Ok(taken)
}

/// Notice `id`'s timer came. Due: this node takes it (a lease, with a
/// timer of its own in case this node stops) and sends it. Due later: its
/// timer is set again for then (a timer may have been lost on the way).
pub async fn due(core: &Core, id: &str) -> Result<(), ApiError> {
    if !is_record_id(id) {
        return Ok(());
    }
    match lease(core, id, None).await? {
        Leased::Taken(notice) => {
            timers::schedule(core, notice.due_at, &timer(id)).await?;
            send_in_turn(core, id, notice, true).await;
        }
        Leased::Later(due_at) => timers::schedule(core, due_at, &timer(id)).await?,
        Leased::Gone => {}
    }
    Ok(())
}

/// Sends the notice this node holds when a sending place is free; after a
/// long wait it takes the lease again first, and sends nothing if another
/// node took the notice meanwhile.
async fn send_in_turn(core: &Core, id: &str, mut notice: Notice, kept: bool) {
    let Ok(_sending) = SENDING.acquire().await else {
        return;
    };
    if kept && now_ms() + millis(LEASE) / 2 > notice.due_at {
        match lease(core, id, Some(&notice)).await {
            Ok(Leased::Taken(leased)) => notice = leased,
            Ok(Leased::Later(_) | Leased::Gone) => return,
            Err(error) => {
                tracing::warn!(app = %notice.app, %error, "a back-channel logout waits for its lease's end: the store is unavailable");
                return;
            }
        }
    }
    send(core, id, notice, kept).await;
}

/// What an app made of one send.
enum Answer {
    Delivered,
    /// 4xx other than 429: not sent again.
    Refused,
    /// Down, 5xx or 429: sent again later.
    Failed,
}

/// Sends the notice `id` (held by this node, unless it could not be
/// `kept`) once, and keeps what follows: gone once the app answered, due
/// again after the next wait when it could not take it, given up after
/// the last.
async fn send(core: &Core, id: &str, notice: Notice, kept: bool) {
    let app = notice.app.as_str();
    let answer = match core.settings.oidc_clients.find(app) {
        Some(client) => post(core, &client, &notice).await,
        // No longer registered (the client file was reloaded): nobody to tell.
        None => Answer::Refused,
    };
    let outcome = match answer {
        Answer::Delivered => "delivered",
        Answer::Refused => "refused",
        Answer::Failed => match RETRY_AFTER.get(notice.failures as usize) {
            Some(wait) => {
                let next = Notice {
                    failures: notice.failures + 1,
                    due_at: now_ms() + millis(*wait),
                    ..notice.clone()
                };
                match again(core, id, &notice, &next).await {
                    Ok(Some(_)) => "retried",
                    Ok(None) if kept => {
                        // Another node took it after this one's lease ran out, and finished it.
                        tracing::info!(%app, "a back-channel logout was finished by another node");
                        return;
                    }
                    Ok(None) => {
                        tracing::error!(%app, "a back-channel logout is lost: it was not kept");
                        "abandoned"
                    }
                    Err(error) => {
                        tracing::error!(%app, %error, "a back-channel logout is lost: the store is unavailable");
                        "abandoned"
                    }
                }
            }
            None => {
                tracing::warn!(%app, "back-channel logout abandoned after its last retry");
                "abandoned"
            }
        },
    };
    crate::metrics::backchannel_logout(app, outcome);
    if outcome != "retried" {
        if let Err(error) = core.store.delete(&key(id)).await {
            // Its lease ends and a node sends it again: the app hears it twice.
            tracing::warn!(%app, %error, "a back-channel logout sent is not forgotten");
        }
    }
}

/// Sets the notice's next send, if this node still holds it (`held`, as
/// it took it): a node whose send outlasted its lease leaves the notice to
/// the node that took it then. The notice as it stands; `None` when it is
/// not kept at all.
async fn again(
    core: &Core,
    id: &str,
    held: &Notice,
    next: &Notice,
) -> Result<Option<Notice>, ApiError> {
    let mut ours = false;
    let stands = update_json(
        &*core.store,
        &key(id),
        Some(lifetime(next)),
        |stored: Option<&Notice>| {
            ours = stored == Some(held);
            Ok(ours.then(|| next.clone()))
        },
    )
    .await?;
    if ours {
        timers::schedule(core, next.due_at, &timer(id)).await?;
    }
    Ok(stands)
}

/// One POST of a fresh logout token to the app.
async fn post(core: &Core, client: &Client, notice: &Notice) -> Answer {
    let app = &client.id;
    let (Some(http), Some(uri)) = (http(), client.backchannel_logout_uri.as_deref()) else {
        return Answer::Refused;
    };
    let Some(token) = logout_token(core, client, &notice.user_id, &notice.sid) else {
        return Answer::Refused;
    };
    match http.post(uri).form(&[("logout_token", token)]).send().await {
        Ok(reply) if reply.status().is_success() => {
            tracing::info!(%app, "back-channel logout delivered");
            Answer::Delivered
        }
        Ok(reply) if reply.status().is_server_error() || reply.status() == 429 => {
            tracing::warn!(%app, status = %reply.status(), "back-channel logout failed");
            Answer::Failed
        }
        Ok(reply) => {
            tracing::warn!(%app, status = %reply.status(), "back-channel logout refused");
            Answer::Refused
        }
        Err(error) => {
            tracing::warn!(%app, %error, "back-channel logout not delivered");
            Answer::Failed
        }
    }
}

/// A logout token for `client` (a new one for each send: each lives two
/// minutes, and a retry may come later).
fn logout_token(core: &Core, client: &Client, user_id: &str, sid: &str) -> Option<String> {
    let now = now_ms() / 1000;
    let key = core.keys.pairwise_key();
    let (sub, sid) = (client.subject(key, user_id), client.sid(key, sid));
    let claims = LogoutClaims {
        iss: &core.settings.public_url,
        aud: &client.id,
        sub: &sub,
        sid: &sid,
        iat: now,
        exp: now + 120,
        jti: uuid::Uuid::from_bytes(random()).simple().to_string(),
        events: serde_json::json!({ EVENT: {} }),
    };
    core.keys
        .oidc()
        .sign(client.alg, "logout+jwt", &claims)
        .ok()
}
