use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

use crate::t;

/// The frame of every page: its title (which names the site), its
/// description, the site's name at the top, and the page's own content.
#[component]
pub fn Page(
    /// What this page is, as the browser's tab and history show it.
    #[prop(into)]
    title: String,
    /// Classes of the page's `<main>`.
    #[prop(default = "page")]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let site = site_name();
    let description = t!("page-description", site = &site);
    view! {
        <Title text=format!("{title} \u{00b7} {site}")/>
        <Meta name="description" content=description/>
        // The phone's pages can be put on the home screen as an app.
        {(class == "phone").then(|| view! { <Link rel="manifest" href="/manifest.webmanifest"/> })}
        <main class=class>
            <p class="site-name">{site}</p>
            {children()}
        </main>
    }
}

/// The site's name, as people see it: `SITE_NAME`, by default the host of
/// `PUBLIC_URL`.
#[cfg(feature = "ssr")]
pub fn site_name() -> String {
    crate::state::current()
        .map(|state| state.core.settings.site_name.clone())
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
pub fn site_name() -> String {
    String::new()
}

/// The host people reach the site at (`PUBLIC_URL`'s): shown beside a name
/// that is not it, so a phone can tell whose page asks.
#[cfg(feature = "ssr")]
pub fn site_host() -> String {
    crate::state::current()
        .map(|state| {
            let url = &state.core.settings.public_url;
            url.split_once("://")
                .map_or(url.as_str(), |(_, host)| host)
                .to_owned()
        })
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
pub fn site_host() -> String {
    String::new()
}
