//! The approving phone's web pages: sign up, sign in, review and decide a
//! login, read the account's activity, manage its browsers and phones.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use protocol::{AuditEvent, Decision, InspectResponse, PhoneSession, User};

#[cfg(feature = "ssr")]
use super::context::{self, error_page};
use super::Failure;

/// The signed-in phone's user, if any (for pages that adapt to it).
#[server(prefix = "/api/web", endpoint = "me")]
pub async fn phone_user() -> Result<Option<User>, Failure> {
    let request = context::Request::current()?;
    Ok(request
        .signed_in_device()
        .await
        .map(|(_, account)| account.user()))
}

/// A successful sign-in or sign-up: who, and the page to go to next (the
/// server decides it, so no crafted `next` can lead off the site).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub user: User,
    pub next: String,
}

#[server(prefix = "/api/web", endpoint = "sign-in")]
pub async fn sign_in(
    username: String,
    password: String,
    next: Option<String>,
) -> Result<SignedIn, Failure> {
    use auth::devices;
    use protocol::{return_path, LoginRequest, Password};

    let request = context::Request::current()?;
    let client = request.caller();
    // Given back to the form after a wrong password: only the password is typed again.
    let typed = username.clone();
    let login = LoginRequest {
        username,
        password: Password::new(password),
        device_name: client.device_name(),
        device_type: "web".into(),
    };
    let next = return_path::or_default(next.as_deref());
    match devices::sign_in(&request.core, login, &client).await {
        Ok((token, account)) => {
            request.set_cookie(&devices::cookie(&request.core, token));
            request.see_other(&next);
            Ok(SignedIn {
                user: account.user(),
                next,
            })
        }
        Err(error) => {
            let back = [("next", next.as_str()), ("username", typed.as_str())];
            request.see_other(&error_page("/signin", &error, &back));
            Err(context::fail(error))
        }
    }
}

#[server(prefix = "/api/web", endpoint = "sign-up")]
pub async fn sign_up(
    username: String,
    password: String,
    display_name: String,
    next: Option<String>,
) -> Result<SignedIn, Failure> {
    use protocol::{Password, RegisterRequest};

    let request = context::Request::current()?;
    let registration = RegisterRequest {
        username: username.clone(),
        password: Password::new(password.clone()),
        display_name: Some(display_name.clone()).filter(|n| !n.trim().is_empty()),
    };
    let next = protocol::return_path::or_default(next.as_deref());
    if let Err(error) =
        auth::accounts::register(&request.core, registration, &request.caller()).await
    {
        let back = [
            ("next", next.as_str()),
            ("username", username.as_str()),
            ("display_name", display_name.as_str()),
        ];
        request.see_other(&error_page("/signup", &error, &back));
        return Err(context::fail(error));
    }
    let signed_in = sign_in(username, password, Some(next.clone())).await?;
    // On to the recovery codes first, shown this once, then where it was going.
    request.see_other(&protocol::return_path::with_query(
        "/recovery",
        &[("next", &next)],
    ));
    Ok(signed_in)
}

/// What `/recovery` shows: the account's new recovery codes (this once),
/// or how many it has left.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum Recovery {
    NotSignedIn,
    New(Vec<String>),
    Left(usize),
}

#[server(prefix = "/api/web", endpoint = "recovery-codes")]
pub async fn recovery_codes() -> Result<Recovery, Failure> {
    use auth::accounts;

    let request = context::Request::current()?;
    let Some((_, account)) = request.signed_in_device().await else {
        return Ok(Recovery::NotSignedIn);
    };
    match account.recovery_codes_left() {
        Some(left) => Ok(Recovery::Left(left)),
        None => match accounts::issue_recovery_codes(&request.core, &account.id).await {
            Ok(Some(codes)) => Ok(Recovery::New(codes.iter().map(|c| c.display()).collect())),
            // Made by another request in the moment between: shown there.
            Ok(None) => Ok(Recovery::Left(protocol::recovery_code::RECOVERY_CODES)),
            Err(error) => Err(context::fail(error)),
        },
    }
}

/// New recovery codes, after the password: the old ones stop working, and
/// `/recovery` shows the new ones.
#[server(prefix = "/api/web", endpoint = "new-recovery-codes")]
pub async fn new_recovery_codes(password: String) -> Result<(), Failure> {
    use auth::{accounts, ApiError};
    use protocol::Password;

    let request = context::Request::current()?;
    let Ok((_, account)) = request.device().await else {
        request.see_other("/signin?next=/recovery");
        return Err(context::fail(ApiError::Unauthorized));
    };
    request.settle(
        accounts::forget_recovery_codes(&request.core, &account, Password::new(password)).await,
        "/recovery",
        "/recovery",
    )
}

/// A forgotten password replaced with a recovery code (`/recover`): the
/// phone is signed in, every other phone of the account signed out.
#[server(prefix = "/api/web", endpoint = "recover")]
pub async fn recover(
    username: String,
    code: String,
    password: String,
    next: Option<String>,
) -> Result<SignedIn, Failure> {
    use auth::{cascade, devices};
    use protocol::{return_path, Password, RecoverRequest};

    let request = context::Request::current()?;
    let client = request.caller();
    let next = return_path::or_default(next.as_deref());
    let recovery = RecoverRequest {
        username: username.clone(),
        code,
        new_password: Password::new(password),
        device_name: client.device_name(),
        device_type: "web".into(),
    };
    match cascade::recover(&request.core, recovery, &client).await {
        Ok((token, account)) => {
            request.set_cookie(&devices::cookie(&request.core, token));
            let done = [("recovered", "1"), ("next", next.as_str())];
            request.see_other(&protocol::return_path::with_query("/recovery", &done));
            Ok(SignedIn {
                user: account.user(),
                next,
            })
        }
        Err(error) => {
            let back = [("next", next.as_str()), ("username", username.as_str())];
            request.see_other(&error_page("/recover", &error, &back));
            Err(context::fail(error))
        }
    }
}

/// The computers this phone logged in that are still signed in: what its
/// sign-out would log out (`/signout` asks first); `None` when the phone is
/// not signed in (no failure: the page then offers to sign in).
#[server(prefix = "/api/web", endpoint = "sign-out-preview")]
pub async fn sign_out_preview() -> Result<Option<Vec<protocol::LinkedDevice>>, Failure> {
    use auth::sessions;

    let request = context::Request::current()?;
    let Some((device, account)) = request.signed_in_device().await else {
        return Ok(None);
    };
    let linked = sessions::list(&request.core, &account.id)
        .await
        .map_err(context::fail)?;
    Ok(Some(
        linked
            .iter()
            .filter(|session| session.approved_by == device.id)
            .map(sessions::WebSession::linked_device)
            .collect(),
    ))
}

/// Signs this phone out, and every computer it logged in unless
/// `keep_computers` is given (the person chose so on `/signout`).
#[server(prefix = "/api/web", endpoint = "sign-out")]
pub async fn sign_out(keep_computers: Option<String>) -> Result<(), Failure> {
    use auth::cookies::{self, Kind};
    use auth::{cascade, devices};

    let request = context::Request::current()?;
    let keep = keep_computers.is_some_and(|keep| !keep.is_empty());
    if let Ok((device, _)) = request.device().await {
        let (core, client) = (&request.core, request.caller());
        let ended = if keep {
            devices::end(core, &device).await
        } else {
            cascade::sign_out_phone(core, &device, "phone_signed_out", &client).await
        };
        ended.map_err(|error| {
            request.see_other(&error_page("/signout", &error, &[]));
            context::fail(error)
        })?;
    }
    request.set_cookie(&cookies::removal(Kind::Device, &request.core.settings));
    let notice = if keep {
        "signed_out_kept"
    } else {
        "signed_out"
    };
    request.see_other(&format!("/signin?notice={notice}"));
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
pub async fn review_login(token: String) -> Result<Review, Failure> {
    use auth::{challenges, ApiError};
    use protocol::LoginCode;

    let request = context::Request::current()?;
    let (device, account) = match request.device_or_prompt().await {
        Ok(signed_in) => signed_in,
        Err(body) => {
            let scanned = LoginCode::parse(&token).ok().and_then(|code| match code {
                LoginCode::Scanned(token) => Some(token),
                LoginCode::Typed(_) => None,
            });
            if let (Some(token), protocol::ErrorCode::Unauthorized) = (scanned, body.error) {
                hold_for_sign_in(&request, &token).await;
            }
            return Err(body);
        }
    };
    let code = LoginCode::parse(&token).map_err(|e| context::fail(ApiError::from(e)))?;
    let holder = request.holder();
    let login = challenges::inspect(
        &request.core,
        &code,
        (&device, &account),
        &request.caller(),
        holder.as_deref(),
    )
    .await
    .map_err(context::fail)?;
    Ok(Review {
        login,
        user: account.user(),
    })
}

/// A phone that is not signed in opened the QR code `token`: the code waits
/// for it while it signs in or signs up, and the phone keeps the secret that
/// shows it is the one waited for. When the code cannot wait (or the store
/// does not answer) the page still offers to sign in: the phone then learns
/// where the code stands.
#[cfg(feature = "ssr")]
async fn hold_for_sign_in(request: &context::Request, token: &protocol::QrToken) {
    use auth::challenges;
    use auth::cookies::{self, Kind};
    use protocol::challenge::SIGN_IN_HOLD_MS;

    let held = challenges::hold(&request.core, token, &request.caller()).await;
    match held {
        Ok(Some(secret)) => {
            let lifetime = std::time::Duration::from_millis(SIGN_IN_HOLD_MS);
            let settings = &request.core.settings;
            request.set_cookie(&cookies::make(
                Kind::Hold,
                secret.encode(),
                Some(lifetime),
                settings,
            ));
        }
        Ok(None) => {}
        Err(error) => tracing::debug!(%error, "a code could not wait for its phone"),
    }
}

/// The phone's decision. From the form: `keep_signed_in` is present only when
/// its box is ticked; `drop_session` only at the linked-session limit.
#[server(prefix = "/api/web", endpoint = "decide")]
pub async fn decide_login(
    token: String,
    approve: bool,
    keep_signed_in: Option<bool>,
    drop_session: Option<String>,
    number: Option<u8>,
    passkey: Option<String>,
) -> Result<Decision, Failure> {
    use auth::{challenges, ApiError};
    use protocol::{ApproveRequest, LoginCode};

    let request = context::Request::current()?;
    // `token` holds the QR's token or a typed code: the page `/l/{either}`.
    let code = LoginCode::parse(&token);
    let code_page = format!(
        "/l/{}",
        code.as_ref().map(LoginCode::path_form).unwrap_or_default()
    );
    let (device, account) = match request.device().await {
        Ok(signed_in) => signed_in,
        Err(body) => {
            request.see_other(&protocol::return_path::with_query(
                "/signin",
                &[("next", &code_page)],
            ));
            return Err(body);
        }
    };
    let (client, holder) = (request.caller(), request.holder());
    let holder = holder.as_deref();
    let decided = match code {
        Err(malformed) => Err(ApiError::from(malformed)),
        Ok(code) if approve => {
            let approval = ApproveRequest {
                keep_signed_in: Some(keep_signed_in.unwrap_or(false)),
                drop_session,
                number,
                // The page's script puts the passkey's answer here, or
                // "refused" when the phone gave none; no script, no field.
                passkey: passkey
                    .filter(|text| !text.trim().is_empty())
                    .map(|text| serde_json::from_str(&text).unwrap_or_default()),
                ..ApproveRequest::default()
            };
            challenges::approve(
                &request.core,
                &code,
                &approval,
                &device,
                &account,
                &client,
                holder,
            )
            .await
            .map(|()| Decision::Authorized)
        }
        Ok(code) => challenges::deny(&request.core, &code, &device, &client, holder)
            .await
            .map(|()| Decision::Denied),
    };
    match decided {
        Ok(decision) => {
            let outcome = match decision {
                Decision::Authorized => "authorized",
                Decision::Denied => "denied",
            };
            request.see_other(&format!("/decided?outcome={outcome}"));
            Ok(decision)
        }
        Err(error) => {
            request.see_other(&error_page(&code_page, &error, &[]));
            Err(context::fail(error))
        }
    }
}

#[server(prefix = "/api/web", endpoint = "activity")]
pub async fn activity() -> Result<Vec<AuditEvent>, Failure> {
    let request = context::Request::current()?;
    let (_, account) = request.device().await?;
    auth::audit::recent_for_user(&request.core, &account.id, 100)
        .await
        .map_err(context::fail)
}

/// The browsers this account has linked, with the server's clock for "ago".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    pub devices: Vec<protocol::LinkedDevice>,
    pub server_time: u64,
    /// The browser this phone approved last, if within the last minutes:
    /// "the one you just approved".
    pub just_approved: Option<String>,
    /// The apps this account allowed to know it.
    pub apps: Vec<protocol::AllowedApp>,
}

/// How long a browser stays "the one you just approved".
#[cfg(feature = "ssr")]
const JUST_APPROVED_MS: u64 = 10 * 60_000;

#[server(prefix = "/api/web", endpoint = "linked")]
pub async fn linked_devices() -> Result<Linked, Failure> {
    use auth::sessions;

    let request = context::Request::current()?;
    let (device, account) = request.device().await?;
    let (linked, apps) = futures::join!(
        sessions::list(&request.core, &account.id),
        auth::oidc::consent::list(&request.core, &account.id),
    );
    let (linked, apps) = (linked.map_err(context::fail)?, apps.map_err(context::fail)?);
    let now = auth::now_ms();
    let just_approved = linked
        .iter()
        .filter(|s| {
            s.approved_by == device.id && now.saturating_sub(s.created_at) < JUST_APPROVED_MS
        })
        .max_by_key(|s| s.created_at)
        .map(|s| s.id.clone());
    Ok(Linked {
        devices: linked
            .iter()
            .map(sessions::WebSession::linked_device)
            .collect(),
        server_time: now,
        just_approved,
        apps,
    })
}

/// Withdraws an app this account allowed (`/devices`, "Withdraw"): its
/// tokens stop, it hears a back-channel logout, and the phone asks again
/// the next time it asks for the account.
#[server(prefix = "/api/web", endpoint = "withdraw-app")]
pub async fn withdraw_app(client_id: String) -> Result<(), Failure> {
    use auth::ApiError;

    let request = context::Request::current()?;
    let Ok((_, account)) = request.device().await else {
        request.see_other("/signin?next=/devices");
        return Err(context::fail(ApiError::Unauthorized));
    };
    let caller = request.caller();
    request.settle(
        auth::oidc::consent::withdraw(&request.core, &account.id, &client_id, &caller).await,
        "/devices?done=withdrawn",
        "/devices",
    )
}

/// Names a linked browser (`/devices`, "Rename"): an empty name takes it away.
#[server(prefix = "/api/web", endpoint = "rename-browser")]
pub async fn rename_browser(session_id: String, name: String) -> Result<(), Failure> {
    use auth::{sessions, ApiError};

    let request = context::Request::current()?;
    let Ok((_, account)) = request.device().await else {
        request.see_other("/signin?next=/devices");
        return Err(context::fail(ApiError::Unauthorized));
    };
    request.settle(
        sessions::rename(&request.core, &account.id, &session_id, &name).await,
        "/devices?done=renamed",
        "/devices",
    )
}

/// Logs one linked browser out (`session_id`), or all of them (`None`).
#[server(prefix = "/api/web", endpoint = "unlink")]
pub async fn unlink(session_id: Option<String>) -> Result<(), Failure> {
    use auth::{sessions, ApiError};

    let request = context::Request::current()?;
    let Ok((_, account)) = request.device().await else {
        request.see_other("/signin?next=/devices");
        return Err(context::fail(ApiError::Unauthorized));
    };
    let client = request.caller();
    let done = if session_id.is_some() { "one" } else { "all" };
    let outcome = match session_id {
        Some(id) => match sessions::load(&request.core, &id).await {
            Ok(Some(session)) if session.user_id == account.id => {
                sessions::revoke(&request.core, &session, "removed_by_phone", &client).await
            }
            Ok(_) => Err(ApiError::NotFound),
            Err(error) => Err(error),
        },
        None => sessions::revoke_all(&request.core, &account.id, "removed_by_phone", &client).await,
    };
    request.settle(outcome, &format!("/devices?done={done}"), "/devices")
}

/// The phones signed in to this account, this one marked.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Phones {
    pub sessions: Vec<PhoneSession>,
    pub server_time: u64,
}

#[server(prefix = "/api/web", endpoint = "phones")]
pub async fn phone_sessions() -> Result<Phones, Failure> {
    let request = context::Request::current()?;
    let (device, account) = request.device().await?;
    let sessions = auth::devices::list(&request.core, &account.id)
        .await
        .map_err(context::fail)?;
    Ok(Phones {
        sessions: sessions.iter().map(|s| s.listed(&device.id)).collect(),
        server_time: auth::now_ms(),
    })
}

/// Signs out another phone of this account, and the browsers it approved.
#[server(prefix = "/api/web", endpoint = "sign-out-phone")]
pub async fn sign_out_phone(session_id: String) -> Result<(), Failure> {
    let request = context::Request::current()?;
    let (device, _) = request.device().await.inspect_err(|_| {
        request.see_other("/signin?next=/phones");
    })?;
    request.settle(
        auth::cascade::sign_out_other_phone(&request.core, &device, &session_id, &request.caller())
            .await,
        "/phones?done=1",
        "/phones",
    )
}

/// Changes the password; the account's other phones are signed out.
#[server(prefix = "/api/web", endpoint = "password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), Failure> {
    use protocol::{Password, PasswordChange};

    let request = context::Request::current()?;
    let (device, _) = request.device().await.inspect_err(|_| {
        request.see_other("/signin?next=/password");
    })?;
    let change = PasswordChange {
        current_password: Password::new(current_password),
        new_password: Password::new(new_password),
    };
    request.settle(
        auth::cascade::change_password(&request.core, &device, change, &request.caller()).await,
        "/password?changed=1",
        "/password",
    )
}
