//! The attacks a review found, one test each, over real HTTP and WebSocket:
//! a hostile page on a sibling site, a network client with no account, a
//! relayed or copied token. Where the store matters, once with each store.

use std::sync::Arc;
use std::time::Duration;

use auth::{Settings, Store};
use protocol::{BrowserEvent, ChallengeRequest, ErrorCode};
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::support::browser::{token_of, Browser};
use crate::support::phone::{approval, Phone, PASSWORD};
use crate::support::server::{start, start_behind, start_with, start_with_edge, test_edge, Server};
use crate::support::{
    all_at_once, finish, for_each_store, fresh_address, logged_in, post_json, test_settings,
    LoggedIn,
};

const EVIL: &str = "https://evil.login.example.com";

for_each_store!(
    a_sibling_sites_form_cannot_approve_a_login,
    a_sibling_site_cannot_sign_the_phone_in_or_out,
    cookie_authenticated_calls_from_another_site_are_refused,
    random_qr_ids_subscribe_to_nothing,
    a_challenge_holds_a_handful_of_sockets_and_an_address_a_bounded_number,
    thirty_parallel_guesses_meet_a_limit_of_ten,
    sign_ins_and_sign_ups_are_limited_per_address,
    an_address_that_guesses_codes_is_refused_every_code,
    the_access_token_opens_one_session_once_for_its_own_browser,
    a_binding_secret_chosen_by_the_client_is_replaced,
    a_kiosk_login_is_session_only_and_ends_on_the_server_by_itself,
    concurrent_approvals_never_pass_the_linked_browser_limit,
    disabling_an_account_ends_its_phone_sessions,
    the_phone_lists_and_signs_out_its_other_phones,
    a_password_change_signs_out_the_other_phones,
    a_forgotten_password_comes_back_with_a_recovery_code_once,
    names_shown_to_people_cannot_hide_or_reorder_text,
    long_polls_are_bounded_per_address,
);

/// A phone signed in on the site's own mobile pages (the `qr_device` cookie).
async fn web_phone(server: &Server) -> (Browser, Phone) {
    let phone = Phone::sign_up(server).await;
    let page = Browser::new(server);
    page.sign_in_as_phone(&phone.username, PASSWORD).await;
    (page, phone)
}

/// A POST that the phone's browser makes because a page of `origin` told it
/// to (an auto-submitted form): its cookies, that page's origin.
async fn forged_form(
    victim: &Browser,
    server: &Server,
    path: &str,
    form: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new()
        .post(server.url(path))
        .header("cookie", victim.cookies())
        .form(form);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The ways a cross-site request can introduce itself.
const FOREIGN: &[&[(&str, &str)]] = &[
    &[("origin", EVIL)],
    &[("origin", EVIL), ("sec-fetch-site", "same-site")],
    &[("origin", "null")],
    &[("sec-fetch-site", "same-site")],
    &[("sec-fetch-site", "cross-site")],
    &[],
];

async fn a_sibling_sites_form_cannot_approve_a_login(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (phone_page, _) = web_phone(&server).await;
    let desktop = Browser::new(&server);
    let challenge = desktop.challenge().await;
    let token = token_of(&challenge);
    for headers in FOREIGN {
        let (status, body) = forged_form(
            &phone_page,
            &server,
            "/api/web/decide",
            &[("token", &token), ("approve", "true")],
            headers,
        )
        .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (StatusCode::FORBIDDEN, Some("cross_site")),
            "{headers:?}"
        );
    }
    // Nothing happened: the code is still waiting, not even scanned.
    assert_eq!(
        desktop.poll(&challenge.qr_id, 1).await.unwrap(),
        BrowserEvent::Pending
    );
    // The phone's own page still decides, from the site's origin.
    let (status, body) = phone_page
        .server_fn("decide", &[("token", &token), ("approve", "true")])
        .await;
    assert_eq!((status, body), (StatusCode::OK, json!("authorized")));
}

async fn a_sibling_site_cannot_sign_the_phone_in_or_out(store: Arc<dyn Store>) {
    let server = start(store).await;
    // Login CSRF: the attacker's page signs the victim's phone into the
    // attacker's account, so that the victim approves logins for it.
    let attacker = Phone::sign_up(&server).await;
    for headers in FOREIGN {
        let response = {
            let mut request = reqwest::Client::new()
                .post(server.url("/api/web/sign-in"))
                .form(&[
                    ("username", attacker.username.as_str()),
                    ("password", PASSWORD),
                ]);
            for (name, value) in *headers {
                request = request.header(*name, *value);
            }
            request.send().await.unwrap()
        };
        // Without cookies and without any origin, it is not a browser: a
        // script may sign in, but its cookie lands nowhere near the victim.
        if headers.is_empty() {
            assert_eq!(response.status(), StatusCode::OK);
            continue;
        }
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
        assert!(response.headers().get("set-cookie").is_none());
    }
    let (page, _) = web_phone(&server).await;
    let (status, _) = forged_form(
        &page,
        &server,
        "/api/web/sign-out",
        &[],
        &[("origin", EVIL)],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, me) = page.server_fn("me", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(me["displayName"].is_string(), "still signed in: {me}");
}

async fn cookie_authenticated_calls_from_another_site_are_refused(store: Arc<dyn Store>) {
    let server = start(store).await;
    let LoggedIn { browser, phone, .. } = logged_in(&server).await;
    for (method, path) in [
        (reqwest::Method::POST, "/api/session/logout"),
        (reqwest::Method::POST, "/api/session/token"),
        (reqwest::Method::POST, "/api/qr/challenge"),
    ] {
        let response = reqwest::Client::new()
            .request(method.clone(), server.url(path))
            .header("cookie", browser.cookies())
            .header("origin", EVIL)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{method} {path}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"], "cross_site");
    }
    assert_eq!(
        browser.session_status().await,
        StatusCode::OK,
        "still signed in"
    );
    let page = Browser::new(&server);
    page.sign_in_as_phone(&phone.username, PASSWORD).await;
    let response = reqwest::Client::new()
        .delete(server.url("/api/devices"))
        .header("cookie", page.cookies())
        .header("sec-fetch-site", "same-site")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(phone.devices().await.len(), 1, "nothing was unlinked");
}

#[tokio::test]
async fn sockets_compare_the_origin_with_the_public_url_not_the_host() {
    let server = start_behind(crate::support::memory_store(), "https://login.example.com").await;
    let browser = Browser::new(&server);
    // A page served by this very host under another name is not the site.
    let own_host = server.base.clone();
    let response = browser
        .socket_from(
            "/api/qr/ws?qrId=0123456789abcdef0123456789abcdef",
            Some(&own_host),
        )
        .await;
    assert_eq!(response.err(), Some(403));
    for origin in ["null", EVIL, "https://login.example.com.evil.example"] {
        assert_eq!(
            browser
                .socket_from("/api/session/ws", Some(origin))
                .await
                .err(),
            Some(403),
            "{origin}"
        );
    }
    // The site's own origin gets as far as the next rule (no session: 401).
    assert_eq!(
        browser
            .socket_from("/api/session/ws", Some("https://login.example.com"))
            .await
            .err(),
        Some(401)
    );
}

async fn random_qr_ids_subscribe_to_nothing(store: Arc<dyn Store>) {
    let server = start(store.clone()).await;
    let browser = Browser::new(&server);
    browser.challenge().await;
    let ids: Vec<String> = (0..50)
        .map(|_| uuid::Uuid::new_v4().simple().to_string())
        .collect();
    for id in &ids {
        let path = format!("/api/qr/ws?qrId={id}");
        assert_eq!(browser.socket(&path).await.err(), Some(410));
        let poll = browser
            .http
            .get(server.url(&format!("/api/qr/status?qrId={id}&wait=1")))
            .send()
            .await
            .unwrap();
        assert_eq!(poll.status(), StatusCode::GONE);
    }
    assert_no_subscription(&store, &ids).await;
}

/// No channel of these challenges has a subscriber in the store.
async fn assert_no_subscription(store: &Arc<dyn Store>, qr_ids: &[String]) {
    if std::env::var("TEST_REDIS_URL").is_err() {
        return;
    }
    let client = ::redis::Client::open(crate::support::redis_url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let mut cmd = ::redis::cmd("PUBSUB");
    cmd.arg("NUMSUB");
    for id in qr_ids {
        cmd.arg(auth::challenges::channel(id));
    }
    let counts: Vec<(String, u64)> = cmd.query_async(&mut conn).await.unwrap();
    assert!(counts.iter().all(|(_, n)| *n == 0), "{counts:?}");
    // The memory store keeps its channels in the process: none opened.
    let _ = store;
}

#[tokio::test]
async fn random_qr_ids_open_no_channel_in_the_memory_store() {
    let store = server::store::MemoryStore::new();
    let server = start(Arc::new(store.clone())).await;
    let browser = Browser::new(&server);
    browser.challenge().await;
    for _ in 0..50 {
        let path = format!("/api/qr/ws?qrId={}", uuid::Uuid::new_v4().simple());
        assert_eq!(browser.socket(&path).await.err(), Some(410));
    }
    assert_eq!(store.channels_open(), 0);
}

async fn a_challenge_holds_a_handful_of_sockets_and_an_address_a_bounded_number(
    store: Arc<dyn Store>,
) {
    let mut settings = test_settings();
    settings.limits.sockets_per_address = 6;
    let server = start_with(store, settings).await;
    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    let path = format!("/api/qr/ws?qrId={}", challenge.qr_id);
    let mut held = Vec::new();
    for _ in 0..auth::settings::SOCKETS_PER_CHALLENGE {
        held.push(browser.socket(&path).await.unwrap());
    }
    assert_eq!(
        browser.socket(&path).await.err(),
        Some(429),
        "a fifth on one code"
    );
    let other = browser.challenge().await;
    let other_path = format!("/api/qr/ws?qrId={}", other.qr_id);
    for _ in 0..2 {
        held.push(browser.socket(&other_path).await.unwrap());
    }
    assert_eq!(
        browser.socket(&other_path).await.err(),
        Some(429),
        "a seventh from one address"
    );
    assert_eq!(server.core.admission.open_sockets(), 6);
    // An oversized message closes the socket that sent it, and frees its place.
    use futures::SinkExt as _;
    let mut first = held.remove(0);
    first
        .0
        .send(tokio_tungstenite::tungstenite::Message::text(
            "x".repeat(4096),
        ))
        .await
        .unwrap();
    assert!(first.closed_within(Duration::from_secs(5)).await);
    drop(first);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(server.core.admission.open_sockets(), 5);
    assert!(browser.socket(&path).await.is_ok());
}

async fn thirty_parallel_guesses_meet_a_limit_of_ten(store: Arc<dyn Store>) {
    let server = start(store).await;
    let phone = Phone::sign_up(&server).await;
    let body = json!({ "username": phone.username, "password": "wrong password", "deviceName": "x", "deviceType": "x" });
    let replies = all_at_once(30, |_| {
        let (url, body) = (server.url("/api/auth/login"), body.clone());
        async move { post_json(url, &body, &[]).await }
    })
    .await;
    let (mut checked, mut refused) = (0, 0);
    for reply in replies {
        match (reply.status, reply.retry_after.is_some()) {
            (StatusCode::UNAUTHORIZED, _) => checked += 1,
            (StatusCode::TOO_MANY_REQUESTS, true) => refused += 1,
            _ => panic!("unexpected {reply:?}"),
        }
    }
    assert_eq!((checked, refused), (10, 20));
}

#[tokio::test]
async fn the_password_hashing_line_is_bounded() {
    let mut settings = test_settings();
    settings.limits.hash_slots = 1;
    settings.limits.hash_queue = 1;
    let server = start_with(crate::support::memory_store(), settings).await;
    let replies = all_at_once(12, |_| {
        let body =
            json!({ "username": crate::support::unique_name("h"), "password": "long enough" });
        let url = server.url("/api/auth/register");
        async move { post_json(url, &body, &[]).await }
    })
    .await;
    let (mut created, mut busy) = (0, 0);
    for reply in replies {
        match reply.status {
            StatusCode::CREATED => created += 1,
            StatusCode::SERVICE_UNAVAILABLE => {
                assert_eq!(reply.code(), "unavailable");
                assert_eq!(reply.retry_after.as_deref(), Some("1"));
                busy += 1;
            }
            _ => panic!("unexpected {reply:?}"),
        }
    }
    assert!(
        busy > 0,
        "12 at once with one slot and one place in line: some are turned away"
    );
    assert!(created >= 2, "those in line are served ({created})");
}

async fn sign_ins_and_sign_ups_are_limited_per_address(store: Arc<dyn Store>) {
    // The limits count per address in the store: a fresh address per run.
    let mut settings = test_settings();
    settings.limits.sign_ins_per_minute = 3;
    settings.limits.sign_ups_per_hour = 2;
    settings.trust_proxy = true;
    let server = start_with(store, settings).await;
    let address = fresh_address();
    let post = |path: &str, body: Value| {
        let (url, address) = (server.url(path), address.clone());
        async move {
            post_json(url, &body, &[("x-forwarded-for", &address)])
                .await
                .status
        }
    };
    let account =
        || json!({ "username": crate::support::unique_name("a"), "password": "long enough" });
    for attempt in 0..2 {
        assert_eq!(
            post("/api/auth/register", account()).await,
            StatusCode::CREATED,
            "sign-up {attempt}"
        );
    }
    assert_eq!(
        post("/api/auth/register", account()).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Different names, one address: the address is what is counted.
    let guess = || json!({ "username": crate::support::unique_name("n"), "password": "whatever long", "deviceName": "x", "deviceType": "x" });
    for attempt in 0..3 {
        assert_eq!(
            post("/api/auth/login", guess()).await,
            StatusCode::UNAUTHORIZED,
            "sign-in {attempt}"
        );
    }
    assert_eq!(
        post("/api/auth/login", guess()).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

async fn an_address_that_guesses_codes_is_refused_every_code(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.code_misses_per_minute = 3;
    settings.trust_proxy = true;
    let server = start_with(store, settings).await;
    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    let phone = Phone::sign_up(&server).await;
    let address = fresh_address();
    let bearer = format!("Bearer {}", phone.token);
    let inspect = |token: String| {
        let (url, address, bearer) = (
            server.url("/api/qr/inspect"),
            address.clone(),
            bearer.clone(),
        );
        async move {
            let headers = [
                ("x-forwarded-for", address.as_str()),
                ("authorization", bearer.as_str()),
            ];
            let reply = post_json(url, &json!({ "token": token }), &headers).await;
            (reply.status, reply.retry_after.is_some())
        }
    };
    for _ in 0..3 {
        let guess = protocol::QrToken::from_random(*uuid::Uuid::new_v4().as_bytes()).encode();
        assert_eq!(inspect(guess).await.0, StatusCode::GONE);
    }
    // Now even the right code is refused to this address: a lucky guess gains nothing.
    assert_eq!(
        inspect(token_of(&challenge)).await,
        (StatusCode::TOO_MANY_REQUESTS, true)
    );
    // Another address is not affected.
    assert!(phone.inspect(&token_of(&challenge)).await.is_ok());
}

async fn the_access_token_opens_one_session_once_for_its_own_browser(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    phone.approve(&token_of(&challenge)).await.unwrap();
    let access_token = socket.access_token().await;

    let stranger = Browser::new(&server);
    stranger.challenge().await; // with a binding cookie of its own
    let stolen = stranger.open_session(&access_token).await;
    assert_eq!(
        (stolen.status, stolen.body["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("binding_mismatch"))
    );
    let first = browser.open_session(&access_token).await;
    assert_eq!(first.status, StatusCode::OK);
    let again = browser.open_session(&access_token).await;
    assert_eq!(
        (again.status, again.body["error"].as_str()),
        (StatusCode::CONFLICT, Some("already_used"))
    );
    assert!(again.set_cookie.is_none());
    // A renewed access token opens nothing either.
    let (_, renewed) = browser.renew().await;
    let renewed = renewed["accessToken"].as_str().unwrap();
    assert_eq!(
        browser.open_session(renewed).await.status,
        StatusCode::CONFLICT
    );
    // Its audience is this site: a token for another audience, signed with
    // the same key, is refused.
    let claims: Value = decode_claims(&access_token);
    assert_eq!(claims["aud"], server.base.as_str());
    let elsewhere = auth::tokens::Claims {
        iss: "qr-login".into(),
        aud: "https://other.example".into(),
        sub: claims["sub"].as_str().unwrap().into(),
        sid: claims["sid"].as_str().unwrap().into(),
        token_use: auth::tokens::TokenUse::Access,
        iat: claims["iat"].as_u64().unwrap(),
        exp: claims["exp"].as_u64().unwrap(),
        scope: None,
        grant: None,
        jti: None,
    };
    let forged = server.core.keys.sign(&elsewhere).unwrap();
    assert_eq!(
        server.session_by_bearer(&forged).await,
        StatusCode::UNAUTHORIZED
    );
}

/// The claims of a JWT, unverified.
pub fn decode_claims(token: &str) -> Value {
    use base64::Engine as _;
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

async fn a_binding_secret_chosen_by_the_client_is_replaced(store: Arc<dyn Store>) {
    let server = start(store).await;
    let chosen = protocol::BindingSecret::from_random([7; 32]).encode();
    let response = reqwest::Client::new()
        .post(server.url("/api/qr/challenge"))
        .header("cookie", format!("qr_bind={chosen}"))
        .header("origin", &server.base)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let set = response
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().to_owned())
        .expect("a binding of the server's own");
    assert!(
        set.starts_with("qr_bind=") && !set.contains(&chosen),
        "{set}"
    );
    let created: protocol::ChallengeCreated = response.json().await.unwrap();
    // Whoever chose the secret cannot watch the challenge with it.
    let mut request =
        tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
            server.ws_url(&format!("/api/qr/ws?qrId={}", created.qr_id)),
        )
        .unwrap();
    request
        .headers_mut()
        .insert("cookie", format!("qr_bind={chosen}").parse().unwrap());
    assert_eq!(
        crate::support::browser::connect(request).await.err(),
        Some(403)
    );
    // A binding the server handed out is kept.
    let browser = Browser::new(&server);
    browser.challenge().await;
    let held = browser.cookie("qr_bind").unwrap();
    browser.challenge().await;
    assert_eq!(browser.cookie("qr_bind").unwrap(), held);
}

#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_pages_ask_for_https() {
    use crate::support::oneshot::{call, get};
    let store = crate::support::memory_store();
    let settings = Settings {
        public_url: "https://login.example.com".into(),
        cookie_secure: true,
        ..test_settings()
    };
    let app = server::routes::router(crate::support::state_with(store, settings));
    let response = call(&app, get("/login")).await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("__Host-qr_bind="), "{cookie}");
    assert!(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"));
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(
        policy.contains("connect-src 'self' wss://login.example.com"),
        "{policy}"
    );
}

async fn a_kiosk_login_is_session_only_and_ends_on_the_server_by_itself(store: Arc<dyn Store>) {
    let settings = Settings {
        kiosk_idle: Duration::from_secs(2),
        ..test_settings()
    };
    let server = start_with(store, settings).await;
    let (kiosk, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = kiosk
        .challenge_with(&ChallengeRequest {
            replaces: None,
            kiosk: true,
            authorization: None,
        })
        .await;
    let mut socket = kiosk.watch(&challenge).await;
    let inspected = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert!(inspected.kiosk, "the phone is told it is a kiosk");
    // Whatever the phone asks, a kiosk's login ends with the browser.
    let keep = protocol::ApproveRequest {
        keep_signed_in: Some(true),
        ..approval(&token_of(&challenge))
    };
    phone.approve_with(&keep).await.unwrap();
    let (_, cookie, mut session_socket) = finish(&kiosk, &mut socket).await;
    assert!(
        !cookie.contains("Max-Age") && !cookie.contains("Expires"),
        "{cookie}"
    );
    assert_eq!(kiosk.session_status().await, StatusCode::OK);
    // The page never signs out (its sign-out call failed, or it was killed):
    // the server ends the session after the kiosk's idle time anyway.
    tokio::time::sleep(Duration::from_millis(2_600)).await;
    assert_eq!(kiosk.session_status().await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        session_socket.next_event().await,
        BrowserEvent::SessionRevoked {
            reason: "expired".into()
        }
    );
}

async fn concurrent_approvals_never_pass_the_linked_browser_limit(store: Arc<dyn Store>) {
    let settings = Settings {
        max_linked_sessions: 2,
        ..test_settings()
    };
    let server = start_with(store, settings).await;
    let LoggedIn { phone, .. } = logged_in(&server).await;
    let phone = Arc::new(phone);
    let mut tokens = Vec::new();
    for _ in 0..8 {
        tokens.push(token_of(&Browser::new(&server).challenge().await));
    }
    let answers = all_at_once(tokens.len(), |i| {
        let (phone, token) = (phone.clone(), tokens[i].clone());
        async move { phone.approve(&token).await }
    })
    .await;
    let (mut linked, mut at_limit) = (0, 0);
    for answer in answers {
        match answer {
            Ok(_) => linked += 1,
            Err((StatusCode::CONFLICT, body)) if body.error == ErrorCode::SessionLimit => {
                at_limit += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((linked, at_limit), (1, 7));
    assert_eq!(phone.devices().await.len(), 2);
}

async fn disabling_an_account_ends_its_phone_sessions(store: Arc<dyn Store>) {
    let server = start(store).await;
    let phone = Phone::sign_up(&server).await;
    let tablet = phone.another("Tablet").await;
    assert_eq!(phone.phones().await.unwrap().len(), 2);
    auth::cascade::set_disabled(&server.core, &phone.username, true)
        .await
        .unwrap();
    auth::cascade::set_disabled(&server.core, &phone.username, false)
        .await
        .unwrap();
    // Enabled again, no old phone is signed in: each must sign in anew.
    for device in [&phone, &tablet] {
        assert_eq!(
            device.phones().await.unwrap_err().0,
            StatusCode::UNAUTHORIZED
        );
    }
}

async fn the_phone_lists_and_signs_out_its_other_phones(store: Arc<dyn Store>) {
    let server = start(store).await;
    let LoggedIn {
        phone: tablet,
        mut session_socket,
        ..
    } = logged_in(&server).await;
    let phone = tablet.another("Pixel 9").await;
    let listed = phone.phones().await.unwrap();
    assert_eq!(listed.len(), 2);
    let current: Vec<_> = listed.iter().filter(|p| p.current).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].device_name, "Pixel 9");
    let other = listed.iter().find(|p| !p.current).unwrap();
    assert_eq!(other.device_name, "Pixel 8");
    assert_eq!(
        phone
            .delete(&format!("/api/auth/sessions/{}", other.session_id))
            .await,
        StatusCode::NO_CONTENT
    );
    // The other phone is out, and so is the browser it approved, live.
    assert_eq!(
        tablet.phones().await.unwrap_err().0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        session_socket.next_event().await,
        BrowserEvent::SessionRevoked {
            reason: "phone_signed_out".into()
        }
    );
    assert_eq!(phone.phones().await.unwrap().len(), 1);
    // Another account's phone session is not this phone's to end.
    let stranger = Phone::sign_up(&server).await;
    let theirs = stranger.phones().await.unwrap()[0].session_id.clone();
    assert_eq!(
        phone.delete(&format!("/api/auth/sessions/{theirs}")).await,
        StatusCode::NOT_FOUND
    );
    assert!(stranger.phones().await.is_ok());
}

/// The recovery codes a signed-in phone sees once; each sets a new password
/// once (the JSON API and the page alike), signs the account's phones out,
/// is stored only as a keyed digest, and new ones need the password.
async fn a_forgotten_password_comes_back_with_a_recovery_code_once(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (page, phone) = web_phone(&server).await;
    let html = |page: &Browser| {
        let url = server.url("/recovery");
        let http = page.http.clone();
        async move { http.get(url).send().await.unwrap().text().await.unwrap() }
    };
    // The codes a page shows, each in a <code>.
    let codes_in = |shown: &str| -> Vec<String> {
        shown
            .split("<code>")
            .skip(1)
            .filter_map(|part| part.split("</code>").next().map(str::to_owned))
            .collect()
    };
    let shown = html(&page).await;
    let codes = codes_in(&shown);
    assert_eq!(codes.len(), 10, "{shown}");
    assert!(!html(&page).await.contains("<code>"), "shown once");
    assert!(html(&page)
        .await
        .contains("You have 10 unused recovery codes"));
    let account = auth::accounts::find_by_username(&server.core, &phone.username).await;
    let id = account.unwrap().unwrap().id;
    let record = server
        .core
        .store
        .get(&format!("user:{id}"))
        .await
        .unwrap()
        .unwrap();
    let record = String::from_utf8(record).unwrap();
    for code in &codes {
        assert!(!record.contains(code) && !record.contains(&code.replace('-', "")));
    }

    let recover = |code: &str, password: &str| {
        let body = json!({ "username": phone.username.to_uppercase(), "code": code.to_lowercase(),
            "newPassword": password, "deviceName": "New phone", "deviceType": "android" });
        let (http, url) = (reqwest::Client::new(), server.url("/api/auth/recover"));
        async move { http.post(url).json(&body).send().await.unwrap() }
    };
    assert_eq!(
        recover("BCDF-GHJK-LMNP", "a new password").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        recover(&codes[0], "short").await.status(),
        StatusCode::BAD_REQUEST
    );
    let recovered = recover(&codes[0], "a new password").await;
    assert_eq!(recovered.status(), StatusCode::OK);
    let token = recovered.json::<Value>().await.unwrap()["deviceToken"]
        .as_str()
        .unwrap()
        .to_owned();
    // Every phone that was signed in is out; the recovering one is in.
    assert_eq!(
        phone.post_empty("/api/auth/logout").await,
        StatusCode::UNAUTHORIZED
    );
    let me = reqwest::Client::new()
        .get(server.url("/api/devices"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);
    // Once only, and the old password is gone.
    assert_eq!(
        recover(&codes[0], "another password").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let login = |password: &str| {
        let body = json!({ "username": phone.username, "password": password, "deviceName": "x", "deviceType": "web" });
        let (http, url) = (reqwest::Client::new(), server.url("/api/auth/login"));
        async move { http.post(url).json(&body).send().await.unwrap().status() }
    };
    assert_eq!(login(PASSWORD).await, StatusCode::UNAUTHORIZED);
    assert_eq!(login("a new password").await, StatusCode::OK);

    // The page's form: another code, then new codes for the password only.
    let web = Browser::new(&server);
    let (status, body) = web
        .server_fn(
            "recover",
            &[
                ("username", &phone.username),
                ("code", &codes[1]),
                ("password", "a third password"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(html(&web)
        .await
        .contains("You have 8 unused recovery codes"));
    let (status, _) = web
        .server_fn("new-recovery-codes", &[("password", "not it")])
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = web
        .server_fn("new-recovery-codes", &[("password", "a third password")])
        .await;
    assert_eq!(status, StatusCode::OK);
    let fresh = codes_in(&html(&web).await);
    assert_eq!(fresh.len(), 10, "new codes, shown once");
    assert_eq!(
        recover(&codes[2], "a fourth password").await.status(),
        StatusCode::UNAUTHORIZED,
        "the old ones stop"
    );
    // A code stored before the key schedule changed (digested under the
    // second of `recovery_keys`) still sets a password, once.
    let [current, before] = server.core.keys.recovery_keys();
    let code = protocol::RecoveryCode::parse(&fresh[0]).unwrap();
    let key = format!("user:{id}");
    let stored = server.core.store.get(&key).await.unwrap().unwrap();
    let stored = String::from_utf8(stored).unwrap();
    let old = stored.replace(&code.digest(current, &id), &code.digest(before, &id));
    assert_ne!(old, stored);
    server
        .core
        .store
        .put(&key, old.as_bytes(), None)
        .await
        .unwrap();
    assert_eq!(
        recover(&fresh[0], "a fourth password").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        recover(&fresh[0], "a fourth password").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

async fn a_password_change_signs_out_the_other_phones(store: Arc<dyn Store>) {
    let server = start(store).await;
    let phone = Phone::sign_up(&server).await;
    let old = phone.another("Old phone").await;
    let wrong = phone
        .call(
            "/api/auth/password",
            json!({ "currentPassword": "not it at all", "newPassword": "a new password" }),
        )
        .await;
    assert_eq!(wrong.0, StatusCode::UNAUTHORIZED);
    assert!(old.phones().await.is_ok(), "a failed change ends nothing");
    let changed = phone
        .call(
            "/api/auth/password",
            json!({ "currentPassword": PASSWORD, "newPassword": "a new password" }),
        )
        .await;
    assert_eq!(changed.0, StatusCode::NO_CONTENT);
    assert_eq!(old.phones().await.unwrap_err().0, StatusCode::UNAUTHORIZED);
    assert_eq!(phone.phones().await.unwrap().len(), 1, "this phone stays");
    let with_old = reqwest::Client::new()
        .post(server.url("/api/auth/login"))
        .json(&json!({ "username": phone.username, "password": PASSWORD, "deviceName": "x", "deviceType": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(with_old.status(), StatusCode::UNAUTHORIZED);
}

async fn names_shown_to_people_cannot_hide_or_reorder_text(store: Arc<dyn Store>) {
    let server = start(store).await;
    let username = crate::support::unique_name("n");
    let created = reqwest::Client::new()
        .post(server.url("/api/auth/register"))
        .json(&json!({ "username": username, "password": PASSWORD, "displayName": "Ada\u{202E}nimda\u{200B}\n" }))
        .send()
        .await
        .unwrap();
    let user: Value = created.json().await.unwrap();
    assert_eq!(user["user"]["displayName"], "Adanimda");
    let login: Value = reqwest::Client::new()
        .post(server.url("/api/auth/login"))
        .json(&json!({
            "username": username, "password": PASSWORD,
            "deviceName": format!("Pixel\u{2066}\u{0007}\u{FEFF} 8 {}", "x".repeat(500)),
            "deviceType": "android",
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["deviceToken"].as_str().unwrap();
    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    let inspected = reqwest::Client::new()
        .post(server.url("/api/qr/inspect"))
        .bearer_auth(token)
        .json(&json!({ "token": token_of(&challenge) }))
        .send()
        .await
        .unwrap();
    assert_eq!(inspected.status(), StatusCode::OK);
    match socket.next_event().await {
        BrowserEvent::QrScanned { device_name, .. } => {
            assert!(device_name.starts_with("Pixel 8 xxx"), "{device_name}");
            assert_eq!(device_name.chars().count(), 64);
        }
        other => panic!("{other:?}"),
    }
    // A user agent that would reorder the confirmation screen's lines.
    let spoofing = reqwest::Client::builder()
        .user_agent("Mozilla/5.0 (Windows) Chrome/120.0\u{202E}xunil\u{202C}")
        .build()
        .unwrap();
    let created = spoofing
        .post(server.url("/api/qr/challenge"))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::OK);
}

async fn long_polls_are_bounded_per_address(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.long_polls_per_address = 2;
    let server = start_with(store, settings).await;
    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    let url = server.url(&format!("/api/qr/status?qrId={}&wait=3", challenge.qr_id));
    let waiting: Vec<_> = (0..2)
        .map(|_| {
            let (http, url) = (browser.http.clone(), url.clone());
            tokio::spawn(async move { http.get(url).send().await.unwrap().status() })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let third = browser.http.get(&url).send().await.unwrap();
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    for poll in waiting {
        assert_eq!(poll.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(
        browser.http.get(&url).send().await.unwrap().status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn unauthenticated_failures_never_push_the_accounts_own_steps_out() {
    let server = start(crate::support::memory_store()).await;
    let LoggedIn { phone, .. } = logged_in(&server).await;
    let (_, account) = auth::devices::authenticate(&server.core, &phone.token)
        .await
        .unwrap();
    let own = auth::audit::recent_for_user(&server.core, &account.id, 100)
        .await
        .unwrap();
    assert!(own.len() >= 3, "{own:?}");
    // Days of failed sign-ins on this name, far more than a list keeps.
    let client = auth::requester::Caller::operator("attacker");
    for _ in 0..300 {
        auth::audit::record(
            &server.core,
            auth::audit::Entry {
                kind: protocol::AuditKind::FailedSignIn,
                client: &client,
                user_id: Some(&account.id),
                qr_id: None,
                detail: phone.username.clone(),
            },
        )
        .await;
    }
    let after = auth::audit::recent_for_user(&server.core, &account.id, 100)
        .await
        .unwrap();
    for event in &own {
        assert!(after.contains(event), "{event:?} was pushed out");
    }
    let failures = after
        .iter()
        .filter(|e| e.kind == protocol::AuditKind::FailedSignIn)
        .count();
    assert!(failures > 0, "the failures are shown too");
}

#[tokio::test]
async fn a_slow_or_silent_client_is_disconnected() {
    let edge = server::serve::Edge {
        header_read_timeout: Duration::from_secs(1),
        ..test_edge()
    };
    let mut settings = test_settings();
    settings.limits.request_timeout = Duration::from_secs(1);
    let server = start_with_edge(crate::support::memory_store(), settings, edge).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    // Half a request head, then nothing: closed after the header timeout.
    let mut slow = tokio::net::TcpStream::connect(&address).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut buffer = [0u8; 512];
    let read = tokio::time::timeout(Duration::from_secs(5), slow.read(&mut buffer)).await;
    assert!(
        matches!(read, Ok(Ok(_))),
        "the server ends the connection: {read:?}"
    );
    // A body that never finishes arriving: cut off with a JSON timeout.
    let mut stalled = tokio::net::TcpStream::connect(&address).await.unwrap();
    stalled
        .write_all(
            format!(
                "POST /api/auth/login HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"user"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stalled.read_to_end(&mut answer)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"error\":\"timeout\""), "{answer}");
}

#[tokio::test]
async fn connections_are_capped_and_a_closed_one_frees_its_place() {
    let edge = server::serve::Edge {
        max_connections: 4,
        ..test_edge()
    };
    let server = start_with_edge(crate::support::memory_store(), test_settings(), edge).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut idle = Vec::new();
    for _ in 0..4 {
        idle.push(tokio::net::TcpStream::connect(&address).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let blocked = reqwest::Client::new()
        .get(server.url("/healthz"))
        .timeout(Duration::from_millis(700))
        .send()
        .await;
    assert!(blocked.is_err(), "a fifth connection waits");
    idle.pop();
    let served = reqwest::Client::new()
        .get(server.url("/healthz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), StatusCode::OK);
}

#[tokio::test]
async fn server_function_errors_carry_their_protocol_status() {
    let server = start(crate::support::memory_store()).await;
    let (page, _) = web_phone(&server).await;
    let browser = Browser::new(&server);
    let token = token_of(&browser.challenge().await);
    for (name, form, status, code) in [
        (
            "decide",
            vec![("token", token.as_str())],
            400,
            "bad_request",
        ),
        (
            "decide",
            vec![("token", token.as_str()), ("approve", "maybe")],
            400,
            "bad_request",
        ),
        ("review", vec![], 400, "bad_request"),
        ("review", vec![("token", "not-a-token")], 400, "invalid_qr"),
        (
            "decide",
            vec![("token", "AAAAAAAAAAAAAAAAAAAAAA"), ("approve", "true")],
            410,
            "expired",
        ),
        ("unlink", vec![("session_id", "nope")], 404, "not_found"),
        (
            "sign-out-phone",
            vec![("session_id", "nope")],
            404,
            "not_found",
        ),
        (
            "password",
            vec![("current_password", "wrong one!"), ("new_password", "x")],
            400,
            "bad_request",
        ),
    ] {
        let (got, body) = page.server_fn(name, &form).await;
        assert_eq!(
            (got.as_u16(), body["error"].as_str()),
            (status, Some(code)),
            "{name} {form:?}: {body}"
        );
    }
    let (got, body) = browser.server_fn("activity", &[]).await;
    assert_eq!(
        (got.as_u16(), body["error"].as_str()),
        (401, Some("unauthorized"))
    );
    let get = browser
        .http
        .get(server.url("/api/web/me"))
        .send()
        .await
        .unwrap();
    assert!(get.status().is_client_error(), "{}", get.status());
}

#[tokio::test]
async fn sign_in_follows_only_the_sites_own_pages() {
    let server = start(crate::support::memory_store()).await;
    let phone = Phone::sign_up(&server).await;
    let page = Browser::new(&server);
    let token = token_of(&page.challenge().await);
    let approve_page = format!("/l/{token}");
    for (next, expected) in [
        ("/\\evil.example", "/phone"),
        ("/%09/evil.example", "/phone"),
        ("/\t/evil.example", "/phone"),
        ("/\n/evil.example", "/phone"),
        ("//evil.example", "/phone"),
        ("https://evil.example", "/phone"),
        ("/devices", "/devices"),
        (approve_page.as_str(), approve_page.as_str()),
    ] {
        let (status, body) = page
            .server_fn(
                "sign-in",
                &[
                    ("username", &phone.username),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], expected, "next={next:?}");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let server = start(crate::support::memory_store()).await;
    let browser = Browser::new(&server);
    let token = token_of(&browser.challenge().await);
    for path in [
        "/login",
        "/kiosk",
        &format!("/l/{token}"),
        "/signin",
        "/phone",
        "/no-such-page",
    ] {
        let response = browser.http.get(server.url(path)).send().await.unwrap();
        let headers = response.headers().clone();
        let html = response.text().await.unwrap();
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers["referrer-policy"], "same-origin", "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["cache-control"], "no-store", "{path}");
        assert!(
            !headers.contains_key("strict-transport-security"),
            "plain http: no HSTS"
        );
        let policy = headers["content-security-policy"].to_str().unwrap();
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert!(policy.contains("'wasm-unsafe-eval'"), "{path}: {policy}");
        assert!(!policy.contains("script-src 'unsafe-inline'"), "{policy}");
        // The page's only inline script carries the nonce the policy names.
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap_or_else(|| panic!("{path}: no nonce in {policy}"));
        assert!(html.contains(&format!("nonce=\"{nonce}\"")), "{path}");
        for script in html.split("<script").skip(1) {
            assert!(
                script.contains(&format!("nonce=\"{nonce}\"")),
                "{path}: a script without the nonce"
            );
        }
    }
    let json = browser
        .http
        .get(server.url("/api/session"))
        .send()
        .await
        .unwrap();
    assert_eq!(json.headers()["cache-control"], "no-store");
    assert_eq!(
        json.headers()["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'"
    );
    let favicon = browser
        .http
        .get(server.url("/favicon.svg"))
        .send()
        .await
        .unwrap();
    assert_eq!(favicon.headers()["x-content-type-options"], "nosniff");
}
