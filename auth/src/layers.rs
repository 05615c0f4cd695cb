//! The order of the list in `lib.rs`, held: a module that uses one listed after
//! it fails this test, naming both. `oidc`'s parts have places of their
//! own, since the login uses some (its registered apps, its pending
//! requests, its logout messages) and the rest rides on the login.

use std::collections::BTreeSet;
use std::path::Path;

/// Each module may use only those before it.
const ORDER: &[&str] = &[
    "metrics",
    "store",
    "oidc::clients",
    "oidc::errors",
    "settings",
    "error",
    "records",
    "requester",
    "cookies",
    "tokens",
    "admission",
    "core",
    "timers",
    "rate",
    "audit",
    "oidc::request",
    "oidc::backchannel",
    "oidc::pending",
    "accounts",
    "passkeys",
    "devices",
    "sessions",
    "oidc::consent",
    "passkey_login",
    "challenges",
    "cascade",
    "upkeep",
    "oidc::provider",
    "oidc::refresh",
    "oidc::device",
    "oidc::token",
    "oidc::authorize",
    "oidc::logout",
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
    let mut seen = BTreeSet::new();
    for file in &all {
        let module = module_of(file, &src);
        if module == "lib" || module == "layers" {
            continue;
        }
        seen.insert(module.clone());
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
    // Every entry is a module that exists: the order names no stale one.
    for module in ORDER {
        assert!(
            seen.contains(*module),
            "{module} is in the order, not in src/"
        );
    }
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
