//! The OpenID Connect provider's signing keys: ES256, which every client
//! library verifies, derived from the signing key's seed; and RS256, the
//! algorithm OpenID Connect Core §15.1 makes every provider support (some
//! stacks verify nothing else), from a file of its own: an RSA key cannot
//! be derived from a seed in a way that outlives the crate that makes it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::oidc::clients::OidcAlg;
use crate::ApiError;

/// The RSA key's size when this server makes one.
const RSA_BITS: usize = 2048;

/// The keys of generation `generation` sign; those of the generations
/// just before and after are published beside them (`OIDC_KEY_GENERATION`,
/// docs/oidc.md "Key rotation"): an app that fetched the JWKS before a
/// rotation already holds the next key, and tokens signed before it still
/// verify after.
pub struct OidcKeys {
    generation: u32,
    es256: Vec<(u32, EcKey)>,
    rs256: Vec<(u32, RsaKey)>,
}

/// The generations published beside `generation`: the one before (if
/// any), itself, the one after.
pub(super) fn published(generation: u32) -> Vec<u32> {
    let generation = generation.max(1);
    (generation.saturating_sub(1).max(1)..=generation.saturating_add(1)).collect()
}

impl OidcKeys {
    pub(super) fn derive(seed: &[u8; 32], generation: u32) -> Self {
        Self {
            generation: generation.max(1),
            es256: published(generation)
                .into_iter()
                .map(|g| (g, EcKey::derive(seed, g)))
                .collect(),
            rs256: Vec::new(),
        }
    }

    /// With the RSA key of `generation` in `pem` too: `None` if it is not
    /// one of at least 2048 bits in PKCS#8 PEM.
    pub(super) fn with_rs256(mut self, generation: u32, pem: &str) -> Option<Self> {
        self.rs256.push((generation, RsaKey::from_pem(pem)?));
        Some(self)
    }

    /// The generation whose keys sign.
    pub(super) fn generation(&self) -> u32 {
        self.generation
    }

    /// Whether RS256 tokens can be signed here.
    pub fn has_rs256(&self) -> bool {
        self.rs256.iter().any(|(g, _)| *g == self.generation)
    }

    /// A token of `alg` with the JOSE type `typ`: `JWT` for ID tokens,
    /// `logout+jwt` for back-channel logout tokens. Signed by this
    /// generation's key.
    pub fn sign(
        &self,
        alg: OidcAlg,
        typ: &str,
        claims: &impl Serialize,
    ) -> Result<String, ApiError> {
        let (algorithm, kid, key) = match alg {
            OidcAlg::ES256 => self
                .es256
                .iter()
                .find(|(g, _)| *g == self.generation)
                .map(|(_, k)| (Algorithm::ES256, &k.kid, &k.encoding)),
            OidcAlg::RS256 => self
                .rs256
                .iter()
                .find(|(g, _)| *g == self.generation)
                .map(|(_, k)| (Algorithm::RS256, &k.kid, &k.encoding)),
        }
        .ok_or_else(|| ApiError::internal(format!("no {alg:?} key of this generation")))?;
        let mut header = Header::new(algorithm);
        header.kid = Some(kid.clone());
        header.typ = Some(typ.to_owned());
        jsonwebtoken::encode(&header, claims, key)
            .map_err(|error| ApiError::internal(format!("cannot sign a token: {error}")))
    }

    /// The claims of a token this server signed with a key it publishes
    /// (the one its header names, of the algorithm it names) for
    /// `audience` (`None`: any), expired or not when `expired_ok` (a
    /// logout hint).
    pub fn verify<T: serde::de::DeserializeOwned>(
        &self,
        token: &str,
        issuer: &str,
        audience: Option<&str>,
        expired_ok: bool,
    ) -> Option<T> {
        let header = jsonwebtoken::decode_header(token).ok()?;
        let kid = header.kid.as_deref()?;
        let key = match header.alg {
            Algorithm::ES256 => self
                .es256
                .iter()
                .map(|(_, k)| (&k.kid, &k.decoding))
                .find(|(id, _)| *id == kid),
            Algorithm::RS256 => self
                .rs256
                .iter()
                .map(|(_, k)| (&k.kid, &k.decoding))
                .find(|(id, _)| *id == kid),
            _ => None,
        }?
        .1;
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[issuer]);
        match audience {
            Some(audience) => validation.set_audience(&[audience]),
            None => validation.validate_aud = false,
        }
        validation.validate_exp = !expired_ok;
        validation.set_required_spec_claims(&["iss", "sub"]);
        jsonwebtoken::decode::<T>(token, key, &validation)
            .ok()
            .map(|data| data.claims)
    }

    /// The public keys, as JWKS entries: every generation published.
    pub(super) fn jwks(&self) -> Vec<serde_json::Value> {
        let ec = self.es256.iter().map(|(_, key)| {
            serde_json::json!({
                "kty": "EC",
                "crv": "P-256",
                "alg": "ES256",
                "use": "sig",
                "kid": key.kid,
                "x": key.x,
                "y": key.y,
            })
        });
        let rsa = self.rs256.iter().map(|(_, key)| {
            serde_json::json!({
                "kty": "RSA",
                "alg": "RS256",
                "use": "sig",
                "kid": key.kid,
                "n": key.n,
                "e": key.e,
            })
        });
        ec.chain(rsa).collect()
    }
}

/// A new RSA key in PKCS#8 PEM (`None` only if the system has no
/// randomness to give).
pub fn new_rs256_pem() -> Option<String> {
    use rsa::pkcs8::{EncodePrivateKey as _, LineEnding};
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, RSA_BITS).ok()?;
    key.to_pkcs8_pem(LineEnding::LF)
        .ok()
        .map(|pem| pem.to_string())
}

struct EcKey {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
    x: String,
    y: String,
}

impl EcKey {
    /// The P-256 key of `seed` and `generation`: the first of
    /// SHA-256(label, seed, counter) that is a valid scalar (each is but
    /// with odds of about 2^-32). Generation 1's label is the one before
    /// generations existed: its key did not change.
    fn derive(seed: &[u8; 32], generation: u32) -> Self {
        use p256::elliptic_curve::sec1::ToEncodedPoint as _;
        use p256::pkcs8::EncodePrivateKey as _;
        let label = match generation {
            1 => "qr-login openid connect es256 v1\0".to_owned(),
            g => format!("qr-login openid connect es256 generation {g}\0"),
        };
        let mut counter = 0u32;
        let secret = loop {
            let bytes = Sha256::new()
                .chain_update(label.as_bytes())
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

struct RsaKey {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
    /// The public modulus and exponent, base64url (RFC 7518 §6.3.1).
    n: String,
    e: String,
}

impl RsaKey {
    fn from_pem(pem: &str) -> Option<Self> {
        use rsa::pkcs1::EncodeRsaPrivateKey as _;
        use rsa::pkcs8::DecodePrivateKey as _;
        use rsa::traits::PublicKeyParts as _;
        let key = rsa::RsaPrivateKey::from_pkcs8_pem(pem.trim()).ok()?;
        if key.size() * 8 < RSA_BITS {
            return None;
        }
        // jsonwebtoken signs with the PKCS#1 form.
        let der = key.to_pkcs1_der().ok()?;
        let (n, e) = (key.n().to_bytes_be(), key.e().to_bytes_be());
        let digest = Sha256::new().chain_update(&n).chain_update(&e).finalize();
        Some(Self {
            encoding: EncodingKey::from_rsa_der(der.as_bytes()),
            decoding: DecodingKey::from_rsa_raw_components(&n, &e),
            kid: URL_SAFE_NO_PAD.encode(&digest[..12]),
            n: URL_SAFE_NO_PAD.encode(n),
            e: URL_SAFE_NO_PAD.encode(e),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISS: &str = "https://login.example.com";

    fn far_future() -> u64 {
        crate::now_ms() / 1000 + 3600
    }

    /// One RSA key for the tests here (making one takes a moment).
    fn rsa_pem() -> &'static str {
        static PEM: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        PEM.get_or_init(|| new_rs256_pem().unwrap())
    }

    #[test]
    fn the_es256_key_is_derived_from_the_seed_and_published() {
        let keys = OidcKeys::derive(&[9; 32], 1);
        let again = OidcKeys::derive(&[9; 32], 1);
        let other = OidcKeys::derive(&[10; 32], 1);
        let claims =
            serde_json::json!({ "iss": ISS, "sub": "u1", "aud": "app", "exp": far_future() });
        let token = keys.sign(OidcAlg::ES256, "JWT", &claims).unwrap();
        // Every node with the same key file signs and verifies alike.
        let read: Option<serde_json::Value> = again.verify(&token, ISS, Some("app"), false);
        assert_eq!(read.unwrap()["sub"], "u1");
        assert!(other
            .verify::<serde_json::Value>(&token, ISS, Some("app"), false)
            .is_none());
        assert!(keys
            .verify::<serde_json::Value>(&token, ISS, Some("other"), false)
            .is_none());
        // Anyone verifies it with the JWK alone.
        let jwks = keys.jwks();
        let ec = &jwks[0];
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
            .sign(
                OidcAlg::ES256,
                "JWT",
                &serde_json::json!({ "iss": ISS, "sub": "u1", "exp": 1_000 }),
            )
            .unwrap();
        assert!(keys
            .verify::<serde_json::Value>(&old, ISS, None, false)
            .is_none());
        assert!(keys
            .verify::<serde_json::Value>(&old, ISS, None, true)
            .is_some());
    }

    /// RS256 tokens verify with the published `n` and `e` alone; each
    /// algorithm's token is read by its own key only, and without an RSA
    /// key nothing is signed or read as RS256.
    #[test]
    fn rs256_tokens_verify_with_the_published_rsa_key() {
        let without = OidcKeys::derive(&[9; 32], 1);
        let claims =
            serde_json::json!({ "iss": ISS, "sub": "u1", "aud": "app", "exp": far_future() });
        assert!(without.sign(OidcAlg::RS256, "JWT", &claims).is_err());
        assert_eq!(without.jwks().len(), 2, "generations 1 and 2, ES256");
        let keys = OidcKeys::derive(&[9; 32], 1)
            .with_rs256(1, rsa_pem())
            .unwrap();
        let token = keys.sign(OidcAlg::RS256, "JWT", &claims).unwrap();
        let header = jsonwebtoken::decode_header(&token).unwrap();
        assert_eq!(header.alg, Algorithm::RS256);
        let jwks = keys.jwks();
        let rsa = jwks.iter().find(|k| k["kty"] == "RSA").unwrap();
        assert_eq!(rsa["alg"], "RS256");
        assert_eq!(header.kid.as_deref(), rsa["kid"].as_str());
        let decoding = DecodingKey::from_rsa_components(
            rsa["n"].as_str().unwrap(),
            rsa["e"].as_str().unwrap(),
        )
        .unwrap();
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&["app"]);
        assert!(jsonwebtoken::decode::<serde_json::Value>(&token, &decoding, &validation).is_ok());
        let read: Option<serde_json::Value> = keys.verify(&token, ISS, Some("app"), false);
        assert_eq!(read.unwrap()["sub"], "u1");
        assert!(
            without
                .verify::<serde_json::Value>(&token, ISS, None, false)
                .is_none(),
            "no RSA key, no RS256"
        );
        // Not the private key, which a JWK would carry as `d`.
        assert!(rsa.get("d").is_none());
        for bad in [
            "",
            "not a key",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
        ] {
            assert!(OidcKeys::derive(&[9; 32], 1).with_rs256(1, bad).is_none());
        }
    }

    /// A rotation: a token signed at one generation verifies at the next
    /// (and the next's at the one before), since each publishes the
    /// other's key; two generations apart, it does not. The JWKS lists
    /// three generations at most, with distinct ids.
    #[test]
    fn neighbouring_generations_verify_each_others_tokens() {
        let claims =
            serde_json::json!({ "iss": ISS, "sub": "u1", "aud": "app", "exp": far_future() });
        let at = |g: u32| OidcKeys::derive(&[9; 32], g);
        let (one, two, three) = (at(1), at(2), at(3));
        for (signer, reader, reads) in [
            (&one, &two, true),
            (&two, &one, true),
            (&two, &three, true),
            (&one, &three, false),
            (&three, &one, false),
        ] {
            let token = signer.sign(OidcAlg::ES256, "JWT", &claims).unwrap();
            let read: Option<serde_json::Value> = reader.verify(&token, ISS, Some("app"), false);
            assert_eq!(
                read.is_some(),
                reads,
                "{} read by {}",
                signer.generation,
                reader.generation
            );
        }
        let kids: std::collections::BTreeSet<String> = two
            .jwks()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(kids.len(), 3);
        // Generation 1 signs with its own key, the one before generations.
        let signed = one.sign(OidcAlg::ES256, "JWT", &claims).unwrap();
        let kid = jsonwebtoken::decode_header(&signed).unwrap().kid.unwrap();
        assert_eq!(kid, one.es256[0].1.kid);
        assert_eq!(super::published(1), [1, 2]);
        assert_eq!(super::published(5), [4, 5, 6]);
    }
}
