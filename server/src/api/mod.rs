//! The protocol's JSON API (docs/protocol.md). Handlers are thin: they read
//! the request and call `auth`.

mod apps;
mod auth;
mod devices;
pub(crate) mod extract;
mod live;
pub mod openapi;
mod passkeys;
mod qr;
mod session;

use axum::routing::{delete, get, post, put};
use axum::Router;

use ::auth::ApiError;
use app::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/qr/challenge", post(qr::create_challenge))
        .route("/qr/ws", get(live::challenge_events))
        .route("/qr/status", get(live::challenge_status))
        .route("/qr/inspect", post(qr::inspect))
        .route("/qr/approve", post(qr::approve))
        .route("/qr/deny", post(qr::deny))
        .route("/auth/register", post(auth::register))
        .route("/auth/login", post(auth::login))
        .route("/auth/recover", post(auth::recover))
        .route("/auth/logout", post(auth::logout))
        .route("/auth/sessions", get(auth::sessions))
        .route("/auth/sessions/{session_id}", delete(auth::end_session))
        .route("/auth/password", post(auth::change_password))
        .route("/auth/ws", get(live::account_events))
        .route("/auth/passkey/options", post(passkeys::sign_in_options))
        .route("/auth/passkey", post(passkeys::sign_in))
        .route("/passkeys", get(passkeys::list).post(passkeys::add))
        .route("/passkeys/options", post(passkeys::options))
        .route("/passkeys/remove", post(passkeys::remove))
        .route("/session", get(session::current).post(session::open))
        .route("/session/logout", post(session::logout))
        .route("/session/passkey", post(session::passkey))
        .route("/session/token", post(session::renew))
        .route("/session/ws", get(live::session_events))
        .route("/apps", get(apps::list))
        .route("/apps/{client_id}", delete(apps::withdraw))
        .route("/devices", get(devices::list).delete(devices::revoke_all))
        .route("/devices/{session_id}", delete(devices::revoke))
        .route("/devices/{session_id}/name", put(devices::rename))
        .route("/openapi.json", get(openapi::serve))
        .fallback(|| async { ApiError::NotFound })
}
