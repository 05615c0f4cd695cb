//! What the tests share: stores, the app's state and router, request helpers.

use std::sync::Arc;

use app::auth::{AppState, Settings, Store};
use axum::body::Body;
use axum::http::{Request, Response};
use axum::Router;
use leptos::config::LeptosOptions;
use server::store::{MemoryStore, RedisStore};
use tower::ServiceExt as _;

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

/// A key no other test (or earlier run) uses.
pub fn unique(prefix: &str) -> String {
    format!("test:{prefix}:{}", uuid::Uuid::new_v4().simple())
}

pub fn state(store: Arc<dyn Store>) -> AppState {
    AppState {
        leptos_options: LeptosOptions::builder().output_name("qr-login").build(),
        store,
        settings: Arc::new(Settings::local()),
        keys: Arc::new(app::auth::tokens::Keys::from_seed(&[42; 32])),
    }
}

pub fn memory_app() -> (Router, Arc<dyn Store>) {
    let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
    (server::routes::router(state(store.clone())), store)
}

pub async fn call(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone()
        .oneshot(request)
        .await
        .unwrap_or_else(|e| match e {})
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

pub async fn body_json(response: Response<Body>) -> serde_json::Value {
    serde_json::from_str(&body_text(response).await).unwrap_or(serde_json::Value::Null)
}

pub fn post(uri: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/json")
        .body(body.into())
        .unwrap_or_else(|e| panic!("{e}"))
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Everything the process logs from the first call on, at debug level.
pub fn captured_logs() -> std::sync::Arc<std::sync::Mutex<Vec<u8>>> {
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
