//! The device grant (RFC 8628, docs/oidc.md): a TV or a command-line tool
//! shows a code, the phone confirms it (typed, or its QR scanned), and the
//! device polls for its tokens. The phone lists the device with the
//! browsers it linked and ends it from there.

use serde_json::json;

use super::*;

for_each_store!(
    a_device_signs_in_by_the_phone_and_the_phone_can_end_it,
    a_device_is_told_to_wait_slow_down_or_give_up,
    a_device_code_opens_nothing_but_its_own_tokens,
    the_example_tool_signs_in_by_the_scan,
);

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// `POST /oauth/device_authorization` as a public client: status and answer.
async fn device_code(server: &Server, client_id: &str, scope: Option<&str>) -> (StatusCode, Value) {
    let mut form = vec![("client_id", client_id)];
    form.extend(scope.map(|scope| ("scope", scope)));
    post_form(server, "/oauth/device_authorization", &form, None).await
}

/// One poll of the token endpoint with a device code.
async fn poll(server: &Server, client_id: &str, device_code: &str) -> (StatusCode, Value) {
    let form = [
        ("grant_type", DEVICE_GRANT),
        ("device_code", device_code),
        ("client_id", client_id),
    ];
    post_form(server, "/oauth/token", &form, None).await
}

fn text<'a>(answer: &'a Value, name: &str) -> &'a str {
    answer[name]
        .as_str()
        .unwrap_or_else(|| panic!("no {name} in {answer}"))
}

/// The whole grant: discovery lists it; the device's code is typed on the
/// phone, whose confirmation names the app and says it is a device; the
/// first poll after the approval gets verified tokens, once; the phone
/// lists the device; a refresh works until the phone logs the device out.
async fn a_device_signs_in_by_the_phone_and_the_phone_can_end_it(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let discovered = get_json(server, "/.well-known/openid-configuration").await;
    assert_eq!(
        discovered["device_authorization_endpoint"],
        server.url("/oauth/device_authorization")
    );
    assert!(discovered["grant_types_supported"]
        .as_array()
        .unwrap()
        .contains(&json!(DEVICE_GRANT)));

    let phone = Phone::sign_up(server).await;
    let (status, started) = device_code(server, "tv", Some("openid profile")).await;
    assert_eq!(status, StatusCode::OK, "{started}");
    assert_eq!(started["verification_uri"], server.url("/link"));
    assert!(text(&started, "verification_uri_complete").starts_with(&server.url("/l/")));
    assert_eq!(started["expires_in"], 600);
    assert_eq!(started["interval"], 1, "DEVICE_POLL_SECS");
    let user_code = text(&started, "user_code");
    assert!(
        protocol::UserCode::parse(user_code).is_ok(),
        "the typed code's alphabet: {user_code}"
    );
    let device = text(&started, "device_code");

    // The phone's page, the code typed on /link: it is a device, of an app.
    let page = Browser::new(server);
    page.sign_in_as_phone(&phone.username, crate::support::phone::PASSWORD)
        .await;
    let review = page
        .http
        .get(server.url(&format!("/link?code={user_code}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for words in [
        "Log in on this device?",
        "for <strong>Example TV</strong>",
        "in front of that device",
        "Keep this device signed in",
    ] {
        assert!(review.contains(words), "{words}: {review}");
    }
    let (status, seen) = phone
        .call("/api/qr/inspect", json!({ "userCode": user_code }))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["device"], true);
    assert_eq!(seen["app"], "Example TV");
    assert_eq!(
        seen["requester"]["browser"], "Example TV",
        "named by its app, not by what it says of itself"
    );
    let (status, _) = phone
        .call("/api/qr/approve", json!({ "userCode": user_code }))
        .await;
    assert_eq!(status, StatusCode::OK);

    let (status, tokens) = poll(server, "tv", device).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    let claims = verify_with_jwks(server, text(&tokens, "id_token"), "tv").await;
    assert_eq!(claims["aud"], "tv");
    assert_eq!(claims["name"], phone.display_name.as_str());
    assert!(claims.get("nonce").is_none());
    let info = http()
        .get(server.url("/oauth/userinfo"))
        .bearer_auth(text(&tokens, "access_token"))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(info["preferred_username"], phone.username.as_str());
    assert_eq!(info["sub"], claims["sub"]);
    let (status, again) = poll(server, "tv", device).await;
    assert_eq!(
        (status, text(&again, "error")),
        (StatusCode::BAD_REQUEST, "invalid_grant"),
        "a device code gives its tokens once"
    );

    let sid = text(&claims, "sid").to_owned();
    let linked = phone.devices().await;
    let listed = linked.iter().find(|d| d.session_id == sid).unwrap();
    assert_eq!(listed.browser, "Example TV");
    assert_eq!(listed.app.as_deref(), Some("Example TV"));

    // Its refreshes are its use: its sign-in here lives on with them.
    let store = &*server.core.store;
    let key = auth::sessions::key(&sid);
    let mut record: auth::sessions::WebSession =
        auth::records::get_json(store, &key).await.unwrap().unwrap();
    assert!(record.device && record.cookie_issued, "no cookie, ever");
    record.last_seen_at -= 3_600_000;
    let an_hour = Some(std::time::Duration::from_secs(3600));
    auth::records::put_json(store, &key, &record, an_hour)
        .await
        .unwrap();
    let refresh = [
        ("grant_type", "refresh_token"),
        ("refresh_token", text(&tokens, "refresh_token")),
        ("client_id", "tv"),
    ];
    let (status, renewed) = post_form(server, "/oauth/token", &refresh, None).await;
    assert_eq!(status, StatusCode::OK, "{renewed}");
    let touched: auth::sessions::WebSession =
        auth::records::get_json(store, &key).await.unwrap().unwrap();
    assert!(touched.last_seen_at > record.last_seen_at + 3_000_000);
    assert_eq!(
        phone.delete(&format!("/api/devices/{sid}")).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        userinfo_status(server, text(&renewed, "access_token")).await,
        StatusCode::UNAUTHORIZED,
        "the phone's log-out ends the device's tokens"
    );
    let refresh = [
        ("grant_type", "refresh_token"),
        ("refresh_token", text(&renewed, "refresh_token")),
        ("client_id", "tv"),
    ];
    let (_, refused) = post_form(server, "/oauth/token", &refresh, None).await;
    assert_eq!(refused["error"], "invalid_grant");
}

/// Before the phone answers: `authorization_pending`, and `slow_down` to a
/// device that asks sooner than its interval; `access_denied` once the
/// person tapped "Not me". Clients not registered for the grant, a scope
/// without `openid` and codes that are none are refused.
async fn a_device_is_told_to_wait_slow_down_or_give_up(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;

    let (_, started) = device_code(server, "tv", None).await;
    let device = text(&started, "device_code");
    let (status, waiting) = poll(server, "tv", device).await;
    assert_eq!(
        (status, text(&waiting, "error")),
        (StatusCode::BAD_REQUEST, "authorization_pending")
    );
    let (_, hurried) = poll(server, "tv", device).await;
    assert_eq!(hurried["error"], "slow_down", "{hurried}");
    // Its interval grew by 5 seconds, for good: a second later is too soon.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (_, hurried) = poll(server, "tv", device).await;
    assert_eq!(hurried["error"], "slow_down", "{hurried}");
    assert!(text(&hurried, "error_description").contains("every 11 seconds"));

    let (_, declined) = device_code(server, "tv", None).await;
    let user_code = text(&declined, "user_code");
    let (status, _) = phone
        .call("/api/qr/deny", json!({ "userCode": user_code }))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, answer) = poll(server, "tv", text(&declined, "device_code")).await;
    assert_eq!(answer["error"], "access_denied");

    let bad = StatusCode::BAD_REQUEST;
    let refusals = [
        (
            device_code(server, "native", None).await,
            bad,
            "unauthorized_client",
        ),
        (
            device_code(server, "tv", Some("profile")).await,
            bad,
            "invalid_scope",
        ),
        (
            device_code(server, "nobody", None).await,
            StatusCode::UNAUTHORIZED,
            "invalid_client",
        ),
        (
            poll(server, "native", device).await,
            bad,
            "unauthorized_client",
        ),
        (
            poll(server, "tv", "not-a-device-code").await,
            bad,
            "invalid_grant",
        ),
    ];
    for ((status, answer), expected, error) in refusals {
        assert_eq!(
            (status, answer["error"].as_str()),
            (expected, Some(error)),
            "{answer}"
        );
    }
    let (_, missing) = post_form(
        server,
        "/oauth/token",
        &[("grant_type", DEVICE_GRANT), ("client_id", "tv")],
        None,
    )
    .await;
    assert_eq!(missing["error"], "invalid_request");
}

/// A device code is its device's alone: another device client polling it
/// gets `invalid_grant`; as a browser's binding cookie it watches nothing
/// (no browser hears a device's approval, nor gets a session of it); of
/// two polls at once after the approval, one gets the tokens. A client
/// with a secret asks with it.
async fn a_device_code_opens_nothing_but_its_own_tokens(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let terminal = Some(("terminal", provider.secret.as_str()));
    let (status, started) = post_form(server, "/oauth/device_authorization", &[], terminal).await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let device = text(&started, "device_code");
    let user_code = text(&started, "user_code");
    let (_, seen) = phone
        .call("/api/qr/inspect", json!({ "userCode": user_code }))
        .await;
    assert_eq!(seen["app"], "Example Terminal");

    let qr_id = text(&seen, "qrId");
    let as_binding = http()
        .get(server.url(&format!("/api/qr/status?qrId={qr_id}")))
        .header("cookie", format!("qr_bind={device}"))
        .send()
        .await
        .unwrap();
    assert_eq!(as_binding.status(), StatusCode::FORBIDDEN);
    let refused: Value = as_binding.json().await.unwrap();
    assert_eq!(refused["error"], "binding_mismatch");

    let (_, tv) = device_code(server, "tv", None).await;
    let theirs = [
        ("grant_type", DEVICE_GRANT),
        ("device_code", text(&tv, "device_code")),
    ];
    let (status, answer) = post_form(server, "/oauth/token", &theirs, terminal).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant")),
        "another client's device code"
    );

    let (status, _) = phone
        .call("/api/qr/approve", json!({ "userCode": user_code }))
        .await;
    assert_eq!(status, StatusCode::OK);
    let form = [("grant_type", DEVICE_GRANT), ("device_code", device)];
    let (first, second) = tokio::join!(
        post_form(server, "/oauth/token", &form, terminal),
        post_form(server, "/oauth/token", &form, terminal),
    );
    // One gets the tokens; the other was too soon, or found them taken.
    let (given, other): (Vec<_>, Vec<_>) = [first, second]
        .into_iter()
        .partition(|(status, _)| *status == StatusCode::OK);
    assert_eq!(given.len(), 1, "{given:?} {other:?}");
    let (status, answer) = &other[0];
    assert_eq!(*status, StatusCode::BAD_REQUEST);
    assert!(
        ["slow_down", "invalid_grant"].contains(&text(answer, "error")),
        "{answer}"
    );
}

/// The example tool (examples/device, over the `openidconnect` crate)
/// signs in: the phone scans the QR it would draw (its
/// `verification_uri_complete`), and the tool says who signed in.
async fn the_example_tool_signs_in_by_the_scan(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let (shown, prompt) = tokio::sync::oneshot::channel();
    let issuer = server.base.clone();
    let tool = tokio::spawn(async move {
        example_device::sign_in(&issuer, "tv", move |prompt| {
            shown.send(prompt.clone()).unwrap();
        })
        .await
    });
    let prompt = prompt.await.unwrap();
    let link = prompt.verification_uri_complete.unwrap();
    let token = link.rsplit('/').next().unwrap();
    let seen = phone.inspect(token).await.unwrap();
    assert!(seen.device);
    assert_eq!(seen.app.as_deref(), Some("Example TV"));
    phone.approve(token).await.unwrap();
    let who = tool.await.unwrap().unwrap();
    assert_eq!(who.username.as_deref(), Some(phone.username.as_str()));
    assert_eq!(who.name.as_deref(), Some(phone.display_name.as_str()));
    assert!(who.refresh_token.is_some());
}
