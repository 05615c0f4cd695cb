//! `/api/qr/*`: the requesting browser's side of the flow.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use axum_extra::extract::WithRejection;

use app::auth::{challenges, ApiError, AppState};

/// `POST /api/qr/challenge`: a new QR for this browser (protocol, step 1).
/// The body may be empty or any JSON object.
pub async fn create_challenge(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    WithRejection(body, _): WithRejection<Bytes, ApiError>,
) -> Result<Response, ApiError> {
    let empty = body.iter().all(u8::is_ascii_whitespace);
    if !empty && !serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v.is_object()) {
        return Err(ApiError::BadRequest(
            "the body must be empty or a JSON object".into(),
        ));
    }
    let peer = peer.map(|Extension(ConnectInfo(addr))| addr);
    let issued = challenges::issue(&state, &headers, peer).await?;
    let mut response = Json(issued.created).into_response();
    if let Some(cookie) = issued.set_cookie {
        let value = HeaderValue::from_str(&cookie.to_string()).map_err(|_| ApiError::Internal)?;
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
