//! The secrets that travel, and their text forms.
//!
//! - [`QrToken`]: 128 random bits, base64url without padding (22 characters).
//!   It is the only thing a QR code carries.
//! - [`BindingSecret`]: 256 bits in the requesting browser's HttpOnly
//!   `qr_bind` cookie (`__Host-qr_bind` over https): when it was issued,
//!   64 random bits, and a MAC under the server's key over both, so the
//!   server knows a binding it handed out without storing anything.
//! - [`HoldSecret`], and an app's [`AuthCode`], [`RefreshToken`] and
//!   [`DeviceCode`]: random bits, base64url.
//!
//! None implements `Serialize`, so none can end up in a response body by
//! accident; the store only ever sees their SHA-256 digests ([`QrToken::digest`]).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Characters of a token in its text form.
pub const QR_TOKEN_LEN: usize = 22;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not of the token's form")]
pub struct TokenFormatError;

macro_rules! secret {
    ($(#[$doc:meta])* $name:ident, $bytes:expr) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq)]
        pub struct $name([u8; $bytes]);

        impl $name {
            /// Wraps bytes from a cryptographic random source.
            pub fn from_random(bytes: [u8; $bytes]) -> Self {
                Self(bytes)
            }

            /// Reads the text form; anything else, trailing bits included, is refused.
            pub fn parse(text: &str) -> Result<Self, TokenFormatError> {
                let mut bytes = [0u8; $bytes];
                match URL_SAFE_NO_PAD.decode_slice(text.as_bytes(), &mut bytes) {
                    Ok(n) if n == $bytes && text.len() == encoded_len($bytes) => Ok(Self(bytes)),
                    _ => Err(TokenFormatError),
                }
            }

            /// The text form that travels (QR payload, cookie value).
            pub fn encode(&self) -> String {
                URL_SAFE_NO_PAD.encode(self.0)
            }

            /// Hex SHA-256: the only form the store keeps.
            pub fn digest(&self) -> String {
                sha256_hex(&self.0)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($name), "(redacted)"))
            }
        }
    };
}

secret!(
    /// The one-time token shown in the QR code.
    QrToken,
    16
);
secret!(
    /// The one-time authorization code an app trades for its tokens
    /// (OpenID Connect).
    AuthCode,
    32
);
secret!(
    /// An app's refresh token (OpenID Connect): traded for new tokens,
    /// and for a new one of itself, each time.
    RefreshToken,
    32
);
secret!(
    /// What a device signing in by the phone keeps (RFC 8628's
    /// `device_code`): it asks with it whether the phone approved, and it
    /// is the device's binding secret, as a browser's `qr_bind` is.
    DeviceCode,
    32
);
secret!(
    /// What a phone that opened a code before signing in keeps (cookie
    /// `qr_hold`): the code waits for the phone holding it.
    HoldSecret,
    16
);
secret!(
    /// The per-page secret that binds a challenge to the browser that showed it.
    BindingSecret,
    32
);

impl DeviceCode {
    /// The digest its challenge and web session are bound by: tagged, so
    /// that no browser's binding secret (whose digest is the plain SHA-256
    /// of its bytes) can ever match a device's, even with the same bytes.
    pub fn binding_digest(&self) -> String {
        let mut tagged = b"qr-login device binding\0".to_vec();
        tagged.extend_from_slice(&self.0);
        sha256_hex(&tagged)
    }
}

/// How far ahead of this node's clock another node's may run.
pub const CLOCK_SKEW_SECS: u64 = 300;

impl BindingSecret {
    /// A binding issued at `issued_at` (Unix seconds), sealed with `key`.
    pub fn issue(key: &[u8], issued_at: u64, random: [u8; 8]) -> Self {
        let mut bytes = [0; 32];
        bytes[..8].copy_from_slice(&issued_at.to_be_bytes());
        bytes[8..16].copy_from_slice(&random);
        let seal = binding_mac(key, &bytes[..16]).finalize().into_bytes();
        bytes[16..].copy_from_slice(&seal[..16]);
        Self(bytes)
    }

    /// True when `key` sealed this binding no more than `lifetime` seconds
    /// before `now`: one this server handed out, not one a client chose.
    /// Another node's clock may run a little ahead ([`CLOCK_SKEW_SECS`]).
    pub fn issued_by(&self, key: &[u8], now: u64, lifetime: u64) -> bool {
        let mut issued_at = [0; 8];
        issued_at.copy_from_slice(&self.0[..8]);
        let issued_at = u64::from_be_bytes(issued_at);
        issued_at <= now.saturating_add(CLOCK_SKEW_SECS)
            && now.saturating_sub(issued_at) <= lifetime
            && binding_mac(key, &self.0[..16])
                .verify_truncated_left(&self.0[16..])
                .is_ok()
    }
}

fn binding_mac(key: &[u8], sealed: &[u8]) -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"));
    mac.update(b"qr-login binding v1\0");
    mac.update(sealed);
    mac
}

const fn encoded_len(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
}

/// Hex HMAC-SHA-256 under `key` of `parts`, one after the other.
pub fn keyed_hex(key: &[u8], parts: &[&[u8]]) -> String {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"));
    for part in parts {
        mac.update(part);
    }
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// SHA-256 of `bytes` in lower-case hex: how every secret is stored.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_device_code_is_bound_by_a_digest_no_browser_binding_has() {
        let bytes = [9; 32];
        let device = DeviceCode::from_random(bytes);
        let binding = BindingSecret::from_random(bytes);
        assert_ne!(device.binding_digest(), binding.digest());
        assert_ne!(device.binding_digest(), device.digest());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn any_text_either_is_refused_or_is_exactly_one_token(text in any::<String>()) {
            if let Ok(token) = QrToken::parse(&text) {
                prop_assert_eq!(token.encode(), text.clone());
            }
            if let Ok(secret) = BindingSecret::parse(&text) {
                prop_assert_eq!(secret.encode(), text);
            }
        }

        #[test]
        fn near_misses_of_a_real_token_are_refused(bytes in any::<[u8; 16]>(), at in 0usize..22, c in any::<char>()) {
            let good = QrToken::from_random(bytes).encode();
            let mut chars: Vec<char> = good.chars().collect();
            chars[at] = c;
            let changed: String = chars.into_iter().collect();
            match QrToken::parse(&changed) {
                Ok(token) => prop_assert_eq!(token.encode(), changed),
                Err(TokenFormatError) => prop_assert_ne!(changed, good),
            }
        }
    }

    #[test]
    fn token_text_is_22_base64url_characters() {
        let token = QrToken::from_random([0xfb; 16]);
        let text = token.encode();
        assert_eq!(text.len(), QR_TOKEN_LEN);
        assert!(text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(QrToken::parse(&text), Ok(token));
    }

    #[test]
    fn malformed_tokens_are_refused() {
        let good = QrToken::from_random([7; 16]).encode();
        let padded = format!("{good}==");
        let short = &good[..21];
        let plus = good.replacen(|c: char| c.is_ascii_alphanumeric(), "+", 1);
        // The last character carries 2 bits; nonzero trailing bits are another spelling.
        let mut trailing = good.clone();
        trailing.pop();
        trailing.push('B');
        for bad in [
            "",
            short,
            &padded,
            &plus,
            &trailing,
            "aaaaaaaaaaaaaaaaaaaaa!",
        ] {
            assert_eq!(QrToken::parse(bad), Err(TokenFormatError), "{bad:?}");
        }
    }

    #[test]
    fn a_binding_is_known_by_its_key_until_its_lifetime_ends() {
        let key = [9; 32];
        let binding = BindingSecret::issue(&key, 1_000, [3; 8]);
        assert!(binding.issued_by(&key, 1_000, 60));
        assert!(binding.issued_by(&key, 1_060, 60));
        assert!(!binding.issued_by(&key, 1_061, 60), "too old");
        assert!(
            binding.issued_by(&key, 990, 60),
            "from a node a little ahead"
        );
        assert!(
            !binding.issued_by(&key, 699, 60),
            "from further in the future"
        );
        assert!(!binding.issued_by(&[8; 32], 1_000, 60), "another key");
        let mut forged = binding.0;
        forged[0] ^= 1;
        assert!(!BindingSecret(forged).issued_by(&key, 1_000, 60));
        assert!(!BindingSecret::from_random([7; 32]).issued_by(&key, 1_000, u64::MAX));
        assert_ne!(binding, BindingSecret::issue(&key, 1_000, [4; 8]));
    }

    #[test]
    fn binding_secret_is_256_bits() {
        let secret = BindingSecret::from_random([1; 32]);
        assert_eq!(secret.encode().len(), 43);
        assert_eq!(BindingSecret::parse(&secret.encode()), Ok(secret.clone()));
        assert!(QrToken::parse(&secret.encode()).is_err());
    }

    #[test]
    fn digest_is_sha256_hex_and_hides_the_secret() {
        let token = QrToken::from_random([0; 16]);
        // SHA-256 of sixteen zero bytes.
        assert_eq!(
            token.digest(),
            "374708fff7719dd5979ec875d56cd2286f6d3cf7ec317a3b25632aab28ec37bb"
        );
        assert!(!format!("{token:?}").contains(&token.encode()));
    }
}
