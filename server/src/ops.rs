//! Health checks for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use app::auth::{ApiError, Core};

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> StatusCode {
    StatusCode::OK
}

/// `GET /readyz`: the store answers and the node is not stopping, so it can
/// serve logins.
pub async fn readyz(State(core): State<Core>) -> Result<StatusCode, ApiError> {
    if core.admission.is_draining() {
        return Err(ApiError::Unavailable);
    }
    core.store.ping().await?;
    Ok(StatusCode::OK)
}

#[utoipa::path(
    get,
    path = "/.well-known/jwks.json",
    tag = "other services",
    summary = "The public keys that verify this server's tokens: Ed25519 (access tokens) and P-256 (OpenID Connect ID and logout tokens)",
    responses((status = 200, description = "A JWK set: { keys: [{ kty: OKP, crv: Ed25519, alg: EdDSA, use: sig, kid, x }, { kty: EC, crv: P-256, alg: ES256, use: sig, kid, x, y }] }", content_type = "application/json")),
)]
/// `GET /.well-known/jwks.json`: the public keys that verify this server's tokens.
pub async fn jwks(State(core): State<Core>) -> Json<serde_json::Value> {
    Json(core.keys.jwks())
}
