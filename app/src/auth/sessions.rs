//! Web sessions: what a requesting browser gets when a phone approves it.
//! Independent of the phone's own session, but linked to it: revoking the
//! phone's session (or the account) revokes every web session it approved.
//!
//! Store layout:
//! - `web:{id}` → the session (expires with it)
//! - `web:user:{userId}` → ids of the account's web sessions (JSON list)
//! - channel `session:{id}` → `session_revoked` for the browser's open pages

use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::{Deserialize, Serialize};

use super::accounts::{self, Account};
use super::audit::{self, Entry};
use super::requester::Client;
use super::tokens::{Claims, TokenUse, ISSUER};
use super::{millis, now_ms, ApiError, AppState};
use crate::protocol::{AuditKind, LinkedDevice, RdEvent, Requester, SessionInfo};

pub const SESSION_COOKIE: &str = "qr_session";

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct WebSession {
    pub id: String,
    pub user_id: String,
    /// The device session of the phone that approved this one.
    pub approved_by: String,
    /// That phone's name, as the linked-devices list shows it.
    pub approved_by_name: String,
    pub browser: String,
    pub os: String,
    pub ip: String,
    pub created_at: u64,
    pub last_seen_at: u64,
    pub expires_at: u64,
    /// "Keep this browser signed in": a lasting cookie and the long idle
    /// period; otherwise a cookie that ends with the browser and a short one.
    #[serde(default = "persistent_by_default")]
    pub persistent: bool,
}

fn persistent_by_default() -> bool {
    true
}

impl WebSession {
    fn idle(&self, state: &AppState) -> std::time::Duration {
        if self.persistent {
            state.settings.session_idle
        } else {
            state.settings.temporary_session_idle
        }
    }
}

impl WebSession {
    pub fn linked_device(&self) -> LinkedDevice {
        LinkedDevice {
            session_id: self.id.clone(),
            browser: self.browser.clone(),
            os: self.os.clone(),
            ip: self.ip.clone(),
            created_at: self.created_at,
            last_seen_at: self.last_seen_at,
            approved_by: self.approved_by_name.clone(),
        }
    }
}

fn key(id: &str) -> String {
    format!("web:{id}")
}

fn user_index_key(user_id: &str) -> String {
    format!("web:user:{user_id}")
}

pub fn channel(id: &str) -> String {
    format!("session:{id}")
}

/// News for the account's phones (`new_login`).
pub fn account_channel(user_id: &str) -> String {
    format!("account:{user_id}")
}

/// Tells the account's open phone pages that `session` was just linked.
pub async fn announce(state: &AppState, session: &WebSession) -> Result<(), ApiError> {
    let news = crate::protocol::PhoneEvent::NewLogin {
        browser: session.browser.clone(),
        os: session.os.clone(),
        ip: session.ip.clone(),
        at: session.created_at,
    };
    let json = serde_json::to_vec(&news).map_err(|_| ApiError::Internal)?;
    Ok(state
        .store
        .publish(&account_channel(&session.user_id), &json)
        .await?)
}

/// How long a session cookie may live at most; the session itself ends sooner
/// when it goes unused ([`Settings::session_idle`](super::Settings)).
const COOKIE_LIFETIME_SECS: u64 = 400 * 24 * 3600;

/// A new session for the browser described by `requester`, not yet stored.
pub fn prepare(
    state: &AppState,
    user_id: &str,
    approved_by: &super::accounts::DeviceSession,
    requester: &Requester,
    persistent: bool,
) -> WebSession {
    let now = now_ms();
    let idle = if persistent {
        state.settings.session_idle
    } else {
        state.settings.temporary_session_idle
    };
    WebSession {
        persistent,
        id: uuid::Uuid::new_v4().simple().to_string(),
        user_id: user_id.to_owned(),
        approved_by: approved_by.id.clone(),
        approved_by_name: approved_by.device_name.clone(),
        browser: requester.browser.clone(),
        os: requester.os.clone(),
        ip: requester.ip.clone(),
        created_at: now,
        last_seen_at: now,
        expires_at: now + millis(idle),
    }
}

/// Stores the session record; it counts as linked only after [`link`].
pub async fn save(state: &AppState, session: &WebSession) -> Result<(), ApiError> {
    let json = serde_json::to_vec(session).map_err(|_| ApiError::Internal)?;
    state
        .store
        .put(&key(&session.id), &json, Some(session.idle(state)))
        .await?;
    Ok(())
}

/// Lists the session among the account's linked browsers.
pub async fn link(state: &AppState, session: &WebSession) -> Result<(), ApiError> {
    update_index(state, &session.user_id, |ids| ids.push(session.id.clone())).await
}

/// Removes a saved session that was never linked (its approval lost a race).
pub async fn discard(state: &AppState, session: &WebSession) -> Result<(), ApiError> {
    state.store.delete(&key(&session.id)).await?;
    Ok(())
}

pub async fn load(state: &AppState, id: &str) -> Result<Option<WebSession>, ApiError> {
    let raw = state.store.get(&key(id)).await?;
    Ok(raw.and_then(|raw| serde_json::from_slice(&raw).ok()))
}

/// The session token of a request: the session cookie, else a Bearer access token.
pub fn token_from(headers: &axum::http::HeaderMap) -> Option<(String, TokenUse)> {
    let cookie = axum_extra::extract::cookie::CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty());
    cookie
        .map(|c| (c, TokenUse::Session))
        .or_else(|| super::requester::bearer(headers).map(|t| (t, TokenUse::Access)))
}

/// The live session and account behind a token of `token_use`; `unauthorized`
/// once the session is revoked or the account disabled.
pub async fn authenticate(
    state: &AppState,
    token: &str,
    token_use: TokenUse,
) -> Result<(WebSession, Account), ApiError> {
    let claims = state.keys.verify(token, token_use)?;
    let mut session = load(state, &claims.sid)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    touch(state, &mut session).await?;
    let account = accounts::load(state, &session.user_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(ApiError::Unauthorized)?;
    Ok((session, account))
}

/// Marks the session used: it lives another idle period from now. A session
/// revoked meanwhile is not brought back (compare-and-swap on the old record).
async fn touch(state: &AppState, session: &mut WebSession) -> Result<(), ApiError> {
    let now = now_ms();
    if now.saturating_sub(session.last_seen_at) < state.settings.touch_every_ms() {
        return Ok(());
    }
    let old = serde_json::to_vec(&*session).map_err(|_| ApiError::Internal)?;
    session.last_seen_at = now;
    session.expires_at = now + millis(session.idle(state));
    let new = serde_json::to_vec(&*session).map_err(|_| ApiError::Internal)?;
    let idle = Some(session.idle(state));
    if !state
        .store
        .compare_and_swap(&key(&session.id), &old, &new, idle)
        .await?
    {
        // Revoked meanwhile, or touched by a concurrent request: which one?
        load(state, &session.id)
            .await?
            .ok_or(ApiError::Unauthorized)?;
    }
    Ok(())
}

pub fn info(session: &WebSession, account: &Account) -> SessionInfo {
    SessionInfo {
        session_id: session.id.clone(),
        user: account.user(),
        expires_at: session.expires_at,
    }
}

/// A fresh access token for `session` and its lifetime in seconds.
pub fn access_token(state: &AppState, session: &WebSession) -> Result<(String, u64), ApiError> {
    let now = now_ms() / 1000;
    let expires_in = state.settings.access_token_ttl.as_secs();
    let claims = Claims {
        iss: ISSUER.into(),
        sub: session.user_id.clone(),
        sid: session.id.clone(),
        token_use: TokenUse::Access,
        iat: now,
        exp: now + expires_in,
    };
    Ok((state.keys.sign(&claims)?, expires_in))
}

/// The HttpOnly cookie that keeps the browser signed in.
pub fn cookie(state: &AppState, session: &WebSession) -> Result<Cookie<'static>, ApiError> {
    let now = now_ms() / 1000;
    let claims = Claims {
        iss: ISSUER.into(),
        sub: session.user_id.clone(),
        sid: session.id.clone(),
        token_use: TokenUse::Session,
        iat: now,
        exp: now + COOKIE_LIFETIME_SECS,
    };
    let mut cookie = Cookie::build((SESSION_COOKIE, state.keys.sign(&claims)?))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.cookie_secure)
        .build();
    // Without Max-Age the browser drops the cookie when it closes.
    if session.persistent {
        cookie.set_max_age(cookie_duration(COOKIE_LIFETIME_SECS));
    }
    Ok(cookie)
}

/// The cookie that removes [`cookie`].
pub fn removal_cookie(state: &AppState) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.cookie_secure)
        .max_age(cookie_duration(0))
        .build()
}

fn cookie_duration(secs: u64) -> time::Duration {
    time::Duration::seconds(i64::try_from(secs).unwrap_or(i64::MAX))
}

/// Ends one session: its open pages hear `session_revoked` at once, its next
/// request gets `unauthorized`.
pub async fn revoke(
    state: &AppState,
    session: &WebSession,
    reason: &str,
    client: &Client,
) -> Result<(), ApiError> {
    state.store.delete(&key(&session.id)).await?;
    update_index(state, &session.user_id, |ids| {
        ids.retain(|id| *id != session.id)
    })
    .await?;
    let event = RdEvent::SessionRevoked {
        reason: reason.to_owned(),
    };
    let json = serde_json::to_vec(&event).map_err(|_| ApiError::Internal)?;
    state.store.publish(&channel(&session.id), &json).await?;
    audit::record(
        state,
        Entry {
            kind: AuditKind::Revoked,
            client,
            user_id: Some(&session.user_id),
            qr_id: None,
            detail: format!(
                "{} on {}, {} ({reason})",
                session.browser, session.os, session.ip
            ),
        },
    )
    .await;
    Ok(())
}

/// The account's live web sessions, oldest first.
pub async fn list(state: &AppState, user_id: &str) -> Result<Vec<WebSession>, ApiError> {
    let ids = read_index(state, user_id).await?;
    let mut sessions = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(session) = load(state, &id).await? {
            sessions.push(session);
        }
    }
    Ok(sessions)
}

pub async fn revoke_all(
    state: &AppState,
    user_id: &str,
    reason: &str,
    client: &Client,
) -> Result<(), ApiError> {
    for session in list(state, user_id).await? {
        revoke(state, &session, reason, client).await?;
    }
    Ok(())
}

pub async fn revoke_approved_by(
    state: &AppState,
    user_id: &str,
    device_session_id: &str,
    reason: &str,
    client: &Client,
) -> Result<(), ApiError> {
    for session in list(state, user_id).await? {
        if session.approved_by == device_session_id {
            revoke(state, &session, reason, client).await?;
        }
    }
    Ok(())
}

async fn read_index(state: &AppState, user_id: &str) -> Result<Vec<String>, ApiError> {
    let raw = state.store.get(&user_index_key(user_id)).await?;
    Ok(raw
        .and_then(|raw| serde_json::from_slice(&raw).ok())
        .unwrap_or_default())
}

/// Read-modify-write of an account's session index, safe against other nodes
/// doing the same (compare-and-swap, retried).
async fn update_index(
    state: &AppState,
    user_id: &str,
    change: impl Fn(&mut Vec<String>),
) -> Result<(), ApiError> {
    let key = user_index_key(user_id);
    for _ in 0..32 {
        let current = state.store.get(&key).await?;
        let mut ids: Vec<String> = current
            .as_deref()
            .and_then(|raw| serde_json::from_slice(raw).ok())
            .unwrap_or_default();
        change(&mut ids);
        let new = serde_json::to_vec(&ids).map_err(|_| ApiError::Internal)?;
        let written = match &current {
            Some(old) => state.store.compare_and_swap(&key, old, &new, None).await?,
            None => state.store.put_new(&key, &new, None).await?,
        };
        if written {
            return Ok(());
        }
    }
    Err(ApiError::Unavailable)
}
