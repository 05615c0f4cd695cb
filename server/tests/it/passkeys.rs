//! Passkeys (docs/protocol.md, "Passkeys"): added after the password, then
//! asked at every approval with user verification, answered for that very
//! challenge; a sign-in without the password; `REQUIRE_USER_VERIFICATION`.
//! A software authenticator (`support/authenticator.rs`) answers as a phone.

use std::sync::Arc;

use auth::Store;
use protocol::{ApproveRequest, AuditKind, BrowserEvent, ErrorCode, PasskeyInfo};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::support::authenticator::SoftPasskey;
use crate::support::browser::connect;
use crate::support::browser::{token_of, Browser};
use crate::support::phone::{approval, Phone, PASSWORD};
use crate::support::server::{start, start_on_localhost, Server};
use crate::support::{for_each_store, test_settings};
use auth::Settings;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;

for_each_store!(
    a_passkey_is_added_after_the_password,
    an_account_with_a_passkey_approves_only_with_its_answer_to_that_code,
    removing_a_passkey_needs_the_password,
    a_passkey_signs_a_phone_in_without_the_password,
    a_computer_signs_itself_in_with_a_passkey,
    a_kiosk_offers_passkeys_only_when_the_site_allows_it,
    an_older_passkey_approves_but_signs_nobody_in,
    required_user_verification_asks_an_account_to_add_one_first,
    passkeys_are_off_where_the_site_is_an_ip_address,
    a_native_app_answers_from_its_own_origin_once_it_is_listed,
    with_number_matching_the_number_and_the_passkey_are_both_needed,
    a_phone_signed_out_from_another_takes_its_passkeys_with_it,
    the_phone_page_asks_for_the_passkey_and_says_what_went_wrong,
);

async fn passkey_server(store: Arc<dyn Store>) -> Server {
    start_on_localhost(store, test_settings()).await
}

/// Adds a software passkey to the phone's account through the JSON API.
pub(crate) async fn add_passkey(server: &Server, phone: &Phone) -> SoftPasskey {
    add_this_passkey(phone, SoftPasskey::new(&server.core.settings.public_url)).await
}

async fn add_this_passkey(phone: &Phone, mut passkey: SoftPasskey) -> SoftPasskey {
    let (status, options) = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    assert_eq!(status, StatusCode::OK, "{options}");
    let (status, added) = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&options) }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    passkey
}

fn error_of((status, body): &(StatusCode, Value)) -> (StatusCode, Option<&str>) {
    (*status, body["error"].as_str())
}

async fn a_passkey_is_added_after_the_password(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let phone = Phone::sign_up(&server).await;
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert!(listed.is_empty());

    // A phone left unlocked cannot add one: the password comes first.
    let wrong = phone
        .call(
            "/api/passkeys/options",
            json!({ "password": "not it at all" }),
        )
        .await;
    assert_eq!(
        error_of(&wrong),
        (StatusCode::UNAUTHORIZED, Some("unauthorized"))
    );
    // A credential with no options asked for it: refused.
    let mut passkey = SoftPasskey::new(&server.core.settings.public_url);
    let unasked = json!({ "publicKey": { "challenge": "AAAA" } });
    let refused = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&unasked) }),
        )
        .await;
    assert_eq!(
        error_of(&refused),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );

    let (status, options) = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["userVerification"],
        "required"
    );
    // A resident key: the authenticator keeps the account, so the passkey
    // signs in without a username.
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"],
        "required"
    );
    // An answer for other options (another challenge) does not verify.
    let other = json!({ "publicKey": { "challenge": "b3RoZXI" } });
    let mismatched = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&other) }),
        )
        .await;
    assert_eq!(
        error_of(&mismatched),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    // Those options were spent by that answer: each answers once.
    let spent = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&options) }),
        )
        .await;
    assert_eq!(
        error_of(&spent),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );

    let (_, options) = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    let (status, added) = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&options), "name": "  My <b>phone</b>  " }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, passkey.id());
    assert_eq!(listed[0].last_used_at, None);
    assert!(listed[0].discoverable);
    assert_eq!(
        listed[0].name, "My <b>phone</b>",
        "trimmed; pages escape it"
    );

    // The same passkey twice: the options exclude it (a phone would not
    // even make it), and the server refuses it.
    let (_, options) = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    assert_eq!(
        options["publicKey"]["excludeCredentials"][0]["id"],
        passkey.id()
    );
    let twice = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&options) }),
        )
        .await;
    assert_eq!(
        error_of(&twice),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert_eq!(listed.len(), 1);
}

async fn an_account_with_a_passkey_approves_only_with_its_answer_to_that_code(
    store: Arc<dyn Store>,
) {
    let server = passkey_server(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let mut passkey = add_passkey(&server, &phone).await;
    let challenge = browser.challenge().await;
    let token = token_of(&challenge);
    let mut socket = browser.watch(&challenge).await;
    let options = phone
        .inspect(&token)
        .await
        .unwrap()
        .passkey
        .expect("options");
    assert_eq!(
        options["publicKey"]["allowCredentials"][0]["id"],
        passkey.id()
    );

    // No answer: refused, and the code still waits for one.
    let missing = phone.approve(&token).await.unwrap_err();
    assert_eq!(
        (missing.0, missing.1.error),
        (StatusCode::FORBIDDEN, ErrorCode::PasskeyRequired)
    );
    // Signed by another key: refused. That spent the options.
    let with = |answer: Value| ApproveRequest {
        passkey: Some(answer),
        ..approval(&token)
    };
    let forged = phone
        .approve_with(&with(passkey.get_forged(&options)))
        .await;
    assert_eq!(forged.unwrap_err().1.error, ErrorCode::PasskeyRefused);
    let (_, account) = auth::devices::authenticate(&server.core, &phone.token)
        .await
        .unwrap();
    let trail = auth::audit::recent_for_user(&server.core, &account.id, 5)
        .await
        .unwrap();
    assert_eq!(
        (trail[0].kind, trail[0].qr_id.is_some()),
        (AuditKind::PasskeyRefused, true),
        "the owner's activity shows the refusal: {trail:?}"
    );
    let spent = phone.approve_with(&with(passkey.get(&options))).await;
    assert_eq!(spent.unwrap_err().1.error, ErrorCode::PasskeyRefused);
    // Without the phone's own check (user verification): refused.
    let options = phone.inspect(&token).await.unwrap().passkey.unwrap();
    passkey.verifies_user = false;
    let unverified = phone.approve_with(&with(passkey.get(&options))).await;
    assert_eq!(unverified.unwrap_err().1.error, ErrorCode::PasskeyRefused);
    passkey.verifies_user = true;
    // Not JSON of an assertion: refused.
    let options = phone.inspect(&token).await.unwrap().passkey.unwrap();
    let garbage = phone.approve_with(&with(json!("refused"))).await;
    assert_eq!(garbage.unwrap_err().1.error, ErrorCode::PasskeyRefused);

    // The right answer to this code's newest options approves.
    let stale = options;
    let options = phone.inspect(&token).await.unwrap().passkey.unwrap();
    assert_ne!(stale, options, "each inspect makes new options");
    let answer = passkey.get(&options);
    let approved = phone.approve_with(&with(answer.clone())).await;
    assert_eq!(approved.unwrap(), json!({ "status": "authorized" }));
    // Each inspect told the browser it was scanned; then it is signed in.
    let access_token = loop {
        match socket.next_event().await {
            BrowserEvent::QrScanned { .. } => {}
            BrowserEvent::QrAuthorized { access_token, .. } => break access_token,
            other => panic!("expected qr_authorized, got {other:?}"),
        }
    };
    assert_eq!(
        browser.open_session(&access_token).await.status,
        StatusCode::OK
    );
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert!(listed[0].last_used_at.is_some());

    // That answer does not approve another code: it signed this one's options.
    let next = Browser::new(&server).challenge().await;
    let next_token = token_of(&next);
    phone.inspect(&next_token).await.unwrap();
    let replayed = phone
        .approve_with(&ApproveRequest {
            passkey: Some(answer),
            ..approval(&next_token)
        })
        .await;
    assert_eq!(replayed.unwrap_err().1.error, ErrorCode::PasskeyRefused);
    // Another phone of the account cannot use the options this one was given.
    let other = phone.another("iPad").await;
    let options = phone.inspect(&next_token).await.unwrap().passkey.unwrap();
    let elsewhere = other
        .approve_with(&ApproveRequest {
            passkey: Some(passkey.get(&options)),
            ..approval(&next_token)
        })
        .await;
    assert_eq!(elsewhere.unwrap_err().1.error, ErrorCode::PasskeyRefused);
    // "Not me" needs no passkey.
    assert!(phone.deny(&next_token).await.is_ok());
}

async fn removing_a_passkey_needs_the_password(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let passkey = add_passkey(&server, &phone).await;
    let wrong = phone
        .call(
            "/api/passkeys/remove",
            json!({ "id": passkey.id(), "password": "not it at all" }),
        )
        .await;
    assert_eq!(
        error_of(&wrong),
        (StatusCode::UNAUTHORIZED, Some("unauthorized"))
    );
    let unknown = phone
        .call(
            "/api/passkeys/remove",
            json!({ "id": "nothing-of-the-kind", "password": PASSWORD }),
        )
        .await;
    assert_eq!(
        error_of(&unknown),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert_eq!(listed.len(), 1, "nothing changed");

    let (status, _) = phone
        .call(
            "/api/passkeys/remove",
            json!({ "id": passkey.id(), "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert!(listed.is_empty());
    // No passkey left: approving asks for none.
    let token = token_of(&browser.challenge().await);
    assert_eq!(phone.inspect(&token).await.unwrap().passkey, None);
    assert!(phone.approve(&token).await.is_ok());
}

async fn a_passkey_signs_a_phone_in_without_the_password(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let phone = Phone::sign_up(&server).await;
    let http = reqwest::Client::new();
    let call = |path: &'static str, body: Value| {
        let request = http.post(server.url(path)).json(&body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status();
            (
                status,
                response.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    // The options name no account and are alike for every caller: a name
    // sent (as older apps do) is ignored, so they tell nobody who has a
    // passkey.
    let (status, anyone) = call("/api/auth/passkey/options", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{anyone}");
    let (status, named) = call(
        "/api/auth/passkey/options",
        json!({ "username": phone.username }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{named}");
    for started in [&anyone, &named] {
        let public_key = &started["options"]["publicKey"];
        assert_eq!(public_key["allowCredentials"], json!([]), "{started}");
        assert_eq!(public_key["userVerification"], "required");
        assert!(started["options"].get("mediation").is_none());
    }
    let keys = |v: &Value| {
        let mut keys: Vec<String> = v["options"]["publicKey"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&anyone), keys(&named));

    let mut passkey = add_passkey(&server, &phone).await;
    let (status, started) = call("/api/auth/passkey/options", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let sign_in = |ceremony: &Value, credential: Value| json!({ "ceremony": ceremony, "credential": credential, "deviceName": "Pixel 9", "deviceType": "android" });
    let forged = call(
        "/api/auth/passkey",
        sign_in(
            &started["ceremony"],
            passkey.get_forged(&started["options"]),
        ),
    )
    .await;
    assert_eq!(
        error_of(&forged),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    // That spent the ceremony.
    let spent = call(
        "/api/auth/passkey",
        sign_in(&started["ceremony"], passkey.get(&started["options"])),
    )
    .await;
    assert_eq!(
        error_of(&spent),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    let made_up = call(
        "/api/auth/passkey",
        sign_in(&json!("../../etc"), passkey.get(&started["options"])),
    )
    .await;
    assert_eq!(
        error_of(&made_up),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    // No user verification (the phone's check refused): nothing signs in.
    passkey.verifies_user = false;
    let (_, started) = call("/api/auth/passkey/options", json!({})).await;
    let unverified = call(
        "/api/auth/passkey",
        sign_in(&started["ceremony"], passkey.get(&started["options"])),
    )
    .await;
    assert_eq!(
        error_of(&unverified),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    passkey.verifies_user = true;

    let (_, started) = call("/api/auth/passkey/options", json!({})).await;
    let (status, signed_in) = call(
        "/api/auth/passkey",
        sign_in(&started["ceremony"], passkey.get(&started["options"])),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{signed_in}");
    assert_eq!(signed_in["user"]["displayName"], phone.display_name);
    let token = signed_in["deviceToken"].as_str().unwrap();
    let phones = http
        .get(server.url("/api/auth/sessions"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(phones.status(), StatusCode::OK);
    let phones: Value = phones.json().await.unwrap();
    assert!(
        phones
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["deviceName"] == "Pixel 9"),
        "{phones}"
    );
    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert!(listed[0].last_used_at.is_some());

    // A passkey the authenticator still holds but the account removed, and
    // one that names no account (not resident): refused, nobody signed in.
    let (status, _) = phone
        .call(
            "/api/passkeys/remove",
            json!({ "id": passkey.id(), "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let mut not_resident = SoftPasskey::new(&server.core.settings.public_url);
    for answer in [&mut passkey, &mut not_resident] {
        let (_, started) = call("/api/auth/passkey/options", json!({})).await;
        let refused = call(
            "/api/auth/passkey",
            sign_in(&started["ceremony"], answer.get(&started["options"])),
        )
        .await;
        assert_eq!(
            error_of(&refused),
            (StatusCode::FORBIDDEN, Some("passkey_refused"))
        );
    }
}

/// `browser` (whose `/login` gave it its binding cookie) asks for options,
/// and `passkey` answers them: what `POST /api/session/passkey` answered.
/// A browser that saw `/login`, which gave it its binding cookie.
async fn login_page(server: &Server) -> Browser {
    let browser = Browser::new(server);
    browser.challenge().await;
    browser
}

/// The status and error code of what `passkey_login` answered.
fn code_of((status, _, body): &(StatusCode, Option<String>, Value)) -> (StatusCode, Option<&str>) {
    (*status, body["error"].as_str())
}

pub(crate) async fn passkey_login(
    browser: &Browser,
    passkey: &mut SoftPasskey,
    extra: Value,
) -> (StatusCode, Option<String>, Value) {
    let (status, _, started) = browser
        .post_json("/api/auth/passkey/options", json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let mut body = json!({
        "ceremony": started["ceremony"],
        "credential": passkey.get(&started["options"]),
    });
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    browser.post_json("/api/session/passkey", body).await
}

async fn a_computer_signs_itself_in_with_a_passkey(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let phone = Phone::sign_up(&server).await;
    let mut passkey = add_passkey(&server, &phone).await;
    let mut request = server.ws_url("/api/auth/ws").into_client_request().unwrap();
    let bearer = format!("Bearer {}", phone.token);
    request
        .headers_mut()
        .insert("authorization", bearer.parse().unwrap());
    let mut news = connect(request).await.unwrap();

    let browser = login_page(&server).await;

    // Options asked by another browser (or one with no binding) are not
    // this browser's to finish: a login made elsewhere cannot be planted here.
    let elsewhere = login_page(&server).await;
    let (_, _, started) = elsewhere
        .post_json("/api/auth/passkey/options", json!({}))
        .await;
    let planted =
        json!({ "ceremony": started["ceremony"], "credential": passkey.get(&started["options"]) });
    let (status, cookie, body) = browser.post_json("/api/session/passkey", planted).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("binding_mismatch"))
    );
    assert!(cookie.is_none());
    let unbound = Browser::new(&server);
    let answer = passkey_login(&unbound, &mut passkey, json!({})).await;
    assert_eq!(
        code_of(&answer),
        (StatusCode::FORBIDDEN, Some("binding_mismatch"))
    );

    // The person's own check refused (user verification): nothing signed in.
    passkey.verifies_user = false;
    let answer = passkey_login(&browser, &mut passkey, json!({})).await;
    assert_eq!(
        code_of(&answer),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    assert!(answer.1.is_none(), "no cookie");
    assert_eq!(browser.session_status().await, StatusCode::UNAUTHORIZED);
    passkey.verifies_user = true;
    // `/kiosk` asks too: off by default.
    let answer = passkey_login(&browser, &mut passkey, json!({ "kiosk": true })).await;
    assert_eq!(
        code_of(&answer),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    assert!(phone.devices().await.is_empty());

    // A phone's sign-in cannot finish a browser's ceremony.
    let (_, _, started) = browser
        .post_json("/api/auth/passkey/options", json!({}))
        .await;
    let as_phone = phone
        .call(
            "/api/auth/passkey",
            json!({ "ceremony": started["ceremony"], "credential": passkey.get(&started["options"]), "deviceName": "P", "deviceType": "android" }),
        )
        .await;
    assert_eq!(
        error_of(&as_phone),
        (StatusCode::FORBIDDEN, Some("binding_mismatch"))
    );

    let (_, _, started) = browser
        .post_json("/api/auth/passkey/options", json!({}))
        .await;
    let answer =
        json!({ "ceremony": started["ceremony"], "credential": passkey.get(&started["options"]) });
    let (status, cookie, body) = browser
        .post_json("/api/session/passkey", answer.clone())
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let cookie = cookie.expect("the session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(!cookie.contains("Max-Age"), "this session only: {cookie}");
    let session = browser.session().await.unwrap();
    assert_eq!(session.user.display_name, phone.display_name);
    assert_eq!(body["sessionId"], session.session_id.as_str());
    // The answer was spent: sent again, it signs nothing in.
    let (status, cookie, body) = browser.post_json("/api/session/passkey", answer).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    assert!(cookie.is_none());

    // As an approval: the phone hears of it, lists it as a passkey's, and
    // the activity says so.
    let heard = news.next_json().await;
    assert_eq!(heard["event"], "new_login");
    let linked = phone.devices().await;
    assert_eq!(linked.len(), 1);
    assert!(linked[0].passkey);
    let names: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert_eq!(linked[0].approved_by, names[0].name);
    assert!(names[0].last_used_at.is_some());
    let (_, account) = auth::devices::authenticate(&server.core, &phone.token)
        .await
        .unwrap();
    let trail = auth::audit::recent_for_user(&server.core, &account.id, 5)
        .await
        .unwrap();
    assert_eq!(trail[0].kind, AuditKind::TokenIssued);
    assert!(trail[0].detail.ends_with("(passkey)"), "{trail:?}");

    // "Keep me signed in": a lasting cookie. Signed in again, the browser's
    // session before is ended, not left holding a place.
    let kept = login_page(&server).await;
    let (status, cookie, first) =
        passkey_login(&kept, &mut passkey, json!({ "keepSignedIn": true })).await;
    assert_eq!(status, StatusCode::OK);
    assert!(cookie.unwrap().contains("Max-Age"));
    let (status, _, second) =
        passkey_login(&kept, &mut passkey, json!({ "keepSignedIn": true })).await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<String> = phone
        .devices()
        .await
        .into_iter()
        .map(|d| d.session_id)
        .collect();
    assert!(ids.contains(&second["sessionId"].as_str().unwrap().to_owned()));
    assert!(
        !ids.contains(&first["sessionId"].as_str().unwrap().to_owned()),
        "{ids:?}"
    );
    assert_eq!(ids.len(), 2);

    // The phone that added the passkey signs itself out: it keeps its
    // passkeys, and the browsers they signed in (it approved none of them).
    let other = phone.another("Tablet").await;
    assert_eq!(
        phone.post_empty("/api/auth/logout").await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(browser.session_status().await, StatusCode::OK);
    assert_eq!(kept.session_status().await, StatusCode::OK);

    // A passkey removed takes the browsers it signed in.
    let mut second_key = add_passkey(&server, &other).await;
    let third = login_page(&server).await;
    assert_eq!(
        passkey_login(&third, &mut second_key, json!({})).await.0,
        StatusCode::OK
    );
    let (status, _) = other
        .call(
            "/api/passkeys/remove",
            json!({ "id": second_key.id(), "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(third.session_status().await, StatusCode::UNAUTHORIZED);
    assert_eq!(browser.session_status().await, StatusCode::OK);

    // A lost phone, signed out from another, takes its passkeys and the
    // browsers they signed in.
    let lost = other.another("Old phone").await;
    let mut lost_key = add_passkey(&server, &lost).await;
    let fourth = login_page(&server).await;
    assert_eq!(
        passkey_login(&fourth, &mut lost_key, json!({})).await.0,
        StatusCode::OK
    );
    let lost_id = other
        .phones()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.device_name == "Old phone")
        .unwrap()
        .session_id;
    let status = other.delete(&format!("/api/auth/sessions/{lost_id}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(fourth.session_status().await, StatusCode::UNAUTHORIZED);
    let again = login_page(&server).await;
    let answer = passkey_login(&again, &mut lost_key, json!({})).await;
    assert_eq!(
        code_of(&answer),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );

    // A changed password: whoever knew the old one may have added the
    // first passkey (its phone signed out since). It goes, and the
    // browsers it signed in, kept or not, with it.
    let (status, _) = other
        .call(
            "/api/auth/password",
            json!({ "currentPassword": PASSWORD, "newPassword": "a new password, long" }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(browser.session_status().await, StatusCode::UNAUTHORIZED);
    assert_eq!(kept.session_status().await, StatusCode::UNAUTHORIZED);
    let answer = passkey_login(&again, &mut passkey, json!({})).await;
    assert_eq!(
        code_of(&answer),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
}

async fn a_kiosk_offers_passkeys_only_when_the_site_allows_it(store: Arc<dyn Store>) {
    let settings = Settings {
        kiosk_passkeys: true,
        ..test_settings()
    };
    let server = start_on_localhost(store, settings).await;
    let phone = Phone::sign_up(&server).await;
    let mut passkey = add_passkey(&server, &phone).await;
    let kiosk = Browser::new(&server);
    let page = kiosk
        .http
        .get(server.url("/kiosk"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"passkey-login\""), "the kiosk offers it");
    let (status, cookie, body) = passkey_login(
        &kiosk,
        &mut passkey,
        json!({ "kiosk": true, "keepSignedIn": true }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        !cookie.unwrap().contains("Max-Age"),
        "a kiosk's is never kept"
    );
    assert!(phone.devices().await[0].kiosk);

    // Off (the default), the kiosk page does not offer it; /login does.
    let server = passkey_server(server.core.store.clone()).await;
    let page = kiosk
        .http
        .get(server.url("/kiosk"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("id=\"passkey-login\""));
    let page = kiosk
        .http
        .get(server.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"passkey-login\""));
}

async fn an_older_passkey_approves_but_signs_nobody_in(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let phone = Phone::sign_up(&server).await;
    let mut passkey = add_passkey(&server, &phone).await;
    // As a passkey added before they were asked for as resident keys: the
    // record has no `discoverable`, the authenticator no account handle.
    let (_, account) = auth::devices::authenticate(&server.core, &phone.token)
        .await
        .unwrap();
    let key = format!("passkeys:{}", account.id);
    let raw = server.core.store.get(&key).await.unwrap().unwrap();
    let mut list: Value = serde_json::from_slice(&raw).unwrap();
    list[0].as_object_mut().unwrap().remove("discoverable");
    let raw = serde_json::to_vec(&list).unwrap();
    server.core.store.put(&key, &raw, None).await.unwrap();
    passkey.user_handle = None;

    let listed: Vec<PasskeyInfo> = phone.get("/api/passkeys").await.unwrap();
    assert!(!listed[0].discoverable);
    let reader = Browser::new(&server);
    reader.sign_in_as_phone(&phone.username, PASSWORD).await;
    let page = reader
        .http
        .get(server.url("/passkeys"))
        .send()
        .await
        .unwrap();
    let page = page.text().await.unwrap();
    assert!(
        page.contains("If it does not sign you in without a username, add it again"),
        "{page}"
    );
    // It still confirms an approval…
    let browser = Browser::new(&server);
    let token = token_of(&browser.challenge().await);
    let options = phone.inspect(&token).await.unwrap().passkey.unwrap();
    let mut approval = approval(&token);
    approval.passkey = Some(passkey.get(&options));
    assert!(phone.approve_with(&approval).await.is_ok());
    // …and signs nobody in: the answer names no account.
    let computer = login_page(&server).await;
    let answer = passkey_login(&computer, &mut passkey, json!({})).await;
    assert_eq!(
        code_of(&answer),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
    // The phone may make it again (the options do not exclude it), now a
    // resident key, which signs in.
    let (_, options) = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    assert_eq!(
        options["publicKey"]["excludeCredentials"],
        json!([]),
        "{options}"
    );
    let mut again = add_passkey(&server, &phone).await;
    let (status, _, body) = passkey_login(&computer, &mut again, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

async fn required_user_verification_asks_an_account_to_add_one_first(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.require_user_verification = true;
    let server = start_on_localhost(store, settings).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let token = token_of(&browser.challenge().await);
    let inspected = phone.inspect(&token).await.unwrap();
    assert!(inspected.passkey_missing);
    assert_eq!(inspected.passkey, None);
    let refused = phone.approve(&token).await.unwrap_err();
    assert_eq!(
        (refused.0, refused.1.error),
        (StatusCode::FORBIDDEN, ErrorCode::PasskeyRequired)
    );
    // Once it has one, it approves with it.
    let mut passkey = add_passkey(&server, &phone).await;
    let inspected = phone.inspect(&token).await.unwrap();
    assert!(!inspected.passkey_missing);
    let approved = phone
        .approve_with(&ApproveRequest {
            passkey: Some(passkey.get(&inspected.passkey.unwrap())),
            ..approval(&token)
        })
        .await;
    assert!(approved.is_ok(), "{approved:?}");
}

async fn passkeys_are_off_where_the_site_is_an_ip_address(store: Arc<dyn Store>) {
    let server = start(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let off = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    assert_eq!(
        error_of(&off),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
    assert!(off.1["detail"]
        .as_str()
        .unwrap()
        .contains("passkeys are off"));
    let token = token_of(&browser.challenge().await);
    assert_eq!(phone.inspect(&token).await.unwrap().passkey, None);
    assert!(phone.approve(&token).await.is_ok());
}

/// A lost phone, signed out from another phone, takes the passkeys it
/// added: whoever holds it cannot sign in with them. A phone that signs
/// itself out keeps its own. A changed password keeps only the changing
/// phone's.
async fn a_phone_signed_out_from_another_takes_its_passkeys_with_it(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let lost = Phone::sign_up(&server).await;
    let kept = lost.another("iPad").await;
    let leaving = lost.another("Pixel 7").await;
    let stolen = lost.another("Old phone").await;
    for phone in [&lost, &kept, &leaving, &stolen] {
        add_passkey(&server, phone).await;
    }
    let names = |keys: Vec<PasskeyInfo>| keys.into_iter().map(|k| k.name).collect::<Vec<_>>();
    assert_eq!(
        leaving.post_empty("/api/auth/logout").await,
        StatusCode::NO_CONTENT
    );
    let listed = names(kept.get("/api/passkeys").await.unwrap());
    assert!(
        listed.contains(&"Pixel 7".to_owned()),
        "its own sign-out keeps it: {listed:?}"
    );

    let theirs = kept
        .phones()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.device_name == "Pixel 8")
        .unwrap()
        .session_id;
    assert_eq!(
        kept.delete(&format!("/api/auth/sessions/{theirs}")).await,
        StatusCode::NO_CONTENT
    );
    let listed = names(kept.get("/api/passkeys").await.unwrap());
    assert_eq!(
        listed,
        ["iPad", "Pixel 7", "Old phone"],
        "the lost phone's went with it"
    );
    let (_, account) = auth::devices::authenticate(&server.core, &kept.token)
        .await
        .unwrap();
    let trail = auth::audit::recent_for_user(&server.core, &account.id, 5)
        .await
        .unwrap();
    assert_eq!(trail[0].kind, AuditKind::PasskeyRemoved);
    assert!(trail[0].detail.contains("Pixel 8"), "{:?}", trail[0]);

    let (status, _) = kept
        .call(
            "/api/auth/password",
            json!({ "currentPassword": PASSWORD, "newPassword": "a new password" }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // Every passkey but this phone's: the one of a phone that signed
    // itself out too (whoever knew the password may have added it).
    let listed = names(kept.get("/api/passkeys").await.unwrap());
    assert_eq!(listed, ["iPad"], "only the changing phone's stays");
}

async fn with_number_matching_the_number_and_the_passkey_are_both_needed(store: Arc<dyn Store>) {
    let mut settings = test_settings();
    settings.number_matching = true;
    let server = start_on_localhost(store, settings).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let mut passkey = add_passkey(&server, &phone).await;
    let challenge = browser.challenge().await;
    let token = token_of(&challenge);
    let mut socket = browser.watch(&challenge).await;
    let inspected = phone.inspect(&token).await.unwrap();
    let (options, choices) = (
        inspected.passkey.unwrap(),
        inspected.number_choices.unwrap(),
    );
    let BrowserEvent::QrScanned {
        number: Some(shown),
        ..
    } = socket.next_event().await
    else {
        panic!("scanned with a number");
    };
    assert!(choices.contains(&shown));
    // The right number alone: the passkey is still asked, nothing spent.
    let number_only = phone
        .approve_with(&ApproveRequest {
            number: Some(shown),
            ..approval(&token)
        })
        .await;
    assert_eq!(number_only.unwrap_err().1.error, ErrorCode::PasskeyRequired);
    // The passkey alone: the number is still asked.
    let passkey_only = phone
        .approve_with(&ApproveRequest {
            passkey: Some(passkey.get(&options)),
            ..approval(&token)
        })
        .await;
    assert_eq!(passkey_only.unwrap_err().1.error, ErrorCode::BadRequest);
    // Both: approved.
    let both = phone
        .approve_with(&ApproveRequest {
            number: Some(shown),
            passkey: Some(passkey.get(&options)),
            ..approval(&token)
        })
        .await;
    assert!(both.is_ok(), "{both:?}");
}

/// `PASSKEY_ORIGINS`: a native app's answers carry the app's origin, not
/// the site's; refused unless the origin is listed.
async fn a_native_app_answers_from_its_own_origin_once_it_is_listed(store: Arc<dyn Store>) {
    const APP: &str = "android:apk-key-hash:Z2V0LXRoZS1hcHBz";
    let mut settings = test_settings();
    settings.passkey_origins = vec![APP.into()];
    let server = start_on_localhost(store.clone(), settings).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    let mut passkey = add_this_passkey(&phone, SoftPasskey::in_app("localhost", APP)).await;
    let token = token_of(&browser.challenge().await);
    let options = phone.inspect(&token).await.unwrap().passkey.unwrap();
    let approved = phone
        .approve_with(&ApproveRequest {
            passkey: Some(passkey.get(&options)),
            ..approval(&token)
        })
        .await;
    assert!(approved.is_ok(), "{approved:?}");

    // The same app with a site that does not list it: refused.
    let unlisted = passkey_server(store).await;
    let phone = Phone::sign_up(&unlisted).await;
    let mut passkey = SoftPasskey::in_app("localhost", APP);
    let (_, options) = phone
        .call("/api/passkeys/options", json!({ "password": PASSWORD }))
        .await;
    let refused = phone
        .call(
            "/api/passkeys",
            json!({ "credential": passkey.create(&options) }),
        )
        .await;
    assert_eq!(
        error_of(&refused),
        (StatusCode::FORBIDDEN, Some("passkey_refused"))
    );
}

/// The page a phone's browser gets, without JavaScript: the options ride on
/// the form for the page's script, and a post without an answer (or with a
/// refusal) lands on the confirmation again, saying why.
async fn the_phone_page_asks_for_the_passkey_and_says_what_went_wrong(store: Arc<dyn Store>) {
    let server = passkey_server(store).await;
    let (browser, phone) = (Browser::new(&server), Phone::sign_up(&server).await);
    add_passkey(&server, &phone).await;
    let page = Browser::new(&server);
    page.sign_in_as_phone(&phone.username, PASSWORD).await;
    let token = token_of(&browser.challenge().await);
    let get = |path: String| {
        let request = page.http.get(server.url(&path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let html = get(format!("/l/{token}")).await;
    assert!(html.contains("data-passkey=\""), "{html}");
    assert!(html.contains("/passkey/passkey.js"));
    assert!(html.contains("asks for this phone's passkey"));

    let decide = |passkey: Option<&'static str>| {
        let mut form = vec![("token", token.clone()), ("approve", "true".to_owned())];
        form.extend(passkey.map(|p| ("passkey", p.to_owned())));
        let request = page
            .http
            .post(server.url("/api/web/decide"))
            .header("accept", "text/html")
            .form(&form);
        async move { request.send().await.unwrap() }
    };
    let landed = decide(None).await;
    assert_eq!(landed.url().query(), Some("error=passkey_required"));
    let text = landed.text().await.unwrap();
    assert!(text.contains("This login needs your passkey"), "{text}");
    let landed = decide(Some("refused")).await;
    assert_eq!(landed.url().query(), Some("error=passkey_refused"));
    let text = landed.text().await.unwrap();
    assert!(
        text.contains("Your passkey did not confirm this login"),
        "{text}"
    );
    // Still waiting (a used code would be `already_used`): nothing was approved.
    assert!(phone.inspect(&token).await.is_ok());

    let listed = get("/passkeys".into()).await;
    assert!(listed.contains("Pixel 8"), "{listed}");
    assert!(listed.contains("id=\"add-passkey\""));
    let signin = Browser::new(&server);
    let html = signin
        .http
        .get(server.url("/signin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Sign in with a passkey"));
}
