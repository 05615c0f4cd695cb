//! Which language a request gets: a link's `?lang=`, then the language the
//! person chose in the menu (a cookie), then the browser's `Accept-Language`,
//! then English.

use std::sync::LazyLock;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The language for a request: `query` is `?lang=`'s value, `cookie` the
/// menu's cookie's (`qr_lang`), `accept` the `Accept-Language` header. A value that is
/// not one of ours is passed over, never an error.
pub fn choose(query: Option<&str>, cookie: Option<&str>, accept: Option<&str>) -> Lang {
    query
        .and_then(Lang::from_code)
        .or_else(|| cookie.and_then(Lang::from_code))
        .or_else(|| accept.and_then(accepted))
        .unwrap_or_default()
}

/// The best of ours for an `Accept-Language` header: `pt` gets Brazilian
/// Portuguese, `zh` and `zh-Hans` Simplified Chinese, `de-AT` German.
fn accepted(header: &str) -> Option<Lang> {
    // A header is short; a hostile one is cut before it is parsed.
    let header: String = header.chars().take(512).collect();
    let requested = ranked(&header);
    // Ours, parsed once (every page asks), in `Lang::ALL`'s order.
    static AVAILABLE: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|lang| lang.code().parse().unwrap_or_default())
            .collect()
    });
    // Filtering: every match, in the browser's order of preference.
    let chosen = negotiate_languages(&requested, &AVAILABLE, None, NegotiationStrategy::Filtering);
    let first = chosen.first()?;
    let at = AVAILABLE.iter().position(|each| each == *first)?;
    Lang::ALL.get(at).copied()
}

/// The header's languages, most wanted first (`q`, 1 when absent; a
/// stable sort keeps the header's order between equals); `q=0`, a `q`
/// outside 0 to 1 and what does not parse are left out.
fn ranked(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim().parse().ok()?;
            let weight = parts.find_map(|part| {
                let (name, value) = part.split_once('=')?;
                name.trim().eq_ignore_ascii_case("q").then_some(value)
            });
            let weight = match weight {
                Some(q) => q.trim().parse::<f32>().ok()?,
                None => 1.0,
            };
            (weight > 0.0 && weight <= 1.0).then_some((weight, tag))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_beats_the_cookie_which_beats_the_browser() {
        assert_eq!(choose(Some("ja"), Some("de"), Some("fr")), Lang::Ja);
        assert_eq!(choose(None, Some("de"), Some("fr")), Lang::De);
        assert_eq!(choose(None, None, Some("fr")), Lang::Fr);
        assert_eq!(choose(None, None, None), Lang::En);
        // What is not ours is passed over.
        assert_eq!(choose(Some("xx"), Some("nonsense"), Some("ar")), Lang::Ar);
        assert_eq!(choose(None, None, Some("sv, nb;q=0.8")), Lang::En);
    }

    #[test]
    fn the_browser_s_order_and_regions_are_respected() {
        let cases = [
            ("de-AT,de;q=0.9,en;q=0.8", Lang::De),
            ("sv,fr;q=0.5,en;q=0.4", Lang::Fr),
            ("pt-PT,pt;q=0.9", Lang::PtBr),
            ("pt-BR", Lang::PtBr),
            ("zh-Hans-CN,zh;q=0.9", Lang::ZhCn),
            ("zh", Lang::ZhCn),
            ("ar-EG", Lang::Ar),
            ("en-GB,ja;q=0.9", Lang::En),
            ("ja;q=0.9,hi;q=0.95", Lang::Hi),
            ("*", Lang::En),
            ("fr;Q=0.1, de;q=0.5", Lang::De),
            ("ja;q=2, es;q=0.9", Lang::Es),
            ("ja;q=inf, es;q=0.9", Lang::Es),
            // Traditional Chinese readers get Simplified rather than English.
            ("zh-TW, en;q=0.5", Lang::ZhCn),
        ];
        for (header, lang) in cases {
            assert_eq!(choose(None, None, Some(header)), lang, "{header}");
        }
        let hostile = "a;q=0.1,".repeat(10_000);
        assert_eq!(choose(None, None, Some(&hostile)), Lang::En);
    }
}
