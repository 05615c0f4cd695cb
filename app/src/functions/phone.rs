//! The approving phone's web pages: sign up, sign in, review and decide a
//! login, read the account's activity.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::protocol::{AuditEvent, Decision, ErrorBody, InspectResponse, User};

/// The signed-in phone's user, if any (for pages that adapt to it).
#[server(prefix = "/api/web", endpoint = "me")]
pub async fn phone_user() -> Result<Option<User>, ErrorBody> {
    let request = context::Request::current()?;
    Ok(request
        .device()
        .await
        .ok()
        .map(|(_, account)| account.user()))
}

#[server(prefix = "/api/web", endpoint = "sign-in")]
pub async fn sign_in(username: String, password: String) -> Result<User, ErrorBody> {
    use crate::auth::accounts;
    use crate::protocol::LoginRequest;

    let request = context::Request::current()?;
    let client = request.client();
    let (browser, os) = crate::auth::requester::describe_agent(&client.user_agent);
    let login = LoginRequest {
        username,
        password,
        device_name: format!("{browser} on {os}"),
        device_type: "web".into(),
    };
    let (token, account) = accounts::sign_in(&request.state, login, &client)
        .await
        .map_err(context::fail)?;
    request.set_cookie(&accounts::device_cookie(&request.state, Some(token)));
    Ok(account.user())
}

#[server(prefix = "/api/web", endpoint = "sign-up")]
pub async fn sign_up(
    username: String,
    password: String,
    display_name: String,
) -> Result<User, ErrorBody> {
    use crate::protocol::RegisterRequest;

    let request = context::Request::current()?;
    let registration = RegisterRequest {
        username: username.clone(),
        password: password.clone(),
        display_name: Some(display_name).filter(|n| !n.trim().is_empty()),
    };
    crate::auth::accounts::register(&request.state, registration)
        .await
        .map_err(context::fail)?;
    sign_in(username, password).await
}

#[server(prefix = "/api/web", endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), ErrorBody> {
    use crate::auth::accounts;

    let request = context::Request::current()?;
    if let Ok((device, _)) = request.device().await {
        accounts::sign_out(&request.state, &device, &request.client())
            .await
            .map_err(context::fail)?;
    }
    request.set_cookie(&accounts::device_cookie(&request.state, None));
    Ok(())
}

/// What the phone's approve page needs: who is asking (the challenge is now
/// "scanned"), or why it cannot ask.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Review {
    pub login: InspectResponse,
    pub user: User,
}

#[server(prefix = "/api/web", endpoint = "review")]
pub async fn review_login(token: String) -> Result<Review, ErrorBody> {
    let request = context::Request::current()?;
    let (device, account) = request.device().await?;
    let login =
        crate::auth::challenges::inspect(&request.state, &token, &device, &request.client())
            .await
            .map_err(context::fail)?;
    Ok(Review {
        login,
        user: account.user(),
    })
}

/// The phone's decision. From the form: `keep_signed_in` is present only when
/// its box is ticked; `drop_session` only at the linked-session limit.
#[server(prefix = "/api/web", endpoint = "decide")]
pub async fn decide_login(
    token: String,
    approve: bool,
    keep_signed_in: Option<bool>,
    drop_session: Option<String>,
) -> Result<Decision, ErrorBody> {
    use crate::auth::challenges;
    use crate::protocol::ApproveRequest;

    let request = context::Request::current()?;
    let (device, account) = request.device().await?;
    let client = request.client();
    if approve {
        let approval = ApproveRequest {
            token,
            device_name: None,
            device_type: None,
            keep_signed_in: Some(keep_signed_in.unwrap_or(false)),
            drop_session,
        };
        challenges::approve(&request.state, &approval, &device, &account, &client)
            .await
            .map_err(context::fail)?;
        Ok(Decision::Authorized)
    } else {
        challenges::deny(&request.state, &token, &device, &client)
            .await
            .map_err(context::fail)?;
        Ok(Decision::Denied)
    }
}

#[server(prefix = "/api/web", endpoint = "activity")]
pub async fn activity() -> Result<Vec<AuditEvent>, ErrorBody> {
    let request = context::Request::current()?;
    let (_, account) = request.device().await?;
    crate::auth::audit::recent_for_user(&request.state, &account.id, 100)
        .await
        .map_err(context::fail)
}

#[cfg(feature = "ssr")]
use super::context;

/// The browsers this account has linked, with the server's clock for "ago".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    pub devices: Vec<crate::protocol::LinkedDevice>,
    pub server_time: u64,
}

#[server(prefix = "/api/web", endpoint = "linked")]
pub async fn linked_devices() -> Result<Linked, ErrorBody> {
    use crate::auth::sessions;

    let request = context::Request::current()?;
    let (_, account) = request.device().await?;
    let linked = sessions::list(&request.state, &account.id)
        .await
        .map_err(context::fail)?;
    Ok(Linked {
        devices: linked
            .iter()
            .map(sessions::WebSession::linked_device)
            .collect(),
        server_time: crate::auth::now_ms(),
    })
}

/// Logs one linked browser out (`session_id`), or all of them (`None`).
#[server(prefix = "/api/web", endpoint = "unlink")]
pub async fn unlink(session_id: Option<String>) -> Result<(), ErrorBody> {
    use crate::auth::{sessions, ApiError};

    let request = context::Request::current()?;
    let (_, account) = request.device().await?;
    let client = request.client();
    match session_id {
        Some(id) => {
            let session = sessions::load(&request.state, &id)
                .await
                .map_err(context::fail)?
                .filter(|s| s.user_id == account.id)
                .ok_or_else(|| context::fail(ApiError::NotFound))?;
            sessions::revoke(&request.state, &session, "removed_by_phone", &client).await
        }
        None => {
            sessions::revoke_all(&request.state, &account.id, "removed_by_phone", &client).await
        }
    }
    .map_err(context::fail)
}
