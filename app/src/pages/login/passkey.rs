//! "Use a passkey" on `/login` (and on `/kiosk` under `KIOSK_PASSKEYS`): the
//! browser's own passkey prompt, which on a computer without one offers a
//! phone nearby (hybrid: the browser's QR code, then Bluetooth proves the
//! phone is close, so a relayed page gets nothing). Rendered by the server
//! only and hidden until `public/passkey/login.js` finds WebAuthn; that
//! script loads the ceremony (`computer.js`) on the first click, so none of
//! it is in the island's WASM.

use leptos::prelude::*;

use crate::components::ConsentNote;
use crate::t;

/// The app waiting on this page (OpenID Connect): its name and scopes.
pub(super) type WaitingApp = (String, Vec<String>);

#[component]
pub(super) fn PasskeyLogin(
    kiosk: bool,
    /// `?authorization=`: the app's sign-in, which the passkey allows.
    authorization: Option<String>,
    app: Option<WaitingApp>,
    /// Where the computer goes once signed in (none: this page again).
    onward: Option<String>,
) -> impl IntoView {
    view! {
        <section
            id="passkey-login"
            class="passkey-login"
            hidden=true
            data-kiosk=kiosk.then_some("true")
            data-authorization=authorization
            data-onward=onward
        >
            <p class="passkey-why muted">{t!("login-passkey-why")}</p>
            {app.map(|(app, scopes)| view! { <ConsentNote app scopes passkey=true/> })}
            // A kiosk's session is never kept.
            {(!kiosk).then(|| view! {
                <label class="keep-signed-in">
                    <input type="checkbox" name="keep-signed-in"/>
                    " " {t!("login-passkey-keep")}
                </label>
            })}
            <button type="button" class="secondary">{t!("login-passkey-use")}</button>
            <p class="passkey-status" role="status"></p>
        </section>
        <script type="module" src="/passkey/login.js"></script>
    }
}
