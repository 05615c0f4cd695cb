//! `/login` on the requesting device: a live QR code that renews itself.

use leptos::prelude::*;

use crate::api;
use crate::components::{ExpiryRing, QrCode};
use crate::protocol::challenge::refresh_delay_ms;
use crate::protocol::{ChallengeCreated, ErrorBody};

#[component]
pub fn LoginPage() -> impl IntoView {
    let challenge = Resource::new(|| (), |_| api::new_challenge());
    let remaining_ms = RwSignal::new(None::<u64>);
    // Made here, not inside the suspense: what the suspense creates is disposed
    // when the next code arrives, while the old view may still be on screen.
    let remaining: Signal<Option<u64>> = remaining_ms.into();

    // Browser only: count down the code on screen and fetch the next one a
    // little before it expires. The first challenge came with the page, so its
    // clock started at navigation (time 0 of `performance.now()`).
    Effect::new(move |previous: Option<()>| {
        let Some(Ok(current)) = challenge.get() else {
            return;
        };
        let arrived = if previous.is_none() {
            0.0
        } else {
            clock::now()
        };
        let deadline = arrived + current.expires_at.saturating_sub(current.server_time) as f64;
        let left = move || (deadline - clock::now()).max(0.0) as u64;
        remaining_ms.set(Some(left()));
        let ticker = set_interval_with_handle(
            move || remaining_ms.set(Some(left())),
            std::time::Duration::from_millis(250),
        );
        let refresh = set_timeout_with_handle(
            move || challenge.refetch(),
            std::time::Duration::from_millis(refresh_delay_ms(left(), current.ttl_ms)),
        );
        on_cleanup(move || {
            if let Ok(handle) = ticker {
                handle.clear();
            }
            if let Ok(handle) = refresh {
                handle.clear();
            }
        });
    });

    view! {
        <main class="login">
            <section class="login-card">
                <h1>"Log in with your phone"</h1>
                <Transition fallback=|| view! { <div class="qr-placeholder" aria-busy="true"></div> }>
                    {move || Suspend::new(async move {
                        match challenge.await {
                            Ok(created) => view! { <QrPanel created remaining_ms=remaining/> }.into_any(),
                            Err(error) => view! { <LoadFailed error on_retry=move || challenge.refetch()/> }.into_any(),
                        }
                    })}
                </Transition>
                <ol class="steps">
                    <li>"On your phone, open this site (or our app) and sign in."</li>
                    <li>"Scan the code with the camera."</li>
                    <li>"Check the details and tap " <strong>"Log in"</strong> "."</li>
                </ol>
            </section>
        </main>
    }
}

#[component]
fn QrPanel(created: ChallengeCreated, remaining_ms: Signal<Option<u64>>) -> impl IntoView {
    view! {
        <figure class="qr-panel">
            <QrCode payload=created.qr_payload.clone() qr_id=created.qr_id.clone()/>
            <ExpiryRing ttl_ms=created.ttl_ms remaining_ms/>
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

/// Milliseconds since navigation started (browser), monotonic.
mod clock {
    #[cfg(feature = "hydrate")]
    pub fn now() -> f64 {
        leptos::prelude::window()
            .performance()
            .map_or(0.0, |p| p.now())
    }

    // Effects never run on the server; this keeps the shared code compiling.
    #[cfg(not(feature = "hydrate"))]
    pub fn now() -> f64 {
        0.0
    }
}
