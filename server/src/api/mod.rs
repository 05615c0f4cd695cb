//! The protocol's JSON API (docs/protocol.md). Handlers are thin: they read
//! the request and call `app::auth`.

mod qr;

use axum::routing::post;
use axum::Router;

use app::auth::{ApiError, AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/qr/challenge", post(qr::create_challenge))
        .fallback(|| async { ApiError::NotFound })
}
