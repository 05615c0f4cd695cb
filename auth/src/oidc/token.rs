//! The token endpoint (`POST /oauth/token`): a code (`provider`), a
//! refresh token (`refresh`) or a device's code (`device`) for new tokens,
//! by the grant type asked.

use super::errors::OAuthError;
use super::provider::{
    authenticate_client, counted, trade_code, TokenError, TokenRequest, TokenResponse,
};
use super::{device, refresh};
use crate::requester::Caller as Requester;
use crate::Core;

/// RFC 8628's grant type.
pub const DEVICE_CODE: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// The grant types this endpoint takes.
enum Grant {
    Code,
    Refresh,
    Device,
}

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
        let grant = match form.grant_type.as_deref() {
            Some("authorization_code") => Grant::Code,
            Some("refresh_token") => Grant::Refresh,
            Some(DEVICE_CODE) => Grant::Device,
            None => {
                return Err(TokenError::new(
                    OAuthError::InvalidRequest,
                    "grant_type is missing",
                ))
            }
            Some(_) => {
                return Err(TokenError::new(
                    OAuthError::UnsupportedGrantType,
                    "only authorization_code, refresh_token and the device code are supported",
                ))
            }
        };
        let client = authenticate_client(core, form)?;
        match grant {
            Grant::Code => trade_code(core, form, &client).await,
            Grant::Refresh => refresh::refresh(core, form, &client).await,
            Grant::Device => device::poll(core, form, &client, requester).await,
        }
    })
    .await
}
