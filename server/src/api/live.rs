//! Events pushed to browsers: a challenge's progress (`/api/qr/ws`, with the
//! long-poll fallback `/api/qr/status`) and a session's revocation
//! (`/api/session/ws`); and to phones, news of their account (`/api/auth/ws`).
//!
//! Clients say nothing of substance on these sockets, so what they may send
//! is small and bounded, as is how many sockets an address or a challenge
//! may hold, and a socket that stops answering pings is closed.

use std::future::Future;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Json;
use axum_extra::extract::WithRejection;
use serde::Deserialize;
use tokio::time::Instant;

use auth::admission::Admitted;
use auth::challenges::{self, Watch};
use auth::settings::SOCKET_MESSAGE_LIMIT;
use auth::store::{Delivery, Subscription};
use auth::{cookies, metrics, now_ms, sessions, ApiError, Core};
use protocol::{BrowserEvent, ErrorBody};

use super::extract::{CallerInfo, DeviceAuth, SocketOrigin, WebAuth};
use super::openapi::{ChallengeGone, NoDevice, SocketCrossSite, StoreDown, TooManySockets};

const MAX_WAIT_SECS: u64 = 30;
/// Bytes read from a socket at a time: its messages are tiny (pongs), and
/// every waiting browser holds this buffer. A larger message, up to the
/// limit, grows it for its own read. (At 4 KiB a waiting browser cost the
/// server 9 KiB; `scripts/bench`, README "Measured", has today's figure.)
const READ_BUFFER_BYTES: usize = 256;
/// What may wait unsent for a client that does not read.
const MAX_UNSENT_BYTES: usize = 64 * 1024;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WatchQuery {
    qr_id: String,
    /// Long poll: seconds to wait for news (default 25, at most 30).
    wait: Option<u64>,
    /// Long poll: the last event the client heard (`qr_signing_in`, `qr_scanned`).
    seen: Option<String>,
}

/// The upgrade with this API's bounds on what a client may send.
fn bounded(upgrade: WebSocketUpgrade) -> WebSocketUpgrade {
    upgrade
        .max_message_size(SOCKET_MESSAGE_LIMIT)
        .max_frame_size(SOCKET_MESSAGE_LIMIT)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(0)
        .max_write_buffer_size(MAX_UNSENT_BYTES)
}

#[utoipa::path(
    get,
    path = "/api/qr/ws",
    tag = "requesting device",
    summary = "WebSocket of the challenge's events (BrowserEvent text frames) for the browser holding its qr_bind cookie",
    params(("qrId" = String, Query, description = "The challenge's id")),
    security(("bindingCookie" = [])),
    responses(
        (status = 101, description = "Switching protocols; frames are BrowserEvent JSON, the final one included"),
        (status = 400, description = "bad_request: qrId is not 32 lowercase hex digits", body = ErrorBody),
        (status = 403, description = "binding_mismatch: no or another browser's qr_bind cookie; or cross_site: a foreign Origin", body = ErrorBody),
        ChallengeGone, TooManySockets, StoreDown,
    )
)]
/// `GET /api/qr/ws?qrId=…`: only the browser holding the challenge's binding
/// cookie may listen; it hears each change, the final one included.
pub async fn challenge_events(
    _: SocketOrigin,
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    headers: HeaderMap,
    WithRejection(Query(query), _): WithRejection<Query<WatchQuery>, ApiError>,
    WithRejection(upgrade, _): WithRejection<WebSocketUpgrade, ApiError>,
) -> Result<Response, ApiError> {
    if !auth::records::is_record_id(&query.qr_id) {
        return Err(ApiError::BadRequest("qrId is not a challenge id".into()));
    }
    let admitted = core.admission.socket(&client.network, Some(&query.qr_id))?;
    let binding = cookies::binding(&headers, &core.settings);
    let watch = Box::new(challenges::watch(&core, &query.qr_id, binding.as_ref(), client).await?);
    let idle = core.settings.limits.socket_idle;
    Ok(
        bounded(upgrade)
            .on_upgrade(move |socket| relay(socket, watch, idle, admitted, "challenge")),
    )
}

/// Where a socket's events come from: JSON text frames.
pub trait Feed: Send {
    /// The next event, or `None` when there will be no more.
    fn next(&mut self) -> impl Future<Output = Option<String>> + Send;
}

fn frame(event: &BrowserEvent) -> Option<String> {
    serde_json::to_string(event).ok()
}

/// A feed kept on the heap: the upgrade's callback and the socket's loop
/// then each hold a pointer, not a copy (an async fn keeps its arguments
/// beside the future it awaits: rust-lang/rust#62958).
impl<F: Feed> Feed for Box<F> {
    fn next(&mut self) -> impl Future<Output = Option<String>> + Send {
        (**self).next()
    }
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

/// The end of one session, once: revoked (the reason comes with the
/// message), or ended by itself (idle) when its expiry passes unextended.
/// After a gap it checks the session itself; a store outage is not a
/// revocation, only a missing session is.
struct Revocation {
    subscription: Subscription,
    core: Core,
    session_id: String,
    expires_at: u64,
    done: bool,
}

impl Revocation {
    /// `Some(event)` when the session is gone; otherwise notes its new expiry.
    async fn recheck(&mut self, reason: &str) -> Option<String> {
        match sessions::load(&self.core, &self.session_id).await {
            Ok(None) => {
                self.done = true;
                frame(&BrowserEvent::SessionRevoked {
                    reason: reason.into(),
                })
            }
            Ok(Some(session)) => {
                self.expires_at = session.expires_at;
                None
            }
            Err(_) => None,
        }
    }
}

impl Feed for Revocation {
    async fn next(&mut self) -> Option<String> {
        while !self.done {
            let until_expiry = Duration::from_millis(self.expires_at.saturating_sub(now_ms()) + 50);
            tokio::select! {
                delivery = self.subscription.recv() => match delivery? {
                    Delivery::Message(text) => {
                        self.done = true;
                        return String::from_utf8(text).ok();
                    }
                    Delivery::Gap => {
                        if let Some(event) = self.recheck("revoked").await {
                            return Some(event);
                        }
                    }
                },
                () = tokio::time::sleep(until_expiry) => {
                    if let Some(event) = self.recheck("expired").await {
                        return Some(event);
                    }
                    // Still there but not yet extended by a use: look again soon.
                    if self.expires_at <= now_ms() {
                        tokio::time::sleep(Duration::from_secs(1)).await;
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

#[utoipa::path(
    get,
    path = "/api/auth/ws",
    tag = "approving device",
    summary = "WebSocket of account news (PhoneEvent): new_login when a browser is linked",
    security(("deviceToken" = []), ("deviceCookie" = [])),
    responses(
        (status = 101, description = "Switching protocols; frames are PhoneEvent JSON"),
        NoDevice, SocketCrossSite, TooManySockets, StoreDown,
    )
)]
/// `GET /api/auth/ws` (device token or the mobile page's cookie): the phone
/// hears, live, that a browser was linked to its account.
pub async fn account_events(
    _: SocketOrigin,
    State(core): State<Core>,
    auth: DeviceAuth,
    WithRejection(upgrade, _): WithRejection<WebSocketUpgrade, ApiError>,
) -> Result<Response, ApiError> {
    let admitted = core.admission.socket(&auth.caller.network, None)?;
    let subscription = core
        .store
        .subscribe(&sessions::account_channel(&auth.account.id))
        .await?;
    let idle = core.settings.limits.socket_idle;
    Ok(bounded(upgrade).on_upgrade(move |socket| {
        relay(socket, AccountNews(subscription), idle, admitted, "account")
    }))
}

/// Sends what `feed` yields until it ends or the client leaves, and pings
/// meanwhile: a client that has sent nothing (not even a pong) for `idle`
/// is gone, and one that sends more than a small message is closed. When
/// the node stops, the socket is closed with 1012 (service restart), so the
/// page reconnects at once, to another node.
fn relay(
    socket: WebSocket,
    feed: impl Feed,
    idle: Duration,
    mut admitted: Admitted,
    kind: &'static str,
) -> impl Future<Output = ()> + Send {
    // Not an async fn: that would keep its arguments beside the loop that
    // took them (rust-lang/rust#62958), and every waiting browser holds one.
    let open = metrics::OpenSocket::new(kind);
    let drained = Box::pin(async move {
        let _open = open;
        admitted.drained().await;
    });
    run_relay(socket, feed, idle, drained)
}

/// A plain fn returning an async block, not an async fn, for the same reason
/// as [`relay`]: the block uses what it captured in place.
pub fn run_relay<S>(
    mut socket: S,
    mut feed: impl Feed,
    idle: Duration,
    mut drained: impl Future<Output = ()> + Unpin,
) -> impl Future<Output = ()>
where
    S: futures::Sink<Message> + futures::Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    use futures::{SinkExt as _, StreamExt as _};

    async move {
        let mut ping = tokio::time::interval(idle / 3);
        ping.tick().await;
        let mut heard = Instant::now();
        let close = loop {
            tokio::select! {
                event = feed.next() => match event {
                    Some(text) => {
                        if socket.send(Message::Text(Utf8Bytes::from(text))).await.is_err() {
                            return;
                        }
                    }
                    None => break None,
                },
                incoming = socket.next() => match incoming {
                    Some(Ok(Message::Close(_))) | None => return,
                    Some(Ok(_)) => heard = Instant::now(),
                    // Over the size limit, or not the protocol: say why, then go.
                    Some(Err(_)) => break Some(CloseFrame {
                        code: 1009,
                        reason: Utf8Bytes::from_static("messages to this socket must be small"),
                    }),
                },
                () = &mut drained => break Some(CloseFrame {
                    code: 1012,
                    reason: Utf8Bytes::from_static("service restart: connect again"),
                }),
                _ = ping.tick() => {
                    if heard.elapsed() > idle {
                        break Some(CloseFrame {
                            code: 1001,
                            reason: Utf8Bytes::from_static("no answer to pings"),
                        });
                    }
                    if socket.send(Message::Ping(Default::default())).await.is_err() {
                        return;
                    }
                }
            }
        };
        let _ = socket.send(Message::Close(close)).await;
    }
}

#[utoipa::path(
    get,
    path = "/api/qr/status",
    tag = "requesting device",
    summary = "Long-poll fallback of /api/qr/ws",
    params(
        ("qrId" = String, Query, description = "The challenge's id"),
        ("wait" = Option<u64>, Query, description = "Seconds to wait for news: default 25, at most 30"),
        ("seen" = Option<String>, Query, description = "The last event the client heard, qr_signing_in or qr_scanned: only what follows it is news"),
    ),
    security(("bindingCookie" = [])),
    responses(
        (status = 200, description = "The first event the client has not heard, or { event: pending } after wait seconds", body = BrowserEvent),
        (status = 400, description = "bad_request", body = ErrorBody),
        (status = 403, description = "binding_mismatch", body = ErrorBody),
        (status = 410, description = "expired", body = ErrorBody),
        (status = 429, description = "rate_limited (Retry-After): too many long polls open from this address (LONG_POLLS_PER_ADDRESS)", body = ErrorBody),
        StoreDown,
    )
)]
/// `GET /api/qr/status?qrId=…&wait=25[&seen=qr_scanned]`: the long-poll
/// fallback. Answers with the first event the client has not heard, or
/// `{ "event": "pending" }` when `wait` seconds pass without one.
pub async fn challenge_status(
    State(core): State<Core>,
    CallerInfo(client): CallerInfo,
    headers: HeaderMap,
    WithRejection(Query(query), _): WithRejection<Query<WatchQuery>, ApiError>,
) -> Result<Json<BrowserEvent>, ApiError> {
    let mut admitted = core.admission.long_poll(&client.network)?;
    let binding = cookies::binding(&headers, &core.settings);
    let mut watch = challenges::watch(&core, &query.qr_id, binding.as_ref(), client).await?;
    if let Some(seen) = &query.seen {
        watch = watch.seen(seen);
    }
    let wait = Duration::from_secs(query.wait.unwrap_or(25).min(MAX_WAIT_SECS));
    // A stopping node answers at once: the client polls again, elsewhere.
    let news = tokio::select! {
        news = tokio::time::timeout(wait, watch.next()) => news,
        () = admitted.drained() => Ok(Ok(None)),
    };
    match news {
        Ok(Ok(Some(event))) => Ok(Json(event)),
        Ok(Err(error)) => Err(error),
        Ok(Ok(None)) | Err(_) => Ok(Json(BrowserEvent::Pending)),
    }
}

#[utoipa::path(
    get,
    path = "/api/session/ws",
    tag = "logged-in browser",
    summary = "WebSocket: session_revoked the moment the session ends",
    security(("sessionCookie" = []), ("accessToken" = [])),
    responses(
        (status = 101, description = "Switching protocols; frames are BrowserEvent JSON (session_revoked)"),
        (status = 401, description = "unauthorized", body = ErrorBody),
        SocketCrossSite, TooManySockets, StoreDown,
    )
)]
/// `GET /api/session/ws`: a logged-in page hears `session_revoked` the moment
/// its session ends (phone logout, device removal, account disabled, idle).
pub async fn session_events(
    _: SocketOrigin,
    State(core): State<Core>,
    auth: WebAuth,
    WithRejection(upgrade, _): WithRejection<WebSocketUpgrade, ApiError>,
) -> Result<Response, ApiError> {
    let admitted = core.admission.socket(&auth.caller.network, None)?;
    let subscription = core
        .store
        .subscribe(&sessions::channel(&auth.session.id))
        .await?;
    // Subscribed, then checked again: a revocation in between is not missed,
    // and one after it arrives on the subscription with its reason.
    let session = sessions::load(&core, &auth.session.id)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let idle = core.settings.limits.socket_idle;
    let revocation = Revocation {
        subscription,
        core,
        session_id: session.id,
        expires_at: session.expires_at,
        done: false,
    };
    Ok(bounded(upgrade)
        .on_upgrade(move |socket| relay(socket, Box::new(revocation), idle, admitted, "session")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::channel::mpsc;
    use futures::{SinkExt as _, StreamExt as _};

    /// A feed of fixed frames that then stays silent (a challenge nobody scans).
    struct Script(Vec<String>);

    impl Feed for Script {
        async fn next(&mut self) -> Option<String> {
            if self.0.is_empty() {
                std::future::pending::<()>().await;
            }
            Some(self.0.remove(0))
        }
    }

    /// A socket made of two channels: what the relay sends, and what the
    /// test sends it as the client.
    struct ChannelSocket {
        sent: mpsc::UnboundedSender<Message>,
        incoming: mpsc::UnboundedReceiver<Result<Message, axum::Error>>,
    }

    impl futures::Stream for ChannelSocket {
        type Item = Result<Message, axum::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            self.incoming.poll_next_unpin(cx)
        }
    }

    impl futures::Sink<Message> for ChannelSocket {
        type Error = mpsc::SendError;
        fn poll_ready(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Result<(), Self::Error>> {
            self.sent.poll_ready_unpin(cx)
        }
        fn start_send(
            mut self: std::pin::Pin<&mut Self>,
            item: Message,
        ) -> Result<(), Self::Error> {
            self.sent.start_send_unpin(item)
        }
        fn poll_flush(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Result<(), Self::Error>> {
            self.sent.poll_flush_unpin(cx)
        }
        fn poll_close(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Result<(), Self::Error>> {
            self.sent.poll_close_unpin(cx)
        }
    }

    fn socket() -> (
        ChannelSocket,
        mpsc::UnboundedReceiver<Message>,
        mpsc::UnboundedSender<Result<Message, axum::Error>>,
    ) {
        let (sent, to_test) = mpsc::unbounded();
        let (client, incoming) = mpsc::unbounded();
        (ChannelSocket { sent, incoming }, to_test, client)
    }

    fn text(message: Option<Message>) -> String {
        match message {
            Some(Message::Text(text)) => text.to_string(),
            other => panic!("expected a text frame, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn events_go_out_in_order_and_the_socket_closes_after_the_last() {
        let (socket, mut sent, _client) = socket();
        let feed = FiniteScript(vec!["a".into(), "b".into()]);
        run_relay(
            socket,
            feed,
            Duration::from_secs(60),
            std::future::pending(),
        )
        .await;
        assert_eq!(text(sent.next().await), "a");
        assert_eq!(text(sent.next().await), "b");
        assert!(matches!(sent.next().await, Some(Message::Close(None))));
    }

    /// Frames, then the end of the feed.
    struct FiniteScript(Vec<String>);

    impl Feed for FiniteScript {
        async fn next(&mut self) -> Option<String> {
            (!self.0.is_empty()).then(|| self.0.remove(0))
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_that_answers_no_ping_is_closed_after_the_idle_time() {
        let (socket, mut sent, _client) = socket();
        let relay = tokio::spawn(run_relay(
            socket,
            Script(vec![]),
            Duration::from_secs(30),
            std::future::pending(),
        ));
        relay.await.unwrap();
        let mut pings = 0;
        let close = loop {
            match sent.next().await {
                Some(Message::Ping(_)) => pings += 1,
                Some(Message::Close(frame)) => break frame,
                other => panic!("unexpected {other:?}"),
            }
        };
        assert!(pings >= 3, "{pings} pings before giving up");
        assert_eq!(close.map(|f| f.code), Some(1001));
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_that_answers_pings_stays() {
        let (socket, mut sent, client) = socket();
        let relay = tokio::spawn(run_relay(
            socket,
            Script(vec![]),
            Duration::from_secs(30),
            std::future::pending(),
        ));
        for _ in 0..10 {
            assert!(matches!(sent.next().await, Some(Message::Ping(_))));
            client
                .unbounded_send(Ok(Message::Pong(Default::default())))
                .unwrap();
        }
        assert!(!relay.is_finished(), "ten pings answered: still open");
        relay.abort();
    }

    #[tokio::test]
    async fn a_client_error_closes_with_a_reason() {
        let (socket, mut sent, client) = socket();
        client
            .unbounded_send(Err(axum::Error::new(
                "Space limit exceeded: Message too long",
            )))
            .unwrap();
        run_relay(
            socket,
            Script(vec![]),
            Duration::from_secs(60),
            std::future::pending(),
        )
        .await;
        match sent.next().await {
            Some(Message::Close(Some(frame))) => assert_eq!(frame.code, 1009),
            other => panic!("expected a close frame, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn a_stopping_node_closes_with_service_restart() {
        let (socket, mut sent, _client) = socket();
        run_relay(
            socket,
            Script(vec![]),
            Duration::from_secs(60),
            std::future::ready(()),
        )
        .await;
        match sent.next().await {
            Some(Message::Close(Some(frame))) => assert_eq!(frame.code, 1012),
            other => panic!("expected a close frame, got {other:?}"),
        }
    }

    /// Every waiting browser holds one of these for as long as it waits
    /// (README, "Measured"): a change that makes it grow shows here.
    #[test]
    fn a_waiting_browsers_socket_task_stays_small() {
        fn size_of_output<A, B, C, F: Future>(_: &impl Fn(A, B, C) -> F) -> usize {
            std::mem::size_of::<F>()
        }
        let relay = |socket: WebSocket, watch: Box<Watch>, admitted: Admitted| {
            relay(
                socket,
                watch,
                Duration::from_secs(60),
                admitted,
                "challenge",
            )
        };
        let size = size_of_output(&relay);
        assert!(size <= 1024, "the socket loop is {size} bytes");
    }
}
