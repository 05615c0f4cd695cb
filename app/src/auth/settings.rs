//! Settings of the login flow, read once at start-up (server crate, `config.rs`).

use std::path::PathBuf;
use std::time::Duration;

/// Largest request body any endpoint reads (protocol: `too_large`).
pub const BODY_LIMIT_BYTES: usize = 16 * 1024;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Origin that phones reach, without a trailing slash: `https://example.com`.
    pub public_url: String,
    /// Custom URL scheme for native apps; `None` means web links.
    pub qr_scheme: Option<String>,
    pub qr_ttl: Duration,
    pub access_token_ttl: Duration,
    /// A session (web or phone) unused this long ends by itself; each use
    /// starts the period again.
    pub session_idle: Duration,
    /// Idle period of a "this session only" login (shared computers).
    pub temporary_session_idle: Duration,
    /// Linked browsers an account may have; approving one more asks which to drop.
    pub max_linked_sessions: usize,
    /// QR codes one client address may ask for in a minute (`rate_limited` beyond).
    pub challenges_per_minute: u64,
    /// A signed-in kiosk (`/kiosk`) left untouched this long signs out.
    pub kiosk_idle: Duration,
    /// Where the access-token signing key lives (created on first start).
    pub jwt_key_path: PathBuf,
    /// `Secure` on cookies; off only for plain-HTTP local runs.
    pub cookie_secure: bool,
    /// Take the client address from `X-Forwarded-For` (behind a reverse proxy).
    pub trust_proxy: bool,
}

impl Settings {
    /// Uses of a session closer together than this do not rewrite it: a
    /// minute, or less for short idle periods.
    pub fn touch_every_ms(&self) -> u64 {
        u64::try_from(self.session_idle.as_millis() / 4)
            .unwrap_or(u64::MAX)
            .min(60_000)
    }

    /// What the QR code says for `token` (protocol, step 3).
    pub fn qr_payload(&self, token: &str) -> String {
        match &self.qr_scheme {
            Some(scheme) => format!("{scheme}://qr-auth?token={token}"),
            None => format!("{}/l/{token}", self.public_url),
        }
    }

    /// Defaults that run on a developer's machine.
    pub fn local() -> Self {
        Self {
            public_url: "http://127.0.0.1:3000".into(),
            qr_scheme: None,
            qr_ttl: Duration::from_secs(60),
            access_token_ttl: Duration::from_secs(15 * 60),
            session_idle: Duration::from_secs(30 * 24 * 3600),
            temporary_session_idle: Duration::from_secs(30 * 60),
            max_linked_sessions: 5,
            challenges_per_minute: 60,
            kiosk_idle: Duration::from_secs(120),
            jwt_key_path: PathBuf::from("data/jwt-ed25519.pem"),
            cookie_secure: false,
            trust_proxy: false,
        }
    }
}
