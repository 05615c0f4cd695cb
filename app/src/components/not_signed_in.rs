use leptos::prelude::*;

use crate::t;

/// A phone page's answer to a phone that is not signed in: why it matters
/// here, if the page says, and the way in (back to `next` afterwards).
#[component]
pub fn NotSignedIn(
    #[prop(optional)] why: Option<String>,
    /// The page to come back to once signed in.
    #[prop(optional)]
    next: Option<&'static str>,
) -> impl IntoView {
    let href = next.map_or_else(
        || "/signin".to_owned(),
        |page| format!("/signin?next={page}"),
    );
    view! {
        <h1>{t!("nav-not-signed-in")}</h1>
        {why.map(|why| view! { <p>{why}</p> })}
        <a class="button" href=href>{t!("nav-sign-in")}</a>
    }
}
