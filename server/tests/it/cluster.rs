//! Redis Cluster, the third store. The contract (`store_contract.rs`) and
//! the login scenarios (`for_each_store!`) run on the shared test cluster;
//! here, what only a cluster does: nodes of one deployment on it, and a
//! primary killed under a waiting browser and under a loop of logins, on a
//! cluster of the test's own (`scripts/redis-cluster`).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use ::server::config::StoreConfig;
use reqwest::StatusCode;

use crate::nodes::{
    browser_on_one_node_signed_in_by_a_phone_on_another,
    revocation_on_one_node_reaches_a_session_socket_on_another,
};
use crate::support::browser::{token_of, try_login, Browser};
use crate::support::phone::Phone;
use crate::support::{cluster_config, finish, server, store_at, test_settings};

/// How long a failover may cost: the dead primary noticed
/// (cluster-node-timeout 1 s), its replica elected, and the clients told.
const FAILOVER_WINDOW: Duration = Duration::from_secs(5);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_cluster_a_browser_on_one_node_is_signed_in_by_a_phone_on_another() {
    browser_on_one_node_signed_in_by_a_phone_on_another(&cluster_config()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_cluster_a_revocation_on_one_node_reaches_a_session_socket_on_another() {
    revocation_on_one_node_reaches_a_session_socket_on_another(&cluster_config()).await;
}

/// A cluster of the test's own, which it may break.
struct OwnCluster {
    dir: PathBuf,
    urls: Vec<String>,
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/redis-cluster")
}

/// One cluster starts at a time: two starts at once could draw the same
/// free ports (released before their nodes bind them), and one would then
/// meet the other's node (seen with eight test threads).
static STARTING: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl OwnCluster {
    fn start() -> Self {
        let _one_at_a_time = STARTING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let dir = std::env::temp_dir().join(format!("qr-login-cluster-{}", uuid::Uuid::new_v4()));
        let out = Command::new(script())
            .args(["start", dir.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let urls = String::from_utf8(out.stdout)
            .unwrap()
            .trim()
            .split(',')
            .map(str::to_owned)
            .collect();
        Self { dir, urls }
    }

    fn config(&self) -> StoreConfig {
        StoreConfig::Cluster(self.urls.clone())
    }

    fn cli(&self, port: u16, words: &[&str]) -> String {
        let out = Command::new("redis-cli")
            .args(["-p", &port.to_string()])
            .args(words)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn ports(&self) -> Vec<u16> {
        self.urls
            .iter()
            .filter_map(|url| url.rsplit(':').next()?.parse().ok())
            .collect()
    }

    /// Whether the node at `port` is a primary now.
    fn is_primary(&self, port: u16) -> bool {
        self.cli(port, &["role"]).starts_with("master")
    }

    /// The port of the primary that serves `key`, as a live node sees it.
    fn primary_of(&self, key: &str, dead: &[u16]) -> u16 {
        self.live_primary_of(key, dead)
            .unwrap_or_else(|| panic!("no live primary serves {key}"))
    }

    /// As `primary_of`, or `None` while none does: between a primary's
    /// failure and its replica's promotion, the slot has no live owner.
    fn live_primary_of(&self, key: &str, dead: &[u16]) -> Option<u16> {
        let ask = *self.ports().iter().find(|p| !dead.contains(p)).unwrap();
        let slot: u16 = self
            .cli(ask, &["cluster", "keyslot", key])
            .trim()
            .parse()
            .unwrap();
        // Lines of CLUSTER NODES: id addr@bus flags primary ping pong epoch state slots…
        for line in self.cli(ask, &["cluster", "nodes"]).lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.len() < 9 || !fields[2].contains("master") || fields[2].contains("fail") {
                continue;
            }
            let serves = fields[8..].iter().any(|range| {
                let mut ends = range.split('-').filter_map(|n| n.parse::<u16>().ok());
                match (ends.next(), ends.next()) {
                    (Some(first), Some(last)) => (first..=last).contains(&slot),
                    (Some(only), None) => only == slot,
                    _ => false,
                }
            });
            if serves {
                let addr = fields[1].split('@').next().unwrap();
                return Some(addr.rsplit(':').next().unwrap().parse().unwrap());
            }
        }
        None
    }

    fn node_id(&self, port: u16) -> String {
        self.cli(port, &["cluster", "myid"]).trim().to_owned()
    }

    /// Gives `slot` to the primary at `to`, as a resharding does: the
    /// importing and migrating marks, then the new owner told to every node.
    fn move_slot(&self, slot: u16, from: u16, to: u16) {
        let slot = slot.to_string();
        let (from_id, to_id) = (self.node_id(from), self.node_id(to));
        self.cli(to, &["cluster", "setslot", &slot, "importing", &from_id]);
        self.cli(from, &["cluster", "setslot", &slot, "migrating", &to_id]);
        for port in [to, from] {
            let answer = self.cli(port, &["cluster", "setslot", &slot, "node", &to_id]);
            assert_eq!(answer.trim(), "OK", "setslot node on {port}");
        }
        for port in self.ports() {
            self.cli(port, &["cluster", "setslot", &slot, "node", &to_id]);
        }
    }

    /// SIGKILL: the node is gone at once, as a crashed machine is.
    fn kill(&self, port: u16) {
        self.signal(port, "-KILL");
    }

    /// SIGSTOP: the node stops answering but its connections stay open, as
    /// a machine cut off by the network does.
    fn freeze(&self, port: u16) {
        self.signal(port, "-STOP");
    }

    fn signal(&self, port: u16, signal: &str) {
        let pid = std::fs::read_to_string(self.dir.join(format!("{port}.pid"))).unwrap();
        let status = Command::new("kill")
            .args([signal, pid.trim()])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let _ = Command::new(script())
            .args(["stop", self.dir.to_str().unwrap()])
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// How long after `since` a whole login first works again.
async fn first_login_after(server: &server::Server, phone: &Phone, since: Instant) -> Duration {
    loop {
        if try_login(server, phone).await.is_ok() {
            return since.elapsed();
        }
        assert!(
            since.elapsed() < FAILOVER_WINDOW * 3,
            "no login within {:?} of the kill",
            FAILOVER_WINDOW * 3
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_primary_is_replaced_and_the_browser_waiting_on_it_still_signs_in() {
    let cluster = OwnCluster::start();
    let server = server::start(store_at(&cluster.config()).await).await;
    let phone = Phone::sign_up(&server).await;
    let browser = Browser::new(&server);
    let waiting = browser.challenge().await;
    let mut socket = browser.watch(&waiting).await;
    // Created just before the kill: its writes waited for a replica.
    let newcomer = Phone::sign_up(&server).await;

    let primary = cluster.primary_of(&format!("qr:{}", waiting.qr_id), &[]);
    cluster.kill(primary);
    let killed = Instant::now();

    let resumed = first_login_after(&server, &phone, killed).await;
    println!("# a login worked {resumed:?} after the primary was killed");
    assert!(
        resumed < FAILOVER_WINDOW,
        "logins resumed after {resumed:?}"
    );
    // A login may work before the waiting code's slot moved (its keys
    // live elsewhere): the replica takes over within the window.
    let slot_of = format!("qr:{}", waiting.qr_id);
    while cluster
        .live_primary_of(&slot_of, &[primary])
        .is_none_or(|now| now == primary)
    {
        assert!(
            killed.elapsed() < FAILOVER_WINDOW * 3,
            "no replica took over the slot"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The browser that waited through the failover: its socket stayed
    // open, its channel subscribed again on the promoted replica, and the
    // approval reaches it.
    let token = token_of(&waiting);
    phone.inspect(&token).await.unwrap();
    phone.approve(&token).await.unwrap();
    let access_token = socket.token_within(Duration::from_secs(5)).await.unwrap();
    let opened = browser.open_session(&access_token).await;
    assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
    assert_eq!(
        browser.session().await.unwrap().user.display_name,
        phone.display_name
    );

    // The account made just before the kill signs a browser in after it.
    let later = Browser::new(&server);
    let challenge = later.challenge().await;
    let mut later_socket = later.watch(&challenge).await;
    newcomer.approve(&token_of(&challenge)).await.unwrap();
    finish(&later, &mut later_socket).await;
    assert_eq!(
        later.session().await.unwrap().user.display_name,
        newcomer.display_name
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_primary_killed_during_a_login_loop_costs_nothing_beyond_the_failover_window() {
    let cluster = OwnCluster::start();
    let mut settings = test_settings();
    settings.max_linked_sessions = 10_000;
    let server = server::start_with(store_at(&cluster.config()).await, settings).await;
    let phone = Phone::sign_up(&server).await;
    let started = Instant::now();
    let mut killed: Option<(u16, Instant)> = None;
    let (mut logins, mut failures_outside_window) = (0, Vec::new());
    // Bounded: 12 s of logins, one after another, a primary killed at 2 s.
    while started.elapsed() < Duration::from_secs(12) {
        if killed.is_none() && started.elapsed() > Duration::from_secs(2) {
            let victim = cluster.primary_of("audit:all", &[]);
            cluster.kill(victim);
            killed = Some((victim, Instant::now()));
        }
        let outcome = try_login(&server, &phone).await;
        match outcome {
            Ok(_) => logins += 1,
            Err(error) => {
                let in_window = killed.is_some_and(|(_, at)| at.elapsed() < FAILOVER_WINDOW);
                assert!(
                    !error.contains(&StatusCode::INTERNAL_SERVER_ERROR.as_u16().to_string()),
                    "a failover is no internal error: {error}"
                );
                if !in_window {
                    failures_outside_window.push(error);
                }
            }
        }
    }
    println!("# {logins} logins in 12 s, a primary killed at 2 s");
    assert!(killed.is_some());
    assert!(
        failures_outside_window.is_empty(),
        "{} failed outside the failover window, the first: {:?}",
        failures_outside_window.len(),
        failures_outside_window.first()
    );
    assert!(logins > 20, "{logins} logins");
}

/// A resharding moves a channel's slot to another primary: Redis ends the
/// subscription there, the hub subscribes it again on the new owner, tells
/// its subscriber of the gap, and what is published next is heard.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_whose_slot_moves_to_another_primary_is_still_heard() {
    let cluster = OwnCluster::start();
    let (listener, publisher) = (
        store_at(&cluster.config()).await,
        store_at(&cluster.config()).await,
    );
    let channel = "qr:0123456789abcdef0123456789abcdef";
    let mut subscription = listener.subscribe(channel).await.unwrap();
    let from = cluster.primary_of(channel, &[]);
    let to = cluster
        .ports()
        .into_iter()
        .find(|&port| port != from && cluster.is_primary(port))
        .unwrap();
    let slot: u16 = cluster
        .cli(from, &["cluster", "keyslot", channel])
        .trim()
        .parse()
        .unwrap();
    cluster.move_slot(slot, from, to);
    assert_eq!(cluster.primary_of(channel, &[]), to);
    let told = tokio::time::timeout(Duration::from_secs(5), subscription.recv()).await;
    assert_eq!(told.ok().flatten(), Some(auth::Delivery::Gap));
    publisher.publish(channel, b"after the move").await.unwrap();
    // Past any other gap (each confirmation tells one): the message.
    let heard = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match subscription.recv().await {
                Some(auth::Delivery::Gap) => {}
                other => return other,
            }
        }
    })
    .await;
    assert_eq!(
        heard.ok().flatten(),
        Some(auth::Delivery::Message(b"after the move".to_vec()))
    );
}

/// A primary that stops answering without its connections dropping (cut
/// off, not crashed): no disconnection tells the node, but the commands
/// that fail on it do. The waiting browser's socket stays open, its
/// channel moves to the promoted replica, and the approval reaches it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_primary_cut_off_is_replaced_and_the_browser_waiting_on_it_still_signs_in() {
    let cluster = OwnCluster::start();
    let server = server::start(store_at(&cluster.config()).await).await;
    let phone = Phone::sign_up(&server).await;
    let browser = Browser::new(&server);
    let waiting = browser.challenge().await;
    let mut socket = browser.watch(&waiting).await;
    let primary = cluster.primary_of(&format!("qr:{}", waiting.qr_id), &[]);
    cluster.freeze(primary);
    let frozen = Instant::now();

    let token = token_of(&waiting);
    loop {
        if phone.approve(&token).await.is_ok() {
            break;
        }
        assert!(
            frozen.elapsed() < FAILOVER_WINDOW * 3,
            "no approval within {:?} of the cut",
            FAILOVER_WINDOW * 3
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!(
        "# approved {:?} after the primary was cut off",
        frozen.elapsed()
    );
    let access_token = socket.token_within(FAILOVER_WINDOW).await.unwrap();
    let opened = browser.open_session(&access_token).await;
    assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
}
