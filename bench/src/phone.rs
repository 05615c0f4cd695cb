//! The approving device: a native app signed in to its own account, speaking
//! the JSON API with its device token.

use std::collections::VecDeque;
use std::time::Duration;

use base64::Engine as _;
use protocol::{
    ApproveRequest, CodeRequest, Decision, DecisionResponse, InspectResponse, LoginRequest,
    LoginResponse, Password, RegisterRequest,
};
use reqwest::StatusCode;

use crate::net::{Pool, Reply};
use crate::stats::Failure;

/// Tries of a set-up call the server turned away for now (429, 503).
const SETUP_TRIES: usize = 10;
/// The longest `Retry-After` the set-up waits out; beyond it, the limit
/// (SIGN_UPS_PER_HOUR, SIGN_INS_PER_MINUTE) is too low for this run.
const LONGEST_WAIT_SECS: u64 = 30;

/// A clone is the same signed-in phone (one account) for another lane,
/// which keeps its own list of what it linked.
#[derive(Clone)]
pub struct Phone {
    /// Its source address in the pool.
    pub at: usize,
    pub username: String,
    token: String,
    /// The sessions this lane linked, oldest first (`sid` of each access
    /// token its approvals delivered).
    pub linked: VecDeque<String>,
}

/// What `inspect` told the phone: the account's linked browsers (session id,
/// created at) and how many it may have.
pub struct Inspected {
    pub linked: Vec<(String, u64)>,
    pub max: usize,
}

impl Inspected {
    /// At the limit: the oldest linked browser, to log out for the new one.
    pub fn to_drop(&self) -> Option<String> {
        if self.linked.len() < self.max {
            return None;
        }
        self.linked
            .iter()
            .min_by_key(|(_, created_at)| *created_at)
            .map(|(id, _)| id.clone())
    }
}

/// Calls `make` again while the server answers 429 or 503 with a short
/// `Retry-After` (password hashing is rate limited and queued).
async fn patiently<F, Fut>(make: F) -> Result<Reply, Failure>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<Reply, Failure>>,
{
    let mut last = None;
    for _ in 0..SETUP_TRIES {
        let reply = make().await?;
        let busy = matches!(
            reply.status,
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
        );
        if !busy {
            return Ok(reply);
        }
        let wait = reply.retry_after().unwrap_or(1);
        if wait > LONGEST_WAIT_SECS {
            return Ok(reply);
        }
        tokio::time::sleep(Duration::from_secs(wait.max(1))).await;
        last = Some(reply);
    }
    last.ok_or_else(|| Failure::new("no answer"))
}

impl Phone {
    /// Registers `username` and signs a phone in to it.
    pub async fn sign_up(
        pool: &Pool,
        at: usize,
        username: String,
        password: &str,
    ) -> Result<Self, Failure> {
        let account = RegisterRequest {
            username: username.clone(),
            password: Password::new(password),
            display_name: Some(format!("Bench {username}")),
        };
        let created =
            patiently(|| pool.post(at, "/api/auth/register", &account, None, None, "register"))
                .await?
                .success("register")?;
        if created.status != StatusCode::CREATED {
            return Err(Failure::new(format!(
                "register: HTTP {}",
                created.status.as_u16()
            )));
        }
        let sign_in = LoginRequest {
            username: username.clone(),
            password: Password::new(password),
            device_name: "Bench phone".into(),
            device_type: "android".into(),
        };
        let signed_in: LoginResponse =
            patiently(|| pool.post(at, "/api/auth/login", &sign_in, None, None, "sign-in"))
                .await?
                .success("sign-in")?
                .parse("sign-in")?;
        let token = signed_in.device_token;
        Ok(Self {
            at,
            username,
            token,
            linked: VecDeque::new(),
        })
    }

    /// `POST /api/qr/inspect`: the confirmation screen's data.
    pub async fn inspect(&self, pool: &Pool, token: &str) -> Result<Inspected, Failure> {
        let request = CodeRequest {
            token: Some(token.to_owned()),
            user_code: None,
        };
        let body: InspectResponse = pool
            .post(
                self.at,
                "/api/qr/inspect",
                &request,
                Some(&self.token),
                None,
                "inspect",
            )
            .await?
            .success("inspect")?
            .parse("inspect")?;
        let linked = body
            .linked_sessions
            .into_iter()
            .map(|device| (device.session_id, device.created_at))
            .collect();
        let max = usize::try_from(body.max_linked_sessions)
            .map_err(|_| Failure::new("inspect: maxLinkedSessions out of range"))?;
        Ok(Inspected { linked, max })
    }

    /// `POST /api/qr/approve`, logging out `drop` when at the limit.
    pub async fn approve(
        &self,
        pool: &Pool,
        token: &str,
        drop: Option<&str>,
    ) -> Result<(), Failure> {
        let body = ApproveRequest {
            token: Some(token.to_owned()),
            drop_session: drop.map(str::to_owned),
            ..ApproveRequest::default()
        };
        let answer: DecisionResponse = pool
            .post(
                self.at,
                "/api/qr/approve",
                &body,
                Some(&self.token),
                None,
                "approve",
            )
            .await?
            .success("approve")?
            .parse("approve")?;
        if answer.status == Decision::Authorized {
            Ok(())
        } else {
            Err(Failure::new("approve: 200 without status authorized"))
        }
    }

    /// `DELETE /api/devices/{id}`: logs one linked browser out (gone already
    /// is fine).
    pub async fn unlink(&self, pool: &Pool, session_id: &str) -> Result<(), Failure> {
        let path = format!("/api/devices/{session_id}");
        let reply = pool
            .call(
                self.at,
                reqwest::Method::DELETE,
                &path,
                Some(&self.token),
                "unlink",
            )
            .await?;
        if reply.status == StatusCode::NOT_FOUND {
            return Ok(());
        }
        reply.success("unlink").map(drop)
    }
}

/// The session id (`sid` claim) of an access token. The benchmark does not
/// check the signature: the server that made it does, on every use.
pub fn session_of(access_token: &str) -> Option<String> {
    /// The claims the benchmark reads.
    #[derive(serde::Deserialize)]
    struct Claims {
        sid: Option<String>,
        #[serde(rename = "use")]
        token_use: Option<String>,
    }
    let payload = access_token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let claims: Claims = serde_json::from_slice(&bytes).ok()?;
    claims
        .sid
        .filter(|_| claims.token_use.as_deref() == Some("access"))
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    #[test]
    fn the_session_id_is_the_sid_claim_of_an_access_token() {
        let encode =
            |v: Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
        let token = format!(
            "{}.{}.sig",
            encode(json!({ "alg": "EdDSA" })),
            encode(json!({ "sid": "abc", "use": "access", "sub": "u" }))
        );
        assert_eq!(session_of(&token).as_deref(), Some("abc"));
        let session = format!("h.{}.s", encode(json!({ "sid": "abc", "use": "session" })));
        assert_eq!(session_of(&session), None);
    }

    #[test]
    fn at_the_limit_the_oldest_is_dropped() {
        let inspected = Inspected {
            linked: vec![("b".into(), 2), ("a".into(), 1)],
            max: 2,
        };
        assert_eq!(inspected.to_drop().as_deref(), Some("a"));
        let room = Inspected {
            max: 3,
            ..inspected
        };
        assert_eq!(room.to_drop(), None);
    }
}
