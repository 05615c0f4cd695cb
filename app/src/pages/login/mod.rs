//! `/login` and `/kiosk` on the requesting device. The server renders the
//! first code (the QR is on screen before any WASM loads); the `LoginLive`
//! island then renews it, follows the phone's progress over a WebSocket, and
//! turns into the signed-in view without a reload.
//!
//! - this file: the page the server renders around the island;
//! - `reads.rs`: what the server reads for it (each with the browser's
//!   twin, which only keeps the shared code compiling);
//! - `island.rs`: the `LoginLive` island: its screens, its code that renews
//!   itself, the event feed, the signed-in view;
//! - `passkey.rs`: "Use a passkey", beside the island (server-rendered).

mod island;
mod passkey;
mod reads;

use island::{LoginLive, LoginLiveData};
use passkey::PasskeyLogin;
use reads::{app_of, code_page, kiosk_idle_ms, offers_passkeys, onward_page, qr_mark};

use leptos::either::Either;
use leptos::prelude::*;

use crate::calls::{self, LoginStart};
use crate::components::{around, sentence, site_name, Page, Place, WithProps, MARKS};
use crate::t;
use protocol::ChallengeRequest;

#[component]
pub fn LoginPage() -> impl IntoView {
    view! { <Login kiosk=false/> }
}

/// `/kiosk`: the same page for a tablet left on a wall or a desk. It never
/// stops renewing, keeps the screen awake, and signs itself out (ending the
/// session on the server) after a while without a touch.
#[component]
pub fn KioskPage() -> impl IntoView {
    view! { <Login kiosk=true/> }
}

/// The server's part: the first code (or the signed-in view), handed to the
/// island (`WithProps`).
#[component]
fn Login(kiosk: bool) -> impl IntoView {
    // `/login?authorization=…`: an app's sign-in (OpenID Connect) that
    // goes back to the app once the phone approves.
    let authorization = (!kiosk)
        .then(|| super::query("authorization"))
        .filter(|id| !id.is_empty());
    let onward = (!kiosk && authorization.is_none())
        .then(|| onward_page(&super::query("next")))
        .flatten();
    let asked = authorization.clone();
    let start = Resource::new(
        || (),
        move |_| {
            let authorization = asked.clone();
            async move {
                let cancel = authorization
                    .as_ref()
                    .map(|id| format!("/oauth/cancel/{id}"));
                // Both read the app's request: at once, not one after the other.
                let (app, start) = futures::join!(
                    app_of(authorization.as_deref()),
                    calls::login_start(ChallengeRequest {
                        replaces: None,
                        kiosk,
                        authorization: authorization.clone(),
                    })
                );
                (start, app.zip(cancel))
            }
        },
    );
    let idle_ms = kiosk.then(kiosk_idle_ms).flatten();
    let passkeys = offers_passkeys(kiosk);
    let code_page = code_page();
    let title = if kiosk {
        t!("login-kiosk-title")
    } else {
        t!("login-title")
    };
    let mark = qr_mark();
    // The mark itself is the stylesheet's (`.qr-mark`): no bytes in the island.
    let class = match (kiosk, mark) {
        (false, false) => "login",
        (false, true) => "login qr-mark",
        (true, false) => "login kiosk",
        (true, true) => "login kiosk qr-mark",
    };
    view! {
        <Page title class>
            // Shown on a phone-sized touch screen only (style/main.css).
            {(!kiosk).then(|| {
                let (before, after) = around(&t!("login-on-a-phone", link = MARKS[0]));
                view! {
                    <p class="on-a-phone">{before} <a href="/signin">{t!("login-on-a-phone-link")}</a> {after}</p>
                }
            })}
            <Suspense fallback=|| view! { <div class="qr-placeholder" aria-busy="true"></div> }>
                {move || {
                    let (code_page, onward) = (code_page.clone(), onward.clone());
                    let authorization = authorization.clone();
                    Suspend::new(async move {
                    let (start, app) = start.await;
                    let waiting = app.as_ref().map(|((name, scopes), _)| (name.clone(), scopes.clone()));
                    // Which app, and a way back to it that gives up.
                    let (banner, cancel) = app.map(|((app, _), cancel)| {
                        let (before, after) = around(&t!("login-app-banner", app = MARKS[0]));
                        let back = t!("login-app-cancel", app = &app);
                        (
                            view! { <p class="site-banner app-banner">{before} <strong>{app}</strong> {after}</p> },
                            // A form: giving up changes state, so it is a POST.
                            view! {
                                <form class="app-cancel" method="post" action=cancel>
                                    <button type="submit" class="secondary">{back}</button>
                                </form>
                            },
                        )
                    }).unzip();
                    match start {
                        Ok(start) => {
                            // Not for a browser signed in already.
                            let passkey = (passkeys && matches!(start, LoginStart::Code(_))).then(|| view! {
                                <PasskeyLogin kiosk authorization app=waiting onward=onward.clone()/>
                            });
                            let props = LoginLiveData { kiosk, start, idle_ms, code_page, onward, site: site_name(), mark };
                            Either::Left(view! { {banner} <WithProps props><LoginLive/></WithProps> {passkey} {cancel} })
                        }
                        Err(error) => Either::Right(view! {
                            <section class="login-card">
                                <div class="load-failed" role="alert">
                                    // Called in-process, the server's own text: worded here.
                                    <p>{sentence(error.error, Place::Code, None)}</p>
                                    <a class="button" href=if kiosk { "/kiosk" } else { "/login" }>{t!("login-try-again")}</a>
                                </div>
                            </section>
                        }),
                    }
                })}}
            </Suspense>
        </Page>
    }
}
