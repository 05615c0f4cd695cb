//! What the server reads for `/login`: each read has a browser twin that
//! only keeps the shared page code compiling (effects never run there).

/// The app a pending sign-in is for (its name and scopes); `None` for this
/// site's own login, or when the app's request is unknown or expired.
#[cfg(feature = "ssr")]
pub(super) async fn app_of(authorization: Option<&str>) -> Option<(String, Vec<String>)> {
    let state = crate::state::current()?;
    let app = auth::oidc::pending::app_of(&state.core, authorization?).await;
    app.ok()
        .flatten()
        .map(|client| (client.name, client.scopes))
}

#[cfg(not(feature = "ssr"))]
pub(super) async fn app_of(_: Option<&str>) -> Option<(String, Vec<String>)> {
    None
}

/// Whether the page offers "Use a passkey": the site has passkeys, and a
/// kiosk only under `KIOSK_PASSKEYS`.
#[cfg(feature = "ssr")]
pub(super) fn offers_passkeys(kiosk: bool) -> bool {
    crate::state::current().is_some_and(|state| {
        auth::passkeys::available(&state.core) && (!kiosk || state.core.settings.kiosk_passkeys)
    })
}

#[cfg(not(feature = "ssr"))]
pub(super) fn offers_passkeys(_: bool) -> bool {
    false
}

/// Where the computer goes once signed in: the site's own page that sent it
/// here (`?next=`), else the deployer's `AFTER_LOGIN_URL`.
#[cfg(feature = "ssr")]
pub(super) fn onward_page(next: &str) -> Option<String> {
    match protocol::return_path::onward(next) {
        Some(path) => Some(path.to_owned()),
        None => crate::state::current()?
            .core
            .settings
            .after_login_url
            .clone(),
    }
}

#[cfg(not(feature = "ssr"))]
pub(super) fn onward_page(_: &str) -> Option<String> {
    None
}

/// How long a signed-in kiosk waits for a touch before it signs out: the
/// server's setting, read where the page is rendered.
#[cfg(feature = "ssr")]
pub(super) fn kiosk_idle_ms() -> Option<u64> {
    crate::state::current().map(|state| auth::millis(state.core.settings.kiosk_idle))
}

#[cfg(not(feature = "ssr"))]
pub(super) fn kiosk_idle_ms() -> Option<u64> {
    None
}

/// Whether the site's mark is laid over the code (`QR_MARK`).
#[cfg(feature = "ssr")]
pub(super) fn qr_mark() -> bool {
    crate::state::current().is_some_and(|state| state.core.settings.qr_mark)
}

#[cfg(not(feature = "ssr"))]
pub(super) fn qr_mark() -> bool {
    false
}

/// Where a phone types the code, as a person would type it: `host/link`.
#[cfg(feature = "ssr")]
pub(super) fn code_page() -> String {
    let public_url = crate::state::current()
        .map(|state| state.core.settings.public_url.clone())
        .unwrap_or_default();
    let host = public_url
        .split_once("://")
        .map_or(public_url.as_str(), |(_, host)| host);
    format!("{host}/link")
}

#[cfg(not(feature = "ssr"))]
pub(super) fn code_page() -> String {
    String::new()
}
