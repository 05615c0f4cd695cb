//! What an app learns of the person who allows it, in their words: the
//! phone's question the first time an app asks, and its line on the
//! list of apps allowed.

use leptos::prelude::*;

/// What `scopes` (an OpenID Connect client's) let an app learn.
pub fn what_it_learns(scopes: &[String]) -> &'static str {
    if scopes.iter().any(|s| s == "profile") {
        "your name and username"
    } else {
        "an id for your account, nothing more"
    }
}

/// The phone's question before `app` first learns who this is.
#[component]
pub fn ConsentNote(app: String, scopes: Vec<String>) -> impl IntoView {
    view! {
        <p class="consent" role="note">
            <strong>{app}</strong>
            {format!(
                " wants to know it is you: {}. “Log in” allows it; you can withdraw it under Linked devices.",
                what_it_learns(&scopes)
            )}
        </p>
    }
}
