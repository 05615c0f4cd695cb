//! The phone's passkeys from its web pages: `/passkeys` (add, remove) and
//! the sign-in with a passkey, over the same `auth::passkeys` steps as the
//! JSON API. The browser's half, `navigator.credentials`, is the plain
//! script `public/passkey/passkey.js`: as an island it would grow the WASM
//! every page loads. It asks for options as JSON, then posts the answer
//! with the page's form, so each step lands on a page (303).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use protocol::{PasskeyInfo, PasskeySignInOptions};

#[cfg(feature = "ssr")]
use super::context::{self, error_page};
use super::Failure;

/// What `/passkeys` shows.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PasskeyPage {
    /// `false`: this server has no passkeys (`PUBLIC_URL` is no domain name).
    pub available: bool,
    /// `REQUIRE_USER_VERIFICATION`: every approval needs one.
    pub required: bool,
    pub keys: Vec<PasskeyInfo>,
    pub server_time: u64,
}

#[server(prefix = "/api/web", endpoint = "passkeys")]
pub async fn list_passkeys() -> Result<PasskeyPage, Failure> {
    use auth::passkeys;

    let request = context::Request::current()?;
    let (_, account) = request.device().await?;
    let keys = passkeys::list(&request.core, &account.id)
        .await
        .map_err(context::fail)?;
    Ok(PasskeyPage {
        available: passkeys::available(&request.core),
        required: request.core.settings.require_user_verification,
        keys,
        server_time: auth::now_ms(),
    })
}

/// Adding one, step one: the password again, then the options for
/// `navigator.credentials.create` (JSON, for the page's script).
#[server(prefix = "/api/web", endpoint = "passkey-options")]
pub async fn passkey_options(password: String) -> Result<serde_json::Value, Failure> {
    use auth::passkeys;
    use protocol::Password;

    let request = context::Request::current()?;
    let (device, account) = request.device().await?;
    passkeys::registration_options(&request.core, &device.id, &account, Password::new(password))
        .await
        .map_err(context::fail)
}

/// Adding one, step two: the phone's new credential (`credential`, JSON),
/// posted by the page's form. Without the script there is none to post.
#[server(prefix = "/api/web", endpoint = "passkey-add")]
pub async fn add_passkey(
    credential: Option<String>,
    name: Option<String>,
) -> Result<PasskeyInfo, Failure> {
    use auth::{passkeys, ApiError};
    use protocol::AddPasskeyRequest;

    let request = context::Request::current()?;
    let (device, account) = request.device().await.inspect_err(|_| {
        request.see_other("/signin?next=/passkeys");
    })?;
    let added = match credential.filter(|text| !text.trim().is_empty()) {
        None => Err(ApiError::PasskeyRequired(
            "adding a passkey needs the page's script (JavaScript)".into(),
        )),
        Some(text) => {
            let added = AddPasskeyRequest {
                credential: serde_json::from_str(&text).unwrap_or_default(),
                name,
            };
            let device = (device.id.as_str(), device.device_name.as_str());
            passkeys::add(&request.core, device, &account, added, &request.caller()).await
        }
    };
    request.settle(added, "/passkeys?added=1", "/passkeys")
}

/// Removes one of the account's passkeys, after the password; the browsers
/// it signed in end with it.
#[server(prefix = "/api/web", endpoint = "passkey-remove")]
pub async fn remove_passkey(id: String, password: String) -> Result<(), Failure> {
    use auth::cascade;
    use protocol::Password;

    let request = context::Request::current()?;
    let (_, account) = request.device().await.inspect_err(|_| {
        request.see_other("/signin?next=/passkeys");
    })?;
    let password = Password::new(password);
    request.settle(
        cascade::remove_passkey(&request.core, &account, &id, password, &request.caller()).await,
        "/passkeys?removed=1",
        "/passkeys",
    )
}

/// Signing in with a passkey, step one: options naming no account (JSON,
/// for the sign-in page's script): the phone offers the passkeys it holds.
#[server(prefix = "/api/web", endpoint = "passkey-sign-in-options")]
pub async fn start_passkey_sign_in() -> Result<PasskeySignInOptions, Failure> {
    let request = context::Request::current()?;
    auth::passkeys::sign_in_options(&request.core, &request.caller(), None)
        .await
        .map_err(context::fail)
}

/// Signing in with a passkey, step two: the passkey's answer, posted by the
/// sign-in page's form; the phone is signed in and goes on to `next`.
#[server(prefix = "/api/web", endpoint = "passkey-sign-in")]
pub async fn passkey_sign_in(
    ceremony: String,
    credential: String,
    next: Option<String>,
) -> Result<super::phone::SignedIn, Failure> {
    use auth::devices;
    use protocol::{return_path, PasskeySignInRequest};

    let request = context::Request::current()?;
    let client = request.caller();
    let sign_in = PasskeySignInRequest {
        ceremony,
        credential: serde_json::from_str(&credential).unwrap_or_default(),
        device_name: client.device_name(),
        device_type: "web".into(),
    };
    let next = return_path::or_default(next.as_deref());
    match devices::sign_in_with_passkey(&request.core, &sign_in, &client).await {
        Ok((token, account)) => {
            request.set_cookie(&devices::cookie(&request.core, token));
            request.see_other(&next);
            Ok(super::phone::SignedIn {
                user: account.user(),
                next,
            })
        }
        Err(error) => {
            request.see_other(&error_page("/signin", &error, &[("next", &next)]));
            Err(context::fail(error))
        }
    }
}
