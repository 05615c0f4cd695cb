//! OpenID Connect Back-Channel Logout 1.0: when a web session ends (the
//! phone logged the browser out, the account was disabled, the browser or
//! an app signed out), each app it signed in to that registered a
//! `backchannel_logout_uri` hears it from this server, not from the browser.

use std::sync::OnceLock;
use std::time::Duration;

use serde::Serialize;

use super::clients::Client;
use crate::{now_ms, random, Core};

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
/// whatever the apps answer. An app that is down, or answers 5xx or 429,
/// is sent a fresh token again after each of [`RETRY_AFTER`]; one that
/// answers another 4xx refused it and is not. Retries live in this
/// process: a node that stops meanwhile drops them.
pub fn session_ended(core: &Core, user_id: &str, sid: &str, apps: &[String]) {
    let Some(http) = http() else {
        return;
    };
    for app in apps {
        let Some(client) = core.settings.oidc_clients.find(app) else {
            continue;
        };
        let Some(uri) = client.backchannel_logout_uri.clone() else {
            continue;
        };
        let (core, user_id, sid) = (core.clone(), user_id.to_owned(), sid.to_owned());
        tokio::spawn(async move {
            let mut waits = RETRY_AFTER.iter();
            loop {
                let Some(token) = logout_token(&core, &client, &user_id, &sid) else {
                    return;
                };
                let app = &client.id;
                let sent = http
                    .post(&uri)
                    .form(&[("logout_token", token)])
                    .send()
                    .await;
                let again = match sent {
                    Ok(reply) if reply.status().is_success() => {
                        tracing::info!(%app, "back-channel logout delivered");
                        crate::metrics::backchannel_logout("delivered");
                        return;
                    }
                    Ok(reply) if reply.status().is_server_error() || reply.status() == 429 => {
                        tracing::warn!(%app, status = %reply.status(), "back-channel logout failed");
                        true
                    }
                    Ok(reply) => {
                        tracing::warn!(%app, status = %reply.status(), "back-channel logout refused");
                        crate::metrics::backchannel_logout("refused");
                        false
                    }
                    Err(error) => {
                        tracing::warn!(%app, %error, "back-channel logout not delivered");
                        true
                    }
                };
                match waits.next() {
                    Some(wait) if again => {
                        crate::metrics::backchannel_logout("retried");
                        tokio::time::sleep(*wait).await;
                    }
                    Some(_) => return,
                    None => {
                        tracing::warn!(%app, "back-channel logout abandoned after its last retry");
                        crate::metrics::backchannel_logout("abandoned");
                        return;
                    }
                }
            }
        });
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
