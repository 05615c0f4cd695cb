//! The OpenAPI document of the JSON API, derived from the wire types
//! (`protocol/src/wire.rs`) and the handlers' `#[utoipa::path]`
//! annotations. Served at `/api/openapi.json`; `docs/openapi.json` is its
//! checked-in copy, and a test keeps the two equal, so that any change of
//! the contract shows in review.

use std::sync::OnceLock;

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use protocol::PhoneEvent;

use super::{apps, auth, devices, live, passkeys, qr, session};

/// The responses most operations share, each written once: an operation
/// lists the ones it can give (`responses(…, CrossSite, TimedOut)`) beside
/// rows of its own.
pub mod shared {
    /// Each `Name: status, "description";` is a response type whose body is
    /// the protocol's `ErrorBody`.
    macro_rules! responses {
        ($($name:ident: $status:literal, $description:literal;)*) => {$(
            #[derive(utoipa::IntoResponses)]
            #[response(status = $status, description = $description)]
            // Only describes: its field is the body's schema.
            #[allow(dead_code)]
            pub struct $name(protocol::ErrorBody);
        )*};
    }

    responses! {
        CrossSite: 403, "cross_site: a browser's request from a page that is not this site's (Origin, Sec-Fetch-Site), or one carrying the site's cookies that names no origin";
        TimedOut: 408, "timeout: the request, body included, took longer than REQUEST_TIMEOUT_SECS";
        TooLarge: 413, "too_large: a body over 16 KiB";
        StoreDown: 503, "unavailable: the store cannot be reached; nothing was changed";
        HashingBusy: 503, "unavailable: the store cannot be reached, or (Retry-After: 1) the password-hashing line is full; nothing was changed";
        NoDevice: 401, "unauthorized: no valid device token (or the mobile page's cookie)";
        ChallengeGone: 410, "expired: unknown or expired challenge";
        TooManySockets: 429, "rate_limited (Retry-After): too many sockets from this address (SOCKETS_PER_ADDRESS), or on this challenge (4)";
        CodeMisses: 429, "rate_limited (Retry-After): this address presented too many unknown codes (CODE_MISSES_PER_MINUTE), or, for a userCode, this address or account too many wrong typed codes (USER_CODE_MISSES_PER_HOUR, 10 an hour per account), or the typed code answered its 10 requests; the codes of that kind are refused for a while";
        AlreadyDecided: 409, "already_approved (this account approved it: its computer is logged in), or already_used (decided otherwise)";
        NotTheAccountsBrowser: 404, "not_found: not a browser of this account";
        NotAnAllowedApp: 404, "not_found: no app of that id was allowed by this account or holds a sign-in of it";
        SocketCrossSite: 403, "cross_site: the Origin is not PUBLIC_URL's";
        BadCode: 400, "bad_request (malformed body, or not exactly one of token and userCode) or invalid_qr (not of the token's or the typed code's form)";
        NoDeviceOrPassword: 401, "unauthorized: no valid device token, or a wrong password";
        MalformedBody: 400, "bad_request: malformed body";
    }
}
pub use shared::*;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "QR login — protocol v1",
        version = "1.0.0",
        description = "Cross-device login by QR code. The prose contract, the flow and the security properties are in docs/protocol.md. Times are milliseconds since the Unix epoch; every error is { error, message }, with the codes of ErrorCode. A request that changes state from a browser must come from a page of the site (Origin or Sec-Fetch-Site), else 403 cross_site."
    ),
    paths(
        qr::create_challenge,
        live::challenge_events,
        live::challenge_status,
        qr::inspect,
        qr::approve,
        qr::deny,
        auth::register,
        auth::login,
        auth::recover,
        auth::logout,
        auth::sessions,
        auth::end_session,
        auth::change_password,
        live::account_events,
        passkeys::sign_in_options,
        passkeys::sign_in,
        passkeys::list,
        passkeys::options,
        passkeys::add,
        passkeys::remove,
        apps::list,
        apps::withdraw,
        devices::list,
        devices::revoke_all,
        devices::revoke,
        devices::rename,
        session::current,
        session::open,
        session::passkey,
        session::renew,
        session::logout,
        live::session_events,
        crate::ops::jwks,
    ),
    components(schemas(PhoneEvent)),
    modifiers(&Credentials),
    tags(
        (name = "requesting device", description = "The desktop browser or kiosk tablet that shows the QR code"),
        (name = "approving device", description = "The phone (a native app, or the site's mobile pages) that scans and decides"),
        (name = "logged-in browser", description = "The requesting browser once a phone approved it"),
        (name = "other services", description = "Services that verify this site's access tokens"),
    )
)]
pub struct ApiDoc;

/// The credentials the operations name.
struct Credentials;

impl Modify for Credentials {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = |format: &str, description: &str| {
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format(format)
                    .description(Some(description))
                    .build(),
            )
        };
        let cookie = |name: &str, description: &str| {
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                name,
                description,
            )))
        };
        components.add_security_scheme(
            "deviceToken",
            bearer("{id}.{secret}", "deviceToken from /api/auth/login"),
        );
        components.add_security_scheme(
            "deviceCookie",
            cookie(
                "qr_device",
                "the site's mobile pages (__Host-qr_device over https)",
            ),
        );
        components.add_security_scheme(
            "accessToken",
            bearer(
                "JWT (EdDSA)",
                "accessToken from qr_authorized or /api/session/token",
            ),
        );
        components.add_security_scheme(
            "sessionCookie",
            cookie(
                "qr_session",
                "the logged-in browser (__Host-qr_session over https)",
            ),
        );
        components.add_security_scheme(
            "bindingCookie",
            cookie(
                "qr_bind",
                "the browser that showed the code (__Host-qr_bind over https)",
            ),
        );
    }
}

/// The document as served and checked in.
pub fn document() -> &'static str {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let mut text = ApiDoc::openapi()
            .to_pretty_json()
            .unwrap_or_else(|e| format!("{{\"error\":\"internal\",\"message\":\"{e}\"}}"));
        text.push('\n');
        text
    })
}

/// `GET /api/openapi.json`.
pub async fn serve() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], document())
}
