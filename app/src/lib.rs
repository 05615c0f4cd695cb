//! The web app: pages and components (rendered on the server, hydrated in the
//! browser), the protocol's types, and (feature `ssr`) the login logic.

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
compile_error!("build `app` with the `ssr` (server) or `hydrate` (browser) feature");

#[cfg(feature = "ssr")]
pub mod auth;
pub mod browser;
pub mod calls;
pub mod components;
pub mod functions;
pub mod live;
#[cfg(feature = "ssr")]
pub mod page_headers;
pub mod pages;
pub mod protocol;
pub mod qr;
#[cfg(feature = "ssr")]
pub mod state;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The HTML document around the app (server side only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    page_headers::set();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Effects run only in the browser: this marks the page as hydrated, which
    // the browser tests (and curious developers) can see.
    Effect::new(|_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });

    view! {
        <Stylesheet id="leptos" href="/pkg/qr-login.css"/>
        <Title text="QR login"/>
        <Router>
            <Routes fallback=pages::NotFound>
                <Route path=path!("/") view=pages::Home/>
                // Async: the page waits for its first challenge, so the QR and
                // the binding cookie are in the very first response.
                <Route path=path!("/login") view=pages::LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/kiosk") view=pages::KioskPage ssr=SsrMode::Async/>
                <Route path=path!("/l/:token") view=pages::ApprovePage/>
                <Route path=path!("/signin") view=pages::SignInPage/>
                <Route path=path!("/signup") view=pages::SignUpPage/>
                <Route path=path!("/phone") view=pages::PhoneHome/>
                <Route path=path!("/activity") view=pages::ActivityPage/>
                <Route path=path!("/devices") view=pages::DevicesPage/>
                <Route path=path!("/phones") view=pages::PhonesPage/>
                <Route path=path!("/password") view=pages::PasswordPage/>
            </Routes>
        </Router>
    }
}
