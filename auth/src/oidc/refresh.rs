//! Refresh tokens (RFC 6749 §6), for clients registered with
//! `refresh_tokens = true`: the app gets new tokens without sending the
//! person back, for as long as the browser's sign-in here lasts.
//!
//! Each use gives a new refresh token and ends the one used (rotation);
//! a token used again after that ends the whole grant, its newest token
//! and access tokens included, and the app's hold on the session (OAuth
//! 2.0 Security BCP, RFC 9700 §4.14.2): of a thief and the app, whichever
//! comes second is noticed, and neither keeps anything.
//!
//! Each refresh token is known by its digest as long as it may go unused
//! (`provider::new_refresh_token`), so that a rotated one is still known
//! when it comes back; the grant names the one that stands
//! (`Grant::refresh`).

use super::clients::Client;
use super::errors::OAuthError;
use super::provider::{
    code_key, mint, new_refresh_token, note_sid, refresh_key, refresh_ttl, revoke, signed_in_still,
    Grant, RefreshOf, Spent, TokenError, TokenRequest, TokenResponse,
};
use crate::records::{get_json, update_json};
use crate::sessions;
use crate::{ApiError, Core};
use protocol::RefreshToken;

/// The grant `token` was given for, if it was given to `client`: the
/// code's digest, the grant, and whether `token` is the one that stands.
pub(super) async fn grant_of(
    core: &Core,
    client: &Client,
    token: &str,
) -> Result<Option<(String, Grant, bool)>, ApiError> {
    let Ok(token) = RefreshToken::parse(token) else {
        return Ok(None);
    };
    let digest = token.digest();
    let Some(of) = get_json::<RefreshOf>(&*core.store, &refresh_key(&digest)).await? else {
        return Ok(None);
    };
    let grant: Option<Grant> = get_json(&*core.store, &code_key(&of.grant)).await?;
    Ok(grant
        .filter(|grant| grant.request.client_id == client.id)
        .map(|grant| {
            let current = grant.refresh.as_deref() == Some(digest.as_str());
            (of.grant, grant, current)
        }))
}

/// `grant_type=refresh_token`: new tokens (an ID token, an access token
/// and the next refresh token) for `client`, while the sign-in lasts.
#[tracing::instrument(name = "oidc.refresh", skip_all, fields(client_id = %client.id))]
pub(super) async fn refresh(
    core: &Core,
    form: &TokenRequest,
    client: &Client,
) -> Result<TokenResponse, TokenError> {
    if !client.refresh_tokens {
        return Err(TokenError::new(
            OAuthError::UnauthorizedClient,
            "this client is not registered for refresh tokens",
        ));
    }
    let presented = form
        .refresh_token
        .as_deref()
        .ok_or_else(|| TokenError::new(OAuthError::InvalidRequest, "refresh_token is missing"))?;
    let invalid = |description: &str| TokenError::new(OAuthError::InvalidGrant, description);
    let unknown = || invalid("the refresh token is unknown, expired or revoked");
    let digest = RefreshToken::parse(presented)
        .map_err(|_| unknown())?
        .digest();
    let found = grant_of(core, client, presented)
        .await
        .map_err(TokenError::from_api)?;
    let Some((code, grant, current)) = found else {
        return Err(unknown());
    };
    if !current {
        return Err(reused(core, &code, &grant, unknown()).await);
    }
    let scopes = narrowed(&grant.request.scopes, form.scope.as_deref())?;
    let (session, account) = signed_in_still(core, &grant.session_id).await?;
    if !grant.stands(&session) {
        return Err(unknown());
    }
    let next = new_refresh_token(core, &code)
        .await
        .map_err(TokenError::from_api)?;
    let mut outcome = Outcome::Gone;
    update_json(
        &*core.store,
        &code_key(&code),
        Some(refresh_ttl(core)),
        |stored: Option<&Grant>| {
            outcome = Outcome::Gone;
            let Some(grant) = stored.filter(|g| g.spent == Some(Spent::Issued)) else {
                return Ok(None);
            };
            if grant.refresh.as_deref() != Some(digest.as_str()) {
                outcome = Outcome::Reused(Box::new(grant.clone()));
                return Ok(None);
            }
            outcome = Outcome::Rotated;
            Ok(Some(Grant {
                refresh: Some(next.digest()),
                ..grant.clone()
            }))
        },
    )
    .await
    .map_err(TokenError::from_api)?;
    match outcome {
        Outcome::Rotated => {}
        Outcome::Reused(grant) => return Err(reused(core, &code, &grant, unknown()).await),
        Outcome::Gone => return Err(unknown()),
    }
    // A device's refreshes are its use (it has no cookie): its sign-in
    // lasts while it is used, as a browser's does.
    let session = if session.device {
        sessions::touch(core, session)
            .await
            .map_err(|error| match error {
                ApiError::Unauthorized => unknown(),
                error => TokenError::from_api(error),
            })?
    } else {
        session
    };
    // A pairwise app's sid stays known while the app refreshes.
    note_sid(core, &client.id, &session.id)
        .await
        .map_err(TokenError::from_api)?;
    let mut answer = mint(core, client, &grant, &code, &session, &account, &scopes)?;
    answer.refresh_token = Some(next.encode());
    Ok(answer)
}

/// A refresh token used after the next one was given: the grant ends.
/// `refusal`, or what the store said.
async fn reused(core: &Core, code: &str, grant: &Grant, refusal: TokenError) -> TokenError {
    match revoke(core, code, grant, "a refresh token was used twice").await {
        Ok(()) => refusal,
        Err(error) => TokenError::from_api(error),
    }
}

/// What the rotation found.
enum Outcome {
    /// The token used was the one that stands: the next one stands now.
    Rotated,
    /// The grant stands, but with another token: this one was used before.
    Reused(Box<Grant>),
    /// The grant ended meanwhile.
    Gone,
}

/// The scopes a refresh asks for (RFC 6749 §6): all of the grant's when
/// it names none, else those it names, which must be among them and
/// include `openid`.
fn narrowed(granted: &[String], asked: Option<&str>) -> Result<Vec<String>, TokenError> {
    let Some(asked) = asked else {
        return Ok(granted.to_vec());
    };
    let asked: Vec<&str> = asked.split(' ').filter(|s| !s.is_empty()).collect();
    if asked.iter().any(|s| !granted.iter().any(|g| g == s)) {
        return Err(TokenError::new(
            OAuthError::InvalidScope,
            "scope names one that was not granted",
        ));
    }
    if !asked.contains(&"openid") {
        return Err(TokenError::new(
            OAuthError::InvalidScope,
            "openid is required",
        ));
    }
    Ok(granted
        .iter()
        .filter(|g| asked.contains(&g.as_str()))
        .cloned()
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_may_narrow_the_scope_but_never_widen_it() {
        let granted = vec!["openid".to_owned(), "profile".to_owned()];
        assert_eq!(narrowed(&granted, None).unwrap(), granted);
        assert_eq!(narrowed(&granted, Some("openid")).unwrap(), ["openid"]);
        assert_eq!(
            narrowed(&granted, Some("profile  openid")).unwrap(),
            granted
        );
        for bad in ["openid email", "profile", ""] {
            assert_eq!(
                narrowed(&granted, Some(bad)).unwrap_err().error,
                OAuthError::InvalidScope,
                "{bad:?}"
            );
        }
    }
}
