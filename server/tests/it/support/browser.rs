//! A desktop browser: keeps its cookies like a real one, and like a real one
//! names the page's origin on every request it sends.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt as _;
use protocol::{BrowserEvent, ChallengeCreated, ChallengeRequest, SessionInfo};
use reqwest::StatusCode;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::server::Server;

pub const DESKTOP_AGENT: &str =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

pub type RawSocket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Where `response` redirects to, if it does.
fn location(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
}

pub struct Browser {
    pub http: reqwest::Client,
    /// Top-level navigations: no `Origin` (a GET sends none), redirects
    /// not followed, so that each step's `Location` can be read.
    nav: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
    base: String,
    /// The site's origin (`PUBLIC_URL`), which the browser's pages have.
    origin: String,
}

/// What `POST /api/session` answered.
pub struct Opened {
    pub status: StatusCode,
    pub set_cookie: Option<String>,
    pub body: serde_json::Value,
}

impl Browser {
    pub fn new(server: &Server) -> Self {
        Self::on_network(server, None)
    }

    /// A browser whose requests come from `address` (a loopback address
    /// other than 127.0.0.1 is another network to the server).
    pub fn on_network(server: &Server, address: Option<std::net::IpAddr>) -> Self {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let origin = server.core.settings.public_url.clone();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("origin", origin.parse().unwrap());
        let http = reqwest::Client::builder()
            .local_address(address)
            .cookie_provider(jar.clone())
            .user_agent(DESKTOP_AGENT)
            .default_headers(headers)
            .build()
            .unwrap();
        let nav = reqwest::Client::builder()
            .local_address(address)
            .cookie_provider(jar.clone())
            .user_agent(DESKTOP_AGENT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self {
            http,
            nav,
            jar,
            base: server.base.clone(),
            origin,
        }
    }

    /// The same browser (cookies and all), now reaching the site through
    /// `node`: what a load balancer does when a node goes away.
    pub fn switch_to(&mut self, node: &Server) {
        self.base = node.base.clone();
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Opens `url` (of any site) as the address bar would: its status and
    /// where it redirects to, if it does.
    pub async fn visit(&self, url: &str) -> (StatusCode, Option<String>) {
        let response = self.nav.get(url).send().await.unwrap();
        (response.status(), location(&response))
    }

    /// Posts `body` to `url` from a page of `origin` (this site's, or
    /// another's), as a form's top-level navigation: the status and where
    /// it redirects to.
    pub async fn post_from(
        &self,
        origin: &str,
        url: &str,
        content_type: &str,
        body: String,
    ) -> (StatusCode, Option<String>) {
        let response = self
            .nav
            .post(url)
            .header("origin", origin)
            .header(
                "sec-fetch-site",
                if origin == self.base {
                    "same-origin"
                } else {
                    "cross-site"
                },
            )
            .header("content-type", content_type)
            // A page's form navigation asks for a page back.
            .header("accept", "text/html,application/xhtml+xml")
            .body(body)
            .send()
            .await
            .unwrap();
        (response.status(), location(&response))
    }

    /// A JSON `POST` of this site's pages (`fetch`), with the cookies: its
    /// status, its `Set-Cookie` and its body.
    pub async fn post_json(
        &self,
        path: &str,
        body: serde_json::Value,
    ) -> (StatusCode, Option<String>, serde_json::Value) {
        let response = self
            .http
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        let set_cookie = response
            .headers()
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().to_owned());
        let status = response.status();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, set_cookie, body)
    }

    /// A new login code for this browser (step 1).
    pub async fn challenge(&self) -> ChallengeCreated {
        self.challenge_with(&ChallengeRequest::default()).await
    }

    pub async fn challenge_with(&self, body: &ChallengeRequest) -> ChallengeCreated {
        let response = self
            .http
            .post(self.url("/api/qr/challenge"))
            .json(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    /// The `Cookie` header this browser sends to the server.
    pub fn cookies(&self) -> String {
        use reqwest::cookie::CookieStore as _;
        self.jar
            .cookies(&self.base.parse().unwrap())
            .map(|v| v.to_str().unwrap_or_default().to_owned())
            .unwrap_or_default()
    }

    /// The value of cookie `name`, if the browser holds it.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies()
            .split("; ")
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")).map(str::to_owned))
    }

    /// The challenge's event socket (this browser holds its binding).
    pub async fn watch(&self, challenge: &ChallengeCreated) -> Socket {
        let path = format!("/api/qr/ws?qrId={}", challenge.qr_id);
        self.socket(&path).await.unwrap()
    }

    /// A WebSocket on `path` with this browser's cookies and origin;
    /// `Err(status)` when the upgrade is refused.
    pub async fn socket(&self, path: &str) -> Result<Socket, u16> {
        self.socket_from(path, Some(&self.origin)).await
    }

    pub async fn socket_from(&self, path: &str, origin: Option<&str>) -> Result<Socket, u16> {
        let url = format!("{}{path}", self.base.replacen("http", "ws", 1));
        let mut request = url.into_client_request().unwrap();
        let headers = request.headers_mut();
        if let Ok(cookies) = self.cookies().parse() {
            headers.insert("cookie", cookies);
        }
        if let Some(origin) = origin {
            headers.insert("origin", origin.parse().unwrap());
        }
        connect(request).await
    }

    /// Step 7: hands the pushed access token over for the session cookie.
    pub async fn open_session(&self, access_token: &str) -> Opened {
        let response = self
            .http
            .post(self.url("/api/session"))
            .bearer_auth(access_token)
            .send()
            .await
            .unwrap();
        Opened {
            status: response.status(),
            set_cookie: response
                .headers()
                .get("set-cookie")
                .map(|v| v.to_str().unwrap().to_owned()),
            body: response.json().await.unwrap_or(serde_json::Value::Null),
        }
    }

    /// `GET /api/session` with the session cookie.
    pub async fn session(&self) -> super::Answer<SessionInfo> {
        let response = self
            .http
            .get(self.url("/api/session"))
            .send()
            .await
            .unwrap();
        super::answer(response).await
    }

    /// One long poll of `qr_id`'s events (`wait` seconds at most).
    pub async fn poll(&self, qr_id: &str, wait: u64) -> super::Answer<BrowserEvent> {
        let url = self.url(&format!("/api/qr/status?qrId={qr_id}&wait={wait}"));
        super::answer(self.http.get(url).send().await.unwrap()).await
    }

    pub async fn session_status(&self) -> StatusCode {
        match self.session().await {
            Ok(_) => StatusCode::OK,
            Err((status, _)) => status,
        }
    }

    /// `POST /api/session/token`: a fresh access token through the cookie.
    pub async fn renew(&self) -> (StatusCode, serde_json::Value) {
        let response = self
            .http
            .post(self.url("/api/session/token"))
            .send()
            .await
            .unwrap();
        let status = response.status();
        (
            status,
            response.json().await.unwrap_or(serde_json::Value::Null),
        )
    }

    /// Calls a server function of the site's own pages (`/api/web/{name}`)
    /// as a page's form does: form-encoded, with this browser's cookies.
    pub async fn server_fn(
        &self,
        name: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, serde_json::Value) {
        let response = self
            .http
            .post(self.url(&format!("/api/web/{name}")))
            .form(form)
            .send()
            .await
            .unwrap();
        let status = response.status();
        (
            status,
            response.json().await.unwrap_or(serde_json::Value::Null),
        )
    }

    /// Signs in on the phone's web pages as `username` (the `qr_device` cookie).
    pub async fn sign_in_as_phone(&self, username: &str, password: &str) {
        let (status, body) = self
            .server_fn("sign-in", &[("username", username), ("password", password)])
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
}

/// Opens a WebSocket; `Err(status)` when the server refuses the upgrade.
pub async fn connect(
    request: tokio_tungstenite::tungstenite::handshake::client::Request,
) -> Result<Socket, u16> {
    match tokio_tungstenite::connect_async(request).await {
        Ok((socket, _)) => Ok(Socket(socket)),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            Err(response.status().as_u16())
        }
        Err(other) => panic!("websocket: {other}"),
    }
}

/// An open event socket.
pub struct Socket(pub RawSocket);

impl Socket {
    /// The next text frame as JSON, within a few seconds.
    pub async fn next_json(&mut self) -> serde_json::Value {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(5), self.0.next())
                .await
                .expect("an event within 5 s")
                .expect("the socket stays open")
                .unwrap();
            if let Message::Text(text) = message {
                return serde_json::from_str(&text).unwrap();
            }
        }
    }

    /// The next event, within a few seconds.
    pub async fn next_event(&mut self) -> BrowserEvent {
        serde_json::from_value(self.next_json().await).unwrap()
    }

    /// The next event past `qr_scanned`: a socket sends the challenge's
    /// state, not a replay, so one that first looks after the phone both
    /// scanned and decided hears only the decision.
    pub async fn decided(&mut self) -> BrowserEvent {
        match self.next_event().await {
            BrowserEvent::QrScanned { .. } => self.next_event().await,
            event => event,
        }
    }

    /// The access token of the next event, which must be `qr_authorized`.
    pub async fn access_token(&mut self) -> String {
        match self.next_event().await {
            BrowserEvent::QrAuthorized { access_token, .. } => access_token,
            other => panic!("expected qr_authorized, got {other:?}"),
        }
    }

    /// The access token of `qr_authorized`, past `qr_scanned`, within
    /// `within`; what went wrong otherwise, never a panic (for tests that
    /// break the store on purpose).
    pub async fn token_within(&mut self, within: Duration) -> Result<String, String> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            match tokio::time::timeout_at(deadline, self.0.next()).await {
                Err(_) => return Err(format!("no token within {within:?}")),
                Ok(None | Some(Err(_) | Ok(Message::Close(_)))) => {
                    return Err("socket closed".into())
                }
                Ok(Some(Ok(Message::Text(text)))) => match serde_json::from_str(&text) {
                    Ok(BrowserEvent::QrAuthorized { access_token, .. }) => return Ok(access_token),
                    Ok(BrowserEvent::QrScanned { .. }) => {}
                    _ => return Err(format!("heard {text}")),
                },
                Ok(Some(Ok(_))) => {}
            }
        }
    }

    /// Waits for the server to close the socket (a close frame, or the
    /// connection ending), within `within`; true when it did.
    pub async fn closed_within(&mut self, within: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            match tokio::time::timeout_at(deadline, self.0.next()).await {
                Err(_) => return false,
                Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => return true,
                Ok(Some(Ok(_))) => {}
            }
        }
    }
}

/// The one-time token in a challenge's QR payload.
pub fn token_of(challenge: &ChallengeCreated) -> String {
    challenge.qr_payload.rsplit('/').next().unwrap().to_owned()
}

/// A whole login by a new browser (a code, its socket, `phone`'s approval,
/// the token within 3 s), or what failed first, never a panic: for tests
/// that break the store on purpose and count what still works.
pub async fn try_login(server: &Server, phone: &super::phone::Phone) -> Result<String, String> {
    let browser = Browser::new(server);
    let response = browser
        .http
        .post(server.url("/api/qr/challenge"))
        .json(&serde_json::json!({}))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("challenge {status}"));
    }
    let challenge: ChallengeCreated = response.json().await.map_err(|e| e.to_string())?;
    let mut socket = browser
        .socket(&format!("/api/qr/ws?qrId={}", challenge.qr_id))
        .await
        .map_err(|code| format!("socket {code}"))?;
    phone
        .approve(&token_of(&challenge))
        .await
        .map_err(|(status, body)| format!("approve {status} {:?}", body.error))?;
    socket.token_within(Duration::from_secs(3)).await
}
