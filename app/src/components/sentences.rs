//! What a person reads when something went wrong: a sentence written for
//! them, never an API code or a developer's message.

use i18n::tr;
use protocol::ErrorCode;

use crate::language::{lang, Lang};

/// Where the person was when it happened; the same code can mean another
/// thing (a 401 on the sign-in form is a wrong password).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    SignIn,
    SignUp,
    Code,
    Account,
    Password,
    /// `/passkeys`: adding or removing one, after the password.
    Passkeys,
    /// `/recover`: a new password with a recovery code.
    Recover,
    /// The computer's browser (`/api/session…`): its session, not a phone's.
    Browser,
}

/// "15 minutes", "a minute", "30 seconds".
pub fn wait(seconds: u64) -> String {
    wait_in(lang(), seconds)
}

fn wait_in(lang: Lang, seconds: u64) -> String {
    match seconds {
        0..=59 => tr!(lang, "wait-seconds", n = seconds),
        60..=119 => tr!(lang, "wait-a-minute"),
        _ => tr!(lang, "wait-minutes", n = seconds.div_ceil(60)),
    }
}

/// The sentence for `code` at `place`; `retry` is how long the server asked
/// to wait, where it said.
pub fn sentence(code: ErrorCode, place: Place, retry: Option<u64>) -> String {
    sentence_in(lang(), code, place, retry)
}

/// [`sentence`] in `lang`: also the JSON API's `message`, in the language
/// its caller asks for.
pub fn sentence_in(lang: Lang, code: ErrorCode, place: Place, retry: Option<u64>) -> String {
    let later = || match retry {
        Some(seconds) => tr!(lang, "error-later-in", wait = wait_in(lang, seconds)),
        None => tr!(lang, "error-later-soon"),
    };
    match (code, place) {
        (ErrorCode::Unauthorized, Place::SignIn) => tr!(lang, "error-sign-in-mismatch"),
        (ErrorCode::Unauthorized, Place::Password) => tr!(lang, "error-password-wrong"),
        (ErrorCode::Unauthorized, Place::Passkeys) => tr!(lang, "error-passkeys-password-wrong"),
        (ErrorCode::Unauthorized, Place::Recover) => tr!(lang, "error-recover-mismatch"),
        (ErrorCode::Unauthorized, Place::Browser) => tr!(lang, "error-browser-signed-out"),
        (ErrorCode::Unauthorized, _) => tr!(lang, "error-sign-in-first"),
        (ErrorCode::RateLimited, Place::SignIn | Place::Recover) => {
            tr!(lang, "error-sign-in-rate-limited", later = later())
        }
        (ErrorCode::RateLimited, Place::SignUp) => {
            tr!(lang, "error-sign-up-rate-limited", later = later())
        }
        (ErrorCode::RateLimited, _) => tr!(lang, "error-rate-limited", later = later()),
        (ErrorCode::UsernameTaken, _) => tr!(lang, "error-username-taken"),
        (ErrorCode::BadRequest, Place::SignUp) => tr!(lang, "error-sign-up-bad"),
        (ErrorCode::BadRequest, Place::Password | Place::Recover) => {
            tr!(lang, "error-new-password-bad")
        }
        (ErrorCode::BadRequest, Place::Passkeys) => tr!(lang, "error-passkey-bad"),
        (ErrorCode::BadRequest, _) => tr!(lang, "error-bad-request"),
        (ErrorCode::InvalidQr, _) => tr!(lang, "error-invalid-qr"),
        (ErrorCode::Expired, _) => tr!(lang, "error-expired"),
        (ErrorCode::AlreadyUsed, _) => tr!(lang, "error-already-used"),
        (ErrorCode::AlreadyApproved, _) => tr!(lang, "error-already-approved"),
        (ErrorCode::SessionLimit, _) => tr!(lang, "error-session-limit"),
        (ErrorCode::WrongNumber, _) => tr!(lang, "error-wrong-number"),
        (ErrorCode::PasskeyRequired, Place::Passkeys) => tr!(lang, "error-passkey-needs-script"),
        (ErrorCode::PasskeyRequired, _) => tr!(lang, "error-passkey-required"),
        (ErrorCode::PasskeyRefused, Place::SignIn) => tr!(lang, "error-passkey-sign-in-refused"),
        (ErrorCode::PasskeyRefused, Place::Passkeys) => tr!(lang, "error-passkey-add-refused"),
        (ErrorCode::PasskeyRefused, Place::Browser) => tr!(lang, "error-passkey-browser-refused"),
        (ErrorCode::PasskeyRefused, _) => tr!(lang, "error-passkey-refused"),
        (ErrorCode::NotFound, _) => tr!(lang, "error-not-found"),
        (ErrorCode::Unavailable, _) => tr!(lang, "error-unavailable", later = later()),
        (ErrorCode::Timeout, _) => tr!(lang, "error-timeout"),
        (ErrorCode::CrossSite, _) => tr!(lang, "error-cross-site"),
        (ErrorCode::BindingMismatch, Place::Browser) => tr!(lang, "error-browser-reload"),
        (ErrorCode::TooLarge | ErrorCode::BindingMismatch | ErrorCode::Internal, _) => {
            tr!(lang, "error-internal")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_sentence_that_reads_like_one() {
        for code in ErrorCode::ALL {
            for place in [
                Place::SignIn,
                Place::SignUp,
                Place::Code,
                Place::Account,
                Place::Password,
                Place::Passkeys,
                Place::Recover,
                Place::Browser,
            ] {
                for lang in Lang::ALL {
                    let text = sentence_in(lang, code, place, Some(900));
                    assert!(!text.starts_with("error-"), "{lang:?} lacks {text}");
                    assert!(!text.contains('_'), "no API code in {text}");
                    assert!(
                        text.ends_with(['.', '\u{3002}', '\u{0964}']),
                        "{lang:?}: {text}"
                    );
                }
                let text = sentence(code, place, Some(900));
                assert!(text.starts_with(char::is_uppercase), "{text}");
            }
        }
        assert!(sentence(ErrorCode::RateLimited, Place::SignIn, Some(900)).contains("15 minutes"));
        assert_eq!(
            ErrorCode::named("rate_limited"),
            Some(ErrorCode::RateLimited)
        );
        assert_eq!(ErrorCode::named("nonsense"), None);
    }
}
