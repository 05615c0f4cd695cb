//! An app's authorization request, kept while the person scans: the id in
//! the QR page's address (`/login?authorization=…`) names it, the QR codes
//! made for it name its app, and it is taken once when a code is given for
//! it (or the person cancels).
//!
//! The first browser that shows its QR page owns it (its `qr_bind`
//! secret): only that browser's codes name the app to the phone, and only
//! that browser goes on with it or cancels it. A link to the request sent
//! to someone else gets them nothing of it.
//!
//! Store layout: `oidc:request:{id}` → a [`Pending`] request (10 minutes).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::clients::Client;
use super::request::AuthRequest;
use crate::rate;
use crate::records::{get_json, is_record_id, put_json, take_json, update_json};
use crate::requester::Caller as Requester;
use crate::{now_ms, ApiError, Core};

/// How long a person has to scan and confirm once an app sent them here.
pub const REQUEST_TTL: Duration = Duration::from_secs(600);

#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Pending {
    pub id: String,
    pub request: AuthRequest,
    pub created_at: u64,
    /// SHA-256 of the binding secret of the browser that owns it; empty
    /// until a QR page shows it (`claim`).
    #[serde(default)]
    pub binding_digest: String,
}

impl Pending {
    /// Whether the browser with binding secret digest `binding` owns it.
    pub fn owned_by(&self, binding: Option<&str>) -> bool {
        !self.binding_digest.is_empty() && binding == Some(self.binding_digest.as_str())
    }
}

/// Why a QR page cannot show a request.
#[derive(Debug, PartialEq, Eq)]
pub enum Unclaimed {
    /// Unknown, expired or already answered.
    Gone,
    /// Another browser showed it first.
    Elsewhere,
}

fn request_key(id: &str) -> String {
    format!("oidc:request:{id}")
}

/// Keeps `request` while the person scans; its id goes into the QR page's
/// address. Counted with the QR codes an address may ask for, as each of
/// these pages asks for one.
#[tracing::instrument(name = "oidc.begin", skip_all, fields(client_id = %request.client_id))]
pub async fn begin(
    core: &Core,
    request: AuthRequest,
    requester: &Requester,
) -> Result<Pending, ApiError> {
    count_request(core, requester).await?;
    let pending = Pending {
        id: uuid::Uuid::new_v4().simple().to_string(),
        request,
        created_at: now_ms(),
        binding_digest: String::new(),
    };
    put_json(
        &*core.store,
        &request_key(&pending.id),
        &pending,
        Some(REQUEST_TTL),
    )
    .await?;
    Ok(pending)
}

/// Counts one more step of an app's sign-in from `requester`'s address (a
/// request kept, cancelled, or a logout answered): `rate_limited` past as
/// many a minute as QR codes (`CHALLENGES_PER_MINUTE`).
pub async fn count_request(core: &Core, requester: &Requester) -> Result<(), ApiError> {
    count_as_codes(core, "oidc-request", requester).await
}

/// Counts one more of `what` from `requester`'s address, allowed as many a
/// minute as QR codes (`CHALLENGES_PER_MINUTE`): each writes a record.
pub(super) async fn count_as_codes(
    core: &Core,
    what: &str,
    requester: &Requester,
) -> Result<(), ApiError> {
    let key = format!("rate:{what}:{}", requester.network);
    let per_minute = core.settings.limits.challenges_per_minute;
    rate::count(core, &key, Duration::from_secs(60), per_minute)
        .await
        .map(drop)
}

/// A pending request by the id in an address; `None` when unknown or expired.
pub async fn pending(core: &Core, id: &str) -> Result<Option<Pending>, ApiError> {
    match address_key(id) {
        Some(key) => get_json(&*core.store, &key).await,
        None => Ok(None),
    }
}

/// The store key of a request id taken from an address; `None` for one no
/// request of ours could have (nothing is looked up for it).
fn address_key(id: &str) -> Option<String> {
    is_record_id(id).then(|| request_key(id))
}

/// The app the request `id` is for, if the browser with binding digest
/// `binding` owns it (showed its QR page).
pub async fn app_owned_by(
    core: &Core,
    id: &str,
    binding: &str,
) -> Result<Option<Client>, ApiError> {
    Ok(pending(core, id)
        .await?
        .filter(|p| p.owned_by(Some(binding)))
        .and_then(|p| core.settings.oidc_clients.find(&p.request.client_id)))
}

/// The app a pending request is for, as people see it.
pub async fn app_of(core: &Core, id: &str) -> Result<Option<Client>, ApiError> {
    Ok(pending(core, id)
        .await?
        .and_then(|p| core.settings.oidc_clients.find(&p.request.client_id)))
}

/// The request for a QR code of the browser with binding digest
/// `binding`: the first such browser owns it from now on; any other is
/// refused. Its app, as people see it.
pub async fn claim(
    core: &Core,
    id: &str,
    binding: &str,
) -> Result<Result<Client, Unclaimed>, ApiError> {
    let Some(key) = address_key(id) else {
        return Ok(Err(Unclaimed::Gone));
    };
    let now = update_json(&*core.store, &key, None, |stored: Option<&Pending>| {
        Ok(stored
            .filter(|pending| pending.binding_digest.is_empty())
            .map(|pending| Pending {
                binding_digest: binding.to_owned(),
                ..pending.clone()
            }))
    })
    .await?;
    Ok(match now {
        None => Err(Unclaimed::Gone),
        Some(pending) if pending.binding_digest != binding => Err(Unclaimed::Elsewhere),
        Some(pending) => core
            .settings
            .oidc_clients
            .find(&pending.request.client_id)
            .ok_or(Unclaimed::Gone),
    })
}

/// Ends the request, once: of concurrent callers exactly one gets it (a
/// code is then given for it, or the person cancelled).
pub async fn take(core: &Core, id: &str) -> Result<Option<Pending>, ApiError> {
    match address_key(id) {
        Some(key) => take_json(&*core.store, &key).await,
        None => Ok(None),
    }
}
