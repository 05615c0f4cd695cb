//! `/api/apps`: the apps (OpenID Connect clients) this account allowed to
//! know it, seen from the phone, and their withdrawal.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use auth::oidc::consent;
use auth::{ApiError, Core};
use protocol::AllowedApp;

use super::extract::DeviceAuth;
use super::openapi::{CrossSite, NoDevice, NotAnAllowedApp, StoreDown, TimedOut};

#[utoipa::path(
    get,
    path = "/api/apps",
    operation_id = "list_apps",
    tag = "approving device",
    summary = "The apps this account allowed to know it (asked once, on the phone)",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "By client id; an app that holds a sign-in of the account without having been asked is listed too", body = Vec<AllowedApp>),
        NoDevice, StoreDown,
    )
)]
/// `GET /api/apps`: the apps allowed, and any other that holds a sign-in.
pub async fn list(
    State(core): State<Core>,
    auth: DeviceAuth,
) -> Result<Json<Vec<AllowedApp>>, ApiError> {
    Ok(Json(consent::list(&core, &auth.account.id).await?))
}

#[utoipa::path(
    delete,
    path = "/api/apps/{clientId}",
    operation_id = "withdraw_app",
    tag = "approving device",
    summary = "Withdraw an app: its tokens stop, it hears a back-channel logout, and the phone asks again next time",
    params(("clientId" = String, Path, description = "From GET /api/apps")),
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 204, description = "Withdrawn"),
        NoDevice, CrossSite, NotAnAllowedApp, TimedOut, StoreDown,
    )
)]
/// `DELETE /api/apps/{clientId}`.
pub async fn withdraw(
    State(core): State<Core>,
    auth: DeviceAuth,
    Path(client_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    consent::withdraw(&core, &auth.account.id, &client_id, &auth.caller).await?;
    Ok(StatusCode::NO_CONTENT)
}
