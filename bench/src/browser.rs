//! The requesting browser: asks for a code (`POST /api/qr/challenge`, which
//! sets its `qr_bind` cookie), then listens on `GET /api/qr/ws?qrId=…`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt as _;
use protocol::{BrowserEvent, ChallengeCreated, ChallengeRequest};
use reqwest::header::{HeaderMap, SET_COOKIE};
use tokio::sync::watch;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;

use crate::net::{Pool, Ws};
use crate::stats::{Failure, Tally};

/// A code as the browser got it.
pub struct Challenge {
    pub qr_id: String,
    /// The one-time token the QR carries (what the phone scans).
    pub token: String,
    /// `qr_bind=…`: the binding cookie, as a `Cookie` header.
    pub cookie: String,
    pub ttl_ms: u64,
}

/// `POST /api/qr/challenge {}` from source `at`.
pub async fn challenge(pool: &Pool, at: usize) -> Result<Challenge, Failure> {
    let reply = pool
        .post(
            at,
            "/api/qr/challenge",
            &ChallengeRequest::default(),
            None,
            None,
            "challenge",
        )
        .await?
        .success("challenge")?;
    let created: ChallengeCreated = reply.parse("challenge")?;
    let token = token_of(&created.qr_payload)
        .ok_or_else(|| Failure::new("challenge: qrPayload holds no token"))?;
    let cookie = binding_cookie(&reply.headers)
        .ok_or_else(|| Failure::new("challenge: no qr_bind cookie set"))?;
    Ok(Challenge {
        qr_id: created.qr_id,
        token,
        cookie,
        ttl_ms: created.ttl_ms,
    })
}

/// The token of a QR payload: `https://host/l/{token}`, or
/// `{scheme}://qr-auth?token={token}` with a custom scheme.
pub fn token_of(payload: &str) -> Option<String> {
    let token = match payload.split_once("token=") {
        Some((_, rest)) => rest.split('&').next()?,
        None => payload.rsplit('/').next()?,
    };
    (!token.is_empty()).then(|| token.to_owned())
}

/// `qr_bind=…` (or `__Host-qr_bind=…` over https) from the `Set-Cookie`s.
fn binding_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|cookie| {
            let pair = cookie.split(';').next()?.trim();
            (pair.starts_with("qr_bind=") || pair.starts_with("__Host-qr_bind="))
                .then(|| pair.to_owned())
        })
}

/// The challenge's event socket, from the same source as the challenge.
pub async fn watch(pool: &Pool, at: usize, challenge: &Challenge) -> Result<Ws, Failure> {
    let path = format!("/api/qr/ws?qrId={}", challenge.qr_id);
    pool.websocket(at, &path, &challenge.cookie).await
}

/// What a frame the page did not wait for was, for the report: `event
/// qr_expired`, or that it was no event at all.
fn name_of(text: &str) -> String {
    match serde_json::from_str::<BrowserEvent>(text) {
        Ok(event) => format!("event {}", event.name()),
        Err(_) => "a frame that is not an event".to_owned(),
    }
}

fn closed(frame: Option<&tokio_tungstenite::tungstenite::protocol::CloseFrame>) -> String {
    match frame {
        Some(frame) => format!("socket closed by the server ({})", u16::from(frame.code)),
        None => "socket closed by the server".into(),
    }
}

/// The next event (a text frame). Reading is also what answers the
/// server's pings.
async fn next_event(ws: &mut Ws) -> Result<BrowserEvent, Failure> {
    loop {
        match ws.next().await {
            None => return Err(Failure::new("socket closed")),
            Some(Err(error)) => return Err(Failure::ws("socket", &error)),
            Some(Ok(Message::Close(frame))) => return Err(Failure::new(closed(frame.as_ref()))),
            Some(Ok(Message::Text(text))) => {
                return serde_json::from_str(&text)
                    .map_err(|_| Failure::new(format!("socket: {}", name_of(&text))))
            }
            Some(Ok(_)) => {}
        }
    }
}

/// Waits for `qr_authorized` (passing `qr_scanned` by): when it came, and
/// its access token. The caller bounds the wait.
pub async fn authorized(ws: &mut Ws) -> Result<(Instant, String), Failure> {
    loop {
        let event = next_event(ws)
            .await
            .map_err(|f| Failure::new(format!("{f} before qr_authorized")))?;
        match event {
            BrowserEvent::QrScanned { .. } => {}
            BrowserEvent::QrAuthorized { access_token, .. } => {
                return Ok((Instant::now(), access_token));
            }
            other => {
                return Err(Failure::new(format!(
                    "browser: {} instead of qr_authorized",
                    other.name()
                )))
            }
        }
    }
}

/// After the final event the server closes the socket: read until it has
/// (the close handshake answered), within a few seconds, off the login's path.
pub fn finish(mut ws: Ws, closing: Arc<AtomicUsize>) {
    closing.fetch_add(1, Ordering::Relaxed);
    tokio::spawn(async move {
        let drained = async { while let Some(Ok(_)) = ws.next().await {} };
        let _ = tokio::time::timeout(Duration::from_secs(5), drained).await;
        closing.fetch_sub(1, Ordering::Relaxed);
    });
}

/// The browsers that wait with a code on screen for the whole run.
#[derive(Default)]
pub struct Waiting {
    /// Open now.
    pub open: AtomicUsize,
    /// Those that ended before the run did, by why.
    pub dropped: Tally,
}

/// Opens one waiting browser (code and socket) from the next source and
/// keeps it listening, answering pings, until `stop` turns true.
pub async fn wait(
    pool: &Pool,
    waiting: Arc<Waiting>,
    stop: watch::Receiver<bool>,
) -> Result<(tokio::task::JoinHandle<()>, u64), Failure> {
    let at = pool.pick();
    let code = challenge(pool, at).await?;
    let ws = watch(pool, at, &code).await?;
    waiting.open.fetch_add(1, Ordering::Relaxed);
    Ok((tokio::spawn(keep(ws, waiting, stop)), code.ttl_ms))
}

async fn keep(mut ws: Ws, waiting: Arc<Waiting>, mut stop: watch::Receiver<bool>) {
    let ended = loop {
        tokio::select! {
            _ = stop.wait_for(|stop| *stop) => break None,
            incoming = ws.next() => match incoming {
                None => break Some("socket closed".to_owned()),
                Some(Err(error)) => break Some(Failure::ws("socket", &error).0),
                Some(Ok(Message::Close(frame))) => break Some(closed(frame.as_ref())),
                Some(Ok(Message::Text(text))) => {
                    break Some(name_of(&text));
                }
                Some(Ok(_)) => {}
            },
        }
    };
    match ended {
        Some(why) => {
            waiting.open.fetch_sub(1, Ordering::Relaxed);
            waiting.dropped.add(&why);
        }
        None => {
            // The run is over: close as a page that goes away does.
            let goodbye = async {
                let _ = ws.close(None).await;
                while let Some(Ok(_)) = ws.next().await {}
            };
            let _ = tokio::time::timeout(Duration::from_secs(3), goodbye).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_the_payloads_last_segment_or_its_token_parameter() {
        assert_eq!(
            token_of("http://127.0.0.1:3000/l/AbCdEfGhIjKlMnOpQrStUv").as_deref(),
            Some("AbCdEfGhIjKlMnOpQrStUv")
        );
        assert_eq!(
            token_of("myapp://qr-auth?token=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(token_of("http://x/l/"), None);
    }

    #[test]
    fn the_binding_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.append(SET_COOKIE, "other=1; Path=/".parse().unwrap());
        headers.append(
            SET_COOKIE,
            "qr_bind=s3cret; HttpOnly; SameSite=Strict; Path=/"
                .parse()
                .unwrap(),
        );
        assert_eq!(binding_cookie(&headers).as_deref(), Some("qr_bind=s3cret"));
    }
}
