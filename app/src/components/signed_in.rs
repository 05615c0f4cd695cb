use leptos::prelude::*;

use super::{around, MARKS};
use crate::t;
use protocol::User;

/// The requesting browser once the phone approved it; `note` adds what this
/// screen does by itself (a kiosk's idle sign-out).
#[component]
pub fn SignedIn(
    user: User,
    note: Option<String>,
    /// Where the person goes on from here, if the site said.
    onward: Option<String>,
    on_sign_out: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let (before, after) = around(&t!("login-session-signed-in-as", name = MARKS[0]));
    view! {
        <div class="signed-in" role="status">
            <div class="avatar" aria-hidden="true">{user.display_name.chars().next().unwrap_or('?').to_string()}</div>
            <h1>{before} <span class="user-name">{user.display_name}</span> {after}</h1>
            <p class="muted">{t!("login-session-approved")}</p>
            {note.map(|text| view! { <p class="notice">{text}</p> })}
            {onward.map(|href| view! { <a class="button" href=href>{t!("login-session-continue")}</a> })}
            <button class="secondary" on:click=move |_| on_sign_out()>{t!("login-session-sign-out")}</button>
        </div>
    }
}
