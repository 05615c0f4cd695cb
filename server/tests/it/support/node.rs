//! A server node as deployed: the real binary in its own process, on a
//! Redis that other nodes share. It can be stopped the two ways a node
//! stops: SIGTERM (drains) and SIGKILL (gone at once).

use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use auth::Settings;

use super::server::Server;
use super::{state_with, store_at, test_settings};
use ::server::config::StoreConfig;

pub struct Node {
    pub server: Server,
    child: Child,
    /// What the node writes (its log lines), kept in a file.
    pub log: PathBuf,
    /// `http://…/metrics` when started with a metrics listener.
    pub metrics: Option<String>,
}

/// A loopback port free now (the node binds it a moment later).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A signing key file for nodes that must share one (as a deployment does).
pub fn shared_key() -> PathBuf {
    std::env::temp_dir().join(format!("qr-login-node-{}.pem", uuid::Uuid::new_v4()))
}

pub struct NodeOptions<'a> {
    /// One Redis or a cluster, shared with the other nodes.
    pub store: &'a StoreConfig,
    pub key: &'a PathBuf,
    /// The deployment's `PUBLIC_URL`; `None`: the node's own address.
    pub public_url: Option<&'a str>,
    pub metrics: bool,
    pub env: &'a [(&'a str, &'a str)],
}

impl Node {
    pub async fn start(options: NodeOptions<'_>) -> Self {
        let base = format!("http://127.0.0.1:{}", free_port());
        let public_url = options.public_url.unwrap_or(&base).to_owned();
        let metrics_port = options.metrics.then(free_port);
        let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
        command
            .env("LISTEN_ADDR", base.trim_start_matches("http://"))
            .env("PUBLIC_URL", &public_url)
            .env("JWT_KEY_PATH", options.key)
            .env("LEPTOS_CONFIG", "/nonexistent")
            .env("RUST_LOG", "warn")
            .env("QR_TTL_SECS", "120")
            .env("CHALLENGES_PER_MINUTE", "100000")
            .env("SIGN_INS_PER_MINUTE", "100000")
            .env("SIGN_UPS_PER_HOUR", "100000")
            .env("CODE_MISSES_PER_MINUTE", "100000")
            .env("USER_CODE_MISSES_PER_HOUR", "100000")
            .env("SOCKETS_PER_ADDRESS", "100000")
            .envs(options.env.iter().copied());
        let log = std::env::temp_dir().join(format!("qr-login-node-{}.log", uuid::Uuid::new_v4()));
        let out = std::fs::File::create(&log).unwrap();
        command
            .stdout(Stdio::from(out.try_clone().unwrap()))
            .stderr(Stdio::from(out));
        match options.store {
            StoreConfig::Redis(url) => command.env("REDIS_URL", url),
            StoreConfig::Cluster(seeds) => command.env("REDIS_CLUSTER_URLS", seeds.join(",")),
            StoreConfig::Memory => panic!("nodes share a Redis"),
        };
        if let Some(port) = metrics_port {
            command.env("METRICS_ADDR", format!("127.0.0.1:{port}"));
        }
        let child = command.spawn().unwrap();
        let http = reqwest::Client::new();
        let ready = async {
            loop {
                if let Ok(response) = http.get(format!("{base}/readyz")).send().await {
                    if response.status().is_success() {
                        return;
                    }
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        };
        tokio::time::timeout(Duration::from_secs(20), ready)
            .await
            .expect("the node is ready within 20 s");
        let store = store_at(options.store).await;
        let core = state_with(
            store,
            Settings {
                public_url: public_url.clone(),
                ..test_settings()
            },
        )
        .core;
        Self {
            server: Server { base, core },
            child,
            log,
            metrics: metrics_port.map(|port| format!("http://127.0.0.1:{port}/metrics")),
        }
    }

    /// SIGTERM, as an orchestrator stops a node.
    pub fn terminate(&self) {
        self.signal("TERM");
    }

    /// SIGHUP: the node reads its client file again.
    pub fn hang_up(&self) {
        self.signal("HUP");
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// SIGKILL: the node is gone, its sockets with it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// How the process ended, within `within`; `None` if it is still running.
    pub async fn exited_within(&mut self, within: Duration) -> Option<ExitStatus> {
        let deadline = tokio::time::Instant::now() + within;
        while tokio::time::Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        None
    }

    /// Waits up to 5 s for a log line that contains `text`.
    pub async fn logged(&self, text: &str) -> bool {
        for _ in 0..100 {
            if std::fs::read_to_string(&self.log).is_ok_and(|log| log.contains(text)) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill();
    }
}
