//! Signing in with a passkey and no username: the authenticator names the
//! account (the handle it keeps with a resident key) and the passkey (its
//! credential id); the server finds both and checks the signature. One
//! options endpoint answers every caller alike, so nothing tells a stranger
//! which usernames have a passkey.
//!
//! A phone signs in this way (a device session, `devices::sign_in_with_passkey`),
//! and so does a computer's browser (a web session, `passkey_login`).

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use webauthn_rs::prelude::DiscoverableAuthentication;

use super::{assertion, note_use, refused, relying, stored, CEREMONY_TTL};
use crate::accounts::{self, Account};
use crate::audit::{self, Entry};
use crate::records::{put_json, take_json};
use crate::requester::Caller;
use crate::{random, rate, ApiError, Core};
use protocol::{AuditKind, BindingSecret, PasskeySignInOptions};

fn key(ceremony: &str) -> String {
    format!("passkey:sign-in:{ceremony}")
}

/// A sign-in under way, and the browser that asked for it (its binding
/// digest), when one did: only that browser may finish it as a web session.
#[derive(Serialize, Deserialize)]
struct Ceremony {
    state: DiscoverableAuthentication,
    #[serde(default)]
    browser: Option<String>,
}

/// Ceremonies one address may start in a minute, for so many sign-ins: a
/// sign-in page asks for one as it loads (for the username field's
/// autofill), which must not spend the sign-ins themselves.
const CEREMONIES_PER_SIGN_IN: u64 = 4;

/// Step one: options for `navigator.credentials.get` with no credential
/// named (the authenticator offers what it holds for this site), kept 5
/// minutes for one answer. Counted per address (`CEREMONIES_PER_SIGN_IN`
/// times the sign-ins a minute); the answer counts as a sign-in attempt.
pub async fn sign_in_options(
    core: &Core,
    client: &Caller,
    browser: Option<&BindingSecret>,
) -> Result<PasskeySignInOptions, ApiError> {
    let rp = relying(core)?;
    let limit = core.settings.limits.sign_ins_per_minute * CEREMONIES_PER_SIGN_IN;
    let counter = format!("rate:passkey-ceremony:{}", client.network);
    rate::count(core, &counter, Duration::from_secs(60), limit).await?;
    let (mut options, state) = rp
        .start_discoverable_authentication()
        .map_err(ApiError::internal)?;
    // The page chooses how it asks: a button (modal) or the username
    // field's autofill (conditional).
    options.mediation = None;
    let ceremony = URL_SAFE_NO_PAD.encode(random::<16>());
    let record = Ceremony {
        state,
        browser: browser.map(BindingSecret::digest),
    };
    put_json(&*core.store, &key(&ceremony), &record, Some(CEREMONY_TTL)).await?;
    Ok(PasskeySignInOptions {
        ceremony,
        options: serde_json::to_value(options).map_err(ApiError::internal)?,
    })
}

/// Who signed in, and with which of the account's passkeys.
pub struct SignedIn {
    pub account: Account,
    /// The passkey's id (its credential id, base64url) and name.
    pub passkey: (String, String),
}

/// Step two: the account whose passkey answered `ceremony`, once the
/// signature is checked; the passkey's use is noted. `browser`: the binding
/// digest of the browser to be signed in, which must have asked for the
/// ceremony; `None` (a phone) takes only a ceremony no browser asked for.
/// Counted as a sign-in attempt; a refusal for a known account is in its
/// activity.
pub async fn sign_in(
    core: &Core,
    ceremony: &str,
    answer: &Value,
    client: &Caller,
    browser: Option<&str>,
) -> Result<SignedIn, ApiError> {
    let well_formed = ceremony.len() == 22
        && ceremony
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let started: Option<Ceremony> = if well_formed {
        take_json(&*core.store, &key(ceremony)).await?
    } else {
        None
    };
    let started = started.ok_or_else(|| {
        refused("this passkey sign-in is over or unknown: start again (it lasts 5 minutes)")
    })?;
    if started.browser.as_deref() != browser {
        return Err(ApiError::BindingMismatch);
    }
    accounts::count_sign_in(core, client).await?;
    let rp = relying(core)?;
    let credential = assertion(answer)?;
    let (handle, credential_id) = rp
        .identify_discoverable_authentication(&credential)
        .map_err(|_| refused("the passkey named no account (no user handle)"))?;
    let credential_id = URL_SAFE_NO_PAD.encode(credential_id);
    let found = match accounts::load(core, &handle.simple().to_string()).await? {
        Some(account) => stored(core, &account.id)
            .await?
            .into_iter()
            .find(|p| p.id == credential_id)
            .map(|passkey| (account, passkey)),
        None => None,
    };
    let Some((account, passkey)) = found else {
        return Err(refused(
            "this passkey is not one of this site's: it was removed, or belongs elsewhere",
        ));
    };
    match rp.finish_discoverable_authentication_v2(&credential, started.state, &passkey.key) {
        Ok(result) => note_use(core, &account.id, &result, true).await?,
        Err(error) => {
            let entry = Entry {
                kind: AuditKind::FailedSignIn,
                client,
                user_id: Some(&account.id),
                qr_id: None,
                detail: format!("{} (passkey_refused)", account.username),
            };
            audit::record(core, entry).await;
            return Err(refused(error));
        }
    }
    // Only once the signature holds: nobody learns that an account is off
    // without its passkey.
    if account.disabled {
        return Err(ApiError::Unauthorized);
    }
    Ok(SignedIn {
        account,
        passkey: (passkey.id, passkey.name),
    })
}
