//! What the login's steps work with: the store, the settings, the signing
//! keys, and what this process admits at once. Nothing of the web framework
//! is here, so that `auth` could become its own crate by moving its files.

use std::sync::Arc;

use super::admission::Admission;
use super::tokens::Keys;
use super::{Settings, Store};

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
        let passkeys = match super::passkeys::relying_party(&settings) {
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
