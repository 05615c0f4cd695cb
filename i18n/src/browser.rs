//! In the browser: the strings the server wrote on the page for its
//! islands (`catalog::island_words`), looked up and filled in. No message
//! file and no formatter ship in the WASM.

use js_sys::{Array, Intl, Object, Reflect, JSON};
use wasm_bindgen::JsValue;

use super::{Arg, Lang};

/// The element whose `data-words` holds the strings (the server's
/// `app::shell` writes it).
const WORDS_ID: &str = "words";

thread_local! {
    static WORDS: JsValue = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(WORDS_ID))
        .and_then(|element| element.get_attribute("data-words"))
        .and_then(|json| JSON::parse(&json).ok())
        .unwrap_or(JsValue::UNDEFINED);
}

/// The page's language, from `<html lang>`.
pub fn page_lang() -> Lang {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

fn word(key: &str) -> Option<String> {
    WORDS.with(|words| {
        if words.is_undefined() {
            return None;
        }
        Reflect::get(words, &JsValue::from_str(key))
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

/// The message `key` with `args`, in the page's language (`lang` is the
/// page's: the server wrote only that language's strings).
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let number = args.iter().find_map(|(_, arg)| match arg {
        Arg::Num(number) => Some(*number),
        Arg::Str(_) => None,
    });
    let plural = number
        .and_then(|number| category(lang, number))
        .and_then(|category| word(&format!("{key}#{category}")));
    let Some(mut text) = plural.or_else(|| word(key)) else {
        return key.to_owned();
    };
    for (name, arg) in args {
        let value = match arg {
            Arg::Str(value) => value.to_string(),
            Arg::Num(number) => {
                let number = number.to_string();
                text = text.replace("{#}", &number);
                number
            }
        };
        text = text.replace(&format!("{{${name}}}"), &value);
    }
    text
}
