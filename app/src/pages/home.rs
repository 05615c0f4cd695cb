use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <main class="page">
            <h1>"QR login"</h1>
            <p>"Log in on this computer by scanning a code with the phone you are already signed in on. No password typed here."</p>
            <a class="button" href="/login">"Log in with your phone"</a>
        </main>
    }
}
