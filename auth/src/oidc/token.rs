//! The token endpoint (`POST /oauth/token`): a code (`provider`) or a
//! refresh token (`refresh`) for new tokens, by the grant type asked.

use super::errors::OAuthError;
use super::provider::{
    authenticate_client, counted, trade_code, TokenError, TokenRequest, TokenResponse,
};
use super::refresh;
use crate::requester::Caller as Requester;
use crate::Core;

/// `POST /oauth/token`. Wrong secrets, codes and refresh tokens are
/// counted per address (`CODE_MISSES_PER_MINUTE`): an app's server makes
/// none, a guesser is stopped.
#[tracing::instrument(name = "oidc.exchange", skip_all, fields(client_id = ?form.client_id))]
pub async fn exchange(
    core: &Core,
    form: &TokenRequest,
    requester: &Requester,
) -> Result<TokenResponse, TokenError> {
    counted(core, requester, async {
        let refreshing = match form.grant_type.as_deref() {
            Some("authorization_code") => false,
            Some("refresh_token") => true,
            None => {
                return Err(TokenError::new(
                    OAuthError::InvalidRequest,
                    "grant_type is missing",
                ))
            }
            Some(_) => {
                return Err(TokenError::new(
                    OAuthError::UnsupportedGrantType,
                    "only authorization_code and refresh_token are supported",
                ))
            }
        };
        let client = authenticate_client(core, form)?;
        if refreshing {
            refresh::refresh(core, form, &client).await
        } else {
            trade_code(core, form, &client).await
        }
    })
    .await
}
