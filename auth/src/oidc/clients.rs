//! The apps that may sign in through this server (OpenID Connect relying
//! parties): the TOML file `OIDC_CLIENTS` names, checked at start-up and
//! again on SIGHUP.

use std::sync::{Arc, Mutex, PoisonError};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq as _;

/// How an app's ID and logout tokens are signed: its client's
/// `id_token_signed_response_alg` (OpenID Connect Dynamic Client
/// Registration's name for it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum OidcAlg {
    #[default]
    ES256,
    RS256,
}

/// Which `sub` an app is told (OpenID Connect Core §8): `subject_type`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubjectType {
    /// The account's id, the same for every app.
    #[default]
    Public,
    /// A value of the app's own for each account: two apps cannot tell
    /// they see the same person.
    Pairwise,
}

/// The file as written: `[[client]]` tables.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct ClientFile {
    #[serde(default, rename = "client")]
    pub clients: Vec<ClientEntry>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct ClientEntry {
    pub id: String,
    /// What the QR page and the phone call the app ("Sign in to …").
    pub name: String,
    /// None only for an app that signs in by the device grant alone.
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    /// SHA-256 (hex) of the client secret: a confidential client. Absent:
    /// a public client (a native or single-page app), proven by PKCE alone.
    /// Secrets are long random strings (`server admin oidc-secret` makes
    /// one), so a fast hash is enough and costs the token endpoint nothing.
    #[serde(default)]
    pub secret_sha256: Option<String>,
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    #[serde(default)]
    pub backchannel_logout_uri: Option<String>,
    /// `false`: the client may leave PKCE out (several server-side
    /// libraries send none by default). Only a confidential client: a
    /// public one has nothing else that proves it.
    #[serde(default = "pkce_by_default")]
    pub require_pkce: bool,
    /// How its ID and logout tokens are signed: ES256 (the default) or
    /// RS256, for stacks that verify nothing else.
    #[serde(default)]
    pub id_token_signed_response_alg: OidcAlg,
    /// `true`: the token endpoint gives a refresh token with the others,
    /// rotated at each use (`oidc::refresh`).
    #[serde(default)]
    pub refresh_tokens: bool,
    /// `true`: the app may sign in by the device grant (RFC 8628), a
    /// terminal, TV or command-line tool that shows a code the phone
    /// confirms (`oidc::device`).
    #[serde(default)]
    pub device_grant: bool,
    /// `"public"` (the default) or `"pairwise"`: see [`SubjectType`].
    #[serde(default)]
    pub subject_type: SubjectType,
    /// `true`: the operator's own app, which learns who the person is
    /// without the phone asking first (`oidc::consent`).
    #[serde(default)]
    pub first_party: bool,
}

impl ClientEntry {
    /// An app with one redirect URI and the file's defaults for the rest:
    /// what a `[[client]]` naming only `id`, `name` and `redirect_uris` reads as.
    pub fn new(id: &str, name: &str, redirect_uri: &str) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            redirect_uris: vec![redirect_uri.into()],
            post_logout_redirect_uris: vec![],
            secret_sha256: None,
            scopes: default_scopes(),
            backchannel_logout_uri: None,
            require_pkce: pkce_by_default(),
            id_token_signed_response_alg: OidcAlg::default(),
            refresh_tokens: false,
            device_grant: false,
            subject_type: SubjectType::default(),
            first_party: false,
        }
    }
}

fn pkce_by_default() -> bool {
    true
}

fn default_scopes() -> Vec<String> {
    SCOPES.iter().map(|s| (*s).to_owned()).collect()
}

/// The scopes this provider knows: `openid` (the ID token's `sub`) and
/// `profile` (`name`, `preferred_username`).
pub const SCOPES: &[&str] = &["openid", "profile"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    secret_sha256: Option<[u8; 32]>,
    pub scopes: Vec<String>,
    pub backchannel_logout_uri: Option<String>,
    pub require_pkce: bool,
    pub alg: OidcAlg,
    pub refresh_tokens: bool,
    pub device_grant: bool,
    pub subject_type: SubjectType,
    pub first_party: bool,
}

impl Client {
    /// The `sub` this app knows account `user_id` by: its id, or for a
    /// pairwise client the keyed digest (under `key`, the provider's
    /// `Keys::pairwise_key`) of the client id and the account id.
    pub fn subject(&self, key: &[u8], user_id: &str) -> String {
        match self.subject_type {
            SubjectType::Public => user_id.to_owned(),
            SubjectType::Pairwise => {
                protocol::token::keyed_hex(key, &[self.id.as_bytes(), b"\0", user_id.as_bytes()])
            }
        }
    }

    /// The `sid` this app knows web session `session_id` by: its id, or
    /// for a pairwise client one of its own, so that two apps signed in by
    /// one sign-in here cannot match on it either.
    pub fn sid(&self, key: &[u8], session_id: &str) -> String {
        match self.subject_type {
            SubjectType::Public => session_id.to_owned(),
            SubjectType::Pairwise => protocol::token::keyed_hex(
                key,
                &[b"sid\0", self.id.as_bytes(), b"\0", session_id.as_bytes()],
            ),
        }
    }

    pub fn is_confidential(&self) -> bool {
        self.secret_sha256.is_some()
    }

    /// Whether `secret` is this client's (compared in constant time).
    pub fn secret_matches(&self, secret: &str) -> bool {
        let Some(expected) = self.secret_sha256 else {
            return false;
        };
        let digest: [u8; 32] = Sha256::digest(secret.as_bytes()).into();
        digest.ct_eq(&expected).into()
    }
}

/// The registered clients (none: OpenID Connect is off). Its clones share
/// one list, which [`Clients::replace`] changes for all of them at once:
/// the file is read again while the server runs (SIGHUP).
#[derive(Clone, Debug, Default)]
pub struct Clients(Arc<Mutex<Arc<Vec<Client>>>>);

impl Clients {
    /// Checks every entry; the first problem is the error, naming the client.
    pub fn new(file: ClientFile) -> Result<Self, String> {
        let mut clients: Vec<Client> = Vec::new();
        for entry in file.clients {
            let client = check(entry)?;
            if clients.iter().any(|c| c.id == client.id) {
                return Err(format!("client {:?} is listed twice", client.id));
            }
            clients.push(client);
        }
        Ok(Self(Arc::new(Mutex::new(Arc::new(clients)))))
    }

    /// The list as it is now: the lock is held for one `Arc` clone (and
    /// nothing panics holding it, so a poisoned lock still holds a list).
    fn list(&self) -> Arc<Vec<Client>> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn find(&self, id: &str) -> Option<Client> {
        self.list().iter().find(|client| client.id == id).cloned()
    }

    pub fn is_empty(&self) -> bool {
        self.list().is_empty()
    }

    pub fn len(&self) -> usize {
        self.list().len()
    }

    /// Whether a browser page of `origin` (its `Origin` header) may read
    /// the provider's answers (CORS): the origin of a redirect URI of a
    /// public client, a single-page app whose own code trades its code.
    /// A confidential client's backend needs no browser to read anything.
    pub fn browser_app_origin(&self, origin: &str) -> bool {
        self.list().iter().any(|client| {
            !client.is_confidential()
                && client
                    .redirect_uris
                    .iter()
                    .any(|uri| origin_of(uri).is_some_and(|own| own == origin))
        })
    }

    /// The origins the provider's pages send a browser back to from a form
    /// (the QR page's "Cancel and go back", the logout confirmation): every
    /// client's redirect and post-logout URIs', each once, in order. A
    /// page's `form-action` must allow them, or the browser stops at the
    /// redirect.
    pub fn return_origins(&self) -> Vec<String> {
        let mut origins: Vec<String> = self
            .list()
            .iter()
            .flat_map(|c| c.redirect_uris.iter().chain(&c.post_logout_redirect_uris))
            .filter_map(|uri| origin_of(uri))
            .collect();
        origins.sort();
        origins.dedup();
        origins
    }

    /// Whether a client is registered for RS256: the RSA key is then
    /// needed (made at start-up, `Keys::with_rs256`).
    pub fn any_rs256(&self) -> bool {
        self.list()
            .iter()
            .any(|client| client.alg == OidcAlg::RS256)
    }

    /// Puts `fresh`'s clients in place of these, for every clone.
    pub fn replace(&self, fresh: &Clients) {
        let list = fresh.list();
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = list;
    }
}

fn check(entry: ClientEntry) -> Result<Client, String> {
    let id = entry.id;
    let valid_id = !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    if !valid_id {
        return Err(format!(
            "client id {id:?}: 1 to 100 letters, digits or - . _ ~"
        ));
    }
    let problem = |what: String| format!("client {id:?}: {what}");
    let name = entry.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 60 || name.chars().any(char::is_control) {
        return Err(problem("name: 1 to 60 characters, shown to people".into()));
    }
    if entry.redirect_uris.is_empty() && !entry.device_grant {
        return Err(problem(
            "redirect_uris: at least one (or device_grant = true)".into(),
        ));
    }
    let uris = entry
        .redirect_uris
        .iter()
        .chain(&entry.post_logout_redirect_uris)
        .chain(&entry.backchannel_logout_uri);
    for uri in uris {
        check_uri(uri).map_err(|why| problem(format!("{uri:?}: {why}")))?;
    }
    let secret_sha256 = entry
        .secret_sha256
        .map(|hex| {
            decode_hex(&hex).ok_or_else(|| {
                problem("secret_sha256: 64 hex digits (server admin oidc-secret makes one)".into())
            })
        })
        .transpose()?;
    if !entry.require_pkce && secret_sha256.is_none() {
        return Err(problem(
            "require_pkce = false needs secret_sha256: a public client proves itself by PKCE alone"
                .into(),
        ));
    }
    if !entry.scopes.iter().any(|s| s == "openid") {
        return Err(problem("scopes: must include \"openid\"".into()));
    }
    if let Some(unknown) = entry.scopes.iter().find(|s| !SCOPES.contains(&s.as_str())) {
        return Err(problem(format!(
            "scope {unknown:?} is not one this server knows ({})",
            SCOPES.join(", ")
        )));
    }
    Ok(Client {
        name,
        redirect_uris: entry.redirect_uris,
        post_logout_redirect_uris: entry.post_logout_redirect_uris,
        secret_sha256,
        scopes: entry.scopes,
        backchannel_logout_uri: entry.backchannel_logout_uri,
        require_pkce: entry.require_pkce,
        alg: entry.id_token_signed_response_alg,
        refresh_tokens: entry.refresh_tokens,
        device_grant: entry.device_grant,
        subject_type: entry.subject_type,
        first_party: entry.first_party,
        id,
    })
}

/// An absolute `https` URI without a fragment; plain `http` only to this
/// machine (a developer's app), as OAuth 2.0 Security BCP asks.
fn check_uri(uri: &str) -> Result<(), &'static str> {
    if uri.contains('#') {
        return Err("a redirect URI has no fragment");
    }
    if uri.chars().any(|c| c.is_whitespace() || c.is_control()) || uri.len() > 2000 {
        return Err("not a URI");
    }
    let (scheme, rest) = uri.split_once("://").ok_or("not an absolute URI")?;
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    if host.is_empty() || authority.contains('@') {
        return Err("no host (or a user name in it)");
    }
    let loopback = host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match scheme {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        "http" => Err("plain http only to localhost or 127.x.x.x; use https"),
        _ => Err("only https (or http to this machine)"),
    }
}

/// A URI's origin as a browser writes it in `Origin`: scheme and
/// authority, the host in lower case, without the scheme's default port.
fn origin_of(uri: &str) -> Option<String> {
    let (scheme, rest) = uri.split_once("://")?;
    let authority = rest.split(['/', '?']).next()?.to_ascii_lowercase();
    let default_port = match scheme {
        "https" => ":443",
        "http" => ":80",
        _ => return None,
    };
    let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
    Some(format!("{scheme}://{authority}"))
}

fn decode_hex(hex: &str) -> Option<[u8; 32]> {
    let hex = hex.trim();
    // All digits first: `from_str_radix` alone would take "+f" as 15.
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A new client secret and the `secret_sha256` line that registers it.
pub fn new_secret(random: [u8; 32]) -> (String, String) {
    use base64::Engine as _;
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random);
    let digest = Sha256::digest(secret.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    (secret, hex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> ClientEntry {
        ClientEntry::new(id, "Example app", "https://app.example/callback")
    }

    fn one(entry: ClientEntry) -> Result<Clients, String> {
        Clients::new(ClientFile {
            clients: vec![entry],
        })
    }

    #[test]
    fn a_good_client_is_found_by_its_id() {
        let clients = one(entry("example")).unwrap();
        let client = clients.find("example").unwrap();
        assert_eq!(client.name, "Example app");
        assert!(!client.is_confidential());
        assert!(clients.find("other").is_none());
    }

    #[test]
    fn a_pairwise_client_sees_its_own_subject_for_each_account() {
        let clients = Clients::new(ClientFile {
            clients: vec![
                ClientEntry {
                    subject_type: SubjectType::Pairwise,
                    ..entry("a")
                },
                ClientEntry {
                    subject_type: SubjectType::Pairwise,
                    ..entry("b")
                },
                entry("c"),
            ],
        })
        .unwrap();
        let [a, b, c] = ["a", "b", "c"].map(|id| clients.find(id).unwrap());
        let key = [7; 32];
        assert_eq!(c.subject(&key, "user-1"), "user-1");
        let seen_by_a = a.subject(&key, "user-1");
        assert_eq!(seen_by_a, a.subject(&key, "user-1"), "stable");
        assert_eq!(seen_by_a.len(), 64);
        assert_ne!(seen_by_a, b.subject(&key, "user-1"), "per app");
        assert_ne!(seen_by_a, a.subject(&key, "user-2"), "per account");
        assert_ne!(seen_by_a, a.subject(&[8; 32], "user-1"), "keyed");
    }

    #[test]
    fn the_secret_is_checked_by_its_hash() {
        let (secret, hex) = new_secret([5; 32]);
        let mut confidential = entry("example");
        confidential.secret_sha256 = Some(hex);
        let clients = one(confidential).unwrap();
        let client = clients.find("example").unwrap();
        assert!(client.is_confidential());
        assert!(client.secret_matches(&secret));
        assert!(!client.secret_matches(&format!("{secret}x")));
        assert!(!client.secret_matches(""));
    }

    #[test]
    fn bad_entries_stop_start_up_naming_the_client() {
        let cases: Vec<(ClientEntry, &str)> = vec![
            (entry(""), "client id"),
            (entry("a b"), "client id"),
            (
                ClientEntry {
                    name: " ".into(),
                    ..entry("x")
                },
                "name",
            ),
            (
                ClientEntry {
                    redirect_uris: vec![],
                    ..entry("x")
                },
                "redirect_uris",
            ),
            (
                ClientEntry {
                    redirect_uris: vec!["http://app.example/cb".into()],
                    ..entry("x")
                },
                "plain http",
            ),
            (
                ClientEntry {
                    redirect_uris: vec!["https://app.example/cb#x".into()],
                    ..entry("x")
                },
                "fragment",
            ),
            (
                ClientEntry {
                    redirect_uris: vec!["/callback".into()],
                    ..entry("x")
                },
                "absolute",
            ),
            (
                ClientEntry {
                    backchannel_logout_uri: Some("javascript://x".into()),
                    ..entry("x")
                },
                "only https",
            ),
            (
                ClientEntry {
                    secret_sha256: Some("abc".into()),
                    ..entry("x")
                },
                "secret_sha256",
            ),
            (
                ClientEntry {
                    secret_sha256: Some("+f".repeat(32)),
                    ..entry("x")
                },
                "secret_sha256",
            ),
            (
                ClientEntry {
                    require_pkce: false,
                    ..entry("x")
                },
                "require_pkce",
            ),
            (
                ClientEntry {
                    scopes: vec!["profile".into()],
                    ..entry("x")
                },
                "openid",
            ),
            (
                ClientEntry {
                    scopes: vec!["openid".into(), "email".into()],
                    ..entry("x")
                },
                "email",
            ),
        ];
        for (bad, says) in cases {
            let error = one(bad).unwrap_err();
            assert!(error.contains(says), "{error} should say {says}");
        }
        let twice = Clients::new(ClientFile {
            clients: vec![entry("x"), entry("x")],
        });
        assert!(twice.unwrap_err().contains("twice"));
    }

    #[test]
    fn only_public_clients_redirect_origins_are_browser_apps() {
        let public = ClientEntry {
            redirect_uris: vec![
                "https://App.example:443/callback?x=1".into(),
                "http://localhost:4000/cb".into(),
            ],
            ..entry("spa")
        };
        let (_, hex) = new_secret([5; 32]);
        let confidential = ClientEntry {
            redirect_uris: vec!["https://backend.example/cb".into()],
            secret_sha256: Some(hex),
            ..entry("web")
        };
        let clients = Clients::new(ClientFile {
            clients: vec![public, confidential],
        })
        .unwrap();
        assert!(clients.browser_app_origin("https://app.example"));
        assert!(clients.browser_app_origin("http://localhost:4000"));
        for other in [
            "https://backend.example",
            "https://app.example:8443",
            "http://app.example",
            "https://evil.example",
            "null",
            "",
        ] {
            assert!(!clients.browser_app_origin(other), "{other}");
        }
    }

    #[test]
    fn loopback_apps_may_use_plain_http() {
        for uri in [
            "http://127.0.0.1:4000/callback",
            "http://localhost:4000/cb",
            "http://[::1]:4000/cb",
        ] {
            assert_eq!(check_uri(uri), Ok(()), "{uri}");
        }
        assert!(check_uri("http://127.0.0.1.evil.example/cb").is_err());
        assert!(check_uri("https://user@app.example/cb").is_err());
    }
}
