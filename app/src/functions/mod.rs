//! Server functions of the project's own mobile pages. They run the same
//! `auth` steps as the JSON API; the phone's credential is the HttpOnly
//! `qr_device` cookie instead of a Bearer header. Errors are the protocol's
//! `{ error, message }`.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

use crate::protocol::{ErrorBody, ErrorCode};

pub mod kiosk;
pub mod phone;

impl FromServerFnError for ErrorBody {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => ErrorBody::new(
                ErrorCode::Unavailable,
                "Cannot reach the server. Check your connection and try again.",
            ),
            ServerFnErrorErr::Args(message)
            | ServerFnErrorErr::MissingArg(message)
            | ServerFnErrorErr::Deserialization(message) => {
                ErrorBody::new(ErrorCode::BadRequest, message)
            }
            other => ErrorBody::new(ErrorCode::Internal, other.to_string()),
        }
    }
}

/// What every server function (and every SSR page call in `api.rs`) needs on
/// the server: the state, the request, and a way to set cookies and status.
#[cfg(feature = "ssr")]
pub(crate) mod context {
    use std::net::SocketAddr;

    use axum::extract::ConnectInfo;
    use axum::http::{header, request::Parts, HeaderValue};
    use axum_extra::extract::cookie::Cookie;
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    use crate::auth::accounts::{self, Account, DeviceSession};
    use crate::auth::requester::Client;
    use crate::auth::{ApiError, AppState};
    use crate::protocol::ErrorBody;

    /// The protocol's answer to `error`: its body, and its status on the response.
    pub fn fail(error: ApiError) -> ErrorBody {
        if let (Some(response), Ok(status)) = (
            use_context::<ResponseOptions>(),
            axum::http::StatusCode::from_u16(error.code().status()),
        ) {
            response.set_status(status);
        }
        error.body()
    }

    pub struct Request {
        pub state: AppState,
        pub parts: Parts,
    }

    impl Request {
        pub fn current() -> Result<Self, ErrorBody> {
            match (use_context::<AppState>(), use_context::<Parts>()) {
                (Some(state), Some(parts)) => Ok(Self { state, parts }),
                _ => Err(fail(ApiError::Internal)),
            }
        }

        pub fn client(&self) -> Client {
            let peer = self
                .parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0);
            Client::from_request(&self.parts.headers, peer, self.state.settings.trust_proxy)
        }

        /// The signed-in phone, or `unauthorized`.
        pub async fn device(&self) -> Result<(DeviceSession, Account), ErrorBody> {
            let token = accounts::device_token_from(&self.parts.headers)
                .ok_or_else(|| fail(ApiError::Unauthorized))?;
            accounts::authenticate(&self.state, &token)
                .await
                .map_err(fail)
        }

        pub fn set_cookie(&self, cookie: &Cookie<'static>) {
            if let (Some(response), Ok(value)) = (
                use_context::<ResponseOptions>(),
                HeaderValue::from_str(&cookie.to_string()),
            ) {
                response.append_header(header::SET_COOKIE, value);
            }
        }
    }
}
