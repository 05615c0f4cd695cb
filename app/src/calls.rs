//! Calls the pages make. On the server they run the logic in-process (and put
//! their cookies on the page's response); in the browser they call the
//! protocol's HTTP endpoints, so both paths share one contract.

use protocol::json::{get, maybe, FromJson, JsonValue};
use protocol::{ChallengeCreated, ChallengeRequest, ErrorBody, SessionInfo};

/// A fresh login challenge for this browser (`POST /api/qr/challenge`); the
/// code this page showed before, if any, stops working.
pub async fn new_challenge(request: ChallengeRequest) -> Result<ChallengeCreated, ErrorBody> {
    #[cfg(feature = "ssr")]
    {
        in_process::new_challenge(request).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        over_http::send_from_page("POST", "/api/qr/challenge", None, Some(request.to_json())).await
    }
}

/// What `/login` starts with: the signed-in view, or a new QR code.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum LoginStart {
    SignedIn(SessionInfo),
    Code(ChallengeCreated),
}

impl FromJson for LoginStart {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        match maybe(value, "SignedIn")? {
            Some(session) => Some(Self::SignedIn(session)),
            None => get(value, "Code").map(Self::Code),
        }
    }
}

/// The server checks for a session at first render; the page asks again only
/// for a new code (it knows when it signs in or out), saving a round trip per
/// renewal. Server only: in the browser the island takes it from its props.
pub async fn login_start(request: ChallengeRequest) -> Result<LoginStart, ErrorBody> {
    #[cfg(feature = "ssr")]
    {
        // An app's sign-in shows a code even here: the provider sent the
        // browser because its sign-in does not serve the app (`prompt=login`).
        if request.authorization.is_none() {
            if let Some(session) = current_session().await? {
                return Ok(LoginStart::SignedIn(session));
            }
        }
        new_challenge(request).await.map(LoginStart::Code)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = request;
        Err(ErrorBody::new(
            protocol::ErrorCode::Internal,
            "the first code is the server's to give",
        ))
    }
}

/// This browser's session, `None` when it is not logged in. Server only.
#[cfg(feature = "ssr")]
pub async fn current_session() -> Result<Option<SessionInfo>, ErrorBody> {
    in_process::current_session().await
}

/// Trades the access token pushed on the WebSocket for the HttpOnly session
/// cookie (`POST /api/session`). Browser only.
#[cfg(not(feature = "ssr"))]
pub async fn open_session(access_token: &str) -> Result<SessionInfo, ErrorBody> {
    over_http::send_from_page("POST", "/api/session", Some(access_token), None).await
}

/// This browser's session (`GET /api/session`): another tab may have signed
/// it in. Browser only.
#[cfg(not(feature = "ssr"))]
pub async fn session() -> Result<SessionInfo, ErrorBody> {
    over_http::send_from_page("GET", "/api/session", None, None).await
}

/// Uses the session (`POST /api/session/token`), which restarts its idle
/// period on the server. Browser only.
#[cfg(not(feature = "ssr"))]
pub async fn keep_session_alive() -> Result<(), ErrorBody> {
    over_http::post_only("/api/session/token").await
}

/// This browser logs itself out (`POST /api/session/logout`). Browser only.
#[cfg(not(feature = "ssr"))]
pub async fn sign_out() -> Result<(), ErrorBody> {
    over_http::post_only("/api/session/logout").await
}

#[cfg(feature = "ssr")]
mod in_process {
    use crate::functions::context::{fail, Request};
    use auth::{challenges, sessions, ApiError};
    use protocol::{ChallengeCreated, ChallengeRequest, ErrorBody, SessionInfo};

    pub async fn new_challenge(body: ChallengeRequest) -> Result<ChallengeCreated, ErrorBody> {
        let request = Request::current()?;
        let issued = challenges::issue(
            &request.core,
            &request.parts.headers,
            &request.caller(),
            &body,
        )
        .await
        .map_err(fail)?;
        if let Some(cookie) = issued.set_cookie {
            request.set_cookie(&cookie);
        }
        Ok(issued.created)
    }

    pub async fn current_session() -> Result<Option<SessionInfo>, ErrorBody> {
        let request = Request::current()?;
        let Some((token, token_use)) = sessions::token_from(&request.parts.headers, &request.core)
        else {
            return Ok(None);
        };
        match sessions::authenticate(&request.core, &token, token_use).await {
            Ok((session, account)) => Ok(Some(sessions::info(&session, &account))),
            Err(ApiError::Unauthorized) => Ok(None),
            Err(error) => Err(fail(error).into()),
        }
    }
}

#[cfg(not(feature = "ssr"))]
mod over_http {
    use crate::t;
    use crate::web::{from_json, http};
    use protocol::json::FromJson;
    use protocol::{ErrorBody, ErrorCode};

    fn network_error() -> ErrorBody {
        ErrorBody::new(ErrorCode::Unavailable, t!("network-unreachable"))
    }

    fn refused(text: &str) -> ErrorBody {
        from_json(text).unwrap_or_else(network_error)
    }

    /// A POST whose answer says nothing but whether it worked.
    pub async fn post_only(url: &str) -> Result<(), ErrorBody> {
        let reply = http("POST", url, None, None)
            .await
            .ok_or_else(network_error)?;
        if reply.ok {
            Ok(())
        } else {
            Err(refused(&reply.text))
        }
    }

    /// A JSON call from the page.
    pub async fn send_from_page<T: FromJson>(
        method: &str,
        url: &str,
        bearer: Option<&str>,
        json: Option<String>,
    ) -> Result<T, ErrorBody> {
        let reply = http(method, url, bearer, json.as_deref())
            .await
            .ok_or_else(network_error)?;
        if reply.ok {
            from_json(&reply.text).ok_or_else(network_error)
        } else {
            Err(refused(&reply.text))
        }
    }
}
