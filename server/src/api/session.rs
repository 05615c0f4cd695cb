//! `/api/session`: the requesting browser once it is logged in.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use app::auth::requester::bearer;
use app::auth::{cookies, sessions};
use app::auth::{ApiError, AppState};
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
pub async fn open(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let token = bearer(&headers).ok_or(ApiError::Unauthorized)?;
    let binding = cookies::binding(&headers, &state.settings);
    let (session, account) = sessions::open(&state, &token, binding.as_ref()).await?;
    let cookie = sessions::cookie(&state, &session)?;
    let mut response = Json(sessions::info(&session, &account)).into_response();
    set_cookie(&mut response, &cookie.to_string())?;
    Ok(response)
}

/// `POST /api/session/token` (session cookie): a fresh short-lived access
/// token. A revoked session gets `unauthorized`, so revocation reaches every
/// service that trusts these tokens within one access-token lifetime.
pub async fn renew(
    State(state): State<AppState>,
    auth: WebAuth,
) -> Result<Json<AccessToken>, ApiError> {
    let (access_token, expires_in) = sessions::access_token(&state, &auth.session)?;
    Ok(Json(AccessToken {
        access_token,
        expires_in,
    }))
}

/// `POST /api/session/logout`: this browser ends its own session.
pub async fn logout(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    auth: WebAuth,
) -> Result<Response, ApiError> {
    sessions::revoke(&state, &auth.session, "signed_out", &client).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    set_cookie(&mut response, &sessions::removal_cookie(&state).to_string())?;
    Ok(response)
}

fn set_cookie(response: &mut Response, cookie: &str) -> Result<(), ApiError> {
    let value = HeaderValue::from_str(cookie).map_err(|_| ApiError::Internal)?;
    response.headers_mut().append(header::SET_COOKIE, value);
    Ok(())
}
