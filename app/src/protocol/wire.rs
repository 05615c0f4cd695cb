//! Request, response and event bodies exactly as they travel (camelCase JSON).
//! Times are milliseconds since the Unix epoch.

use serde::{Deserialize, Serialize};

/// `POST /api/qr/challenge` response.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeCreated {
    pub qr_id: String,
    pub qr_payload: String,
    pub expires_at: u64,
    pub ttl_ms: u64,
    pub server_time: u64,
}

/// `POST /api/qr/challenge` body: nothing is required, so `{}` and an empty
/// body are the same request.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeRequest {}

/// Who is asking to log in, as the approving device shows it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Requester {
    pub browser: String,
    pub os: String,
    pub ip: String,
    pub created_at: u64,
}

/// The `error` field of every error body.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidQr,
    BadRequest,
    Unauthorized,
    BindingMismatch,
    NotFound,
    AlreadyUsed,
    UsernameTaken,
    Expired,
    TooLarge,
    RateLimited,
    Internal,
    Unavailable,
}

impl ErrorCode {
    /// The HTTP status that carries this code (the protocol's error table).
    pub fn status(self) -> u16 {
        match self {
            Self::InvalidQr | Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::BindingMismatch => 403,
            Self::NotFound => 404,
            Self::AlreadyUsed | Self::UsernameTaken => 409,
            Self::Expired => 410,
            Self::TooLarge => 413,
            Self::RateLimited => 429,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }
}

/// `{ "error": CODE, "message": "human text" }`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    pub error: ErrorCode,
    pub message: String,
}

impl ErrorBody {
    pub fn new(error: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            error,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ErrorBody {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_uses_the_protocol_codes() {
        let body = ErrorBody::new(ErrorCode::InvalidQr, "not a QR token");
        let json = serde_json::to_value(&body).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({ "error": "invalid_qr", "message": "not a QR token" })
        );
        assert_eq!(ErrorCode::InvalidQr.status(), 400);
        assert_eq!(ErrorCode::Expired.status(), 410);
        assert_eq!(ErrorCode::BindingMismatch.status(), 403);
    }

    #[test]
    fn challenge_created_is_camel_case() {
        let created = ChallengeCreated {
            qr_id: "q".into(),
            qr_payload: "https://h/l/t".into(),
            expires_at: 2,
            ttl_ms: 1,
            server_time: 1,
        };
        let json = serde_json::to_value(&created).unwrap_or_default();
        for key in ["qrId", "qrPayload", "expiresAt", "ttlMs", "serverTime"] {
            assert!(json.get(key).is_some(), "{key} missing in {json}");
        }
    }
}
