//! Number matching (`NUMBER_MATCHING=true`): once a phone has opened the
//! code, the computer shows a two-digit number and the phone offers three;
//! only the one on the computer's screen approves, and a wrong pick denies
//! the code. A person relaying someone else's QR (QRLJacking) does not see
//! that number, so a victim tricked into scanning it picks right only by
//! chance, once, and the code is spent either way.

use serde::{Deserialize, Serialize};

/// The numbers of one challenge, drawn with it and never changed: a phone
/// that opens the code again sees the same three (a new draw each time would
/// show the right one as the only number every draw has in common).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct NumberMatch {
    /// What the computer shows once scanned.
    pub shown: u8,
    /// What the phone offers, `shown` among them, in this order.
    pub choices: [u8; 3],
}

/// Why an approval's number does not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("pick the number the computer shows")]
    Missing,
    #[error("that is not the number the computer shows")]
    Wrong,
}

const LOWEST: u16 = 10;
const HOW_MANY: u16 = 90; // 10..=99

impl NumberMatch {
    /// Three different numbers from 10 to 99 and which is shown, from
    /// random bytes (the modulo's bias is below 1 in 700).
    pub fn from_random(bytes: [u8; 8]) -> Self {
        let word = |i: usize| u16::from_le_bytes([bytes[2 * i], bytes[2 * i + 1]]);
        let first = word(0) % HOW_MANY;
        let second = (first + 1 + word(1) % (HOW_MANY - 1)) % HOW_MANY;
        // The k-th value that is neither of the two.
        let mut k = word(2) % (HOW_MANY - 2);
        let mut third = 0;
        for value in 0..HOW_MANY {
            if value == first || value == second {
                continue;
            }
            if k == 0 {
                third = value;
                break;
            }
            k -= 1;
        }
        let number = |v: u16| u8::try_from(v + LOWEST).unwrap_or(u8::MAX);
        let choices = [number(first), number(second), number(third)];
        Self {
            shown: choices[usize::from(word(3) % 3)],
            choices,
        }
    }

    /// Whether `picked` approves.
    pub fn check(&self, picked: Option<u8>) -> Result<(), NumberError> {
        match picked {
            None => Err(NumberError::Missing),
            Some(n) if n == self.shown => Ok(()),
            Some(_) => Err(NumberError::Wrong),
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
        fn three_different_two_digit_numbers_one_of_them_shown(bytes in any::<[u8; 8]>()) {
            let drawn = NumberMatch::from_random(bytes);
            let [a, b, c] = drawn.choices;
            prop_assert!(a != b && b != c && a != c, "{drawn:?}");
            for n in drawn.choices {
                prop_assert!((10..=99).contains(&n), "{drawn:?}");
            }
            prop_assert!(drawn.choices.contains(&drawn.shown));
            prop_assert_eq!(drawn.check(Some(drawn.shown)), Ok(()));
        }
    }

    #[test]
    fn only_the_shown_number_approves() {
        let drawn = NumberMatch {
            shown: 42,
            choices: [17, 42, 88],
        };
        assert_eq!(drawn.check(Some(42)), Ok(()));
        assert_eq!(drawn.check(Some(17)), Err(NumberError::Wrong));
        assert_eq!(drawn.check(Some(43)), Err(NumberError::Wrong));
        assert_eq!(drawn.check(None), Err(NumberError::Missing));
    }

    #[test]
    fn each_number_and_each_position_comes_up() {
        let mut seen = [false; 100];
        let mut positions = [false; 3];
        for i in 0u64..2_000 {
            let drawn =
                NumberMatch::from_random(i.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes());
            for n in drawn.choices {
                seen[usize::from(n)] = true;
            }
            let at = drawn
                .choices
                .iter()
                .position(|&n| n == drawn.shown)
                .unwrap();
            positions[at] = true;
        }
        assert!(
            seen[10..=99].iter().all(|&s| s),
            "every number from 10 to 99"
        );
        assert!(positions.iter().all(|&p| p));
    }
}
