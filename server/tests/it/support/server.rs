//! A real server on a loopback port, with the production listener
//! (connection cap, header-read timeout) and its own settings.

use std::sync::Arc;
use std::time::Duration;

use auth::{Core, Settings, Store};
use server::serve::Edge;

use super::{state_with, test_settings};

pub struct Server {
    /// `http://127.0.0.1:{port}`: also the server's `PUBLIC_URL`.
    pub base: String,
    /// The server's own core, for tests that look behind the API.
    pub core: Core,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn ws_url(&self, path: &str) -> String {
        format!("{}{path}", self.base.replacen("http", "ws", 1))
    }

    /// The status `GET /api/session` answers with `token` as Bearer.
    pub async fn session_by_bearer(&self, token: &str) -> reqwest::StatusCode {
        reqwest::Client::new()
            .get(self.url("/api/session"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .status()
    }
}

/// The listener's bounds for tests; `start_with_edge` sets others.
pub fn test_edge() -> Edge {
    Edge {
        max_connections: 10_000,
        header_read_timeout: Duration::from_secs(15),
    }
}

pub async fn start(store: Arc<dyn Store>) -> Server {
    start_with(store, test_settings()).await
}

pub async fn start_with(store: Arc<dyn Store>, settings: Settings) -> Server {
    start_with_edge(store, settings, test_edge()).await
}

/// Settings are the caller's, but `PUBLIC_URL` is always the address the
/// server got, as a deployment's would be its own.
pub async fn start_with_edge(store: Arc<dyn Store>, settings: Settings, edge: Edge) -> Server {
    let (listener, port) = listen().await;
    let base = format!("http://127.0.0.1:{port}");
    let public_url = base.clone();
    launch(
        listener,
        store,
        Settings {
            public_url,
            ..settings
        },
        edge,
        base,
    )
}

/// A server whose `PUBLIC_URL` is `http://localhost:{port}`: a domain
/// name, as passkeys need (the tests still reach it at 127.0.0.1).
pub async fn start_on_localhost(store: Arc<dyn Store>, settings: Settings) -> Server {
    let (listener, port) = listen().await;
    let public_url = format!("http://localhost:{port}");
    let base = format!("http://127.0.0.1:{port}");
    launch(
        listener,
        store,
        Settings {
            public_url,
            ..settings
        },
        test_edge(),
        base,
    )
}

async fn listen() -> (tokio::net::TcpListener, u16) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    (listener, port)
}

/// Serves the router for `settings` on `listener`, reached at `base`.
fn launch(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Store>,
    settings: Settings,
    edge: Edge,
    base: String,
) -> Server {
    let state = state_with(store, settings);
    let app = server::routes::router(state.clone());
    tokio::spawn(server::serve::serve(
        listener,
        app,
        edge,
        std::future::pending(),
    ));
    tokio::spawn(auth::upkeep::run(state.core.clone()));
    Server {
        base,
        core: state.core,
    }
}

/// Another node of a site, in a runtime of its own: [`Apart::stop`]
/// drops every task it runs (its listener, its sweep of the timers, its
/// sends under way), as a node that stops loses them.
pub struct Apart {
    pub server: Server,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Apart {
    pub fn stop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl Drop for Apart {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A node of `server`'s site (the same store, settings and `PUBLIC_URL`)
/// on a port of its own, apart.
pub async fn start_apart(server: &Server) -> Apart {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (store, settings) = (server.core.store.clone(), (*server.core.settings).clone());
    let server = runtime
        .spawn(async move {
            let (listener, port) = listen().await;
            let base = format!("http://127.0.0.1:{port}");
            launch(listener, store, settings, test_edge(), base)
        })
        .await
        .unwrap();
    Apart {
        server,
        runtime: Some(runtime),
    }
}

/// Settings with a QR lifetime of `qr_ttl`.
pub fn with_qr_ttl(qr_ttl: Duration) -> Settings {
    Settings {
        qr_ttl,
        ..test_settings()
    }
}

/// A server whose `PUBLIC_URL` is not the address it listens on (behind a
/// reverse proxy): the origin its pages have is `public_url`.
pub async fn start_behind(store: Arc<dyn Store>, public_url: &str) -> Server {
    let (listener, port) = listen().await;
    let settings = Settings {
        public_url: public_url.into(),
        ..test_settings()
    };
    launch(
        listener,
        store,
        settings,
        test_edge(),
        format!("http://127.0.0.1:{port}"),
    )
}
