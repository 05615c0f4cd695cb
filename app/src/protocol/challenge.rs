//! A login challenge and its rules: states, one-time transitions, expiry.
//!
//! ```text
//! pending ──inspect──▶ scanned ──approve──▶ approved   (final)
//!    │                   │
//!    └──────approve/deny─┴──────deny──────▶ denied     (final)
//! ```
//! A challenge past `expires_at` is expired whatever its stored state says:
//! expiry is decided here, by the server's clock, never by the page's timer.

use serde::{Deserialize, Serialize};

use super::wire::Requester;

/// How long the store keeps a challenge after it expired, so that a browser
/// which reconnects late still reads how it ended.
pub const RESULT_GRACE_MS: u64 = 60_000;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ChallengeState {
    Pending,
    Scanned {
        device_name: String,
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
    Scanned { device_name: String },
    Approved { user_id: String, session_id: String },
    Denied,
    Expired,
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
    ) -> Self {
        Self {
            qr_id,
            binding_digest,
            requester,
            created_at: now,
            expires_at: now.saturating_add(ttl_ms),
            state: ChallengeState::Pending,
        }
    }

    pub fn is_expired(&self, now: u64) -> bool {
        now >= self.expires_at
    }

    /// Approved or denied: nothing can change it any more.
    pub fn is_final(&self) -> bool {
        matches!(
            self.state,
            ChallengeState::Approved { .. } | ChallengeState::Denied
        )
    }

    /// How long the store must keep the record from `now`.
    pub fn store_ttl_ms(&self, now: u64) -> u64 {
        self.expires_at.saturating_sub(now) + RESULT_GRACE_MS
    }

    /// A phone opened the QR: pending (or scanned again) → scanned.
    pub fn scan(&self, now: u64, device_name: &str) -> Result<Self, ChallengeError> {
        self.open(now)?;
        Ok(self.with(ChallengeState::Scanned {
            device_name: device_name.to_owned(),
        }))
    }

    /// The user tapped "Log in": the one transition that yields a session.
    pub fn approve(
        &self,
        now: u64,
        user_id: &str,
        session_id: &str,
    ) -> Result<Self, ChallengeError> {
        self.open(now)?;
        Ok(self.with(ChallengeState::Approved {
            user_id: user_id.to_owned(),
            session_id: session_id.to_owned(),
        }))
    }

    /// The state as the requesting browser should learn it at `now`.
    pub fn outcome(&self, now: u64) -> Outcome {
        match &self.state {
            ChallengeState::Approved {
                user_id,
                session_id,
            } => Outcome::Approved {
                user_id: user_id.clone(),
                session_id: session_id.clone(),
            },
            ChallengeState::Denied => Outcome::Denied,
            _ if self.is_expired(now) => Outcome::Expired,
            ChallengeState::Pending => Outcome::Pending,
            ChallengeState::Scanned { device_name } => Outcome::Scanned {
                device_name: device_name.clone(),
            },
        }
    }

    /// The user tapped "Not me".
    pub fn deny(&self, now: u64) -> Result<Self, ChallengeError> {
        self.open(now)?;
        Ok(self.with(ChallengeState::Denied))
    }

    fn open(&self, now: u64) -> Result<(), ChallengeError> {
        if self.is_final() {
            Err(ChallengeError::AlreadyUsed)
        } else if self.is_expired(now) {
            Err(ChallengeError::Expired)
        } else {
            Ok(())
        }
    }

    fn with(&self, state: ChallengeState) -> Self {
        Self {
            state,
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
        Challenge::new("q1".into(), "d".into(), requester, now, 60_000)
    }

    #[test]
    fn pending_challenge_can_be_scanned_then_approved_once() {
        let c = challenge(1_000);
        let scanned = c.scan(2_000, "Pixel").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            scanned.state,
            ChallengeState::Scanned {
                device_name: "Pixel".into()
            }
        );
        let approved = scanned
            .approve(3_000, "u1", "s1")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(approved.is_final());
        assert_eq!(
            approved.approve(3_001, "u1", "s2"),
            Err(ChallengeError::AlreadyUsed)
        );
        assert_eq!(approved.deny(3_001), Err(ChallengeError::AlreadyUsed));
        assert_eq!(approved.scan(3_001, "x"), Err(ChallengeError::AlreadyUsed));
    }

    #[test]
    fn approve_without_scan_is_allowed_but_not_after_deny() {
        let c = challenge(0);
        assert!(c.approve(1, "u", "s").is_ok());
        let denied = c.deny(1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            denied.approve(2, "u", "s"),
            Err(ChallengeError::AlreadyUsed)
        );
    }

    #[test]
    fn expiry_is_decided_by_the_clock_passed_in() {
        let c = challenge(0);
        assert!(!c.is_expired(59_999));
        assert!(c.is_expired(60_000));
        assert_eq!(c.scan(60_000, "p"), Err(ChallengeError::Expired));
        assert_eq!(c.approve(70_000, "u", "s"), Err(ChallengeError::Expired));
        assert_eq!(c.deny(60_000), Err(ChallengeError::Expired));
    }

    #[test]
    fn a_used_challenge_reports_already_used_even_after_expiry() {
        let denied = challenge(0).deny(1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            denied.approve(90_000, "u", "s"),
            Err(ChallengeError::AlreadyUsed)
        );
    }

    #[test]
    fn outcome_applies_expiry_to_open_challenges_only() {
        let c = challenge(0);
        assert_eq!(c.outcome(1), Outcome::Pending);
        assert_eq!(c.outcome(60_000), Outcome::Expired);
        let scanned = c.scan(1, "Pixel").unwrap();
        assert_eq!(scanned.outcome(60_000), Outcome::Expired);
        let approved = scanned.approve(2, "u", "s").unwrap();
        assert_eq!(
            approved.outcome(120_000),
            Outcome::Approved {
                user_id: "u".into(),
                session_id: "s".into()
            }
        );
        assert_eq!(c.deny(3).unwrap().outcome(120_000), Outcome::Denied);
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
