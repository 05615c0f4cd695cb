//! Step 1 of the flow: a requesting browser asks for a QR code.
//!
//! Store layout (every secret only as its SHA-256 digest):
//! - `qr:{qrId}` → the [`Challenge`] as JSON
//! - `qr:token:{digest(token)}` → `qrId`, how a phone's token finds its challenge
//! - `qr:bind:{digest(binding)}` → the `qrId` this browser shows now

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::HeaderMap;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use rand::RngCore as _;

use super::{now_ms, requester, ApiError, AppState};
use crate::protocol::token::BINDING_COOKIE;
use crate::protocol::{BindingSecret, Challenge, ChallengeCreated, QrToken};

pub fn challenge_key(qr_id: &str) -> String {
    format!("qr:{qr_id}")
}

pub fn token_key(token: &QrToken) -> String {
    format!("qr:token:{}", token.digest())
}

pub fn binding_key(binding: &BindingSecret) -> String {
    format!("qr:bind:{}", binding.digest())
}

/// A new challenge, and the cookie to set when the browser had no binding yet.
pub struct Issued {
    pub created: ChallengeCreated,
    pub set_cookie: Option<Cookie<'static>>,
}

/// Creates a challenge for the browser behind `headers`. A browser that already
/// holds a binding keeps it, and the challenge it showed before stops working.
pub async fn issue(
    state: &AppState,
    headers: &HeaderMap,
    peer: Option<SocketAddr>,
) -> Result<Issued, ApiError> {
    let existing = CookieJar::from_headers(headers)
        .get(BINDING_COOKIE)
        .and_then(|c| BindingSecret::parse(c.value()).ok());
    let (binding, set_cookie) = match existing {
        Some(binding) => (binding, None),
        None => {
            let binding = BindingSecret::from_random(random());
            let cookie = binding_cookie(&binding, state.settings.cookie_secure);
            (binding, Some(cookie))
        }
    };

    let store = &state.store;
    let bind_key = binding_key(&binding);
    if let Some(previous) = store.get(&bind_key).await? {
        store
            .delete(&challenge_key(&String::from_utf8_lossy(&previous)))
            .await?;
    }

    let now = now_ms();
    let ttl_ms = millis(state.settings.qr_ttl);
    let token = QrToken::from_random(random());
    let qr_id = uuid::Uuid::new_v4().simple().to_string();
    let requester = requester::from_request(headers, peer, state.settings.trust_proxy, now);
    let challenge = Challenge::new(qr_id.clone(), binding.digest(), requester, now, ttl_ms);
    let record = serde_json::to_vec(&challenge).map_err(|_| ApiError::Internal)?;
    let keep = Duration::from_millis(challenge.store_ttl_ms(now));
    store.put(&challenge_key(&qr_id), &record, keep).await?;
    store
        .put(&token_key(&token), qr_id.as_bytes(), keep)
        .await?;
    store.put(&bind_key, qr_id.as_bytes(), keep).await?;
    tracing::info!(qr_id, ip = %challenge.requester.ip, "challenge created");

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

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
