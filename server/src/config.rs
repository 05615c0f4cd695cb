//! Configuration, read once at start-up from the environment. Every variable
//! has a default that runs locally; a bad value stops start-up with one line
//! that names the variable and what it expects.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use app::auth::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// `None`: the in-memory store (one node). `Some`: Redis, shared by nodes.
    pub redis_url: Option<String>,
    pub log_format: LogFormat,
    /// Development mode (`APP_ENV=development`, the default) creates the demo account.
    pub development: bool,
    pub settings: Settings,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid {var}={value:?}: expected {expected}")]
pub struct ConfigError {
    pub var: &'static str,
    pub value: String,
    pub expected: &'static str,
}

impl Config {
    /// Reads the process environment. `default_listen` is Leptos's `site-addr`
    /// (Leptos.toml, or `LEPTOS_SITE_ADDR` as cargo-leptos sets it).
    pub fn from_env(default_listen: SocketAddr) -> Result<Self, ConfigError> {
        Self::from_lookup(default_listen, |name| std::env::var(name).ok())
    }

    pub fn from_lookup(
        default_listen: SocketAddr,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let var = |name: &'static str| lookup(name).filter(|v| !v.trim().is_empty());
        let defaults = Settings::local();

        let listen = parse_with::<SocketAddr>(
            var("LISTEN_ADDR"),
            "LISTEN_ADDR",
            "an address like 127.0.0.1:3000",
        )?
        .unwrap_or(default_listen);
        let public_url = match var("PUBLIC_URL") {
            Some(url) => public_origin(&url).ok_or(ConfigError {
                var: "PUBLIC_URL",
                value: url,
                expected: "an http(s) origin without path, like https://login.example.com",
            })?,
            None => format!("http://{listen}"),
        };
        let qr_scheme = var("QR_SCHEME")
            .map(|scheme| {
                let valid = scheme.starts_with(|c: char| c.is_ascii_lowercase())
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "+-.".contains(c));
                if valid {
                    Ok(scheme)
                } else {
                    Err(ConfigError {
                        var: "QR_SCHEME",
                        value: scheme,
                        expected: "a URL scheme of lowercase letters, digits, + - . (like myapp)",
                    })
                }
            })
            .transpose()?;
        let redis_url = var("REDIS_URL")
            .map(|url| {
                if url.starts_with("redis://")
                    || url.starts_with("rediss://")
                    || url.starts_with("unix://")
                {
                    Ok(url)
                } else {
                    Err(ConfigError {
                        var: "REDIS_URL",
                        value: url,
                        expected:
                            "a redis://, rediss:// or unix:// URL (unset for the in-memory store)",
                    })
                }
            })
            .transpose()?;
        let log_format = parsed_log_format(var("LOG_FORMAT"))?;
        let development = match var("APP_ENV")
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("development" | "dev") => true,
            Some("production" | "prod") => false,
            Some(_) => {
                return Err(ConfigError {
                    var: "APP_ENV",
                    value: var("APP_ENV").unwrap_or_default(),
                    expected: "development or production",
                })
            }
        };
        let seconds =
            |name: &'static str, min: u64, max: u64, expected: &'static str, default: Duration| {
                match parse_with::<u64>(var(name), name, expected)? {
                    Some(s) if (min..=max).contains(&s) => Ok(Duration::from_secs(s)),
                    Some(s) => Err(ConfigError {
                        var: name,
                        value: s.to_string(),
                        expected,
                    }),
                    None => Ok(default),
                }
            };
        let settings = Settings {
            cookie_secure: match parse_with::<Flag>(
                var("COOKIE_SECURE"),
                "COOKIE_SECURE",
                "true or false",
            )? {
                Some(Flag(flag)) => flag,
                None => public_url.starts_with("https://"),
            },
            public_url,
            qr_scheme,
            qr_ttl: seconds(
                "QR_TTL_SECS",
                2,
                600,
                "whole seconds from 2 to 600",
                defaults.qr_ttl,
            )?,
            access_token_ttl: seconds(
                "ACCESS_TOKEN_TTL_SECS",
                30,
                86_400,
                "whole seconds from 30 to 86400",
                defaults.access_token_ttl,
            )?,
            session_idle: seconds(
                "SESSION_IDLE_SECS",
                60,
                400 * 86_400,
                "whole seconds from 60 to 34560000 (400 days)",
                defaults.session_idle,
            )?,
            temporary_session_idle: seconds(
                "TEMPORARY_SESSION_IDLE_SECS",
                60,
                86_400,
                "whole seconds from 60 to 86400",
                defaults.temporary_session_idle,
            )?,
            max_linked_sessions: match parse_with::<usize>(
                var("MAX_LINKED_SESSIONS"),
                "MAX_LINKED_SESSIONS",
                "a whole number from 1 to 100",
            )? {
                Some(n) if (1..=100).contains(&n) => n,
                Some(n) => {
                    return Err(ConfigError {
                        var: "MAX_LINKED_SESSIONS",
                        value: n.to_string(),
                        expected: "a whole number from 1 to 100",
                    })
                }
                None => defaults.max_linked_sessions,
            },
            challenges_per_minute: match parse_with::<u64>(
                var("CHALLENGES_PER_MINUTE"),
                "CHALLENGES_PER_MINUTE",
                "a whole number from 1 to 100000",
            )? {
                Some(n) if (1..=100_000).contains(&n) => n,
                Some(n) => {
                    return Err(ConfigError {
                        var: "CHALLENGES_PER_MINUTE",
                        value: n.to_string(),
                        expected: "a whole number from 1 to 100000",
                    })
                }
                None => defaults.challenges_per_minute,
            },
            kiosk_idle: seconds(
                "KIOSK_IDLE_SECS",
                2,
                86_400,
                "whole seconds from 2 to 86400",
                defaults.kiosk_idle,
            )?,
            jwt_key_path: var("JWT_KEY_PATH").map_or(defaults.jwt_key_path, PathBuf::from),
            trust_proxy: parse_with::<Flag>(var("TRUST_PROXY"), "TRUST_PROXY", "true or false")?
                .is_some_and(|Flag(f)| f),
        };
        Ok(Self {
            listen,
            redis_url,
            log_format,
            development,
            settings,
        })
    }
}

/// A boolean spelled the usual ways.
struct Flag(bool);

impl FromStr for Flag {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s.to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(Self(true)),
            "0" | "false" | "no" | "off" => Ok(Self(false)),
            _ => Err(()),
        }
    }
}

fn parse_with<T: FromStr>(
    value: Option<String>,
    var: &'static str,
    expected: &'static str,
) -> Result<Option<T>, ConfigError> {
    value
        .map(|v| {
            v.trim().parse().map_err(|_| ConfigError {
                var,
                value: v,
                expected,
            })
        })
        .transpose()
}

fn parsed_log_format(value: Option<String>) -> Result<LogFormat, ConfigError> {
    match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("text") => Ok(LogFormat::Text),
        Some("json") => Ok(LogFormat::Json),
        Some(_) => Err(ConfigError {
            var: "LOG_FORMAT",
            value: value.unwrap_or_default(),
            expected: "text or json",
        }),
    }
}

/// `https://host[:port]` with nothing after it (a trailing slash is dropped).
fn public_origin(url: &str) -> Option<String> {
    let url = url.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host_ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    host_ok.then(|| url.to_owned())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let listen = SocketAddr::from(([127, 0, 0, 1], 3000));
        Config::from_lookup(listen, |name| map.get(name).cloned())
    }

    #[test]
    fn defaults_run_locally_with_the_memory_store() {
        let config = load(&[]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.listen.to_string(), "127.0.0.1:3000");
        assert_eq!(config.redis_url, None);
        assert_eq!(config.settings.public_url, "http://127.0.0.1:3000");
        assert_eq!(config.settings.qr_ttl, Duration::from_secs(60));
        assert!(!config.settings.cookie_secure);
        assert_eq!(config.log_format, LogFormat::Text);
    }

    #[test]
    fn values_are_read() {
        let config = load(&[
            ("LISTEN_ADDR", "0.0.0.0:8080"),
            ("PUBLIC_URL", "https://login.example.com/"),
            ("REDIS_URL", "redis://127.0.0.1:6390"),
            ("QR_TTL_SECS", "30"),
            ("LOG_FORMAT", "JSON"),
            ("TRUST_PROXY", "yes"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.listen.port(), 8080);
        assert_eq!(config.settings.public_url, "https://login.example.com");
        assert!(
            config.settings.cookie_secure,
            "https implies Secure cookies"
        );
        assert_eq!(config.redis_url.as_deref(), Some("redis://127.0.0.1:6390"));
        assert_eq!(config.settings.qr_ttl, Duration::from_secs(30));
        assert_eq!(config.log_format, LogFormat::Json);
        assert!(config.settings.trust_proxy);
        assert_eq!(
            config.settings.qr_payload("TOKEN"),
            "https://login.example.com/l/TOKEN"
        );
    }

    #[test]
    fn a_bad_value_names_the_variable_and_what_it_expects() {
        let cases = [
            ("QR_TTL_SECS", "soon"),
            ("QR_TTL_SECS", "0"),
            ("LISTEN_ADDR", "localhost"),
            ("PUBLIC_URL", "ftp://x"),
            ("PUBLIC_URL", "https://x/path"),
            ("REDIS_URL", "127.0.0.1:6379"),
            ("LOG_FORMAT", "xml"),
            ("COOKIE_SECURE", "maybe"),
            ("QR_SCHEME", "My App"),
            ("APP_ENV", "staging"),
        ];
        for (var, value) in cases {
            let error = load(&[(var, value)]).err();
            assert_eq!(error.as_ref().map(|e| e.var), Some(var), "{var}={value}");
            let line = error.map(|e| e.to_string()).unwrap_or_default();
            assert!(line.contains(var) && line.contains("expected"), "{line}");
        }
    }

    #[test]
    fn custom_scheme_changes_the_payload() {
        let config = load(&[("QR_SCHEME", "qrapp")]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.settings.qr_payload("T"), "qrapp://qr-auth?token=T");
    }
}
