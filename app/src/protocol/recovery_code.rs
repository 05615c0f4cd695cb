//! Recovery codes: the way back into an account whose password is lost.
//! Each is 12 letters of the typed code's alphabet (`user_code::ALPHABET`),
//! shown as `BCDF-GHJK-LMNP`: 20^12 codes, about 51.9 bits, and every try is
//! counted with the sign-in attempts of its username. The account keeps only
//! keyed digests ([`RecoveryCode::digest`]), each bound to the account, and
//! each code works once.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::token::TokenFormatError;
use super::user_code::ALPHABET;

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
        let mut rest = random;
        let mut letters = [0u8; RECOVERY_CODE_LEN];
        for letter in letters.iter_mut().rev() {
            *letter = ALPHABET[(rest % 20) as usize];
            rest /= 20;
        }
        Self(letters)
    }

    /// Reads what a person typed: case, spaces and dashes do not matter.
    pub fn parse(text: &str) -> Result<Self, TokenFormatError> {
        let mut letters = [0u8; RECOVERY_CODE_LEN];
        let mut count = 0;
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let upper = c.to_ascii_uppercase();
            if count == RECOVERY_CODE_LEN || !upper.is_ascii() || !ALPHABET.contains(&(upper as u8))
            {
                return Err(TokenFormatError);
            }
            letters[count] = upper as u8;
            count += 1;
        }
        if count == RECOVERY_CODE_LEN {
            Ok(Self(letters))
        } else {
            Err(TokenFormatError)
        }
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
        // HMAC takes a key of any length.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
            .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"));
        mac.update(b"qr-login recovery code v1\0");
        mac.update(user_id.as_bytes());
        mac.update(b"\0");
        mac.update(&self.0);
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
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
