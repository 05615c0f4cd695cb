//! Configuration, read once at start-up from the environment. Every variable
//! has a default that runs locally; a bad value stops start-up with one line
//! that names the variable and what it expects.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use auth::settings::vars::{self, Var};
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
    /// `RUST_LOG`: which log lines are written.
    pub log_filter: String,
    /// Development mode (`APP_ENV=development`) creates the demo account.
    /// The default is production.
    pub development: bool,
    pub settings: Settings,
    pub edge: Edge,
    /// `OIDC_CLIENTS`: read again on SIGHUP (`read_clients`).
    pub oidc_clients_path: Option<String>,
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

fn redis_url(var: &Var, url: &str) -> Result<String, ConfigError> {
    let url = url.trim();
    if url.starts_with("redis://") || url.starts_with("rediss://") || url.starts_with("unix://") {
        Ok(url.to_owned())
    } else {
        Err(ConfigError::of(var, url))
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid {var}={value:?}: expected {expected}")]
pub struct ConfigError {
    pub var: &'static str,
    pub value: String,
    pub expected: String,
}

impl ConfigError {
    /// `value` refused for `var`, which expects what its row says.
    fn of(var: &Var, value: &str) -> Self {
        Self {
            var: var.name,
            value: value.to_owned(),
            expected: var.expected(),
        }
    }

    /// The same complaint, expecting `more` too.
    fn because(self, more: impl std::fmt::Display) -> Self {
        Self {
            expected: format!("{} ({more})", self.expected),
            ..self
        }
    }
}

/// Reads variables by their row in `auth::settings::vars`, so that each one's
/// range and words for a bad value come from that one table.
struct Reader<L> {
    lookup: L,
}

impl<L: Fn(&str) -> Option<String>> Reader<L> {
    /// The value, unless unset or blank.
    fn text(&self, var: &Var) -> Option<String> {
        (self.lookup)(var.name).filter(|v| !v.trim().is_empty())
    }

    /// A whole number (or seconds) within the row's range; unset: `default`.
    fn number(&self, var: &Var, default: u64) -> Result<u64, ConfigError> {
        let (min, max) = var.range().unwrap_or((0, u64::MAX));
        match self.text(var) {
            None => Ok(default),
            Some(value) => match value.trim().parse::<u64>() {
                Ok(n) if (min..=max).contains(&n) => Ok(n),
                _ => Err(ConfigError::of(var, &value)),
            },
        }
    }

    fn seconds(&self, var: &Var, default: Duration) -> Result<Duration, ConfigError> {
        self.number(var, default.as_secs()).map(Duration::from_secs)
    }

    fn count(&self, var: &Var, default: usize) -> Result<usize, ConfigError> {
        self.number(var, default as u64)
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// A boolean spelled the usual ways; `None` when unset.
    fn flag(&self, var: &Var) -> Result<Option<bool>, ConfigError> {
        self.parsed::<Flag>(var).map(|flag| flag.map(|Flag(on)| on))
    }

    fn parsed<T: FromStr>(&self, var: &Var) -> Result<Option<T>, ConfigError> {
        self.text(var)
            .map(|value| {
                value
                    .trim()
                    .parse()
                    .map_err(|_| ConfigError::of(var, &value))
            })
            .transpose()
    }

    /// One of `words` (any case) as its meaning; unset: `None`.
    fn word<T: Copy>(&self, var: &Var, words: &[(&str, T)]) -> Result<Option<T>, ConfigError> {
        let Some(value) = self.text(var) else {
            return Ok(None);
        };
        let lower = value.trim().to_ascii_lowercase();
        match words.iter().find(|(word, _)| *word == lower) {
            Some((_, meaning)) => Ok(Some(*meaning)),
            None => Err(ConfigError::of(var, &value)),
        }
    }
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
        // cargo-leptos sets LEPTOS_WATCH while it watches and reloads pages.
        let watching = lookup("LEPTOS_WATCH").is_some_and(|v| !v.trim().is_empty());
        let read = Reader { lookup };
        let defaults = Settings::local();
        let limits = &defaults.limits;

        let listen = read
            .parsed::<SocketAddr>(&vars::LISTEN_ADDR)?
            .unwrap_or(leptos.site_addr);
        let metrics_listen = read.parsed::<SocketAddr>(&vars::METRICS_ADDR)?;
        let public_url = match read.text(&vars::PUBLIC_URL) {
            Some(url) => {
                public_origin(&url).ok_or_else(|| ConfigError::of(&vars::PUBLIC_URL, &url))?
            }
            None => format!("http://{listen}"),
        };
        let after_login_url = read
            .text(&vars::AFTER_LOGIN_URL)
            .map(|url| {
                let url = url.trim().to_owned();
                match after_login(&url) {
                    true => Ok(url),
                    false => Err(ConfigError::of(&vars::AFTER_LOGIN_URL, &url)),
                }
            })
            .transpose()?;
        let qr_scheme = read
            .text(&vars::QR_SCHEME)
            .map(|scheme| {
                let valid = scheme.starts_with(|c: char| c.is_ascii_lowercase())
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "+-.".contains(c));
                match valid {
                    true => Ok(scheme),
                    false => Err(ConfigError::of(&vars::QR_SCHEME, &scheme)),
                }
            })
            .transpose()?;
        let store = match (
            read.text(&vars::REDIS_URL),
            read.text(&vars::REDIS_CLUSTER_URLS),
        ) {
            (None, None) => StoreConfig::Memory,
            (Some(url), None) => StoreConfig::Redis(redis_url(&vars::REDIS_URL, &url)?),
            (None, Some(urls)) => {
                let seeds = urls
                    .split(',')
                    .filter(|url| !url.trim().is_empty())
                    .map(|url| redis_url(&vars::REDIS_CLUSTER_URLS, url))
                    .collect::<Result<Vec<_>, _>>()?;
                if seeds.is_empty() {
                    return Err(ConfigError::of(&vars::REDIS_CLUSTER_URLS, &urls));
                }
                StoreConfig::Cluster(seeds)
            }
            (Some(_), Some(urls)) => {
                return Err(ConfigError {
                    var: vars::REDIS_CLUSTER_URLS.name,
                    value: urls,
                    expected: "REDIS_URL unset: one Redis or a cluster, not both".into(),
                })
            }
        };
        let log_format = read
            .word(
                &vars::LOG_FORMAT,
                &[("text", LogFormat::Text), ("json", LogFormat::Json)],
            )?
            .unwrap_or(LogFormat::Text);
        let log_filter = match read.text(&vars::RUST_LOG) {
            None => const { vars::text(&vars::RUST_LOG) }.to_owned(),
            Some(value) => log_filter(&value)?,
        };
        let development = read
            .word(
                &vars::APP_ENV,
                &[
                    ("development", true),
                    ("dev", true),
                    ("production", false),
                    ("prod", false),
                ],
            )?
            .unwrap_or(false);
        let dev_reload = watching.then(|| {
            let port = leptos.reload_external_port.unwrap_or(leptos.reload_port);
            format!("ws://{}:{port}", listen.ip())
        });
        let limits = Limits {
            challenges_per_minute: read
                .number(&vars::CHALLENGES_PER_MINUTE, limits.challenges_per_minute)?,
            sign_ins_per_minute: read
                .number(&vars::SIGN_INS_PER_MINUTE, limits.sign_ins_per_minute)?,
            sign_ups_per_hour: read.number(&vars::SIGN_UPS_PER_HOUR, limits.sign_ups_per_hour)?,
            code_misses_per_minute: read
                .number(&vars::CODE_MISSES_PER_MINUTE, limits.code_misses_per_minute)?,
            user_code_misses_per_hour: read.number(
                &vars::USER_CODE_MISSES_PER_HOUR,
                limits.user_code_misses_per_hour,
            )?,
            sockets_per_address: read
                .count(&vars::SOCKETS_PER_ADDRESS, limits.sockets_per_address)?,
            long_polls_per_address: read
                .count(&vars::LONG_POLLS_PER_ADDRESS, limits.long_polls_per_address)?,
            hash_slots: read.count(&vars::PASSWORD_HASH_SLOTS, limits.hash_slots)?,
            hash_queue: read.count(&vars::PASSWORD_HASH_QUEUE, limits.hash_queue)?,
            request_timeout: read.seconds(&vars::REQUEST_TIMEOUT_SECS, limits.request_timeout)?,
            socket_idle: read.seconds(&vars::SOCKET_IDLE_SECS, limits.socket_idle)?,
        };
        let oidc_clients_path = read.text(&vars::OIDC_CLIENTS);
        let settings = Settings {
            cookie_secure: read
                .flag(&vars::COOKIE_SECURE)?
                .unwrap_or(public_url.starts_with("https://")),
            site_name: match read.text(&vars::SITE_NAME) {
                Some(name) => protocol::label::clean(&name, 64),
                None => host_of(&public_url),
            },
            public_url,
            after_login_url,
            qr_scheme,
            qr_mark: read.flag(&vars::QR_MARK)?.unwrap_or(defaults.qr_mark),
            qr_ttl: read.seconds(&vars::QR_TTL_SECS, defaults.qr_ttl)?,
            access_token_ttl: read
                .seconds(&vars::ACCESS_TOKEN_TTL_SECS, defaults.access_token_ttl)?,
            session_idle: read.seconds(&vars::SESSION_IDLE_SECS, defaults.session_idle)?,
            temporary_session_idle: read.seconds(
                &vars::TEMPORARY_SESSION_IDLE_SECS,
                defaults.temporary_session_idle,
            )?,
            max_linked_sessions: read
                .count(&vars::MAX_LINKED_SESSIONS, defaults.max_linked_sessions)?,
            kiosk_idle: read.seconds(&vars::KIOSK_IDLE_SECS, defaults.kiosk_idle)?,
            limits,
            jwt_key_path: read
                .text(&vars::JWT_KEY_PATH)
                .map_or(defaults.jwt_key_path, PathBuf::from),
            trust_proxy: read
                .flag(&vars::TRUST_PROXY)?
                .unwrap_or(defaults.trust_proxy),
            kiosk_passkeys: read
                .flag(&vars::KIOSK_PASSKEYS)?
                .unwrap_or(defaults.kiosk_passkeys),
            number_matching: read
                .flag(&vars::NUMBER_MATCHING)?
                .unwrap_or(defaults.number_matching),
            require_user_verification: read
                .flag(&vars::REQUIRE_USER_VERIFICATION)?
                .unwrap_or(defaults.require_user_verification),
            passkey_origins: read
                .text(&vars::PASSKEY_ORIGINS)
                .map(|list| {
                    list.split(',')
                        .map(str::trim)
                        .filter(|origin| !origin.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            oidc_clients: match &oidc_clients_path {
                Some(path) => read_clients(path)?,
                None => auth::oidc::Clients::default(),
            },
            // Within the variable's range (1 to 1,000,000): fits.
            oidc_key_generation: read.count(
                &vars::OIDC_KEY_GENERATION,
                defaults.oidc_key_generation as usize,
            )? as u32,
            device_poll: read.seconds(&vars::DEVICE_POLL_SECS, defaults.device_poll)?,
            device_code_ttl: read.seconds(&vars::DEVICE_CODE_TTL_SECS, defaults.device_code_ttl)?,
            dev_reload,
        };
        if !settings.passkey_origins.is_empty() {
            if let Err(why) = auth::core::relying_party(&settings) {
                let origins = settings.passkey_origins.join(",");
                return Err(ConfigError::of(&vars::PASSKEY_ORIGINS, &origins).because(why));
            }
        }
        // Passkeys are bound to a domain name: one that cannot have them
        // cannot require them.
        if settings.require_user_verification {
            if let Err(why) = auth::core::relying_party(&settings) {
                return Err(ConfigError {
                    var: vars::REQUIRE_USER_VERIFICATION.name,
                    value: "true".into(),
                    expected: format!("false, or a PUBLIC_URL that passkeys work with ({why})"),
                });
            }
        }
        let edge = Edge {
            max_connections: read
                .count(&vars::MAX_CONNECTIONS, serve::default_max_connections())?,
            header_read_timeout: read.seconds(
                &vars::HEADER_READ_TIMEOUT_SECS,
                const { vars::secs(&vars::HEADER_READ_TIMEOUT_SECS) },
            )?,
        };
        Ok(Self {
            listen,
            metrics_listen,
            store,
            log_format,
            log_filter,
            development,
            settings,
            edge,
            oidc_clients_path,
        })
    }
}

/// `RUST_LOG` checked as tracing reads it. Spaces around its commas are
/// dropped and anything not ASCII refused first: tracing-subscriber 0.3
/// panics on a directive that starts with a space before a wide character
/// (it slices the untrimmed text at the trimmed one's offsets).
fn log_filter(value: &str) -> Result<String, ConfigError> {
    let filter = value
        .split(',')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(",");
    if !filter.is_ascii() {
        return Err(ConfigError::of(&vars::RUST_LOG, value));
    }
    match tracing_subscriber::EnvFilter::try_new(&filter) {
        Ok(_) => Ok(filter),
        Err(why) => Err(ConfigError::of(&vars::RUST_LOG, value).because(why)),
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

/// The apps of the file `path` (TOML, `[[client]]` tables: docs/oidc.md):
/// at start-up, and again on SIGHUP.
#[allow(clippy::disallowed_methods)] // configuration is read here
pub fn read_clients(path: &str) -> Result<auth::oidc::Clients, ConfigError> {
    let bad = |expected: String| ConfigError {
        var: vars::OIDC_CLIENTS.name,
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

    /// Every variable of the table, by name.
    fn names() -> Vec<&'static str> {
        vars::ALL.iter().map(|var| var.name).collect()
    }

    #[test]
    fn the_reader_asks_for_every_variable_of_the_table_and_no_other() {
        let asked = std::cell::RefCell::new(Vec::new());
        let config = Config::from_lookup(&leptos(), |name| {
            asked.borrow_mut().push(name.to_owned());
            None
        });
        assert!(config.is_ok());
        let mut asked = asked.into_inner();
        asked.sort_unstable();
        asked.dedup();
        let mut listed: Vec<_> = names().into_iter().chain(["LEPTOS_WATCH"]).collect();
        listed.sort_unstable();
        assert_eq!(
            asked, listed,
            "read but not in auth/src/settings/vars.rs, or listed and never read"
        );
    }

    #[test]
    fn each_number_takes_its_range_from_the_table_and_nothing_beyond() {
        for var in vars::ALL {
            let Some((min, max)) = var.range() else {
                continue;
            };
            for fits in [min, max] {
                let read = load(&[(var.name, &fits.to_string())]);
                assert!(read.is_ok(), "{}={fits}: {:?}", var.name, read.err());
            }
            let beyond = [min.checked_sub(1), max.checked_add(1)];
            for value in beyond.into_iter().flatten() {
                let error = load(&[(var.name, &value.to_string())]).err();
                assert_eq!(error.map(|e| e.var), Some(var.name), "{}={value}", var.name);
            }
        }
    }

    /// The README's two tables of variables are the table's own words:
    /// `BLESS=1 cargo test -p server --lib -- readme` writes them anew.
    #[test]
    #[allow(clippy::disallowed_methods)] // BLESS is the test's own switch
    fn the_readme_tables_are_the_settings_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");
        let readme = std::fs::read_to_string(path).unwrap();
        let mut fresh = readme.clone();
        for (name, table) in [("site", vars::Table::Site), ("limits", vars::Table::Limits)] {
            let open = format!(
                "<!-- settings table `{name}`: generated from auth/src/settings/vars.rs -->\n"
            );
            let close = "<!-- end of the settings table -->";
            let start = fresh
                .find(&open)
                .map(|at| at + open.len())
                .unwrap_or_else(|| panic!("README has no {open}"));
            let end = start
                + fresh[start..]
                    .find(close)
                    .unwrap_or_else(|| panic!("README: no {close} after {open}"));
            fresh.replace_range(start..end, &vars::markdown(table));
        }
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(path, &fresh).unwrap();
            return;
        }
        assert!(readme == fresh, "README's settings tables differ from auth/src/settings/vars.rs: BLESS=1 cargo test -p server --lib -- readme");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(10_000))]

        /// Whatever an operator types, start-up either works or names the
        /// one variable that is wrong; it never panics.
        #[test]
        fn any_value_of_any_variable_is_read_or_refused_by_name(
            var in proptest::sample::select(names()),
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
