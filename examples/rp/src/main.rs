//! A tiny OpenID Connect relying party: it signs its users in with the
//! qr-login provider (authorization code + PKCE), and signs them out both
//! ways: RP-initiated logout, and the provider's back-channel logout.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::rejection::FormRejection;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, Client, ClientId, ClientSecret, CsrfToken,
    EmptyAdditionalClaims, EmptyExtraTokenFields, EndSessionUrl, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IdToken, IdTokenFields, IssuerUrl, LogoutRequest, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout,
    RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The one claim we need beyond the standard ones: the provider's session
/// id, which back-channel logout tokens name.
#[derive(Clone, Debug, Deserialize, Serialize)]
struct SidClaim {
    sid: Option<String>,
}
impl AdditionalClaims for SidClaim {}

type SidIdToken =
    IdToken<SidClaim, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
type TokenFields = IdTokenFields<
    SidClaim,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
/// `CoreClient` with `SidClaim`, in the endpoint state that
/// `from_provider_metadata` yields.
type OidcClient = Client<
    SidClaim,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    StandardTokenResponse<TokenFields, CoreTokenType>,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

const COOKIE: &str = "rp_session";
const MAX_PENDING: usize = 1000;
const BACKCHANNEL_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

struct Config {
    listen: SocketAddr,
    rp_url: String,
    issuer: String,
    client_id: String,
    client_secret: Option<String>,
}

impl Config {
    // This example's whole configuration is read here, once, at start-up.
    #[allow(clippy::disallowed_methods)]
    fn from_env() -> Result<Self, String> {
        let var =
            |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
        let listen = var("RP_LISTEN", "127.0.0.1:4000");
        Ok(Config {
            listen: listen
                .parse()
                .map_err(|e| format!("RP_LISTEN={listen}: {e}"))?,
            rp_url: var("RP_URL", "http://127.0.0.1:4000")
                .trim_end_matches('/')
                .into(),
            issuer: var("ISSUER", "http://127.0.0.1:3000"),
            client_id: var("CLIENT_ID", "example"),
            client_secret: std::env::var("CLIENT_SECRET")
                .ok()
                .filter(|s| !s.is_empty()),
        })
    }
}

struct Session {
    sub: String,
    name: String,
    preferred_username: String,
    provider_sid: Option<String>,
    /// Sent back as `id_token_hint` when we log out at the provider.
    id_token: SidIdToken,
}

struct Pending {
    state: String,
    verifier: PkceCodeVerifier,
    nonce: Nonce,
}

struct AppState {
    cfg: Config,
    client: OidcClient,
    http: reqwest::Client,
    issuer: String,
    end_session: Option<EndSessionUrl>,
    jwks_uri: String,
    /// The provider's keys for logout tokens and when they were fetched:
    /// refetched for a new `kid`, at most every 10 s (anyone can post junk).
    jwks: Mutex<(Vec<Jwk>, Option<Instant>)>,
    sessions: Mutex<HashMap<String, Session>>,
    /// Oldest first, so that the oldest is dropped beyond `MAX_PENDING`.
    pending: Mutex<VecDeque<Pending>>,
}

type Shared = Arc<AppState>;

/// A poisoned lock only means another request panicked mid-update; these
/// maps stay usable, so carry on rather than fail every request after.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let cfg = Config::from_env()?;
    // openidconnect 4 insists on a client that never follows redirects (an
    // attacker-chosen Location must not be fetched with our credentials).
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| format!("HTTP client: {e}"))?;
    let issuer_url = IssuerUrl::new(cfg.issuer.clone()).map_err(|e| format!("ISSUER: {e}"))?;
    let metadata = discover(&issuer_url, &http).await?;

    let redirect =
        RedirectUrl::new(format!("{}/callback", cfg.rp_url)).map_err(|e| format!("RP_URL: {e}"))?;
    let client: OidcClient = Client::from_provider_metadata(
        metadata.clone(),
        ClientId::new(cfg.client_id.clone()),
        cfg.client_secret.clone().map(ClientSecret::new),
    )
    .set_redirect_uri(redirect);

    let state = Arc::new(AppState {
        client,
        http,
        issuer: metadata.issuer().as_str().to_owned(),
        end_session: metadata.additional_metadata().end_session_endpoint.clone(),
        jwks_uri: metadata.jwks_uri().as_str().to_owned(),
        jwks: Mutex::new((Vec::new(), None)),
        sessions: Mutex::new(HashMap::new()),
        pending: Mutex::new(VecDeque::new()),
        cfg,
    });
    let app = Router::new()
        .route("/", get(home))
        .route("/login", get(login))
        .route("/callback", get(callback))
        .route("/session", get(session))
        .route("/logout", get(logout))
        .route("/backchannel-logout", post(backchannel_logout))
        .with_state(state.clone());

    let listener = tokio::net::TcpListener::bind(state.cfg.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", state.cfg.listen))?;
    tracing::info!(
        "example app on {} (issuer {}, client {})",
        state.cfg.rp_url,
        state.issuer,
        state.cfg.client_id
    );
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| format!("server: {e}"))
}

/// The provider may start after us (tests start both at once): retry for a
/// minute before giving up.
async fn discover(
    issuer: &IssuerUrl,
    http: &reqwest::Client,
) -> Result<ProviderMetadataWithLogout, String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut warned = false;
    loop {
        match ProviderMetadataWithLogout::discover_async(issuer.clone(), http).await {
            Ok(m) => return Ok(m),
            Err(e) if Instant::now() < deadline => {
                if !warned {
                    tracing::warn!(
                        "discovery at {} failed ({}); retrying every second for up to 60 s",
                        issuer.as_str(),
                        chain(&e)
                    );
                    warned = true;
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Err(e) => {
                return Err(format!(
                    "giving up: no OpenID provider at {} after 60 s ({})",
                    issuer.as_str(),
                    chain(&e)
                ))
            }
        }
    }
}

/// The error with its causes: openidconnect's own messages ("Request
/// failed") say little without them.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out = format!("{out}: {c}");
        cause = c.source();
    }
    out
}

fn escape(s: &str) -> String {
    s.chars()
        .fold(String::with_capacity(s.len()), |mut out, c| {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c => out.push(c),
            }
            out
        })
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <link rel=\"icon\" href=\"data:,\"><title>{}</title></head>\
         <body>{body}</body></html>",
        escape(title)
    ))
}

fn error_page(status: StatusCode, message: &str) -> Response {
    let body = format!(
        "<h1>Sign-in failed</h1><p id=\"error\">{}</p><p><a href=\"/\">Back</a></p>",
        escape(message)
    );
    (status, page("Sign-in failed", &body)).into_response()
}

async fn home(State(st): State<Shared>, jar: CookieJar) -> Response {
    let id = jar.get(COOKIE).map(|c| c.value().to_owned());
    let signed_in = id.as_ref().and_then(|id| {
        lock(&st.sessions)
            .get(id)
            .map(|s| (s.name.clone(), s.preferred_username.clone()))
    });
    match signed_in {
        Some((name, username)) => {
            // The page "logs out live": when the provider's back-channel
            // logout ends our session, /session answers 401 and we reload.
            let body = format!(
                "<h1>Example app</h1><p>Signed in as {n} ({u})</p><p id=\"user\">{n}</p>\
                 <p><a href=\"/logout\">Log out</a></p>\
                 <script>setInterval(async () => {{ try {{ \
                 const r = await fetch('/session', {{ cache: 'no-store' }}); \
                 if (r.status === 401) location.reload(); }} catch (e) {{}} }}, 1000);</script>",
                n = escape(&name),
                u = escape(&username),
            );
            page("Example app", &body).into_response()
        }
        None => {
            let body = "<h1>Example app</h1><p>You are signed out.</p>\
                        <p><a href=\"/login\">Log in with your phone</a></p>";
            // A cookie naming a session that has ended is dropped.
            let jar = match id {
                Some(_) => jar.remove(Cookie::build(COOKIE).path("/")),
                None => jar,
            };
            (jar, page("Example app", body)).into_response()
        }
    }
}

#[derive(Deserialize)]
struct LoginQuery {
    prompt: Option<String>,
}

async fn login(State(st): State<Shared>, Query(q): Query<LoginQuery>) -> Redirect {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut req = st
        .client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge);
    if q.prompt.as_deref() == Some("login") {
        req = req.add_prompt(CoreAuthPrompt::Login);
    }
    let (url, state, nonce) = req.url();
    let mut pending = lock(&st.pending);
    pending.push_back(Pending {
        state: state.secret().clone(),
        verifier,
        nonce,
    });
    while pending.len() > MAX_PENDING {
        pending.pop_front();
    }
    Redirect::to(url.as_str())
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

async fn callback(
    State(st): State<Shared>,
    jar: CookieJar,
    Query(q): Query<CallbackQuery>,
) -> Response {
    // The person chose "Cancel" on the provider's page: no failure to them.
    if q.error.as_deref() == Some("access_denied") {
        tracing::info!("the sign-in was cancelled");
        let body = "<h1>Sign-in cancelled</h1>\
                    <p>You went back without signing in: nothing was shared with this app.</p>\
                    <p><a href=\"/login\">Log in with your phone</a></p>";
        return page("Sign-in cancelled", body).into_response();
    }
    if let Some(error) = q.error {
        let description = q
            .error_description
            .map(|d| format!(": {d}"))
            .unwrap_or_default();
        tracing::info!("provider answered {error}{description}");
        return error_page(StatusCode::BAD_REQUEST, &format!("{error}{description}"));
    }
    let pending = q.state.and_then(|state| {
        let mut all = lock(&st.pending);
        let at = all.iter().position(|p| p.state == state)?;
        all.remove(at)
    });
    let (Some(pending), Some(code)) = (pending, q.code) else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "Unknown or expired sign-in; please start again.",
        );
    };
    match finish_login(&st, code, pending).await {
        Ok(session) => {
            let id = uuid::Uuid::new_v4().to_string();
            tracing::info!(sub = %session.sub, sid = ?session.provider_sid, "signed in");
            lock(&st.sessions).insert(id.clone(), session);
            let cookie = Cookie::build((COOKIE, id))
                .http_only(true)
                .same_site(SameSite::Lax)
                .secure(st.cfg.rp_url.starts_with("https://"))
                .path("/");
            (jar.add(cookie), Redirect::to("/")).into_response()
        }
        Err(e) => {
            tracing::warn!("sign-in failed: {e}");
            error_page(StatusCode::BAD_GATEWAY, &e)
        }
    }
}

/// Code exchange, ID token verification, then (best effort) userinfo.
async fn finish_login(st: &AppState, code: String, p: Pending) -> Result<Session, String> {
    let token = st
        .client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| format!("no token endpoint: {e}"))?
        .set_pkce_verifier(p.verifier)
        .request_async(&st.http)
        .await
        .map_err(|e| format!("token request: {}", chain(&e)))?;
    let id_token = token
        .id_token()
        .ok_or("the provider sent no ID token")?
        .clone();
    let claims = id_token
        .claims(&st.client.id_token_verifier(), &p.nonce)
        .map_err(|e| format!("ID token: {e}"))?;
    let sub = claims.subject().to_string();
    let mut name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.to_string());
    let mut username = claims.preferred_username().map(|u| u.to_string());
    let provider_sid = claims.additional_claims().sid.clone();

    // Userinfo may know more (or fresher) profile data; the ID token suffices.
    if let Ok(req) = st
        .client
        .user_info(token.access_token().clone(), Some(claims.subject().clone()))
    {
        match req
            .request_async::<EmptyAdditionalClaims, _, CoreGenderClaim>(&st.http)
            .await
        {
            Ok(info) => {
                if let Some(n) = info.name().and_then(|n| n.get(None)) {
                    name = Some(n.to_string());
                }
                if let Some(u) = info.preferred_username() {
                    username = Some(u.to_string());
                }
            }
            Err(e) => tracing::warn!("userinfo: {}", chain(&e)),
        }
    }
    Ok(Session {
        name: name.unwrap_or_else(|| sub.clone()),
        preferred_username: username.unwrap_or_default(),
        sub,
        provider_sid,
        id_token,
    })
}

async fn session(State(st): State<Shared>, jar: CookieJar) -> Response {
    let sessions = lock(&st.sessions);
    match jar.get(COOKIE).and_then(|c| sessions.get(c.value())) {
        Some(s) => Json(json!({ "sub": s.sub, "name": s.name })).into_response(),
        None => (
            StatusCode::UNAUTHORIZED,
            Json(json!({ "error": "signed_out" })),
        )
            .into_response(),
    }
}

/// RP-initiated logout: end our session, then the provider's.
async fn logout(State(st): State<Shared>, jar: CookieJar) -> Response {
    let ended = jar
        .get(COOKIE)
        .and_then(|c| lock(&st.sessions).remove(c.value()));
    let jar = jar.remove(Cookie::build(COOKIE).path("/"));
    let target = match (ended, &st.end_session) {
        (Some(s), Some(end)) => {
            tracing::info!(sub = %s.sub, "logging out at the provider");
            let mut req = LogoutRequest::from(end.clone())
                .set_id_token_hint(&s.id_token)
                .set_client_id(ClientId::new(st.cfg.client_id.clone()));
            if let Ok(back) = PostLogoutRedirectUrl::new(format!("{}/", st.cfg.rp_url)) {
                req = req.set_post_logout_redirect_uri(back);
            }
            req.http_get_url().to_string()
        }
        // No session of ours (nothing to hint), or no end_session_endpoint.
        _ => "/".to_owned(),
    };
    (jar, Redirect::to(&target)).into_response()
}

#[derive(Deserialize)]
struct LogoutForm {
    logout_token: String,
}

#[derive(Deserialize)]
struct LogoutClaims {
    sub: Option<String>,
    sid: Option<String>,
    iat: Option<u64>,
    #[serde(default)]
    events: serde_json::Map<String, Value>,
    nonce: Option<Value>,
}

/// OpenID Connect Back-Channel Logout 1.0: the provider's server tells us
/// a session ended.
async fn backchannel_logout(
    State(st): State<Shared>,
    form: Result<Form<LogoutForm>, FormRejection>,
) -> Response {
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    let verified = match form {
        Ok(Form(f)) => verify_logout_token(&st, &f.logout_token).await,
        Err(e) => Err(e.to_string()),
    };
    let claims = match verified {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("back-channel logout rejected: {e}");
            let body = Json(json!({ "error": "invalid_request" }));
            return (StatusCode::BAD_REQUEST, no_store, body).into_response();
        }
    };
    let mut sessions = lock(&st.sessions);
    let before = sessions.len();
    // A session matches on every identifier the token gives.
    sessions.retain(|_, s| {
        let sid_match = claims
            .sid
            .as_ref()
            .is_none_or(|sid| s.provider_sid.as_ref() == Some(sid));
        let sub_match = claims.sub.as_ref().is_none_or(|sub| &s.sub == sub);
        !(sid_match && sub_match)
    });
    tracing::info!(sid = ?claims.sid, sub = ?claims.sub, ended = before - sessions.len(), "back-channel logout");
    (StatusCode::OK, no_store).into_response()
}

async fn verify_logout_token(st: &AppState, token: &str) -> Result<LogoutClaims, String> {
    let header = jsonwebtoken::decode_header(token).map_err(|e| format!("header: {e}"))?;
    let kid = header.kid.ok_or("no kid")?;
    let key = decoding_key(st, &kid).await?;
    let mut v = Validation::new(Algorithm::ES256);
    v.set_issuer(&[&st.issuer]);
    v.set_audience(&[&st.cfg.client_id]);
    // `exp` is checked when present; `iat` below.
    v.set_required_spec_claims(&["iss", "aud"]);
    v.leeway = 60;
    let claims = jsonwebtoken::decode::<LogoutClaims>(token, &key, &v)
        .map_err(|e| format!("token: {e}"))?
        .claims;
    let now = jsonwebtoken::get_current_timestamp();
    match claims.iat {
        Some(iat) if iat <= now + 60 && now.saturating_sub(iat) <= 600 => {}
        Some(iat) => return Err(format!("iat {iat} is not recent (now {now})")),
        None => return Err("no iat".into()),
    }
    if !claims.events.contains_key(BACKCHANNEL_EVENT) {
        return Err("no back-channel logout event".into());
    }
    if claims.nonce.is_some() {
        return Err("a logout token carries no nonce".into());
    }
    if claims.sid.is_none() && claims.sub.is_none() {
        return Err("neither sid nor sub".into());
    }
    Ok(claims)
}

/// The key named `kid`; an unknown `kid` refetches the JWKS (key rotation).
async fn decoding_key(st: &AppState, kid: &str) -> Result<DecodingKey, String> {
    let find = |keys: &[Jwk]| {
        keys.iter()
            .find(|k| k.common.key_id.as_deref() == Some(kid))
            .cloned()
    };
    let (mut jwk, stale) = {
        let cache = lock(&st.jwks);
        (
            find(&cache.0),
            cache
                .1
                .is_none_or(|t| t.elapsed() > Duration::from_secs(10)),
        )
    };
    if jwk.is_none() && stale {
        let set: Value = st
            .http
            .get(&st.jwks_uri)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("JWKS: {e}"))?
            .json()
            .await
            .map_err(|e| format!("JWKS: {e}"))?;
        // Keys of kinds we cannot read are skipped, not fatal.
        let keys: Vec<Jwk> = set["keys"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|k| serde_json::from_value(k.clone()).ok())
            .collect();
        jwk = find(&keys);
        *lock(&st.jwks) = (keys, Some(Instant::now()));
    }
    let jwk = jwk.ok_or_else(|| format!("unknown kid {kid}"))?;
    DecodingKey::from_jwk(&jwk).map_err(|e| format!("key {kid}: {e}"))
}
