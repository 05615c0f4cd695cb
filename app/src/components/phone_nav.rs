use leptos::prelude::*;

/// The phone's pages, one link each; the page shown is marked.
#[component]
pub fn PhoneNav(current: &'static str) -> impl IntoView {
    const PAGES: &[(&str, &str)] = &[
        ("/phone", "Account"),
        ("/devices", "Linked devices"),
        ("/activity", "Activity"),
        ("/phones", "Signed-in phones"),
        ("/password", "Password"),
        ("/passkeys", "Passkeys"),
    ];
    view! {
        <nav class="phone-nav" aria-label="Your account">
            {PAGES
                .iter()
                .map(|(href, label)| {
                    let here = (*href == current).then_some("page");
                    view! { <a href=*href aria-current=here>{*label}</a> }
                })
                .collect_view()}
        </nav>
    }
}
