//! `/password`: change the account's password. Every other phone is signed
//! out, since whoever knew the old password may hold one of them.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{Page, PhoneNav, Place};

#[component]
pub fn PasswordPage() -> impl IntoView {
    let query = use_query_map();
    let changed = query.read_untracked().get("changed").is_some();
    let error = super::error_from_query(Place::Password);
    view! {
        <Page title="Change password" class="phone">
            <PhoneNav current="/password"/>
            <h1>"Change password"</h1>
            {changed.then(|| view! {
                <p class="notice" role="status">"Password changed. Your other phones were signed out, and the passkeys of other phones removed."</p>
            })}
            {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
            <form method="post" action="/api/web/password">
                <label>"Current password" <input name="current_password" type="password" autocomplete="current-password" required/></label>
                <label>
                    "New password"
                    <input name="new_password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="new-rule"/>
                </label>
                <p class="hint" id="new-rule">"At least 8 characters. Your other phones are signed out, with the computers they logged in, and only this phone's passkeys are kept."</p>
                <button type="submit">"Change password"</button>
            </form>
        </Page>
    }
}
