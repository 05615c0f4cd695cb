//! `/devices` on the phone: every browser this account is logged in on, and
//! the power to log any of them out. With JavaScript the page follows the
//! account's news and shows each new login the moment it happens.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{ago, new_login, what_it_learns, AccountPage, NewLoginNotice, Place};
use crate::functions::phone::{linked_devices, Linked};
use crate::t;
use protocol::{AllowedApp, LinkedDevice};

#[component]
pub fn DevicesPage() -> impl IntoView {
    let linked = Resource::new(|| (), |_| linked_devices());
    let query = use_query_map();
    let done = match query.read_untracked().get("done").as_deref() {
        Some("one") => Some(t!("devices-done-one")),
        Some("all") => Some(t!("devices-done-all")),
        Some("renamed") => Some(t!("devices-done-renamed")),
        Some("withdrawn") => Some(t!("devices-done-withdrawn")),
        _ => None,
    };
    let confirm = query.read_untracked().get("confirm").as_deref() == Some("all");
    // Loaded again by the notice below after a new login: say which.
    let fresh = query.read_untracked().get("new").is_some();
    let error = super::error_from_query(Place::Account);
    view! {
        <AccountPage title=t!("devices-title") path="/devices" data=linked body=move |mut linked: Linked| {
            let (apps, now) = (std::mem::take(&mut linked.apps), linked.server_time);
            let newest = fresh
                .then(|| linked.devices.iter().max_by_key(|d| d.created_at))
                .flatten()
                .map(|d| new_login(&d.browser, &d.os, &d.ip));
            view! {
                <h1>{t!("devices-title")}</h1>
                <p class="muted">{t!("devices-intro")}</p>
                {done.clone().map(|text| view! { <p class="notice" role="status">{text}</p> })}
                {newest.map(|text| view! { <p class="new-login" role="status">{text}</p> })}
                {error.clone().map(|text| view! { <p class="error" role="alert">{text}</p> })}
                // Live: a new login renders the list again.
                <NewLoginNotice then_load=Some("/devices?new".to_owned())/>
                <LinkedList linked confirm/>
                <AllowedApps apps now/>
            }
        }/>
    }
}

/// The linked browsers, and "Log out all" (which asks first: `confirm`).
#[component]
fn LinkedList(linked: Linked, confirm: bool) -> impl IntoView {
    let Linked {
        devices,
        server_time,
        just_approved,
        ..
    } = linked;
    if devices.is_empty() {
        return Either::Left(view! { <p class="empty">{t!("devices-none")}</p> });
    }
    let count = devices.len();
    let ending = if confirm {
        Either::Left(view! {
            <section class="confirm-all" role="alert" aria-labelledby="confirm-all-title">
                <h2 id="confirm-all-title">{t!("devices-log-out-all-question", n = count)}</h2>
                <p>{t!("devices-log-out-all-text")}</p>
                <form method="post" action="/api/web/unlink">
                    <button type="submit" class="secondary danger">{t!("devices-log-out-all", n = count)}</button>
                </form>
                <p><a href="/devices">{t!("devices-cancel")}</a></p>
            </section>
        })
    } else {
        Either::Right(
            view! { <p><a class="button secondary danger" href="/devices?confirm=all">{t!("devices-log-out-all-ask", n = count)}</a></p> },
        )
    };
    Either::Right(view! {
        <ul class="devices">
            {devices.into_iter().map(|device| {
                let just = just_approved.as_deref() == Some(device.session_id.as_str());
                view! { <DeviceRow device now=server_time just/> }
            }).collect_view()}
        </ul>
        {ending}
    })
}

/// One browser: what it is, how it came (which phone approved it, when, for
/// which app), and what can be done with it.
#[component]
fn DeviceRow(device: LinkedDevice, now: u64, just: bool) -> impl IntoView {
    let since = |at: u64| ago(now.saturating_sub(at));
    let kind = t!("devices-kind", browser = &device.browser, os = &device.os);
    let title = device.name.clone().unwrap_or_else(|| kind.clone());
    let linked = since(device.created_at);
    // One whole line per case: for an app, as a kiosk, both, or neither.
    let how = match (&device.app, device.kiosk) {
        (Some(_), true) => "app-kiosk",
        (Some(_), false) => "app",
        (None, true) => "kiosk",
        (None, false) => "plain",
    };
    let came = t!(
        "devices-came",
        how = how,
        ip = &device.ip,
        linked = &linked,
        phone = &device.approved_by,
        app = device.app.as_deref().unwrap_or_default()
    );
    let last_active = t!("devices-last-active", ago = since(device.last_seen_at));
    // Names that tell two alike browsers apart to a screen reader too.
    let label = t!(
        "devices-log-out-label",
        name = &title,
        ip = &device.ip,
        linked = &linked
    );
    let rename_label = t!(
        "devices-rename-label",
        name = &title,
        ip = &device.ip,
        linked = &linked
    );
    let id = device.session_id.clone();
    let (row_id, rename_id) = (id.clone(), id.clone());
    view! {
        <li class=if just { "device just-approved" } else { "device" } data-session-id=row_id>
            <div>
                <strong>{title}</strong>
                {just.then(|| view! { <span class="badge">{t!("devices-just-approved")}</span> })}
                {device.name.is_some().then(|| view! { <div class="muted small">{kind}</div> })}
                <div class="muted small">{came}</div>
                // No phone approved it: `approved_by` is the passkey's name.
                {device.passkey.then(|| view! { <div class="muted small">{t!("devices-came-passkey")}</div> })}
                <div class="muted small">{last_active}</div>
                <details class="rename">
                    <summary>{t!("devices-rename")}</summary>
                    <form method="post" action="/api/web/rename-browser">
                        <input type="hidden" name="session_id" value=rename_id/>
                        <input name="name" maxlength="64" aria-label=rename_label
                            placeholder=t!("devices-rename-placeholder") value=device.name.unwrap_or_default()/>
                        <button type="submit" class="secondary">{t!("devices-save")}</button>
                    </form>
                </details>
            </div>
            <form method="post" action="/api/web/unlink">
                <input type="hidden" name="session_id" value=id/>
                <button type="submit" class="secondary" aria-label=label>{t!("devices-log-out")}</button>
            </form>
        </li>
    }
}

/// The apps this account allowed to know it, each with "Withdraw" (a plain
/// form: it works without JavaScript).
#[component]
fn AllowedApps(apps: Vec<AllowedApp>, now: u64) -> impl IntoView {
    (!apps.is_empty()).then(|| {
        view! {
            <section class="allowed-apps" aria-labelledby="apps-title">
                <h2 id="apps-title">{t!("devices-apps-title")}</h2>
                <p class="muted">{t!("devices-apps-intro")}</p>
                <ul class="devices">
                    {apps.into_iter().map(|app| {
                        let came = t!(
                            "devices-app-came",
                            learns = what_it_learns(&app.scopes),
                            allowed = ago(now.saturating_sub(app.allowed_at))
                        );
                        let label = t!("devices-withdraw-label", app = &app.name);
                        let row_id = app.client_id.clone();
                        view! {
                            <li class="device" data-client-id=row_id>
                                <div>
                                    <strong>{app.name}</strong>
                                    <div class="muted small">{came}</div>
                                </div>
                                <form method="post" action="/api/web/withdraw-app">
                                    <input type="hidden" name="client_id" value=app.client_id/>
                                    <button type="submit" class="secondary" aria-label=label>{t!("devices-withdraw")}</button>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
