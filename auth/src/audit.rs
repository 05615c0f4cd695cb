//! Audit trail: every step of every login, kept per account (the owner's
//! activity page) and in one capped list for operators, and logged under the
//! `audit` tracing target. Tokens and secrets never appear in an event.

use super::requester::Caller;
use super::{now_ms, Core};
use protocol::{AuditEvent, AuditKind};

/// Events kept per account, and in the server-wide list.
const KEEP_PER_USER: usize = 200;
const KEEP_ALL: usize = 10_000;
pub const ALL_KEY: &str = "audit:all";
/// Events anyone can cause without an account (a code shown, a code that
/// expired unused, a failed sign-in): a capped list of their own, so that a
/// flood of them cannot push the accounts' own steps out of [`ALL_KEY`].
pub const UNAUTHENTICATED_KEY: &str = "audit:unauthenticated";

pub fn user_key(user_id: &str) -> String {
    format!("audit:user:{user_id}")
}

/// Events about an account that anyone could cause without signing in
/// (failed sign-ins): kept apart, so a flood of them cannot push the
/// account's own steps out of its list.
pub fn unauthenticated_key(user_id: &str) -> String {
    format!("audit:user:{user_id}:unauthenticated")
}

fn caused_without_account(kind: AuditKind) -> bool {
    matches!(kind, AuditKind::FailedSignIn)
}

pub struct Entry<'a> {
    pub kind: AuditKind,
    pub client: &'a Caller,
    pub user_id: Option<&'a str>,
    pub qr_id: Option<&'a str>,
    pub detail: String,
}

/// Records `entry`. A store failure is logged, not raised: the step it
/// describes has already happened.
pub async fn record(core: &Core, entry: Entry<'_>) {
    super::metrics::login_event(entry.kind);
    let event = AuditEvent {
        kind: entry.kind,
        at: now_ms(),
        user_id: entry.user_id.map(str::to_owned),
        qr_id: entry.qr_id.map(str::to_owned),
        ip: entry.client.ip.clone(),
        user_agent: entry.client.user_agent.clone(),
        detail: entry.detail,
    };
    tracing::info!(
        target: "audit",
        kind = ?event.kind,
        user_id = event.user_id.as_deref().unwrap_or(""),
        qr_id = event.qr_id.as_deref().unwrap_or(""),
        ip = %event.ip,
        detail = %event.detail,
    );
    let Ok(json) = serde_json::to_vec(&event) else {
        return;
    };
    let unauthenticated = event.user_id.is_none() || caused_without_account(event.kind);
    let user_list = event.user_id.as_deref().map(|user_id| {
        if unauthenticated {
            unauthenticated_key(user_id)
        } else {
            user_key(user_id)
        }
    });
    let mut lists = vec![if unauthenticated {
        (UNAUTHENTICATED_KEY, KEEP_ALL)
    } else {
        (ALL_KEY, KEEP_ALL)
    }];
    if let Some(key) = &user_list {
        lists.push((key.as_str(), KEEP_PER_USER));
    }
    if let Err(error) = core.store.push_recent(&lists, &json).await {
        tracing::warn!(%error, "audit event not stored");
    }
}

/// Failed attempts on an account shown beside its own steps.
const UNAUTHENTICATED_SHOWN: usize = 20;

/// The newest `count` steps of an account and its newest failed attempts,
/// merged, newest first: however many attempts there were, the account's
/// own steps are all there.
pub async fn recent_for_user(
    core: &Core,
    user_id: &str,
    count: usize,
) -> Result<Vec<AuditEvent>, super::ApiError> {
    let mut events = Vec::with_capacity(count + UNAUTHENTICATED_SHOWN);
    for (key, take) in [
        (user_key(user_id), count),
        (unauthenticated_key(user_id), UNAUTHENTICATED_SHOWN),
    ] {
        let raw = core.store.recent(&key, take).await?;
        events.extend(
            raw.iter()
                .filter_map(|r| serde_json::from_slice::<AuditEvent>(r).ok()),
        );
    }
    events.sort_by_key(|e| std::cmp::Reverse(e.at));
    Ok(events)
}
