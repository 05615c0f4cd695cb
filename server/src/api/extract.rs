//! What handlers take from a request: who the client is, which phone or
//! browser session it proves, and JSON bodies whose errors are the protocol's.

use std::convert::Infallible;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::Json;
use axum_extra::extract::WithRejection;

use app::state::AppState;
use auth::accounts::Account;
use auth::devices::{self, DeviceSession};
use auth::requester::Caller;
use auth::sessions::{self, WebSession};
use auth::ApiError;

/// A JSON body; malformed → `bad_request`, over the limit → `too_large`.
pub type JsonBody<T> = WithRejection<Json<T>, ApiError>;

/// The client's address and user agent.
pub struct CallerInfo(pub Caller);

impl FromRequestParts<AppState> for CallerInfo {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        Ok(Self(Caller::from_request(
            &parts.headers,
            peer,
            state.core.settings.trust_proxy,
        )))
    }
}

/// A WebSocket's opener, when it is a browser, is a page of this site: the
/// first thing checked, before who is asking or what for.
pub struct SocketOrigin;

impl FromRequestParts<AppState> for SocketOrigin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        crate::edge::socket_origin(&state.core.settings, &parts.headers).map(|()| Self)
    }
}

/// An approving device: `Authorization: Bearer <deviceToken>` or the mobile
/// page's cookie. Anything else is `unauthorized`.
pub struct DeviceAuth {
    pub device: DeviceSession,
    pub account: Account,
}

impl FromRequestParts<AppState> for DeviceAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token =
            devices::token_from(&parts.headers, &state.core).ok_or(ApiError::Unauthorized)?;
        let (device, account) = devices::authenticate(&state.core, &token).await?;
        Ok(Self { device, account })
    }
}

/// A logged-in browser: the session cookie, or `Authorization: Bearer <accessToken>`.
pub struct WebAuth {
    pub session: WebSession,
    pub account: Account,
}

impl FromRequestParts<AppState> for WebAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let (token, token_use) =
            sessions::token_from(&parts.headers, &state.core).ok_or(ApiError::Unauthorized)?;
        let (session, account) = sessions::authenticate(&state.core, &token, token_use).await?;
        Ok(Self { session, account })
    }
}
