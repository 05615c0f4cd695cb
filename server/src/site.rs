//! The site's build as the server finds it at start-up: Leptos's options
//! (`Leptos.toml`, `LEPTOS_*`), the output name compiled in, and the hash
//! file that names the site's hashed JS, WASM and CSS. The environment's
//! own settings are `config.rs`.

use leptos::config::LeptosOptions;

/// The output name the binary was built with (cargo-leptos and scripts/env.sh
/// set it at compile time): the name of the site's JS, WASM and CSS files.
const OUTPUT_NAME: &str = match option_env!("LEPTOS_OUTPUT_NAME") {
    Some(name) => name,
    None => "qr-login",
};

/// Whether cargo-leptos built the site with hashed file names (`hash-files`
/// in Cargo.toml): it says so at compile time, and the names are in
/// `hash.txt` beside the binary.
fn built_with_hashed_files() -> bool {
    option_env!("LEPTOS_HASH_FILES") == Some("true")
}

/// Leptos's run-time options: the file `LEPTOS_CONFIG` names (default
/// `Leptos.toml`) when it exists, overridden by `LEPTOS_*` variables
/// (cargo-leptos sets them). The output name and file hashing are the ones
/// compiled in unless the file or the environment says otherwise, so the
/// binary, its `hash.txt` and the site folder are all a deployment needs.
#[allow(clippy::disallowed_methods)] // configuration is read here, once
pub fn leptos_options() -> Result<LeptosOptions, String> {
    let file = std::env::var("LEPTOS_CONFIG").unwrap_or_else(|_| "Leptos.toml".into());
    let loaded = match std::fs::read_to_string(&file) {
        Ok(text) => leptos::config::get_config_from_str(&with_output_name(&text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            leptos::config::get_config_from_env().map(|conf| conf.leptos_options)
        }
        Err(error) => return Err(format!("Leptos options ({file}): {error}")),
    };
    let mut options = loaded.map_err(|e| format!("Leptos options ({file}): {e}"))?;
    if built_with_hashed_files() && std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        options.hash_files = true;
    }
    if options.hash_files {
        check_hash_file(&options)?;
    }
    Ok(options)
}

/// Leptos reads the hash file beside the binary while rendering each page
/// (and panics if it cannot): a missing or unreadable one stops start-up.
fn check_hash_file(options: &LeptosOptions) -> Result<(), String> {
    let beside =
        app::hash_file(options).map_err(|e| format!("hash file: where is this binary? {e}"))?;
    let text = std::fs::read_to_string(&beside).map_err(|e| {
        format!(
            "hash file {}: {e} (the site was built with hashed file names; \
             copy the hash.txt beside the binary that cargo-leptos and \
             scripts/build-wasm wrote)",
            beside.display()
        )
    })?;
    for kind in ["js", "wasm", "css"] {
        if !text
            .lines()
            .any(|line| line.trim().starts_with(&format!("{kind}:")))
        {
            return Err(format!("hash file {}: no `{kind}:` line", beside.display()));
        }
    }
    // The phone pages' bundle is built after cargo-leptos's build, which
    // rewrites the file without it. Without it those pages work as with
    // JavaScript off: enough for `cargo leptos watch`, not for a release.
    if app::phone_hash(options).is_none() {
        let missing = format!(
            "hash file {}: no `phone:` line (scripts/build-wasm builds the phone pages' WASM and writes it)",
            beside.display()
        );
        if !cfg!(debug_assertions) {
            return Err(missing);
        }
        eprintln!("warning: {missing}; the phone's pages run without their islands");
    }
    Ok(())
}

/// `text` with an `output-name` line after its `[package.metadata.leptos]`
/// header, unless it has one.
fn with_output_name(text: &str) -> String {
    const HEADER: &str = "[package.metadata.leptos]";
    let named = text
        .lines()
        .any(|line| line.trim_start().starts_with("output-name"));
    if named {
        return text.to_owned();
    }
    text.replacen(
        HEADER,
        &format!("{HEADER}\noutput-name = \"{OUTPUT_NAME}\""),
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_output_name_fills_in_for_a_file_without_one() {
        let file = "[package.metadata.leptos]\nsite-root = \"target/site\"\n";
        let options = leptos::config::get_config_from_str(&with_output_name(file)).unwrap();
        assert_eq!(&*options.output_name, OUTPUT_NAME);
        let named = "[package.metadata.leptos]\noutput-name = \"other\"\n";
        assert_eq!(with_output_name(named), named);
    }
}
