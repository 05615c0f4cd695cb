//! The OpenAPI document: derived from the wire types and the handlers, equal
//! to the checked-in `docs/openapi.json` (run with `BLESS=1` to rewrite it
//! after a deliberate change of the contract), naming only routes that exist,
//! and describing the JSON the server really sends, key for key.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{json, Value};

use protocol::*;

use crate::support::oneshot::{body_json, body_text, call, get, memory_app};

const CHECKED_IN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.json");

#[tokio::test]
async fn the_served_document_is_the_checked_in_one() {
    let (app, _) = memory_app();
    let response = call(&app, get("/api/openapi.json")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let served = body_text(response).await;
    if std::env::var("BLESS").is_ok() {
        std::fs::write(CHECKED_IN, &served).unwrap();
    }
    let checked_in = std::fs::read_to_string(CHECKED_IN).unwrap();
    assert!(
        served == checked_in,
        "the API's contract changed: review the difference, update docs/protocol.md and \
         CHANGELOG.md, then rewrite docs/openapi.json with \
         `BLESS=1 cargo test -p server --test it openapi`"
    );
}

#[tokio::test]
async fn every_operation_it_names_is_one_the_router_answers() {
    let (app, _) = memory_app();
    let doc = body_json(call(&app, get("/api/openapi.json")).await).await;
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 20, "{} paths", paths.len());
    for (path, operations) in paths {
        for method in operations.as_object().unwrap().keys() {
            let uri = path
                .replace("{sessionId}", "0123")
                .replace("/api/qr/ws", "/api/qr/ws?qrId=x");
            let request = Request::builder()
                .method(method.to_uppercase().as_str())
                .uri(&uri)
                .body(Body::empty())
                .unwrap();
            let answer = call(&app, request).await;
            let status = answer.status();
            let code = body_json(answer).await["error"].clone();
            assert!(
                status != StatusCode::METHOD_NOT_ALLOWED && code != "not_found",
                "{method} {path}: {status} {code}"
            );
        }
    }
}

/// The schema named `name` in the document, with `$ref`s followed.
fn schema<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str() {
        Some(reference) => {
            let name = reference.trim_start_matches("#/components/schemas/");
            schema(doc, &doc["components"]["schemas"][name])
        }
        None => node,
    }
}

/// True when `value` is what `node` describes: every key it sends is a
/// property of the schema, every required property is sent, and nested
/// objects and arrays match their own schemas.
fn matches(doc: &Value, node: &Value, value: &Value) -> bool {
    let node = schema(doc, node);
    if let Some(choices) = node["oneOf"].as_array() {
        return choices.iter().any(|choice| matches(doc, choice, value));
    }
    match value {
        Value::Object(fields) => {
            let properties = node["properties"].as_object();
            let required = node["required"].as_array().cloned().unwrap_or_default();
            // An object schema without properties is a free-form object
            // (WebAuthn's options and answers, which are the browser's).
            let all_known = fields.iter().all(|(key, field)| {
                properties.map_or(
                    node["type"] == "object" || node["type"][0] == "object",
                    |p| {
                        p.get(key)
                            .is_some_and(|property| matches(doc, property, field))
                    },
                )
            });
            let all_sent = required
                .iter()
                .all(|key| key.as_str().is_some_and(|k| fields.contains_key(k)));
            all_known && all_sent
        }
        Value::Array(items) => items.iter().all(|item| matches(doc, &node["items"], item)),
        Value::String(text) => node["enum"]
            .as_array()
            .is_none_or(|choices| choices.iter().any(|c| c == text)),
        Value::Null => {
            node["type"] == "null"
                || node["type"]
                    .as_array()
                    .is_some_and(|types| types.contains(&json!("null")))
        }
        _ => true,
    }
}

#[tokio::test]
async fn it_describes_the_json_the_server_really_sends() {
    let (app, _) = memory_app();
    let doc = body_json(call(&app, get("/api/openapi.json")).await).await;
    let user = User {
        id: "u".into(),
        display_name: "Ada".into(),
    };
    let requester = Requester {
        browser: "Chrome".into(),
        os: "Linux".into(),
        ip: "127.0.0.1".into(),
        created_at: 1,
    };
    let linked = LinkedDevice {
        session_id: "s".into(),
        browser: "Chrome".into(),
        os: "Linux".into(),
        ip: "127.0.0.1".into(),
        created_at: 1,
        last_seen_at: 2,
        approved_by: "Pixel".into(),
        name: Some("Office laptop".into()),
        app: Some("Example app".into()),
        kiosk: false,
        passkey: true,
    };
    let samples: Vec<(&str, Value)> = vec![
        (
            "ChallengeCreated",
            json!(ChallengeCreated {
                qr_id: "q".into(),
                qr_payload: "https://h/l/t".into(),
                expires_at: 2,
                ttl_ms: 1,
                server_time: 1,
                user_code: "BCDF-GHJK".into()
            }),
        ),
        (
            "ChallengeRequest",
            json!(ChallengeRequest {
                replaces: Some("q".into()),
                kiosk: true,
                authorization: None,
            }),
        ),
        (
            "InspectResponse",
            json!(InspectResponse {
                qr_id: "q".into(),
                expires_at: 2,
                requester,
                server_time: 1,
                linked_sessions: vec![linked.clone()],
                max_linked_sessions: 5,
                kiosk: false,
                same_network: Some(false),
                number_choices: Some(vec![17, 42, 88]),
                passkey: Some(json!({ "publicKey": { "challenge": "c" } })),
                passkey_missing: false,
                app: Some("Example app".into()),
                device: true,
                consent: Some(vec!["openid".into(), "profile".into()]),
            }),
        ),
        (
            "ApproveRequest",
            json!(ApproveRequest {
                token: Some("t".into()),
                user_code: None,
                device_name: Some("P".into()),
                device_type: None,
                keep_signed_in: Some(false),
                drop_session: Some("s".into()),
                number: Some(42),
                passkey: Some(json!({ "id": "c", "response": {} }))
            }),
        ),
        (
            "DecisionResponse",
            json!(DecisionResponse {
                status: Decision::Authorized
            }),
        ),
        (
            "RegisterRequest",
            json!(RegisterRequest {
                username: "ada".into(),
                password: Password::new("long enough"),
                display_name: Some("Ada".into())
            }),
        ),
        (
            "LoginRequest",
            json!(LoginRequest {
                username: "ada".into(),
                password: Password::new("long enough"),
                device_name: "P".into(),
                device_type: "android".into()
            }),
        ),
        (
            "LoginResponse",
            json!(LoginResponse {
                device_token: "d".into(),
                user: user.clone()
            }),
        ),
        ("UserResponse", json!(UserResponse { user: user.clone() })),
        (
            "SessionInfo",
            json!(SessionInfo {
                session_id: "s".into(),
                user: user.clone(),
                expires_at: 3
            }),
        ),
        ("LinkedDevice", json!(linked)),
        (
            "AllowedApp",
            json!(AllowedApp {
                client_id: "shop".into(),
                name: "Example Shop".into(),
                scopes: vec!["openid".into(), "profile".into()],
                allowed_at: 1,
            }),
        ),
        (
            "PhoneSession",
            json!(PhoneSession {
                session_id: "p".into(),
                device_name: "Pixel".into(),
                device_type: "android".into(),
                created_at: 1,
                last_used_at: 2,
                current: true
            }),
        ),
        (
            "PasskeyInfo",
            json!(PasskeyInfo {
                id: "c".into(),
                name: "Pixel".into(),
                created_at: 1,
                last_used_at: None,
                discoverable: true
            }),
        ),
        (
            "PasskeyOptionsRequest",
            json!(PasskeyOptionsRequest {
                password: Password::new("a")
            }),
        ),
        (
            "AddPasskeyRequest",
            json!(AddPasskeyRequest {
                credential: json!({ "id": "c" }),
                name: Some("Pixel".into())
            }),
        ),
        (
            "RemovePasskeyRequest",
            json!(RemovePasskeyRequest {
                id: "c".into(),
                password: Password::new("a")
            }),
        ),
        (
            "PasskeyLoginRequest",
            json!(PasskeyLoginRequest {
                ceremony: "c".into(),
                credential: json!({ "id": "c" }),
                keep_signed_in: true,
                kiosk: false,
                authorization: Some("a".into())
            }),
        ),
        (
            "PasskeySignInOptions",
            json!(PasskeySignInOptions {
                ceremony: "c".into(),
                options: json!({ "publicKey": {} })
            }),
        ),
        (
            "PasskeySignInRequest",
            json!(PasskeySignInRequest {
                ceremony: "c".into(),
                credential: json!({ "id": "c" }),
                device_name: "P".into(),
                device_type: "android".into()
            }),
        ),
        (
            "PasswordChange",
            json!(PasswordChange {
                current_password: Password::new("a"),
                new_password: Password::new("b")
            }),
        ),
        (
            "AccessToken",
            json!(AccessToken {
                access_token: "a".into(),
                expires_in: 900
            }),
        ),
        (
            "ErrorBody",
            json!(ErrorBody::new(ErrorCode::CrossSite, "no")),
        ),
        (
            "PhoneEvent",
            json!(PhoneEvent::NewLogin {
                browser: "Chrome".into(),
                os: "Linux".into(),
                ip: "127.0.0.1".into(),
                at: 1
            }),
        ),
        ("BrowserEvent", json!(BrowserEvent::Pending)),
        (
            "BrowserEvent",
            json!(BrowserEvent::QrSigningIn { until: 300_000 }),
        ),
        (
            "NameRequest",
            json!(protocol::NameRequest {
                name: "Office laptop".into()
            }),
        ),
        (
            "BrowserEvent",
            json!(BrowserEvent::QrScanned {
                device_name: "Pixel".into(),
                number: Some(42),
                display_name: Some("Ada".into())
            }),
        ),
        (
            "BrowserEvent",
            json!(BrowserEvent::QrAuthorized {
                access_token: "a".into(),
                expires_in: 900,
                user
            }),
        ),
        (
            "BrowserEvent",
            json!(BrowserEvent::QrDenied { reason: None }),
        ),
        (
            "BrowserEvent",
            json!(BrowserEvent::QrDenied {
                reason: Some("wrong_number".into())
            }),
        ),
        ("BrowserEvent", json!(BrowserEvent::QrExpired)),
        (
            "BrowserEvent",
            json!(BrowserEvent::SessionRevoked {
                reason: "expired".into()
            }),
        ),
    ];
    for (name, value) in &samples {
        let node = &doc["components"]["schemas"][*name];
        assert!(node.is_object(), "no schema {name}");
        assert!(
            matches(&doc, node, value),
            "{name} does not describe {value}"
        );
    }
    // And it is not a schema that matches anything.
    let renamed = json!({ "event": "qr_scanned", "device_name": "Pixel" });
    assert!(!matches(
        &doc,
        &doc["components"]["schemas"]["BrowserEvent"],
        &renamed
    ));
    // Every error code the server can send is listed.
    let codes = doc["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap();
    for code in [
        ErrorCode::CrossSite,
        ErrorCode::Timeout,
        ErrorCode::SessionLimit,
        ErrorCode::Unavailable,
    ] {
        assert!(codes.contains(&json!(code)), "{code:?}");
    }
}
