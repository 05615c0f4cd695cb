//! `/api/devices`: the web sessions an account has linked, seen from the phone.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use app::auth::{sessions, ApiError, Core};
use app::protocol::LinkedDevice;

use super::extract::{ClientInfo, DeviceAuth};

/// `GET /api/devices`.
pub async fn list(
    State(core): State<Core>,
    auth: DeviceAuth,
) -> Result<Json<Vec<LinkedDevice>>, ApiError> {
    let linked = sessions::list(&core, &auth.account.id).await?;
    Ok(Json(
        linked
            .iter()
            .map(sessions::WebSession::linked_device)
            .collect(),
    ))
}

/// `DELETE /api/devices`: logs every linked browser out, live.
pub async fn revoke_all(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
) -> Result<StatusCode, ApiError> {
    sessions::revoke_all(&core, &auth.account.id, "removed_by_phone", &client).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/devices/{sessionId}`: logs that browser out, live.
pub async fn revoke(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    Path(session_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let session = sessions::load(&core, &session_id)
        .await?
        .filter(|s| s.user_id == auth.account.id)
        .ok_or(ApiError::NotFound)?;
    sessions::revoke(&core, &session, "removed_by_phone", &client).await?;
    Ok(StatusCode::NO_CONTENT)
}
