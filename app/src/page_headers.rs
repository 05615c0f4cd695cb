//! The headers of every HTML page (server side): a Content-Security-Policy
//! that lets only this site's own scripts run (the hydration script by its
//! per-response nonce, the WASM by `'wasm-unsafe-eval'`), and no caching,
//! since every page is someone's own (a login code, an account).

use axum::http::{header, HeaderValue};
use leptos::nonce::use_nonce;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::state::AppState;
use auth::Settings;

/// The policy of a page whose inline scripts carry `nonce`.
pub fn content_security_policy(settings: &Settings, nonce: Option<&str>) -> String {
    let script_nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    let reload = settings
        .dev_reload
        .as_deref()
        .map(|origin| format!(" {origin}"))
        .unwrap_or_default();
    format!(
        "default-src 'none'; \
         script-src 'self' 'wasm-unsafe-eval'{script_nonce}; \
         style-src 'self'; \
         img-src 'self' data:; \
         connect-src 'self' {socket}{reload}; \
         manifest-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        socket = settings.socket_origin(),
    )
}

/// Puts the page headers on the response being rendered.
pub fn set() {
    let (Some(response), Some(state)) =
        (use_context::<ResponseOptions>(), use_context::<AppState>())
    else {
        return;
    };
    let nonce = use_nonce();
    let policy = content_security_policy(&state.core.settings, nonce.as_deref());
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
    response.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_only_the_sites_own_code_and_no_framing() {
        let settings = Settings {
            public_url: "https://login.example.com".into(),
            ..Settings::local()
        };
        let policy = content_security_policy(&settings, Some("abc"));
        for part in [
            "default-src 'none'",
            "script-src 'self' 'wasm-unsafe-eval' 'nonce-abc'",
            "connect-src 'self' wss://login.example.com",
            "frame-ancestors 'none'",
            "base-uri 'none'",
        ] {
            assert!(policy.contains(part), "{part} missing from {policy}");
        }
        // No inline script, and no inline style either (CSS can read a page out).
        assert!(!policy.contains("unsafe-inline"), "{policy}");
    }
}
