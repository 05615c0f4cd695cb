//! Several nodes on one Redis, as deployed behind a load balancer: each node
//! is the real binary in its own process. A browser on one node is signed in
//! by a phone on another; revocations and an operator's `disable-user` reach
//! every node; a node that stops (SIGTERM) or dies (SIGKILL) loses no login;
//! Redis going away and coming back costs nothing but the outage; and the
//! metrics listener shows what happened.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::StreamExt as _;
use protocol::BrowserEvent;
use reqwest::StatusCode;
use tokio_tungstenite::tungstenite::Message;

use crate::support::browser::{token_of, try_login, Browser, Socket};
use crate::support::node::{free_port, shared_key, Node, NodeOptions};
use crate::support::phone::Phone;
use crate::support::{finish, logged_in_with, redis_config, redis_url, LoggedIn};
use ::server::config::StoreConfig;

/// Two nodes of one deployment: the same Redis, signing key and `PUBLIC_URL`.
pub async fn two_nodes(store: &StoreConfig) -> (Node, Node) {
    let key = shared_key();
    let a = Node::start(NodeOptions {
        store,
        key: &key,
        public_url: None,
        metrics: false,
        env: &[],
    })
    .await;
    let b = Node::start(NodeOptions {
        store,
        key: &key,
        public_url: Some(&a.server.core.settings.public_url.clone()),
        metrics: false,
        env: &[],
    })
    .await;
    (a, b)
}

fn revoked(reason: &str) -> BrowserEvent {
    BrowserEvent::SessionRevoked {
        reason: reason.into(),
    }
}

/// The close code the server ended `socket` with, within `within`.
async fn close_code(socket: &mut Socket, within: Duration) -> Option<u16> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, socket.0.next()).await {
            Ok(Some(Ok(Message::Close(frame)))) => return frame.map(|f| u16::from(f.code)),
            Ok(Some(Ok(_))) => {}
            Ok(None | Some(Err(_))) | Err(_) => return None,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_on_one_node_is_signed_in_by_a_phone_on_another() {
    browser_on_one_node_signed_in_by_a_phone_on_another(&redis_config()).await;
}

/// Also run on the Redis Cluster (`cluster.rs`).
pub async fn browser_on_one_node_signed_in_by_a_phone_on_another(store: &StoreConfig) {
    let (a, b) = two_nodes(store).await;
    let browser = Browser::new(&a.server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    let phone = Phone::sign_up(&b.server).await;
    let token = token_of(&challenge);
    phone.inspect(&token).await.unwrap();
    assert!(matches!(
        socket.next_event().await,
        BrowserEvent::QrScanned { .. }
    ));
    phone.approve(&token).await.unwrap();
    let (_, _, _session_socket) = finish(&browser, &mut socket).await;
    let session = browser.session().await.unwrap();
    assert_eq!(session.user.display_name, phone.display_name);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revocation_on_one_node_reaches_a_session_socket_on_another() {
    revocation_on_one_node_reaches_a_session_socket_on_another(&redis_config()).await;
}

/// Also run on the Redis Cluster (`cluster.rs`).
pub async fn revocation_on_one_node_reaches_a_session_socket_on_another(store: &StoreConfig) {
    let (a, b) = two_nodes(store).await;
    let LoggedIn {
        phone,
        mut session_socket,
        ..
    } = logged_in_with(&a.server, Phone::sign_up(&b.server).await).await;
    let session_id = phone.devices().await[0].session_id.clone();
    assert_eq!(
        phone.delete(&format!("/api/devices/{session_id}")).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        session_socket.next_event().await,
        revoked("removed_by_phone")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disabling_a_user_reaches_its_sessions_on_every_node() {
    let (a, b) = two_nodes(&redis_config()).await;
    let phone = Phone::sign_up(&b.server).await;
    let username = phone.username.clone();
    let second_phone = phone.another("Pixel 9").await;
    let LoggedIn {
        session_socket: mut on_a,
        ..
    } = logged_in_with(&a.server, phone).await;
    let LoggedIn {
        session_socket: mut on_b,
        ..
    } = logged_in_with(&b.server, second_phone).await;
    let disabled = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "disable-user", &username])
        .env("REDIS_URL", redis_url())
        .env("JWT_KEY_PATH", shared_key())
        .env("LEPTOS_CONFIG", "/nonexistent")
        .output()
        .unwrap();
    assert!(
        disabled.status.success(),
        "{}",
        String::from_utf8_lossy(&disabled.stderr)
    );
    assert_eq!(on_a.next_event().await, revoked("account_disabled"));
    assert_eq!(on_b.next_event().await, revoked("account_disabled"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopping_node_closes_its_sockets_with_1012_and_its_browser_signs_in_elsewhere() {
    let (mut a, b) = two_nodes(&redis_config()).await;
    let mut browser = Browser::new(&a.server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    let LoggedIn {
        session_socket: mut signed_in,
        ..
    } = logged_in_with(&a.server, Phone::sign_up(&b.server).await).await;

    a.terminate();
    assert_eq!(
        close_code(&mut socket, Duration::from_secs(3)).await,
        Some(1012)
    );
    assert_eq!(
        close_code(&mut signed_in, Duration::from_secs(3)).await,
        Some(1012)
    );
    let status = a.exited_within(Duration::from_secs(8)).await;
    assert!(
        status.is_some_and(|s| s.success()),
        "the node exits cleanly: {status:?}"
    );

    // The page reconnects; the load balancer sends it to the other node.
    browser.switch_to(&b.server);
    let mut socket = browser.watch(&challenge).await;
    let phone = Phone::sign_up(&b.server).await;
    phone.approve(&token_of(&challenge)).await.unwrap();
    finish(&browser, &mut socket).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_nodes_browser_signs_in_through_another() {
    let (mut a, b) = two_nodes(&redis_config()).await;
    let mut browser = Browser::new(&a.server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    a.kill();
    assert!(socket.closed_within(Duration::from_secs(3)).await);

    browser.switch_to(&b.server);
    let mut socket = browser.watch(&challenge).await;
    let phone = Phone::sign_up(&b.server).await;
    phone.approve(&token_of(&challenge)).await.unwrap();
    finish(&browser, &mut socket).await;
}

/// The value of the sample `name` (with its labels, as printed) in a
/// Prometheus text page; 0 when absent.
fn sample(page: &str, name: &str) -> f64 {
    page.lines()
        .find_map(|line| {
            let (key, value) = line.rsplit_once(' ')?;
            (key == name).then(|| value.parse().ok())?
        })
        .unwrap_or(0.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_served_apart_and_move_during_a_login() {
    let key = shared_key();
    let node = Node::start(NodeOptions {
        store: &redis_config(),
        key: &key,
        public_url: None,
        metrics: true,
        env: &[],
    })
    .await;
    let metrics = node.metrics.clone().unwrap();
    let scrape = || async {
        let response = reqwest::get(&metrics).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.text().await.unwrap()
    };
    let public = reqwest::get(node.server.url("/metrics")).await.unwrap();
    assert_eq!(
        public.status(),
        StatusCode::NOT_FOUND,
        "never on the public listener"
    );

    let before = scrape().await;
    let browser = Browser::new(&node.server);
    let challenge = browser.challenge().await;
    let mut socket = browser.watch(&challenge).await;
    let waiting = scrape().await;
    assert_eq!(sample(&waiting, "qr_open_sockets{kind=\"challenge\"}"), 1.0);
    let phone = Phone::sign_up(&node.server).await;
    phone.approve(&token_of(&challenge)).await.unwrap();
    let (_, _, _signed_in) = finish(&browser, &mut socket).await;
    // A refusal: one socket too many on a challenge.
    let crowded = browser.challenge().await;
    let mut held = Vec::new();
    for _ in 0..5 {
        if let Ok(socket) = browser
            .socket(&format!("/api/qr/ws?qrId={}", crowded.qr_id))
            .await
        {
            held.push(socket);
        }
    }
    assert_eq!(held.len(), 4, "a challenge holds four sockets");
    // Histograms are folded in every 5 s.
    tokio::time::sleep(Duration::from_millis(5_200)).await;
    let after = scrape().await;

    for kind in ["created", "approved", "token_issued"] {
        let name = format!("qr_login_events_total{{kind=\"{kind}\"}}");
        assert!(
            sample(&after, &name) > sample(&before, &name),
            "{name} moved:\n{after}"
        );
    }
    assert!(
        sample(&after, "qr_approve_to_notify_seconds_count")
            > sample(&before, "qr_approve_to_notify_seconds_count"),
        "{after}"
    );
    assert!(sample(&after, "qr_refusals_total{reason=\"rate_limited\"}") >= 1.0);
    assert_eq!(sample(&after, "qr_open_sockets{kind=\"challenge\"}"), 4.0);
    assert_eq!(sample(&after, "qr_open_sockets{kind=\"session\"}"), 1.0);
    assert!(after.contains("# HELP qr_open_sockets"), "{after}");
}

/// A Redis of the test's own, which it may stop and start again with its
/// data (saved on shutdown, as a deployment with persistence does).
pub struct OwnRedis {
    port: u16,
    dir: std::path::PathBuf,
    process: Option<Child>,
}

impl OwnRedis {
    pub fn start() -> Self {
        let dir = std::env::temp_dir().join(format!("qr-login-redis-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut redis = Self {
            port: free_port(),
            dir,
            process: None,
        };
        redis.resume();
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// The port, for `redis-cli -p`.
    pub fn port(&self) -> u16 {
        self.port
    }

    fn cli(&self, words: &[&str]) -> bool {
        Command::new("redis-cli")
            .args(["-p", &self.port.to_string()])
            .args(words)
            .output()
            .is_ok_and(|out| out.status.success() && !out.stdout.starts_with(b"Could not"))
    }

    fn resume(&mut self) {
        let process = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args([
                "--dir",
                self.dir.to_str().unwrap(),
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server on PATH (scripts/install-tools installs it)");
        self.process = Some(process);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.cli(&["ping"]) {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops Redis, keeping its data for [`Self::resume`].
    fn stop(&mut self) {
        // SHUTDOWN SAVE writes the data even with no save points set.
        let _ = self.cli(&["shutdown", "save"]);
        if let Some(mut process) = self.process.take() {
            let _ = process.wait();
        }
    }
}

impl Drop for OwnRedis {
    fn drop(&mut self) {
        if let Some(mut process) = self.process.take() {
            let _ = process.kill();
            let _ = process.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_outage_answers_unavailable_and_logins_resume_within_two_seconds() {
    let mut redis = OwnRedis::start();
    let key = shared_key();
    let mut node = Node::start(NodeOptions {
        store: &StoreConfig::Redis(redis.url()),
        key: &key,
        public_url: None,
        metrics: false,
        env: &[],
    })
    .await;
    let phone = Phone::sign_up(&node.server).await;
    let browser = Browser::new(&node.server);
    let waiting = browser.challenge().await;
    let mut socket = browser.watch(&waiting).await;

    redis.stop();
    let http = reqwest::Client::new();
    let refused = http
        .post(node.server.url("/api/qr/challenge"))
        .header("origin", &node.server.base)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["error"], "unavailable", "{body}");
    let (status, body) = phone
        .call(
            "/api/qr/approve",
            serde_json::json!({ "token": token_of(&waiting) }),
        )
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(body["error"], "unavailable");
    let readiness = http.get(node.server.url("/readyz")).send().await.unwrap();
    assert_eq!(readiness.status(), StatusCode::SERVICE_UNAVAILABLE);

    redis.resume();
    let back = Instant::now();
    // A whole new login, retried until it works: within 2 s of Redis's return.
    loop {
        if try_login(&node.server, &phone).await.is_ok() {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(2),
            "no login within 2 s of Redis's return"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let resumed_in = back.elapsed();
    assert!(resumed_in < Duration::from_secs(2), "{resumed_in:?}");
    println!("a login worked {resumed_in:?} after Redis came back");

    // The browser that waited through the outage is still heard: its socket
    // subscribed again.
    phone.approve(&token_of(&waiting)).await.unwrap();
    finish(&browser, &mut socket).await;
    assert!(node.is_running(), "no panic, no exit");
}
