//! `/api/qr/*`: creating a challenge (browser), inspecting, approving and
//! denying it (phone).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use axum_extra::extract::cookie::CookieJar;
use axum_extra::extract::WithRejection;

use auth::{challenges, ApiError, Core};
use protocol::{
    ApproveRequest, ChallengeCreated, ChallengeRequest, CodeRequest, Decision, DecisionResponse,
    ErrorBody, InspectResponse,
};

use super::extract::{Body, CallerInfo, DeviceAuth};
use super::openapi::{
    AlreadyDecided, BadCode, ChallengeGone, CodeMisses, CrossSite, NoDevice, StoreDown, TimedOut,
    TooLarge,
};

#[utoipa::path(
    post,
    path = "/api/qr/challenge",
    tag = "requesting device",
    summary = "A new QR challenge for this browser (sets the qr_bind cookie)",
    request_body(content = Option<ChallengeRequest>, description = "Optional: an empty body and {} are the same request"),
    responses(
        (status = 200, description = "The challenge; Set-Cookie qr_bind (__Host-qr_bind over https) when the browser had no binding of this server's", body = ChallengeCreated),
        (status = 400, description = "bad_request: the body is not empty and not a JSON object, its `replaces` is not a qrId (32 lowercase hex digits), or its `authorization` is unknown or expired", body = ErrorBody),
        CrossSite, TimedOut, TooLarge,
        (status = 429, description = "rate_limited (Retry-After): too many codes from this address (CHALLENGES_PER_MINUTE)", body = ErrorBody),
        StoreDown,
    )
)]
/// `POST /api/qr/challenge`: a new QR for this browser (protocol, step 1).
/// The body may be empty or any JSON object.
pub async fn create_challenge(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
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

#[utoipa::path(
    post,
    path = "/api/qr/inspect",
    tag = "approving device",
    summary = "Who is asking: marks the challenge scanned",
    request_body = CodeRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "What the confirmation screen shows", body = InspectResponse),
        BadCode, NoDevice, CrossSite, TimedOut, AlreadyDecided, ChallengeGone, TooLarge, CodeMisses, StoreDown,
    )
)]
/// `POST /api/qr/inspect`: marks the challenge scanned; returns who is asking.
pub async fn inspect(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(request): Body<CodeRequest>,
) -> Result<Json<InspectResponse>, ApiError> {
    Ok(Json(
        challenges::inspect(
            &core,
            &request.code()?,
            (&auth.device, &auth.account),
            &auth.caller,
            None,
        )
        .await?,
    ))
}

#[utoipa::path(
    post,
    path = "/api/qr/approve",
    tag = "approving device",
    summary = "The user tapped Log in",
    request_body = ApproveRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "{ status: authorized }", body = DecisionResponse),
        (status = 400, description = "bad_request (malformed body, not exactly one of token and userCode, or no number under NUMBER_MATCHING) or invalid_qr (not of the token's or the typed code's form)", body = ErrorBody),
        NoDevice,
        (status = 403, description = "wrong_number (NUMBER_MATCHING): not the number the browser shows; the challenge is now denied. passkey_required: the account confirms logins with a passkey (or REQUIRE_USER_VERIFICATION) and there is no passkey; passkey_refused: the assertion did not verify against this phone's latest options for this challenge; either way nothing changed. cross_site: a browser's request from a page that is not this site's (Origin, Sec-Fetch-Site), or one carrying the site's cookies that names no origin", body = ErrorBody),
        TimedOut,
        (status = 409, description = "already_approved (this account approved it: its computer is logged in), already_used (decided otherwise), or session_limit (name one of linkedSessions in dropSession)", body = ErrorBody),
        ChallengeGone, TooLarge, CodeMisses, StoreDown,
    )
)]
/// `POST /api/qr/approve`: the user confirmed; the browser gets its session.
pub async fn approve(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(request): Body<ApproveRequest>,
) -> Result<Json<DecisionResponse>, ApiError> {
    challenges::approve(
        &core,
        &request.code()?,
        &request,
        &auth.device,
        &auth.account,
        &auth.caller,
        None,
    )
    .await?;
    Ok(Json(DecisionResponse {
        status: Decision::Authorized,
    }))
}

#[utoipa::path(
    post,
    path = "/api/qr/deny",
    tag = "approving device",
    summary = "The user tapped Not me",
    request_body = CodeRequest,
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 200, description = "{ status: denied }", body = DecisionResponse),
        BadCode, NoDevice, CrossSite, TimedOut, AlreadyDecided, ChallengeGone, TooLarge, CodeMisses, StoreDown,
    )
)]
/// `POST /api/qr/deny`: "Not me".
pub async fn deny(
    State(core): State<Core>,
    auth: DeviceAuth,
    Body(request): Body<CodeRequest>,
) -> Result<Json<DecisionResponse>, ApiError> {
    challenges::deny(&core, &request.code()?, &auth.device, &auth.caller, None).await?;
    Ok(Json(DecisionResponse {
        status: Decision::Denied,
    }))
}
