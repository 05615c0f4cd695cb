//! `/api/devices`: the web sessions an account has linked, seen from the phone.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use auth::{sessions, ApiError, Core};
use protocol::{ErrorBody, LinkedDevice, NameRequest};

use super::extract::{Body, DeviceAuth};
use super::openapi::{CrossSite, NoDevice, NotTheAccountsBrowser, StoreDown, TimedOut, TooLarge};

#[utoipa::path(
    get,
    path = "/api/devices",
    operation_id = "list_devices",
    tag = "approving device",
    summary = "The web sessions (browsers) this account has linked",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "Oldest first", body = Vec<LinkedDevice>),
        NoDevice, StoreDown,
    )
)]
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

#[utoipa::path(
    delete,
    path = "/api/devices",
    tag = "approving device",
    summary = "Log every linked browser out, live (the phone stays signed in)",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Logged out"),
        NoDevice, CrossSite, TimedOut, StoreDown,
    )
)]
/// `DELETE /api/devices`: logs every linked browser out, live.
pub async fn revoke_all(
    State(core): State<Core>,
    auth: DeviceAuth,
) -> Result<StatusCode, ApiError> {
    sessions::revoke_all(&core, &auth.account.id, "removed_by_phone", &auth.caller).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    delete,
    path = "/api/devices/{sessionId}",
    tag = "approving device",
    summary = "Log one linked browser out, live",
    params(("sessionId" = String, Path, description = "From GET /api/devices")),
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Logged out"),
        NoDevice, CrossSite, NotTheAccountsBrowser, TimedOut, StoreDown,
    )
)]
/// `DELETE /api/devices/{sessionId}`: logs that browser out, live.
pub async fn revoke(
    State(core): State<Core>,
    auth: DeviceAuth,
    Path(session_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let session = sessions::load(&core, &session_id)
        .await?
        .filter(|s| s.user_id == auth.account.id)
        .ok_or(ApiError::NotFound)?;
    sessions::revoke(&core, &session, "removed_by_phone", &auth.caller).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    put,
    path = "/api/devices/{sessionId}/name",
    tag = "approving device",
    summary = "Name a linked browser, so that people can tell it from the others",
    params(("sessionId" = String, Path, description = "From GET /api/devices")),
    request_body = NameRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Named (an empty name takes the name away)"),
        (status = 400, description = "bad_request: not a JSON body of this shape", body = ErrorBody),
        NoDevice, CrossSite, NotTheAccountsBrowser, TimedOut, TooLarge, StoreDown,
    )
)]
/// `PUT /api/devices/{sessionId}/name`.
pub async fn rename(
    State(core): State<Core>,
    auth: DeviceAuth,
    Path(session_id): Path<String>,
    Body(request): Body<NameRequest>,
) -> Result<StatusCode, ApiError> {
    sessions::rename(&core, &auth.account.id, &session_id, &request.name).await?;
    Ok(StatusCode::NO_CONTENT)
}
