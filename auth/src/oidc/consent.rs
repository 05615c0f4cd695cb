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
/// asking: it may learn what it is registered for, from now on.
pub async fn allow(core: &Core, user_id: &str, client: &Client) -> Result<(), ApiError> {
    if client.first_party {
        return Ok(());
    }
    let allowance = Allowance {
        scopes: client.scopes.clone(),
        at: now_ms(),
    };
    update_json(&*core.store, &key(user_id), None, |stored| {
        let mut next: Allowed = stored.cloned().unwrap_or_default();
        next.0.insert(client.id.clone(), allowance.clone());
        Ok(Some(next))
    })
    .await?;
    Ok(())
}

/// The apps account `user_id` allowed, as the phone lists them (an app
/// no longer registered by its id).
pub async fn list(core: &Core, user_id: &str) -> Result<Vec<AllowedApp>, ApiError> {
    let allowed = allowed(core, user_id).await?;
    Ok(allowed
        .0
        .into_iter()
        .map(|(client_id, allowance)| AllowedApp {
            name: core
                .settings
                .oidc_clients
                .find(&client_id)
                .map_or_else(|| client_id.clone(), |client| client.name),
            client_id,
            scopes: allowance.scopes,
            allowed_at: allowance.at,
        })
        .collect())
}

/// The person withdraws `client_id`: it is asked about again next time,
/// and what it holds ends now: its hold on each of the account's web
/// sessions (its tokens stop), each ending heard by its back-channel
/// logout. `not_found` when it was not allowed.
#[tracing::instrument(name = "oidc.withdraw", skip_all, fields(client_id = %client_id))]
pub async fn withdraw(core: &Core, user_id: &str, client_id: &str) -> Result<(), ApiError> {
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
    if !was {
        return Err(ApiError::NotFound);
    }
    let app = [client_id.to_owned()];
    for session in sessions::list(core, user_id).await? {
        if let Some(ended) = sessions::end_app(core, &session.id, client_id).await? {
            backchannel::session_ended(core, user_id, &ended.id, &app);
        }
    }
    Ok(())
}
