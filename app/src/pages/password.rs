//! `/password`: change the account's password. Every other phone is signed
//! out, since whoever knew the old password may hold one of them.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{Page, PhoneNav, Place};
use crate::t;

#[component]
pub fn PasswordPage() -> impl IntoView {
    let query = use_query_map();
    let changed = query.read_untracked().get("changed").is_some();
    let error = super::error_from_query(Place::Password);
    view! {
        <Page title=t!("password-title") class="phone">
            <PhoneNav current="/password"/>
            <h1>{t!("password-title")}</h1>
            {changed.then(|| view! {
                <p class="notice" role="status">{t!("password-changed")}</p>
            })}
            {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
            <form method="post" action="/api/web/password">
                <label>{t!("password-current")} <input name="current_password" type="password" autocomplete="current-password" required/></label>
                <label>
                    {t!("password-new")}
                    <input name="new_password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="new-rule"/>
                </label>
                <p class="hint" id="new-rule">{t!("password-rule")}</p>
                <button type="submit">{t!("password-button")}</button>
            </form>
        </Page>
    }
}
