use leptos::prelude::*;

/// A ring that empties as the QR code's lifetime runs out, with the seconds
/// left as text for everyone (screen readers included). The browser's clock
/// moves both, a few steps a second: a CSS animation would repaint the page
/// sixty times a second for as long as it is open (measured in headless
/// Chromium: about six times the CPU), a drain on a kiosk tablet showing its
/// code all day, and it needed an inline style, which the CSP now forbids.
#[component]
pub fn ExpiryRing(
    ttl_ms: u64,
    /// Milliseconds left; `None` until the browser's clock takes over.
    remaining_ms: Signal<Option<u64>>,
) -> impl IntoView {
    let left = move || remaining_ms.get().unwrap_or(ttl_ms).min(ttl_ms);
    let seconds_left = move || left().div_ceil(1000);
    // The circle's length is 1000: the offset is the share gone, per mille.
    let gone = move || (1000 - left() * 1000 / ttl_ms.max(1)).to_string();
    view! {
        <div class="expiry">
            <svg
                class="expiry-ring"
                viewBox="0 0 36 36"
                aria-hidden="true"
            >
                <circle class="expiry-track" cx="18" cy="18" r="16"></circle>
                <circle
                    class="expiry-left"
                    cx="18"
                    cy="18"
                    r="16"
                    pathLength="1000"
                    stroke-dashoffset=gone
                ></circle>
            </svg>
            <p class="expiry-text" role="timer" aria-atomic="true">
                "Valid for " <span class="expiry-seconds">{seconds_left}</span> " more seconds"
            </p>
        </div>
    }
}
