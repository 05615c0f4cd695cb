use leptos::prelude::*;

use crate::components::Page;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Page title="Welcome">
            <h1>"Log in with your phone"</h1>
            <p>"Log in on this computer by scanning a code with the phone you are already signed in on. No password typed here."</p>
            <p><a class="button" href="/login">"Log in on this computer"</a></p>
            <p class="muted">"On your phone: " <a href="/signin">"sign in"</a> " or " <a href="/signup">"create an account"</a> ", then scan the code a computer shows."</p>
        </Page>
    }
}
