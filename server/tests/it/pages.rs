//! Server-rendered pages: the QR is in the very first HTML.

use axum::http::{header, StatusCode};

use crate::support::oneshot::{body_text, call, get, memory_app};

#[tokio::test]
async fn login_page_html_already_contains_the_qr_svg_and_sets_the_binding() {
    let (app, _) = memory_app();
    let response = call(&app, get("/login")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        cookie.starts_with("qr_bind=") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let html = body_text(response).await;
    let qr = html
        .find(r#"class="qr-code""#)
        .unwrap_or_else(|| panic!("no QR block in {html}"));
    assert!(html[qr..].contains("<svg"), "the QR must be inline SVG");
    assert!(html.contains("data-qr-id="));
    assert!(
        html.contains("/pkg/qr-login.js") && !html.contains("qr-login-phone"),
        "the page loads its own WASM bundle, not the phone's"
    );
    // One fallback under the code: the typed code (the long link is gone:
    // it cannot reach the phone), and a line for people with no account.
    assert!(html.contains(r#"class="user-code""#));
    assert!(!html.contains("Can&#x27;t scan?") && !html.contains("Open the link"));
    assert!(html.contains("No account yet? Scan anyway"));
}

/// `/scan` runs its own script (and, from it, its own decoder), never the
/// islands' WASM, and tells the script whose codes to follow.
#[tokio::test]
async fn the_scan_page_loads_its_own_script_and_names_the_sites_codes() {
    let (app, _) = memory_app();
    let response = call(&app, get("/scan")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(
        html.contains(r#"<script type="module" src="/scan/scan.js"></script>"#),
        "{html}"
    );
    assert!(
        !html.contains("/pkg/qr-login.js"),
        "no islands here: {html}"
    );
    let local = auth::Settings::local();
    assert!(
        html.contains(&format!(r#"data-origin="{}""#, local.public_url)),
        "{html}"
    );
    assert!(
        html.contains(r#"href="/link""#),
        "the typed code is offered"
    );
}

/// The phone's pages load their own bundle (the phone's islands), never
/// /login's; the others load none.
#[tokio::test]
async fn each_page_loads_its_own_bundle() {
    let (app, _) = memory_app();
    for page in [
        "/link",
        "/phone",
        "/l/AAAAAAAAAAAAAAAAAAAAAA",
        "/kiosk",
        "/signin",
    ] {
        let html = body_text(call(&app, get(page)).await).await;
        let (login, phone) = (
            html.contains("/pkg/qr-login.js"),
            html.contains("/pkg/qr-login-phone.js"),
        );
        let expected = match page {
            "/kiosk" => (true, false),
            "/signin" => (false, false),
            _ => (false, true),
        };
        assert_eq!((login, phone), expected, "{page}: {html}");
    }
}

#[tokio::test]
async fn unknown_page_is_404() {
    let (app, _) = memory_app();
    assert_eq!(
        call(&app, get("/no-such-page")).await.status(),
        StatusCode::NOT_FOUND
    );
}

/// A phone that is not signed in is no error on the pages that adapt to
/// it: they answer 200 with the way to sign in, not 401.
#[tokio::test]
async fn pages_that_adapt_to_a_signed_out_phone_answer_200() {
    let (app, _) = memory_app();
    // A QR code's page too: it asks the phone to sign in first.
    let code = "/l/AAAAAAAAAAAAAAAAAAAAAA";
    for path in [
        "/signin",
        "/signup",
        "/phone",
        "/signout",
        "/recovery",
        "/recover",
        code,
    ] {
        let response = call(&app, get(path)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(body_text(response).await.contains("Sign"), "{path}");
    }
}

/// The phone pages' server functions answer like the JSON API: the
/// protocol's status and `{ error, message }`.
#[tokio::test]
async fn phone_server_functions_fail_with_the_protocols_status_and_code() {
    let (app, _) = memory_app();
    let request = axum::http::Request::post("/api/web/review")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from("token=AAAAAAAAAAAAAAAAAAAAAA"))
        .unwrap();
    let response = call(&app, request).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["error"], "unauthorized");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
}

/// The phone's pages can be put on the home screen: they link a manifest
/// named as the site that opens on the account's page; a computer's page
/// links none (installed, it would open on the phone's pages).
#[tokio::test]
async fn the_phone_pages_are_an_app_for_the_home_screen() {
    let (app, _) = memory_app();
    let response = call(&app, get("/manifest.webmanifest")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers().get(header::CONTENT_TYPE).unwrap(),
        "application/manifest+json"
    );
    let manifest: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(manifest["name"], auth::Settings::local().site_name.as_str());
    assert_eq!(manifest["start_url"], "/phone");
    assert_eq!(manifest["display"], "standalone");
    let sizes: Vec<&str> = manifest["icons"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|icon| icon["sizes"].as_str())
        .collect();
    assert_eq!(sizes, ["any", "192x192", "512x512"]);
    let linked = |html: &str| html.contains(r#"rel="manifest""#);
    assert!(linked(&body_text(call(&app, get("/phone")).await).await));
    assert!(!linked(&body_text(call(&app, get("/login")).await).await));
}
