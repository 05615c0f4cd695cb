//! What an app may do with an access token it was given, beside reading
//! userinfo: end it (RFC 7009 revocation) or ask whether it stands (RFC 7662
//! introspection). Both authenticate the client as the token endpoint does,
//! and count wrong secrets the same way; neither tells an app anything of
//! another app's tokens.

use serde_json::{json, Value};

use super::clients::Client;
use super::errors::OAuthError;
use super::provider::{
    authenticate_client, counted, mark, revoke_access, standing, Spent, TokenError, TokenRequest,
};
use super::refresh;
use crate::accounts;
use crate::requester::Caller as Requester;
use crate::sessions;
use crate::tokens::{Claims, TokenUse};
use crate::{ApiError, Core};

/// `POST /oauth/revoke`: the access token stops, and no other; a refresh
/// token, rotated or not, ends its whole grant (its access tokens too,
/// RFC 7009 §2.1: its code's record says `Revoked`). A token that is not one, expired,
/// or given to another app is answered the same, as RFC 7009 §2.2 asks:
/// nothing tells the caller which.
#[tracing::instrument(name = "oidc.revoke", skip_all, fields(client_id = ?form.client_id))]
pub async fn revoke(
    core: &Core,
    form: &TokenRequest,
    requester: &Requester,
) -> Result<(), TokenError> {
    counted(core, requester, async {
        let client = authenticate_client(core, form)?;
        let token = asked(form)?;
        let ended = match own_token(core, &client, token).await? {
            Some((claims, _)) => revoke_access(core, token, &claims).await,
            None => match refresh::grant_of(core, &client, token)
                .await
                .map_err(TokenError::from_api)?
            {
                Some((code, _, _)) => mark(core, &code, Spent::Issued, Spent::Revoked).await,
                None => Ok(()),
            },
        };
        ended.map_err(TokenError::from_api)
    })
    .await
}

/// `POST /oauth/introspect`: whether the access token stands, and what it
/// is for. Only a confidential client may ask (RFC 7662 §2.1: the endpoint
/// needs the caller's authorization; a public client has none), and only of
/// its own tokens: any other is `{"active": false}`.
#[tracing::instrument(name = "oidc.introspect", skip_all, fields(client_id = ?form.client_id))]
pub async fn introspect(
    core: &Core,
    form: &TokenRequest,
    requester: &Requester,
) -> Result<Value, TokenError> {
    counted(core, requester, async {
        let client = authenticate_client(core, form)?;
        if !client.is_confidential() {
            return Err(TokenError {
                basic_challenge: form.basic,
                ..TokenError::new(
                    OAuthError::InvalidClient,
                    "introspection is for confidential clients",
                )
            });
        }
        let token = asked(form)?;
        let Some((claims, _)) = own_token(core, &client, token).await? else {
            return refresh_token_standing(core, &client, token)
                .await
                .map_err(TokenError::from_api);
        };
        Ok(json!({
            "active": true,
            "token_type": "Bearer",
            "client_id": client.id,
            "scope": claims.scope,
            "sub": claims.sub,
            "sid": claims.sid,
            "iss": core.settings.public_url,
            "iat": claims.iat,
            "exp": claims.exp,
        }))
    })
    .await
}

fn asked(form: &TokenRequest) -> Result<&str, TokenError> {
    form.token
        .as_deref()
        .filter(|token| !token.is_empty())
        .ok_or_else(|| TokenError::new(OAuthError::InvalidRequest, "token is missing"))
}

/// `token` as an access token that `client` was given and that still
/// stands: its claims and its code's digest.
async fn own_token(
    core: &Core,
    client: &Client,
    token: &str,
) -> Result<Option<(Claims, String)>, TokenError> {
    let Ok(claims) = core
        .keys
        .verify(token, TokenUse::Userinfo, &core.settings.public_url)
    else {
        return Ok(None);
    };
    let Some(digest) = claims.grant.clone() else {
        return Ok(None);
    };
    let found = standing(core, token, &claims)
        .await
        .map_err(TokenError::from_api)?;
    let own = found
        .is_some_and(|(grant, _)| grant.is_some_and(|grant| grant.request.client_id == client.id));
    Ok(own.then_some((claims, digest)))
}

/// Introspection of a refresh token: active while it is the one that
/// stands in a grant that stands.
async fn refresh_token_standing(
    core: &Core,
    client: &Client,
    token: &str,
) -> Result<Value, ApiError> {
    let inactive = json!({ "active": false });
    let Some((_, grant, true)) = refresh::grant_of(core, client, token).await? else {
        return Ok(inactive);
    };
    let Some(session) = sessions::load(core, &grant.session_id).await? else {
        return Ok(inactive);
    };
    let disabled = accounts::load(core, &session.user_id)
        .await?
        .is_none_or(|account| account.disabled);
    if disabled || !grant.stands(&session) {
        return Ok(inactive);
    }
    Ok(json!({
        "active": true,
        "client_id": client.id,
        "scope": grant.request.scopes.join(" "),
        "sub": client.subject(core.keys.pairwise_key(), &session.user_id),
        "sid": client.sid(core.keys.pairwise_key(), &session.id),
        "iss": core.settings.public_url,
    }))
}
