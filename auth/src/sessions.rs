//! Web sessions: what a requesting browser gets when a phone approves it.
//! Independent of the phone's own session, but linked to it: revoking the
//! phone's session (or the account) revokes every web session it approved.
//!
//! Store layout:
//! - `web:{id}` → the session (expires with it)
//! - `web:user:{userId}` → ids of the account's web sessions (JSON list)
//! - `web:held:{id}` → the apps that hold the session, and its account:
//!   outlives the session, so that its apps hear an idle end (`idle_check`)
//! - channel `session:{id}` → `session_revoked` for the browser's open pages

use axum_extra::extract::cookie::Cookie;
use serde::{Deserialize, Serialize};

use super::accounts::{self, Account};
use super::audit::{self, Entry};
use super::cookies::{self, Kind};
use super::devices::DeviceSession;
use super::records::{get_json, is_record_id, put_json, take_json, update_json, Index};
use super::requester::{bearer, Caller};
use super::settings::touch_every_ms;
use super::store::{ListChange, ListChanged};
use super::tokens::{Claims, TokenUse, ISSUER};
use super::{millis, now_ms, oidc, timers, ApiError, Core};
use protocol::{
    AuditKind, BindingSecret, BrowserEvent, Challenge, LinkedDevice, PhoneEvent, Requester,
    SessionInfo,
};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct WebSession {
    pub id: String,
    pub user_id: String,
    /// The device session of the phone that approved this one.
    pub approved_by: String,
    /// That phone's name, as the linked-devices list shows it.
    pub approved_by_name: String,
    pub browser: String,
    pub os: String,
    pub ip: String,
    pub created_at: u64,
    pub last_seen_at: u64,
    pub expires_at: u64,
    /// "Keep this browser signed in": a lasting cookie and the long idle
    /// period; otherwise a cookie that ends with the browser and a short one.
    #[serde(default = "yes")]
    pub persistent: bool,
    /// Approved for a kiosk: never persistent, with the kiosk's idle period.
    #[serde(default)]
    pub kiosk: bool,
    /// SHA-256 of the binding secret of the browser that showed the code:
    /// only that browser may trade the access token for the session cookie.
    #[serde(default)]
    pub binding_digest: String,
    /// The session cookie was handed out (once, ever).
    #[serde(default = "yes")]
    pub cookie_issued: bool,
    /// A passkey with user verification confirmed the approval.
    #[serde(default)]
    pub passkey: bool,
    /// Signed in on the browser itself with this passkey (its credential
    /// id): no phone approved it (`approved_by` is empty, `approved_by_name`
    /// the passkey's name), and removing the passkey ends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_id: Option<String>,
    /// Apps (OpenID Connect client ids) this sign-in was given to: its end
    /// reaches them (`oidc/backchannel.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apps: Vec<String>,
    /// How many times an app's hold on this sign-in was ended for it (a
    /// code or refresh token used twice): each grant notes the count it
    /// was given under, so what an ended hold gave stays ended when the app
    /// signs in again. A count, not a time: nodes' clocks differ.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub app_holds_ended: std::collections::BTreeMap<String, u32>,
    /// A device's sign-in (the device grant): no cookie, only its app's
    /// tokens, whose refreshes are its use (`oidc::refresh`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub device: bool,
    /// The app the phone approved this sign-in for, by the name it saw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    /// What a phone of the account named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

fn yes() -> bool {
    true
}

impl WebSession {
    /// Whether an app may be given this sign-in without a scan (a browser
    /// signed in here going to an app): not a kiosk's, shared by design,
    /// nor a "this session only" one, which the person chose not to keep.
    pub fn serves_apps_silently(&self) -> bool {
        self.persistent && !self.kiosk
    }

    fn idle(&self, core: &Core) -> std::time::Duration {
        if self.kiosk {
            core.settings.kiosk_idle
        } else if self.persistent {
            core.settings.session_idle
        } else {
            core.settings.temporary_session_idle
        }
    }

    pub fn linked_device(&self) -> LinkedDevice {
        LinkedDevice {
            session_id: self.id.clone(),
            browser: self.browser.clone(),
            os: self.os.clone(),
            ip: self.ip.clone(),
            created_at: self.created_at,
            last_seen_at: self.last_seen_at,
            approved_by: self.approved_by_name.clone(),
            name: self.name.clone(),
            app: self.app_name.clone(),
            kiosk: self.kiosk,
            passkey: self.passkey_id.is_some(),
        }
    }
}

pub fn key(id: &str) -> String {
    format!("web:{id}")
}

fn index_key(user_id: &str) -> String {
    format!("web:user:{user_id}")
}

pub fn channel(id: &str) -> String {
    format!("session:{id}")
}

/// News for the account's phones (`new_login`).
pub fn account_channel(user_id: &str) -> String {
    format!("account:{user_id}")
}

/// Tells the account's open phone pages that `session` was just linked.
pub async fn announce(core: &Core, session: &WebSession) -> Result<(), ApiError> {
    let news = PhoneEvent::NewLogin {
        browser: session.browser.clone(),
        os: session.os.clone(),
        ip: session.ip.clone(),
        at: session.created_at,
    };
    let json = serde_json::to_vec(&news).map_err(ApiError::internal)?;
    Ok(core
        .store
        .publish(&account_channel(&session.user_id), &json)
        .await?)
}

/// How long a session cookie may live at most; the session itself ends sooner
/// when it goes unused ([`Settings::session_idle`](super::Settings)).
const COOKIE_LIFETIME_SECS: u64 = 400 * 24 * 3600;

/// A new session for the browser that showed `challenge`, not yet stored.
/// A kiosk's is never persistent, whatever the phone asked.
pub fn prepare(
    core: &Core,
    user_id: &str,
    approved_by: &DeviceSession,
    challenge: &Challenge,
    (persistent, passkey): (bool, bool),
) -> WebSession {
    let by = (approved_by.id.as_str(), approved_by.device_name.as_str());
    let kind = (persistent, challenge.kiosk);
    WebSession {
        binding_digest: challenge.binding_digest.clone(),
        // A device's sign-in is its app's tokens (`oidc::device`): no
        // cookie is ever handed out for it.
        cookie_issued: challenge.device,
        device: challenge.device,
        passkey,
        app_name: challenge.app.clone(),
        ..begin(core, user_id, by, &challenge.requester, kind)
    }
}

/// A new session for a browser that signed itself in with a passkey
/// (`passkey_login::sign_in`), not yet stored: it gets its cookie in that
/// same answer. `passkey` is the passkey's id and name: no phone approved
/// it, and the passkey's removal ([`revoke_signed_in_with`]) ends it.
pub fn prepare_for_passkey(
    core: &Core,
    user_id: &str,
    (passkey_id, passkey_name): (&str, &str),
    requester: &Requester,
    (persistent, kiosk): (bool, bool),
    app_name: Option<String>,
) -> WebSession {
    let by = ("", passkey_name);
    WebSession {
        cookie_issued: true,
        passkey: true,
        passkey_id: Some(passkey_id.to_owned()),
        app_name,
        ..begin(core, user_id, by, requester, (persistent, kiosk))
    }
}

/// What every new session starts as. A kiosk's is never persistent.
fn begin(
    core: &Core,
    user_id: &str,
    (approved_by, approved_by_name): (&str, &str),
    requester: &Requester,
    (persistent, kiosk): (bool, bool),
) -> WebSession {
    let now = now_ms();
    let mut session = WebSession {
        persistent: persistent && !kiosk,
        kiosk,
        binding_digest: String::new(),
        cookie_issued: false,
        device: false,
        passkey: false,
        passkey_id: None,
        apps: Vec::new(),
        app_holds_ended: Default::default(),
        app_name: None,
        name: None,
        id: uuid::Uuid::new_v4().simple().to_string(),
        user_id: user_id.to_owned(),
        approved_by: approved_by.to_owned(),
        approved_by_name: approved_by_name.to_owned(),
        browser: requester.browser.clone(),
        os: requester.os.clone(),
        ip: requester.ip.clone(),
        created_at: now,
        last_seen_at: now,
        expires_at: now,
    };
    session.expires_at = now + millis(session.idle(core));
    session
}

/// Stores the session record; it counts as linked only after [`reserve`].
pub async fn save(core: &Core, session: &WebSession) -> Result<(), ApiError> {
    let idle = session.idle(core);
    put_json(&*core.store, &key(&session.id), session, Some(idle)).await
}

/// Removes a saved session that was never linked (its approval lost a race).
pub async fn discard(core: &Core, session: &WebSession) -> Result<(), ApiError> {
    core.store.delete(&key(&session.id)).await?;
    Ok(())
}

/// Takes one of the account's linked-browser places for `session` in one
/// atomic step, so that concurrent approvals can never link more browsers
/// than allowed. At the limit the list is read, and the places of sessions
/// that have ended are freed; if there is still none, `drop_session` (the
/// phone's choice, one of the linked sessions) gives up its place in the
/// same step as the new one takes it, and its id is returned to be revoked
/// once the approval wins; without a valid choice, `session_limit`.
pub async fn reserve(
    core: &Core,
    session: &WebSession,
    drop_session: Option<&str>,
) -> Result<Option<String>, ApiError> {
    let max = core.settings.max_linked_sessions;
    let index = index(core, &session.user_id);
    let room = ListChange {
        add: Some(&session.id),
        cap: max,
        ..ListChange::remove(&[])
    };
    // Below the limit, as nearly always, the list need not be read.
    if index.change(&room).await? != ListChanged::Full {
        return Ok(None);
    }
    let (_, gone) = index.read::<WebSession>(key).await?;
    let change = ListChange {
        remove: &gone,
        evict: drop_session,
        ..room
    };
    match index.change(&change).await? {
        ListChanged::Done { evicted } => Ok(drop_session.filter(|_| evicted).map(str::to_owned)),
        ListChanged::Full => Err(ApiError::SessionLimit { max }),
    }
}

/// Undoes [`reserve`] after the approval lost: the place is given back, and
/// a session dropped for it is listed again.
pub async fn release(
    core: &Core,
    session: &WebSession,
    dropped: Option<&str>,
) -> Result<(), ApiError> {
    let ours = [session.id.clone()];
    index(core, &session.user_id)
        .change(&ListChange {
            add: dropped,
            ..ListChange::remove(&ours)
        })
        .await
        .map(drop)
}

/// Notes on session `session_id` that the app (OpenID Connect client)
/// `app` holds it: its end reaches the app by back-channel logout, also
/// when it ends by going unused. Which hold that is: how many times the
/// app's hold on it ended before.
pub async fn add_app(core: &Core, session_id: &str, app: &str) -> Result<u32, ApiError> {
    let mut hold = 0;
    let session = update_json(&*core.store, &key(session_id), None, |stored| {
        let session: &WebSession = stored.ok_or(ApiError::Unauthorized)?;
        hold = session.app_holds_ended.get(app).copied().unwrap_or(0);
        if session.apps.iter().any(|a| a == app) {
            return Ok(None);
        }
        let mut next = session.clone();
        next.apps.push(app.to_owned());
        Ok(Some(next))
    })
    .await?
    .ok_or(ApiError::Unauthorized)?;
    // Each time, not only when the app is new here: a first try that
    // failed half-way is made whole by the next.
    hold_for(core, &session, app).await?;
    Ok(hold)
}

/// Who must hear that a session ended, kept apart from it (`web:held:{id}`).
#[derive(Serialize, Deserialize, Clone, Debug)]
struct Held {
    user_id: String,
    apps: Vec<String>,
}

/// The prefix of a held session's idle check in the timers.
pub const IDLE_TIMER: &str = "idle:";
/// How long a held record outlives its session's idle end: as long as its
/// check may wait for a sweeper.
const HELD_GRACE: std::time::Duration = timers::HORIZON;
/// How long after a session's idle end its check comes.
const IDLE_CHECK_AFTER_MS: u64 = 1_000;

fn held_key(id: &str) -> String {
    format!("web:held:{id}")
}

/// Session `id`'s idle check in the timers.
fn idle_timer(id: &str) -> String {
    format!("{IDLE_TIMER}{id}")
}

/// Lifetime of the held record of a session that idles out at `expires_at`.
fn held_lifetime(expires_at: u64) -> std::time::Duration {
    std::time::Duration::from_millis(expires_at.saturating_sub(now_ms())) + HELD_GRACE
}

/// Lists `app` in the held record of `session`. The first app sets the
/// check at the session's idle end, before the record is written: a
/// record is never without its check.
async fn hold_for(core: &Core, session: &WebSession, app: &str) -> Result<(), ApiError> {
    let key = held_key(&session.id);
    match get_json::<Held>(&*core.store, &key).await? {
        // As nearly always after the first grant: one read, no write.
        Some(held) if held.apps.iter().any(|a| a == app) => return Ok(()),
        Some(_) => {}
        None => {
            let at = session.expires_at + IDLE_CHECK_AFTER_MS;
            timers::schedule(core, at, &idle_timer(&session.id)).await?;
        }
    }
    let ttl = held_lifetime(session.expires_at);
    update_json(&*core.store, &key, Some(ttl), |stored| {
        let stored: Option<&Held> = stored;
        let mut next = stored.cloned().unwrap_or_else(|| Held {
            user_id: session.user_id.clone(),
            apps: Vec::new(),
        });
        if next.apps.iter().any(|a| a == app) {
            return Ok(None);
        }
        next.apps.push(app.to_owned());
        Ok(Some(next))
    })
    .await?;
    Ok(())
}

/// The check at held session `id`'s idle end (a timer). Used meanwhile: it
/// comes again at the session's new idle end. Gone, and not by a
/// revocation (which removes the held record first, and tells the apps
/// itself): it idled out, and its apps hear it now.
pub async fn idle_check(core: &Core, id: &str) -> Result<(), ApiError> {
    if !is_record_id(id) {
        return Ok(());
    }
    if let Some(session) = load(core, id).await? {
        let ttl = held_lifetime(session.expires_at);
        let held = update_json(&*core.store, &held_key(id), Some(ttl), |stored| {
            let stored: Option<&Held> = stored;
            Ok(stored.cloned())
        })
        .await?;
        if held.is_some() {
            let at = session.expires_at + IDLE_CHECK_AFTER_MS;
            timers::schedule(core, at, &idle_timer(id)).await?;
        }
        return Ok(());
    }
    if let Some(held) = take_json::<Held>(&*core.store, &held_key(id)).await? {
        tracing::info!(session_id = %id, apps = ?held.apps, "a web session idled out: its apps are told");
        oidc::backchannel::session_ended(core, &held.user_id, id, &held.apps);
    }
    Ok(())
}

/// Ends the app `app`'s hold on session `session_id` (what it was given
/// under it stops: `WebSession::app_holds_ended`); the session as it is
/// then, if the app held it.
pub async fn end_app(
    core: &Core,
    session_id: &str,
    app: &str,
) -> Result<Option<WebSession>, ApiError> {
    let mut held = false;
    let session = update_json(&*core.store, &key(session_id), None, |stored| {
        let stored: Option<&WebSession> = stored;
        held = stored.is_some_and(|s| s.apps.iter().any(|a| a == app));
        Ok(stored.filter(|_| held).map(|session| {
            let mut next = session.clone();
            next.apps.retain(|a| a != app);
            let ended = next.app_holds_ended.entry(app.to_owned()).or_default();
            *ended = ended.saturating_add(1);
            next
        }))
    })
    .await?;
    if held {
        update_json(&*core.store, &held_key(session_id), None, |stored| {
            let stored: Option<&Held> = stored;
            Ok(stored.map(|held| {
                let mut next = held.clone();
                next.apps.retain(|a| a != app);
                next
            }))
        })
        .await?;
    }
    Ok(session.filter(|_| held))
}

/// The session `id` names; none for an id of another shape (it came in a request).
pub async fn load(core: &Core, id: &str) -> Result<Option<WebSession>, ApiError> {
    if !is_record_id(id) {
        return Ok(None);
    }
    get_json(&*core.store, &key(id)).await
}

/// The live session `id` of account `user_id` (as a token names both) and
/// that account, not disabled, read in one round trip; `unauthorized`
/// when either is missing.
pub async fn load_with_account(
    core: &Core,
    id: &str,
    user_id: &str,
) -> Result<(WebSession, Account), ApiError> {
    if !is_record_id(id) {
        return Err(ApiError::Unauthorized);
    }
    let (account, session) = accounts::load_beside::<WebSession>(core, user_id, &key(id)).await?;
    match (session, account) {
        (Some(session), Some(account)) if session.user_id == account.id && !account.disabled => {
            Ok((session, account))
        }
        _ => Err(ApiError::Unauthorized),
    }
}

/// The session token of a request: the session cookie, else a Bearer access token.
pub fn token_from(headers: &axum::http::HeaderMap, core: &Core) -> Option<(String, TokenUse)> {
    cookies::read(headers, Kind::Session, &core.settings)
        .map(|c| (c, TokenUse::Session))
        .or_else(|| bearer(headers).map(|t| (t, TokenUse::Access)))
}

/// The live session and account behind a token of `token_use`; `unauthorized`
/// once the session is revoked or the account disabled.
pub async fn authenticate(
    core: &Core,
    token: &str,
    token_use: TokenUse,
) -> Result<(WebSession, Account), ApiError> {
    let claims = core
        .keys
        .verify(token, token_use, &core.settings.public_url)?;
    let (session, account) = load_with_account(core, &claims.sid, &claims.sub).await?;
    Ok((touch(core, session).await?, account))
}

async fn active_account(core: &Core, session: &WebSession) -> Result<Account, ApiError> {
    accounts::load(core, &session.user_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(ApiError::Unauthorized)
}

/// A phone of account `user_id` names its linked browser `session_id`
/// (`name` cleaned as every name people read; empty: no name).
pub async fn rename(
    core: &Core,
    user_id: &str,
    session_id: &str,
    name: &str,
) -> Result<(), ApiError> {
    use protocol::label::{clean, NAME_MAX_CHARS};

    let name = Some(clean(name, NAME_MAX_CHARS)).filter(|name| !name.is_empty());
    if !is_record_id(session_id) {
        return Err(ApiError::NotFound);
    }
    update_json(&*core.store, &key(session_id), None, |stored| {
        let mut next: WebSession = stored
            .filter(|s: &&WebSession| s.user_id == user_id)
            .cloned()
            .ok_or(ApiError::NotFound)?;
        next.name = name.clone();
        Ok(Some(next))
    })
    .await?
    .ok_or(ApiError::NotFound)
    .map(drop)
}

/// Marks the session used: it lives another idle period from now. A session
/// revoked meanwhile is not brought back (compare-and-swap on the old record).
pub async fn touch(core: &Core, session: WebSession) -> Result<WebSession, ApiError> {
    let now = now_ms();
    let idle = session.idle(core);
    if now.saturating_sub(session.last_seen_at) < touch_every_ms(idle) {
        return Ok(session);
    }
    update_json(&*core.store, &key(&session.id), Some(idle), |stored| {
        let mut next: WebSession = stored.cloned().ok_or(ApiError::Unauthorized)?;
        next.last_seen_at = next.last_seen_at.max(now);
        next.expires_at = next.last_seen_at + millis(idle);
        Ok(Some(next))
    })
    .await?
    .ok_or(ApiError::Unauthorized)
}

/// Step 7: the page trades the access token pushed on its socket for the
/// session cookie. Only once per session, and only for the browser that
/// holds the binding secret of the code the phone approved: a token copied
/// out of the page is worth nothing anywhere else.
#[tracing::instrument(name = "session.open", skip_all, fields(session_id = tracing::field::Empty))]
pub async fn open(
    core: &Core,
    access_token: &str,
    binding: Option<&BindingSecret>,
) -> Result<(WebSession, Account), ApiError> {
    let claims = core
        .keys
        .verify(access_token, TokenUse::Access, &core.settings.public_url)?;
    tracing::Span::current().record("session_id", tracing::field::display(&claims.sid));
    let digest = binding.ok_or(ApiError::BindingMismatch)?.digest();
    let session = update_json(&*core.store, &key(&claims.sid), None, |stored| {
        let session: &WebSession = stored.ok_or(ApiError::Unauthorized)?;
        if session.binding_digest.is_empty() || session.binding_digest != digest {
            return Err(ApiError::BindingMismatch);
        }
        if session.cookie_issued {
            return Err(ApiError::AlreadyUsed);
        }
        let mut next = session.clone();
        next.cookie_issued = true;
        Ok(Some(next))
    })
    .await?
    .ok_or(ApiError::Unauthorized)?;
    let account = active_account(core, &session).await?;
    Ok((session, account))
}

pub fn info(session: &WebSession, account: &Account) -> SessionInfo {
    SessionInfo {
        session_id: session.id.clone(),
        user: account.user(),
        expires_at: session.expires_at,
    }
}

fn claims(core: &Core, session: &WebSession, token_use: TokenUse, lifetime: u64) -> Claims {
    let now = now_ms() / 1000;
    Claims {
        iss: ISSUER.into(),
        aud: core.settings.public_url.clone(),
        sub: session.user_id.clone(),
        sid: session.id.clone(),
        token_use,
        iat: now,
        exp: now + lifetime,
        scope: None,
        grant: None,
        jti: None,
    }
}

/// A fresh access token for `session` and its lifetime in seconds.
pub fn access_token(core: &Core, session: &WebSession) -> Result<(String, u64), ApiError> {
    let expires_in = core.settings.access_token_ttl.as_secs();
    let claims = claims(core, session, TokenUse::Access, expires_in);
    Ok((core.keys.sign(&claims)?, expires_in))
}

/// The HttpOnly cookie that keeps the browser signed in.
pub fn cookie(core: &Core, session: &WebSession) -> Result<Cookie<'static>, ApiError> {
    let claims = claims(core, session, TokenUse::Session, COOKIE_LIFETIME_SECS);
    // Without Max-Age the browser drops the cookie when it closes.
    let max_age = session
        .persistent
        .then(|| std::time::Duration::from_secs(COOKIE_LIFETIME_SECS));
    Ok(cookies::make(
        Kind::Session,
        core.keys.sign(&claims)?,
        max_age,
        &core.settings,
    ))
}

/// The cookie that removes [`cookie`].
pub fn removal_cookie(core: &Core) -> Cookie<'static> {
    cookies::removal(Kind::Session, &core.settings)
}

/// Ends one session: its open pages hear `session_revoked` at once, its next
/// request gets `unauthorized`.
#[tracing::instrument(name = "session.revoke", skip_all, fields(session_id = %session.id, reason = reason))]
pub async fn revoke(
    core: &Core,
    session: &WebSession,
    reason: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    // The held record first: the idle check, finding the session gone,
    // must not tell the apps a second time. It may list an app that took
    // the session after `session` was read.
    let held = take_json::<Held>(&*core.store, &held_key(&session.id)).await?;
    core.store.delete(&key(&session.id)).await?;
    let mut apps = session.apps.clone();
    for app in held.map(|held| held.apps).unwrap_or_default() {
        if !apps.contains(&app) {
            apps.push(app);
        }
    }
    let ended = [session.id.clone()];
    index(core, &session.user_id)
        .change(&ListChange::remove(&ended))
        .await?;
    let event = BrowserEvent::SessionRevoked {
        reason: reason.to_owned(),
    };
    let json = serde_json::to_vec(&event).map_err(ApiError::internal)?;
    core.store.publish(&channel(&session.id), &json).await?;
    oidc::backchannel::session_ended(core, &session.user_id, &session.id, &apps);
    audit::record(
        core,
        Entry {
            kind: AuditKind::Revoked,
            client,
            user_id: Some(&session.user_id),
            qr_id: None,
            // No words (the page's language words the reason).
            detail: format!(
                "{}, {}, {} ({reason})",
                session.browser, session.os, session.ip
            ),
        },
    )
    .await;
    Ok(())
}

/// The account's live web sessions, oldest first.
pub async fn list(core: &Core, user_id: &str) -> Result<Vec<WebSession>, ApiError> {
    Ok(index(core, user_id).read(key).await?.0)
}

pub async fn revoke_all(
    core: &Core,
    user_id: &str,
    reason: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    revoke_where(core, user_id, |_| true, reason, client).await
}

pub async fn revoke_approved_by(
    core: &Core,
    user_id: &str,
    device_session_id: &str,
    reason: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    let approved = |s: &WebSession| s.approved_by == device_session_id;
    revoke_where(core, user_id, approved, reason, client).await
}

/// Ends every session of the account that a passkey of `passkey_ids`
/// signed in (those passkeys were just removed).
pub async fn revoke_signed_in_with(
    core: &Core,
    user_id: &str,
    passkey_ids: &[String],
    reason: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    if passkey_ids.is_empty() {
        return Ok(());
    }
    let with = |s: &WebSession| {
        s.passkey_id
            .as_ref()
            .is_some_and(|id| passkey_ids.contains(id))
    };
    revoke_where(core, user_id, with, reason, client).await
}

async fn revoke_where(
    core: &Core,
    user_id: &str,
    ends: impl Fn(&WebSession) -> bool,
    reason: &str,
    client: &Caller,
) -> Result<(), ApiError> {
    for session in list(core, user_id).await? {
        if ends(&session) {
            revoke(core, &session, reason, client).await?;
        }
    }
    Ok(())
}

fn index<'a>(core: &'a Core, user_id: &str) -> Index<'a> {
    Index {
        store: &*core.store,
        key: index_key(user_id),
    }
}
