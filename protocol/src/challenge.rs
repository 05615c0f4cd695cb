//! A login challenge and its rules: states, one-time transitions, expiry.
//!
//! ```text
//! pending ──inspect──▶ scanned ──claim──▶ claimed ──confirm──▶ approved (final)
//!    │   └─────────claim───────┘ ▲  │        │
//!    │                           │  └unclaim─┘ (back to pending/scanned)
//!    └──────────deny─────────────┴──deny─────────────────────▶ denied   (final)
//! ```
//! Approving takes two steps because it also takes one of the account's
//! linked-browser places: the claim makes the approval this phone's alone,
//! the place is taken, then the claim is confirmed (or undone when there is
//! no place). A challenge past `expires_at` is expired whatever its stored
//! state says, unless an approval was already under way: expiry is decided
//! here, by the server's clock, never by the page's timer.
//!
//! A phone that opens a pending code before it is signed in may hold it: the
//! code then waits for that phone alone (the one holding the secret whose
//! digest is `holder`) for [`SIGN_IN_HOLD_MS`] from that moment, time to
//! sign in or sign up. A code is held once; the hold changes nothing else.

use serde::{Deserialize, Serialize};

use super::number_match::NumberMatch;
use super::wire::Requester;

/// How long the store keeps a challenge after it expired, so that a browser
/// which reconnects late still reads how it ended.
pub const RESULT_GRACE_MS: u64 = 60_000;

/// The same for a device's code (the device grant): the device polls every
/// few seconds, perhaps after being told to slow down, and an approval it
/// hears of too late would be a sign-in nobody can use.
pub const DEVICE_RESULT_GRACE_MS: u64 = 5 * 60_000;

/// How long a code waits for the phone that opened it before signing in.
pub const SIGN_IN_HOLD_MS: u64 = 5 * 60_000;

/// A code held for a phone that is signing in (see the module's notes).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Hold {
    /// SHA-256 (hex) of the phone's hold secret.
    pub holder: String,
    pub until: u64,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ChallengeState {
    Pending,
    Scanned {
        device_name: String,
    },
    /// A phone's approval is being completed (its linked-browser place is
    /// being taken). Nothing else can approve or deny it meanwhile.
    Claimed {
        user_id: String,
        session_id: String,
        /// Who scanned it before, to return to when the claim is undone.
        #[serde(default)]
        device_name: Option<String>,
    },
    /// `session_id` names the web session created for the requesting browser.
    Approved {
        user_id: String,
        session_id: String,
    },
    Denied,
}

/// Where a challenge stands at a given time: its state, with expiry applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pending,
    /// A phone opened the code and is signing in; the code waits for it
    /// until `until`.
    SigningIn {
        until: u64,
    },
    /// `number`: what the browser shows, with number matching.
    Scanned {
        device_name: String,
        number: Option<u8>,
        /// The display name of the account that scanned: whom the page
        /// asks to check their phone.
        who: Option<String>,
    },
    Approved {
        user_id: String,
        session_id: String,
    },
    Denied {
        wrong_number: bool,
    },
    Expired,
}

impl Outcome {
    /// The event's name when more may follow it (`qr_signing_in`,
    /// `qr_scanned`); `None` when the browser hears nothing more after it,
    /// or nothing yet.
    pub fn under_way(&self) -> Option<&'static str> {
        match self {
            Self::SigningIn { .. } => Some("qr_signing_in"),
            Self::Scanned { .. } => Some("qr_scanned"),
            _ => None,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub qr_id: String,
    /// SHA-256 (hex) of the requesting browser's binding secret.
    pub binding_digest: String,
    pub requester: Requester,
    pub created_at: u64,
    pub expires_at: u64,
    pub state: ChallengeState,
    /// Shown by a kiosk: its login is "this session only", with the kiosk's idle limit.
    #[serde(default)]
    pub kiosk: bool,
    /// With number matching: what the browser shows once scanned, and what
    /// the phone offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<NumberMatch>,
    /// The app (OpenID Connect client) this login signs in to, by the name
    /// people see; `None`: this site itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// That app's client id: what the person's consent is kept by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Shown by a device signing in to `app` (RFC 8628: a terminal, a TV),
    /// not a browser: it polls for its tokens and never gets a cookie.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub device: bool,
    /// Denied because the phone picked another number than the browser
    /// showed, rather than by its "Not me".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wrong_number: bool,
    /// When its state last changed (ms): a watcher that hears the change
    /// knows how long the news took.
    #[serde(default)]
    pub changed_at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold: Option<Hold>,
    /// The display name of the account whose phone scanned it last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scanned_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChallengeError {
    #[error("the QR code has expired")]
    Expired,
    #[error("the QR code was already used")]
    AlreadyUsed,
}

impl Challenge {
    pub fn new(
        qr_id: String,
        binding_digest: String,
        requester: Requester,
        now: u64,
        ttl_ms: u64,
        kiosk: bool,
    ) -> Self {
        Self {
            qr_id,
            binding_digest,
            requester,
            created_at: now,
            expires_at: now.saturating_add(ttl_ms),
            state: ChallengeState::Pending,
            kiosk,
            number: None,
            app: None,
            app_id: None,
            device: false,
            wrong_number: false,
            changed_at: now,
            hold: None,
            scanned_by: None,
        }
    }

    /// When the code stops working for the phone holding the hold secret
    /// whose digest is `holder` (`None`: a phone with no hold).
    pub fn deadline(&self, holder: Option<&str>) -> u64 {
        match &self.hold {
            Some(hold) if Some(hold.holder.as_str()) == holder => self.expires_at.max(hold.until),
            _ => self.expires_at,
        }
    }

    /// When the code stops working for every phone: what its browser waits for.
    pub fn last_deadline(&self) -> u64 {
        self.hold
            .as_ref()
            .map_or(self.expires_at, |hold| self.expires_at.max(hold.until))
    }

    pub fn is_expired(&self, now: u64, holder: Option<&str>) -> bool {
        now >= self.deadline(holder)
    }

    /// Approved or denied: nothing can change it any more.
    pub fn is_final(&self) -> bool {
        matches!(
            self.state,
            ChallengeState::Approved { .. } | ChallengeState::Denied
        )
    }

    /// Approved by account `user_id`: its browser is signed in.
    pub fn approved_by(&self, user_id: &str) -> bool {
        matches!(&self.state, ChallengeState::Approved { user_id: by, .. } if by == user_id)
    }

    /// How long the store must keep the record from `now`.
    pub fn store_ttl_ms(&self, now: u64) -> u64 {
        let grace = if self.device {
            DEVICE_RESULT_GRACE_MS
        } else {
            RESULT_GRACE_MS
        };
        self.last_deadline().saturating_sub(now) + grace
    }

    /// A phone that is not signed in opened the code: it waits for that
    /// phone (`holder`). `None` when nothing changes: the code is no longer
    /// pending, already held, used or expired.
    pub fn hold(&self, now: u64, holder: &str) -> Option<Self> {
        let holdable = self.open(now, None).is_ok()
            && self.state == ChallengeState::Pending
            && self.hold.is_none();
        holdable.then(|| Self {
            hold: Some(Hold {
                holder: holder.to_owned(),
                until: now.saturating_add(SIGN_IN_HOLD_MS),
            }),
            changed_at: now,
            ..self.clone()
        })
    }

    /// A phone opened the QR: pending (or scanned again) → scanned.
    /// `holder`, here and in the steps below: the digest of the phone's hold
    /// secret, if it sent one.
    /// `(device_name, who)`: the phone's name and its account's display name.
    pub fn scan(
        &self,
        now: u64,
        (device_name, who): (&str, &str),
        holder: Option<&str>,
    ) -> Result<Self, ChallengeError> {
        self.open(now, holder)?;
        Ok(Self {
            scanned_by: Some(who.to_owned()),
            ..self.with(
                ChallengeState::Scanned {
                    device_name: device_name.to_owned(),
                },
                now,
            )
        })
    }

    /// The user tapped "Log in": the approval is this phone's, for web
    /// session `session_id`, unless another got there first.
    pub fn claim(
        &self,
        now: u64,
        (user_id, session_id): (&str, &str),
        holder: Option<&str>,
    ) -> Result<Self, ChallengeError> {
        self.open(now, holder)?;
        let device_name = match &self.state {
            ChallengeState::Scanned { device_name } => Some(device_name.clone()),
            _ => None,
        };
        Ok(self.with(
            ChallengeState::Claimed {
                user_id: user_id.to_owned(),
                session_id: session_id.to_owned(),
                device_name,
            },
            now,
        ))
    }

    /// The claim for `session_id` becomes the approval (at `now`): the one
    /// transition that yields a session. No expiry check: the claim was made
    /// in time.
    pub fn confirm(&self, now: u64, session_id: &str) -> Result<Self, ChallengeError> {
        match &self.state {
            ChallengeState::Claimed {
                user_id,
                session_id: claimed,
                ..
            } if claimed == session_id => Ok(self.with(
                ChallengeState::Approved {
                    user_id: user_id.clone(),
                    session_id: claimed.clone(),
                },
                now,
            )),
            _ => Err(ChallengeError::AlreadyUsed),
        }
    }

    /// The claim for `session_id` is given up: the challenge is as it was.
    pub fn unclaim(&self, now: u64, session_id: &str) -> Result<Self, ChallengeError> {
        match &self.state {
            ChallengeState::Claimed {
                session_id: claimed,
                device_name,
                ..
            } if claimed == session_id => Ok(self.with(
                match device_name {
                    Some(device_name) => ChallengeState::Scanned {
                        device_name: device_name.clone(),
                    },
                    None => ChallengeState::Pending,
                },
                now,
            )),
            _ => Err(ChallengeError::AlreadyUsed),
        }
    }

    /// The state as the requesting browser should learn it at `now`.
    pub fn outcome(&self, now: u64) -> Outcome {
        let scanned = |device_name: &String| Outcome::Scanned {
            device_name: device_name.clone(),
            number: self.number.as_ref().map(|n| n.shown),
            who: self.scanned_by.clone(),
        };
        match &self.state {
            ChallengeState::Approved {
                user_id,
                session_id,
            } => Outcome::Approved {
                user_id: user_id.clone(),
                session_id: session_id.clone(),
            },
            ChallengeState::Denied => Outcome::Denied {
                wrong_number: self.wrong_number,
            },
            // Decided in moments: the browser waits for its end.
            ChallengeState::Claimed { device_name, .. } => {
                device_name.as_ref().map_or(Outcome::Pending, scanned)
            }
            _ if now >= self.last_deadline() => Outcome::Expired,
            ChallengeState::Pending => match &self.hold {
                Some(hold) if now < hold.until => Outcome::SigningIn { until: hold.until },
                _ => Outcome::Pending,
            },
            ChallengeState::Scanned { device_name } => scanned(device_name),
        }
    }

    /// The user tapped "Not me".
    pub fn deny(&self, now: u64, holder: Option<&str>) -> Result<Self, ChallengeError> {
        self.open(now, holder)?;
        Ok(self.with(ChallengeState::Denied, now))
    }

    /// Number matching: the phone picked another number, which spends the
    /// code as a "Not me" does, and the browser is told which it was.
    pub fn deny_wrong_number(
        &self,
        now: u64,
        holder: Option<&str>,
    ) -> Result<Self, ChallengeError> {
        let mut denied = self.deny(now, holder)?;
        denied.wrong_number = true;
        Ok(denied)
    }

    fn open(&self, now: u64, holder: Option<&str>) -> Result<(), ChallengeError> {
        if self.is_final() || matches!(self.state, ChallengeState::Claimed { .. }) {
            Err(ChallengeError::AlreadyUsed)
        } else if self.is_expired(now, holder) {
            Err(ChallengeError::Expired)
        } else {
            Ok(())
        }
    }

    fn with(&self, state: ChallengeState, now: u64) -> Self {
        Self {
            state,
            changed_at: now,
            ..self.clone()
        }
    }
}

/// When the page should fetch its next QR: a little before the current one
/// expires, so the code on screen is always one a phone can still use.
pub fn refresh_delay_ms(remaining_ms: u64, ttl_ms: u64) -> u64 {
    let lead = (ttl_ms / 4).min(3_000);
    remaining_ms.saturating_sub(lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(now: u64) -> Challenge {
        let requester = Requester {
            browser: "Firefox".into(),
            os: "Linux".into(),
            ip: "127.0.0.1".into(),
            created_at: now,
        };
        Challenge::new("q1".into(), "d".into(), requester, now, 60_000, false)
    }

    /// Claim then confirm: what a successful "Log in" does.
    fn approve(
        c: &Challenge,
        now: u64,
        user: &str,
        session: &str,
    ) -> Result<Challenge, ChallengeError> {
        c.claim(now, (user, session), None)?.confirm(now, session)
    }

    /// The same by the phone holding hold secret "h".
    fn approve_held(c: &Challenge, now: u64) -> Result<Challenge, ChallengeError> {
        c.claim(now, ("u", "s"), Some("h"))?.confirm(now, "s")
    }

    #[test]
    fn pending_challenge_can_be_scanned_then_approved_once() {
        let c = challenge(1_000);
        let scanned = c
            .scan(2_000, ("Pixel", "Ada"), None)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            scanned.state,
            ChallengeState::Scanned {
                device_name: "Pixel".into()
            }
        );
        let approved = approve(&scanned, 3_000, "u1", "s1").unwrap_or_else(|e| panic!("{e}"));
        assert!(approved.is_final());
        assert_eq!(
            approve(&approved, 3_001, "u1", "s2"),
            Err(ChallengeError::AlreadyUsed)
        );
        assert_eq!(approved.deny(3_001, None), Err(ChallengeError::AlreadyUsed));
        assert!(approved.approved_by("u1"));
        assert!(!approved.approved_by("u2"));
        assert!(!scanned.approved_by("u1"));
        assert_eq!(
            approved.scan(3_001, ("x", "Ada"), None),
            Err(ChallengeError::AlreadyUsed)
        );
    }

    #[test]
    fn approve_without_scan_is_allowed_but_not_after_deny() {
        let c = challenge(0);
        assert!(approve(&c, 1, "u", "s").is_ok());
        let denied = c.deny(1, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            approve(&denied, 2, "u", "s"),
            Err(ChallengeError::AlreadyUsed)
        );
    }

    #[test]
    fn a_claim_is_one_phones_until_confirmed_or_undone() {
        let scanned = challenge(0).scan(1, ("Pixel", "Ada"), None).unwrap();
        let claimed = scanned.claim(2, ("u", "s1"), None).unwrap();
        // Nobody else can approve, deny or scan while it is claimed.
        assert_eq!(
            claimed.claim(3, ("u", "s2"), None),
            Err(ChallengeError::AlreadyUsed)
        );
        assert_eq!(claimed.deny(3, None), Err(ChallengeError::AlreadyUsed));
        assert_eq!(
            claimed.scan(3, ("x", "Ada"), None),
            Err(ChallengeError::AlreadyUsed)
        );
        // Only its own session can confirm or undo it.
        assert_eq!(claimed.confirm(3, "s2"), Err(ChallengeError::AlreadyUsed));
        assert_eq!(claimed.unclaim(3, "s2"), Err(ChallengeError::AlreadyUsed));
        let unclaimed = claimed.unclaim(3, "s1").unwrap();
        assert_eq!(unclaimed.state, scanned.state);
        assert_eq!(unclaimed.changed_at, 3);
        assert_eq!(
            challenge(0)
                .claim(1, ("u", "s"), None)
                .unwrap()
                .unclaim(2, "s")
                .unwrap()
                .state,
            ChallengeState::Pending
        );
        // Confirmed after expiry, since it was claimed in time.
        let approved = claimed.confirm(70_000, "s1").unwrap();
        assert_eq!(approved.changed_at, 70_000);
        assert_eq!(
            approved.outcome(120_000),
            Outcome::Approved {
                user_id: "u".into(),
                session_id: "s1".into()
            }
        );
        // Meanwhile the browser sees it as scanned, even past expiry.
        assert_eq!(
            claimed.outcome(70_000),
            Outcome::Scanned {
                device_name: "Pixel".into(),
                number: None,
                who: Some("Ada".into())
            }
        );
        // With number matching the browser is told what to show.
        let matched = Challenge {
            number: Some(NumberMatch {
                shown: 42,
                choices: [17, 42, 88],
            }),
            ..scanned.clone()
        };
        assert_eq!(
            matched.outcome(1),
            Outcome::Scanned {
                device_name: "Pixel".into(),
                number: Some(42),
                who: Some("Ada".into())
            }
        );
        assert_eq!(
            scanned.claim(60_000, ("u", "s"), None),
            Err(ChallengeError::Expired)
        );
    }

    #[test]
    fn expiry_is_decided_by_the_clock_passed_in() {
        let c = challenge(0);
        assert!(!c.is_expired(59_999, None));
        assert!(c.is_expired(60_000, None));
        assert_eq!(
            c.scan(60_000, ("p", "Ada"), None),
            Err(ChallengeError::Expired)
        );
        assert_eq!(
            c.claim(70_000, ("u", "s"), None),
            Err(ChallengeError::Expired)
        );
        assert_eq!(c.deny(60_000, None), Err(ChallengeError::Expired));
    }

    #[test]
    fn a_used_challenge_reports_already_used_even_after_expiry() {
        let denied = challenge(0).deny(1, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            denied.claim(90_000, ("u", "s"), None),
            Err(ChallengeError::AlreadyUsed)
        );
    }

    #[test]
    fn outcome_applies_expiry_to_open_challenges_only() {
        let c = challenge(0);
        assert_eq!(c.outcome(1), Outcome::Pending);
        assert_eq!(c.outcome(60_000), Outcome::Expired);
        let scanned = c.scan(1, ("Pixel", "Ada"), None).unwrap();
        assert_eq!(scanned.outcome(60_000), Outcome::Expired);
        let approved = approve(&scanned, 2, "u", "s").unwrap();
        assert_eq!(
            approved.outcome(120_000),
            Outcome::Approved {
                user_id: "u".into(),
                session_id: "s".into()
            }
        );
        assert_eq!(
            c.deny(3, None).unwrap().outcome(120_000),
            Outcome::Denied {
                wrong_number: false
            }
        );
        assert_eq!(
            c.deny_wrong_number(3, None).unwrap().outcome(120_000),
            Outcome::Denied { wrong_number: true }
        );
    }

    #[test]
    fn a_held_code_waits_for_its_holder_alone_and_only_so_long() {
        let c = challenge(0);
        let held = c.hold(10_000, "h").expect("a pending code can be held");
        let until = 10_000 + SIGN_IN_HOLD_MS;
        assert_eq!(held.outcome(10_000), Outcome::SigningIn { until });
        assert_eq!(held.changed_at, 10_000);
        // Held once: neither the holder nor another phone moves the bound.
        assert_eq!(held.hold(20_000, "h"), None);
        assert_eq!(held.hold(20_000, "other"), None);
        // Past the code's own expiry it works for the holder alone.
        let later = 90_000;
        assert_eq!(held.outcome(later), Outcome::SigningIn { until });
        assert_eq!(
            held.scan(later, ("Pixel", "Ada"), None),
            Err(ChallengeError::Expired)
        );
        assert_eq!(
            held.scan(later, ("Pixel", "Ada"), Some("other")),
            Err(ChallengeError::Expired)
        );
        assert_eq!(held.deny(later, None), Err(ChallengeError::Expired));
        let scanned = held.scan(later, ("Pixel", "Ada"), Some("h")).unwrap();
        assert_eq!(held.deadline(Some("h")), until);
        assert_eq!(held.deadline(None), 60_000);
        assert!(approve_held(&scanned, until - 1).is_ok());
        // And never past the hold.
        assert_eq!(
            held.scan(until, ("Pixel", "Ada"), Some("h")),
            Err(ChallengeError::Expired)
        );
        assert_eq!(approve_held(&scanned, until), Err(ChallengeError::Expired));
        assert_eq!(held.outcome(until), Outcome::Expired);
        assert_eq!(scanned.outcome(until), Outcome::Expired);
        // The store keeps it for the hold, and its result after.
        assert_eq!(held.store_ttl_ms(10_000), SIGN_IN_HOLD_MS + RESULT_GRACE_MS);
        // Still one-time.
        let approved = approve_held(&scanned, later).unwrap();
        assert_eq!(
            approve_held(&approved, later),
            Err(ChallengeError::AlreadyUsed)
        );
    }

    #[test]
    fn only_a_pending_open_code_can_be_held() {
        let c = challenge(0);
        assert_eq!(c.hold(60_000, "h"), None);
        assert_eq!(
            c.scan(1, ("Pixel", "Ada"), None).unwrap().hold(2, "h"),
            None
        );
        assert_eq!(c.deny(1, None).unwrap().hold(2, "h"), None);
        assert_eq!(c.claim(1, ("u", "s"), None).unwrap().hold(2, "h"), None);
        // A code that lives longer than a hold is pending again after it.
        let long = Challenge {
            expires_at: 2 * SIGN_IN_HOLD_MS,
            ..c
        };
        let held = long.hold(0, "h").unwrap();
        assert_eq!(held.outcome(SIGN_IN_HOLD_MS), Outcome::Pending);
        assert_eq!(held.deadline(Some("h")), 2 * SIGN_IN_HOLD_MS);
    }

    #[test]
    fn store_keeps_the_result_after_expiry() {
        let c = challenge(0);
        assert_eq!(c.store_ttl_ms(0), 60_000 + RESULT_GRACE_MS);
        assert_eq!(c.store_ttl_ms(80_000), RESULT_GRACE_MS);
    }

    #[test]
    fn refresh_comes_before_expiry() {
        assert_eq!(refresh_delay_ms(60_000, 60_000), 57_000);
        assert_eq!(refresh_delay_ms(8_000, 8_000), 6_000);
        assert_eq!(refresh_delay_ms(1_000, 60_000), 0);
    }
}
