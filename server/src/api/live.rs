//! Events pushed to browsers: a challenge's progress (`/api/qr/ws`, with the
//! long-poll fallback `/api/qr/status`) and a session's revocation
//! (`/api/session/ws`).

use std::future::Future;
use std::time::Duration;

use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Json;
use axum_extra::extract::WithRejection;
use serde::Deserialize;

use app::auth::challenges::{self, Watch};
use app::auth::store::{Delivery, Subscription};
use app::auth::{sessions, ApiError, AppState};
use app::protocol::RdEvent;

use super::extract::{ClientInfo, DeviceAuth, WebAuth};

/// Keeps proxies from closing idle sockets.
const PING_EVERY: Duration = Duration::from_secs(25);
const MAX_WAIT_SECS: u64 = 30;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WatchQuery {
    qr_id: String,
    /// Long poll: seconds to wait for news (default 25, at most 30).
    wait: Option<u64>,
    /// Long poll: the last event the client heard (`qr_scanned`).
    seen: Option<String>,
}

/// Browsers always send `Origin` on a WebSocket: only the site's own pages
/// may open one (a native client without `Origin` is let through).
fn check_origin(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return Ok(());
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let own = origin == state.settings.public_url
        || origin == format!("http://{host}")
        || origin == format!("https://{host}");
    if own {
        Ok(())
    } else {
        Err(ApiError::BindingMismatch)
    }
}

/// `GET /api/qr/ws?qrId=…`: only the browser holding the challenge's binding
/// cookie may listen; it hears each change, the final one included.
pub async fn challenge_events(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    headers: HeaderMap,
    WithRejection(Query(query), _): WithRejection<Query<WatchQuery>, ApiError>,
    WithRejection(upgrade, _): WithRejection<WebSocketUpgrade, ApiError>,
) -> Result<Response, ApiError> {
    check_origin(&state, &headers)?;
    let binding = challenges::binding_from(&headers);
    let watch = challenges::watch(&state, &query.qr_id, binding.as_ref(), client).await?;
    Ok(upgrade.on_upgrade(move |socket| relay(socket, watch)))
}

/// Where a socket's events come from: JSON text frames.
trait Feed: Send {
    /// The next event, or `None` when there will be no more.
    fn next(&mut self) -> impl Future<Output = Option<String>> + Send;
}

fn frame(event: &RdEvent) -> Option<String> {
    serde_json::to_string(event).ok()
}

impl Feed for Watch {
    async fn next(&mut self) -> Option<String> {
        Watch::next(self)
            .await
            .ok()
            .flatten()
            .as_ref()
            .and_then(frame)
    }
}

/// The revocation of one session, once. After a gap it checks the session
/// itself; a store outage is not a revocation, only a missing session is.
struct Revocation {
    subscription: Subscription,
    state: AppState,
    session_id: String,
    done: bool,
}

impl Feed for Revocation {
    async fn next(&mut self) -> Option<String> {
        while !self.done {
            match self.subscription.recv().await? {
                Delivery::Message(text) => {
                    self.done = true;
                    return String::from_utf8(text).ok();
                }
                Delivery::Gap => {
                    if matches!(
                        sessions::load(&self.state, &self.session_id).await,
                        Ok(None)
                    ) {
                        self.done = true;
                        return frame(&RdEvent::SessionRevoked {
                            reason: "revoked".into(),
                        });
                    }
                }
            }
        }
        None
    }
}

/// What a signed-in phone hears about its account (`new_login`), for as long
/// as it listens. A gap loses nothing that matters: the activity page has it.
struct AccountNews(Subscription);

impl Feed for AccountNews {
    async fn next(&mut self) -> Option<String> {
        loop {
            match self.0.recv().await? {
                Delivery::Message(text) => return String::from_utf8(text).ok(),
                Delivery::Gap => {}
            }
        }
    }
}

/// `GET /api/auth/ws` (device token or the mobile page's cookie): the phone
/// hears, live, that a browser was linked to its account.
pub async fn account_events(
    State(state): State<AppState>,
    headers: HeaderMap,
    auth: DeviceAuth,
    WithRejection(upgrade, _): WithRejection<WebSocketUpgrade, ApiError>,
) -> Result<Response, ApiError> {
    check_origin(&state, &headers)?;
    let subscription = state
        .store
        .subscribe(&sessions::account_channel(&auth.account.id))
        .await?;
    Ok(upgrade.on_upgrade(move |socket| relay(socket, AccountNews(subscription))))
}

/// Sends what `feed` yields until it ends or the client leaves, and pings
/// meanwhile. One loop for every kind of socket.
async fn relay(mut socket: WebSocket, mut feed: impl Feed) {
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    loop {
        tokio::select! {
            event = feed.next() => match event {
                Some(text) => {
                    if socket.send(Message::Text(Utf8Bytes::from(text))).await.is_err() {
                        return;
                    }
                }
                None => break,
            },
            incoming = socket.recv() => match incoming {
                Some(Ok(Message::Close(_)) | Err(_)) | None => return,
                Some(Ok(_)) => {}
            },
            _ = ping.tick() => {
                if socket.send(Message::Ping(Default::default())).await.is_err() {
                    return;
                }
            }
        }
    }
    let _ = socket.send(Message::Close(None)).await;
}

/// `GET /api/qr/status?qrId=…&wait=25[&seen=qr_scanned]`: the long-poll
/// fallback. Answers with the first event the client has not heard, or
/// `{ "event": "pending" }` when `wait` seconds pass without one.
pub async fn challenge_status(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    headers: HeaderMap,
    WithRejection(Query(query), _): WithRejection<Query<WatchQuery>, ApiError>,
) -> Result<Json<RdEvent>, ApiError> {
    let binding = challenges::binding_from(&headers);
    let mut watch = challenges::watch(&state, &query.qr_id, binding.as_ref(), client).await?;
    if query.seen.as_deref() == Some("qr_scanned") {
        watch = watch.scanned_seen();
    }
    let wait = Duration::from_secs(query.wait.unwrap_or(25).min(MAX_WAIT_SECS));
    match tokio::time::timeout(wait, watch.next()).await {
        Ok(Ok(Some(event))) => Ok(Json(event)),
        Ok(Err(error)) => Err(error),
        Ok(Ok(None)) | Err(_) => Ok(Json(RdEvent::Pending)),
    }
}

/// `GET /api/session/ws`: a logged-in page hears `session_revoked` the moment
/// its session ends (phone logout, device removal, account disabled).
pub async fn session_events(
    State(state): State<AppState>,
    headers: HeaderMap,
    auth: WebAuth,
    WithRejection(upgrade, _): WithRejection<WebSocketUpgrade, ApiError>,
) -> Result<Response, ApiError> {
    check_origin(&state, &headers)?;
    let subscription = state
        .store
        .subscribe(&sessions::channel(&auth.session.id))
        .await?;
    // Subscribed, then checked again: a revocation in between is not missed,
    // and one after it arrives on the subscription with its reason.
    if sessions::load(&state, &auth.session.id).await?.is_none() {
        return Err(ApiError::Unauthorized);
    }
    let revocation = Revocation {
        subscription,
        state,
        session_id: auth.session.id,
        done: false,
    };
    Ok(upgrade.on_upgrade(move |socket| relay(socket, revocation)))
}
