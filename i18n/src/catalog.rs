//! The message files, parsed once, and the two ways out of them: a sentence
//! formatted for a page or a JSON answer, and an island's strings for the
//! browser.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::{Arg, Lang};

/// Each language's file, in `Lang::ALL`'s order.
pub(crate) const FILES: [&str; 9] = [
    include_str!("../locales/en.ftl"),
    include_str!("../locales/es.ftl"),
    include_str!("../locales/de.ftl"),
    include_str!("../locales/fr.ftl"),
    include_str!("../locales/pt-BR.ftl"),
    include_str!("../locales/ja.ftl"),
    include_str!("../locales/zh-CN.ftl"),
    include_str!("../locales/hi.ftl"),
    include_str!("../locales/ar.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

struct Language {
    /// Formats sentences.
    words: Bundle,
    /// The same messages, with every number shown as `{#}`: the islands'
    /// templates, which the browser fills in.
    templates: Bundle,
    plurals: Option<PluralRules>,
}

/// Bidi isolation marks around values only where the page is right to
/// left (a Latin name inside Arabic); elsewhere they would only be noise.
fn bundle(lang: Lang, numbers_as_marks: bool) -> Bundle {
    let id = lang_id(lang);
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(lang.dir() == "rtl");
    if numbers_as_marks {
        bundle.set_formatter(Some(|value, _| match value {
            FluentValue::Number(_) => Some(NUMBER_MARK.to_owned()),
            _ => None,
        }));
    }
    let file = FILES[lang as usize];
    // A file that does not parse is a build-time mistake the unit tests
    // catch; the parser still returns every message it could read.
    let resource = FluentResource::try_new(file.to_owned()).unwrap_or_else(|(partial, _)| partial);
    // Duplicate ids (the tests refuse them) keep the first.
    let _ = bundle.add_resource(resource);
    bundle
}

fn lang_id(lang: Lang) -> LanguageIdentifier {
    lang.code().parse().unwrap_or_default()
}

static CATALOG: LazyLock<Vec<Language>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| Language {
            words: bundle(lang, false),
            templates: bundle(lang, true),
            plurals: PluralRules::create(lang_id(lang), PluralRuleType::CARDINAL).ok(),
        })
        .collect()
});

/// How an island's template shows its number.
const NUMBER_MARK: &str = "{#}";

/// The message `key` in `lang` with `args`; English where `lang` lacks it
/// (the tests see that none does), the key itself where English does.
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let mut values = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(text) => values.set(*name, FluentValue::from(text.as_ref())),
            Arg::Num(number) => values.set(*name, FluentValue::from(*number)),
        }
    }
    format(&CATALOG[lang as usize].words, key, &values)
        .or_else(|| format(&CATALOG[Lang::En as usize].words, key, &values))
        .unwrap_or_else(|| key.to_owned())
}

fn format(bundle: &Bundle, key: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

/// The JSON object of `lang`'s strings for every message whose key begins
/// with one of `prefixes` (an island's): a value shows as `{$name}` and a
/// number as `{#}`; a message whose words change with a number has one
/// entry per plural category of the language, `key#one`, `key#few`…,
/// beside `key` (the `other` form), and the browser picks with
/// `Intl.PluralRules`.
pub fn island_words(lang: Lang, prefixes: &'static [&'static str]) -> Arc<str> {
    // A page asks for one of a few sets, in one of nine languages: each
    // made once.
    type Made = HashMap<(Lang, &'static [&'static str]), Arc<str>>;
    static MADE: LazyLock<Mutex<Made>> = LazyLock::new(Default::default);
    let key = (lang, prefixes);
    if let Some(words) = MADE.lock().ok().and_then(|made| made.get(&key).cloned()) {
        return words;
    }
    let words: Arc<str> = make_island_words(lang, prefixes).into();
    if let Ok(mut made) = MADE.lock() {
        made.insert(key, words.clone());
    }
    words
}

fn make_island_words(lang: Lang, prefixes: &[&str]) -> String {
    let language = &CATALOG[lang as usize];
    let mut words = serde_json::Map::new();
    let wanted = |key: &str| prefixes.iter().any(|prefix| key.starts_with(prefix));
    for message in SOURCE.iter().filter(|message| wanted(&message.key)) {
        let args = |number: u64| {
            let mut args = FluentArgs::new();
            for variable in &message.variables {
                let value = match message.selectors.contains(variable) {
                    true => FluentValue::from(number),
                    false => FluentValue::from(format!("{{${variable}}}")),
                };
                args.set(variable.as_str(), value);
            }
            args
        };
        if !message.selectors.is_empty() {
            for (category, number) in representatives(language) {
                if let Some(text) = format(&language.templates, &message.key, &args(number)) {
                    words.insert(format!("{}#{category}", message.key), text.into());
                }
            }
        }
        // 1000 is `other` in every language here.
        if let Some(text) = format(&language.templates, &message.key, &args(1000)) {
            words.insert(message.key.clone(), text.into());
        }
    }
    serde_json::Value::Object(words).to_string()
}

/// For each plural category of the language, the smallest number in it.
fn representatives(language: &Language) -> Vec<(&'static str, u64)> {
    let mut found: Vec<(&'static str, u64)> = Vec::new();
    let Some(rules) = &language.plurals else {
        return found;
    };
    for number in 0..=200u64 {
        let Ok(category) = rules.select(number) else {
            continue;
        };
        let name = category_name(category);
        if !found.iter().any(|(seen, _)| *seen == name) {
            found.push((name, number));
        }
    }
    found
}

/// CLDR's names, as `Intl.PluralRules.select` returns them.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// A message of a file, as the checks and the islands need it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Message {
    pub key: String,
    /// Every variable it names, sorted.
    pub variables: Vec<String>,
    /// The variables whose value picks among its variants.
    pub selectors: Vec<String>,
}

/// The English file's messages (the source: what every language has).
static SOURCE: LazyLock<Vec<Message>> = LazyLock::new(|| messages(FILES[Lang::En as usize]));

/// The messages of a file, in order.
pub(crate) fn messages(file: &str) -> Vec<Message> {
    let resource = fluent_syntax::parser::parse(file).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut variables = Vec::new();
                let mut selectors = Vec::new();
                if let Some(pattern) = &message.value {
                    walk(pattern, &mut variables, &mut selectors);
                }
                variables.sort();
                variables.dedup();
                selectors.sort();
                selectors.dedup();
                Some(Message {
                    key: message.id.name.to_owned(),
                    variables,
                    selectors,
                })
            }
            _ => None,
        })
        .collect()
}

fn walk(pattern: &ast::Pattern<&str>, variables: &mut Vec<String>, selectors: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables, selectors);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    variables: &mut Vec<String>,
    selectors: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, variables, selectors),
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                selectors.push(id.name.to_owned());
            }
            inline_variables(selector, variables, selectors);
            for variant in variants {
                walk(&variant.value, variables, selectors);
            }
        }
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    variables: &mut Vec<String>,
    selectors: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => variables.push(id.name.to_owned()),
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, variables, selectors)
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    fn keys(file: &str) -> BTreeSet<String> {
        messages(file)
            .into_iter()
            .map(|message| message.key)
            .collect()
    }

    #[test]
    fn every_file_parses_and_names_each_message_once() {
        for (lang, file) in Lang::ALL.iter().zip(FILES) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(file) {
                panic!("{}.ftl: {errors:?}", lang.code());
            }
            let all = messages(file);
            assert_eq!(
                all.len(),
                keys(file).len(),
                "{}.ftl repeats a key",
                lang.code()
            );
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_values() {
        let source = messages(FILES[Lang::En as usize]);
        for (lang, file) in Lang::ALL.iter().zip(FILES).skip(1) {
            let translated = messages(file);
            for message in &source {
                let Some(other) = translated.iter().find(|other| other.key == message.key) else {
                    panic!("{}.ftl lacks {}", lang.code(), message.key);
                };
                assert_eq!(
                    other.variables,
                    message.variables,
                    "{}.ftl: {} names other values",
                    lang.code(),
                    message.key
                );
            }
            let extra: Vec<_> = keys(file).difference(&keys(FILES[0])).cloned().collect();
            assert!(
                extra.is_empty(),
                "{}.ftl has keys English lacks: {extra:?}",
                lang.code()
            );
        }
    }

    /// Every text file of the code that asks for messages.
    fn sources(dir: &Path, found: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, found);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "rs" || ext == "js")
            {
                found.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }

    #[test]
    fn every_message_is_used_and_every_key_asked_for_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut code = String::new();
        for dir in ["app/src", "server/src", "public"] {
            sources(&root.join(dir), &mut code);
        }
        let known = keys(FILES[0]);
        let unused: Vec<_> = known
            .iter()
            .filter(|key| {
                !code.contains(&format!("\"{key}\"")) && !code.contains(&format!("'{key}'"))
            })
            .collect();
        assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
        // What `t!`/`tr!` ask for is in the English file.
        for call in ["t!(\"", "tr!(lang, \""] {
            for (at, _) in code.match_indices(call) {
                // `format!("` ends the same way.
                if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &code[at + call.len()..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                assert!(known.contains(key), "no message {key}");
            }
        }
    }

    #[test]
    fn an_island_gets_one_template_per_plural_form_of_its_language() {
        let words: serde_json::Value =
            serde_json::from_str(&island_words(Lang::En, &["wait-"])).unwrap();
        assert_eq!(words["wait-seconds#one"], "{#} second");
        assert_eq!(words["wait-seconds#other"], "{#} seconds");
        assert_eq!(words["wait-a-minute"], "a minute");
        assert!(
            words.get("error-expired").is_none(),
            "only the prefixes asked for"
        );
        let arabic: serde_json::Value =
            serde_json::from_str(&island_words(Lang::Ar, &["wait-"])).unwrap();
        for form in ["zero", "one", "two", "few", "many", "other"] {
            assert!(
                arabic.get(format!("wait-seconds#{form}")).is_some(),
                "{form}: {arabic}"
            );
        }
        let japanese: serde_json::Value =
            serde_json::from_str(&island_words(Lang::Ja, &["wait-"])).unwrap();
        assert!(japanese.get("wait-seconds#one").is_none(), "{japanese}");
    }

    #[test]
    fn a_value_is_filled_in_and_a_number_picks_the_form() {
        assert_eq!(
            text(Lang::En, "wait-seconds", &[("n", Arg::Num(1))]),
            "1 second"
        );
        assert_eq!(
            text(Lang::En, "wait-seconds", &[("n", Arg::Num(30))]),
            "30 seconds"
        );
        assert_eq!(
            text(
                Lang::En,
                "error-later-in",
                &[("wait", Arg::from("a minute"))]
            ),
            "in a minute"
        );
        assert_eq!(text(Lang::Ja, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_moment_is_written_as_each_language_writes_dates() {
        let at = |lang| {
            let args = [
                ("year", Arg::Num(2026)),
                ("month", Arg::Num(12)),
                ("day", Arg::Num(7)),
                ("hour", Arg::from("08")),
                ("minute", Arg::from("05")),
            ];
            text(lang, "time-moment", &args)
        };
        assert_eq!(at(Lang::En), "Dec 7, 2026, 08:05 UTC");
        assert_eq!(at(Lang::De), "7. Dez. 2026, 08:05 UTC");
        assert_eq!(at(Lang::PtBr), "7 de dez. de 2026, 08:05 UTC");
        assert_eq!(at(Lang::Ja), "2026年12月7日 08:05 UTC");
    }
}
