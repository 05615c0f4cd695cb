//! The headers of every HTML page (server side): a Content-Security-Policy
//! that lets only this site's own scripts run (the hydration script by its
//! per-response nonce, the WASM by `'wasm-unsafe-eval'`), and no caching,
//! since every page is someone's own (a login code, an account). Forms
//! post to this site, whose answer may send the browser on to a
//! registered app (`Clients::return_origins`): browsers hold a form's
//! redirects to `form-action` too.

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
    let apps: String = settings
        .oidc_clients
        .return_origins()
        .iter()
        .map(|origin| format!(" {origin}"))
        .collect();
    format!(
        "default-src 'none'; \
         script-src 'self' 'wasm-unsafe-eval'{script_nonce}; \
         style-src 'self'; \
         img-src 'self' data:; \
         connect-src 'self' {socket}{reload}; \
         manifest-src 'self'; \
         base-uri 'none'; form-action 'self'{apps}; frame-ancestors 'none'",
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
        assert!(policy.contains("form-action 'self';"), "{policy}");
    }

    /// A form of the provider's pages goes back to an app: its origins, and
    /// only those, may end a form's redirects.
    #[test]
    fn forms_may_lead_back_to_the_registered_apps_only() {
        use auth::oidc::clients::{ClientEntry, ClientFile, Clients};
        let entry = |id: &str, uri: &str| ClientEntry {
            post_logout_redirect_uris: vec!["https://shop.example/bye".into()],
            backchannel_logout_uri: Some("https://hook.example/logout".into()),
            ..ClientEntry::new(id, "App", uri)
        };
        let clients = Clients::new(ClientFile {
            clients: vec![
                entry("shop", "https://shop.example/cb"),
                entry("tool", "http://localhost:4000/cb"),
            ],
        })
        .unwrap();
        let settings = Settings {
            oidc_clients: clients,
            ..Settings::local()
        };
        let policy = content_security_policy(&settings, None);
        assert!(
            policy.contains("form-action 'self' http://localhost:4000 https://shop.example;"),
            "{policy}"
        );
        assert!(!policy.contains("hook.example"), "{policy}");
    }
}
