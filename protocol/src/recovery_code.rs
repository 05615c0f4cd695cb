//! Recovery codes: the way back into an account whose password is lost.
//! Each is 12 letters of the typed code's alphabet (`user_code::ALPHABET`),
//! shown as `BCDF-GHJK-LMNP`: 20^12 codes, about 51.9 bits, and every try is
//! counted with the sign-in attempts of its username. The account keeps only
//! keyed digests ([`RecoveryCode::digest`]), each bound to the account, and
//! each code works once.

use super::token::keyed_hex;
use super::token::TokenFormatError;
use super::user_code::{letters, typed_letters};

/// Letters of a code.
pub const RECOVERY_CODE_LEN: usize = 12;
/// Codes an account gets at a time.
pub const RECOVERY_CODES: usize = 10;

#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode([u8; RECOVERY_CODE_LEN]);

impl RecoveryCode {
    /// The code numbered by `random` (from a cryptographic source): 128
    /// bits for 52, so the modulo's bias is below one in 10^22.
    pub fn from_random(random: u128) -> Self {
        Self(letters(random))
    }

    /// Reads what a person typed: case, spaces and dashes do not matter.
    pub fn parse(text: &str) -> Result<Self, TokenFormatError> {
        typed_letters(text).map(Self)
    }

    /// `BCDF-GHJK-LMNP`: how the page shows it.
    pub fn display(&self) -> String {
        let groups: Vec<String> = self
            .0
            .chunks(4)
            .map(|group| group.iter().map(|&b| char::from(b)).collect())
            .collect();
        groups.join("-")
    }

    /// Hex HMAC-SHA-256 under the server's `key`, of the account `user_id`
    /// and the code: the only form the store keeps, and one that matches in
    /// this account alone.
    pub fn digest(&self, key: &[u8], user_id: &str) -> String {
        let label = b"qr-login recovery code v1\0";
        keyed_hex(key, &[label, user_id.as_bytes(), b"\0", &self.0])
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(redacted)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        let code = RecoveryCode::from_random(123_456_789_012_345_678_901_234_567);
        let shown = code.display();
        assert_eq!(shown.len(), 14);
        assert_eq!(shown.matches('-').count(), 2);
        for typed in [
            shown.clone(),
            shown.to_lowercase(),
            shown.replace('-', " "),
            format!("  {}  ", shown.replace('-', "")),
        ] {
            assert_eq!(RecoveryCode::parse(&typed), Ok(code.clone()), "{typed}");
        }
        for bad in [
            "",
            "BCDF-GHJK-LMN",
            "BCDF-GHJK-LMNPQ",
            "BCDF-GHJK-LMNA",
            "BCDF-GHJK-LMN\u{e9}",
        ] {
            assert_eq!(RecoveryCode::parse(bad), Err(TokenFormatError), "{bad}");
        }
        assert!(!format!("{code:?}").contains(&shown[..4]));
    }

    #[test]
    fn a_digest_belongs_to_its_key_and_its_account() {
        let code = RecoveryCode::from_random(42);
        let digest = code.digest(b"key", "u1");
        assert_eq!(digest.len(), 64);
        assert_eq!(digest, code.digest(b"key", "u1"));
        assert_ne!(digest, code.digest(b"other", "u1"));
        assert_ne!(digest, code.digest(b"key", "u2"));
        assert_ne!(digest, RecoveryCode::from_random(43).digest(b"key", "u1"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn every_drawn_code_parses_back_and_any_text_parses_without_panic(
            random in any::<u128>(),
            text in any::<String>(),
        ) {
            let code = RecoveryCode::from_random(random);
            prop_assert_eq!(RecoveryCode::parse(&code.display()), Ok(code));
            if let Ok(parsed) = RecoveryCode::parse(&text) {
                prop_assert_eq!(parsed.display().len(), 14);
            }
        }
    }
}
