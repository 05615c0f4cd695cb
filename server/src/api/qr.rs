//! `/api/qr/*`: creating a challenge (browser), inspecting, approving and
//! denying it (phone).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use axum_extra::extract::cookie::CookieJar;
use axum_extra::extract::WithRejection;

use app::auth::{challenges, ApiError, Core};
use app::protocol::{
    ApproveRequest, ChallengeCreated, ChallengeRequest, Decision, DecisionResponse,
    InspectResponse, TokenRequest,
};

use super::extract::{ClientInfo, DeviceAuth, JsonBody};

/// `POST /api/qr/challenge`: a new QR for this browser (protocol, step 1).
/// The body may be empty or any JSON object.
pub async fn create_challenge(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    headers: HeaderMap,
    jar: CookieJar,
    WithRejection(body, _): WithRejection<Bytes, ApiError>,
) -> Result<(CookieJar, Json<ChallengeCreated>), ApiError> {
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
    let issued = challenges::issue(&core, &headers, &client, &request).await?;
    let jar = match issued.set_cookie {
        Some(cookie) => jar.add(cookie),
        None => jar,
    };
    Ok((jar, Json(issued.created)))
}

/// `POST /api/qr/inspect`: marks the challenge scanned; returns who is asking.
pub async fn inspect(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(request), _): JsonBody<TokenRequest>,
) -> Result<Json<InspectResponse>, ApiError> {
    Ok(Json(
        challenges::inspect(&core, &request.token, &auth.device, &client).await?,
    ))
}

/// `POST /api/qr/approve`: the user confirmed; the browser gets its session.
pub async fn approve(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(request), _): JsonBody<ApproveRequest>,
) -> Result<Json<DecisionResponse>, ApiError> {
    challenges::approve(&core, &request, &auth.device, &auth.account, &client).await?;
    Ok(Json(DecisionResponse {
        status: Decision::Authorized,
    }))
}

/// `POST /api/qr/deny`: "Not me".
pub async fn deny(
    State(core): State<Core>,
    ClientInfo(client): ClientInfo,
    auth: DeviceAuth,
    WithRejection(Json(request), _): JsonBody<TokenRequest>,
) -> Result<Json<DecisionResponse>, ApiError> {
    challenges::deny(&core, &request.token, &auth.device, &client).await?;
    Ok(Json(DecisionResponse {
        status: Decision::Denied,
    }))
}
