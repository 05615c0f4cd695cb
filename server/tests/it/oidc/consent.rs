//! The person stays in control (docs/oidc.md, "Consent"): the first time
//! an app asks for an account, the phone asks, and approving allows it;
//! until then no browser signed in here gives the app a code without a
//! scan. The phone lists the apps allowed and withdraws one, which ends
//! what the app holds. First-party apps are never asked about.

use super::*;

for_each_store!(
    an_app_asks_the_phone_first_and_the_phone_can_withdraw_it,
    a_device_app_is_asked_about_and_withdrawn_whole,
);

/// A browser signed in to this site itself, by a plain scan.
async fn signed_in_here(server: &Server, phone: &Phone) -> Browser {
    let browser = Browser::new(server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    let inspected = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert_eq!(inspected.consent, None, "this site asks nothing");
    phone.approve(&token_of(&challenge)).await.unwrap();
    finish(&browser, &mut socket).await;
    browser
}

async fn an_app_asks_the_phone_first_and_the_phone_can_withdraw_it(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let browser = signed_in_here(server, &phone).await;
    let web = app_client(&provider, "web").await;

    // Not allowed yet: prompt=none hears consent_required; otherwise the
    // QR page, though this browser is signed in here.
    let quiet = start_sign_in(&web, false);
    let (_, back) = browser.visit(&format!("{}&prompt=none", quiet.url)).await;
    let answer = callback_query(&back.unwrap(), WEB_CB);
    assert_eq!(param(&answer, "error"), Some("consent_required"));
    let started = start_sign_in(&web, false);
    let (_, to_qr) = browser.visit(&started.url).await;
    let to_qr = to_qr.unwrap();
    let id = to_qr.strip_prefix("/login?authorization=").unwrap();

    // The phone asks, naming what the app learns; approving allows it.
    let challenge = app_challenge(&browser, id).await;
    let mut socket = browser.watch(&challenge).await;
    let inspected = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert_eq!(
        inspected.consent.as_deref(),
        Some(&["openid".to_owned(), "profile".to_owned()][..])
    );
    let page = Browser::new(server);
    page.sign_in_as_phone(&phone.username, crate::support::phone::PASSWORD)
        .await;
    let review = page
        .http
        .get(server.url(&format!("/l/{}", token_of(&challenge))))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        review.contains(
            "<strong>Example Web</strong> wants to know it is you: your name and username."
        ),
        "{review}"
    );
    phone.approve(&token_of(&challenge)).await.unwrap();
    finish(&browser, &mut socket).await;
    let back = continue_in(server, &browser, id).await;
    let code = param(&callback_query(&back.unwrap(), WEB_CB), "code")
        .unwrap()
        .to_owned();
    let tokens = exchange(&web, code, started.verifier).await;
    let sid = jwt_payload(&tokens.id_token().unwrap().to_string())["sid"]
        .as_str()
        .unwrap()
        .to_owned();

    // Allowed: its next sign-in needs no scan, and the phone asks no more.
    let again = start_sign_in(&web, false);
    let (_, back) = browser.visit(&again.url).await;
    assert!(param(&callback_query(&back.unwrap(), WEB_CB), "code").is_some());
    let rescan = start_sign_in(&web, true);
    let (_, to_qr) = browser.visit(&rescan.url).await;
    let id = to_qr
        .as_deref()
        .unwrap()
        .strip_prefix("/login?authorization=")
        .unwrap();
    let challenge = app_challenge(&browser, id).await;
    let inspected = phone.inspect(&token_of(&challenge)).await.unwrap();
    assert_eq!(inspected.app.as_deref(), Some("Example Web"));
    assert_eq!(inspected.consent, None, "asked once");
    let apps: Vec<protocol::AllowedApp> = phone.get("/api/apps").await.unwrap();
    assert_eq!(apps.len(), 1, "{apps:?}");
    assert_eq!(
        (apps[0].client_id.as_str(), apps[0].name.as_str()),
        ("web", "Example Web")
    );
    // A first-party app signs in silently and is never listed.
    let native = app_client(&provider, "native").await;
    let (_, back) = browser.visit(&start_sign_in(&native, false).url).await;
    assert!(param(&callback_query(&back.unwrap(), NATIVE_CB), "code").is_some());
    let apps: Vec<protocol::AllowedApp> = phone.get("/api/apps").await.unwrap();
    assert_eq!(apps.len(), 1);

    // The phone's page lists it, and withdraws it by a plain form.
    let devices = page
        .http
        .get(server.url("/devices"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        devices.contains("Apps you allowed")
            && devices.contains(r#"action="/api/web/withdraw-app""#),
        "{devices}"
    );
    let (status, to) = page
        .post_from(
            &server.base,
            &server.url("/api/web/withdraw-app"),
            "application/x-www-form-urlencoded",
            "client_id=web".into(),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to.as_deref(), Some("/devices?done=withdrawn"));

    // Withdrawn: its tokens stop, it hears a back-channel logout, and it
    // asks again next time; the browser stays signed in here.
    assert_eq!(
        userinfo_status(server, tokens.access_token().secret()).await,
        StatusCode::UNAUTHORIZED
    );
    let refresh = tokens.refresh_token().unwrap().secret();
    assert_eq!(
        refresh_by_hand(&provider, refresh, None).await.1["error"],
        "invalid_grant"
    );
    wait_for_logout(&provider.logouts, &sid).await;
    let (_, back) = browser.visit(&start_sign_in(&web, false).url).await;
    assert!(back.unwrap().starts_with("/login?authorization="));
    assert!(browser.session().await.is_ok(), "still signed in here");
    assert_eq!(phone.delete("/api/apps/web").await, StatusCode::NOT_FOUND);
}

/// A device's app is asked about too; withdrawn (by the JSON API), the
/// device's sign-in, there for that app alone, ends whole. An app that
/// holds a sign-in without an allowance kept (one from before consent
/// was asked) is listed and withdrawn all the same.
async fn a_device_app_is_asked_about_and_withdrawn_whole(store: Arc<dyn Store>) {
    let provider = provider(store).await;
    let server = &provider.server;
    let phone = Phone::sign_up(server).await;
    let form = [("client_id", "tv"), ("scope", "openid profile")];
    let (_, started) = post_form(server, "/oauth/device_authorization", &form, None).await;
    let user_code = started["user_code"].as_str().unwrap();
    let (_, seen) = phone
        .call(
            "/api/qr/inspect",
            serde_json::json!({ "userCode": user_code }),
        )
        .await;
    assert_eq!(seen["consent"], serde_json::json!(["openid", "profile"]));
    let (status, _) = phone
        .call(
            "/api/qr/approve",
            serde_json::json!({ "userCode": user_code }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let device_grant = [
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("device_code", started["device_code"].as_str().unwrap()),
        ("client_id", "tv"),
    ];
    let (status, tokens) = post_form(server, "/oauth/token", &device_grant, None).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert_eq!(phone.devices().await.len(), 1);

    // As if allowed before this server kept allowances: still listed.
    let sub = jwt_payload(tokens["id_token"].as_str().unwrap())["sub"].clone();
    let key = format!("oidc:consent:{}", sub.as_str().unwrap());
    assert!(server.core.store.delete(&key).await.unwrap(), "it was kept");
    let apps: Vec<protocol::AllowedApp> = phone.get("/api/apps").await.unwrap();
    assert_eq!(apps.len(), 1, "{apps:?}");
    assert_eq!(apps[0].name, "Example TV");

    assert_eq!(phone.delete("/api/apps/tv").await, StatusCode::NO_CONTENT);
    assert!(phone.devices().await.is_empty(), "the device is signed out");
    let refresh = [
        ("grant_type", "refresh_token"),
        ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ("client_id", "tv"),
    ];
    let (_, refused) = post_form(server, "/oauth/token", &refresh, None).await;
    assert_eq!(refused["error"], "invalid_grant");
    assert_eq!(phone.delete("/api/apps/tv").await, StatusCode::NOT_FOUND);
}
