//! The event stream a requesting browser watches: its challenge's changes,
//! heard on the challenge's channel (`challenges::channel`) from any node,
//! as the protocol's events.

use std::time::Duration;

use super::{challenge_key, channel, entry};
use crate::audit;
use crate::records::{get_json, is_record_id};
use crate::requester::Caller;
use crate::store::{Delivery, Subscription};
use crate::{metrics, now_ms, sessions, ApiError, Core};
use protocol::{AuditKind, BindingSecret, BrowserEvent, Challenge, Outcome};

/// How soon a watcher reads its challenge again when the store did not answer.
const STORE_RETRY: Duration = Duration::from_millis(250);

/// A requesting browser's view of its challenge: the events it has not seen yet.
pub struct Watch {
    core: Core,
    key: String,
    qr_id: String,
    client: Caller,
    subscription: Subscription,
    last: Option<Outcome>,
    /// The last event the client says it heard (a long poll's `seen`):
    /// that kind of news is no news.
    seen: Option<String>,
    done: bool,
    /// The challenge as the last change heard left it, not yet looked at
    /// (boxed: a waiting socket holds this state for its whole life).
    heard: Option<Box<Challenge>>,
    /// When the change looked at last was made (ms), if it was heard.
    heard_change_at: Option<u64>,
    /// Something may have changed since the state was last read.
    stale: bool,
    /// The challenge's expiry as last read.
    expires_at: u64,
}

/// Checks that `qr_id` is a challenge of the browser holding `binding`, then
/// starts watching it. It subscribes only once the challenge is known to
/// exist (a random id costs no channel), and [`Watch::next`] reads the state
/// again after subscribing, so a change that lands in between is not missed.
pub async fn watch(
    core: &Core,
    qr_id: &str,
    binding: Option<&BindingSecret>,
    client: Caller,
) -> Result<Watch, ApiError> {
    if !is_record_id(qr_id) {
        return Err(ApiError::BadRequest("qrId is not a challenge id".into()));
    }
    let key = challenge_key(qr_id);
    let challenge: Challenge = get_json(&*core.store, &key)
        .await?
        .ok_or(ApiError::Expired)?;
    // A device's code is watched by nobody: its device polls for the app's
    // tokens, and no browser may hear its approval (`oidc::device`).
    let bound = binding.map(BindingSecret::digest).as_deref() == Some(&challenge.binding_digest);
    if !bound || challenge.device {
        return Err(ApiError::BindingMismatch);
    }
    let subscription = core.store.subscribe(&channel(qr_id)).await?;
    Ok(Watch {
        core: core.clone(),
        key,
        qr_id: qr_id.to_owned(),
        client,
        subscription,
        last: None,
        seen: None,
        done: false,
        heard: None,
        heard_change_at: None,
        stale: true,
        expires_at: challenge.expires_at,
    })
}

impl Watch {
    /// The challenge as stored. While the store is away for a moment (a
    /// failover, a restart) the browser keeps its socket, and the state is
    /// read again shortly.
    async fn read(&self) -> Result<Option<Challenge>, ApiError> {
        loop {
            match get_json(&*self.core.store, &self.key).await {
                Err(ApiError::Unavailable) => tokio::time::sleep(STORE_RETRY).await,
                read => return read,
            }
        }
    }

    /// The challenge as the change last heard left it, else as stored.
    async fn current(&mut self) -> Result<Option<Challenge>, ApiError> {
        self.heard_change_at = self.heard.as_ref().map(|c| c.changed_at);
        match self.heard.take() {
            Some(heard) => Ok(Some(*heard)),
            None => self.read().await,
        }
    }

    /// The client already heard an event of this name, `qr_signing_in` or
    /// `qr_scanned` (a long-poll client says so): only what came after is news.
    pub fn seen(mut self, event: &str) -> Self {
        self.seen = Some(event.to_owned());
        self
    }

    /// The next event for the browser; `None` after the final one.
    pub async fn next(&mut self) -> Result<Option<BrowserEvent>, ApiError> {
        while !self.done {
            // Read once after subscribing and after each change heard: a
            // change meanwhile waits in the subscription.
            if self.stale {
                // Boxed, as `event` below: the socket waits in this state.
                let challenge = Box::pin(self.current()).await?;
                let now = now_ms();
                self.stale = false;
                self.expires_at = challenge.as_ref().map_or(now, Challenge::last_deadline);
                let outcome = challenge
                    .as_ref()
                    .map_or(Outcome::Expired, |c| c.outcome(now));
                let under_way = outcome.under_way();
                let news = outcome != Outcome::Pending
                    && self.last.as_ref() != Some(&outcome)
                    && !(under_way.is_some() && under_way == self.seen.as_deref());
                if news {
                    self.last = Some(outcome.clone());
                    self.done = under_way.is_none();
                    // Boxed: a socket spends its life waiting, and the
                    // waiting state need not be as large as this one.
                    return Box::pin(self.event(outcome)).await.map(Some);
                }
            }
            // Until expiry; past it only an approval under way is still open,
            // and its end is published.
            let now = now_ms();
            let until_expiry = if self.expires_at > now {
                Duration::from_millis(self.expires_at - now + 5)
            } else {
                Duration::from_secs(1)
            };
            tokio::select! {
                delivery = self.subscription.recv() => match delivery {
                    // The challenge as changed; anything else: read it.
                    Some(Delivery::Message(message)) => {
                        self.heard = serde_json::from_slice::<Box<Challenge>>(&message)
                            .ok()
                            .filter(|c| c.qr_id == self.qr_id);
                    }
                    Some(Delivery::Gap) => self.heard = None,
                    None => return Err(ApiError::Unavailable),
                },
                () = tokio::time::sleep(until_expiry) => {}
            }
            self.stale = true;
        }
        Ok(None)
    }

    #[tracing::instrument(name = "challenge.event", skip_all, fields(qr_id = %self.qr_id))]
    async fn event(&self, outcome: Outcome) -> Result<BrowserEvent, ApiError> {
        let core = &self.core;
        Ok(match outcome {
            Outcome::Pending => BrowserEvent::Pending,
            Outcome::SigningIn { until } => BrowserEvent::QrSigningIn { until },
            Outcome::Scanned {
                device_name,
                number,
                who,
            } => BrowserEvent::QrScanned {
                device_name,
                number,
                display_name: who,
            },
            Outcome::Denied { wrong_number } => BrowserEvent::QrDenied {
                reason: wrong_number.then(|| "wrong_number".to_owned()),
            },
            Outcome::Expired => {
                audit::record(
                    core,
                    entry(
                        AuditKind::Expired,
                        &self.client,
                        None,
                        &self.qr_id,
                        String::new(),
                    ),
                )
                .await;
                BrowserEvent::QrExpired
            }
            Outcome::Approved {
                user_id,
                session_id,
            } => {
                let (session, account) =
                    sessions::load_with_account(core, &session_id, &user_id).await?;
                let (access_token, expires_in) = sessions::access_token(core, &session)?;
                if let Some(approved_at) = self.heard_change_at {
                    metrics::approve_to_notify(Duration::from_millis(
                        now_ms().saturating_sub(approved_at),
                    ));
                }
                audit::record(
                    core,
                    entry(
                        AuditKind::TokenIssued,
                        &self.client,
                        Some(&user_id),
                        &self.qr_id,
                        String::new(),
                    ),
                )
                .await;
                BrowserEvent::QrAuthorized {
                    access_token,
                    expires_in,
                    user: account.user(),
                }
            }
        })
    }
}
