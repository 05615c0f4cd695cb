//! The web app: pages and components (rendered on the server, hydrated in the
//! browser) over the `protocol` crate's types, and (feature `ssr`) the
//! server functions and page reads over the `auth` crate.

// The server's future for `/login` nests its views' types deeper than the
// default limit of 128.
#![recursion_limit = "256"]

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
compile_error!("build `app` with the `ssr` (server) or `hydrate` (browser) feature");

pub mod calls;
pub mod components;
pub mod functions;
pub mod language;
pub mod live;
#[cfg(feature = "ssr")]
pub mod page_headers;
pub mod pages;
pub mod qr;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub mod state;
pub mod web;

#[cfg(feature = "ssr")]
pub use shell::{hash_file, phone_hash, shell};

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The browser's entry point (the `frontend` and `frontend-phone` crates):
/// hydrates the islands of the page. Called from here, so that this crate
/// (and its islands' exports) is linked into the WASM.
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {
    web::report_panics();
    leptos::mount::hydrate_islands();
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();

    view! {
        <Router>
            <Routes fallback=pages::NotFound>
                // Every page is sent whole (Async: each waits for its data).
                // Streamed parts would need JavaScript to be put in place, and
                // the phone's pages work without it; on /login the QR and the
                // binding cookie are in the very first response.
                <Route path=path!("/") view=pages::Home ssr=SsrMode::Async/>
                <Route path=path!("/login") view=pages::LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/kiosk") view=pages::KioskPage ssr=SsrMode::Async/>
                <Route path=path!("/l/:token") view=pages::ApprovePage ssr=SsrMode::Async/>
                <Route path=path!("/link") view=pages::LinkPage ssr=SsrMode::Async/>
                <Route path=path!("/scan") view=pages::ScanPage ssr=SsrMode::Async/>
                <Route path=path!("/decided") view=pages::DecidedPage ssr=SsrMode::Async/>
                <Route path=path!("/signin") view=pages::SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/signup") view=pages::SignUpPage ssr=SsrMode::Async/>
                <Route path=path!("/recover") view=pages::RecoverPage ssr=SsrMode::Async/>
                <Route path=path!("/recovery") view=pages::RecoveryPage ssr=SsrMode::Async/>
                <Route path=path!("/phone") view=pages::PhoneHome ssr=SsrMode::Async/>
                <Route path=path!("/signout") view=pages::SignOutPage ssr=SsrMode::Async/>
                <Route path=path!("/activity") view=pages::ActivityPage ssr=SsrMode::Async/>
                <Route path=path!("/devices") view=pages::DevicesPage ssr=SsrMode::Async/>
                <Route path=path!("/phones") view=pages::PhonesPage ssr=SsrMode::Async/>
                <Route path=path!("/password") view=pages::PasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/passkeys") view=pages::PasskeysPage ssr=SsrMode::Async/>
                <Route path=path!("/oauth/notice") view=pages::AppNoticePage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
