//! Settings of the login flow, read once at start-up (server crate,
//! `config.rs`) from the variables of `vars`.

use std::path::PathBuf;
use std::time::Duration;

pub mod vars;

use vars::{count, flag, secs, text};

/// Largest request body any endpoint reads (protocol: `too_large`).
pub const BODY_LIMIT_BYTES: usize = 16 * 1024;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Origin that phones reach, without a trailing slash: `https://example.com`.
    pub public_url: String,
    /// The site's name as people see it (titles, the confirmation screen).
    pub site_name: String,
    /// Where a computer goes once signed in on `/login`, unless its page
    /// names another of the site's pages (`?next=`): a URL or a path.
    pub after_login_url: Option<String>,
    /// Custom URL scheme for native apps; `None` means web links.
    pub qr_scheme: Option<String>,
    /// The site's mark (`/favicon.svg`) over the QR code's centre, which is
    /// then drawn at error correction H (`qr.rs`).
    pub qr_mark: bool,
    pub qr_ttl: Duration,
    pub access_token_ttl: Duration,
    /// A session (web or phone) unused this long ends by itself; each use
    /// starts the period again.
    pub session_idle: Duration,
    /// Idle period of a "this session only" login (shared computers).
    pub temporary_session_idle: Duration,
    /// Linked browsers an account may have; approving one more asks which to drop.
    pub max_linked_sessions: usize,
    /// A signed-in kiosk (`/kiosk`) left untouched this long signs out, and
    /// its session ends on the server this long after its last request.
    pub kiosk_idle: Duration,
    /// What one client address (or the whole process) may use.
    pub limits: Limits,
    /// Where the access-token signing key lives (created on first start).
    pub jwt_key_path: PathBuf,
    /// `Secure` on cookies; off only for plain-HTTP local runs.
    pub cookie_secure: bool,
    /// Take the client address from `X-Forwarded-For` (behind a reverse proxy).
    pub trust_proxy: bool,
    /// `/kiosk` offers signing in with a passkey (`POST /api/session/passkey`
    /// with `kiosk`); off, such a request is refused.
    pub kiosk_passkeys: bool,
    /// The browser shows a number once scanned; the phone must pick it
    /// among three to approve (`protocol/number_match.rs`).
    pub number_matching: bool,
    /// Every approval needs a passkey with user verification, even for an
    /// account that has none yet (it must add one first); otherwise only
    /// accounts with a passkey are asked for it (`auth/passkeys.rs`).
    pub require_user_verification: bool,
    /// Origins besides `PUBLIC_URL` that a passkey's answer may come from:
    /// native apps (`android:apk-key-hash:…`; an iOS app answers with the
    /// site's own origin).
    pub passkey_origins: Vec<String>,
    /// The apps that sign in through this server (OpenID Connect,
    /// `OIDC_CLIENTS`); none: the provider's endpoints answer `not_found`.
    pub oidc_clients: super::oidc::Clients,
    /// `OIDC_KEY_GENERATION`: which of the provider's keys signs
    /// (`tokens::OidcKeys`).
    pub oidc_key_generation: u32,
    /// `DEVICE_POLL_SECS`: how often a device may ask for its tokens.
    pub device_poll: Duration,
    /// `DEVICE_CODE_TTL_SECS`: how long a device's code may be confirmed.
    pub device_code_ttl: Duration,
    /// `cargo leptos watch`'s live-reload socket (`ws://host:port`), which
    /// the pages' Content-Security-Policy must then allow.
    pub dev_reload: Option<String>,
}

/// Bounds on what a client can make the server do. Per-address limits are
/// generous: many people may share one address behind a NAT.
#[derive(Clone, Debug)]
pub struct Limits {
    /// QR codes one address may ask for in a minute.
    pub challenges_per_minute: u64,
    /// Sign-in attempts one address may make in a minute (each costs a hash).
    pub sign_ins_per_minute: u64,
    /// Accounts one address may create in an hour.
    pub sign_ups_per_hour: u64,
    /// Unknown or expired login codes one address may present in a minute
    /// (inspect, approve, deny); beyond it every code is refused for a while.
    pub code_misses_per_minute: u64,
    /// Wrong typed codes (`userCode`) one address may try in an hour; beyond
    /// it every typed code is refused to it for the rest of the hour (a QR
    /// still works). Typed codes are short, so this is far tighter.
    pub user_code_misses_per_hour: u64,
    /// WebSockets one address may hold open at once.
    pub sockets_per_address: usize,
    /// Long polls one address may hold open at once.
    pub long_polls_per_address: usize,
    /// Password hashes computed at once (each takes about 19 MiB and a CPU
    /// for a good fraction of a second): the cores.
    pub hash_slots: usize,
    /// Requests that may wait for a hashing slot; beyond them, `unavailable`.
    pub hash_queue: usize,
    /// A request (body read included) that takes longer is cut off.
    pub request_timeout: Duration,
    /// A WebSocket that has sent nothing (not even a pong) for this long is closed.
    pub socket_idle: Duration,
}

impl Limits {
    pub fn local() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Self {
            challenges_per_minute: const { count(&vars::CHALLENGES_PER_MINUTE) },
            sign_ins_per_minute: const { count(&vars::SIGN_INS_PER_MINUTE) },
            sign_ups_per_hour: const { count(&vars::SIGN_UPS_PER_HOUR) },
            code_misses_per_minute: const { count(&vars::CODE_MISSES_PER_MINUTE) },
            user_code_misses_per_hour: const { count(&vars::USER_CODE_MISSES_PER_HOUR) },
            sockets_per_address: const { count(&vars::SOCKETS_PER_ADDRESS) as usize },
            long_polls_per_address: const { count(&vars::LONG_POLLS_PER_ADDRESS) as usize },
            hash_slots: cores,
            hash_queue: 4 * cores,
            request_timeout: const { secs(&vars::REQUEST_TIMEOUT_SECS) },
            socket_idle: const { secs(&vars::SOCKET_IDLE_SECS) },
        }
    }
}

/// Uses of a session with idle period `idle` closer together than this do
/// not rewrite it: a minute, or a quarter of a short idle period.
pub fn touch_every_ms(idle: Duration) -> u64 {
    u64::try_from(idle.as_millis() / 4)
        .unwrap_or(u64::MAX)
        .min(60_000)
}

/// Wrong typed codes one account may try in an hour, from anywhere.
pub const USER_CODE_MISSES_PER_ACCOUNT: u64 = 10;
/// Requests (inspect, approve, deny) one typed code answers: a phone needs
/// two or three; a code read over someone's shoulder is not for many.
pub const USER_CODE_USES: u64 = 10;

/// WebSockets one challenge may have at once: its page, a reconnect or two.
pub const SOCKETS_PER_CHALLENGE: usize = 4;
/// Largest message a client may send on a WebSocket (clients say nothing of
/// substance; anything bigger closes the socket).
pub const SOCKET_MESSAGE_LIMIT: usize = 1024;

impl Settings {
    /// The origin of `public_url` as a WebSocket would name it (`wss://host`).
    pub fn socket_origin(&self) -> String {
        self.public_url
            .replacen("https://", "wss://", 1)
            .replacen("http://", "ws://", 1)
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
            site_name: "127.0.0.1:3000".into(),
            after_login_url: None,
            qr_scheme: None,
            qr_mark: const { flag(&vars::QR_MARK) },
            qr_ttl: const { secs(&vars::QR_TTL_SECS) },
            access_token_ttl: const { secs(&vars::ACCESS_TOKEN_TTL_SECS) },
            session_idle: const { secs(&vars::SESSION_IDLE_SECS) },
            temporary_session_idle: const { secs(&vars::TEMPORARY_SESSION_IDLE_SECS) },
            max_linked_sessions: const { count(&vars::MAX_LINKED_SESSIONS) as usize },
            kiosk_idle: const { secs(&vars::KIOSK_IDLE_SECS) },
            limits: Limits::local(),
            jwt_key_path: PathBuf::from(const { text(&vars::JWT_KEY_PATH) }),
            cookie_secure: false,
            trust_proxy: const { flag(&vars::TRUST_PROXY) },
            kiosk_passkeys: const { flag(&vars::KIOSK_PASSKEYS) },
            number_matching: const { flag(&vars::NUMBER_MATCHING) },
            require_user_verification: const { flag(&vars::REQUIRE_USER_VERIFICATION) },
            passkey_origins: Vec::new(),
            oidc_clients: super::oidc::Clients::default(),
            oidc_key_generation: const { count(&vars::OIDC_KEY_GENERATION) as u32 },
            device_poll: const { secs(&vars::DEVICE_POLL_SECS) },
            device_code_ttl: const { secs(&vars::DEVICE_CODE_TTL_SECS) },
            dev_reload: None,
        }
    }
}
