//! The language of the page being made: the request's on the server
//! (`i18n::choose` over `?lang=`, the menu's cookie and `Accept-Language`),
//! `<html lang>` in the browser. `t!` formats a message in it.

pub use i18n::Lang;

/// The message `key` in the page's language: `t!("login-title")`,
/// `t!("expiry-left", n = seconds)`.
#[macro_export]
macro_rules! t {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        ::i18n::tr!($crate::language::lang(), $key $(, $name = $value)*)
    };
}

/// The language of this request (what `shell` chose and provided), or,
/// outside a page (a server function), the one its request asks for.
#[cfg(feature = "ssr")]
pub fn lang() -> Lang {
    use leptos::prelude::use_context;
    use_context::<Lang>()
        .or_else(|| use_context::<http::request::Parts>().map(|parts| of_request(&parts)))
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
pub fn lang() -> Lang {
    i18n::page_lang()
}

/// Says the page's language in `Content-Language`; a link's `?lang=` is
/// remembered as the menu's choice would be, so that what the page's
/// islands then ask the server comes back in it too.
#[cfg(feature = "ssr")]
pub fn answer_in(lang: Lang, parts: Option<&http::request::Parts>) {
    use leptos::prelude::use_context;
    let (Some(response), Some(state)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        crate::state::current(),
    ) else {
        return;
    };
    response.insert_header(
        http::header::CONTENT_LANGUAGE,
        http::HeaderValue::from_static(lang.code()),
    );
    let linked = parts
        .and_then(|parts| parts.uri.query())
        .is_some_and(|query| link_lang(query).as_deref().and_then(Lang::from_code) == Some(lang));
    if !linked {
        return;
    }
    let cookie = auth::cookies::language(lang.code(), &state.core.settings);
    if let Ok(value) = http::HeaderValue::from_str(&cookie.to_string()) {
        response.append_header(http::header::SET_COOKIE, value);
    }
}

/// `?lang=`'s value.
#[cfg(feature = "ssr")]
fn link_lang(query: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "lang")
        .map(|(_, value)| value.into_owned())
}

/// The language a request asks for (the site's settings name its cookie).
#[cfg(feature = "ssr")]
pub fn of_request(parts: &http::request::Parts) -> Lang {
    match crate::state::current() {
        Some(state) => requested(parts.uri.query(), &parts.headers, &state.core.settings),
        None => Lang::default(),
    }
}

/// The language for a request's query and headers.
#[cfg(feature = "ssr")]
pub fn requested(
    query: Option<&str>,
    headers: &http::HeaderMap,
    settings: &auth::settings::Settings,
) -> Lang {
    let link = query.and_then(link_lang);
    let chosen = auth::cookies::read(headers, auth::cookies::Kind::Language, settings);
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    i18n::choose(link.as_deref(), chosen.as_deref(), accept)
}
