//! `/api/qr/*`: creating a challenge (browser), inspecting, approving and
//! denying it (phone).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum_extra::extract::WithRejection;

use app::auth::{challenges, ApiError, AppState};
use app::protocol::{
    ApproveRequest, ChallengeRequest, Decision, DecisionResponse, InspectResponse, TokenRequest,
};

use super::extract::{ClientInfo, DeviceAuth, JsonBody};

/// `POST /api/qr/challenge`: a new QR for this browser (protocol, step 1).
/// The body may be empty or any JSON object.
pub async fn create_challenge(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    headers: HeaderMap,
    WithRejection(body, _): WithRejection<Bytes, ApiError>,
) -> Result<Response, ApiError> {
    let request = if body.iter().all(u8::is_ascii_whitespace) {
        ChallengeRequest::default()
    } else {
        let object = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .filter(serde_json::Value::is_object)
            .ok_or_else(|| {
                ApiError::BadRequest("the body must be empty or a JSON object".into())
            })?;
        serde_json::from_value(object).map_err(|e| ApiError::BadRequest(e.to_string()))?
    };
    let issued = challenges::issue(&state, &headers, &client, &request).await?;
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

/// `POST /api/qr/inspect`: marks the challenge scanned; returns who is asking.
pub async fn inspect(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(request), _): JsonBody<TokenRequest>,
) -> Result<Json<InspectResponse>, ApiError> {
    Ok(Json(
        challenges::inspect(&state, &request.token, &auth.device, &client).await?,
    ))
}

/// `POST /api/qr/approve`: the user confirmed; the browser gets its session.
pub async fn approve(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(request), _): JsonBody<ApproveRequest>,
) -> Result<Json<DecisionResponse>, ApiError> {
    challenges::approve(&state, &request, &auth.device, &auth.account, &client).await?;
    Ok(Json(DecisionResponse {
        status: Decision::Authorized,
    }))
}

/// `POST /api/qr/deny`: "Not me".
pub async fn deny(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(request), _): JsonBody<TokenRequest>,
) -> Result<Json<DecisionResponse>, ApiError> {
    challenges::deny(&state, &request.token, &auth.device, &client).await?;
    Ok(Json(DecisionResponse {
        status: Decision::Denied,
    }))
}
