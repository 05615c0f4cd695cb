//! `/password`: change the account's password. Every other phone is signed
//! out, since whoever knew the old password may hold one of them.

use leptos::prelude::*;

use crate::functions::phone::ChangePassword;

#[component]
pub fn PasswordPage() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    view! {
        <main class="phone">
            <h1>"Change password"</h1>
            {move || match change.value().get() {
                Some(Ok(())) => view! {
                    <p class="notice" role="status">"Password changed. Your other phones were signed out."</p>
                }.into_any(),
                Some(Err(error)) => view! { <p class="error" role="alert">{error.message}</p> }.into_any(),
                None => ().into_any(),
            }}
            <ActionForm action=change>
                <label>"Current password" <input name="current_password" type="password" autocomplete="current-password" required/></label>
                <label>"New password" <input name="new_password" type="password" autocomplete="new-password" required minlength="8"/></label>
                <button type="submit" disabled=change.pending()>"Change password"</button>
            </ActionForm>
            <p class="muted small">"Other phones signed in to this account are signed out, with the browsers they approved."</p>
            <p><a href="/phone">"Back to your account"</a></p>
        </main>
    }
}
