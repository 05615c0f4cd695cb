//! Steps that end more than one thing at once: a phone that signs out takes
//! the browsers it approved with it; one signed out from another phone
//! takes the passkeys it added too; a disabled account, or a changed
//! password, ends the account's other phones and theirs (a changed
//! password, every passkey but the changing phone's). A passkey that goes
//! takes the browsers it signed in.

use super::accounts::{self, Account};
use super::devices::{self, DeviceSession};
use super::requester::Caller;
use super::{passkeys, sessions, ApiError, Core};
use protocol::{AuditKind, Password, PasswordChange, RecoverRequest};

/// Ends a phone's session and every web session it approved; their open
/// pages hear `session_revoked` with `reason`.
pub async fn sign_out_phone(
    core: &Core,
    device: &DeviceSession,
    reason: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    devices::end(core, device).await?;
    sessions::revoke_approved_by(core, &device.user_id, &device.id, reason, client).await
}

/// Signs out another phone of the same account (`sessionId` from
/// `GET /api/auth/sessions`); `not_found` for anything else.
pub async fn sign_out_other_phone(
    core: &Core,
    current: &DeviceSession,
    session_id: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    let other = devices::list(core, &current.user_id)
        .await?
        .into_iter()
        .find(|d| d.id == session_id)
        .ok_or(ApiError::NotFound)?;
    // A lost phone: whoever holds it must not sign in with its passkeys.
    // They go first, so that no sign-in with one outlives the sign-out.
    let removed = passkeys::remove_added_by(core, &other.user_id, &other.id, client).await?;
    sign_out_phone(core, &other, "phone_signed_out", client).await?;
    let reason = "phone_signed_out";
    sessions::revoke_signed_in_with(core, &other.user_id, &removed, reason, client).await
}

/// Removes one of the account's passkeys (after the password), and ends the
/// browsers it signed in.
pub async fn remove_passkey(
    core: &Core,
    account: &Account,
    id: &str,
    password: Password,
    client: &Caller,
) -> Result<(), ApiError> {
    passkeys::remove(core, account, id, password, client).await?;
    let removed = [id.to_owned()];
    sessions::revoke_signed_in_with(core, &account.id, &removed, "removed_by_phone", client).await
}

/// Disables an account or enables it again. Disabling ends every phone
/// session of the account and every web session it linked.
pub async fn set_disabled(core: &Core, username: &str, disabled: bool) -> Result<bool, ApiError> {
    let Some(mut account) = accounts::find_by_username(core, username).await? else {
        return Ok(false);
    };
    account.disabled = disabled;
    accounts::save(core, &account).await?;
    if disabled {
        let client = Caller::operator("server admin");
        for device in devices::list(core, &account.id).await? {
            devices::end(core, &device).await?;
        }
        sessions::revoke_all(core, &account.id, "account_disabled", &client).await?;
    }
    Ok(true)
}

/// A forgotten password replaced with a recovery code, on a phone that is
/// not signed in: every phone of the account is signed out (with the
/// browsers it approved) and its passkeys removed, as a password change
/// does, and this phone is signed in. Returns its device token.
pub async fn recover(
    core: &Core,
    request: RecoverRequest,
    client: &Caller,
) -> Result<(String, Account), ApiError> {
    let account = accounts::recover(
        core,
        &request.username,
        &request.code,
        request.new_password,
        client,
    )
    .await?;
    // Codes, not words: the phone's activity page words them in its language.
    let how = " (recovery_code)";
    password_changed(core, &account.id, (None, how), client).await?;
    let device = (request.device_name.as_str(), request.device_type.as_str());
    devices::open(core, account, device, how, client).await
}

/// Changes the password from the phone `current`; every other phone of the
/// account is signed out (with the browsers it approved), as anyone who
/// knew the old password may hold one of them.
pub async fn change_password(
    core: &Core,
    current: &DeviceSession,
    change: PasswordChange,
    client: &Caller,
) -> Result<(), ApiError> {
    let mut account = accounts::load(core, &current.user_id)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    accounts::set_password(
        core,
        &mut account,
        change.current_password,
        change.new_password,
    )
    .await?;
    let changing = (Some(current.id.as_str()), current.device_name.as_str());
    password_changed(core, &account.id, changing, client).await
}

/// After a new password, whoever knew the old one may hold a phone of the
/// account or a passkey it added: every phone is signed out (with the
/// browsers it approved) and every passkey removed, but the changing
/// phone's (`kept`, none after a recovery). Audited with `how`.
async fn password_changed(
    core: &Core,
    user_id: &str,
    (kept, how): (Option<&str>, &str),
    client: &Caller,
) -> Result<(), ApiError> {
    super::audit::record(
        core,
        super::audit::Entry {
            kind: AuditKind::PasswordChanged,
            client,
            user_id: Some(user_id),
            qr_id: None,
            detail: how.to_owned(),
        },
    )
    .await;
    // The passkeys first, so that no sign-in with one outlives the change.
    let removed =
        passkeys::remove_all_but_added_by(core, user_id, kept.unwrap_or_default(), client).await?;
    for device in devices::list(core, user_id).await? {
        if Some(device.id.as_str()) != kept {
            sign_out_phone(core, &device, "password_changed", client).await?;
        }
    }
    sessions::revoke_signed_in_with(core, user_id, &removed, "password_changed", client).await
}
