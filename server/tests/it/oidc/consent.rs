//! The person stays in control (docs/oidc.md, "Consent"): the first time
//! an app asks for an account, the phone asks, and approving allows it;
//! until then no browser signed in here gives the app a code without a
//! scan. The phone lists the apps allowed and withdraws one, which ends
//! what the app holds. First-party apps are never asked about.

use super::*;

for_each_store!(an_app_asks_the_phone_first_and_the_phone_can_withdraw_it);

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
    let challenge = browser
        .challenge_with(&ChallengeRequest {
            authorization: Some(id.into()),
            ..ChallengeRequest::default()
        })
        .await;
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
    let (_, back) = browser
        .visit(&server.url(&format!("/oauth/continue/{id}")))
        .await;
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
    wait_for_logout(&provider.logouts, &sid).await;
    let (_, back) = browser.visit(&start_sign_in(&web, false).url).await;
    assert!(back.unwrap().starts_with("/login?authorization="));
    assert!(browser.session().await.is_ok(), "still signed in here");
    assert_eq!(phone.delete("/api/apps/web").await, StatusCode::NOT_FOUND);
}
