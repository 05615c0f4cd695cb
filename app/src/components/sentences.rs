//! What a person reads when something went wrong: a sentence written for
//! them, never an API code or a developer's message.

use protocol::ErrorCode;

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
}

/// "15 minutes", "a minute", "30 seconds".
pub fn wait(seconds: u64) -> String {
    match seconds {
        0..=59 => format!("{seconds} seconds"),
        60..=119 => "a minute".into(),
        _ => format!("{} minutes", seconds.div_ceil(60)),
    }
}

/// The sentence for `code` at `place`; `retry` is how long the server asked
/// to wait, where it said.
pub fn sentence(code: ErrorCode, place: Place, retry: Option<u64>) -> String {
    let later = retry.map_or("in a little while".into(), |s| format!("in {}", wait(s)));
    match (code, place) {
        (ErrorCode::Unauthorized, Place::SignIn) => {
            "That username and password do not match. Check them and try again.".into()
        }
        (ErrorCode::Unauthorized, Place::Password) => {
            "Your current password is not right. Nothing was changed.".into()
        }
        (ErrorCode::Unauthorized, Place::Passkeys) => {
            "That password is not right. Nothing was changed.".into()
        }
        (ErrorCode::Unauthorized, Place::Recover) => "That username and recovery code do not \
             match, or the code was used already. Nothing was changed."
            .into(),
        (ErrorCode::Unauthorized, _) => "Please sign in on this phone first.".into(),
        (ErrorCode::RateLimited, Place::SignIn | Place::Recover) => {
            format!("Too many attempts to sign in. For your safety, try again {later}.")
        }
        (ErrorCode::RateLimited, Place::SignUp) => {
            format!("Too many accounts were created from this network. Try again {later}.")
        }
        (ErrorCode::RateLimited, _) => format!("That was too many tries. Try again {later}."),
        (ErrorCode::UsernameTaken, _) => {
            "Someone already uses that username. Choose another one.".into()
        }
        (ErrorCode::BadRequest, Place::SignUp) => "A username has 3 to 32 letters, digits, dots, \
             dashes or underscores, and a password has at least 8 characters."
            .into(),
        (ErrorCode::BadRequest, Place::Password | Place::Recover) => {
            "A new password has at least 8 characters. Nothing was changed.".into()
        }
        (ErrorCode::BadRequest, Place::Passkeys) => "This account has this passkey already, or \
             as many as it may have (10): remove one first. Nothing was changed."
            .into(),
        (ErrorCode::BadRequest, _) => {
            "Something in that form was not filled in as it should be. Check it and try again."
                .into()
        }
        (ErrorCode::InvalidQr, _) => "This link is not a login code of this site.".into(),
        (ErrorCode::Expired, _) => "This code has expired. The computer shows a new one by \
             itself: scan that one."
            .into(),
        (ErrorCode::AlreadyUsed, _) => "This code was used already: it works once. If the \
             computer is not signed in, scan the new code on its screen."
            .into(),
        (ErrorCode::AlreadyApproved, _) => "You approved this code already: that computer is \
             logged in. There is nothing more to do."
            .into(),
        (ErrorCode::SessionLimit, _) => "This account is logged in on as many browsers as it may \
             be. Choose one below to log out, then tap Log in again."
            .into(),
        (ErrorCode::WrongNumber, _) => "That is not the number on the computer's screen, so \
             the login was refused and nothing was logged in. If you are at that computer, \
             scan its new code and pick the number it shows."
            .into(),
        (ErrorCode::PasskeyRequired, Place::Passkeys) => {
            "Adding a passkey needs JavaScript: turn it on for this site and try again.".into()
        }
        (ErrorCode::PasskeyRequired, _) => "This login needs your passkey and none was given, \
             so nothing was approved. Tap Log in and confirm with your passkey (this needs \
             JavaScript on)."
            .into(),
        (ErrorCode::PasskeyRefused, Place::SignIn) => {
            "The passkey did not sign you in. Try again, or sign in with your password.".into()
        }
        (ErrorCode::PasskeyRefused, Place::Passkeys) => "The passkey was not added: the phone \
             did not confirm it. Nothing was changed. Try again."
            .into(),
        (ErrorCode::PasskeyRefused, _) => "Your passkey did not confirm this login, so nothing \
             was approved. Tap Log in to try again."
            .into(),
        (ErrorCode::NotFound, _) => "That is not there any more. It may have ended already.".into(),
        (ErrorCode::Unavailable, _) => {
            format!(
                "The service is busy or cannot be reached. Nothing was changed. Try again {later}."
            )
        }
        (ErrorCode::Timeout, _) => "That took too long. Nothing was changed. Try again.".into(),
        (ErrorCode::CrossSite, _) => {
            "That request did not come from this site's own page, so it was refused.".into()
        }
        (ErrorCode::TooLarge | ErrorCode::BindingMismatch | ErrorCode::Internal, _) => {
            "Something went wrong on our side. Nothing was changed. Please try again.".into()
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
            ] {
                let text = sentence(code, place, Some(900));
                assert!(text.starts_with(char::is_uppercase), "{text}");
                assert!(text.ends_with('.'), "{text}");
                assert!(!text.contains('_'), "no API code in {text}");
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
