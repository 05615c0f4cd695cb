//! `/api/auth/*`: accounts and approving devices (phones).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::WithRejection;

use app::auth::{accounts, ApiError, AppState};
use app::protocol::{LoginRequest, LoginResponse, RegisterRequest, UserResponse};

use super::extract::{ClientInfo, DeviceAuth, JsonBody};

/// `POST /api/auth/register` → 201 `{ user }`.
pub async fn register(
    State(state): State<AppState>,
    WithRejection(Json(request), _): JsonBody<RegisterRequest>,
) -> Result<(StatusCode, Json<UserResponse>), ApiError> {
    let user = accounts::register(&state, request).await?;
    Ok((StatusCode::CREATED, Json(UserResponse { user })))
}

/// `POST /api/auth/login` → `{ deviceToken, user }`.
pub async fn login(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    WithRejection(Json(request), _): JsonBody<LoginRequest>,
) -> Result<Json<LoginResponse>, ApiError> {
    let (device_token, account) = accounts::sign_in(&state, request, &client).await?;
    Ok(Json(LoginResponse {
        device_token,
        user: account.user(),
    }))
}

/// `POST /api/auth/logout`: ends this device session and every web session
/// it approved; their open pages hear `session_revoked`.
pub async fn logout(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
) -> Result<StatusCode, ApiError> {
    accounts::sign_out(&state, &auth.device, &client).await?;
    Ok(StatusCode::NO_CONTENT)
}
