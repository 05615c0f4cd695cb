//! Health checks for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use app::auth::{ApiError, AppState};

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> StatusCode {
    StatusCode::OK
}

/// `GET /readyz`: the store answers, so this node can serve logins.
pub async fn readyz(State(state): State<AppState>) -> Result<StatusCode, ApiError> {
    state.store.ping().await?;
    Ok(StatusCode::OK)
}

/// `GET /.well-known/jwks.json`: the public key that verifies access tokens.
pub async fn jwks(State(state): State<AppState>) -> Json<serde_json::Value> {
    Json(state.keys.jwks())
}
