//! A computer's browser signs itself in with a passkey ("Use a passkey" on
//! `/login`): one of its own, or a phone's over the browser's hybrid
//! transport, where Bluetooth proves the phone is near and the signature
//! names this site's origin, so a relayed page gets nothing. The ceremony
//! is `passkeys`'; what it makes is a phone's approval's: a web session.

use crate::accounts::Account;
use crate::audit::{self, Entry};
use crate::requester::Caller;
use crate::sessions::{self, WebSession};
use crate::{now_ms, oidc, passkeys, ApiError, Core};
use protocol::{AuditKind, BindingSecret, PasskeyLoginRequest};

/// Signs a computer's browser in with the answer to its passkey options: the same web session a phone's
/// approval would have made (linked-devices place, the phone's new-login
/// news, the audit trail), for the browser that asked for the options; its
/// cookie goes in this answer. An app's sign-in waiting on this browser's
/// `/login` (`authorization`) is allowed the account, as "Log in" on a
/// phone allows it.
pub async fn sign_in(
    core: &Core,
    request: &PasskeyLoginRequest,
    binding: Option<&BindingSecret>,
    client: &Caller,
) -> Result<(WebSession, Account), ApiError> {
    if request.kiosk && !core.settings.kiosk_passkeys {
        return Err(passkeys::refused(
            "passkeys are off on kiosks here (KIOSK_PASSKEYS): scan the code",
        ));
    }
    let browser = binding
        .map(BindingSecret::digest)
        .ok_or(ApiError::BindingMismatch)?;
    // The app's request is checked before the passkey's answer is spent.
    let app = match request.authorization.as_deref() {
        Some(id) => Some(waiting_app(core, id, &browser).await?),
        None => None,
    };
    let signed_in = passkeys::sign_in(
        core,
        &request.ceremony,
        &request.credential,
        client,
        Some(&browser),
    )
    .await?;
    let account = signed_in.account;
    if let Some(app) = &app {
        oidc::consent::allow(core, &account.id, app).await?;
    }
    let passkey = (
        signed_in.added_by.as_deref().unwrap_or_default(),
        signed_in.passkey_name.as_str(),
    );
    let session = sessions::prepare_for_passkey(
        core,
        &account.id,
        passkey,
        &client.requester(now_ms()),
        (request.keep_signed_in, request.kiosk),
        app.map(|app| app.name),
    );
    sessions::save(core, &session).await?;
    if let Err(error) = sessions::reserve(core, &session, None).await {
        sessions::discard(core, &session).await?;
        return Err(error);
    }
    let kiosk = if session.kiosk { ", kiosk" } else { "" };
    let detail = format!(
        "{} on {} via {}{kiosk} (passkey)",
        session.browser, session.os, session.approved_by_name
    );
    let entry = Entry {
        kind: AuditKind::TokenIssued,
        client,
        user_id: Some(&account.id),
        qr_id: None,
        detail,
    };
    let (announced, ()) = futures::join!(
        sessions::announce(core, &session),
        audit::record(core, entry)
    );
    announced?;
    Ok((session, account))
}

/// The app whose sign-in `id` waits on the browser `browser`'s `/login`.
async fn waiting_app(core: &Core, id: &str, browser: &str) -> Result<oidc::Client, ApiError> {
    let pending = oidc::pending::pending(core, id)
        .await?
        .filter(|pending| pending.owned_by(Some(browser)))
        .ok_or_else(|| {
            ApiError::BadRequest("that app's sign-in is over, or is not this browser's".into())
        })?;
    core.settings
        .oidc_clients
        .find(&pending.request.client_id)
        .ok_or_else(|| ApiError::BadRequest("that app is no longer known here".into()))
}
