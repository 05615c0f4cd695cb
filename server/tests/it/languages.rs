//! Pages and JSON errors in the person's language: a link's `?lang=`, then
//! the menu's cookie, then `Accept-Language`, then English.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use i18n::{tr, Lang};
use serde_json::json;

use crate::support::memory_store;
use crate::support::oneshot::{body_json, body_text, call, memory_app};
use crate::support::server::start;

fn asking(uri: &str, headers: &[(header::HeaderName, &str)]) -> Request<Body> {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    request.body(Body::empty()).unwrap()
}

/// The `<html>` tag of a page.
async fn html_tag(app: &axum::Router, request: Request<Body>) -> (String, String) {
    let html = body_text(call(app, request).await).await;
    let at = html
        .find("<html")
        .unwrap_or_else(|| panic!("no <html> in {html}"));
    let tag = html[at..at + html[at..].find('>').unwrap()].to_owned();
    (tag, html)
}

#[tokio::test]
async fn a_page_speaks_the_browsers_language_unless_a_link_or_the_menu_says_otherwise() {
    let (app, _) = memory_app();
    let arabic = [(header::ACCEPT_LANGUAGE, "ar-EG,ar;q=0.9,en;q=0.5")];
    let (tag, html) = html_tag(&app, asking("/login", &arabic)).await;
    assert!(
        tag.contains(r#"lang="ar""#) && tag.contains(r#"dir="rtl""#),
        "{tag}"
    );
    assert!(
        html.contains(&tr!(Lang::Ar, "common-language")),
        "the menu is in Arabic"
    );
    // The island's strings are on the page, in its language.
    assert!(html.contains(r#"id="words""#), "no words for the island");
    let (tag, _) = html_tag(&app, asking("/login?lang=ja", &arabic)).await;
    assert!(
        tag.contains(r#"lang="ja""#) && tag.contains(r#"dir="ltr""#),
        "{tag}"
    );
    let chosen = [
        (header::ACCEPT_LANGUAGE, "ar"),
        (header::COOKIE, "qr_lang=de"),
    ];
    let (tag, _) = html_tag(&app, asking("/signin", &chosen)).await;
    assert!(
        tag.contains(r#"lang="de""#),
        "the menu's cookie beats the browser: {tag}"
    );
    // A link's language is remembered, so that what the page's islands
    // then ask the server comes back in it too.
    let linked = call(&app, asking("/login?lang=ja", &arabic)).await;
    assert_eq!(linked.headers()[header::CONTENT_LANGUAGE], "ja");
    let cookies: Vec<_> = linked
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.to_str().unwrap().starts_with("qr_lang=ja;")),
        "{cookies:?}"
    );
    let (tag, html) = html_tag(&app, asking("/?lang=nonsense", &[])).await;
    assert!(tag.contains(r#"lang="en""#), "{tag}");
    // A page that needs no strings in the browser carries none.
    assert!(!html.contains(r#"id="words""#));
}

fn menu_post(form: &str, origin: &str) -> Request<Body> {
    Request::post("/language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, origin)
        .body(Body::from(form.to_owned()))
        .unwrap()
}

#[tokio::test]
async fn the_language_menu_remembers_the_choice_and_goes_back_to_the_same_page() {
    let (app, _) = memory_app();
    let site = auth::Settings::local().public_url;
    let response = call(
        &app,
        menu_post("lang=ja&next=%2Fdevices%3Fdone%3Drenamed", &site),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()[header::LOCATION],
        "/devices?done=renamed"
    );
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    for part in [
        "qr_lang=ja",
        "HttpOnly",
        "SameSite=Lax",
        "Path=/",
        "Max-Age=31536000",
    ] {
        assert!(cookie.contains(part), "{part} missing: {cookie}");
    }
    // Nowhere but this site.
    for next in ["%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F", ""] {
        let response = call(&app, menu_post(&format!("lang=ar&next={next}"), &site)).await;
        assert_eq!(response.headers()[header::LOCATION], "/", "{next}");
    }
    // Not a language of ours, or no language: a clear error, no cookie.
    for form in ["lang=xx&next=%2F", "next=%2F"] {
        let response = call(&app, menu_post(form, &site)).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{form}");
        assert!(response.headers().get(header::SET_COOKIE).is_none());
        assert_eq!(body_json(response).await["error"], "bad_request");
    }
    // Another site's page cannot choose for the person.
    let response = call(&app, menu_post("lang=ar&next=%2F", "https://evil.example")).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(response.headers().get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn a_json_errors_message_is_in_the_callers_language_and_its_code_stays_english() {
    let (app, _) = memory_app();
    let wrong = json!({ "username": "nobody", "password": "wrong password",
        "deviceName": "x", "deviceType": "x" })
    .to_string();
    for (accept, lang) in [
        ("ja-JP,ja;q=0.9", Lang::Ja),
        ("es", Lang::Es),
        ("", Lang::En),
    ] {
        let mut request =
            Request::post("/api/auth/login").header(header::CONTENT_TYPE, "application/json");
        if !accept.is_empty() {
            request = request.header(header::ACCEPT_LANGUAGE, accept);
        }
        let response = call(&app, request.body(Body::from(wrong.clone())).unwrap()).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(response.headers()[header::CONTENT_LANGUAGE], lang.code());
        let body = body_json(response).await;
        assert_eq!(body["error"], "unauthorized");
        assert_eq!(
            body["message"],
            tr!(lang, "error-sign-in-mismatch"),
            "{accept}"
        );
    }
    // An error the edge answers (another site's page) is worded too.
    let request = Request::post("/api/qr/challenge")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::ACCEPT_LANGUAGE, "de")
        .body(Body::from("{}"))
        .unwrap();
    let body = body_json(call(&app, request).await).await;
    assert_eq!(body["error"], "cross_site");
    assert_eq!(body["message"], tr!(Lang::De, "error-cross-site"));
}

/// A real client that takes compressed answers (every browser, every HTTP
/// library) reads the worded error, and a computer's browser hears about
/// its own session, not a phone's.
#[tokio::test]
async fn a_compressed_error_reads_as_worded() {
    let server = start(memory_store()).await;
    let client = reqwest::Client::builder().gzip(true).build().unwrap();
    let answer = client
        .get(server.url("/api/session"))
        .header(header::ACCEPT_LANGUAGE, "fr-CA, en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(body["error"], "unauthorized");
    assert_eq!(body["message"], tr!(Lang::Fr, "error-browser-signed-out"));
    // An app's OpenID Connect endpoints keep the server's own words.
    let answer = client
        .get(server.url("/oauth/userinfo"))
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = answer.json().await.unwrap_or_default();
    assert!(body.get("detail").is_none(), "{body}");
}
