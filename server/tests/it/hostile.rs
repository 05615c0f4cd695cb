//! The bad-input suite: malformed and hostile requests over real HTTP and
//! WebSocket, each answered with a 4xx JSON error (or a refused upgrade),
//! none changing anything, the server healthy after all of them.

use std::sync::Arc;
use std::time::Duration;

use auth::tokens::{Claims, TokenUse};
use auth::Store;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use protocol::{BrowserEvent, ErrorBody};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::support::browser::{token_of, Browser};
use crate::support::phone::{Phone, PASSWORD};
use crate::support::server::{start_with, Server};
use crate::support::{for_each_store, logged_in, test_settings, LoggedIn};

for_each_store!(hostile_requests_get_4xx_json_change_nothing_and_the_server_stays_healthy);

const EVIL: &str = "https://evil.login.example.com";

/// One hostile request.
struct Attack {
    name: String,
    method: Method,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Attack {
    fn new(name: impl Into<String>, method: Method, path: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            method,
            path: path.into(),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    fn json(self, body: impl Into<String>) -> Self {
        let mut this = self.header("content-type", "application/json");
        this.body = body.into().into_bytes();
        this
    }

    fn form(self, body: impl Into<String>) -> Self {
        let mut this = self.header("content-type", "application/x-www-form-urlencoded");
        this.body = body.into().into_bytes();
        this
    }

    fn bearer(self, token: &str) -> Self {
        self.header("authorization", format!("Bearer {token}"))
    }

    async fn send(&self, server: &Server) -> (StatusCode, Value) {
        let mut request = reqwest::Client::new()
            .request(self.method.clone(), server.url(&self.path))
            .body(self.body.clone());
        for (name, value) in &self.headers {
            let value = reqwest::header::HeaderValue::from_bytes(value.as_bytes())
                .unwrap_or_else(|e| panic!("{}: header {name}: {e}", self.name));
            request = request.header(name.as_str(), value);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }
}

/// A JWT with `header` and `claims`, signed with `sign` over the usual input.
fn jwt(header: &Value, claims: &Value, sign: impl Fn(&[u8]) -> Vec<u8>) -> String {
    let head = URL_SAFE_NO_PAD.encode(header.to_string());
    let body = URL_SAFE_NO_PAD.encode(claims.to_string());
    let input = format!("{head}.{body}");
    let signature = URL_SAFE_NO_PAD.encode(sign(input.as_bytes()));
    format!("{input}.{signature}")
}

fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

/// Tokens that must each be refused: forged, tampered, or real but for
/// another use, audience, issuer, time or session.
fn forged_tokens(server: &Server, real_access: &str) -> Vec<(&'static str, String)> {
    let real = claims_of(real_access);
    let sign_as_server = |edit: &dyn Fn(&mut Claims)| {
        let mut claims = Claims {
            iss: "qr-login".into(),
            aud: server.base.clone(),
            sub: real["sub"].as_str().unwrap().into(),
            sid: real["sid"].as_str().unwrap().into(),
            token_use: TokenUse::Access,
            iat: real["iat"].as_u64().unwrap(),
            exp: real["exp"].as_u64().unwrap(),
            scope: None,
            grant: None,
            jti: None,
        };
        edit(&mut claims);
        server.core.keys.sign(&claims).unwrap()
    };
    let jwks = server.core.keys.jwks();
    let public_key = URL_SAFE_NO_PAD
        .decode(jwks["keys"][0]["x"].as_str().unwrap())
        .unwrap();
    let hs256_with_public_key = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &real,
        &jsonwebtoken::EncodingKey::from_secret(&public_key),
    )
    .unwrap();
    let mut tampered_claims = real.clone();
    tampered_claims["sub"] = json!("someone-else");
    let mut parts: Vec<&str> = real_access.split('.').collect();
    let tampered_body = URL_SAFE_NO_PAD.encode(tampered_claims.to_string());
    parts[1] = &tampered_body;
    let tampered = parts.join(".");
    vec![
        (
            "alg none",
            jwt(&json!({ "alg": "none", "typ": "JWT" }), &real, |_| {
                Vec::new()
            }),
        ),
        ("alg none, no signature part", {
            let token = jwt(&json!({ "alg": "none" }), &real, |_| Vec::new());
            token.trim_end_matches('.').to_owned()
        }),
        ("HS256 keyed with the public key", hs256_with_public_key),
        ("tampered claims", tampered),
        (
            "another audience",
            sign_as_server(&|c| c.aud = "https://other.example".into()),
        ),
        (
            "another issuer",
            sign_as_server(&|c| c.iss = "someone".into()),
        ),
        (
            "expired",
            sign_as_server(&|c| {
                c.iat = 1_000;
                c.exp = 2_000;
            }),
        ),
        (
            "an unknown session",
            sign_as_server(&|c| c.sid = "0".repeat(32)),
        ),
        ("garbage", "x".repeat(4_000)),
        ("three empty parts", "..".into()),
    ]
}

async fn hostile_requests_get_4xx_json_change_nothing_and_the_server_stays_healthy(
    store: Arc<dyn Store>,
) {
    let mut settings = test_settings();
    settings.limits.sockets_per_address = 200;
    let server = start_with(store, settings).await;
    // The state the attacks must not change.
    let LoggedIn {
        browser: signed_in,
        phone,
        access_token,
        ..
    } = logged_in(&server).await;
    let desktop = Browser::new(&server);
    let waiting = desktop.challenge().await;
    let code = token_of(&waiting);
    let phone_page = Browser::new(&server);
    phone_page.sign_in_as_phone(&phone.username, PASSWORD).await;
    let own = server.base.clone();

    let mut attacks: Vec<Attack> = Vec::new();
    // Bodies: malformed, oversized, of the wrong type.
    for (name, body) in [
        ("an array", "[1]".to_owned()),
        ("not JSON", "not json".into()),
        ("half an object", "{".into()),
        ("a string", "\"text\"".into()),
        ("NUL bytes", "\u{0}\u{0}".into()),
    ] {
        attacks.push(
            Attack::new(
                format!("challenge body: {name}"),
                Method::POST,
                "/api/qr/challenge",
            )
            .json(body),
        );
    }
    attacks.push(
        Attack::new("a 20 KiB body", Method::POST, "/api/qr/inspect")
            .bearer(&phone.token)
            .json(format!("{{\"token\":\"{}\"}}", "x".repeat(20_000))),
    );
    attacks.push(
        Attack::new("a 17 KiB registration", Method::POST, "/api/auth/register")
            .json(format!("{{\"username\":\"{}\"}}", "a".repeat(17_000))),
    );
    for (name, token) in [
        ("a NUL", json!("\u{0}AAAAAAAAAAAAAAAAAAAAA")),
        ("control characters", json!("\u{1}\u{2}\u{7}\u{1b}[31m")),
        ("unicode", json!("ÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅ")),
        (
            "a right-to-left override",
            json!(format!("{}\u{202E}", &code[..21])),
        ),
        (
            "a zero-width space",
            json!(format!("{}\u{200B}{}", &code[..11], &code[11..])),
        ),
        ("a number", json!(123)),
        ("null", json!(null)),
        ("an object", json!({ "nested": true })),
        ("10 KB", json!("A".repeat(10_000))),
        ("padding", json!(format!("{code}=="))),
    ] {
        for step in ["inspect", "approve", "deny"] {
            attacks.push(
                Attack::new(
                    format!("{step} with a token of {name}"),
                    Method::POST,
                    format!("/api/qr/{step}"),
                )
                .bearer(&phone.token)
                .json(json!({ "token": token }).to_string()),
            );
        }
    }
    // Ids of other kinds of record where a request names one of its own:
    // they never become keys (a 500 once told whether such a key exists).
    for other in [
        "token:0",
        "bind:0",
        "code:0",
        "user:0",
        "../qr",
        &"a".repeat(31),
    ] {
        attacks.push(
            Attack::new(
                format!("a code renewal replacing {other:?}"),
                Method::POST,
                "/api/qr/challenge",
            )
            .json(json!({ "replaces": other }).to_string()),
        );
        for path in ["/api/devices", "/api/auth/sessions"] {
            attacks.push(
                Attack::new(
                    format!("DELETE {path}/{other}"),
                    Method::DELETE,
                    format!("{path}/{}", other.replace('/', "%2F")),
                )
                .bearer(&phone.token),
            );
        }
    }
    attacks.push(
        Attack::new(
            "approve with keepSignedIn of the wrong type",
            Method::POST,
            "/api/qr/approve",
        )
        .bearer(&phone.token)
        .json(json!({ "token": code, "keepSignedIn": "yes" }).to_string()),
    );
    attacks.push(
        Attack::new(
            "a JSON body sent as text/plain",
            Method::POST,
            "/api/qr/inspect",
        )
        .bearer(&phone.token)
        .header("content-type", "text/plain")
        .header("x-ignored", "1"),
    );
    attacks.last_mut().unwrap().body = json!({ "token": code }).to_string().into_bytes();
    for (name, body) in [
        (
            "a NUL in the username",
            json!({ "username": "a\u{0}b", "password": "long enough" }),
        ),
        (
            "a unicode username",
            json!({ "username": "ädmin", "password": "long enough" }),
        ),
        (
            "a bidi username",
            json!({ "username": "admin\u{202E}", "password": "long enough" }),
        ),
        (
            "a 1000-character password",
            json!({ "username": "hostile-long", "password": "x".repeat(1000) }),
        ),
        (
            "a short password",
            json!({ "username": "hostile-short", "password": "short" }),
        ),
        ("no password", json!({ "username": "hostile-none" })),
        (
            "an existing name",
            json!({ "username": phone.username, "password": "long enough" }),
        ),
    ] {
        attacks.push(
            Attack::new(
                format!("register with {name}"),
                Method::POST,
                "/api/auth/register",
            )
            .json(body.to_string()),
        );
    }
    for (name, body) in [
        (
            "no device fields",
            json!({ "username": phone.username, "password": "wrong password" }),
        ),
        (
            "a wrong password and control characters",
            json!({ "username": phone.username, "password": "wrong\u{7}password", "deviceName": "\u{1b}[2J", "deviceType": "x" }),
        ),
        (
            "a 10 KB name",
            json!({ "username": "u".repeat(10_000), "password": "whatever", "deviceName": "x", "deviceType": "x" }),
        ),
    ] {
        attacks.push(
            Attack::new(
                format!("login with {name}"),
                Method::POST,
                "/api/auth/login",
            )
            .json(body.to_string()),
        );
    }
    // Headers: odd credentials.
    for (name, value) in [
        ("Basic credentials", "Basic YWRtaW46YWRtaW4=".to_owned()),
        ("a bare Bearer", "Bearer".into()),
        (
            "a device token with bidi characters",
            "Bearer \u{202E}abc.def".into(),
        ),
        (
            "a device token of 8 KB",
            format!("Bearer {}.{}", "a".repeat(32), "b".repeat(8_000)),
        ),
        (
            "a device token of the wrong form",
            "Bearer not.a.device.token".into(),
        ),
    ] {
        attacks.push(
            Attack::new(format!("devices with {name}"), Method::GET, "/api/devices")
                .header("authorization", value),
        );
    }
    // Forged JWTs, at each place a JWT is taken; and real ones of the wrong use.
    let session_token = {
        let mut claims: Claims = serde_json::from_value(claims_of(&access_token)).unwrap();
        claims.token_use = TokenUse::Session;
        server.core.keys.sign(&claims).unwrap()
    };
    attacks.push(
        Attack::new(
            "session with a session cookie as access token",
            Method::GET,
            "/api/session",
        )
        .bearer(&session_token),
    );
    attacks.push(
        Attack::new(
            "renew with an access token as session cookie",
            Method::POST,
            "/api/session/token",
        )
        .header("origin", own.clone())
        .header("cookie", format!("qr_session={access_token}")),
    );
    for (name, token) in forged_tokens(&server, &access_token) {
        attacks.push(
            Attack::new(
                format!("session with a JWT: {name}"),
                Method::GET,
                "/api/session",
            )
            .bearer(&token),
        );
        attacks.push(
            Attack::new(
                format!("open a session with a JWT: {name}"),
                Method::POST,
                "/api/session",
            )
            .bearer(&token)
            .header("origin", own.clone())
            .header("cookie", desktop.cookies()),
        );
        attacks.push(
            Attack::new(
                format!("renew with a cookie JWT: {name}"),
                Method::POST,
                "/api/session/token",
            )
            .header("origin", own.clone())
            .header("cookie", format!("qr_session={token}")),
        );
    }
    // Cross-site POSTs to every state-changing route and server function,
    // with the victim's cookies (a logged-in browser and a signed-in phone).
    let cookies = format!("{}; {}", signed_in.cookies(), phone_page.cookies());
    let routes: Vec<(Method, String)> = [
        "/api/qr/challenge",
        "/api/qr/inspect",
        "/api/qr/approve",
        "/api/qr/deny",
        "/api/auth/register",
        "/api/auth/login",
        "/api/auth/logout",
        "/api/auth/password",
        "/api/session",
        "/api/session/logout",
        "/api/session/token",
        "/api/passkeys",
        "/api/passkeys/options",
        "/api/passkeys/remove",
        "/api/auth/passkey",
        "/api/auth/passkey/options",
        "/oauth/token",
    ]
    .into_iter()
    .map(|p| (Method::POST, p.to_owned()))
    .chain([
        (Method::DELETE, "/api/devices".to_owned()),
        (Method::DELETE, format!("/api/devices/{}", "0".repeat(32))),
        (
            Method::DELETE,
            format!("/api/auth/sessions/{}", "0".repeat(32)),
        ),
    ])
    .collect();
    for (method, path) in &routes {
        attacks.push(
            Attack::new(
                format!("cross-site {method} {path}"),
                method.clone(),
                path.clone(),
            )
            .header("origin", EVIL)
            .header("cookie", cookies.clone())
            .json(json!({ "token": code, "username": "x", "password": "y" }).to_string()),
        );
    }
    for function in [
        "sign-in",
        "sign-up",
        "sign-out",
        "review",
        "decide",
        "activity",
        "linked",
        "unlink",
        "phones",
        "sign-out-phone",
        "password",
        "me",
        "kiosk-idle",
        "passkeys",
        "passkey-options",
        "passkey-add",
        "passkey-remove",
        "passkey-sign-in-options",
        "passkey-sign-in",
    ] {
        let path = format!("/api/web/{function}");
        let form = format!("token={code}&approve=true&username=x&password=y&session_id=z");
        attacks.push(
            Attack::new(
                format!("cross-site form to {function}"),
                Method::POST,
                path.clone(),
            )
            .header("origin", EVIL)
            .header("cookie", cookies.clone())
            .form(form.clone()),
        );
        attacks.push(
            Attack::new(
                format!("same-site (sibling) form to {function}"),
                Method::POST,
                path,
            )
            .header("sec-fetch-site", "same-site")
            .header("cookie", cookies.clone())
            .form(form),
        );
    }
    attacks.push(
        Attack::new(
            "a form from a page that hides its origin",
            Method::POST,
            "/api/web/decide",
        )
        .header("origin", "null")
        .header("cookie", cookies.clone())
        .form(format!("token={code}&approve=true")),
    );
    attacks.push(
        Attack::new(
            "a cookie-carrying call that names no origin",
            Method::POST,
            "/api/web/decide",
        )
        .header("cookie", cookies.clone())
        .form(format!("token={code}&approve=true")),
    );
    // Server functions from the site itself, with malformed arguments.
    for (name, form) in [
        ("no arguments", ""),
        ("approve=maybe", "approve=maybe"),
        ("a NUL token", "token=%00&approve=true"),
        ("a bidi token", "token=%E2%80%AE&approve=false"),
        ("invalid percent-encoding", "token=%ZZ&approve=true"),
    ] {
        attacks.push(
            Attack::new(
                format!("decide with {name}"),
                Method::POST,
                "/api/web/decide",
            )
            .header("origin", own.clone())
            .header("cookie", phone_page.cookies())
            .form(form),
        );
    }
    attacks.push(Attack::new(
        "an unknown API path",
        Method::GET,
        "/api/does-not-exist",
    ));
    attacks.push(Attack::new(
        "an unknown API method",
        Method::PUT,
        "/api/qr/nope",
    ));
    attacks.push(Attack::new(
        "a status poll of a garbage id",
        Method::GET,
        "/api/qr/status?qrId=%00%00",
    ));
    attacks.push(Attack::new(
        "a status poll without an id",
        Method::GET,
        "/api/qr/status",
    ));
    attacks.push(Attack::new(
        "a status poll with wait=-1",
        Method::GET,
        format!("/api/qr/status?qrId={}&wait=-1", waiting.qr_id),
    ));

    assert!(attacks.len() >= 60, "{} attacks", attacks.len());
    for attack in &attacks {
        let (status, body) = attack.send(&server).await;
        assert!(status.is_client_error(), "{}: {status} {body}", attack.name);
        let error: Result<ErrorBody, _> = serde_json::from_value(body.clone());
        assert!(
            error.as_ref().is_ok_and(|e| !e.message.is_empty()),
            "{}: {status} is not the protocol's JSON error: {body}",
            attack.name
        );
    }

    // Sockets: foreign and hidden origins, bad ids, oversized frames.
    let socket_paths = [
        format!("/api/qr/ws?qrId={}", waiting.qr_id),
        "/api/session/ws".to_owned(),
        "/api/auth/ws".to_owned(),
    ];
    for path in &socket_paths {
        for origin in [EVIL, "null", "http://localhost", "https://evil.example"] {
            assert_eq!(
                desktop.socket_from(path, Some(origin)).await.err(),
                Some(403),
                "{path} from {origin}"
            );
        }
    }
    for id in [
        "%00",
        "x",
        &"A".repeat(32),
        &"0".repeat(31),
        &"0".repeat(33),
    ] {
        assert_eq!(
            desktop.socket(&format!("/api/qr/ws?qrId={id}")).await.err(),
            Some(400),
            "{id}"
        );
    }
    assert_eq!(desktop.socket("/api/qr/ws").await.err(), Some(400));
    assert_eq!(
        desktop
            .socket(&format!(
                "/api/qr/ws?qrId={}",
                uuid::Uuid::new_v4().simple()
            ))
            .await
            .err(),
        Some(410)
    );
    {
        use futures::SinkExt as _;
        let mut socket = desktop.watch(&waiting).await;
        socket
            .0
            .send(tokio_tungstenite::tungstenite::Message::binary(
                vec![0u8; 64 * 1024],
            ))
            .await
            .unwrap();
        assert!(
            socket.closed_within(Duration::from_secs(5)).await,
            "an oversized frame closes it"
        );
    }
    // A thousand sockets from one address: the address's limit holds, the
    // rest are refused, and all of them are gone when closed.
    let mut held = Vec::new();
    let mut refused = 0;
    let session_socket = "/api/session/ws";
    for _ in 0..1_000 {
        match signed_in.socket(session_socket).await {
            Ok(socket) => held.push(socket),
            Err(429) => refused += 1,
            Err(other) => panic!("socket refused with {other}"),
        }
    }
    assert_eq!((held.len(), refused), (200, 800));
    drop(held);
    for _ in 0..50 {
        if server.core.admission.open_sockets() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        server.core.admission.open_sockets(),
        0,
        "every place given back"
    );

    // Raw protocol garbage: the listener answers it before any handler.
    let address = server.base.trim_start_matches("http://").to_owned();
    for raw in [
        &b"GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\x00b\r\n\r\n"[..],
        b"GET / HTTP/1.1\r\nHost: x\r\nX-Bad: \x01\x02\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n",
        b"GET /\x7f HTTP/1.1\r\n\r\n",
    ] {
        let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
        stream.write_all(raw).await.unwrap();
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
        let answer = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 400"),
            "{answer}"
        );
    }

    // Nothing changed: the waiting code was never scanned, the browser and
    // the phones are still signed in, nothing was linked or created.
    assert_eq!(
        desktop.poll(&waiting.qr_id, 1).await.unwrap(),
        BrowserEvent::Pending
    );
    assert_eq!(signed_in.session_status().await, StatusCode::OK);
    assert_eq!(phone.devices().await.len(), 1);
    assert_eq!(
        phone.phones().await.unwrap().len(),
        2,
        "the app and the phone's page"
    );
    let (status, me) = phone_page.server_fn("me", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(me["displayName"].is_string());
    for name in ["hostile-long", "hostile-short", "hostile-none"] {
        assert!(auth::accounts::find_by_username(&server.core, name)
            .await
            .unwrap()
            .is_none());
    }
    // And it still works: a whole login from start to end.
    let healthy = reqwest::get(server.url("/healthz")).await.unwrap();
    assert_eq!(healthy.status(), StatusCode::OK);
    let after = Browser::new(&server);
    let challenge = after.challenge().await;
    let mut socket = after.watch(&challenge).await;
    let fresh = Phone::sign_up(&server).await;
    fresh.approve(&token_of(&challenge)).await.unwrap();
    assert!(!socket.access_token().await.is_empty());
}
