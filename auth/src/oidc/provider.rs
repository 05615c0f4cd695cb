//! The provider's steps over the store once the person approved: the
//! one-time code the browser carries back, the tokens the app trades it
//! for, and what the app may read with them (the request kept while the
//! person scans is `pending.rs`).
//!
//! Store layout:
//! - `oidc:code:{sha256(code)}` → a [`Grant`]: 60 seconds until traded;
//!   once traded, kept as long as the access token it gave lives, so that
//!   a second use is known as one and can revoke what the first gave
//!   (RFC 6749 §4.1.2), and userinfo can tell that token still stands;
//!   with a refresh token, as long as that may be used (`refresh.rs`).
//! - `oidc:refresh:{sha256(refresh token)}` → the code's digest
//!   ([`RefreshOf`]), as long as a refresh token may go unused.
//! - `oidc:revoked:{sha256(access token)}`: an access token the app
//!   revoked, until it would have expired.
//! - the web session lists the apps it signed in to (`WebSession::apps`),
//!   so that its end reaches them (`backchannel.rs`).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::clients::{Client, SubjectType};
use super::consent;
pub use super::errors::OAuthError;
use super::request::{self, AuthRequest};
use crate::accounts::{self, Account};
use crate::audit;
use crate::records::{decode, put_json, update_json};
use crate::requester::Caller as Requester;
use crate::sessions::{self, WebSession};
use crate::tokens::{Claims, TokenUse, ISSUER};
use crate::{now_ms, random, rate, ApiError, Core};
use protocol::token::sha256_hex;
use protocol::{AuditKind, AuthCode, RefreshToken};

/// How long the app has to trade its code (RFC 6749 §4.1.2: short).
pub const CODE_TTL: Duration = Duration::from_secs(60);
/// Codes one web session may be given per code lifetime, silent sign-ins
/// included: an app signs in once and keeps its session; a page looping
/// through `/oauth/authorize` is stopped.
pub const CODES_PER_SESSION: u64 = 10;
/// Lifetime of an ID token: the app keeps its own session after reading it.
pub const ID_TOKEN_TTL_SECS: u64 = 600;

/// What a code stands for, and what became of it.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub(super) struct Grant {
    pub(super) request: AuthRequest,
    pub(super) session_id: String,
    /// `None` until the app trades the code.
    #[serde(default)]
    pub(super) spent: Option<Spent>,
    /// The app's hold on the session it was given under
    /// (`WebSession::app_holds_ended` then): once that hold ends, this
    /// grant stays ended, even when the app signs in again.
    #[serde(default)]
    pub(super) hold: u32,
    /// The digest of the refresh token that stands, if the client takes
    /// them: each use gives a new one (`refresh.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) refresh: Option<String>,
}

impl Grant {
    /// Whether the app's hold on `session` this grant was given under
    /// still lasts.
    fn held(&self, session: &WebSession) -> bool {
        let app = &self.request.client_id;
        self.session_id == session.id
            && session.apps.contains(app)
            && session.app_holds_ended.get(app).copied().unwrap_or(0) == self.hold
    }

    /// Whether what this grant gave still stands in `session`: its code
    /// gave tokens that were not revoked, and its hold lasts.
    pub(super) fn stands(&self, session: &WebSession) -> bool {
        self.spent == Some(Spent::Issued) && self.held(session)
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Spent {
    /// Its first use was refused (or is under way): nothing to revoke.
    Tried,
    /// Its first use gave tokens, which stand while this does.
    Issued,
    /// It was used again after it gave tokens: they stopped.
    Revoked,
}

pub(super) fn code_key(digest: &str) -> String {
    format!("oidc:code:{digest}")
}

/// How long a traded code's record stays: as long as the access token it
/// gave (userinfo reads it), and a minute more for clocks.
pub(super) fn spent_ttl(core: &Core) -> Duration {
    core.settings.access_token_ttl + Duration::from_secs(60)
}

/// How long a refresh token may go unused: as long as a web session may
/// (`SESSION_IDLE_SECS`), whose end ends it anyway. Each use starts the
/// period again, for the grant's record and the new token.
pub(super) fn refresh_ttl(core: &Core) -> Duration {
    spent_ttl(core).max(core.settings.session_idle + Duration::from_secs(60))
}

/// Counts one more code for `session` from `requester`'s address: each
/// writes a record and an audit line, so an address gets as many a minute
/// as QR codes (`CHALLENGES_PER_MINUTE`), and one sign-in
/// [`CODES_PER_SESSION`] per code lifetime. `rate_limited` past either.
pub async fn count_code(
    core: &Core,
    session: &WebSession,
    requester: &Requester,
) -> Result<(), ApiError> {
    super::pending::count_as_codes(core, "oidc-code", requester).await?;
    rate::count(
        core,
        &format!("rate:oidc-code-session:{}", session.id),
        CODE_TTL,
        CODES_PER_SESSION,
    )
    .await?;
    Ok(())
}

/// A code for `session`'s sign-in to the app of `request`: the address the
/// browser goes back to the app with. The session notes the app, whose
/// back-channel logout it will call when it ends. The caller counted it
/// first (`count_code`), before anything it does cannot be undone.
#[tracing::instrument(name = "oidc.grant", skip_all, fields(client_id = %request.client_id, session_id = %session.id))]
pub async fn grant(
    core: &Core,
    request: &AuthRequest,
    session: &WebSession,
    requester: &Requester,
) -> Result<String, ApiError> {
    let client = core
        .settings
        .oidc_clients
        .find(&request.client_id)
        .ok_or(ApiError::NotFound)?;
    let hold = take_hold(core, &client, session, &request.scopes)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let code = AuthCode::from_random(random());
    let grant = Grant {
        request: request.clone(),
        session_id: session.id.clone(),
        spent: None,
        hold,
        refresh: None,
    };
    put_json(
        &*core.store,
        &code_key(&code.digest()),
        &grant,
        Some(CODE_TTL),
    )
    .await?;
    let place = format!("{}, {}", session.browser, session.os);
    audit_sign_in(core, requester, session, &request.client_id, &place).await;
    let mut answer = vec![
        ("code", code.encode()),
        ("iss", core.settings.public_url.clone()),
    ];
    if let Some(state) = &request.state {
        answer.push(("state", state.clone()));
    }
    let pairs: Vec<(&str, &str)> = answer.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Ok(protocol::return_path::with_query(
        &request.redirect_uri,
        &pairs,
    ))
}

/// `client` takes its hold on `session` for `scopes` (`sessions::add_app`,
/// and its `sid` noted when pairwise): which hold that is, or `None` when
/// the person withdrew the app in the moment since it was judged allowed
/// (the hold, just taken, is let go again).
pub(super) async fn take_hold(
    core: &Core,
    client: &Client,
    session: &WebSession,
    scopes: &[String],
) -> Result<Option<u32>, ApiError> {
    let (hold, noted) = futures::join!(
        sessions::add_app(core, &session.id, &client.id),
        note_sid(core, &client.id, &session.id)
    );
    let (hold, ()) = (hold?, noted?);
    let allowed =
        consent::still_allowed(core, &session.user_id, &session.id, client, scopes).await?;
    Ok(allowed.then_some(hold))
}

/// Notes which web session a pairwise app's `sid` (`Client::sid`) is,
/// for as long as its grants may be used: its logout hint names only that
/// (`session_named`). Nothing for other apps, whose `sid` is the id.
pub(super) async fn note_sid(core: &Core, app: &str, session_id: &str) -> Result<(), ApiError> {
    let pairwise = core
        .settings
        .oidc_clients
        .find(app)
        .filter(|client| client.subject_type == SubjectType::Pairwise);
    let Some(client) = pairwise else {
        return Ok(());
    };
    let sid = client.sid(core.keys.pairwise_key(), session_id);
    put_json(
        &*core.store,
        &sid_key(&sid),
        &session_id,
        Some(refresh_ttl(core)),
    )
    .await
}

fn sid_key(sid: &str) -> String {
    format!("oidc:sid:{sid}")
}

/// The id of the web session that app `app` knows as `sid`; `None` when
/// it names none (a pairwise app's `sid` not noted, or noted too long ago).
pub(super) async fn session_named(
    core: &Core,
    app: &str,
    sid: &str,
) -> Result<Option<String>, ApiError> {
    let pairwise = core
        .settings
        .oidc_clients
        .find(app)
        .is_some_and(|client| client.subject_type == SubjectType::Pairwise);
    if !pairwise {
        return Ok(Some(sid.to_owned()));
    }
    if sid.len() != 64 || !sid.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    crate::records::get_json(&*core.store, &sid_key(sid)).await
}

/// The audit line of an app's sign-in by `session`, `place` saying where.
pub(super) async fn audit_sign_in(
    core: &Core,
    requester: &Requester,
    session: &WebSession,
    app: &str,
    place: &str,
) {
    let name = core
        .settings
        .oidc_clients
        .find(app)
        .map_or_else(|| app.to_owned(), |client| client.name);
    audit::record(
        core,
        audit::Entry {
            kind: AuditKind::AppSignedIn,
            client: requester,
            user_id: Some(&session.user_id),
            qr_id: None,
            detail: format!("{name}, {place}"),
        },
    )
    .await;
}

/// `POST /oauth/token` errors (RFC 6749 §5.2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{error}: {description}")]
pub struct TokenError {
    pub error: OAuthError,
    pub description: String,
    /// The client tried HTTP Basic authentication and failed: 401 with
    /// `WWW-Authenticate`.
    pub basic_challenge: bool,
    /// Too many refused requests from this address: 429 with `Retry-After`.
    pub retry_after_secs: Option<u64>,
}

impl TokenError {
    pub fn new(error: OAuthError, description: &str) -> Self {
        Self {
            error,
            description: description.to_owned(),
            basic_challenge: false,
            retry_after_secs: None,
        }
    }

    pub fn status(&self) -> u16 {
        match (self.error, self.retry_after_secs) {
            (OAuthError::InvalidClient, _) => 401,
            (OAuthError::ServerError, _) => 500,
            (OAuthError::TemporarilyUnavailable, Some(_)) => 429,
            (OAuthError::TemporarilyUnavailable, None) => 503,
            _ => 400,
        }
    }

    pub(super) fn from_api(error: ApiError) -> Self {
        match error {
            ApiError::RateLimited { retry_after_secs } => Self {
                retry_after_secs: Some(retry_after_secs),
                ..Self::new(OAuthError::TemporarilyUnavailable, &error.to_string())
            },
            ApiError::Unavailable | ApiError::Overloaded { .. } => {
                Self::new(OAuthError::TemporarilyUnavailable, "try again later")
            }
            _ => Self::new(
                OAuthError::ServerError,
                "something went wrong on the server",
            ),
        }
    }

    /// A refusal that counts against the address: a wrong secret or code,
    /// or a device that keeps polling sooner than it was told (each poll
    /// is a write).
    fn is_miss(&self) -> bool {
        matches!(
            self.error,
            OAuthError::InvalidClient | OAuthError::InvalidGrant | OAuthError::SlowDown
        )
    }
}

/// What the token endpoint (and its siblings, revocation and
/// introspection) read from the form and the Authorization header.
#[derive(Debug, Default)]
pub struct TokenRequest {
    pub grant_type: Option<String>,
    /// Revocation and introspection: the token asked about.
    pub token: Option<String>,
    pub code: Option<String>,
    pub redirect_uri: Option<String>,
    pub code_verifier: Option<String>,
    pub refresh_token: Option<String>,
    /// The device grant's code (RFC 8628 §3.4).
    pub device_code: Option<String>,
    /// A refresh's narrower scope (RFC 6749 §6).
    pub scope: Option<String>,
    /// From HTTP Basic when `basic` is true, else from the form.
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub basic: bool,
}

impl TokenRequest {
    /// The form's fields (each at most once; others ignored) and the
    /// `Authorization` header, when it is HTTP Basic.
    pub fn read(
        pairs: Vec<(String, String)>,
        authorization: Option<&str>,
    ) -> Result<Self, TokenError> {
        let mut form = Self::default();
        for (name, value) in pairs {
            let slot = match name.as_str() {
                "grant_type" => &mut form.grant_type,
                "token" => &mut form.token,
                "code" => &mut form.code,
                "redirect_uri" => &mut form.redirect_uri,
                "code_verifier" => &mut form.code_verifier,
                "refresh_token" => &mut form.refresh_token,
                "device_code" => &mut form.device_code,
                "scope" => &mut form.scope,
                "client_id" => &mut form.client_id,
                "client_secret" => &mut form.client_secret,
                _ => continue,
            };
            if slot.replace(value).is_some() {
                return Err(TokenError::new(
                    OAuthError::InvalidRequest,
                    &format!("{name} is given more than once"),
                ));
            }
        }
        // Another scheme (a Bearer token, say) authenticates no client here.
        let basic = authorization.and_then(|v| {
            v.get(..6)
                .filter(|scheme| scheme.eq_ignore_ascii_case("basic "))
                .and(v.get(6..))
        });
        if let Some(encoded) = basic {
            let (id, secret) = basic_credentials(encoded).ok_or_else(|| TokenError {
                basic_challenge: true,
                ..TokenError::new(
                    OAuthError::InvalidClient,
                    "the Basic credentials are not readable",
                )
            })?;
            if form.client_id.as_deref().is_some_and(|named| named != id)
                || form.client_secret.is_some()
            {
                return Err(TokenError::new(
                    OAuthError::InvalidRequest,
                    "one way of client authentication at a time",
                ));
            }
            form.client_id = Some(id);
            form.client_secret = Some(secret);
            form.basic = true;
        }
        Ok(form)
    }
}

#[derive(Serialize, Debug)]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: u64,
    pub id_token: String,
    pub scope: String,
    /// For a client registered with `refresh_tokens = true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

/// ID token claims (OpenID Connect Core §2) and the profile's.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct IdClaims {
    pub iss: String,
    pub sub: String,
    pub aud: String,
    pub exp: u64,
    pub iat: u64,
    pub auth_time: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// How the person signed in: `qr`, with `hwk` and `user` when a
    /// passkey (a hardware key with user verification) confirmed it.
    pub amr: Vec<String>,
    /// The web session at this server: what a logout names.
    pub sid: String,
    pub azp: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
}

/// The app's client, authenticated as registered: a confidential client by
/// its secret (HTTP Basic or the form), a public one by its id alone.
pub(super) fn authenticate_client(core: &Core, form: &TokenRequest) -> Result<Client, TokenError> {
    let refused = |description: &str| TokenError {
        basic_challenge: form.basic,
        ..TokenError::new(OAuthError::InvalidClient, description)
    };
    let id = form
        .client_id
        .as_deref()
        .ok_or_else(|| refused("client authentication is missing"))?;
    let client = core
        .settings
        .oidc_clients
        .find(id)
        .ok_or_else(|| refused("unknown client"))?;
    match (client.is_confidential(), form.client_secret.as_deref()) {
        (true, Some(secret)) if client.secret_matches(secret) => Ok(client),
        (true, _) => Err(refused("wrong or missing client secret")),
        (false, None | Some("")) => Ok(client),
        (false, Some(_)) => Err(refused("this client is public: it has no secret")),
    }
}

/// `answer`, with its wrong secrets and codes counted per address first
/// (`CODE_MISSES_PER_MINUTE`), and given back when it was not a miss.
pub(super) async fn counted<T>(
    core: &Core,
    requester: &Requester,
    answer: impl std::future::Future<Output = Result<T, TokenError>>,
) -> Result<T, TokenError> {
    let misses = [(
        format!("rate:oidc-token-miss:{}", requester.network),
        Duration::from_secs(60),
        core.settings.limits.code_misses_per_minute,
    )];
    rate::reserve(core, &misses)
        .await
        .map_err(TokenError::from_api)?;
    let answer = answer.await;
    if !answer.as_ref().is_err_and(TokenError::is_miss) {
        rate::refund(core, &misses)
            .await
            .map_err(TokenError::from_api)?;
    }
    answer
}

/// `grant_type=authorization_code`: the code, the redirect URI it was
/// given for and the PKCE verifier, from `client`, for an ID token, an
/// access token and, if the client takes them, a refresh token. A code
/// works once; every refusal changes nothing but spending the code,
/// except a second use of a code that gave tokens, which revokes them
/// (`revoke`).
pub(super) async fn trade_code(
    core: &Core,
    form: &TokenRequest,
    client: &Client,
) -> Result<TokenResponse, TokenError> {
    let code = form
        .code
        .as_deref()
        .ok_or_else(|| TokenError::new(OAuthError::InvalidRequest, "code is missing"))?;
    let invalid = |description: &str| TokenError::new(OAuthError::InvalidGrant, description);
    let unknown = || invalid("the code is unknown, expired or already used");
    let digest = AuthCode::parse(code).map_err(|_| unknown())?.digest();
    let grant = spend(core, &digest).await.map_err(TokenError::from_api)?;
    let grant = match grant {
        Use::First(grant) => grant,
        Use::Again(grant) => {
            if grant.spent == Some(Spent::Issued) {
                revoke(core, &digest, &grant, "a code was used twice")
                    .await
                    .map_err(TokenError::from_api)?;
            }
            return Err(unknown());
        }
        Use::Unknown => return Err(unknown()),
    };
    let request = &grant.request;
    if request.client_id != client.id {
        return Err(invalid("the code was given to another client"));
    }
    if form.redirect_uri.as_deref() != Some(request.redirect_uri.as_str()) {
        return Err(invalid(
            "redirect_uri is not the one the code was given for",
        ));
    }
    match (&request.code_challenge, form.code_verifier.as_deref()) {
        (Some(challenge), verifier) => {
            if !request::pkce_matches(challenge, verifier.unwrap_or_default()) {
                return Err(invalid("code_verifier does not match the code_challenge"));
            }
        }
        // A verifier for a request that had no challenge: refused, or an
        // attacker could strip the challenge (OAuth 2.1 §4.1.3).
        (None, Some(_)) => {
            return Err(invalid(
                "code_verifier was sent, but the request had no code_challenge",
            ))
        }
        (None, None) => {}
    }
    let (session, account) = signed_in_still(core, &grant.session_id).await?;
    if !grant.held(&session) {
        // The app's hold ended after this code was given (another code
        // or refresh token of it was used twice).
        return Err(invalid("the sign-in has ended since"));
    }
    let mut answer = mint(
        core,
        client,
        &grant,
        &digest,
        &session,
        &account,
        &request.scopes,
    )?;
    let refresh = if client.refresh_tokens {
        let token = new_refresh_token(core, &digest)
            .await
            .map_err(TokenError::from_api)?;
        answer.refresh_token = Some(token.encode());
        Some(token.digest())
    } else {
        None
    };
    // A second use that came in since saw `Tried` and revoked nothing: the
    // window is this one request's signing.
    issued(core, &digest, refresh)
        .await
        .map_err(TokenError::from_api)?;
    Ok(answer)
}

/// What `oidc:refresh:{sha256(token)}` holds: the digest of the code
/// whose grant the refresh token belongs to.
#[derive(Serialize, Deserialize)]
pub(super) struct RefreshOf {
    pub(super) grant: String,
}

pub(super) fn refresh_key(digest: &str) -> String {
    format!("oidc:refresh:{digest}")
}

/// A new refresh token of the grant of code `grant`, known from now on
/// and for as long as it may go unused (`refresh_ttl`): a rotated one is
/// still known when it comes back.
pub(super) async fn new_refresh_token(core: &Core, grant: &str) -> Result<RefreshToken, ApiError> {
    let token = RefreshToken::from_random(random());
    let of = RefreshOf {
        grant: grant.to_owned(),
    };
    put_json(
        &*core.store,
        &refresh_key(&token.digest()),
        &of,
        Some(refresh_ttl(core)),
    )
    .await?;
    Ok(token)
}

/// The web session a grant was given for and its account, while both
/// last: a sign-in ended since gives nothing more.
pub(super) async fn signed_in_still(
    core: &Core,
    session_id: &str,
) -> Result<(WebSession, Account), TokenError> {
    let ended = || TokenError::new(OAuthError::InvalidGrant, "the sign-in has ended since");
    let session = sessions::load(core, session_id)
        .await
        .map_err(TokenError::from_api)?
        .ok_or_else(ended)?;
    let account = accounts::load(core, &session.user_id)
        .await
        .map_err(TokenError::from_api)?
        .filter(|a| !a.disabled)
        .ok_or_else(ended)?;
    Ok((session, account))
}

/// The ID token and access token of `grant` (code `digest`) for `scopes`
/// (the request's, or fewer on a refresh).
pub(super) fn mint(
    core: &Core,
    client: &Client,
    grant: &Grant,
    digest: &str,
    session: &WebSession,
    account: &Account,
    scopes: &[String],
) -> Result<TokenResponse, TokenError> {
    let now = now_ms() / 1000;
    // What the app knows the account and the sign-in by, in every token.
    let sub = client.subject(core.keys.pairwise_key(), &account.id);
    let sid = client.sid(core.keys.pairwise_key(), &session.id);
    let profile = scopes.iter().any(|s| s == "profile");
    // A passkey on the computer itself: no QR was scanned.
    let mut amr = if session.passkey_id.is_some() {
        Vec::new()
    } else {
        vec!["qr".to_owned()]
    };
    if session.passkey {
        amr.extend(["hwk".to_owned(), "user".to_owned()]);
    }
    let id_claims = IdClaims {
        iss: core.settings.public_url.clone(),
        sub: sub.clone(),
        aud: client.id.clone(),
        exp: now + ID_TOKEN_TTL_SECS,
        iat: now,
        auth_time: session.created_at / 1000,
        nonce: grant.request.nonce.clone(),
        amr,
        sid: sid.clone(),
        azp: client.id.clone(),
        name: profile.then(|| account.display_name.clone()),
        preferred_username: profile.then(|| account.username.clone()),
    };
    let id_token = core
        .keys
        .oidc()
        .sign(client.alg, "JWT", &id_claims)
        .map_err(TokenError::from_api)?;
    let expires_in = core.settings.access_token_ttl.as_secs();
    let access = Claims {
        iss: ISSUER.into(),
        aud: core.settings.public_url.clone(),
        sub,
        sid,
        token_use: TokenUse::Userinfo,
        iat: now,
        exp: now + expires_in,
        scope: Some(scopes.join(" ")),
        grant: Some(digest.to_owned()),
        // Two tokens of one grant in one second would be the same string,
        // and revoking one would revoke both.
        jti: Some(uuid::Uuid::from_bytes(random()).simple().to_string()),
    };
    let access_token = core.keys.sign(&access).map_err(TokenError::from_api)?;
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer",
        expires_in,
        id_token,
        scope: scopes.join(" "),
        refresh_token: None,
    })
}

/// What a token request found under its code.
enum Use {
    First(Grant),
    Again(Grant),
    Unknown,
}

/// Marks the code spent (`Tried`) in one step, for as long as its tokens
/// would live: of many concurrent uses, one is the first.
async fn spend(core: &Core, digest: &str) -> Result<Use, ApiError> {
    let mut again = None;
    let now = update_json(
        &*core.store,
        &code_key(digest),
        Some(spent_ttl(core)),
        |stored: Option<&Grant>| {
            again = None;
            match stored {
                Some(grant) if grant.spent.is_none() => Ok(Some(Grant {
                    spent: Some(Spent::Tried),
                    ..grant.clone()
                })),
                Some(grant) => {
                    again = Some(grant.clone());
                    Ok(None)
                }
                None => Ok(None),
            }
        },
    )
    .await?;
    Ok(match (again, now) {
        (Some(grant), _) => Use::Again(grant),
        (None, Some(grant)) => Use::First(grant),
        (None, None) => Use::Unknown,
    })
}

/// Moves the code's record from `from` to `to`; any other state stays.
pub(super) async fn mark(
    core: &Core,
    digest: &str,
    from: Spent,
    to: Spent,
) -> Result<(), ApiError> {
    update_json(
        &*core.store,
        &code_key(digest),
        None,
        |stored: Option<&Grant>| {
            Ok(stored
                .filter(|grant| grant.spent == Some(from))
                .map(|grant| Grant {
                    spent: Some(to),
                    ..grant.clone()
                }))
        },
    )
    .await?;
    Ok(())
}

/// The code's first use gave its tokens (`Tried` → `Issued`), with the
/// refresh token of digest `refresh` if any: the record then lasts as long
/// as that may be used.
async fn issued(core: &Core, digest: &str, refresh: Option<String>) -> Result<(), ApiError> {
    let ttl = refresh.is_some().then(|| refresh_ttl(core));
    update_json(
        &*core.store,
        &code_key(digest),
        ttl,
        |stored: Option<&Grant>| {
            Ok(stored
                .filter(|grant| grant.spent == Some(Spent::Tried))
                .map(|grant| Grant {
                    spent: Some(Spent::Issued),
                    refresh: refresh.clone(),
                    ..grant.clone()
                }))
        },
    )
    .await?;
    Ok(())
}

/// A code or refresh token used again after it gave tokens (`why`): they
/// stop, and the app's hold on the web session ends. Its other tokens of
/// that session stop too, for good (its next sign-in gives new ones); it
/// hears this by back-channel logout.
pub(super) async fn revoke(
    core: &Core,
    digest: &str,
    grant: &Grant,
    why: &'static str,
) -> Result<(), ApiError> {
    mark(core, digest, Spent::Issued, Spent::Revoked).await?;
    let app = &grant.request.client_id;
    let ended = sessions::end_app(core, &grant.session_id, app).await?;
    tracing::warn!(client_id = %app, "{why}: the tokens it gave are revoked");
    if let Some(session) = ended {
        super::backchannel::session_ended(
            core,
            &session.user_id,
            &session.id,
            std::slice::from_ref(app),
        );
    }
    Ok(())
}

/// The grant and web session of the app's access token `token` (of
/// `claims`), while it stands: not revoked by itself (`revoke_access`),
/// and its code's grant stands in that session. The session is found by
/// the grant (a pairwise app's `sid` is its own, not the session's id).
pub(super) async fn standing(
    core: &Core,
    token: &str,
    claims: &Claims,
) -> Result<Option<(Option<Grant>, WebSession)>, ApiError> {
    let Some(digest) = &claims.grant else {
        // Given before tokens named their code: they expire on their own.
        let revoked = core.store.get(&revoked_key(token)).await?;
        let session = sessions::load(core, &claims.sid).await?;
        return Ok(session.filter(|_| revoked.is_none()).map(|s| (None, s)));
    };
    // Both in one round trip: userinfo asks this on every call.
    let grant_key = code_key(digest);
    let mut read = core
        .store
        .get_many(&[revoked_key(token), grant_key.clone()])
        .await?
        .into_iter();
    let (revoked, grant) = (read.next().flatten(), read.next().flatten());
    let grant = match (revoked, grant) {
        (None, Some(raw)) => decode::<Grant>(&grant_key, &raw)?,
        _ => return Ok(None),
    };
    let session = sessions::load(core, &grant.session_id).await?;
    Ok(session
        .filter(|session| grant.stands(session))
        .map(|session| (Some(grant), session)))
}

fn revoked_key(token: &str) -> String {
    format!("oidc:revoked:{}", sha256_hex(token.as_bytes()))
}

/// Ends the access token `token` (of `claims`) alone (RFC 7009): its
/// grant's other tokens stay. Remembered until it would have expired.
pub(super) async fn revoke_access(
    core: &Core,
    token: &str,
    claims: &Claims,
) -> Result<(), ApiError> {
    let left = claims.exp.saturating_sub(now_ms() / 1000) + 60;
    put_json(
        &*core.store,
        &revoked_key(token),
        &true,
        Some(Duration::from_secs(left)),
    )
    .await
}

/// `GET /oauth/userinfo`: the claims the access token's sign-in may read,
/// while that sign-in lasts.
pub async fn userinfo(core: &Core, access_token: &str) -> Result<serde_json::Value, ApiError> {
    let claims = core
        .keys
        .verify(access_token, TokenUse::Userinfo, &core.settings.public_url)?;
    let (_, session) = standing(core, access_token, &claims)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let account: Account = accounts::load(core, &session.user_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(ApiError::Unauthorized)?;
    let profile = claims
        .scope
        .as_deref()
        .is_some_and(|scope| scope.split(' ').any(|s| s == "profile"));
    // The token's `sub` is the one its app knows the account by.
    Ok(if profile {
        serde_json::json!({
            "sub": claims.sub,
            "name": account.display_name,
            "preferred_username": account.username,
        })
    } else {
        serde_json::json!({ "sub": claims.sub })
    })
}

/// The browser's own sign-in here (its session cookie), if it has a live one.
pub async fn signed_in(
    core: &Core,
    headers: &axum::http::HeaderMap,
) -> Result<Option<WebSession>, ApiError> {
    let Some(token) = crate::cookies::read(headers, crate::cookies::Kind::Session, &core.settings)
    else {
        return Ok(None);
    };
    match sessions::authenticate(core, &token, TokenUse::Session).await {
        Ok((session, _)) => Ok(Some(session)),
        Err(ApiError::Unauthorized) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The client id and secret of HTTP Basic credentials (what follows
/// `Basic `); each is form-encoded first (RFC 6749 §2.3.1).
fn basic_credentials(encoded: &str) -> Option<(String, String)> {
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    Some((form_decode(id)?, form_decode(secret)?))
}

/// A client id or secret of a Basic header, which RFC 6749 §2.3.1 form-
/// encodes first. Strict where the decoder is lenient: a `%` not followed
/// by two hex digits makes the credentials malformed, not literal.
fn form_decode(raw: &str) -> Option<String> {
    let escapes_ok = raw.split('%').skip(1).all(|rest| {
        rest.as_bytes()
            .get(..2)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    let spaced = raw.replace('+', " ");
    let decoded = percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()?;
    escapes_ok.then(|| decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials_are_form_decoded() {
        use base64::Engine as _;
        let basic = |text: &str| {
            let header = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(text)
            );
            TokenRequest::read(Vec::new(), Some(&header))
        };
        let read = basic("my%20app:s%3Acret+x").unwrap();
        assert_eq!(read.client_id.as_deref(), Some("my app"));
        assert_eq!(read.client_secret.as_deref(), Some("s:cret x"));
        assert!(read.basic);
        for bad in ["a:%zz", "a:%+1", "a:%4", "no colon", "a:%ff"] {
            let refused = basic(bad).unwrap_err();
            assert_eq!(
                (refused.error, refused.basic_challenge),
                (OAuthError::InvalidClient, true),
                "{bad}"
            );
        }
        let garbage = TokenRequest::read(Vec::new(), Some("Basic !!!")).unwrap_err();
        assert_eq!(garbage.error, OAuthError::InvalidClient);
        // Another scheme names no client.
        let bearer = TokenRequest::read(Vec::new(), Some("Bearer abc")).unwrap();
        assert!(bearer.client_id.is_none() && !bearer.basic);
        // Both ways at once, or a field twice: invalid_request.
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        let header = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode("a:b")
        );
        let both = TokenRequest::read(pairs(&[("client_secret", "b")]), Some(&header)).unwrap_err();
        assert_eq!(both.error, OAuthError::InvalidRequest);
        let twice = TokenRequest::read(pairs(&[("code", "x"), ("code", "y")]), None).unwrap_err();
        assert_eq!(twice.error, OAuthError::InvalidRequest);
    }
}
