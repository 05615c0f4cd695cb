//! Health checks for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use auth::{ApiError, Core};

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

/// `GET /manifest.webmanifest`: the phone's pages as an app a person puts on
/// the home screen, named as the site, opening on the account's page (the
/// phone pages link it; a computer's do not).
pub async fn manifest(State(core): State<Core>) -> impl axum::response::IntoResponse {
    let name = &core.settings.site_name;
    let body = serde_json::json!({
        "name": name,
        "short_name": name,
        "description": "Log in on a computer by scanning its code with this phone.",
        "start_url": "/phone",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f4f5f7",
        "theme_color": "#1463ff",
        "icons": [
            { "src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml" },
            { "src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any maskable" },
            { "src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable" },
        ],
        "shortcuts": [{ "name": "Scan a code", "url": "/scan" }],
    });
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/manifest+json",
        )],
        body.to_string(),
    )
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
