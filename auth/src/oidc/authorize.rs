//! What the authorization endpoint decides (`GET /oauth/authorize`,
//! `/oauth/continue/{id}` once the phone signed the browser in, and
//! `/oauth/cancel/{id}`): the code back to the app, the QR page, or a
//! refusal. The edge
//! (`server/src/oauth.rs`) only renders a [`Decision`] as HTTP, the
//! logout's too (`logout`).

use axum::http::HeaderMap;

use super::consent;
use super::errors::OAuthError;
use super::pending::{self, Pending};
use super::provider;
use super::request::{self, AuthRequest, Prompt, Refusal};
use crate::requester::Caller as Requester;
use crate::{cookies, now_ms, ApiError, Core};

/// Where the browser goes next.
#[derive(Debug)]
pub enum Decision {
    /// Back to the app: its redirect URI with a code.
    ToApp(String),
    /// To this site's QR page for the request kept as this id.
    Scan(String),
    /// Refused: on a page of this site, or back to the app with an error;
    /// with the client id the refusal is logged with, when the decision
    /// knows it (else the edge logs the one the request named).
    Refused {
        refusal: Refusal,
        client_id: Option<String>,
    },
    /// A page of this site that says `about` (`expired`, `other_browser`).
    Notice(&'static str),
    /// The page that asks before an old logout hint logs this browser out
    /// (`logout`), with the answer's id. Here, not in `logout`, because
    /// `logout` comes after this module (`layers.rs`) and shares the type.
    ConfirmLogout(String),
}

impl Decision {
    /// Back to the app of `auth` with `error`.
    pub fn refused(auth: &AuthRequest, error: OAuthError, description: &str) -> Self {
        Self::Refused {
            refusal: Refusal::redirect(
                &auth.redirect_uri,
                auth.state.as_deref(),
                error,
                description,
            ),
            client_id: Some(auth.client_id.clone()),
        }
    }
}

/// `GET /oauth/authorize` with query `pairs`, from the browser behind
/// `headers`: a browser already signed in here (and kept signed in) goes
/// straight back with a code, once the person allowed the app, unless
/// `prompt=login` or `max_age` asks for a new scan; otherwise the QR page.
#[tracing::instrument(name = "oidc.authorize", skip_all)]
pub async fn authorize(
    core: &Core,
    pairs: &[(String, String)],
    headers: &HeaderMap,
    requester: &Requester,
) -> Decision {
    let auth = match request::parse(pairs, &core.settings.oidc_clients) {
        Ok(auth) => auth,
        Err(refusal) => {
            return Decision::Refused {
                refusal,
                client_id: None,
            }
        }
    };
    decide(core, &auth, headers, requester)
        .await
        .unwrap_or_else(|error| failed(&auth, &error))
}

/// The checked request `auth`: a code at once for a browser signed in
/// here that may have one, a refusal for `prompt=none`, else the QR page
/// (the request kept for it). A fault is the caller's to tell the app.
async fn decide(
    core: &Core,
    auth: &AuthRequest,
    headers: &HeaderMap,
    requester: &Requester,
) -> Result<Decision, ApiError> {
    let session = provider::signed_in(core, headers).await?;
    let served = session.as_ref().filter(|s| {
        s.serves_apps_silently() && request::sign_in_serves(auth, s.created_at, None, now_ms())
    });
    // The app learns who this is without a scan only once the person
    // allowed it (on the phone, at an earlier scan for it).
    if let Some(session) = served {
        let allowed = consent::allowed(core, &session.user_id).await?;
        let client = core.settings.oidc_clients.find(&auth.client_id);
        if client.is_some_and(|client| allowed.covers(&client, &auth.scopes)) {
            provider::count_code(core, session, requester).await?;
            return Ok(Decision::ToApp(
                provider::grant(core, auth, session, requester).await?,
            ));
        }
    }
    if auth.prompt == Prompt::None {
        let (error, why) = match served {
            Some(_) => (
                OAuthError::ConsentRequired,
                "the person has not allowed this app yet: ask without prompt=none",
            ),
            None => (OAuthError::LoginRequired, "this browser is not signed in"),
        };
        return Ok(Decision::refused(auth, error, why));
    }
    let pending = pending::begin(core, auth.clone(), requester).await?;
    Ok(Decision::Scan(pending.id))
}

/// `GET /oauth/continue/{id}`: the QR page's browser, signed in by the
/// phone, goes back to the app with a code, once per request; to the QR
/// page again if its sign-in does not serve the request.
#[tracing::instrument(name = "oidc.resume", skip_all)]
pub async fn resume(
    core: &Core,
    id: &str,
    headers: &HeaderMap,
    requester: &Requester,
) -> Result<Decision, ApiError> {
    let Some(pending) = pending::pending(core, id).await? else {
        return Ok(Decision::Notice("expired"));
    };
    if !owned(core, &pending, headers) {
        return Ok(Decision::Notice("other_browser"));
    }
    let auth = &pending.request;
    Ok(resumed(core, &pending, headers, requester)
        .await
        .unwrap_or_else(|error| failed(auth, &error)))
}

async fn resumed(
    core: &Core,
    pending: &Pending,
    headers: &HeaderMap,
    requester: &Requester,
) -> Result<Decision, ApiError> {
    let auth = &pending.request;
    let session = provider::signed_in(core, headers).await?;
    let served = session.as_ref().filter(|s| {
        request::sign_in_serves(auth, s.created_at, Some(pending.created_at), now_ms())
    });
    let Some(session) = served else {
        return Ok(Decision::Scan(pending.id.clone()));
    };
    // Only once the person allowed the app (a phone's "Log in" for this
    // request, or "Use a passkey" on its page, allows it): a browser that
    // was signed in already, sent here, gives an app nothing by itself.
    let allowed = consent::allowed(core, &session.user_id).await?;
    let app = core.settings.oidc_clients.find(&auth.client_id);
    if !app.is_some_and(|app| allowed.covers(&app, &auth.scopes)) {
        return Ok(Decision::Scan(pending.id.clone()));
    }
    // Counted before the request is taken: a limited browser keeps it.
    provider::count_code(core, session, requester).await?;
    // One code per request, however many times the address is opened.
    if pending::take(core, &pending.id).await?.is_none() {
        return Ok(Decision::Notice("expired"));
    }
    Ok(Decision::ToApp(
        provider::grant(core, auth, session, requester).await?,
    ))
}

/// `POST /oauth/cancel/{id}`: the person gives up on the QR page ("Cancel
/// and go back to …"): the app hears `access_denied`, once. Counted with
/// the requests of the address; only the browser that owns the request
/// may cancel it.
#[tracing::instrument(name = "oidc.cancel", skip_all)]
pub async fn cancel(
    core: &Core,
    id: &str,
    headers: &HeaderMap,
    requester: &Requester,
) -> Result<Decision, ApiError> {
    pending::count_request(core, requester).await?;
    if let Some(pending) = pending::pending(core, id).await? {
        if !owned(core, &pending, headers) {
            return Ok(Decision::Notice("other_browser"));
        }
    }
    Ok(match pending::take(core, id).await? {
        Some(pending) => Decision::refused(
            &pending.request,
            OAuthError::AccessDenied,
            "the person cancelled the sign-in",
        ),
        None => Decision::Notice("expired"),
    })
}

/// Whether the browser behind `headers` (its `qr_bind` cookie) owns the
/// request: the one that showed its QR page (`pending::claim`).
pub fn owned(core: &Core, pending: &Pending, headers: &HeaderMap) -> bool {
    let binding = cookies::binding(headers, &core.settings).map(|b| b.digest());
    pending.owned_by(binding.as_deref())
}

/// A fault here (the store, a limit) once the app's redirect URI is known:
/// told to the app, which can say so (RFC 6749 §4.1.2.1).
fn failed(auth: &AuthRequest, error: &ApiError) -> Decision {
    let code = match error {
        ApiError::Internal => OAuthError::ServerError,
        _ => OAuthError::TemporarilyUnavailable,
    };
    Decision::refused(auth, code, &error.to_string())
}
