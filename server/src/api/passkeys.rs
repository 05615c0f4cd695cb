//! `/api/passkeys` (the account's passkeys) and `/api/auth/passkey` (signing
//! a phone in with one): thin over `auth::passkeys`. A native app
//! answers with its platform's passkey API; the client data's origin must be
//! the site's (`PUBLIC_URL`).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::Value;

use auth::{cascade, cookies, devices, passkeys, ApiError, Core};
use protocol::{
    AddPasskeyRequest, ErrorBody, LoginResponse, PasskeyInfo, PasskeyOptionsRequest,
    PasskeySignInOptions, PasskeySignInRequest, RemovePasskeyRequest,
};

use super::extract::{Body, CallerInfo, DeviceAuth};
use super::openapi::{CrossSite, MalformedBody, NoDevice, NoDeviceOrPassword, StoreDown};

#[utoipa::path(
    get,
    path = "/api/passkeys",
    operation_id = "list_passkeys",
    tag = "approving device",
    summary = "The account's passkeys",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "The passkeys, oldest first", body = [PasskeyInfo]),
        NoDevice, StoreDown,
    )
)]
/// `GET /api/passkeys`.
pub async fn list(
    State(core): State<Core>,
    auth: DeviceAuth,
) -> Result<Json<Vec<PasskeyInfo>>, ApiError> {
    Ok(Json(passkeys::list(&core, &auth.account.id).await?))
}

#[utoipa::path(
    post,
    path = "/api/passkeys/options",
    tag = "approving device",
    summary = "Adding a passkey, step one: the password again, then the options for navigator.credentials.create",
    request_body = PasskeyOptionsRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "{ publicKey } (binary fields in base64url), valid 5 minutes for this device session", body = Object),
        (status = 400, description = "bad_request: the account has 10 passkeys already, or passkeys are off (PUBLIC_URL is no domain name)", body = ErrorBody),
        NoDeviceOrPassword,
        (status = 403, description = "cross_site: a browser's request from a page that is not this site's", body = ErrorBody),
        (status = 429, description = "rate_limited (Retry-After): 10 password tries in 15 min, counted with the sign-ins", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/passkeys/options`.
pub async fn options(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(request): Body<PasskeyOptionsRequest>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        passkeys::registration_options(&core, &auth.device.id, &auth.account, request.password)
            .await?,
    ))
}

#[utoipa::path(
    post,
    path = "/api/passkeys",
    tag = "approving device",
    summary = "Adding a passkey, step two: the new credential",
    request_body = AddPasskeyRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 201, description = "Added; from now on approving asks for a passkey", body = PasskeyInfo),
        (status = 400, description = "bad_request: malformed body, 10 passkeys already, the same passkey twice, or passkeys are off", body = ErrorBody),
        (status = 401, description = "unauthorized: no valid device token", body = ErrorBody),
        (status = 403, description = "passkey_refused: no options asked on this device session in the last 5 minutes (each answers once), or the credential did not verify (origin, challenge, user verification). cross_site", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/passkeys` → 201.
pub async fn add(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(request): Body<AddPasskeyRequest>,
) -> Result<(StatusCode, Json<PasskeyInfo>), ApiError> {
    let device = (auth.device.id.as_str(), auth.device.device_name.as_str());
    let added = passkeys::add(&core, device, &auth.account, request, &auth.caller).await?;
    Ok((StatusCode::CREATED, Json(added)))
}

#[utoipa::path(
    post,
    path = "/api/passkeys/remove",
    tag = "approving device",
    summary = "Remove one of the account's passkeys, after the password",
    request_body = RemovePasskeyRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Removed; the browsers it signed in (POST /api/session/passkey) are logged out"),
        MalformedBody, NoDeviceOrPassword,
        (status = 403, description = "cross_site", body = ErrorBody),
        (status = 404, description = "not_found: the account has no passkey of that id", body = ErrorBody),
        (status = 429, description = "rate_limited (Retry-After): 10 password tries in 15 min", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/passkeys/remove` → 204.
pub async fn remove(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(request): Body<RemovePasskeyRequest>,
) -> Result<StatusCode, ApiError> {
    cascade::remove_passkey(
        &core,
        &auth.account,
        &request.id,
        request.password,
        &auth.caller,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/api/auth/passkey/options",
    tag = "approving device",
    summary = "Signing in with a passkey, step one: options for navigator.credentials.get naming no account (no body)",
    responses(
        (status = 200, description = "The ceremony (5 minutes, once) and { publicKey } with an empty allowCredentials: the authenticator offers the passkeys it holds for this site. The same for every caller: it tells nothing of who has a passkey. A browser's binding cookie, if sent, is kept with it: only that browser may finish it with POST /api/session/passkey", body = PasskeySignInOptions),
        (status = 400, description = "bad_request: passkeys are off (PUBLIC_URL is no domain name)", body = ErrorBody),
        CrossSite,
        (status = 429, description = "rate_limited (Retry-After): too many passkey ceremonies from this address (4 × SIGN_INS_PER_MINUTE a minute)", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/auth/passkey/options` (no body; one sent is ignored).
pub async fn sign_in_options(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    headers: HeaderMap,
) -> Result<Json<PasskeySignInOptions>, ApiError> {
    let binding = cookies::binding(&headers, &core.settings);
    Ok(Json(
        passkeys::sign_in_options(&core, &client, binding.as_ref()).await?,
    ))
}

#[utoipa::path(
    post,
    path = "/api/auth/passkey",
    tag = "approving device",
    summary = "Signing in with a passkey, step two: the assertion; returns a device token",
    request_body = PasskeySignInRequest,
    responses(
        (status = 200, description = "The device token, as /api/auth/login answers", body = LoginResponse),
        MalformedBody,
        (status = 401, description = "unauthorized: the account is disabled", body = ErrorBody),
        (status = 403, description = "passkey_refused: an unknown, used or expired ceremony, a passkey the site does not know (removed, or made before passkeys were discoverable and so naming no account), or an assertion that did not verify. binding_mismatch: a ceremony a browser asked for (POST /api/session/passkey's). cross_site", body = ErrorBody),
        (status = 429, description = "rate_limited (Retry-After): too many sign-ins from this address (SIGN_INS_PER_MINUTE)", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/auth/passkey` → `{ deviceToken, user }`.
pub async fn sign_in(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    Body(request): Body<PasskeySignInRequest>,
) -> Result<Json<LoginResponse>, ApiError> {
    let (device_token, account) = devices::sign_in_with_passkey(&core, &request, &client).await?;
    Ok(Json(LoginResponse {
        device_token,
        user: account.user(),
    }))
}
