//! The server's side of the login: the store contract, errors, and the
//! steps of the flow, over a [`Core`] (store, settings, keys) that knows
//! nothing of the web framework's pages. The HTTP edges (`server`) and the
//! pages' server functions (`app`, feature `ssr`) both call these functions.
//!
//! Modules depend on those above them in this list, never below
//! (`layers.rs`, a test, holds them to it):
//! - foundations: `metrics`, `store`, `oidc::clients` (the registered apps,
//!   part of the settings), `settings`, `error`, `records` (typed JSON over
//!   the store), `requester`, `cookies`, `tokens`, `admission`, `core`
//!   (what every step works with), `timers` (work due at a time, kept in
//!   the store for whichever node comes first), `rate`, `audit`;
//! - what the login tells or asks of the apps: `oidc::request` (an app's
//!   request, checked without I/O), `oidc::backchannel` (the logout tokens
//!   a web session's end sends), `oidc::pending` (an app's request kept
//!   while the person scans);
//! - `accounts` (who a user is, the password) → `passkeys` (the account's
//!   WebAuthn credentials) → `devices` (the phones signed in to an
//!   account) → `sessions` (the browsers a phone linked) → `challenges`
//!   (the QR codes that link them);
//! - `cascade`: the steps that end several of those at once (a phone's
//!   sign-out, a disabled account, a changed password);
//! - `oidc::consent` (what the person allowed each app to learn), between
//!   `sessions` and `challenges`;
//! - `oidc::provider` (codes, tokens and userinfo of an app's sign-in),
//!   over all of the above, then `oidc::refresh`, `oidc::device` (the
//!   device grant), `oidc::token`, `oidc::authorize` (the authorization
//!   endpoint's decisions) and `oidc::logout`.

pub mod accounts;
pub mod admission;
pub mod audit;
pub mod cascade;
pub mod challenges;
pub mod cookies;
pub mod core;
pub mod devices;
pub mod error;
pub mod metrics;
pub mod oidc;
pub mod passkey_login;
pub mod passkeys;
pub mod rate;
pub mod records;
pub mod requester;
pub mod sessions;
pub mod settings;
pub mod store;
pub mod timers;
pub mod tokens;
pub mod upkeep;

pub use self::core::Core;
pub use error::ApiError;
pub use settings::Settings;
pub use store::{Delivery, Store, StoreError, Subscription};

/// Milliseconds since the Unix epoch: the server's clock, the one that decides expiry.
#[allow(clippy::disallowed_methods)] // the one place that reads it
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Whole milliseconds of `duration` (saturating): the unit of every stored time.
pub fn millis(duration: std::time::Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Bytes from the operating system's CSPRNG (via `rand`'s thread RNG, which
/// is seeded from it): tokens, secrets, keys.
#[allow(clippy::disallowed_methods)] // the one place secrets come from
pub fn random<const N: usize>() -> [u8; N] {
    use rand::RngCore as _;
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

#[cfg(test)]
mod layers;
