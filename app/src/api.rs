//! Calls the pages make. On the server they run the logic in-process (and put
//! their cookies on the page's response); in the browser they call the
//! protocol's HTTP endpoints, so both paths share one contract.

use crate::protocol::{ChallengeCreated, ErrorBody};

/// A fresh login challenge for this browser (`POST /api/qr/challenge`).
pub async fn new_challenge() -> Result<ChallengeCreated, ErrorBody> {
    #[cfg(feature = "ssr")]
    {
        server::new_challenge().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        // Browser futures are not `Send`; resources ask for it, and the page has one thread.
        send_wrapper::SendWrapper::new(browser::post_json(
            "/api/qr/challenge",
            &crate::protocol::ChallengeRequest {},
        ))
        .await
    }
}

#[cfg(feature = "ssr")]
mod server {
    use std::net::SocketAddr;

    use axum::extract::ConnectInfo;
    use axum::http::{header, request::Parts, HeaderValue};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    use crate::auth::requester::Client;
    use crate::auth::{challenges, ApiError, AppState};
    use crate::protocol::{ChallengeCreated, ErrorBody};

    pub async fn new_challenge() -> Result<ChallengeCreated, ErrorBody> {
        let (Some(state), Some(parts)) = (use_context::<AppState>(), use_context::<Parts>()) else {
            return Err(ApiError::Internal.body());
        };
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        let client = Client::from_request(&parts.headers, peer, state.settings.trust_proxy);
        let issued = challenges::issue(&state, &parts.headers, &client)
            .await
            .map_err(|e| e.body())?;
        if let (Some(cookie), Some(response)) =
            (issued.set_cookie, use_context::<ResponseOptions>())
        {
            if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
                response.append_header(header::SET_COOKIE, value);
            }
        }
        Ok(issued.created)
    }
}

#[cfg(not(feature = "ssr"))]
mod browser {
    use gloo_net::http::Request;
    use serde::{de::DeserializeOwned, Serialize};

    use crate::protocol::{ErrorBody, ErrorCode};

    fn network_error() -> ErrorBody {
        ErrorBody::new(
            ErrorCode::Unavailable,
            "Cannot reach the server. Check your connection.",
        )
    }

    pub async fn post_json<B: Serialize, T: DeserializeOwned>(
        url: &str,
        body: &B,
    ) -> Result<T, ErrorBody> {
        let response = Request::post(url)
            .json(body)
            .map_err(|_| network_error())?
            .send()
            .await
            .map_err(|_| network_error())?;
        if response.ok() {
            response.json::<T>().await.map_err(|_| network_error())
        } else {
            Err(response
                .json::<ErrorBody>()
                .await
                .unwrap_or_else(|_| network_error()))
        }
    }
}
