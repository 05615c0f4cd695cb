//! The challenge steps of the flow: issue (browser), inspect, approve, deny
//! (phone), and the event stream a browser watches.
//!
//! Store layout (every secret only as its SHA-256 digest):
//! - `qr:{qrId}` → the [`Challenge`] as JSON
//! - `qr:token:{digest(token)}` → `qrId`, how a phone's token finds its challenge
//! - channel `qr:{qrId}` → "changed": watchers read the stored state again

use std::time::Duration;

use axum::http::HeaderMap;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::accounts::{self, Account, DeviceSession};
use super::audit::{self, Entry};
use super::requester::Client;
use super::store::{Delivery, Subscription};
use super::{millis, now_ms, random, sessions, ApiError, AppState};
use crate::protocol::token::BINDING_COOKIE;
use crate::protocol::{
    ApproveRequest, AuditKind, BindingSecret, Challenge, ChallengeCreated, ChallengeError,
    InspectResponse, Outcome, QrToken, RdEvent,
};

/// Attempts at a compare-and-swap before giving up (only contention loops).
const SWAP_ATTEMPTS: usize = 16;

pub fn challenge_key(qr_id: &str) -> String {
    format!("qr:{qr_id}")
}

pub fn token_key(token: &QrToken) -> String {
    format!("qr:token:{}", token.digest())
}

pub fn channel(qr_id: &str) -> String {
    format!("qr:{qr_id}")
}

/// The binding secret the browser sent, if it is of the right form.
pub fn binding_from(headers: &HeaderMap) -> Option<BindingSecret> {
    CookieJar::from_headers(headers)
        .get(BINDING_COOKIE)
        .and_then(|c| BindingSecret::parse(c.value()).ok())
}

/// A new challenge, and the cookie to set when the browser had no binding yet.
pub struct Issued {
    pub created: ChallengeCreated,
    pub set_cookie: Option<Cookie<'static>>,
}

/// Creates a challenge for the browser behind `headers`. A browser that already
/// holds a binding keeps it; the challenge it `replaces` (if it is this
/// browser's and still open) stops working, and its watchers hear so.
pub async fn issue(
    state: &AppState,
    headers: &HeaderMap,
    client: &Client,
    replaces: Option<&str>,
) -> Result<Issued, ApiError> {
    let rate_key = format!("rate:challenge:{}", client.ip);
    if state
        .store
        .increment(&rate_key, Duration::from_secs(60))
        .await?
        > state.settings.challenges_per_minute
    {
        return Err(ApiError::RateLimited {
            retry_after_secs: 60,
        });
    }
    let (binding, set_cookie) = match binding_from(headers) {
        Some(binding) => (binding, None),
        None => {
            let binding = BindingSecret::from_random(random());
            let cookie = binding_cookie(&binding, state.settings.cookie_secure);
            (binding, Some(cookie))
        }
    };

    let store = &state.store;
    if let Some(previous) = replaces {
        let key = challenge_key(previous);
        let ours = load(state, &key)
            .await?
            .filter(|c| c.binding_digest == binding.digest() && !c.is_final());
        if ours.is_some() && store.delete(&key).await? {
            notify(state, previous).await?;
        }
    }

    let now = now_ms();
    let ttl_ms = millis(state.settings.qr_ttl);
    let token = QrToken::from_random(random());
    let qr_id = uuid::Uuid::new_v4().simple().to_string();
    let challenge = Challenge::new(
        qr_id.clone(),
        binding.digest(),
        client.requester(now),
        now,
        ttl_ms,
    );
    let record = serde_json::to_vec(&challenge).map_err(|_| ApiError::Internal)?;
    let keep = Some(Duration::from_millis(challenge.store_ttl_ms(now)));
    store.put(&challenge_key(&qr_id), &record, keep).await?;
    store
        .put(&token_key(&token), qr_id.as_bytes(), keep)
        .await?;
    audit::record(
        state,
        entry(AuditKind::Created, client, None, &qr_id, String::new()),
    )
    .await;

    Ok(Issued {
        created: ChallengeCreated {
            qr_payload: state.settings.qr_payload(&token.encode()),
            qr_id,
            expires_at: challenge.expires_at,
            ttl_ms,
            server_time: now,
        },
        set_cookie,
    })
}

/// The `qr_bind` cookie: HttpOnly so no script reads it, SameSite=Strict so no
/// other site sends it, Secure wherever the site is served over TLS.
pub fn binding_cookie(binding: &BindingSecret, secure: bool) -> Cookie<'static> {
    Cookie::build((BINDING_COOKIE, binding.encode()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build()
}

/// A phone opened the QR: marks it scanned, tells the browser, and returns
/// what the confirmation screen must show.
pub async fn inspect(
    state: &AppState,
    token: &str,
    device: &DeviceSession,
    client: &Client,
) -> Result<InspectResponse, ApiError> {
    let challenge = transition(state, token, |c, now| c.scan(now, &device.device_name)).await?;
    audit::record(
        state,
        entry(
            AuditKind::Scanned,
            client,
            Some(&device.user_id),
            &challenge.qr_id,
            device.device_name.clone(),
        ),
    )
    .await;
    let linked = sessions::list(state, &device.user_id).await?;
    Ok(InspectResponse {
        qr_id: challenge.qr_id,
        expires_at: challenge.expires_at,
        requester: challenge.requester,
        server_time: now_ms(),
        linked_sessions: linked
            .iter()
            .map(sessions::WebSession::linked_device)
            .collect(),
        max_linked_sessions: u32::try_from(state.settings.max_linked_sessions).unwrap_or(u32::MAX),
    })
}

/// The user tapped "Log in": exactly one approval of a challenge can succeed.
/// The web session is saved first and discarded if the approval loses a race,
/// so an approved challenge always names a session that exists; only the
/// winner links it to the account.
pub async fn approve(
    state: &AppState,
    request: &ApproveRequest,
    device: &DeviceSession,
    account: &Account,
    client: &Client,
) -> Result<(), ApiError> {
    let (key, current) = find(state, &parse_token(&request.token)?).await?;
    let make_room = room_for_one_more(state, &account.id, request.drop_session.as_deref()).await?;
    let persistent = request.keep_signed_in.unwrap_or(true);
    let session = sessions::prepare(state, &account.id, device, &current.requester, persistent);
    current.approve(now_ms(), &account.id, &session.id)?;
    sessions::save(state, &session).await?;
    let approved = swap(state, &key, current, |c, now| {
        c.approve(now, &account.id, &session.id)
    })
    .await;
    let challenge = match approved {
        Ok(challenge) => challenge,
        Err(error) => {
            sessions::discard(state, &session).await?;
            return Err(error);
        }
    };
    if let Some(dropped) = make_room {
        sessions::revoke(state, &dropped, "replaced_by_new_login", client).await?;
    }
    sessions::link(state, &session).await?;
    sessions::announce(state, &session).await?;
    let device_name = request
        .device_name
        .as_deref()
        .unwrap_or(&device.device_name);
    let detail = format!("{} on {} via {device_name}", session.browser, session.os);
    audit::record(
        state,
        entry(
            AuditKind::Approved,
            client,
            Some(&account.id),
            &challenge.qr_id,
            detail,
        ),
    )
    .await;
    notify(state, &challenge.qr_id).await
}

/// At the linked-session limit, the session the phone chose to log out to
/// make room (it is revoked only once the approval has won); below it, none.
async fn room_for_one_more(
    state: &AppState,
    user_id: &str,
    drop_session: Option<&str>,
) -> Result<Option<sessions::WebSession>, ApiError> {
    let linked = sessions::list(state, user_id).await?;
    let max = state.settings.max_linked_sessions;
    if linked.len() < max {
        return Ok(None);
    }
    let chosen = drop_session.and_then(|id| linked.into_iter().find(|s| s.id == id));
    chosen.map(Some).ok_or(ApiError::SessionLimit { max })
}

/// The user tapped "Not me".
pub async fn deny(
    state: &AppState,
    token: &str,
    device: &DeviceSession,
    client: &Client,
) -> Result<(), ApiError> {
    let challenge = transition(state, token, |c, now| c.deny(now)).await?;
    audit::record(
        state,
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

fn parse_token(token: &str) -> Result<QrToken, ApiError> {
    Ok(QrToken::parse(token.trim())?)
}

/// The challenge a token belongs to; `expired` when it is unknown or gone.
async fn find(state: &AppState, token: &QrToken) -> Result<(String, Challenge), ApiError> {
    let qr_id = state
        .store
        .get(&token_key(token))
        .await?
        .ok_or(ApiError::Expired)?;
    let key = challenge_key(&String::from_utf8_lossy(&qr_id));
    let challenge = load(state, &key).await?.ok_or(ApiError::Expired)?;
    Ok((key, challenge))
}

async fn load(state: &AppState, key: &str) -> Result<Option<Challenge>, ApiError> {
    let raw = state.store.get(key).await?;
    Ok(raw.and_then(|raw| serde_json::from_slice(&raw).ok()))
}

/// Applies `step` to the challenge of `token` atomically and notifies its watchers.
async fn transition(
    state: &AppState,
    token: &str,
    step: impl Fn(&Challenge, u64) -> Result<Challenge, ChallengeError>,
) -> Result<Challenge, ApiError> {
    let (key, current) = find(state, &parse_token(token)?).await?;
    let changed = swap(state, &key, current, step).await?;
    notify(state, &changed.qr_id).await?;
    Ok(changed)
}

/// Compare-and-swap loop: re-reads and re-applies `step` whenever another
/// request changed the challenge in between, so the rules always see the
/// latest state (a second approve sees the first one and is `already_used`).
async fn swap(
    state: &AppState,
    key: &str,
    mut current: Challenge,
    step: impl Fn(&Challenge, u64) -> Result<Challenge, ChallengeError>,
) -> Result<Challenge, ApiError> {
    for _ in 0..SWAP_ATTEMPTS {
        let next = step(&current, now_ms())?;
        let old = serde_json::to_vec(&current).map_err(|_| ApiError::Internal)?;
        let new = serde_json::to_vec(&next).map_err(|_| ApiError::Internal)?;
        if state.store.compare_and_swap(key, &old, &new, None).await? {
            return Ok(next);
        }
        current = load(state, key).await?.ok_or(ApiError::Expired)?;
    }
    Err(ApiError::Unavailable)
}

async fn notify(state: &AppState, qr_id: &str) -> Result<(), ApiError> {
    Ok(state.store.publish(&channel(qr_id), b"changed").await?)
}

/// A requesting browser's view of its challenge: the events it has not seen yet.
pub struct Watch {
    state: AppState,
    key: String,
    qr_id: String,
    client: Client,
    subscription: Subscription,
    last: Option<Outcome>,
    scanned_seen: bool,
    done: bool,
}

/// Starts watching `qr_id` for the browser holding `binding`. Subscribes before
/// it reads, so an approval that lands in between is not missed.
pub async fn watch(
    state: &AppState,
    qr_id: &str,
    binding: Option<&BindingSecret>,
    client: Client,
) -> Result<Watch, ApiError> {
    let valid_id = qr_id.len() == 32 && qr_id.bytes().all(|b| b.is_ascii_hexdigit());
    if !valid_id {
        return Err(ApiError::BadRequest("qrId is not a challenge id".into()));
    }
    let subscription = state.store.subscribe(&channel(qr_id)).await?;
    let key = challenge_key(qr_id);
    let challenge = load(state, &key).await?.ok_or(ApiError::Expired)?;
    if binding.map(BindingSecret::digest).as_deref() != Some(challenge.binding_digest.as_str()) {
        return Err(ApiError::BindingMismatch);
    }
    Ok(Watch {
        state: state.clone(),
        key,
        qr_id: qr_id.to_owned(),
        client,
        subscription,
        last: None,
        scanned_seen: false,
        done: false,
    })
}

impl Watch {
    /// The client already heard `qr_scanned` (a long-poll client says so), so
    /// only a final event is news.
    pub fn scanned_seen(mut self) -> Self {
        self.scanned_seen = true;
        self
    }

    /// The next event for the browser; `None` after the final one.
    pub async fn next(&mut self) -> Result<Option<RdEvent>, ApiError> {
        while !self.done {
            let now = now_ms();
            let challenge = load(&self.state, &self.key).await?;
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
            let expires_at = challenge.map_or(now, |c| c.expires_at);
            let until_expiry = Duration::from_millis(expires_at.saturating_sub(now) + 5);
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

    async fn event(&self, outcome: Outcome) -> Result<RdEvent, ApiError> {
        let state = &self.state;
        Ok(match outcome {
            Outcome::Pending => RdEvent::Pending,
            Outcome::Scanned { device_name } => RdEvent::QrScanned { device_name },
            Outcome::Denied => RdEvent::QrDenied,
            Outcome::Expired => {
                audit::record(
                    state,
                    entry(
                        AuditKind::Expired,
                        &self.client,
                        None,
                        &self.qr_id,
                        String::new(),
                    ),
                )
                .await;
                RdEvent::QrExpired
            }
            Outcome::Approved {
                user_id,
                session_id,
            } => {
                let session = sessions::load(state, &session_id)
                    .await?
                    .ok_or(ApiError::Unauthorized)?;
                let account = accounts::load(state, &user_id)
                    .await?
                    .ok_or(ApiError::Unauthorized)?;
                let (access_token, expires_in) = sessions::access_token(state, &session)?;
                audit::record(
                    state,
                    entry(
                        AuditKind::TokenIssued,
                        &self.client,
                        Some(&user_id),
                        &self.qr_id,
                        String::new(),
                    ),
                )
                .await;
                RdEvent::QrAuthorized {
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
