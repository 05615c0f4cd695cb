//! `/api/auth/*`: accounts and approving devices (phones).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::WithRejection;

use app::auth::{accounts, cascade, devices, ApiError, Core};
use app::protocol::{
    LoginRequest, LoginResponse, PasswordChange, PhoneSession, RegisterRequest, UserResponse,
};

use super::extract::{ClientInfo, DeviceAuth, JsonBody};

/// `POST /api/auth/register` → 201 `{ user }`.
pub async fn register(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    WithRejection(Json(request), _): JsonBody<RegisterRequest>,
) -> Result<(StatusCode, Json<UserResponse>), ApiError> {
    let user = accounts::register(&core, request, &client).await?;
    Ok((StatusCode::CREATED, Json(UserResponse { user })))
}

/// `POST /api/auth/login` → `{ deviceToken, user }`.
pub async fn login(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    WithRejection(Json(request), _): JsonBody<LoginRequest>,
) -> Result<Json<LoginResponse>, ApiError> {
    let (device_token, account) = devices::sign_in(&core, request, &client).await?;
    Ok(Json(LoginResponse {
        device_token,
        user: account.user(),
    }))
}

/// `POST /api/auth/logout`: ends this device session and every web session
/// it approved; their open pages hear `session_revoked`.
pub async fn logout(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
) -> Result<StatusCode, ApiError> {
    cascade::sign_out_phone(&core, &auth.device, "signed_out", &client).await?;
    Ok(StatusCode::NO_CONTENT)
}

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

/// `DELETE /api/auth/sessions/{sessionId}`: signs out another phone of this
/// account, and the browsers it approved.
pub async fn end_session(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    Path(session_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    cascade::sign_out_other_phone(&core, &auth.device, &session_id, &client).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/auth/password`: a new password; the other phones are signed out.
pub async fn change_password(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(change), _): JsonBody<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    cascade::change_password(&core, &auth.device, change, &client).await?;
    Ok(StatusCode::NO_CONTENT)
}
