//! `/phones`: the phones (and apps) signed in to this account, and the power
//! to sign any other one out, with the browsers it approved.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{ago, AccountPage, Place};
use crate::functions::phone::phone_sessions;
use crate::t;
use protocol::PhoneSession;

#[component]
pub fn PhonesPage() -> impl IntoView {
    let phones = Resource::new(|| (), |_| phone_sessions());
    let query = use_query_map();
    let done = query.read_untracked().get("done").is_some();
    let error = super::error_from_query(Place::Account);
    view! {
        <AccountPage title=t!("phones-title") path="/phones" data=phones body=move |phones| {
            let now = phones.server_time;
            view! {
                <h1>{t!("phones-title")}</h1>
                <p class="muted">{t!("phones-intro")}</p>
                {done.then(|| view! { <p class="notice" role="status">{t!("phones-done")}</p> })}
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
    let label = t!("phones-sign-out-label", name = &phone.device_name);
    let times = t!(
        "phones-times",
        signed_in = since(phone.created_at),
        active = since(phone.last_used_at)
    );
    let id = phone.session_id.clone();
    view! {
        <li class="device phone-session" data-session-id=id>
            <div>
                <strong>{phone.device_name}</strong>
                {phone.current.then(|| view! { <span class="badge">{t!("phones-this-phone")}</span> })}
                <div class="muted small">{times}</div>
            </div>
            {(!phone.current).then(|| view! {
                <form method="post" action="/api/web/sign-out-phone">
                    <input type="hidden" name="session_id" value=phone.session_id/>
                    <button type="submit" class="secondary" aria-label=label>{t!("phones-sign-out")}</button>
                </form>
            })}
        </li>
    }
}
