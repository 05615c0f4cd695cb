//! The device authorization grant (RFC 8628): a terminal, a TV or a
//! command-line tool signs in to its app by the phone. It asks for a code
//! (`POST /oauth/device_authorization`), shows it, and asks the token
//! endpoint every `interval` seconds whether the phone approved.
//!
//! It is this server's own login, offered to devices: the device's code is
//! a challenge like a QR page's. Its typed code is the `user_code` (typed
//! on the phone's /link), its QR token the `verification_uri_complete`,
//! and the phone's confirmation names the app and says it is a device.
//! The `device_code` is that challenge's binding secret, as a browser's
//! `qr_bind` is: only its holder gets what the approval made. That is a
//! web session for the device, listed on the phone with the browsers and
//! ended from there; no cookie is ever given for it (`sessions::prepare`),
//! only the app's tokens, as for a code (`provider`), refresh tokens
//! included.
//!
//! Store layout: `oidc:device:{sha256(device_code)}` → a [`Waiting`]
//! device, until its code has expired and [`EXPIRED_KEPT`] more, so that
//! a late device hears `expired_token` rather than "unknown".

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::clients::Client;
use super::errors::OAuthError;
use super::provider::{
    audit_sign_in, authenticate_client, code_key, counted, mint, new_refresh_token, refresh_ttl,
    signed_in_still, spent_ttl, take_hold, Grant, Spent, TokenError, TokenRequest, TokenResponse,
};
use super::request::{granted_scopes, AuthRequest, Prompt};
use crate::records::{get_json, put_json, update_json};
use crate::requester::Caller as Requester;
use crate::{challenges, sessions};
use crate::{now_ms, random, rate, ApiError, Core};
use protocol::{Challenge, DeviceCode, Outcome};

/// How long an expired device code is still known as one: longer than a
/// phone's hold on it ([`protocol::challenge::SIGN_IN_HOLD_MS`]) and the
/// challenge's result ([`protocol::challenge::DEVICE_RESULT_GRACE_MS`])
/// together, so the device hears how it ended.
const EXPIRED_KEPT: Duration = Duration::from_secs(15 * 60);
/// What a poll too soon adds to the device's interval (RFC 8628 §3.5).
const SLOW_DOWN_SECS: u64 = 5;
/// How much sooner than its interval a poll may come: the last one was
/// timed by another node's clock, perhaps.
const POLL_LEEWAY_MS: u64 = 500;
/// Of the QR codes an address may ask for a minute
/// (`CHALLENGES_PER_MINUTE`), the share that may be device codes: each
/// lives `DEVICE_CODE_TTL_SECS`, ten times a page's code.
const DEVICE_SHARE: u64 = 10;

/// A device waiting for the phone.
#[derive(Serialize, Deserialize, Clone, Debug)]
struct Waiting {
    qr_id: String,
    client_id: String,
    scopes: Vec<String>,
    /// Seconds it must leave between polls.
    interval: u64,
    /// When it last asked (ms); 0: never.
    polled_at: u64,
    /// Its tokens were given: the code answers nothing more.
    done: bool,
}

fn key(digest: &str) -> String {
    format!("oidc:device:{digest}")
}

/// `POST /oauth/device_authorization`'s answer (RFC 8628 §3.2).
#[derive(Serialize, Debug)]
pub struct DeviceAuthorization {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: String,
    pub verification_uri_complete: String,
    pub expires_in: u64,
    pub interval: u64,
}

/// `POST /oauth/device_authorization`: a code for a device of `client`,
/// which must be registered with `device_grant = true`. `scope` is
/// optional and then `openid`. Counted with the QR codes an address may
/// ask for; wrong client secrets as at the token endpoint.
#[tracing::instrument(name = "oidc.device_authorization", skip_all, fields(client_id = ?form.client_id))]
pub async fn authorize(
    core: &Core,
    form: &TokenRequest,
    requester: &Requester,
) -> Result<DeviceAuthorization, TokenError> {
    counted(core, requester, async {
        let client = authenticate_client(core, form)?;
        registered(&client)?;
        let scopes = granted_scopes(&client.scopes, form.scope.as_deref().unwrap_or("openid"))
            .ok_or_else(|| {
                TokenError::new(OAuthError::InvalidScope, "scope must include openid")
            })?;
        rate::count(
            core,
            &format!("rate:oidc-device:{}", requester.network),
            Duration::from_secs(60),
            core.settings
                .limits
                .challenges_per_minute
                .div_ceil(DEVICE_SHARE),
        )
        .await
        .map_err(TokenError::from_api)?;
        let code = DeviceCode::from_random(random());
        let lifetime = core.settings.device_code_ttl;
        let (challenge, token, user_code) =
            challenges::issue_for_device(core, requester, code.binding_digest(), &client, lifetime)
                .await
                .map_err(TokenError::from_api)?;
        let interval = core.settings.device_poll.as_secs();
        let waiting = Waiting {
            qr_id: challenge.qr_id,
            client_id: client.id,
            scopes,
            interval,
            polled_at: 0,
            done: false,
        };
        put_json(
            &*core.store,
            &key(&code.digest()),
            &waiting,
            Some(lifetime + EXPIRED_KEPT),
        )
        .await
        .map_err(TokenError::from_api)?;
        let public_url = &core.settings.public_url;
        Ok(DeviceAuthorization {
            device_code: code.encode(),
            user_code: user_code.display(),
            verification_uri: format!("{public_url}/link"),
            verification_uri_complete: core.settings.qr_payload(&token.encode()),
            expires_in: lifetime.as_secs(),
            interval,
        })
    })
    .await
}

/// `client` may use the device grant, or `unauthorized_client`.
fn registered(client: &Client) -> Result<(), TokenError> {
    if client.device_grant {
        Ok(())
    } else {
        Err(TokenError::new(
            OAuthError::UnauthorizedClient,
            "this client is not registered for the device grant",
        ))
    }
}

/// `grant_type=urn:ietf:params:oauth:grant-type:device_code`: the
/// device's tokens once the phone approved, once; until then
/// `authorization_pending` (or `slow_down` to a device that asks too
/// often, `access_denied` once the person declined, `expired_token`).
#[tracing::instrument(name = "oidc.device_poll", skip_all, fields(client_id = %client.id))]
pub(super) async fn poll(
    core: &Core,
    form: &TokenRequest,
    client: &Client,
    requester: &Requester,
) -> Result<TokenResponse, TokenError> {
    registered(client)?;
    let presented = form
        .device_code
        .as_deref()
        .ok_or_else(|| TokenError::new(OAuthError::InvalidRequest, "device_code is missing"))?;
    let unknown = || {
        TokenError::new(
            OAuthError::InvalidGrant,
            "the device code is unknown or was used",
        )
    };
    let code = DeviceCode::parse(presented).map_err(|_| unknown())?;
    let digest = code.digest();
    let now = now_ms();
    // What the record says as each closure judged it (`update_json`
    // answers the record as it stands, changed or not).
    let (mut found, mut too_soon) = (false, false);
    let waiting = update_json(
        &*core.store,
        &key(&digest),
        None,
        |stored: Option<&Waiting>| {
            let waiting = stored.filter(|w| w.client_id == client.id && !w.done);
            (found, too_soon) = (waiting.is_some(), false);
            let Some(waiting) = waiting else {
                return Ok(None);
            };
            let mut next = waiting.clone();
            let next_poll = waiting
                .polled_at
                .saturating_add(waiting.interval.saturating_mul(1000));
            if now + POLL_LEEWAY_MS < next_poll {
                too_soon = true;
                next.interval = next.interval.saturating_add(SLOW_DOWN_SECS);
            }
            next.polled_at = now;
            Ok(Some(next))
        },
    )
    .await
    .map_err(TokenError::from_api)?
    .filter(|_| found)
    .ok_or_else(unknown)?;
    if too_soon {
        return Err(TokenError::new(
            OAuthError::SlowDown,
            &format!("ask at most every {} seconds", waiting.interval),
        ));
    }
    let challenge: Option<Challenge> =
        get_json(&*core.store, &challenges::challenge_key(&waiting.qr_id))
            .await
            .map_err(TokenError::from_api)?;
    let session_id = approved(challenge.map(|c| c.outcome(now)))?;
    // The approval's session, checked before the code is spent: a sign-in
    // ended meanwhile leaves nothing to take.
    let (session, account) = signed_in_still(core, &session_id).await?;
    if session.binding_digest != code.binding_digest() {
        return Err(unknown());
    }
    // Once: of two polls at the same moment, one gets the tokens.
    let mut taken = false;
    update_json(
        &*core.store,
        &key(&digest),
        None,
        |stored: Option<&Waiting>| {
            let open = stored.filter(|w| !w.done);
            taken = open.is_some();
            Ok(open.map(|w| Waiting {
                done: true,
                ..w.clone()
            }))
        },
    )
    .await
    .map_err(TokenError::from_api)?;
    if !taken {
        return Err(unknown());
    }
    let hold = take_hold(core, client, &session, &waiting.scopes)
        .await
        .map_err(|error| match error {
            ApiError::Unauthorized => {
                TokenError::new(OAuthError::InvalidGrant, "the sign-in has ended since")
            }
            error => TokenError::from_api(error),
        })?;
    // Withdrawn on the phone since it approved: the device's sign-in,
    // there for this app alone, ends.
    let Some(hold) = hold else {
        sessions::revoke(core, &session, "removed_by_phone", requester)
            .await
            .map_err(TokenError::from_api)?;
        return Err(TokenError::new(
            OAuthError::AccessDenied,
            "the person withdrew this app on their phone",
        ));
    };
    let grant = Grant {
        // A device's grant has no redirect URI and no code to trade:
        // it is given already spent, its tokens standing.
        request: AuthRequest {
            client_id: client.id.clone(),
            redirect_uri: String::new(),
            scopes: waiting.scopes.clone(),
            state: None,
            nonce: None,
            code_challenge: None,
            prompt: Prompt::Default,
            max_age: None,
        },
        session_id: session.id.clone(),
        spent: Some(Spent::Issued),
        hold,
        refresh: None,
    };
    // Named as a code's grant is, by a digest nobody holds the secret of.
    let grant_id = protocol::token::sha256_hex(&random::<32>());
    let mut answer = mint(
        core,
        client,
        &grant,
        &grant_id,
        &session,
        &account,
        &waiting.scopes,
    )?;
    let (grant, ttl) = if client.refresh_tokens {
        let token = new_refresh_token(core, &grant_id)
            .await
            .map_err(TokenError::from_api)?;
        answer.refresh_token = Some(token.encode());
        let refresh = Some(token.digest());
        (Grant { refresh, ..grant }, refresh_ttl(core))
    } else {
        (grant, spent_ttl(core))
    };
    put_json(&*core.store, &code_key(&grant_id), &grant, Some(ttl))
        .await
        .map_err(TokenError::from_api)?;
    let place = format!("on a device ({}, {})", session.os, session.ip);
    audit_sign_in(core, requester, &session, &client.id, &place).await;
    Ok(answer)
}

/// The session the phone's approval made, from where the device's
/// challenge stands (`None`: gone, long expired), or what to tell the
/// device instead.
fn approved(outcome: Option<Outcome>) -> Result<String, TokenError> {
    match outcome {
        Some(Outcome::Approved { session_id, .. }) => Ok(session_id),
        Some(Outcome::Pending | Outcome::SigningIn { .. } | Outcome::Scanned { .. }) => {
            Err(TokenError::new(
                OAuthError::AuthorizationPending,
                "not confirmed on the phone yet",
            ))
        }
        Some(Outcome::Denied { .. }) => Err(TokenError::new(
            OAuthError::AccessDenied,
            "the person declined on their phone",
        )),
        Some(Outcome::Expired) | None => Err(TokenError::new(
            OAuthError::ExpiredToken,
            "the code expired: start again",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_state_of_the_code_tells_the_device_what_to_do() {
        let error = |outcome| approved(outcome).unwrap_err().error;
        assert_eq!(
            error(Some(Outcome::Pending)),
            OAuthError::AuthorizationPending
        );
        assert_eq!(
            error(Some(Outcome::SigningIn { until: 1 })),
            OAuthError::AuthorizationPending
        );
        let scanned = Outcome::Scanned {
            device_name: "Pixel".into(),
            number: None,
            who: None,
        };
        assert_eq!(error(Some(scanned)), OAuthError::AuthorizationPending);
        let denied = Outcome::Denied {
            wrong_number: false,
        };
        assert_eq!(error(Some(denied)), OAuthError::AccessDenied);
        assert_eq!(error(Some(Outcome::Expired)), OAuthError::ExpiredToken);
        assert_eq!(error(None), OAuthError::ExpiredToken);
        let approved_one = Outcome::Approved {
            user_id: "u".into(),
            session_id: "s".into(),
        };
        assert_eq!(approved(Some(approved_one)).unwrap(), "s");
    }
}
