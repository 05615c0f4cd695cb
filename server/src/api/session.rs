//! `/api/session`: the requesting browser once it is logged in.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use axum_extra::extract::cookie::CookieJar;

use app::auth::requester::bearer;
use app::auth::{cookies, sessions};
use app::auth::{ApiError, Core};
use app::protocol::{AccessToken, SessionInfo};

use super::extract::{ClientInfo, WebAuth};

/// `GET /api/session` (session cookie or Bearer access token).
pub async fn current(auth: WebAuth) -> Json<SessionInfo> {
    Json(sessions::info(&auth.session, &auth.account))
}

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

/// `POST /api/session/logout`: this browser ends its own session.
pub async fn logout(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: WebAuth,
    jar: CookieJar,
) -> Result<(CookieJar, StatusCode), ApiError> {
    sessions::revoke(&core, &auth.session, "signed_out", &client).await?;
    Ok((
        jar.add(sessions::removal_cookie(&core)),
        StatusCode::NO_CONTENT,
    ))
}
