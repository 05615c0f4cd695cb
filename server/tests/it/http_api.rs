//! The HTTP API in-process (tower `oneshot`), with the memory store; the Redis
//! variants that matter run in `store_contract`.

use std::sync::Arc;
use std::time::Duration;

use auth::challenges::challenge_key;
use auth::Store;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use server::store::RedisStore;
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};

use crate::support::oneshot::{body_json, call, get, memory_app, post};
use crate::support::{redis_url, state};

fn cookie_of(response: &axum::http::Response<Body>) -> Option<String> {
    response
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn challenge_with_empty_body_returns_the_qr_and_sets_a_binding_cookie() {
    let (app, _) = memory_app();
    let response = call(&app, post("/api/qr/challenge", "")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = cookie_of(&response).unwrap_or_default();
    assert!(cookie.starts_with("qr_bind="), "{cookie}");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(flag), "{flag} missing: {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "plain-HTTP local runs cannot use Secure cookies"
    );
    let body = body_json(response).await;
    let payload = body["qrPayload"].as_str().unwrap_or_default();
    let token = payload
        .strip_prefix("http://127.0.0.1:3000/l/")
        .unwrap_or_default();
    assert!(protocol::QrToken::parse(token).is_ok(), "payload {payload}");
    assert_eq!(body["ttlMs"], 60_000);
    let (expires, now) = (body["expiresAt"].as_u64(), body["serverTime"].as_u64());
    assert_eq!(expires.zip(now).map(|(e, n)| e - n), Some(60_000));
    assert_eq!(body["qrId"].as_str().map(str::len), Some(32));
}

#[tokio::test]
async fn challenge_accepts_a_json_object_and_refuses_other_bodies() {
    let (app, _) = memory_app();
    assert_eq!(
        call(&app, post("/api/qr/challenge", "{}")).await.status(),
        StatusCode::OK
    );
    for bad in ["[1]", "not json", "{", "\"text\""] {
        let response = call(&app, post("/api/qr/challenge", bad)).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(body_json(response).await["error"], "bad_request", "{bad}");
    }
}

#[tokio::test]
async fn a_body_over_16_kib_is_too_large() {
    let (app, _) = memory_app();
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(17 * 1024));
    let response = call(&app, post("/api/qr/challenge", big)).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body = body_json(response).await;
    assert_eq!(body["error"], "too_large");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
}

/// A second request with the same cookie: same binding, no new cookie.
async fn renew(app: &axum::Router, cookie: &str, body: &str) -> String {
    let request = Request::post("/api/qr/challenge")
        .header(header::COOKIE, cookie)
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header("content-type", "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap();
    let response = call(app, request).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        cookie_of(&response),
        None,
        "the browser keeps its binding secret"
    );
    body_json(response).await["qrId"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn renewal_replaces_only_the_named_code_of_the_same_browser() {
    let (app, store) = memory_app();
    let first = call(&app, post("/api/qr/challenge", "")).await;
    let pair = cookie_of(&first)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let first_id = body_json(first).await["qrId"].as_str().unwrap().to_owned();
    let live = |id: String| {
        let store = store.clone();
        async move {
            store
                .get(&challenge_key(&id))
                .await
                .ok()
                .flatten()
                .is_some()
        }
    };

    // A second tab of the same browser: both codes stay valid.
    let second_id = renew(&app, &pair, "").await;
    assert!(live(first_id.clone()).await && live(second_id.clone()).await);
    // The first tab renews its code: only that one ends.
    let third_id = renew(&app, &pair, &format!(r#"{{"replaces":"{first_id}"}}"#)).await;
    assert!(!live(first_id).await);
    assert!(live(second_id.clone()).await && live(third_id.clone()).await);
    let record = store.get(&challenge_key(&third_id)).await.unwrap().unwrap();
    let challenge: protocol::Challenge = serde_json::from_slice(&record).unwrap();
    let binding = protocol::BindingSecret::parse(pair.trim_start_matches("qr_bind=")).unwrap();
    assert_eq!(challenge.binding_digest, binding.digest());

    // Another browser cannot end this browser's code.
    let stranger = call(&app, post("/api/qr/challenge", "")).await;
    let stranger_cookie = cookie_of(&stranger)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    renew(
        &app,
        &stranger_cookie,
        &format!(r#"{{"replaces":"{second_id}"}}"#),
    )
    .await;
    assert!(live(second_id).await);
}

#[tokio::test]
async fn unknown_api_path_is_a_json_404() {
    let (app, _) = memory_app();
    let response = call(&app, get("/api/nope")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(body_json(response).await["error"], "not_found");
}

#[tokio::test]
async fn health_and_readiness_answer_with_a_working_store() {
    let (app, _) = memory_app();
    assert_eq!(call(&app, get("/healthz")).await.status(), StatusCode::OK);
    assert_eq!(call(&app, get("/readyz")).await.status(), StatusCode::OK);
    let redis: Arc<dyn Store> = Arc::new(crate::support::redis_store().await);
    let app = server::routes::router(state(redis));
    assert_eq!(call(&app, get("/readyz")).await.status(), StatusCode::OK);
}

/// A TCP relay to the test Redis that the test can cut, as a network would.
async fn cuttable_relay(target: String) -> (String, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let address = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    let relay = tokio::spawn(async move {
        let mut connections = tokio::task::JoinSet::new();
        while let Ok((mut inbound, _)) = listener.accept().await {
            let target = target.clone();
            connections.spawn(async move {
                if let Ok(mut outbound) = TcpStream::connect(target).await {
                    let _ = copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    (format!("redis://{address}"), relay)
}

#[tokio::test]
async fn readiness_is_503_unavailable_when_redis_cannot_be_reached() {
    let target = redis_url()
        .trim_start_matches("redis://")
        .trim_end_matches('/')
        .to_owned();
    let (url, relay) = cuttable_relay(target).await;
    let store: Arc<dyn Store> = Arc::new(
        RedisStore::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}")),
    );
    let app = server::routes::router(state(store));
    assert_eq!(call(&app, get("/readyz")).await.status(), StatusCode::OK);

    relay.abort();
    let _ = relay.await;
    let response = tokio::time::timeout(Duration::from_secs(30), call(&app, get("/readyz")))
        .await
        .unwrap_or_else(|_| panic!("readyz must answer, not hang"));
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body_json(response).await["error"], "unavailable");
    // Nothing can be created either, and the client is told so.
    let response = call(&app, post("/api/qr/challenge", "")).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

/// One client address gets a bounded number of codes a minute; beyond it,
/// `429 rate_limited` with `Retry-After`, and no code.
#[tokio::test]
async fn too_many_codes_from_one_address_are_rate_limited() {
    let store: Arc<dyn Store> = Arc::new(server::store::MemoryStore::new());
    let mut settings = crate::support::test_settings();
    settings.limits.challenges_per_minute = 2;
    let app = server::routes::router(crate::support::state_with(store, settings));
    for _ in 0..2 {
        assert_eq!(
            call(&app, post("/api/qr/challenge", "")).await.status(),
            StatusCode::OK
        );
    }
    let refused = call(&app, post("/api/qr/challenge", "")).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.headers()[header::RETRY_AFTER], "60");
    assert!(
        cookie_of(&refused).is_none(),
        "no binding handed out either"
    );
    assert_eq!(body_json(refused).await["error"], "rate_limited");
}
