//! `/login` on the requesting device: a live QR code that renews itself,
//! follows the phone's progress over a WebSocket, and turns into the
//! signed-in view without a reload.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::{self, when_visible, Timer};
use crate::calls::{self, LoginStart};
use crate::components::{ExpiryRing, QrCode, SignedIn};
use crate::live::{self, Feed};
use crate::protocol::challenge::refresh_delay_ms;
use crate::protocol::{BrowserEvent, ChallengeCreated, ChallengeRequest, ErrorBody, User};

/// Renewals with nobody scanning before the page stops and waits for a click:
/// about three minutes, so an abandoned tab costs the server nothing.
const IDLE_BUDGET_MS: u64 = 180_000;

/// What the requesting browser shows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Screen {
    Waiting,
    Scanned {
        device_name: String,
    },
    SignedIn {
        user: User,
    },
    Denied,
    /// Renewals stopped on an abandoned page.
    Paused,
    /// The phone approved; the session cookie is being set.
    Finishing,
    SigningOut,
    SignedOut,
}

/// `/kiosk`: the same page for a tablet left on a wall or a desk. It never
/// stops renewing, keeps the screen awake, and signs itself out (ending the
/// session on the server) after a while without a touch.
#[component]
pub fn KioskPage() -> impl IntoView {
    view! { <Login kiosk=true/> }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    view! { <Login kiosk=false/> }
}

#[component]
fn Login(kiosk: bool) -> impl IntoView {
    // The code on screen: a renewal replaces it, and only it (other tabs of
    // this browser keep theirs).
    let shown = StoredValue::new(None::<String>);
    let start = Resource::new(
        || (),
        move |_| {
            calls::login_start(ChallengeRequest {
                replaces: shown.get_value(),
                kiosk,
            })
        },
    );
    let screen = RwSignal::new(Screen::Waiting);
    let remaining_ms = RwSignal::new(None::<u64>);
    // Made here, not inside the suspense: what the suspense creates is disposed
    // when the next code arrives, while the old view may still be on screen.
    let remaining: Signal<Option<u64>> = remaining_ms.into();
    let renewals = StoredValue::new(0u64);
    let idle_sign_out = kiosk.then(|| Resource::new(|| (), |_| kiosk_idle_ms()));
    let online = RwSignal::new(true);
    // A fresh code when the network is back.
    browser::watch_network(online, move || start.refetch());

    let new_code = move || {
        renewals.set_value(0);
        screen.set(Screen::Waiting);
        start.refetch();
    };

    // Browser only: each new start opens its event feed and its timers; the
    // cleanup closes them when the next one comes.
    Effect::new(move |previous: Option<()>| {
        let Some(Ok(current)) = start.get() else {
            return;
        };
        match current {
            LoginStart::SignedIn(session) => {
                screen.set(Screen::SignedIn { user: session.user });
                let idle_ms = idle_sign_out
                    .and_then(|idle| idle.get())
                    .and_then(Result::ok);
                watch_session(screen, start, idle_ms);
            }
            LoginStart::Code(created) => {
                shown.set_value(Some(created.qr_id.clone()));
                if !matches!(screen.get_untracked(), Screen::SignedOut) {
                    screen.set(Screen::Waiting);
                }
                // The first code came with the page: its clock started at navigation.
                let arrived = if previous.is_none() {
                    0.0
                } else {
                    browser::now()
                };
                let budget = if kiosk { None } else { Some(IDLE_BUDGET_MS) };
                watch_code(
                    &created,
                    arrived,
                    screen,
                    remaining_ms,
                    (renewals, budget),
                    start,
                );
                if kiosk {
                    browser::keep_screen_awake();
                }
            }
        }
    });

    view! {
        <main class=if kiosk { "login kiosk" } else { "login" }>
            {move || (!online.get()).then(|| view! {
                <div class="offline" role="alert">"Offline. A new code appears as soon as the network is back."</div>
            })}
            <section class="login-card">
                {move || match screen.get() {
                    Screen::SignedIn { user } => {
                        view! { <SignedIn user on_sign_out=move || sign_out(screen, start)/> }.into_any()
                    }
                    other => view! { <CodeView screen=other start remaining new_code/> }.into_any(),
                }}
            </section>
        </main>
    }
}

#[component]
fn CodeView(
    screen: Screen,
    start: Resource<Result<LoginStart, ErrorBody>>,
    remaining: Signal<Option<u64>>,
    new_code: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let (heading, notice) = match &screen {
        Screen::Scanned { device_name } => (
            "Confirm on your phone".to_owned(),
            Some(format!(
                "Scanned on {device_name}. Tap \u{201c}Log in\u{201d} there to continue."
            )),
        ),
        Screen::Finishing => ("Logging you in\u{2026}".to_owned(), None),
        Screen::SigningOut => ("Signing out\u{2026}".to_owned(), None),
        Screen::Denied => (
            "Login declined".to_owned(),
            Some("The phone said \u{201c}Not me\u{201d}. Nothing was logged in.".to_owned()),
        ),
        Screen::SignedOut => (
            "You were signed out".to_owned(),
            Some("Your phone ended this session. Scan again to log back in.".to_owned()),
        ),
        _ => ("Log in with your phone".to_owned(), None),
    };
    let paused = screen == Screen::Paused;
    let needs_click = matches!(screen, Screen::Denied | Screen::Paused);
    let state_class = match screen {
        Screen::Scanned { .. } | Screen::Finishing | Screen::SigningOut => "qr-state scanned",
        Screen::Paused | Screen::Denied => "qr-state paused",
        _ => "qr-state",
    };
    let again = new_code.clone();
    view! {
        <h1>{heading}</h1>
        {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
        <div class=state_class>
            <Transition fallback=|| view! { <div class="qr-placeholder" aria-busy="true"></div> }>
                {move || {
                    let retry = again.clone();
                    Suspend::new(async move {
                        match start.await {
                            Ok(LoginStart::Code(created)) => view! { <QrPanel created remaining/> }.into_any(),
                            Ok(LoginStart::SignedIn(_)) => ().into_any(),
                            Err(error) => view! { <LoadFailed error on_retry=move || retry()/> }.into_any(),
                        }
                    })
                }}
            </Transition>
            {needs_click.then(|| {
                let label = if paused { "Click to reload the QR code" } else { "Show a new code" };
                let new_code = new_code.clone();
                view! { <button class="qr-reload" on:click=move |_| new_code()>{label}</button> }
            })}
        </div>
        <ol class="steps">
            <li>"On your phone, open this site (or our app) and sign in."</li>
            <li>"Scan the code with the camera."</li>
            <li>"Check the details and tap " <strong>"Log in"</strong> "."</li>
        </ol>
    }
}

#[component]
fn QrPanel(created: ChallengeCreated, remaining: Signal<Option<u64>>) -> impl IntoView {
    view! {
        <figure class="qr-panel">
            <QrCode payload=created.qr_payload.clone() qr_id=created.qr_id.clone()/>
            <ExpiryRing ttl_ms=created.ttl_ms remaining_ms=remaining/>
            <details class="qr-link">
                <summary>"Can't scan? Open the link on your phone"</summary>
                <input class="qr-link-text" readonly value=created.qr_payload aria-label="Login link"/>
            </details>
        </figure>
    }
}

#[component]
fn LoadFailed(error: ErrorBody, on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div class="load-failed" role="alert">
            <p>{error.message}</p>
            <button on:click=move |_| on_retry()>"Try again"</button>
        </div>
    }
}

/// Follows one code: its events, its countdown, and its renewal a little
/// before expiry (not while the phone is confirming it, not in a hidden tab,
/// not past the idle budget).
fn watch_code(
    created: &ChallengeCreated,
    arrived: f64,
    screen: RwSignal<Screen>,
    remaining_ms: RwSignal<Option<u64>>,
    (renewals, budget_ms): (StoredValue<u64>, Option<u64>),
    start: Resource<Result<LoginStart, ErrorBody>>,
) {
    let deadline = arrived + created.expires_at.saturating_sub(created.server_time) as f64;
    let left = move || (deadline - browser::now()).max(0.0) as u64;
    remaining_ms.set(Some(left()));
    let ticker = set_interval_with_handle(
        move || remaining_ms.set(Some(left())),
        Duration::from_millis(250),
    );

    let max_renewals = budget_ms.map_or(u64::MAX, |budget| budget.div_ceil(created.ttl_ms.max(1)));
    let renew = move || {
        if matches!(screen.get_untracked(), Screen::Waiting | Screen::SignedOut) {
            if renewals.get_value() >= max_renewals {
                screen.set(Screen::Paused);
            } else {
                renewals.update_value(|n| *n += 1);
                start.refetch();
            }
        }
    };
    let refresh = Timer::new();
    when_visible(refresh, refresh_delay_ms(left(), created.ttl_ms), renew);

    let feed: Feed = live::challenge_events(&created.qr_id, move |event| match event {
        BrowserEvent::QrScanned { device_name } => screen.set(Screen::Scanned { device_name }),
        BrowserEvent::QrAuthorized { access_token, .. } => {
            screen.set(Screen::Finishing);
            leptos::task::spawn_local(finish_login(access_token, screen, start));
        }
        BrowserEvent::QrDenied => screen.set(Screen::Denied),
        // Expired while the phone was confirming, or while the tab slept.
        BrowserEvent::QrExpired => {
            if !matches!(screen.get_untracked(), Screen::Paused | Screen::Denied) {
                screen.set(Screen::Waiting);
                when_visible(refresh, 0, renew);
            }
        }
        BrowserEvent::Pending | BrowserEvent::SessionRevoked { .. } => {}
    });
    on_cleanup(move || {
        drop(feed);
        if let Ok(handle) = ticker {
            handle.clear();
        }
        refresh.cancel();
    });
}

/// While signed in: back to a fresh code the moment the session is revoked;
/// with `idle_ms` (kiosk), also after that long without a touch or a key.
/// The server ends a kiosk's session by itself after the same time without
/// a request, so touches also tell it the kiosk is in use (a few times per
/// idle period at most).
fn watch_session(
    screen: RwSignal<Screen>,
    start: Resource<Result<LoginStart, ErrorBody>>,
    idle_ms: Option<u64>,
) {
    if let Some(idle_ms) = idle_ms {
        let timer = Timer::new();
        let last_told = StoredValue::new(browser::now());
        let restart = move || {
            timer.start(idle_ms, move || sign_out(screen, start));
            if browser::now() - last_told.get_value() > idle_ms as f64 / 4.0 {
                last_told.set_value(browser::now());
                keep_alive();
            }
        };
        restart();
        let touched = window_event_listener(leptos::ev::pointerdown, move |_| restart());
        let typed = window_event_listener(leptos::ev::keydown, move |_| restart());
        on_cleanup(move || {
            timer.cancel();
            touched.remove();
            typed.remove();
        });
    }
    let feed = live::session_events(move |event| {
        // Only a revocation from elsewhere: this page's own sign-out has
        // already left the signed-in screen and fetches its code itself.
        let signed_in = matches!(screen.get_untracked(), Screen::SignedIn { .. });
        if matches!(event, BrowserEvent::SessionRevoked { .. }) && signed_in {
            screen.set(Screen::SignedOut);
            start.refetch();
        }
    });
    on_cleanup(move || drop(feed));
}

#[cfg(feature = "hydrate")]
async fn finish_login(
    access_token: String,
    screen: RwSignal<Screen>,
    start: Resource<Result<LoginStart, ErrorBody>>,
) {
    match calls::open_session(&access_token).await {
        Ok(session) => start.set(Some(Ok(LoginStart::SignedIn(session)))),
        Err(_) => {
            screen.set(Screen::Waiting);
            start.refetch();
        }
    }
}

#[cfg(not(feature = "hydrate"))]
async fn finish_login(_: String, _: RwSignal<Screen>, _: Resource<Result<LoginStart, ErrorBody>>) {}

/// Tells the server this signed-in page is in use (a kiosk being touched).
fn keep_alive() {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async {
        let _ = calls::keep_session_alive().await;
    });
}

fn sign_out(screen: RwSignal<Screen>, start: Resource<Result<LoginStart, ErrorBody>>) {
    screen.set(Screen::SigningOut);
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        let _ = calls::sign_out().await;
        screen.set(Screen::Waiting);
        start.refetch();
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = start;
}

/// The kiosk's idle sign-out delay, from the server's configuration.
async fn kiosk_idle_ms() -> Result<u64, ErrorBody> {
    crate::functions::kiosk::kiosk_idle_secs()
        .await
        .map(|s| s * 1000)
}
