//! The typed code (`userCode`, RFC 8628's user code): a phone that cannot
//! scan types the code shown under the QR. It names the same challenge,
//! lives exactly as long, and guessing it is bounded per address, per
//! account and per code (docs/protocol.md, "Typed codes").

use std::sync::Arc;
use std::time::Duration;

use auth::Store;
use protocol::{BrowserEvent, ChallengeRequest, ErrorCode, UserCode};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::browser::{token_of, Browser};
use crate::support::phone::{Phone, PASSWORD};
use crate::support::server::{start, start_with, with_qr_ttl};
use crate::support::{for_each_store, fresh_address, post_json, test_settings};

for_each_store!(
    a_typed_code_logs_the_browser_in_like_a_scan,
    the_typed_code_dies_with_its_challenge,
    each_malformed_request_gets_its_error,
    guessing_is_bounded_per_address_and_per_account,
    concurrent_guesses_cannot_pass_the_limits_together,
    one_typed_code_answers_a_bounded_number_of_requests,
    the_phone_pages_take_a_typed_code_without_javascript,
);

fn code_of(challenge: &protocol::ChallengeCreated) -> &str {
    &challenge.user_code
}

/// A well-formed code that is (almost surely) nobody's.
fn a_guess() -> String {
    UserCode::from_random(u64::from_le_bytes(
        uuid::Uuid::new_v4().as_bytes()[..8].try_into().unwrap(),
    ))
    .display()
}

async fn a_typed_code_logs_the_browser_in_like_a_scan(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let shown = code_of(&challenge);
    assert_eq!(
        UserCode::parse(shown).unwrap().display(),
        shown,
        "shown as XXXX-XXXX"
    );
    // The store knows the code only by its keyed digest.
    let code = UserCode::parse(shown).unwrap();
    let key = auth::challenges::user_code_key(&server.core, &code);
    assert!(!key.contains(&code.compact()));
    assert_eq!(
        server.core.store.get(&key).await.unwrap(),
        Some(challenge.qr_id.clone().into_bytes())
    );

    let mut socket = browser.watch(&challenge).await;
    // Typed as a person types it: small letters, a space for the dash.
    let typed = shown.to_lowercase().replace('-', " ");
    let (status, seen) = phone
        .call("/api/qr/inspect", json!({ "userCode": typed }))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["qrId"], json!(challenge.qr_id));
    assert!(matches!(
        socket.next_event().await,
        BrowserEvent::QrScanned { .. }
    ));
    let (status, decided) = phone
        .call(
            "/api/qr/approve",
            json!({ "userCode": shown, "keepSignedIn": false }),
        )
        .await;
    assert_eq!(
        (status, decided),
        (StatusCode::OK, json!({ "status": "authorized" }))
    );
    let access_token = socket.access_token().await;
    assert_eq!(
        browser.open_session(&access_token).await.status,
        StatusCode::OK
    );
    // Each new code has its own typed code.
    let next = browser.challenge().await;
    assert_ne!(code_of(&next), shown);
}

async fn the_typed_code_dies_with_its_challenge(store: Arc<dyn Store>) {
    let server = start(store.clone()).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let inspect = |code: String| {
        let phone = &phone;
        async move {
            let (status, body) = phone
                .call("/api/qr/inspect", json!({ "userCode": code }))
                .await;
            (status, body["error"].as_str().unwrap_or("").to_owned())
        }
    };

    // Renewed by its page: the old code stops with the old QR.
    let first = browser.challenge().await;
    let renewed = browser
        .challenge_with(&ChallengeRequest {
            replaces: Some(first.qr_id.clone()),
            kiosk: false,
            authorization: None,
        })
        .await;
    assert_eq!(
        inspect(first.user_code.clone()).await,
        (StatusCode::GONE, "expired".into())
    );
    // Approved (by its QR token): the code is used up too (and says so
    // kindly to the account that approved it).
    phone.approve(&token_of(&renewed)).await.unwrap();
    assert_eq!(
        inspect(renewed.user_code.clone()).await,
        (StatusCode::CONFLICT, "already_approved".into())
    );
    // Denied by code: its QR is finished too.
    let denied = browser.challenge().await;
    let (status, _) = phone
        .call("/api/qr/deny", json!({ "userCode": denied.user_code }))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = phone.approve(&token_of(&denied)).await.unwrap_err();
    assert_eq!(
        (status, body.error),
        (StatusCode::CONFLICT, ErrorCode::AlreadyUsed)
    );

    // Expired: refused by the server's clock, whatever the phone shows.
    let short = start_with(store, with_qr_ttl(Duration::from_secs(1))).await;
    let (browser, phone) = (Browser::new(&short), Phone::sign_up(&short).await);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    assert_eq!(socket.next_event().await, BrowserEvent::QrExpired);
    let (status, body) = phone
        .call(
            "/api/qr/approve",
            json!({ "userCode": challenge.user_code }),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::GONE, Some("expired"))
    );
}

/// The error rows of inspect, approve and deny that are the typed code's own.
async fn each_malformed_request_gets_its_error(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let token = token_of(&challenge);
    let rows = [
        (json!({}), StatusCode::BAD_REQUEST, "bad_request"),
        (
            json!({ "token": token, "userCode": challenge.user_code }),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        // A look-alike (0 for O), a vowel, one letter short.
        (
            json!({ "userCode": "BCDF-GHJ0" }),
            StatusCode::BAD_REQUEST,
            "invalid_qr",
        ),
        (
            json!({ "userCode": "BCDF-GHJA" }),
            StatusCode::BAD_REQUEST,
            "invalid_qr",
        ),
        (
            json!({ "userCode": "BCDF-GHJ" }),
            StatusCode::BAD_REQUEST,
            "invalid_qr",
        ),
        (
            json!({ "userCode": 12345678 }),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            json!({ "userCode": a_guess() }),
            StatusCode::GONE,
            "expired",
        ),
    ];
    for path in ["/api/qr/inspect", "/api/qr/approve", "/api/qr/deny"] {
        for (body, status, code) in &rows {
            let (got, answer) = phone.call(path, body.clone()).await;
            assert_eq!(
                (got, answer["error"].as_str().unwrap_or("")),
                (*status, *code),
                "{path} {body}: {answer}"
            );
        }
    }
    // None of it touched the challenge.
    let mut socket = browser.watch(&challenge).await;
    phone.inspect(&token).await.unwrap();
    assert!(matches!(
        socket.next_event().await,
        BrowserEvent::QrScanned { .. }
    ));
}

async fn guessing_is_bounded_per_address_and_per_account(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.user_code_misses_per_hour = 3;
    settings.trust_proxy = true;
    let server = start_with(store, settings).await;
    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    let (guesser, other) = (Phone::sign_up(&server).await, Phone::sign_up(&server).await);
    let try_code = |phone: &Phone, address: &str, body: serde_json::Value| {
        let bearer = format!("Bearer {}", phone.token);
        let (url, address) = (server.url("/api/qr/inspect"), address.to_owned());
        async move {
            let headers = [
                ("x-forwarded-for", address.as_str()),
                ("authorization", bearer.as_str()),
            ];
            let reply = post_json(url, &body, &headers).await;
            (reply.status, reply.retry_after.is_some())
        }
    };

    // Per address: three wrong codes, then even the right one is refused.
    let address = fresh_address();
    for _ in 0..3 {
        let wrong = json!({ "userCode": a_guess() });
        assert_eq!(
            try_code(&guesser, &address, wrong).await.0,
            StatusCode::GONE
        );
    }
    let right = json!({ "userCode": challenge.user_code });
    assert_eq!(
        try_code(&other, &address, right.clone()).await,
        (StatusCode::TOO_MANY_REQUESTS, true),
        "the address is refused typed codes, whoever types them"
    );
    // The QR's token still works from there: it cannot be guessed.
    let token = json!({ "token": token_of(&challenge) });
    assert_eq!(try_code(&other, &address, token).await.0, StatusCode::OK);

    // Per account: ten wrong codes (three above, the rest from new
    // addresses), then the account is refused typed codes from anywhere;
    // another account is not.
    for _ in 3..auth::settings::USER_CODE_MISSES_PER_ACCOUNT {
        let wrong = json!({ "userCode": a_guess() });
        assert_eq!(
            try_code(&guesser, &fresh_address(), wrong).await.0,
            StatusCode::GONE
        );
    }
    assert_eq!(
        try_code(&guesser, &fresh_address(), right.clone()).await,
        (StatusCode::TOO_MANY_REQUESTS, true)
    );
    assert_eq!(
        try_code(&other, &fresh_address(), right).await.0,
        StatusCode::OK
    );
}

/// Every code presented takes its place in the miss counters before it is
/// looked up: forty typed codes at once from one account are judged ten at
/// most (its limit an hour), and thirty unknown QR tokens at once from one
/// address five at most (`CODE_MISSES_PER_MINUTE` here).
async fn concurrent_guesses_cannot_pass_the_limits_together(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.limits.code_misses_per_minute = 5;
    settings.trust_proxy = true;
    let server = start_with(store, settings).await;
    let guesser = Phone::sign_up(&server).await;
    let guesses = |n: usize, body: fn() -> serde_json::Value, address: String| {
        let url = server.url("/api/qr/inspect");
        let bearer = format!("Bearer {}", guesser.token);
        crate::support::all_at_once(n, move |_| {
            let (url, bearer, address) = (url.clone(), bearer.clone(), address.clone());
            async move {
                let headers = [
                    ("x-forwarded-for", address.as_str()),
                    ("authorization", bearer.as_str()),
                ];
                post_json(url, &body(), &headers).await.status
            }
        })
    };
    let count = |statuses: &[StatusCode], status: StatusCode| {
        statuses.iter().filter(|s| **s == status).count()
    };

    let typed = guesses(40, || json!({ "userCode": a_guess() }), fresh_address()).await;
    let looked_up = count(&typed, StatusCode::GONE);
    assert_eq!(
        looked_up + count(&typed, StatusCode::TOO_MANY_REQUESTS),
        40,
        "{typed:?}"
    );
    assert!(
        looked_up <= auth::settings::USER_CODE_MISSES_PER_ACCOUNT as usize,
        "{looked_up} typed codes looked up"
    );

    let unknown_token = || json!({ "token": "AAAAAAAAAAAAAAAAAAAAAA" });
    let scanned = guesses(30, unknown_token, fresh_address()).await;
    let looked_up = count(&scanned, StatusCode::GONE);
    assert_eq!(
        looked_up + count(&scanned, StatusCode::TOO_MANY_REQUESTS),
        30,
        "{scanned:?}"
    );
    assert!(looked_up <= 5, "{looked_up} QR tokens looked up");
}

async fn one_typed_code_answers_a_bounded_number_of_requests(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let body = json!({ "userCode": challenge.user_code });
    for _ in 0..auth::settings::USER_CODE_USES {
        assert_eq!(
            phone.call("/api/qr/inspect", body.clone()).await.0,
            StatusCode::OK
        );
    }
    let (status, answer) = phone.call("/api/qr/approve", body).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("rate_limited"))
    );
    // The QR itself is still good: the limit is the typed code's.
    phone.approve(&token_of(&challenge)).await.unwrap();
}

/// `/link` without JavaScript: the form, a wrong code's sentence, and the
/// confirmation reached by the typed code, decided by a plain form post.
async fn the_phone_pages_take_a_typed_code_without_javascript(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let page = Browser::new(&server);
    page.sign_in_as_phone(&phone.username, PASSWORD).await;
    let get = |path: String| {
        let (page, server) = (&page, &server);
        async move {
            let response = page.http.get(server.url(&path)).send().await.unwrap();
            (response.status(), response.text().await.unwrap())
        }
    };
    let (status, form) = get("/link".into()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains(r#"<form method="get" action="/link""#),
        "{form}"
    );
    // Not signed in yet: the code waits while the phone signs in.
    let stranger = Browser::new(&server);
    let signed_out = stranger
        .http
        .get(server.url(&format!("/link?code={}", challenge.user_code)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let back = format!("/signin?next=/l/{}", challenge.user_code.replace('-', ""));
    assert!(
        signed_out.contains("Sign in to approve") && signed_out.contains(&back),
        "{signed_out}"
    );
    // Sent there by another site (even a sibling subdomain), a typed code is
    // only filled in: nothing is looked up until the person taps Continue.
    for site in ["cross-site", "same-site"] {
        for path in [
            format!("/link?code={}", challenge.user_code),
            format!("/l/{}", challenge.user_code.replace('-', "")),
        ] {
            let sent = page
                .http
                .get(server.url(&path))
                .header("sec-fetch-site", site)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert!(
                sent.contains("Check that this is the code on the computer"),
                "{path}: {sent}"
            );
            assert!(
                sent.contains(&format!(
                    r#"value="{}""#,
                    path.rsplit(['=', '/']).next().unwrap()
                )),
                "{sent}"
            );
        }
    }
    let key = auth::challenges::challenge_key(&challenge.qr_id);
    let untouched: protocol::Challenge = auth::records::get_json(&*server.core.store, &key)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(untouched.state, protocol::ChallengeState::Pending);
    let (_, wrong) = get("/link?code=HELLO".into()).await;
    assert!(
        wrong.contains("Codes use only these letters") && wrong.contains(r#"value="HELLO""#),
        "{wrong}"
    );

    let typed = challenge.user_code.to_lowercase();
    let (_, review) = get(format!("/link?code={typed}")).await;
    let compact = challenge.user_code.replace('-', "");
    assert!(review.contains("Log in on this computer?"), "{review}");
    assert!(
        review.contains(&format!(r#"name="token" value="{compact}""#)),
        "the decision form carries the code: {review}"
    );
    let mut socket = browser.watch(&challenge).await;
    assert!(matches!(
        socket.next_event().await,
        BrowserEvent::QrScanned { .. }
    ));
    // A plain form post, answered by a redirect (followed) to the result page.
    let decided = page
        .http
        .post(server.url("/api/web/decide"))
        .header("accept", "text/html")
        .form(&[("token", compact.as_str()), ("approve", "true")])
        .send()
        .await
        .unwrap();
    assert_eq!(decided.url().path(), "/decided");
    assert_eq!(decided.url().query(), Some("outcome=authorized"));
    assert!(matches!(
        socket.next_event().await,
        BrowserEvent::QrAuthorized { .. }
    ));
}
