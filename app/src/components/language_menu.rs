//! The language menu at the foot of every page (server only): a plain form (it works
//! without JavaScript) that the server answers with the cookie and a 303
//! back to the page (`server/src/language.rs`).

use leptos::prelude::*;

use crate::language::Lang;
use crate::t;

/// Where the menu's form posts.
pub const LANGUAGE_PATH: &str = "/language";

#[component]
pub fn LanguageMenu(lang: Lang) -> impl IntoView {
    let options = Lang::ALL
        .into_iter()
        .map(|each| {
            view! {
                <option value=each.code() lang=each.code() selected=each == lang>
                    {each.name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <footer class="language-menu">
            <form method="post" action=LANGUAGE_PATH>
                <input type="hidden" name="next" value=here()/>
                <label for="language">{t!("common-language")}</label>
                <select id="language" name="lang">{options}</select>
                <button type="submit">{t!("common-language-change")}</button>
            </form>
        </footer>
    }
}

/// This page's path and query, without a `lang=` (the menu's choice
/// replaces a link's) and without an `error=` (said once, not again in
/// the new language), spelled as `return_path::onward` follows it.
fn here() -> String {
    let Some(parts) = use_context::<http::request::Parts>() else {
        return "/".into();
    };
    let kept: Vec<(String, String)> = parts
        .uri
        .query()
        .map(|query| {
            form_urlencoded::parse(query.as_bytes())
                .filter(|(name, _)| !matches!(name.as_ref(), "lang" | "error" | "retry"))
                .map(|(name, value)| (name.into_owned(), value.into_owned()))
                .collect()
        })
        .unwrap_or_default();
    let pairs: Vec<(&str, &str)> = kept.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    // The form encoding leaves `*` as it is; `onward` takes only `%2A`.
    protocol::return_path::with_query(parts.uri.path(), &pairs).replace('*', "%2A")
}
