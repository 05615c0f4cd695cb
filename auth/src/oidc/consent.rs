//! What the person allowed each app to learn of them: the first time an
//! app asks for an account, the phone asks ("Example Shop wants to know it
//! is you"), and approving allows it; the answer is kept for the account,
//! so the app's later sign-ins need no question, and even no scan when the
//! browser is signed in here already. The phone lists the apps allowed and
//! withdraws any of them, which ends what the app holds. Apps the operator
//! marks `first_party` are never asked about nor listed.
//!
//! Store layout: `oidc:consent:{userId}` → [`Allowed`] (no expiry: the
//! person's word stands until withdrawn).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::backchannel;
use super::clients::Client;
use crate::records::{get_json, update_json};
use crate::requester::Caller as Requester;
use crate::{now_ms, sessions, ApiError, Core};
use protocol::AllowedApp;

/// An account's apps, by client id.
#[derive(Serialize, Deserialize, Clone, Debug, Default)]
pub struct Allowed(BTreeMap<String, Allowance>);

#[derive(Serialize, Deserialize, Clone, Debug)]
struct Allowance {
    /// What the app was registered for when allowed: it may learn no more.
    scopes: Vec<String>,
    at: u64,
}

impl Allowed {
    /// What the phone must ask before `client` learns who this is: its
    /// scopes, unless it is first-party or was allowed all of them.
    pub fn question(&self, client: &Client) -> Option<Vec<String>> {
        (!self.covers(client, &client.scopes)).then(|| client.scopes.clone())
    }

    /// Whether `client` may learn `scopes` without asking.
    pub fn covers(&self, client: &Client, scopes: &[String]) -> bool {
        client.first_party
            || self
                .0
                .get(&client.id)
                .is_some_and(|allowed| scopes.iter().all(|s| allowed.scopes.contains(s)))
    }
}

fn key(user_id: &str) -> String {
    format!("oidc:consent:{user_id}")
}

/// The apps account `user_id` allowed.
pub async fn allowed(core: &Core, user_id: &str) -> Result<Allowed, ApiError> {
    Ok(get_json(&*core.store, &key(user_id))
        .await?
        .unwrap_or_default())
}

/// The phone approved a sign-in of account `user_id` to `client` after
/// asking: it may learn what it is registered for, from now on. One
/// allowed already stays as it was.
pub async fn allow(core: &Core, user_id: &str, client: &Client) -> Result<(), ApiError> {
    if client.first_party {
        return Ok(());
    }
    let allowance = Allowance {
        scopes: client.scopes.clone(),
        at: now_ms(),
    };
    update_json(&*core.store, &key(user_id), None, |stored| {
        let stored: Option<&Allowed> = stored;
        // Allowed already (a new scan for it): kept as it was, and when.
        if stored.is_some_and(|allowed| allowed.covers(client, &client.scopes)) {
            return Ok(None);
        }
        let mut next = stored.cloned().unwrap_or_default();
        next.0.insert(client.id.clone(), allowance.clone());
        Ok(Some(next))
    })
    .await?;
    Ok(())
}

/// The apps account `user_id` allowed, as the phone lists them (an app
/// no longer registered by its id), and any other app that holds one of
/// its sign-ins (one that signed in before consent was asked, say): the
/// phone can withdraw whatever an app holds. First-party apps are not
/// listed.
pub async fn list(core: &Core, user_id: &str) -> Result<Vec<AllowedApp>, ApiError> {
    let (allowed, linked) = futures::join!(allowed(core, user_id), sessions::list(core, user_id));
    let mut apps: BTreeMap<String, AllowedApp> = BTreeMap::new();
    for (client_id, allowance) in allowed?.0 {
        let app = listed(core, &client_id, allowance.scopes, allowance.at);
        apps.insert(client_id, app);
    }
    for session in linked? {
        for client_id in &session.apps {
            let scopes = core.settings.oidc_clients.find(client_id).map(|c| c.scopes);
            let app = || {
                listed(
                    core,
                    client_id,
                    scopes.unwrap_or_default(),
                    session.created_at,
                )
            };
            apps.entry(client_id.clone()).or_insert_with(app);
        }
    }
    let first_party = |id: &str| {
        core.settings
            .oidc_clients
            .find(id)
            .is_some_and(|c| c.first_party)
    };
    Ok(apps
        .into_values()
        .filter(|app| !first_party(&app.client_id))
        .collect())
}

fn listed(core: &Core, client_id: &str, scopes: Vec<String>, at: u64) -> AllowedApp {
    AllowedApp {
        name: core
            .settings
            .oidc_clients
            .find(client_id)
            .map_or_else(|| client_id.to_owned(), |client| client.name),
        client_id: client_id.to_owned(),
        scopes,
        allowed_at: at,
    }
}

/// The person withdraws `client_id`: it is asked about again next time,
/// and what it holds ends now: its hold on each of the account's web
/// sessions (its tokens stop), each ending heard by its back-channel
/// logout; a device's sign-in, which exists for the app alone, ends
/// whole. `not_found` when it was neither allowed nor held anything; a
/// withdrawal cut short is finished by doing it again.
#[tracing::instrument(name = "oidc.withdraw", skip_all, fields(client_id = %client_id))]
pub async fn withdraw(
    core: &Core,
    user_id: &str,
    client_id: &str,
    requester: &Requester,
) -> Result<(), ApiError> {
    let mut was = false;
    update_json(&*core.store, &key(user_id), None, |stored| {
        let stored: Option<&Allowed> = stored;
        was = stored.is_some_and(|allowed| allowed.0.contains_key(client_id));
        Ok(stored.filter(|_| was).map(|allowed| {
            let mut next = allowed.clone();
            next.0.remove(client_id);
            next
        }))
    })
    .await?;
    // The record goes first: a grant given meanwhile reads it again after
    // taking its hold, finds it gone and lets go (`still_allowed`).
    let app = [client_id.to_owned()];
    let mut held = false;
    for session in sessions::list(core, user_id).await? {
        if !session.apps.iter().any(|a| a == client_id) {
            continue;
        }
        held = true;
        if session.device {
            sessions::revoke(core, &session, "removed_by_phone", requester).await?;
        } else if let Some(ended) = sessions::end_app(core, &session.id, client_id).await? {
            backchannel::session_ended(core, user_id, &ended.id, &app);
        }
    }
    if was || held {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}

/// After an app took its hold on `session_id` for account `user_id`:
/// whether the person still allows it (a withdrawal may have come in the
/// moment between); if not, the hold is let go again.
pub async fn still_allowed(
    core: &Core,
    user_id: &str,
    session_id: &str,
    client: &Client,
    scopes: &[String],
) -> Result<bool, ApiError> {
    if client.first_party || allowed(core, user_id).await?.covers(client, scopes) {
        return Ok(true);
    }
    sessions::end_app(core, session_id, &client.id).await?;
    Ok(false)
}
