use leptos::prelude::*;

use crate::components::Page;
use crate::t;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Page title=t!("notfound-title")>
            <h1>{t!("notfound-title")}</h1>
            <p>{t!("notfound-text")}</p>
            <p><a class="button" href="/">{t!("notfound-home")}</a> " " <a href="/phone">{t!("notfound-account")}</a></p>
        </Page>
    }
}
