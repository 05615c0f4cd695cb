use leptos::prelude::*;

use crate::components::Page;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Page title="Page not found">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address."</p>
            <p><a class="button" href="/">"Home"</a> " " <a href="/phone">"Your account"</a></p>
        </Page>
    }
}
