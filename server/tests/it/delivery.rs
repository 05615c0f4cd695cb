//! How answers travel: plain form posts get a redirect and no body, HTML and
//! JSON are compressed as the client accepts (never a WebSocket upgrade),
//! and the site's hashed files are cached for a year while pages never are.

use axum::http::{header, StatusCode};
use leptos::prelude::LeptosOptions;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use app::state::AppState;

use crate::support::browser::Browser;
use crate::support::oneshot::{body_text, call, get, memory_app};
use crate::support::phone::{Phone, PASSWORD};
use crate::support::server::{self, Server};
use crate::support::{memory_store, state};

/// A browser's plain form post (JavaScript off): it navigates to the
/// answer, and follows no redirect here so the test sees it.
async fn form_post(server: &Server, path: &str, form: String, accept: &str) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
        .post(server.url(path))
        .header(
            header::CONTENT_TYPE.as_str(),
            "application/x-www-form-urlencoded",
        )
        .header(header::ACCEPT.as_str(), accept)
        .header("sec-fetch-site", "same-origin")
        .body(form)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

const NAVIGATION: &str = "text/html,application/xhtml+xml,*/*;q=0.8";

#[tokio::test]
async fn a_plain_form_post_is_answered_by_a_303_to_a_page_without_a_body() {
    let server = server::start(memory_store()).await;
    let phone = Phone::sign_up(&server).await;
    let form = |password: &str| {
        format!(
            "username={}&password={password}&next=%2Fdevices",
            phone.username
        )
    };

    let wrong = form_post(
        &server,
        "/api/web/sign-in",
        form("wrong-password"),
        NAVIGATION,
    )
    .await;
    assert_eq!(wrong.status().as_u16(), 303);
    let location = wrong.headers()["location"]
        .to_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        location.starts_with("/signin?error=unauthorized"),
        "{location}"
    );
    assert!(location.contains("next=%2Fdevices"), "{location}");
    assert!(wrong.headers().get("content-type").is_none());
    assert_eq!(
        wrong.text().await.unwrap_or_default(),
        "",
        "no JSON reaches a navigating browser"
    );

    let right = form_post(
        &server,
        "/api/web/sign-in",
        form(&PASSWORD.replace(' ', "+")),
        NAVIGATION,
    )
    .await;
    assert_eq!(right.status().as_u16(), 303);
    assert_eq!(right.headers()["location"], "/devices");
    assert!(right.headers().contains_key("set-cookie"));

    // The same call from a script keeps the protocol's JSON answer.
    let scripted = form_post(
        &server,
        "/api/web/sign-in",
        form("wrong-password"),
        "application/json",
    )
    .await;
    assert_eq!(scripted.status().as_u16(), 401);
    assert!(scripted
        .text()
        .await
        .unwrap_or_default()
        .contains(r#""error":"unauthorized""#));
}

#[tokio::test]
async fn html_and_json_are_compressed_as_the_client_accepts() {
    let (app, _) = memory_app();
    for (path, encoding) in [("/login", "br"), ("/api/openapi.json", "gzip")] {
        let mut request = get(path);
        request.headers_mut().insert(
            header::ACCEPT_ENCODING,
            encoding.parse().unwrap_or_else(|e| panic!("{e}")),
        );
        let response = call(&app, request).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            response.headers()[header::CONTENT_ENCODING],
            encoding,
            "{path}"
        );
        assert_eq!(
            response.headers()[header::VARY],
            "accept-encoding",
            "{path}"
        );
        assert_eq!(
            response.headers()[header::CACHE_CONTROL],
            "no-store",
            "{path}"
        );
    }
    // Without Accept-Encoding, plain.
    let plain = call(&app, get("/login")).await;
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
    assert!(body_text(plain).await.starts_with("<!DOCTYPE html>"));
}

#[tokio::test]
async fn a_websocket_upgrade_is_never_compressed() {
    let server = server::start(memory_store()).await;
    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&address)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let request = format!(
        "GET /api/qr/ws?qrId={} HTTP/1.1\r\nHost: {address}\r\nOrigin: {}\r\nCookie: {}\r\n\
         Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAccept-Encoding: gzip, br\r\n\r\n",
        challenge.qr_id,
        server.base,
        browser.cookies()
    );
    stream
        .write_all(request.as_bytes())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut head = vec![0; 4096];
    let read = stream
        .read(&mut head)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let head = String::from_utf8_lossy(&head[..read]).to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 101"), "{head}");
    assert!(!head.contains("content-encoding"), "{head}");
}

#[tokio::test]
async fn hashed_site_files_are_cached_for_a_year_and_served_precompressed() {
    let site = std::env::temp_dir().join(format!("qr-login-site-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(site.join("pkg")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        site.join("pkg/qr-login.AbC.js"),
        "export const x = 1;".repeat(20),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(site.join("pkg/qr-login.AbC.js.br"), b"brotli bytes")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(site.join("favicon.svg"), "<svg/>").unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(site.join("scan")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(site.join("scan/scan.js"), "import('./scanner.js');")
        .unwrap_or_else(|e| panic!("{e}"));
    let plain = state(memory_store());
    let app = ::server::routes::router(AppState {
        leptos_options: LeptosOptions::builder()
            .output_name("qr-login")
            .site_root(site.to_string_lossy().into_owned())
            .build(),
        core: plain.core,
    });

    let mut request = get("/pkg/qr-login.AbC.js");
    request.headers_mut().insert(
        header::ACCEPT_ENCODING,
        "br, gzip".parse().unwrap_or_else(|e| panic!("{e}")),
    );
    let script = call(&app, request).await;
    assert_eq!(script.status(), StatusCode::OK);
    assert_eq!(
        script.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(script.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(
        body_text(script).await,
        "brotli bytes",
        "the precompressed file, as it is"
    );

    let icon = call(&app, get("/favicon.svg")).await;
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(
        icon.headers()[header::CACHE_CONTROL],
        "public, max-age=86400"
    );

    // The scanner's script and WASM are unhashed: asked again every time.
    let scanner = call(&app, get("/scan/scan.js")).await;
    assert_eq!(scanner.status(), StatusCode::OK);
    assert_eq!(scanner.headers()[header::CACHE_CONTROL], "no-cache");
    assert!(scanner.headers().contains_key(header::LAST_MODIFIED));

    let missing = call(&app, get("/pkg/qr-login.Old.js")).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(missing.headers()[header::CACHE_CONTROL], "no-store");
    let _ = std::fs::remove_dir_all(site);
}
