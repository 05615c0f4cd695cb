//! Health checks for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;

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
