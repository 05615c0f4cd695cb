//! Passkeys (WebAuthn, by the `webauthn-rs` crate). An account may add
//! some; from then on every "Log in" on a confirmation screen needs one,
//! with user verification, answered for that very challenge and phone
//! (`REQUIRE_USER_VERIFICATION=true`: for every account, which must add one
//! first). A passkey also signs a phone in instead of the password.
//!
//! Adding or removing a passkey asks for the password again: a phone left
//! unlocked must not add its own passkey, nor remove the owner's, and then
//! approve logins.
//!
//! Passkeys are made as resident keys (discoverable): the authenticator
//! keeps the account's handle, so a sign-in needs no username
//! (`sign_in.rs`), and nothing tells a stranger which names have one.
//!
//! Store layout:
//! - `passkeys:{user_id}` → the account's passkeys (a JSON list, at most 10)
//! - `passkey:add:{device_session_id}` → a registration under way (5 min, once)
//! - `passkey:approve:{qr_id}:{device_session_id}` → the assertion that
//!   challenge asks of that phone (as long as the challenge lives, once)
//! - `passkey:sign-in:{ceremony}` → a sign-in under way (5 min, once)

mod sign_in;

pub use sign_in::{sign_in, sign_in_options, SignedIn};

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use webauthn_rs::prelude::{
    AuthenticationResult, Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Uuid, Webauthn,
};

use super::accounts::{self, Account};
use super::audit::{self, Entry};
use super::records::{decode, get_json, make_durable, put_json, take_json, update_json};
use super::requester::Caller;
use super::{now_ms, ApiError, Core};
use protocol::label::{self, NAME_MAX_CHARS};
use protocol::{AddPasskeyRequest, AuditKind, PasskeyInfo, Password};

/// Passkeys one account may have: a phone or two, a spare key.
pub const MAX_PASSKEYS: usize = 10;
/// How long a registration or a sign-in may take, options to answer.
const CEREMONY_TTL: Duration = Duration::from_secs(5 * 60);

fn list_key(user_id: &str) -> String {
    format!("passkeys:{user_id}")
}

fn add_key(device_id: &str) -> String {
    format!("passkey:add:{device_id}")
}

fn approve_key(qr_id: &str, device_id: &str) -> String {
    format!("passkey:approve:{qr_id}:{device_id}")
}

fn relying(core: &Core) -> Result<&Webauthn, ApiError> {
    core.passkeys.as_deref().ok_or_else(|| {
        ApiError::BadRequest(
            "passkeys are off on this server: its PUBLIC_URL is not a domain name".into(),
        )
    })
}

/// A passkey as the account keeps it.
#[derive(Clone, Serialize, Deserialize)]
struct Stored {
    id: String,
    name: String,
    created_at: u64,
    last_used_at: Option<u64>,
    /// The device session that added it: signing that phone out from
    /// another one (a lost phone) removes it too.
    #[serde(default)]
    added_by: Option<String>,
    /// A resident key: it signs in without a username. Asked for since
    /// then (unless the browser said it made none, `credProps.rk`); set
    /// too by its first sign-in without a username (older ones often are).
    #[serde(default)]
    discoverable: bool,
    key: Passkey,
}

impl Stored {
    fn info(&self) -> PasskeyInfo {
        PasskeyInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            created_at: self.created_at,
            last_used_at: self.last_used_at,
            discoverable: self.discoverable,
        }
    }
}

async fn stored(core: &Core, user_id: &str) -> Result<Vec<Stored>, ApiError> {
    Ok(get_json(&*core.store, &list_key(user_id))
        .await?
        .unwrap_or_default())
}

pub(crate) fn refused(why: impl std::fmt::Display) -> ApiError {
    ApiError::PasskeyRefused(why.to_string())
}

pub async fn list(core: &Core, user_id: &str) -> Result<Vec<PasskeyInfo>, ApiError> {
    Ok(stored(core, user_id)
        .await?
        .iter()
        .map(Stored::info)
        .collect())
}

/// Whether the account still has the passkey `id`.
pub async fn listed(core: &Core, user_id: &str, id: &str) -> Result<bool, ApiError> {
    Ok(stored(core, user_id).await?.iter().any(|p| p.id == id))
}

/// Whether this server has passkeys at all (`PUBLIC_URL` a domain name).
pub fn available(core: &Core) -> bool {
    core.passkeys.is_some()
}

/// Step one of adding a passkey: after the password, the options for
/// `navigator.credentials.create`, kept for this phone (its device
/// session) for 5 minutes.
pub async fn registration_options(
    core: &Core,
    device_id: &str,
    account: &Account,
    password: Password,
) -> Result<Value, ApiError> {
    let rp = relying(core)?;
    accounts::confirm_password(core, account, password).await?;
    let existing = stored(core, &account.id).await?;
    if existing.len() >= MAX_PASSKEYS {
        return Err(too_many());
    }
    let handle = Uuid::parse_str(&account.id).map_err(ApiError::internal)?;
    // An older passkey (not resident) is not excluded: the phone may make
    // it again as a resident key, which then signs in too.
    let exclude = existing
        .iter()
        .filter(|p| p.discoverable)
        .map(|p| p.key.cred_id().clone())
        .collect();
    let (options, state) = rp
        .start_passkey_registration(
            handle,
            &account.username,
            &account.display_name,
            Some(exclude),
        )
        .map_err(ApiError::internal)?;
    put_json(
        &*core.store,
        &add_key(device_id),
        &state,
        Some(CEREMONY_TTL),
    )
    .await?;
    let mut options = serde_json::to_value(options).map_err(ApiError::internal)?;
    ask_resident_key(&mut options);
    Ok(options)
}

/// Asks the authenticator to keep the credential (a resident key), which
/// `webauthn-rs` leaves to it: only such a passkey signs in without a
/// username. One that cannot refuses, rather than making one that could not.
fn ask_resident_key(options: &mut Value) {
    if let Some(selection) = options
        .pointer_mut("/publicKey/authenticatorSelection")
        .and_then(Value::as_object_mut)
    {
        selection.insert("residentKey".into(), "required".into());
        selection.insert("requireResidentKey".into(), true.into());
    }
}

fn too_many() -> ApiError {
    ApiError::BadRequest(format!(
        "an account has at most {MAX_PASSKEYS} passkeys: remove one first"
    ))
}

/// Step two: the authenticator's answer to those options becomes one of the
/// account's passkeys, named `request.name` or else after the phone.
pub async fn add(
    core: &Core,
    (device_id, device_name): (&str, &str),
    account: &Account,
    request: AddPasskeyRequest,
    client: &Caller,
) -> Result<PasskeyInfo, ApiError> {
    let rp = relying(core)?;
    let state: PasskeyRegistration = take_json(&*core.store, &add_key(device_id))
        .await?
        .ok_or_else(|| {
            refused(
            "no passkey is being added on this phone: ask for new options (they last 5 minutes)",
        )
        })?;
    // Resident, as the options asked, unless the browser says it is not
    // (`credProps.rk`, which not every browser reports).
    let discoverable = request
        .credential
        .pointer("/clientExtensionResults/credProps/rk")
        .and_then(Value::as_bool)
        != Some(false);
    let credential: RegisterPublicKeyCredential = serde_json::from_value(request.credential)
        .map_err(|_| refused("that is not a WebAuthn credential"))?;
    let key = rp
        .finish_passkey_registration(&credential, &state)
        .map_err(refused)?;
    let name = label::clean(
        request.name.as_deref().unwrap_or(device_name),
        NAME_MAX_CHARS,
    );
    let entry = Stored {
        id: URL_SAFE_NO_PAD.encode(key.cred_id()),
        name: if name.is_empty() {
            label::clean(device_name, NAME_MAX_CHARS)
        } else {
            name
        },
        created_at: now_ms(),
        last_used_at: None,
        added_by: Some(device_id.to_owned()),
        discoverable,
        key,
    };
    let info = entry.info();
    change_list(core, &account.id, |list| {
        if list.len() >= MAX_PASSKEYS {
            return Err(too_many());
        }
        if list.iter().any(|p| p.id == info.id) {
            return Err(ApiError::BadRequest(
                "that passkey was added already".into(),
            ));
        }
        list.push(entry.clone());
        Ok(true)
    })
    .await?;
    make_durable(&*core.store, &[&list_key(&account.id)]).await?;
    record(
        core,
        AuditKind::PasskeyAdded,
        client,
        &account.id,
        &info.name,
    )
    .await;
    Ok(info)
}

/// Removes one of the account's passkeys, after the password. Called by
/// `cascade::remove_passkey`, which ends the browsers it signed in too.
pub(super) async fn remove(
    core: &Core,
    account: &Account,
    id: &str,
    password: Password,
    client: &Caller,
) -> Result<(), ApiError> {
    accounts::confirm_password(core, account, password).await?;
    let mut name = None;
    change_list(core, &account.id, |list| {
        let at = list.iter().position(|p| p.id == id);
        name = Some(list.remove(at.ok_or(ApiError::NotFound)?).name);
        Ok(true)
    })
    .await?;
    make_durable(&*core.store, &[&list_key(&account.id)]).await?;
    let name = name.unwrap_or_default();
    record(core, AuditKind::PasskeyRemoved, client, &account.id, &name).await;
    Ok(())
}

/// A phone signed out from another one (a lost phone): the passkeys it
/// added go with it, so whoever holds it cannot sign in again with one of
/// them. A phone that signs itself out keeps its passkeys. Returns the ids
/// of those removed (the sessions they signed in end with them: `cascade`).
pub(super) async fn remove_added_by(
    core: &Core,
    user_id: &str,
    device_id: &str,
    client: &Caller,
) -> Result<Vec<String>, ApiError> {
    let detail = "with the phone that added it";
    remove_where(core, user_id, client, detail, |by| by == Some(device_id)).await
}

/// A changed password: whoever knew the old one may have added a passkey
/// from a phone (and signed that phone out again), so every passkey but
/// those of the phone that changed it goes. Returns the ids of those removed.
pub(super) async fn remove_all_but_added_by(
    core: &Core,
    user_id: &str,
    device_id: &str,
    client: &Caller,
) -> Result<Vec<String>, ApiError> {
    let detail = "with the password change";
    remove_where(core, user_id, client, detail, |by| by != Some(device_id)).await
}

/// Changes the account's passkey list in one step: `change` edits a copy
/// (empty when there is none) and says whether to write it. When another
/// writer got there first it runs again, on a fresh copy of what that
/// writer left.
async fn change_list(
    core: &Core,
    user_id: &str,
    mut change: impl FnMut(&mut Vec<Stored>) -> Result<bool, ApiError>,
) -> Result<(), ApiError> {
    let key = list_key(user_id);
    update_json(&*core.store, &key, None, |list: Option<&Vec<Stored>>| {
        let mut list = list.cloned().unwrap_or_default();
        Ok(change(&mut list)?.then_some(list))
    })
    .await?;
    Ok(())
}

/// Removes the passkeys whose adding phone `goes`, each audited with `why`.
async fn remove_where(
    core: &Core,
    user_id: &str,
    client: &Caller,
    why: &str,
    goes: impl Fn(Option<&str>) -> bool,
) -> Result<Vec<String>, ApiError> {
    let mut removed: Vec<Stored> = Vec::new();
    change_list(core, user_id, |list| {
        let (gone, kept) = std::mem::take(list)
            .into_iter()
            .partition(|p| goes(p.added_by.as_deref()));
        *list = kept;
        removed = gone;
        Ok(!removed.is_empty())
    })
    .await?;
    if !removed.is_empty() {
        make_durable(&*core.store, &[&list_key(user_id)]).await?;
    }
    for passkey in &removed {
        let detail = format!("{}, {why}", passkey.name);
        record(core, AuditKind::PasskeyRemoved, client, user_id, &detail).await;
    }
    Ok(removed.into_iter().map(|p| p.id).collect())
}

async fn record(core: &Core, kind: AuditKind, client: &Caller, user_id: &str, name: &str) {
    audit::record(
        core,
        Entry {
            kind,
            client,
            user_id: Some(user_id),
            qr_id: None,
            detail: name.to_owned(),
        },
    )
    .await;
}

/// What approving the challenge `qr_id` asks of this phone: the options for
/// `navigator.credentials.get` when the account has passkeys (kept until
/// the challenge expires; each inspect replaces them), and whether the
/// account must add one first (`REQUIRE_USER_VERIFICATION`).
pub async fn approval_options(
    core: &Core,
    Enrolled(keys): &Enrolled,
    device_id: &str,
    qr_id: &str,
    expires_at: u64,
) -> Result<(Option<Value>, bool), ApiError> {
    let Some(rp) = core.passkeys.as_deref() else {
        return Ok((None, false));
    };
    let keys: Vec<Passkey> = keys.iter().map(|p| p.key.clone()).collect();
    if keys.is_empty() {
        return Ok((None, core.settings.require_user_verification));
    }
    let (options, state) = rp
        .start_passkey_authentication(&keys)
        .map_err(ApiError::internal)?;
    let ttl = Duration::from_millis(expires_at.saturating_sub(now_ms()).max(1000));
    put_json(
        &*core.store,
        &approve_key(qr_id, device_id),
        &state,
        Some(ttl),
    )
    .await?;
    Ok((
        Some(serde_json::to_value(options).map_err(ApiError::internal)?),
        false,
    ))
}

/// An account's passkeys as one inspect or approval read them: in the same
/// read as the challenge (`challenges::find`), so the login's path has no
/// round trip more for them.
#[derive(Default)]
pub struct Enrolled(Vec<Stored>);

impl Enrolled {
    /// From the record under `key` ([`list_key_if_any`]) as read.
    pub fn read(key: &str, raw: Option<&[u8]>) -> Result<Self, ApiError> {
        let list = raw.map(|raw| decode(key, raw)).transpose()?;
        Ok(Self(list.unwrap_or_default()))
    }
}

/// Where the account's passkeys are, when this server has passkeys at all.
pub fn list_key_if_any(core: &Core, user_id: &str) -> Option<String> {
    available(core).then(|| list_key(user_id))
}

/// Before the challenge `qr_id` is approved: the passkey's answer to the
/// options this phone was given for it, when the account has passkeys
/// (`keys`, read with the challenge) or every account must. `None`: the phone
/// sent no answer. True when a passkey confirmed it.
pub async fn check_approval(
    core: &Core,
    Enrolled(keys): Enrolled,
    (user_id, device_id): (&str, &str),
    qr_id: &str,
    answer: Option<&Value>,
    client: &Caller,
) -> Result<bool, ApiError> {
    let Some(rp) = core.passkeys.as_deref() else {
        return Ok(false);
    };
    if keys.is_empty() {
        return if core.settings.require_user_verification {
            Err(ApiError::PasskeyRequired(
                "every login needs a passkey here: add one to this account first".into(),
            ))
        } else {
            Ok(false)
        };
    }
    let Some(answer) = answer else {
        return Err(ApiError::PasskeyRequired(
            "this account confirms logins with a passkey: send its answer (passkey)".into(),
        ));
    };
    let state: Option<PasskeyAuthentication> =
        take_json(&*core.store, &approve_key(qr_id, device_id)).await?;
    let checked = match state {
        Some(state) => verify(core, rp, user_id, answer, &state).await,
        None => Err(refused(
            "no passkey request is open for this phone and code: inspect it again",
        )),
    };
    // A signed-in phone whose passkey says no: the owner's activity shows it.
    if let Err(ApiError::PasskeyRefused(why)) = &checked {
        audit::record(
            core,
            Entry {
                kind: AuditKind::PasskeyRefused,
                client,
                user_id: Some(user_id),
                qr_id: Some(qr_id),
                detail: why.clone(),
            },
        )
        .await;
    }
    checked.map(|()| true)
}

/// Checks `answer` against `state`, then notes the passkey's use.
async fn verify(
    core: &Core,
    rp: &Webauthn,
    user_id: &str,
    answer: &Value,
    state: &PasskeyAuthentication,
) -> Result<(), ApiError> {
    let credential = assertion(answer)?;
    let result = rp
        .finish_passkey_authentication(&credential, state)
        .map_err(refused)?;
    note_use(core, user_id, &result, false).await
}

fn assertion(answer: &Value) -> Result<PublicKeyCredential, ApiError> {
    serde_json::from_value(answer.clone()).map_err(|_| refused("that is not a WebAuthn assertion"))
}

/// Notes a passkey's use: when, and its signature counter (when it keeps
/// one); `discoverable`: it just named its account itself. In the same
/// step as a removal could be: a passkey removed meanwhile is refused.
async fn note_use(
    core: &Core,
    user_id: &str,
    result: &AuthenticationResult,
    discoverable: bool,
) -> Result<(), ApiError> {
    let now = now_ms();
    change_list(core, user_id, |list| {
        let used = list
            .iter_mut()
            .find(|p| p.key.cred_id() == result.cred_id())
            .ok_or_else(|| refused("this passkey was removed a moment ago"))?;
        used.key.update_credential(result);
        used.last_used_at = Some(now);
        used.discoverable |= discoverable;
        Ok(true)
    })
    .await
}
