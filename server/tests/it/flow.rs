//! The whole protocol over real HTTP and WebSocket, against a server on a
//! loopback port: every row of the error table and every security property of
//! docs/protocol.md, once with the memory store and once with Redis.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use app::auth::{AppState, Settings, Store};
use futures::StreamExt as _;
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::support::state;

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

macro_rules! both_stores {
    ($($case:ident),* $(,)?) => {
        mod memory {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let store: std::sync::Arc<dyn app::auth::Store> =
                        std::sync::Arc::new(server::store::MemoryStore::new());
                    super::$case(store).await;
                }
            )*
        }
        mod redis {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let store: std::sync::Arc<dyn app::auth::Store> =
                        std::sync::Arc::new(crate::support::redis_store().await);
                    super::$case(store).await;
                }
            )*
        }
    };
}

both_stores!(
    phone_approves_and_the_browser_is_logged_in_by_push,
    the_token_alone_cannot_obtain_the_session,
    of_100_concurrent_approves_exactly_one_succeeds,
    expiry_is_enforced_by_the_server,
    deny_reaches_the_browser_and_ends_the_challenge,
    a_websocket_opened_after_approval_still_gets_the_result,
    long_poll_delivers_the_same_events,
    phone_logout_revokes_the_web_sessions_it_approved,
    every_error_of_the_table_is_json_with_its_code,
    each_step_is_an_audit_event_readable_by_its_owner,
    disabling_the_account_logs_out_its_browsers,
    removing_a_linked_browser_revokes_it_live_and_stops_renewal,
    logging_out_all_linked_browsers_reaches_each_of_them,
    an_unused_session_ends_after_the_idle_period_and_use_extends_it,
    a_session_only_login_gets_a_cookie_that_ends_with_the_browser,
    linking_past_the_limit_asks_the_phone_which_browser_to_drop,
    the_phone_hears_of_each_new_login_live,
);

struct Server {
    base: String,
    state: AppState,
}

/// Every test here asks for codes from 127.0.0.1, against one Redis: the
/// per-address limit has its own test (`http_api`), not a budget shared here.
fn test_settings() -> Settings {
    Settings {
        challenges_per_minute: 100_000,
        ..Settings::local()
    }
}

async fn start(store: Arc<dyn Store>, qr_ttl: Duration) -> Server {
    start_with(
        store,
        Settings {
            qr_ttl,
            ..test_settings()
        },
    )
    .await
}

async fn start_with(store: Arc<dyn Store>, settings: Settings) -> Server {
    let mut state = state(store);
    state.settings = Arc::new(settings);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app = server::routes::router(state.clone());
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
    });
    Server {
        base: format!("http://{address}"),
        state,
    }
}

/// A desktop browser: keeps its cookies like a real one.
struct Browser {
    http: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
}

const DESKTOP_AGENT: &str =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

impl Browser {
    fn new() -> Self {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let http = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .user_agent(DESKTOP_AGENT)
            .build()
            .unwrap();
        Self { http, jar }
    }

    async fn challenge(&self, server: &Server) -> Value {
        let response = self
            .http
            .post(format!("{}/api/qr/challenge", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    fn cookies(&self, server: &Server) -> String {
        use reqwest::cookie::CookieStore as _;
        let url = server.base.parse().unwrap();
        self.jar
            .cookies(&url)
            .map(|v| v.to_str().unwrap_or_default().to_owned())
            .unwrap_or_default()
    }

    /// The challenge's event socket (this browser holds its binding).
    async fn watch(&self, server: &Server, challenge: &Value) -> Socket {
        let path = format!("/api/qr/ws?qrId={}", qr_id_of(challenge));
        self.socket(server, &path).await.unwrap()
    }

    async fn socket(&self, server: &Server, path: &str) -> Result<Socket, u16> {
        let url = format!("{}{path}", server.base.replacen("http", "ws", 1));
        let mut request = url.into_client_request().unwrap();
        request
            .headers_mut()
            .insert("cookie", self.cookies(server).parse().unwrap());
        request
            .headers_mut()
            .insert("origin", server.base.parse().unwrap());
        match tokio_tungstenite::connect_async(request).await {
            Ok((socket, _)) => Ok(socket),
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                Err(response.status().as_u16())
            }
            Err(other) => panic!("websocket: {other}"),
        }
    }
}

/// The next JSON event of a socket, within a few seconds.
async fn next_event(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("an event within 5 s")
            .expect("the socket stays open")
            .unwrap();
        if let Message::Text(text) = message {
            return serde_json::from_str(&text).unwrap();
        }
    }
}

/// A phone signed in to a fresh account.
struct Phone {
    http: reqwest::Client,
    base: String,
    token: String,
    display_name: String,
}

impl Phone {
    async fn sign_up(server: &Server) -> Self {
        let http = reqwest::Client::new();
        let username = format!("u{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
        let display_name = format!("Ada {}", &username[1..5]);
        let created = http
            .post(format!("{}/api/auth/register", server.base))
            .json(&json!({ "username": username, "password": "correct horse", "displayName": display_name }))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), StatusCode::CREATED);
        let login: Value = http
            .post(format!("{}/api/auth/login", server.base))
            .json(&json!({ "username": username, "password": "correct horse", "deviceName": "Pixel 8", "deviceType": "android" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        Self {
            http,
            base: server.base.clone(),
            token: login["deviceToken"].as_str().unwrap().to_owned(),
            display_name,
        }
    }

    async fn call(&self, path: &str, body: Value) -> (StatusCode, Value) {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }
}

fn token_of(challenge: &Value) -> String {
    challenge["qrPayload"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

fn qr_id_of(challenge: &Value) -> String {
    challenge["qrId"].as_str().unwrap().to_owned()
}

async fn phone_approves_and_the_browser_is_logged_in_by_push(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let mut socket = browser.watch(&server, &challenge).await;

    let (status, inspected) = phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(inspected["qrId"], challenge["qrId"]);
    assert_eq!(inspected["requester"]["browser"], "Chrome");
    assert_eq!(inspected["requester"]["os"], "Linux");
    assert_eq!(inspected["requester"]["ip"], "127.0.0.1");
    assert!(inspected["requester"]["createdAt"].as_u64().is_some());
    assert_eq!(
        next_event(&mut socket).await,
        json!({ "event": "qr_scanned", "deviceName": "Pixel 8" })
    );

    let (status, decided) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        (status, decided),
        (StatusCode::OK, json!({ "status": "authorized" }))
    );
    let authorized = next_event(&mut socket).await;
    assert_eq!(authorized["event"], "qr_authorized");
    assert_eq!(authorized["expiresIn"], 900);
    assert_eq!(
        authorized["user"]["displayName"],
        phone.display_name.as_str()
    );
    let access_token = authorized["accessToken"].as_str().unwrap();

    // The page hands the token over and gets its HttpOnly session cookie.
    let opened = browser
        .http
        .post(format!("{}/api/session", server.base))
        .bearer_auth(access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    let set_cookie = opened.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        set_cookie.starts_with("qr_session=") && set_cookie.contains("HttpOnly"),
        "{set_cookie}"
    );
    let session: Value = browser
        .http
        .get(format!("{}/api/session", server.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(session["user"]["displayName"], phone.display_name.as_str());
    // The access token works as a Bearer credential too.
    let by_bearer = reqwest::Client::new()
        .get(format!("{}/api/session", server.base))
        .bearer_auth(access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(by_bearer.status(), StatusCode::OK);
    // The phone sees the linked browser.
    let devices: Value = phone
        .http
        .get(format!("{}/api/devices", server.base))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(devices[0]["sessionId"], session["sessionId"]);
    assert_eq!(devices[0]["browser"], "Chrome");
}

async fn the_token_alone_cannot_obtain_the_session(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone, attacker) = (
        Browser::new(),
        Phone::sign_up(&server).await,
        Browser::new(),
    );
    let challenge = browser.challenge(&server).await;
    let mut socket = browser.watch(&server, &challenge).await;
    let watch = format!("/api/qr/ws?qrId={}", qr_id_of(&challenge));
    // Someone who photographed the QR has the token and could guess the id.
    attacker.challenge(&server).await; // even with a binding cookie of its own
    assert_eq!(attacker.socket(&server, &watch).await.err(), Some(403));
    let status = attacker
        .http
        .get(format!(
            "{}/api/qr/status?qrId={}&wait=1",
            server.base,
            qr_id_of(&challenge)
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(status.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        status.json::<Value>().await.unwrap()["error"],
        "binding_mismatch"
    );

    let (approved, _) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(approved, StatusCode::OK);
    assert_eq!(next_event(&mut socket).await["event"], "qr_authorized");
    assert_eq!(attacker.socket(&server, &watch).await.err(), Some(403));
    let session = attacker
        .http
        .get(format!("{}/api/session", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(session.status(), StatusCode::UNAUTHORIZED);
    // The QR holds only the one-time token: no credential.
    let payload = challenge["qrPayload"].as_str().unwrap();
    assert_eq!(
        payload,
        format!("http://127.0.0.1:3000/l/{}", token_of(&challenge))
    );
    assert_eq!(token_of(&challenge).len(), 22);
}

async fn of_100_concurrent_approves_exactly_one_succeeds(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Arc::new(Phone::sign_up(&server).await));
    let challenge = browser.challenge(&server).await;
    let token = token_of(&challenge);
    let start_line = Arc::new(tokio::sync::Barrier::new(100));
    let approvers: Vec<_> = (0..100)
        .map(|_| {
            let (phone, token, start_line) = (phone.clone(), token.clone(), start_line.clone());
            tokio::spawn(async move {
                start_line.wait().await;
                phone
                    .call("/api/qr/approve", json!({ "token": token }))
                    .await
            })
        })
        .collect();
    let (mut authorized, mut already_used) = (0, 0);
    for approver in approvers {
        match approver.await.unwrap() {
            (StatusCode::OK, body) if body == json!({ "status": "authorized" }) => authorized += 1,
            (StatusCode::CONFLICT, body) if body["error"] == "already_used" => already_used += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!((authorized, already_used), (1, 99));
    // Exactly one web session was linked.
    let devices: Value = phone
        .http
        .get(format!("{}/api/devices", server.base))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(devices.as_array().map(Vec::len), Some(1));
}

async fn expiry_is_enforced_by_the_server(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(1)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let mut socket = browser.watch(&server, &challenge).await;
    // No page timer here: the server itself says the code expired.
    assert_eq!(
        next_event(&mut socket).await,
        json!({ "event": "qr_expired" })
    );
    for path in ["/api/qr/inspect", "/api/qr/approve", "/api/qr/deny"] {
        let (status, body) = phone
            .call(path, json!({ "token": token_of(&challenge) }))
            .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (StatusCode::GONE, Some("expired")),
            "{path}"
        );
    }
}

async fn deny_reaches_the_browser_and_ends_the_challenge(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let mut socket = browser.watch(&server, &challenge).await;
    let (status, body) = phone
        .call("/api/qr/deny", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!({ "status": "denied" }))
    );
    assert_eq!(
        next_event(&mut socket).await,
        json!({ "event": "qr_denied" })
    );
    let (status, body) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::CONFLICT, Some("already_used"))
    );
}

async fn a_websocket_opened_after_approval_still_gets_the_result(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let (status, _) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut socket = browser.watch(&server, &challenge).await;
    let event = next_event(&mut socket).await;
    assert_eq!(event["event"], "qr_authorized");
    assert!(event["accessToken"]
        .as_str()
        .is_some_and(|t| t.split('.').count() == 3));
}

async fn long_poll_delivers_the_same_events(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let status_url = |extra: &str| {
        format!(
            "{}/api/qr/status?qrId={}&wait=1{extra}",
            server.base,
            qr_id_of(&challenge)
        )
    };
    let poll = |url: String| {
        let http = browser.http.clone();
        async move {
            http.get(url)
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    assert_eq!(poll(status_url("")).await, json!({ "event": "pending" }));
    phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(poll(status_url("")).await["event"], "qr_scanned");
    // A client that heard `qr_scanned` waits for what comes next.
    let waiting = tokio::spawn(poll(
        status_url("&seen=qr_scanned").replace("wait=1", "wait=10"),
    ));
    tokio::time::sleep(Duration::from_millis(300)).await;
    phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    let event = waiting.await.unwrap();
    assert_eq!(event["event"], "qr_authorized");
}

/// A browser logged in through the QR by a fresh phone: session cookie set,
/// its session socket open.
struct LoggedIn {
    browser: Browser,
    phone: Phone,
    challenge: Value,
    access_token: String,
    session_socket: Socket,
}

async fn logged_in(server: &Server) -> LoggedIn {
    let (browser, phone) = (Browser::new(), Phone::sign_up(server).await);
    let challenge = browser.challenge(server).await;
    let mut socket = browser.watch(server, &challenge).await;
    let (status, _) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(status, StatusCode::OK);
    let access_token = next_event(&mut socket).await["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let opened = browser
        .http
        .post(format!("{}/api/session", server.base))
        .bearer_auth(&access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    let session_socket = browser.socket(server, "/api/session/ws").await.unwrap();
    LoggedIn {
        browser,
        phone,
        challenge,
        access_token,
        session_socket,
    }
}

async fn phone_logout_revokes_the_web_sessions_it_approved(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let LoggedIn {
        browser,
        phone,
        challenge,
        mut session_socket,
        ..
    } = logged_in(&server).await;

    let logout = phone
        .http
        .post(format!("{}/api/auth/logout", server.base))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        next_event(&mut session_socket).await,
        json!({ "event": "session_revoked", "reason": "signed_out" })
    );
    let after = browser
        .http
        .get(format!("{}/api/session", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        after.json::<Value>().await.unwrap()["error"],
        "unauthorized"
    );
    let (status, _) = phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the device token is revoked too"
    );
}

async fn every_error_of_the_table_is_json_with_its_code(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let http = reqwest::Client::new();
    let post = |path: &str, body: String, bearer: Option<&str>| {
        let mut request = http
            .post(format!("{}{path}", server.base))
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let retry_after = response.headers().get("retry-after").is_some();
            let body: Value = response.json().await.unwrap();
            assert!(
                body["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{body}"
            );
            (
                status,
                body["error"].as_str().unwrap_or_default().to_owned(),
                retry_after,
            )
        }
    };
    let token = Some(phone.token.as_str());
    let check = |got: (u16, String, bool), status: u16, code: &str| {
        assert_eq!((got.0, got.1.as_str()), (status, code));
    };
    check(
        post(
            "/api/qr/inspect",
            json!({ "token": "not-a-token" }).to_string(),
            token,
        )
        .await,
        400,
        "invalid_qr",
    );
    check(
        post("/api/qr/inspect", "{\"token\":".into(), token).await,
        400,
        "bad_request",
    );
    check(
        post(
            "/api/qr/inspect",
            json!({ "token": token_of(&challenge) }).to_string(),
            None,
        )
        .await,
        401,
        "unauthorized",
    );
    check(
        post(
            "/api/qr/inspect",
            json!({ "token": token_of(&challenge) }).to_string(),
            Some("abc.def"),
        )
        .await,
        401,
        "unauthorized",
    );
    let other_browser = Browser::new();
    let mismatch = other_browser
        .http
        .get(format!(
            "{}/api/qr/status?qrId={}&wait=1",
            server.base,
            qr_id_of(&challenge)
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(mismatch.status(), StatusCode::FORBIDDEN);
    phone
        .call("/api/qr/deny", json!({ "token": token_of(&challenge) }))
        .await;
    check(
        post(
            "/api/qr/approve",
            json!({ "token": token_of(&challenge) }).to_string(),
            token,
        )
        .await,
        409,
        "already_used",
    );
    let name = format!("taken-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    let taken = json!({ "username": name, "password": "long enough" }).to_string();
    let first = http
        .post(format!("{}/api/auth/register", server.base))
        .header("content-type", "application/json")
        .body(taken.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), StatusCode::CREATED);
    check(
        post("/api/auth/register", taken, None).await,
        409,
        "username_taken",
    );
    check(
        post(
            "/api/qr/approve",
            format!("{{\"token\":\"{}\"}}", "x".repeat(20_000)),
            token,
        )
        .await,
        413,
        "too_large",
    );
    check(
        post(
            "/api/qr/approve",
            json!({ "token": "AAAAAAAAAAAAAAAAAAAAAA" }).to_string(),
            token,
        )
        .await,
        410,
        "expired",
    );
    let wrong = json!({ "username": name, "password": "wrong password", "deviceName": "x", "deviceType": "x" }).to_string();
    for _ in 0..10 {
        check(
            post("/api/auth/login", wrong.clone(), None).await,
            401,
            "unauthorized",
        );
    }
    let limited = post("/api/auth/login", wrong, None).await;
    assert_eq!(
        (limited.0, limited.1.as_str(), limited.2),
        (429, "rate_limited", true)
    );
}

async fn disabling_the_account_logs_out_its_browsers(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let LoggedIn {
        browser,
        phone,
        challenge,
        access_token,
        mut session_socket,
    } = logged_in(&server).await;

    let (_, account) = app::auth::accounts::authenticate(&server.state, &phone.token)
        .await
        .unwrap();
    assert!(
        app::auth::accounts::set_disabled(&server.state, &account.username, true)
            .await
            .unwrap()
    );
    assert_eq!(
        next_event(&mut session_socket).await,
        json!({ "event": "session_revoked", "reason": "account_disabled" })
    );
    let after = browser
        .http
        .get(format!("{}/api/session", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
    // The access token it already holds is refused here too.
    let by_bearer = reqwest::Client::new()
        .get(format!("{}/api/session", server.base))
        .bearer_auth(&access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(by_bearer.status(), StatusCode::UNAUTHORIZED);
    let (status, _) = phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "a disabled account's phone cannot act"
    );
}

async fn each_step_is_an_audit_event_readable_by_its_owner(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let mut socket = browser.watch(&server, &challenge).await;
    phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    // Inspect and approve back to back: the socket may hear `qr_scanned`
    // first, or only the final state (it sends state, not a replay).
    let mut event = next_event(&mut socket).await;
    if event["event"] == "qr_scanned" {
        event = next_event(&mut socket).await;
    }
    assert_eq!(event["event"], "qr_authorized");
    let (_, account) = app::auth::accounts::authenticate(&server.state, &phone.token)
        .await
        .unwrap();
    let events = app::auth::audit::recent_for_user(&server.state, &account.id, 50)
        .await
        .unwrap();
    let kinds: Vec<String> = events
        .iter()
        .map(|e| {
            serde_json::to_value(e.kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    for kind in ["signed_in", "scanned", "approved", "token_issued"] {
        assert!(
            kinds.contains(&kind.to_owned()),
            "{kind} missing from {kinds:?}"
        );
    }
    assert!(events
        .iter()
        .all(|e| e.ip == "127.0.0.1" && !e.at.to_string().is_empty()));
    let all = server
        .state
        .store
        .recent(app::auth::audit::ALL_KEY, 10_000)
        .await
        .unwrap();
    let created = all
        .iter()
        .filter_map(|raw| serde_json::from_slice::<app::protocol::AuditEvent>(raw).ok())
        .any(|e| {
            e.kind == app::protocol::AuditKind::Created
                && e.qr_id.as_deref() == Some(qr_id_of(&challenge).as_str())
        });
    assert!(created, "challenge creation is audited");
}

/// Logs are read by more people than the store is: no token, secret or
/// password may appear in any line, at debug level, across a whole login.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_appears_in_any_log_line() {
    let logs = crate::support::captured_logs();
    let store: Arc<dyn Store> = Arc::new(server::store::MemoryStore::new());
    let server = start(store, Duration::from_secs(60)).await;
    let (browser, phone) = (Browser::new(), Phone::sign_up(&server).await);
    let challenge = browser.challenge(&server).await;
    let mut socket = browser.watch(&server, &challenge).await;
    let page = browser
        .http
        .get(format!("{}/l/{}", server.base, token_of(&challenge)))
        .send()
        .await
        .unwrap();
    let _ = page.text().await;
    phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    next_event(&mut socket).await;
    let access_token = next_event(&mut socket).await["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    browser
        .http
        .post(format!("{}/api/session", server.base))
        .bearer_auth(&access_token)
        .send()
        .await
        .unwrap();
    let binding = browser.cookies(&server);
    let binding = binding
        .split("qr_bind=")
        .nth(1)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();

    let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(
        text.contains("challenge") || text.contains("request"),
        "the capture works: {text}"
    );
    for (name, secret) in [
        ("QR token", token_of(&challenge)),
        ("binding secret", binding),
        ("access token", access_token),
        ("device token", phone.token.clone()),
        ("password", "correct horse".to_owned()),
    ] {
        assert!(!text.contains(&secret), "{name} found in the logs");
    }
}

impl Phone {
    async fn devices(&self) -> Value {
        self.http
            .get(format!("{}/api/devices", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    async fn delete(&self, path: &str) -> StatusCode {
        self.http
            .delete(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap()
            .status()
    }
}

impl Browser {
    async fn renew(&self, server: &Server) -> (StatusCode, Value) {
        let response = self
            .http
            .post(format!("{}/api/session/token", server.base))
            .send()
            .await
            .unwrap();
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn session_status(&self, server: &Server) -> StatusCode {
        self.http
            .get(format!("{}/api/session", server.base))
            .send()
            .await
            .unwrap()
            .status()
    }
}

async fn removing_a_linked_browser_revokes_it_live_and_stops_renewal(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let LoggedIn {
        browser,
        phone,
        mut session_socket,
        ..
    } = logged_in(&server).await;
    let (status, renewed) = browser.renew(&server).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(renewed["expiresIn"], 900);
    let fresh = renewed["accessToken"].as_str().unwrap().to_owned();

    let devices = phone.devices().await;
    assert_eq!(devices[0]["approvedBy"], "Pixel 8");
    let session_id = devices[0]["sessionId"].as_str().unwrap().to_owned();
    assert_eq!(
        phone.delete(&format!("/api/devices/{session_id}")).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        next_event(&mut session_socket).await,
        json!({ "event": "session_revoked", "reason": "removed_by_phone" })
    );
    assert_eq!(
        browser.renew(&server).await.0,
        StatusCode::UNAUTHORIZED,
        "no renewal after revocation"
    );
    assert_eq!(
        browser.session_status(&server).await,
        StatusCode::UNAUTHORIZED
    );
    let by_bearer = reqwest::Client::new()
        .get(format!("{}/api/session", server.base))
        .bearer_auth(&fresh)
        .send()
        .await
        .unwrap();
    assert_eq!(
        by_bearer.status(),
        StatusCode::UNAUTHORIZED,
        "this server checks revocation on every request"
    );
    assert_eq!(phone.devices().await, json!([]));
    assert_eq!(
        phone.delete(&format!("/api/devices/{session_id}")).await,
        StatusCode::NOT_FOUND
    );
}

async fn logging_out_all_linked_browsers_reaches_each_of_them(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let first = logged_in(&server).await;
    let phone = &first.phone;
    // A second browser, approved by the same phone.
    let second = Browser::new();
    let challenge = second.challenge(&server).await;
    let mut socket = second.watch(&server, &challenge).await;
    phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    let token = next_event(&mut socket).await["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    second
        .http
        .post(format!("{}/api/session", server.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let mut second_socket = second.socket(&server, "/api/session/ws").await.unwrap();
    assert_eq!(phone.devices().await.as_array().map(Vec::len), Some(2));

    assert_eq!(phone.delete("/api/devices").await, StatusCode::NO_CONTENT);
    let mut first_socket = first.session_socket;
    for socket in [&mut first_socket, &mut second_socket] {
        assert_eq!(next_event(socket).await["event"], "session_revoked");
    }
    assert_eq!(
        first.browser.session_status(&server).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        second.session_status(&server).await,
        StatusCode::UNAUTHORIZED
    );
    // The phone itself stays signed in.
    assert_eq!(phone.devices().await, json!([]));
}

async fn an_unused_session_ends_after_the_idle_period_and_use_extends_it(store: Arc<dyn Store>) {
    let idle = Duration::from_millis(1_600);
    let settings = Settings {
        session_idle: idle,
        ..test_settings()
    };
    let server = start_with(store, settings).await;
    let LoggedIn { browser, .. } = logged_in(&server).await;
    // Used every 0.8 s, it outlives its idle period twice over.
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(browser.session_status(&server).await, StatusCode::OK);
    }
    tokio::time::sleep(idle + Duration::from_millis(500)).await;
    assert_eq!(
        browser.session_status(&server).await,
        StatusCode::UNAUTHORIZED,
        "idle, it ended"
    );
}

/// Approves `challenge` for a new browser and opens its session; returns the
/// `Set-Cookie` it got and its session socket.
async fn finish(server: &Server, browser: &Browser, socket: &mut Socket) -> (String, Socket) {
    let event = next_event(socket).await;
    let token = event["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{event}"))
        .to_owned();
    let opened = browser
        .http
        .post(format!("{}/api/session", server.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    let cookie = opened.headers()["set-cookie"].to_str().unwrap().to_owned();
    (
        cookie,
        browser.socket(server, "/api/session/ws").await.unwrap(),
    )
}

async fn a_session_only_login_gets_a_cookie_that_ends_with_the_browser(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let phone = Phone::sign_up(&server).await;
    let mut cookies = Vec::new();
    for keep in [true, false] {
        let browser = Browser::new();
        let challenge = browser.challenge(&server).await;
        let mut socket = browser.watch(&server, &challenge).await;
        let body = json!({ "token": token_of(&challenge), "keepSignedIn": keep });
        assert_eq!(phone.call("/api/qr/approve", body).await.0, StatusCode::OK);
        cookies.push(finish(&server, &browser, &mut socket).await.0);
    }
    assert!(cookies[0].contains("Max-Age="), "kept: {}", cookies[0]);
    assert!(
        !cookies[1].contains("Max-Age=") && !cookies[1].contains("Expires="),
        "session only: {}",
        cookies[1]
    );
    let (_, account) = app::auth::accounts::authenticate(&server.state, &phone.token)
        .await
        .unwrap();
    let linked = app::auth::sessions::list(&server.state, &account.id)
        .await
        .unwrap();
    let lifetime = |s: &app::auth::sessions::WebSession| s.expires_at - s.created_at;
    assert_eq!(lifetime(&linked[0]), 30 * 24 * 3600 * 1000);
    assert_eq!(lifetime(&linked[1]), 30 * 60 * 1000, "a short idle period");
}

async fn linking_past_the_limit_asks_the_phone_which_browser_to_drop(store: Arc<dyn Store>) {
    let settings = Settings {
        max_linked_sessions: 2,
        ..test_settings()
    };
    let server = start_with(store, settings).await;
    let phone = Phone::sign_up(&server).await;
    let mut first_socket = None;
    for _ in 0..2 {
        let browser = Browser::new();
        let challenge = browser.challenge(&server).await;
        let mut socket = browser.watch(&server, &challenge).await;
        phone
            .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
            .await;
        let (_, session_socket) = finish(&server, &browser, &mut socket).await;
        first_socket.get_or_insert(session_socket);
    }
    let third = Browser::new();
    let challenge = third.challenge(&server).await;
    let mut socket = third.watch(&server, &challenge).await;
    let (status, inspected) = phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(inspected["maxLinkedSessions"], 2);
    let linked = inspected["linkedSessions"].as_array().unwrap().clone();
    assert_eq!(linked.len(), 2);

    // Not silently: the phone is told, and nothing changes.
    let (status, body) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::CONFLICT, Some("session_limit"))
    );
    assert_eq!(phone.devices().await.as_array().map(Vec::len), Some(2));
    // It names the oldest to drop: that browser is logged out, live.
    let oldest = linked[0]["sessionId"].as_str().unwrap();
    let body = json!({ "token": token_of(&challenge), "dropSession": oldest });
    assert_eq!(phone.call("/api/qr/approve", body).await.0, StatusCode::OK);
    assert_eq!(next_event(&mut socket).await["event"], "qr_scanned");
    assert_eq!(next_event(&mut socket).await["event"], "qr_authorized");
    let mut dropped = first_socket.unwrap();
    assert_eq!(
        next_event(&mut dropped).await,
        json!({ "event": "session_revoked", "reason": "replaced_by_new_login" })
    );
    let devices = phone.devices().await;
    assert_eq!(devices.as_array().map(Vec::len), Some(2));
    assert!(devices
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["sessionId"] != oldest));
}

async fn the_phone_hears_of_each_new_login_live(store: Arc<dyn Store>) {
    let server = start(store, Duration::from_secs(60)).await;
    let phone = Phone::sign_up(&server).await;
    let mut request = format!("{}/api/auth/ws", server.base.replacen("http", "ws", 1))
        .into_client_request()
        .unwrap();
    let bearer = format!("Bearer {}", phone.token);
    request
        .headers_mut()
        .insert("authorization", bearer.parse().unwrap());
    let (mut news, _) = tokio_tungstenite::connect_async(request).await.unwrap();

    let browser = Browser::new();
    let challenge = browser.challenge(&server).await;
    phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    let heard = next_event(&mut news).await;
    assert_eq!(heard["event"], "new_login");
    assert_eq!(
        (heard["browser"].as_str(), heard["os"].as_str()),
        (Some("Chrome"), Some("Linux"))
    );
    assert_eq!(heard["ip"], "127.0.0.1");
    // Without a device token there is nothing to hear.
    let anonymous = format!("{}/api/auth/ws", server.base.replacen("http", "ws", 1));
    let refused = tokio_tungstenite::connect_async(anonymous).await;
    assert!(
        matches!(refused, Err(tokio_tungstenite::tungstenite::Error::Http(r)) if r.status() == 401)
    );
}
