//! Number matching (`NUMBER_MATCHING=true`): the browser shows a number once
//! scanned, the phone picks it among three, and a wrong pick denies the
//! code (docs/protocol.md, "Number matching").

use std::sync::Arc;

use auth::Store;
use protocol::{BrowserEvent, ErrorCode};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::browser::{token_of, Browser};
use crate::support::phone::{Phone, PASSWORD};
use crate::support::server::{start, start_with, Server};
use crate::support::{for_each_store, test_settings};

for_each_store!(
    only_the_number_the_browser_shows_approves,
    a_wrong_number_denies_the_code_for_good,
    without_number_matching_nothing_changes,
    the_phone_page_offers_the_three_numbers_as_buttons,
);

async fn matching_server(store: Arc<dyn Store>) -> Server {
    let mut settings = test_settings();
    settings.number_matching = true;
    start_with(store, settings).await
}

/// The number the browser was told to show, and the three the phone offers.
async fn scan(
    browser: &Browser,
    phone: &Phone,
    challenge: &protocol::ChallengeCreated,
) -> (crate::support::browser::Socket, u8, Vec<u8>) {
    let mut socket = browser.watch(challenge).await;
    let inspected = phone.inspect(&token_of(challenge)).await.unwrap();
    let choices = inspected.number_choices.expect("three numbers to offer");
    let BrowserEvent::QrScanned {
        number: Some(shown),
        ..
    } = socket.next_event().await
    else {
        panic!("the browser is told a number to show");
    };
    (socket, shown, choices)
}

async fn only_the_number_the_browser_shows_approves(store: Arc<dyn Store>) {
    let server = matching_server(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let (mut socket, shown, choices) = scan(&browser, &phone, &challenge).await;
    assert_eq!(choices.len(), 3);
    assert!(choices.contains(&shown), "{shown} in {choices:?}");
    // The same three each time the code is opened: nothing to learn by reopening.
    let again = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert_eq!(again.number_choices, Some(choices));

    // No number: refused, and nothing changed.
    let (status, body) = phone
        .call("/api/qr/approve", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
    let (status, body) = phone
        .call(
            "/api/qr/approve",
            json!({ "token": token_of(&challenge), "number": shown }),
        )
        .await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!({ "status": "authorized" }))
    );
    let access_token = socket.access_token().await;
    assert_eq!(
        browser.open_session(&access_token).await.status,
        StatusCode::OK
    );
}

async fn a_wrong_number_denies_the_code_for_good(store: Arc<dyn Store>) {
    let server = matching_server(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let (mut socket, shown, choices) = scan(&browser, &phone, &challenge).await;
    let wrong = choices.iter().copied().find(|&n| n != shown).unwrap();
    // A typed code is held to the same rule.
    let (status, body) = phone
        .call(
            "/api/qr/approve",
            json!({ "userCode": challenge.user_code, "number": wrong }),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("wrong_number"))
    );
    assert_eq!(
        socket.next_event().await,
        BrowserEvent::QrDenied {
            reason: Some("wrong_number".into())
        }
    );
    // Spent: the right number cannot follow the wrong one.
    let (status, body) = phone
        .call(
            "/api/qr/approve",
            json!({ "token": token_of(&challenge), "number": shown }),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::CONFLICT, Some("already_used"))
    );
    // The account's activity says what happened.
    let (_, account) = auth::devices::authenticate(&server.core, &phone.token)
        .await
        .unwrap();
    let events = auth::audit::recent_for_user(&server.core, &account.id, 50)
        .await
        .unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.kind == protocol::AuditKind::Denied && e.detail.contains("wrong number")),
        "{events:?}"
    );
}

async fn without_number_matching_nothing_changes(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    let (status, seen) = phone
        .call("/api/qr/inspect", json!({ "token": token_of(&challenge) }))
        .await;
    assert_eq!(
        (status, &seen["numberChoices"]),
        (StatusCode::OK, &json!(null))
    );
    assert!(matches!(
        socket.next_event().await,
        BrowserEvent::QrScanned { number: None, .. }
    ));
    // A number sent anyway is not asked for, and does not matter.
    let (status, _) = phone
        .call(
            "/api/qr/approve",
            json!({ "token": token_of(&challenge), "number": 12 }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = phone
        .deny(&token_of(&browser.challenge().await))
        .await
        .map_or_else(
            |(status, body)| (status, Some(body.error)),
            |_| (StatusCode::OK, None),
        );
    assert_eq!((status, body), (StatusCode::OK, None::<ErrorCode>));
}

/// Without JavaScript: three number buttons of the approve form; a wrong
/// one lands on a page that says so.
async fn the_phone_page_offers_the_three_numbers_as_buttons(store: Arc<dyn Store>) {
    let server = matching_server(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let challenge = browser.challenge().await;
    let page = Browser::new(&server);
    page.sign_in_as_phone(&phone.username, PASSWORD).await;
    let token = token_of(&challenge);
    let html = page
        .http
        .get(server.url(&format!("/l/{token}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let inspected = phone.inspect(&token).await.unwrap();
    let choices = inspected.number_choices.unwrap();
    for n in &choices {
        assert!(
            html.contains(&format!(r#"form="approve" name="number" value="{n}""#)),
            "a button for {n}: {html}"
        );
    }
    assert!(html.contains("Which number does the computer show?"));
    let mut socket = browser.watch(&challenge).await;
    let BrowserEvent::QrScanned {
        number: Some(shown),
        ..
    } = socket.next_event().await
    else {
        panic!("scanned with a number");
    };
    let wrong = choices.iter().find(|&&n| n != shown).unwrap().to_string();
    let decided = page
        .http
        .post(server.url("/api/web/decide"))
        .header("accept", "text/html")
        .form(&[
            ("token", token.as_str()),
            ("approve", "true"),
            ("number", wrong.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(decided.url().query(), Some("error=wrong_number"));
    let landed = decided.text().await.unwrap();
    assert!(landed.contains("Wrong number: login refused"), "{landed}");
    assert_eq!(
        socket.next_event().await,
        BrowserEvent::QrDenied {
            reason: Some("wrong_number".into())
        }
    );
}
