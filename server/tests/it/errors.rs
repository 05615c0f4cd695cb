//! Every row of the protocol's error table, over real HTTP, with each store:
//! the status, the JSON code, and `Retry-After` where the protocol says so.

use std::sync::Arc;

use auth::Store;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::browser::{token_of, Browser};
use crate::support::for_each_store;
use crate::support::phone::Phone;
use crate::support::server::{start, Server};
use crate::support::unique_name;

for_each_store!(every_error_of_the_table_is_json_with_its_code);

/// What a raw POST got: status, error code, and whether `Retry-After` came.
struct Got {
    status: u16,
    code: String,
    retry_after: bool,
}

async fn post(server: &Server, path: &str, body: String, bearer: Option<&str>) -> Got {
    let mut request = reqwest::Client::new()
        .post(server.url(path))
        .header("content-type", "application/json")
        .body(body);
    if let Some(token) = bearer {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let retry_after = response.headers().contains_key("retry-after");
    let json: serde_json::Value = response.json().await.unwrap_or_default();
    Got {
        status,
        code: json["error"].as_str().unwrap_or("").to_owned(),
        retry_after,
    }
}

fn check(got: &Got, status: u16, code: &str) {
    assert_eq!((got.status, got.code.as_str()), (status, code));
}

async fn every_error_of_the_table_is_json_with_its_code(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let token = Some(phone.token.as_str());
    let for_code = json!({ "token": token_of(&challenge) }).to_string();

    let bad_token = json!({ "token": "not-a-token" }).to_string();
    check(
        &post(&server, "/api/qr/inspect", bad_token, token).await,
        400,
        "invalid_qr",
    );
    check(
        &post(&server, "/api/qr/inspect", "{\"token\":".into(), token).await,
        400,
        "bad_request",
    );
    check(
        &post(&server, "/api/qr/inspect", for_code.clone(), None).await,
        401,
        "unauthorized",
    );
    check(
        &post(
            &server,
            "/api/qr/inspect",
            for_code.clone(),
            Some("abc.def"),
        )
        .await,
        401,
        "unauthorized",
    );
    let mismatch = Browser::new(&server)
        .http
        .get(server.url(&format!("/api/qr/status?qrId={}&wait=1", challenge.qr_id)))
        .send()
        .await
        .unwrap();
    assert_eq!(mismatch.status(), StatusCode::FORBIDDEN);
    let cross_site = reqwest::Client::new()
        .post(server.url("/api/qr/challenge"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        cross_site.json::<serde_json::Value>().await.unwrap()["error"],
        "cross_site"
    );
    phone.deny(&token_of(&challenge)).await.unwrap();
    check(
        &post(&server, "/api/qr/approve", for_code, token).await,
        409,
        "already_used",
    );
    let name = unique_name("taken-");
    let taken = json!({ "username": name, "password": "long enough" }).to_string();
    check(
        &post(&server, "/api/auth/register", taken.clone(), None).await,
        201,
        "",
    );
    check(
        &post(&server, "/api/auth/register", taken, None).await,
        409,
        "username_taken",
    );
    check(
        &post(
            &server,
            "/api/qr/approve",
            format!("{{\"token\":\"{}\"}}", "x".repeat(20_000)),
            token,
        )
        .await,
        413,
        "too_large",
    );
    check(
        &post(
            &server,
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
            &post(&server, "/api/auth/login", wrong.clone(), None).await,
            401,
            "unauthorized",
        );
    }
    let limited = post(&server, "/api/auth/login", wrong, None).await;
    check(&limited, 429, "rate_limited");
    assert!(limited.retry_after);
}
