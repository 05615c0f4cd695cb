//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the app
//! sends the browser here with an ID token it was given (`id_token_hint`),
//! and the sign-in that token names ends.
//!
//! A hint lives 10 minutes but an app logs out hours later, so an expired
//! one is taken too, with a limit: it ends a sign-in only from the browser
//! that holds it. From another browser it ends nothing remotely (a token
//! left in a log or a history must not log someone out from anywhere);
//! that browser's own sign-in, if it has one, ends only when the person
//! confirms on a page of this site.
//!
//! Store layout: `oidc:logout:{id}` → an [`Asked`] confirmation, 10
//! minutes, taken once.

use std::time::Duration;

use axum::http::HeaderMap;
use serde::{Deserialize, Serialize};

use super::authorize::Decision;
use super::provider::{self, session_named, IdClaims};
use super::request::Refusal;
use crate::records::{get_json, is_record_id, put_json, take_json};
use crate::requester::Caller as Requester;
use crate::sessions::{self, WebSession};
use crate::{now_ms, ApiError, Core};

/// How long the confirmation page waits for the person.
const ASK_TTL: Duration = Duration::from_secs(600);

/// What the logout did for this browser.
#[derive(Debug, PartialEq, Eq)]
pub enum Ending {
    /// The hinted sign-in ended (or had already).
    Ended,
    /// Nothing of this browser's to end, and the old hint ends nothing
    /// elsewhere.
    NothingHere,
    /// The person is asked first: the confirmation page's id.
    Confirm(String),
}

/// A confirmation waiting on its page: where the browser goes after.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The app's registered `post_logout_redirect_uri`, with its `state`.
    pub back: Option<String>,
    /// The sign-in of the browser that was asked: only that browser's
    /// answer counts (a page's id sent to someone else ends nothing).
    #[serde(default)]
    pub session_id: String,
}

fn asked_key(id: &str) -> String {
    format!("oidc:logout:{id}")
}

/// The sign-in an ID token of this server names (its `sid`), expired or
/// not: RP-initiated logout's `id_token_hint`. `None` for anything else.
pub fn hinted(core: &Core, id_token: &str) -> Option<IdClaims> {
    core.keys
        .oidc()
        .verify::<IdClaims>(id_token, &core.settings.public_url, None, true)
}

/// The app's logout, from the browser whose own sign-in here is `own`:
/// a hint still valid ends the sign-in it names; an expired one only if
/// it is `own`; else `own` (if any) waits for the person's word, and the
/// browser then goes `back`.
#[tracing::instrument(name = "oidc.logout", skip_all, fields(client_id = %hint.aud))]
pub async fn end(
    core: &Core,
    hint: &IdClaims,
    own: Option<&WebSession>,
    back: Option<String>,
    requester: &Requester,
) -> Result<Ending, ApiError> {
    let valid = hint.exp > now_ms() / 1000;
    // A pairwise app's `sid` not known (any more): nothing is ended
    // without asking, as for an old hint.
    let named = session_named(core, &hint.aud, &hint.sid).await?;
    let ends = valid || own.is_some_and(|session| Some(&session.id) == named.as_ref());
    if let (true, Some(id)) = (ends, &named) {
        if let Some(session) = sessions::load(core, id).await? {
            // The hint names the account as its app knows it.
            let known = core.settings.oidc_clients.find(&hint.aud);
            let sub = known.map(|c| c.subject(core.keys.pairwise_key(), &session.user_id));
            if sub.as_deref() == Some(hint.sub.as_str()) {
                sessions::revoke(core, &session, "signed_out_by_app", requester).await?;
            }
        }
        return Ok(Ending::Ended);
    }
    let Some(own) = own else {
        return Ok(Ending::NothingHere);
    };
    let id = uuid::Uuid::new_v4().simple().to_string();
    let asked = Asked {
        back,
        session_id: own.id.clone(),
    };
    put_json(&*core.store, &asked_key(&id), &asked, Some(ASK_TTL)).await?;
    Ok(Ending::Confirm(id))
}

/// `GET /oauth/logout` with query `pairs`, from the browser behind
/// `headers`: with the app's `id_token_hint`, the sign-in it names ends
/// (`end`), and the browser goes to the app's registered
/// `post_logout_redirect_uri` (with `state`), or to a page that says it is
/// done, or to the page that asks first. Without a valid hint, with an
/// unregistered address or another app's hint, nothing ends: a page says
/// so (any page could link here).
#[tracing::instrument(name = "oidc.logout_request", skip_all)]
pub async fn request(
    core: &Core,
    pairs: &[(String, String)],
    headers: &HeaderMap,
    requester: &Requester,
) -> Result<Decision, ApiError> {
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    };
    let hint = get("id_token_hint").and_then(|token| hinted(core, token));
    let client_id = get("client_id").or(hint.as_ref().map(|h| h.aud.as_str()));
    let client = client_id.and_then(|id| core.settings.oidc_clients.find(id));
    let refused = |problem| Decision::Refused {
        refusal: Refusal::Page { problem },
        client_id: client_id.map(str::to_owned),
    };
    let back = match (get("post_logout_redirect_uri"), client) {
        (None, _) => None,
        (Some(uri), Some(client)) if client.post_logout_redirect_uris.iter().any(|r| r == uri) => {
            Some(uri)
        }
        (Some(_), _) => return Ok(refused("bad_logout_redirect")),
    };
    if hint
        .as_ref()
        .is_some_and(|h| client_id.is_some_and(|id| id != h.aud))
    {
        return Ok(refused("bad_logout_redirect"));
    }
    let Some(hint) = hint else {
        return Ok(refused("logout_needs_hint"));
    };
    let back = back.map(|uri| {
        let state: Vec<(&str, &str)> = get("state").map(|s| ("state", s)).into_iter().collect();
        protocol::return_path::with_query(uri, &state)
    });
    let own = provider::signed_in(core, headers).await?;
    Ok(
        match end(core, &hint, own.as_ref(), back.clone(), requester).await? {
            Ending::Confirm(id) => Decision::ConfirmLogout(id),
            // The browser's cookie, if it was that session's, now opens nothing.
            Ending::Ended | Ending::NothingHere => gone_back(back),
        },
    )
}

/// After a logout: the app's registered address, or a page saying so.
fn gone_back(back: Option<String>) -> Decision {
    back.map_or(Decision::Notice("signed_out"), Decision::ToApp)
}

/// `POST /oauth/logout/{id}`: the person's answer (`log_out`) on the page
/// that asked, from the browser behind `headers`; then back to the app,
/// or a page saying what became of this browser's sign-in.
#[tracing::instrument(name = "oidc.logout_answer", skip_all)]
pub async fn answer(
    core: &Core,
    id: &str,
    log_out: bool,
    headers: &HeaderMap,
    requester: &Requester,
) -> Result<Decision, ApiError> {
    let own = provider::signed_in(core, headers).await?;
    Ok(
        match confirmed(core, id, log_out, own.as_ref(), requester).await? {
            Some(asked) if log_out => gone_back(asked.back),
            Some(asked) => asked
                .back
                .map_or(Decision::Notice("still_signed_in"), Decision::ToApp),
            None => Decision::Notice("expired"),
        },
    )
}

/// The person's answer on the confirmation page, once: with `log_out`,
/// this browser's own sign-in (`own`) ends, if it is the one that was
/// asked. Where to go after; `None` if the page was answered already, is
/// too old, or was another browser's.
pub async fn confirmed(
    core: &Core,
    id: &str,
    log_out: bool,
    own: Option<&WebSession>,
    requester: &Requester,
) -> Result<Option<Asked>, ApiError> {
    super::pending::count_request(core, requester).await?;
    let Some(own) = own.filter(|_| is_record_id(id)) else {
        return Ok(None);
    };
    let key = asked_key(id);
    let Some(asked) = get_json::<Asked>(&*core.store, &key).await? else {
        return Ok(None);
    };
    if asked.session_id != own.id || take_json::<Asked>(&*core.store, &key).await?.is_none() {
        return Ok(None);
    }
    if log_out {
        sessions::revoke(core, own, "signed_out_by_app", requester).await?;
    }
    Ok(Some(asked))
}
