//! Where the phone goes after signing in (`/signin?next=…`). Only pages of
//! this app are followed, each named exactly: a strict allow list, so no
//! spelling (`//host`, `/\host`, `/%09/host`, a scheme, an encoded byte) can
//! lead off the site.

use super::user_code::LoginCode;

/// Where a phone goes when `next` is missing or refused.
pub const DEFAULT: &str = "/phone";

/// Pages of the phone's side that a sign-in may lead back to.
const PAGES: &[&str] = &["/phone", "/devices", "/activity", "/phones", "/password"];

/// `raw` when it names a page of the app a phone may return to: one of
/// [`PAGES`], or a login code's approve page `/l/{token}` or `/l/{code}`,
/// spelled as the app spells it.
pub fn parse(raw: &str) -> Option<&str> {
    if PAGES.contains(&raw) {
        return Some(raw);
    }
    let code = raw.strip_prefix("/l/")?;
    LoginCode::parse(code)
        .ok()
        .filter(|parsed| parsed.path_form() == code)
        .map(|_| raw)
}

/// Where a computer goes once signed in (`/login?next=…`): a path of this
/// site, any page of it (a deployment may serve its own beside these),
/// spelled plainly: no way off the site (`//host`, `/\\host`, a scheme) and
/// nothing a browser would rewrite into one (whitespace, backslashes).
pub fn onward(raw: &str) -> Option<&str> {
    let rest = raw.strip_prefix('/')?;
    let plain = raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-_.~?=&%+".contains(&b));
    (plain && !rest.starts_with('/') && raw.len() <= 512).then_some(raw)
}

/// The page to go to after signing in: `next` if it is allowed, else [`DEFAULT`].
pub fn or_default(next: Option<&str>) -> String {
    next.and_then(parse).unwrap_or(DEFAULT).to_owned()
}

/// `base` (a path or a URL, with a query already or not) with `pairs` added
/// to its query, each percent-encoded: where a redirect sends a browser.
pub fn with_query(base: &str, pairs: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.extend_pairs(pairs);
    let query = query.finish();
    if query.is_empty() {
        return base.to_owned();
    }
    let separator = if base.contains('?') { '&' } else { '?' };
    format!("{base}{separator}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_redirect_keeps_the_query_it_has_and_encodes_what_it_adds() {
        let cb = "https://app.example/callback";
        assert_eq!(
            with_query(cb, &[("code", "a b"), ("state", "s&t")]),
            format!("{cb}?code=a+b&state=s%26t")
        );
        assert_eq!(
            with_query("https://a.example/cb?x=1", &[("code", "c")]),
            "https://a.example/cb?x=1&code=c"
        );
        assert_eq!(with_query("/recovery", &[]), "/recovery");
    }

    #[test]
    fn pages_of_the_app_are_followed() {
        for page in PAGES {
            assert_eq!(parse(page), Some(*page));
        }
        assert_eq!(
            parse("/l/AAAAAAAAAAAAAAAAAAAAAA"),
            Some("/l/AAAAAAAAAAAAAAAAAAAAAA")
        );
        assert_eq!(parse("/l/BCDFGHJK"), Some("/l/BCDFGHJK"));
        // Another spelling of the same typed code is not followed.
        for other in [
            "/l/bcdfghjk",
            "/l/BCDF-GHJK",
            "/l/BCDF%20GHJK",
            "/l/BCDF GHJK",
        ] {
            assert_eq!(parse(other), None, "{other}");
        }
    }

    #[test]
    fn every_spelling_of_another_site_is_refused() {
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/%09/evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/%0A/evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "/phone/../..//evil.example",
            "/phone?x=//evil.example",
            "/phone#//evil.example",
            "/PHONE",
            " /phone",
            "/l/AAAAAAAAAAAAAAAAAAAAAA/..",
            "/l/not-a-token",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(or_default(Some("//evil.example")), DEFAULT);
        assert_eq!(or_default(None), DEFAULT);
    }

    #[test]
    fn a_computer_goes_on_to_any_plain_path_of_the_site_only() {
        for good in [
            "/",
            "/app",
            "/app/orders?id=42&tab=open",
            "/%7Euser/a.b-c_d+e",
        ] {
            assert_eq!(onward(good), Some(good));
        }
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/%09/evil.example".replace("%09", "\t").as_str(),
            "/\n/evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "app",
            " /app",
            "/app#x",
            "",
        ] {
            assert_eq!(onward(bad), None, "{bad:?}");
        }
        assert_eq!(onward(&format!("/{}", "a".repeat(600))), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn whatever_is_followed_is_a_same_site_path_of_safe_characters(raw in any::<String>()) {
            if let Some(path) = parse(&raw) {
                prop_assert!(path.starts_with('/') && !path.starts_with("//"));
                prop_assert!(path.bytes().all(|b| b.is_ascii_alphanumeric() || b"/-_".contains(&b)));
            }
        }

        #[test]
        fn whatever_a_computer_goes_on_to_stays_on_the_site(raw in any::<String>()) {
            if let Some(path) = onward(&raw) {
                prop_assert!(path.starts_with('/') && !path.starts_with("//"));
                prop_assert!(!path.contains('\\') && !path.contains(':'));
                prop_assert!(path.bytes().all(|b| b.is_ascii_graphic()));
            }
        }

        #[test]
        fn prefixes_and_suffixes_around_an_allowed_page_are_refused(
            page in proptest::sample::select(PAGES),
            before in "[^/]{1,8}|/{2,3}|\\\\",
            after in "[/?#\\\\%.:@]{1}.{0,8}",
        ) {
            let prefixed = format!("{before}{page}");
            let suffixed = format!("{page}{after}");
            prop_assert_eq!(parse(&prefixed), None);
            prop_assert_eq!(parse(&suffixed), None);
        }
    }
}
