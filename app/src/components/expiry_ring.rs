use leptos::prelude::*;

/// A ring that empties as the QR code's lifetime runs out, with the seconds
/// left as text for everyone (screen readers included). The ring is a CSS
/// animation, so it moves from first paint, before any WASM has loaded; with
/// `prefers-reduced-motion` the stylesheet leaves it still and the text remains.
#[component]
pub fn ExpiryRing(
    ttl_ms: u64,
    /// Milliseconds left; `None` until the browser's clock takes over.
    remaining_ms: Signal<Option<u64>>,
) -> impl IntoView {
    let seconds_left = move || remaining_ms.get().unwrap_or(ttl_ms).div_ceil(1000);
    view! {
        <div class="expiry">
            <svg
                class="expiry-ring"
                viewBox="0 0 36 36"
                aria-hidden="true"
                style=format!("--ttl: {ttl_ms}ms")
            >
                <circle class="expiry-track" cx="18" cy="18" r="16"></circle>
                <circle class="expiry-left" cx="18" cy="18" r="16" pathLength="100"></circle>
            </svg>
            <p class="expiry-text" role="timer" aria-atomic="true">
                "Valid for " <span class="expiry-seconds">{seconds_left}</span> " more seconds"
            </p>
        </div>
    }
}
