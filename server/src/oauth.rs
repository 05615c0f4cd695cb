//! The OpenID Connect provider's endpoints (docs/oidc.md): thin over
//! `auth::oidc`. With no client registered (`OIDC_CLIENTS`), each but
//! the JWKS answers `not_found`.

use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use tower_http::cors::{AllowOrigin, CorsLayer};

use app::state::AppState;
use auth::oidc::authorize::{self, Decision};
use auth::oidc::errors::OAuthError;
use auth::oidc::provider::{self, TokenError, TokenRequest};
use auth::oidc::request::Refusal;
use auth::oidc::revocation;
use auth::oidc::{device, logout};
use auth::requester::{bearer, Caller as Requester};
use auth::{ApiError, Core};
use protocol::return_path::with_query;

use crate::api::extract::CallerInfo;

pub fn router(core: &Core) -> Router<AppState> {
    let gate = middleware::from_fn_with_state(core.clone(), enabled);
    let for_browser_apps = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/oauth/token", post(token))
        .route("/oauth/revoke", post(revoke))
        .route("/oauth/userinfo", get(userinfo).post(userinfo))
        .route_layer(gate.clone())
        // Not behind the gate: the server's own key is there too.
        .route("/.well-known/jwks.json", get(crate::ops::jwks))
        .layer(cors(core.settings.oidc_clients.clone()));
    Router::new()
        .route("/oauth/authorize", get(authorize).post(authorize_form))
        .route("/oauth/continue/{id}", get(resume))
        .route("/oauth/cancel/{id}", post(cancel))
        .route("/oauth/introspect", post(introspect))
        .route("/oauth/device_authorization", post(device_authorization))
        .route("/oauth/logout", get(logout))
        .route("/oauth/logout/{id}", post(logout_confirmed))
        .route_layer(gate)
        .merge(for_browser_apps)
}

/// CORS for single-page apps (public clients): a page of one of their
/// redirect URIs' origins may read what these endpoints answer, and
/// nothing more. Never with credentials: these endpoints read no cookie
/// (a client's secret or verifier, or a bearer token, proves the caller),
/// and the answer is the asking origin, never `*`. The list is read at
/// each request, so a client added on SIGHUP counts at once.
fn cors(clients: auth::oidc::Clients) -> CorsLayer {
    CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin, _| {
            origin
                .to_str()
                .is_ok_and(|origin| clients.browser_app_origin(origin))
        }))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .expose_headers([header::WWW_AUTHENTICATE])
        .max_age(std::time::Duration::from_secs(600))
}

type Pairs = Vec<(String, String)>;
/// A form body, or why it is none (answered by each endpoint its own way).
type FormBody = Result<Form<Pairs>, axum::extract::rejection::FormRejection>;

/// Every endpoint of the provider is `not_found` while no client is
/// registered; asked at each request, so the first client a SIGHUP adds
/// opens them at once.
async fn enabled(State(core): State<Core>, request: Request, next: Next) -> Response {
    if core.settings.oidc_clients.is_empty() {
        return ApiError::NotFound.into_response();
    }
    next.run(request).await
}

/// `GET /.well-known/openid-configuration`.
async fn discovery(State(core): State<Core>) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(auth::oidc::discovery(&core.settings.public_url)))
}

/// A page of this site that says what went wrong, in words for people.
fn notice(about: &str) -> Response {
    Redirect::to(&format!("/oauth/notice?about={about}")).into_response()
}

/// Tells the operator that an app's request was refused, and why: the
/// client id as asked (anyone may send one: quoted, at most 100
/// characters), never a secret, a code or a token.
fn log_refusal(client_id: Option<&str>, error: &str, reason: &str) {
    let client_id = client_id.map(|id| id.chars().take(100).collect::<String>());
    tracing::info!(
        ?client_id,
        error,
        ?reason,
        "oidc: an app's request was refused"
    );
}

/// The client id a request names (its query or form), for the log.
fn named_client(pairs: &Pairs) -> Option<&str> {
    pairs
        .iter()
        .find(|(name, _)| name == "client_id")
        .map(|(_, id)| id.as_str())
        .filter(|id| !id.is_empty())
}

/// A page of this site for what cannot go back to the app; the rest goes
/// back with `error`, `state` and `iss` (RFC 9207). Logged either way.
fn refused(core: &Core, client_id: Option<&str>, refusal: Refusal) -> Response {
    match refusal {
        Refusal::Page { problem } => {
            log_refusal(client_id, problem, "answered on a page of this site");
            notice(problem)
        }
        Refusal::Redirect {
            redirect_uri,
            state,
            error,
            description,
        } => {
            log_refusal(client_id, error.as_str(), &description);
            let mut params = vec![
                ("error", error.as_str()),
                ("error_description", description.as_str()),
                ("iss", core.settings.public_url.as_str()),
            ];
            if let Some(state) = state.as_deref() {
                params.push(("state", state));
            }
            Redirect::to(&with_query(&redirect_uri, &params)).into_response()
        }
    }
}

/// A decision of the provider's, as HTTP: a redirect, the QR page, a page
/// of this site, or a refusal (logged with the client id, the one the
/// decision names or else as the request asked).
fn render(core: &Core, asked: Option<&str>, decision: Decision) -> Response {
    match decision {
        Decision::ToApp(back) => Redirect::to(&back).into_response(),
        Decision::Scan(id) => Redirect::to(&format!("/login?authorization={id}")).into_response(),
        Decision::Notice(about) => notice(about),
        Decision::ConfirmLogout(id) => {
            Redirect::to(&format!("/oauth/notice?about=confirm_logout&logout={id}")).into_response()
        }
        Decision::Refused { refusal, client_id } => {
            refused(core, client_id.as_deref().or(asked), refusal)
        }
    }
}

/// `GET /oauth/authorize` (`authorize::authorize` decides).
async fn authorize(
    State(core): State<Core>,
    CallerInfo(requester): CallerInfo,
    headers: HeaderMap,
    Query(pairs): Query<Pairs>,
) -> Response {
    let decision = authorize::authorize(&core, &pairs, &headers, &requester).await;
    render(&core, named_client(&pairs), decision)
}

/// `POST /oauth/authorize` (OpenID Connect Core §3.1.2.1): the request as
/// a form, which the app's page posts (a cross-site navigation by design:
/// `edge::CROSS_SITE_BY_DESIGN`). Answered by the same request as a GET
/// (303), which the browser follows as a top-level navigation and so
/// carries this site's session cookie (SameSite=Lax leaves it off a
/// cross-site POST): a browser signed in here goes back at once, as with
/// GET, instead of scanning again. Nothing is read or stored here.
async fn authorize_form(form: FormBody) -> Response {
    let Ok(Form(pairs)) = form else {
        return notice("bad_request");
    };
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    Redirect::to(&with_query("/oauth/authorize", &pairs)).into_response()
}

/// `GET /oauth/continue/{id}`: where the QR page goes once the phone has
/// signed this browser in (`authorize::resume` decides).
async fn resume(
    State(core): State<Core>,
    CallerInfo(requester): CallerInfo,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    match authorize::resume(&core, &id, &headers, &requester).await {
        Ok(decision) => render(&core, None, decision),
        Err(error) => error.into_response(),
    }
}

/// `POST /oauth/cancel/{id}`: the person gives up on the QR page ("Cancel
/// and go back to …", a form of that page: the same-origin rule keeps
/// other sites' pages from ending someone's sign-in); the app hears
/// `access_denied`.
async fn cancel(
    State(core): State<Core>,
    CallerInfo(requester): CallerInfo,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    match authorize::cancel(&core, &id, &headers, &requester).await {
        Ok(decision) => render(&core, None, decision),
        Err(error) => error.into_response(),
    }
}

fn token_error(client_id: Option<&str>, error: TokenError) -> Response {
    // A device waiting for the phone hears this every few seconds: no refusal.
    if error.error != OAuthError::AuthorizationPending {
        log_refusal(client_id, error.error.as_str(), &error.description);
    }
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::json!({ "error": error.error.as_str(), "error_description": error.description });
    let mut response = (status, no_store(), Json(body)).into_response();
    if let Some(seconds) = error.retry_after_secs {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    if error.basic_challenge {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"oauth\""),
        );
    }
    response
}

/// Token answers are never cached (RFC 6749 §5.1).
fn no_store() -> [(header::HeaderName, &'static str); 2] {
    [
        (header::CACHE_CONTROL, "no-store"),
        (header::PRAGMA, "no-cache"),
    ]
}

/// A call to the token endpoint or one of its siblings: the form, read
/// with the client's credentials (HTTP Basic or the form). A form that
/// does not read is refused as RFC 6749 §5.2 says (and logged).
struct TokenCall {
    core: Core,
    form: TokenRequest,
    requester: Requester,
}

impl FromRequest<AppState> for TokenCall {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let core = state.core.clone();
        let (mut parts, body) = request.into_parts();
        let Ok(CallerInfo(requester)) = CallerInfo::from_request_parts(&mut parts, state).await;
        let basic = parts.headers.get(header::AUTHORIZATION).cloned();
        let request = Request::from_parts(parts, body);
        let Ok(Form(pairs)) = Form::<Pairs>::from_request(request, state).await else {
            let why = "the body must be application/x-www-form-urlencoded";
            return Err(token_error(
                None,
                TokenError::new(OAuthError::InvalidRequest, why),
            ));
        };
        let named = named_client(&pairs).map(str::to_owned);
        match TokenRequest::read(pairs, basic.as_ref().and_then(|v| v.to_str().ok())) {
            Ok(form) => Ok(Self {
                core,
                form,
                requester,
            }),
            Err(error) => Err(token_error(named.as_deref(), error)),
        }
    }
}

impl TokenCall {
    /// `step`'s outcome: `reply` to what it gives, a refusal as RFC 6749
    /// §5.2 says (and logged).
    async fn answer<T>(
        self,
        step: impl AsyncFnOnce(&Core, &TokenRequest, &Requester) -> Result<T, TokenError>,
        reply: impl FnOnce(T) -> Response,
    ) -> Response {
        match step(&self.core, &self.form, &self.requester).await {
            Ok(answer) => reply(answer),
            Err(error) => token_error(self.form.client_id.as_deref(), error),
        }
    }
}

/// A token endpoint's answer: JSON, never cached.
fn json(answer: impl serde::Serialize) -> Response {
    (no_store(), Json(answer)).into_response()
}

/// `POST /oauth/token` (form): code + PKCE verifier for an ID token and an
/// access token.
async fn token(call: TokenCall) -> Response {
    call.answer(auth::oidc::token::exchange, json).await
}

/// `POST /oauth/device_authorization` (RFC 8628 §3.1): a code for a
/// device to show, which the phone confirms.
async fn device_authorization(call: TokenCall) -> Response {
    call.answer(device::authorize, json).await
}

/// `POST /oauth/revoke` (RFC 7009): `200` with no body once the client is
/// authenticated, whatever the token was.
async fn revoke(call: TokenCall) -> Response {
    let ok = |()| (StatusCode::OK, no_store()).into_response();
    call.answer(revocation::revoke, ok).await
}

/// `POST /oauth/introspect` (RFC 7662), for confidential clients.
async fn introspect(call: TokenCall) -> Response {
    call.answer(revocation::introspect, json).await
}

/// `GET|POST /oauth/userinfo` with the app's access token.
async fn userinfo(State(core): State<Core>, headers: HeaderMap) -> Response {
    let claims = match bearer(&headers) {
        Some(token) => provider::userinfo(&core, &token).await,
        None => Err(ApiError::Unauthorized),
    };
    match claims {
        Ok(claims) => (no_store(), Json(claims)).into_response(),
        Err(ApiError::Unauthorized) => {
            log_refusal(
                None,
                OAuthError::InvalidToken.as_str(),
                "userinfo: no access token that stands",
            );
            let mut response = ApiError::Unauthorized.into_response();
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer error=\"invalid_token\""),
            );
            response
        }
        Err(error) => error.into_response(),
    }
}

/// `GET /oauth/logout` (RP-initiated logout; `logout::request` decides).
async fn logout(
    State(core): State<Core>,
    CallerInfo(requester): CallerInfo,
    headers: HeaderMap,
    Query(pairs): Query<Pairs>,
) -> Response {
    match logout::request(&core, &pairs, &headers, &requester).await {
        Ok(decision) => render(&core, named_client(&pairs), decision),
        Err(error) => error.into_response(),
    }
}

/// `POST /oauth/logout/{id}`: the person's answer on the confirmation
/// page (`choice=out` logs this browser out, anything else keeps it
/// signed in), once; then back to the app. A form of this site's page:
/// the same-origin rule keeps other sites from answering it.
async fn logout_confirmed(
    State(core): State<Core>,
    CallerInfo(requester): CallerInfo,
    Path(id): Path<String>,
    headers: HeaderMap,
    form: FormBody,
) -> Response {
    let log_out =
        form.is_ok_and(|Form(pairs)| pairs.iter().any(|(k, v)| k == "choice" && v == "out"));
    match logout::answer(&core, &id, log_out, &headers, &requester).await {
        Ok(decision) => render(&core, None, decision),
        Err(error) => error.into_response(),
    }
}
