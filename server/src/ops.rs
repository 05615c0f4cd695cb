//! Health checks for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use app::auth::{ApiError, Core};

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> StatusCode {
    StatusCode::OK
}

/// `GET /readyz`: the store answers, so this node can serve logins.
pub async fn readyz(State(core): State<Core>) -> Result<StatusCode, ApiError> {
    core.store.ping().await?;
    Ok(StatusCode::OK)
}

/// `GET /.well-known/jwks.json`: the public key that verifies access tokens.
pub async fn jwks(State(core): State<Core>) -> Json<serde_json::Value> {
    Json(core.keys.jwks())
}
