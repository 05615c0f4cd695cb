//! OpenID Connect Back-Channel Logout 1.0: when a web session ends (the
//! phone logged the browser out, the account was disabled, the browser or
//! an app signed out), each app it signed in to that registered a
//! `backchannel_logout_uri` hears it from this server, not from the browser.

use std::sync::OnceLock;
use std::time::Duration;

use serde::Serialize;

use crate::{now_ms, random, Core};

const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";
/// One app that does not answer must not hold the others or the revocation.
const SEND_TIMEOUT: Duration = Duration::from_secs(5);

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

/// Sends each of `apps` (the ones web session `sid` of `user_id` signed in
/// to) its logout token, in the background: the session is already gone,
/// whatever the apps answer.
pub fn session_ended(core: &Core, user_id: &str, sid: &str, apps: &[String]) {
    let now = now_ms() / 1000;
    for app in apps {
        let Some(client) = core.settings.oidc_clients.find(app) else {
            continue;
        };
        let Some(uri) = client.backchannel_logout_uri.clone() else {
            continue;
        };
        let claims = LogoutClaims {
            iss: &core.settings.public_url,
            aud: &client.id,
            sub: user_id,
            sid,
            iat: now,
            exp: now + 120,
            jti: uuid::Uuid::from_bytes(random()).simple().to_string(),
            events: serde_json::json!({ EVENT: {} }),
        };
        let Ok(token) = core.keys.oidc().sign(client.alg, "logout+jwt", &claims) else {
            continue;
        };
        let Some(http) = http() else {
            return;
        };
        let app = client.id.clone();
        tokio::spawn(async move {
            let sent = http
                .post(&uri)
                .form(&[("logout_token", token)])
                .send()
                .await;
            match sent {
                Ok(reply) if reply.status().is_success() => {
                    tracing::info!(%app, "back-channel logout delivered");
                }
                Ok(reply) => {
                    tracing::warn!(%app, status = %reply.status(), "back-channel logout refused")
                }
                Err(error) => tracing::warn!(%app, %error, "back-channel logout not delivered"),
            }
        });
    }
}
