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
    /// The OpenID Connect signing key (ES256), derived from the seed as
    /// before the key schedule changed (see `from_seed`).
    es256: EcKey,
}

/// The 32-byte key for `purpose` of the signing key's `seed` (HKDF-SHA-256,
/// RFC 5869): one key per purpose, none of which reveals another.
fn derived(seed: &[u8; 32], purpose: &str) -> [u8; 32] {
    let mut key = [0; 32];
    // 32 bytes is far below HKDF-SHA-256's limit of 8160: this cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(Some(b"qr-login"), seed).expand(purpose.as_bytes(), &mut key);
    key
}

struct EcKey {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
    x: String,
    y: String,
}

impl EcKey {
    /// The P-256 key of `seed`: the first of SHA-256(label, seed, counter)
    /// that is a valid scalar (each is but with odds of about 2^-32).
    fn derive(seed: &[u8; 32]) -> Self {
        use p256::elliptic_curve::sec1::ToEncodedPoint as _;
        use p256::pkcs8::EncodePrivateKey as _;
        let mut counter = 0u32;
        let secret = loop {
            let bytes = Sha256::new()
                .chain_update(b"qr-login openid connect es256 v1\0")
                .chain_update(seed)
                .chain_update(counter.to_be_bytes())
                .finalize();
            if let Ok(secret) = p256::SecretKey::from_bytes(&bytes) {
                break secret;
            }
            counter = counter.wrapping_add(1);
        };
        let point = secret.public_key().to_encoded_point(false);
        let (x, y) = (point.x().map(|x| x.to_vec()), point.y().map(|y| y.to_vec()));
        let der = secret
            .to_pkcs8_der()
            .map(|der| der.as_bytes().to_vec())
            .unwrap_or_default();
        Self {
            encoding: EncodingKey::from_ec_der(&der),
            decoding: DecodingKey::from_ec_der(point.as_bytes()),
            kid: URL_SAFE_NO_PAD.encode(&Sha256::digest(point.as_bytes())[..12]),
            x: URL_SAFE_NO_PAD.encode(x.unwrap_or_default()),
            y: URL_SAFE_NO_PAD.encode(y.unwrap_or_default()),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not an Ed25519 private key in PKCS#8 PEM")]
    Format { path: String },
}

impl Keys {
    /// Loads the key at `path`, or creates one there (mode 0600) if none exists.
    pub fn load_or_create(path: &Path, fresh_seed: [u8; 32]) -> Result<Self, KeyError> {
        let shown = path.display().to_string();
        let io = |source| KeyError::Io {
            path: shown.clone(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(pem) => SigningKey::from_pkcs8_pem(&strict_pem(&pem))
                .map(|key| Self::from_seed(&key.to_bytes()))
                .map_err(|_| KeyError::Format {
                    path: shown.clone(),
                }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                let pem =
                    v1(&fresh_seed)
                        .to_pkcs8_pem(LineEnding::LF)
                        .map_err(|_| KeyError::Format {
                            path: shown.clone(),
                        })?;
                write_private(path, &pem).map_err(io)?;
                Ok(Self::from_seed(&fresh_seed))
            }
            Err(error) => Err(io(error)),
        }
    }

    pub fn from_seed(seed: &[u8; 32]) -> Self {
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
            // Unchanged: a new OpenID Connect key is a key rotation for every
            // app that cached the old one.
            es256: EcKey::derive(seed),
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

    /// An OpenID Connect token (ES256) with the JOSE type `typ`: `JWT` for
    /// ID tokens, `logout+jwt` for back-channel logout tokens.
    pub fn sign_es256(&self, typ: &str, claims: &impl Serialize) -> Result<String, ApiError> {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.es256.kid.clone());
        header.typ = Some(typ.to_owned());
        jsonwebtoken::encode(&header, claims, &self.es256.encoding)
            .map_err(|error| ApiError::internal(format!("cannot sign a token: {error}")))
    }

    /// The claims of an ES256 token this server signed for `audience`
    /// (`None`: any), expired or not when `expired_ok` (a logout hint).
    pub fn verify_es256<T: serde::de::DeserializeOwned>(
        &self,
        token: &str,
        issuer: &str,
        audience: Option<&str>,
        expired_ok: bool,
    ) -> Option<T> {
        let mut validation = Validation::new(Algorithm::ES256);
        validation.set_issuer(&[issuer]);
        match audience {
            Some(audience) => validation.set_audience(&[audience]),
            None => validation.validate_aud = false,
        }
        validation.validate_exp = !expired_ok;
        validation.set_required_spec_claims(&["iss", "sub"]);
        jsonwebtoken::decode::<T>(token, &self.es256.decoding, &validation)
            .ok()
            .map(|data| data.claims)
    }

    /// The public key set served at `/.well-known/jwks.json`.
    pub fn jwks(&self) -> serde_json::Value {
        serde_json::json!({
            "keys": [{
                "kty": "OKP",
                "crv": "Ed25519",
                "alg": "EdDSA",
                "use": "sig",
                "kid": self.kid,
                "x": self.public_x,
            }, {
                "kty": "EC",
                "crv": "P-256",
                "alg": "ES256",
                "use": "sig",
                "kid": self.es256.kid,
                "x": self.es256.x,
                "y": self.es256.y,
            }]
        })
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

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(contents.as_bytes())
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
        let loaded = Keys::load_or_create(&path, [1; 32]).unwrap();
        assert_eq!(loaded.jwks(), Keys::from_seed(&seed).jwks());
        // Blank lines, indents and trailing spaces are taken too.
        let loose = dir.join("loose.pem");
        let written = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &loose,
            format!("\n  {}  \n\n", written.replace('\n', "  \n  ")),
        )
        .unwrap();
        let loaded = Keys::load_or_create(&loose, [1; 32]).unwrap();
        assert_eq!(loaded.jwks(), Keys::from_seed(&seed).jwks());
        let fresh = dir.join("new.pem");
        Keys::load_or_create(&fresh, seed).unwrap();
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
        let first = Keys::load_or_create(&path, [1; 32]).unwrap();
        let again = Keys::load_or_create(&path, [2; 32]).unwrap();
        assert_eq!(first.jwks(), again.jwks(), "an existing key is kept");
        let token = first.sign(&claims(TokenUse::Access, far_future())).unwrap();
        assert!(again.verify(&token, TokenUse::Access, AUD).is_ok());
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(
            Keys::load_or_create(&path, [3; 32]),
            Err(KeyError::Format { .. })
        ));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn the_es256_key_is_derived_from_the_seed_and_published() {
        let keys = Keys::from_seed(&[9; 32]);
        let again = Keys::from_seed(&[9; 32]);
        let other = Keys::from_seed(&[10; 32]);
        let claims =
            serde_json::json!({ "iss": AUD, "sub": "u1", "aud": "app", "exp": far_future() });
        let token = keys.sign_es256("JWT", &claims).unwrap();
        // Every node with the same key file signs and verifies alike.
        let read: Option<serde_json::Value> = again.verify_es256(&token, AUD, Some("app"), false);
        assert_eq!(read.unwrap()["sub"], "u1");
        assert!(other
            .verify_es256::<serde_json::Value>(&token, AUD, Some("app"), false)
            .is_none());
        assert!(keys
            .verify_es256::<serde_json::Value>(&token, AUD, Some("other"), false)
            .is_none());
        // Anyone verifies it with the JWK alone.
        let jwks = keys.jwks();
        let ec = &jwks["keys"][1];
        assert_eq!(
            (ec["kty"].as_str(), ec["alg"].as_str()),
            (Some("EC"), Some("ES256"))
        );
        let decoding =
            DecodingKey::from_ec_components(ec["x"].as_str().unwrap(), ec["y"].as_str().unwrap())
                .unwrap();
        let mut validation = Validation::new(Algorithm::ES256);
        validation.set_audience(&["app"]);
        assert!(jsonwebtoken::decode::<serde_json::Value>(&token, &decoding, &validation).is_ok());
        // An expired one is read only where asked (a logout hint).
        let old = keys
            .sign_es256(
                "JWT",
                &serde_json::json!({ "iss": AUD, "sub": "u1", "exp": 1_000 }),
            )
            .unwrap();
        assert!(keys
            .verify_es256::<serde_json::Value>(&old, AUD, None, false)
            .is_none());
        assert!(keys
            .verify_es256::<serde_json::Value>(&old, AUD, None, true)
            .is_some());
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
