//! The HTML document around every page (server only), and which WASM
//! bundle a page loads.

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags};

use crate::components::LanguageMenu;
use crate::App;

/// The HTML document around the app. Only pages with
/// islands load a WASM, each its own bundle's; the others are plain HTML.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    crate::page_headers::set();
    let parts = use_context::<http::request::Parts>();
    let lang = parts
        .as_ref()
        .map(crate::language::of_request)
        .unwrap_or_default();
    provide_context(lang);
    crate::language::answer_in(lang, parts.as_ref());
    let words = parts
        .as_ref()
        .and_then(|parts| page_words(parts.uri.path()))
        .map(|prefixes| {
            view! { <div hidden id="words" data-words=i18n::island_words(lang, prefixes).to_string()></div> }
        });
    let stylesheet = view! { <HashedStylesheet options=options.clone() id="leptos"/> };
    let scripts = page_bundle().and_then(|bundle| {
        let islands = match bundle {
            Bundle::Login => options.clone(),
            Bundle::Phone => phone_bundle(&options)?,
        };
        Some(view! {
            <AutoReload options/>
            <HydrationScripts options=islands islands=true/>
        })
    });
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                // With `hash-files`, the stylesheet's name carries its hash.
                {stylesheet}
                {scripts}
                <MetaTags/>
            </head>
            <body>
                {words}
                <App/>
                <LanguageMenu lang/>
            </body>
        </html>
    }
}

/// The islands' two WASM bundles: /login's own (cargo-leptos builds it,
/// `frontend`, feature `login-islands`) and the phone pages' (`frontend-phone`,
/// feature `phone-islands`, built by scripts/build-wasm). Apart, /login
/// loads none of the phone's code (a sixth of one bundle for both).
enum Bundle {
    Login,
    Phone,
}

/// The pages of each bundle (a path ending in `/` covers what it begins).
const LOGIN_PAGES: &[&str] = &["/login", "/kiosk"];
const PHONE_PAGES: &[&str] = &[
    "/l/",
    "/link",
    "/phone",
    "/devices",
    "/activity",
    "/signout",
];

/// The phone bundle's file name, without `.js` / `.wasm`.
const PHONE_BUNDLE: &str = "qr-login-phone";

/// The message keys a page's islands and scripts use (`i18n::island_words`):
/// the browser has only these, in the page's language.
const LOGIN_WORDS: &[&str] = &["login-", "expiry-", "wait-", "network-"];
const PHONE_WORDS: &[&str] = &[
    "decision-",
    "notice-",
    "ago-",
    "times-",
    "network-",
    "script-",
];
/// The pages that load a plain script of `public/` (the passkey's, /scan's).
const SCRIPT_PAGES: &[&str] = &["/signin", "/passkeys", "/scan"];

fn page_words(path: &str) -> Option<&'static [&'static str]> {
    match page_bundle() {
        Some(Bundle::Login) => Some(LOGIN_WORDS),
        Some(Bundle::Phone) => Some(PHONE_WORDS),
        None => SCRIPT_PAGES.contains(&path).then_some(&["script-"]),
    }
}

fn page_bundle() -> Option<Bundle> {
    let parts = use_context::<http::request::Parts>()?;
    let path = parts.uri.path();
    let listed = |pages: &[&str]| {
        pages
            .iter()
            .any(|page| path == *page || (page.ends_with('/') && path.starts_with(page)))
    };
    if listed(LOGIN_PAGES) {
        Some(Bundle::Login)
    } else {
        listed(PHONE_PAGES).then_some(Bundle::Phone)
    }
}

/// Leptos's options that load the phone bundle: with hashed file names, its
/// name carries the hash on the `phone:` line of the hash file beside the
/// binary (scripts/build-wasm writes it), read once (a process has one set
/// of options). `None` without that line (`cargo leptos watch` builds no
/// phone bundle; a release server refuses to start): the phone's pages then
/// work without their islands, as they do with JavaScript off.
fn phone_bundle(options: &LeptosOptions) -> Option<LeptosOptions> {
    static NAME: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let name = NAME.get_or_init(|| match options.hash_files {
        true => phone_hash(options).map(|hash| format!("{PHONE_BUNDLE}.{hash}")),
        false => Some(PHONE_BUNDLE.to_owned()),
    });
    let mut phone = options.clone();
    phone.output_name = name.as_deref()?.into();
    // Named in full: leptos would look up the other bundle's hashes.
    phone.hash_files = false;
    Some(phone)
}

/// The hash file cargo-leptos writes beside the server binary, where Leptos
/// reads it.
pub fn hash_file(options: &LeptosOptions) -> std::io::Result<std::path::PathBuf> {
    Ok(std::env::current_exe()?.with_file_name(options.hash_file.as_ref()))
}

/// The phone bundle's hash, from its line in the hash file.
pub fn phone_hash(options: &LeptosOptions) -> Option<String> {
    let text = std::fs::read_to_string(hash_file(options).ok()?).ok()?;
    text.lines()
        .find_map(|line| line.trim().strip_prefix("phone:"))
        .map(|hash| hash.trim().to_owned())
}
