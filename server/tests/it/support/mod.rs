//! What the tests share: stores, the app's state, a real server on a
//! loopback port, and drivers that act as a browser and as a phone.

pub mod authenticator;
pub mod browser;
pub mod node;
pub mod oneshot;
pub mod phone;
pub mod server;

use std::sync::Arc;

use ::server::config::StoreConfig;
use ::server::store::RedisStore;
use app::state::AppState;
use auth::settings::Limits;
use auth::{Core, Settings, Store};
use leptos::config::LeptosOptions;

/// Runs each named scenario three times, against the in-memory store, the
/// test Redis and the test Redis Cluster: `async fn name(store: Arc<dyn
/// Store>)` in the same file.
macro_rules! for_each_store {
    ($($case:ident),* $(,)?) => {
        mod memory {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case(crate::support::memory_store()).await;
                }
            )*
        }
        mod redis {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case(crate::support::shared_redis().await).await;
                }
            )*
        }
        mod cluster {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case(crate::support::shared_cluster().await).await;
                }
            )*
        }
    };
}
pub(crate) use for_each_store;

pub fn redis_url() -> String {
    std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| {
        panic!("TEST_REDIS_URL is not set: run scripts/test, which starts a redis-server for the tests")
    })
}

pub async fn redis_store() -> RedisStore {
    RedisStore::connect(&redis_url())
        .await
        .unwrap_or_else(|e| panic!("redis at {}: {e}", redis_url()))
}

/// The seed nodes of the test Redis Cluster.
pub fn cluster_urls() -> Vec<String> {
    std::env::var("TEST_REDIS_CLUSTER_URLS")
        .unwrap_or_else(|_| {
            panic!("TEST_REDIS_CLUSTER_URLS is not set: run scripts/test, which starts a Redis Cluster for the tests")
        })
        .split(',')
        .map(str::to_owned)
        .collect()
}

pub async fn cluster_store() -> RedisStore {
    RedisStore::connect_cluster(&cluster_urls())
        .await
        .unwrap_or_else(|e| panic!("redis cluster at {:?}: {e}", cluster_urls()))
}

pub async fn shared_cluster() -> Arc<dyn Store> {
    Arc::new(cluster_store().await)
}

/// The test Redis, as a node's configuration names it.
pub fn redis_config() -> StoreConfig {
    StoreConfig::Redis(redis_url())
}

/// The test Redis Cluster, as a node's configuration names it.
pub fn cluster_config() -> StoreConfig {
    StoreConfig::Cluster(cluster_urls())
}

/// A store as a node's configuration names it (a test's own Redis too).
pub async fn store_at(config: &StoreConfig) -> Arc<dyn Store> {
    ::server::store::open(config)
        .await
        .unwrap_or_else(|e| panic!("{} store: {e}", config.name()))
}

pub fn memory_store() -> Arc<dyn Store> {
    Arc::new(::server::store::MemoryStore::new())
}

pub async fn shared_redis() -> Arc<dyn Store> {
    Arc::new(redis_store().await)
}

/// A key no other test (or earlier run) uses.
pub fn unique(prefix: &str) -> String {
    format!("test:{prefix}:{}", uuid::Uuid::new_v4().simple())
}

/// A username no other test (or earlier run) uses.
pub fn unique_name(prefix: &str) -> String {
    format!(
        "{prefix}{}",
        &uuid::Uuid::new_v4().simple().to_string()[..12]
    )
}

/// The server's settings for tests. Every test asks from 127.0.0.1, many at
/// once against one Redis: the per-address limits are raised here, and each
/// has its own test with its own low limit.
pub fn test_settings() -> Settings {
    Settings {
        limits: Limits {
            challenges_per_minute: 100_000,
            sign_ins_per_minute: 100_000,
            sign_ups_per_hour: 100_000,
            code_misses_per_minute: 100_000,
            user_code_misses_per_hour: 100_000,
            sockets_per_address: 100_000,
            long_polls_per_address: 100_000,
            ..Limits::local()
        },
        // Devices poll every second: no test waits the default five.
        device_poll: std::time::Duration::from_secs(1),
        ..Settings::local()
    }
}

pub fn state_with(store: Arc<dyn Store>, settings: Settings) -> AppState {
    let mut keys = auth::tokens::Keys::from_seed_at(&[42; 32], settings.oidc_key_generation);
    if settings.oidc_clients.any_rs256() {
        // As the server does with OIDC_CLIENTS: one key file, made by the
        // first run and kept in the target directory for the next.
        let rsa = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("oidc-test.rs256.pem");
        keys = keys.with_rs256(&rsa).unwrap();
    }
    AppState {
        leptos_options: LeptosOptions::builder().output_name("qr-login").build(),
        core: Core::new(store, settings, keys),
    }
}

pub fn state(store: Arc<dyn Store>) -> AppState {
    state_with(store, test_settings())
}

/// Everything the process logs from the first call on, at debug level.
pub fn captured_logs() -> Arc<std::sync::Mutex<Vec<u8>>> {
    use std::sync::{Mutex, OnceLock};
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter("debug,hyper=info,h2=info,tungstenite=info,tokio_tungstenite=info")
            .with_ansi(false)
            .with_writer(move || LogSink(sink.clone()))
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
        logs
    })
    .clone()
}

/// The value of the counter `name` with each of `labels` (`key="value"`)
/// as this process's `/metrics` would show it now: the first call installs
/// the exporter. Counters only grow, and other tests move them too.
pub fn counted(name: &str, labels: &[&str]) -> f64 {
    use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
    use std::sync::OnceLock;
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    let page = HANDLE
        .get_or_init(|| PrometheusBuilder::new().install_recorder().unwrap())
        .render();
    page.lines()
        .filter_map(|line| line.rsplit_once(' '))
        .filter(|(key, _)| {
            key.strip_prefix(name).is_some_and(|rest| {
                rest.starts_with('{') && labels.iter().all(|l| rest.contains(l))
            })
        })
        .filter_map(|(_, value)| value.parse::<f64>().ok())
        .sum()
}

struct LogSink(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogSink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut logs) = self.0.lock() {
            logs.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A browser logged in through the QR by a fresh phone: session cookie set,
/// its session socket open.
pub struct LoggedIn {
    pub browser: browser::Browser,
    pub phone: phone::Phone,
    pub challenge: protocol::ChallengeCreated,
    pub access_token: String,
    pub session_socket: browser::Socket,
}

pub async fn logged_in(server: &server::Server) -> LoggedIn {
    let phone = phone::Phone::sign_up(server).await;
    logged_in_with(server, phone).await
}

/// A new browser logged in by `phone`.
pub async fn logged_in_with(server: &server::Server, phone: phone::Phone) -> LoggedIn {
    let browser = browser::Browser::new(server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    phone.approve(&browser::token_of(&challenge)).await.unwrap();
    let (access_token, _, session_socket) = finish(&browser, &mut socket).await;
    LoggedIn {
        browser,
        phone,
        challenge,
        access_token,
        session_socket,
    }
}

/// After an approval: hears the access token on `socket`, trades it for the
/// session cookie, and opens the session socket. Returns the token, the
/// `Set-Cookie` and the socket.
pub async fn finish(
    browser: &browser::Browser,
    socket: &mut browser::Socket,
) -> (String, String, browser::Socket) {
    let access_token = loop {
        match socket.next_event().await {
            protocol::BrowserEvent::QrAuthorized { access_token, .. } => break access_token,
            protocol::BrowserEvent::QrScanned { .. }
            | protocol::BrowserEvent::QrSigningIn { .. } => {}
            other => panic!("expected qr_authorized, got {other:?}"),
        }
    };
    let opened = browser.open_session(&access_token).await;
    assert_eq!(opened.status, reqwest::StatusCode::OK, "{}", opened.body);
    let session_socket = browser.socket("/api/session/ws").await.unwrap();
    (
        access_token,
        opened.set_cookie.unwrap_or_default(),
        session_socket,
    )
}

/// What a raw request got: its status, `Retry-After`, and its JSON body.
#[derive(Debug)]
pub struct Reply {
    pub status: reqwest::StatusCode,
    pub retry_after: Option<String>,
    pub body: serde_json::Value,
}

impl Reply {
    pub async fn of(response: reqwest::Response) -> Self {
        Self {
            status: response.status(),
            retry_after: response
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap_or_default().to_owned()),
            body: response.json().await.unwrap_or(serde_json::Value::Null),
        }
    }

    /// The `error` code of the body, `""` when there is none.
    pub fn code(&self) -> &str {
        self.body["error"].as_str().unwrap_or("")
    }
}

/// A JSON POST from a client that is not a browser (no cookies, no origin),
/// with `headers` added.
pub async fn post_json(url: String, body: &serde_json::Value, headers: &[(&str, &str)]) -> Reply {
    let mut request = reqwest::Client::new().post(url).json(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    Reply::of(request.send().await.unwrap()).await
}

/// A client address no other test or run has used (a /64 of its own: the
/// per-address counters live in the shared Redis for up to an hour).
pub fn fresh_address() -> String {
    let r = uuid::Uuid::new_v4().as_u128();
    format!("2001:db8:{:x}:{:x}::1", (r >> 16) as u16, r as u16)
}

/// Runs `make(i)` for each `i` in `0..n` at the same moment (behind a
/// barrier, each in its own task) and collects what each returned.
pub async fn all_at_once<T, F>(n: usize, make: impl Fn(usize) -> F) -> Vec<T>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let start_line = Arc::new(tokio::sync::Barrier::new(n));
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let (work, start_line) = (make(i), start_line.clone());
            tokio::spawn(async move {
                start_line.wait().await;
                work.await
            })
        })
        .collect();
    let mut results = Vec::with_capacity(n);
    for task in tasks {
        results.push(task.await.unwrap());
    }
    results
}

/// An answer of the API: the body on success, else the status and error.
pub type Answer<T> = Result<T, (reqwest::StatusCode, protocol::ErrorBody)>;

pub async fn answer<T: serde::de::DeserializeOwned>(response: reqwest::Response) -> Answer<T> {
    let status = response.status();
    if status.is_success() {
        Ok(response.json().await.unwrap())
    } else {
        Err((status, response.json().await.unwrap()))
    }
}
