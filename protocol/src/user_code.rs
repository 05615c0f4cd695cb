//! The code a person types when the phone cannot scan (RFC 8628's
//! `user_code`): 8 letters from 20 consonants that cannot be mistaken for
//! one another or spell a word, shown as `BCDF-GHJK`. 20^8 codes are about
//! 34.5 bits: few enough to type, so the server limits how many wrong codes
//! an address or an account may try (see `auth/src/challenges/mod.rs`).
//!
//! A code names a challenge exactly as its QR token does, and lives exactly
//! as long. The store keeps only a keyed digest ([`UserCode::digest`]): a
//! plain hash of 34.5 bits would be reversed in seconds by anyone holding a
//! copy of the store.

use super::token::{keyed_hex, QrToken, TokenFormatError};

/// RFC 8628 §6.1's example alphabet: no vowels, no digits.
pub const ALPHABET: &[u8; 20] = b"BCDFGHJKLMNPQRSTVWXZ";
/// Letters of a code.
pub const USER_CODE_LEN: usize = 8;
/// How many codes there are: 20^8.
pub const USER_CODES: u64 = 20u64.pow(USER_CODE_LEN as u32);

#[derive(Clone, PartialEq, Eq)]
pub struct UserCode([u8; USER_CODE_LEN]);

impl UserCode {
    /// The code numbered by `random` (from a cryptographic source); the
    /// modulo's bias is below one in 10^8.
    pub fn from_random(random: u64) -> Self {
        Self(letters(u128::from(random % USER_CODES)))
    }

    /// Reads what a person typed: case, spaces and dashes do not matter;
    /// anything else that is not 8 letters of the alphabet is refused.
    pub fn parse(text: &str) -> Result<Self, TokenFormatError> {
        typed_letters(text).map(Self)
    }

    /// `BCDF-GHJK`: how the screen shows it.
    pub fn display(&self) -> String {
        let text = self.compact();
        format!("{}-{}", &text[..4], &text[4..])
    }

    /// `BCDFGHJK`: its form in a page address.
    pub fn compact(&self) -> String {
        self.0.iter().map(|&b| char::from(b)).collect()
    }

    /// Hex HMAC-SHA-256 under the server's `key`: the only form the store keeps.
    pub fn digest(&self, key: &[u8]) -> String {
        keyed_hex(key, &[&self.0])
    }
}

/// `N` letters of [`ALPHABET`] numbered by `random` (base 20, the last
/// letter first): how the codes people type are drawn.
pub(super) fn letters<const N: usize>(mut random: u128) -> [u8; N] {
    let mut letters = [0u8; N];
    for letter in letters.iter_mut().rev() {
        *letter = ALPHABET[(random % 20) as usize];
        random /= 20;
    }
    letters
}

/// Exactly `N` letters of [`ALPHABET`] as a person typed them: case,
/// spaces and dashes do not matter; anything else is refused.
pub(super) fn typed_letters<const N: usize>(text: &str) -> Result<[u8; N], TokenFormatError> {
    let mut letters = [0u8; N];
    let mut count = 0;
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        let upper = c.to_ascii_uppercase();
        if count == N || !upper.is_ascii() || !ALPHABET.contains(&(upper as u8)) {
            return Err(TokenFormatError);
        }
        letters[count] = upper as u8;
        count += 1;
    }
    if count == N {
        Ok(letters)
    } else {
        Err(TokenFormatError)
    }
}

impl std::fmt::Debug for UserCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UserCode(redacted)")
    }
}

/// How a phone names the challenge it acts on: the token its camera read
/// from the QR, or the code its user typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoginCode {
    Scanned(QrToken),
    Typed(UserCode),
}

/// Why what a person entered is not a code ([`LoginCode::entered`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entered {
    /// Characters that no code has (each once, as typed, capitalised).
    Outside(String),
    /// Letters of the alphabet, but not 8 of them: how many.
    Length(usize),
    /// A link, but not to a login code.
    NoCodeInLink,
}

/// Why a phone's request names no challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LoginCodeError {
    #[error("send either token or userCode")]
    Missing,
    #[error("not a login code")]
    Malformed,
}

impl From<TokenFormatError> for LoginCodeError {
    fn from(_: TokenFormatError) -> Self {
        Self::Malformed
    }
}

impl LoginCode {
    /// A page address or form field (`/l/{token}`, `/l/{code}`): either form.
    pub fn parse(text: &str) -> Result<Self, TokenFormatError> {
        let text = text.trim();
        QrToken::parse(text)
            .map(Self::Scanned)
            .or_else(|_| UserCode::parse(text).map(Self::Typed))
    }

    /// A JSON request's `token` and `userCode`: exactly one of them.
    pub fn from_fields(
        token: Option<&str>,
        user_code: Option<&str>,
    ) -> Result<Self, LoginCodeError> {
        match (token, user_code) {
            (Some(token), None) => Ok(Self::Scanned(QrToken::parse(token.trim())?)),
            (None, Some(code)) => Ok(Self::Typed(UserCode::parse(code)?)),
            _ => Err(LoginCodeError::Missing),
        }
    }

    /// What a person entered where a code goes (`/link`): the typed code,
    /// or a QR's link pasted whole (`…/l/{token}`); else what is wrong with
    /// it, in terms the page can say.
    pub fn entered(text: &str) -> Result<Self, Entered> {
        let text = text.trim();
        if let Ok(code) = Self::parse(text) {
            return Ok(code);
        }
        if let Some((_, tail)) = text.rsplit_once("/l/") {
            let path = tail.split(['?', '#']).next().unwrap_or_default();
            return Self::parse(path).map_err(|_| Entered::NoCodeInLink);
        }
        let letters: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let mut outside = String::new();
        for c in letters
            .iter()
            .filter(|c| !c.is_ascii() || !ALPHABET.contains(&(**c as u8)))
        {
            if !outside.contains(*c) {
                outside.push(*c);
            }
        }
        Err(if outside.is_empty() {
            Entered::Length(letters.len())
        } else {
            Entered::Outside(outside)
        })
    }

    /// Its form in a page address: `/l/{this}`.
    pub fn path_form(&self) -> String {
        match self {
            Self::Scanned(token) => token.encode(),
            Self::Typed(code) => code.compact(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn every_code_reads_back_in_each_of_its_spellings(random in any::<u64>()) {
            let code = UserCode::from_random(random);
            let shown = code.display();
            prop_assert_eq!(shown.len(), 9);
            prop_assert_eq!(UserCode::parse(&shown), Ok(code.clone()));
            prop_assert_eq!(UserCode::parse(&shown.to_lowercase()), Ok(code.clone()));
            prop_assert_eq!(UserCode::parse(&code.compact()), Ok(code.clone()));
            let spaced = format!(" {} {} ", &shown[..4], &shown[5..]);
            prop_assert_eq!(UserCode::parse(&spaced), Ok(code));
        }

        #[test]
        fn any_text_is_refused_or_names_one_code(text in any::<String>()) {
            if let Ok(code) = UserCode::parse(&text) {
                let kept: String = text
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '-')
                    .collect();
                prop_assert_eq!(kept.to_ascii_uppercase(), code.compact());
            }
        }
    }

    #[test]
    fn codes_use_only_the_alphabet_and_cover_it() {
        assert_eq!(UserCode::from_random(0).display(), "BBBB-BBBB");
        assert_eq!(UserCode::from_random(USER_CODES - 1).display(), "ZZZZ-ZZZZ");
        assert_eq!(UserCode::from_random(USER_CODES), UserCode::from_random(0));
        assert_eq!(UserCode::from_random(21).compact(), "BBBBBBCC");
    }

    #[test]
    fn look_alikes_digits_and_wrong_lengths_are_refused() {
        for bad in [
            "",
            "BCDF-GHJ",
            "BCDF-GHJKL",
            "BCDF-GHJ0",
            "BCDF-GHJA",
            "BCDF-GHJI",
            "BCDF_GHJK",
            "BCDF-GHJÉ",
            "ＢCDF-GHJK",
        ] {
            assert_eq!(UserCode::parse(bad), Err(TokenFormatError), "{bad:?}");
        }
    }

    #[test]
    fn what_a_person_enters_is_read_or_said_wrong_in_their_terms() {
        let token = QrToken::from_random([7; 16]).encode();
        let scanned = LoginCode::parse(&token).unwrap();
        for link in [
            format!("https://example.com/l/{token}"),
            format!("  http://127.0.0.1:3000/l/{token}?from=mail#top "),
        ] {
            assert_eq!(LoginCode::entered(&link), Ok(scanned.clone()));
        }
        assert_eq!(
            LoginCode::entered("bcdf ghjk"),
            Ok(LoginCode::parse("BCDFGHJK").unwrap())
        );
        assert_eq!(
            LoginCode::entered("https://example.com/l/nothing"),
            Err(Entered::NoCodeInLink)
        );
        assert_eq!(
            LoginCode::entered("hello-1a2"),
            Err(Entered::Outside("EO1A2".into()))
        );
        assert_eq!(LoginCode::entered("BCD-FGH"), Err(Entered::Length(6)));
        assert_eq!(LoginCode::entered(""), Err(Entered::Length(0)));
        assert_eq!(LoginCode::entered("BCDF-GHJK-L"), Err(Entered::Length(9)));
    }

    #[test]
    fn the_digest_depends_on_the_key_and_hides_the_code() {
        let code = UserCode::parse("BCDF-GHJK").unwrap();
        let (one, two) = (code.digest(b"key one"), code.digest(b"key two"));
        assert_eq!(one.len(), 64);
        assert_ne!(one, two);
        assert_eq!(one, code.digest(b"key one"));
        assert!(!format!("{code:?}").contains("BCDF"));
    }

    #[test]
    fn a_page_address_holds_either_form_and_a_request_exactly_one() {
        let token = QrToken::from_random([3; 16]);
        let code = UserCode::parse("bcdf ghjk").unwrap();
        assert_eq!(
            LoginCode::parse(&token.encode()),
            Ok(LoginCode::Scanned(token.clone()))
        );
        assert_eq!(
            LoginCode::parse("BCDFGHJK"),
            Ok(LoginCode::Typed(code.clone()))
        );
        assert_eq!(LoginCode::Typed(code.clone()).path_form(), "BCDFGHJK");
        assert_eq!(LoginCode::parse("hello"), Err(TokenFormatError));
        let text = token.encode();
        assert_eq!(
            LoginCode::from_fields(Some(&text), None),
            Ok(LoginCode::Scanned(token))
        );
        assert_eq!(
            LoginCode::from_fields(None, Some("BCDF-GHJK")),
            Ok(LoginCode::Typed(code))
        );
        assert_eq!(
            LoginCode::from_fields(Some(&text), Some("BCDF-GHJK")),
            Err(LoginCodeError::Missing)
        );
        assert_eq!(
            LoginCode::from_fields(None, None),
            Err(LoginCodeError::Missing)
        );
        assert_eq!(
            LoginCode::from_fields(None, Some("BCDF-GHJ0")),
            Err(LoginCodeError::Malformed)
        );
    }
}
