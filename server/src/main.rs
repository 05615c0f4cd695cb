//! Reads the configuration, opens the store, serves until SIGTERM or Ctrl-C.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use app::auth::AppState;
use server::config::Config;
use server::{routes, store, telemetry};

/// Leptos's run-time options: `LEPTOS_CONFIG` or `Leptos.toml` when present,
/// overridden by `LEPTOS_*` variables (cargo-leptos sets them).
fn leptos_options() -> Result<leptos::config::LeptosOptions, String> {
    let file = std::env::var("LEPTOS_CONFIG").unwrap_or_else(|_| "Leptos.toml".into());
    let path = std::path::Path::new(&file)
        .exists()
        .then_some(file.as_str());
    leptos::config::get_configuration(path)
        .map(|conf| conf.leptos_options)
        .map_err(|e| format!("Leptos options ({file}): {e}"))
}

#[tokio::main]
async fn main() -> ExitCode {
    let leptos_options = match leptos_options() {
        Ok(options) => options,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    let config = match Config::from_env(leptos_options.site_addr) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(config.log_format);

    let store = match store::open(config.redis_url.as_deref()).await {
        Ok(store) => store,
        Err(error) => {
            eprintln!("REDIS_URL: cannot reach the store: {error}");
            return ExitCode::from(2);
        }
    };
    if app::qr::version(&config.settings.qr_payload("AAAAAAAAAAAAAAAAAAAAAA")).unwrap_or(41) > 4 {
        tracing::warn!(public_url = %config.settings.public_url, "QR payload needs a QR code larger than version 4; a shorter PUBLIC_URL scans more easily");
    }
    let state = AppState {
        leptos_options,
        store,
        settings: Arc::new(config.settings.clone()),
    };
    let app = routes::router(state);

    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("LISTEN_ADDR: cannot listen on {}: {error}", config.listen);
            return ExitCode::from(2);
        }
    };
    tracing::info!(
        listen = %config.listen,
        public_url = %config.settings.public_url,
        store = if config.redis_url.is_some() { "redis" } else { "memory" },
        "serving"
    );
    let served = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await;
    match served {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "server failed");
            ExitCode::FAILURE
        }
    }
}

/// SIGTERM or Ctrl-C: stop accepting, let in-flight requests finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
