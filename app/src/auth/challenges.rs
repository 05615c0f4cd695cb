//! The challenge steps of the flow: issue (browser), inspect, approve, deny
//! (phone), and the event stream a browser watches.
//!
//! Store layout (every secret only as its SHA-256 digest):
//! - `qr:{qrId}` → the [`Challenge`] as JSON
//! - `qr:token:{digest(token)}` → `qrId`, how a phone's token finds its challenge
//! - `qr:bind:{digest(binding)}` → a binding secret this server handed out
//! - `rate:challenge:{network}`, `rate:code-miss:{network}` → counters
//! - channel `qr:{qrId}` → "changed": watchers read the stored state again

use std::time::Duration;

use axum::http::HeaderMap;
use axum_extra::extract::cookie::Cookie;

use super::accounts::{self, Account};
use super::audit::{self, Entry};
use super::cookies::{self, Kind};
use super::devices::DeviceSession;
use super::records::{get_json, put_json, update_json};
use super::requester::Client;
use super::store::{Delivery, Subscription};
use super::{millis, now_ms, random, rate, sessions, ApiError, Core};
use crate::protocol::{
    ApproveRequest, AuditKind, BindingSecret, BrowserEvent, Challenge, ChallengeCreated,
    ChallengeError, ChallengeRequest, InspectResponse, Outcome, QrToken,
};

/// How long the server remembers a binding secret it handed out after the
/// browser last asked for a code; an unknown one is replaced.
const BINDING_LIFETIME: Duration = Duration::from_secs(12 * 3600);
const MINUTE: Duration = Duration::from_secs(60);

pub fn challenge_key(qr_id: &str) -> String {
    format!("qr:{qr_id}")
}

pub fn token_key(token: &QrToken) -> String {
    format!("qr:token:{}", token.digest())
}

pub fn binding_key(binding: &BindingSecret) -> String {
    format!("qr:bind:{}", binding.digest())
}

pub fn channel(qr_id: &str) -> String {
    format!("qr:{qr_id}")
}

fn issue_rate_key(client: &Client) -> String {
    format!("rate:challenge:{}", client.network)
}

fn miss_rate_key(client: &Client) -> String {
    format!("rate:code-miss:{}", client.network)
}

/// A new challenge, and the cookie to set when the browser had no binding yet.
pub struct Issued {
    pub created: ChallengeCreated,
    pub set_cookie: Option<Cookie<'static>>,
}

/// Creates a challenge for the browser behind `headers`. A browser that holds
/// a binding secret this server gave it keeps it (any other is replaced: a
/// secret chosen by someone else could be known to them); the challenge it
/// `replaces` (if it is this browser's and still open) stops working, and its
/// watchers hear so.
pub async fn issue(
    core: &Core,
    headers: &HeaderMap,
    client: &Client,
    request: &ChallengeRequest,
) -> Result<Issued, ApiError> {
    rate::count(
        core,
        &issue_rate_key(client),
        MINUTE,
        core.settings.limits.challenges_per_minute,
    )
    .await?;
    let store = &core.store;
    let known = match cookies::binding(headers, &core.settings) {
        Some(binding) if store.get(&binding_key(&binding)).await?.is_some() => Some(binding),
        _ => None,
    };
    let (binding, set_cookie) = match known {
        Some(binding) => (binding, None),
        None => {
            let binding = BindingSecret::from_random(random());
            let cookie = cookies::make(Kind::Binding, binding.encode(), None, &core.settings);
            (binding, Some(cookie))
        }
    };
    store
        .put(&binding_key(&binding), b"1", Some(BINDING_LIFETIME))
        .await?;

    if let Some(previous) = request.replaces.as_deref() {
        let key = challenge_key(previous);
        let ours = get_json::<Challenge>(&**store, &key)
            .await?
            .filter(|c| c.binding_digest == binding.digest() && !c.is_final());
        if ours.is_some() && store.delete(&key).await? {
            notify(core, previous).await?;
        }
    }

    let now = now_ms();
    let ttl_ms = millis(core.settings.qr_ttl);
    let token = QrToken::from_random(random());
    let qr_id = uuid::Uuid::new_v4().simple().to_string();
    let challenge = Challenge::new(
        qr_id.clone(),
        binding.digest(),
        client.requester(now),
        now,
        ttl_ms,
        request.kiosk,
    );
    let keep = Some(Duration::from_millis(challenge.store_ttl_ms(now)));
    put_json(&**store, &challenge_key(&qr_id), &challenge, keep).await?;
    store
        .put(&token_key(&token), qr_id.as_bytes(), keep)
        .await?;
    let detail = if request.kiosk { "kiosk" } else { "" };
    audit::record(
        core,
        entry(AuditKind::Created, client, None, &qr_id, detail.into()),
    )
    .await;

    Ok(Issued {
        created: ChallengeCreated {
            qr_payload: core.settings.qr_payload(&token.encode()),
            qr_id,
            expires_at: challenge.expires_at,
            ttl_ms,
            server_time: now,
        },
        set_cookie,
    })
}

/// A phone opened the QR: marks it scanned, tells the browser, and returns
/// what the confirmation screen must show.
pub async fn inspect(
    core: &Core,
    token: &str,
    device: &DeviceSession,
    client: &Client,
) -> Result<InspectResponse, ApiError> {
    let (key, _) = find(core, token, client).await?;
    let challenge = swap(core, &key, |c, now| c.scan(now, &device.device_name)).await?;
    notify(core, &challenge.qr_id).await?;
    audit::record(
        core,
        entry(
            AuditKind::Scanned,
            client,
            Some(&device.user_id),
            &challenge.qr_id,
            device.device_name.clone(),
        ),
    )
    .await;
    let linked = sessions::list(core, &device.user_id).await?;
    Ok(InspectResponse {
        qr_id: challenge.qr_id,
        expires_at: challenge.expires_at,
        requester: challenge.requester,
        server_time: now_ms(),
        linked_sessions: linked
            .iter()
            .map(sessions::WebSession::linked_device)
            .collect(),
        max_linked_sessions: u32::try_from(core.settings.max_linked_sessions).unwrap_or(u32::MAX),
        kiosk: challenge.kiosk,
    })
}

/// The user tapped "Log in": exactly one approval of a challenge can succeed,
/// and the account never has more linked browsers than allowed. The phone
/// first claims the challenge (no other approval can then race it), takes a
/// linked-browser place for the new session, then confirms the claim; when
/// there is no place the claim is undone and nothing has changed.
pub async fn approve(
    core: &Core,
    request: &ApproveRequest,
    device: &DeviceSession,
    account: &Account,
    client: &Client,
) -> Result<(), ApiError> {
    let (key, current) = find(core, &request.token, client).await?;
    let persistent = request.keep_signed_in.unwrap_or(true);
    let mut session = sessions::prepare(&account.id, device, &current, persistent);
    current.claim(now_ms(), &account.id, &session.id)?;
    sessions::save(core, &mut session).await?;
    let claim = |c: &Challenge, now| c.claim(now, &account.id, &session.id);
    if let Err(error) = swap(core, &key, claim).await {
        sessions::discard(core, &session).await?;
        return Err(error);
    }
    let dropped = match sessions::reserve(core, &session, request.drop_session.as_deref()).await {
        Ok(dropped) => dropped,
        Err(error) => {
            swap(core, &key, |c, _| c.unclaim(&session.id)).await?;
            sessions::discard(core, &session).await?;
            return Err(error);
        }
    };
    let challenge = match swap(core, &key, |c, _| c.confirm(&session.id)).await {
        Ok(challenge) => challenge,
        // Replaced by its page, or gone, in the moment between the steps.
        Err(error) => {
            sessions::release(core, &session, dropped.as_deref()).await?;
            sessions::discard(core, &session).await?;
            return Err(error);
        }
    };
    if let Some(dropped) = dropped {
        if let Some(dropped) = sessions::load(core, &dropped).await? {
            sessions::revoke(core, &dropped, "replaced_by_new_login", client).await?;
        }
    }
    sessions::announce(core, &session).await?;
    let device_name = request
        .device_name
        .as_deref()
        .map(|name| crate::protocol::label::clean(name, crate::protocol::label::NAME_MAX_CHARS))
        .unwrap_or_else(|| device.device_name.clone());
    let kiosk = if challenge.kiosk { ", kiosk" } else { "" };
    let detail = format!(
        "{} on {} via {device_name}{kiosk}",
        session.browser, session.os
    );
    audit::record(
        core,
        entry(
            AuditKind::Approved,
            client,
            Some(&account.id),
            &challenge.qr_id,
            detail,
        ),
    )
    .await;
    notify(core, &challenge.qr_id).await
}

/// The user tapped "Not me".
pub async fn deny(
    core: &Core,
    token: &str,
    device: &DeviceSession,
    client: &Client,
) -> Result<(), ApiError> {
    let (key, _) = find(core, token, client).await?;
    let challenge = swap(core, &key, |c, now| c.deny(now)).await?;
    notify(core, &challenge.qr_id).await?;
    audit::record(
        core,
        entry(
            AuditKind::Denied,
            client,
            Some(&device.user_id),
            &challenge.qr_id,
            device.device_name.clone(),
        ),
    )
    .await;
    Ok(())
}

/// The challenge a phone's token belongs to; `expired` when it is unknown or
/// gone. An address that presents too many unknown codes is refused every
/// code for a while, found or not, so guessing gains nothing.
async fn find(core: &Core, token: &str, client: &Client) -> Result<(String, Challenge), ApiError> {
    let token = QrToken::parse(token.trim())?;
    let misses = miss_rate_key(client);
    let limit = core.settings.limits.code_misses_per_minute;
    rate::check(core, &misses, MINUTE, limit).await?;
    let found = match core.store.get(&token_key(&token)).await? {
        Some(qr_id) => {
            let key = challenge_key(&String::from_utf8_lossy(&qr_id));
            get_json::<Challenge>(&*core.store, &key)
                .await?
                .map(|challenge| (key, challenge))
        }
        None => None,
    };
    match found {
        Some(found) => Ok(found),
        None => {
            core.store.increment(&misses, MINUTE).await?;
            Err(ApiError::Expired)
        }
    }
}

/// Applies `step` to the stored challenge atomically: whenever another
/// request changed it in between, the step runs again on the latest state
/// (a second approve sees the first one and is `already_used`).
async fn swap(
    core: &Core,
    key: &str,
    step: impl Fn(&Challenge, u64) -> Result<Challenge, ChallengeError>,
) -> Result<Challenge, ApiError> {
    update_json(&*core.store, key, None, |current: Option<&Challenge>| {
        let current = current.ok_or(ApiError::Expired)?;
        Ok(Some(step(current, now_ms())?))
    })
    .await?
    .ok_or(ApiError::Expired)
}

async fn notify(core: &Core, qr_id: &str) -> Result<(), ApiError> {
    Ok(core.store.publish(&channel(qr_id), b"changed").await?)
}

/// A requesting browser's view of its challenge: the events it has not seen yet.
pub struct Watch {
    core: Core,
    key: String,
    qr_id: String,
    client: Client,
    subscription: Subscription,
    last: Option<Outcome>,
    scanned_seen: bool,
    done: bool,
}

/// Checks that `qr_id` is a challenge of the browser holding `binding`, then
/// starts watching it. It subscribes only once the challenge is known to
/// exist (a random id costs no channel), and [`Watch::next`] reads the state
/// again after subscribing, so a change that lands in between is not missed.
pub async fn watch(
    core: &Core,
    qr_id: &str,
    binding: Option<&BindingSecret>,
    client: Client,
) -> Result<Watch, ApiError> {
    if !is_challenge_id(qr_id) {
        return Err(ApiError::BadRequest("qrId is not a challenge id".into()));
    }
    let key = challenge_key(qr_id);
    let challenge: Challenge = get_json(&*core.store, &key)
        .await?
        .ok_or(ApiError::Expired)?;
    if binding.map(BindingSecret::digest).as_deref() != Some(challenge.binding_digest.as_str()) {
        return Err(ApiError::BindingMismatch);
    }
    let subscription = core.store.subscribe(&channel(qr_id)).await?;
    Ok(Watch {
        core: core.clone(),
        key,
        qr_id: qr_id.to_owned(),
        client,
        subscription,
        last: None,
        scanned_seen: false,
        done: false,
    })
}

/// 32 lowercase hex digits: the form of every `qrId`.
pub fn is_challenge_id(qr_id: &str) -> bool {
    qr_id.len() == 32
        && qr_id
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl Watch {
    /// The client already heard `qr_scanned` (a long-poll client says so), so
    /// only a final event is news.
    pub fn scanned_seen(mut self) -> Self {
        self.scanned_seen = true;
        self
    }

    /// The next event for the browser; `None` after the final one.
    pub async fn next(&mut self) -> Result<Option<BrowserEvent>, ApiError> {
        while !self.done {
            let now = now_ms();
            let challenge: Option<Challenge> = get_json(&*self.core.store, &self.key).await?;
            let outcome = challenge
                .as_ref()
                .map_or(Outcome::Expired, |c| c.outcome(now));
            let scanned = matches!(outcome, Outcome::Scanned { .. });
            let news = outcome != Outcome::Pending
                && self.last.as_ref() != Some(&outcome)
                && !(scanned && self.scanned_seen);
            if news {
                self.last = Some(outcome.clone());
                self.done = !scanned;
                return self.event(outcome).await.map(Some);
            }
            // Until expiry; past it only an approval under way is still open,
            // and its end is published.
            let expires_at = challenge.map_or(now, |c| c.expires_at);
            let until_expiry = if expires_at > now {
                Duration::from_millis(expires_at - now + 5)
            } else {
                Duration::from_secs(1)
            };
            tokio::select! {
                delivery = self.subscription.recv() => match delivery {
                    Some(Delivery::Message(_) | Delivery::Gap) => {}
                    None => return Err(ApiError::Unavailable),
                },
                () = tokio::time::sleep(until_expiry) => {}
            }
        }
        Ok(None)
    }

    async fn event(&self, outcome: Outcome) -> Result<BrowserEvent, ApiError> {
        let core = &self.core;
        Ok(match outcome {
            Outcome::Pending => BrowserEvent::Pending,
            Outcome::Scanned { device_name } => BrowserEvent::QrScanned { device_name },
            Outcome::Denied => BrowserEvent::QrDenied,
            Outcome::Expired => {
                audit::record(
                    core,
                    entry(
                        AuditKind::Expired,
                        &self.client,
                        None,
                        &self.qr_id,
                        String::new(),
                    ),
                )
                .await;
                BrowserEvent::QrExpired
            }
            Outcome::Approved {
                user_id,
                session_id,
            } => {
                let session = sessions::load(core, &session_id)
                    .await?
                    .ok_or(ApiError::Unauthorized)?;
                let account = accounts::load(core, &user_id)
                    .await?
                    .ok_or(ApiError::Unauthorized)?;
                let (access_token, expires_in) = sessions::access_token(core, &session)?;
                audit::record(
                    core,
                    entry(
                        AuditKind::TokenIssued,
                        &self.client,
                        Some(&user_id),
                        &self.qr_id,
                        String::new(),
                    ),
                )
                .await;
                BrowserEvent::QrAuthorized {
                    access_token,
                    expires_in,
                    user: account.user(),
                }
            }
        })
    }
}

fn entry<'a>(
    kind: AuditKind,
    client: &'a Client,
    user_id: Option<&'a str>,
    qr_id: &'a str,
    detail: String,
) -> Entry<'a> {
    Entry {
        kind,
        client,
        user_id,
        qr_id: Some(qr_id),
        detail,
    }
}
