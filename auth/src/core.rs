//! What the login's steps work with: the store, the settings, the signing
//! keys, the site as a passkey relying party, and what this process admits
//! at once. Nothing of the web framework's pages is here.

use std::sync::Arc;
use std::time::Duration;

use webauthn_rs::prelude::{Url, Webauthn, WebauthnBuilder};

use super::admission::Admission;
use super::tokens::Keys;
use super::{Settings, Store};

/// How long the phone's passkey prompt may wait for the person.
const PROMPT_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Clone)]
pub struct Core {
    pub store: Arc<dyn Store>,
    pub settings: Arc<Settings>,
    pub keys: Arc<Keys>,
    /// What this process admits at once (hashes, sockets, long polls).
    pub admission: Arc<Admission>,
    /// The site as a passkey relying party; `None` when `PUBLIC_URL` is not
    /// a domain name (passkeys are then off).
    pub passkeys: Option<Arc<webauthn_rs::Webauthn>>,
}

impl Core {
    pub fn new(store: Arc<dyn Store>, settings: Settings, keys: Keys) -> Self {
        let passkeys = match relying_party(&settings) {
            Ok(relying_party) => Some(Arc::new(relying_party)),
            Err(why) => {
                tracing::info!(%why, "passkeys are off");
                None
            }
        };
        Self {
            store,
            passkeys,
            admission: Arc::new(Admission::new(&settings.limits)),
            settings: Arc::new(settings),
            keys: Arc::new(keys),
        }
    }
}

/// The relying party this site is to passkeys: its domain (from
/// `PUBLIC_URL`) and origins (that one, and `PASSKEY_ORIGINS`'). Passkeys
/// are bound to a domain name, so a site reached by an IP address has none
/// (for a local run: `http://localhost:3000`).
pub fn relying_party(settings: &Settings) -> Result<Webauthn, String> {
    let origin = Url::parse(&settings.public_url).map_err(|e| e.to_string())?;
    let Some(domain) = origin.domain() else {
        return Err("PUBLIC_URL is an IP address, and passkeys need a domain name".into());
    };
    let others = settings
        .passkey_origins
        .iter()
        .map(|other| Url::parse(other).map_err(|e| format!("passkey origin {other:?}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let builder = WebauthnBuilder::new(domain, &origin).map_err(|e| e.to_string())?;
    others
        .iter()
        .fold(builder, |builder, other| {
            builder.append_allowed_origin(other)
        })
        .rp_name(&settings.site_name)
        .timeout(PROMPT_TIMEOUT)
        .build()
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkeys_need_a_domain_name() {
        let mut settings = Settings::local();
        assert!(
            relying_party(&settings).is_err(),
            "127.0.0.1 cannot have passkeys"
        );
        settings.public_url = "http://localhost:3000".into();
        assert!(relying_party(&settings).is_ok());
        settings.public_url = "https://login.example.com".into();
        assert!(relying_party(&settings).is_ok());
        settings.public_url = "https://[::1]:8443".into();
        assert!(relying_party(&settings).is_err());
        settings.public_url = "https://login.example.com".into();
        settings.passkey_origins = vec!["android:apk-key-hash:AbC_1".into()];
        assert!(relying_party(&settings).is_ok());
        settings.passkey_origins.push("not an origin".into());
        assert!(relying_party(&settings).is_err());
    }
}
