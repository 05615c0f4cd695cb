//! The challenge steps of the flow: issue (browser), inspect, approve, deny
//! (phone); the event stream a browser watches is `watch.rs`.
//!
//! Store layout (every secret only as its SHA-256 digest):
//! - `qr:{qrId}` → the [`Challenge`] as JSON
//! - `qr:token:{digest(token)}` → `qrId`, how a phone's token finds its challenge
//! - `qr:code:{keyed digest(user code)}` → `qrId`, the same for a typed code
//! - `rate:challenge:{network}`, `rate:code-miss:{network}` → counters
//! - `rate:user-code-miss:{network}`, `rate:user-code-miss:user:{userId}`,
//!   `rate:user-code-use:{qrId}` → the typed code's counters
//! - channel `qr:{qrId}` → the challenge as each change left it, published in
//!   the same step as the change; anything else said there (a code replaced
//!   by its page) means: read the stored state again

use std::time::Duration;

use axum::http::HeaderMap;
use axum_extra::extract::cookie::Cookie;

use super::accounts::Account;
use super::audit::{self, Entry};
use super::cookies::{self, Kind};
use super::devices::DeviceSession;
use super::records::{get_json, get_seen, is_record_id, put_json, update_from, Seen};
use super::requester::Caller;
use super::settings::{USER_CODE_MISSES_PER_ACCOUNT, USER_CODE_USES};
use super::{millis, now_ms, oidc, passkeys, random, rate, sessions, ApiError, Core};
use protocol::{
    ApproveRequest, AuditKind, BindingSecret, Challenge, ChallengeCreated, ChallengeError,
    ChallengeRequest, HoldSecret, InspectResponse, LoginCode, NumberError, NumberMatch, QrToken,
    UserCode,
};

mod watch;
pub use watch::{watch, Watch};

/// How long a binding secret this server handed out stays good (seconds);
/// an older or unknown one is replaced by the next code the browser asks for.
/// Nothing is stored for it: the secret carries its own seal.
const BINDING_LIFETIME_SECS: u64 = 12 * 3600;
const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

pub fn challenge_key(qr_id: &str) -> String {
    format!("qr:{qr_id}")
}

pub fn token_key(token: &QrToken) -> String {
    format!("qr:token:{}", token.digest())
}

pub fn user_code_key(core: &Core, code: &UserCode) -> String {
    format!("qr:code:{}", code.digest(core.keys.code_key()))
}

/// Named as the record, so that on a cluster the script that changes the
/// record can publish on it (both live on one slot).
pub fn channel(qr_id: &str) -> String {
    challenge_key(qr_id)
}

fn issue_rate_key(client: &Caller) -> String {
    format!("rate:challenge:{}", client.network)
}

fn miss_rate_key(client: &Caller) -> String {
    format!("rate:code-miss:{}", client.network)
}

/// A counter of misses: its key, its window, its limit (`rate::reserve`).
type MissCounter = (String, Duration, u64);

/// What bounds guessing of one kind of code: QR tokens (128 bits) per
/// address and minute; typed codes (34.5 bits) per address and per account,
/// by the hour, far tighter.
fn miss_counters(
    core: &Core,
    code: &LoginCode,
    user_id: &str,
    client: &Caller,
) -> Vec<MissCounter> {
    let limits = &core.settings.limits;
    match code {
        LoginCode::Scanned(_) => {
            vec![(miss_rate_key(client), MINUTE, limits.code_misses_per_minute)]
        }
        LoginCode::Typed(_) => vec![
            (
                format!("rate:user-code-miss:{}", client.network),
                HOUR,
                limits.user_code_misses_per_hour,
            ),
            (
                format!("rate:user-code-miss:user:{user_id}"),
                HOUR,
                USER_CODE_MISSES_PER_ACCOUNT,
            ),
        ],
    }
}

/// A new challenge, and the cookie to set when the browser had no binding yet.
pub struct Issued {
    pub created: ChallengeCreated,
    pub set_cookie: Option<Cookie<'static>>,
}

/// Creates a challenge for the browser behind `headers`. A browser that holds
/// a binding secret this server gave it keeps it (any other is replaced: a
/// secret chosen by someone else could be known to them); the challenge it
/// `replaces` (if it is this browser's and still open) stops working, and its
/// watchers hear so.
#[tracing::instrument(name = "challenge.issue", skip_all, fields(qr_id = tracing::field::Empty, kiosk = request.kiosk))]
pub async fn issue(
    core: &Core,
    headers: &HeaderMap,
    client: &Caller,
    request: &ChallengeRequest,
) -> Result<Issued, ApiError> {
    count_issue(core, client).await?;
    let store = &core.store;
    let now = now_ms();
    let seal = core.keys.binding_key();
    let known = cookies::binding(headers, &core.settings)
        .filter(|binding| binding.issued_by(seal, now / 1000, BINDING_LIFETIME_SECS));
    let (binding, set_cookie) = match known {
        Some(binding) => (binding, None),
        None => {
            let binding = BindingSecret::issue(seal, now / 1000, random());
            let cookie = cookies::make(Kind::Binding, binding.encode(), None, &core.settings);
            (binding, Some(cookie))
        }
    };

    if let Some(previous) = request.replaces.as_deref() {
        if !is_record_id(previous) {
            return Err(ApiError::BadRequest(
                "replaces is not a challenge id".into(),
            ));
        }
        let key = challenge_key(previous);
        let ours = get_json::<Challenge>(&**store, &key)
            .await?
            .filter(|c| c.binding_digest == binding.digest() && !c.is_final());
        if ours.is_some() && store.delete(&key).await? {
            notify_gone(core, previous).await?;
        }
    }

    let ttl_ms = millis(core.settings.qr_ttl);
    let token = QrToken::from_random(random());
    let qr_id = uuid::Uuid::new_v4().simple().to_string();
    tracing::Span::current().record("qr_id", tracing::field::display(&qr_id));
    let mut challenge = Challenge::new(
        qr_id.clone(),
        binding.digest(),
        client.requester(now),
        now,
        ttl_ms,
        request.kiosk,
    );
    if core.settings.number_matching {
        challenge.number = Some(NumberMatch::from_random(random()));
    }
    if let Some(id) = request.authorization.as_deref() {
        let app = oidc::pending::claim(core, id, &binding.digest()).await?;
        let app = match app {
            Ok(app) => app,
            Err(oidc::pending::Unclaimed::Gone) => {
                return Err(ApiError::BadRequest(
                    "This sign-in for the app has expired: go back to the app and start again."
                        .into(),
                ))
            }
            Err(oidc::pending::Unclaimed::Elsewhere) => {
                return Err(ApiError::BadRequest(
                    "This sign-in for the app was started in another browser: go back to the app in this browser and start again."
                        .into(),
                ))
            }
        };
        (challenge.app, challenge.app_id) = (Some(app.name), Some(app.id));
    }
    let detail = if request.kiosk { "kiosk" } else { "" };
    let user_code = store_new(core, &challenge, &token, client, detail).await?;

    Ok(Issued {
        created: ChallengeCreated {
            qr_payload: core.settings.qr_payload(&token.encode()),
            qr_id,
            expires_at: challenge.expires_at,
            ttl_ms,
            server_time: now,
            user_code: user_code.display(),
        },
        set_cookie,
    })
}

/// A challenge for a device signing in to the app `app` (RFC 8628,
/// `oidc::device`), bound to the digest of its device code and alive for
/// `ttl`: its QR token and its typed code, as a page's are. Counted with
/// the QR codes an address may ask for. No number matching: the device
/// hears nothing from here until the phone is done.
#[tracing::instrument(name = "challenge.issue_for_device", skip_all, fields(qr_id = tracing::field::Empty))]
pub async fn issue_for_device(
    core: &Core,
    client: &Caller,
    binding_digest: String,
    app: &oidc::Client,
    ttl: Duration,
) -> Result<(Challenge, QrToken, UserCode), ApiError> {
    count_issue(core, client).await?;
    let now = now_ms();
    let token = QrToken::from_random(random());
    let qr_id = uuid::Uuid::new_v4().simple().to_string();
    tracing::Span::current().record("qr_id", tracing::field::display(&qr_id));
    // The phone names the device by its app: what the device says of
    // itself (its User-Agent) could be anything.
    let requester = protocol::Requester {
        browser: app.name.clone(),
        ..client.requester(now)
    };
    let mut challenge = Challenge::new(qr_id, binding_digest, requester, now, millis(ttl), false);
    (challenge.app, challenge.app_id) = (Some(app.name.clone()), Some(app.id.clone()));
    challenge.device = true;
    let user_code = store_new(core, &challenge, &token, client, "device").await?;
    Ok((challenge, token, user_code))
}

/// Counts one more QR code asked for from `client`'s address.
async fn count_issue(core: &Core, client: &Caller) -> Result<(), ApiError> {
    rate::count(
        core,
        &issue_rate_key(client),
        MINUTE,
        core.settings.limits.challenges_per_minute,
    )
    .await?;
    Ok(())
}

/// Stores a new challenge with the token that finds it and a typed code
/// drawn for it, and audits it (`detail`). Independent writes, sent
/// together (one round trip on Redis): nobody can present the token
/// before the caller answers.
async fn store_new(
    core: &Core,
    challenge: &Challenge,
    token: &QrToken,
    client: &Caller,
    detail: &str,
) -> Result<UserCode, ApiError> {
    let keep = Some(Duration::from_millis(challenge.store_ttl_ms(now_ms())));
    let qr_id = &challenge.qr_id;
    let (challenge_record, token_record) = (challenge_key(qr_id), token_key(token));
    let (saved, indexed, user_code, ()) = futures::join!(
        put_json(&*core.store, &challenge_record, challenge, keep),
        core.store.put(&token_record, qr_id.as_bytes(), keep),
        draw_user_code(core, qr_id, keep),
        audit::record(
            core,
            entry(AuditKind::Created, client, None, qr_id, detail.into()),
        ),
    );
    saved?;
    indexed?;
    user_code
}

/// A typed code for challenge `qr_id` that no live challenge has: drawn
/// again in the (one in millions) case that it is taken.
async fn draw_user_code(
    core: &Core,
    qr_id: &str,
    keep: Option<Duration>,
) -> Result<UserCode, ApiError> {
    for _ in 0..4 {
        let code = UserCode::from_random(u64::from_le_bytes(random()));
        let key = user_code_key(core, &code);
        if core.store.put_new(&key, qr_id.as_bytes(), keep).await? {
            return Ok(code);
        }
    }
    Err(ApiError::internal(
        "four typed codes drawn in a row were taken",
    ))
}

/// A phone that is not signed in opened the QR code `token`: the code waits
/// for this phone while it signs in or signs up ([`Challenge::hold`]).
/// Returns the secret the phone keeps (its `qr_hold` cookie), or `None` when
/// the code cannot wait (unknown, scanned, held already, used, expired): the
/// phone learns which once it is back signed in.
#[tracing::instrument(name = "challenge.hold", skip_all, fields(qr_id = tracing::field::Empty))]
pub async fn hold(
    core: &Core,
    token: &QrToken,
    client: &Caller,
) -> Result<Option<HoldSecret>, ApiError> {
    let code = LoginCode::Scanned(token.clone());
    let counters = miss_counters(core, &code, "", client);
    let (found, _) = look_up(core, &code, &counters, None).await?;
    let Some((key, seen)) = found else {
        return Ok(None);
    };
    let secret = HoldSecret::from_random(random());
    let holder = secret.digest();
    let now = now_ms();
    let Some(held) = seen.value.hold(now, &holder) else {
        return Ok(None);
    };
    // The record, and the token that finds it, live as long as the hold.
    let keep = Some(Duration::from_millis(held.store_ttl_ms(now)));
    let changed = update_from(&*core.store, &key, keep, Some(seen), Some(&key), |c| {
        Ok(c.and_then(|c: &Challenge| c.hold(now_ms(), &holder)))
    })
    .await?;
    let Some(held) = changed.filter(|c| c.value.hold.as_ref().is_some_and(|h| h.holder == holder))
    else {
        return Ok(None);
    };
    let (qr_id, index) = (held.value.qr_id, token_key(token));
    let detail = "not signed in yet: the code waits".to_owned();
    let (indexed, ()) = futures::join!(
        core.store.put(&index, qr_id.as_bytes(), keep),
        audit::record(
            core,
            entry(AuditKind::Scanned, client, None, &qr_id, detail)
        ),
    );
    indexed?;
    Ok(Some(secret))
}

/// A phone opened the QR: marks it scanned, tells the browser, and returns
/// what the confirmation screen must show. `holder`, here and in the steps
/// below: the digest of the phone's hold secret, if it sent one.
#[tracing::instrument(name = "challenge.inspect", skip_all, fields(qr_id = tracing::field::Empty, user_id = %device.user_id))]
pub async fn inspect(
    core: &Core,
    code: &LoginCode,
    (device, account): (&DeviceSession, &Account),
    client: &Caller,
    holder: Option<&str>,
) -> Result<InspectResponse, ApiError> {
    let (key, seen, enrolled) = find(core, code, &device.user_id, client).await?;
    let phone = (device.device_name.as_str(), account.display_name.as_str());
    let challenge = swap(core, &key, Some(seen), Announced, |c, now| {
        c.scan(now, phone, holder)
    })
    .await?
    .value;
    let deadline = challenge.deadline(holder);
    // The first time an app asks for this account, the phone asks too.
    let app = challenge
        .app_id
        .as_deref()
        .and_then(|id| core.settings.oidc_clients.find(id));
    let consent = async {
        match &app {
            Some(app) => Ok(oidc::consent::allowed(core, &device.user_id)
                .await?
                .question(app)),
            None => Ok::<_, ApiError>(None),
        }
    };
    let ((), linked, passkey, consent) = futures::join!(
        audit::record(
            core,
            entry(
                AuditKind::Scanned,
                client,
                Some(&device.user_id),
                &challenge.qr_id,
                device.device_name.clone(),
            ),
        ),
        sessions::list(core, &device.user_id),
        passkeys::approval_options(core, &enrolled, &device.id, &challenge.qr_id, deadline),
        consent,
    );
    let linked = linked?;
    let (passkey, passkey_missing) = passkey?;
    let same_network = protocol::network::same_network(&challenge.requester.ip, &client.ip);
    Ok(InspectResponse {
        qr_id: challenge.qr_id,
        expires_at: deadline,
        requester: challenge.requester,
        server_time: now_ms(),
        linked_sessions: linked
            .iter()
            .map(sessions::WebSession::linked_device)
            .collect(),
        max_linked_sessions: u32::try_from(core.settings.max_linked_sessions).unwrap_or(u32::MAX),
        kiosk: challenge.kiosk,
        same_network,
        number_choices: challenge.number.map(|n| n.choices.to_vec()),
        passkey,
        passkey_missing,
        app: challenge.app,
        device: challenge.device,
        consent: consent?,
    })
}

/// The user tapped "Log in": exactly one approval of a challenge can succeed,
/// and the account never has more linked browsers than allowed. The phone
/// first claims the challenge (no other approval can then race it), takes a
/// linked-browser place for the new session, then confirms the claim; when
/// there is no place the claim is undone and nothing has changed.
/// `request` brings the choices; its code fields are the caller's (`code`).
#[tracing::instrument(name = "challenge.approve", skip_all, fields(qr_id = tracing::field::Empty, user_id = %account.id))]
pub async fn approve(
    core: &Core,
    code: &LoginCode,
    request: &ApproveRequest,
    device: &DeviceSession,
    account: &Account,
    client: &Caller,
    holder: Option<&str>,
) -> Result<(), ApiError> {
    let (key, seen, enrolled) = find(core, code, &device.user_id, client).await?;
    if let Some(number) = &seen.value.number {
        match number.check(request.number) {
            Ok(()) => {}
            Err(missing @ NumberError::Missing) => {
                return Err(ApiError::BadRequest(format!("{missing} (number)")));
            }
            // A wrong pick spends the code: a relayed one gets one guess.
            Err(NumberError::Wrong) => {
                let detail = format!("{}, wrong number", device.device_name);
                let why = (detail, true, holder);
                decline(core, &key, seen, device, client, why).await?;
                return Err(ApiError::WrongNumber);
            }
        }
    }
    let passkey = passkeys::check_approval(
        core,
        enrolled,
        (&device.user_id, &device.id),
        &seen.value.qr_id,
        request.passkey.as_ref(),
        client,
    )
    .await?;
    // "Log in" allows the app the phone asked about (`inspect`'s
    // `consent`): kept before anything is approved, so that no app gets a
    // sign-in whose allowance was not kept.
    let app = seen.value.app_id.as_deref();
    if let Some(app) = app.and_then(|id| core.settings.oidc_clients.find(id)) {
        oidc::consent::allow(core, &account.id, &app).await?;
    }
    let persistent = request.keep_signed_in.unwrap_or(true);
    let session = sessions::prepare(
        core,
        &account.id,
        device,
        &seen.value,
        (persistent, passkey),
    );
    let claimant = (account.id.as_str(), session.id.as_str());
    seen.value.claim(now_ms(), claimant, holder)?;
    // The session is saved while the challenge is claimed for it; each
    // undoes the other if only one of them worked.
    let session_id = session.id.clone();
    let claim = |c: &Challenge, now| c.claim(now, (&account.id, &session_id), holder);
    let (saved, claimed) = futures::join!(
        sessions::save(core, &session),
        swap(core, &key, Some(seen), Quiet, claim)
    );
    let claimed = match (saved, claimed) {
        (Ok(()), Ok(claimed)) => claimed,
        (Err(error), Ok(claimed)) => {
            swap(core, &key, Some(claimed), Quiet, |c, now| {
                c.unclaim(now, &session.id)
            })
            .await?;
            return Err(error);
        }
        (_, Err(error)) => {
            sessions::discard(core, &session).await?;
            return Err(error);
        }
    };
    let dropped = match sessions::reserve(core, &session, request.drop_session.as_deref()).await {
        Ok(dropped) => dropped,
        Err(error) => {
            swap(core, &key, Some(claimed), Quiet, |c, now| {
                c.unclaim(now, &session.id)
            })
            .await?;
            sessions::discard(core, &session).await?;
            return Err(error);
        }
    };
    let confirm = |c: &Challenge, now| c.confirm(now, &session.id);
    let challenge = match swap(core, &key, Some(claimed), Announced, confirm).await {
        Ok(confirmed) => confirmed.value,
        // Replaced by its page, or gone, in the moment between the steps.
        Err(error) => {
            sessions::release(core, &session, dropped.as_deref()).await?;
            sessions::discard(core, &session).await?;
            return Err(error);
        }
    };
    let device_name = request
        .device_name
        .as_deref()
        .map(|name| protocol::label::clean(name, protocol::label::NAME_MAX_CHARS))
        .unwrap_or_else(|| device.device_name.clone());
    let kiosk = if challenge.kiosk { ", kiosk" } else { "" };
    let detail = format!(
        "{} on {} via {device_name}{kiosk}",
        session.browser, session.os
    );
    // The waiting browser is told first; the phone's news, the audit trail
    // and the browser dropped to make room go out with it.
    let drop_replaced = async {
        if let Some(dropped) = dropped {
            if let Some(dropped) = sessions::load(core, &dropped).await? {
                sessions::revoke(core, &dropped, "replaced_by_new_login", client).await?;
            }
        }
        Ok::<(), ApiError>(())
    };
    let (announced, replaced, ()) = futures::join!(
        sessions::announce(core, &session),
        drop_replaced,
        audit::record(
            core,
            entry(
                AuditKind::Approved,
                client,
                Some(&account.id),
                &challenge.qr_id,
                detail,
            ),
        ),
    );
    announced?;
    replaced
}

/// The user tapped "Not me".
#[tracing::instrument(name = "challenge.deny", skip_all, fields(qr_id = tracing::field::Empty, user_id = %device.user_id))]
pub async fn deny(
    core: &Core,
    code: &LoginCode,
    device: &DeviceSession,
    client: &Caller,
    holder: Option<&str>,
) -> Result<(), ApiError> {
    let (key, seen, _) = find(core, code, &device.user_id, client).await?;
    let detail = device.device_name.clone();
    decline(core, &key, seen, device, client, (detail, false, holder)).await
}

/// Denies the challenge found at `key` (for a wrong number, or by "Not
/// me"), tells its browser, and records it with `detail`.
async fn decline(
    core: &Core,
    key: &str,
    seen: Seen<Challenge>,
    device: &DeviceSession,
    client: &Caller,
    (detail, wrong_number, holder): (String, bool, Option<&str>),
) -> Result<(), ApiError> {
    let refuse = |c: &Challenge, now| match wrong_number {
        true => c.deny_wrong_number(now, holder),
        false => c.deny(now, holder),
    };
    let challenge = swap(core, key, Some(seen), Announced, refuse).await?.value;
    audit::record(
        core,
        entry(
            AuditKind::Denied,
            client,
            Some(&device.user_id),
            &challenge.qr_id,
            detail,
        ),
    )
    .await;
    Ok(())
}

/// The challenge a phone's code belongs to; `expired` when it is unknown or
/// gone, `already_approved` when this account approved it (a phone's Back
/// after "Done" is no failure). Whoever presents too many unknown codes (an
/// address; for typed codes also an account) is refused every code of that
/// kind for a while, found or not, so guessing gains nothing ([`look_up`]).
/// A typed code also answers only [`USER_CODE_USES`] requests.
async fn find(
    core: &Core,
    code: &LoginCode,
    user_id: &str,
    client: &Caller,
) -> Result<(String, Seen<Challenge>, passkeys::Enrolled), ApiError> {
    let counters = miss_counters(core, code, user_id, client);
    let passkeys_key = passkeys::list_key_if_any(core, user_id);
    let (found, passkeys) = look_up(core, code, &counters, passkeys_key.as_deref()).await?;
    let enrolled = match passkeys_key {
        Some(key) => passkeys::Enrolled::read(&key, passkeys.as_deref())?,
        None => passkeys::Enrolled::default(),
    };
    let Some((key, challenge)) = found else {
        return Err(ApiError::Expired);
    };
    if challenge.value.approved_by(user_id) {
        return Err(ApiError::AlreadyApproved);
    }
    if matches!(code, LoginCode::Typed(_)) {
        let lifetime = Duration::from_millis(challenge.value.store_ttl_ms(now_ms()));
        let uses = format!("rate:user-code-use:{}", challenge.value.qr_id);
        rate::count(core, &uses, lifetime, USER_CODE_USES).await?;
    }
    Ok((key, challenge, enrolled))
}

/// The challenge `code` names, if it is there, with the record at `also`
/// read in the same round trip. Each code presented takes a place in the
/// miss `counters` before it is looked up; a known one gives it back (a code
/// whose challenge ended in the moment between is no guess either).
async fn look_up(
    core: &Core,
    code: &LoginCode,
    counters: &[MissCounter],
    also: Option<&str>,
) -> Result<(Option<(String, Seen<Challenge>)>, Option<Vec<u8>>), ApiError> {
    rate::reserve(core, counters).await?;
    let index = match code {
        LoginCode::Scanned(token) => token_key(token),
        LoginCode::Typed(typed) => user_code_key(core, typed),
    };
    let keys: Vec<String> = also.map(str::to_owned).into_iter().chain([index]).collect();
    let mut read = core.store.get_many(&keys).await?;
    let qr_id = read.pop().flatten();
    let also = read.pop().flatten();
    let Some(qr_id) = qr_id else {
        return Ok((None, also));
    };
    let qr_id = String::from_utf8_lossy(&qr_id);
    // The step's span (inspect, approve, deny, hold) names the challenge.
    tracing::Span::current().record("qr_id", tracing::field::display(&qr_id));
    let key = challenge_key(&qr_id);
    let (challenge, refunded) = futures::join!(
        get_seen::<Challenge>(&*core.store, &key),
        rate::refund(core, counters)
    );
    refunded?;
    Ok((challenge?.map(|challenge| (key, challenge)), also))
}

/// Whether a step's change is news for the waiting browser.
#[derive(Clone, Copy, PartialEq)]
enum Told {
    /// Published with the change, in the same step.
    Announced,
    /// A claim made or given up: the browser's view stays as it was.
    Quiet,
}
use Told::{Announced, Quiet};

/// Applies `step` to the stored challenge atomically: whenever another
/// request changed it in between, the step runs again on the latest state
/// (a second approve sees the first one and is `already_used`).
/// It starts from `seen`, the challenge as this request last read or wrote
/// it; an `Announced` change reaches its watchers on every node in the same
/// step of the store.
async fn swap(
    core: &Core,
    key: &str,
    seen: Option<Seen<Challenge>>,
    told: Told,
    step: impl Fn(&Challenge, u64) -> Result<Challenge, ChallengeError>,
) -> Result<Seen<Challenge>, ApiError> {
    // A challenge's `channel` is named as its key.
    let channel = (told == Announced).then_some(key);
    update_from(
        &*core.store,
        key,
        None,
        seen,
        channel,
        |current: Option<&Challenge>| {
            let current = current.ok_or(ApiError::Expired)?;
            Ok(Some(step(current, now_ms())?))
        },
    )
    .await?
    .ok_or(ApiError::Expired)
}

/// Tells the challenge's watchers, on every node, that it is gone (its page
/// replaced it): they read it again and find it ended.
async fn notify_gone(core: &Core, qr_id: &str) -> Result<(), ApiError> {
    Ok(core.store.publish(&channel(qr_id), b"gone").await?)
}

fn entry<'a>(
    kind: AuditKind,
    client: &'a Caller,
    user_id: Option<&'a str>,
    qr_id: &'a str,
    detail: String,
) -> Entry<'a> {
    Entry {
        kind,
        client,
        user_id,
        qr_id: Some(qr_id),
        detail,
    }
}
