//! What an app learns of the person who allows it, in their words: the
//! phone's question the first time an app asks, and its line on the
//! list of apps allowed.

use leptos::prelude::*;

use super::{around, MARKS};
use crate::t;

/// What `scopes` (an OpenID Connect client's) let an app learn.
pub fn what_it_learns(scopes: &[String]) -> String {
    if scopes.iter().any(|s| s == "profile") {
        t!("consent-learns-profile")
    } else {
        t!("consent-learns-id")
    }
}

/// The phone's question before `app` first learns who this is; with
/// `passkey`, the computer's, where "Use a passkey" allows it.
#[component]
pub fn ConsentNote(
    app: String,
    scopes: Vec<String>,
    #[prop(optional)] passkey: bool,
) -> impl IntoView {
    let learns = what_it_learns(&scopes);
    let (before, after) = around(&if passkey {
        t!("login-passkey-consent", app = MARKS[0], learns = learns)
    } else {
        t!("consent-note", app = MARKS[0], learns = learns)
    });
    view! { <p class="consent" role="note">{before}<strong>{app}</strong>{after}</p> }
}
