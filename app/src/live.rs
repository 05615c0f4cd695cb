//! Events pushed to a page (browser only): a WebSocket that reconnects with
//! backoff after a drop, and falls back to long polling when it cannot connect
//! at all. Nothing is lost across a reconnect: the server replays the current
//! state to every new socket or poll.

use protocol::{BrowserEvent, PhoneEvent};

/// A page listening to its events; dropping it stops it and closes its socket.
pub struct Listener {
    #[cfg(feature = "hydrate")]
    abort: futures::future::AbortHandle,
}

impl Drop for Listener {
    fn drop(&mut self) {
        #[cfg(feature = "hydrate")]
        self.abort.abort();
    }
}

/// The events of challenge `qr_id` (`/api/qr/ws`, else `/api/qr/status`).
pub fn challenge_events(qr_id: &str, on_event: impl Fn(BrowserEvent) + 'static) -> Listener {
    #[cfg(feature = "hydrate")]
    {
        socket::start(socket::Source::Challenge(qr_id.to_owned()), on_event)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (qr_id, on_event);
        Listener {}
    }
}

/// `session_revoked` for this browser's session (`/api/session/ws`, else a
/// periodic `GET /api/session`).
pub fn session_events(on_event: impl Fn(BrowserEvent) + 'static) -> Listener {
    #[cfg(feature = "hydrate")]
    {
        socket::start(socket::Source::Session, on_event)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = on_event;
        Listener {}
    }
}

/// News for a signed-in phone (`/api/auth/ws`), reconnecting after drops.
pub fn account_events(on_event: impl Fn(PhoneEvent) + 'static) -> Listener {
    #[cfg(feature = "hydrate")]
    {
        socket::start_account(on_event)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = on_event;
        Listener {}
    }
}

#[cfg(feature = "hydrate")]
mod socket {
    use futures::future::{AbortHandle, Abortable};

    use super::Listener;
    use crate::web::{from_json, http, now, sleep, spread_ms, Backoff, Socket};
    use protocol::json::FromJson;
    use protocol::{BrowserEvent, ErrorBody, ErrorCode, SessionInfo};

    /// Connections that close within this time without a word count as failed.
    const SHORT_LIVED_MS: f64 = 2_000.0;
    const FAILED_CONNECTS_BEFORE_POLLING: u32 = 3;
    /// After a socket that worked ends (a node restarting closes it with
    /// 1012), the page reconnects within this long; the load balancer
    /// sends it to a node still running.
    const RECONNECT_SPREAD_MS: u64 = 250;

    pub enum Source {
        Challenge(String),
        Session,
    }

    impl Source {
        fn socket_path(&self) -> String {
            match self {
                Self::Challenge(qr_id) => format!("/api/qr/ws?qrId={qr_id}"),
                Self::Session => "/api/session/ws".into(),
            }
        }
    }

    /// Runs `task` on the page until the returned listener is dropped.
    fn spawn(task: impl std::future::Future<Output = ()> + 'static) -> Listener {
        let (abort, registration) = AbortHandle::new_pair();
        leptos::task::spawn_local(async move {
            let _ = Abortable::new(task, registration).await;
        });
        Listener { abort }
    }

    pub fn start_account(on_event: impl Fn(protocol::PhoneEvent) + 'static) -> Listener {
        spawn(async move {
            let mut backoff = Backoff::new();
            loop {
                if let Some(mut socket) = Socket::open("/api/auth/ws") {
                    while let Some(text) = socket.next().await {
                        if let Some(event) = from_json(&text) {
                            backoff.reset();
                            on_event(event);
                        }
                    }
                }
                sleep(backoff.next_ms()).await;
            }
        })
    }

    pub fn start(source: Source, on_event: impl Fn(BrowserEvent) + 'static) -> Listener {
        spawn(run(source, on_event))
    }

    async fn run(source: Source, on_event: impl Fn(BrowserEvent)) {
        let mut failed_connects = 0;
        let mut backoff = Backoff::new();
        let mut seen = None;
        while failed_connects < FAILED_CONNECTS_BEFORE_POLLING {
            let opened_at = now();
            let mut heard = false;
            if let Some(mut socket) = Socket::open(&source.socket_path()) {
                while let Some(text) = socket.next().await {
                    let Some(event) = from_json::<BrowserEvent>(&text) else {
                        continue;
                    };
                    heard = true;
                    seen = event.under_way().or(seen);
                    let last = is_final(&event);
                    on_event(event);
                    if last {
                        return;
                    }
                }
            }
            if heard || now() - opened_at > SHORT_LIVED_MS {
                failed_connects = 0;
                backoff.reset();
                sleep(spread_ms(RECONNECT_SPREAD_MS)).await;
            } else {
                failed_connects += 1;
                sleep(backoff.next_ms()).await;
            }
        }
        match source {
            Source::Challenge(qr_id) => poll_challenge(&qr_id, seen, &on_event).await,
            Source::Session => poll_session(&on_event).await,
        }
    }

    fn is_final(event: &BrowserEvent) -> bool {
        *event != BrowserEvent::Pending && event.under_way().is_none()
    }

    /// Long polling, for networks where WebSocket cannot connect.
    async fn poll_challenge(
        qr_id: &str,
        mut seen: Option<&'static str>,
        on_event: &impl Fn(BrowserEvent),
    ) {
        let mut backoff = Backoff::new();
        loop {
            let heard = seen.map(|name| format!("&seen={name}")).unwrap_or_default();
            let url = format!("/api/qr/status?qrId={qr_id}&wait=25{heard}");
            match get_json::<BrowserEvent>(&url).await {
                Ok(BrowserEvent::Pending) => backoff.reset(),
                Ok(event) => {
                    backoff.reset();
                    seen = event.under_way().or(seen);
                    let last = is_final(&event);
                    on_event(event);
                    if last {
                        return;
                    }
                }
                // This page's code is gone (replaced, or expired): say so once.
                Err(Some(error))
                    if matches!(error.error, ErrorCode::Expired | ErrorCode::BindingMismatch) =>
                {
                    on_event(BrowserEvent::QrExpired);
                    return;
                }
                Err(_) => sleep(backoff.next_ms()).await,
            }
        }
    }

    async fn poll_session(on_event: &impl Fn(BrowserEvent)) {
        loop {
            sleep(15_000).await;
            if let Err(Some(error)) = get_json::<SessionInfo>("/api/session").await {
                if error.error == ErrorCode::Unauthorized {
                    on_event(BrowserEvent::SessionRevoked {
                        reason: "revoked".into(),
                    });
                    return;
                }
            }
        }
    }

    /// `Err(None)`: the network failed; `Err(Some)`: the server said no.
    async fn get_json<T: FromJson>(url: &str) -> Result<T, Option<ErrorBody>> {
        let reply = http("GET", url, None, None).await.ok_or(None)?;
        if reply.ok {
            from_json(&reply.text).ok_or(None)
        } else {
            Err(from_json(&reply.text))
        }
    }
}
