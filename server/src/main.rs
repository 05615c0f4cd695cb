//! Reads the configuration, opens the store, serves until SIGTERM or Ctrl-C
//! (SIGHUP reads the OpenID Connect client file again).
//! `server admin disable-user NAME` / `enable-user NAME` act on a shared
//! (Redis) store and exit; `server admin oidc-secret` prints a new client
//! secret for `OIDC_CLIENTS` and opens nothing. `server --help` lists them.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use app::state::AppState;
use auth::tokens::Keys;
use auth::{accounts, cascade, Core};
use leptos::config::LeptosOptions;
use server::config::{Config, StoreConfig};
use server::{routes, serve, site, store, telemetry};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long open sockets have, after a shutdown signal, to send their close.
const SOCKETS_CLOSE_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// The development demo account, named in the start-up log.
const DEMO_USER: (&str, &str) = ("demo", "demo-password");

async fn state(config: &Config, leptos_options: LeptosOptions) -> Result<AppState, String> {
    let store = store::open(&config.store)
        .await
        .map_err(|e| format!("{}: cannot reach the store: {e}", config.store.name()))?;
    let key_path = &config.settings.jwt_key_path;
    let generation = config.settings.oidc_key_generation;
    let mut keys = Keys::load_or_create(key_path, auth::random(), generation)
        .map_err(|e| format!("JWT_KEY_PATH: {e}"))?;
    if config.settings.oidc_clients.any_rs256() {
        // The provider's RS256 key, beside the signing key (docs/oidc.md).
        keys = keys
            .with_rs256(&key_path.with_extension("rs256.pem"))
            .map_err(|e| format!("JWT_KEY_PATH: {e}"))?;
    }
    Ok(AppState {
        leptos_options,
        core: Core::new(store, config.settings.clone(), keys),
    })
}

/// The QR login server. With no command it serves, configured by its
/// environment (README, "Configuration").
#[derive(Parser)]
#[command(name = "server", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// An operator's commands; those on accounts act on the shared store
    /// (REDIS_URL or REDIS_CLUSTER_URLS, as the servers have it).
    #[command(subcommand)]
    Admin(Admin),
}

#[derive(Subcommand)]
enum Admin {
    /// Disables an account: its phones and web sessions are signed out.
    DisableUser {
        // A username may begin with a dash.
        #[arg(allow_hyphen_values = true)]
        name: String,
    },
    /// Enables a disabled account again.
    EnableUser {
        #[arg(allow_hyphen_values = true)]
        name: String,
    },
    /// Prints a new client secret for an app (OpenID Connect) and its line
    /// for the OIDC_CLIENTS file; opens no store.
    OidcSecret,
}

#[tokio::main]
async fn main() -> ExitCode {
    // What to do to an account, if that is the command.
    let account = match Cli::parse().command {
        None => None,
        Some(Command::Admin(Admin::DisableUser { name })) => Some((name, true)),
        Some(Command::Admin(Admin::EnableUser { name })) => Some((name, false)),
        Some(Command::Admin(Admin::OidcSecret)) => {
            let (secret, digest) = auth::oidc::clients::new_secret(auth::random());
            println!("client secret (give it to the app):  {secret}");
            println!("its line for OIDC_CLIENTS:           secret_sha256 = \"{digest}\"");
            return ExitCode::SUCCESS;
        }
    };
    let leptos_options = match site::leptos_options() {
        Ok(options) => options,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    let config = match Config::from_env(&leptos_options) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    if account.is_some() && config.store == StoreConfig::Memory {
        eprintln!("admin commands act on a shared store: set REDIS_URL (or REDIS_CLUSTER_URLS) as the servers have it");
        return ExitCode::from(2);
    }
    telemetry::init(config.log_format, &config.log_filter);
    let state = match state(&config, leptos_options).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("start-up error: {error}");
            return ExitCode::from(2);
        }
    };
    match account {
        Some((name, disable)) => set_disabled(&state, &name, disable).await,
        None => serve(state, config).await,
    }
}

async fn serve(state: AppState, config: Config) -> ExitCode {
    if app::qr::version(&config.settings.qr_payload("AAAAAAAAAAAAAAAAAAAAAA"), false).unwrap_or(41)
        > 4
    {
        tracing::warn!(public_url = %config.settings.public_url, "the QR payload needs a QR code larger than version 4; a shorter PUBLIC_URL scans more easily");
    }
    if config.development {
        let (name, password) = DEMO_USER;
        match accounts::ensure_demo(&state.core, name, password).await {
            Ok(()) => tracing::info!("development mode (APP_ENV=development): demo account \"{name}\", password \"{password}\""),
            Err(error) => tracing::warn!(%error, "demo account not created"),
        }
    }
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("LISTEN_ADDR: cannot listen on {}: {error}", config.listen);
            return ExitCode::from(2);
        }
    };
    if let Some(address) = config.metrics_listen {
        let bound = match tokio::net::TcpListener::bind(address).await {
            Ok(listener) => server::metrics::serve(listener),
            Err(error) => Err(error.to_string()),
        };
        match bound {
            Ok(address) => tracing::info!(%address, "metrics at http://{address}/metrics"),
            Err(error) => {
                eprintln!("METRICS_ADDR: cannot serve metrics on {address}: {error}");
                return ExitCode::from(2);
            }
        }
    }
    tracing::info!(
        listen = %config.listen,
        public_url = %config.settings.public_url,
        store = config.store.name(),
        max_connections = config.edge.max_connections,
        "serving"
    );
    #[cfg(unix)]
    if let Some(path) = config.oidc_clients_path.clone() {
        let clients = state.core.settings.oidc_clients.clone();
        let rs256 = state.core.keys.oidc().has_rs256();
        tokio::spawn(reread_clients_on_hangup(path, clients, rs256));
    }
    // The timers (back-channel logouts still to send, idle ends): every
    // node sweeps them; each goes to whichever comes first.
    tokio::spawn(auth::upkeep::run(state.core.clone()));
    let admission = state.core.admission.clone();
    let stopping = admission.clone();
    serve::serve(listener, routes::router(state), config.edge, async move {
        shutdown_signal().await;
        // Sockets and long polls end now (1012: reconnect), while requests
        // in flight finish; /readyz says 503 meanwhile.
        stopping.drain();
    })
    .await;
    let deadline = tokio::time::Instant::now() + SOCKETS_CLOSE_GRACE;
    while admission.open_sockets() > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// `admin disable-user NAME` / `enable-user NAME`.
async fn set_disabled(state: &AppState, name: &str, disable: bool) -> ExitCode {
    match cascade::set_disabled(&state.core, name, disable).await {
        Ok(true) => {
            println!(
                "{name}: {}",
                if disable {
                    "disabled; its phones and web sessions are signed out"
                } else {
                    "enabled"
                }
            );
            ExitCode::SUCCESS
        }
        Ok(false) => {
            eprintln!("{name}: no such user");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("{name}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// SIGHUP: reads `OIDC_CLIENTS` again, so that apps are added, changed
/// or removed without a restart. A file that does not load leaves the
/// clients as they were, and the log says why.
#[cfg(unix)]
async fn reread_clients_on_hangup(path: String, clients: auth::oidc::Clients, rs256: bool) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hangups = match signal(SignalKind::hangup()) {
        Ok(hangups) => hangups,
        Err(error) => {
            tracing::warn!(%error, "no SIGHUP: OIDC_CLIENTS is read at start-up only");
            return;
        }
    };
    while hangups.recv().await.is_some() {
        match server::config::read_clients(&path) {
            Ok(fresh) if fresh.any_rs256() && !rs256 => {
                tracing::warn!(
                    "OIDC_CLIENTS not read again: a client asks for RS256, whose key is \
                     made at start-up; restart the server (the clients stay as they were)"
                );
            }
            Ok(fresh) => {
                clients.replace(&fresh);
                tracing::info!(path, clients = fresh.len(), "OIDC_CLIENTS read again");
            }
            Err(error) => {
                tracing::warn!(%error, "OIDC_CLIENTS not read again: the clients stay as they were");
            }
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
    tracing::info!("shutting down: closing sockets, finishing in-flight requests");
}
