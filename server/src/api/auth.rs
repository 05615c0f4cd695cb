//! `/api/auth/*`: accounts and approving devices (phones).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use auth::{accounts, cascade, devices, ApiError, Core};
use protocol::{
    ErrorBody, LoginRequest, LoginResponse, PasswordChange, PhoneSession, RecoverRequest,
    RegisterRequest, UserResponse,
};

use super::extract::{Body, CallerInfo, DeviceAuth};
use super::openapi::{CrossSite, HashingBusy, NoDevice, StoreDown, TimedOut, TooLarge};

#[utoipa::path(
    post,
    path = "/api/auth/register",
    tag = "approving device",
    summary = "Create an account",
    request_body = RegisterRequest,
    responses(
        (status = 201, description = "Created", body = UserResponse),
        (status = 400, description = "bad_request: a username of 3 to 32 of a-z 0-9 . _ -, a password of 8 to 256 characters", body = ErrorBody),
        CrossSite, TimedOut,
        (status = 409, description = "username_taken", body = ErrorBody),
        TooLarge,
        (status = 429, description = "rate_limited (Retry-After): too many accounts from this address (SIGN_UPS_PER_HOUR)", body = ErrorBody),
        HashingBusy,
    )
)]
/// `POST /api/auth/register` → 201 `{ user }`.
pub async fn register(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    Body(request): Body<RegisterRequest>,
) -> Result<(StatusCode, Json<UserResponse>), ApiError> {
    let user = accounts::register(&core, request, &client).await?;
    Ok((StatusCode::CREATED, Json(UserResponse { user })))
}

#[utoipa::path(
    post,
    path = "/api/auth/login",
    tag = "approving device",
    summary = "Sign a device in; returns its device token",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "The device token, sent as Authorization: Bearer from now on", body = LoginResponse),
        (status = 400, description = "bad_request", body = ErrorBody),
        (status = 401, description = "unauthorized: wrong username or password", body = ErrorBody),
        CrossSite, TimedOut, TooLarge,
        (status = 429, description = "rate_limited (Retry-After): too many attempts on this username (10 in 15 min, counted before the password is checked) or from this address (SIGN_INS_PER_MINUTE)", body = ErrorBody),
        HashingBusy,
    )
)]
/// `POST /api/auth/login` → `{ deviceToken, user }`.
pub async fn login(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    Body(request): Body<LoginRequest>,
) -> Result<Json<LoginResponse>, ApiError> {
    let (device_token, account) = devices::sign_in(&core, request, &client).await?;
    Ok(Json(LoginResponse {
        device_token,
        user: account.user(),
    }))
}

#[utoipa::path(
    post,
    path = "/api/auth/recover",
    tag = "approving device",
    summary = "A forgotten password: set a new one with a recovery code, and sign this device in",
    request_body = RecoverRequest,
    responses(
        (status = 200, description = "The device token, as from login. The code is spent; every other phone of the account is signed out (its browsers with it) and the account's passkeys are removed", body = LoginResponse),
        (status = 400, description = "bad_request (a new password of 8 to 256 characters)", body = ErrorBody),
        (status = 401, description = "unauthorized: no such account, or not one of its unused recovery codes", body = ErrorBody),
        CrossSite, TimedOut, TooLarge,
        (status = 429, description = "rate_limited (Retry-After): counted with the sign-in attempts: 10 per username in 15 min, counted before the code is checked, and SIGN_INS_PER_MINUTE per address", body = ErrorBody),
        HashingBusy,
    )
)]
/// `POST /api/auth/recover` → `{ deviceToken, user }`.
pub async fn recover(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    Body(request): Body<RecoverRequest>,
) -> Result<Json<LoginResponse>, ApiError> {
    let (device_token, account) = cascade::recover(&core, request, &client).await?;
    Ok(Json(LoginResponse {
        device_token,
        user: account.user(),
    }))
}

#[utoipa::path(
    post,
    path = "/api/auth/logout",
    tag = "approving device",
    summary = "End this device session and every web session it approved (their pages hear session_revoked)",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Signed out"),
        NoDevice, CrossSite, TimedOut, StoreDown,
    )
)]
/// `POST /api/auth/logout`: ends this device session and every web session
/// it approved; their open pages hear `session_revoked`.
pub async fn logout(State(core): State<Core>, auth: DeviceAuth) -> Result<StatusCode, ApiError> {
    cascade::sign_out_phone(&core, &auth.device, "phone_signed_out", &auth.caller).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/api/auth/sessions",
    tag = "approving device",
    summary = "The phones (and apps) signed in to this account, this one marked current",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "Oldest first", body = Vec<PhoneSession>),
        NoDevice, StoreDown,
    )
)]
/// `GET /api/auth/sessions`: the phones signed in to this account.
pub async fn sessions(
    State(core): State<Core>,
    auth: DeviceAuth,
) -> Result<Json<Vec<PhoneSession>>, ApiError> {
    let phones = devices::list(&core, &auth.account.id).await?;
    Ok(Json(
        phones.iter().map(|p| p.listed(&auth.device.id)).collect(),
    ))
}

#[utoipa::path(
    delete,
    path = "/api/auth/sessions/{sessionId}",
    tag = "approving device",
    summary = "Sign out another phone of this account, with every web session it approved",
    params(("sessionId" = String, Path, description = "From GET /api/auth/sessions")),
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Signed out"),
        NoDevice, CrossSite,
        (status = 404, description = "not_found: not a phone session of this account", body = ErrorBody),
        TimedOut, StoreDown,
    )
)]
/// `DELETE /api/auth/sessions/{sessionId}`: signs out another phone of this
/// account, and the browsers it approved.
pub async fn end_session(
    State(core): State<Core>,
    auth: DeviceAuth,
    Path(session_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    cascade::sign_out_other_phone(&core, &auth.device, &session_id, &auth.caller).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/api/auth/password",
    tag = "approving device",
    summary = "Change the password; every other phone of the account is signed out, with the browsers it approved",
    request_body = PasswordChange,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Changed"),
        (status = 400, description = "bad_request: the new password is not 8 to 256 characters", body = ErrorBody),
        (status = 401, description = "unauthorized: not signed in, or the current password is wrong", body = ErrorBody),
        CrossSite, TimedOut,
        (status = 429, description = "rate_limited (Retry-After): too many wrong current passwords", body = ErrorBody),
        HashingBusy,
    )
)]
/// `POST /api/auth/password`: a new password; the other phones are signed out.
pub async fn change_password(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(change): Body<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    cascade::change_password(&core, &auth.device, change, &auth.caller).await?;
    Ok(StatusCode::NO_CONTENT)
}
