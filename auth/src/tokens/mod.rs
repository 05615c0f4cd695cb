//! Signed tokens (EdDSA JWTs): the access token a requesting browser receives
//! when a phone approves it, and the session cookie it exchanges it for; and
//! the ES256 tokens of OpenID Connect (ID and logout tokens, `auth/oidc`),
//! an algorithm every client library verifies.
//!
//! The signing key is an Ed25519 key in a PKCS#8 PEM file, created on first
//! start when none exists. Every server node must use the same file; the
//! P-256 key is derived from it, so the file stays the one secret to share.
//! Both public halves are published at `/.well-known/jwks.json` so that other
//! services can verify tokens without calling this one.

use std::path::Path;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _, KeypairBytes};
use ed25519_dalek::SigningKey;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::ApiError;

pub mod oidc_keys;
pub use oidc_keys::OidcKeys;

pub const ISSUER: &str = "qr-login";

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TokenUse {
    /// Short-lived bearer token for APIs.
    Access,
    /// The browser's session cookie.
    Session,
    /// An app's access token (OpenID Connect): `/oauth/userinfo` only.
    Userinfo,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Claims {
    pub iss: String,
    /// Who the token is for: this site's `PUBLIC_URL`. A token signed with the
    /// same key for anyone else (another audience) is refused here.
    pub aud: String,
    /// User id.
    pub sub: String,
    /// Web session id: revoking the session revokes the token at this server.
    pub sid: String,
    #[serde(rename = "use")]
    pub token_use: TokenUse,
    pub iat: u64,
    pub exp: u64,
    /// What an app's access token may read at `/oauth/userinfo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// An app's access token: the digest of the code it was traded for,
    /// whose record says whether it still stands (`oidc::provider`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant: Option<String>,
    /// An app's access token: its own id, so that each is one of a kind
    /// (revoked alone, `oidc::revocation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
}

pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
    public_x: String,
    /// Keys the store's digests of typed login codes (derived from the
    /// signing key, so every node that shares the key file agrees on it).
    code_key: [u8; 32],
    /// Seals the binding secrets this server hands out (`BindingSecret::issue`).
    binding_key: [u8; 32],
    /// Keys the digests of accounts' recovery codes: the current key, then
    /// the one of digests stored before it (see [`Keys::recovery_keys`]).
    recovery_keys: [[u8; 32]; 2],
    /// The key of pairwise subjects (`oidc::Client::subject`).
    pairwise_key: [u8; 32],
    /// The OpenID Connect signing keys: ES256 derived from the seed as
    /// before the key schedule changed (see `from_seed`), and RS256 from
    /// its own file when the provider is on.
    oidc: OidcKeys,
}

/// The 32-byte key for `purpose` of the signing key's `seed` (HKDF-SHA-256,
/// RFC 5869): one key per purpose, none of which reveals another.
fn derived(seed: &[u8; 32], purpose: &str) -> [u8; 32] {
    let mut key = [0; 32];
    // 32 bytes is far below HKDF-SHA-256's limit of 8160: this cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(Some(b"qr-login"), seed).expand(purpose.as_bytes(), &mut key);
    key
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not {what}")]
    Format { path: String, what: &'static str },
}

impl Keys {
    /// Loads the key at `path`, or creates one there (mode 0600) if none
    /// exists; the provider's keys at `generation` (`OIDC_KEY_GENERATION`).
    pub fn load_or_create(
        path: &Path,
        fresh_seed: [u8; 32],
        generation: u32,
    ) -> Result<Self, KeyError> {
        let made = || {
            v1(&fresh_seed)
                .to_pkcs8_pem(LineEnding::LF)
                .ok()
                .map(|pem| pem.to_string())
        };
        read_or_create(path, made)?
            .and_then(|pem| SigningKey::from_pkcs8_pem(&strict_pem(&pem)).ok())
            .map(|key| Self::from_seed_at(&key.to_bytes(), generation))
            .ok_or_else(|| KeyError::Format {
                path: path.display().to_string(),
                what: "an Ed25519 private key in PKCS#8 PEM",
            })
    }

    /// The keys of `seed`, the provider's at generation 1.
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Self::from_seed_at(seed, 1)
    }

    pub fn from_seed_at(seed: &[u8; 32], generation: u32) -> Self {
        let public = SigningKey::from_bytes(seed).verifying_key().to_bytes();
        // PKCS#8 DER of a 32-byte key always encodes: nothing to refuse.
        let der = v1(seed)
            .to_pkcs8_der()
            .map(|der| der.as_bytes().to_vec())
            .unwrap_or_default();
        let public_x = URL_SAFE_NO_PAD.encode(public);
        let kid = URL_SAFE_NO_PAD.encode(&Sha256::digest(public)[..12]);
        Self {
            encoding: EncodingKey::from_ed_der(&der),
            decoding: DecodingKey::from_ed_der(&public),
            kid,
            public_x,
            code_key: derived(seed, "typed login codes v2"),
            binding_key: derived(seed, "binding secrets v2"),
            recovery_keys: [
                derived(seed, "recovery codes v2"),
                // Before v2 one key served typed and recovery codes alike,
                // SHA-256 of a label and the seed. Typed codes live a minute;
                // recovery codes are kept until used, so their old key stays.
                Sha256::new()
                    .chain_update(b"qr-login typed login codes v1\0")
                    .chain_update(seed)
                    .finalize()
                    .into(),
            ],
            pairwise_key: derived(seed, "pairwise subjects v1"),
            // Unchanged: a new OpenID Connect key is a key rotation for every
            // app that cached the old one.
            oidc: OidcKeys::derive(seed, generation),
        }
    }

    /// The key of [`UserCode::digest`](protocol::UserCode::digest).
    pub fn code_key(&self) -> &[u8; 32] {
        &self.code_key
    }

    /// The key of [`BindingSecret::issue`](protocol::BindingSecret::issue).
    pub fn binding_key(&self) -> &[u8; 32] {
        &self.binding_key
    }

    /// The keys of [`RecoveryCode::digest`](protocol::RecoveryCode::digest):
    /// new digests are made with the first; a code matches under either, so
    /// codes issued before the key schedule changed keep working until used.
    pub fn recovery_keys(&self) -> &[[u8; 32]; 2] {
        &self.recovery_keys
    }

    /// The key of [`Client::subject`](crate::oidc::Client::subject): the
    /// same on every node that shares the key file, so an app's pairwise
    /// subjects never change.
    pub fn pairwise_key(&self) -> &[u8; 32] {
        &self.pairwise_key
    }

    pub fn sign(&self, claims: &Claims) -> Result<String, ApiError> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .map_err(|error| ApiError::internal(format!("cannot sign a token: {error}")))
    }

    /// The claims of a valid, unexpired token of this server for `audience`,
    /// meant for `token_use`.
    pub fn verify(
        &self,
        token: &str,
        token_use: TokenUse,
        audience: &str,
    ) -> Result<Claims, ApiError> {
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .ok()
            .map(|data| data.claims)
            .filter(|claims| claims.token_use == token_use)
            .ok_or(ApiError::Unauthorized)
    }

    /// The OpenID Connect provider's keys: ID and logout tokens.
    pub fn oidc(&self) -> &OidcKeys {
        &self.oidc
    }

    /// Adds the RS256 key kept at `path`, made there (mode 0600) on first
    /// start: the provider's apps may ask for RS256 ID tokens. Every node
    /// shares the file, as it shares the signing key.
    ///
    /// Each published generation has its file (generation 1 `path` itself,
    /// generation n `path` with `.n.pem` for its extension). The next
    /// generation's is made if missing, so that it is published before it
    /// signs; this generation's too, unless the one before exists: then it
    /// was made as that one's next, and a node without it holds files out
    /// of step with the others' (start-up stops and says so). The one
    /// before is read if there.
    pub fn with_rs256(mut self, path: &Path) -> Result<Self, KeyError> {
        let now = self.oidc.generation();
        let file = |generation: u32| match generation {
            1 => path.to_path_buf(),
            g => path.with_extension(format!("{g}.pem")),
        };
        let before = now > 1 && file(now - 1).exists();
        for generation in oidc_keys::published(now) {
            let file = file(generation);
            let shown = file.display().to_string();
            let must_exist = generation < now || (generation == now && before);
            let pem = if must_exist {
                match std::fs::read_to_string(&file) {
                    Ok(pem) => pem,
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound && generation < now => {
                        continue
                    }
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                        return Err(KeyError::Io {
                            path: shown,
                            source: std::io::Error::new(
                                error.kind(),
                                "missing, though the generation before has its file: a node at that generation made this one as its next; every node must share the same RSA files",
                            ),
                        })
                    }
                    Err(source) => return Err(KeyError::Io { path: shown, source }),
                }
            } else {
                let format = || KeyError::Format {
                    path: shown.clone(),
                    what: "an RSA private key (2048 bits or more) in PKCS#8 PEM",
                };
                read_or_create(&file, oidc_keys::new_rs256_pem)?.ok_or_else(format)?
            };
            let format = || KeyError::Format {
                path: file.display().to_string(),
                what: "an RSA private key (2048 bits or more) in PKCS#8 PEM",
            };
            self.oidc = self.oidc.with_rs256(generation, &pem).ok_or_else(format)?;
        }
        Ok(self)
    }

    /// The public key set served at `/.well-known/jwks.json`.
    pub fn jwks(&self) -> serde_json::Value {
        let mut keys = vec![serde_json::json!({
            "kty": "OKP",
            "crv": "Ed25519",
            "alg": "EdDSA",
            "use": "sig",
            "kid": self.kid,
            "x": self.public_x,
        })];
        keys.extend(self.oidc.jwks());
        serde_json::json!({ "keys": keys })
    }
}

/// `text` as RFC 7468 asks: no blank line, indent or trailing space, as
/// files edited by hand or mounted by templating tools may have (and as the
/// earlier, hand-written reader took).
fn strict_pem(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| format!("{line}\n"))
        .collect()
}

/// The key as PKCS#8 v1 (the seed alone): what every earlier version of
/// this server reads, so that a file made by a new node serves an old one.
fn v1(seed: &[u8; 32]) -> KeypairBytes {
    KeypairBytes {
        secret_key: *seed,
        public_key: None,
    }
}

/// The text of the key file at `path`; where there is none, `make`'s
/// (`None` if it cannot make one), written there first. Two nodes starting
/// together on one shared directory both end with the file of the one
/// that wrote first.
fn read_or_create(
    path: &Path,
    make: impl FnOnce() -> Option<String>,
) -> Result<Option<String>, KeyError> {
    let io = |source| KeyError::Io {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read_to_string(path) {
        Ok(text) => return Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(io(error)),
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let Some(text) = make() else {
        return Ok(None);
    };
    match write_private(path, &text) {
        Ok(()) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::read_to_string(path).map(Some).map_err(io)
        }
        Err(error) => Err(io(error)),
    }
}

/// Writes a new file readable by its owner only, whole or not at all: the
/// text goes to a file of its own, then takes the name, which fails
/// (`AlreadyExists`) if another process took it first. A reader never
/// sees half a key.
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut draft = path.as_os_str().to_owned();
    draft.push(format!(
        ".{}.new",
        uuid::Uuid::from_bytes(super::random()).simple()
    ));
    let draft = std::path::PathBuf::from(draft);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&draft).and_then(|mut file| {
        file.write_all(contents.as_bytes())?;
        file.sync_all()
    });
    let named = written.and_then(|()| std::fs::hard_link(&draft, path));
    let _ = std::fs::remove_file(&draft);
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUD: &str = "https://login.example.com";

    fn claims(token_use: TokenUse, exp: u64) -> Claims {
        Claims {
            iss: ISSUER.into(),
            aud: AUD.into(),
            sub: "u1".into(),
            sid: "s1".into(),
            token_use,
            iat: 0,
            exp,
            scope: None,
            grant: None,
            jti: None,
        }
    }

    fn far_future() -> u64 {
        super::super::now_ms() / 1000 + 3600
    }

    #[test]
    fn a_signed_token_verifies_only_for_its_use_and_key() {
        let keys = Keys::from_seed(&[7; 32]);
        let token = keys.sign(&claims(TokenUse::Access, far_future())).unwrap();
        assert_eq!(
            keys.verify(&token, TokenUse::Access, AUD).unwrap().sid,
            "s1"
        );
        assert!(keys.verify(&token, TokenUse::Session, AUD).is_err());
        assert!(Keys::from_seed(&[8; 32])
            .verify(&token, TokenUse::Access, AUD)
            .is_err());
        assert!(keys
            .verify(&format!("{token}x"), TokenUse::Access, AUD)
            .is_err());
        assert!(
            keys.verify(&token, TokenUse::Access, "https://other.example")
                .is_err(),
            "another audience"
        );
    }

    #[test]
    fn each_purpose_has_its_own_key_and_old_recovery_digests_keep_theirs() {
        let keys = Keys::from_seed(&[7; 32]);
        let [recovery, before] = keys.recovery_keys();
        let all = [keys.code_key(), keys.binding_key(), recovery, before];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b, "two purposes share a key");
            }
        }
        // Byte for byte the key that digested recovery codes before v2.
        let v1: [u8; 32] = Sha256::new()
            .chain_update(b"qr-login typed login codes v1\0")
            .chain_update([7; 32])
            .finalize()
            .into();
        assert_eq!(*before, v1);
        // RFC 5869 by hand (Python's hmac): PRK = HMAC(salt "qr-login", 32
        // zero bytes), key = HMAC(PRK, "typed login codes v2" 0x01). Fixed:
        // a drift would void every stored digest.
        assert_eq!(
            hex(&derived(&[0; 32], "typed login codes v2")),
            "a684c8641a8af7ac2e2b2d443fe8a1d21420d5ab21a59e75566a59facf2ad68c"
        );
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn an_expired_token_is_refused() {
        let keys = Keys::from_seed(&[7; 32]);
        let token = keys.sign(&claims(TokenUse::Access, 1_000)).unwrap();
        assert!(keys.verify(&token, TokenUse::Access, AUD).is_err());
    }

    /// Key files are PKCS#8 v1, no public key, as earlier versions of this
    /// server (by hand) and `openssl genpkey -algorithm ed25519` write
    /// them: one written by hand loads to the same key, and a new file is
    /// byte for byte what the earlier versions wrote, so they read it too.
    #[test]
    fn a_key_file_of_the_earlier_format_still_loads() {
        const V1_PREFIX: [u8; 16] = [
            0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22,
            0x04, 0x20,
        ];
        let seed = [9u8; 32];
        let pem = format!(
            "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
            base64::engine::general_purpose::STANDARD.encode([&V1_PREFIX[..], &seed].concat())
        );
        let dir = std::env::temp_dir().join(format!("qr-login-keys-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("jwt.pem");
        std::fs::write(&path, pem).unwrap();
        let loaded = Keys::load_or_create(&path, [1; 32], 1).unwrap();
        assert_eq!(loaded.jwks(), Keys::from_seed(&seed).jwks());
        // Blank lines, indents and trailing spaces are taken too.
        let loose = dir.join("loose.pem");
        let written = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &loose,
            format!("\n  {}  \n\n", written.replace('\n', "  \n  ")),
        )
        .unwrap();
        let loaded = Keys::load_or_create(&loose, [1; 32], 1).unwrap();
        assert_eq!(loaded.jwks(), Keys::from_seed(&seed).jwks());
        let fresh = dir.join("new.pem");
        Keys::load_or_create(&fresh, seed, 1).unwrap();
        assert_eq!(
            std::fs::read_to_string(&fresh).unwrap(),
            std::fs::read_to_string(&path).unwrap()
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn key_file_round_trips_and_is_created_once() {
        let dir = std::env::temp_dir().join(format!("qr-login-keys-{}", uuid::Uuid::new_v4()));
        let path = dir.join("jwt.pem");
        let first = Keys::load_or_create(&path, [1; 32], 1).unwrap();
        let again = Keys::load_or_create(&path, [2; 32], 1).unwrap();
        assert_eq!(first.jwks(), again.jwks(), "an existing key is kept");
        let token = first.sign(&claims(TokenUse::Access, far_future())).unwrap();
        assert!(again.verify(&token, TokenUse::Access, AUD).is_ok());
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(
            Keys::load_or_create(&path, [3; 32], 1),
            Err(KeyError::Format { .. })
        ));
        let _ = std::fs::remove_dir_all(dir);
    }

    /// The RSA keys' files (this generation's and the next's) are made
    /// once and read again; the next generation reads them and makes the
    /// one after; a file that is no RSA key stops start-up naming it.
    #[test]
    fn the_rs256_key_file_is_made_once_and_published() {
        let dir = std::env::temp_dir().join(format!("qr-login-keys-{}", uuid::Uuid::new_v4()));
        let path = dir.join("jwt.rs256.pem");
        let first = Keys::from_seed(&[1; 32]).with_rs256(&path).unwrap();
        let again = Keys::from_seed(&[1; 32]).with_rs256(&path).unwrap();
        assert_eq!(first.jwks(), again.jwks(), "an existing key is kept");
        let jwks = first.jwks();
        let algs: Vec<&str> = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["alg"].as_str().unwrap())
            .collect();
        assert_eq!(algs, ["EdDSA", "ES256", "ES256", "RS256", "RS256"]);
        let rotated = Keys::from_seed_at(&[1; 32], 2).with_rs256(&path).unwrap();
        let kids = |keys: &Keys| -> Vec<String> {
            keys.jwks()["keys"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|k| k["alg"] == "RS256")
                .map(|k| k["kid"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(
            kids(&rotated)[..2],
            kids(&first)[..],
            "generations 1 and 2 kept"
        );
        assert_eq!(kids(&rotated).len(), 3, "and 3 made");
        // Generation 4's file is gone while 3's is there: out of step.
        let error = Keys::from_seed_at(&[1; 32], 4)
            .with_rs256(&path)
            .err()
            .unwrap();
        assert!(
            error.to_string().contains("share the same RSA files"),
            "{error}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(
            left.len(),
            3,
            "generations 1 to 3, no draft left beside them"
        );
        // Nodes starting together on a shared directory: one key for all.
        let racing = dir.join("race.rs256.pem");
        let published: Vec<serde_json::Value> = std::thread::scope(|scope| {
            let nodes: Vec<_> = (0..3)
                .map(|_| {
                    scope.spawn(|| {
                        Keys::from_seed(&[1; 32])
                            .with_rs256(&racing)
                            .unwrap()
                            .jwks()
                    })
                })
                .collect();
            nodes.into_iter().map(|node| node.join().unwrap()).collect()
        });
        assert!(published.iter().all(|jwks| *jwks == published[0]));
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 5);
        std::fs::write(&path, "not a key").unwrap();
        let error = Keys::from_seed(&[1; 32]).with_rs256(&path).err().unwrap();
        assert!(error.to_string().contains("RSA private key"), "{error}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn jwks_publishes_the_public_key_only() {
        let keys = Keys::from_seed(&[9; 32]);
        let jwks = keys.jwks();
        let x = jwks["keys"][0]["x"].as_str().unwrap();
        assert_eq!(URL_SAFE_NO_PAD.decode(x).unwrap().len(), 32);
        assert!(!jwks
            .to_string()
            .contains(&URL_SAFE_NO_PAD.encode([9u8; 32])));
        // Another service verifies with nothing but the JWK's `x`.
        let token = keys.sign(&claims(TokenUse::Access, far_future())).unwrap();
        let decoding = DecodingKey::from_ed_components(x).unwrap();
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUD]);
        assert!(jsonwebtoken::decode::<Claims>(&token, &decoding, &validation).is_ok());
    }
}
