//! Accounts and the approving devices signed in to them.
//!
//! Store layout:
//! - `user:{id}` → the account (password as an argon2id PHC string)
//! - `user:name:{username}` → `id` (written with put-new: names are unique)
//! - `device:{id}` → a device session; the phone holds `{id}.{secret}` and the
//!   store only the secret's SHA-256

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::audit::{self, Entry};
use super::requester::Client;
use super::{now_ms, random, sessions, ApiError, AppState};
use crate::protocol::token::sha256_hex;
use crate::protocol::{AuditKind, LoginRequest, RegisterRequest, User};

/// Failed sign-ins allowed per username in a window before `rate_limited`.
const SIGN_IN_ATTEMPTS: u64 = 10;
const SIGN_IN_WINDOW: Duration = Duration::from_secs(15 * 60);

/// The mobile web page's cookie: it holds the same device token a native app
/// sends as `Authorization: Bearer`.
pub const DEVICE_COOKIE: &str = "qr_device";

/// The device token of a request: a Bearer header, else the mobile page's cookie.
pub fn device_token_from(headers: &axum::http::HeaderMap) -> Option<String> {
    super::requester::bearer(headers).or_else(|| {
        axum_extra::extract::cookie::CookieJar::from_headers(headers)
            .get(DEVICE_COOKIE)
            .map(|c| c.value().to_owned())
    })
}

/// The mobile page's HttpOnly cookie for a device token (`None` clears it).
pub fn device_cookie(
    state: &AppState,
    token: Option<String>,
) -> axum_extra::extract::cookie::Cookie<'static> {
    use axum_extra::extract::cookie::{Cookie, SameSite};
    let max_age = if token.is_some() {
        state.settings.session_idle.as_secs()
    } else {
        0
    };
    Cookie::build((DEVICE_COOKIE, token.unwrap_or_default()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.cookie_secure)
        .max_age(time::Duration::seconds(
            i64::try_from(max_age).unwrap_or(i64::MAX),
        ))
        .build()
}

fn user_key(id: &str) -> String {
    format!("user:{id}")
}

fn username_key(username: &str) -> String {
    format!("user:name:{username}")
}

fn device_key(id: &str) -> String {
    format!("device:{id}")
}

/// An argon2id hash in PHC form. Not `Serialize`: it never leaves the server.
#[derive(Clone)]
pub struct PasswordHash(String);

pub struct Account {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub created_at: u64,
    pub disabled: bool,
    password: PasswordHash,
}

/// The stored form of an [`Account`]; private to this module.
#[derive(Serialize, Deserialize)]
struct AccountRecord {
    id: String,
    username: String,
    display_name: String,
    created_at: u64,
    disabled: bool,
    password_hash: String,
}

impl Account {
    pub fn user(&self) -> User {
        User {
            id: self.id.clone(),
            display_name: self.display_name.clone(),
        }
    }

    fn record(&self) -> AccountRecord {
        AccountRecord {
            id: self.id.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            created_at: self.created_at,
            disabled: self.disabled,
            password_hash: self.password.0.clone(),
        }
    }

    fn from_record(r: AccountRecord) -> Self {
        Self {
            id: r.id,
            username: r.username,
            display_name: r.display_name,
            created_at: r.created_at,
            disabled: r.disabled,
            password: PasswordHash(r.password_hash),
        }
    }
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

/// Usernames: 3–32 of `a-z 0-9 . _ -`, compared in lower case.
pub fn normalize_username(raw: &str) -> Result<String, ApiError> {
    let name = raw.trim().to_lowercase();
    let valid = (3..=32).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if valid {
        Ok(name)
    } else {
        Err(ApiError::BadRequest(
            "a username has 3 to 32 letters, digits, dots, dashes or underscores".into(),
        ))
    }
}

fn check_password(password: &str) -> Result<(), ApiError> {
    if (8..=256).contains(&password.chars().count()) {
        Ok(())
    } else {
        Err(ApiError::BadRequest(
            "a password has 8 to 256 characters".into(),
        ))
    }
}

fn clean_label(raw: &str, max: usize) -> String {
    raw.chars()
        .filter(|c| !c.is_control())
        .take(max)
        .collect::<String>()
        .trim()
        .to_owned()
}

async fn hash_password(password: String) -> Result<PasswordHash, ApiError> {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2::Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| PasswordHash(hash.to_string()))
    })
    .await
    .ok()
    .and_then(Result::ok)
    .ok_or(ApiError::Internal)
}

async fn password_matches(hash: PasswordHash, password: String) -> bool {
    use argon2::password_hash::{PasswordHash as Phc, PasswordVerifier};
    tokio::task::spawn_blocking(move || {
        Phc::new(&hash.0).is_ok_and(|phc| {
            argon2::Argon2::default()
                .verify_password(password.as_bytes(), &phc)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}

/// A hash of nothing anyone knows, verified when the username does not exist
/// so that a wrong name costs the same time as a wrong password.
fn decoy_hash() -> PasswordHash {
    PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GQ3d6qT3p0Yb9cHEm4r8i4s3yRk7nOEx0GvYmbOq6Y".into())
}

pub async fn register(state: &AppState, request: RegisterRequest) -> Result<User, ApiError> {
    let username = normalize_username(&request.username)?;
    check_password(&request.password)?;
    let display_name = clean_label(request.display_name.as_deref().unwrap_or(&username), 64);
    let display_name = if display_name.is_empty() {
        username.clone()
    } else {
        display_name
    };
    let password = hash_password(request.password).await?;
    let id = uuid::Uuid::new_v4().simple().to_string();
    if !state
        .store
        .put_new(&username_key(&username), id.as_bytes(), None)
        .await?
    {
        return Err(ApiError::UsernameTaken);
    }
    let account = Account {
        id: id.clone(),
        username,
        display_name,
        created_at: now_ms(),
        disabled: false,
        password,
    };
    save(state, &account).await?;
    Ok(account.user())
}

async fn save(state: &AppState, account: &Account) -> Result<(), ApiError> {
    let json = serde_json::to_vec(&account.record()).map_err(|_| ApiError::Internal)?;
    state.store.put(&user_key(&account.id), &json, None).await?;
    Ok(())
}

pub async fn load(state: &AppState, id: &str) -> Result<Option<Account>, ApiError> {
    let raw = state.store.get(&user_key(id)).await?;
    Ok(raw
        .and_then(|raw| serde_json::from_slice::<AccountRecord>(&raw).ok())
        .map(Account::from_record))
}

pub async fn find_by_username(
    state: &AppState,
    username: &str,
) -> Result<Option<Account>, ApiError> {
    let Ok(username) = normalize_username(username) else {
        return Ok(None);
    };
    match state.store.get(&username_key(&username)).await? {
        Some(id) => load(state, &String::from_utf8_lossy(&id)).await,
        None => Ok(None),
    }
}

/// Checks the password and opens a device session; returns its token.
pub async fn sign_in(
    state: &AppState,
    request: LoginRequest,
    client: &Client,
) -> Result<(String, Account), ApiError> {
    let attempts_key = format!("rate:sign-in:{}", request.username.trim().to_lowercase());
    let account = find_by_username(state, &request.username).await?;
    let failures = state.store.get(&attempts_key).await?;
    let failures: u64 = failures
        .and_then(|f| String::from_utf8_lossy(&f).parse().ok())
        .unwrap_or(0);
    if failures >= SIGN_IN_ATTEMPTS {
        return Err(ApiError::RateLimited {
            retry_after_secs: SIGN_IN_WINDOW.as_secs(),
        });
    }
    let hash = account
        .as_ref()
        .map_or_else(decoy_hash, |a| a.password.clone());
    let matches = password_matches(hash, request.password).await;
    let user_id = account.as_ref().map(|a| a.id.clone());
    let Some(account) = account.filter(|a| matches && !a.disabled) else {
        state.store.increment(&attempts_key, SIGN_IN_WINDOW).await?;
        audit::record(
            state,
            Entry {
                kind: AuditKind::FailedSignIn,
                client,
                user_id: user_id.as_deref(),
                qr_id: None,
                detail: clean_label(&request.username, 32),
            },
        )
        .await;
        return Err(ApiError::Unauthorized);
    };
    let secret: [u8; 32] = random();
    let session = DeviceSession {
        id: uuid::Uuid::new_v4().simple().to_string(),
        user_id: account.id.clone(),
        device_name: clean_label(&request.device_name, 64),
        device_type: clean_label(&request.device_type, 32),
        created_at: now_ms(),
        last_used_at: now_ms(),
        secret_digest: sha256_hex(&secret),
    };
    let json = serde_json::to_vec(&session).map_err(|_| ApiError::Internal)?;
    state
        .store
        .put(
            &device_key(&session.id),
            &json,
            Some(state.settings.session_idle),
        )
        .await?;
    audit::record(
        state,
        Entry {
            kind: AuditKind::SignedIn,
            client,
            user_id: Some(&account.id),
            qr_id: None,
            detail: session.device_name.clone(),
        },
    )
    .await;
    Ok((
        format!("{}.{}", session.id, URL_SAFE_NO_PAD.encode(secret)),
        account,
    ))
}

/// The device session and account behind a device token, if both are valid.
pub async fn authenticate(
    state: &AppState,
    token: &str,
) -> Result<(DeviceSession, Account), ApiError> {
    let (id, secret) = token.split_once('.').ok_or(ApiError::Unauthorized)?;
    let secret = URL_SAFE_NO_PAD
        .decode(secret)
        .map_err(|_| ApiError::Unauthorized)?;
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::Unauthorized);
    }
    let raw = state
        .store
        .get(&device_key(id))
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let mut session: DeviceSession =
        serde_json::from_slice(&raw).map_err(|_| ApiError::Unauthorized)?;
    if session.secret_digest != sha256_hex(&secret) {
        return Err(ApiError::Unauthorized);
    }
    let account = load(state, &session.user_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(ApiError::Unauthorized)?;
    touch(state, &raw, &mut session).await?;
    Ok((session, account))
}

/// Marks the phone's session used (at most once a minute): it lives another
/// idle period. Compare-and-swap, so a signed-out session stays signed out.
async fn touch(
    state: &AppState,
    stored: &[u8],
    session: &mut DeviceSession,
) -> Result<(), ApiError> {
    let now = now_ms();
    if now.saturating_sub(session.last_used_at) < state.settings.touch_every_ms() {
        return Ok(());
    }
    session.last_used_at = now;
    let new = serde_json::to_vec(&*session).map_err(|_| ApiError::Internal)?;
    let idle = Some(state.settings.session_idle);
    if !state
        .store
        .compare_and_swap(&device_key(&session.id), stored, &new, idle)
        .await?
    {
        state
            .store
            .get(&device_key(&session.id))
            .await?
            .ok_or(ApiError::Unauthorized)?;
    }
    Ok(())
}

/// Ends a device session and every web session it approved.
pub async fn sign_out(
    state: &AppState,
    session: &DeviceSession,
    client: &Client,
) -> Result<(), ApiError> {
    state.store.delete(&device_key(&session.id)).await?;
    sessions::revoke_approved_by(state, &session.user_id, &session.id, "signed_out", client).await
}

/// Disables an account or enables it again; disabling ends its web sessions.
pub async fn set_disabled(
    state: &AppState,
    username: &str,
    disabled: bool,
) -> Result<bool, ApiError> {
    let Some(mut account) = find_by_username(state, username).await? else {
        return Ok(false);
    };
    account.disabled = disabled;
    save(state, &account).await?;
    if disabled {
        let client = Client {
            ip: "admin".into(),
            user_agent: "server admin".into(),
        };
        sessions::revoke_all(state, &account.id, "account_disabled", &client).await?;
    }
    Ok(true)
}

/// Creates the development demo account unless it exists. Returns its name.
pub async fn ensure_demo(state: &AppState, username: &str, password: &str) -> Result<(), ApiError> {
    if find_by_username(state, username).await?.is_some() {
        return Ok(());
    }
    let request = RegisterRequest {
        username: username.into(),
        password: password.into(),
        display_name: Some("Demo User".into()),
    };
    match register(state, request).await {
        Ok(_) | Err(ApiError::UsernameTaken) => Ok(()),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoy_hash_is_a_real_argon2id_hash_so_unknown_names_cost_the_same() {
        use argon2::password_hash::{PasswordHash as Phc, PasswordVerifier};
        let decoy = decoy_hash();
        let phc = Phc::new(&decoy.0).unwrap();
        assert_eq!(phc.algorithm.as_str(), "argon2id");
        assert!(argon2::Argon2::default()
            .verify_password(b"anything", &phc)
            .is_err());
    }

    #[test]
    fn usernames_are_normalized_and_checked() {
        assert_eq!(normalize_username("  Ada.L ").unwrap(), "ada.l");
        for bad in ["ab", "with space", "emoji\u{1f600}", &"x".repeat(33)] {
            assert!(normalize_username(bad).is_err(), "{bad}");
        }
    }
}
