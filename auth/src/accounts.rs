//! Accounts: who a user is and how they prove it (a password, hashed with
//! argon2id). The phones signed in to an account are `devices`.
//!
//! Store layout:
//! - `user:{id}` → the account (password as an argon2id PHC string, the
//!   unused recovery codes as keyed digests)
//! - `user:name:{username}` → `id` (written with put-new: names are unique)
//! - `rate:sign-in:user:{username}`, `rate:sign-in:addr:{network}`,
//!   `rate:sign-up:addr:{network}` → attempt counters

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::audit::{self, Entry};
use super::rate;
use super::records::{decode, get_json, make_durable, put_json, update_json};
use super::requester::Caller;
use super::{now_ms, ApiError, Core};
use protocol::label::{self, NAME_MAX_CHARS};
use protocol::recovery_code::RECOVERY_CODES;
use protocol::{AuditKind, Password, RecoveryCode, RegisterRequest, User};

/// Sign-in attempts allowed per username in a window; a success starts the
/// count again. Counted before the password is checked, so parallel guesses
/// cannot all be tried against the limit.
const SIGN_IN_ATTEMPTS: u64 = 10;
const SIGN_IN_WINDOW: Duration = Duration::from_secs(15 * 60);
const ADDRESS_WINDOW: Duration = Duration::from_secs(60);
const SIGN_UP_WINDOW: Duration = Duration::from_secs(3600);

fn user_key(id: &str) -> String {
    format!("user:{id}")
}

fn username_key(username: &str) -> String {
    format!("user:name:{username}")
}

fn sign_in_user_key(username: &str) -> String {
    format!("rate:sign-in:user:{username}")
}

fn sign_in_address_key(client: &Caller) -> String {
    format!("rate:sign-in:addr:{}", client.network)
}

fn sign_up_address_key(client: &Caller) -> String {
    format!("rate:sign-up:addr:{}", client.network)
}

/// An argon2id hash in PHC form. Not `Serialize`: it never leaves the server.
#[derive(Clone)]
pub struct PasswordHash(String);

pub struct Account {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub created_at: u64,
    pub disabled: bool,
    password: PasswordHash,
    /// Digests of the unused recovery codes; `None` until they are made
    /// (after sign-up, or after the person asked for new ones).
    recovery: Option<Vec<String>>,
}

/// The stored form of an [`Account`]; private to this module.
#[derive(Serialize, Deserialize, Clone)]
struct AccountRecord {
    id: String,
    username: String,
    display_name: String,
    created_at: u64,
    disabled: bool,
    password_hash: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovery: Option<Vec<String>>,
}

impl Account {
    pub fn user(&self) -> User {
        User {
            id: self.id.clone(),
            display_name: self.display_name.clone(),
        }
    }

    fn record(&self) -> AccountRecord {
        AccountRecord {
            id: self.id.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            created_at: self.created_at,
            disabled: self.disabled,
            password_hash: self.password.0.clone(),
            recovery: self.recovery.clone(),
        }
    }

    fn from_record(r: AccountRecord) -> Self {
        Self {
            id: r.id,
            username: r.username,
            display_name: r.display_name,
            created_at: r.created_at,
            disabled: r.disabled,
            password: PasswordHash(r.password_hash),
            recovery: r.recovery,
        }
    }

    /// Recovery codes not used yet; `None` when none were made.
    pub fn recovery_codes_left(&self) -> Option<usize> {
        self.recovery.as_ref().map(Vec::len)
    }
}

/// Usernames: 3–32 of `a-z 0-9 . _ -`, compared in lower case.
pub fn normalize_username(raw: &str) -> Result<String, ApiError> {
    let name = raw.trim().to_lowercase();
    let valid = (3..=32).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if valid {
        Ok(name)
    } else {
        Err(ApiError::BadRequest(
            "a username has 3 to 32 letters, digits, dots, dashes or underscores".into(),
        ))
    }
}

fn check_password(password: &Password) -> Result<(), ApiError> {
    if (8..=256).contains(&password.expose().chars().count()) {
        Ok(())
    } else {
        Err(ApiError::BadRequest(
            "a password has 8 to 256 characters".into(),
        ))
    }
}

/// Runs argon2 work off the async threads, in one of the node's hashing
/// slots: the only blocking work the server does.
#[allow(clippy::disallowed_methods)]
async fn in_hashing_slot<T: Send + 'static>(
    core: &Core,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let _slot = core.admission.hashing_slot().await?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(ApiError::internal)
}

async fn hash_password(core: &Core, password: Password) -> Result<PasswordHash, ApiError> {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    in_hashing_slot(core, move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2::Argon2::default()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|hash| PasswordHash(hash.to_string()))
    })
    .await?
    .map_err(ApiError::internal)
}

async fn password_matches(
    core: &Core,
    hash: PasswordHash,
    password: Password,
) -> Result<bool, ApiError> {
    use argon2::password_hash::{PasswordHash as Phc, PasswordVerifier};
    in_hashing_slot(core, move || {
        Phc::new(&hash.0).is_ok_and(|phc| {
            argon2::Argon2::default()
                .verify_password(password.expose().as_bytes(), &phc)
                .is_ok()
        })
    })
    .await
}

/// A hash of nothing anyone knows, verified when the username does not exist
/// so that a wrong name costs the same time as a wrong password.
fn decoy_hash() -> PasswordHash {
    PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GQ3d6qT3p0Yb9cHEm4r8i4s3yRk7nOEx0GvYmbOq6Y".into())
}

pub async fn register(
    core: &Core,
    request: RegisterRequest,
    client: &Caller,
) -> Result<User, ApiError> {
    let username = normalize_username(&request.username)?;
    check_password(&request.password)?;
    rate::count(
        core,
        &sign_up_address_key(client),
        SIGN_UP_WINDOW,
        core.settings.limits.sign_ups_per_hour,
    )
    .await?;
    // Taken names cost no hash (put-new below still decides a race).
    if core.store.get(&username_key(&username)).await?.is_some() {
        return Err(ApiError::UsernameTaken);
    }
    let display_name = label::clean(
        request.display_name.as_deref().unwrap_or(&username),
        NAME_MAX_CHARS,
    );
    let display_name = if display_name.is_empty() {
        username.clone()
    } else {
        display_name
    };
    let password = hash_password(core, request.password).await?;
    let id = uuid::Uuid::new_v4().simple().to_string();
    if !core
        .store
        .put_new(&username_key(&username), id.as_bytes(), None)
        .await?
    {
        return Err(ApiError::UsernameTaken);
    }
    let account = Account {
        id: id.clone(),
        username,
        display_name,
        created_at: now_ms(),
        disabled: false,
        password,
        recovery: None,
    };
    // The name was written above (`put_new`); the account is written now.
    let name = username_key(&account.username);
    let names = [name.as_str()];
    let (saved, named) = futures::join!(save(core, &account), make_durable(&*core.store, &names));
    saved?;
    named?;
    Ok(account.user())
}

/// Writes the account, and waits for a replica to hold it.
pub(super) async fn save(core: &Core, account: &Account) -> Result<(), ApiError> {
    let key = user_key(&account.id);
    put_json(&*core.store, &key, &account.record(), None).await?;
    make_durable(&*core.store, &[&key]).await
}

/// Changes the account's record in one step: `change` sees it as it stands
/// (an account gone is `unauthorized`) and answers the new one, or `None` to
/// leave it. Returns the record as it then stands.
async fn change_record(
    core: &Core,
    id: &str,
    mut change: impl FnMut(&AccountRecord) -> Result<Option<AccountRecord>, ApiError>,
) -> Result<Option<AccountRecord>, ApiError> {
    update_json(
        &*core.store,
        &user_key(id),
        None,
        |stored: Option<&AccountRecord>| change(stored.ok_or(ApiError::Unauthorized)?),
    )
    .await
}

pub async fn load(core: &Core, id: &str) -> Result<Option<Account>, ApiError> {
    Ok(get_json::<AccountRecord>(&*core.store, &user_key(id))
        .await?
        .map(Account::from_record))
}

/// The account `id` and the record of one of its own under `key` (a web
/// session, say), read together in one round trip.
pub async fn load_beside<T: serde::de::DeserializeOwned>(
    core: &Core,
    id: &str,
    key: &str,
) -> Result<(Option<Account>, Option<T>), ApiError> {
    let account_key = user_key(id);
    let mut read = core
        .store
        .get_many(&[account_key.clone(), key.to_owned()])
        .await?
        .into_iter();
    let (account, other) = (read.next().flatten(), read.next().flatten());
    let account = account
        .map(|raw| decode::<AccountRecord>(&account_key, &raw).map(Account::from_record))
        .transpose()?;
    Ok((account, other.map(|raw| decode(key, &raw)).transpose()?))
}

pub async fn find_by_username(core: &Core, username: &str) -> Result<Option<Account>, ApiError> {
    let Ok(username) = normalize_username(username) else {
        return Ok(None);
    };
    match core.store.get(&username_key(&username)).await? {
        Some(id) => load(core, &String::from_utf8_lossy(&id)).await,
        None => Ok(None),
    }
}

/// Counts one sign-in attempt of this address (password or passkey).
pub(super) async fn count_sign_in(core: &Core, client: &Caller) -> Result<(), ApiError> {
    rate::count(
        core,
        &sign_in_address_key(client),
        ADDRESS_WINDOW,
        core.settings.limits.sign_ins_per_minute,
    )
    .await
    .map(drop)
}

/// The account whose `username` and `password` these are. Every attempt is
/// counted (per address, per username) before any hash is computed; a wrong
/// one is an audit event for the account it named.
pub async fn check_credentials(
    core: &Core,
    username: &str,
    password: Password,
    client: &Caller,
) -> Result<Account, ApiError> {
    count_sign_in(core, client).await?;
    // A name of the wrong form names no account: nothing to guess, no hash.
    let name = normalize_username(username).map_err(|_| ApiError::Unauthorized)?;
    let attempts_key = sign_in_user_key(&name);
    let account = find_by_username(core, &name).await?;
    let user_id = account.as_ref().map(|a| a.id.clone());
    let attempts = core.store.increment(&attempts_key, SIGN_IN_WINDOW).await?;
    if attempts > SIGN_IN_ATTEMPTS {
        if attempts == SIGN_IN_ATTEMPTS + 1 {
            let note = format!("locked for {} min", SIGN_IN_WINDOW.as_secs() / 60);
            failed_sign_in(core, client, user_id.as_deref(), &name, &note).await;
        }
        return Err(ApiError::rate_limited(SIGN_IN_WINDOW.as_secs()));
    }
    let hash = account
        .as_ref()
        .map_or_else(decoy_hash, |a| a.password.clone());
    let matches = password_matches(core, hash, password).await?;
    match account.filter(|a| matches && !a.disabled) {
        Some(account) => {
            core.store.delete(&attempts_key).await?;
            Ok(account)
        }
        None => {
            failed_sign_in(core, client, user_id.as_deref(), &name, "").await;
            Err(ApiError::Unauthorized)
        }
    }
}

async fn failed_sign_in(
    core: &Core,
    client: &Caller,
    user_id: Option<&str>,
    name: &str,
    note: &str,
) {
    let detail = if note.is_empty() {
        name.to_owned()
    } else {
        format!("{name}: {note}")
    };
    audit::record(
        core,
        Entry {
            kind: AuditKind::FailedSignIn,
            client,
            user_id,
            qr_id: None,
            detail,
        },
    )
    .await;
}

/// Replaces the password after checking the current one. The caller ends
/// the account's other phone sessions (`cascade::change_password`).
pub(super) async fn set_password(
    core: &Core,
    account: &mut Account,
    current: Password,
    new: Password,
) -> Result<(), ApiError> {
    check_password(&new)?;
    confirm_password(core, account, current).await?;
    account.password = hash_password(core, new).await?;
    save(core, account).await
}

/// Checks the password of a signed-in account again, before a change a
/// phone left unlocked must not make (a new password, a passkey). Counted
/// with the sign-in attempts: it must not make a free password oracle.
pub(super) async fn confirm_password(
    core: &Core,
    account: &Account,
    password: Password,
) -> Result<(), ApiError> {
    let attempts_key = sign_in_user_key(&account.username);
    rate::count(core, &attempts_key, SIGN_IN_WINDOW, SIGN_IN_ATTEMPTS).await?;
    if !password_matches(core, account.password.clone(), password).await? {
        return Err(ApiError::Unauthorized);
    }
    core.store.delete(&attempts_key).await?;
    Ok(())
}

/// The account's recovery codes, made now when it has none (right after
/// sign-up, or after [`forget_recovery_codes`]): the only time they are
/// shown. `None` when it has them already.
pub async fn issue_recovery_codes(
    core: &Core,
    user_id: &str,
) -> Result<Option<Vec<RecoveryCode>>, ApiError> {
    let codes: Vec<RecoveryCode> = (0..RECOVERY_CODES)
        .map(|_| RecoveryCode::from_random(u128::from_le_bytes(super::random())))
        .collect();
    let key = user_key(user_id);
    let digests: Vec<String> = codes
        .iter()
        .map(|code| code.digest(&core.keys.recovery_keys()[0], user_id))
        .collect();
    let mut made = false;
    change_record(core, user_id, |record| {
        made = record.recovery.is_none();
        Ok(made.then(|| AccountRecord {
            recovery: Some(digests.clone()),
            ..record.clone()
        }))
    })
    .await?;
    if !made {
        return Ok(None);
    }
    make_durable(&*core.store, &[&key]).await?;
    Ok(Some(codes))
}

/// Drops the account's recovery codes, after checking the password: the
/// next [`issue_recovery_codes`] makes new ones.
pub async fn forget_recovery_codes(
    core: &Core,
    account: &Account,
    password: Password,
) -> Result<(), ApiError> {
    confirm_password(core, account, password).await?;
    change_record(core, &account.id, |record| {
        Ok(Some(AccountRecord {
            recovery: None,
            ..record.clone()
        }))
    })
    .await?;
    make_durable(&*core.store, &[&user_key(&account.id)]).await
}

/// A forgotten password replaced with one of the account's recovery codes,
/// which is spent in the same step. Counted as a sign-in attempt (per
/// address and per username) before anything is checked; a wrong code is a
/// failed sign-in of the account it named.
pub(super) async fn recover(
    core: &Core,
    username: &str,
    code: &str,
    new: Password,
    client: &Caller,
) -> Result<Account, ApiError> {
    check_password(&new)?;
    count_sign_in(core, client).await?;
    let name = normalize_username(username).map_err(|_| ApiError::Unauthorized)?;
    let attempts_key = sign_in_user_key(&name);
    rate::count(core, &attempts_key, SIGN_IN_WINDOW, SIGN_IN_ATTEMPTS).await?;
    let account = find_by_username(core, &name).await?.filter(|a| !a.disabled);
    let user_id = account.as_ref().map(|a| a.id.clone());
    // The stored digest the code matches, under the current key or the one
    // before it (`Keys::recovery_keys`).
    let known = match (&account, RecoveryCode::parse(code)) {
        (Some(account), Ok(code)) => core.keys.recovery_keys().iter().find_map(|key| {
            let digest = code.digest(key, &account.id);
            let stored = account.recovery.as_ref()?;
            stored.contains(&digest).then_some((account, digest))
        }),
        _ => None,
    };
    let Some((account, digest)) = known else {
        failed_sign_in(core, client, user_id.as_deref(), &name, "recovery code").await;
        return Err(ApiError::Unauthorized);
    };
    let hash = hash_password(core, new).await?;
    let key = user_key(&account.id);
    // The code is spent and the password set in one step: of two uses of
    // one code at once, one finds it gone.
    let changed = change_record(core, &account.id, |record| {
        let codes = record.recovery.clone().unwrap_or_default();
        if !codes.contains(&digest) {
            return Err(ApiError::Unauthorized);
        }
        Ok(Some(AccountRecord {
            password_hash: hash.0.clone(),
            recovery: Some(codes.into_iter().filter(|d| *d != digest).collect()),
            ..record.clone()
        }))
    })
    .await?
    .ok_or(ApiError::Unauthorized)?;
    make_durable(&*core.store, &[&key]).await?;
    core.store.delete(&attempts_key).await?;
    Ok(Account::from_record(changed))
}

/// Creates the development demo account unless it exists.
pub async fn ensure_demo(core: &Core, username: &str, password: &str) -> Result<(), ApiError> {
    if find_by_username(core, username).await?.is_some() {
        return Ok(());
    }
    let request = RegisterRequest {
        username: username.into(),
        password: Password::new(password),
        display_name: Some("Demo User".into()),
    };
    match register(core, request, &Caller::operator("server start-up")).await {
        Ok(_) | Err(ApiError::UsernameTaken) => Ok(()),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoy_hash_is_a_real_argon2id_hash_so_unknown_names_cost_the_same() {
        use argon2::password_hash::{PasswordHash as Phc, PasswordVerifier};
        let decoy = decoy_hash();
        let phc = Phc::new(&decoy.0).unwrap();
        assert_eq!(phc.algorithm.as_str(), "argon2id");
        assert!(argon2::Argon2::default()
            .verify_password(b"anything", &phc)
            .is_err());
    }

    #[test]
    fn usernames_are_normalized_and_checked() {
        assert_eq!(normalize_username("  Ada.L ").unwrap(), "ada.l");
        for bad in ["ab", "with space", "emoji\u{1f600}", &"x".repeat(33)] {
            assert!(normalize_username(bad).is_err(), "{bad}");
        }
    }
}
