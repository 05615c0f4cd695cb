//! A command-line tool signed in with qr-login by the phone: the OAuth 2.0
//! device authorization grant (RFC 8628), through the `openidconnect`
//! crate and the provider's discovery document alone. The tool shows a
//! code and its QR; the person confirms it on their phone; the tool gets
//! an ID token, which it verifies against the provider's keys, and reads
//! the profile with the access token.

use std::time::Duration;

use openidconnect::core::{
    CoreAuthDisplay, CoreClaimName, CoreClaimType, CoreClient, CoreClientAuthMethod,
    CoreDeviceAuthorizationResponse, CoreGrantType, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm, CoreResponseMode,
    CoreResponseType, CoreSubjectIdentifierType, CoreUserInfoClaims,
};
use openidconnect::{
    AdditionalProviderMetadata, ClientId, DeviceAuthorizationUrl, IssuerUrl, Nonce,
    OAuth2TokenResponse as _, ProviderMetadata, Scope, TokenResponse as _,
};
use serde::{Deserialize, Serialize};

/// The one field beyond the standard ones a device needs from discovery.
#[derive(Clone, Debug, Deserialize, Serialize)]
struct DeviceEndpoint {
    device_authorization_endpoint: DeviceAuthorizationUrl,
}
impl AdditionalProviderMetadata for DeviceEndpoint {}

type Metadata = ProviderMetadata<
    DeviceEndpoint,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// What the tool shows the person while it waits.
#[derive(Debug, Clone)]
pub struct Prompt {
    /// The code to type on the phone (on `verification_uri`).
    pub user_code: String,
    pub verification_uri: String,
    /// What the phone opens with no typing: the QR the tool draws.
    pub verification_uri_complete: Option<String>,
    pub expires_in: Duration,
}

/// Who signed in, as the verified ID token and userinfo say.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub subject: String,
    pub name: Option<String>,
    pub username: Option<String>,
    pub refresh_token: Option<String>,
}

/// Signs the tool in as `client_id` at the provider `issuer`: `show` is
/// given what to show the person, then this waits (polling as the
/// provider says) until the phone approved, declined, or the code
/// expired. Every failure is a sentence for the person.
pub async fn sign_in(
    issuer: &str,
    client_id: &str,
    show: impl FnOnce(&Prompt),
) -> Result<SignedIn, String> {
    let http = reqwest::Client::builder()
        // Following redirects would open the tool to SSRF.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("no HTTP client: {e}"))?;
    let issuer = IssuerUrl::new(issuer.to_owned()).map_err(|e| format!("issuer: {e}"))?;
    let metadata = Metadata::discover_async(issuer, &http)
        .await
        .map_err(|e| format!("the provider's discovery document: {e}"))?;
    let device_url = metadata
        .additional_metadata()
        .device_authorization_endpoint
        .clone();
    let client =
        CoreClient::from_provider_metadata(metadata, ClientId::new(client_id.into()), None)
            .set_device_authorization_url(device_url);

    let details: CoreDeviceAuthorizationResponse = client
        .exchange_device_code()
        .add_scope(Scope::new("profile".into()))
        .request_async(&http)
        .await
        .map_err(|e| format!("the provider gave no code: {e}"))?;
    show(&Prompt {
        user_code: details.user_code().secret().clone(),
        verification_uri: details.verification_uri().to_string(),
        verification_uri_complete: details
            .verification_uri_complete()
            .map(|uri| uri.secret().clone()),
        expires_in: details.expires_in(),
    });

    let tokens = client
        .exchange_device_access_token(&details)
        .map_err(|e| format!("the provider has no token endpoint: {e}"))?
        .request_async(&http, tokio::time::sleep, None)
        .await
        .map_err(|e| match e {
            openidconnect::RequestTokenError::ServerResponse(answer) => {
                match answer.error().as_ref() {
                    "access_denied" => "The sign-in was declined on the phone.".to_owned(),
                    "expired_token" => "The code expired: run the tool again.".to_owned(),
                    other => format!("The provider refused: {other}"),
                }
            }
            other => format!("The provider could not be asked: {other}"),
        })?;
    let id_token = tokens.id_token().ok_or("the provider sent no ID token")?;
    // A device request carries no nonce, so none is expected back.
    let claims = id_token
        .claims(&client.id_token_verifier(), |nonce: Option<&Nonce>| {
            nonce.map_or(Ok(()), |_| Err("an unexpected nonce".to_owned()))
        })
        .map_err(|e| format!("the ID token does not verify: {e}"))?;
    let subject = claims.subject().clone();
    let profile: CoreUserInfoClaims = client
        .user_info(tokens.access_token().clone(), Some(subject.clone()))
        .map_err(|e| format!("the provider has no userinfo endpoint: {e}"))?
        .request_async(&http)
        .await
        .map_err(|e| format!("userinfo: {e}"))?;
    Ok(SignedIn {
        subject: subject.to_string(),
        name: profile
            .name()
            .and_then(|name| name.get(None))
            .map(|name| name.to_string()),
        username: profile.preferred_username().map(|u| u.to_string()),
        refresh_token: tokens.refresh_token().map(|t| t.secret().clone()),
    })
}
