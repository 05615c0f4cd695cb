//! After the login: revocation from the phone, account disabling, idle
//! periods, session-only logins, the linked-browser limit, news for the
//! phone. Once with each store.

use std::sync::Arc;
use std::time::Duration;

use auth::{Settings, Store};
use protocol::{BrowserEvent, ErrorCode};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::browser::{connect, token_of, Browser};
use crate::support::phone::{approval, Phone, PASSWORD};
use crate::support::server::{start, start_with};
use crate::support::{finish, for_each_store, logged_in, test_settings, LoggedIn};
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;

for_each_store!(
    phone_logout_revokes_the_web_sessions_it_approved,
    disabling_the_account_logs_out_its_browsers,
    removing_a_linked_browser_revokes_it_live_and_stops_renewal,
    logging_out_all_linked_browsers_reaches_each_of_them,
    an_unused_session_ends_after_the_idle_period_and_use_extends_it,
    a_session_only_login_gets_a_cookie_that_ends_with_the_browser,
    linking_past_the_limit_asks_the_phone_which_browser_to_drop,
    the_phone_hears_of_each_new_login_live,
    a_phone_signing_out_may_keep_its_computers_signed_in,
    a_phone_names_its_linked_browsers_and_only_its_own,
);

/// Two browsers alike are told apart by a name a phone gives one; the list
/// says how each came. Names are cleaned as every name people read, and no
/// other account can name (or learn of) a browser.
async fn a_phone_names_its_linked_browsers_and_only_its_own(store: Arc<dyn Store>) {
    let server = start(store).await;
    let LoggedIn { phone, .. } = logged_in(&server).await;
    let [device] = <[_; 1]>::try_from(phone.devices().await).unwrap();
    assert_eq!(
        (device.name.as_deref(), device.app.as_deref(), device.kiosk),
        (None, None, false)
    );
    let path = format!("/api/devices/{}/name", device.session_id);
    let named = json!({ "name": "  Office\u{202e} laptop " });
    assert_eq!(
        phone.put(&path, named.clone()).await,
        StatusCode::NO_CONTENT
    );
    let listed = phone.devices().await;
    assert_eq!(listed[0].name.as_deref(), Some("Office laptop"));
    assert_eq!(
        listed[0].last_seen_at, device.last_seen_at,
        "naming is no use of it"
    );

    let stranger = Phone::sign_up(&server).await;
    assert_eq!(stranger.put(&path, named).await, StatusCode::NOT_FOUND);
    for id in ["nope", "../x", &"f".repeat(32)] {
        let other = format!("/api/devices/{id}/name");
        assert_eq!(
            phone.put(&other, json!({ "name": "x" })).await,
            StatusCode::NOT_FOUND,
            "{id}"
        );
    }
    assert_eq!(
        phone.put(&path, json!({ "title": "x" })).await,
        StatusCode::BAD_REQUEST
    );
    // An empty name takes it away.
    assert_eq!(
        phone.put(&path, json!({ "name": " " })).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(phone.devices().await[0].name, None);
}

fn revoked(reason: &str) -> BrowserEvent {
    BrowserEvent::SessionRevoked {
        reason: reason.into(),
    }
}

async fn phone_logout_revokes_the_web_sessions_it_approved(store: Arc<dyn Store>) {
    let server = start(store).await;
    let LoggedIn {
        browser,
        phone,
        challenge,
        mut session_socket,
        ..
    } = logged_in(&server).await;

    assert_eq!(
        phone.post_empty("/api/auth/logout").await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        session_socket.next_event().await,
        revoked("phone_signed_out")
    );
    let (status, body) = browser.session().await.unwrap_err();
    assert_eq!(
        (status, body.error),
        (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized)
    );
    let (status, _) = phone.inspect(&token_of(&challenge)).await.unwrap_err();
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the device token is revoked too"
    );
}

async fn disabling_the_account_logs_out_its_browsers(store: Arc<dyn Store>) {
    let server = start(store).await;
    let LoggedIn {
        browser,
        phone,
        challenge,
        access_token,
        mut session_socket,
    } = logged_in(&server).await;

    assert!(
        auth::cascade::set_disabled(&server.core, &phone.username, true)
            .await
            .unwrap()
    );
    assert_eq!(
        session_socket.next_event().await,
        revoked("account_disabled")
    );
    assert_eq!(browser.session_status().await, StatusCode::UNAUTHORIZED);
    // The access token it already holds is refused here too.
    assert_eq!(
        server.session_by_bearer(&access_token).await,
        StatusCode::UNAUTHORIZED
    );
    let (status, _) = phone.inspect(&token_of(&challenge)).await.unwrap_err();
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "a disabled account's phone cannot act"
    );
}

async fn removing_a_linked_browser_revokes_it_live_and_stops_renewal(store: Arc<dyn Store>) {
    let server = start(store).await;
    let LoggedIn {
        browser,
        phone,
        mut session_socket,
        ..
    } = logged_in(&server).await;
    let (status, renewed) = browser.renew().await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(renewed["expiresIn"], 900);
    let fresh = renewed["accessToken"].as_str().unwrap().to_owned();

    let devices = phone.devices().await;
    assert_eq!(devices[0].approved_by, "Pixel 8");
    let session_id = devices[0].session_id.clone();
    assert_eq!(
        phone.delete(&format!("/api/devices/{session_id}")).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        session_socket.next_event().await,
        revoked("removed_by_phone")
    );
    assert_eq!(
        browser.renew().await.0,
        StatusCode::UNAUTHORIZED,
        "no renewal after revocation"
    );
    assert_eq!(browser.session_status().await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        server.session_by_bearer(&fresh).await,
        StatusCode::UNAUTHORIZED,
        "this server checks revocation on every request"
    );
    assert!(phone.devices().await.is_empty());
    assert_eq!(
        phone.delete(&format!("/api/devices/{session_id}")).await,
        StatusCode::NOT_FOUND
    );
}

async fn logging_out_all_linked_browsers_reaches_each_of_them(store: Arc<dyn Store>) {
    let server = start(store).await;
    let first = logged_in(&server).await;
    let phone = &first.phone;
    // A second browser, approved by the same phone.
    let second = Browser::new(&server);
    let challenge = second.challenge().await;
    let mut socket = second.watch(&challenge).await;
    phone.approve(&token_of(&challenge)).await.unwrap();
    let (_, _, mut second_socket) = finish(&second, &mut socket).await;
    assert_eq!(phone.devices().await.len(), 2);

    assert_eq!(phone.delete("/api/devices").await, StatusCode::NO_CONTENT);
    let mut first_socket = first.session_socket;
    for socket in [&mut first_socket, &mut second_socket] {
        assert!(matches!(
            socket.next_event().await,
            BrowserEvent::SessionRevoked { .. }
        ));
    }
    assert_eq!(
        first.browser.session_status().await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(second.session_status().await, StatusCode::UNAUTHORIZED);
    // The phone itself stays signed in.
    assert!(phone.devices().await.is_empty());
}

async fn an_unused_session_ends_after_the_idle_period_and_use_extends_it(store: Arc<dyn Store>) {
    let idle = Duration::from_millis(1_600);
    let settings = Settings {
        session_idle: idle,
        ..test_settings()
    };
    let server = start_with(store, settings).await;
    let LoggedIn {
        browser,
        mut session_socket,
        ..
    } = logged_in(&server).await;
    // Used every 0.8 s, it outlives its idle period twice over.
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(browser.session_status().await, StatusCode::OK);
    }
    tokio::time::sleep(idle + Duration::from_millis(500)).await;
    assert_eq!(
        browser.session_status().await,
        StatusCode::UNAUTHORIZED,
        "idle, it ended"
    );
    // Its open page heard so by itself.
    assert_eq!(session_socket.next_event().await, revoked("expired"));
}

async fn a_session_only_login_gets_a_cookie_that_ends_with_the_browser(store: Arc<dyn Store>) {
    let server = start(store).await;
    let phone = Phone::sign_up(&server).await;
    let mut cookies = Vec::new();
    for keep in [true, false] {
        let browser = Browser::new(&server);
        let challenge = browser.challenge().await;
        let mut socket = browser.watch(&challenge).await;
        let approval = protocol::ApproveRequest {
            keep_signed_in: Some(keep),
            ..approval(&token_of(&challenge))
        };
        phone.approve_with(&approval).await.unwrap();
        cookies.push(finish(&browser, &mut socket).await.1);
    }
    assert!(cookies[0].contains("Max-Age="), "kept: {}", cookies[0]);
    assert!(
        !cookies[1].contains("Max-Age=") && !cookies[1].contains("Expires="),
        "session only: {}",
        cookies[1]
    );
    let (_, account) = auth::devices::authenticate(&server.core, &phone.token)
        .await
        .unwrap();
    let linked = auth::sessions::list(&server.core, &account.id)
        .await
        .unwrap();
    let lifetime = |s: &auth::sessions::WebSession| s.expires_at - s.created_at;
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
        let browser = Browser::new(&server);
        let challenge = browser.challenge().await;
        let mut socket = browser.watch(&challenge).await;
        phone.approve(&token_of(&challenge)).await.unwrap();
        let (_, _, session_socket) = finish(&browser, &mut socket).await;
        first_socket.get_or_insert(session_socket);
    }
    let third = Browser::new(&server);
    let challenge = third.challenge().await;
    let mut socket = third.watch(&challenge).await;
    let inspected = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert_eq!(inspected.max_linked_sessions, 2);
    assert_eq!(inspected.linked_sessions.len(), 2);

    // Not silently: the phone is told, and nothing changes.
    let (status, body) = phone.approve(&token_of(&challenge)).await.unwrap_err();
    assert_eq!(
        (status, body.error),
        (StatusCode::CONFLICT, ErrorCode::SessionLimit)
    );
    assert_eq!(phone.devices().await.len(), 2);
    // It names the oldest to drop: that browser is logged out, live.
    let oldest = inspected.linked_sessions[0].session_id.clone();
    let approval = protocol::ApproveRequest {
        drop_session: Some(oldest.clone()),
        ..approval(&token_of(&challenge))
    };
    phone.approve_with(&approval).await.unwrap();
    assert!(matches!(
        socket.decided().await,
        BrowserEvent::QrAuthorized { .. }
    ));
    let mut dropped = first_socket.unwrap();
    assert_eq!(dropped.next_event().await, revoked("replaced_by_new_login"));
    let devices = phone.devices().await;
    assert_eq!(devices.len(), 2);
    assert!(devices.iter().all(|d| d.session_id != oldest));
}

async fn the_phone_hears_of_each_new_login_live(store: Arc<dyn Store>) {
    let server = start(store).await;
    let phone = Phone::sign_up(&server).await;
    let mut request = server.ws_url("/api/auth/ws").into_client_request().unwrap();
    let bearer = format!("Bearer {}", phone.token);
    request
        .headers_mut()
        .insert("authorization", bearer.parse().unwrap());
    let mut news = connect(request).await.unwrap();

    let browser = Browser::new(&server);
    let challenge = browser.challenge().await;
    phone.approve(&token_of(&challenge)).await.unwrap();
    let heard = news.next_json().await;
    assert_eq!(heard["event"], "new_login");
    assert_eq!(
        (heard["browser"].as_str(), heard["os"].as_str()),
        (Some("Chrome"), Some("Linux"))
    );
    assert_eq!(heard["ip"], "127.0.0.1");
    // Without a device token there is nothing to hear.
    let anonymous = server.ws_url("/api/auth/ws").into_client_request().unwrap();
    assert_eq!(connect(anonymous).await.err(), Some(401));
}

/// "Sign out of this phone" names the computers it would log out first
/// (`/signout`), and the person may keep them signed in; by default they
/// go with the phone.
async fn a_phone_signing_out_may_keep_its_computers_signed_in(store: Arc<dyn Store>) {
    let server = start(store).await;
    let phone = Phone::sign_up(&server).await;
    for keep in [false, true] {
        let page = Browser::new(&server);
        page.sign_in_as_phone(&phone.username, PASSWORD).await;
        let computer = Browser::new(&server);
        let challenge = computer.challenge().await;
        let mut socket = computer.watch(&challenge).await;
        let token = token_of(&challenge);
        let (status, body) = page
            .server_fn("decide", &[("token", &token), ("approve", "true")])
            .await;
        assert_eq!((status, body), (StatusCode::OK, json!("authorized")));
        let (_, _, mut session_socket) = finish(&computer, &mut socket).await;

        let (status, preview) = page.server_fn("sign-out-preview", &[]).await;
        assert_eq!(status, StatusCode::OK);
        let listed = preview.as_array().cloned().unwrap_or_default();
        assert_eq!(listed.len(), 1, "only what this phone logged in: {preview}");
        let form: &[(&str, &str)] = if keep {
            &[("keep_computers", "yes")]
        } else {
            &[]
        };
        let (status, _) = page.server_fn("sign-out", form).await;
        assert_eq!(status, StatusCode::OK);
        let (_, me) = page.server_fn("me", &[]).await;
        assert!(me.is_null(), "the phone is signed out either way: {me}");
        if keep {
            assert!(computer.session().await.is_ok(), "kept signed in");
        } else {
            assert_eq!(
                session_socket.next_event().await,
                revoked("phone_signed_out")
            );
            assert!(computer.session().await.is_err());
        }
    }
}
