//! In the browser: the strings the server wrote on the page for its
//! islands (`catalog::island_words`), looked up and filled in. No message
//! file and no formatter ship in the WASM, and no `&str` search either
//! (core's two-way searcher alone is 3 KB): values are found by scanning
//! for `{`.

use js_sys::{Array, Intl, Object, Reflect, JSON};
use wasm_bindgen::JsValue;

use super::{Arg, Lang};

/// The element whose `data-words` holds the strings (the server's
/// `app::shell` writes it).
const WORDS_ID: &str = "words";

/// The page's strings and its language (`<html lang>`), read once.
struct Page {
    words: JsValue,
    lang: Lang,
}

thread_local! {
    static PAGE: Page = {
        let document = web_sys::window().and_then(|window| window.document());
        let words = document
            .as_ref()
            .and_then(|document| document.get_element_by_id(WORDS_ID))
            .and_then(|element| element.get_attribute("data-words"))
            .and_then(|json| JSON::parse(&json).ok())
            .unwrap_or(JsValue::UNDEFINED);
        let lang = document
            .and_then(|document| document.document_element())
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default();
        Page { words, lang }
    };
}

/// The page's language, from `<html lang>`.
pub fn page_lang() -> Lang {
    PAGE.with(|page| page.lang)
}

fn word(key: &str) -> Option<String> {
    PAGE.with(|page| {
        Reflect::get(&page.words, &JsValue::from_str(key))
            .ok()?
            .as_string()
    })
}

/// The browser's own CLDR plural rules: which form `number` takes.
fn category(lang: Lang, number: u64) -> Option<String> {
    let locales = Array::of1(&JsValue::from_str(lang.code()));
    let rules = Intl::PluralRules::new(&locales, &Object::new());
    rules.select(number as f64).as_string()
}

/// Where `byte` (ASCII) is in `text`: a plain loop, where a `char` search
/// would bring core's searcher into the WASM.
fn byte_at(text: &str, byte: u8) -> Option<usize> {
    text.bytes().position(|each| each == byte)
}

/// The message `key` with `args`, in the page's language (`lang` is the
/// page's: the server wrote only that language's strings). A template
/// shows a value as `{$name}` and a number that picks the form as `{#}`.
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let number = args.iter().find_map(|(_, arg)| match arg {
        Arg::Num(number) => Some(*number),
        Arg::Str(_) => None,
    });
    let plural = number
        .and_then(|number| category(lang, number))
        .and_then(|category| word(&format!("{key}#{category}")));
    let Some(template) = plural.or_else(|| word(key)) else {
        return key.to_owned();
    };
    let mut text = String::new();
    let mut rest = template.as_str();
    while let Some(open) = byte_at(rest, b'{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = byte_at(after, b'}') else {
            text.push('{');
            rest = after;
            continue;
        };
        let name = &after[..close];
        let after = &after[close + 1..];
        let value = match name.strip_prefix('$') {
            Some(name) => args
                .iter()
                .find(|(each, _)| *each == name)
                .map(|(_, arg)| arg),
            // `{#}`: the number.
            None => args
                .iter()
                .map(|(_, arg)| arg)
                .find(|arg| matches!(arg, Arg::Num(_))),
        };
        match value {
            Some(Arg::Str(value)) => text.push_str(value),
            Some(Arg::Num(number)) => text.push_str(&number.to_string()),
            None => {
                text.push('{');
                text.push_str(name);
                text.push('}');
            }
        }
        rest = after;
    }
    text.push_str(rest);
    text
}
