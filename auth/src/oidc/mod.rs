//! OpenID Connect provider: any web app signs its users in with the phone
//! scan (authorization code flow with PKCE), and hears when the phone logs
//! them out (back-channel logout). docs/oidc.md is the contract.
//!
//! - `clients`: the registered apps (`OIDC_CLIENTS`);
//! - `errors`: the error codes apps are answered with, by their RFC names;
//! - `request`: an authorization request, checked without I/O, and PKCE;
//! - `pending`: the request kept while the person scans;
//! - `consent`: what the person allowed each app to learn, asked once;
//! - `provider`: codes, tokens, userinfo;
//! - `refresh`: refresh tokens, rotated at each use;
//! - `device`: the device grant, a terminal or TV signed in by the phone;
//! - `token`: the token endpoint, a code, a refresh token or a device's
//!   code for tokens;
//! - `authorize`: what the authorization endpoint decides (a code back,
//!   the QR page, a refusal), which the edge only renders;
//! - `logout`: the app's logout (RP-initiated), confirmed when the hint is old;
//! - `revocation`: an app ends or asks about its access token;
//! - `backchannel`: the logout tokens sent when a web session ends.
//!
//! The sign-in itself is this server's own: the QR page, the phone's
//! confirmation and the web session it creates; an app's sign-in is that
//! session, named by its id (`sid`) in the app's ID token.

pub mod authorize;
pub mod backchannel;
pub mod clients;
pub mod consent;
pub mod device;
pub mod errors;
pub mod logout;
pub mod pending;
pub mod provider;
pub mod refresh;
pub mod request;
pub mod revocation;
pub mod token;

pub use clients::{Client, Clients};

/// The discovery document (`/.well-known/openid-configuration`).
pub fn discovery(public_url: &str) -> serde_json::Value {
    serde_json::json!({
        "issuer": public_url,
        "authorization_endpoint": format!("{public_url}/oauth/authorize"),
        "token_endpoint": format!("{public_url}/oauth/token"),
        "userinfo_endpoint": format!("{public_url}/oauth/userinfo"),
        "jwks_uri": format!("{public_url}/.well-known/jwks.json"),
        "end_session_endpoint": format!("{public_url}/oauth/logout"),
        "device_authorization_endpoint": format!("{public_url}/oauth/device_authorization"),
        "revocation_endpoint": format!("{public_url}/oauth/revoke"),
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "introspection_endpoint": format!("{public_url}/oauth/introspect"),
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "scopes_supported": clients::SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token", token::DEVICE_CODE],
        "subject_types_supported": ["public", "pairwise"],
        "id_token_signing_alg_values_supported": ["ES256", "RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "code_challenge_methods_supported": ["S256"],
        "prompt_values_supported": ["none", "login"],
        "claims_supported": ["iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "amr", "sid", "azp", "name", "preferred_username"],
        "authorization_response_iss_parameter_supported": true,
        "backchannel_logout_supported": true,
        "backchannel_logout_session_supported": true,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "claims_parameter_supported": false,
    })
}
