//! What handlers take from a request: who the client is, which phone or
//! browser session it proves (with the client), and JSON bodies whose
//! errors are the protocol's.

use std::convert::Infallible;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::Json;
use serde::de::DeserializeOwned;

use app::state::AppState;
use auth::accounts::Account;
use auth::devices::{self, DeviceSession};
use auth::requester::Caller;
use auth::sessions::{self, WebSession};
use auth::ApiError;

/// A JSON body; malformed → `bad_request`, over the limit → `too_large`.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let Json(body) = Json::from_request(request, state).await?;
        Ok(Self(body))
    }
}

/// The client's address and user agent (also a field of the extractors of
/// who is signed in).
pub struct CallerInfo(pub Caller);

impl FromRequestParts<AppState> for CallerInfo {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(Self(caller(parts, state)))
    }
}

fn caller(parts: &Parts, state: &AppState) -> Caller {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    Caller::from_request(&parts.headers, peer, state.core.settings.trust_proxy)
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
    pub caller: Caller,
}

impl FromRequestParts<AppState> for DeviceAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token =
            devices::token_from(&parts.headers, &state.core).ok_or(ApiError::Unauthorized)?;
        let (device, account) = devices::authenticate(&state.core, &token).await?;
        let caller = caller(parts, state);
        Ok(Self {
            device,
            account,
            caller,
        })
    }
}

/// A logged-in browser: the session cookie, or `Authorization: Bearer <accessToken>`.
pub struct WebAuth {
    pub session: WebSession,
    pub account: Account,
    pub caller: Caller,
}

impl FromRequestParts<AppState> for WebAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let (token, token_use) =
            sessions::token_from(&parts.headers, &state.core).ok_or(ApiError::Unauthorized)?;
        let (session, account) = sessions::authenticate(&state.core, &token, token_use).await?;
        let caller = caller(parts, state);
        Ok(Self {
            session,
            account,
            caller,
        })
    }
}
