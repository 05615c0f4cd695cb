//! The server's error enum: each variant is one row of the protocol's error
//! table and becomes `{ "error": CODE, "message": … }` with its status.

use axum::extract::rejection::{BytesRejection, JsonRejection, QueryRejection};
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::StoreError;
use protocol::{ChallengeError, ErrorBody, ErrorCode, LoginCodeError, TokenFormatError};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("this is not a valid login QR code")]
    InvalidQr,
    #[error("{0}")]
    BadRequest(String),
    #[error("sign in first")]
    Unauthorized,
    #[error("this browser did not create that QR code")]
    BindingMismatch,
    #[error("{0}")]
    CrossSite(String),
    #[error("no such endpoint")]
    NotFound,
    #[error("this QR code was already used")]
    AlreadyUsed,
    #[error("this account approved this code already: that computer is logged in")]
    AlreadyApproved,
    #[error("that username is taken")]
    UsernameTaken,
    #[error(
        "this account is logged in on {max} browsers, the most allowed: choose one to log out"
    )]
    SessionLimit { max: usize },
    #[error("that is not the number the computer shows: the login was refused")]
    WrongNumber,
    /// The account confirms logins with a passkey; the request had none.
    #[error("{0}")]
    PasskeyRequired(String),
    #[error("the passkey did not confirm it: {0}")]
    PasskeyRefused(String),
    #[error("this QR code has expired")]
    Expired,
    #[error("the request body is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("too many requests; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("the request took too long and was cut off; nothing was changed")]
    Timeout,
    #[error("something went wrong on the server")]
    Internal,
    #[error("the service is temporarily unavailable; nothing was changed")]
    Unavailable,
    #[error("the server is busy; try again in {retry_after_secs} s. Nothing was changed")]
    Overloaded { retry_after_secs: u64 },
}

impl ApiError {
    /// A fault of the server itself: `cause` goes to the log, the client
    /// hears only `internal`.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        Self::Internal
    }

    /// A request turned away by a limit (429, Retry-After), counted in the metrics.
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        super::metrics::refused("rate_limited");
        Self::RateLimited { retry_after_secs }
    }

    /// A request turned away because the node is busy (503, Retry-After), counted.
    pub fn overloaded(retry_after_secs: u64) -> Self {
        super::metrics::refused("overloaded");
        Self::Overloaded { retry_after_secs }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidQr => ErrorCode::InvalidQr,
            Self::BadRequest(_) => ErrorCode::BadRequest,
            Self::Unauthorized => ErrorCode::Unauthorized,
            Self::BindingMismatch => ErrorCode::BindingMismatch,
            Self::CrossSite(_) => ErrorCode::CrossSite,
            Self::NotFound => ErrorCode::NotFound,
            Self::AlreadyUsed => ErrorCode::AlreadyUsed,
            Self::AlreadyApproved => ErrorCode::AlreadyApproved,
            Self::UsernameTaken => ErrorCode::UsernameTaken,
            Self::SessionLimit { .. } => ErrorCode::SessionLimit,
            Self::WrongNumber => ErrorCode::WrongNumber,
            Self::PasskeyRequired(_) => ErrorCode::PasskeyRequired,
            Self::PasskeyRefused(_) => ErrorCode::PasskeyRefused,
            Self::Expired => ErrorCode::Expired,
            Self::TooLarge { .. } => ErrorCode::TooLarge,
            Self::RateLimited { .. } => ErrorCode::RateLimited,
            Self::Timeout => ErrorCode::Timeout,
            Self::Internal => ErrorCode::Internal,
            Self::Unavailable | Self::Overloaded { .. } => ErrorCode::Unavailable,
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody::new(self.code(), self.to_string())
    }

    /// The `Retry-After` seconds this error asks for, if any.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Self::RateLimited { retry_after_secs } | Self::Overloaded { retry_after_secs } => {
                Some(*retry_after_secs)
            }
            _ => None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.code().status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(self.body())).into_response();
        // The server's edge words `message` in the caller's language, and
        // keeps this one as the developer's `detail`.
        response.extensions_mut().insert(self.body());
        if let Some(seconds) = self.retry_after_secs() {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        tracing::warn!(%error, "store failure");
        super::metrics::store_error();
        Self::Unavailable
    }
}

impl From<ChallengeError> for ApiError {
    fn from(error: ChallengeError) -> Self {
        match error {
            ChallengeError::Expired => Self::Expired,
            ChallengeError::AlreadyUsed => Self::AlreadyUsed,
        }
    }
}

impl From<LoginCodeError> for ApiError {
    fn from(error: LoginCodeError) -> Self {
        match error {
            LoginCodeError::Missing => Self::BadRequest(error.to_string()),
            LoginCodeError::Malformed => Self::InvalidQr,
        }
    }
}

impl From<TokenFormatError> for ApiError {
    fn from(_: TokenFormatError) -> Self {
        Self::InvalidQr
    }
}

impl From<BytesRejection> for ApiError {
    fn from(rejection: BytesRejection) -> Self {
        match rejection.status() {
            StatusCode::PAYLOAD_TOO_LARGE => Self::TooLarge {
                limit: crate::settings::BODY_LIMIT_BYTES,
            },
            _ => Self::BadRequest(rejection.body_text()),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection.status() {
            StatusCode::PAYLOAD_TOO_LARGE => Self::TooLarge {
                limit: crate::settings::BODY_LIMIT_BYTES,
            },
            _ => Self::BadRequest(rejection.body_text()),
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        Self::BadRequest(rejection.body_text())
    }
}

impl From<WebSocketUpgradeRejection> for ApiError {
    fn from(rejection: WebSocketUpgradeRejection) -> Self {
        Self::BadRequest(rejection.body_text())
    }
}
