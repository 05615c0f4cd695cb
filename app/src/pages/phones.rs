//! `/phones`: the phones (and apps) signed in to this account, and the power
//! to sign any other one out, with the browsers it approved.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{ago, AccountPage, Place};
use crate::functions::phone::phone_sessions;
use protocol::PhoneSession;

#[component]
pub fn PhonesPage() -> impl IntoView {
    let phones = Resource::new(|| (), |_| phone_sessions());
    let query = use_query_map();
    let done = query.read_untracked().get("done").is_some();
    let error = super::error_from_query(Place::Account);
    view! {
        <AccountPage title="Signed-in phones" path="/phones" data=phones body=move |phones| {
            let now = phones.server_time;
            view! {
                <h1>"Signed-in phones"</h1>
                <p class="muted">"Every phone or app that can approve logins for this account. Sign out any you do not have with you: the computers it logged in are logged out too, and the passkeys it added are removed."</p>
                {done.then(|| view! { <p class="notice" role="status">"That phone is signed out, with the computers it had logged in and the passkeys it added."</p> })}
                {error.clone().map(|text| view! { <p class="error" role="alert">{text}</p> })}
                <ul class="devices">
                    {phones.sessions.into_iter().map(|p| view! { <PhoneRow phone=p now/> }).collect_view()}
                </ul>
            }
        }/>
    }
}

#[component]
fn PhoneRow(phone: PhoneSession, now: u64) -> impl IntoView {
    let since = |at: u64| ago(now.saturating_sub(at));
    let label = format!("Sign out {}", phone.device_name);
    let id = phone.session_id.clone();
    view! {
        <li class="device phone-session" data-session-id=id>
            <div>
                <strong>{phone.device_name}</strong>
                {phone.current.then(|| view! { <span class="badge">"this phone"</span> })}
                <div class="muted small">{format!("signed in {} \u{00b7} last active {}", since(phone.created_at), since(phone.last_used_at))}</div>
            </div>
            {(!phone.current).then(|| view! {
                <form method="post" action="/api/web/sign-out-phone">
                    <input type="hidden" name="session_id" value=phone.session_id/>
                    <button type="submit" class="secondary" aria-label=label>"Sign out"</button>
                </form>
            })}
        </li>
    }
}
