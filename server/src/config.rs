//! Configuration, read once at start-up from the environment. Every variable
//! has a default that runs locally; a bad value stops start-up with one line
//! that names the variable and what it expects.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use auth::settings::Limits;
use auth::Settings;
use leptos::config::LeptosOptions;

use crate::serve::{self, Edge};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// Where `GET /metrics` (Prometheus) is served; `None`: nowhere.
    pub metrics_listen: Option<SocketAddr>,
    pub store: StoreConfig,
    pub log_format: LogFormat,
    /// Development mode (`APP_ENV=development`) creates the demo account.
    /// The default is production.
    pub development: bool,
    pub settings: Settings,
    pub edge: Edge,
}

/// Where state lives: in this process (one node), or in Redis that nodes share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreConfig {
    Memory,
    /// `REDIS_URL`: one Redis.
    Redis(String),
    /// `REDIS_CLUSTER_URLS`: seed nodes of a Redis Cluster.
    Cluster(Vec<String>),
}

impl StoreConfig {
    /// What the start-up log calls it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Memory => "memory",
            Self::Redis(_) => "redis",
            Self::Cluster(_) => "redis-cluster",
        }
    }
}

fn redis_url(var: &'static str, url: &str) -> Result<String, ConfigError> {
    let url = url.trim();
    if url.starts_with("redis://") || url.starts_with("rediss://") || url.starts_with("unix://") {
        Ok(url.to_owned())
    } else {
        Err(ConfigError {
            var,
            value: url.to_owned(),
            expected: "a redis://, rediss:// or unix:// URL (unset for the in-memory store)".into(),
        })
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid {var}={value:?}: expected {expected}")]
pub struct ConfigError {
    pub var: &'static str,
    pub value: String,
    pub expected: String,
}

impl Config {
    /// Reads the process environment. `leptos` holds Leptos's `site-addr`
    /// (Leptos.toml, or `LEPTOS_SITE_ADDR` as cargo-leptos sets it) and its
    /// live-reload port.
    #[allow(clippy::disallowed_methods)] // configuration is read here, once
    pub fn from_env(leptos: &LeptosOptions) -> Result<Self, ConfigError> {
        Self::from_lookup(leptos, |name| std::env::var(name).ok())
    }

    pub fn from_lookup(
        leptos: &LeptosOptions,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let var = |name: &'static str| lookup(name).filter(|v| !v.trim().is_empty());
        let defaults = Settings::local();
        let limits = Limits::local();
        let number = |name: &'static str, min: u64, max: u64, default: u64| {
            let expected = || format!("a whole number from {min} to {max}");
            match var(name) {
                None => Ok(default),
                Some(value) => match value.trim().parse::<u64>() {
                    Ok(n) if (min..=max).contains(&n) => Ok(n),
                    _ => Err(ConfigError {
                        var: name,
                        value,
                        expected: expected(),
                    }),
                },
            }
        };
        let seconds = |name: &'static str, min: u64, max: u64, default: Duration| {
            number(name, min, max, default.as_secs()).map(Duration::from_secs)
        };
        let count = |name: &'static str, min: u64, max: u64, default: usize| {
            number(name, min, max, default as u64).map(|n| usize::try_from(n).unwrap_or(usize::MAX))
        };

        let listen = parse_with::<SocketAddr>(
            var("LISTEN_ADDR"),
            "LISTEN_ADDR",
            "an address like 127.0.0.1:3000",
        )?
        .unwrap_or(leptos.site_addr);
        let metrics_listen = parse_with::<SocketAddr>(
            var("METRICS_ADDR"),
            "METRICS_ADDR",
            "an address like 127.0.0.1:9100",
        )?;
        let public_url = match var("PUBLIC_URL") {
            Some(url) => public_origin(&url).ok_or(ConfigError {
                var: "PUBLIC_URL",
                value: url,
                expected: "an http(s) origin without path, like https://login.example.com".into(),
            })?,
            None => format!("http://{listen}"),
        };
        let after_login_url = var("AFTER_LOGIN_URL")
            .map(|url| {
                let url = url.trim().to_owned();
                match after_login(&url) {
                    true => Ok(url),
                    false => Err(ConfigError {
                        var: "AFTER_LOGIN_URL",
                        value: url,
                        expected: "an http(s) URL, or a path of this site like /app".into(),
                    }),
                }
            })
            .transpose()?;
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
                        expected: "a URL scheme of lowercase letters, digits, + - . (like myapp)"
                            .into(),
                    })
                }
            })
            .transpose()?;
        let store = match (var("REDIS_URL"), var("REDIS_CLUSTER_URLS")) {
            (None, None) => StoreConfig::Memory,
            (Some(url), None) => StoreConfig::Redis(redis_url("REDIS_URL", &url)?),
            (None, Some(urls)) => {
                let seeds = urls
                    .split(',')
                    .filter(|url| !url.trim().is_empty())
                    .map(|url| redis_url("REDIS_CLUSTER_URLS", url))
                    .collect::<Result<Vec<_>, _>>()?;
                if seeds.is_empty() {
                    return Err(ConfigError {
                        var: "REDIS_CLUSTER_URLS",
                        value: urls,
                        expected: "redis:// URLs of cluster nodes, separated by commas".into(),
                    });
                }
                StoreConfig::Cluster(seeds)
            }
            (Some(_), Some(urls)) => {
                return Err(ConfigError {
                    var: "REDIS_CLUSTER_URLS",
                    value: urls,
                    expected: "REDIS_URL unset: one Redis or a cluster, not both".into(),
                })
            }
        };
        let log_format = parsed_log_format(var("LOG_FORMAT"))?;
        let development = match var("APP_ENV")
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("development" | "dev") => true,
            None | Some("production" | "prod") => false,
            Some(_) => {
                return Err(ConfigError {
                    var: "APP_ENV",
                    value: var("APP_ENV").unwrap_or_default(),
                    expected: "development or production".into(),
                })
            }
        };
        // cargo-leptos sets LEPTOS_WATCH while it watches and reloads pages.
        let dev_reload = var("LEPTOS_WATCH").map(|_| {
            let port = leptos.reload_external_port.unwrap_or(leptos.reload_port);
            format!("ws://{}:{port}", listen.ip())
        });
        let limits = Limits {
            challenges_per_minute: number(
                "CHALLENGES_PER_MINUTE",
                1,
                100_000,
                limits.challenges_per_minute,
            )?,
            sign_ins_per_minute: number(
                "SIGN_INS_PER_MINUTE",
                1,
                100_000,
                limits.sign_ins_per_minute,
            )?,
            sign_ups_per_hour: number("SIGN_UPS_PER_HOUR", 1, 100_000, limits.sign_ups_per_hour)?,
            code_misses_per_minute: number(
                "CODE_MISSES_PER_MINUTE",
                1,
                100_000,
                limits.code_misses_per_minute,
            )?,
            user_code_misses_per_hour: number(
                "USER_CODE_MISSES_PER_HOUR",
                1,
                100_000,
                limits.user_code_misses_per_hour,
            )?,
            sockets_per_address: count(
                "SOCKETS_PER_ADDRESS",
                1,
                1_000_000,
                limits.sockets_per_address,
            )?,
            long_polls_per_address: count(
                "LONG_POLLS_PER_ADDRESS",
                1,
                1_000_000,
                limits.long_polls_per_address,
            )?,
            hash_slots: count("PASSWORD_HASH_SLOTS", 1, 256, limits.hash_slots)?,
            hash_queue: count("PASSWORD_HASH_QUEUE", 0, 10_000, limits.hash_queue)?,
            request_timeout: seconds("REQUEST_TIMEOUT_SECS", 35, 600, limits.request_timeout)?,
            socket_idle: seconds("SOCKET_IDLE_SECS", 2, 3600, limits.socket_idle)?,
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
            site_name: match var("SITE_NAME") {
                Some(name) => protocol::label::clean(&name, 64),
                None => host_of(&public_url),
            },
            public_url,
            after_login_url,
            qr_scheme,
            qr_mark: parse_with::<Flag>(var("QR_MARK"), "QR_MARK", "true or false")?
                .is_some_and(|Flag(f)| f),
            qr_ttl: seconds("QR_TTL_SECS", 2, 600, defaults.qr_ttl)?,
            access_token_ttl: seconds(
                "ACCESS_TOKEN_TTL_SECS",
                30,
                86_400,
                defaults.access_token_ttl,
            )?,
            session_idle: seconds("SESSION_IDLE_SECS", 60, 400 * 86_400, defaults.session_idle)?,
            temporary_session_idle: seconds(
                "TEMPORARY_SESSION_IDLE_SECS",
                60,
                86_400,
                defaults.temporary_session_idle,
            )?,
            max_linked_sessions: count(
                "MAX_LINKED_SESSIONS",
                1,
                100,
                defaults.max_linked_sessions,
            )?,
            kiosk_idle: seconds("KIOSK_IDLE_SECS", 2, 86_400, defaults.kiosk_idle)?,
            limits,
            jwt_key_path: var("JWT_KEY_PATH").map_or(defaults.jwt_key_path, PathBuf::from),
            trust_proxy: parse_with::<Flag>(var("TRUST_PROXY"), "TRUST_PROXY", "true or false")?
                .is_some_and(|Flag(f)| f),
            number_matching: parse_with::<Flag>(
                var("NUMBER_MATCHING"),
                "NUMBER_MATCHING",
                "true or false",
            )?
            .is_some_and(|Flag(f)| f),
            require_user_verification: parse_with::<Flag>(
                var("REQUIRE_USER_VERIFICATION"),
                "REQUIRE_USER_VERIFICATION",
                "true or false",
            )?
            .is_some_and(|Flag(f)| f),
            passkey_origins: var("PASSKEY_ORIGINS")
                .map(|list| {
                    list.split(',')
                        .map(str::trim)
                        .filter(|origin| !origin.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            oidc_clients: match var("OIDC_CLIENTS") {
                Some(path) => oidc_clients(&path)?,
                None => auth::oidc::Clients::default(),
            },
            dev_reload,
        };
        if !settings.passkey_origins.is_empty() {
            if let Err(why) = auth::core::relying_party(&settings) {
                return Err(ConfigError {
                    var: "PASSKEY_ORIGINS",
                    value: settings.passkey_origins.join(","),
                    expected: format!(
                        "origins separated by commas (android:apk-key-hash:…), and a PUBLIC_URL that passkeys work with ({why})"
                    ),
                });
            }
        }
        // Passkeys are bound to a domain name: one that cannot have them
        // cannot require them.
        if settings.require_user_verification {
            if let Err(why) = auth::core::relying_party(&settings) {
                return Err(ConfigError {
                    var: "REQUIRE_USER_VERIFICATION",
                    value: "true".into(),
                    expected: format!("false, or a PUBLIC_URL that passkeys work with ({why})"),
                });
            }
        }
        let edge = Edge {
            max_connections: count(
                "MAX_CONNECTIONS",
                16,
                10_000_000,
                serve::default_max_connections(),
            )?,
            header_read_timeout: seconds(
                "HEADER_READ_TIMEOUT_SECS",
                1,
                600,
                Duration::from_secs(15),
            )?,
        };
        Ok(Self {
            listen,
            metrics_listen,
            store,
            log_format,
            development,
            settings,
            edge,
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

/// The apps of the file `path` (TOML, `[[client]]` tables: docs/oidc.md).
#[allow(clippy::disallowed_methods)] // configuration is read here, once
fn oidc_clients(path: &str) -> Result<auth::oidc::Clients, ConfigError> {
    let bad = |expected: String| ConfigError {
        var: "OIDC_CLIENTS",
        value: path.to_owned(),
        expected,
    };
    let text = std::fs::read_to_string(path)
        .map_err(|error| bad(format!("a readable TOML file of clients ({error})")))?;
    let file: auth::oidc::clients::ClientFile = toml::from_str(&text).map_err(|error| {
        let line = error
            .span()
            .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
        let at = line.map(|n| format!("line {n}: ")).unwrap_or_default();
        bad(format!(
            "[[client]] tables (docs/oidc.md); {at}{}",
            error.message()
        ))
    })?;
    auth::oidc::Clients::new(file).map_err(|why| bad(format!("valid clients; {why}")))
}

/// Where `AFTER_LOGIN_URL` may send a computer: a path of the site, or a URL
/// of any site the deployer names (it is theirs to choose, not a visitor's).
fn after_login(url: &str) -> bool {
    let absolute = ["https://", "http://"].iter().any(|scheme| {
        url.strip_prefix(scheme)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_graphic()))
    });
    absolute || protocol::return_path::onward(url).is_some()
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
                expected: expected.into(),
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
            expected: "text or json".into(),
        }),
    }
}

/// The host (and port) of an origin: `https://login.example.com` → `login.example.com`.
fn host_of(origin: &str) -> String {
    origin
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .to_owned()
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

    fn leptos() -> LeptosOptions {
        LeptosOptions::builder()
            .output_name("qr-login")
            .site_addr(SocketAddr::from(([127, 0, 0, 1], 3000)))
            .build()
    }

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_lookup(&leptos(), |name| map.get(name).cloned())
    }

    #[test]
    fn defaults_run_locally_with_the_memory_store() {
        let config = load(&[]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.listen.to_string(), "127.0.0.1:3000");
        assert_eq!(
            config.metrics_listen, None,
            "no metrics listener unless asked"
        );
        assert_eq!(config.store, StoreConfig::Memory);
        assert_eq!(config.settings.public_url, "http://127.0.0.1:3000");
        assert_eq!(config.settings.qr_ttl, Duration::from_secs(60));
        assert!(!config.settings.cookie_secure);
        assert_eq!(config.log_format, LogFormat::Text);
        assert!(!config.development, "production unless asked");
        assert!(config.edge.max_connections >= 64);
        assert_eq!(config.settings.dev_reload, None);
    }

    #[test]
    fn every_limit_is_a_setting() {
        let config = load(&[
            ("APP_ENV", "development"),
            ("SIGN_INS_PER_MINUTE", "7"),
            ("SIGN_UPS_PER_HOUR", "8"),
            ("CODE_MISSES_PER_MINUTE", "9"),
            ("USER_CODE_MISSES_PER_HOUR", "12"),
            ("SOCKETS_PER_ADDRESS", "10"),
            ("LONG_POLLS_PER_ADDRESS", "11"),
            ("PASSWORD_HASH_SLOTS", "3"),
            ("PASSWORD_HASH_QUEUE", "0"),
            ("MAX_CONNECTIONS", "500"),
            ("HEADER_READ_TIMEOUT_SECS", "5"),
            ("SOCKET_IDLE_SECS", "30"),
            ("LEPTOS_WATCH", "ON"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        let limits = &config.settings.limits;
        assert!(config.development);
        assert_eq!(
            (
                limits.sign_ins_per_minute,
                limits.sign_ups_per_hour,
                limits.code_misses_per_minute
            ),
            (7, 8, 9)
        );
        assert_eq!(limits.user_code_misses_per_hour, 12);
        assert_eq!(
            (limits.sockets_per_address, limits.long_polls_per_address),
            (10, 11)
        );
        assert_eq!((limits.hash_slots, limits.hash_queue), (3, 0));
        assert_eq!(config.edge.max_connections, 500);
        assert_eq!(config.edge.header_read_timeout, Duration::from_secs(5));
        assert_eq!(limits.socket_idle, Duration::from_secs(30));
        assert_eq!(
            config.settings.dev_reload.as_deref(),
            Some("ws://127.0.0.1:3001")
        );
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
            ("NUMBER_MATCHING", "true"),
            ("QR_MARK", "true"),
            ("REQUIRE_USER_VERIFICATION", "true"),
            (
                "PASSKEY_ORIGINS",
                " android:apk-key-hash:AbC_1, ,https://app.example.com ",
            ),
            ("METRICS_ADDR", "127.0.0.1:9100"),
            ("SITE_NAME", "Acme"),
            ("AFTER_LOGIN_URL", "https://app.example.com/start"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.settings.site_name, "Acme");
        assert_eq!(
            config.settings.after_login_url.as_deref(),
            Some("https://app.example.com/start")
        );
        let path = load(&[("AFTER_LOGIN_URL", "/app")]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(path.settings.after_login_url.as_deref(), Some("/app"));
        assert_eq!(config.listen.port(), 8080);
        assert_eq!(config.metrics_listen.map(|a| a.port()), Some(9100));
        assert_eq!(config.settings.public_url, "https://login.example.com");
        assert!(
            config.settings.cookie_secure,
            "https implies Secure cookies"
        );
        assert_eq!(
            config.store,
            StoreConfig::Redis("redis://127.0.0.1:6390".into())
        );
        assert_eq!(config.settings.qr_ttl, Duration::from_secs(30));
        assert_eq!(config.log_format, LogFormat::Json);
        assert!(config.settings.trust_proxy);
        assert!(config.settings.number_matching);
        assert!(config.settings.qr_mark);
        assert!(config.settings.require_user_verification);
        assert_eq!(
            config.settings.passkey_origins,
            ["android:apk-key-hash:AbC_1", "https://app.example.com"]
        );
        assert_eq!(
            config.settings.qr_payload("TOKEN"),
            "https://login.example.com/l/TOKEN"
        );
    }

    #[test]
    fn a_cluster_is_its_seed_nodes_and_excludes_one_redis() {
        let config = load(&[(
            "REDIS_CLUSTER_URLS",
            "redis://10.0.0.1:7000, rediss://user:pw@10.0.0.2:7000,",
        )])
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            config.store,
            StoreConfig::Cluster(vec![
                "redis://10.0.0.1:7000".into(),
                "rediss://user:pw@10.0.0.2:7000".into()
            ])
        );
        let both = load(&[
            ("REDIS_URL", "redis://127.0.0.1:6379"),
            ("REDIS_CLUSTER_URLS", "redis://127.0.0.1:7000"),
        ]);
        assert_eq!(both.err().map(|e| e.var), Some("REDIS_CLUSTER_URLS"));
    }

    #[test]
    fn a_bad_value_names_the_variable_and_what_it_expects() {
        let cases = [
            ("QR_TTL_SECS", "soon"),
            ("QR_TTL_SECS", "0"),
            ("LISTEN_ADDR", "localhost"),
            ("METRICS_ADDR", "9100"),
            ("PUBLIC_URL", "ftp://x"),
            ("PUBLIC_URL", "https://x/path"),
            ("REDIS_URL", "127.0.0.1:6379"),
            ("REDIS_CLUSTER_URLS", "redis://10.0.0.1:7000,10.0.0.2:7000"),
            ("REDIS_CLUSTER_URLS", " , "),
            ("LOG_FORMAT", "xml"),
            ("COOKIE_SECURE", "maybe"),
            ("AFTER_LOGIN_URL", "//evil.example"),
            ("AFTER_LOGIN_URL", "javascript:alert(1)"),
            ("AFTER_LOGIN_URL", "https://"),
            ("QR_SCHEME", "My App"),
            ("APP_ENV", "staging"),
            // Passkeys need a domain name, and the default PUBLIC_URL is 127.0.0.1.
            ("REQUIRE_USER_VERIFICATION", "true"),
            ("PASSKEY_ORIGINS", "android:apk-key-hash:x"),
            ("SIGN_INS_PER_MINUTE", "0"),
            ("PASSWORD_HASH_SLOTS", "lots"),
            ("MAX_CONNECTIONS", "-1"),
            ("REQUEST_TIMEOUT_SECS", "10"),
        ];
        for (var, value) in cases {
            let error = load(&[(var, value)]).err();
            assert_eq!(error.as_ref().map(|e| e.var), Some(var), "{var}={value}");
            let line = error.map(|e| e.to_string()).unwrap_or_default();
            assert!(line.contains(var) && line.contains("expected"), "{line}");
        }
    }

    #[test]
    fn the_oidc_clients_file_is_read_once_and_a_bad_one_named_by_its_line() {
        let dir = std::env::temp_dir().join(format!("qr-login-oidc-{}", uuid_like()));
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, text: &str| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path.display().to_string()
        };
        let good = write(
            "good.toml",
            "[[client]]\nid = \"shop\"\nname = \"Shop\"\nredirect_uris = [\"https://shop.example/cb\"]\n",
        );
        let config = load(&[("OIDC_CLIENTS", &good)]).unwrap();
        assert_eq!(
            config.settings.oidc_clients.find("shop").unwrap().name,
            "Shop"
        );
        assert!(load(&[]).unwrap().settings.oidc_clients.is_empty());

        let cases = [
            (write("syntax.toml", "[[client]]\nid = \"shop\"\nname = \n"), "line 3"),
            (write("unknown.toml", "[[client]]\nid = \"a\"\nname = \"A\"\nredirect_uris = []\ncolour = 1\n"), "colour"),
            (write("plain.toml", "[[client]]\nid = \"a\"\nname = \"A\"\nredirect_uris = [\"http://a.example/cb\"]\n"), "plain http"),
            (dir.join("missing.toml").display().to_string(), "readable"),
        ];
        for (path, says) in cases {
            let error = load(&[("OIDC_CLIENTS", &path)]).unwrap_err();
            assert_eq!(error.var, "OIDC_CLIENTS");
            let line = error.to_string();
            assert!(
                line.contains(says) && !line.contains('\n'),
                "{line} should say {says}"
            );
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    fn uuid_like() -> String {
        auth::random::<8>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    const VARS: &[&str] = &[
        "LISTEN_ADDR",
        "PUBLIC_URL",
        "QR_SCHEME",
        "REDIS_URL",
        "REDIS_CLUSTER_URLS",
        "QR_TTL_SECS",
        "ACCESS_TOKEN_TTL_SECS",
        "SESSION_IDLE_SECS",
        "TEMPORARY_SESSION_IDLE_SECS",
        "MAX_LINKED_SESSIONS",
        "CHALLENGES_PER_MINUTE",
        "SIGN_INS_PER_MINUTE",
        "SIGN_UPS_PER_HOUR",
        "CODE_MISSES_PER_MINUTE",
        "USER_CODE_MISSES_PER_HOUR",
        "SOCKETS_PER_ADDRESS",
        "LONG_POLLS_PER_ADDRESS",
        "PASSWORD_HASH_SLOTS",
        "PASSWORD_HASH_QUEUE",
        "REQUEST_TIMEOUT_SECS",
        "SOCKET_IDLE_SECS",
        "KIOSK_IDLE_SECS",
        "APP_ENV",
        "COOKIE_SECURE",
        "TRUST_PROXY",
        "NUMBER_MATCHING",
        "QR_MARK",
        "REQUIRE_USER_VERIFICATION",
        "PASSKEY_ORIGINS",
        "LOG_FORMAT",
        "MAX_CONNECTIONS",
        "HEADER_READ_TIMEOUT_SECS",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(10_000))]

        /// Whatever an operator types, start-up either works or names the
        /// one variable that is wrong; it never panics.
        #[test]
        fn any_value_of_any_variable_is_read_or_refused_by_name(
            var in proptest::sample::select(VARS),
            value in proptest::prelude::any::<String>(),
        ) {
            match load(&[(var, value.as_str())]) {
                Ok(config) => proptest::prop_assert!(config.settings.public_url.starts_with("http")),
                Err(error) => {
                    proptest::prop_assert_eq!(error.var, var);
                    proptest::prop_assert!(error.to_string().contains("expected"));
                }
            }
        }
    }

    #[test]
    fn custom_scheme_changes_the_payload() {
        let config = load(&[("QR_SCHEME", "qrapp")]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.settings.qr_payload("T"), "qrapp://qr-auth?token=T");
    }
}
