//! What every request passes through before a handler, and every response
//! on its way out: the same-origin rule for anything that changes state, a
//! bound on body size and on time, the security headers, caching rules and
//! compression.

use axum::body::Body;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{Request, State};
use axum::http::{
    header, Extensions, HeaderMap, HeaderName, HeaderValue, Method, Response, StatusCode, Version,
};
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use axum::{BoxError, Router};
use tower::ServiceBuilder;
use tower_http::compression::predicate::{DefaultPredicate, Predicate as _};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use app::state::AppState;
use auth::settings::BODY_LIMIT_BYTES;
use auth::{cookies, ApiError, Core, Settings};

/// Wraps `router` in the edge's layers.
pub fn wrap(router: Router<AppState>, core: &Core) -> Router<AppState> {
    let settings = &core.settings;
    let mut router = router
        .layer(middleware::from_fn_with_state(core.clone(), guard))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(timed_out))
                .timeout(settings.limits.request_timeout),
        )
        .layer(overriding(header::X_FRAME_OPTIONS, "DENY"))
        // Not `no-referrer`: under it a form post says `Origin: null`, and
        // over plain http (a phone on a LAN) nothing else says where it
        // came from. `same-origin` keeps the approve page's URL (it holds
        // a code) from every other site all the same.
        .layer(overriding(header::REFERRER_POLICY, "same-origin"))
        .layer(overriding(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ))
        .layer(overriding(
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ))
        // Pages set their own policy (with the nonce of their script);
        // anything else may not run or embed anything.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        ))
        .layer(middleware::from_fn(caching))
        .layer(middleware::map_response(redirect_without_body));
    if settings.public_url.starts_with("https://") {
        router = router.layer(overriding(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000",
        ));
    }
    // A JSON error's words in the caller's language: around every error
    // above (the guard's, a timeout's), inside the compression below.
    router = router.layer(middleware::from_fn_with_state(
        core.clone(),
        crate::language::localize_errors,
    ));
    // HTML and JSON on the fly (brotli or gzip, as the browser accepts);
    // the site's files come precompressed (`cargo leptos build -P`) and keep
    // their encoding. Never a WebSocket upgrade. No page puts request input
    // beside a secret, which compressed answers could otherwise leak (BREACH).
    router.layer(
        CompressionLayer::new().compress_when(
            DefaultPredicate::new()
                .and(not_an_upgrade as fn(StatusCode, Version, &HeaderMap, &Extensions) -> bool),
        ),
    )
}

fn not_an_upgrade(status: StatusCode, _: Version, _: &HeaderMap, _: &Extensions) -> bool {
    status != StatusCode::SWITCHING_PROTOCOLS
}

/// A plain form post's answer is where to go next (303): it carries no
/// body, so no JSON ever reaches a browser that navigates.
async fn redirect_without_body(response: Response<Body>) -> Response<Body> {
    if response.status() != StatusCode::SEE_OTHER {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::empty())
}

/// The site's files under `/pkg` have their content's hash in their names
/// (`hash-files`): cached for a year, never asked again. The pages' own
/// scripts (`/scan/`: a script and the WASM it was built with; `/passkey/`;
/// `/words.js`, which reads their words off the page), unhashed, are asked again each time, so that a cache never pairs one
/// with an older page or WASM; an unchanged file is a short 304. Other static files a day. HTML
/// and JSON are someone's own (a code, a session, an account): never stored
/// by a cache.
async fn caching(request: Request, next: Next) -> axum::response::Response {
    let path = request.uri().path();
    let hashed = path.starts_with("/pkg/");
    let unhashed =
        path.starts_with("/scan/") || path.starts_with("/passkey/") || path == "/words.js";
    let mut response = next.run(request).await;
    if response.headers().contains_key(header::CACHE_CONTROL) {
        return response;
    }
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let personal =
        kind.is_empty() || kind.starts_with("text/html") || kind.starts_with("application/json");
    let policy = if personal || !response.status().is_success() {
        "no-store"
    } else if hashed {
        "public, max-age=31536000, immutable"
    } else if unhashed {
        "no-cache"
    } else {
        "public, max-age=86400"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}

fn overriding(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
}

async fn timed_out(error: BoxError) -> axum::response::Response {
    if error.is::<tower::timeout::error::Elapsed>() {
        ApiError::Timeout.into_response()
    } else {
        ApiError::internal(error).into_response()
    }
}

/// The paths another site's page posts to by design, let through the
/// same-origin rule:
/// - an app's page posting its sign-in request (`POST /oauth/authorize`),
///   which changes nothing here (it is answered by the same request as a
///   GET);
/// - the provider's endpoints an app calls, a single-page app from its
///   own origin (docs/oidc.md, CORS): they read no cookie, the request
///   itself proves the caller (a client secret, a PKCE verifier, a bearer
///   token), so another site's page can do nothing there that a script
///   anywhere could not.
const CROSS_SITE_BY_DESIGN: &[&str] = &[
    "/oauth/authorize",
    "/oauth/token",
    "/oauth/device_authorization",
    "/oauth/revoke",
    "/oauth/introspect",
    "/oauth/userinfo",
];

/// Refuses, before any handler runs, what must never reach one: a request
/// that changes state from another site's page, and a body declared larger
/// than any endpoint reads.
async fn guard(State(core): State<Core>, request: Request, next: Next) -> axum::response::Response {
    if !CROSS_SITE_BY_DESIGN.contains(&request.uri().path()) {
        if let Err(error) = same_origin(&core.settings, request.method(), request.headers()) {
            return error.into_response();
        }
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > BODY_LIMIT_BYTES as u64) {
        return ApiError::TooLarge {
            limit: BODY_LIMIT_BYTES,
        }
        .into_response();
    }
    next.run(request).await
}

/// A request that changes state (anything but GET, HEAD, OPTIONS) comes from
/// this site's own pages, or from a client that is not a browser:
/// - an `Origin` header, when the browser sends a real one, is `PUBLIC_URL`'s;
/// - else `Sec-Fetch-Site` says `same-origin` (a browser may send
///   `Origin: null`, e.g. from a page under `Referrer-Policy: no-referrer`,
///   and says this over https or localhost);
/// - else, with neither header, the request must not carry the site's
///   cookies: a native app or a script authenticates with a Bearer token,
///   which no other site's page can make a browser send.
pub fn same_origin(
    settings: &Settings,
    method: &Method,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    let origin = header_text(headers, header::ORIGIN.as_str());
    let fetch_site = header_text(headers, "sec-fetch-site");
    match (origin, fetch_site) {
        (Some(origin), _) if origin != "null" => {
            if origin == settings.public_url {
                Ok(())
            } else {
                Err(cross_site(&format!("a page of {origin}"), settings))
            }
        }
        (_, Some(site)) => {
            if site == "same-origin" {
                Ok(())
            } else {
                Err(cross_site(&format!("a {site} page"), settings))
            }
        }
        (Some(_), None) => Err(cross_site("a page that hides its origin", settings)),
        (None, None) if cookies::any_present(headers, settings) => {
            Err(cross_site("a client that names no origin", settings))
        }
        (None, None) => Ok(()),
    }
}

/// For WebSockets, which browsers open with the page's real `Origin` always:
/// only this site's pages may open one (a client without `Origin`, not a
/// browser, is let through).
pub fn socket_origin(settings: &Settings, headers: &HeaderMap) -> Result<(), ApiError> {
    match header_text(headers, header::ORIGIN.as_str()) {
        None => Ok(()),
        Some(origin) if origin == settings.public_url => Ok(()),
        Some(origin) => Err(cross_site(&format!("a page of {origin}"), settings)),
    }
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .map(|v| v.to_str().unwrap_or("(not text)"))
}

fn cross_site(from: &str, settings: &Settings) -> ApiError {
    let from: String = from.chars().take(120).collect();
    ApiError::CrossSite(format!(
        "refused: this request came from {from}, not from {} (PUBLIC_URL)",
        settings.public_url
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn the_same_origin_rule() {
        let settings = Settings::local();
        let post = Method::POST;
        let ours = settings.public_url.clone();
        let allowed = [
            headers(&[("origin", &ours)]),
            headers(&[("origin", "null"), ("sec-fetch-site", "same-origin")]),
            headers(&[("sec-fetch-site", "same-origin"), ("cookie", "qr_device=x")]),
            headers(&[("authorization", "Bearer t")]),
            headers(&[]),
        ];
        for h in &allowed {
            assert!(same_origin(&settings, &post, h).is_ok(), "{h:?}");
        }
        let refused = [
            headers(&[("origin", "https://evil.example")]),
            headers(&[("origin", "http://127.0.0.1:3000.evil.example")]),
            headers(&[("origin", "null")]),
            headers(&[("origin", "null"), ("sec-fetch-site", "same-site")]),
            headers(&[("sec-fetch-site", "cross-site")]),
            headers(&[("sec-fetch-site", "same-site")]),
            headers(&[("cookie", "qr_device=abc")]),
            headers(&[("cookie", "qr_session=abc; other=1")]),
            headers(&[
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "same-origin"),
            ]),
        ];
        for h in &refused {
            let error = same_origin(&settings, &post, h).err();
            assert!(matches!(error, Some(ApiError::CrossSite(_))), "{h:?}");
        }
        // Reading is never refused here; what it may see is the handler's call.
        assert!(same_origin(&settings, &Method::GET, &refused[0]).is_ok());
    }

    #[test]
    fn sockets_open_only_from_the_sites_pages() {
        let settings = Settings::local();
        let ours = settings.public_url.clone();
        assert!(socket_origin(&settings, &headers(&[("origin", &ours)])).is_ok());
        assert!(socket_origin(&settings, &headers(&[])).is_ok());
        for foreign in ["null", "https://evil.example", "http://localhost:3000"] {
            assert!(socket_origin(&settings, &headers(&[("origin", foreign)])).is_err());
        }
    }
}
