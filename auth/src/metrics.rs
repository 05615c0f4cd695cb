//! What an operator watches (Prometheus, `GET /metrics` on `METRICS_ADDR`):
//! every metric's name and labels are here, recorded through the `metrics`
//! facade, so nothing is counted unless the server installed an exporter.

use std::time::Duration;

use protocol::AuditKind;

pub const LOGIN_EVENTS: &str = "qr_login_events_total";
pub const APPROVE_TO_NOTIFY: &str = "qr_approve_to_notify_seconds";
pub const OPEN_SOCKETS: &str = "qr_open_sockets";
pub const REFUSALS: &str = "qr_refusals_total";
pub const STORE_ERRORS: &str = "qr_store_errors_total";
pub const PUBSUB_RECONNECTS: &str = "qr_pubsub_reconnects_total";
pub const REPLICA_WAITS_MISSED: &str = "qr_replica_waits_missed_total";
pub const BACKCHANNEL_LOGOUTS: &str = "qr_backchannel_logouts_total";

/// Name, help text and unit of each metric, for the exporter to describe.
pub const DESCRIPTIONS: [(&str, &str); 8] = [
    (LOGIN_EVENTS, "Steps of logins, by kind: created (a challenge issued), scanned, approved, denied, expired, token_issued, revoked, signed_in, failed_sign_in, password_changed"),
    (APPROVE_TO_NOTIFY, "Seconds from a phone's approval being stored (and published in the same step) to the waiting browser's event being ready on this node"),
    (OPEN_SOCKETS, "WebSockets open on this node, by kind: challenge (a browser waiting for its QR code), session (a signed-in page), account (a phone)"),
    (REFUSALS, "Requests turned away by a limit, by reason: rate_limited (429) or overloaded (503: the password-hashing queue is full)"),
    (STORE_ERRORS, "Store operations that failed (Redis unreachable or timed out)"),
    (PUBSUB_RECONNECTS, "Times a Redis connection carrying subscriptions was lost (each subscriber then reads its state again)"),
    (REPLICA_WAITS_MISSED, "Durable writes (accounts, passwords, passkeys, phone sign-ins) that no Redis replica confirmed within half a second"),
    (BACKCHANNEL_LOGOUTS, "Back-channel logout sends, by app (client id) and outcome: delivered, retried (the app was down or answered 5xx/429: sent again later, by any node), refused (4xx: not sent again), abandoned (still failing after the last retry, or the store was unavailable to keep it)"),
];

/// Buckets of [`APPROVE_TO_NOTIFY`], in seconds: the target is a few milliseconds.
pub const APPROVE_TO_NOTIFY_BUCKETS: [f64; 12] = [
    0.000_5, 0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0,
];

pub fn login_event(kind: AuditKind) {
    let kind = serde_json::to_value(kind)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default();
    metrics::counter!(LOGIN_EVENTS, "kind" => kind).increment(1);
}

pub fn approve_to_notify(elapsed: Duration) {
    metrics::histogram!(APPROVE_TO_NOTIFY).record(elapsed.as_secs_f64());
}

/// Counts a request turned away by a limit (`ApiError::rate_limited`, `overloaded`).
pub fn refused(reason: &'static str) {
    metrics::counter!(REFUSALS, "reason" => reason).increment(1);
}

pub fn store_error() {
    metrics::counter!(STORE_ERRORS).increment(1);
}

/// A durable write (an account, a password, a passkey, a phone's sign-in)
/// that no replica confirmed in time.
pub fn replica_wait_missed() {
    metrics::counter!(REPLICA_WAITS_MISSED).increment(1);
}

/// One back-channel logout send to `app` (a registered client id: the
/// labels stay as few as the apps) and its `outcome` (see
/// [`BACKCHANNEL_LOGOUTS`]).
pub fn backchannel_logout(app: &str, outcome: &'static str) {
    metrics::counter!(BACKCHANNEL_LOGOUTS, "app" => app.to_owned(), "outcome" => outcome)
        .increment(1);
}

pub fn pubsub_reconnected() {
    metrics::counter!(PUBSUB_RECONNECTS).increment(1);
}

/// One open WebSocket of `kind`, counted until dropped.
pub struct OpenSocket(&'static str);

impl OpenSocket {
    pub fn new(kind: &'static str) -> Self {
        metrics::gauge!(OPEN_SOCKETS, "kind" => kind).increment(1.0);
        Self(kind)
    }
}

impl Drop for OpenSocket {
    fn drop(&mut self) {
        metrics::gauge!(OPEN_SOCKETS, "kind" => self.0).decrement(1.0);
    }
}
