//! A computer's browser signs itself in with a passkey ("Use a passkey" on
//! `/login`): one of its own, or a phone's over the browser's hybrid
//! transport, where Bluetooth proves the phone is near and the signature
//! names this site's origin, so a relayed page gets nothing. The ceremony
//! is `passkeys`'; what it makes is a phone's approval's: a web session,
//! which ends when that passkey is removed (`cascade`).

use axum::http::HeaderMap;

use crate::accounts::Account;
use crate::audit::{self, Entry};
use crate::cookies;
use crate::requester::Caller;
use crate::sessions::{self, WebSession};
use crate::{now_ms, oidc, passkeys, ApiError, Core};
use protocol::{AuditKind, PasskeyLoginRequest};

/// Signs the browser behind `headers` in with the answer to the passkey
/// options it asked for: the same web session a phone's approval would
/// have made (a linked-devices place, the phones' new-login news, the audit
/// trail); its cookie goes in this answer. An app's sign-in waiting on
/// this browser's `/login` (`authorization`) is allowed the account, as
/// "Log in" on a phone allows it. A session the browser had already is
/// ended: its cookie is replaced.
pub async fn sign_in(
    core: &Core,
    request: &PasskeyLoginRequest,
    headers: &HeaderMap,
    client: &Caller,
) -> Result<(WebSession, Account), ApiError> {
    // The kiosk's page asks so; a page that offers no passkey on a kiosk
    // (`KIOSK_PASSKEYS` off) is refused it.
    if request.kiosk && !core.settings.kiosk_passkeys {
        return Err(passkeys::refused(
            "passkeys are off on kiosks here (KIOSK_PASSKEYS): scan the code",
        ));
    }
    let browser = cookies::binding(headers, &core.settings)
        .map(|binding| binding.digest())
        .ok_or(ApiError::BindingMismatch)?;
    // The app's request is checked before the passkey's answer is spent.
    let app = match request.authorization.as_deref() {
        Some(id) => Some(
            oidc::pending::app_owned_by(core, id, &browser)
                .await?
                .ok_or_else(|| {
                    ApiError::BadRequest(
                        "that app's sign-in is over, or is not this browser's".into(),
                    )
                })?,
        ),
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
    let (passkey_id, passkey_name) = &signed_in.passkey;
    if let Some(app) = &app {
        oidc::consent::allow(core, &account.id, app).await?;
    }
    let session = sessions::prepare_for_passkey(
        core,
        &account.id,
        (passkey_id, passkey_name),
        &client.requester(now_ms()),
        (request.keep_signed_in, request.kiosk),
        app.map(|app| app.name),
    );
    sessions::save(core, &session).await?;
    if let Err(error) = sessions::reserve(core, &session, None).await {
        sessions::discard(core, &session).await?;
        return Err(error);
    }
    // A removal of the passkey that ran while this session was made found
    // no session to end: checked now that it is listed.
    if !passkeys::listed(core, &account.id, passkey_id).await? {
        sessions::revoke(core, &session, "removed_by_phone", client).await?;
        return Err(passkeys::refused("this passkey was removed a moment ago"));
    }
    replace_current(core, headers, client).await;
    let kiosk = if session.kiosk { ", kiosk" } else { "" };
    let detail = format!(
        "{} on {} via {passkey_name}{kiosk} (passkey)",
        session.browser, session.os
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
    // The session stands: the phones' news is a courtesy.
    if let Err(error) = announced {
        tracing::warn!(%error, "new_login not announced");
    }
    Ok((session, account))
}

/// Ends the session the browser's cookie names, if it has one: it gets the
/// new one in its place (an app's `/login` is shown to a signed-in browser).
async fn replace_current(core: &Core, headers: &HeaderMap, client: &Caller) {
    let Some((token, token_use)) = sessions::token_from(headers, core) else {
        return;
    };
    if let Ok((current, _)) = sessions::authenticate(core, &token, token_use).await {
        if let Err(error) = sessions::revoke(core, &current, "replaced_by_new_login", client).await
        {
            tracing::warn!(%error, "the replaced session was not ended");
        }
    }
}
