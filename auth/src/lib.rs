//! The server's side of the login: the store contract, errors, and the
//! steps of the flow, over a [`Core`] (store, settings, keys) that knows
//! nothing of the web framework's pages. The HTTP edges (`server`) and the
//! pages' server functions (`app`, feature `ssr`) both call these functions.
//!
//! Modules depend on those above them in this list, never below (a test
//! at the end of this file holds them to it):
//! - foundations: `metrics`, `store`, `oidc::clients` (the registered apps,
//!   part of the settings), `settings`, `error`, `records` (typed JSON over
//!   the store), `requester`, `cookies`, `tokens`, `admission`, `core`
//!   (what every step works with), `rate`, `audit`;
//! - what the login tells or asks of the apps: `oidc::request` (an app's
//!   request, checked without I/O), `oidc::backchannel` (the logout tokens
//!   a web session's end sends), `oidc::pending` (an app's request kept
//!   while the person scans);
//! - `accounts` (who a user is, the password) → `passkeys` (the account's
//!   WebAuthn credentials) → `devices` (the phones signed in to an
//!   account) → `sessions` (the browsers a phone linked) → `challenges`
//!   (the QR codes that link them);
//! - `cascade`: the steps that end several of those at once (a phone's
//!   sign-out, a disabled account, a changed password);
//! - `oidc::provider` (codes, tokens and userinfo of an app's sign-in),
//!   over all of the above.

pub mod accounts;
pub mod admission;
pub mod audit;
pub mod cascade;
pub mod challenges;
pub mod cookies;
pub mod core;
pub mod devices;
pub mod error;
pub mod metrics;
pub mod oidc;
pub mod passkeys;
pub mod rate;
pub mod records;
pub mod requester;
pub mod sessions;
pub mod settings;
pub mod store;
pub mod tokens;

pub use self::core::Core;
pub use error::ApiError;
pub use settings::Settings;
pub use store::{Delivery, Store, StoreError, Subscription};

/// Milliseconds since the Unix epoch: the server's clock, the one that decides expiry.
#[allow(clippy::disallowed_methods)] // the one place that reads it
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Whole milliseconds of `duration` (saturating): the unit of every stored time.
pub fn millis(duration: std::time::Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Bytes from the operating system's CSPRNG (via `rand`'s thread RNG, which
/// is seeded from it): tokens, secrets, keys.
#[allow(clippy::disallowed_methods)] // the one place secrets come from
pub fn random<const N: usize>() -> [u8; N] {
    use rand::RngCore as _;
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

/// The order of the list above, held: a module that uses one listed after
/// it fails this test, naming both. `oidc`'s parts have places of their
/// own, since the login uses some (its registered apps, its pending
/// requests, its logout messages) and the rest rides on the login.
#[cfg(test)]
mod layers {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Each module may use only those before it.
    const ORDER: &[&str] = &[
        "metrics",
        "store",
        "oidc::clients",
        "settings",
        "error",
        "records",
        "requester",
        "cookies",
        "tokens",
        "admission",
        "core",
        "rate",
        "audit",
        "oidc::request",
        "oidc::backchannel",
        "oidc::pending",
        "accounts",
        "passkeys",
        "devices",
        "sessions",
        "challenges",
        "cascade",
        "oidc::provider",
        "oidc",
    ];

    /// What the crate's root (and `oidc`'s) re-exports, and from where.
    const REEXPORTS: &[(&str, &str)] = &[
        ("Core", "core"),
        ("ApiError", "error"),
        ("Settings", "settings"),
        ("Store", "store"),
        ("StoreError", "store"),
        ("Delivery", "store"),
        ("Subscription", "store"),
        ("oidc::Client", "oidc::clients"),
        ("oidc::Clients", "oidc::clients"),
    ];

    /// The listed module a path from the crate's root names, if any.
    fn layer(path: &[&str]) -> Option<String> {
        let two = path.iter().take(2).copied().collect::<Vec<_>>().join("::");
        let one = path.first().copied().unwrap_or_default();
        let found = [two.as_str(), one].into_iter().find_map(|name| {
            REEXPORTS
                .iter()
                .find(|(item, _)| *item == name)
                .map(|(_, module)| (*module).to_owned())
                .or_else(|| ORDER.contains(&name).then(|| name.to_owned()))
        });
        found
    }

    /// The paths of a `use` tree or a path expression that starts at
    /// `text` (after `crate::`), each as its segments.
    fn paths(text: &str) -> Vec<Vec<String>> {
        fn tree(chars: &[char], at: &mut usize, prefix: &[String], out: &mut Vec<Vec<String>>) {
            let mut path = prefix.to_vec();
            loop {
                while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
                    *at += 1;
                }
                if chars.get(*at) == Some(&'{') {
                    *at += 1;
                    loop {
                        tree(chars, at, &path, out);
                        while chars
                            .get(*at)
                            .is_some_and(|c| c.is_whitespace() || *c == ',')
                        {
                            *at += 1;
                        }
                        if chars.get(*at) != Some(&'}') && *at < chars.len() {
                            continue;
                        }
                        *at += 1;
                        return;
                    }
                }
                let start = *at;
                while chars
                    .get(*at)
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_')
                {
                    *at += 1;
                }
                let word: String = chars[start..*at].iter().collect();
                if word.is_empty() {
                    out.push(path);
                    return;
                }
                if word != "self" {
                    path.push(word);
                }
                if chars.get(*at) == Some(&':') && chars.get(*at + 1) == Some(&':') {
                    *at += 2;
                } else {
                    out.push(path);
                    return;
                }
            }
        }
        let chars: Vec<char> = text.chars().take(400).collect();
        let mut out = Vec::new();
        tree(&chars, &mut 0, &[], &mut out);
        out
    }

    /// The listed modules `source` (of module `module`) uses.
    fn uses(source: &str, module: &str) -> BTreeSet<String> {
        let code: String = source
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        // `super::` of a file in `oidc/` is `oidc`; elsewhere the root.
        let mut parent: Vec<String> = module.split("::").map(str::to_owned).collect();
        parent.pop();
        let mut found = BTreeSet::new();
        let mut note = |path: Vec<String>| {
            let segments: Vec<&str> = path.iter().map(String::as_str).collect();
            if let Some(used) = layer(&segments) {
                // A bare `oidc` brought into scope: its uses name the part.
                if used != "oidc" || segments.len() > 1 {
                    found.insert(used);
                }
            }
        };
        for (at, _) in code.match_indices("crate::") {
            paths(&code[at + 7..]).into_iter().for_each(&mut note);
        }
        for (at, _) in code.match_indices("super::") {
            for path in paths(&code[at + 7..]) {
                note(parent.iter().cloned().chain(path).collect());
            }
        }
        // `oidc::part::…` through an `oidc` in scope.
        for (at, _) in code.match_indices("oidc::") {
            if !code[..at].ends_with("::") {
                let mut path = vec!["oidc".to_owned()];
                path.extend(
                    paths(&code[at + 6..])
                        .into_iter()
                        .next()
                        .unwrap_or_default(),
                );
                note(path);
            }
        }
        found.remove(module);
        found
    }

    /// The listed module a file belongs to: `oidc/pending.rs` is
    /// `oidc::pending`, `challenges/watch.rs` is part of `challenges`.
    fn module_of(file: &Path, src: &Path) -> String {
        let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
        let parts: Vec<String> = relative
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .filter(|part| part != "mod")
            .collect();
        let whole = parts.join("::");
        if ORDER.contains(&whole.as_str()) {
            whole
        } else {
            parts.first().cloned().unwrap_or(whole)
        }
    }

    fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn each_module_uses_only_those_before_it() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut all = Vec::new();
        files(&src, &mut all);
        let mut wrong = Vec::new();
        for file in &all {
            let module = module_of(file, &src);
            if module == "lib" {
                continue;
            }
            let place = ORDER.iter().position(|m| *m == module);
            assert!(place.is_some(), "{module} is not in the order: add it");
            let source = std::fs::read_to_string(file).unwrap();
            for used in uses(&source, &module) {
                if ORDER.iter().position(|m| *m == used) > place {
                    wrong.push(format!("{module} uses {used}, which comes after it"));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn the_reader_sees_every_form_of_use() {
        let source = "use super::{metrics, oidc, records::{get_json, put_json}, Core};\n\
                      use crate::oidc::pending;\n\
                      fn f() { oidc::provider::grant(); super::sessions::revoke(); }\n\
                      // crate::cascade in a comment\n\
                      #[cfg(test)]\nmod tests { use crate::challenges; }";
        let found: Vec<String> = uses(source, "accounts").into_iter().collect();
        assert_eq!(
            found,
            [
                "core",
                "metrics",
                "oidc::pending",
                "oidc::provider",
                "records",
                "sessions"
            ]
        );
        assert_eq!(
            uses("use super::request::AuthRequest;", "oidc::pending")
                .into_iter()
                .collect::<Vec<_>>(),
            ["oidc::request"]
        );
    }
}
