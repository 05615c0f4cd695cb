//! Where the benchmark's traffic comes from: a pool of loopback source
//! addresses (127.0.0.2, 127.0.0.3, …), each with one HTTP client whose
//! connections are reused, and WebSockets bound to the same addresses.
//!
//! The server's limits are per client address, and one address has only so
//! many ephemeral ports: spreading over many addresses lifts both caps.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{bail, Context as _};
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::WebSocketStream;

use crate::stats::Failure;

pub type Ws = WebSocketStream<TcpStream>;

/// What every HTTP call and WebSocket handshake may take at most (a login
/// has its own, shorter, deadline on top).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Idle kept-alive connections are closed by the client before the server's
/// header-read timeout (15 s) would: no request is ever sent on a connection
/// the server is closing.
const POOL_IDLE: Duration = Duration::from_secs(5);

pub struct Pool {
    /// `http://host:port`, no trailing slash.
    pub base: String,
    ws_base: String,
    /// The `Origin` every request and socket names: the server's PUBLIC_URL.
    pub origin: String,
    server: SocketAddr,
    sources: Vec<Option<IpAddr>>,
    clients: Vec<reqwest::Client>,
    next: AtomicUsize,
}

/// One HTTP answer: status, headers, body text.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    /// The body as the protocol's `T`.
    pub fn parse<T: DeserializeOwned>(&self, stage: &str) -> Result<T, Failure> {
        serde_json::from_str(&self.body).map_err(|error| {
            Failure::new(format!(
                "{stage}: an answer that is not a {} ({error})",
                std::any::type_name::<T>()
                    .rsplit("::")
                    .next()
                    .unwrap_or("value")
            ))
        })
    }

    /// `Ok(self)` on a 2xx, else the failure `"{stage}: HTTP {status} {code}"`.
    pub fn success(self, stage: &str) -> Result<Self, Failure> {
        if self.status.is_success() {
            Ok(self)
        } else {
            Err(Failure::http(stage, self.status.as_u16(), &self.body))
        }
    }

    /// `Retry-After` in seconds, when the server sent one.
    pub fn retry_after(&self) -> Option<u64> {
        self.headers
            .get("retry-after")?
            .to_str()
            .ok()?
            .trim()
            .parse()
            .ok()
    }
}

/// The `n`-th source address: 127.0.0.2 onwards (127.0.0.1 is left to
/// everyone else).
fn source(n: usize) -> anyhow::Result<IpAddr> {
    let first = u32::from(Ipv4Addr::new(127, 0, 0, 2));
    let n = u32::try_from(n).context("too many addresses")?;
    let ip = Ipv4Addr::from(first + n);
    if ip.octets()[0] != 127 || ip == Ipv4Addr::new(127, 255, 255, 255) {
        bail!("{ip} is not a loopback address: use fewer --addresses");
    }
    Ok(IpAddr::V4(ip))
}

/// The origin (`scheme://host[:port]`) of `url`.
pub fn origin_of(url: &str) -> anyhow::Result<String> {
    let parsed = reqwest::Url::parse(url).with_context(|| format!("--url {url}"))?;
    let origin = parsed.origin().ascii_serialization();
    if origin == "null" || !matches!(parsed.scheme(), "http" | "https") {
        bail!("--url {url}: an http(s) URL like http://127.0.0.1:3000");
    }
    Ok(origin)
}

impl Pool {
    /// `addresses` source addresses (0: the system's own choice, unbound);
    /// each client keeps at most `idle_per_address` idle connections.
    pub async fn new(
        url: &str,
        origin: &str,
        addresses: usize,
        idle_per_address: usize,
    ) -> anyhow::Result<Self> {
        let base = origin_of(url)?;
        if base.starts_with("https://") {
            bail!("--url {url}: this benchmark speaks plain http to a server on this machine");
        }
        let parsed = reqwest::Url::parse(&base)?;
        let host = parsed.host_str().context("--url has no host")?;
        let port = parsed.port_or_known_default().unwrap_or(80);
        let server = tokio::net::lookup_host((host, port))
            .await
            .with_context(|| format!("resolving {host}"))?
            .next()
            .with_context(|| format!("{host} has no address"))?;
        let sources = if addresses == 0 {
            vec![None]
        } else {
            match server.ip() {
                IpAddr::V4(ip) if ip.is_loopback() => {}
                other => bail!(
                    "the server is at {other}: spreading over 127.0.0.x source addresses needs a \
                     server on 127.x.x.x (or pass --addresses 0)"
                ),
            }
            (0..addresses)
                .map(|n| source(n).map(Some))
                .collect::<anyhow::Result<_>>()?
        };
        let mut clients = Vec::with_capacity(sources.len());
        for source in &sources {
            let mut headers = HeaderMap::new();
            headers.insert(ORIGIN, HeaderValue::from_str(origin)?);
            let client = reqwest::Client::builder()
                .local_address(*source)
                .default_headers(headers)
                .user_agent("qr-login-bench/0.1 (X11; Linux x86_64) Chrome/120.0")
                .timeout(REQUEST_TIMEOUT)
                .connect_timeout(CONNECT_TIMEOUT)
                .pool_idle_timeout(POOL_IDLE)
                .pool_max_idle_per_host(idle_per_address)
                .tcp_nodelay(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .context("an HTTP client")?;
            clients.push(client);
        }
        Ok(Self {
            ws_base: base.replacen("http", "ws", 1),
            base,
            origin: origin.to_owned(),
            server,
            sources,
            clients,
            next: AtomicUsize::new(0),
        })
    }

    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// A description of the sources for the summary.
    pub fn describe(&self) -> String {
        match (self.sources.first(), self.sources.last()) {
            (Some(Some(first)), Some(Some(last))) => {
                format!("{} source addresses {first}–{last}", self.sources.len())
            }
            _ => "the system's source address".into(),
        }
    }

    /// The next source, round robin.
    pub fn pick(&self) -> usize {
        self.next.fetch_add(1, Ordering::Relaxed) % self.sources.len()
    }

    /// A POST of `body` as JSON from source `at`, with a Bearer token and a
    /// cookie when given.
    pub async fn post(
        &self,
        at: usize,
        path: &str,
        body: &impl Serialize,
        bearer: Option<&str>,
        cookie: Option<&str>,
        stage: &str,
    ) -> Result<Reply, Failure> {
        let mut request = self
            .client(at)
            .post(format!("{}{path}", self.base))
            .json(body);
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        if let Some(cookie) = cookie {
            request = request.header(reqwest::header::COOKIE, cookie);
        }
        send(request, stage).await
    }

    /// A request of another method (GET, DELETE), with a Bearer token when given.
    pub async fn call(
        &self,
        at: usize,
        method: reqwest::Method,
        path: &str,
        bearer: Option<&str>,
        stage: &str,
    ) -> Result<Reply, Failure> {
        let mut request = self
            .client(at)
            .request(method, format!("{}{path}", self.base));
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        send(request, stage).await
    }

    fn client(&self, at: usize) -> &reqwest::Client {
        // `at` comes from `pick` (or is reduced here): always in range.
        &self.clients[at % self.clients.len()]
    }

    /// A WebSocket on `path` from source `at`, with `cookie` and the origin.
    pub async fn websocket(&self, at: usize, path: &str, cookie: &str) -> Result<Ws, Failure> {
        let socket = match self.server {
            SocketAddr::V4(_) => TcpSocket::new_v4(),
            SocketAddr::V6(_) => TcpSocket::new_v6(),
        }
        .map_err(|e| Failure::io("socket: open", &e))?;
        if let Some(ip) = self.sources[at % self.sources.len()] {
            socket
                .bind(SocketAddr::new(ip, 0))
                .map_err(|e| Failure::io("socket: bind", &e))?;
        }
        let stream = tokio::time::timeout(CONNECT_TIMEOUT, socket.connect(self.server))
            .await
            .map_err(|_| Failure::new("socket: connect: timed out"))?
            .map_err(|e| Failure::io("socket: connect", &e))?;
        stream
            .set_nodelay(true)
            .map_err(|e| Failure::io("socket: nodelay", &e))?;

        let mut request = format!("{}{path}", self.ws_base)
            .into_client_request()
            .map_err(|_| Failure::new("socket: bad request"))?;
        let headers = request.headers_mut();
        headers.insert(
            ORIGIN,
            HeaderValue::from_str(&self.origin).map_err(|_| Failure::new("socket: bad origin"))?,
        );
        headers.insert(
            reqwest::header::COOKIE,
            HeaderValue::from_str(cookie).map_err(|_| Failure::new("socket: bad cookie"))?,
        );
        // Each waiting browser holds these buffers: its frames are tiny.
        let config = WebSocketConfig::default()
            .read_buffer_size(4 * 1024)
            .write_buffer_size(0)
            .max_write_buffer_size(64 * 1024)
            .max_message_size(Some(64 * 1024))
            .max_frame_size(Some(64 * 1024));
        let handshake = tokio_tungstenite::client_async_with_config(request, stream, Some(config));
        match tokio::time::timeout(REQUEST_TIMEOUT, handshake).await {
            Err(_) => Err(Failure::new("socket: handshake timed out")),
            Ok(Ok((ws, _))) => Ok(ws),
            Ok(Err(tokio_tungstenite::tungstenite::Error::Http(response))) => {
                let body = response
                    .body()
                    .as_deref()
                    .map(String::from_utf8_lossy)
                    .unwrap_or_default();
                Err(Failure::http("socket", response.status().as_u16(), &body))
            }
            Ok(Err(other)) => Err(Failure::ws("socket: handshake", &other)),
        }
    }
}

async fn send(request: reqwest::RequestBuilder, stage: &str) -> Result<Reply, Failure> {
    let response = request
        .send()
        .await
        .map_err(|e| Failure::transport(stage, &e))?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .text()
        .await
        .map_err(|e| Failure::transport(stage, &e))?;
    Ok(Reply {
        status,
        headers,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_start_at_127_0_0_2_and_stay_in_loopback() {
        assert_eq!(source(0).unwrap().to_string(), "127.0.0.2");
        assert_eq!(source(254).unwrap().to_string(), "127.0.1.0");
        assert!(source(20_000_000).is_err());
    }

    #[test]
    fn the_origin_has_no_path() {
        assert_eq!(
            origin_of("http://127.0.0.1:3000/x?y").unwrap(),
            "http://127.0.0.1:3000"
        );
        assert!(origin_of("ftp://x").is_err());
    }
}
