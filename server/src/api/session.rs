//! `/api/session`: the requesting browser once it is logged in.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use axum_extra::extract::cookie::CookieJar;

use auth::requester::bearer;
use auth::{cookies, passkey_login, sessions};
use auth::{ApiError, Core};
use protocol::{AccessToken, ErrorBody, PasskeyLoginRequest, SessionInfo};

use super::extract::{Body, CallerInfo, WebAuth};
use super::openapi::{CrossSite, StoreDown, TimedOut};

#[utoipa::path(
    get,
    path = "/api/session",
    tag = "logged-in browser",
    summary = "The logged-in browser's session",
    security(("sessionCookie" = []), ("accessToken" = [])),
    responses(
        (status = 200, description = "OK", body = SessionInfo),
        (status = 401, description = "unauthorized: none, expired or revoked", body = ErrorBody),
        StoreDown,
    )
)]
/// `GET /api/session` (session cookie or Bearer access token).
pub async fn current(auth: WebAuth) -> Json<SessionInfo> {
    Json(sessions::info(&auth.session, &auth.account))
}

#[utoipa::path(
    post,
    path = "/api/session",
    tag = "logged-in browser",
    summary = "Step 7: trade the pushed access token for the HttpOnly session cookie, once, from the browser that showed the code",
    security(("accessToken" = [], "bindingCookie" = [])),
    responses(
        (status = 200, description = "Set-Cookie qr_session (__Host-qr_session over https)", body = SessionInfo),
        (status = 401, description = "unauthorized: not a valid access token of this site", body = ErrorBody),
        (status = 403, description = "binding_mismatch: this browser does not hold the binding of the approved code; or cross_site", body = ErrorBody),
        TimedOut,
        (status = 409, description = "already_used: this session's cookie was already handed out", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/session` with `Authorization: Bearer <accessToken>`: the page
/// hands over the token it received on its WebSocket and gets the HttpOnly
/// session cookie (a WebSocket frame cannot set one). Once per session, and
/// only with the binding cookie of the browser that showed the code.
pub async fn open(
    State(core): State<Core>,
    headers: HeaderMap,
    jar: CookieJar,
) -> Result<(CookieJar, Json<SessionInfo>), ApiError> {
    let token = bearer(&headers).ok_or(ApiError::Unauthorized)?;
    let binding = cookies::binding(&headers, &core.settings);
    let (session, account) = sessions::open(&core, &token, binding.as_ref()).await?;
    let jar = jar.add(sessions::cookie(&core, &session)?);
    Ok((jar, Json(sessions::info(&session, &account))))
}

#[utoipa::path(
    post,
    path = "/api/session/passkey",
    tag = "logged-in browser",
    summary = "The browser signs itself in with a passkey (its own, or a phone's over hybrid), as a phone's approval would",
    request_body = PasskeyLoginRequest,
    security(("bindingCookie" = [])),
    responses(
        (status = 200, description = "Set-Cookie qr_session (__Host-qr_session over https); the account's phones hear new_login; with `authorization`, /oauth/continue/{id} now goes back to the app", body = SessionInfo),
        (status = 400, description = "bad_request: malformed body; passkeys are off; the app's sign-in is over or another browser's", body = ErrorBody),
        (status = 401, description = "unauthorized: the account is disabled", body = ErrorBody),
        (status = 403, description = "passkey_refused: an unknown, used or expired ceremony, a passkey the site does not know (removed), an answer that did not verify (no user verification), or a kiosk while KIOSK_PASSKEYS is off. binding_mismatch: the options were asked by another browser (or none). cross_site", body = ErrorBody),
        (status = 409, description = "session_limit: the account has MAX_LINKED_SESSIONS browsers linked; a phone must log one out first", body = ErrorBody),
        (status = 429, description = "rate_limited (Retry-After): too many sign-ins from this address (SIGN_INS_PER_MINUTE)", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/session/passkey`: the answer to `POST /api/auth/passkey/options`
/// (asked by this browser) signs it in; the session cookie comes with it.
pub async fn passkey(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    headers: HeaderMap,
    jar: CookieJar,
    Body(request): Body<PasskeyLoginRequest>,
) -> Result<(CookieJar, Json<SessionInfo>), ApiError> {
    let (session, account) = passkey_login::sign_in(&core, &request, &headers, &client).await?;
    let jar = jar.add(sessions::cookie(&core, &session)?);
    Ok((jar, Json(sessions::info(&session, &account))))
}

#[utoipa::path(
    post,
    path = "/api/session/token",
    tag = "logged-in browser",
    summary = "A fresh access token for the logged-in browser; refused once the session is revoked",
    security(("sessionCookie" = [])),
    responses(
        (status = 200, description = "OK", body = AccessToken),
        (status = 401, description = "unauthorized", body = ErrorBody),
        CrossSite, TimedOut, StoreDown,
    )
)]
/// `POST /api/session/token` (session cookie): a fresh short-lived access
/// token. A revoked session gets `unauthorized`, so revocation reaches every
/// service that trusts these tokens within one access-token lifetime.
pub async fn renew(State(core): State<Core>, auth: WebAuth) -> Result<Json<AccessToken>, ApiError> {
    let (access_token, expires_in) = sessions::access_token(&core, &auth.session)?;
    Ok(Json(AccessToken {
        access_token,
        expires_in,
    }))
}

#[utoipa::path(
    post,
    path = "/api/session/logout",
    operation_id = "session_logout",
    tag = "logged-in browser",
    summary = "The browser ends its own session",
    security(("sessionCookie" = []), ("accessToken" = [])),
    responses(
        (status = 204, description = "Signed out; the cookie is cleared"),
        (status = 401, description = "unauthorized", body = ErrorBody),
        CrossSite, TimedOut, StoreDown,
    )
)]
/// `POST /api/session/logout`: this browser ends its own session.
pub async fn logout(
    State(core): State<Core>,
    auth: WebAuth,
    jar: CookieJar,
) -> Result<(CookieJar, StatusCode), ApiError> {
    sessions::revoke(&core, &auth.session, "signed_out", &auth.caller).await?;
    Ok((
        jar.add(sessions::removal_cookie(&core)),
        StatusCode::NO_CONTENT,
    ))
}
