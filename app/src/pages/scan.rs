//! `/scan`: "Scan a code" on the phone. The camera opens inside the page and
//! reads the computer's QR code (`public/scan/scan.js`, which reads frames
//! with the browser's `BarcodeDetector` or else the `scanner` crate's WASM,
//! loaded by this page alone); a code of this site goes on to its
//! confirmation, `/l/{token}`, in this browser, where the phone is signed
//! in. No island: the page's own script is all it runs.

use leptos::prelude::*;

use crate::components::{site_name, Page, PhoneNav};
use crate::t;

#[component]
pub fn ScanPage() -> impl IntoView {
    let (origin, scheme) = code_origin();
    let site = site_name();
    // The scanner is shown by the page's script once it runs: without
    // JavaScript there is no camera here, and the page says what to do.
    view! {
        <Page title=t!("scan-title") class="phone scan">
            <PhoneNav current=""/>
            <h1>{t!("scan-heading")}</h1>
            <div id="scanner" class="scanner" hidden=true data-site=site data-origin=origin data-scheme=scheme>
                <video class="scan-video" muted=true playsinline=true aria-label=t!("scan-video-label")></video>
                <p class="scan-status" role="status">{t!("scan-starting")}</p>
            </div>
            <noscript>
                <p class="notice">{t!("scan-no-script")}</p>
            </noscript>
            <section id="scan-denied" class="outcome" hidden=true>
                <h2>{t!("scan-denied-heading")}</h2>
                <p>{t!("scan-denied-text")}</p>
            </section>
            <section id="scan-none" class="outcome" hidden=true>
                <h2>{t!("scan-none-heading")}</h2>
                <p>{t!("scan-none-text")}</p>
            </section>
            <p><a class="button secondary" href="/link">{t!("scan-type-instead")}</a></p>
            <script type="module" src="/scan/scan.js"></script>
        </Page>
    }
}

/// Whose codes this page follows: the site's origin (`PUBLIC_URL`), and the
/// native apps' scheme when there is one.
#[cfg(feature = "ssr")]
fn code_origin() -> (String, String) {
    crate::state::current().map_or_else(Default::default, |state| {
        let settings = &state.core.settings;
        (
            settings.public_url.clone(),
            settings.qr_scheme.clone().unwrap_or_default(),
        )
    })
}

#[cfg(not(feature = "ssr"))]
fn code_origin() -> (String, String) {
    Default::default()
}
