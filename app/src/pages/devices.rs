//! `/devices` on the phone: every browser this account is logged in on, and
//! the power to log any of them out. With JavaScript the page follows the
//! account's news and shows each new login the moment it happens.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{ago, new_login, sentence, NewLoginNotice, Page, PhoneNav, Place};
use crate::functions::phone::{linked_devices, Linked};
use crate::protocol::{ErrorCode, LinkedDevice};

#[component]
pub fn DevicesPage() -> impl IntoView {
    let linked = Resource::new(|| (), |_| linked_devices());
    let query = use_query_map();
    let done = match query.read_untracked().get("done").as_deref() {
        Some("one") => Some("That browser is logged out."),
        Some("all") => Some("Every browser is logged out."),
        _ => None,
    };
    // Loaded again by the notice below after a new login: say which.
    let fresh = query.read_untracked().get("new").is_some();
    let error = query
        .read_untracked()
        .get("error")
        .and_then(|code| ErrorCode::named(&code))
        .map(|code| sentence(code, Place::Account, None));
    view! {
        <Page title="Linked devices" class="phone">
            <Suspense fallback=|| ()>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                    match linked.await {
                        Ok(linked) => Either::Left({
                            let newest = fresh
                                .then(|| linked.devices.iter().max_by_key(|d| d.created_at))
                                .flatten()
                                .map(|d| new_login(&d.browser, &d.os, &d.ip));
                            view! {
                            <PhoneNav current="/devices"/>
                            <h1>"Linked devices"</h1>
                            <p class="muted">"Browsers you logged in by scanning a code. Log out any you do not recognise."</p>
                            {done.map(|text| view! { <p class="notice" role="status">{text}</p> })}
                            {newest.map(|text| view! { <p class="new-login" role="status">{text}</p> })}
                            {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
                            // Live: a new login renders the list again.
                            <NewLoginNotice then_load=Some("/devices?new".to_owned())/>
                            <LinkedList linked/>
                        }}),
                        Err(_) => Either::Right(view! {
                            <h1>"Not signed in"</h1>
                            <a class="button" href="/signin?next=/devices">"Sign in"</a>
                        }),
                    }
                })
                }}
            </Suspense>
        </Page>
    }
}

/// The linked browsers, and "Log out all".
#[component]
fn LinkedList(linked: Linked) -> impl IntoView {
    let Linked {
        devices,
        server_time,
    } = linked;
    if devices.is_empty() {
        return Either::Left(
            view! { <p class="empty">"No browser is logged in with this account."</p> },
        );
    }
    Either::Right(view! {
        <ul class="devices">
            {devices.into_iter().map(|device| view! { <DeviceRow device now=server_time/> }).collect_view()}
        </ul>
        <form method="post" action="/api/web/unlink">
            <button type="submit" class="secondary danger">"Log out all browsers"</button>
        </form>
    })
}

#[component]
fn DeviceRow(device: LinkedDevice, now: u64) -> impl IntoView {
    let since = |at: u64| ago(now.saturating_sub(at));
    let name = format!("{} on {}", device.browser, device.os);
    let label = format!("Log out {name}");
    let id = device.session_id.clone();
    view! {
        <li class="device" data-session-id=id>
            <div>
                <strong>{name}</strong>
                <div class="muted small">{format!("{} \u{00b7} linked {} by {}", device.ip, since(device.created_at), device.approved_by)}</div>
                <div class="muted small">{format!("last active {}", since(device.last_seen_at))}</div>
            </div>
            <form method="post" action="/api/web/unlink">
                <input type="hidden" name="session_id" value=device.session_id/>
                <button type="submit" class="secondary" aria-label=label>"Log out"</button>
            </form>
        </li>
    }
}
