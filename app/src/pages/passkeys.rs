//! `/passkeys` on the phone: the account's passkeys, adding one and removing
//! one (each after the password). With a passkey every login the phone
//! approves asks for the phone's own check (fingerprint, face, PIN). The
//! page's script (`public/passkey/passkey.js`) talks to the authenticator;
//! the list and "Remove" are plain forms.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{ago, AccountPage, Place};
use crate::functions::passkeys::{list_passkeys, PasskeyPage};
use crate::t;
use protocol::PasskeyInfo;

#[component]
pub fn PasskeysPage() -> impl IntoView {
    let keys = Resource::new(|| (), |_| list_passkeys());
    let query = use_query_map();
    let done = if query.read_untracked().get("added").is_some() {
        Some(t!("passkeys-done-added"))
    } else if query.read_untracked().get("removed").is_some() {
        Some(t!("passkeys-done-removed"))
    } else {
        None
    };
    let error = super::error_from_query(Place::Passkeys);
    view! {
        <AccountPage title=t!("passkeys-title") path="/passkeys" data=keys body=move |keys| view! {
            <h1>{t!("passkeys-title")}</h1>
            <p class="muted">{t!("passkeys-intro")}</p>
            {done.clone().map(|text| view! { <p class="notice" role="status">{text}</p> })}
            {error.clone().map(|text| view! { <p class="error" role="alert">{text}</p> })}
            <PasskeyList keys/>
        }/>
    }
}

#[component]
fn PasskeyList(keys: PasskeyPage) -> impl IntoView {
    let PasskeyPage {
        available,
        required,
        keys,
        server_time,
    } = keys;
    let none_yet = keys.is_empty().then(|| {
        if required {
            t!("passkeys-none-required")
        } else {
            t!("passkeys-none")
        }
    });
    let rows = keys
        .into_iter()
        .map(|key| view! { <PasskeyRow key server_time/> })
        .collect_view();
    view! {
        {none_yet.map(|text| view! { <p class="notice">{text}</p> })}
        <ul class="passkeys">{rows}</ul>
        {if available {
            Either::Left(view! { <AddPasskey/> })
        } else {
            Either::Right(view! {
                <p class="notice">{t!("passkeys-off")}</p>
            })
        }}
    }
}

#[component]
fn PasskeyRow(key: PasskeyInfo, server_time: u64) -> impl IntoView {
    let added = ago(server_time.saturating_sub(key.created_at));
    let dates = match key.last_used_at {
        Some(at) => t!(
            "passkeys-dates",
            added = &added,
            used = ago(server_time.saturating_sub(at))
        ),
        None => t!("passkeys-dates-unused", added = &added),
    };
    let field = format!("remove-{}", key.id);
    view! {
        <li class="passkey">
            <strong class="passkey-name">{key.name.clone()}</strong>
            " "<span class="muted small">{dates}</span>
            // Made before passkeys were resident keys: it approves, but
            // names no account, so it cannot sign in without a username.
            {(!key.discoverable).then(|| view! {
                <p class="muted small not-discoverable">{t!("passkeys-not-discoverable")}</p>
            })}
            <form method="post" action="/api/web/passkey-remove" class="remove-passkey">
                <input type="hidden" name="id" value=key.id/>
                <label for=field.clone()>{t!("passkeys-remove-label", name = &key.name)}</label>
                <input id=field name="password" type="password" autocomplete="current-password" required/>
                <button type="submit" class="secondary">{t!("passkeys-remove")}</button>
            </form>
        </li>
    }
}

/// "Add a passkey": the password, then the phone's own prompt (the script).
#[component]
fn AddPasskey() -> impl IntoView {
    view! {
        <form method="post" action="/api/web/passkey-add" id="add-passkey" class="add-passkey">
            <h2>{t!("passkeys-add-title")}</h2>
            <label>{t!("passkeys-name")} <input name="name" maxlength="64" placeholder=t!("passkeys-name-placeholder") autocomplete="off"/></label>
            <label>
                {t!("passkeys-password")}
                <input name="password" type="password" autocomplete="current-password" required aria-describedby="why-password"/>
            </label>
            <p class="hint" id="why-password">{t!("passkeys-password-hint")}</p>
            <input type="hidden" name="credential"/>
            <p class="passkey-status" role="status"></p>
            <button type="submit">{t!("passkeys-add")}</button>
        </form>
        <noscript><p class="notice">{t!("passkeys-needs-js")}</p></noscript>
        <script type="module" src="/passkey/passkey.js"></script>
    }
}

/// Whether this server has passkeys (the sign-in page offers them then).
#[cfg(feature = "ssr")]
pub fn available() -> bool {
    crate::state::current().is_some_and(|state| auth::passkeys::available(&state.core))
}

#[cfg(not(feature = "ssr"))]
pub fn available() -> bool {
    false
}
