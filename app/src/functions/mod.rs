//! Server functions of the project's own mobile pages. They run the same
//! `auth` steps as the JSON API; the phone's credential is the HttpOnly
//! `qr_device` cookie instead of a Bearer header. Errors are the protocol's
//! `{ error, message }`.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

use crate::t;
use protocol::{ErrorBody, ErrorCode};

pub mod passkeys;
pub mod phone;

/// What a server function answers when it fails: the protocol's
/// `{ error, message }` (the same JSON), in a type of this crate so that it
/// can take Leptos's server-function traits, which the `protocol` crate
/// knows nothing of.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(transparent)]
pub struct Failure(pub ErrorBody);

impl std::ops::Deref for Failure {
    type Target = ErrorBody;

    fn deref(&self) -> &ErrorBody {
        &self.0
    }
}

impl From<ErrorBody> for Failure {
    fn from(body: ErrorBody) -> Self {
        Self(body)
    }
}

impl From<Failure> for ErrorBody {
    fn from(failure: Failure) -> Self {
        failure.0
    }
}

impl FromServerFnError for Failure {
    type Encoder = JsonEncoding;

    /// Errors the server-function machinery raises itself (the arguments did
    /// not parse, the network failed). On the server the response's status
    /// follows the code, as for every other error: a bad form is a 400.
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        let body = match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => {
                ErrorBody::new(ErrorCode::Unavailable, t!("network-unreachable-retry"))
            }
            ServerFnErrorErr::Args(message)
            | ServerFnErrorErr::MissingArg(message)
            | ServerFnErrorErr::Deserialization(message) => {
                ErrorBody::new(ErrorCode::BadRequest, message)
            }
            ServerFnErrorErr::UnsupportedRequestMethod(message) => {
                ErrorBody::new(ErrorCode::BadRequest, message)
            }
            ServerFnErrorErr::Registration(message) => ErrorBody::new(ErrorCode::NotFound, message),
            other => ErrorBody::new(ErrorCode::Internal, other.to_string()),
        };
        #[cfg(feature = "ssr")]
        context::set_status(body.error, None);
        Self(body)
    }
}

/// What every server function (and every SSR page call in `calls.rs`) needs on
/// the server: the state, the request, and a way to set cookies and status.
#[cfg(feature = "ssr")]
pub(crate) mod context {
    use std::net::SocketAddr;

    use axum::extract::ConnectInfo;
    use axum::http::{header, request::Parts, HeaderValue};
    use axum_extra::extract::cookie::Cookie;
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    use super::Failure;
    use crate::state::AppState;
    use auth::accounts::Account;
    use auth::devices::{self, DeviceSession};
    use auth::requester::Caller;
    use auth::{ApiError, Core};

    /// The page a plain form post lands on after `error`: `path` with the
    /// error's code (and how long to wait, where it says) in the query, and
    /// `extra`.
    pub fn error_page(path: &str, error: &ApiError, extra: &[(&str, &str)]) -> String {
        let code = error.code().name();
        let retry = error
            .retry_after_secs()
            .map(|s| s.to_string())
            .unwrap_or_default();
        let mut pairs = vec![("error", code), ("retry", retry.as_str())];
        pairs.extend_from_slice(extra);
        pairs.retain(|(_, value)| !value.is_empty());
        protocol::return_path::with_query(path, &pairs)
    }

    /// The protocol's answer to `error`: its body, and its status (and
    /// `Retry-After`) on the response.
    pub fn fail(error: ApiError) -> Failure {
        set_status(error.code(), error.retry_after_secs());
        Failure(error.body())
    }

    /// Puts the status of `code` on the current response, if there is one
    /// and it is not already sending a form post on to its page.
    pub fn set_status(code: protocol::ErrorCode, retry_after_secs: Option<u64>) {
        let Some(response) = use_context::<ResponseOptions>() else {
            return;
        };
        let redirected = response
            .0
            .read()
            .is_ok_and(|parts| parts.status == Some(axum::http::StatusCode::SEE_OTHER));
        if redirected {
            return;
        }
        if let Ok(status) = axum::http::StatusCode::from_u16(code.status()) {
            response.set_status(status);
        }
        if let Some(seconds) = retry_after_secs {
            response.insert_header(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
    }

    pub struct Request {
        pub core: Core,
        pub parts: Parts,
    }

    impl Request {
        pub fn current() -> Result<Self, Failure> {
            match (use_context::<AppState>(), use_context::<Parts>()) {
                (Some(state), Some(parts)) => Ok(Self {
                    core: state.core,
                    parts,
                }),
                _ => Err(fail(ApiError::internal(
                    "a server function ran without the request's context",
                ))),
            }
        }

        pub fn caller(&self) -> Caller {
            let peer = self
                .parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0);
            Caller::from_request(&self.parts.headers, peer, self.core.settings.trust_proxy)
        }

        /// The signed-in phone, or `unauthorized`.
        pub async fn device(&self) -> Result<(DeviceSession, Account), Failure> {
            let token = devices::token_from(&self.parts.headers, &self.core)
                .ok_or_else(|| fail(ApiError::Unauthorized))?;
            devices::authenticate(&self.core, &token)
                .await
                .map_err(fail)
        }

        /// The digest of the phone's hold secret, if it sent one (a code
        /// it opened before signing in waits for it).
        pub fn holder(&self) -> Option<String> {
            auth::cookies::holder(&self.parts.headers, &self.core.settings)
        }

        /// The signed-in phone, or `unauthorized`; a page being rendered
        /// (a GET) still answers 200, as it shows the sign-in prompt, while
        /// a call of the server function itself answers 401.
        pub async fn device_or_prompt(&self) -> Result<(DeviceSession, Account), Failure> {
            let signed_in = self.device().await;
            let prompt =
                matches!(&signed_in, Err(body) if body.error == protocol::ErrorCode::Unauthorized);
            if prompt && self.parts.method == axum::http::Method::GET {
                if let Some(response) = use_context::<ResponseOptions>() {
                    response.set_status(axum::http::StatusCode::OK);
                }
            }
            signed_in
        }

        /// The signed-in phone, if there is one. Its absence is no failure
        /// (no error status is set): a page that adapts to it still answers 200.
        pub async fn signed_in_device(&self) -> Option<(DeviceSession, Account)> {
            let token = devices::token_from(&self.parts.headers, &self.core)?;
            devices::authenticate(&self.core, &token).await.ok()
        }

        /// True for a plain HTML form post (the browser navigates to the
        /// answer, so it must get a page, never a JSON body); a script's
        /// call gets JSON.
        pub fn is_form_post(&self) -> bool {
            self.parts
                .headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|accept| accept.contains("text/html"))
        }

        /// Sends a plain form post on to the page `path` (303 See Other),
        /// whatever the outcome; a script's call is left as it is.
        pub fn see_other(&self, path: &str) {
            let Some(response) = use_context::<ResponseOptions>() else {
                return;
            };
            if let (true, Ok(location)) = (self.is_form_post(), HeaderValue::from_str(path)) {
                response.set_status(axum::http::StatusCode::SEE_OTHER);
                response.insert_header(header::LOCATION, location);
            }
        }

        /// A form's outcome: on to `done` when it worked, else back to
        /// `page` saying why (`?error=…`); a script's call gets the JSON.
        pub fn settle<T>(
            &self,
            outcome: Result<T, ApiError>,
            done: &str,
            page: &str,
        ) -> Result<T, Failure> {
            match outcome {
                Ok(value) => {
                    self.see_other(done);
                    Ok(value)
                }
                Err(error) => {
                    self.see_other(&error_page(page, &error, &[]));
                    Err(fail(error))
                }
            }
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
