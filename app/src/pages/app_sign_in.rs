//! `/oauth/notice?about=…`: what the OpenID Connect provider tells a person
//! when it cannot send them back to the app, or has nothing to send them
//! back to, or asks before an app's old logout link logs this browser out.
//! Fixed sentences only: nothing of the address is shown.

use leptos::prelude::*;

use crate::components::Page;
use crate::t;

#[component]
pub fn AppNoticePage() -> impl IntoView {
    let about = super::query("about");
    let (heading, text) = match about.as_str() {
        "signed_out" => (t!("oidc-signed-out-title"), t!("oidc-signed-out-text")),
        "expired" => (t!("oidc-expired-title"), t!("oidc-expired-text")),
        "unknown_client" => (
            t!("oidc-unknown-client-title"),
            t!("oidc-unknown-client-text"),
        ),
        "bad_redirect_uri" => (t!("oidc-bad-redirect-title"), t!("oidc-bad-redirect-text")),
        "bad_logout_redirect" => (
            t!("oidc-bad-logout-redirect-title"),
            t!("oidc-bad-logout-redirect-text"),
        ),
        "other_browser" => (
            t!("oidc-other-browser-title"),
            t!("oidc-other-browser-text"),
        ),
        "logout_needs_hint" => (
            t!("oidc-logout-needs-hint-title"),
            t!("oidc-logout-needs-hint-text"),
        ),
        "confirm_logout" => (
            t!("oidc-confirm-logout-title"),
            t!("oidc-confirm-logout-text"),
        ),
        "still_signed_in" => (
            t!("oidc-still-signed-in-title"),
            t!("oidc-still-signed-in-text"),
        ),
        _ => (t!("oidc-other-title"), t!("oidc-other-text")),
    };
    #[cfg(feature = "ssr")]
    if !matches!(
        about.as_str(),
        "signed_out" | "logout_needs_hint" | "confirm_logout" | "still_signed_in"
    ) {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(axum::http::StatusCode::BAD_REQUEST);
        }
    }
    // The confirmation's answer: a form to this page's own logout, whose
    // id must be one (nothing else of the address goes into the page).
    let logout = super::query("logout");
    let confirm = (about == "confirm_logout"
        && logout.len() == 32
        && logout.bytes().all(|b| b.is_ascii_hexdigit()))
    .then(|| {
        view! {
            <form method="post" action=format!("/oauth/logout/{logout}") class="confirm-choice">
                <button type="submit" name="choice" value="out">{t!("oidc-log-out")}</button>
                <button type="submit" name="choice" value="stay" class="secondary">{t!("oidc-stay")}</button>
            </form>
        }
    });
    let title = heading.clone();
    view! {
        <Page title>
            <h1>{heading}</h1>
            <p>{text}</p>
            {confirm}
        </Page>
    }
}
