//! `/oauth/notice?about=…`: what the OpenID Connect provider tells a person
//! when it cannot send them back to the app, or has nothing to send them
//! back to, or asks before an app's old logout link logs this browser out.
//! Fixed sentences only: nothing of the address is shown.

use leptos::prelude::*;

use crate::components::Page;

#[component]
pub fn AppNoticePage() -> impl IntoView {
    let about = super::query("about");
    let (heading, text) = match about.as_str() {
        "signed_out" => (
            "You are logged out",
            "The app logged you out of this site too. Close this tab, or log in again from the app.",
        ),
        "expired" => (
            "This sign-in has expired",
            "The app asked for it more than 10 minutes ago, or it was already used. Go back to the app and sign in again.",
        ),
        "unknown_client" => (
            "This app is not known here",
            "The link that brought you here names an app this site does not sign in to. Nothing was sent to it. Tell the app's owner.",
        ),
        "bad_redirect_uri" => (
            "This sign-in link is not right",
            "The app asked to be answered at an address it has not registered with this site, so nothing was sent there. Tell the app's owner.",
        ),
        "bad_logout_redirect" => (
            "This logout link is not right",
            "The app asked to come back to an address it has not registered with this site. Nothing was changed.",
        ),
        "other_browser" => (
            "This sign-in is another browser's",
            "It was started in another browser, which goes on with it. Nothing was sent to the app. To sign in here, go back to the app in this browser and start again.",
        ),
        "logout_needs_hint" => (
            "Nothing was logged out",
            "The app did not say which sign-in to end. To log out, use the app's own Log out, or your phone's list of linked devices.",
        ),
        "confirm_logout" => (
            "Log out of this browser?",
            "An app asked to log you out, with an old link that names an earlier sign-in. Log this browser out of this site too?",
        ),
        "still_signed_in" => (
            "You are still logged in",
            "Nothing was logged out here. Close this tab, or go back to the app.",
        ),
        _ => (
            "Something went wrong",
            "This page has nothing to show. Go back to the app and try again.",
        ),
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
                <button type="submit" name="choice" value="out">"Log out"</button>
                <button type="submit" name="choice" value="stay" class="secondary">"Stay logged in"</button>
            </form>
        }
    });
    view! {
        <Page title=heading>
            <h1>{heading}</h1>
            <p>{text}</p>
            {confirm}
        </Page>
    }
}
