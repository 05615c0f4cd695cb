use leptos::prelude::*;

use crate::qr;

/// The QR code as inline SVG: drawn by the server on first paint and by WASM
/// after every refresh, from the same function.
#[component]
pub fn QrCode(
    /// What the code says (a login link).
    payload: String,
    /// Identifies the challenge, so tests and styles can tell codes apart.
    qr_id: String,
) -> impl IntoView {
    let svg = qr::svg(&payload).unwrap_or_default();
    // The payload also in words, for a test or a tool reading the page
    // (anyone who sees the code can read it).
    view! {
        <div
            class="qr-code"
            role="img"
            aria-label="Login QR code: scan it with your phone's camera or app"
            data-qr-id=qr_id
            data-payload=payload
            inner_html=svg
        ></div>
    }
}
