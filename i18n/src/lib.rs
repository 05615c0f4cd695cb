//! The words a person reads, in the person's language.
//!
//! Every sentence lives in `locales/<language>.ftl` (Project Fluent, the
//! format translators use); English is the source. The server formats them
//! (feature `server`, [`text`]). An island's words reach the browser already
//! chosen: the server writes the page's language's strings for that
//! island's keys on the page ([`island_words`]), and the WASM (feature
//! `browser`) only looks them up and fills in the values, so the bundle
//! carries neither Fluent nor any language's text.

#[cfg(feature = "browser")]
mod browser;
#[cfg(feature = "server")]
mod catalog;
#[cfg(feature = "server")]
mod negotiate;

use std::borrow::Cow;

#[cfg(feature = "browser")]
pub use browser::{page_lang, text};
#[cfg(feature = "server")]
pub use catalog::{island_words, text};
#[cfg(feature = "server")]
pub use negotiate::choose;

/// The languages the pages speak, English first (the source and the
/// fallback).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    De,
    Fr,
    PtBr,
    Ja,
    ZhCn,
    Hi,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 9] = [
        Lang::En,
        Lang::Es,
        Lang::De,
        Lang::Fr,
        Lang::PtBr,
        Lang::Ja,
        Lang::ZhCn,
        Lang::Hi,
        Lang::Ar,
    ];

    /// The BCP 47 tag: `<html lang>`, the cookie's value, `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Hi => "hi",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name for itself, as the language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Hi => "हिन्दी",
            Lang::Ar => "العربية",
        }
    }

    /// `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language of a tag, ASCII case aside (`pt-br` is `pt-BR`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

/// A value a message fills in: a name, or a number (which also picks the
/// plural form).
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(value))
    }
}

/// A mark that stands for an element inside a sentence (a link, a name in
/// bold), cut there afterwards.
impl From<char> for Arg<'_> {
    fn from(value: char) -> Self {
        Arg::Str(Cow::Owned(value.into()))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Str(Cow::Owned(value))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(value: $t) -> Self {
                Arg::Num(value as u64)
            }
        }
    )*};
}
number_args!(u64, u32, u16, u8, usize);

/// The message `key` in `lang`, with its values:
/// `tr!(lang, "expiry-left", n = 42)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::text($lang, $key, &[$((stringify!($name), $crate::Arg::from($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_one_language_whatever_its_case() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(Lang::from_code(&lang.code().to_lowercase()), Some(lang));
        }
        assert_eq!(Lang::from_code("pt"), None);
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Ja.dir(), "ltr");
    }
}
