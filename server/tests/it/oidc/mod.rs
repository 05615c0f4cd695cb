//! The OpenID Connect provider (docs/oidc.md), driven by a real client
//! library (the `openidconnect` crate) as an app would: discovery, code +
//! PKCE, the ID token verified against the JWKS, userinfo; the refusals,
//! each with its error; an app's sign-in ended by the phone reaching the
//! app (back-channel logout); RP-initiated logout.

use std::sync::{Arc, Mutex};

use ::server::config::StoreConfig;
use auth::oidc::clients::{new_secret, ClientEntry, ClientFile};
use auth::oidc::clients::{OidcAlg, SubjectType};
use auth::oidc::Clients;
use auth::{Settings, Store};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreProviderMetadata, CoreUserInfoClaims,
};
use openidconnect::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    OAuth2TokenResponse as _, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    TokenResponse as _,
};
use protocol::ChallengeRequest;
use reqwest::StatusCode;
use serde_json::Value;

use crate::support::browser::{token_of, Browser};
use crate::support::node::{shared_key, Node, NodeOptions};
use crate::support::phone::Phone;
use crate::support::server::{start_apart, start_on_localhost, start_with, Server};
use crate::support::{counted, finish, for_each_store, test_settings};

mod consent;
mod device;

for_each_store!(
    an_app_signs_in_by_the_scan_with_code_and_pkce,
    a_browser_signed_in_here_goes_back_without_scanning_unless_asked,
    each_refused_token_request_gets_its_error,
    authorize_refusals_go_to_a_page_or_back_to_the_app,
    the_phone_logging_the_browser_out_reaches_the_app,
    the_app_logs_the_person_out_with_its_id_token,
    an_old_logout_link_ends_a_sign_in_only_from_its_own_browser,
    silent_sign_ins_are_limited_per_sign_in_and_per_address,
    an_apps_request_belongs_to_the_browser_that_showed_it,
    keys_rotate_between_two_nodes_without_a_token_failing,
    a_back_channel_logout_is_sent_again_while_the_app_is_down,
    a_sign_in_that_idles_out_reaches_the_app,
    a_this_session_only_sign_in_gives_no_app_a_silent_grant,
    cancels_and_logout_answers_are_counted_per_address,
    wrong_secrets_and_codes_are_limited_per_address,
    concurrent_wrong_secrets_cannot_pass_the_limit_together,
    a_sign_in_confirmed_by_a_passkey_says_so_in_amr,
    a_passkey_on_the_computer_signs_the_waiting_app_in,
    an_app_may_post_its_request_from_its_own_page,
    a_client_registered_without_pkce_signs_in_without_it,
    a_code_used_twice_stops_the_tokens_of_its_first_use,
    refresh_tokens_rotate_and_one_used_twice_ends_the_grant,
    a_refresh_token_ends_with_the_sign_in_or_when_revoked,
    a_refresh_token_sent_twice_at_once_ends_the_grant,
    an_app_revokes_and_introspects_its_own_tokens,
);

const WEB_CB: &str = "http://127.0.0.1:9/web/callback";
/// A single-page app's: another origin than the confidential apps'.
const NATIVE_CB: &str = "http://localhost:9/native/callback";
const NATIVE_ORIGIN: &str = "http://localhost:9";
const LEGACY_CB: &str = "http://127.0.0.1:9/legacy/callback";
const AFTER_LOGOUT: &str = "http://127.0.0.1:9/web/";

/// What the apps' back-channel logout endpoint received.
type Received = Arc<Mutex<Vec<String>>>;

struct Provider {
    server: Server,
    secret: String,
    logouts: Received,
    /// What the back-channel endpoint answers its next sends (then 200).
    logout_answers: Answers,
}

/// The statuses an endpoint answers next, and how many sends it saw.
#[derive(Clone, Default)]
struct Answers(Arc<Mutex<(std::collections::VecDeque<StatusCode>, usize)>>);

impl Answers {
    fn script(&self, statuses: &[StatusCode]) {
        self.0.lock().unwrap().0.extend(statuses);
    }

    fn sends(&self) -> usize {
        self.0.lock().unwrap().1
    }

    fn next(&self) -> StatusCode {
        let mut inner = self.0.lock().unwrap();
        inner.1 += 1;
        inner.0.pop_front().unwrap_or(StatusCode::OK)
    }
}

/// A server with five apps: "web" (confidential, with a back-channel
/// logout endpoint this test serves), "native" (public, PKCE only), both
/// taking refresh tokens, "legacy" (confidential, registered with
/// `require_pkce = false`, RS256 and pairwise subjects, without refresh
/// tokens; it and "native" are first-party: the phone never asks for
/// them), "tv" (public, the device grant alone, with refresh tokens)
/// and "terminal" (the same, confidential).
async fn provider(store: Arc<dyn Store>) -> Provider {
    provider_with(store, test_settings()).await
}

async fn provider_with(store: Arc<dyn Store>, settings: Settings) -> Provider {
    provider_at(store, settings, false).await
}

/// `on_localhost`: the site is `http://localhost:PORT` (passkeys need a
/// domain name), still reached at 127.0.0.1.
async fn provider_at(store: Arc<dyn Store>, settings: Settings, on_localhost: bool) -> Provider {
    let (secret, digest) = new_secret(auth::random());
    let (logout_uri, logouts, logout_answers) = logout_receiver().await;
    let entry = |id: &str, name: &str, cb: &str| ClientEntry {
        post_logout_redirect_uris: vec![AFTER_LOGOUT.into()],
        refresh_tokens: true,
        ..ClientEntry::new(id, name, cb)
    };
    let legacy = ClientEntry {
        secret_sha256: Some(digest.clone()),
        require_pkce: false,
        id_token_signed_response_alg: OidcAlg::RS256,
        refresh_tokens: false,
        subject_type: SubjectType::Pairwise,
        first_party: true,
        ..entry("legacy", "Example Legacy", LEGACY_CB)
    };
    let web = ClientEntry {
        secret_sha256: Some(digest.clone()),
        backchannel_logout_uri: Some(logout_uri),
        ..entry("web", "Example Web", WEB_CB)
    };
    let native = ClientEntry {
        scopes: vec!["openid".into()],
        first_party: true,
        ..entry("native", "Example Native", NATIVE_CB)
    };
    // A TV app: public, the device grant alone.
    let tv_like = |id: &str, name: &str| ClientEntry {
        redirect_uris: vec![],
        device_grant: true,
        ..entry(id, name, NATIVE_CB)
    };
    let tv = tv_like("tv", "Example TV");
    // A terminal app with a secret: confidential, the device grant alone.
    let terminal = ClientEntry {
        secret_sha256: Some(digest.clone()),
        ..tv_like("terminal", "Example Terminal")
    };
    let clients = Clients::new(ClientFile {
        clients: vec![web, native, legacy, tv, terminal],
    })
    .unwrap();
    let settings = Settings {
        oidc_clients: clients,
        ..settings
    };
    let server = if on_localhost {
        start_on_localhost(store, settings).await
    } else {
        start_with(store, settings).await
    };
    Provider {
        server,
        secret,
        logouts,
        logout_answers,
    }
}

/// A loopback endpoint that keeps each `logout_token` it takes (answers
/// 200), and answers what its `Answers` script says first.
async fn logout_receiver() -> (String, Received, Answers) {
    let received: Received = Arc::default();
    let answers = Answers::default();
    let (kept, script) = (received.clone(), answers.clone());
    let app = axum::Router::new().route(
        "/backchannel-logout",
        axum::routing::post(move |axum::Form(form): axum::Form<Vec<(String, String)>>| {
            let (kept, script) = (kept.clone(), script.clone());
            async move {
                let status = script.next();
                if status == StatusCode::OK {
                    for (name, value) in form {
                        if name == "logout_token" {
                            kept.lock().unwrap().push(value);
                        }
                    }
                }
                status
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (
        format!("http://{address}/backchannel-logout"),
        received,
        answers,
    )
}

/// A provider document (discovery, JWKS), as an app fetches it.
async fn get_json(server: &Server, path: &str) -> Value {
    http()
        .get(server.url(path))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

type App = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// The app's client, configured by discovery alone.
async fn app_client(provider: &Provider, id: &str) -> App {
    let issuer = IssuerUrl::new(provider.server.core.settings.public_url.clone()).unwrap();
    let metadata = CoreProviderMetadata::discover_async(issuer, &http())
        .await
        .unwrap();
    let (secret, cb) = match id {
        "web" => (Some(ClientSecret::new(provider.secret.clone())), WEB_CB),
        _ => (None, NATIVE_CB),
    };
    CoreClient::from_provider_metadata(metadata, ClientId::new(id.into()), secret)
        .set_redirect_uri(RedirectUrl::new(cb.into()).unwrap())
}

/// What the app keeps while its user is away signing in.
struct Started {
    url: String,
    state: CsrfToken,
    nonce: Nonce,
    verifier: PkceCodeVerifier,
}

fn start_sign_in(client: &App, prompt_login: bool) -> Started {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge);
    if prompt_login {
        request = request.add_prompt(openidconnect::core::CoreAuthPrompt::Login);
    }
    let (url, state, nonce) = request.url();
    Started {
        url: url.to_string(),
        state,
        nonce,
        verifier,
    }
}

/// The query of the app's callback address the browser was sent to.
fn callback_query(location: &str, callback: &str) -> Vec<(String, String)> {
    let query = location
        .strip_prefix(&format!("{callback}?"))
        .unwrap_or_else(|| panic!("{location} is not {callback}"));
    form_pairs(query)
}

fn form_pairs(query: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str(query).unwrap()
}

fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A code of `browser`'s QR page for the app's request `id`.
async fn app_challenge(browser: &Browser, id: &str) -> protocol::ChallengeCreated {
    browser
        .challenge_with(&ChallengeRequest {
            authorization: Some(id.into()),
            ..ChallengeRequest::default()
        })
        .await
}

/// The person scans the QR page the provider sent the browser to, and the
/// phone approves: the browser ends on the app's callback with a code.
async fn scan_and_approve(
    server: &Server,
    browser: &Browser,
    phone: &Phone,
    to_qr: &str,
) -> String {
    let id = to_qr
        .strip_prefix("/login?authorization=")
        .unwrap_or_else(|| panic!("not the QR page: {to_qr}"));
    let (status, _) = browser.visit(&server.url(to_qr)).await;
    assert_eq!(status, StatusCode::OK);
    let challenge = app_challenge(browser, id).await;
    let mut socket = browser.watch(&challenge).await;
    let inspected = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert_eq!(
        inspected.app.as_deref(),
        Some("Example Web"),
        "the phone names the app"
    );
    phone.approve(&token_of(&challenge)).await.unwrap();
    finish(browser, &mut socket).await;
    // The page goes on where the app's request waits.
    continue_in(server, browser, id).await.unwrap()
}

/// Where `/oauth/continue/{id}` sends `browser` (the QR page's way on once
/// signed in): the app's callback, the QR page again, or a notice.
async fn continue_in(server: &Server, browser: &Browser, id: &str) -> Option<String> {
    browser
        .visit(&server.url(&format!("/oauth/continue/{id}")))
        .await
        .1
}

async fn an_app_signs_in_by_the_scan_with_code_and_pkce(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let browser = Browser::new(server);

    // Discovery says what the provider does.
    let discovered: Value = get_json(server, "/.well-known/openid-configuration").await;
    assert_eq!(discovered["issuer"], server.base.as_str());
    assert_eq!(
        discovered["code_challenge_methods_supported"],
        serde_json::json!(["S256"])
    );
    assert_eq!(
        discovered["id_token_signing_alg_values_supported"],
        serde_json::json!(["ES256", "RS256"])
    );
    assert_eq!(discovered["backchannel_logout_supported"], true);

    let client = app_client(&provider, "web").await;
    let started = start_sign_in(&client, false);
    // Not signed in here: to the QR page, which names the app.
    let (status, to_qr) = browser.visit(&started.url).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let to_qr = to_qr.unwrap();
    let page = browser
        .http
        .get(server.url(&to_qr))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Sign in to <strong>Example Web</strong>"),
        "{page}"
    );

    let back = scan_and_approve(server, &browser, &phone, &to_qr).await;
    let answer = callback_query(&back, WEB_CB);
    assert_eq!(
        param(&answer, "state"),
        Some(started.state.secret().as_str())
    );
    assert_eq!(param(&answer, "iss"), Some(server.base.as_str()));
    let code = param(&answer, "code").unwrap().to_owned();

    let tokens = exchange(&client, code, started.verifier).await;
    let id_token = tokens.id_token().expect("an ID token");
    let claims = id_token
        .claims(&client.id_token_verifier(), &started.nonce)
        .expect("the ID token verifies against the JWKS, with the nonce");
    let user = browser.session().await.unwrap().user;
    assert_eq!(
        claims.subject().as_str(),
        user.id,
        "sub is the account's id"
    );
    let name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.to_string());
    assert_eq!(name.as_deref(), Some(phone.display_name.as_str()));
    assert_eq!(
        claims
            .preferred_username()
            .map(|u| u.to_string())
            .as_deref(),
        Some(phone.username.as_str())
    );
    let amr = amr_of(claims);
    assert_eq!(amr, ["qr"]);
    let auth_time = claims.auth_time().unwrap().timestamp();
    assert!(
        (chrono_now() - auth_time).abs() < 60,
        "auth_time is the approval"
    );
    let payload = jwt_payload(&id_token.to_string());
    let linked = phone.devices().await;
    assert_eq!(
        payload["sid"],
        linked[0].session_id.as_str(),
        "sid names the browser's session"
    );

    // Userinfo, with the access token, while the sign-in lasts.
    let info: CoreUserInfoClaims = client
        .user_info(
            tokens.access_token().clone(),
            Some(claims.subject().clone()),
        )
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    assert_eq!(
        info.preferred_username().map(|u| u.to_string()).as_deref(),
        Some(phone.username.as_str())
    );
    // The app's access token is no browser session here.
    assert_eq!(
        server
            .session_by_bearer(tokens.access_token().secret())
            .await,
        StatusCode::UNAUTHORIZED
    );
    // The code's address cannot be replayed for another code.
    let id = to_qr.trim_start_matches("/login?authorization=");
    let again = continue_in(server, &browser, id).await;
    assert_eq!(again.as_deref(), Some("/oauth/notice?about=expired"));
}

/// The app trades its code (and PKCE verifier) for its tokens.
async fn exchange(
    client: &App,
    code: String,
    verifier: PkceCodeVerifier,
) -> openidconnect::core::CoreTokenResponse {
    client
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request_async(&http())
        .await
        .unwrap()
}

fn amr_of(claims: &openidconnect::core::CoreIdTokenClaims) -> Vec<String> {
    claims
        .auth_method_refs()
        .unwrap()
        .iter()
        .map(|m| m.to_string())
        .collect()
}

fn chrono_now() -> i64 {
    i64::try_from(auth::now_ms() / 1000).unwrap()
}

fn jwt_payload(jwt: &str) -> Value {
    use base64::Engine as _;
    let payload = jwt.split('.').nth(1).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap()
}

fn jwt_header(jwt: &str) -> Value {
    use base64::Engine as _;
    let header = jwt.split('.').next().unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(header)
            .unwrap(),
    )
    .unwrap()
}

/// Signs the browser in to the "web" app by a scan; returns the app's
/// tokens and the phone.
struct SignedIn {
    browser: Browser,
    phone: Phone,
    client: App,
    id_token: String,
    access_token: AccessToken,
}

impl SignedIn {
    /// The web session its ID token names.
    fn sid(&self) -> String {
        jwt_payload(&self.id_token)["sid"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

async fn signed_in(provider: &Provider) -> SignedIn {
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let browser = Browser::new(server);
    let client = app_client(provider, "web").await;
    let started = start_sign_in(&client, false);
    let (_, to_qr) = browser.visit(&started.url).await;
    let back = scan_and_approve(server, &browser, &phone, &to_qr.unwrap()).await;
    let code = param(&callback_query(&back, WEB_CB), "code")
        .unwrap()
        .to_owned();
    let tokens = exchange(&client, code, started.verifier).await;
    SignedIn {
        id_token: tokens.id_token().unwrap().to_string(),
        access_token: tokens.access_token().clone(),
        browser,
        phone,
        client,
    }
}

async fn a_browser_signed_in_here_goes_back_without_scanning_unless_asked(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    // Another app, same browser: a code at once, no QR page.
    let native = app_client(&provider, "native").await;
    let started = start_sign_in(&native, false);
    let (status, back) = done.browser.visit(&started.url).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let answer = callback_query(&back.unwrap(), NATIVE_CB);
    let code = param(&answer, "code").unwrap().to_owned();
    // A public client proves itself by PKCE alone; its scope is openid.
    let tokens = exchange(&native, code, started.verifier).await;
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&native.id_token_verifier(), &started.nonce)
        .unwrap();
    assert!(
        claims.preferred_username().is_none(),
        "no profile scope for this client"
    );

    // prompt=none: signed in, so a code; a fresh browser: login_required.
    let silent = format!("{}&prompt=none", start_sign_in(&done.client, false).url);
    let (_, back) = done.browser.visit(&silent).await;
    assert!(param(&callback_query(&back.unwrap(), WEB_CB), "code").is_some());
    let stranger = Browser::new(server);
    let started = start_sign_in(&done.client, false);
    let (_, back) = stranger
        .visit(&format!("{}&prompt=none", started.url))
        .await;
    let answer = callback_query(&back.unwrap(), WEB_CB);
    assert_eq!(param(&answer, "error"), Some("login_required"));
    assert_eq!(
        param(&answer, "state"),
        Some(started.state.secret().as_str())
    );

    // prompt=login: the QR page again, and the old sign-in does not serve.
    let started = start_sign_in(&done.client, true);
    let (_, to_qr) = done.browser.visit(&started.url).await;
    let to_qr = to_qr.unwrap();
    assert!(to_qr.starts_with("/login?authorization="), "{to_qr}");
    let id = to_qr.trim_start_matches("/login?authorization=");
    // The QR page shown (this browser's request now), the browser goes on.
    done.browser.visit(&server.url(&to_qr)).await;
    let stay = continue_in(server, &done.browser, id).await;
    assert_eq!(
        stay.as_deref(),
        Some(to_qr.as_str()),
        "a new scan is needed"
    );
    let back = scan_and_approve(server, &done.browser, &done.phone, &to_qr).await;
    assert!(param(&callback_query(&back, WEB_CB), "code").is_some());

    // max_age=0: the same, a scan each time (and the scan made serves).
    let started = start_sign_in(&done.client, false);
    let (_, to_qr) = done
        .browser
        .visit(&format!("{}&max_age=0", started.url))
        .await;
    let to_qr = to_qr.unwrap();
    assert!(to_qr.starts_with("/login?authorization="), "{to_qr}");
    let back = scan_and_approve(server, &done.browser, &done.phone, &to_qr).await;
    assert!(param(&callback_query(&back, WEB_CB), "code").is_some());
}

/// An app's page may post its request as a form (OpenID Connect Core
/// §3.1.2.1), from its own site: the answer is the same request as a GET,
/// which then decides as a GET does (the QR page, or a code at once for a
/// browser signed in here). A body that is no form gets a page of this
/// site, and nothing goes to the app.
async fn an_app_may_post_its_request_from_its_own_page(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let app_site = "http://127.0.0.1:9";
    let authorize = server.url("/oauth/authorize");
    let form = "application/x-www-form-urlencoded";
    let query_of = |started: &Started| started.url.split_once('?').unwrap().1.to_owned();

    let client = app_client(&provider, "web").await;
    let started = start_sign_in(&client, false);
    let stranger = Browser::new(server);
    let (status, to_get) = stranger
        .post_from(app_site, &authorize, form, query_of(&started))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let to_get = to_get.unwrap();
    let resent = to_get.strip_prefix("/oauth/authorize?").unwrap();
    assert_eq!(form_pairs(resent), form_pairs(&query_of(&started)));
    let (_, to_qr) = stranger.visit(&server.url(&to_get)).await;
    assert!(to_qr.unwrap().starts_with("/login?authorization="));

    let done = signed_in(&provider).await;
    let started = start_sign_in(&done.client, false);
    let (_, to_get) = done
        .browser
        .post_from(app_site, &authorize, form, query_of(&started))
        .await;
    assert!(
        to_get.as_deref().unwrap().starts_with("/oauth/authorize?"),
        "the POST itself grants nothing"
    );
    let (_, back) = done.browser.visit(&server.url(&to_get.unwrap())).await;
    let code = param(&callback_query(&back.unwrap(), WEB_CB), "code")
        .unwrap()
        .to_owned();
    let tokens = exchange(&done.client, code, started.verifier).await;
    assert!(tokens.id_token().is_some());

    let (status, to) = stranger
        .post_from(app_site, &authorize, "application/json", "{}".into())
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to.as_deref(), Some("/oauth/notice?about=bad_request"));
}

/// A confidential client registered with `require_pkce = false` signs in
/// without PKCE. A verifier sent for a request that had no challenge is
/// refused (someone may have stripped the challenge); the other clients
/// still need PKCE. It is also registered for RS256 and pairwise
/// subjects: its ID token is RS256, verifies with the JWKS, names the
/// account and the sign-in by a `sub` and a `sid` of its own (so do
/// userinfo, introspection and the access token), and serves as a logout
/// hint.
async fn a_client_registered_without_pkce_signs_in_without_it(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    let ask = |client: &str, callback: &str| {
        server.url(&format!(
            "/oauth/authorize?response_type=code&client_id={client}&redirect_uri={callback}&scope=openid&state=s1"
        ))
    };
    let legacy_code = || async {
        let (_, back) = done.browser.visit(&ask("legacy", LEGACY_CB)).await;
        param(&callback_query(&back.unwrap(), LEGACY_CB), "code")
            .unwrap()
            .to_owned()
    };
    let basic = Some(("legacy", provider.secret.as_str()));

    let code = legacy_code().await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", LEGACY_CB),
    ];
    let (status, body) = token_request(server, &form, basic).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Registered for RS256: its ID token is, verified with the JWKS alone.
    let id_token = body["id_token"].as_str().unwrap().to_owned();
    assert_eq!(jwt_header(&id_token)["alg"], "RS256");
    assert_eq!(
        verify_with_jwks(server, &id_token, "legacy").await["aud"],
        "legacy"
    );
    // Registered for pairwise subjects: the account has a `sub` of this
    // app's own, the same in every token and answer it gets.
    let sub = jwt_payload(&id_token)["sub"].as_str().unwrap().to_owned();
    assert_eq!(sub.len(), 64, "{sub}");
    assert_ne!(
        sub,
        jwt_payload(&done.id_token)["sub"],
        "not the public one"
    );
    let access = body["access_token"].as_str().unwrap();
    assert_eq!(jwt_payload(access)["sub"], sub.as_str());
    let info: Value = http()
        .get(server.url("/oauth/userinfo"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["sub"], sub.as_str());
    let (_, introspected) =
        post_form(server, "/oauth/introspect", &[("token", access)], basic).await;
    assert_eq!(introspected["sub"], sub.as_str());
    // Its `sid` is its own too, so that two apps of one sign-in here
    // cannot match on it; its logout hint still finds the session (below).
    let sid = jwt_payload(&id_token)["sid"].as_str().unwrap().to_owned();
    assert_ne!(sid, jwt_payload(&done.id_token)["sid"]);
    assert_eq!(jwt_payload(access)["sid"], sid.as_str());
    assert_eq!(introspected["sid"], sid.as_str());
    let discovered = get_json(server, "/.well-known/openid-configuration").await;
    assert_eq!(
        discovered["subject_types_supported"],
        serde_json::json!(["public", "pairwise"])
    );

    let code = legacy_code().await;
    let verifier = "v".repeat(43);
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", LEGACY_CB),
        ("code_verifier", verifier.as_str()),
    ];
    let (status, body) = token_request(server, &form, basic).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "invalid_grant");

    let (_, back) = done.browser.visit(&ask("web", WEB_CB)).await;
    let answer = callback_query(&back.unwrap(), WEB_CB);
    assert_eq!(param(&answer, "error"), Some("invalid_request"));

    // Its RS256 ID token ends the sign-in as a logout hint.
    let logout = server.url(&format!(
        "/oauth/logout?id_token_hint={id_token}&post_logout_redirect_uri={AFTER_LOGOUT}"
    ));
    let (status, location) = done.browser.visit(&logout).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some(AFTER_LOGOUT));
    assert!(done.phone.devices().await.is_empty(), "logged out here");
}

/// A code used again after it gave tokens (RFC 6749 §4.1.2): refused, the
/// tokens of its first use stop, and the app's hold on the browser's
/// session ends (its other tokens there stop too, and it hears a
/// back-channel logout). The browser stays signed in here; the app's next
/// sign-in works, and the revoked token stays revoked. A code whose first
/// use was refused revokes nothing when used again.
async fn a_code_used_twice_stops_the_tokens_of_its_first_use(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    let sid = done.sid();
    let basic = Some(("web", provider.secret.as_str()));
    let trade = |code: &str, verifier: &str| {
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", WEB_CB),
            ("code_verifier", verifier),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()));
        async move {
            let form: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            token_request(server, &form, basic).await
        }
    };
    let userinfo = |token: String| async move { userinfo_status(server, &token).await };
    let earlier = done.access_token.secret().clone();

    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let (status, first) = trade(&code, verifier.secret()).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    let first = first["access_token"].as_str().unwrap().to_owned();
    assert_eq!(userinfo(first.clone()).await, StatusCode::OK);
    assert_eq!(userinfo(earlier.clone()).await, StatusCode::OK);
    // Given before the hold ends, traded after: nothing.
    let (waiting, waiting_verifier) = fresh_code(&done.browser, &done.client).await;

    let (status, again) = trade(&code, verifier.secret()).await;
    assert_eq!(
        (status, again["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
    assert_eq!(userinfo(first.clone()).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        userinfo(earlier.clone()).await,
        StatusCode::UNAUTHORIZED,
        "the app's hold on the session ended"
    );
    let logout = wait_for_logout(&provider.logouts, &sid).await;
    assert_eq!(verify_with_jwks(server, &logout, "web").await["aud"], "web");
    assert_eq!(done.browser.session_status().await, StatusCode::OK);
    let (status, late) = trade(&waiting, waiting_verifier.secret()).await;
    assert_eq!(
        (status, late["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant")),
        "a code of the ended hold"
    );

    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let (status, next) = trade(&code, verifier.secret()).await;
    assert_eq!(status, StatusCode::OK, "{next}");
    let next = next["access_token"].as_str().unwrap().to_owned();
    assert_eq!(userinfo(next.clone()).await, StatusCode::OK);
    assert_eq!(userinfo(first).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        userinfo(earlier).await,
        StatusCode::UNAUTHORIZED,
        "what the ended hold gave stays ended"
    );

    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let (status, _) = trade(&code, &"x".repeat(43)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = trade(&code, verifier.secret()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        userinfo(next).await,
        StatusCode::OK,
        "a code refused at its first use revokes nothing"
    );
}

/// What `/oauth/userinfo` answers the access token `token`.
async fn userinfo_status(server: &Server, token: &str) -> StatusCode {
    http()
        .get(server.url("/oauth/userinfo"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .status()
}

/// A form posted to `path` as an app's server posts it: the status and
/// the JSON answer (`Null` for none).
async fn post_form(
    server: &Server,
    path: &str,
    form: &[(&str, &str)],
    basic: Option<(&str, &str)>,
) -> (StatusCode, Value) {
    let mut request = http().post(server.url(path)).form(form);
    if let Some((id, secret)) = basic {
        request = request.basic_auth(id, Some(secret));
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// RFC 7009 and RFC 7662, as an app's server calls them. Introspection says
/// the app's own token is active (its client, subject and scope) and says
/// nothing of another app's; a public client may revoke but not introspect.
/// Revoking a token ends it (userinfo 401, introspection inactive) and no
/// other; another app's token, or a string that is no token, is answered
/// 200 and changes nothing. A wrong secret is `invalid_client`.
async fn an_app_revokes_and_introspects_its_own_tokens(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let discovered = get_json(server, "/.well-known/openid-configuration").await;
    assert_eq!(
        discovered["revocation_endpoint"],
        server.url("/oauth/revoke")
    );
    assert_eq!(
        discovered["introspection_endpoint"],
        server.url("/oauth/introspect")
    );
    let done = signed_in(&provider).await;
    let web = Some(("web", provider.secret.as_str()));
    let first = done.access_token.secret().clone();
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let second = exchange(&done.client, code, verifier).await;
    let second = second.access_token().secret().clone();
    let native = app_client(&provider, "native").await;
    let started = start_sign_in(&native, false);
    let (_, back) = done.browser.visit(&started.url).await;
    let code = param(&callback_query(&back.unwrap(), NATIVE_CB), "code")
        .unwrap()
        .to_owned();
    let natives = exchange(&native, code, started.verifier).await;
    let natives = natives.access_token().secret().clone();
    let introspect = |token: &str, basic| {
        let form = [("token", token.to_owned())];
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_form(server, "/oauth/introspect", &form, basic).await
        }
    };
    let revoke = |token: &str, basic| {
        let form = [("token", token.to_owned())];
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_form(server, "/oauth/revoke", &form, basic).await.0
        }
    };
    let userinfo = |token: String| async move { userinfo_status(server, &token).await };

    let (status, answer) = introspect(&first, web).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["active"], true);
    assert_eq!(answer["client_id"], "web");
    assert_eq!(answer["sub"], jwt_payload(&done.id_token)["sub"]);
    assert_eq!(answer["scope"], "openid profile");
    assert_eq!(answer["token_type"], "Bearer");
    assert_eq!(
        introspect(&natives, web).await.1,
        serde_json::json!({ "active": false })
    );
    let (status, answer) = introspect(&natives, Some(("native", ""))).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_client"))
    );

    assert_eq!(revoke(&first, Some(("native", ""))).await, StatusCode::OK);
    assert_eq!(
        introspect(&first, web).await.1["active"],
        true,
        "another app's token stays"
    );
    assert_eq!(revoke(&first, web).await, StatusCode::OK);
    assert_eq!(userinfo(first.clone()).await, StatusCode::UNAUTHORIZED);
    assert_eq!(introspect(&first, web).await.1["active"], false);
    assert_eq!(
        userinfo(second).await,
        StatusCode::OK,
        "only the token revoked"
    );
    assert_eq!(userinfo(natives).await, StatusCode::OK);
    assert_eq!(revoke("not-a-token", web).await, StatusCode::OK);

    assert_eq!(
        post_form(
            server,
            "/oauth/revoke",
            &[("token", first.as_str())],
            Some(("web", "wrong"))
        )
        .await
        .1["error"],
        "invalid_client"
    );
    assert_eq!(
        post_form(server, "/oauth/introspect", &[], web).await.1["error"],
        "invalid_request"
    );
}

/// A `grant_type=refresh_token` request of the "web" app (`scope`: a
/// narrower one), by hand: the status and the answer.
async fn refresh_by_hand(
    provider: &Provider,
    refresh_token: &str,
    scope: Option<&str>,
) -> (StatusCode, Value) {
    let mut form = vec![
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token),
    ];
    form.extend(scope.map(|scope| ("scope", scope)));
    let basic = Some(("web", provider.secret.as_str()));
    token_request(&provider.server, &form, basic).await
}

/// A refresh token of the "web" app, traded from a fresh code: the token
/// response of `exchange`.
async fn with_refresh(done: &SignedIn) -> openidconnect::core::CoreTokenResponse {
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let tokens = exchange(&done.client, code, verifier).await;
    assert!(tokens.refresh_token().is_some(), "the client takes them");
    tokens
}

/// Refresh tokens (RFC 6749 §6, RFC 9700 §4.14.2): a client library
/// refreshes; each use gives new tokens and a new refresh token, and ends
/// the one used; a refresh may narrow the scope, never widen it. A refresh
/// token used again ends the whole grant: the newest refresh token and
/// every access token of it stop, the app hears a back-channel logout,
/// and they stay stopped when it signs in again (which works). A client
/// not registered for them, another client's token, a missing or
/// malformed one: each gets its error.
async fn refresh_tokens_rotate_and_one_used_twice_ends_the_grant(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let discovered = get_json(server, "/.well-known/openid-configuration").await;
    assert_eq!(
        discovered["grant_types_supported"],
        serde_json::json!([
            "authorization_code",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:device_code"
        ])
    );
    let done = signed_in(&provider).await;
    let first = with_refresh(&done).await;
    let sub = jwt_payload(&done.id_token)["sub"].clone();
    let sid = done.sid();

    // As an app's library does it.
    let second = done
        .client
        .exchange_refresh_token(first.refresh_token().unwrap())
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    let (r1, r2) = (
        first.refresh_token().unwrap().secret(),
        second.refresh_token().unwrap().secret(),
    );
    assert_ne!(r1, r2, "rotated");
    let a2 = second.access_token().secret().clone();
    assert_eq!(userinfo_status(server, &a2).await, StatusCode::OK);
    let id_token = second.id_token().unwrap().to_string();
    let claims = verify_with_jwks(server, &id_token, "web").await;
    assert_eq!(
        (&claims["sub"], claims["sid"].as_str()),
        (&sub, Some(sid.as_str()))
    );

    // Narrower, then wider: refused, and nothing spent.
    let (status, body) = refresh_by_hand(&provider, r2, Some("openid profile email")).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_scope"))
    );
    let (status, third) = refresh_by_hand(&provider, r2, Some("openid")).await;
    assert_eq!(status, StatusCode::OK, "{third}");
    assert_eq!(third["scope"], "openid");
    let a3 = third["access_token"].as_str().unwrap().to_owned();
    let r3 = third["refresh_token"].as_str().unwrap().to_owned();
    let read: Value = http()
        .get(server.url("/oauth/userinfo"))
        .bearer_auth(&a3)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(read, serde_json::json!({ "sub": sub }), "openid alone");

    // The refusals.
    let refused =
        |(status, body): (StatusCode, Value)| (status, body["error"].as_str().unwrap().to_owned());
    let legacy = Some(("legacy", provider.secret.as_str()));
    let form = [
        ("grant_type", "refresh_token"),
        ("refresh_token", r3.as_str()),
    ];
    assert_eq!(
        refused(token_request(server, &form, legacy).await),
        (StatusCode::BAD_REQUEST, "unauthorized_client".into())
    );
    let native = [
        ("grant_type", "refresh_token"),
        ("refresh_token", r3.as_str()),
        ("client_id", "native"),
    ];
    assert_eq!(
        refused(token_request(server, &native, None).await),
        (StatusCode::BAD_REQUEST, "invalid_grant".into()),
        "another client's refresh token"
    );
    let basic = Some(("web", provider.secret.as_str()));
    assert_eq!(
        refused(token_request(server, &[("grant_type", "refresh_token")], basic).await),
        (StatusCode::BAD_REQUEST, "invalid_request".into())
    );
    assert_eq!(
        refused(refresh_by_hand(&provider, "not-a-token", None).await),
        (StatusCode::BAD_REQUEST, "invalid_grant".into())
    );
    assert_eq!(
        userinfo_status(server, &a3).await,
        StatusCode::OK,
        "refusals end nothing"
    );

    // r1 again: the whole grant ends.
    assert_eq!(
        refused(refresh_by_hand(&provider, r1, None).await),
        (StatusCode::BAD_REQUEST, "invalid_grant".into())
    );
    let logout = wait_for_logout(&provider.logouts, &sid).await;
    assert_eq!(
        verify_with_jwks(server, &logout, "web").await["sid"],
        sid.as_str()
    );
    assert_eq!(
        refused(refresh_by_hand(&provider, &r3, None).await),
        (StatusCode::BAD_REQUEST, "invalid_grant".into()),
        "the newest refresh token too"
    );
    for access in [&a2, &a3] {
        assert_eq!(
            userinfo_status(server, access).await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        done.browser.session_status().await,
        StatusCode::OK,
        "still signed in here"
    );

    // The app signs in again: its new tokens work, the ended ones stay ended.
    let again = with_refresh(&done).await;
    assert_eq!(
        userinfo_status(server, again.access_token().secret()).await,
        StatusCode::OK
    );
    assert_eq!(userinfo_status(server, &a3).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        refused(refresh_by_hand(&provider, &r3, None).await).1,
        "invalid_grant"
    );
    let (status, _) =
        refresh_by_hand(&provider, again.refresh_token().unwrap().secret(), None).await;
    assert_eq!(status, StatusCode::OK);
}

/// Two refreshes with one token at once: one gets new tokens, the other
/// is a reuse, and the grant ends (the winner's new refresh token too).
async fn a_refresh_token_sent_twice_at_once_ends_the_grant(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let done = signed_in(&provider).await;
    let tokens = with_refresh(&done).await;
    let token = tokens.refresh_token().unwrap().secret();
    let (a, b) = tokio::join!(
        refresh_by_hand(&provider, token, None),
        refresh_by_hand(&provider, token, None)
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::BAD_REQUEST]);
    let won = if a.0 == StatusCode::OK { a.1 } else { b.1 };
    let next = won["refresh_token"].as_str().unwrap();
    assert_eq!(
        refresh_by_hand(&provider, next, None).await.1["error"],
        "invalid_grant"
    );
    let access = won["access_token"].as_str().unwrap();
    assert_eq!(
        userinfo_status(&provider.server, access).await,
        StatusCode::UNAUTHORIZED
    );
}

/// A refresh token lasts no longer than the browser's sign-in here: the
/// phone's "Log out" of that browser ends it. Revoked (RFC 7009), it ends
/// its grant's access tokens with it, while an access token revoked ends
/// alone; introspection says whether a refresh token stands.
async fn a_refresh_token_ends_with_the_sign_in_or_when_revoked(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    let web = Some(("web", provider.secret.as_str()));
    let tokens = with_refresh(&done).await;
    let access = tokens.access_token().secret().clone();
    // An access token revoked alone: its grant's refresh token, and the
    // access token that gives, still work.
    let renewed = refresh_by_hand(&provider, tokens.refresh_token().unwrap().secret(), None).await;
    let renewed_access = renewed.1["access_token"].as_str().unwrap().to_owned();
    let refresh = renewed.1["refresh_token"].as_str().unwrap().to_owned();
    assert_eq!(
        post_form(server, "/oauth/revoke", &[("token", &access)], web)
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        userinfo_status(server, &access).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        userinfo_status(server, &renewed_access).await,
        StatusCode::OK
    );
    let (status, answer) =
        post_form(server, "/oauth/introspect", &[("token", &refresh)], web).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["active"], true, "{answer}");
    assert_eq!(answer["client_id"], "web");
    assert_eq!(answer["sub"], jwt_payload(&done.id_token)["sub"]);
    assert_eq!(
        post_form(server, "/oauth/revoke", &[("token", &refresh)], web)
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        userinfo_status(server, &renewed_access).await,
        StatusCode::UNAUTHORIZED,
        "a refresh token revoked ends its grant"
    );
    assert_eq!(
        refresh_by_hand(&provider, &refresh, None).await.1["error"],
        "invalid_grant"
    );
    let (_, answer) = post_form(server, "/oauth/introspect", &[("token", &refresh)], web).await;
    assert_eq!(answer, serde_json::json!({ "active": false }));
    assert_eq!(
        userinfo_status(server, done.access_token.secret()).await,
        StatusCode::OK,
        "only that grant"
    );

    let tokens = with_refresh(&done).await;
    let refresh = tokens.refresh_token().unwrap().secret().clone();
    let sid = done.sid();
    assert_eq!(
        done.phone.delete(&format!("/api/devices/{sid}")).await,
        StatusCode::NO_CONTENT
    );
    let (status, answer) = refresh_by_hand(&provider, &refresh, None).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
}

/// Posts a token request by hand, to see each refusal.
async fn token_request(
    server: &Server,
    form: &[(&str, &str)],
    basic: Option<(&str, &str)>,
) -> (StatusCode, Value) {
    let mut request = http().post(server.url("/oauth/token")).form(form);
    if let Some((id, secret)) = basic {
        request = request.basic_auth(id, Some(secret));
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    assert_eq!(response.headers()["cache-control"], "no-store");
    (status, response.json().await.unwrap())
}

/// A fresh code for the "web" app, from a browser already signed in.
async fn fresh_code(browser: &Browser, client: &App) -> (String, PkceCodeVerifier) {
    let started = start_sign_in(client, false);
    let (_, back) = browser.visit(&started.url).await;
    let code = param(&callback_query(&back.unwrap(), WEB_CB), "code")
        .unwrap()
        .to_owned();
    (code, started.verifier)
}

async fn each_refused_token_request_gets_its_error(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    let secret = provider.secret.as_str();
    let error_of =
        |(status, body): (StatusCode, Value)| (status, body["error"].as_str().unwrap().to_owned());

    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let good = |code: &str, verifier: &str| -> Vec<(String, String)> {
        [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", WEB_CB),
            ("code_verifier", verifier),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
    };
    let as_refs = |pairs: &[(String, String)]| -> Vec<(String, String)> { pairs.to_vec() };
    let send = |pairs: Vec<(String, String)>, basic: Option<(&'static str, String)>| {
        let server_url = server.url("/oauth/token");
        async move {
            let mut request = http().post(server_url).form(&pairs);
            if let Some((id, secret)) = basic {
                request = request.basic_auth(id, Some(secret));
            }
            let response = request.send().await.unwrap();
            (response.status(), response.json::<Value>().await.unwrap())
        }
    };
    let web = Some(("web", secret.to_owned()));
    // Unknown client, wrong secret: invalid_client (401), the code kept.
    let unknown = send(
        as_refs(&good(&code, verifier.secret())),
        Some(("other", secret.to_owned())),
    )
    .await;
    assert_eq!(
        error_of(unknown),
        (StatusCode::UNAUTHORIZED, "invalid_client".into())
    );
    let wrong = send(
        as_refs(&good(&code, verifier.secret())),
        Some(("web", "not the secret".into())),
    )
    .await;
    assert_eq!(
        error_of(wrong),
        (StatusCode::UNAUTHORIZED, "invalid_client".into())
    );
    let mut no_secret = good(&code, verifier.secret());
    no_secret.push(("client_id".into(), "web".into()));
    assert_eq!(error_of(send(no_secret, None).await).1, "invalid_client");
    // Another grant type.
    let mut implicit = good(&code, verifier.secret());
    implicit[0].1 = "password".into();
    assert_eq!(
        error_of(send(implicit, web.clone()).await).1,
        "unsupported_grant_type"
    );
    // The right code with a wrong verifier: invalid_grant, and spent.
    let bad_verifier = send(good(&code, &"x".repeat(43)), web.clone()).await;
    assert_eq!(
        error_of(bad_verifier),
        (StatusCode::BAD_REQUEST, "invalid_grant".into())
    );
    let spent = send(good(&code, verifier.secret()), web.clone()).await;
    assert_eq!(error_of(spent).1, "invalid_grant", "a code is tried once");

    // Another redirect URI than the code's.
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let mut elsewhere = good(&code, verifier.secret());
    elsewhere[2].1 = NATIVE_CB.into();
    assert_eq!(
        error_of(send(elsewhere, web.clone()).await).1,
        "invalid_grant"
    );

    // A code given to "web" is no use to "native".
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let mut native = good(&code, verifier.secret());
    native.push(("client_id".into(), "native".into()));
    native[2].1 = NATIVE_CB.into();
    assert_eq!(error_of(send(native, None).await).1, "invalid_grant");

    // The right request works once; again, invalid_grant.
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let (status, tokens) = send(good(&code, verifier.secret()), web.clone()).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert_eq!(tokens["token_type"], "Bearer");
    let reused = send(good(&code, verifier.secret()), web.clone()).await;
    assert_eq!(error_of(reused).1, "invalid_grant");

    // The secret in the form works too; a form that is not one does not.
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let (code, verifier) = (code.as_str(), verifier.secret().as_str());
    let (status, _) = token_request(
        server,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", WEB_CB),
            ("code_verifier", verifier),
            ("client_id", "web"),
            ("client_secret", secret),
        ],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let not_a_form = http()
        .post(server.url("/oauth/token"))
        .json(&serde_json::json!({ "grant_type": "authorization_code" }))
        .send()
        .await
        .unwrap();
    assert_eq!(not_a_form.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        not_a_form.json::<Value>().await.unwrap()["error"],
        "invalid_request"
    );
    let (status, body) = token_request(
        server,
        &[("grant_type", "authorization_code"), ("grant_type", "x")],
        Some(("web", secret)),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_request"))
    );

    // Userinfo without a valid token: 401 with the Bearer challenge.
    let refused = http()
        .get(server.url("/oauth/userinfo"))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert!(refused.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .contains("invalid_token"));
}

async fn authorize_refusals_go_to_a_page_or_back_to_the_app(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let browser = Browser::new(server);
    let client = app_client(&provider, "web").await;
    let url = start_sign_in(&client, false).url;
    let swap = |from: &str, to: &str| url.replace(from, to);
    let encoded_cb = serde_urlencoded::to_string([("r", WEB_CB)]).unwrap();
    let encoded_cb = encoded_cb.trim_start_matches("r=");

    // Unknown client, unregistered redirect URI: a page here, never a redirect there.
    for (bad, about) in [
        (swap("client_id=web", "client_id=nobody"), "unknown_client"),
        (
            swap(encoded_cb, "https%3A%2F%2Fevil.example%2Fcb"),
            "bad_redirect_uri",
        ),
    ] {
        let (status, location) = browser.visit(&bad).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(
            location.as_deref(),
            Some(format!("/oauth/notice?about={about}").as_str())
        );
        let page = browser
            .http
            .get(server.url(location.as_deref().unwrap()))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::BAD_REQUEST);
        assert!(page.text().await.unwrap().contains("Tell the app"));
    }
    // The rest goes back to the app, with its state.
    let no_pkce = url
        .split('&')
        .filter(|p| !p.starts_with("code_challenge"))
        .collect::<Vec<_>>()
        .join("&");
    for (bad, error) in [
        (no_pkce, "invalid_request"),
        (
            swap("code_challenge_method=S256", "code_challenge_method=plain"),
            "invalid_request",
        ),
        (
            swap("response_type=code", "response_type=token"),
            "unsupported_response_type",
        ),
        (
            swap("scope=openid+profile", "scope=profile"),
            "invalid_scope",
        ),
    ] {
        let (status, location) = browser.visit(&bad).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{bad}");
        let answer = callback_query(&location.unwrap(), WEB_CB);
        assert_eq!(param(&answer, "error"), Some(error), "{bad}");
        assert!(param(&answer, "state").is_some());
        assert_eq!(
            param(&answer, "iss"),
            Some(server.base.as_str()),
            "RFC 9207"
        );
        assert!(param(&answer, "code").is_none());
    }
    // The person gives up on the QR page: the app hears access_denied, once.
    let started = start_sign_in(&client, false);
    let (_, to_qr) = browser.visit(&started.url).await;
    let id = to_qr
        .unwrap()
        .trim_start_matches("/login?authorization=")
        .to_owned();
    let page = browser
        .http
        .get(server.url(&format!("/login?authorization={id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let cancel = format!("/oauth/cancel/{id}");
    assert!(
        page.contains(&format!("action=\"{cancel}\"")),
        "the QR page offers the way back"
    );
    let form = "application/x-www-form-urlencoded";
    let (status, _) = browser.visit(&server.url(&cancel)).await;
    assert_eq!(
        status,
        StatusCode::METHOD_NOT_ALLOWED,
        "a link ends nothing"
    );
    let (status, _) = browser
        .post_from(
            "https://evil.example",
            &server.url(&cancel),
            form,
            String::new(),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "nor another site's page");
    let (_, back) = browser
        .post_from(&server.base, &server.url(&cancel), form, String::new())
        .await;
    let answer = callback_query(&back.unwrap(), WEB_CB);
    assert_eq!(param(&answer, "error"), Some("access_denied"));
    assert_eq!(
        param(&answer, "state"),
        Some(started.state.secret().as_str())
    );
    let (_, again) = browser
        .post_from(&server.base, &server.url(&cancel), form, String::new())
        .await;
    assert_eq!(again.as_deref(), Some("/oauth/notice?about=expired"));
    let gone = continue_in(server, &browser, &id).await;
    assert_eq!(gone.as_deref(), Some("/oauth/notice?about=expired"));

    // An expired or made-up request id: the page says so.
    let (_, location) = browser.visit(&server.url("/oauth/continue/nothing")).await;
    assert_eq!(location.as_deref(), Some("/oauth/notice?about=expired"));
    let refused = browser
        .http
        .post(server.url("/api/qr/challenge"))
        .json(&ChallengeRequest {
            authorization: Some("nothing".into()),
            ..ChallengeRequest::default()
        })
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
}

async fn the_phone_logging_the_browser_out_reaches_the_app(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    let id_claims = jwt_payload(&done.id_token);
    let sid = id_claims["sid"].as_str().unwrap().to_owned();

    // The phone logs that browser out.
    assert_eq!(
        done.phone.delete(&format!("/api/devices/{sid}")).await,
        StatusCode::NO_CONTENT
    );
    let token = wait_for_logout(&provider.logouts, &sid).await;

    // A logout token (OpenID Connect Back-Channel Logout 1.0 §2.4),
    // signed with the key the JWKS publishes.
    assert_eq!(jwt_header(&token)["typ"], "logout+jwt");
    let claims = verify_with_jwks(server, &token, "web").await;
    assert_eq!(claims["iss"], server.base.as_str());
    assert_eq!(claims["aud"], "web");
    assert_eq!(claims["sid"], sid.as_str());
    assert_eq!(claims["sub"], id_claims["sub"]);
    assert!(claims["events"]["http://schemas.openid.net/event/backchannel-logout"].is_object());
    assert!(claims.get("nonce").is_none());
    assert!(claims["jti"].as_str().is_some_and(|j| !j.is_empty()));

    // What the app holds is worth nothing now.
    let userinfo = done
        .client
        .user_info(done.access_token.clone(), None)
        .unwrap()
        .request_async::<openidconnect::EmptyAdditionalClaims, _, openidconnect::core::CoreGenderClaim>(&http())
        .await;
    assert!(userinfo.is_err(), "userinfo after logout");
    let started = start_sign_in(&done.client, false);
    let (_, to_qr) = done.browser.visit(&started.url).await;
    assert!(
        to_qr.unwrap().starts_with("/login?authorization="),
        "the browser must scan again"
    );

    // A disabled account: its apps hear it too.
    let other = signed_in(&provider).await;
    let other_sid = other.sid();
    assert!(
        auth::cascade::set_disabled(&server.core, &other.phone.username, true)
            .await
            .unwrap()
    );
    let token = wait_for_logout(&provider.logouts, &other_sid).await;
    assert_eq!(verify_with_jwks(server, &token, "web").await["aud"], "web");
}

/// A browser signed in "this session only" (the person chose not to keep
/// it; a kiosk's sessions are always so) is given to no app without a
/// scan: the app's request goes to the QR page, `prompt=none` gets
/// `login_required`. The scan it then makes serves the request.
async fn a_this_session_only_sign_in_gives_no_app_a_silent_grant(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let client = app_client(&provider, "web").await;
    let (browser, back) = scan_this_session_only(&provider, &start_sign_in(&client, false)).await;
    assert!(
        param(&callback_query(&back, WEB_CB), "code").is_some(),
        "the scan made for the request serves it"
    );

    let (_, again) = browser.visit(&start_sign_in(&client, false).url).await;
    assert!(
        again.unwrap().starts_with("/login?authorization="),
        "no silent grant"
    );
    let started = start_sign_in(&client, false);
    let (_, back) = browser.visit(&format!("{}&prompt=none", started.url)).await;
    let answer = callback_query(&back.unwrap(), WEB_CB);
    assert_eq!(param(&answer, "error"), Some("login_required"));
}

/// A new browser goes to the app's request `started`; a new phone scans
/// its QR page and approves "this session only". The browser, and where
/// the request then sends it (the app's callback).
async fn scan_this_session_only(provider: &Provider, started: &Started) -> (Browser, String) {
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let browser = Browser::new(server);
    let (_, to_qr) = browser.visit(&started.url).await;
    let to_qr = to_qr.unwrap();
    let id = to_qr.trim_start_matches("/login?authorization=").to_owned();
    browser.visit(&server.url(&to_qr)).await;
    let challenge = app_challenge(&browser, &id).await;
    let mut socket = browser.watch(&challenge).await;
    phone
        .approve_with(&protocol::ApproveRequest {
            token: Some(token_of(&challenge)),
            keep_signed_in: Some(false),
            ..protocol::ApproveRequest::default()
        })
        .await
        .unwrap();
    finish(&browser, &mut socket).await;
    let back = continue_in(server, &browser, &id).await.unwrap();
    (browser, back)
}

/// The QR page's cancel and the logout confirmation's answer change state:
/// each is counted against the address with its requests
/// (`CHALLENGES_PER_MINUTE`); past it, `429 rate_limited`.
async fn cancels_and_logout_answers_are_counted_per_address(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.challenges_per_minute = 2;
    let provider = provider_with(store, settings).await;
    let server = &provider.server;
    let browser = Browser::on_network(server, Some(fresh_loopback()));
    let form = "application/x-www-form-urlencoded";
    let nobody = "0".repeat(32);
    let mut statuses = Vec::new();
    for path in ["cancel", "logout", "cancel"] {
        let url = server.url(&format!("/oauth/{path}/{nobody}"));
        let (status, _) = browser
            .post_from(&server.base, &url, form, String::new())
            .await;
        statuses.push(status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
}

/// Item 15 of issue 23: an app that refuses a logout (400) is not sent it
/// again; one down (503) when the session ends gets it again a second
/// later, with a token of its own, from whichever node of the site is up.
async fn a_back_channel_logout_is_sent_again_while_the_app_is_down(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let sends = |outcome: &str| {
        counted(
            auth::metrics::BACKCHANNEL_LOGOUTS,
            &["app=\"web\"", &format!("outcome=\"{outcome}\"")],
        )
    };
    let (refused, retried, delivered) = (sends("refused"), sends("retried"), sends("delivered"));
    /// The phone logs `done`'s browser out; its session id.
    async fn end(done: &SignedIn) -> String {
        let sid = done.sid();
        assert_eq!(
            done.phone.delete(&format!("/api/devices/{sid}")).await,
            StatusCode::NO_CONTENT
        );
        sid
    }
    let done = signed_in(&provider).await;
    provider.logout_answers.script(&[StatusCode::BAD_REQUEST]);
    let before = provider.logout_answers.sends();
    let sid = end(&done).await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(
        provider.logout_answers.sends(),
        before + 1,
        "a refusal is not sent again"
    );
    assert_eq!(logout_for(&provider.logouts, &sid), None);

    // Down (503) when the session ends; the node that ended it stops
    // before the next send is due. The notice is in the store: another
    // node of the site sends it.
    let done = signed_in(&provider).await;
    provider
        .logout_answers
        .script(&[StatusCode::SERVICE_UNAVAILABLE]);
    let before = provider.logout_answers.sends();
    let mut ending = start_apart(&provider.server).await;
    let sid = done.sid();
    let ended = done
        .phone
        .http
        .delete(ending.server.url(&format!("/api/devices/{sid}")))
        .bearer_auth(&done.phone.token)
        .send()
        .await
        .unwrap();
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    for _ in 0..100 {
        if provider.logout_answers.sends() > before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(provider.logout_answers.sends(), before + 1, "sent at once");
    // The node keeps the next due time as soon as the 503 is in (a few
    // milliseconds), then stops.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    ending.stop();
    let token = wait_for_logout(&provider.logouts, &sid).await;
    assert_eq!(provider.logout_answers.sends(), before + 2);
    let claims = verify_with_jwks(&provider.server, &token, "web").await;
    assert_eq!(claims["sid"], sid.as_str());
    // Each app's sends are counted by outcome on /metrics.
    assert!(sends("refused") > refused);
    assert!(sends("retried") > retried);
    // Counted once the app's answer is in, a moment after it took the token.
    for _ in 0..40 {
        if sends("delivered") > delivered {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(sends("delivered") > delivered);
}

/// Item 15 of issue 23: a sign-in that ends by going unused (a browser
/// signed in "this session only", then left) reaches its app too: a check
/// at its idle end finds it gone and sends the logout.
async fn a_sign_in_that_idles_out_reaches_the_app(store: Arc<dyn Store>) {
    let settings = Settings {
        temporary_session_idle: std::time::Duration::from_secs(4),
        ..test_settings()
    };
    let provider = provider_with(store, settings).await;
    let server = &provider.server;
    let client = app_client(&provider, "web").await;
    let started = start_sign_in(&client, false);
    let (_, back) = scan_this_session_only(&provider, &started).await;
    let code = param(&callback_query(&back, WEB_CB), "code")
        .unwrap()
        .to_owned();
    let tokens = exchange(&client, code, started.verifier).await;
    let sid = jwt_payload(&tokens.id_token().unwrap().to_string())["sid"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(logout_for(&provider.logouts, &sid), None);

    // Left alone: within its idle period, a check and a sweep, the app hears it.
    let token = wait_for_logout(&provider.logouts, &sid).await;
    assert_eq!(verify_with_jwks(server, &token, "web").await["aud"], "web");
    assert_eq!(
        server
            .session_by_bearer(tokens.access_token().secret())
            .await,
        StatusCode::UNAUTHORIZED
    );
}

/// The logout token the app received for session `sid`, if any.
fn logout_for(received: &Received, sid: &str) -> Option<String> {
    received
        .lock()
        .unwrap()
        .iter()
        .find(|token| jwt_payload(token)["sid"] == sid)
        .cloned()
}

async fn wait_for_logout(received: &Received, sid: &str) -> String {
    for _ in 0..300 {
        if let Some(token) = logout_for(received, sid) {
            return token;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no back-channel logout within 15 s");
}

/// Verifies a token for app `audience` with nothing but the provider's
/// JWKS: the key its header names, of the algorithm that key states.
async fn verify_with_jwks(server: &Server, token: &str, audience: &str) -> Value {
    let jwks: Value = get_json(server, "/.well-known/jwks.json").await;
    let kid = jwt_header(token)["kid"].as_str().unwrap().to_owned();
    let key = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == kid.as_str())
        .unwrap();
    let text = |name: &str| key[name].as_str().unwrap();
    let (decoding, algorithm) = match text("alg") {
        "ES256" => (
            jsonwebtoken::DecodingKey::from_ec_components(text("x"), text("y")).unwrap(),
            jsonwebtoken::Algorithm::ES256,
        ),
        "RS256" => (
            jsonwebtoken::DecodingKey::from_rsa_components(text("n"), text("e")).unwrap(),
            jsonwebtoken::Algorithm::RS256,
        ),
        other => panic!("an app's token signed with {other}"),
    };
    let mut validation = jsonwebtoken::Validation::new(algorithm);
    validation.set_audience(&[audience]);
    validation.set_issuer(&[server.base.as_str()]);
    validation.set_required_spec_claims(&["iss", "aud", "iat"]);
    jsonwebtoken::decode::<Value>(token, &decoding, &validation)
        .unwrap()
        .claims
}

async fn the_app_logs_the_person_out_with_its_id_token(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let done = signed_in(&provider).await;
    let logout = |query: &[(&str, &str)]| {
        server.url(&format!(
            "/oauth/logout?{}",
            serde_urlencoded::to_string(query).unwrap()
        ))
    };
    // Without a hint, or to an address the app did not register: nothing ends.
    let (_, location) = done.browser.visit(&logout(&[("client_id", "web")])).await;
    assert_eq!(
        location.as_deref(),
        Some("/oauth/notice?about=logout_needs_hint")
    );
    let (_, location) = done
        .browser
        .visit(&logout(&[
            ("id_token_hint", &done.id_token),
            ("post_logout_redirect_uri", "https://evil.example/"),
        ]))
        .await;
    assert_eq!(
        location.as_deref(),
        Some("/oauth/notice?about=bad_logout_redirect")
    );
    assert_eq!(done.phone.devices().await.len(), 1, "still signed in");

    // With the app's ID token: the sign-in ends, the browser goes back.
    let (status, location) = done
        .browser
        .visit(&logout(&[
            ("id_token_hint", &done.id_token),
            ("post_logout_redirect_uri", AFTER_LOGOUT),
            ("state", "bye"),
        ]))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some(format!("{AFTER_LOGOUT}?state=bye").as_str())
    );
    assert!(
        done.phone.devices().await.is_empty(),
        "the browser is logged out here"
    );
    assert_eq!(
        done.browser.session_status().await,
        StatusCode::UNAUTHORIZED
    );
    // Every app of that sign-in hears it (the one that asked, too).
    let sid = done.sid();
    let token = wait_for_logout(&provider.logouts, &sid).await;
    assert_eq!(
        verify_with_jwks(server, &token, "web").await["sub"],
        jwt_payload(&done.id_token)["sub"]
    );
    // Again: nothing left to end, and the page says so.
    let (_, location) = done
        .browser
        .visit(&logout(&[("id_token_hint", &done.id_token)]))
        .await;
    assert_eq!(location.as_deref(), Some("/oauth/notice?about=signed_out"));
}

/// Key rotation (docs/oidc.md): node A signs with generation 1, node B
/// (sharing the store and the key files) with generation 2. Each publishes
/// the other's signing key, ES256 and RS256 alike, and reads the other's
/// tokens: a rolling change of `OIDC_KEY_GENERATION` fails no token.
async fn keys_rotate_between_two_nodes_without_a_token_failing(store: Arc<dyn Store>) {
    let provider = provider(store.clone()).await;
    let a = &provider.server;
    let b = start_with(
        store,
        Settings {
            oidc_key_generation: 2,
            ..(*a.core.settings).clone()
        },
    )
    .await;
    let kids = |server: &Server| {
        let server_url = server.url("/.well-known/jwks.json");
        async move {
            let jwks: Value = http()
                .get(server_url)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            jwks["keys"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k["kid"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    let (at_a, at_b) = (kids(a).await, kids(&b).await);
    let done = signed_in(&provider).await;
    // A browser signs in on B by a scan for "web", then silently for "legacy".
    let browser = Browser::new(&b);
    let phone = Phone::sign_up(&b).await;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let ask = |client: &str, callback: &str, pkce: &str| {
        b.url(&format!(
            "/oauth/authorize?response_type=code&client_id={client}&redirect_uri={callback}&scope=openid&state=s{pkce}"
        ))
    };
    let pkce = format!(
        "&code_challenge={}&code_challenge_method=S256",
        challenge.as_str()
    );
    let (_, to_qr) = browser.visit(&ask("web", WEB_CB, &pkce)).await;
    let back = scan_and_approve(&b, &browser, &phone, &to_qr.unwrap()).await;
    let web_code = param(&callback_query(&back, WEB_CB), "code")
        .unwrap()
        .to_owned();
    let (_, back) = browser.visit(&ask("legacy", LEGACY_CB, "")).await;
    let legacy_code = param(&callback_query(&back.unwrap(), LEGACY_CB), "code")
        .unwrap()
        .to_owned();
    let token_at_b = |code: String,
                      callback: &'static str,
                      verifier: Option<String>,
                      basic: (&'static str, String)| {
        let b = &b;
        async move {
            let mut form = vec![
                ("grant_type", "authorization_code".to_owned()),
                ("code", code),
                ("redirect_uri", callback.to_owned()),
            ];
            form.extend(verifier.map(|v| ("code_verifier", v)));
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let (status, body) = token_request(b, &form, Some((basic.0, &basic.1))).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            body["id_token"].as_str().unwrap().to_owned()
        }
    };
    let secret = provider.secret.clone();
    let es256 = token_at_b(
        web_code,
        WEB_CB,
        Some(verifier.secret().clone()),
        ("web", secret.clone()),
    )
    .await;
    let rs256 = token_at_b(legacy_code, LEGACY_CB, None, ("legacy", secret)).await;
    for (token, aud) in [(&es256, "web"), (&rs256, "legacy")] {
        let kid = jwt_header(token)["kid"].as_str().unwrap().to_owned();
        assert!(
            !at_a.is_empty() && at_a.contains(&kid),
            "A published B's key before B signed"
        );
        let read: Option<Value> =
            a.core
                .keys
                .oidc()
                .verify(token, &b.core.settings.public_url, Some(aud), false);
        assert!(read.is_some(), "A reads B's {aud} token");
    }
    let kid = jwt_header(&done.id_token)["kid"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(at_b.contains(&kid), "B still publishes A's key");
    let read: Option<Value> = b.core.keys.oidc().verify(
        &done.id_token,
        &a.core.settings.public_url,
        Some("web"),
        false,
    );
    assert!(read.is_some(), "B reads A's token");
    assert_ne!(
        jwt_header(&es256)["kid"],
        jwt_header(&done.id_token)["kid"],
        "B signs with its own"
    );
}

/// An app's request waiting for a scan is the first browser's that shows
/// its QR page: another browser, signed in here or not, cannot make a code
/// that names the app to a phone, go on with it to get a code, nor cancel
/// it; a request no QR page showed goes on for no one. The browser that
/// showed it signs in as usual.
async fn an_apps_request_belongs_to_the_browser_that_showed_it(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let client = app_client(&provider, "web").await;
    let other = signed_in(&provider).await;
    let id_of = |to_qr: Option<String>| {
        to_qr
            .unwrap()
            .strip_prefix("/login?authorization=")
            .unwrap()
            .to_owned()
    };
    // Shown by nobody yet: nobody's.
    let (_, to_qr) = Browser::new(server)
        .visit(&start_sign_in(&client, false).url)
        .await;
    let unshown = id_of(to_qr);
    assert_eq!(
        continue_in(server, &other.browser, &unshown)
            .await
            .as_deref(),
        Some("/oauth/notice?about=other_browser")
    );

    let owner = Browser::new(server);
    let (_, to_qr) = owner.visit(&start_sign_in(&client, true).url).await;
    let to_qr = to_qr.unwrap();
    let id = id_of(Some(to_qr.clone()));
    let (status, _) = owner.visit(&server.url(&to_qr)).await;
    assert_eq!(status, StatusCode::OK);

    // Another browser: no code naming the app, no code for the app.
    let refused = other
        .browser
        .http
        .post(server.url("/api/qr/challenge"))
        .json(&ChallengeRequest {
            authorization: Some(id.clone()),
            ..ChallengeRequest::default()
        })
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let said: Value = refused.json().await.unwrap();
    assert!(
        said["detail"].as_str().unwrap().contains("another browser"),
        "{said}"
    );
    assert_eq!(
        continue_in(server, &other.browser, &id).await.as_deref(),
        Some("/oauth/notice?about=other_browser")
    );
    let form = "application/x-www-form-urlencoded";
    let cancel = server.url(&format!("/oauth/cancel/{id}"));
    let (_, to) = other
        .browser
        .post_from(&server.base, &cancel, form, String::new())
        .await;
    assert_eq!(to.as_deref(), Some("/oauth/notice?about=other_browser"));

    // Its own browser goes on.
    let back = scan_and_approve(server, &owner, &other.phone, &to_qr).await;
    assert!(param(&callback_query(&back, WEB_CB), "code").is_some());
}

/// Codes given without a scan (a browser signed in here) are counted: one
/// sign-in gets `CODES_PER_SESSION` a minute, an address as many as
/// `CHALLENGES_PER_MINUTE`; past that the app hears
/// `temporarily_unavailable`, and nothing more is written.
async fn silent_sign_ins_are_limited_per_sign_in_and_per_address(store: Arc<dyn Store>) {
    use auth::oidc::provider::CODES_PER_SESSION;
    /// Of `tries` silent sign-ins of `client` in `browser`: codes given,
    /// and every other answer's error.
    async fn silently(browser: &Browser, client: &App, tries: usize) -> (usize, Vec<String>) {
        let (mut codes, mut errors) = (0, Vec::new());
        for _ in 0..tries {
            let started = start_sign_in(client, false);
            let (_, back) = browser.visit(&started.url).await;
            let answer = callback_query(&back.unwrap(), WEB_CB);
            match param(&answer, "code") {
                Some(_) => codes += 1,
                None => errors.push(param(&answer, "error").unwrap().to_owned()),
            }
        }
        (codes, errors)
    }
    let provider = provider(store.clone()).await;
    let done = signed_in(&provider).await;
    let (codes, errors) = silently(&done.browser, &done.client, 12).await;
    // The sign-in's own code was the first.
    assert_eq!(codes as u64, CODES_PER_SESSION - 1);
    assert!(
        errors.iter().all(|e| e == "temporarily_unavailable"),
        "{errors:?}"
    );

    let mut settings = test_settings();
    settings.limits.challenges_per_minute = 4;
    let provider = provider_with(store, settings).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let browser = Browser::on_network(server, Some(fresh_loopback()));
    let client = app_client(&provider, "web").await;
    let (_, to_qr) = browser.visit(&start_sign_in(&client, false).url).await;
    scan_and_approve(server, &browser, &phone, &to_qr.unwrap()).await;
    let (codes, errors) = silently(&browser, &client, 6).await;
    assert_eq!(
        codes, 3,
        "four a minute from this address, the scan's one of them"
    );
    assert_eq!(errors, ["temporarily_unavailable"; 3]);
}

/// An app's logout with an expired `id_token_hint` (an app logs out long
/// after its ID token's 10 minutes): from the browser that holds the
/// sign-in it names, that sign-in ends; from a browser without a sign-in
/// here, nothing ends; from a browser with a sign-in of its own, a page of
/// this site asks first, and only this browser's sign-in may end. The
/// sign-in the old hint names never ends from another browser.
async fn an_old_logout_link_ends_a_sign_in_only_from_its_own_browser(store: Arc<dyn Store>) {
    use auth::oidc::provider::IdClaims;
    let provider = provider(store).await;
    let server = &provider.server;
    let expired = |id_token: &str| -> String {
        let mut claims: IdClaims = serde_json::from_value(jwt_payload(id_token)).unwrap();
        claims.exp = 1_000;
        server
            .core
            .keys
            .oidc()
            .sign(OidcAlg::ES256, "JWT", &claims)
            .unwrap()
    };
    let logout = |hint: &str| {
        server.url(&format!(
            "/oauth/logout?id_token_hint={hint}&post_logout_redirect_uri={AFTER_LOGOUT}&state=bye"
        ))
    };
    let back = format!("{AFTER_LOGOUT}?state=bye");
    let form = "application/x-www-form-urlencoded";

    // The browser that holds it.
    let a = signed_in(&provider).await;
    let (status, to) = a.browser.visit(&logout(&expired(&a.id_token))).await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some(back.as_str()))
    );
    assert_eq!(a.browser.session_status().await, StatusCode::UNAUTHORIZED);

    // A browser signed in nowhere: back to the app, nothing ended.
    let b = signed_in(&provider).await;
    let old = expired(&b.id_token);
    let (_, to) = Browser::new(server).visit(&logout(&old)).await;
    assert_eq!(to.as_deref(), Some(back.as_str()));
    assert_eq!(
        b.browser.session_status().await,
        StatusCode::OK,
        "not from elsewhere"
    );

    // A browser with a sign-in of its own: asked on a page of this site.
    /// The confirmation page `browser` is sent to from `url`, and the
    /// address its form posts to.
    async fn asked(server: &Server, browser: &Browser, url: &str) -> (String, String) {
        let (_, to) = browser.visit(url).await;
        let to = to.unwrap();
        let id = to
            .strip_prefix("/oauth/notice?about=confirm_logout&logout=")
            .unwrap_or_else(|| panic!("not asked: {to}"))
            .to_owned();
        (to, server.url(&format!("/oauth/logout/{id}")))
    }
    let c = signed_in(&provider).await;
    let (page, confirm) = asked(server, &c.browser, &logout(&old)).await;
    assert_eq!(
        c.browser.session_status().await,
        StatusCode::OK,
        "not before asked"
    );
    let html = c.browser.http.get(server.url(&page)).send().await.unwrap();
    assert_eq!(html.status(), StatusCode::OK);
    let html = html.text().await.unwrap();
    let action = confirm.trim_start_matches(&server.base);
    assert!(html.contains(&format!("action=\"{action}\"")), "{html}");
    let (status, _) = c
        .browser
        .post_from("https://evil.example", &confirm, form, "choice=out".into())
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no other site answers it");
    let (_, to) = b
        .browser
        .post_from(&server.base, &confirm, form, "choice=out".into())
        .await;
    assert_eq!(
        to.as_deref(),
        Some("/oauth/notice?about=expired"),
        "nor another browser"
    );
    assert_eq!(b.browser.session_status().await, StatusCode::OK);
    let (status, to) = c
        .browser
        .post_from(&server.base, &confirm, form, "choice=out".into())
        .await;
    assert_eq!(
        (status, to.as_deref()),
        (StatusCode::SEE_OTHER, Some(back.as_str()))
    );
    assert_eq!(c.browser.session_status().await, StatusCode::UNAUTHORIZED);
    assert_eq!(b.browser.session_status().await, StatusCode::OK);
    let (_, to) = c
        .browser
        .post_from(&server.base, &confirm, form, "choice=out".into())
        .await;
    assert_eq!(to.as_deref(), Some("/oauth/notice?about=expired"), "once");

    // "Stay logged in".
    let d = signed_in(&provider).await;
    let (_, confirm) = asked(server, &d.browser, &logout(&old)).await;
    let (_, to) = d
        .browser
        .post_from(&server.base, &confirm, form, "choice=stay".into())
        .await;
    assert_eq!(to.as_deref(), Some(back.as_str()));
    assert_eq!(d.browser.session_status().await, StatusCode::OK);
    assert_eq!(b.browser.session_status().await, StatusCode::OK);
}

/// Every refusal of an app's request is logged for the operator, with the
/// client id as asked and the reason; never the secret or the code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_refusal_is_logged_with_the_client_and_the_reason() {
    let logs = crate::support::captured_logs();
    let provider = provider(crate::support::memory_store()).await;
    let server = &provider.server;
    let tag = |what: &str| {
        let bytes: [u8; 8] = auth::random();
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        format!("{what}-{hex}")
    };
    let unknown = tag("nobody");
    Browser::new(server)
        .visit(&server.url(&format!(
            "/oauth/authorize?client_id={unknown}&redirect_uri={WEB_CB}"
        )))
        .await;
    let done = signed_in(&provider).await;
    let (code, verifier) = fresh_code(&done.browser, &done.client).await;
    let wrong_secret = tag("wrong");
    let ghost = tag("ghost");
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", WEB_CB),
        ("code_verifier", verifier.secret().as_str()),
    ];
    for basic in [("web", wrong_secret.as_str()), (ghost.as_str(), "x")] {
        let (status, _) = token_request(server, &form, Some(basic)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }

    let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    let refusal = |client: &str, error: &str| {
        text.lines().any(|line| {
            line.contains("an app's request was refused")
                && line.contains(&format!("client_id=Some(\"{client}\")"))
                && line.contains(error)
        })
    };
    assert!(refusal(&unknown, "unknown_client"), "{text}");
    assert!(refusal(&ghost, "invalid_client"));
    assert!(refusal("web", "invalid_client"));
    assert!(!text.contains(&wrong_secret), "a secret in the logs");
    assert!(!text.contains(&code), "a code in the logs");
}

/// The client file is read again on SIGHUP (the real binary): an app added
/// is known at once, one removed is not; a file that does not load leaves
/// the clients as they were, and the log says why.
#[tokio::test]
async fn the_client_file_is_read_again_on_sighup() {
    let file = std::env::temp_dir().join(format!("qr-login-clients-{}.toml", uuid::Uuid::new_v4()));
    let write = |ids: &[&str]| {
        let text: String = ids
            .iter()
            .map(|id| format!("[[client]]\nid = \"{id}\"\nname = \"App {id}\"\nredirect_uris = [\"{WEB_CB}\"]\n\n"))
            .collect();
        std::fs::write(&file, text).unwrap();
    };
    write(&["first"]);
    let store = StoreConfig::Redis(crate::support::redis_url());
    let key = shared_key();
    let path = file.to_str().unwrap().to_owned();
    let node = Node::start(NodeOptions {
        store: &store,
        key: &key,
        public_url: None,
        metrics: false,
        env: &[("OIDC_CLIENTS", &path), ("RUST_LOG", "info")],
    })
    .await;
    let (challenge, _) = PkceCodeChallenge::new_random_sha256();
    let browser = Browser::new(&node.server);
    let known = |id: &'static str| {
        let url = node.server.url(&format!(
            "/oauth/authorize?response_type=code&client_id={id}&redirect_uri={WEB_CB}&scope=openid&code_challenge={}&code_challenge_method=S256",
            challenge.as_str()
        ));
        let browser = &browser;
        async move {
            let (_, to) = browser.visit(&url).await;
            to.as_deref() != Some("/oauth/notice?about=unknown_client")
        }
    };
    let until = |id: &'static str, wanted: bool| async move {
        for _ in 0..100 {
            if known(id).await == wanted {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        false
    };
    assert!(known("first").await);
    assert!(!known("second").await);

    write(&["first", "second"]);
    node.hang_up();
    assert!(until("second", true).await, "an app added is known");

    std::fs::write(&file, "[[client]\nid = ").unwrap();
    node.hang_up();
    assert!(node.logged("OIDC_CLIENTS not read again").await);
    assert!(
        known("first").await && known("second").await,
        "the clients stay"
    );

    write(&["second"]);
    node.hang_up();
    assert!(until("first", false).await, "an app removed is unknown");
    assert!(known("second").await);
}

/// CORS (docs/oidc.md): a public client's page, from its redirect URI's
/// origin, trades its code, reads userinfo and revokes from the browser;
/// a confidential client's origin and any other are not told anything
/// (no `Access-Control-Allow-Origin`), and credentials are never allowed.
#[tokio::test]
async fn a_single_page_app_calls_the_provider_from_its_own_origin() {
    let provider = provider(crate::support::memory_store()).await;
    let server = &provider.server;
    let allowed = |response: &reqwest::Response| {
        assert!(response
            .headers()
            .get("access-control-allow-credentials")
            .is_none());
        response
            .headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let preflight = |path: &'static str, origin: &'static str| async move {
        http()
            .request(reqwest::Method::OPTIONS, server.url(path))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization")
            .send()
            .await
            .unwrap()
    };
    for path in [
        "/.well-known/openid-configuration",
        "/.well-known/jwks.json",
        "/oauth/token",
        "/oauth/userinfo",
        "/oauth/revoke",
    ] {
        let response = preflight(path, NATIVE_ORIGIN).await;
        assert!(response.status().is_success(), "{path}");
        assert_eq!(allowed(&response).as_deref(), Some(NATIVE_ORIGIN), "{path}");
        let headers = response.headers()["access-control-allow-headers"]
            .to_str()
            .unwrap();
        assert!(headers.contains("authorization"), "{path}: {headers}");
        for other in ["http://127.0.0.1:9", "https://evil.example", "null"] {
            assert_eq!(
                allowed(&preflight(path, other).await),
                None,
                "{path} {other}"
            );
        }
    }
    assert_eq!(
        allowed(&preflight("/oauth/introspect", NATIVE_ORIGIN).await),
        None
    );

    let done = signed_in(&provider).await;
    let native = app_client(&provider, "native").await;
    let started = start_sign_in(&native, false);
    let (_, back) = done.browser.visit(&started.url).await;
    let code = param(&callback_query(&back.unwrap(), NATIVE_CB), "code")
        .unwrap()
        .to_owned();
    let from_page = |request: reqwest::RequestBuilder, origin: &str| {
        request
            .header("origin", origin)
            .header("sec-fetch-site", "cross-site")
    };
    let form = [
        ("grant_type", "authorization_code"),
        ("client_id", "native"),
        ("code", code.as_str()),
        ("redirect_uri", NATIVE_CB),
        ("code_verifier", started.verifier.secret().as_str()),
    ];
    let traded = from_page(
        http().post(server.url("/oauth/token")).form(&form),
        NATIVE_ORIGIN,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(traded.status(), StatusCode::OK);
    assert_eq!(allowed(&traded).as_deref(), Some(NATIVE_ORIGIN));
    assert!(traded.headers()["vary"]
        .to_str()
        .unwrap()
        .contains("origin"));
    let tokens: Value = traded.json().await.unwrap();
    let access = tokens["access_token"].as_str().unwrap();

    let read = from_page(http().get(server.url("/oauth/userinfo")), NATIVE_ORIGIN)
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), StatusCode::OK);
    assert_eq!(allowed(&read).as_deref(), Some(NATIVE_ORIGIN));
    let elsewhere = from_page(
        http().get(server.url("/oauth/userinfo")),
        "https://evil.example",
    )
    .bearer_auth(access)
    .send()
    .await
    .unwrap();
    assert_eq!(allowed(&elsewhere), None, "another page cannot read it");

    let revoked = from_page(http().post(server.url("/oauth/revoke")), NATIVE_ORIGIN)
        .form(&[("client_id", "native"), ("token", access)])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::OK);
    assert_eq!(allowed(&revoked).as_deref(), Some(NATIVE_ORIGIN));
    assert_eq!(
        userinfo_status(server, access).await,
        StatusCode::UNAUTHORIZED
    );
}

/// Without registered clients the provider is off: its addresses are
/// unknown, whatever form or query is sent to them. The JWKS stays: it
/// holds the server's own key too.
#[tokio::test]
async fn without_clients_the_provider_is_off() {
    let server = crate::support::server::start(crate::support::memory_store()).await;
    let gets = [
        "/.well-known/openid-configuration",
        "/oauth/authorize?client_id=x",
        "/oauth/continue/x",
        "/oauth/logout?client_id=x",
        "/oauth/userinfo",
    ];
    let posts = [
        "/oauth/authorize",
        "/oauth/cancel/x",
        "/oauth/token",
        "/oauth/revoke",
        "/oauth/introspect",
        "/oauth/device_authorization",
        "/oauth/logout/x",
        "/oauth/userinfo",
    ];
    let sent = gets.iter().map(|path| http().get(server.url(path))).chain(
        posts
            .iter()
            .map(|path| http().post(server.url(path)).form(&[("client_id", "x")])),
    );
    for request in sent {
        let response = request.send().await.unwrap();
        let url = response.url().path().to_owned();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{url}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"], "not_found", "{url}");
    }
    let keys = http()
        .get(server.url("/.well-known/jwks.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(keys.status(), StatusCode::OK);
}

async fn wrong_secrets_and_codes_are_limited_per_address(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.code_misses_per_minute = 3;
    let provider = provider_with(store, settings).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let browser = Browser::new(server);
    let client = app_client(&provider, "web").await;
    let started = start_sign_in(&client, false);
    let (_, to_qr) = browser.visit(&started.url).await;
    let back = scan_and_approve(server, &browser, &phone, &to_qr.unwrap()).await;
    let code = param(&callback_query(&back, WEB_CB), "code")
        .unwrap()
        .to_owned();
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", WEB_CB),
        ("code_verifier", started.verifier.secret().as_str()),
    ];
    // The guesser's own address (the shared Redis counts every test's).
    let guesser = reqwest::Client::builder()
        .local_address(Some(fresh_loopback()))
        .build()
        .unwrap();
    let send = |secret: &str| {
        guesser
            .post(server.url("/oauth/token"))
            .form(&form)
            .basic_auth("web", Some(secret.to_owned()))
            .send()
    };
    for _ in 0..3 {
        let response = send("guess").await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            response.json::<Value>().await.unwrap()["error"],
            "invalid_client"
        );
    }
    // The fourth miss in the minute: every request of that address waits,
    // the right one too (the code is still unspent: the secret was wrong).
    let response = send(&provider.secret).await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    assert_eq!(
        response.json::<Value>().await.unwrap()["error"],
        "temporarily_unavailable"
    );
    // Another address (the app's server) is not held up by it.
    let app_server = reqwest::Client::builder()
        .local_address(Some(fresh_loopback()))
        .build()
        .unwrap();
    let response = app_server
        .post(server.url("/oauth/token"))
        .form(&form)
        .basic_auth("web", Some(&provider.secret))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

/// Each wrong secret takes its place in the address's count before it is
/// checked: sixty at once against a limit of thirty, and no more than
/// thirty are ever judged.
async fn concurrent_wrong_secrets_cannot_pass_the_limit_together(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.code_misses_per_minute = 30;
    let provider = provider_with(store, settings).await;
    let guesser = reqwest::Client::builder()
        .local_address(Some(fresh_loopback()))
        .build()
        .unwrap();
    let url = provider.server.url("/oauth/token");
    let statuses = crate::support::all_at_once(60, |_| {
        let request = guesser
            .post(url.clone())
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", "not-a-code"),
                ("redirect_uri", WEB_CB),
                ("code_verifier", "x"),
            ])
            .basic_auth("web", Some("guess"));
        async move { request.send().await.unwrap().status() }
    })
    .await;
    let judged = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let held = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(judged + held, 60, "{statuses:?}");
    assert!(
        judged <= 30,
        "{judged} secrets judged against a limit of 30"
    );
}

/// A loopback address of its own (127.x.y.z): another client to the server.
fn fresh_loopback() -> std::net::IpAddr {
    let r = uuid::Uuid::new_v4().as_u128();
    std::net::IpAddr::V4(std::net::Ipv4Addr::new(
        127,
        (r >> 16) as u8,
        (r >> 8) as u8,
        (r as u8).max(2),
    ))
}

async fn a_sign_in_confirmed_by_a_passkey_says_so_in_amr(store: Arc<dyn Store>) {
    let provider = provider_at(store, test_settings(), true).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let mut passkey = crate::passkeys::add_passkey(server, &phone).await;
    let browser = Browser::new(server);
    let client = app_client(&provider, "web").await;
    let started = start_sign_in(&client, false);
    // The app sends the browser to the site's name; the test reaches it at 127.0.0.1.
    let url = started
        .url
        .replace(&server.core.settings.public_url, &server.base);
    let (_, to_qr) = browser.visit(&url).await;
    let id = to_qr
        .unwrap()
        .trim_start_matches("/login?authorization=")
        .to_owned();
    let challenge = app_challenge(&browser, &id).await;
    let mut socket = browser.watch(&challenge).await;
    let token = token_of(&challenge);
    let options = phone
        .inspect(&token)
        .await
        .unwrap()
        .passkey
        .expect("options");
    phone
        .approve_with(&protocol::ApproveRequest {
            passkey: Some(passkey.get(&options)),
            ..crate::support::phone::approval(&token)
        })
        .await
        .unwrap();
    finish(&browser, &mut socket).await;
    let amr = amr_on_return(server, &browser, &id, &client, started).await;
    assert_eq!(
        amr,
        ["qr", "hwk", "user"],
        "a user-verified passkey confirmed it"
    );
}

/// The signed-in `browser` goes on from the QR page of request `id` to the
/// web app's callback; the app trades the code: the `amr` of its ID token.
async fn amr_on_return(
    server: &Server,
    browser: &Browser,
    id: &str,
    client: &App,
    started: Started,
) -> Vec<String> {
    let back = continue_in(server, browser, id).await;
    let code = param(&callback_query(&back.unwrap(), WEB_CB), "code")
        .unwrap()
        .to_owned();
    let tokens = exchange(client, code, started.verifier).await;
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&client.id_token_verifier(), &started.nonce)
        .unwrap();
    amr_of(claims)
}

/// "Use a passkey" on the app's QR page: the browser signs itself in, the
/// app is allowed (as "Log in" on a phone allows it) and gets its code;
/// no QR was scanned, and `amr` says so.
async fn a_passkey_on_the_computer_signs_the_waiting_app_in(store: Arc<dyn Store>) {
    let provider = provider_at(store, test_settings(), true).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let mut passkey = crate::passkeys::add_passkey(server, &phone).await;
    let browser = Browser::new(server);
    // Signed in here already, with no app asking.
    browser.challenge().await;
    let (status, _, _) =
        crate::passkeys::passkey_login(&browser, &mut passkey, serde_json::json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let client = app_client(&provider, "web").await;
    let started = start_sign_in(&client, false);
    let url = started
        .url
        .replace(&server.core.settings.public_url, &server.base);
    let (_, to_qr) = browser.visit(&url).await;
    let to_qr = to_qr.unwrap();
    let id = to_qr.trim_start_matches("/login?authorization=").to_owned();
    // The QR page makes the request this browser's.
    let (status, _) = browser.visit(&server.url(&to_qr)).await;
    assert_eq!(status, StatusCode::OK);
    // Signed in is not allowed: sent on, the browser goes back to the QR
    // page, and the app gets nothing the person did not allow.
    let unasked = continue_in(server, &browser, &id).await;
    assert_eq!(unasked.as_deref(), Some(to_qr.as_str()));

    // Another browser cannot sign in for it.
    let other = Browser::new(server);
    other.challenge().await;
    let with_app = serde_json::json!({ "authorization": id });
    let (status, _, body) =
        crate::passkeys::passkey_login(&other, &mut passkey, with_app.clone()).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
    assert!(phone
        .get::<Value>("/api/apps")
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());

    let (status, _, body) = crate::passkeys::passkey_login(&browser, &mut passkey, with_app).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let apps: Value = phone.get("/api/apps").await.unwrap();
    assert_eq!(apps[0]["clientId"], "web", "the app is allowed: {apps}");
    let amr = amr_on_return(server, &browser, &id, &client, started).await;
    assert_eq!(amr, ["hwk", "user"], "a passkey, no scan");
    assert_eq!(phone.devices().await[0].app.as_deref(), Some("Example Web"));
}

/// Whatever a client without an account sends to the provider's addresses:
/// an answer under 500, and the provider still works after.
#[tokio::test]
async fn hostile_input_to_the_provider_is_refused_and_changes_nothing() {
    let provider = provider(crate::support::memory_store()).await;
    let server = &provider.server;
    let nav = Browser::new(server);
    let long = "x".repeat(5000);
    let gets = [
        "/oauth/authorize".to_owned(),
        "/oauth/authorize?client_id=%FF%FE".to_owned(),
        format!("/oauth/authorize?client_id=web&redirect_uri={WEB_CB}&state={long}"),
        format!("/oauth/authorize?client_id=web&redirect_uri={WEB_CB}&response_type=code&scope=openid&code_challenge=%00&code_challenge_method=S256"),
        "/oauth/authorize?client_id=web&client_id=native".to_owned(),
        "/oauth/continue/..%2F..%2Fetc".to_owned(),
        format!("/oauth/continue/{long}"),
        "/oauth/logout?id_token_hint=a.b.c".to_owned(),
        format!("/oauth/logout?id_token_hint={long}&post_logout_redirect_uri=https://evil.example/"),
        "/oauth/logout?client_id=nobody&post_logout_redirect_uri=https://evil.example/".to_owned(),
        "/oauth/notice?about=%3Cscript%3E".to_owned(),
    ];
    for path in &gets {
        let (status, location) = nav.visit(&server.url(path)).await;
        assert!(
            status.is_client_error() || status.is_redirection(),
            "{path}: {status}"
        );
        if let Some(location) = location {
            assert!(
                location.starts_with('/') || location.starts_with("http://127.0.0.1:9/"),
                "{path} sent the browser off to {location}"
            );
        }
    }
    let bodies = [
        String::new(),
        "grant_type=authorization_code&code=%FF".into(),
        format!("grant_type=authorization_code&client_id=native&code={long}&redirect_uri={NATIVE_CB}&code_verifier={long}"),
        "grant_type=authorization_code&client_id=native&code=AAAA&redirect_uri=x".into(),
        "\u{0}\u{0}".into(),
    ];
    for body in bodies {
        let response = http()
            .post(server.url("/oauth/token"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        let status = response.status();
        assert!(status.is_client_error(), "{body:.40}: {status}");
        let json: Value = response.json().await.unwrap();
        assert!(json["error"].is_string(), "{json}");
    }
    for token in ["", "a.b.c", long.as_str()] {
        let response = http()
            .get(server.url("/oauth/userinfo"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{token:.20}");
    }
    // Still signs a person in.
    let done = signed_in(&provider).await;
    assert_eq!(done.phone.devices().await.len(), 1);
}
