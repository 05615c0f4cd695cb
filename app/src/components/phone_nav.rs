use leptos::prelude::*;

use crate::t;

/// The phone's pages, one link each; the page shown is marked.
#[component]
pub fn PhoneNav(current: &'static str) -> impl IntoView {
    let pages = [
        ("/phone", t!("nav-account")),
        ("/devices", t!("nav-devices")),
        ("/activity", t!("nav-activity")),
        ("/phones", t!("nav-phones")),
        ("/password", t!("nav-password")),
        ("/passkeys", t!("nav-passkeys")),
    ];
    view! {
        <nav class="phone-nav" aria-label=t!("nav-label")>
            {pages
                .into_iter()
                .map(|(href, label)| {
                    let here = (href == current).then_some("page");
                    view! { <a href=href aria-current=here>{label}</a> }
                })
                .collect_view()}
        </nav>
    }
}
