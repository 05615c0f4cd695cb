//! Phones (and native apps) signed in to an account: each holds a device
//! token `{id}.{secret}`, the store only the secret's SHA-256.
//!
//! Store layout:
//! - `device:{id}` → the [`DeviceSession`] (expires after an idle period)
//! - `device:user:{userId}` → ids of the account's device sessions (JSON list)

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::accounts::{self, Account};
use super::audit::{self, Entry};
use super::cookies::{self, Kind};
use super::records::{get_json, make_durable, put_json, update_json, Index};
use super::requester::{bearer, Caller};
use super::settings::touch_every_ms;
use super::store::ListChange;
use super::{now_ms, passkeys, random, ApiError, Core};
use protocol::label::{self, NAME_MAX_CHARS};
use protocol::token::sha256_hex;
use protocol::{AuditKind, LoginRequest, PasskeySignInRequest, PhoneSession};

fn key(id: &str) -> String {
    format!("device:{id}")
}

fn index_key(user_id: &str) -> String {
    format!("device:user:{user_id}")
}

/// A phone signed in to an account.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct DeviceSession {
    pub id: String,
    pub user_id: String,
    pub device_name: String,
    pub device_type: String,
    pub created_at: u64,
    /// Last use; an idle period after it, the session ends.
    #[serde(default)]
    pub last_used_at: u64,
    secret_digest: String,
}

impl DeviceSession {
    /// The session as its account's phones list it.
    pub fn listed(&self, current: &str) -> PhoneSession {
        PhoneSession {
            session_id: self.id.clone(),
            device_name: self.device_name.clone(),
            device_type: self.device_type.clone(),
            created_at: self.created_at,
            last_used_at: self.last_used_at,
            current: self.id == current,
        }
    }
}

/// The device token of a request: a Bearer header, else the mobile page's cookie.
pub fn token_from(headers: &axum::http::HeaderMap, core: &Core) -> Option<String> {
    bearer(headers).or_else(|| cookies::read(headers, Kind::Device, &core.settings))
}

/// The mobile page's cookie holding a device token.
pub fn cookie(core: &Core, token: String) -> axum_extra::extract::cookie::Cookie<'static> {
    cookies::make(
        Kind::Device,
        token,
        Some(core.settings.session_idle),
        &core.settings,
    )
}

/// Checks the password and opens a device session; returns its token.
pub async fn sign_in(
    core: &Core,
    request: LoginRequest,
    client: &Caller,
) -> Result<(String, Account), ApiError> {
    let account =
        accounts::check_credentials(core, &request.username, request.password, client).await?;
    let device = (request.device_name.as_str(), request.device_type.as_str());
    open(core, account, device, "", client).await
}

/// Signs a phone in with a passkey instead of the password (the answer to
/// `passkeys::sign_in_options`); returns its token.
pub async fn sign_in_with_passkey(
    core: &Core,
    request: &PasskeySignInRequest,
    client: &Caller,
) -> Result<(String, Account), ApiError> {
    let account = passkeys::sign_in(core, &request.ceremony, &request.credential, client, None)
        .await?
        .account;
    let device = (request.device_name.as_str(), request.device_type.as_str());
    open(core, account, device, " (passkey)", client).await
}

/// Opens a device session for `account`, whose phone proved who it is
/// (`how`, for the audit trail).
pub(super) async fn open(
    core: &Core,
    account: Account,
    (device_name, device_type): (&str, &str),
    how: &str,
    client: &Caller,
) -> Result<(String, Account), ApiError> {
    let secret: [u8; 32] = random();
    let now = now_ms();
    let session = DeviceSession {
        id: uuid::Uuid::new_v4().simple().to_string(),
        user_id: account.id.clone(),
        device_name: label::clean(device_name, NAME_MAX_CHARS),
        device_type: label::clean(device_type, 32),
        created_at: now,
        last_used_at: now,
        secret_digest: sha256_hex(&secret),
    };
    put_json(
        &*core.store,
        &key(&session.id),
        &session,
        Some(core.settings.session_idle),
    )
    .await?;
    let phones = index(core, &account.id);
    let (_, gone) = phones.read::<DeviceSession>(key).await?;
    phones
        .change(&ListChange {
            add: Some(&session.id),
            ..ListChange::remove(&gone)
        })
        .await?;
    make_durable(&*core.store, &[&key(&session.id), &phones.key]).await?;
    audit::record(
        core,
        Entry {
            kind: AuditKind::SignedIn,
            client,
            user_id: Some(&account.id),
            qr_id: None,
            detail: format!("{}{how}", session.device_name),
        },
    )
    .await;
    Ok((
        format!("{}.{}", session.id, URL_SAFE_NO_PAD.encode(secret)),
        account,
    ))
}

/// The device session and account behind a device token, if both are valid.
pub async fn authenticate(core: &Core, token: &str) -> Result<(DeviceSession, Account), ApiError> {
    let (id, secret) = token.split_once('.').ok_or(ApiError::Unauthorized)?;
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::Unauthorized);
    }
    let secret = URL_SAFE_NO_PAD
        .decode(secret)
        .map_err(|_| ApiError::Unauthorized)?;
    let session: DeviceSession = get_json(&*core.store, &key(id))
        .await?
        .ok_or(ApiError::Unauthorized)?;
    if session.secret_digest != sha256_hex(&secret) {
        return Err(ApiError::Unauthorized);
    }
    let account = accounts::load(core, &session.user_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(ApiError::Unauthorized)?;
    Ok((touch(core, session).await?, account))
}

/// Marks the phone's session used (at most once a minute): it lives another
/// idle period. Compare-and-swap, so a signed-out session stays signed out.
async fn touch(core: &Core, session: DeviceSession) -> Result<DeviceSession, ApiError> {
    let idle = core.settings.session_idle;
    let now = now_ms();
    if now.saturating_sub(session.last_used_at) < touch_every_ms(idle) {
        return Ok(session);
    }
    update_json(&*core.store, &key(&session.id), Some(idle), |stored| {
        let mut next: DeviceSession = stored.cloned().ok_or(ApiError::Unauthorized)?;
        next.last_used_at = next.last_used_at.max(now);
        Ok(Some(next))
    })
    .await?
    .ok_or(ApiError::Unauthorized)
}

/// The account's live device sessions, oldest first.
pub async fn list(core: &Core, user_id: &str) -> Result<Vec<DeviceSession>, ApiError> {
    Ok(index(core, user_id).read(key).await?.0)
}

/// Ends one device session: its token stops working at once. The web
/// sessions it approved are the caller's to end (`cascade`).
pub async fn end(core: &Core, session: &DeviceSession) -> Result<(), ApiError> {
    core.store.delete(&key(&session.id)).await?;
    let ended = [session.id.clone()];
    let phones = index(core, &session.user_id);
    phones.change(&ListChange::remove(&ended)).await?;
    // A lost phone's token must not work again after a failover.
    make_durable(&*core.store, &[&key(&session.id), &phones.key]).await
}

fn index<'a>(core: &'a Core, user_id: &str) -> Index<'a> {
    Index {
        store: &*core.store,
        key: index_key(user_id),
    }
}
