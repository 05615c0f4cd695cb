//! The site's five cookies, their names and their attributes, in one place.
//!
//! Over https each name carries the `__Host-` prefix: the browser then keeps
//! such a cookie only if this very host set it, `Secure`, for path `/`, with
//! no `Domain`, so a page on a sibling subdomain cannot plant one (a known
//! binding secret, an attacker's session) for this site.

use std::time::Duration;

use axum::http::HeaderMap;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::Settings;
use protocol::{BindingSecret, HoldSecret};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `qr_bind`: the requesting browser's binding secret. Strict: no other
    /// site's page can make the browser send it.
    Binding,
    /// `qr_device`: the phone's device token, for the project's mobile pages.
    Device,
    /// `qr_session`: the logged-in browser's session.
    Session,
    /// `qr_hold`: a phone signing in to approve a code it opened, which
    /// waits for it meanwhile.
    Hold,
    /// `qr_lang`: the language chosen in the pages' menu (no secret: a
    /// planted one changes only the words).
    Language,
}

const KINDS: [Kind; 5] = [
    Kind::Binding,
    Kind::Device,
    Kind::Session,
    Kind::Hold,
    Kind::Language,
];

impl Kind {
    /// The cookie's name: with `__Host-` whenever cookies are `Secure`.
    pub fn name(self, settings: &Settings) -> &'static str {
        match (self, settings.cookie_secure) {
            (Self::Binding, false) => "qr_bind",
            (Self::Binding, true) => "__Host-qr_bind",
            (Self::Device, false) => "qr_device",
            (Self::Device, true) => "__Host-qr_device",
            (Self::Session, false) => "qr_session",
            (Self::Session, true) => "__Host-qr_session",
            (Self::Hold, false) => "qr_hold",
            (Self::Hold, true) => "__Host-qr_hold",
            (Self::Language, false) => "qr_lang",
            (Self::Language, true) => "__Host-qr_lang",
        }
    }

    fn same_site(self) -> SameSite {
        match self {
            Self::Binding => SameSite::Strict,
            // A link to the site from elsewhere (a mail, a search result)
            // still opens it signed in; what changes state is guarded by the
            // same-origin check at the edge instead.
            // The hold is asked for by a link opened from a camera.
            Self::Device | Self::Session | Self::Hold | Self::Language => SameSite::Lax,
        }
    }
}

/// The value of cookie `kind` in a request, if present and not empty.
pub fn read(headers: &HeaderMap, kind: Kind, settings: &Settings) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(kind.name(settings))
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
}

/// The binding secret the browser sent, if it is of the right form.
pub fn binding(headers: &HeaderMap, settings: &Settings) -> Option<BindingSecret> {
    read(headers, Kind::Binding, settings).and_then(|v| BindingSecret::parse(&v).ok())
}

/// The digest of the hold secret the phone sent, if it is of the right form.
pub fn holder(headers: &HeaderMap, settings: &Settings) -> Option<String> {
    read(headers, Kind::Hold, settings)
        .and_then(|v| HoldSecret::parse(&v).ok())
        .map(|secret| secret.digest())
}

/// True when the request carries any of the site's cookies: then it speaks
/// for a browser, and must prove it comes from the site's own pages.
pub fn any_present(headers: &HeaderMap, settings: &Settings) -> bool {
    KINDS
        .iter()
        .any(|kind| read(headers, *kind, settings).is_some())
}

/// Cookie `kind` holding `value`: HttpOnly, path `/`, `Secure` where the site
/// is served over TLS. `max_age` `None` makes a cookie that ends with the
/// browser session.
pub fn make(
    kind: Kind,
    value: String,
    max_age: Option<Duration>,
    settings: &Settings,
) -> Cookie<'static> {
    let mut cookie = Cookie::build((kind.name(settings), value))
        .path("/")
        .http_only(true)
        .same_site(kind.same_site())
        .secure(settings.cookie_secure)
        .build();
    if let Some(age) = max_age {
        cookie.set_max_age(time::Duration::seconds(
            i64::try_from(age.as_secs()).unwrap_or(i64::MAX),
        ));
    }
    cookie
}

/// How long the pages' language menu remembers a choice.
pub const LANGUAGE_REMEMBERED: Duration = Duration::from_secs(365 * 24 * 3600);

/// The cookie that remembers the language `code` (a tag of the site's).
pub fn language(code: &str, settings: &Settings) -> Cookie<'static> {
    make(
        Kind::Language,
        code.to_owned(),
        Some(LANGUAGE_REMEMBERED),
        settings,
    )
}

/// The `Set-Cookie` that removes cookie `kind`.
pub fn removal(kind: Kind, settings: &Settings) -> Cookie<'static> {
    make(kind, String::new(), Some(Duration::ZERO), settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn settings(secure: bool) -> Settings {
        Settings {
            cookie_secure: secure,
            ..Settings::local()
        }
    }

    #[test]
    fn over_https_every_cookie_is_host_prefixed_and_secure() {
        let https = settings(true);
        for kind in KINDS {
            let text = make(kind, "v".into(), None, &https).to_string();
            assert!(text.starts_with("__Host-qr_"), "{text}");
            for part in ["Secure", "HttpOnly", "Path=/"] {
                assert!(text.contains(part), "{part} missing: {text}");
            }
            assert!(!text.contains("Domain"), "{text}");
        }
        let http = make(Kind::Binding, "v".into(), None, &settings(false)).to_string();
        assert!(
            http.starts_with("qr_bind=v") && !http.contains("Secure"),
            "{http}"
        );
        assert!(http.contains("SameSite=Strict"), "{http}");
    }

    #[test]
    fn a_cookie_of_the_wrong_name_is_not_read() {
        let mut headers = HeaderMap::new();
        headers.insert("cookie", "qr_bind=plain".parse().unwrap());
        assert_eq!(read(&headers, Kind::Binding, &settings(true)), None);
        assert_eq!(
            read(&headers, Kind::Binding, &settings(false)).as_deref(),
            Some("plain")
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn any_cookie_header_reads_without_panic_and_yields_only_what_it_holds(raw in any::<Vec<u8>>()) {
            let mut headers = HeaderMap::new();
            if let Ok(value) = axum::http::HeaderValue::from_bytes(&raw) {
                headers.insert("cookie", value);
            }
            for secure in [false, true] {
                let settings = settings(secure);
                for kind in KINDS {
                    if let Some(value) = read(&headers, kind, &settings) {
                        prop_assert!(!value.is_empty());
                        prop_assert!(String::from_utf8_lossy(&raw).contains(&value));
                    }
                }
            }
        }
    }
}
